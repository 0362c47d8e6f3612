/// First names in the ways a conversation says them rather than a report: a speaker giving their name as a turn's
/// first sentence ("Dag. Helsefagarbeider.", "Bo. I'm from Malmö."), someone addressed by name ("Liv, du nevnte …",
/// "Cel, you are too soft", "Knut, kva meiner du?"), and a speaker introducing themselves in lower-cased speech ("ja
/// jeg er kine jeg er sykepleier", "og eg er liv og eg jobbar …"). Names that are also words ("Dag", "Liv", "Bo")
/// count too: nothing else opens a turn alone or is spoken to. Only first names of the lists.
struct SpeakerNameRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["[nb] «Dag». Vernepleier, jobber natt.", "«Joy». I'm from Manila, a nurse.", "[nb] «Liv», du sa noe om kamera i stad?",
                             "[nn] Takk. «Knut», kva meiner du om det?", "Good point. «Frank», you were there too, weren't you?",
                             "[nb] ja jeg er «sigrid» jeg er sykepleier i sonen", "[nn] og eg er «liv» og eg jobbar i heimetenesta", "[nb] og jeg er «liv» jeg er ergoterapeut her i kommunen og jobber mest med hjelpemidler"]
    static let nonTriggering = ["[nb] Ja. Vi gjorde det.", "[nb] Ja, du har rett.", "Well, you know how it is.", "[nb] Per, altså per måned, er det ti.",
                                "[nb] ja jeg er ferdig jeg nå", "[nb] jeg er enig jeg", "[nb] Mai, det var da vi startet.", "[nb] jeg er glad jeg slutta"]

    static let reason = "first name opening a turn, addressed or introduced"

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.firstName) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .firstName) {
            guard !text.hasAny(index, [.functionWord, .allowed, .month, .country, .title]), !PersonRecognizer.notNames.contains(text.lower(index)) else { continue }
            if text.lowercaseText ? introduced(text, index) : opensTurn(text, index) || addressed(text, index) {
                found.append(Candidate(first: index, last: index, type: .person, confident: false, reason: Self.reason))
            }
        }
        return found
    }

    /// "Dag. Helsefagarbeider.": the turn's first word, a sentence of its own (or a comma after it, "Frank, fra IT").
    private func opensTurn(_ text: TextView, _ index: Int) -> Bool {
        index == 0 && text.isCapitalized(index) && (text.isPunct(index + 1, ".") || text.isPunct(index + 1, ",") && text.isWord(index + 2) && Self.originWords.contains(text.lower(index + 2)))
            && index + 2 < text.count
    }

    /// "Liv, du nevnte …": a capitalised name opening a sentence, a comma, then "you" or a question word.
    private func addressed(_ text: TextView, _ index: Int) -> Bool {
        text.isCapitalized(index) && text.isSentenceStart(index) && text.isPunct(index + 1, ",") && text.isWord(index + 2) && Self.addressWords.contains(text.lower(index + 2))
    }

    /// "jeg er kine jeg er …": in lower-cased speech, "I am" before the name and a new clause with "I" after it.
    private func introduced(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index - 1), text.isWord(index - 2), Self.copulas.contains(text.lower(index - 1)),
              NameThatIsAWordRecognizer.firstPersonSubjects.contains(text.lower(index - 2)) else { return false }
        var next = index + 1
        if text.isWord(next, "og") || text.isWord(next, "and") { next += 1 }
        return text.isWord(next) && NameThatIsAWordRecognizer.firstPersonSubjects.contains(text.lower(next)) && text.lower(next) != "meg" && text.lower(next) != "me"
    }

    static let copulas: Set<String> = ["er", "e", "am"]
    /// Words after "Name," when the name is spoken to: "you", "your", a question word.
    static let addressWords: Set<String> = ["du", "dere", "dokker", "dykk", "di", "din", "ditt", "dine", "you", "your", "hvor", "hva", "hvordan", "hvorfor",
                                            "kor", "kva", "korleis", "kvifor", "what", "how", "where", "why", "can", "could", "would", "do", "did", "har", "kan",
                                            "vil", "skal", "husker", "veit", "vet", "hugsar"]
    /// "Frank, fra digitaliseringsavdelingen": where the speaker comes from, after their name.
    static let originWords: Set<String> = ["fra", "frå", "from", "i", "in", "på", "at"]
}
