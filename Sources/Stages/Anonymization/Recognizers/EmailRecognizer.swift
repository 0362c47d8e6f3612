/// E-mail addresses: text around an `@` with no white space, a dot in the domain.
struct EmailRecognizer: Recognizer {
    var type: IdentifierType { .email }
    static let triggering = ["Send it to «kari.nordmann@steinkjer.kommune.no» today.", "mail «ø.berg@helse-nord.no»"]
    static let nonTriggering = ["We meet @ the office.", "Write to the support desk."]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.bytes.contains(0x40) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.isPunct(index, "@") && text.attached(index) && index + 1 < text.count && text.attached(index + 1) {
            var first = index - 1
            while first > 0, text.attached(first), isLocalPart(text, first - 1) { first -= 1 }
            var last = index + 1
            var sawDot = false
            while last + 2 < text.count, text.attached(last + 1), text.isPunct(last + 1, ".") || text.isPunct(last + 1, "-"),
                  text.attached(last + 2), text.tokens[last + 2].kind != .punct {
                if text.isPunct(last + 1, ".") { sawDot = true }
                last += 2
            }
            guard sawDot, text.tokens[first].kind != .punct else { continue }
            found.append(Candidate(first: first, last: last, type: .email))
        }
        return found
    }

    private func isLocalPart(_ text: TextView, _ index: Int) -> Bool {
        text.tokens[index].kind != .punct || text.isPunct(index, ".") || text.isPunct(index, "_") || text.isPunct(index, "-") || text.isPunct(index, "+")
    }
}
