/// Ages: a number with "years old", "-year-old", "years of age", "år gammel", or after "aged", "I'm", "she is",
/// "turned" … when no other unit follows. Years of experience ("for 14 years") are not ages.
struct AgeRecognizer: Recognizer {
    var type: IdentifierType { .age }
    static let triggering = ["Her mother is «89» and lives alone.", "the patient was «74», and", "I am «28» years old.", "she is «92», and", "I'm «47» now", "a «84»-year-old man", "[nb] han er «54» år gammel",
                             "aged «67», she", "when he turned «70»", "[nb] hun er «54» år", "[nn] ho er «87» år", "[nn] eg er «54» år gammal", "I'll turn «74».", "she will turn «90» in May",
                             "a man of «87» lives alone", "the oldest user of the alarm is «92»", "[nb] den eldste brukeren er «92»", "At «76» he decided he wanted a smartwatch", "at «80», she moved in", "He is almost «66» now and", "[nb] hun er nesten «90» nå", "Han er «87» år og bor alene.",
                             "[nb] Mora mi er rundt «åttiåtte» nå.", "[nb] Han er «åttiåtte» år og bor alene.", "She's in her «mid-nineties» and still sharp.",
                             "[nb] Hun er i slutten av «åttiåra».", "He is «ninety-two» years old.", "Well, he's «eighty-seven», so it takes time.",
                             "she's in «her late eighties» now", "[nb] hun er godt inn i «nittiårene»", "[nb] han er i «80-åra»", "she is in «her 90s»",
                             "he is «ninety two» years old", "[nb] bestemora er «nittito»", "[sv] Hon är «sjuttiotre» år och bor ensam.", "[da] Hans far er «toogfirs», og han klarer sig selv.", "[da] hun er «halvfems» nu", "[nn] ho er «åttiåtte» år gammal",
                             "A woman, «ninety-one», who lived alone.", "the first case was a man «seventy nine» with dementia", "a man, «78», who walked off",
                             "[nb] hu e «90» år og har Alzheimer", "[nb] og no er eg «femti», så", "[nn] ei dame, «nitti» år gamal, som", "[nb] Han e i «syttiåran» og har KOLS",
                             "[nb] hun sa at hun hadde levd i «åttiseks» år uten hjelp", "[nn] han har klart seg utan heimeteneste i «nittiein» år, seier han",
                             "She lived for «ninety-five» years and never", "until he died, at «eighty-eight», he had", "[nb] vi har en mann på «sekstiåtte» som ikke vil",
                             "[nb] siden jeg var «sju» år, så", "[nn] Han var «fem» år og ho var lærar", "he was a «hundred and three», the oldest",
                             "[nb] ei venninne som er «hundre og to» og strikker", "[nb] vi besøkte Kåre, «åttini» år, tidligere bonde",
                             "a lady in the village, «eighty-something», she", "[nb] Moren hans, Gudveig, er «nittisju» og", "one patient a woman «ninety one» said she",
                             "[nb] han e «sytti-fire» og", "[nb] vi hadde en mann, Kåre – «åttitre» år, med KOLS", "[nb] siden jeg var «tjue», så",
                             "[nb] mora hans er jo «nittiein» sjøl", "[nb] ei dame på Lade, «sekstito» tror jeg, hun hadde GPS", "[nb] han var ikke gammel, «femtiåtte», med demens",
                             "[nn] ho skal fylle «nitti» til hausten", "[nb] begge to var født i «tjuesju»", "my grandson, he is like «nineteen»",
                             "she is tiny, very frail, «ninety-four» years.", "[nb] hun blir «åttisju» i mai", "[nn] No har eg ho Kari, ho e «hundreogto»!", "her neighbour, she was maybe «sixteen», helped", "[nb] Han va vel «åttisju» da han flytta",
                             "[nn] Me blir gamle òg. E e «åttifire» sjøl.", "[nn] ho blei «hundre» i vår, og ho strikkar framleis",
                             "[nn] Og hels frå Solbjørg — ho har nettopp blitt «hundre og eitt», og ho vil vere med.",
                             "[nb] en dam, hon är «hundra och två» år, hon sa nej",
                             "[nb] hun var «fem og åtti» og bodde alene", "[nn] ei bestemor på «nittiein», ho ville heim", "[nb] ei oldemor på «93» som",
                             "he's uh «eighty four» and still drives", "[nn] Tvillingane, Siri og Ola, er «tre» år no", "[nb] han er eh «nittito»"]
    static let nonTriggering = ["a nurse for 14 years", "[sv] Det fanns fyrtio personal på avdelningen.", "[da] Der er tres beboere i huset.", "about 3 years now", "10 to 15 minutes", "she is 92 percent sure", "I am 5 minutes late", "The ward is 12 metres long.", "A single room is 20 square metres",
                                "the oldest building is 100 metres away", "a team of 12 nurses", "at 12 we have lunch", "at 3 he left", "he is almost 5 minutes late", "[nb] hun har jobbet her i 14 år", "[nn] ho har vore her i 12 år",
                                "We had twenty patients and ninety minutes.", "[nb] Vi har åtti brukere.", "[nb] Det tok åttiåtte minutter.", "In the eighties we had paper.",
                                "[nb] På åttitallet hadde vi papir.", "she is one of the best", "he was twenty minutes late", "[nb] hun er en av de beste",
                                "[nb] vi var tjue stykker", "in the 80s we used paper", "[nb] på 80-tallet brukte vi papir", "[nb] han har jobbet her i tjue år",
                                "a man with twenty years of experience", "the patient, 12 minutes later, was fine", "the patient 12 with the alarm",
                                "[nb] det var 6 år siden", "[nb] det var seks år siden", "[nb] vi har klart oss uten vikarer i 20 år", "[nb] de har levd i Norge i åtti år",
                                "they have lived here for eighty years", "[nb] en mann på 80 kilo", "[nb] han var seks år i militæret", "he died at 3 in the night",
                                "[nb] det er hundre og ti pasienter her", "[nb] vi hadde en lege, tretti år i yrket, som",
                                "I have been a nurse here, twenty years now.", "[nb] det blir tjue i år", "[nb] vi var jo tjue stykker", "it was maybe fifteen minutes", "[nb] det var vel tjue stykker der", "[nb] vi var fem og tjue stykker", "[nb] en bil på nitti kilometer i timen",
                                "[nb] en fartsgrense på 80 km/t", "[nb] det tok to og tretti minutter"]

