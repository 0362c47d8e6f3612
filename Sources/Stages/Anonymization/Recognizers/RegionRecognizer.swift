/// Countries and states where they say where someone lives or comes from: "she grew up in Bavaria", "he is originally
/// from Somalia", "we moved to Texas" (a verb of residence, a place preposition, a country or first-level subdivision
/// of `Resources/countries.txt` or `subdivisions.txt`). In a small study a country of origin can point to one person;
/// elsewhere ("Poland has a strategy", "the Czech Republic") countries stay, and the study's own country (allowed) always.
struct RegionRecognizer: Recognizer {
    var type: IdentifierType { .place }
    static let triggering = ["she grew up in «Bavaria» and", "he is originally from «Somalia».", "we moved to «New South Wales» in 2019",
                             "[nb] hun bodde i «Finnmark» før", "I'm from «Texas», you know",
                             "I am from a small town in «the Philippines», and", "she is also from «the Philippines»", "i am from «somalia» from hargeisa"]
    static let nonTriggering = ["Norway has a national strategy", "the Czech Republic delegation", "Texas is big", "in Poland they use it",
                                "we moved to the new building", "they moved to Norway in the spring"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.regionStart) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .regionStart) && !text.has(index, .allowed) {
            // "from Somalia", "from the Philippines"; the verb of residence earlier in the clause ("I am from a small
            // town in the Philippines").
            let preposition = text.isWord(index - 1, "the") ? index - 2 : index - 1
            let origin = ["from", "fra", "frå"].contains(text.lower(preposition))
            guard text.has(preposition, .placePreposition), hasResidenceVerb(text, before: preposition, origin: origin),
                  text.lowercaseText || text.isCapitalized(index),
                  let options = text.gazetteer.regions[text.lower(index)], let last = text.longestPhrase(options, at: index, skippingHyphens: true)
            else { continue }
            found.append(Candidate(first: index, last: last, type: .place, reason: "a country or region where someone lives", propagates: false))
        }
        return found
    }

    /// Copulas that say where someone is from ("she is from Somalia", "han er fra Polen").
    static let originCopulas: Set<String> = ["is", "are", "was", "were", "am", "er", "var", "e", "va"]

    /// A verb of residence (or, before "from", a copula) within six words before `index`, in the same sentence.
    private func hasResidenceVerb(_ text: TextView, before index: Int, origin: Bool) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 6 {
            if text.isPunct(position, ".") || text.isPunct(position, "?") || text.isPunct(position, "!") || text.isPunct(position, ";") { return false }
            if text.isWord(position), text.cues.residenceVerbs.contains(text.lower(position)) || origin && Self.originCopulas.contains(text.lower(position)) { return true }
            position -= 1
        }
        return false
    }
}
