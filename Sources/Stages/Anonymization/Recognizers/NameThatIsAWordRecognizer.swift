/// First names that are also ordinary words ("Per", "Liv", "Bo", "Frank", "Line", "Dag") where the sentence says a
/// person, at a sentence start, where the capital says nothing: a comma or dash and then a pronoun, a possessive or
/// a role ("Siv, my colleague", "Else – hun har", "Tor, sjefen min"), a verb only a person does ("Frank kjørte",
/// "Tor døydde", "Per was with me"), "and I" ("Stein og eg sat"), or a copula with a pronoun for the person later in
/// the sentence ("Line is the superbruker on our floor. She is …", "Bo er den andre teknikeren, han er dansk").
/// Lower-cased speech-to-text gets the same verbs and "og jeg", and a name between a preposition and a pronoun
/// ("learned a lot from liv she was my mentor"). Also double first names joined by a hyphen ("Kjell-Arne",
/// "gunn-heidi"), which no list holds whole. A name said alone as a word stays: "Liv er kort", "Per week", "Else we
/// would …", "Storm came in the night".
///
/// What it finds is replaced and looked for again where the context says a name (the matcher's rule for such words).
struct NameThatIsAWordRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["Yes. «Per» was with me, he's one of our tech guys.", "«Siv», my colleague, drove out to a lady.", "[nb] «Tor», sjefen min, sa det.",
                             "[nb] Ho gikk. «Else» – hun har gått natt i tjue år.", "[nb] Vi ringte. «Frank» kjørte ned og hentet han.",
                             "[nn] «Stein» og eg sat ei heil natt.", "Training was hard. «Max» and I did it together.",
                             "It was fine. «Line» is the superbruker on our floor. She is very patient.", "[nb] «Bo» er den andre teknikeren, han er dansk.",
                             "[nn] «Tor» døydde i fjor haust.", "[nb] det var «siv» og jeg som satt der", "i learned a lot from «liv» she was my mentor", "me and my colleague «max» we drove out there at night", "i asked for help and also «bo» he is from sweden", "[nb] det var en dame der «tove» som sa det rett ut", "[nb] og kollegaen min «siv» hun tok telefonen", "[nb] og broren min «vidar» han kom med en gang", "i gave it to my boss «siv» and she sent it on",
                             "Her son came. «Kjell-Arne». He is a big man.", "It went well. «Siv» is very structured.", "«Frank» has been here for years.", "[nb] en av dem «gunn-heidi» sier hun er for gammel",
                             "The next week «Max» from the IT department came and fixed it.", "[nb] Dagen etter. «Per» fra Lørenskog ringte meg.",
                             "[nb] Han er flink. Og «Line», hun er norsk, hun var med fra starten.", "That was hard. «Frank», he's our super user, helped us."]
    static let nonTriggering = ["[nb] Liv er kort, sier de.", "Per week we have ten visits.", "Else we would drive out.", "Per visit we have ten minutes.",
                                "[nb] Liv og helse er viktig.", "Line managers decide.", "Ask him, he knows.", "[nb] det gjelder liv og helse",
                                "what else she said i don't know", "[nb] Dag og natt er like.", "Frank answers are rare.", "[nb] Per i dag har vi ti.",
                                "Well-being matters to us.", "[nb] Vi har GPS-klokka.", "my colleague said we should wait", "i don't know what else he is doing there", "then she said he is not coming", "the bill he is paying is high", "[nb] det handler om liv som kunne vært reddet", "my colleague will we think join later", "[nb] det var datteren hans ho som ringte", "[nb] broren min han kom i går",
                                "[nb] Liv er det som betyr mest.", "[nb] Liv er kort, sa han.", "[nb] Dag er best, da er hun våken.",
                                "Grace is a word he uses a lot.", "Bill has to be paid by Friday.", "Well. Rose had died in the frost, all of it.", "[nb] Ja. Vi hadde to brukere der.", "In May. Storm has blown the roof off.", "Storm from the north hit the coast.", "Max from ten to twenty.", "[nb] Per fra i dag gjelder det nye."]

    static let reason = "name that is also a word, said of a person"

    func candidates(in text: TextView) -> [Candidate] {
        let names = text.mayHave(.firstName)
        var found: [Candidate] = []
        for index in 0..<text.count where text.isWord(index) {
            let name = names && text.has(index, .firstName)
            // Only names and hyphenated words are read further (this runs at every word).
            guard name || hasHyphen(text, index), !text.has(index, .functionWord), !text.has(index, .allowed), !text.has(index, .month),
                  // "Vi hadde", "vi jobber": the pronoun, not the name Vi.
                  !(PersonRecognizer.scandinavianPronouns.contains(text.lower(index)) && text.cues.ageCopulas.contains("er")),
                  !text.has(index, .country), !text.has(index, .title) else { continue }
            if !name {
                if isDoubleFirstName(text, index) {
                    found.append(Candidate(first: index, last: index, type: .person, confident: false, reason: "double first name joined by a hyphen"))
                }
                continue
            }
            guard text.has(index, .nameIsWord) || text.has(index, .english) else { continue }
            // "han ringte meg i går": in lower-cased speech the pronoun, not the name Meg.
            if text.lowercaseText, PersonRecognizer.notNames.contains(text.lower(index)) { continue }
            let saidOfAPerson = text.lowercaseText ? saidOfAPersonInLowerCase(text, index) : text.isCapitalized(index) && opensClause(text, index) && saidOfAPerson(text, index)
            if saidOfAPerson { found.append(Candidate(first: index, last: index, type: .person, confident: false, reason: Self.reason)) }
        }
        return found
    }

    /// A sentence start, or right after a conjunction that opens one ("Og Line, hun er norsk", "So Jan printed it").
    private func opensClause(_ text: TextView, _ index: Int) -> Bool {
        text.isSentenceStart(index) || text.isWord(index - 1) && text.isSentenceStart(index - 1) && Self.openingConjunctions.contains(text.lower(index - 1))
    }

    static let openingConjunctions: Set<String> = ["og", "and", "så", "so", "men", "but", "then", "da", "då"]

    /// "Max from the IT department came", "Per fra Lørenskog ringte": where someone works or comes from, right after
    /// the name — a capitalised name after "from"/"fra", or "the" and a place of work.
    private func fromWhere(_ text: TextView, _ preposition: Int) -> Bool {
        guard Self.fromWords.contains(text.lower(preposition)) else { return false }
        let after = preposition + 1
        if text.isWord(after), text.isCapitalized(after), !text.hasAny(after, [.month, .functionWord]) { return true }
        guard text.isWord(after, "the") else { return false }
        for position in (after + 1)...(after + 3) where text.isWord(position) {
            if Self.workUnits.contains(text.lower(position)) || text.isCapitalized(position) && !text.has(position, .month) { return true }
        }
        return false
    }

    static let fromWords: Set<String> = ["from", "fra", "frå"]
    static let workUnits: Set<String> = ["department", "office", "company", "hospital", "municipality", "team", "unit", "ward", "supplier", "agency", "kommune"]

    private func hasHyphen(_ text: TextView, _ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.end - token.start >= 5 else { return false }
        var position = Int(token.start) + 1
        while position < Int(token.end) - 1 {
            if text.bytes[position] == 0x2D { return true }
            position += 1
        }
        return false
    }

    /// "Kjell-Arne", "gunn-heidi": two parts, each a first name of the gazetteers and no place or English word.
    private func isDoubleFirstName(_ text: TextView, _ index: Int) -> Bool {
        guard !text.has(index, .place) else { return false }
        let parts = text.lower(index).split(separator: "-").map(String.init)
        guard parts.count == 2 else { return false }
        let cased = text.text(index, index).split(separator: "-")
        if !text.lowercaseText, !cased.allSatisfy({ $0.first?.isUppercase == true }) { return false }
        return parts.allSatisfy { text.gazetteer.firstNames.contains($0) && !text.gazetteer.englishWords.contains($0) && !text.gazetteer.places.contains($0) }
    }

    private func saidOfAPerson(_ text: TextView, _ index: Int) -> Bool {
        let next = index + 1
        // In English speech a Norwegian word that is also a name ("Siv", "Bo", "Dag", "Mette") can only be the name.
        if text.cues.code == "en", !text.has(index, .english), text.isWord(next) || text.isPunct(next, ",") { return true }
        // "Frank has been here for years", "Else has known her since school": a perfect tense; not "Bill has to be paid".
        if Self.thingDidIt(text, index) { return false }
        if text.cues.code == "en", text.isWord(next, "has") || text.isWord(next, "had"), text.isWord(next + 1),
           ["ed", "en", "wn", "ne", "ht"].contains(where: { text.lower(next + 1).hasSuffix($0) }) { return true }
        if text.isPunct(next, ",") || text.isPunct(next, "–") || text.isPunct(next, "—") {
            guard text.isWord(next + 1) else { return false }
            let word = text.lower(next + 1)
            return Self.pronouns.contains(word) || PersonRecognizer.possessives.contains(word)
                || text.has(next + 1, .personCueBefore) && !text.has(next + 1, .functionWord) && !text.has(next + 1, .personCueAfter)
        }
        guard text.isWord(next), !text.attached(next) else { return false }
        let word = text.lower(next)
        if Self.personVerbs.contains(word) || Self.sentenceStartVerbs.contains(word) { return true }
        if andI(text, next) { return true }
        if fromWhere(text, next) { return true }
        if Self.copulas.contains(word) { return pronounFollows(text, after: next) }
        return false
    }

    /// Lower-cased speech-to-text has no capitals and few stops: only a verb only a person does, "og jeg", a name
    /// between a preposition and a pronoun, or between a person cue and the next clause's subject ("me and my colleague
    /// max we drove out", "kollegaen min liv hun kom").
    private func saidOfAPersonInLowerCase(_ text: TextView, _ index: Int) -> Bool {
        guard let previous = text.previousWord(index), !MentionWords.notBefore.contains(text.lower(previous)), text.isWord(index + 1) else { return false }
        let next = text.lower(index + 1)
        if Self.personVerbs.contains(next) || andI(text, index + 1) { return true }
        let cue = PersonRecognizer.possessives.contains(text.lower(previous)) ? previous - 1 : previous
        // "also bo he is swedish", "it was tor he's a student", "tove som sa": the next clause says a person of it (not
        // after a verb that is also a name: "she said he is …").
        let verb = text.has(index, .personCueAfter) || Self.personVerbs.contains(text.lower(index))
        if !verb, ["he's", "she's"].contains(next) || Self.subjectPronouns.contains(next) && text.isWord(index + 2) && Self.copulas.contains(text.lower(index + 2)) { return true }
        if !verb, next == "som" || next == "who", text.isWord(index + 2), Self.personVerbs.contains(text.lower(index + 2)) { return true }
        // "my colleague said we …": a verb after the cue is no name.
        // "datteren hans ho …": a possessive after the cue is no name ("Hans" is one).
        if previous == index - 1, text.has(cue, .personCueBefore), !text.has(cue, .functionWord), !text.has(index, .personCueAfter),
           !PersonRecognizer.possessives.contains(text.lower(index)),
           !Self.personVerbs.contains(text.lower(index)), Self.clauseSubjects.contains(next) || andAPronoun(text, index + 1) { return true }
        return Self.prepositions.contains(text.lower(previous)) && Self.subjectPronouns.contains(next)
    }

    /// "and she", "og han" at `index`: "my leader gunnhild and she sent it".
    private func andAPronoun(_ text: TextView, _ index: Int) -> Bool {
        (text.isWord(index, "and") || text.isWord(index, "og")) && text.isWord(index + 1) && Self.subjectPronouns.contains(text.lower(index + 1))
    }

    /// "and I", "og jeg", "og eg", "og æ" at `index`.
    private func andI(_ text: TextView, _ index: Int) -> Bool {
        (text.isWord(index, "and") || text.isWord(index, "og")) && text.isWord(index + 1) && Self.firstPersonSubjects.contains(text.lower(index + 1))
    }

    /// A pronoun for a person opening a clause in the next few words of the turn ("Line is the superbruker on our
    /// floor. She is …", "Bo er den andre teknikeren, han er dansk"). Not one inside a clause, which may be anyone:
    /// "Liv er kort, sa han", "Grace is a word he uses", "Faith was important to him", "Liv er det som betyr mest".
    private func pronounFollows(_ text: TextView, after index: Int) -> Bool {
        var position = index + 1
        while position < text.count, position - index <= 14 {
            if text.tokens[position].newlineBefore { return false }
            if text.isWord(position), Self.subjectPronouns.contains(text.lower(position)),
               text.isPunct(position - 1, ".") || text.isPunct(position - 1, ",") || text.isPunct(position - 1, ";")
                || text.isPunct(position - 1, "–") || text.isPunct(position - 1, "—") || text.isWord(position - 1, "and") || text.isWord(position - 1, "og") {
                return true
            }
            position += 1
        }
        return false
    }

    static let pronouns: Set<String> = ["he", "she", "he's", "she's", "him", "her", "who", "han", "hun", "ho", "hu", "henne", "ham", "hon", "som"]
    static let subjectPronouns: Set<String> = ["he", "she", "he's", "she's", "he'd", "she'd", "he'll", "she'll", "han", "hun", "ho", "hu", "hon"]
    static let firstPersonSubjects: Set<String> = ["i", "me", "jeg", "eg", "æ", "meg", "je"]
    /// Subjects that open the next clause after a name in unpunctuated speech.
    static let clauseSubjects: Set<String> = subjectPronouns.union(["we", "i", "vi", "jeg", "eg", "æ"])
    static let copulas: Set<String> = ["is", "was", "er", "e", "var", "va"]
    /// "Rose had died in the frost", "Storm has blown the roof off": a word that is also a name, then "has"/"had" and a
    /// participle as true of a plant, the weather or a thing as of a person. The verb says nothing of a person.
    static func thingDidIt(_ text: TextView, _ index: Int) -> Bool {
        (text.isWord(index + 1, "has") || text.isWord(index + 1, "had")) && text.isWord(index + 2) && thingParticiples.contains(text.lower(index + 2))
    }

    /// Participles as true of a plant, the weather or a thing as of a person ("the rose had died", "the storm has grown").
    static let thingParticiples: Set<String> = ["died", "grown", "frozen", "faded", "fallen", "withered", "wilted", "bloomed", "dried", "broken", "gone",
                                                "passed", "turned", "changed", "started", "ended", "stopped", "opened", "closed", "blown", "risen"]
    static let prepositions: Set<String> = ["from", "with", "to", "by", "fra", "frå", "med", "til", "av", "hos"]
    /// Verbs a person does: after a word that is also a name, they make it the name ("Frank kjørte", "Siv hjalp").
    static let personVerbs: Set<String> = [
        "said", "says", "told", "tells", "asked", "asks", "thinks", "thought", "wrote", "replied", "answered", "explained", "laughed", "smiled",
        "agreed", "suggested", "called", "phoned", "rang", "mentioned", "insisted", "helped", "helps", "died", "drove", "cried", "knows", "knew",
        "taught", "printed", "defended", "tested", "nodded", "sighed", "shouted", "learned", "learnt",
        "sa", "sier", "seier", "spurte", "spør", "fortalte", "forteller", "svarte", "mente", "mener", "meiner", "synes", "syntes", "tenkte", "skrev",
        "ringte", "ringde", "lo", "hjalp", "hjelper", "døde", "døydde", "kjørte", "køyrde", "gråt", "fikk", "fekk", "trente", "visste", "kjente",
        "kjende", "ordnet", "ordna", "lærte", "kalte", "kaller", "jobber", "jobbar", "jobba", "jobbet",
    ]
    /// Verbs after a capitalised name at a sentence start, as the matcher reads them ("Per var den som kunne alt").
    static let sentenceStartVerbs: Set<String> = ["was", "had", "found", "started", "went", "came", "var", "va", "hadde", "fant", "fann", "begynte",
                                                  "byrja", "gikk", "kom", "sto", "stod", "lå", "låg"]
}

/// Words before a word that make it the ordinary word ("anyone else", "liv og", "et liv").
enum MentionWords {
    static let notBefore: Set<String> = [
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "no", "nobody", "something", "anything", "everything", "nothing",
        "somewhere", "anywhere", "everywhere", "nowhere", "or", "what", "the", "a", "an", "this", "that", "each", "per", "times",
        "et", "ett", "eit", "en", "ein", "ei", "hele", "heile", "hver", "kvar", "sitt", "mitt", "ditt", "godt", "langt", "nytt", "i",
    ]
}
