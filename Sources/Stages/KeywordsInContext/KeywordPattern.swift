import ThematicCore

/// A word as it appears in a turn.
struct Token: Equatable {
    /// The word as written.
    var text: String
    /// The word folded for comparison.
    var folded: String
    /// What stood between this word and the one before it, as a concordance line shows it: its punctuation kept, each
    /// run of spaces one space ("" after nothing, " " after spaces alone). A window joined with plain spaces would
    /// turn "Dikema, as we …" or a sentence end into "Dikema as", a mention the text never had (issue 28).
    var gapBefore: String = ""
    /// The tokens of the bracketed group this word is part of ("[person 3]", "[a municipality in Trøndelag]"), so a
    /// window takes a placeholder whole or not at all: a cut one reads "[place 4" or "3] said".
    var bracketGroup: Range<Int>?
}

/// Splits text into words the way `Descriptives` counts them: letters and digits, with an apostrophe or hyphen
/// between two of them kept inside the word; each word remembers the punctuation before it.
enum Tokenizer {
    static func words(in text: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var pendingJoiner: Unicode.Scalar?
        var gap = String.UnicodeScalarView()
        var openBracket: Int?
        func flush() {
            if let joiner = pendingJoiner { gap.append(joiner) }
            pendingJoiner = nil
            guard !current.isEmpty else { return }
            let word = String(current)
            tokens.append(Token(text: word, folded: word.lowercased(), gapBefore: tokens.isEmpty ? "" : shown(gap)))
            current = String.UnicodeScalarView()
            gap = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.isWordCharacter {
                if let joiner = pendingJoiner { current.append(joiner); pendingJoiner = nil }
                current.append(scalar)
            } else if !current.isEmpty, pendingJoiner == nil, scalar == "'" || scalar == "\u{2019}" || scalar == "-" {
                pendingJoiner = scalar
            } else {
                flush()
                gap.append(scalar)
                if scalar == "[" { openBracket = tokens.count }
                if scalar == "]", let open = openBracket {
                    closeBracketGroup(open..<tokens.count)
                    openBracket = nil
                }
            }
        }
        flush()
        return tokens

        func closeBracketGroup(_ group: Range<Int>) {
            // A placeholder is a few words; a long bracketed aside is text like any other.
            guard !group.isEmpty, group.count <= longestBracketGroup else { return }
            for index in group { tokens[index].bracketGroup = group }
        }
    }

    static let longestBracketGroup = 8

    /// A gap as a concordance line shows it: each run of white space one space, a gap of spaces alone one space.
    private static func shown(_ gap: String.UnicodeScalarView) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in gap {
            if scalar.properties.isWhitespace { space = true; continue }
            if space { out.append(" ") }
            space = false
            out.append(scalar)
        }
        if space || out.isEmpty { out.append(" ") }
        return String(out)
    }
}

/// A keyword or phrase, compiled for matching against tokens.
struct KeywordPattern {
    /// One word of the pattern.
    struct Word {
        var text: String
        var isPrefix: Bool
    }

    /// The keyword as the user wrote it.
    var source: String
    var words: [Word]
    var caseSensitive: Bool

    init(_ source: String, caseSensitive: Bool) throws {
        self.source = source
        self.caseSensitive = caseSensitive
        let parts = source.split(whereSeparator: \.isWhitespace).map(String.init)
        var words: [Word] = []
        for part in parts {
            let isPrefix = part.hasSuffix("*")
            let stem = isPrefix ? String(part.dropLast()) : part
            let tokens = Tokenizer.words(in: stem)
            guard tokens.count == 1, tokens[0].text == stem else {
                throw Diagnostic("stage 'keywords-in-context': keyword '\(quoting: source)' must be words, each optionally ending in *")
            }
            words.append(Word(text: caseSensitive ? stem : stem.lowercased(), isPrefix: isPrefix))
        }
        guard !words.isEmpty else { throw Diagnostic("stage 'keywords-in-context': empty keyword") }
        self.words = words
    }

    /// The token positions where the pattern starts.
    func matches(in tokens: [Token]) -> [Int] {
        guard tokens.count >= words.count else { return [] }
        var starts: [Int] = []
        for start in 0...(tokens.count - words.count) where words.indices.allSatisfy({ matches(words[$0], tokens[start + $0]) }) {
            starts.append(start)
        }
        return starts
    }

    private func matches(_ word: Word, _ token: Token) -> Bool {
        let text = caseSensitive ? token.text : token.folded
        return word.isPrefix ? text.hasPrefix(word.text) : text == word.text
    }
}
