/// Case and archive numbers with the year in two digits, as Norwegian offices print them on letters and speakers read
/// them out: "21/18834", "24/09913" (year, slash, a sequence of four to six digits). No count, fraction or score has
/// that shape; a month and a year ("10/2023") does, so a sequence that reads as a year stays.
struct ShortYearCaseNumberRecognizer: Recognizer {
    var type: IdentifierType { .other }
    static let triggering = ["[nb] brevet hadde referansen «19/20417» øverst", "my complaint is «23/04471» at the county office, and",
                             "[nn] saka vår, «20/1187», ligg framleis der"]
    static let nonTriggering = ["[nb] vi jobber 24/7 her", "it started in 10/2023 and", "[nb] det var 50/50 om han klarte det", "[nb] kampen endte 3/1",
                                "[nb] fra 01/2024 gjelder nye regler", "the score was 12/20 on the test"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        var found: [Candidate] = []
        let tokens = text.tokens
        for index in 0..<text.count {
            guard tokens[index].kind == .number, text.digitCount(index) == 2, text.isPunct(index + 1, "/") else { continue }
            let sequence = index + 2
            guard text.attached(index + 1), text.isNumber(sequence), text.attached(sequence), (4...6).contains(text.digitCount(sequence)),
                  // Part of a longer code or date ("1/21/18834", "21/18834/2"): another recognizer's, or nothing.
                  !(text.attached(index) && (text.isPunct(index - 1, "/") || text.isPunct(index - 1, "-") || text.isNumber(index - 1))),
                  !(text.attached(sequence + 1) && (text.isPunct(sequence + 1, "/") || text.isNumber(sequence + 1) || text.isWord(sequence + 1))) else { continue }
            if text.digitCount(sequence) == 4, let year = text.numberValue(sequence), (1900...2100).contains(year) { continue }
            found.append(Candidate(first: index, last: sequence, type: .other, reason: "a case number (two-digit year/sequence)"))
        }
        return found
    }
}
