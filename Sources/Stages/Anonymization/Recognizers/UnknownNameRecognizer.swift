/// The safety net for names no gazetteer knows: a capitalised word inside a sentence that no dictionary, name, place or
/// cue list knows ("the deal with Zyxwort"), with the capitalised words around it. At the start of a sentence, where
/// every word has a capital, only when something marks it as a name: an address or speaker punctuation after it
/// ("Nobuto, can I …", "Yakha: …"), a person cue after it ("Gijsbrecht shouted"), or a second unknown capital.
///
/// Everything it finds is a guess: replaced where it stands, listed for review in the key, counted in the summary, and
/// never looked for elsewhere (that needs a list or a human). After a place preposition the same words are the
/// unknown-place recognizer's. It reads only cased text (capitals are its evidence).
struct UnknownNameRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["the deal with «Zyxwort» fell through", "we had dinner with «Qwymbel» on Monday", "«Nobuto», can I speak to your boss?",
                             "«Yakha»: who are you?", "a huge «Saidali K Usamov» fan", "«Pekka Vänskä» had given us the address",
                             "«Gijsbrecht» shouted at them", "«Ingebjørg» and I wrote the checklist", "Then it changed. «Qwendolyn» died in May.", "[nb] «Sigvart» syntes det var morsomt.", "[nn] Det var kaldt. «Gudleik» låg der heile natta.", "[nb] Etterpå. «Herbjørn» oppdaget feilen selv.", "[nb] vi snakket med «Zyxwort» i går", "[nn] Det var tungt. «Aslaug» hadde ikkje tatt medisinen.", "Then it was quiet. «Torleif» ended up in the hospital.",
                             "we visited the «Qwymbel» family twice", "we worked in the «Zyxhaug» zone then", "we call it the «Hansen»-rota.", "she met a «Zyxwort» from the office"]
    static let nonTriggering = ["We use Teams and Zoom on the iPad.", "The Croatian team came over.", "Well-being matters to us.",
                                "Don't worry about it.", "GPS and EHR", "In March we met.", "We'll see. Don't ask.", "I said: Thank you.",
                                "In May we plan ahead.", "they answer in English", "the E-health strategy", "we met at the New Year party",
                                "we report to NAV and KOSTRA", "the COVID rules came", "I work in Home Care.", "we post it on Facebook",
                                "[de] Die Pflegekräfte nutzen das Tablett jeden Morgen", "[nb] Vi brukte Gerica og Teams hver dag",
                                "[nb] Ehm, det var vanskelig.", "[nb] Liksom, vi visste ikke.", "[nb] Altså, det var mye.", "[nb] Nei, det tror jeg ikke.", "[nb] Ja, det stemmer.",
                                "She had Alzheimer for years.", "[nb] Han har Parkinson og Alzheimer.", "He has Down syndrome.", "I've seen it. I'd say so. I'll call. I'm tired.",
                                "She has a PhD in nursing, an MSc and a BSc.", "[nb] Han bodde alene i mange år.", "[nb] Hun sa: Nei.", "[nb] Hun har GPS-klokka på seg.",
                                "[nb] Vi bruker Gerica og DIPS.", "[nb] Jeg har Safemate-alarmen og Memas-appen.", "Um, I think so.", "Erm, we did.", "[nb] Sjefen sa nei.", "[nb] Brevet lå der i to uker.", "[nb] Pakken lå i postkassen.", "[nb] Kona ringte oss.", "[nb] Mamma mente det.", "[nb] Hvem sa det?", "[nb] Ingen ringte oss.",
                                "[nb] Heldigvis, det gikk bra.", "[nn] Utfordrande, ja, men greitt.", "[nb] Sykepleier, og leder for teamet.", "[nn] Vanlegvis, me ringjer fyrst.",
                                "[nb] Hvorfor sa hun det?", "[nb] Fordi hun var redd.", "[nn] Kvifor kom han ikkje?", "[nn] Viss han ringjer, så går eg.",
                                "We have Lithuanians, Kenyans and Peruvians on the team.", "The night nurse is Eritrean too.", "because Norwegians cannot say it",
                                "there was a problem with the Zentrovex, so we called", "[nb] Vi har PLO-meldinger nå, og det går fint.", "[nb] Det var mye å gjøre for KOLS-teamet i fjor.",
                                "[nn] med Kvikkfot-programmet og Ballkurs-kurset",
                                "[nb] Hvordan kom dere i gang med det?", "[nb] Velkommen, alle sammen.", "[nb] Takk, det var alt.", "[nb] Åh, nettbrettene, ja.",
                                "[nb] Når kom den?", "[nb] Og eg sa: «Kæm e det som snakker?»", "[nn] Korleis kom de i gang?", "[nn] Velkomen, alle saman."]

    /// Only where capitals mark names (English, Norwegian; not German, where every noun has one).
    func applies(to language: LanguageCues) -> Bool { language.capitalsMarkNames }

    func candidates(in text: TextView) -> [Candidate] {
        guard !text.lowercaseText else { return [] }
        var found: [Candidate] = []
        var places: [Candidate]?
        var index = 0
        while index < text.count {
            guard text.startsUnknownName(index), let (first, last) = text.unknownNameSpan(index) else {
                index += 1
                continue
            }
            index = last + 1
            let startsSentence = text.isSentenceStart(first)
            if startsSentence, !markedAsName(text, first: first, last: last) { continue }
            if !startsSentence, UnknownPlaceRecognizer.isPlacePreposition(text, first - 1) { continue }
            if !startsSentence, isThingAfterArticle(text, first: first, last: last) { continue }
            // What the unknown-place recognizer claims is a place, not a person.
            places = places ?? UnknownPlaceRecognizer().candidates(in: text)
            if places!.contains(where: { $0.first <= last && first <= $0.last }) { continue }
            found.append(Candidate(first: first, last: last, type: .person, confident: false, reason: startsSentence ? UnknownWords.atSentenceStart : UnknownWords.reason,
                                   propagates: false, linksParts: false))
        }
        return found
    }

    /// "the medicine robot now, the Evondos, so", "a problem with the Reseptformidleren": in English a single unknown
    /// capital after "the", closed by punctuation, is a product or a system; a family ("the Brattvolls.") is not, and
    /// "the Langhus zone" or "the Hansen family" name a place or people by the word after.
    private func isThingAfterArticle(_ text: TextView, first: Int, last: Int) -> Bool {
        guard first == last, text.cues.code == "en", text.isWord(first - 1, "the"),
              !text.has(first, .firstName), !text.has(first, .surname) else { return false }
        // Set off by punctuation: "the Langhus zone", "the Sámi Parliament" name a place or a body by their next word.
        guard last + 1 < text.count, text.tokens[last + 1].kind == .punct else { return false }
        let word = text.lower(first)
        // "the Lie-rota.": a thing named after a person still names the person.
        if let head = word.split(separator: "-").first, head.count < word.count,
           text.gazetteer.surnames.contains(String(head)) || text.gazetteer.firstNames.contains(String(head)) { return false }
        return !(word.hasSuffix("s") && (text.gazetteer.surnames.contains(String(word.dropLast())) || text.gazetteer.firstNames.contains(String(word.dropLast()))))
    }

    /// At a sentence start: a comma or colon after the name, a person cue after it, or a second unknown capital in it.
    private func markedAsName(_ text: TextView, first: Int, last: Int) -> Bool {
        if first == last, text.cues.code != "en", Self.hasNorwegianWordEnding(text, first) { return false }
        if text.isPunct(last + 1, ",") || text.isPunct(last + 1, ":") { return true }
        // "Halvor har framleis ikkje dispenser": a word the Norwegian dictionaries write only with a capital is a name
        // (one ending like a place name is left to the place recognizers).
        if first == last, text.has(first, .norwegianProperNoun), !PlaceRecognizer.placeSuffixes.contains(where: { text.lower(first).hasSuffix($0) }) { return true }
        // "Trygve and I sat down …"
        if text.isWord(last + 1, "and") || text.isWord(last + 1, "og"), text.cues.firstPersonPronouns.contains(text.lower(last + 2)) { return true }
        if text.isWord(last + 1), text.has(last + 1, .personCueAfter), !text.isWord(last + 1, "and"), !text.isWord(last + 1, "og"),
           text.cues.code == "en" || !looksLikeNorwegianWord(text, first) { return true }
        // "Arnfinn died this winter", "Ragnvald syntes det": a verb only a person does. Norwegian nouns are no list's
        // words, so a definite form ("Sjefen sa", "Kona ringte") stays.
        if text.isWord(last + 1), first == last, text.cues.code == "en" ? NameThatIsAWordRecognizer.personVerbs.contains(text.lower(last + 1))
            : Self.norwegianSayingVerbs.contains(text.lower(last + 1)) && !looksLikeNorwegianWord(text, first) { return true }
        return (first...last).filter { text.isUnknownCapital($0) }.count >= 2
    }

    /// Endings of Norwegian adverbs, adjectives and trades that no name has, for a word opening a sentence
    /// ("Heldigvis, …", "Vanligvis ringer vi", "Utfordrande, ja", "Sykepleiar, òg"). A listed first name or surname is
    /// left to the other rules.
    static let norwegianWordEndings = ["ende", "ande", "lig", "leg", "vis", "messig", "messug", "arbeider", "arbeidar", "pleier", "pleiar", "godt"]

    static func hasNorwegianWordEnding(_ text: TextView, _ index: Int) -> Bool {
        let word = text.lower(index)
        return word.count >= 6 && !text.has(index, .firstName) && !text.has(index, .surname) && norwegianWordEndings.contains { word.hasSuffix($0) }
    }

    /// Verbs of saying and of what only people do, after a name no list knows at a Norwegian sentence start.
    static let norwegianSayingVerbs: Set<String> = ["sa", "sier", "seier", "syntes", "synes", "meiner", "mente", "mener", "fortalte", "spurte",
                                                    "døde", "døydde", "ringte", "ringde", "lo", "gråt", "hjalp", "kjørte", "køyrde",
                                                    // What a person found on the floor or who complains does ("Torunn låg der", "Halvor oppdaga det").
                                                    "lå", "låg", "oppdaga", "oppdaget", "klaga", "klaget"]

    /// A Norwegian word no list knows at a sentence start: a definite noun or a family word ("Legen", "Kona", "Mamma"),
    /// a question word or pronoun ("Hvem sa det?", "Ingen ringte").
    private func looksLikeNorwegianWord(_ text: TextView, _ index: Int) -> Bool {
        let word = text.lower(index)
        return ["en", "et", "a", "ne", "na"].contains { word.hasSuffix($0) } || text.cues.agePersonWords.contains(word) || text.has(index, .personCueBefore)
            || ["mamma", "pappa", "bestemor", "bestefar", "mormor", "morfar", "farmor", "farfar", "besten", "onkel", "tante", "hvem", "kven", "hva", "kva",
                "hvor", "kor", "ingen", "noen", "nokon", "alle", "mange", "begge", "folk", "man", "dere", "dokker", "dem", "dæm", "døm"].contains(word)
    }
}
