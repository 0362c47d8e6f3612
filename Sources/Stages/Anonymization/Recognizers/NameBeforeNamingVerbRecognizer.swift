/// A speaker introducing themselves name first, as Scandinavian speech does: "Tor heter jeg", "Knut heite e", "Ragna
/// heiter eg", "Ebbe hedder jeg". The naming verb with "I" after it leaves nothing else the word can be, so a name
/// that is also a word ("Tor", "Liv", "Ask") or one no list holds is taken too; a function word or a number is not
/// ("Det heter jeg ikke", "Sånn heter jeg").
struct NameBeforeNamingVerbRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["[nb] «Dag» heter jeg, og jeg jobber natt.", "[nn] «Liv» heiter eg, og eg er sjukepleiar.", "[nb] ja, «Gaute» heite e, og æ e vernepleier",
                             "[da] «Bent» hedder jeg, jeg er fra Aalborg.", "[nb] ja «ask» heter jeg og jeg er ny her"]
    static let nonTriggering = ["[nb] Det heter jeg ikke.", "[nb] Sånn heter jeg ikke.", "[nb] Hva heter jeg på Teams, da?", "[nb] Hvorfor heter jeg det?",
                                "[nb] Gerica heter det nå.", "[nb] Ja, heter jeg det?"]

    static let reason = "name said before 'heter jeg'"

    func candidates(in text: TextView) -> [Candidate] {
        var found: [Candidate] = []
        let tokens = text.tokens
        for verb in 1..<max(1, text.count) {
            // Every naming verb is five or six bytes and starts with an h; other words skip the set look-up (guards, not
            // &&: each && closure copies the view in debug builds).
            guard tokens[verb].kind == .word, (5...6).contains(tokens[verb].end - tokens[verb].start) else { continue }
            guard text.bytes[Int(tokens[verb].start)] | 0x20 == 0x68, Self.namingVerbs.contains(text.lower(verb)) else { continue }
            let name = verb - 1
            guard text.isWord(name), !text.attached(verb), text.isWord(verb + 1), Self.firstPerson.contains(text.lower(verb + 1)),
                  !text.has(name, .functionWord), !text.has(name, .allowed), !text.has(name, .month), !text.isNumber(name),
                  !PersonRecognizer.notNames.contains(text.lower(name)), !Self.questionWords.contains(text.lower(name)),
                  text.tokens[name].end - text.tokens[name].start > 1, text.lowercaseText || text.isCapitalized(name),
                  // The name opens its clause: the turn's start, a stop or comma before it, or a word of answer ("ja").
                  name == 0 || text.tokens[name].kind == .word && (text.tokens[name - 1].kind == .punct || Self.openers.contains(text.lower(name - 1))) else { continue }
            found.append(Candidate(first: name, last: name, type: .person, confident: true, reason: Self.reason))
        }
        return found
    }

    static let namingVerbs: Set<String> = ["heter", "heiter", "heite", "hedder"]
    static let firstPerson: Set<String> = ["jeg", "eg", "e", "æ", "jag", "je"]
    static let openers: Set<String> = ["ja", "jo", "nja", "og", "yes", "så", "altså"]
    static let questionWords: Set<String> = ["hva", "kva", "hvorfor", "kvifor", "hvordan", "korleis", "sånn", "slik", "slikt", "da", "så", "vad", "hvad"]
}