    func candidates(in text: TextView) -> [Candidate] {
        let spelled = text.mayHave(.spelledNumber)
        guard text.hasNumbers || spelled || text.mayHave(.digitWord) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count {
            if spelled, text.has(index, .spelledNumber) {
                if let candidate = compoundAge(text, index) ?? spelledAge(text, index) { found.append(candidate) }
                continue
            }
            if text.has(index, .digitWord) {
                if isChildhoodAge(text, index) { found.append(Candidate(first: index, last: index, type: .age)) }
                if spelled, let (last, value) = unitBeforeTen(text, index), isAge(text, index, value: value) && !hasUnitAfter(text, last) || isAppositive(text, index, last: last) {
                    found.append(Candidate(first: index, last: last, type: .age))
                }
                continue
            }
            if let last = decadeInDigits(text, index) {
                found.append(Candidate(first: index, last: last, type: .age))
                continue
            }
            guard let age = text.numberValue(index), (0...120).contains(age), text.digitCount(index) <= 3,
                  !(text.attached(index) && (text.isPunct(index - 1, ".") || text.isPunct(index - 1, "/") || text.isPunct(index - 1, ":"))) else { continue }
            if isAge(text, index, value: age) || age >= 18 && isAppositive(text, index, last: index) {
                found.append(Candidate(first: index, last: index, type: .age))
            }
        }
        return found
    }

    private func isAge(_ text: TextView, _ index: Int, value: Int) -> Bool {
        isAgePhraseAfter(text, index) || isLifetime(text, index, value: value) || ((hasCueBefore(text, index) || hasPersonSubject(text, index) || isPersonOfAge(text, index)
            || isAgeAtWhich(text, index, value: value) || isAgeAtDeath(text, index, value: value) || isPersonOnAge(text, index) || hasSuperlativeSubject(text, index)) && !hasUnitAfter(text, index))
    }

    /// Words before a decade of life in English ("in her mid-nineties", "his late eighties") and bokmål/nynorsk
    /// ("i åttiåra", "i slutten av åttiåra", "godt inn i nittiåra").
    static let decadeOwners: Set<String> = ["her", "his", "their", "my", "your", "our"]
    static let decadeModifiers: Set<String> = ["early", "mid", "late"]
    static let decadePrepositions: Set<String> = ["i", "av", "inn"]

