/// Districts named after the word for them: "i fredrikstad sone gressvik og kråkerøy", "harstad distrikt kanebogen",
/// "i sone vågsbygd". Home care is organised in zones named after the places they cover, and no list knows them all,
/// so they are guesses, listed for review and not looked for elsewhere. A direction or a number ("sone øst", "sone 2")
/// is no name, and "sone" as a verb ("han måtte sone dommen") has no place or preposition before it.
struct DistrictRecognizer: Recognizer {
    var type: IdentifierType { .place }
    static let triggering = ["[nb] hjemmesykepleien i sone «brekkåsen» og", "[nb] vi er i trondheim sone «byåsen», og", "[nb] i levanger distrikt «skogn» og åsen",
                             "[nb] jeg jobber i sone nordby og «torvmyra»", "[nn] eg er i sone «ytterøy» no", "we work in zone «Moholt» at night"]
    static let nonTriggering = ["[nb] de jobber i sone øst og sone 2", "the district nurse came", "[nb] han måtte sone dommen",
                                "[nb] i sone en og to", "we are in zone three", "[nb] det var i sone jeg husker ikke"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.areaWord) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .areaWord) {
            guard text.isPunct(index - 1, ",") || text.has(index - 1, .placePreposition) || text.has(index - 1, .place) || text.has(index - 1, .worldCity),
                  isName(text, index + 1) else { continue }
            found.append(district(index + 1))
            // "sone gressvik og kråkerøy"
            if text.isWord(index + 2, "og") || text.isWord(index + 2, "and"), isName(text, index + 3) { found.append(district(index + 3)) }
        }
        return found
    }

    private func district(_ index: Int) -> Candidate {
        Candidate(first: index, last: index, type: .place, confident: false, reason: "a name after a zone or district word", propagates: false)
    }

    /// A word that can name a place: capitalised in cased text, no ordinary English, cue or function word, no number,
    /// direction or part of a town.
    private func isName(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index), text.lowercaseText || text.isCapitalized(index), text.lower(index).count >= 3,
              ![WordFacts.Flags.english, .functionWord, .allowed, .month, .spelledNumber, .digitWord, .personCueBefore, .areaWord].contains(where: { text.has(index, $0) }),
              !Self.directions.contains(text.lower(index)), !AgeRecognizer.pronouns.contains(text.lower(index)), !text.cues.speakerWords.contains(text.lower(index))
        else { return false }
        return true
    }

    static let directions: Set<String> = ["nord", "sør", "syd", "øst", "vest", "nordre", "søndre", "østre", "vestre", "nordøst", "nordvest", "sørøst",
                                          "sørvest", "sentrum", "midt", "indre", "ytre", "north", "south", "east", "west", "centre", "center", "central"]
}
