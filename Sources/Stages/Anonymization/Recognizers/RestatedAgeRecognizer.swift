/// An age said after a pause or corrected on the spot: "she was — I think ninety-two —", "hun er ... ja, nittito nå",
/// "he was ninety… ninety-six", "han er åttifem nå eller åttiseks i høst", "hun er halvfems ... nitti". The copula with
/// a person for its subject is the cue, as in "she is 92"; here hesitation, a hedge or a first guess stands between.
/// A unit after the number makes it an amount ("hun er ... tjue minutter unna").
struct RestatedAgeRecognizer: Recognizer {
    var type: IdentifierType { .age }
    static let triggering = ["She was — I think «eighty-one» — and she lived alone.", "[nb] Mora mi er ... ja, «åttifire» nå, og hun bor hjemme.",
                             "He was seventy… «seventy-eight», I think.", "[nb] han er nittien nå eller «nittito» i mai"]
    static let nonTriggering = ["[nb] hun er ... ja, tjue minutter unna", "She was — I think — very kind.", "[nb] det er ... ja, tjue stykker",
                                "we were twenty… twenty-two nurses then", "[nb] vi er tjue eller tjuefem på jobb"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.spelledNumber) || text.hasNumbers else { return [] }
        var found: [Candidate] = []
        let tokens = text.tokens
        for index in 1..<max(1, text.count) {
            guard tokens[index].kind == .number || text.has(index, .spelledNumber) else { continue }
            guard let value = number(text, index), (10...120).contains(value), !hasUnitAfter(text, index) else { continue }
            // Back over the pause, the hedge or the first guess to the copula.
            var position = index - 1
            var between = 0
            while position >= 0, between < 6, text.tokens[position].kind == .punct || text.isWord(position) && Self.hesitations.contains(text.lower(position)) {
                position -= 1
                between += 1
            }
            if between > 0, let guess = number(text, position), (10...120).contains(guess), hasPersonCopula(text, before: position) {
                found.append(Candidate(first: index, last: index, type: .age, reason: "an age corrected or said after a pause"))
            } else if between > 0, text.tokens[position + 1].kind == .punct || text.isWord(position + 1) && Self.hesitations.contains(text.lower(position + 1)),
                      hasPersonCopula(text, before: position + 1) {
                found.append(Candidate(first: index, last: index, type: .age, reason: "an age corrected or said after a pause"))
            }
        }
        return found
    }

    /// A number at `index`: digits (three at most) or one spelled word.
    private func number(_ text: TextView, _ index: Int) -> Int? {
        if text.isNumber(index) { return text.digitCount(index) <= 3 ? text.numberValue(index) : nil }
        return text.has(index, .spelledNumber) ? NumberWords.values[text.lower(index)] : nil
    }

    /// A person's pronoun (or a person word) and a copula right before `index`: "she was", "hun er", "mora mi er".
    private func hasPersonCopula(_ text: TextView, before index: Int) -> Bool {
        let copula = index - 1
        guard text.isWord(copula), text.cues.ageCopulas.contains(text.lower(copula)), text.isWord(copula - 1) else { return false }
        let subject = text.lower(copula - 1)
        return NameThatIsAWordRecognizer.subjectPronouns.contains(subject) || text.cues.agePersonWords.contains(subject) && !["det", "it", "vi", "we"].contains(subject)
            || PersonRecognizer.possessives.contains(subject) && text.isWord(copula - 2) && text.cues.agePersonWords.contains(text.lower(copula - 2))
    }

    private func hasUnitAfter(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index + 1) else { return false }
        let word = text.lower(index + 1)
        return text.cues.ageUnitsAfter.contains(word) || RoomNumberRecognizer.measures.contains(word) || ["stykker", "nurses", "people", "på"].contains(word)
    }

    /// Words of hesitation, hedging and correction between the copula and the age.
    static let hesitations: Set<String> = ["i", "think", "guess", "maybe", "ja", "jo", "nå", "now", "eller", "or", "no", "nei", "tror", "trur", "jeg", "eg",
                                           "æ", "vel", "liksom", "sånn", "um", "uh", "eh", "ehm", "hmm", "undskyld", "sorry", "altså"]
}
