/// Countries and states where they say where someone lives or comes from: "she grew up in Bavaria", "he is originally
/// from Somalia", "we moved to Texas" (a verb of residence, a place preposition, a country or first-level subdivision
/// of `Resources/countries.txt` or `subdivisions.txt`). In a small study a country of origin can point to one person;
/// elsewhere ("Poland has a strategy", "the Czech Republic") countries stay, and the study's own country (allowed) always.
struct RegionRecognizer: Recognizer {
    var type: IdentifierType { .place }
    static let triggering = ["she grew up in «Bavaria» and", "he is originally from «Somalia».", "we moved to «New South Wales» in 2019",
                             "[nb] hun bodde i «Finnmark» før", "I'm from «Texas», you know"]
    static let nonTriggering = ["Norway has a national strategy", "the Czech Republic delegation", "Texas is big", "in Poland they use it",
                                "we moved to the new building", "they moved to Norway in 2015"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.regionStart) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .regionStart) && text.has(index - 1, .placePreposition) && !text.has(index, .allowed) {
            guard text.isWord(index - 2), text.cues.residenceVerbs.contains(text.lower(index - 2)),
                  text.lowercaseText || text.isCapitalized(index),
                  let options = text.gazetteer.regions[text.lower(index)], let last = text.longestPhrase(options, at: index, skippingHyphens: true)
            else { continue }
            found.append(Candidate(first: index, last: last, type: .place, reason: "a country or region where someone lives", propagates: false))
        }
        return found
    }
}
