/// Countries and states where they say where someone lives or comes from: "she grew up in Bavaria", "he is originally
/// from Somalia", "we moved to Texas" (a verb of residence, a place preposition, a country or first-level subdivision
/// of `Resources/countries.txt` or `subdivisions.txt`). In a small study a country of origin can point to one person;
/// elsewhere ("Poland has a strategy", "the Czech Republic") countries stay, and the study's own country (allowed) always.
struct RegionRecognizer: Recognizer {
    var type: IdentifierType { .place }
    static let triggering = ["she grew up in «Bavaria» and", "he is originally from «Somalia».", "we moved to «New South Wales» in 2019",
                             "[nb] hun bodde i «Finnmark» før", "I'm from «Texas», you know",
                             "I am from a small town in «the Philippines», and", "she is also from «the Philippines»", "i am from «somalia» from hargeisa",
                             "he's from «Kenya», and", "Do you think being from «Chile» matters?", "and Mehmet from «Chile» on nights",
                             "[nb] og så Goran fra «Bosnia», han", "my colleague from «the Netherlands» said", "In «Portugal» I worked nights",
                             "in «peru» we dont have it", "[nb] I «Ghana» hadde vi ikke dette", "[nn] I «Kenya» jobba eg på sjukehus",
                             "she grew up in Porto in «Portugal», and", "i am from lviv in «ukraine» and", "A nurse here, Darius, from «Lithuania» originally", "[nb] Amira fra «Jordan», Teodor fra Romania.",
                             "[nb] dattera hennes bor i «tyskland» nå", "[nb] broren flyttet til «italia» i fjor", "[nn] ho er frå «Kviterussland», og"]
    static let nonTriggering = ["Norway has a national strategy", "the Czech Republic delegation", "Texas is big", "in Poland they use it",
                                "we moved to the new building", "they moved to Norway in the spring", "In Ghana they say it works",
                                "Nurses from Portugal are welcome", "the report from Sweden", "[nb] I Ghana har de bedre regler",
                                "In Germany, the rules are stricter", "[nb] Noen fra Ghana, tror jeg", "Yes, from Poland, like me", "He's injured from the waist down from Cyprus, but", "[nb] Polen har en nasjonal strategi", "[nb] vi bor i norge"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.regionStart) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .regionStart) && !text.has(index, .allowed) {
            // "from Somalia", "from the Philippines"; the verb of residence earlier in the clause ("I am from a small
            // town in the Philippines").
            let preposition = text.isWord(index - 1, "the") ? index - 2 : index - 1
            let origin = ["from", "fra", "frå"].contains(text.lower(preposition))
            guard text.has(preposition, .placePreposition), text.lowercaseText || text.isCapitalized(index),
                  let options = text.gazetteer.regions[text.lower(index)], let last = text.longestPhrase(options, at: index, skippingHyphens: true),
                  hasResidenceVerb(text, before: preposition, origin: origin) || origin && Self.originContractions.contains(text.lower(preposition - 1))
                    || origin && isPerson(text, preposition - 1, closed: closesList(text, last + 1))
                    || ["in", "i"].contains(text.lower(preposition)) && (isPlace(text, preposition - 1) || speakerFollows(text, after: last))
            else { continue }
            found.append(Candidate(first: index, last: last, type: .place, reason: "a country or region where someone lives", propagates: false))
        }
        return found
    }

    /// Copulas that say where someone is from ("she is from Somalia", "han er fra Polen").
    static let originCopulas: Set<String> = ["is", "are", "was", "were", "am", "er", "var", "e", "va"]
    /// Contractions and participles that say where someone is from only right before "from" ("he's from Uganda",
    /// "being from Chile"; "He's injured from the waist down from …" says nothing of the kind).
    static let originContractions: Set<String> = ["he's", "she's", "he’s", "she’s", "being"]

    /// "Mehmet from Turkey", "Goran fra Bosnia", "my colleague from the Netherlands": a person named right before
    /// "from" (a first name or a capital no list knows, or a person word); "Nurses from Portugal" are no one in particular.
    private func isPerson(_ text: TextView, _ index: Int, closed: Bool) -> Bool {
        // "Reza, from Iran originally"
        let index = text.isPunct(index, ",") ? index - 1 : index
        guard text.isWord(index), !text.has(index, .allowed) else { return false }
        if text.cues.agePersonWords.contains(text.lower(index)) && !AgeRecognizer.pronouns.contains(text.lower(index)) || Self.colleagues.contains(text.lower(index)) {
            return true
        }
        // At a sentence start every word has a capital: there only a list of colleagues ("Hai fra Vietnam, Lwam fra …").
        return text.has(index, .firstName) && (text.isCapitalized(index) || text.lowercaseText && !text.has(index, .nameIsWord))
            || text.isUnknownCapital(index) && (!text.isSentenceStart(index) || closed && !text.has(index, .functionWord))
    }

    /// Whether a list item or a sentence ends at `index`.
    private func closesList(_ text: TextView, _ index: Int) -> Bool {
        index >= text.count || text.isPunct(index, ",") || text.isPunct(index, ".") || text.isPunct(index, ";") || text.isWord(index, "originally")
            || text.isWord(index, "opprinnelig") || text.isWord(index, "opphavleg")
    }

    static let colleagues: Set<String> = ["colleague", "coworker", "co-worker", "nurse", "doctor", "guy", "friend", "neighbour", "neighbor",
                                          "kollega", "kollegaen", "venn", "venninne", "nabo", "naboen", "lege", "legen", "vikar", "vikaren"]

    /// "Porto in Portugal", "lviv in ukraine": the country of a place just named.
    private func isPlace(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index), !text.has(index, .english) || text.isCapitalized(index) else { return false }
        return text.has(index, .place) || text.has(index, .worldCity) || text.isUnknownCapital(index) && !text.isSentenceStart(index)
    }

    /// "In Portugal I worked", "in peru we dont have", "I Polen hadde vi": the speaker's own past in that country — a
    /// first-person word right after it, or after one word (a verb, as Norwegian puts it first). "In Denmark they say" stays.
    private func speakerFollows(_ text: TextView, after last: Int) -> Bool {
        var next = last + 1
        if text.isPunct(next, ",") { next += 1 }
        guard text.isWord(next) else { return false }
        if text.cues.speakerWords.contains(text.lower(next)) { return true }
        return !text.isPunct(last + 1, ",") && !text.has(next, .functionWord) && text.isWord(next + 1) && text.cues.speakerWords.contains(text.lower(next + 1))
    }

    /// A verb of residence (or, before "from", a copula) within six words before `index`, in the same sentence.
    private func hasResidenceVerb(_ text: TextView, before index: Int, origin: Bool) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 6 {
            if text.isPunct(position, ".") || text.isPunct(position, "?") || text.isPunct(position, "!") || text.isPunct(position, ";") { return false }
            if text.isWord(position), text.cues.residenceVerbs.contains(text.lower(position)) || origin && Self.originCopulas.contains(text.lower(position)) { return true }
            position -= 1
        }
        return false
    }
}
