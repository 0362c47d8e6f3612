/// Phone numbers dictated in words: eight digits (a Norwegian number) said one or two at a time — "nine seven four
/// two …", "nittifire, tjueåtte, null sju …" — after a phone cue in the same sentence ("call", "reach me on", "my
/// number is", "ringe", "nummeret", "direktenummeret"). Counts said in a row ("twenty, thirty, forty calls") stay: they
/// are short, or have no cue, or a unit follows. Eight digits said one word each ("ni fire to åtte …"), or after
/// "plus four seven", need no cue: only a phone number is read out that way, and counting aloud ("en to tre fire fem
/// seks sju åtte") goes up by one each word.
struct PhoneWordsRecognizer: Recognizer {
    var type: IdentifierType { .phone }
    static let triggering = ["you can reach me on «four one five two two nine zero three» any time",
                             "My work phone is «five eight three three one zero two seven», or ask",
                             "[nb] ring meg gjerne på «nittiåtte, femten, null fire, sekstito» etter klokka fire",
                             "[nb] vi har direktenummeret hans, «førtifem trettitre tolv åtti», som vi",
                             "[nn] du kan ringje meg på «sekstisju førtiein tjuefire nittiåtte» når som helst",
                             "or my mobile «plus four seven nine nine two one four eight three zero»", "my own number, everybody has it, «nine zero one double four seven six two»",
                             "[nb] han ringte på vakttelefonen «nittien tjuetre førti fem seksti sju» og jeg kjørte",
                             "she phoned me late that evening from the car park outside, on «four seven one one nine two six three»",
                             "[nb] og så har vi broren hans, han har «ni åtte fem null to to sju fire» om det haster",
                             "you can reach my private one, «4 7 1 9 0 2 6 3», after six", "[nb] ring resepsjonen «førtisju 20 31 88» hvis ingen svarer",
                             "he gave me his private mobile, «six-eight, three-one, zero-zero, five-two», and I wrote it down",
                             "[nb] nummeret er «ni-sju-fire-null-to-en-fem-fem», det er mobilen",
                             "his extension is «three three eight one», he answers at once", "[nb] ring internt «fire fem null to» så kommer de"]
    static let nonTriggering = ["she counted one, two, three, four, five, six, seven, eight and stopped",
                                "[nb] de ringte oss tjue, tretti, førti ganger den natta", "call me at nine or ten",
                                "[nb] nummeret hans har åtte siffer, ikke ni", "the number went from ninety to eighty-five",
                                "[nb] vi teller en to tre fire fem seks sju åtte og så starter vi", "count with me: one two three four five six seven eight",
                                "the steps are 1 2 3 4 5 6 7 8 in the manual", "[nb] vi hadde 12 14 18 og 22 brukere de årene", "the scores were 10 12 9 and 11 out of 20",
                                "it was fifty-fifty, two-two, we split it", "[nb] vi telte en-to-tre-fire og løftet", "the extension took four or five weeks",
                                "we had four four one seven patients? no, internal audits found two two four five errors"]

    func candidates(in text: TextView) -> [Candidate] {
        var found = text.hasNumbers ? numeralsSaidApart(text) : []
        guard text.mayHave([.digitWord, .spelledNumber, .hyphenatedDigits]) else { return found }
        var index = 0
        while index < text.count {
            guard text.hasAny(index, [.digitWord, .spelledNumber, .hyphenatedDigits]) else { index += 1; continue }
            let run = text.dictatedDigits(from: index)
            guard run.words >= 4 else { index = max(index + 1, run.last + 1); continue }
            // "plus four seven …": the country code before the eight digits.
            let plus = text.isWord(index - 1) && ["plus", "pluss"].contains(text.lower(index - 1)) ? index - 1 : nil
            let digitByDigit = run.words == run.digits && !DictatedCodeRecognizer.isCounting(text, from: index, to: run.last)
            if run.digits == 8 || run.digits == 10 && plus != nil, !hasUnitAfter(text, run.last), digitByDigit || hasCue(text, before: plus ?? index) {
                found.append(Candidate(first: plus ?? index, last: run.last, type: .phone, reason: "a phone number said in words"))
            }
            if run.digits == 4, run.words == 4, !hasUnitAfter(text, run.last), extensionCue(text, before: index),
               !DictatedCodeRecognizer.isCounting(text, from: index, to: run.last) {
                found.append(Candidate(first: index, last: run.last, type: .phone, reason: "an extension said in words", propagates: false))
            }
            index = run.last + 1
        }
        return found
    }

