/// Numbers said in words, as speech and speech-to-text write ages: "eighty-seven", "ninety two" is two words and not
/// read here, "åttiåtte", "nittito", "åtteogåtti", Swedish "åttiofem", Danish "otteogfirs", "halvfems"; and decades of life ("mid-nineties", "late eighties", "åttiåra",
/// "nittiårene"). Built once; the lexicon flags every spelling found here (`spelledNumber`), so a text without one
/// costs nothing.
enum NumberWords {
    /// Spelled numbers from 1 to 120 by their lower-case spelling.
    static let values: [String: Int] = {
        var values: [String: Int] = [:]
        let englishUnits = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        let englishTeens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let englishTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (offset, word) in englishUnits.enumerated() { values[word] = offset + 1 }
        for (offset, word) in englishTeens.enumerated() { values[word] = offset + 10 }
        for (offset, ten) in englishTens.enumerated() {
            values[ten] = (offset + 2) * 10
            for (unit, word) in englishUnits.enumerated() { values["\(ten)-\(word)"] = (offset + 2) * 10 + unit + 1 }
            // "seventy-something": an age given to the decade.
            values["\(ten)-something"] = (offset + 2) * 10
        }
        values["hundred"] = 100
        // Bokmål and nynorsk: "åttiåtte" (tens, then units, one word), the older "åtteogåtti", "tjue"/"tyve".
        let norwegianUnits: [(String, Int)] = [("en", 1), ("ein", 1), ("ett", 1), ("eitt", 1), ("to", 2), ("tre", 3), ("fire", 4), ("fem", 5), ("seks", 6),
                                               ("sju", 7), ("syv", 7), ("åtte", 8), ("ni", 9), ("én", 1)]
        let norwegianTeens = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
        let norwegianTens: [(String, Int)] = [("tjue", 20), ("tyve", 20), ("tretti", 30), ("tredve", 30), ("førti", 40), ("femti", 50), ("seksti", 60),
                                              ("sytti", 70), ("åtti", 80), ("nitti", 90)]
        for (offset, word) in norwegianTeens.enumerated() { values[word] = offset + 10 }
        for (ten, tens) in norwegianTens {
            values[ten] = tens
            for (unit, units) in norwegianUnits {
                values[ten + unit] = tens + units
                values[unit + "og" + ten] = tens + units
                // "sytti-ni", "nitti-to": how some transcribers split the word.
                values[ten + "-" + unit] = tens + units
            }
        }
        values["hundre"] = 100
        values["hundra"] = 100
        // "hundreogto", "hundreogeitt": a hundred and more, written as one word.
        for (unit, units) in norwegianUnits { values["hundreog" + unit] = 100 + units }
        // Swedish, as Swedish care workers in Norway say ages: "åttiofem" (tens, then units), teens "tretton" … "nitton".
        let swedishUnits: [(String, Int)] = [("en", 1), ("ett", 1), ("två", 2), ("tre", 3), ("fyra", 4), ("fem", 5), ("sex", 6), ("sju", 7), ("åtta", 8), ("nio", 9)]
        let swedishTens: [(String, Int)] = [("tjugo", 20), ("trettio", 30), ("fyrtio", 40), ("femtio", 50), ("sextio", 60), ("sjuttio", 70), ("åttio", 80), ("nittio", 90)]
        for (word, value) in [("tretton", 13), ("fjorton", 14), ("sexton", 16), ("sjutton", 17), ("arton", 18), ("nitton", 19)] { values[word] = value }
        for (ten, tens) in swedishTens {
            values[ten] = tens
            for (unit, units) in swedishUnits { values[ten + unit] = tens + units }
        }
        // Danish: units before the tens and the tens counted in twenties ("otteogfirs" 88, "halvfems" 90, "tooghalvfjerds" 72).
        let danishUnits: [(String, Int)] = [("en", 1), ("et", 1), ("to", 2), ("tre", 3), ("fire", 4), ("fem", 5), ("seks", 6), ("syv", 7), ("otte", 8), ("ni", 9)]
        let danishTens: [(String, Int)] = [("tyve", 20), ("tredive", 30), ("fyrre", 40), ("halvtreds", 50), ("tres", 60), ("halvfjerds", 70), ("firs", 80), ("halvfems", 90)]
        for (ten, tens) in danishTens {
            values[ten] = tens
            for (unit, units) in danishUnits { values[unit + "og" + ten] = tens + units }
        }
        // Units alone are ordinary words in both languages ("one of", "to", "ni"): only numbers of two digits count.
        // "thousand" marks a year said in words ("two thousand and nine"); no age reads it.
        return values.filter { $0.value >= 10 }.merging(["thousand": 1000]) { first, _ in first }
    }()