    /// An age said in words ("he's eighty-seven", "hun er rundt åttiåtte", "åttiåtte år") with the same context as
    /// digits, from 10 up (smaller numbers are ordinary words: "she is one of us"); a decade of life after "her"/"his"
    /// or "i"/"av" ("in her mid-nineties", "i slutten av åttiåra"; "in the eighties" is a time, not an age).
    private func spelledAge(_ text: TextView, _ index: Int) -> Candidate? {
        let word = text.lower(index)
        if NumberWords.decades[word] != nil {
            if word.hasSuffix("ies") {
                var first = index
                if text.isWord(index - 1), Self.decadeModifiers.contains(text.lower(index - 1)) { first = index - 1 }
                guard text.isWord(first - 1), Self.decadeOwners.contains(text.lower(first - 1)) else { return nil }
                return Candidate(first: first, last: index, type: .age)
            }
            guard text.isWord(index - 1), Self.decadePrepositions.contains(text.lower(index - 1)) else { return nil }
            return Candidate(first: index, last: index, type: .age)
        }
        guard let value = NumberWords.values[word], value <= 120 else { return nil }
        // "ninety two years old": a ten and a unit in two words.
        var last = index
        if value % 10 == 0, value < 100, text.isWord(index + 1), !text.attached(index + 1), Self.englishUnits.contains(text.lower(index + 1)) {
            last = index + 1
        }
        guard isAge(text, index, value: value) || last > index && isAgePhraseAfter(text, last) || isAppositive(text, index, last: last) else { return nil }
        return Candidate(first: index, last: last, type: .age)
    }

    static let englishUnits: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// "80-åra", "i 90-årene", "in her 80s", "her late 90s": a decade of life in digits.
    private func decadeInDigits(_ text: TextView, _ index: Int) -> Int? {
        guard let value = text.numberValue(index), text.digitCount(index) == 2, value % 10 == 0, value >= 20 else { return nil }
        if text.isPunct(index + 1, "-"), text.attached(index + 1), text.isWord(index + 2), text.attached(index + 2),
           ["åra", "årene", "åras"].contains(text.lower(index + 2)), text.isWord(index - 1), Self.decadePrepositions.contains(text.lower(index - 1)) {
            return index + 2
        }
        if text.isWord(index + 1, "s"), text.attached(index + 1) {
            var before = index - 1
            if text.isWord(before), Self.decadeModifiers.contains(text.lower(before)) { before -= 1 }
            if text.isWord(before), Self.decadeOwners.contains(text.lower(before)) { return index + 1 }
        }
        return nil
    }

    private func isAgePhraseAfter(_ text: TextView, _ index: Int) -> Bool {
        var next = index + 1
        if text.isPunct(next, "-"), text.attached(next) { next += 1 }
        let cues = text.cues
        let word = text.lower(next)
        if cues.ageNouns.contains(word) { return true }
        guard text.isWord(next), cues.ageYears.contains(word) else { return false }
        // "28 years old", "28 years-old", "54 år gammel"
        if cues.ageOld.contains(text.lower(next + 1)) || (text.isPunct(next + 1, "-") && cues.ageOld.contains(text.lower(next + 2))) { return true }
        if text.isWord(next + 1, "of"), text.isWord(next + 2, "age") { return true }
        // "hun er 54 år", "han fylte 80 år": a copula or an age verb before, and nothing after that makes it a duration.
        if let previous = text.previousWord(index), cues.ageCopulas.contains(text.lower(previous)) || cues.ageCuesBefore.contains([text.lower(previous)]),
           !text.isWord(next + 1) || !cues.ageUnitsAfter.contains(text.lower(next + 1)) && !Self.agoWords.contains(text.lower(next + 1)),
           !Self.durationSubjects.contains(text.lower(previous - 1)),
           !cues.ageYears.contains("years") || !text.isWord(previous, "is") && !text.isWord(previous, "was") {
            return true
        }
        return false
    }

    /// "she is 92", "she is almost 92": a cue, perhaps with one approximating word between it and the number.
    private func hasCueBefore(_ text: TextView, _ index: Int) -> Bool {
        let index = approximated(text, index)
        return text.cues.ageCuesBefore.contains { cue in
            guard index - cue.count >= 0 else { return false }
            return cue.enumerated().allSatisfy { offset, word in text.isWord(index - cue.count + offset, equals: word) }
        }
    }

    /// "Her mother is 89", "the patient was 74", "Kari er 54": a person word or name as the subject of is/was/er/var
    /// within three words before the number.
    private func hasPersonSubject(_ text: TextView, _ index: Int) -> Bool {
        let index = approximated(text, index)
        guard text.isWord(index - 1), text.cues.ageCopulas.contains(text.lower(index - 1)) else { return false }
        var position = index - 1
        for _ in 2...4 {
            position -= 1
            // "Hans mor, Ingeborg, er nittiåtte", "ei ny, Sunniva, som e tjuetre"
            if text.isPunct(position, ",") { position -= 1 }
            guard text.isWord(position) else { return false }
            if text.cues.agePersonWords.contains(text.lower(position)) || text.has(position, .personCueBefore) && !text.has(position, .functionWord) { return true }
            if text.has(position, .firstName) && (text.isCapitalized(position) || text.lowercaseText) && !text.has(position, .nameIsWord) { return true }
        }
        return false
    }


