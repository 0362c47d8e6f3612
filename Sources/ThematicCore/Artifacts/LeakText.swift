import Foundation

/// The form the leak gate compares text in: escapes undone, then words of letters and digits, Unicode NFKC and
/// lower-cased, with soft hyphens and zero-width characters removed; runs of digit groups are also joined, so
/// `271160 10076`, `+47 912 34 567` and `12.03.1990` are caught as the numbers they spell.
///
/// Everything that is neither a letter, a digit nor a combining mark separates words, so typographic apostrophes,
/// every kind of space and every dash are unified by construction ("Nordmann’s" → `nordmann`, `s`).
public enum LeakText {
    /// One word of a text and the 1-based line it is on.
    public struct Word: Equatable {
        public var text: String
        public var line: Int
        /// Whether a single hyphen joins it to the word before ("UBS-ETF", "nordmann-familien").
        public var hyphenatedToPrevious = false
        /// Whether punctuation that ends a phrase (a comma, a question mark, a colon …) stands between it and the word
        /// before, while spaces, dashes, apostrophes, dots, underscores and slashes join words ("Åse_Nordmann",
        /// "Dr. Berg"). A name is not spread over two phrases unless the name itself has such punctuation
        /// ("Nordmann, Kari"; see `MentionMatcher`).
        public var brokenFromPrevious = false
    }

    /// A maximal run of digit groups joined across short separators (space, `-`, `.`, `/`, `(`, `)`, `+`).
    public struct DigitRun: Equatable {
        public var digits: String
        public var line: Int
    }

    /// The words and digit runs of `text` (lines counted in the original).
    public static func analyse(_ text: String) -> (words: [Word], digitRuns: [DigitRun]) {
        let index = WordIndex(text)
        let words = index.words.map { word in
            Word(text: String(decoding: index.bytes[Int(word.start)..<Int(word.end)], as: UTF8.self), line: Int(word.line),
                 hyphenatedToPrevious: word.hyphenated, brokenFromPrevious: word.broken)
        }
        return (words, index.digitRuns)
    }

    /// The normalised words of a text as ranges into one byte buffer: no string per word; ASCII and Latin-1 letters
    /// are lower-cased byte by byte, and only words with other characters go through NFKC.
    public struct WordIndex {
        public struct Entry {
            /// The normalised word: `bytes[start..<end]`.
            public var start: Int32
            public var end: Int32
            public var line: Int32
            /// Where the word stands in the text (UTF-8 offsets), invisible characters inside it included; -1 on a line
            /// whose escapes were undone (the leak gate's artifacts), where offsets would not point into the text.
            public var sourceStart: Int32
            public var sourceEnd: Int32
            /// A single hyphen, with no space, joins it to the word before.
            public var hyphenated: Bool
            /// Punctuation that ends a phrase stands between it and the word before.
            public var broken: Bool
            /// A single apostrophe, with no space, joins it to the word before ("Per's": the `s`).
            public var apostrophe: Bool
            /// Written with a capital and then a small letter ("Per", "Åse"; not "PER", not "per").
            public var capitalized: Bool
            /// Nothing before it in the text but the start, the end of a sentence, a quotation mark, markup or a field
            /// separator (a comma with no space after it): where capitals are no evidence of a name.
            public var sentenceStart: Bool
        }

        /// The words' normalised UTF-8, back to back.
        public private(set) var bytes: [UInt8] = []
        public private(set) var words: [Entry] = []
        public private(set) var digitRuns: [DigitRun] = []
        /// The last character before the current gap that was not white space (0: none yet), and whether white space
        /// came after it: what decides `sentenceStart`.
        private(set) var previous: UInt32 = 0
        private var spaceAfterPrevious = false

        /// The words of `text`; with `unescaping`, XML/HTML, JSON and percent escapes are undone first (the leak gate
        /// reads artifacts), without it the text is read as it is (a transcript's text node) and every word keeps
        /// its place in the text.
        public init(_ text: String, unescaping: Bool = true) {
            self.init(text, unescaping: unescaping, previous: 0, spaceAfterPrevious: false)
        }

        /// The words of lines that follow other lines of a text (the leak gate reads only some of a text's lines):
        /// `previous` is what the lines before left (`previous(after:)`), and a line break is white space. Lines count
        /// from 1 again.
        init(continuing text: String, previous: UInt32) {
            self.init(text, unescaping: true, previous: previous, spaceAfterPrevious: true)
        }

        /// The last character other than white space on `line` (read as the leak gate reads a line, escapes undone),
        /// 0x61 for a letter or digit, or nil when there is none: what decides whether the next line's first word
        /// starts a sentence.
        static func previous(after line: String) -> UInt32? {
            let none = UInt32.max
            let index = WordIndex(line, unescaping: true, previous: none, spaceAfterPrevious: false)
            return index.previous == none ? nil : index.previous
        }

