/// Payment card numbers: 13 to 19 digits, written as one run or in groups of four (Amex 4-6-5), that pass the Luhn
/// check. The check is the evidence: a run of digits that fails it is left alone, unless a card is named just before
/// it ("my card 5038 8939 6100", "cc 583446882636"): then 12 to 19 digits are a card number, a guess listed for review.
struct PaymentCardRecognizer: Recognizer {
    var type: IdentifierType { .cardNumber }
    static let triggering = ["card «4111 1111 1111 1111» expires", "paid with «4062560952307».", "«3782-822463-10005» (Amex)", "my credit card «565353645049» was lost",
                             "the last billed amount for cc «583446882636»"]
    static let nonTriggering = ["order 4111111111111112 shipped", "in 2023 2024 2025 2026", "the numbers 12, 34 and 56", "ref 12345678901234", "the card had 12 numbers", "card 2 of 3"]

    static let groupings: Set<[Int]> = [[4, 4, 4, 4], [4, 4, 4, 4, 3], [4, 6, 5], [4, 6, 4], [4, 4, 4, 1], [4, 4, 4, 2], [4, 4, 4, 3], [4, 4, 5]]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        return DigitGroups.scan(text.bytes).compactMap { run in
            guard !run.plus, !run.parenthesisedFirst, !run.isGlued(text.bytes), (12...19).contains(run.digitCount) else { return nil }
            if run.digitCount == 12 {
                guard afterCardCue(text, run) else { return nil }
            }
            let uniform = Set(run.separators).count <= 1 && !run.separators.contains(0x2E)
            guard run.groups.count == 1 || (uniform && Self.groupings.contains(run.sizes)) else { return nil }
            guard DigitGroups.luhnValid(run.digits(text.bytes)) else {
                guard run.groups.count == 1 || uniform, afterCardCue(text, run) else { return nil }
                return text.candidate(bytes: run.range, type: .cardNumber, confident: false, reason: "digits after a card is named, failing the Luhn check")
            }
            // "2023 2024 2025 2026" passes Luhn by chance one time in ten; years in a row are not a card.
            if run.groups.count > 1, run.sizes.allSatisfy({ $0 == 4 }),
               run.groups.allSatisfy({ group in (1900...2100).contains(Int(String(decoding: text.bytes[group], as: UTF8.self)) ?? 0) }) { return nil }
            return text.candidate(bytes: run.range, type: .cardNumber)
        }
    }


    /// Whether a card is named within the three words before the run.
    private func afterCardCue(_ text: TextView, _ run: DigitGroups) -> Bool {
        guard let (first, _) = text.tokenSpan(bytes: run.range) else { return false }
        var position = first - 1
        var words = 0
        while position >= 0, words < 3 {
            if text.isWord(position) {
                if text.cues.cardWords.contains(text.lower(position)) { return true }
                words += 1
            } else if !text.isPunct(position, ":") && !text.isPunct(position, "#") {
                return false
            }
            position -= 1
        }
        return false
    }
}
