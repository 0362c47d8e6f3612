/// First names in the ways a conversation says them rather than a report: a speaker giving their name as a turn's
/// first sentence ("Dag. Helsefagarbeider.", "Bo. I'm from Malmö."), someone addressed by name ("Liv, du nevnte …",
/// "Cel, you are too soft", "Knut, kva meiner du?", "randi du sitter jo …") or thanked ("Takk, Liv.", "thank you so much
/// sanna"), and a speaker introducing themselves in lower-cased speech ("ja
/// jeg er kine jeg er sykepleier", "og eg er liv og eg jobbar …"). Names that are also words ("Dag", "Liv", "Bo")
/// count too: nothing else opens a turn alone or is spoken to. Only first names of the lists.
struct SpeakerNameRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["[nb] «Dag». Vernepleier, jobber natt.", "«Joy». I'm from Manila, a nurse.", "[nb] «Liv», du sa noe om kamera i stad?",
                             "[nn] Takk. «Knut», kva meiner du om det?", "Good point. «Frank», you were there too, weren't you?",
                             "[nb] ja jeg er «sigrid» jeg er sykepleier i sonen", "[nn] og eg er «liv» og eg jobbar i heimetenesta", "[nb] og jeg er «liv» jeg er ergoterapeut her i kommunen og jobber mest med hjelpemidler",
                             "And then she said, «Frank», you have to rest now.", "«Rose», yours is the next number on the list.", "[nn] «Knut», vekta di seier noko anna.",
                             "Good. Thank you, «Tone».", "[nb] Tusen takk, «Liv»!", "okay that was all thank you so much «ingrid»", "[nb] takk skal du ha «tove»",
                             "[nb] og det merker vi «randi» du sitter jo ikke der", "[nb] «stein» kan du si litt om det"]
    static let nonTriggering = ["[nb] Ja. Vi gjorde det.", "[nb] Ja, du har rett.", "Well, you know how it is.", "[nb] Per, altså per måned, er det ti.",
                                "[nb] ja jeg er ferdig jeg nå", "[nb] jeg er enig jeg", "[nb] Mai, det var da vi startet.", "[nb] jeg er glad jeg slutta",
                                "Thank you, Tuesday works.", "[nb] Takk for sist.", "thank you so much for this", "[nb] en gang per dag du må huske det",
                                "[nb] det er hele livet du har hatt", "[nb] hver dag du kommer", "And then, you know, it is fine.", "[nb] han sa, ja, du vet", "[nb] hva ville du sagt til andre"]

    static let reason = "first name opening a turn, addressed or introduced"

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.firstName) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .firstName) {
            guard !text.hasAny(index, [.functionWord, .allowed, .month, .country, .title]), !PersonRecognizer.notNames.contains(text.lower(index)) else { continue }
            if text.lowercaseText ? introduced(text, index) || addressedInSpeech(text, index) : opensTurn(text, index) || addressed(text, index) || thanked(text, index) {
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

    /// "Liv, du nevnte …": a capitalised name opening a sentence, a comma, then "you" or a question word; or, opening a
    /// sentence or after a comma, a comma and "you" in the next three words ("and she said, Cel, you are too soft",
    /// "Rose, yours is still …", "Stein, vekta di seier …").
    private func addressed(_ text: TextView, _ index: Int) -> Bool {
        guard text.isCapitalized(index), text.isPunct(index + 1, ","), text.isWord(index + 2) else { return false }
        let start = text.isSentenceStart(index)
        if start, Self.addressWords.contains(text.lower(index + 2)) { return true }
        guard start || text.isPunct(index - 1, ",") else { return false }
        var position = index + 2
        while position <= index + 4, text.isWord(position) {
            if Self.secondPerson.contains(text.lower(position)) { return true }
            position += 1
        }
        return false
    }

    /// "Thank you, Sanna.", "Tusen takk, Liv!": a name thanked, closing the sentence (a capital in cased text).
    private func thanked(_ text: TextView, _ index: Int) -> Bool {
        guard text.isCapitalized(index), closesSentence(text, index) else { return false }
        var previous = index - 1
        if text.isPunct(previous, ",") { previous -= 1 }
        return thanks(text, endingAt: previous)
    }

    /// Lower-cased speech: a name thanked ("thank you so much sanna"), or spoken to before "du"/"dere" and a verb ("det
    /// merker vi torild du sitter jo ikke der"), or opening the turn before a modal verb and "du" ("stein kan du
    /// fortelle om det").
    private func addressedInSpeech(_ text: TextView, _ index: Int) -> Bool {
        if closesSentence(text, index), thanks(text, endingAt: index - 1) { return true }
        // "hva ville du sagt": a verb that is also a name (Ville), asking.
        guard text.isWord(index + 1), text.isWord(index + 2), !Self.modalVerbs.contains(text.lower(index)), let previous = text.previousWord(index) ?? (index == 0 ? -1 : nil),
              previous < 0 || !MentionWords.notBefore.contains(text.lower(previous)) && !text.has(previous, .personCueBefore) && !Self.questionWords.contains(text.lower(previous))
        else { return false }
        let next = text.lower(index + 1)
        if Self.spokenTo.contains(next), !text.has(index + 2, .functionWord) || Self.modalVerbs.contains(text.lower(index + 2)) { return true }
        return index == 0 && Self.modalVerbs.contains(next) && Self.spokenTo.contains(text.lower(index + 2))
    }

    /// Whether the sentence or turn ends after `index` ("…, Liv." "thank you sanna").
    private func closesSentence(_ text: TextView, _ index: Int) -> Bool {
        index + 1 >= text.count || text.isPunct(index + 1, ".") || text.isPunct(index + 1, "!") || text.isPunct(index + 1, "?") || text.tokens[index + 1].newlineBefore
    }

    /// "thank you", "thank you so much", "thanks", "takk", "tusen takk", "takk skal du ha" ending at `index`.
    private func thanks(_ text: TextView, endingAt index: Int) -> Bool {
        guard text.isWord(index) else { return false }
        var last = index
        if text.isWord(last, "much"), text.isWord(last - 1, "so") || text.isWord(last - 1, "very") { last -= 2 }
        if text.isWord(last, "ha"), text.isWord(last - 1, "du"), text.isWord(last - 2, "skal") { last -= 3 }
        if text.isWord(last, "you") { return text.isWord(last - 1, "thank") }
        return text.isWord(last, "thanks") || text.isWord(last, "takk") || text.isWord(last, "tack")
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
    /// Words that speak to someone, a few words after "Name,": "Rose, yours is …", "Stein, vekta di …".
    static let secondPerson: Set<String> = ["du", "deg", "dere", "dokker", "dykk", "di", "din", "ditt", "dine", "you", "your", "yours", "you're", "you've", "don't"]
    /// "du" and "dere" after a name in lower-cased speech: the name is spoken to.
    static let spokenTo: Set<String> = ["du", "dere", "dokker", "dykk"]
    static let questionWords: Set<String> = ["hva", "kva", "ka", "hvem", "kven", "hvorfor", "kvifor", "hvordan", "korleis", "åssen", "what", "how", "who", "why"]
    static let modalVerbs: Set<String> = ["kan", "kunne", "vil", "ville", "skal", "har", "husker", "hugsar", "veit", "vet", "tror", "trur", "synes", "syns", "meiner", "mener"]
    /// "Frank, fra digitaliseringsavdelingen": where the speaker comes from, after their name.
    static let originWords: Set<String> = ["fra", "frå", "from", "i", "in", "på", "at"]
}