        private init(_ text: String, unescaping: Bool, previous carriedPrevious: UInt32, spaceAfterPrevious carriedSpace: Bool) {
            previous = carriedPrevious
            spaceAfterPrevious = carriedSpace
            var text = text
            text.withUTF8 { utf8 in
                var lineStart = 0
                var line = 0
                while lineStart <= utf8.count {
                    line += 1
                    var lineEnd = lineStart
                    while lineEnd < utf8.count, utf8[lineEnd] != 0x0A { lineEnd += 1 }
                    let slice = UnsafeBufferPointer(rebasing: utf8[lineStart..<lineEnd])
                    if unescaping, LeakText.mayHaveEscapes(slice) {
                        var unescaped = LeakText.unescape(Substring(String(decoding: slice, as: UTF8.self)))
                        unescaped.withUTF8 { scan($0, line: line, sourceBase: nil) }
                    } else {
                        scan(slice, line: line, sourceBase: lineStart)
                    }
                    if lineEnd < utf8.count { spaceAfterPrevious = true }
                    lineStart = lineEnd + 1
                }
            }
        }

        /// Reads one line: words of letters, digits and marks (invisible characters skipped), and digit runs.
        private mutating func scan(_ line: UnsafeBufferPointer<UInt8>, line number: Int, sourceBase: Int?) {
            var index = 0
            var run: [UInt8] = []
            var gap = 0
            var gapIsJoiner = true
            var gapIsOneHyphen = false
            var gapIsApostrophe = false
            var gapIsLight = true
            var sawWord = false
            func endRun() {
                if !run.isEmpty { digitRuns.append(DigitRun(digits: String(decoding: run, as: UTF8.self), line: number)) }
                run.removeAll(keepingCapacity: true)
            }
            while index < line.count {
                let byte = line[index]
                let (scalar, length) = byte < 0x80 ? (Unicode.Scalar(byte), 1) : LeakText.decode(line, at: index)
                if byte >= 0x80, LeakText.isInvisible(scalar) { index += length; continue }
                if byte < 0x80 ? LeakText.isASCIIWordByte(byte) : LeakText.isWordScalar(scalar) {
                    // One word: bytes lower-cased as they come; a character other than ASCII and Latin-1 letters sends
                    // the whole word through NFKC at its end.
                    let start = bytes.count
                    let sourceStart = index
                    var sourceEnd = index
                    var allDigits = true
                    var needsNFKC = false
                    var firstUpper = false
                    var laterLower = false
                    var first = true
                    while index < line.count {
                        let character = line[index]
                        if character < 0x80 {
                            guard LeakText.isASCIIWordByte(character) else { break }
                            if character >= 0x41 && character <= 0x5A {
                                bytes.append(character | 0x20)
                                if first { firstUpper = true }
                            } else {
                                bytes.append(character)
                                if character >= 0x61, !first { laterLower = true }
                            }
                            if character > 0x39 { allDigits = false }
                            index += 1
                            sourceEnd = index
                            first = false
                            continue
                        }
                        let (next, nextLength) = LeakText.decode(line, at: index)
                        if LeakText.isInvisible(next) { index += nextLength; continue }
                        guard LeakText.isWordScalar(next) else { break }
                        let value = next.value
                        let properties = next.properties
                        if properties.numericType != .decimal { allDigits = false }
                        if first, properties.isUppercase { firstUpper = true }
                        if !first, properties.isLowercase { laterLower = true }
                        if value >= 0xC0, value <= 0xFF, value != 0xD7, value != 0xF7 {
                            let lowered = value <= 0xDE && value != 0xDF ? value + 0x20 : value
                            bytes.append(UInt8(0xC0 | (lowered >> 6)))
                            bytes.append(UInt8(0x80 | (lowered & 0x3F)))
                        } else {
                            needsNFKC = true
                            bytes.append(contentsOf: line[index..<(index + nextLength)])
                        }
                        index += nextLength
                        sourceEnd = index
                        first = false
                    }
                    if needsNFKC {
                        let word = String(decoding: bytes[start...], as: UTF8.self).precomposedStringWithCompatibilityMapping.lowercased()
                        bytes.removeSubrange(start...)
                        bytes.append(contentsOf: word.utf8)
                    }
                    let sentenceStart: Bool
                    switch previous {
                    case 0: sentenceStart = true
                    case 0x2C, 0x3B: sentenceStart = !spaceAfterPrevious
                    case 0x2D, 0x26, 0x2B, 0x27, 0x2019: sentenceStart = spaceAfterPrevious
                    // After a word `previous` is ASCII (most words): tested inline, not through the scalar's properties.
                    default: sentenceStart = previous < 0x80 ? !LeakText.isASCIIWordByte(UInt8(previous))
                        : !(Unicode.Scalar(previous).map(LeakText.isWordScalar) ?? false)
                    }
                    words.append(Entry(start: Int32(start), end: Int32(bytes.count), line: Int32(number),
                                       sourceStart: Int32(sourceBase.map { $0 + sourceStart } ?? -1),
                                       sourceEnd: Int32(sourceBase.map { $0 + sourceEnd } ?? -1),
                                       hyphenated: sawWord && gap == 1 && gapIsOneHyphen, broken: !gapIsLight,
                                       apostrophe: sawWord && gapIsApostrophe, capitalized: firstUpper && laterLower,
                                       sentenceStart: sentenceStart))
                    if allDigits {
                        if !run.isEmpty, !(gapIsJoiner && gap <= 3) { endRun() }
                        if bytes[start...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                            run.append(contentsOf: bytes[start...])
                        } else {
                            let word = String(decoding: bytes[start...], as: UTF8.self)
                            run.append(contentsOf: word.unicodeScalars.compactMap { $0.properties.numericValue.map { UInt8(0x30 + Int($0)) } })
                        }
                    } else {
                        endRun()
                    }
                    previous = 0x61
                    spaceAfterPrevious = false
                    sawWord = true
                    gap = 0
                    gapIsJoiner = true
                    gapIsOneHyphen = false
                    gapIsApostrophe = false
                    gapIsLight = true
                } else {
                    gap += 1
                    if !LeakText.isDigitJoiner(scalar) { gapIsJoiner = false }
                    gapIsOneHyphen = scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
                    gapIsApostrophe = gap == 1 && (scalar == "'" || scalar == "\u{2019}")
                    if !LeakText.isLight(scalar) { gapIsLight = false }
                    if byte == 0x20 || byte == 0x09 || byte == 0x0D || (byte >= 0x80 && scalar.properties.isWhitespace) {
                        spaceAfterPrevious = true
                    } else {
                        previous = scalar.value
                        spaceAfterPrevious = false
                    }
                    index += length
                }
            }
            endRun()
        }
    }