    /// Decades of life by spelling: "nineties" and "mid-nineties" (English: with "early", "mid", "late" glued by a
    /// hyphen), "åttiåra", "åttiårene" (bokmål and nynorsk). The decade's first year is the value.
    static let decades: [String: Int] = {
        var decades: [String: Int] = [:]
        let english: [(String, Int)] = [("twenties", 20), ("thirties", 30), ("forties", 40), ("fifties", 50), ("sixties", 60), ("seventies", 70),
                                        ("eighties", 80), ("nineties", 90)]
        for (word, value) in english {
            decades[word] = value
            for modifier in ["early", "mid", "late"] { decades["\(modifier)-\(word)"] = value }
        }
        let norwegian: [(String, Int)] = [("tjue", 20), ("tyve", 20), ("tretti", 30), ("førti", 40), ("femti", 50), ("seksti", 60), ("sytti", 70),
                                          ("åtti", 80), ("nitti", 90)]
        for (stem, value) in norwegian {
            // "åran", "årå": how Trøndersk and other dialects say it.
            for ending in ["åra", "årene", "åras", "årenes", "åran", "årå"] { decades[stem + ending] = value }
        }
        return decades
    }()

    /// A spelled number's value, or a decade's (for the lexicon's flag).
    static func isSpelled(_ lower: String) -> Bool { values[lower] != nil || decades[lower] != nil }

    /// The digits said one by one, as phone numbers and room numbers are dictated ("nine seven four", "null sju");
    /// ordinary words too ("one", "to", "ni"), so only a run of them, or a cue, makes them a number.
    static let digits: [String: Int] = {
        var digits: [String: Int] = ["zero": 0, "null": 0]
        for (offset, word) in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].enumerated() { digits[word] = offset + 1 }
        for (word, value) in [("en", 1), ("ein", 1), ("ett", 1), ("eitt", 1), ("én", 1), ("to", 2), ("tre", 3), ("fire", 4), ("fem", 5), ("seks", 6),
                              ("sju", 7), ("syv", 7), ("åtte", 8), ("ni", 9)] { digits[word] = value }
        // Swedish "två" ("hundra och två"); the other Swedish units are Norwegian ones or words ("sex").
        digits["två"] = 2
        return digits
    }()

    /// How many digits a word of digit words joined by hyphens says ("null-seks-null-tre" 4, "nine-nine" 2,
    /// "nittito-femten" 4), and in how many parts; nil for one number said with a hyphen ("sixty-three", "nitti-to"),
    /// which `values` reads as one number.
    static func hyphenatedDigitCount(_ lower: String) -> (digits: Int, parts: Int)? {
        guard lower.contains("-"), values[lower] == nil else { return nil }
        let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        var count = 0
        for part in parts {
            if digits[String(part)] != nil {
                count += 1
            } else if let value = values[String(part)], (10...99).contains(value), !part.hasSuffix("something") {
                count += 2
            } else {
                return nil
            }
        }
        return (count, parts.count)
    }

    /// A year said in one word, the century then the rest: "nittentretti" 1930, "nittentjueni" 1929, "attenåttini"
    /// 1889, "nittenhundreogto" 1902 (bokmål and nynorsk write them so); nil for anything else.
    static func spokenYear(_ lower: String) -> Int? {
        for (century, hundreds) in [("nitten", 1900), ("atten", 1800)] where lower.hasPrefix(century) && lower.count > century.count + 1 {
            let rest = String(lower.dropFirst(century.count))
            if let value = values[rest], (10...99).contains(value), !rest.contains("-") { return hundreds + value }
            if rest.hasPrefix("hundreog"), let unit = digits[String(rest.dropFirst("hundreog".count))], unit > 0 { return hundreds + unit }
        }
        return nil
    }

    /// "hundred", "hundre": the word of a compound number ("two hundred and twelve", "hundre og én").
    static let hundreds: Set<String> = ["hundred", "hundre", "hundra"]
}
