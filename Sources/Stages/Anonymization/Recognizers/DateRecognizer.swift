import Foundation

/// Dates: numeric (03.08.2022, 3/8/22, 2022-08-03), written out in English or Norwegian ("3 August 2022", "the 9th of
/// July", "July 9th, 2023", "3. august 2022"), and a month with a year ("August 2022"). A month on its own ("In May we
/// plan ahead") is not a date.
struct DateRecognizer: Recognizer {
    var type: IdentifierType { .date }
    static let triggering = ["It was «3 August 2022».", "on «the 22nd of november», then", "from «04.03.2021» on", "«2023-04-27» was",
                             "«July 9th, 2023» we", "i «3. august 2022»", "since «August 2022»", "on «14 february»",
                             "[nb] vi hadde møte «6/5-23» om alarmen", "[nb] det skjedde «14.3.22» på natta", "[nb] Det var «den 3. mai» hun falt.",
                             "[nb] notatet fra «12/11-2021» sier", "She was born in «1931» up north.", "[nb] Hun er født i «1931».", "[nb] han er født «1928» og var snekker", "[nb] mor er født i -«29», så", "[nb] han ble født på Askøy, i «1941», og", "born in '«34» in the north",
                             "[nn] ho er fødd i «1930»", "[nb] mora er født i «nittentjueåtte» og bor alene", "[sv] hon föll natten till «den 7:e mars» och", "[sv] från «1:a juni» jobbar jag natt", "[nn] han er fødd i «nittentretti nei nittentrettiein» trur eg", "he is eighty-six now, born in «1937», and", "She was born in «1985».",
                             "I came to Norway in «2014».", "[nb] pappa døde i «2011» så", "I've been leader here since «2017».", "[nb] Æ har vært her sia «2012».",
                             "she called us on «the third of may» because", "[nb] hun falt igjen «fjortende februar» i år", "from «the first of January»",
                             "[nb] en bil ble stjålet «andre juledag 2022», fra", "[nn] i «påska 2021» fekk vi", "[nb] han falt «julaften 2022».",
                             "since «september twenty twenty two» before that", "i came to norway in «two thousand and nine»",
                             "it was «the fifth of june twenty twenty three» she"] + spokenTriggering + phraseTriggering
    static let nonTriggering = ["In May we plan ahead.", "We have 24/7 coverage.", "about 10 to 15 minutes", "for 14 years", "version 2.1",
                                "[nb] vi fikk 3/4 av pengene", "[nb] klokka var 14.30 da hun ringte", "[nb] turnusen går 2/3-deler", "[nb] huset er bygd i 1931",
                                "The building is from 1931.", "[nb] han er født i en liten bygd",
                                "[nb] Det var den 3. gangen", "In 2014 the law changed.", "[nb] reformen ble vedtatt i 2014", "the second of the two",
                                "[nb] på julaften var det stille", "[nb] han løp nittentretti meter", "[nb] i nittentretti var det krise", "the first of many", "since 2000 kroner was the price"] + spokenNonTriggering + phraseNonTriggering

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers || text.mayHave([.month, .spelledNumber, .dayOrdinal, .spokenYear]) else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            if let last = numeric(text, index) ?? written(text, index) ?? ordinalDate(text, index) ?? holiday(text, index) ?? birthYear(text, index)
                ?? lifeEventYear(text, index) ?? bareDayOfMonth(text, index) ?? dayAfterThe(text, index) ?? dayInMonthByNumber(text, index) ?? datePhrase(text, index) {
                var first = index
                if text.isWord(index - 1, "the") || text.isWord(index - 1, "den"), text.isNumber(index), last > index { first = index - 1 }
                found.append(Candidate(first: first, last: last, type: .date))
                index = last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// "born in 1931", "født i 1931", "født 1931", "fødd i 1931": a year of birth. Any year: with the rest of an
    /// interview (a village, a job) a birth year singles a person out, and archives ask for it to go.
    private func birthYear(_ text: TextView, _ index: Int) -> Int? {
        if text.has(index, .spokenYear) { return spokenBirthYear(text, index) }
        guard let year = text.numberValue(index), !text.attached(index + 1) || !(text.isNumber(index + 1) || text.isWord(index + 1)) else { return nil }
        var previous = index - 1
        // "født i -27", "born in '31": the century left out, as people say their parents' years.
        if text.digitCount(index) == 2, text.attached(index), text.isPunct(previous, "-") || text.isPunct(previous, "'") || text.isPunct(previous, "\u{2019}") {
            previous -= 1
        } else {
            guard text.digitCount(index) == 4, (1850...2100).contains(year) else { return nil }
        }
        if text.isWord(previous, "in") || text.isWord(previous, "i") { previous -= 1 }
        if text.isWord(previous), ["born", "født", "fødd"].contains(text.lower(previous)) { return index }
        // "født på Hvalstad, i 1939", "born in Bergen in 1939": where, then the year.
        guard text.isWord(index - 1, "i") || text.isWord(index - 1, "in") else { return nil }
        var position = index - 2
        if text.isPunct(position, ",") { position -= 1 }
        guard text.isWord(position), text.isWord(position - 1) && text.has(position - 1, .placePreposition),
              text.isWord(position - 2), ["born", "født", "fødd"].contains(text.lower(position - 2)) else { return nil }
        return index
    }

    /// "født i nittentjueni", "fødd i attenåttini": a birth year said in one word; and the year said again to correct it
    /// ("nittentjueni nei nittentretti").
    private func spokenBirthYear(_ text: TextView, _ index: Int) -> Int? {
        var previous = index - 1
        if text.isWord(previous, "i") || text.isWord(previous, "in") { previous -= 1 }
        guard text.isWord(previous), ["born", "født", "fødd"].contains(text.lower(previous)) else { return nil }
        if text.isWord(index + 1), ["nei", "eller", "altså"].contains(text.lower(index + 1)), text.has(index + 2, .spokenYear) { return index + 2 }
        return index
    }

    /// Verbs of a life's events: the year they happened in is part of someone's story ("I came to Norway in 2014",
    /// "pappa døde i 2011"); a year on its own ("In 2014 the law changed") is not.
    static let lifeEvents: Set<String> = ["came", "come", "moved", "died", "passed", "arrived", "started", "began", "retired", "married", "graduated",
                                          "joined", "fled", "grew", "kom", "flyttet", "flytta", "døde", "døydde", "begynte", "byrja", "starta", "startet",
                                          "gifta", "giftet", "pensjonerte", "flykta", "flyktet", "kjem", "kommer"]
    static let sinceWords: Set<String> = ["since", "siden", "sidan", "sia", "sida"]

    /// "since 2017", "siden 2007", "sia 2012" (how long someone has been somewhere), and "came … in 2014", "døde i 2011":
    /// a year of someone's history. "in 2014" needs a life event earlier in the sentence.
    private func lifeEventYear(_ text: TextView, _ index: Int) -> Int? {
        guard let year = text.numberValue(index), text.digitCount(index) == 4, (1900...2100).contains(year), text.isWord(index - 1),
              !(text.attached(index + 1) && (text.isNumber(index + 1) || text.isWord(index + 1))),
              !(text.isWord(index + 1) && (text.cues.ageUnitsAfter.contains(text.lower(index + 1)) || ["kroner", "kr", "nok", "euro", "dollars"].contains(text.lower(index + 1)))) else { return nil }
        let before = text.lower(index - 1)
        if Self.sinceWords.contains(before) { return index }
        guard ["in", "i"].contains(before) else { return nil }
        var position = index - 2
        while position >= 0, index - position <= 10, !text.isPunct(position, "."), !text.isPunct(position, "?"), !text.isPunct(position, "!") {
            if text.isWord(position), Self.lifeEvents.contains(text.lower(position)) { return index }
            position -= 1
        }
        return nil
    }

    /// Ordinal days in words, English and Norwegian.
    static let ordinals: [String: Int] = {
        var days: [String: Int] = [:]
        let english = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
        for (offset, word) in english.enumerated() { days[word] = offset + 1 }
        for (offset, word) in english.prefix(9).enumerated() { days["twenty-" + word] = 21 + offset }
        days["thirtieth"] = 30
        days["thirty-first"] = 31
        let norwegian = ["første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende", "tiende", "ellevte", "tolvte",
                         "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende", "tjuende"]
        for (offset, word) in norwegian.enumerated() { days[word] = offset + 1 }
        days["syvende"] = 7
        days["fyrste"] = 1
        for (offset, word) in ["første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende"].enumerated() { days["tjue" + word] = 21 + offset }
        days["trettiende"] = 30
        days["trettiførste"] = 31
        return days
    }()

    /// "the third of May", "first of January", "fjortende februar", "tredje januar 2023": a day in words and a month.
    private func ordinalDate(_ text: TextView, _ index: Int) -> Int? {
        guard text.isWord(index), Self.ordinals[text.lower(index)] != nil else { return nil }
        var position = index + 1
        if text.isWord(position, "of") { position += 1 }
        guard text.has(position, .month), !isMonthAbbreviationClash(text, position) else { return nil }
        return spelledYear(text, after: position) ?? yearAfter(text, position) ?? position
    }

    /// Holidays that fall on a date, with a year: "julaften 2022", "andre juledag 2022", "påska 2021", "Easter 2020".
    static let holidays: Set<String> = ["nyttårsaftan", "skjærtorsdag", "skjærtorsdagen", "langfredag", "langfredagen", "palmesøndag", "julaftan", "juleaftan",
                                        "påskeaften", "pinseaften", "julafton", "nyårsafton", "midsommarafton", "boxing", "thanksgiving", "halloween", "julaften", "juledag", "juledagen", "påskedag", "påskedagen", "påske", "påska", "pinse", "pinsa", "pinsedag",
                                        "nyttårsaften", "nyttårsdag", "nyårsaftan", "sankthans", "sankthansaften", "christmas", "easter", "whitsun",
                                        "romjul", "romjula", "romjulen", "jula", "julen"]

    private func holiday(_ text: TextView, _ index: Int) -> Int? {
        var position = index
        var numbered = false
        if text.isWord(index), Self.ordinals[text.lower(index)] != nil, text.isWord(index + 1), Self.holidays.contains(text.lower(index + 1)) {
            position = index + 1
            numbered = true
        }
        // "2. juledag", "1. påskedag": the day of a holiday written with a digit.
        if let day = text.numberValue(index), (1...3).contains(day), text.digitCount(index) == 1, text.isPunct(index + 1, "."), text.attached(index + 1),
           text.isWord(index + 2), Self.holidays.contains(text.lower(index + 2)) {
            position = index + 2
            numbered = true
        }
        guard text.isWord(position), Self.holidays.contains(text.lower(position)) else { return nil }
        // "Boxing Day 2022", "Christmas Eve 2021", "Easter Sunday 2023": the holiday's noun or day before the year.
        if text.isWord(position + 1), ["day", "eve"].contains(text.lower(position + 1)) || Self.weekdays.contains(text.lower(position + 1)) { position += 1 }
        if let year = yearAfter(text, position) ?? spelledYear(text, at: position + 1) ?? Self.norwegianSpelledYear(text, at: position + 1)
            ?? Self.shortSpokenYear(text, at: position + 1) { return year }
        // "2. juledag, i fjor", "second Christmas Day last year": a numbered holiday day with the year said relative to
        // now is one day too; the relative words stay.
        return numbered && Self.relativeYearAfter(text, position) ? position : nil
    }

    /// A year said in words after a month or day: "twenty twenty two", "two thousand and nine", "nineteen ninety".
    private func spelledYear(_ text: TextView, after index: Int) -> Int? {
        spelledYear(text, at: index + 1)
    }

    func spelledYear(_ text: TextView, at first: Int) -> Int? {
        guard text.isWord(first) else { return nil }
        let word = text.lower(first)
        if word == "two", text.isWord(first + 1, "thousand") {
            var last = first + 1
            let next = text.isWord(last + 1, "and") ? last + 2 : last + 1
            guard text.isWord(next), let value = NumberWords.values[text.lower(next)] ?? Self.units[text.lower(next)], value < 100 else { return last }
            last = next
            // "two thousand and twenty two": a ten, then its unit as a word of its own.
            if value % 10 == 0, value >= 20, text.isWord(last + 1), let unit = Self.units[text.lower(last + 1)], unit < 10 { last += 1 }
            return last
        }
        guard word == "twenty" || word == "nineteen", text.isWord(first + 1), let tens = NumberWords.values[text.lower(first + 1)] ?? Self.units[text.lower(first + 1)],
              tens >= 10 || text.lower(first + 1) == "oh" else { return nil }
        var last = first + 1
        if tens % 10 == 0, text.isWord(last + 1), let unit = Self.units[text.lower(last + 1)], unit < 10 { last += 1 }
        return last
    }

    static let units: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9]

