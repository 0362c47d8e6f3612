/// People: first names and surnames from public name statistics (Norwegian and the languages of people who work in and
/// use Norwegian health services), titles and context ("my colleague …", "Dr …", "… said"), capitalisation where the
/// transcript has it, and full names of several words. Names that are ordinary words ("May", "Hope", "Mark", "Odd") and
/// names that are also places need context: a title, a cue word before or after, a surname following, or (in cased
/// text) a capital inside a sentence that is not a month.
struct PersonRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["[nb] ja æ heter «guro» og jobber som helsefagarbeider", "My name is «Maricel Dizon», I am from", "[nb] ja han «kåre» han har kols",
                             "[nb] det va datteren hans ho «tove» som bor der", "[nn] namnet hennar er «liv»", "When «Mari Moen» started", "I usually call «Klara» at the office", "my manager, «Odd», asked",
                             "when «geir» started", "i usually call «mikael johansson» at", "When «May» started on the night shift",
                             "«Dr. Berg» said", "I asked «Simonsen» about it", "«Sigurd Knutsen» was there",
                             "Then «Zyxwort» said no.", "I called «Qwymbel» yesterday", "a phone call from «Vigdis Lundemo» yesterday",
                             "«Teake R. Tuininga» will talk", "my colleague «Jordan» said so", "then «Bibulat Sultygov», Treasurer",
                             "I spoke with my colleague «kari» about it", "[nb] Jeg snakket med kollegaen min «kari» om det.", "[nb] «Ragnhilds» bil sto ute.",
                             "[nb] Det var «Torbjørns» idé.", "[nb] «Hansens» hus står tomt.", "I usually call «Kari Parkinson» at the office", "«Dr. Parkinson» said so", "[nb] «Svanhild» sin bil sto ute.", "[nb] Vi ringte «Per» sin sønn.", "no problem, you can call me «zbyszek», everybody does", "«Han» said no at first.",
                             "[nn] han heiter eigentleg «Bjarte», men alle seier Bjassen", "[nb] pappa heter «arne» han er pensjonist nå",
                             "[nb] Vi fikk en ny vikar, han heite «Ask», og han var flink.", "[da] Nattevagten, han hedder «Storm», kom med det samme.",
                             "[nb] Den nye sjefen? Han heter «torgrim», og han er grei.", "Hi, my name is «yaacob» and I work nights."]
    static let nonTriggering = ["[da] Og så kan jeg se, at der er en, der hedder e-mail.", "[da] Der er to, der hedder noget med mail.", "[nb] han tok bussen", "[nb] ho sa ja", "[nb] Han har kols.", "[nb] det heter kols på norsk", "[nb] vi jobber natt og dag", "[sv] Lönen, ärligt talat. (skrattar) Och att det var brist här.", "[nb] den andre leverandøren eller hva de heter fordi den var billigere", "[nb] det var fru sånn og sånn som ringte", "[nb] Æ vokste opp i bygda, som det het før.", "[nb] Vi jobber tjuefire sju.", "his name is on the list",
                                "In May we always plan ahead.", "Will it save time? Hope so.", "We use GPS and EHR.",
                                "Norway has a strategy.", "it may rain", "I hope so", "Mark the box.", "the odd question",
                                "we met at the New Year party", "the EHR and GPS vendors", "she moved to the Czech Republic", "in Poland they use it", "Jordan and Chad sent nurses",
                                "[nb] Han bodde alene i mange år.", "[nb] Hun sa at det gikk fint.", "[nb] Han er snill.", "my colleague said it was fine", "[nb] kollegaen min sa at det gikk bra",
                                "[nb] kollegaen min sa det", "[nb] Han har Parkinson.", "She has Parkinson's disease.", "[nb] Mange hadde bil.", "[nb] Barnas rom var fint.", "[nb] Mars var kald.", "[nb] Kommunens bil sto ute.", "the nurses said so", "call me back later", "please call me when you can", "they called him yesterday", "I called her per week",
                                "[nb] Han ville ha kaffe, og hun ville ikke.", "[nb] han ringte meg i går og sa det", "[nn] eg ringde meg sjølv", "[nb] hun het noe med k tror jeg", "[nn] Ho veit det, og han lo.", "[nb] han ville ikke ha den"]

    static let particles: Set<String> = ["van", "von", "de", "der", "den", "la", "al", "el", "bin", "ben"]

    func candidates(in text: TextView) -> [Candidate] {
        // Cased text is always read: two capitalised words no list knows are a name the gazetteers lack.
        guard !text.lowercaseText || text.mayHave([.firstName, .surname, .title, .personCueBefore]) else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            if let candidate = match(text, index) {
                found.append(candidate)
                index = candidate.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    private func match(_ text: TextView, _ index: Int) -> Candidate? {
        guard text.isWord(index), !text.has(index, .allowed), !text.has(index, .functionWord) || text.has(index, .firstName) else { return nil }
        // "Czech Republic", "South Africa": a country is not a person, whatever its first word is in the name lists.
        // A country that is also a first name ("Jordan", "Chad") is a name only with context, like "May".
        if text.has(index, .country) && !text.has(index, .firstName) || startsCountry(text, index) { return nil }
        let cased = !text.lowercaseText
        // "vi jobber natt", "Vi jobber 24/7": the Scandinavian pronoun, not the name Vi, whatever cue follows; "fru sånn og
        // sånn": a stand-in for a name after a title. Both are five bytes at most, so longer words skip the look-ups.
        if text.tokens[index].end - text.tokens[index].start <= 5 {
            if Self.scandinavianPronouns.contains(text.lower(index)), text.cues.ageCopulas.contains("er") { return nil }
            if Self.standIns.contains(text.lower(index)) { return nil }
            // "han ringte meg", "eg ringde meg": in lower-cased speech the pronoun, not the name Meg.
            if text.lowercaseText, Self.notNames.contains(text.lower(index)) { return nil }
        }
        if let candidate = namedByCue(text, index) { return candidate }
        if text.has(index, .nameIsWord), NameThatIsAWordRecognizer.thingDidIt(text, index) { return nil }
        if let candidate = afterPersonalPronoun(text, index) { return candidate }
        if cased, !text.isCapitalized(index) {
            // "my colleague kari", "kollegaen min kari": a first name typed in lower case right after a person cue.
            guard isLowercaseNameAfterCue(text, index) else { return nil }
            return Candidate(first: index, last: index, type: .person, confident: false, reason: "lower-case first name after a person cue")
        }
        // "han har Parkinson": a disease named after its describer, unless a title or a first name says it is a person
        // ("Dr. Parkinson", "Kari Parkinson", which the first name's span takes in).
        if Self.diseaseEponyms.contains(text.base(index)), !hasTitleBefore(text, index) { return nil }
        // "my colleague said …" in lower-cased text: a verb that reads as a name after a cue (Said) is the verb.
        if !cased, text.has(index, .personCueAfter), text.has(index, .english) { return nil }
        // "Han bodde alene", "Hun sa": the Norwegian pronouns, not the names Han and Hun.
        if Self.norwegianPronouns.contains(text.lower(index)), text.isWord(index + 1),
           !text.has(index + 1, .english) || Self.norwegianVerbs.contains(text.lower(index + 1)) { return nil }
        // "datteren hans", "the son his wife …": a possessive right after a person cue belongs to the cue ("Hans" is a name).
        if Self.possessives.contains(text.lower(index)), let previous = text.previousWord(index), previous == index - 1,
           text.has(previous, .personCueBefore), !text.isCapitalized(index) || !cased { return nil }
        // "Svanhilds bil", "Torgeirs mor": a first name with the Norwegian genitive -s, also at a sentence start.
        if let candidate = genitive(text, index) { return candidate }
        let isFirst = text.has(index, .firstName)
        let isSurname = text.has(index, .surname)
        let isMonth = text.has(index, .month)
        let ambiguous = text.has(index, .nameIsWord) || isMonth || text.has(index, .place) || text.has(index, .english) || text.has(index, .country)
        let titled = hasTitleBefore(text, index)
        let cue = titled || hasCueBefore(text, index) || hasCueAfter(text, index, strong: ambiguous)
        let inside = cased && !text.isSentenceStart(index)

        var confident = true
        var propagates = true
        var reason = ""
        var spansTo = index
        // A guess no gazetteer backs is replaced where it stands but never looked for elsewhere, however many words.
        var guess = false
        if isFirst && !ambiguous {
            // A first name that is nothing else.
        } else if titled {
            reason = "name after a title"
        } else if (isFirst || isSurname) && followedBySurname(text, index) {
            reason = "ambiguous name followed by a surname"
        } else if (isFirst || isSurname) && cue && !(isMonth && inMonthContext(text, index)) {
            confident = !ambiguous
            reason = Self.contextReason
        } else if isFirst && inside && !isMonth && !text.has(index, .place) && !text.has(index, .country) {
            confident = false
            reason = "capitalised name that is also a word"
        } else if isSurname && inside && !ambiguous {
            confident = false
            reason = "surname alone"
        } else if cased && inside && !ambiguous && !text.has(index, .english) && !text.has(index, .streetName)
                    && (hasCueBefore(text, index) || hasCueAfter(text, index, strong: true)) {
            // A capitalised word no list knows, with a person cue: a name the gazetteers lack ("I called Zyxwort"). It is
            // replaced here and listed for review, but not looked for elsewhere: that needs a list or a human.
            confident = false
            propagates = false
            reason = UnknownWords.withPersonCue
        } else if cased, text.isWord(index + 1), text.tokens[index + 1].end - text.tokens[index + 1].start == 1, text.isCapitalized(index + 1),
                  text.isUnknownCapital(index),
                  text.isPunct(index + 2, "."), text.isUnknownCapital(index + 3) {
            // "Teake R. Tuininga": a name, an initial, a name.
            spansTo = index + 3
            guess = true
            confident = false
            propagates = false
            reason = UnknownWords.withInitial
        } else if cased && inside && text.isUnknownCapital(index) && text.isUnknownCapital(index + 1) && !text.tokens[index + 1].newlineBefore {
            // "a call from Vigdis Lundemo": a full name neither gazetteer knows. Replaced and listed for review.
            guess = true
            confident = false
            propagates = false
            reason = UnknownWords.twoUnknownCapitals
        } else {
            return nil
        }
        var last = spansTo
        while let next = extensionWord(text, after: last, cased: cased), next - index < 4 { last = next }
        return Candidate(first: titledStart(text, index) ?? index, last: last, type: .person, confident: confident, reason: reason,
                         propagates: propagates || last > index, linksParts: !guess)
    }

    /// A name of the lists with a cue before or after it ("my colleague Max", "Liv said"): looked for again where the
    /// context says a name when it is also a word.
    static let contextReason = "name with context"
    /// Words that introduce a name and nothing else: "æ heter guro", "eg heiter Ask", "my name is Maricel".
    static let namingCues: Set<String> = ["heter", "heiter", "het", "heitte", "kalles", "kallast", "heite", "hette", "hedder"]
    /// Why a name after a naming cue was taken: the propagation looks such a name up again even when it is a word.
    static let namingReason = "name after 'heter' or 'my name is'"

    /// The word a naming cue introduces, whatever the gazetteers say of it (speech-to-text writes every name in lower
    /// case, and many names are also words): "heter guro", "my name is rasa", "navnet mitt er tove".
    private func namedByCue(_ text: TextView, _ index: Int) -> Candidate? {
        guard var previous = text.previousWord(index), !text.has(index, .functionWord), !text.has(index, .allowed),
              !text.isNumber(index), text.tokens[index].end - text.tokens[index].start > 1, !Self.notNames.contains(text.lower(index)) else { return nil }
        // "han heiter faktisk Ask", "hun heter visst Storm": a stance word between the cue and the name.
        if Self.stanceWords.contains(text.lower(previous)), text.isWord(previous - 1) { previous -= 1 }
        let named = Self.namingCues.contains(text.lower(previous)) || isAfterNameIs(text, previous) || isAfterCallMe(text, previous)
        guard named, !asksTheName(text, namingVerb: previous) else { return nil }
        // An English word ("Ask", "Storm") is a name after the verb only when a person is its subject ("han heite Ask",
        // "han hedder Storm"); "det heter Storm-modulen" names a thing.
        if text.has(index, .english), !text.has(index, .firstName), !hasPersonSubject(text, namingVerb: previous) { return nil }
        // In a text that writes names with capitals, a word in lower case after the verb that no list has as a first name
        // names a thing: "en, der hedder e-mail", "det heter fagsystemet". A person named so is a person still, in
        // whatever case the transcriber typed it: "Han heter torgrim", "my name is yaacob".
        if cased(text), !text.isCapitalized(index), !text.has(index, .firstName), !hasPersonSubject(text, namingVerb: previous),
           !isAfterNameIs(text, previous) { return nil }
        var last = index
        // A surname after it: "heter Kari Nordmann", "heter guro lien" (not the pronoun of the next clause: "heter arne han er …").
        if text.isWord(index + 1), !text.attached(index + 1), !text.has(index + 1, .functionWord), !Self.notNames.contains(text.lower(index + 1)),
           text.has(index + 1, .surname) || cased(text) && text.isCapitalized(index + 1) && text.isUnknownCapital(index + 1) { last = index + 1 }
        return Candidate(first: index, last: last, type: .person, confident: true, reason: Self.namingReason)
    }

    /// "eller hva de heter", "kva det heiter", "what it's called": the name asked for or forgotten, so what follows is
    /// the next clause.
    private func asksTheName(_ text: TextView, namingVerb: Int) -> Bool {
        (max(0, namingVerb - 3)..<namingVerb).contains { text.isWord($0) && Self.questionWords.contains(text.lower($0)) }
    }

    static let questionWords: Set<String> = ["hva", "kva", "hvad", "vad", "what", "hvordan", "korleis"]

    /// Whether a personal pronoun is the subject right before a Scandinavian naming verb ("han heite", "ho heiter", "eg
    /// heter").
    private func hasPersonSubject(_ text: TextView, namingVerb: Int) -> Bool {
        guard Self.namingCues.contains(text.lower(namingVerb)), let subject = text.previousWord(namingVerb) else { return false }
        return Self.personSubjects.contains(text.lower(subject))
    }

    static let personSubjects: Set<String> = ["han", "hun", "ho", "hu", "hon", "jeg", "eg", "æ", "e", "jag", "je"]

    private func cased(_ text: TextView) -> Bool { !text.lowercaseText }

    /// Words said between a naming cue and the name ("heiter faktisk Ask"), never the name itself.
    static let stanceWords: Set<String> = ["faktisk", "faktiskt", "egentlig", "eigentleg", "eigentlig", "visst", "vel", "jo", "nok", "bare", "berre",
                                           "også", "òg", "actually", "really", "just", "also", "forresten", "forøvrig", "altså", "liksom"]
    /// Pronouns and indefinites of the Scandinavian languages that a name rule must never take, lower-cased speech
    /// included ("het noe med s …", "heter arne han er født …", "hun ville ha", "ringte meg").
    static let notNames: Set<String> = stanceWords.union(["noe", "noko", "nåt", "något", "noget", "nogen", "nogle", "någon", "han", "hun", "ho", "hu", "hen", "meg", "mig", "deg", "dig",
                                                          "seg", "sig", "oss", "dere", "dykk", "dem", "dei", "vi", "me", "jeg", "eg", "jag",
                                                          "my", "us", "we"])
        // "eller hva de heter fordi …", "fru sånn og sånn": a conjunction or a stand-in for a name is none.
        .union(["fordi", "men", "eller", "når", "hvis", "viss", "dersom", "because", "but", "or", "when", "if", "sånn", "slik", "sånt",
                "før", "etter", "nå", "no", "då", "tidligere", "tidlegare"])

    /// "you can call me tomek", "i call him ánde": `pronoun` is the object right before the name, in English speech,
    /// and the name is no word ("called her per week", "kaller meg bare …" stay).
    private func isAfterCallMe(_ text: TextView, _ pronoun: Int) -> Bool {
        guard text.isWord(pronoun, "me") || text.isWord(pronoun, "him") || text.isWord(pronoun, "her"), text.cues.code == "en", let verb = text.previousWord(pronoun),
              !text.has(pronoun + 1, .nameIsWord), !text.has(pronoun + 1, .english) else { return false }
        return ["call", "calls", "called"].contains(text.lower(verb))
    }

    static let nameWords: Set<String> = ["name", "navnet", "namnet", "navn", "namn"]

    /// "my name is", "navnet mitt er", "namnet hennar er": `copula` is the verb right before the name.
    private func isAfterNameIs(_ text: TextView, _ copula: Int) -> Bool {
        guard ["is", "er", "e"].contains(text.lower(copula)), var before = text.previousWord(copula) else { return false }
        if Self.possessives.contains(text.lower(before)) || ["hennar", "hans"].contains(text.lower(before)), let earlier = text.previousWord(before) { before = earlier }
        return Self.nameWords.contains(text.lower(before))
    }

    /// "han kåre", "ho tove", "hu siv": the Norwegian way of saying a name with its pronoun before it. The first name
    /// may also be a word; after the pronoun it can only be the name.
    private func afterPersonalPronoun(_ text: TextView, _ index: Int) -> Candidate? {
        guard text.has(index, .firstName), !text.has(index, .functionWord), !text.has(index, .allowed), !text.has(index, .month),
              text.isWord(index - 1), !text.attached(index), ["han", "ho", "hu", "hun", "a", "n"].contains(text.lower(index - 1)),
              text.isWord(index - 2) || index - 2 < 0 || text.isPunct(index - 2, ","),
              !Self.norwegianVerbs.contains(text.lower(index)) else { return nil }
        // "a"/"n" (dialect for her/him) only before a capitalised name: lower case they are too common. In a turn with
        // capitals the name has one too: "han ville ha", "ho veit", "han lo" are verbs ("han Kåre", "ho Tove").
        if ["a", "n"].contains(text.lower(index - 1)) || !text.lowercaseText, !text.isCapitalized(index) { return nil }
        if Self.notNames.contains(text.lower(index)) { return nil }
        // English text: "than Per" is no construction; only Norwegian pronouns (the cue list of the text's language).
        guard text.cues.ageCopulas.contains("er") else { return nil }
        return Candidate(first: index, last: index, type: .person, confident: false, reason: "first name after han/ho (dialect)")
    }

    static let diseaseEponyms: Set<String> = ["parkinson", "parkinsons", "huntington", "huntingtons"]
    static let norwegianPronouns: Set<String> = ["han", "hun", "hans", "ho"]
    /// Pronouns of Norwegian, Swedish and Danish that are also first names in the lists ("Vi", "Me", "De").
    static let scandinavianPronouns: Set<String> = ["vi", "me", "de", "dei", "dere", "du", "oss"]
    static let standIns: Set<String> = ["sånn", "slik", "sånt"]
    /// Norwegian verbs that are also English words ("Han er", "Hun var", "Han kan").
    static let norwegianVerbs: Set<String> = ["er", "var", "har", "kan", "skal", "vil", "sa", "ser", "bor", "kom", "tok", "gikk", "fikk", "ble", "hadde", "gav", "ga",
                                              "ville", "skulle", "kunne", "måtte", "burde", "vet", "veit", "lo", "gråt"]
    /// Possessives between a cue and a name ("kollegaen min kari", "my colleague kari" needs none).
    static let possessives: Set<String> = ["min", "mi", "mitt", "mine", "vår", "våre", "hans", "hennes", "din", "di", "my", "our", "his", "her"]

    private func isLowercaseNameAfterCue(_ text: TextView, _ index: Int) -> Bool {
        // "datteren hans", "sønnen min": the possessive after a cue is no name, though "Hans" is one.
        guard text.has(index, .firstName), !text.has(index, .nameIsWord), !text.has(index, .english), !text.has(index, .functionWord),
              !text.has(index, .allowed), !text.has(index, .place), !text.has(index, .month), !text.has(index, .country),
              !Self.possessives.contains(text.lower(index)), var previous = text.previousWord(index) else { return false }
        if text.isWord(previous), Self.possessives.contains(text.lower(previous)), let before = text.previousWord(previous) { previous = before }
        return text.has(previous, .personCueBefore) && !text.has(previous, .functionWord)
    }

    /// A capitalised word (any word in lower-cased text) that is a first name or surname no list knows as a word, plus "s".
    private func genitive(_ text: TextView, _ index: Int) -> Candidate? {
        let token = text.tokens[index]
        guard token.end - token.start >= 4, text.bytes[Int(token.end) - 1] == 0x73, !text.lowercaseText || text.mayHave(.firstName),
              !text.has(index, .firstName), !text.has(index, .surname), !text.has(index, .english), !text.has(index, .allowed),
              !text.has(index, .place), !text.has(index, .functionWord), !text.has(index, .country), !text.has(index, .month),
              text.isWord(index + 1), !text.isCapitalized(index + 1) else { return nil }
        let stem = String(text.lower(index).dropLast())
        guard text.gazetteer.firstNames.contains(stem) || text.gazetteer.surnames.contains(stem), !text.gazetteer.namesThatAreWords.contains(stem),
              !text.gazetteer.englishWords.contains(stem) else { return nil }
        return Candidate(first: index, last: index, type: .person, confident: false, reason: "first name with the Norwegian genitive -s")
    }

    private func startsCountry(_ text: TextView, _ index: Int) -> Bool {
        guard text.has(index, .countryStart), text.isWord(index + 1) else { return false }
        for length in 2...3 where index + length - 1 < text.count {
            let words = (index..<(index + length)).map { text.lower($0) }
            if text.gazetteer.countries.contains(words.joined(separator: " ")) { return true }
        }
        return false
    }

    /// A following surname (or middle name) that continues the name.
    private func extensionWord(_ text: TextView, after index: Int, cased: Bool) -> Int? {
        var next = index + 1
        if text.isWord(next), Self.particles.contains(text.lower(next)), text.isWord(next + 1) {
            next += 1
        }
        guard text.isWord(next), !text.tokens[next].newlineBefore, text.has(next, .surname) || text.has(next, .firstName) || (cased && text.isCapitalized(next) && !text.has(next, .english) && !text.has(next, .place)),
              !text.has(next, .functionWord), !text.has(next, .allowed), !text.has(next, .month), !Self.notNames.contains(text.lower(next)) else { return nil }
        if cased { return text.isCapitalized(next) ? next : nil }
        // "espen karlsen han": in lower-cased speech the pronoun or possessive of the next clause, not a surname Han.
        return text.has(next, .english) || text.has(next, .personCueAfter) || ["hans", "hennes", "hennar"].contains(text.lower(next)) ? nil : next
    }

    private func followedBySurname(_ text: TextView, _ index: Int) -> Bool {
        guard let next = extensionWord(text, after: index, cased: !text.lowercaseText) else { return false }
        return text.has(next, .surname) && !text.has(next, .nameIsWord)
    }

    private func hasTitleBefore(_ text: TextView, _ index: Int) -> Bool {
        titledStart(text, index) != nil
    }

    /// The title's token when one comes right before ("Dr. Berg", "fru Hansen").
    private func titledStart(_ text: TextView, _ index: Int) -> Int? {
        var previous = index - 1
        if text.isPunct(previous, ".") { previous -= 1 }
        guard text.isWord(previous), text.has(previous, .title), !text.isWord(previous, "nurse"), !text.isWord(previous, "sister") else { return nil }
        return previous
    }

    private func hasCueBefore(_ text: TextView, _ index: Int) -> Bool {
        guard let previous = text.previousWord(index) else { return false }
        return text.has(previous, .personCueBefore) || text.has(previous, .title)
    }

    private func hasCueAfter(_ text: TextView, _ index: Int, strong: Bool) -> Bool {
        var next = index + 1
        if text.isPunct(next, ",") { next += 1 }
        guard text.isWord(next), text.has(next, .personCueAfter) else { return false }
        return !(strong && (text.isWord(next, "and") || text.isWord(next, "og") || text.isWord(next, "who")))
    }

    private func inMonthContext(_ text: TextView, _ index: Int) -> Bool {
        (text.isWord(index - 1) && text.cues.monthContext.contains(text.lower(index - 1))) || text.isNumber(index + 1) || text.isNumber(index - 1)
    }
}
