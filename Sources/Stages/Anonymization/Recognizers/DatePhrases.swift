/// Dates as a phrase around a month, a holiday or a weekday rather than a day-number: a part of the month ("late in
/// March", "sist i mai", "i början av juni"), a numbered week or weekday in a month or holiday ("the second week of
/// May", "første helga i april", "the first Sunday of Advent"), a holiday or month with its year after a preposition
/// or said relative to another ("julaften i 2019", "at Easter in 2018", "mai same året", "March the year after").
/// The grammar is the anchor (month or holiday) with what fixes it in time on either side, in en/nb/nn/sv/da.
extension DateRecognizer {
    static let phraseTriggering = ["we started late in «March» and", "[nb] det var sist i «mai» vi fikk den", "[sv] hon flyttade i början av «juni» och",
                                   "[nn] dei kom midt i «april» ein gong", "[da] det var sidst i «august» vi mødtes", "it broke at the end of «January», so",
                                   "[nb] vi var der «første helga i april» og", "it was «the second week of May» when", "[nn] han ringde «siste veka i juli» og",
                                   "we light it on «the first Sunday of Advent» every year", "[sv] «andra veckan i oktober» var det lugnt",
                                   "[nb] han døde «julaften i 2019», og", "[nn] på «sankthansaftan i 2016» var det fint", "we met at «Easter in 2018» in the", "[nb] hun flyttet inn i mai og døde «juni samme året».",
                                   "they left in «March the year after», so", "[nn] «oktober året etter» fekk ho svar",
                                   "Monday the «twenty first», she rang", "[nb] det var «den 5». i neste måned", "i found him on tuesday the «twenty first» he was"]
    static let phraseNonTriggering = ["In May we plan ahead.", "[nb] i mai er det travelt", "the end of the month", "[nb] sist i køen var han",
                                      "the second week was hard", "[nb] første helga var fin", "[nb] julaften er stille", "[nb] i påska var det fint",
                                      "the same year we moved", "[nb] samme året kom hun", "in the middle of the night", "late in the day",
                                      "on the twenty first floor", "March is a busy month", "[nb] den 5. i rekka", "the first week"]

    /// The rules of this file, in the order they are tried.
    func datePhrase(_ text: TextView, _ index: Int) -> Int? {
        if let last = monthPart(text, index) { return last }
        if let last = countedPeriodInMonth(text, index) { return last }
        if let last = anchorWithYear(text, index) { return last }
        if let last = twoWordOrdinalDay(text, index) { return last }
        return dayInRelativeMonth(text, index)
    }

    static let monthParts: [[String]] = [
        ["late", "in"], ["early", "in"], ["the", "end", "of"], ["the", "beginning", "of"], ["the", "start", "of"], ["the", "middle", "of"],
        ["sist", "i"], ["først", "i"], ["midt", "i"], ["tidlig", "i"], ["seint", "i"], ["sent", "i"], ["slutten", "av"], ["starten", "av"],
        ["begynnelsen", "av"], ["midten", "av"], ["slutet", "av"], ["början", "av"], ["mitten", "av"], ["sidst", "i"], ["slutningen", "af"],
        ["starten", "af"], ["begyndelsen", "af"], ["midten", "af"], ["utgangen", "av"],
    ]
    static let periodsInMonth: Set<String> = ["week", "weekend", "uka", "uke", "uken", "veka", "veke", "helga", "helg", "helgen", "helgi",
                                              "vecka", "veckan", "ugen", "uge", "weekenden"]
    /// Words that count a week or weekday beside the day ordinals: "last", and Swedish and Danish ordinals.
    static let countingWords: Set<String> = ["last", "siste", "sista", "sidste", "första", "andra", "tredje", "fjärde", "anden", "tredie"]
    static let allWeekdays: Set<String> = weekdays.union(["mandag", "tirsdag", "tysdag", "onsdag", "torsdag", "fredag", "lørdag", "laurdag", "søndag", "sundag",
                                                         "måndag", "tisdag", "lördag", "söndag"])
    /// A year said relative to another after a month ("juni samme året", "March last year"). "i fjor" after a month is
    /// not taken (not tried: "i mai i fjor" may be talk around a date rather than one).
    static let relativeYears: [[String]] = [["the", "year", "after"], ["the", "year", "before"], ["that", "year"], ["the", "same", "year"],
                                            ["samme", "året"], ["samme", "år"], ["same", "året"], ["same", "år"], ["året", "etter"], ["året", "før"],
                                            ["samma", "år"], ["året", "efter"], ["last", "year"]]
    static let anchorPrepositions: Set<String> = ["of", "i", "in", "af"]