    /// "in two thousand and nine", "since twenty twenty two", "i came in nineteen ninety": a spelled year after a
    /// preposition of time, read with the life-event rule of digits.
    private func spelledYearAfterPreposition(_ text: TextView, _ index: Int) -> Int? {
        guard text.isWord(index - 1), Self.sinceWords.contains(text.lower(index - 1)) || ["in", "i"].contains(text.lower(index - 1)) else { return nil }
        return spelledYear(text, at: index)
    }

    /// dd.mm.yyyy, dd/mm/yy, yyyy-mm-dd, and the Norwegian handwritten dd/mm-yy ("6/5-23").
    private func numeric(_ text: TextView, _ index: Int) -> Int? {
        guard text.isNumber(index), !(text.attached(index) && (text.isNumber(index - 1) || text.isPunct(index - 1, "/") || text.isPunct(index - 1, "."))) else { return nil }
        if text.isPunct(index + 1, "/"), text.attached(index + 1), text.isNumber(index + 2), text.attached(index + 2),
           text.isPunct(index + 3, "-"), text.attached(index + 3), text.isNumber(index + 4), text.attached(index + 4),
           let day = text.numberValue(index), let month = text.numberValue(index + 2), text.digitCount(index) <= 2, text.digitCount(index + 2) <= 2,
           [2, 4].contains(text.digitCount(index + 4)), (1...31).contains(day), (1...12).contains(month),
           !(text.attached(index + 5) && (text.isNumber(index + 5) || text.isPunct(index + 5, "-") || text.isPunct(index + 5, "/"))) {
            return index + 4
        }
        let separators: [Unicode.Scalar] = [".", "/", "-"]
        for separator in separators {
            guard text.isPunct(index + 1, separator), text.attached(index + 1), text.isNumber(index + 2), text.attached(index + 2),
                  text.isPunct(index + 3, separator), text.attached(index + 3), text.isNumber(index + 4), text.attached(index + 4),
                  let a = text.numberValue(index), let b = text.numberValue(index + 2), let c = text.numberValue(index + 4) else { continue }
            let (da, db, dc) = (text.digitCount(index), text.digitCount(index + 2), text.digitCount(index + 4))
            if da == 4, db <= 2, dc <= 2, (1...12).contains(b), (1...31).contains(c) { return index + 4 }
            if da <= 2, db <= 2, dc == 4 || dc == 2, (1...31).contains(a), (1...12).contains(b) || (1...12).contains(a) { return index + 4 }
        }
        return nil
    }

