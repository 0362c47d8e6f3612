/// Web addresses: `http(s)://…` or `www.…`, up to white space; a bare domain as a host says it in speech
/// (`lennysnewsletter.com`, `lyngtun.no/kontakt`), its last label a top-level domain people say.
struct URLRecognizer: Recognizer {
    var type: IdentifierType { .url }
    static let triggering = ["See «https://example.org/page?id=3» for more.", "at «www.lyngtun.no».", "Head on over to «karisnewsletter.com» and click.",
                             "It is on «lyngtun.no/kontakt»."]
    static let nonTriggering = ["The www is slow.", "http is a protocol.", "It ended. Com was next.", "I read report.pdf first.", "the podcast.It was new."]

    /// Top-level domains said aloud or written in transcripts; file extensions (`.pdf`, `.js`) are not among them.
    static let topLevelDomains: Set<String> = ["com", "org", "net", "io", "ai", "co", "edu", "gov", "info", "app", "dev", "no", "se", "dk", "fi", "de", "uk", "nl", "fr", "es", "it", "eu", "us", "ca", "au"]

    func candidates(in text: TextView) -> [Candidate] {
        var found = bareDomains(in: text)
        guard text.mayHave(.urlStart) else { return found }
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

    /// Glued runs `word(.word)+` whose last label is a top-level domain, with a path after a `/`; not an e-mail
    /// address (its own recognizer's) nor a run with a scheme or `www` (read above).
    private func bareDomains(in text: TextView) -> [Candidate] {
        var found: [Candidate] = []
        var start = 0
        while start < text.count {
            var end = start
            while end + 1 < text.count, text.attached(end + 1) { end += 1 }
            defer { start = end + 1 }
            guard text.isWord(start), !text.isWord(start, "www"), !text.isWord(start, "http"), !text.isWord(start, "https") else { continue }
            // The host: words joined by dots (hyphens inside labels), up to the first token that is neither.
            var index = start
            var lastLabel = start
            var labels = 1
            while index + 2 <= end, text.isPunct(index + 1, ".") || text.isPunct(index + 1, "-"), text.isWord(index + 2) || text.isNumber(index + 2) {
                if text.isPunct(index + 1, ".") { labels += 1; lastLabel = index + 2 }
                index += 2
            }
            // A capital after the dot is a sentence whose space was lost ("the podcast.It was"), not a domain.
            guard labels >= 2, lastLabel == index, Self.topLevelDomains.contains(text.lower(lastLabel)), !text.isCapitalized(lastLabel),
                  !(start...end).contains(where: { text.isPunct($0, "@") }) else { continue }
            func isTrailing(_ token: Int) -> Bool { [".", ",", ";", ":", ")", "!", "?"].contains { text.isPunct(token, $0) } }
            var last = index
            if index < end, text.isPunct(index + 1, "/") {
                last = end
                while last > index, isTrailing(last) { last -= 1 }
            } else if index < end, !(index + 1...end).allSatisfy(isTrailing) {
                continue
            }
            found.append(Candidate(first: start, last: last, type: .url))
        }
        return found
    }
}