    /// Decodes the scalar at `index` of valid UTF-8 (the bytes came from a Swift String); the anonymizer's tokenizer
    /// decodes with it too.
    @inlinable @inline(__always) public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0xE0, index + 1 < bytes.count {
            return (Unicode.Scalar((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)) ?? "\u{FFFD}", 2)
        }
        if lead < 0xF0, index + 2 < bytes.count {
            return (Unicode.Scalar((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)) ?? "\u{FFFD}", 3)
        }
        if index + 3 < bytes.count {
            let value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    /// Separators that keep a name's words together (see `Word.brokenFromPrevious`).
    @inline(__always) static func isLightASCII(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x2D || byte == 0x2E || byte == 0x27 || byte == 0x5F || byte == 0x2F || byte == 0x22
            || byte == 0x40 || byte == 0x26
    }

    static func isLight(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLightASCII(UInt8(scalar.value)) }
        switch scalar.value {
        case 0x2010...0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2212: return true
        default: return scalar.properties.isWhitespace
        }
    }

    @inline(__always) static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether a line has anything that could start an escape.
    static func mayHaveEscapes(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in line where byte == 0x26 || byte == 0x25 || byte == 0x5C { return true }
        return false
    }

    /// The words of a protected string, normalised as artifacts are.
    public static func words(of identifier: String) -> [String] {
        analyse(identifier).words.map(\.text)
    }

    /// The digits of a protected string when it is essentially a number (six digits or more, nothing but digit
    /// groups and separators), else nil.
    public static func digits(of identifier: String) -> String? {
        let runs = analyse(identifier).digitRuns
        let letters = identifier.unicodeScalars.contains { $0.properties.isAlphabetic }
        guard !letters, runs.count == 1, runs[0].digits.count >= 6 else { return nil }
        return runs[0].digits
    }

    // MARK: - Escapes

    /// Undoes XML/HTML character references, JSON `\u` escapes and percent-encoding, repeatedly (an escaped escape
    /// such as `&amp;#229;` is undone too), at most three rounds.
    static func unescape(_ line: Substring) -> String {
        var text = String(line)
        for _ in 0..<3 {
            guard text.contains(where: { $0 == "&" || $0 == "\\" || $0 == "%" }) else { break }
            let next = unescapeOnce(text)
            if next == text { break }
            text = next
        }
        return text
    }