    /// Written dates; returns the last token.
    private func written(_ text: TextView, _ index: Int) -> Int? {
        var position = index
        if text.isWord(index, "the"), text.isNumber(index + 1) { return nil } // handled from the number, which adds "the"
        if let day = text.numberValue(position), text.digitCount(position) <= 2, (1...31).contains(day) {
            // 22nd / 3. / 14
            position += 1
            if text.isWord(position), text.attached(position), ["st", "nd", "rd", "th"].contains(text.lower(position)) { position += 1 }
            if text.isPunct(position, "."), text.attached(position) { position += 1 }
            // "den 3:e februari", "1:a maj": Swedish writes the ordinal with a colon.
            if text.isPunct(position, ":"), text.attached(position), text.isWord(position + 1), text.attached(position + 1),
               ["e", "a"].contains(text.lower(position + 1)) { position += 2 }
            if text.isWord(position, "of") { position += 1 }
            guard text.has(position, .month), !isMonthAbbreviationClash(text, position) else { return nil }
            var last = position
            if let year = yearAfter(text, last) { last = year }
            return last
        }
        if text.has(position, .month), !isMonthAbbreviationClash(text, position) {
            var last = position
            if let day = text.numberValue(position + 1), text.digitCount(position + 1) <= 2, (1...31).contains(day) {
                last = position + 1
                if text.isWord(last + 1), text.attached(last + 1), ["st", "nd", "rd", "th"].contains(text.lower(last + 1)) { last += 1 }
                if let year = yearAfter(text, last) { last = year }
                return last
            }
            if let year = yearAfter(text, last) ?? spelledYear(text, after: last) ?? Self.norwegianSpelledYear(text, at: last + 1) { return year }
            if !(text.isWord(position, "may") || text.isWord(position, "march")) || text.isCapitalized(position),
               let year = Self.shortSpokenYear(text, at: last + 1) { return year }
        }
        if let last = spelledYearAfterPreposition(text, index) { return last }
        return nil
    }

    private func yearAfter(_ text: TextView, _ index: Int) -> Int? {
        var next = index + 1
        if text.isPunct(next, ",") { next += 1 }
        guard let year = text.numberValue(next), text.digitCount(next) == 4, (1900...2100).contains(year) else { return nil }
        return next
    }

    /// "may", "mar", "jan" … written in lower case are more often words ("it may", "jan" as a name) than months, so
    /// they count as months only next to a day or year; the callers ask for that, except for capitalised forms.
    private func isMonthAbbreviationClash(_ text: TextView, _ index: Int) -> Bool {
        ["mar", "jan", "jun", "jul", "sep", "oct", "nov", "dec", "feb", "apr", "aug"].contains(text.lower(index)) && !text.isPunct(index + 1, ".")
    }
}
