/// The ways speech gives an age that a form never does: a lifetime ("hun hadde levd i nittitre år"), the age someone
/// died at, "en mann på femtifem", a child's age in a word under ten ("siden jeg var ni år"), a hundred and more said
/// in several words ("a hundred and one", "hundre og én"), and an age set off by commas after a name.
extension AgeRecognizer {
    /// "hun hadde levd i nittitre år", "klart seg uten kameraer i 94 år", "lived for ninety years": a span of sixty
    /// years or more after a verb of living or coping, in the same clause. Shorter spans are careers and stays.
    func isLifetime(_ text: TextView, _ index: Int, value: Int) -> Bool {
        guard value >= 60, text.isWord(index + 1), text.cues.ageYears.contains(text.lower(index + 1)),
              text.isWord(index - 1), ["i", "for", "in"].contains(text.lower(index - 1)) else { return false }
        var position = index - 2
        while position >= 0, index - position <= 8 {
            if text.tokens[position].kind == .punct, !text.isPunct(position, ",") { return false }
            // "levd i Norge i 30 år", "lived here for eighty years": how long somewhere, not how old.
            if text.has(position, .placePreposition) || ["here", "there", "her", "der"].contains(text.lower(position)) { return false }
            if text.isWord(position), text.cues.ageLifeVerbs.contains(text.lower(position)) { return true }
            position -= 1
        }
        return false
    }

    /// "until she died, at ninety-four", "he passed away at 87": the age someone died at.
    func isAgeAtDeath(_ text: TextView, _ index: Int, value: Int) -> Bool {
        guard value > 12, text.isWord(index - 1), text.cues.ageAt.contains(text.lower(index - 1)) else { return false }
        var position = index - 2
        if text.isPunct(position, ",") { position -= 1 }
        if text.isWord(position, "away") { position -= 1 }
        return text.isWord(position) && text.cues.ageDeathVerbs.contains(text.lower(position))
    }

