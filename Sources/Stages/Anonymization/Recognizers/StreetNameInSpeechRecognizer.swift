/// A street named without a house number in lower-cased speech-to-text, where no capital marks it: "vi satt på
/// lindåsvegen i et møterom", "jeg kan ikke sitte i kirkegata og bestemme". Only the unmistakable street endings
/// (-gata, -gaten, -veien, -vegen) after a place preposition, and not the streets every town has by kind
/// ("motorveien", "hovedgata", "gågata"): those say no place.
struct StreetNameInSpeechRecognizer: Recognizer {
    var type: IdentifierType { .address }
    static let triggering = ["[nb] vi møttes på «kvernhusvegen» i et lite møterom der", "[nb] de sitter i «prestegata» og bestemmer alt for oss",
                             "[nn] eg budde ved «hamarvegen» då eg var lita"]
    static let nonTriggering = ["[nb] han kjørte på motorveien i natt hele veien hjem", "[nb] vi gikk i gågata og så på butikkene",
                                "[nb] bilen sto i hovedgata hele dagen", "[nb] vi er halvveien nå og det går greit"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.lowercaseText, text.mayHave(.streetName) else { return [] }
        var found: [Candidate] = []
        for index in 1..<max(1, text.count) where text.has(index, .streetName) && text.has(index - 1, .placePreposition) {
            let word = text.lower(index)
            guard let suffix = Self.endings.first(where: { word.hasSuffix($0) }), word.count >= suffix.count + 3, !text.has(index, .english),
                  !Self.kinds.contains(where: { word == $0 + suffix || word == $0 + "s" + suffix }) else { continue }
            found.append(Candidate(first: index, last: index, type: .address, confident: false, reason: "a street named in lower-cased speech", propagates: false))
        }
        return found
    }

    static let endings = ["gata", "gaten", "veien", "vegen"]
    /// Streets by kind, not by name: "hovedgata", "motorveien", "riksvegen", "halvveien".
    static let kinds: Set<String> = ["hoved", "motor", "riks", "fylke", "gang", "sykkel", "om", "halv", "bak", "side", "gå", "kjøre", "skog", "traktor",
                                     "adkomst", "tilkomst", "gjennomfart", "stor", "tver", "vinter", "sommer", "land", "rett", "sne", "snar",
                                     "midt", "opp", "ned", "inn", "ut", "hjem", "heim", "til", "fra", "ferd", "lev", "livs", "mellom", "sti"]
}
