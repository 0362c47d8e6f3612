/// Numbers that identify, read out in speech: a case number said with its slash ("23 slash 04481", "twenty two slash
/// eleven forty", "tjuetre skråstrek null fem fem to en"); a long run of digits said in words, which only an identity
/// or account number is ("to tre null ni tre åtte null sju sju seks seks": eleven digits); a shorter run after the
/// document it belongs to, even read in parts ("personnummeret … null fire null seks tjueni"); a plate said letter by
/// letter and digit by digit after a vehicle ("bilen el fire null to en en"). Counting aloud ("one, two, three, four,
/// five, six") and amounts with a unit stay.
struct DictatedCodeRecognizer: Recognizer {
    var type: IdentifierType { .other }
    static let triggering = ["it has the case number «23 slash 04481» and it is still open", "a case with a number «twenty two slash eleven forty» or so",
                             "[nb] med saksnummer «tjuetre skråstrek null fem fem to en» og den er ikke ferdig",
                             "[nb] det var «to tre null ni tre åtte null sju sju seks seks» og den andre hadde et annet",
                             "[nb] han ga meg personnummeret hennes, sånn — «null fire null seks tjueni» — og så",
                             "[nb] jeg kjørte ut med bilen «el fire null to en en» og da var klokka ni",
                             "[nb] og jeg kjørte med «e v tre fire null null ni» det er den elbilen",
                             "[nb] det står i loggen på brukernummeret hans «fem null tre to sju» i går", "I gave them her personal number, «one one zero four four» and the rest",
                             "[nb] han leste det opp, «fire-null-to-sju-sju» og så resten", "he said it out loud, «two-zero-nine-one-one-four», in the waiting room",
                             "they changed the code on the key box and now it's «three one eight six» but nobody told us",
                             "[nb] koden til nøkkelboksen er «null fire fem to», ikke si det til noen", "[nb] saka fikk «tjuetre strek null null fire en» i arkivet",
                             "[nb] avviket har «to tusen tjueto strek null tre en sju»", "there's a van outside, «kt three nine nine zero one», that's the car we use",
                             "[nb] koden på døra er «7-3-0-5», ikke glem den", "she read her number to me, «3 0 8 1 9», and I wrote it", "[nn] pinkoden hans er «9 9 2 1»"]
    static let nonTriggering = ["she counted one, two, three, four, five, six, seven, eight, nine, ten and stopped",
                                "[nb] vi hadde ti tjue tretti besøk i uka", "half and half, fifty fifty",
                                "[nb] de har to tre fire fem brukere hver", "the rota was two on one off",
                                "[nb] det er én av tre, og so er det to",
                                "it is 24 slash 7 now", "[nb] vi telte en-to-tre-fire-fem og løftet", "it was fifty-fifty, we agreed", "we are there twenty four slash seven", "it's fifty slash fifty",
                                "the code was changed two or three times", "[nb] koden er den samme for alle fire fem brukere", "[nb] vi satte en strek over to av dem",
                                "we counted one two three four and lifted her, the code says so", "[nb] det var tre strek fire",
                                "we counted 1 2 3 4 5 and lifted", "the score was 3-1 and then 2-2", "[nb] vi var 4 5 stykker der", "grades 1 2 3 4 in the scale"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave([.digitWord, .spelledNumber, .hyphenatedDigits]) || text.hasNumbers else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            // "slash" and "skråstrek" start with an s; every other token skips that test.
            let slash = text.isWord(index) && (text.bytes[Int(text.tokens[index].start)] | 0x20) == 0x73 ? caseNumber(text, index) : nil
            if let candidate = slash ?? spokenRun(text, index) ?? numeralRun(text, index) {
                found.append(candidate)
                index = candidate.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// "23 slash 04481": a number, "slash"/"skråstrek", a number (digits or words on both sides).
    private func caseNumber(_ text: TextView, _ index: Int) -> Candidate? {
        guard text.isWord(index, "slash") || text.isWord(index, "skråstrek") || text.isWord(index, "strek"), let first = numberBefore(text, index),
              let last = numberAfter(text, index + 1),
              // "24 slash 7", "fifty slash fifty" are sayings; a case number has five digits or more.
              digitsSaid(text, from: first) + digitsSaid(text, from: index + 1) >= 5 else { return nil }
        return Candidate(first: first, last: last, type: .other, reason: "a case number read out with its slash", propagates: false)
    }

    /// Digits the number from `start` says: numerals counted as written, words as `dictatedDigits` counts them
    /// ("twenty four" two, "null fem fem" three).
    private func digitsSaid(_ text: TextView, from start: Int) -> Int {
        guard text.isNumber(start) else { return text.dictatedDigits(from: start).digits }
        var digits = 0
        var position = start
        while text.isNumber(position) {
            digits += text.digitCount(position)
            position += 1
        }
        return digits
    }

    private func numberBefore(_ text: TextView, _ index: Int) -> Int? {
        var first: Int?
        var position = index - 1
        while position >= 0, index - position <= 4, text.isNumber(position) || isNumberWord(text, position) {
            first = position
            position -= 1
        }
        return first
    }

    private func numberAfter(_ text: TextView, _ index: Int) -> Int? {
        var last: Int?
        var position = index
        while position < text.count, position - index <= 7, text.isNumber(position) || isNumberWord(text, position) {
            last = position
            position += 1
        }
        return last
    }

    private func isNumberWord(_ text: TextView, _ index: Int) -> Bool {
        text.isWord(index) && (text.has(index, .digitWord) || text.has(index, .spelledNumber) && NumberWords.values[text.lower(index)] != nil)
    }

    /// A run of digits said in words: eleven or more anywhere; five or more after a document named in the sentence;
    /// after a vehicle, two letters and five digits.
    private func spokenRun(_ text: TextView, _ index: Int) -> Candidate? {
        guard text.isWord(index), text.hasAny(index, [.digitWord, .spelledNumber, .hyphenatedDigits]),
              // A run of three words at least: the next word is a number word too (or a comma before one), or this one
              // joins several by hyphens.
              text.has(index, .hyphenatedDigits) || text.hasAny(index + 1, [.digitWord, .spelledNumber, .hyphenatedDigits]) || text.isPunct(index + 1, ",") else { return nil }
        let run = text.dictatedDigits(from: index)
        guard run.words >= 3, !Self.isCounting(text, from: index, to: run.last), !hasUnitAfter(text, run.last) else { return nil }
        // "null-seks-null-tre-fem-ni": five digits or more joined by hyphens are a number read out in one breath;
        // nothing else is written that way ("en-to-tre-fire-fem" counts, and stays).
        if run.digits >= 5, (index...run.last).contains(where: { Self.isNumberInOneBreath(text, $0) }) {
            return Candidate(first: index, last: run.last, type: .other, reason: "a number read out with hyphens", propagates: false)
        }
        if run.digits >= 11 { return Candidate(first: index, last: run.last, type: .other, reason: "a long number read out digit by digit", propagates: false) }
        // "the code is four seven one nine now", "koden til nøkkelboksen er tre null null fem": a door or key-box code.
        if (4...8).contains(run.digits), codeBefore(text, index) {
            return Candidate(first: index, last: run.last, type: .other, reason: "a door or key-box code read out", propagates: false)
        }
        if run.digits >= 5, documentBefore(text, index) {
            return Candidate(first: index, last: run.last, type: .other, reason: "a number read out after its document", propagates: false)
        }
        // "el fire null to en en", "e v tre fire null null ni": a plate's letters before its five digits, the vehicle
        // named before or just after ("we have ek four four one two zero, that's our car").
        if run.digits == 5, let letters = plateLetters(text, before: index), vehicleBefore(text, letters) || vehicleAfter(text, run.last) {
            return Candidate(first: letters, last: run.last, type: .other, reason: "a plate read out letter by letter", propagates: false)
        }
        return nil
    }

    /// Digits read out one by one and written as numerals, with spaces or hyphens between ("4 7 6 2 2", "3-0-9-1"):
    /// nothing but a number read out is written so. Five digits or more anywhere, four after a code or document word;
    /// counting up ("1 2 3 4 5") stays.
    private func numeralRun(_ text: TextView, _ index: Int) -> Candidate? {
        guard text.isNumber(index), text.digitCount(index) == 1, !(text.isNumber(index - 1) || text.isPunct(index - 1, "-") && text.attached(index)) else { return nil }
        var last = index
        var values = [text.numberValue(index) ?? 0]
        while true {
            if text.isNumber(last + 1), !text.attached(last + 1), text.digitCount(last + 1) == 1 {
                last += 1
            } else if text.isPunct(last + 1, "-"), text.attached(last + 1), text.isNumber(last + 2), text.attached(last + 2), text.digitCount(last + 2) == 1 {
                last += 2
            } else {
                break
            }
            values.append(text.numberValue(last) ?? 0)
        }
        // A longer number attached after the run ("4 7 6-22") is some other notation.
        guard values.count >= 4, !(text.attached(last + 1) && (text.isNumber(last + 1) || text.isWord(last + 1))),
              Set(zip(values, values.dropFirst()).map { $1 - $0 }) != [1], !hasUnitAfter(text, last) else { return nil }
        guard values.count >= 5 || codeBefore(text, index) || documentBefore(text, index) else { return nil }
        return Candidate(first: index, last: last, type: .other, reason: "a number read out digit by digit", propagates: false)
    }

    /// A word of four digit words or more joined by hyphens that does not count up ("null-seks-null-tre").
    private static func isNumberInOneBreath(_ text: TextView, _ index: Int) -> Bool {
        guard text.has(index, .hyphenatedDigits), let said = NumberWords.hyphenatedDigitCount(text.lower(index)), said.parts >= 4 else { return false }
        let values = text.lower(index).split(separator: "-").compactMap { NumberWords.digits[String($0)] }
        return values.count < said.parts || Set(zip(values, values.dropFirst()).map { $1 - $0 }) != [1]
    }

    /// "one, two, three, four": each digit one more than the one before.
    static func isCounting(_ text: TextView, from first: Int, to last: Int) -> Bool {
        let values = (first...last).compactMap { text.isWord($0) ? NumberWords.digits[text.lower($0)] ?? NumberWords.values[text.lower($0)] : nil }
        guard values.count >= 3 else { return false }
        let steps = Set(zip(values, values.dropFirst()).map { $1 - $0 })
        return steps.count == 1 && steps.first! > 0
    }

    private func hasUnitAfter(_ text: TextView, _ last: Int) -> Bool {
        text.isWord(last + 1) && (text.cues.ageUnitsAfter.contains(text.lower(last + 1)) || text.cues.ageYears.contains(text.lower(last + 1)))
    }

    /// A document word or compound ("personnummeret", "brukernummer", "personal number", "case number") within twenty words
    /// before.
    private func documentBefore(_ text: TextView, _ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 20 {
            if text.isPunct(position, ".") || text.isPunct(position, "?") || text.isPunct(position, "!") { return false }
            if text.isWord(position) {
                let word = text.lower(position)
                if text.cues.documentCompounds.contains(word) || Self.identityNumbers.contains(word) { return true }
                if text.cues.numberWords.contains(word), text.isWord(position - 1), text.cues.documentWords.contains(text.lower(position - 1)) { return true }
            }
            position -= 1
        }
        return false
    }

    /// The letters of a plate right before its digits: one word of two letters ("el") or two single letters ("e v").
    private func plateLetters(_ text: TextView, before index: Int) -> Int? {
        let previous = index - 1
        guard text.isWord(previous) else { return nil }
        let word = text.lower(previous)
        if word.count == 2, word.allSatisfy(\.isLetter), !VehiclePlateRecognizer.notPlates.contains(word) { return previous }
        if word.count == 1, text.isWord(previous - 1), text.lower(previous - 1).count == 1 { return previous - 1 }
        return nil
    }

    private func vehicleAfter(_ text: TextView, _ last: Int) -> Bool {
        ((last + 1)..<min(text.count, last + 5)).contains { text.isWord($0) && VehiclePlateRecognizer.vehicleWords.contains(text.lower($0)) }
    }

    /// Words for a code that opens a door, a key box or a phone, earlier in the sentence (twelve tokens at most).
    static let codeWords: Set<String> = ["code", "codes", "kode", "koden", "kodene", "koda", "pin", "pinkode", "pinkoden", "dørkode", "dørkoden",
                                         "nøkkelboks", "nøkkelboksen", "nøkkelboksa", "keybox", "lockbox", "portkode", "portkoden"]

    private func codeBefore(_ text: TextView, _ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 12 {
            if text.isPunct(position, ".") || text.isPunct(position, "?") || text.isPunct(position, "!") { return false }
            if text.isWord(position), Self.codeWords.contains(text.lower(position)) { return true }
            position -= 1
        }
        return false
    }

    private func vehicleBefore(_ text: TextView, _ index: Int) -> Bool {
        (max(0, index - 6)..<index).contains { text.isWord($0) && (VehiclePlateRecognizer.vehicleWords.contains(text.lower($0)) || Self.driving.contains(text.lower($0))) }
    }

    static let identityNumbers: Set<String> = ["personnummer", "personnummeret", "fødselsnummer", "fødselsnummeret", "fødselsnummera", "personnumre",
                                               "kontonummer", "kontonummeret", "ssn", "id", "identity"]
    static let driving: Set<String> = ["kjørte", "kjører", "køyrde", "drove", "drive", "driving"]
}
