/// Identifiers a speaker names before reading them out: "my driver's license number is Y27343822381713", "passport
/// number: KJ4411872", "medlemsnummer 88310422". The named document is the evidence, so the code only has to look like
/// one: a single token of five characters or more with at least four digits.
struct IdentifierCueRecognizer: Recognizer {
    var type: IdentifierType { .other }
    static let triggering = ["My driver's license number is «Y27343822381713»", "passport number: «KJ4411872»", "her patient number «PN-99817»",
                             "membership no. «MB-88310422»", "førerkortnummer «1234567»", "[nb] med saksnummer og alt, «22/01873», det sto",
                             "[nb] det fikk saksnummer «2023/11874», og", "The case number there was «2022/1183».", "[nn] det hadde saksnummer «22/3391», eg"]
    static let nonTriggering = ["the license number is on the card", "a passport number has nine characters", "patient number 12",
                                "the number is 2023", "[nb] saksnummer 2/3 av dem", "the case number was on the letter"]


    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers, text.mayHave(.documentNumberWord) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .documentNumberWord) {
            if !text.cues.documentCompounds.contains(text.lower(index)) {
                guard text.isWord(index - 1), text.cues.documentWords.contains(text.lower(index - 1)) else { continue }
            }
            var next = index + 1
            while text.isPunct(next, ".") || text.isPunct(next, ":") || text.isPunct(next, "#") || text.isPunct(next, ",") || text.isWord(next) && Self.bridges.contains(text.lower(next)),
                  next - index <= 5 { next += 1 }
            guard let last = code(text, from: next) else { continue }
            found.append(Candidate(first: next, last: last, type: .other, reason: "a number after the document it belongs to"))
        }
        return found
    }

    /// Words between the document and its number: "the case number there was 2022/1183", "saksnummer og alt, 22/01873".
    static let bridges: Set<String> = ["is", "was", "er", "var", "there", "it", "det", "og", "alt", "and", "all", "that", "then", "da", "så", "va", "e"]

    /// The last token of a code starting at `first`: glued letters, digits, hyphens and slashes ("22/01873"), five
    /// characters or more, with four digits or more.
    private func code(_ text: TextView, from first: Int) -> Int? {
        guard text.isWord(first) || text.isNumber(first) else { return nil }
        var last = first
        while text.attached(last + 1), text.isWord(last + 1) || text.isNumber(last + 1) || text.isPunct(last + 1, "-") || text.isPunct(last + 1, "/") { last += 1 }
        if text.isPunct(last, "-") || text.isPunct(last, "/") { last -= 1 }
        let written = text.text(first, last)
        let digits = written.utf8.filter(DigitGroups.isDigit).count
        guard written.utf8.count >= 5, digits >= 4 else { return nil }
        if digits == 4, written.utf8.count == 4 || (1900...2100).contains(Int(written) ?? 0) { return nil }
        return last
    }
}
