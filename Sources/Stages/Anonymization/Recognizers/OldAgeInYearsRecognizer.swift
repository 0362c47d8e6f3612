/// An old person's age said as a number of years with nothing around it to make it a span: "hu er jo åttifem år og
/// engstelig", "ein kar frå bygda, sytti-ni år, med Parkinson", "Syttini år, hjertesvikt", "ei dame på to og nitti
/// år". Sixty to a hundred and ten years is an age in care talk unless a preposition or a word after makes it how
/// long something lasted or how long ago it was ("i sytti år", "for ninety years", "seventy years ago", "sixty years
/// of experience"), or a range ("over nitti år", "between sixty and seventy years").
struct OldAgeInYearsRecognizer: Recognizer {
    var type: IdentifierType { .age }
    static let triggering = ["[nb] og hun er jo «åttito» år og bor alene", "[nn] ein mann frå grenda, «sytti-fem» år, med KOLS", "[nb] «Nittien» år, hjertesvikt, aleine.",
                             "[nb] ei dame på «fem og åtti» år som ikke svarte", "the man, «eighty-three» years, lived alone", "[nb] en bruker på «91» år falt i natt"]
    static let nonTriggering = ["[nb] gården har vært i familien i sytti år", "they have run the farm for ninety years", "that was seventy years ago", "[nb] det er hundre år siden",
                                "[nb] hun har seksti år med erfaring", "sixty years of experience", "[nb] alle brukere over nitti år får besøk", "[nb] fra sytti til åtti år",
                                "between sixty and seventy years", "[nb] det tok åtti år å bygge", "the last seventy years have changed"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers || text.mayHave(.spelledNumber) else { return [] }
        var found: [Candidate] = []
        let tokens = text.tokens
        for index in 0..<text.count {
            guard tokens[index].kind == .number || text.has(index, .spelledNumber) else { continue }
            guard let (first, value) = number(text, endingAt: index), (60...110).contains(value), text.isWord(index + 1),
                  text.cues.ageYears.contains(text.lower(index + 1)), !isSpan(text, before: first, after: index + 2) else { continue }
            found.append(Candidate(first: first, last: index, type: .age, reason: "an old person's age in years"))
        }
        return found
    }

    /// The first token and value of a number ending at `last`: digits, one word ("åttifem", "sytti-ni"), or a unit
    /// and a ten joined by "og" as dialect and Danish say them ("to og nitti", "fem og åtti").
    private func number(_ text: TextView, endingAt last: Int) -> (first: Int, value: Int)? {
        if text.isNumber(last) {
            guard text.digitCount(last) <= 3, !text.attached(last) || !(text.isPunct(last - 1, ".") || text.isPunct(last - 1, "/") || text.isPunct(last - 1, ":") || text.isPunct(last - 1, ",")),
                  let value = text.numberValue(last) else { return nil }
            return (last, value)
        }
        guard text.has(last, .spelledNumber), let value = NumberWords.values[text.lower(last)] else { return nil }
        if value % 10 == 0, value < 100, text.isWord(last - 1, "og"), text.isWord(last - 2), let unit = NumberWords.digits[text.lower(last - 2)], unit > 0 {
            return (last - 2, value + unit)
        }
        // "ninety two years": the ten is the previous word, read by the number before; this one is only a unit.
        return (last, value)
    }

    /// Whether the words around the number make it a span of time or a range, not someone's age.
    private func isSpan(_ text: TextView, before first: Int, after next: Int) -> Bool {
        if let previous = text.previousWord(first), previous == first - 1, Self.spanWordsBefore.contains(text.lower(previous)) { return true }
        // "from sixty to seventy years": a number just before, joined by "to"/"til"/"and"/"og".
        if text.isWord(first - 1), ["to", "til", "and", "og", "or", "eller", "-"].contains(text.lower(first - 1)),
           text.isNumber(first - 2) || text.has(first - 2, .spelledNumber) { return true }
        if text.isPunct(first - 1, "-") || text.isPunct(first - 1, "–") { return true }
        guard text.isWord(next) else { return false }
        let after = text.lower(next)
        return AgeRecognizer.agoWords.contains(after) || Self.spanWordsAfter.contains(after) || text.cues.ageUnitsAfter.contains(after)
    }

    static let spanWordsBefore: Set<String> = ["i", "in", "for", "over", "under", "above", "below", "gjennom", "through", "etter", "after", "om", "within", "innen", "innan",
                                               "de", "dei", "the", "last", "siste", "første", "first", "next", "neste", "hele", "heile", "alle", "all", "those", "these",
                                               "mellom", "between", "fra", "frå", "from", "til", "to", "tok", "took", "takes", "tar", "brukte", "spent", "ca", "circa",
                                               "omtrent", "about", "around", "than", "enn", "plus", "pluss"]
    static let spanWordsAfter: Set<String> = ["of", "med", "with", "i", "in", "later", "senere", "seinare", "tidligere", "før", "before", "earlier", "back", "tilbake",
                                              "sidan", "since", "etter", "after", "til", "to", "ahead", "fram", "frem", "old", "gammel", "gamle", "gammal", "gamal"]
}
