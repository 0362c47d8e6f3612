/// Identifiers a speaker names before reading them out: "my driver's license number is Y27343822381713", "passport
/// number: KJ4411872", "medlemsnummer 88310422". The named document is the evidence, so the code only has to look like
/// one: a single token of five characters or more with at least four digits.
struct IdentifierCueRecognizer: Recognizer {
    var type: IdentifierType { .other }
    static let triggering = ["My driver's license number is «Y27343822381713»", "passport number: «KJ4411872»", "her patient number «PN-99817»",
                             "membership no. «MB-88310422»", "førerkortnummer «1234567»", "[nb] med saksnummer og alt, «22/01873», det sto",
                             "[nb] det fikk saksnummer «2023/11874», og", "The case number there was «2022/1183».", "[nn] det hadde saksnummer «22/3391», eg",
                             "my case number at the tax office is «5531902», so", "We filed a deviation, and the number was «23-0561», I think.",
                             "[nb] avtalen har nummer «2021/0388» i arkivet", "[nb] saka ligg under «2019/12077» hos oss", "the contract is «2020/00917»",
                             "we found him in the system, his number there is «5520913», so we", "[nb] nummeret hans er ikke det, men hans nummer var «774120» i journalen"]
    static let nonTriggering = ["the license number is on the card", "a passport number has nine characters", "patient number 12",
                                "the number is 2023", "[nb] saksnummer 2/3 av dem", "the case number was on the letter",
                                "the number was 20-30 a night", "in the school year 2019/2020 we", "[nb] budsjettet for 2023/24 er lagt",
                                "the case number at the office is new", "[nb] tallet var 2022/23",
                                "her number of visits was 12", "his number is in the book", "my number was 2023 on the list"]


    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        var found = archiveReferences(text)
        guard text.mayHave(.documentNumberWord) else { return found }
        for index in 0..<text.count where text.has(index, .documentNumberWord) {
            // "We filed a deviation, and the number was 23-0561": the document named earlier in the sentence, and a
            // code with a separator, as no count or year is written.
            var separated = false
            // "Her number there was 1184726": a person's own number in a register (not eight digits, a phone's).
            let owned = text.isWord(index - 1) && Self.possessives.contains(text.lower(index - 1))
            if !text.cues.documentCompounds.contains(text.lower(index)), !owned {
                if !(text.isWord(index - 1) && text.cues.documentWords.contains(text.lower(index - 1))) {
                    guard documentEarlier(text, before: index) else { continue }
                    separated = true
                }
            }
            var next = index + 1
            while text.isPunct(next, ".") || text.isPunct(next, ":") || text.isPunct(next, "#") || text.isPunct(next, ",") || text.isWord(next) && Self.bridges.contains(text.lower(next)),
                  next - index <= 5 { next += 1 }
            // "my case number at the tax office is 5531902": a few words of where, then the copula.
            if !separated, code(text, from: next) == nil, let copula = (next...(next + 4)).first(where: { text.isWord($0) && RegionRecognizer.originCopulas.contains(text.lower($0)) }),
               (next..<copula).allSatisfy({ text.isWord($0) }) {
                next = copula + 1
            }
            guard let last = code(text, from: next), !owned || text.text(next, last).utf8.count != 8, !separated || (next...last).contains(where: { text.isPunct($0, "-") || text.isPunct($0, "/") }) else { continue }
            found.append(Candidate(first: next, last: last, type: .other, reason: "a number after the document it belongs to"))
        }
        return found
    }

    /// Whether a document word ("deviation", "case", "avvik") comes earlier in the sentence, within twelve tokens.
    private func documentEarlier(_ text: TextView, before index: Int) -> Bool {
        var position = index - 2
        while position >= 0, index - position <= 12 {
            if text.isPunct(position, ".") || text.isPunct(position, "?") || text.isPunct(position, "!") { return false }
            if text.isWord(position), text.cues.documentWords.contains(text.lower(position)) { return true }
            position -= 1
        }
        return false
    }

    /// Case and archive references as Norwegian public records write them, year and sequence number: "2023/11873",
    /// "2021/0388" (a journal or case number in any context). School and budget years ("2019/2020", "2023/24") stay.
    private func archiveReferences(_ text: TextView) -> [Candidate] {
        var found: [Candidate] = []
        for index in 0..<text.count where text.isNumber(index) && text.digitCount(index) == 4 && text.isPunct(index + 1, "/") {
            guard let year = text.numberValue(index), (1990...2099).contains(year), text.attached(index + 1), text.isNumber(index + 2), text.attached(index + 2),
                  (3...6).contains(text.digitCount(index + 2)), !(text.isPunct(index - 1, "/") && text.attached(index)),
                  !(text.attached(index + 3) && (text.isPunct(index + 3, "/") || text.isNumber(index + 3) || text.isWord(index + 3))) else { continue }
            let sequence = text.lower(index + 2)
            if sequence.count == 4, !sequence.hasPrefix("0"), let next = Int(sequence), (1900...2100).contains(next) { continue }
            found.append(Candidate(first: index, last: index + 2, type: .other, reason: "a case number (year/sequence)"))
        }
        return found
    }

    static let possessives: Set<String> = ["her", "his", "my", "their", "hennes", "hans", "mitt", "sitt", "hennar", "hanses"]

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
