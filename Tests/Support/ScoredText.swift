import Foundation

/// The text matching of the anonymization scorer, on Unicode scalars as Python's `str` and `re` match (Swift's
/// `String` compares grapheme clusters, which would let a combining mark hide or reveal a match the scorer counts).
enum ScoredText {
    /// Every start index of `needle` in `haystack` (overlapping occurrences included, as a regex search tries each).
    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty ? Array(0...haystack.count) : [] }
        return (0...(haystack.count - needle.count)).filter { start in
            haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// `needle in haystack`.
    static func contains(_ needle: String, in haystack: String) -> Bool {
        !occurrences(of: Array(needle.unicodeScalars), in: Array(haystack.unicodeScalars)).isEmpty
    }

    /// `re.search(r'(?<![\d])' + re.escape(number) + r'(?![\d])', haystack)`: the text with no digit either side.
    static func containsNumber(_ number: String, in haystack: String) -> Bool {
        let needle = Array(number.unicodeScalars), text = Array(haystack.unicodeScalars)
        return occurrences(of: needle, in: text).contains { start in
            let end = start + needle.count
            return (start == 0 || !isDigit(text[start - 1])) && (end == text.count || !isDigit(text[end]))
        }
    }

    /// `re.search(r'\b' + re.escape(word) + r'\b', haystack)` for a word made of word characters only.
    static func containsWord(_ word: String, in haystack: String) -> Bool {
        let needle = Array(word.unicodeScalars), text = Array(haystack.unicodeScalars)
        return occurrences(of: needle, in: text).contains { start in
            let end = start + needle.count
            return (start == 0 || !isWordCharacter(text[start - 1])) && (end == text.count || !isWordCharacter(text[end]))
        }
    }

    /// `re.findall(r'\w+', text)`.
    static func words(_ text: String) -> [String] { runs(in: text, of: isWordCharacter, minimum: 1) }

    /// `re.findall(r'[A-Za-zÆØÅæøå]{4,}', text)`: the scorer's ordinary words.
    static func letterRuns(_ text: String) -> [String] { runs(in: text, of: isScoredLetter, minimum: 4) }

    /// `text.replace(old, new)`: every non-overlapping occurrence, left to right.
    static func replacingAll(_ old: String, with new: String, in text: String) -> String {
        let needle = Array(old.unicodeScalars), scalars = Array(text.unicodeScalars)
        guard !needle.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + needle.count <= scalars.count, scalars[index..<(index + needle.count)].elementsEqual(needle) {
                result.append(contentsOf: new.unicodeScalars)
                index += needle.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Maximal runs of scalars that satisfy `belongs`, at least `minimum` long (greedy `findall` of `[…]{minimum,}`).
    static func runs(in text: String, of belongs: (Unicode.Scalar) -> Bool, minimum: Int) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= minimum { result.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if belongs(scalar) { current.append(scalar) } else { flush() }
        }
        flush()
        return result
    }

    /// Python's `\d` on `str`: a decimal digit of any script.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }

    /// Python's `\w` on `str`: `isalnum()` (letters, and anything with a numeric value) or the underscore.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar == "_" || scalar.properties.numericType != nil
        }
    }

    static func isScoredLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "Æ", "Ø", "Å", "æ", "ø", "å": return true
        default: return false
        }
    }
}