    private func isAnchor(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index) else { return false }
        if text.has(index, .month) { return !["may", "march", "mar", "jan", "jun", "jul", "sep", "oct", "nov", "dec", "feb", "apr", "aug"].contains(text.lower(index)) || text.isCapitalized(index) }
        let word = text.lower(index)
        // Nynorsk writes the eve "-aftan" where bokmål writes "-aften" ("sankthansaftan", "nyttårsaftan").
        let eve = word.hasSuffix("aftan") ? String(word.dropLast(5)) + "aften" : word
        return Self.holidays.contains(word) || Self.holidays.contains(eve) || ["advent", "jonsok"].contains(word)
    }

    private func phrase(_ text: TextView, at index: Int, _ words: [String]) -> Bool {
        for (offset, word) in words.enumerated() where !text.isWord(index + offset, equals: word) { return false }
        return true
    }

    /// "sist i mai", "late in March", "at the end of January": a part of a month fixes the month in time; the month
    /// (and a year after it) goes, the words for the part are ordinary words and stay.
    func monthPart(_ text: TextView, _ index: Int) -> Int? {
        guard text.isWord(index), text.has(index, .month), isAnchor(text, index) else { return nil }
        for part in Self.monthParts where phrase(text, at: index - part.count, part) { return yearAfterAnchor(text, index) ?? index }
        return nil
    }

    /// "første helga i april", "the second week of May", "the first Sunday of Advent": a counted week or weekday in a
    /// month or holiday.
    func countedPeriodInMonth(_ text: TextView, _ index: Int) -> Int? {
        let start = text.isWord(index, "the") ? index + 1 : index
        guard text.isWord(start), Self.ordinals[text.lower(start)] != nil || Self.countingWords.contains(text.lower(start)),
              text.isWord(start + 1), Self.periodsInMonth.contains(text.lower(start + 1)) || Self.allWeekdays.contains(text.lower(start + 1)),
              text.isWord(start + 2), Self.anchorPrepositions.contains(text.lower(start + 2)), isAnchor(text, start + 3) else { return nil }
        return yearAfterAnchor(text, start + 3) ?? start + 3
    }

    /// A month or holiday with its year after a preposition ("julaften i 2019", "Easter in 2018") or said relative to
    /// another ("juni samme året", "March the year after").
    func anchorWithYear(_ text: TextView, _ index: Int) -> Int? {
        guard isAnchor(text, index) else { return nil }
        if text.isWord(index + 1), ["i", "in"].contains(text.lower(index + 1)), let year = text.numberValue(index + 2), text.digitCount(index + 2) == 4,
           (1900...2100).contains(year) { return index + 2 }
        guard text.has(index, .month) else { return nil }
        for relative in Self.relativeYears where phrase(text, at: index + 1, relative) { return index + relative.count }
        return nil
    }

    private func yearAfterAnchor(_ text: TextView, _ anchor: Int) -> Int? {
        if let year = text.numberValue(anchor + 1), text.digitCount(anchor + 1) == 4, (1900...2100).contains(year) { return anchor + 1 }
        return nil
    }

    /// "the twenty first", said in two words after a weekday or month: the day, with no punctuation needed after.
    func twoWordOrdinalDay(_ text: TextView, _ index: Int) -> Int? {
        guard text.isWord(index - 1, "the"), text.isWord(index - 2), Self.allWeekdays.contains(text.lower(index - 2)) || text.has(index - 2, .month),
              text.isWord(index, "twenty") || text.isWord(index, "thirty"), text.isWord(index + 1),
              let unit = Self.ordinals[text.lower(index + 1)], unit <= 9, text.isWord(index, "twenty") || unit == 1 else { return nil }
        return index + 1
    }

    /// "den 5. i neste måned": a day of a month said relative to this one.
    func dayInRelativeMonth(_ text: TextView, _ index: Int) -> Int? {
        guard let day = text.numberValue(index), text.digitCount(index) <= 2, (1...31).contains(day), text.isWord(index - 1, "den"),
              text.isPunct(index + 1, "."), text.attached(index + 1), text.isWord(index + 2, "i"), text.isWord(index + 3),
              ["neste", "forrige", "førre", "denne"].contains(text.lower(index + 3)), text.isWord(index + 4),
              ["måned", "månad", "måneden", "månaden", "mnd"].contains(text.lower(index + 4)) else { return nil }
        return index
    }
}
