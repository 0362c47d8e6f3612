/// Companies in lower-cased Scandinavian speech-to-text, by the legal form said after the name: "vi leier dem av
/// fjordnett as", "sjekk med dosering nord as". Norwegian has no word "as", so in a transcript of a Scandinavian
/// language one to three words before it, none a function word, are a company's name. English speech says "as" all the
/// time and is left to the cue after the role ("the supplier …").
struct CompanyFormInSpeechRecognizer: Recognizer {
    var type: IdentifierType { .organisation }
    static let triggering = ["[nb] nettbrettene er leid av «fjordnett as» og det går fint", "[nb] du kan sjekke med «dosering nord as» hilsen kari",
                             "[nn] vi kjøpte alle sensorane frå «vestavind helse as» i fjor, og dei er greie",
                             "[nb] et firma som heter «nordlys alarm as» tok over"]
    static let nonTriggering = ["[nb] det er like bra as it gets", "[nb] det var as i fjor", "[nb] dei var her as well", "we worked as nurses there"]

    func applies(to language: LanguageCues) -> Bool { !language.code.hasPrefix("en") }

    func candidates(in text: TextView) -> [Candidate] {
        guard text.lowercaseText else { return [] }
        var found: [Candidate] = []
        let tokens = text.tokens
        for index in 1..<max(1, text.count) {
            guard tokens[index].kind == .word, tokens[index].end - tokens[index].start == 2, text.isWord(index, "as") else { continue }
            guard !text.attached(index), !text.isWord(index + 1) || !Self.englishAfter.contains(text.lower(index + 1)) else { continue }
            var first = index
            while index - first < 3, text.isWord(first - 1), !text.attached(first), !isCue(text, first - 1) { first -= 1 }
            // "as well", "as it gets" after English words: one word of the name is no English word.
            guard first < index, (first..<index).contains(where: { !text.has($0, .english) }) else { continue }
            found.append(Candidate(first: first, last: index, type: .organisation, confident: false, reason: "a company's legal form in speech"))
        }
        return found
    }

    /// A word that introduces the name rather than being part of it: a function word, a preposition, the role
    /// ("leverandøren"), a naming verb ("som heter …"), a person cue ("ringte"), a verb of employment.
    private func isCue(_ text: TextView, _ index: Int) -> Bool {
        text.hasAny(index, [.functionWord, .placePreposition, .employmentVerb, .supplierWord, .personCueBefore, .personCueAfter, .digitWord, .spelledNumber])
            || PersonRecognizer.namingCues.contains(text.lower(index))
    }

    /// Words after an English "as" in a Norwegian transcript ("as well", "as it gets", "as usual").
    static let englishAfter: Set<String> = ["well", "it", "usual", "always", "if", "a", "an", "the", "much", "long", "soon", "far", "good", "you", "we"]
}
