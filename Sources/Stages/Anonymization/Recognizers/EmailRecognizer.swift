/// E-mail addresses: text around an `@` with no white space, a dot in the domain.
struct EmailRecognizer: Recognizer {
    var type: IdentifierType { .email }
    static let triggering = ["Send it to «kari.nordmann@steinkjer.kommune.no» today.", "mail «ø.berg@helse-nord.no»", "or mail «kare@xn--blerskogen-f8a.no»."]
    static let nonTriggering = ["We meet @ the office.", "Write to the support desk."]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.bytes.contains(0x40) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.isPunct(index, "@") && text.attached(index) && index + 1 < text.count && text.attached(index + 1) {
            var first = index - 1
            while first > 0, text.attached(first), isLocalPart(text, first - 1) { first -= 1 }
            // The domain: labels of letters and digits joined by dots and hyphens, two hyphens too (Punycode labels of
            // internationalised domains: "xn--blerskogen-f8a.no").
            var last = index + 1
            var sawDot = false
            while last + 1 < text.count, text.attached(last + 1) {
                if text.tokens[last + 1].kind != .punct { last += 1; continue }
                guard text.isPunct(last + 1, ".") || text.isPunct(last + 1, "-") else { break }
                var after = last + 1
                while after + 1 < text.count, text.attached(after + 1), text.isPunct(after + 1, "-"), !text.isPunct(last + 1, ".") { after += 1 }
                guard after + 1 < text.count, text.attached(after + 1), text.tokens[after + 1].kind != .punct else { break }
                if text.isPunct(last + 1, ".") { sawDot = true }
                last = after + 1
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