    /// "extension is", "internal", "internnummeret er", "ring internt": what names an extension, at most three words
    /// before its digits, in the same clause.
    private func extensionCue(_ text: TextView, before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 3, text.isWord(position) {
            let word = text.lower(position)
            if word.hasPrefix("extension") || word == "ext" || word.hasPrefix("intern") || word.hasPrefix("direktenummer") || word.hasPrefix("lokalnummer") {
                return true
            }
            guard Self.extensionBridges.contains(word) else { return false }
            position -= 1
        }
        return false
    }

    private static let extensionBridges: Set<String> = ["is", "was", "number", "no", "er", "var", "nummer", "nummeret", "på", "on"]

    /// "my private is 9 3 8 4 0 2 1 7", "ring kontoret sekstitre 85 19 20": eight digits written apart, one or two to a
    /// numeral (the first pair perhaps said in a word), as a transcriber types a number read out. Four groups at least,
    /// and no count going up by one.
    private func numeralsSaidApart(_ text: TextView) -> [Candidate] {
        var found: [Candidate] = []
        let tokens = text.tokens
        var index = 0
        while index < text.count {
            // Only numerals and spelled numbers start a run (a guard, not &&: each && closure copies the view in debug builds).
            guard tokens[index].kind == .number || text.has(index, .spelledNumber) else {
                index += 1
                continue
            }
            var first = index
            var digits = 0
            if text.isWord(index), text.has(index, .spelledNumber), let value = NumberWords.values[text.lower(index)], (10...99).contains(value), text.isNumber(index + 1) {
                digits = 2
            } else if !text.isNumber(index) || text.attached(index) && (text.isNumber(index - 1) || text.isPunct(index - 1, "+")) {
                index += 1
                continue
            }
            var last = digits > 0 ? index : index - 1
            var groups = digits > 0 ? 1 : 0
            while text.isNumber(last + 1), text.digitCount(last + 1) <= 2, !text.attached(last + 1) || last < first {
                last += 1
                digits += text.digitCount(last)
                groups += 1
            }
            if digits == 8, groups >= 4, !text.attached(last + 1) || !text.isNumber(last + 1) && !text.isWord(last + 1), !hasUnitAfter(text, last),
               !isCountingNumerals(text, from: first, to: last) {
                if first == index, text.isWord(first - 1), ["plus", "pluss"].contains(text.lower(first - 1)) { first -= 1 }
                found.append(Candidate(first: first, last: last, type: .phone, reason: "a phone number written apart"))
            }
            index = max(index + 1, last + 1)
        }
        return found
    }

    /// "1 2 3 4 5 6 7 8": numerals each one more than the one before.
    private func isCountingNumerals(_ text: TextView, from first: Int, to last: Int) -> Bool {
        let values = (first...last).compactMap { text.numberValue($0) }
        guard values.count >= 3 else { return false }
        let steps = Set(zip(values, values.dropFirst()).map { $1 - $0 })
        return steps.count == 1 && steps.first! > 0
    }

    private func hasUnitAfter(_ text: TextView, _ last: Int) -> Bool {
        text.isWord(last + 1) && text.cues.ageUnitsAfter.contains(text.lower(last + 1))
    }

    /// A phone cue, or a word ending in "nummer"/"nummeret"/"number", within ten words before, in the same sentence.
    private func hasCue(_ text: TextView, before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 10 {
            if text.isPunct(position, ".") || text.isPunct(position, "?") || text.isPunct(position, "!") { return false }
            if text.isWord(position) {
                let word = text.lower(position)
                if text.cues.phoneCuesBefore.contains(word) || word.hasSuffix("nummer") || word.hasSuffix("nummeret") || word.hasSuffix("number")
                    || word.hasPrefix("ring") || word.hasSuffix("telefon") || word.hasSuffix("telefonen") || word.hasSuffix("phone") { return true }
            }
            position -= 1
        }
        return false
    }
}
