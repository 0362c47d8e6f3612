/// Workplaces: a name before an institution word — "Kvamstun omsorgssenter", "Fjellheim nursing home", "Bakkely bo- og
/// behandlingssenter", "granly care centre" — where the name is capitalised, or (in lower-cased transcripts) not an
/// ordinary word ("the nursing home", "our local care centre" are not names).
struct WorkplaceRecognizer: Recognizer {
    var type: IdentifierType { .workplace }
    static let triggering = ["At «Kvamstun omsorgssenter» they", "at «solstua nursing home» they", "«Bakkely bo- og behandlingssenter» has",
                             "the «Elvetun nursing home»", "at «St. Olavs hospital»", "at «lindheim sykehjem»", "at «Byåsen bo- og helsesenter»", "[nn] eg har helsestasjonen på «Nordbø skule» og", "[nb] ungene går i «Lyngtun barnehage»"]
    static let nonTriggering = ["coverage in the nursing home", "our local care centre", "a new health centre opened", "the sykehjem is", "[nb] etter skolen kom hun", "we had a meeting at the school"]

    /// Institution words of two or three words, lower-cased.
    static let phrases: [[String]] = [
        ["nursing", "home"], ["care", "home"], ["care", "centre"], ["care", "center"], ["health", "centre"], ["health", "center"],
        ["rehabilitation", "unit"], ["rehabilitation", "centre"], ["rehabilitation", "center"], ["medical", "centre"],
        ["medical", "center"], ["day", "centre"], ["day", "center"], ["service", "centre"], ["nursing", "homes"],
        ["bo", "og", "behandlingssenter"], ["bo", "og", "omsorgssenter"], ["bo", "og", "servicesenter"], ["home", "care", "unit"],
    ]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave([.workplaceWord, .workplacePhraseStart]) else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            guard let last = institution(text, at: index), let first = name(text, before: index) else { index += 1; continue }
            found.append(Candidate(first: first, last: last, type: .workplace))
            index = last + 1
        }
        return found
    }

    /// First words of `phrases`.
    static let phraseStarts = Set(phrases.map { $0[0] })

    /// The last token of an institution word starting at `index`.
    private func institution(_ text: TextView, at index: Int) -> Int? {
        if text.has(index, .workplaceWord) { return index }
        // "bo- og helsesenter", "rehabiliterings- og omsorgssenter": a first part sharing the institution word after "og".
        if text.isWord(index), text.isPunct(index + 1, "-"), text.attached(index + 1), text.isWord(index + 2, "og") || text.isWord(index + 2, "and"),
           text.has(index + 3, .workplaceWord) { return index + 3 }
        guard text.has(index, .workplacePhraseStart) else { return nil }
        for phrase in Self.phrases where text.lower(index) == phrase[0] {
            var position = index
            var matched = true
            for word in phrase.dropFirst() {
                position += 1
                if text.isPunct(position, "-") { position += 1 } // "bo- og"
                if !text.isWord(position, equals: word) { matched = false; break }
            }
            if matched { return position }
        }
        return nil
    }

    /// The first token of the name before an institution word, if there is one.
    private func name(_ text: TextView, before index: Int) -> Int? {
        var first = index
        var position = index - 1
        while position >= 0, text.isWord(position) {
            let isName = text.lowercaseText
                ? !text.has(position, .functionWord) && !text.has(position, .english) && !text.has(position, .personCueBefore)
                : text.isCapitalized(position) && !text.has(position, .functionWord) && !(text.isSentenceStart(position) && text.has(position, .english))
            guard isName else { break }
            first = position
            position -= 1
            if text.lowercaseText { break } // one word is as far as a lower-cased name can be told from its context
            if text.isPunct(position, "."), text.isWord(position - 1, "st") { first = position - 1; break }
        }
        return first < index ? first : nil
    }
}
