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
        var tokens: [WordToken] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        var pendingJoiner: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                if let joiner = pendingJoiner { current.append(joiner); pendingJoiner = nil }
                current.append(scalar)
            } else if !current.isEmpty, pendingJoiner == nil, scalar == "'" || scalar == "\u{2019}" || scalar == "-" {
                pendingJoiner = scalar
            } else {
                if !current.isEmpty {
                    let length = current.count
                    tokens.append(WordToken(text: String(current), start: start, end: start + length))
                    current = String.UnicodeScalarView()
                }
                pendingJoiner = nil
            }
            offset += 1
        }
        if !current.isEmpty { tokens.append(WordToken(text: String(current), start: start, end: start + current.count)) }
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Abbreviations whose full stop does not end a sentence (English and Norwegian, lower-cased, without the stop).
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "approx", "no", "nr", "ca", "bl.a", "f.eks",
        "dvs", "mv", "osv", "jf", "kl", "ref", "fig", "vol", "pp", "jr", "sr",
    ]

    /// Sentences: text up to a full stop, question or exclamation mark (or an ellipsis) that is followed by
    /// white space, skipping common abbreviations and single initials; each span is trimmed of white space.
    public static func sentences(in text: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        var spans: [TextSpan] = []
        var sentenceStart = 0
        var index = 0
        func close(at end: Int) {
            var lower = sentenceStart
            var upper = end
            while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            if lower < upper { spans.append(TextSpan(start: lower, end: upper)) }
            sentenceStart = end
        }
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "." || scalar == "?" || scalar == "!" || scalar == "\u{2026}" else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, ".?!\u{2026}\"'\u{201D}\u{2019})".unicodeScalars.contains(scalars[end]) { end += 1 }
            let followedBySpace = end == scalars.count || scalars[end].properties.isWhitespace
            if followedBySpace, !(scalar == "." && endsWithAbbreviation(scalars, before: index)) {
                close(at: end)
            }
            index = end
        }
        close(at: scalars.count)
        return spans
    }

    private static func endsWithAbbreviation(_ scalars: [Unicode.Scalar], before stop: Int) -> Bool {
        var lower = stop
        while lower > 0, isWordScalar(scalars[lower - 1]) || scalars[lower - 1] == "." { lower -= 1 }
        guard lower < stop else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[lower..<stop])
        let text = String(word).lowercased()
        if text.unicodeScalars.count == 1, text.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true { return true }
        return abbreviations.contains(text)
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
