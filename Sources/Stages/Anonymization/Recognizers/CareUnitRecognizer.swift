/// A municipality's care unit named by its service and the part of town it covers: "hjemmetjenesten Nord",
/// "heimetenesta sone sør", "hjemmesykepleien distrikt vest", "Hjemmetjenesten Fjellhamar". The service word alone is
/// every municipality's; with the area after it the unit is one team in one place, so the whole name goes.
struct CareUnitRecognizer: Recognizer {
    var type: IdentifierType { .organisation }
    static let triggering = ["[nb] jeg jobber i «hjemmetjenesten Sør» på dagtid", "[nn] leiaren for «heimetenesta sone nord» ringde", "[nb] vi i «hjemmesykepleien distrikt øst» har",
                             "[nb] sykepleieren fra «Hjemmetjenesten Brattås» kom", "I'm in the home care, «Hjemmetjenesten Vest».", "[nb] vi i «hjemmetjenesten sentrum» har mye å gjøre",
                             "[nb] hun leder «hjemmesykepleien distrikt vest» i Bodø kommune", "[nn] eg er i «heimetenesta sone aust» i Voss"]
    static let nonTriggering = ["[nb] hjemmetjenesten kom om kvelden", "[nb] i hjemmetjenesten nord for byen er det travelt", "[nb] hjemmetjenesten og legen snakket",
                                "[nb] Hjemmetjenesten har ansvaret.", "[nn] heimetenesta ringde i går", "[nb] hjemmesykepleien sier de ikke har tid", "[nb] en bil fra hjemmetjenesten midt på natta",
                                "[nb] hjemmetjenesten øst i byen har flere biler"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.workplaceWord) else { return [] }
        var found: [Candidate] = []
        let tokens = text.tokens
        for index in 0..<text.count {
            // Every service word starts with an h; other words skip the set look-up.
            guard tokens[index].kind == .word, text.bytes[Int(tokens[index].start)] | 0x20 == 0x68, Self.services.contains(text.lower(index)) else { continue }
            var area = index + 1
            let namedArea = text.has(area, .areaWord)
            if namedArea { area += 1 }
            guard text.isWord(area), !text.attached(area) else { continue }
            let word = text.lower(area)
            if Self.directions.contains(word) {
                // "hjemmetjenesten nord for byen": a direction with a preposition after it says where, not which unit;
                // after "sone" or "distrikt" the direction is the unit's name, wherever the sentence goes on ("sone nord i …").
                if !namedArea, text.isWord(area + 1), Self.prepositionsAfterDirection.contains(text.lower(area + 1)) { continue }
            } else {
                // A name of the area: capitalised in cased text, and no ordinary, function or cue word.
                guard !text.lowercaseText, text.isCapitalized(area), !text.has(area, .functionWord), !text.has(area, .allowed), !text.has(area, .english),
                      !text.has(area, .personCueAfter), !text.has(area, .month), !text.has(area, .employmentVerb) else { continue }
            }
            found.append(Candidate(first: index, last: area, type: .organisation, confident: false, reason: "a care unit named by its area", propagates: false))
        }
        return found
    }

    /// Home-care services as municipalities name them, in bokmål and nynorsk, definite.
    static let services: Set<String> = ["hjemmetjenesten", "hjemmetjenestene", "hjemmesykepleien", "hjemmesykepleia", "heimetenesta", "heimetenestene",
                                        "heimesjukepleia", "heimesjukepleien", "hjemmebaserte", "hjemmetjeneste", "heimeteneste"]
    static let directions: Set<String> = ["nord", "sør", "øst", "aust", "vest", "sentrum", "north", "south", "east", "west", "nordre", "søndre", "østre", "vestre",
                                          "indre", "ytre"]
    static let prepositionsAfterDirection: Set<String> = ["for", "of", "i", "av", "til", "fra", "frå", "mot", "in", "on", "to", "from"]
}