    private static func unescapeOnce(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var pendingBytes: [UInt8] = []
        func flushBytes() {
            guard !pendingBytes.isEmpty else { return }
            out.append(contentsOf: String(decoding: pendingBytes, as: UTF8.self).unicodeScalars)
            pendingBytes = []
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "%", index + 2 < scalars.count, let byte = hexByte(scalars[index + 1], scalars[index + 2]) {
                pendingBytes.append(byte)
                index += 3
                continue
            }
            flushBytes()
            if scalar == "&", let (decoded, length) = entity(scalars, at: index) {
                out.append(contentsOf: decoded.unicodeScalars)
                index += length
                continue
            }
            if scalar == "\\", index + 1 < scalars.count {
                let next = scalars[index + 1]
                if next == "u", index + 5 < scalars.count, let unit = hex(scalars[(index + 2)...(index + 5)]) {
                    var length = 6
                    var value = unit
                    if (0xD800..<0xDC00).contains(unit), index + 11 < scalars.count, scalars[index + 6] == "\\", scalars[index + 7] == "u",
                       let low = hex(scalars[(index + 8)...(index + 11)]), (0xDC00..<0xE000).contains(low) {
                        value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        length = 12
                    }
                    if let decoded = Unicode.Scalar(value) { out.append(decoded) }
                    index += length
                    continue
                }
                if "ntr/\"\\'".unicodeScalars.contains(next) {
                    out.append(next == "n" || next == "t" || next == "r" ? " " : next)
                    index += 2
                    continue
                }
            }
            out.append(scalar)
            index += 1
        }
        flushBytes()
        return String(out)
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x46: scalar.value - 0x41 + 10
        case 0x61...0x66: scalar.value - 0x61 + 10
        default: nil
        }
    }

    private static func hexByte(_ high: Unicode.Scalar, _ low: Unicode.Scalar) -> UInt8? {
        guard let high = hexDigit(high), let low = hexDigit(low) else { return nil }
        return UInt8(high * 16 + low)
    }

    private static func hex(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt32? {
        var value: UInt32 = 0
        for scalar in scalars {
            guard let digit = hexDigit(scalar) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    /// A character reference at `index` (`&#229;`, `&#xE5;`, `&aring;`), decoded, with its length.
    private static func entity(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        var end = index + 1
        while end < scalars.count, end - index <= 12, scalars[end] != ";" { end += 1 }
        guard end < scalars.count, scalars[end] == ";", end > index + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
        let length = end - index + 1
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            guard let value = UInt32(body.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), length)
        }
        if body.hasPrefix("#") {
            guard let value = UInt32(body.dropFirst()), let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), length)
        }
        guard let decoded = namedEntities[body] else { return nil }
        return (decoded, length)
    }

    /// The named references of XML and HTML that stand for characters of names and places in the languages
    /// Thematic's studies use (Latin-1 letters), plus the markup ones.
    static let namedEntities: [String: String] = {
        var table: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "shy": "\u{AD}",
                                       "ndash": "–", "mdash": "—", "rsquo": "’", "lsquo": "‘", "zwj": "\u{200D}", "zwnj": "\u{200C}"]
        let letters: [(String, UInt32)] = [
            ("Agrave", 0xC0), ("Aacute", 0xC1), ("Acirc", 0xC2), ("Atilde", 0xC3), ("Auml", 0xC4), ("Aring", 0xC5), ("AElig", 0xC6),
            ("Ccedil", 0xC7), ("Egrave", 0xC8), ("Eacute", 0xC9), ("Ecirc", 0xCA), ("Euml", 0xCB), ("Igrave", 0xCC), ("Iacute", 0xCD),
            ("Icirc", 0xCE), ("Iuml", 0xCF), ("ETH", 0xD0), ("Ntilde", 0xD1), ("Ograve", 0xD2), ("Oacute", 0xD3), ("Ocirc", 0xD4),
            ("Otilde", 0xD5), ("Ouml", 0xD6), ("Oslash", 0xD8), ("Ugrave", 0xD9), ("Uacute", 0xDA), ("Ucirc", 0xDB), ("Uuml", 0xDC),
            ("Yacute", 0xDD), ("THORN", 0xDE), ("szlig", 0xDF),
        ]
        for (name, value) in letters {
            table[name] = String(Character(Unicode.Scalar(value)!))
            if name != "szlig" {
                let lower = name.first!.lowercased() + name.dropFirst().lowercased()
                table[name == "AElig" ? "aelig" : name == "ETH" ? "eth" : name == "THORN" ? "thorn" : lower] = String(Character(Unicode.Scalar(value + 0x20)!))
            }
        }
        table["yuml"] = "ÿ"
        return table
    }()

    // MARK: - Words

    /// Characters removed before splitting: they hide inside words without changing how they read.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180E, 0x200B...0x200F, 0x202A...0x202E,
             0x2060...0x2064, 0x2066...0x206F, 0xFE00...0xFE0F, 0xFEFF: true
        default: false
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark || properties.generalCategory == .enclosingMark
    }

    static func isDigitJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "-", ".", "/", "(", ")", "+", "\u{A0}", "\u{202F}", "\u{2009}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": true
        default: false
        }
    }
}
