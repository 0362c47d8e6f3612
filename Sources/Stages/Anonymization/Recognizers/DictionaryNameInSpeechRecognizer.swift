/// Names in lower-cased speech-to-text that the Norwegian dictionaries write only with a capital and no other list
/// holds: first names ("the nurse on duty is usually ingvild", "ja jeg er torild jeg er …") and other names said with
/// no preposition. Nothing else marks them there: no capital, and often no cue. The words the dictionaries also have
/// in lower case ("sol", "storm", "dag") are not in the list, so an ordinary word never counts. A name after a place
/// preposition or ending like a Norwegian place name (-dalen, -vik, -øy …: "vi dekker sentrum og hunndalen") is the
/// place recognizer's; anything else is taken for a person.
struct DictionaryNameInSpeechRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["and the nurse on night duty is usually «ingvild» and she knows them all", "[nb] ja jeg er «torild» jeg er prosjektleder",
                             "[nn] det var «halvor» som ringde meg"]
    static let nonTriggering = ["[nb] det handler om liv og helse og storm i natt", "we speak norwegian at work and english at home",
                                "[nb] vi har sol og dag og natt", "[nb] jeg satt med lovdata og altinn hele helga"]

    static let reason = "a name the Norwegian dictionaries hold, in lower-cased speech"

    func candidates(in text: TextView) -> [Candidate] {
        guard text.lowercaseText, text.mayHave(.norwegianProperNoun) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .norwegianProperNoun) {
            guard !text.hasAny(index, [.english, .allowed, .functionWord, .month, .country, .firstName, .surname, .place]),
                  !text.has(index - 1, .placePreposition) else { continue }
            if PlaceRecognizer.placeSuffixes.contains(where: { text.lower(index).hasSuffix($0) }) { continue }
            found.append(Candidate(first: index, last: index, type: .person, confident: false, reason: Self.reason, propagates: false))
        }
        return found
    }
}
