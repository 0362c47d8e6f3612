/// Counts words the way transcript word counts are usually reported.
public enum WordCounter {
    /// The number of words in `text`: maximal runs of letters and digits, where an apostrophe or hyphen between
    /// two such characters does not end the word ("don't", "e-mail", "24/7" counts as two).
    public static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var joinerPending = false
        for scalar in text.unicodeScalars {
            if isWordCharacter(scalar) {
                if !inWord { words += 1 }
                inWord = true
                joinerPending = false
            } else if inWord, !joinerPending, isJoiner(scalar) {
                joinerPending = true
            } else {
                if joinerPending { joinerPending = false }
                inWord = false
            }
        }
        return words
    }

    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    @inline(__always)
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-"
    }
}
