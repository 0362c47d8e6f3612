/// Web addresses: `http(s)://…` or `www.…`, up to white space.
struct URLRecognizer: Recognizer {
    var type: IdentifierType { .url }
    static let triggering = ["See «https://example.org/page?id=3» for more.", "at «www.lyngtun.no»."]
    static let nonTriggering = ["The www is slow.", "http is a protocol."]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.urlStart) else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            guard text.has(index, .urlStart) else { index += 1; continue }
            let isScheme = (text.isWord(index, "http") || text.isWord(index, "https")) && text.isPunct(index + 1, ":") && text.attached(index + 1)
                && text.isPunct(index + 2, "/") && text.attached(index + 2)
            let isWWW = text.isWord(index, "www") && text.isPunct(index + 1, ".") && text.attached(index + 1) && index + 2 < text.count && text.attached(index + 2)
            guard isScheme || isWWW else { index += 1; continue }
            var last = index + 1
            while last + 1 < text.count, text.attached(last + 1) { last += 1 }
            while last > index, text.tokens[last].kind == .punct, [".", ",", ";", ":", ")", "!", "?"].contains(Character(Unicode.Scalar(text.tokens[last].scalar) ?? " ")) { last -= 1 }
            found.append(Candidate(first: index, last: last, type: .url))
            index = last + 1
        }
        return found
    }
}
