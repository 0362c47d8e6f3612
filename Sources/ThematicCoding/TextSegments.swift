import ThematicCore

/// A word in a turn, located by Unicode-scalar offsets into the turn's spoken text.
public struct WordToken: Hashable, Sendable {
    /// The word as written.
    public var text: String
    /// Offset of its first scalar.
    public var start: Int
    /// Offset after its last scalar.
    public var end: Int
}

/// A stretch of a turn that codes are assigned to.
public struct TextSpan: Hashable, Sendable {
    /// Start offset in Unicode scalars.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int
}

/// Splits spoken text into words and sentences, keeping Unicode-scalar offsets (the unit codings use).
public enum TextSegmenter {
    /// Words: letters and digits, with a single apostrophe or hyphen between two of them kept inside the word
    /// ("don't", "e-resept"), the same rule `Descriptives` counts words by.
    public static func words(in text: String) -> [WordToken] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [WordToken] = []
            TextScanner.scan(bytes, sentences: false, word: { word in
                tokens.append(WordToken(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[word.byteStart..<word.byteEnd]), as: UTF8.self),
                                        start: word.start, end: word.end))
            }, sentence: { _ in })
            return tokens
        }
    }

    /// Sentences: text up to a full stop, question or exclamation mark (or an ellipsis), with any closing quotes
    /// and brackets, that is followed by white space, skipping common abbreviations and single initials; each span
    /// is trimmed of white space.
    public static func sentences(in text: String) -> [TextSpan] {
        var text = text
        return text.withUTF8 { bytes in
            var spans: [TextSpan] = []
            TextScanner.scan(bytes, sentences: true, word: { _ in }, sentence: { spans.append(TextSpan(start: $0.start, end: $0.end)) })
            return spans
        }
    }

    /// The number of words and of sentences, from one pass that creates no strings (the least work any reader of
    /// the text does; the autocoding benchmark's baseline).
    public static func counts(in text: String) -> (words: Int, sentences: Int) {
        var text = text
        return text.withUTF8 { bytes in
            var words = 0
            var sentences = 0
            TextScanner.scan(bytes, sentences: true, word: { _ in words += 1 }, sentence: { _ in sentences += 1 })
            return (words, sentences)
        }
    }

    /// The units of a turn's text: one span for the whole turn, or one per sentence.
    public static func units(of text: String, unit: SegmentUnit) -> [TextSpan] {
        switch unit {
        case .sentence:
            return sentences(in: text)
        case .turn:
            let count = text.unicodeScalars.count
            return count == 0 ? [] : [TextSpan(start: 0, end: count)]
        }
    }

    /// The text between two scalar offsets.
    public static func slice(_ text: String, _ span: TextSpan) -> String {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: span.start)
        let upper = scalars.index(lower, offsetBy: span.end - span.start)
        return String(scalars[lower..<upper])
    }
}
