/// Institutions named after a saint, said by that name alone: "før det var jeg på St. Olavs", "she was at St Luke's for
/// years", "Sankt Josefs". Hospitals, schools and homes carry such names, and speakers drop the word for what they are;
/// the name points to one institution. Capitalised after "St."/"St"/"Sankt" in cased text (a street, "St. Olavs gate",
/// is the address recognizer's, and wins as the longer find).
struct SaintNameRecognizer: Recognizer {
    var type: IdentifierType { .organisation }
    static let triggering = ["[nb] før det jobbet jeg på «St. Hallvards» i mange år", "she was a nurse at «St Luke's» for ten years",
                             "[nn] eg var på «Sankt Josefs» før eg kom hit", "we sent him to «St. Benedict» for the night"]
    static let nonTriggering = ["[nb] det var st. hans og vi hadde fri", "at the start of the shift", "we met on St. and then left",
                                "[nb] Vi feiret sankthans på jobben"]

    func applies(to language: LanguageCues) -> Bool { language.capitalsMarkNames }

    func candidates(in text: TextView) -> [Candidate] {
        guard !text.lowercaseText else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.isWord(index) && text.isCapitalized(index) && Self.saints.contains(text.lower(index)) {
            let name = text.isPunct(index + 1, ".") && text.attached(index + 1) ? index + 2 : index + 1
            guard text.isWord(name), text.isCapitalized(name), !text.attached(name), text.lower(name).count >= 3,
                  !text.hasAny(name, [.functionWord, .month, .allowed]) else { continue }
            // "St Luke's": the possessive belongs to the name.
            var last = name
            if text.isWord(last + 1), text.attached(last + 1), ["'s", "\u{2019}s", "s"].contains(text.lower(last + 1)) { last += 1 }
            found.append(Candidate(first: index, last: last, type: .organisation, confident: false, reason: "an institution named after a saint"))
        }
        return found
    }

    static let saints: Set<String> = ["st", "sankt", "saint"]
}
