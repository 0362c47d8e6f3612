import ThematicCore

/// Counts words the way transcript word counts are usually reported.
public enum WordCounter {
    /// The number of words in `text`: maximal runs of letters and digits, where an apostrophe or hyphen between
    /// two such characters does not end the word ("don't", "e-mail", "24/7" counts as two).
    public static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var joinerPending = false
        for scalar in text.unicodeScalars {
            if scalar.isWordCharacter {
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
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-"
    }
}
