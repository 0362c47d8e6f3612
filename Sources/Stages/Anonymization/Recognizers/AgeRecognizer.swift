/// Ages: a number with "years old", "-year-old", "years of age", "år gammel", or after "aged", "I'm", "she is",
/// "turned" … when no other unit follows. Years of experience ("for 14 years") are not ages.
struct AgeRecognizer: Recognizer {
    var type: IdentifierType { .age }
    static let triggering = ["Her mother is «89» and lives alone.", "the patient was «74», and", "I am «28» years old.", "she is «92», and", "I'm «47» now", "a «84»-year-old man", "han er «54» år gammel",
                             "aged «67», she", "when he turned «70»", "hun er «54» år", "I'll turn «74».", "she will turn «90» in May",
                             "a man of «87» lives alone", "the oldest user of the alarm is «92»", "den eldste brukeren er «92»"]
    static let nonTriggering = ["a nurse for 14 years", "about 3 years now", "10 to 15 minutes", "she is 92 percent sure", "I am 5 minutes late", "The ward is 12 metres long.", "Room 4 is 20 square metres",
                                "the oldest building is 100 metres away", "a team of 12 nurses"]

    static let unitsAfter: Set<String> = ["minutes", "minute", "min", "hours", "hour", "days", "day", "weeks", "week", "months", "month",
                                          "percent", "per", "kr", "kroner", "times", "km", "kg", "patients", "people", "beds", "staff",
                                          "of", "metres", "meters", "m", "square", "minutter", "timer", "dager", "uker", "prosent", "ganger", "pasienter", "o'clock"]
    static let cuesBefore: [[String]] = [["aged"], ["age"], ["age", "of"], ["i'm"], ["im"], ["i", "am"], ["she", "is"], ["he", "is"],
                                         ["she's"], ["he's"], ["who", "is"], ["turned"], ["turns"], ["turning"], ["turn"], ["is", "now"],
                                         ["fylte"], ["fyller"], ["alder"], ["she", "was"], ["he", "was"], ["i", "was"]]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count {
            guard let age = text.numberValue(index), (0...120).contains(age), text.digitCount(index) <= 3,
                  !(text.attached(index) && (text.isPunct(index - 1, ".") || text.isPunct(index - 1, "/") || text.isPunct(index - 1, ":"))) else { continue }
            if isAgePhraseAfter(text, index) || ((hasCueBefore(text, index) || hasPersonSubject(text, index) || isPersonOfAge(text, index)
                || hasSuperlativeSubject(text, index)) && !hasUnitAfter(text, index)) {
                found.append(Candidate(first: index, last: index, type: .age))
            }
        }
        return found
    }

    private func isAgePhraseAfter(_ text: TextView, _ index: Int) -> Bool {
        var next = index + 1
        if text.isPunct(next, "-"), text.attached(next) { next += 1 }
        let word = text.lower(next)
        if word == "year-old" || word == "years-old" || word == "åring" || word == "åringen" { return true }
        if (word == "years" || word == "year" || word == "yrs") && (text.isWord(next + 1, "old") || (text.isPunct(next + 1, "-") && text.isWord(next + 2, "old"))) { return true }
        if word == "years", text.isWord(next + 1, "of"), text.isWord(next + 2, "age") { return true }
        if word == "år" {
            if text.isWord(next + 1, "gammel") || text.isWord(next + 1, "gamle") { return true }
            if let previous = text.previousWord(index), ["er", "ble", "var", "fylte", "fyller"].contains(text.lower(previous)) { return true }
        }
        return false
    }

    private func hasCueBefore(_ text: TextView, _ index: Int) -> Bool {
        Self.cuesBefore.contains { cue in
            guard index - cue.count >= 0 else { return false }
            return cue.enumerated().allSatisfy { offset, word in text.isWord(index - cue.count + offset, equals: word) }
        }
    }

    /// "Her mother is 89", "the patient was 74", "Kari er 54": a person word or name as the subject of is/was/er/var
    /// within three words before the number.
    private func hasPersonSubject(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index - 1), ["is", "was", "er", "var", "ble"].contains(text.lower(index - 1)) else { return false }
        for back in 2...4 {
            let position = index - back
            guard text.isWord(position) else { return false }
            if Self.personWords.contains(text.lower(position)) || text.has(position, .personCueBefore) && !text.has(position, .functionWord) { return true }
            if text.has(position, .firstName) && (text.isCapitalized(position) || text.lowercaseText) && !text.has(position, .nameIsWord) { return true }
        }
        return false
    }

    static let personWords: Set<String> = ["she", "he", "i", "mother", "father", "mum", "mom", "dad", "husband", "wife", "patient",
                                           "resident", "daughter", "son", "grandmother", "grandfather", "neighbour", "neighbor", "man",
                                           "woman", "lady", "boy", "girl", "brother", "sister", "hun", "han", "jeg", "moren", "faren",
                                           "mora", "pasienten", "beboeren", "dama", "mannen", "kona", "datteren", "sønnen", "user"]

    /// "a man of 87", "a woman of 90".
    private func isPersonOfAge(_ text: TextView, _ index: Int) -> Bool {
        text.isWord(index - 1, "of") && Self.personWords.contains(text.lower(index - 2)) && (text.isWord(index - 3, "a") || text.isWord(index - 3, "an"))
    }

    /// "the oldest user of the alarm is 92", "den eldste brukeren er 92": a superlative of age in the subject.
    private func hasSuperlativeSubject(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index - 1), ["is", "was", "er", "var"].contains(text.lower(index - 1)) else { return false }
        for back in 2...8 where index - back >= 0 {
            if ["oldest", "youngest", "eldste", "yngste", "eldst", "yngst"].contains(text.lower(index - back)) { return true }
            if text.isPunct(index - back, ".") || text.isPunct(index - back, "?") { return false }
        }
        return false
    }

    private func hasUnitAfter(_ text: TextView, _ index: Int) -> Bool {
        let next = index + 1
        if text.isPunct(next, "%") || text.isPunct(next, ":") || text.isPunct(next, ".") && text.isNumber(next + 1) { return true }
        if text.isWord(next), Self.unitsAfter.contains(text.lower(next)) { return true }
        if text.isWord(next, "years") || text.isWord(next, "år") { return !isAgePhraseAfter(text, index) }
        return false
    }
}
