/// Places: Norwegian municipalities, towns and regions from the gazetteer (one or several words), the study's own
/// place identifiers, in any case. Place names that are ordinary words ("Time", "Moss", "Ski") count only when
/// capitalised inside a sentence or next to "kommune" / "municipality".
struct PlaceRecognizer: Recognizer {
    var type: IdentifierType { .place }
    static let triggering = ["We visited the team in «Orkland».", "they came from «stjørdal» yesterday", "«Midtre Gauldal» has",
                             "in «Time» they", "«moss» kommune", "we drove out to «Hommelvik» that day", "vi bodde i «skjelstadmark» før",
                             "he grew up in «Northcross».", "my uncle terje lives in «molde» but", "i'm based up in «konnerud» and", "I am in «Várbalog» for a trip", "the first months we lived in «kvithylla» and then", "my uncle is from «oteren» so", "[nb] det var en mann på «tingvoll» som ringte", "«Eindhoven» has a plant", "a conference in «Nicosia»",
                             "they flew to «Keflavík»", "we met in «Andorra la Vella»",
                             "a lady with a small house on «bjarkøy» near the shop", "[nb] en dame med demens på «tornesholmen» ringte", "[nb] han bodde på «skjærmo» i mange år",
                             "[nb] hun har jobbet på «nyåsen» i ti år", "[nb] en mann fra «lilleåker» ringte", "we drive in the district of «storsletta» every day",
                             "[nb] alarmer fra hele kommunen helt ut til «kjerringøy» i nord", "[nb] han gikk seg bort og havnet nede ved «mjøsa» om natta",
                             "[nn] ho budde på «fjærland» heile livet", "[nb] vi kjører fra «mosjøen» og «elsfjord» hver dag", "[nb] vi dekker sentrum og «tromsdalen» og litt til",
                             "I moved to the zone that covers «Hokkåsen».", "[nb] Vi har mange fra mange land, det er jo «Blystadlia»."]
    static let nonTriggering = ["Norway has a strategy.", "it takes time", "the moss on the roof", "Time will tell.",
                                "in the landscape", "to Trust", "at Facebook", "in March", "we made it in time", "they live in time with it",
                                "we write it in gerica and send it to dips", "we talked on facetime and on teams every day", "she was on demo duty", "[nb] en mann på ski kom forbi", "i dont know, i think so", "it is in norwegian and in english", "[nb] vi var på åsen og i dalen hele dagen", "[nb] de som kommer fra utlandet snakker godt", "the district of the hospital is big",
                                "[nb] han bor i kjeller og stue", "[nb] det var på lang sikt og i kort tid"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave([.place, .multiwordPlaceStart, .placePreposition, .worldCity, .worldCityStart]) else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            guard text.isWord(index), !text.has(index, .allowed) else { index += 1; continue }
            if text.has(index, .multiwordPlaceStart), let last = multiword(text, index) {
                found.append(Candidate(first: index, last: last, type: .place))
                index = last + 1
                continue
            }
            if text.has(index, .worldCityStart), let last = worldCityPhrase(text, index) {
                found.append(Candidate(first: index, last: last, type: .place))
                index = last + 1
                continue
            }
            if text.has(index, .worldCity), !text.has(index, .place), let confident = acceptsWorldCity(text, index) {
                // Replaced wherever it is recognised, but not looked for in other spellings: a one-word city name can
                // be a word of another language, and a lower-case "lodi" elsewhere is no evidence.
                found.append(Candidate(first: index, last: index, type: .place, confident: confident,
                                       reason: confident ? "" : "a city's name in lower-cased text after a preposition", propagates: false))
            } else if text.has(index, .place), accepts(text, index) {
                found.append(Candidate(first: index, last: index, type: .place, confident: !text.has(index, .placeIsWord)))
            } else if isDictionaryPlaceWithAStreetEnding(text, index) {
                found.append(Candidate(first: index, last: index, type: .place, confident: false,
                                       reason: "a place the Norwegian dictionaries hold, ending like a street", propagates: false))
            } else if looksLikeAPlaceName(text, index) {
                found.append(Candidate(first: index, last: index, type: .place, confident: false,
                                       reason: "unknown place-like name after a preposition", propagates: false))
            }
            index += 1
        }
        return found
    }

    /// The last token of the longest multi-word place starting at `index`.
    private func multiword(_ text: TextView, _ index: Int) -> Int? {
        guard let options = text.gazetteer.multiwordPlaces[text.lower(index)] else { return nil }
        return text.longestPhrase(options, at: index, skippingHyphens: false)
    }

    /// The last token of a city of several words ("Andorra la Vella", "New Brighton"); in cased text it starts with a
    /// capital, and its words may be joined by hyphens.
    private func worldCityPhrase(_ text: TextView, _ index: Int) -> Int? {
        guard let options = text.gazetteer.worldCityPhrases[text.lower(index)] else { return nil }
        if !text.lowercaseText, !text.isCapitalized(index) { return nil }
        return text.longestPhrase(options, at: index, skippingHyphens: true)
    }

    /// A one-word city: capitalised in cased text (confident), or after a preposition in lower-cased text (a guess).
    private func acceptsWorldCity(_ text: TextView, _ index: Int) -> Bool? {
        guard !text.has(index, .english), !text.has(index, .allowed), !text.has(index, .month), !text.has(index, .functionWord) else { return nil }
        if text.lowercaseText { return text.has(index - 1, .placePreposition) ? false : nil }
        return text.isCapitalized(index) ? true : nil
    }

    static let placeSuffixes = ["vik", "dal", "dalen", "fjord", "nes", "øy", "øya", "sund", "stad", "heim", "vågen", "våg", "bø", "eid",
                                "strand", "haug", "åsen", "moen", "sjøen", "hamn", "havn", "seter", "bygd", "holm", "landet", "ås",
                                "elv", "elva", "foss", "mark", "berg", "by", "set", "lia", "skog", "skogen", "rud", "rød", "torp", "gård", "sletta",
                                "holmen", "straumen", "borg", "mo", "åker", "åkeren", "vika", "sand"]

    /// A word no list knows, after "in", "from", "i", "på" …, that ends like Norwegian place names (-vik, -dal,
    /// -fjord, -nes …): "we drove out to Hommelvik". Capitalised in cased text; in lower-cased text, not an ordinary word.
    private func looksLikeAPlaceName(_ text: TextView, _ index: Int) -> Bool {
        // "on kråkerøy", "on the island of …": English says "on" of islands, which Norwegian place names often are; only
        // the endings of place names count after it (below).
        let onAnIsland = text.lowercaseText && text.isWord(index - 1, "on")
        // "in the district of kvaløysletta", "the island of senja": a kind of place named, then its name.
        let ofAPlace = text.isWord(index - 1, "of") && text.isWord(index - 2) && Self.placeKinds.contains(text.lower(index - 2))
        // "fra løding og saltstraumen": a second name joined to a place just named after a preposition.
        let joinedToAPlace = text.lowercaseText && isJoinedToAPlace(text, index)
        // "vi dekker sentrum og tromsdalen": a name the Norwegian dictionaries hold that ends like a place name.
        let dictionaryPlace = text.lowercaseText && text.has(index, .norwegianProperNoun) && Self.placeSuffixes.contains { text.lower(index).hasSuffix($0) }
        guard text.has(index - 1, .placePreposition) || onAnIsland || ofAPlace || joinedToAPlace || dictionaryPlace else { return false }
        guard !text.has(index, .english), !text.has(index, .functionWord), !text.has(index, .allowed), !text.has(index, .firstName),
              !text.has(index, .surname), !text.has(index, .month), !text.has(index, .workplaceWord) else { return false }
        if !text.lowercaseText && !text.isCapitalized(index) { return false }
        let word = text.lower(index)
        // Cased text: a capitalised word no list knows after "in", "from", "to" is a place ("grew up in Northcross",
        // "returned to GRANGE"); countries are left alone (a quasi-identifier the scorer and readers keep).
        if !text.lowercaseText, !onAnIsland, !ofAPlace, !text.isWord(index - 1, "at"), word.count >= 3, !text.gazetteer.countries.contains(word) { return true }
        // Lower-cased English speech: a word the English dictionary does not know after "in", "from", "at", "to" is a
        // name, and one no name list knows is a place ("the reception centre in biri", "up at efjord"). Norwegian
        // speech has no dictionary here, so there only the endings of place names count.
        if text.lowercaseText, !onAnIsland, text.cues.code == "en", word.count >= 4, Self.englishPrepositions.contains(text.lower(index - 1)),
           !word.contains("'"), !word.contains("\u{2019}"), ![WordFacts.Flags.personCueBefore, .personCueAfter, .spelledNumber, .digitWord].contains(where: { text.has(index, $0) }) {
            return true
        }
        // Lower-cased Scandinavian speech: a word the Norwegian dictionaries write only with a capital is a name, and
        // after a place preposition a place ("på kjerringøy", "ned ved mjøsa", "i groruddalen"; "på kjeller" is a word).
        if text.lowercaseText, text.cues.code != "en" || joinedToAPlace || dictionaryPlace, text.has(index, .norwegianProperNoun) { return true }
        guard word.count >= 5 else { return false }
        // A name before the ending: three letters at least, two before the endings that are whole words of landscape
        // ("by-åsen", "gre-åker"; "ut-landet" is abroad).
        return Self.placeSuffixes.contains { word.hasSuffix($0) && word.count > $0.count + (Self.landscapeWords.contains($0) ? 1 : 2) }
    }

    /// "the zone that covers Byåsen", "det er jo Groruddalen": a capitalised word the Norwegian dictionaries hold only as
    /// a name, with an ending that streets share (-åsen, -dalen, -haugen). The safety net leaves such words to the
    /// address rules, which need a house number; the dictionary says it is a place's name all the same.
    private func isDictionaryPlaceWithAStreetEnding(_ text: TextView, _ index: Int) -> Bool {
        !text.lowercaseText && text.isCapitalized(index) && text.has(index, .norwegianProperNoun) && text.has(index, .streetName)
            && !text.isNumber(index + 1)
    }

    /// "løding og saltstraumen", "egge eller beitstad": `index` follows "og"/"eller"/"and"/"or" after a name that is a
    /// place by a list or the Norwegian dictionaries, itself after a place preposition.
    private func isJoinedToAPlace(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index - 1), Self.joiners.contains(text.lower(index - 1)), text.isWord(index - 2), text.has(index - 3, .placePreposition) else { return false }
        return text.hasAny(index - 2, [.place, .worldCity, .norwegianProperNoun]) && !text.hasAny(index - 2, [.english, .firstName, .surname])
    }

    static let joiners: Set<String> = ["og", "eller", "and", "or", "och", "eller"]

    static let landscapeWords: Set<String> = ["åsen", "moen", "åker", "åkeren", "sletta", "holmen", "vika", "haug", "dalen", "skogen", "straumen"]

    /// Kinds of place whose name follows "of" ("the district of", "the island of").
    static let placeKinds: Set<String> = ["district", "island", "municipality", "county", "village", "town", "parish", "area", "region"]

    /// The prepositions of the lower-cased English rule ("i" is the pronoun there, not the Norwegian "in").
    static let englishPrepositions: Set<String> = ["in", "from", "at", "to", "near", "outside"]

    private func accepts(_ text: TextView, _ index: Int) -> Bool {
        guard text.has(index, .placeIsWord) else { return true }
        let context = text.isWord(index + 1, "kommune") || text.isWord(index + 1, "municipality") || text.isWord(index + 1, "kommunes")
            || (text.isWord(index - 1, "of") && text.isWord(index - 2, "municipality"))
        if context { return true }
        // "my uncle lives in molde", "ho bur i voss": where someone lives, also in lower-cased speech.
        if text.lowercaseText, !text.has(index, .english), text.has(index - 1, .placePreposition), text.isWord(index - 2),
           text.cues.residenceVerbs.contains(text.lower(index - 2)) { return true }
        // "en mann på hvaler", "ei dame fra lund": where a person is from or lives, said of a person right before.
        if text.lowercaseText, !text.has(index, .english), text.has(index - 1, .placePreposition), text.isWord(index - 2),
           text.cues.agePersonWords.contains(text.lower(index - 2)), !AgeRecognizer.pronouns.contains(text.lower(index - 2)) { return true }
        return !text.lowercaseText && text.isCapitalized(index) && !text.isSentenceStart(index)
    }
}
