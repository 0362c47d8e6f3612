import Foundation

/// Dates: numeric (03.08.2022, 3/8/22, 2022-08-03), written out in English or Norwegian ("3 August 2022", "the 9th of
/// July", "July 9th, 2023", "3. august 2022"), and a month with a year ("August 2022"). A month on its own ("In May we
/// plan ahead") is not a date.
struct DateRecognizer: Recognizer {
    var type: IdentifierType { .date }
    static let triggering = ["It was «3 August 2022».", "on «the 22nd of november», then", "from «04.03.2021» on", "«2023-04-27» was",
                             "«July 9th, 2023» we", "i «3. august 2022»", "since «August 2022»", "on «14 february»",
                             "[nb] vi hadde møte «6/5-23» om alarmen", "[nb] det skjedde «14.3.22» på natta", "[nb] Det var «den 3. mai» hun falt.",
                             "[nb] notatet fra «12/11-2021» sier", "She was born in «1931» up north.", "[nb] Hun er født i «1931».", "[nb] han er født «1928» og var snekker",
                             "[nn] ho er fødd i «1930»"]
    static let nonTriggering = ["In May we plan ahead.", "We have 24/7 coverage.", "about 10 to 15 minutes", "for 14 years", "version 2.1",
                                "[nb] vi fikk 3/4 av pengene", "[nb] klokka var 14.30 da hun ringte", "[nb] turnusen går 2/3-deler", "[nb] huset er bygd i 1931",
                                "The building is from 1931.", "She was born in 1985.", "[nb] han er født i en liten bygd",
                                "[nb] Det var den 3. gangen"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers || text.mayHave(.month) else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            if let last = numeric(text, index) ?? written(text, index) ?? birthYear(text, index) {
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

    /// The latest birth year that identifies: a person born then is over 89 (HIPAA's rule: ages over 89 and the
    /// years of birth that give them away identify). Read from the clock once, so the rule keeps up with time.
    static let latestIdentifyingBirthYear: Int = Calendar(identifier: .gregorian).component(.year, from: Date()) - 90

    /// "born in 1931", "født i 1931", "født 1931", "fødd i 1931": a year of birth that makes someone over 89.
    private func birthYear(_ text: TextView, _ index: Int) -> Int? {
        guard let year = text.numberValue(index), text.digitCount(index) == 4, (1850...Self.latestIdentifyingBirthYear).contains(year),
              !text.attached(index + 1) || !(text.isNumber(index + 1) || text.isWord(index + 1)) else { return nil }
        var previous = index - 1
        if text.isWord(previous, "in") || text.isWord(previous, "i") { previous -= 1 }
        guard text.isWord(previous), ["born", "født", "fødd"].contains(text.lower(previous)) else { return nil }
        return index
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
            if let year = yearAfter(text, last) { return year }
        }
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