    /// "en mann på femtifem", "ei dame på 90": the Norwegian way of giving a person's age; "en mann på 80 kilo" is a weight.
    ///
    /// "ei bestemor på nittisju", "en áhkku på 94": after "en/ei/ein" and any noun no list need hold, "på" and a number
    /// from sixty to a hundred and ten are an old person's age (a measure after it is ruled out by the caller).
    func isPersonOnAge(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index - 1, "på"), text.isWord(index - 2) else { return false }
        if text.cues.agePersonWords.contains(text.lower(index - 2)) && !Self.pronouns.contains(text.lower(index - 2)) { return true }
        guard let value = text.numberValue(index) ?? NumberWords.values[text.lower(index)], (60...110).contains(value) else { return false }
        let after = index + 1
        return text.isWord(index - 3) && ["en", "ei", "ein", "eit"].contains(text.lower(index - 3)) && !text.hasAny(index - 2, [.functionWord, .spelledNumber, .digitWord])
            && (closesPhrase(text, after) || text.isWord(after) && (text.cues.ageYears.contains(text.lower(after)) || ["og", "som"].contains(text.lower(after))))
    }

    /// "han var to og nitti", "ho e fem og åtti": the older Norwegian order, a unit, "og", then the ten, in three words.
    func unitBeforeTen(_ text: TextView, _ index: Int) -> (last: Int, value: Int)? {
        guard let unit = NumberWords.digits[text.lower(index)], unit > 0, text.isWord(index + 1, "og"), text.isWord(index + 2),
              let ten = NumberWords.values[text.lower(index + 2)], ten % 10 == 0, (20...90).contains(ten), !text.lower(index + 2).contains("-") else { return nil }
        return (index + 2, ten + unit)
    }

    /// "siden jeg var ni år", "Han var seks år og ho var streng": a child's age in a word under ten, only with a person
    /// as the subject, "år"/"years" after, and nothing after that makes it a duration ("han var seks år i Oslo").
    func isChildhoodAge(_ text: TextView, _ index: Int) -> Bool {
        guard let value = NumberWords.digits[text.lower(index)], value > 0, text.isWord(index + 1), text.cues.ageYears.contains(text.lower(index + 1)),
              text.isWord(index - 1), text.cues.ageCopulas.contains(text.lower(index - 1)),
              // "Tvillingane, Siri og Ola, er tre år": a name set off by a comma is a subject too.
              text.isWord(index - 2) && (Self.pronouns.contains(text.lower(index - 2)) || text.cues.agePersonWords.contains(text.lower(index - 2)))
                || text.isPunct(index - 2, ",") && (isNamed(text, index - 3) || text.isWord(index - 3) && text.cues.agePersonWords.contains(text.lower(index - 3))) else { return false }
        let after = index + 2
        return closesPhrase(text, after) || text.isWord(after) && (["og", "and", "da", "then", "when", "no", "nå", "now"].contains(text.lower(after)) || text.cues.ageOld.contains(text.lower(after)))
    }

    /// "he was a hundred and one", "One lady, a hundred and two, who", "signe som er hundre og én": an age of a hundred
    /// or more in several words, after a copula or set off by commas, and no noun after it ("a hundred and ten patients").
    func compoundAge(_ text: TextView, _ index: Int) -> Candidate? {
        guard let (last, value) = text.spokenNumber(at: index), last > index, (100...120).contains(value) else { return nil }
        let start = ["a", "et", "ett", "ein", "eitt"].contains(text.lower(index - 1)) ? index - 1 : index
        let after = last + 1
        guard closesPhrase(text, after) || text.isWord(after) && (text.cues.ageYears.contains(text.lower(after)) || ["og", "and", "now", "nå", "no"].contains(text.lower(after))),
              text.isPunct(start - 1, ",") || text.isWord(start - 1) && text.cues.ageCopulas.contains(text.lower(start - 1)) else { return nil }
        return Candidate(first: index, last: last, type: .age)
    }

    /// A first name, capitalised or in lower-cased speech (names that are also words too: the commas and the age
    /// around it are the evidence).
    func isNamed(_ text: TextView, _ index: Int) -> Bool {
        text.isWord(index) && text.has(index, .firstName) && (text.isCapitalized(index) || text.lowercaseText)
    }

    /// A person noun or a name within six words before `index` in the same sentence ("ei dame inne i byen, nittién år").
    func personEarlier(_ text: TextView, before index: Int) -> Bool {
        var position = index
        while position >= 0, index - position <= 6 {
            if text.isPunct(position, ".") || text.isPunct(position, "?") || text.isPunct(position, "!") { return false }
            if text.isWord(position), text.cues.agePersonWords.contains(text.lower(position)) && !Self.pronouns.contains(text.lower(position)) || isNamed(text, position) {
                return true
            }
            position -= 1
        }
        return false
    }

    /// Age talk earlier in the sentence, within ten words: "old"/"gammel" ("han var ikke så gammel, sekstisju"), a
    /// superlative ("Jeg er den yngste her, tror jeg, tjuesju"), or a person's pronoun with a copula ("she is very
    /// thin, ninety-seven years").
    func ageTalkEarlier(_ text: TextView, before index: Int) -> Bool {
        var position = index
        while position >= 0, index - position <= 10 {
            if text.isPunct(position, ".") || text.isPunct(position, "?") || text.isPunct(position, "!") { return false }
            if text.isWord(position) {
                let word = text.lower(position)
                if text.cues.ageOld.contains(word) || text.cues.ageSuperlatives.contains(word) { return true }
                if NameThatIsAWordRecognizer.subjectPronouns.contains(word), text.isWord(position + 1), text.cues.ageCopulas.contains(text.lower(position + 1)) { return true }
            }
            position -= 1
        }
        return false
    }

    /// The last word of a hedge at `index` ("tror jeg", "trur eg", "I think", "I guess"), if one starts there.
    func hedgeEnd(_ text: TextView, _ index: Int) -> Int? {
        guard text.isWord(index), text.isWord(index + 1) else { return nil }
        let pair = text.lower(index) + " " + text.lower(index + 1)
        return Self.hedges.contains(pair) ? index + 1 : nil
    }

    static let hedges: Set<String> = ["tror jeg", "trur eg", "tror eg", "tror æ", "trur æ", "i think", "i guess", "i believe"]

    /// Whether a phrase ends at `index`: a comma, a full stop, a semicolon, a dash or the end of the text.
    func closesPhrase(_ text: TextView, _ index: Int) -> Bool {
        index >= text.count || text.isPunct(index, ",") || text.isPunct(index, ".") || text.isPunct(index, ";") || text.isPunct(index, "\u{2014}")
            || text.isPunct(index, "\u{2013}") || text.isPunct(index, "!") || text.isPunct(index, "?")
    }

    /// "det var 6 år siden": years ago, not an age.
    static let agoWords: Set<String> = ["siden", "sidan", "sia", "ago"]
    /// Subjects of a copula that make what follows a time, not a person's age ("det var 20 år").
    static let durationSubjects: Set<String> = ["det", "dette", "it", "that", "there", "this"]
}
