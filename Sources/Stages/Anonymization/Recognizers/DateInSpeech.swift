/// Dates as people say them rather than write them: a day with no month ("det var den 13., for …", "only on the 30th,
/// the last meeting"), a day and a month both as ordinals ("tjuende i tolvte", "den 22. i 9."), and years said in
/// Norwegian words after a month or a holiday ("mai tjue tjue to", "andre påskedag to tusen og tjueen").
extension DateRecognizer {
    /// Examples of the rules in this file (run with the recognizer's own).
    static let spokenTriggering = ["[nb] Det var den «13»., for det var en mandag.", "[nn] møtet var den «8». med kontoret", "only on «the 30th», the last meeting",
                                   "It was Friday «the 12th», I remember", "That was on «the fourteenth» — of March, I think.",
                                   "[nb] hun falt «sekstende i fjerde» i fjor", "[nb] det var «niende i sjette» jeg husker det", "[nb] det var «den 4. i 11.», to feil", "[nb] jeg søkte i «juni tjue nitten» og fikk svar",
                                   "[nb] «andre juledag tjue tjueto» stoppet alt", "[nb] «første pinsedag to tusen og nitten» var", "The worst was «Boxing Day 2019».",
                                   "[nb] «Langfredag 2020» gikk han ut", "[nb] det var den «9 augusti» jeg började",
                                   "[nb] vi startet opp i «mars tjuetjueen» og det gikk fint", "[nn] sidan «oktober nittenåttisju» har ho budd der",
                                   "it went down in «october twenty one» when the storm came", "we have had it since «february twenty four» and it works",
                                   "[nb] det var en kveld i «april tjueen» vi fikk beskjed", "[nb] det begynte i «august tjueto» og", "[nb] en gang i «påska tjueen» var det stengt",
                                   "[nb] vi jobbet hele «romjulen tjuetre» og det var tungt", "We met on «Whitsun Monday 2019», I think.",
                                   "[nb] det var «1. påskedag», i fjor, og", "[nn] «2. påskedag» i år var det roleg"]
    static let shortYearNonTriggering = ["in october twenty people came", "[nb] i august tjueto brukere", "[nb] i mai tjue minutter etter",
                                         "[nb] i april tjuefem av dem", "[nb] vi jobber alltid 2. juledag", "[nb] 1. påskedag er stille",
                                         "we may twenty two times a day", "we march twenty one miles"]
    static let spokenNonTriggering = ["[nb] Det var den 3. gangen hun falt.", "[nb] hun gikk i den 2. klassen", "on the 30th floor", "the 12th century",
                                      "on the first try", "[nb] de andre i andre kommuner", "[nb] den andre i tredje etasje", "[nb] klokka var tjue tretti",
                                      "[nb] vi var tjue tjue stykker", "[nb] i mai tjue minutter etter"] + shortYearNonTriggering