    /// "At 23 he decided …", "at 80, she …": the age at which someone did something, with the person right after.
    /// Twelve and under read as a time of day ("at 3 he left").
    private func isAgeAtWhich(_ text: TextView, _ index: Int, value: Int) -> Bool {
        guard value > 12, text.isWord(index - 1), text.cues.ageAt.contains(text.lower(index - 1)) else { return false }
        let next = text.isPunct(index + 1, ",") ? index + 2 : index + 1
        return text.isWord(next) && text.cues.ageSubjectsAfter.contains(text.lower(next))
    }

    /// Where the number's context starts: before "almost", "nearly", "nesten" when one stands right before it.
    private func approximated(_ text: TextView, _ index: Int) -> Int {
        text.isWord(index - 1) && text.cues.ageApproximators.contains(text.lower(index - 1)) ? index - 1 : index
    }

    /// Person nouns an age may follow directly (pronouns are subjects: "he is 80" is the copula's).
    static let pronouns: Set<String> = ["he", "she", "i", "they", "we", "you", "han", "hun", "ho", "hu", "eg", "jeg", "æ", "du", "de", "dei", "vi"]

    /// "a woman, ninety-one, who lived alone", "a man seventy nine with dementia", "ei dame, nitti år gamal": an age
    /// right after a person noun, set off by commas or followed by what says more about the person.
    private func isAppositive(_ text: TextView, _ index: Int, last: Int) -> Bool {
        var before = index - 1
        // "Mohammad – sytti-ni år, diabetes": a dash sets an age off as a comma does.
        let comma = text.isPunct(before, ",") || text.isPunct(before, "\u{2013}") || text.isPunct(before, "\u{2014}")
        if comma { before -= 1 }
        let personNoun = text.isWord(before) && text.cues.agePersonWords.contains(text.lower(before)) && !Self.pronouns.contains(text.lower(before))
        // "Kåre, nittien år, tidligere fisker", "a man in Heimdal, seventy-nine, with": a name, or a person earlier in
        // the clause, and the age set off by commas.
        guard personNoun || comma && (isNamed(text, before) || personEarlier(text, before: before) || ageTalkEarlier(text, before: before)) else { return false }
        var after = last + 1
        // "åttifire tror jeg, han hadde", "ninety-two, I think": a hedge after the age.
        if let hedge = hedgeEnd(text, after) { after = hedge + 1 }
        if text.isWord(after), text.cues.ageYears.contains(text.lower(after)) {
            if isAgePhraseAfter(text, last) { return true }
            return comma && (personNoun || closesPhrase(text, after + 1))
        }
        if text.isWord(after), text.cues.ageUnitsAfter.contains(text.lower(after)) { return false }
        if comma { return closesPhrase(text, after) }
        // "a woman ninety one said she": what she did follows.
        return text.isWord(after) && (["with", "who", "and", "med", "som", "og"].contains(text.lower(after)) || text.has(after, .personCueAfter))
    }

    /// "a man of 87", "a woman of 90".
    private func isPersonOfAge(_ text: TextView, _ index: Int) -> Bool {
        text.isWord(index - 1, "of") && text.cues.agePersonWords.contains(text.lower(index - 2)) && (text.isWord(index - 3, "a") || text.isWord(index - 3, "an"))
    }

    /// "the oldest user of the alarm is 92", "den eldste brukeren er 92": a superlative of age in the subject.
    private func hasSuperlativeSubject(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index - 1), text.cues.ageCopulas.contains(text.lower(index - 1)) else { return false }
        for back in 2...8 where index - back >= 0 {
            if text.cues.ageSuperlatives.contains(text.lower(index - back)) { return true }
            if text.isPunct(index - back, ".") || text.isPunct(index - back, "?") { return false }
        }
        return false
    }

    private func hasUnitAfter(_ text: TextView, _ index: Int) -> Bool {
        let next = index + 1
        if text.isPunct(next, "%") || text.isPunct(next, ":") || text.isPunct(next, ".") && text.isNumber(next + 1) { return true }
        if text.isWord(next), text.cues.ageUnitsAfter.contains(text.lower(next)) { return true }
        if text.isWord(next), text.cues.ageYears.contains(text.lower(next)) { return !isAgePhraseAfter(text, index) }
        return false
    }
}
