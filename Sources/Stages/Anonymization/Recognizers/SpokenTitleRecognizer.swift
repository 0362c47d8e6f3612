/// A name after a title as speech says it and speech-to-text spells it: "mister johansen", "missus Berg", "doktor
/// Lindqvist", "doktor hammer". The title said in full is no cue list's ("mister" is also a Norwegian verb, "doctor" a
/// noun), so it counts only where it cannot be either: not after an article or a possessive ("the doctor said"), and
/// the word after it is no function word, cue or number (in English speech no English word either, as "mister" is
/// only English there).
struct SpokenTitleRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["the alarm at mister «haugland» on the island went off twice", "we visited missus «Okonkwo» every morning",
                             "[nb] vi ringte doktor «Rasmussen» med en gang", "[nb] jeg snakket med doktor «lindqvist» som var på vakt"]
    static let nonTriggering = ["the doctor came at nine", "my doctor said no", "[nb] vi mister kontakten med dem", "[nb] doktor og sykepleier kom sammen",
                                "[nb] hun mister ofte nøklene", "a doctor who knew her", "doctor appointments are hard"]

    func candidates(in text: TextView) -> [Candidate] {
        var found: [Candidate] = []
        let tokens = text.tokens
        for index in 0..<text.count {
            // Every title here is six bytes and starts with an m or a d; other words skip the set look-up (guards, not
            // &&: each && closure copies the view in debug builds).
            guard tokens[index].kind == .word, tokens[index].end - tokens[index].start == 6 else { continue }
            let initial = text.bytes[Int(tokens[index].start)] | 0x20
            guard initial == 0x6D || initial == 0x64, Self.titles.contains(text.lower(index)) else { continue }
            let name = index + 1
            let english = text.cues.code == "en"
            // "mister" is an English title only in English speech; in Norwegian it is the verb "lose".
            if !english, text.lower(index) != "doktor" { continue }
            guard text.isWord(name), !text.attached(name), !text.hasAny(name, [.functionWord, .personCueAfter, .personCueBefore, .allowed, .month, .spelledNumber, .digitWord]),
                  !(english && text.has(name, .english)), text.lowercaseText || text.isCapitalized(name),
                  !(text.isWord(index - 1) && Self.determiners.contains(text.lower(index - 1))) else { continue }
            found.append(Candidate(first: name, last: name, type: .person, confident: false, reason: "a name after a title said in full"))
        }
        return found
    }

    static let titles: Set<String> = ["mister", "missus", "misses", "doktor", "doctor"]
    static let determiners: Set<String> = ["the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "that", "en", "ein", "ei", "et", "den", "min", "vår"]
}
