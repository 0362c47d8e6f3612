/// Numbers said in words over several tokens, for the recognizers of dictated numbers (phones, rooms) and ages.
extension TextView {
    /// A whole number said in words from `index`: "fjorten", "ninety two", "two hundred and twelve", "a hundred and
    /// one" (from "hundred"), "hundre og én". Nil when `index` starts none, or only a digit under ten ("one of us").
    func spokenNumber(at index: Int) -> (last: Int, value: Int)? {
        guard isWord(index) else { return nil }
        let word = lower(index)
        var value: Int
        var last = index
        if let digit = NumberWords.digits[word], digit > 0, isWord(index + 1), NumberWords.hundreds.contains(lower(index + 1)) {
            value = digit * 100
            last = index + 1
        } else if let spelled = NumberWords.values[word], spelled < 1000, NumberWords.decades[word] == nil, !word.hasSuffix("something") {
            value = spelled
        } else {
            return nil
        }
        if value % 100 == 0 {
            // "hundred and twelve", "hundre og én", "hundred twelve".
            var next = last + 1
            if isWord(next, "and") || isWord(next, "og") || isWord(next, "och") { next += 1 }
            if isWord(next), let rest = NumberWords.values[lower(next)] ?? NumberWords.digits[lower(next)], rest < 100, rest > 0 {
                value += rest
                last = next
            }
        }
        // "ninety two": a ten, then a unit in a word of its own.
        if value % 10 == 0, value % 100 != 0, isWord(last + 1), !attached(last + 1), let unit = NumberWords.digits[lower(last + 1)], unit > 0,
           AgeRecognizer.englishUnits.contains(lower(last + 1)) {
            value += unit
            last += 1
        }
        return (last, value)
    }

    /// Digits dictated one or two at a time from `index` — "nine seven four two", "nittifire, tjueåtte, null sju",
    /// "null-seks-null-tre" — with commas between allowed: the run's last token, how many digits it says and in how many words.
    func dictatedDigits(from index: Int) -> (last: Int, digits: Int, words: Int) {
        var position = index
        var last = index - 1
        var digits = 0
        var words = 0
        while isWord(position) {
            let word = lower(position)
            if has(position, .digitWord) {
                digits += 1
            } else if has(position, .hyphenatedDigits), let said = NumberWords.hyphenatedDigitCount(word) {
                // "nine-nine, two-one": each part is a word said.
                digits += said.digits
                words += said.parts - 1
            } else if has(position, .spelledNumber), let value = NumberWords.values[word], (10...99).contains(value), !word.hasSuffix("something") {
                digits += 2
                // "førti fem", "forty five": a ten and its unit in two words are two digits.
                if value % 10 == 0, isWord(position + 1), !isPunct(position + 1, ","), let unit = NumberWords.digits[lower(position + 1)], unit > 0 {
                    words += 2
                    last = position + 1
                    position += isPunct(position + 2, ",") ? 3 : 2
                    continue
                }
            } else if words > 0, isWord(position, "double") || isWord(position, "dobbel") || isWord(position, "triple"), has(position + 1, .digitWord) {
                // "double four": the digit twice (thrice), in the next word.
                digits += isWord(position, "triple") ? 2 : 1
            } else if words > 0, isWord(position, "oh"), has(position + 1, .digitWord) {
                // "two oh six": English speech reads a zero as "oh" between digits.
                digits += 1
            } else {
                break
            }
            words += 1
            last = position
            position += isPunct(position + 1, ",") ? 2 : 1
        }
        return (last, digits, words)
    }
}