    /// Words that may follow a day said alone ("den 13., for …", "den 8. med tildelingskontoret"): what comes next is
    /// talk, not the noun the ordinal counts ("den 3. gangen").
    static let afterBareDay: Set<String> = ["for", "fordi", "med", "da", "så", "altså", "sa", "eller", "men", "hadde", "ringte", "kom", "klokka", "klokken", "var", "va"]
    static let timePrepositions: Set<String> = ["on", "since", "until", "till", "by", "from"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// "den 13., for …": a day of the month, its month left to the listener. The number only; "den" stays.
    func bareDayOfMonth(_ text: TextView, _ index: Int) -> Int? {
        guard let day = text.numberValue(index), text.digitCount(index) <= 2, (1...31).contains(day), text.isWord(index - 1, "den"),
              text.isPunct(index + 1, "."), text.attached(index + 1) else { return nil }
        let next = index + 2
        if text.isPunct(next, ",") || text.isPunct(next, "\u{2014}") || text.isPunct(next, "\u{2013}") { return index }
        return text.isWord(next) && Self.afterBareDay.contains(text.lower(next)) ? index : nil
    }

    /// "on the 30th,", "Wednesday the 18th", "January the 9th", "on the twelfth —": a day after "the", with a time
    /// preposition, a weekday or a month before, and no noun after ("on the 30th floor").
    func dayAfterThe(_ text: TextView, _ index: Int) -> Int? {
        guard text.isWord(index - 1, "the"), text.isWord(index - 2) else { return nil }
        let before = text.lower(index - 2)
        let cued = Self.timePrepositions.contains(before) || Self.weekdays.contains(before) || text.has(index - 2, .month)
        guard cued else { return nil }
        if let day = text.numberValue(index), text.digitCount(index) <= 2, (1...31).contains(day), text.isWord(index + 1), text.attached(index + 1),
           ["st", "nd", "rd", "th"].contains(text.lower(index + 1)) {
            // Closed off by punctuation ("on the 30th, the last meeting"); "on the 21st I think" is left to the month
            // rules, so the bundled study's artifacts stay as they were.
            return index + 2 >= text.count || text.tokens[index + 2].kind == .punct ? index + 1 : nil
        }
        // Spelled ("the twelfth"): only closed off by punctuation, since "on the first try" is no date.
        guard text.isWord(index), Self.ordinals[text.lower(index)] != nil, before == "on" || Self.weekdays.contains(before) || text.has(index - 2, .month),
              index + 1 >= text.count || text.tokens[index + 1].kind == .punct else { return nil }
        return index
    }

    /// "tjuende i tolvte", "tredje i tredje i år", "den 22. i 9.": a day and a month, both ordinals; "de andre i andre
    /// kommuner" and "den andre i tredje etasje" are not dates, so something that closes the phrase must follow.
    func dayInMonthByNumber(_ text: TextView, _ index: Int) -> Int? {
        var month = index + 2
        if let day = text.numberValue(index), (1...31).contains(day), text.digitCount(index) <= 2, text.isPunct(index + 1, "."), text.attached(index + 1) {
            month = index + 3
            guard text.isWord(index + 2, "i"), let value = text.numberValue(month), (1...12).contains(value), text.digitCount(month) <= 2,
                  text.isPunct(month + 1, "."), text.attached(month + 1) else { return nil }
            return month
        }
        guard text.isWord(index), let day = Self.ordinals[text.lower(index)], text.lower(index) != "andre", text.isWord(index + 1, "i"),
              text.isWord(month), let value = Self.ordinals[text.lower(month)], (1...12).contains(value), day <= 31,
              // Norwegian ordinals end in "e" ("tredje", "tolvte"); English ones never do.
              text.lower(month).hasSuffix("e") else { return nil }
        let next = month + 1
        if next >= text.count || text.tokens[next].kind == .punct { return month }
        // "tolvte i tredje førtitre": a two-digit year said after it.
        if text.isWord(next), let year = NumberWords.values[text.lower(next)], year < 100 { return next }
        if text.isWord(next, "i"), text.isWord(next + 1), ["år", "fjor"].contains(text.lower(next + 1)) { return month }
        // "det var tjuende i tolvte jeg husker det": the next clause's subject in unpunctuated speech.
        return text.isWord(next) && (text.has(next, .functionWord) || AddressRecognizer.clauseSubjects.contains(text.lower(next))) && !text.isWord(next, "i") ? month : nil
    }

    /// A year said by its last two digits in words after a month or a holiday, as people say recent years: "october
    /// twenty one", "mars tjuetre", "romjula tjueto". The number must close the phrase (punctuation, a function word or a
    /// clause's subject next), since "october twenty people" and "april tjuefem av dem" count something.
    static func shortSpokenYear(_ text: TextView, at first: Int) -> Int? {
        guard text.isWord(first) else { return nil }
        var last = first
        let word = text.lower(first)
        if word == "twenty", text.isWord(first + 1), !text.attached(first + 1), let unit = units[text.lower(first + 1)] {
            guard unit > 0 else { return nil }
            last = first + 1
        } else if let value = NumberWords.values[word], (21...29).contains(value), word.hasPrefix("tjue") || word.hasPrefix("twenty-") {
            last = first
        } else {
            return nil
        }
        let next = last + 1
        if next >= text.count || text.tokens[next].kind == .punct { return last }
        guard text.isWord(next), !["av", "of", "prosent", "percent", "per", "times", "ganger", "gonger"].contains(text.lower(next)) else { return nil }
        return text.has(next, .functionWord) || AddressRecognizer.clauseSubjects.contains(text.lower(next)) || ["the", "when", "where", "da", "då", "so", "was", "var", "va"].contains(text.lower(next)) ? last : nil
    }

    /// "i fjor", "i år", "last year", "this year" after a holiday (a comma between allowed).
    static func relativeYearAfter(_ text: TextView, _ index: Int) -> Bool {
        let next = text.isPunct(index + 1, ",") ? index + 2 : index + 1
        guard text.isWord(next), text.isWord(next + 1) else { return false }
        let pair = text.lower(next) + " " + text.lower(next + 1)
        return ["i fjor", "i år", "last year", "this year", "i fjol"].contains(pair)
    }

    /// A year said in Norwegian words: "to tusen og tjueen", "tjue tjueto", "tjue tjue to", "nitten åttifem", and the
    /// same written as one word, as speech-to-text often does ("tjuetjueto", "nittenåttifem").
    static func norwegianSpelledYear(_ text: TextView, at first: Int) -> Int? {
        guard text.isWord(first) else { return nil }
        let word = text.lower(first)
        for century in ["tjue", "nitten"] where word.count > century.count + 3 && word.hasPrefix(century) {
            if let value = NumberWords.values[String(word.dropFirst(century.count))], (10...99).contains(value) { return first }
        }
        guard text.isWord(first + 1) else { return nil }
        let second = text.lower(first + 1)
        if word == "to", second == "tusen" {
            let next = text.isWord(first + 2, "og") ? first + 3 : first + 2
            guard text.isWord(next), let value = NumberWords.values[text.lower(next)], value < 100 else { return first + 1 }
            return next
        }
        guard word == "tjue" || word == "nitten", let value = NumberWords.values[second], (10...99).contains(value) else { return nil }
        // "tjue tjue to": the ten and the unit as words of their own.
        if value % 10 == 0, text.isWord(first + 2), let unit = NumberWords.values[text.lower(first + 2)], unit < 10, !text.attached(first + 2) { return first + 2 }
        // "tjue tjue stykker" is a count, not a year: a year is not followed by a noun it counts.
        if value % 10 == 0, text.isWord(first + 2), !text.has(first + 2, .functionWord), !text.has(first + 2, .month) {
            return nil
        }
        return first + 1
    }
}
