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
        /// Whether a single hyphen joins it to the word before ("UBS-ETF", "Paul-Nevermann-Platz"): such compounds are
        /// one word to the anonymizer's tokenizer, so a protected name inside one is not what was replaced.
        public var hyphenatedToPrevious = false
        /// Whether punctuation that ends a phrase (a comma, a question mark, a colon …) stands between it and the word
        /// before: a name is not spread over two phrases ("Strovolos, ??? Cyprus"), while spaces, dashes,
        /// apostrophes, dots, underscores and slashes join its words ("Åse_Nordmann", "Dr. Berg").
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

    /// The normalised words of a text as ranges into one byte buffer: no string per word, and lines of plain ASCII
    /// without escapes (nearly all of an English artifact) normalised byte by byte.
    public struct WordIndex {
        public struct Entry {
            public var start: Int32
            public var end: Int32
            public var line: Int32
            public var hyphenated: Bool
            public var broken: Bool
        }

        /// The words' normalised UTF-8, back to back.
        public private(set) var bytes: [UInt8] = []
        public private(set) var words: [Entry] = []
        public private(set) var digitRuns: [DigitRun] = []

        public init(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                var lineStart = 0
                var line = 0
                while lineStart <= utf8.count {
                    line += 1
                    var lineEnd = lineStart
                    while lineEnd < utf8.count, utf8[lineEnd] != 0x0A { lineEnd += 1 }
                    let slice = UnsafeBufferPointer(rebasing: utf8[lineStart..<lineEnd])
                    if LeakText.isPlain(slice) {
                        addPlain(slice, line: line)
                    } else {
                        var scalarWords: [Word] = []
                        LeakText.scan(LeakText.unescape(Substring(String(decoding: slice, as: UTF8.self))), line: line, words: &scalarWords, runs: &digitRuns)
                        for word in scalarWords {
                            let start = Int32(bytes.count)
                            bytes.append(contentsOf: word.text.utf8)
                            words.append(Entry(start: start, end: Int32(bytes.count), line: Int32(line), hyphenated: word.hyphenatedToPrevious,
                                               broken: word.brokenFromPrevious))
                        }
                    }
                    lineStart = lineEnd + 1
                }
            }
        }

        /// ASCII letters and digits are the words; everything else separates. Digit runs as in `scan`.
        private mutating func addPlain(_ line: UnsafeBufferPointer<UInt8>, line number: Int) {
            var index = 0
            var run: [UInt8] = []
            var gap = 0
            var gapIsJoiner = true
            var gapIsOneHyphen = false
            var gapIsLight = true
            var sawWord = false
            func endRun() {
                if !run.isEmpty { digitRuns.append(DigitRun(digits: String(decoding: run, as: UTF8.self), line: number)) }
                run.removeAll(keepingCapacity: true)
            }
            while index < line.count {
                let byte = line[index]
                if LeakText.isASCIIWordByte(byte) {
                    let start = bytes.count
                    var allDigits = true
                    while index < line.count, LeakText.isASCIIWordByte(line[index]) {
                        let character = line[index]
                        if character >= 0x41 && character <= 0x5A { bytes.append(character | 0x20) } else { bytes.append(character) }
                        if character > 0x39 { allDigits = false }
                        index += 1
                    }
                    words.append(Entry(start: Int32(start), end: Int32(bytes.count), line: Int32(number), hyphenated: sawWord && gap == 1 && gapIsOneHyphen,
                                       broken: !gapIsLight))
                    if allDigits {
                        if !run.isEmpty, !(gapIsJoiner && gap <= 3) { endRun() }
                        run.append(contentsOf: bytes[start...])
                    } else {
                        endRun()
                    }
                    sawWord = true
                    gap = 0
                    gapIsJoiner = true
                    gapIsOneHyphen = false
                    gapIsLight = true
                } else {
                    gap += 1
                    let joiner = byte == 0x20 || byte == 0x2D || byte == 0x2E || byte == 0x2F || byte == 0x28 || byte == 0x29 || byte == 0x2B
                    if !joiner { gapIsJoiner = false }
                    gapIsOneHyphen = byte == 0x2D
                    if !LeakText.isLightASCII(byte) { gapIsLight = false }
                    index += 1
                }
            }
            endRun()
        }
    }

    /// Separators that keep a name's words together (see `Word.brokenFromPrevious`).
    @inline(__always) static func isLightASCII(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x2D || byte == 0x2E || byte == 0x27 || byte == 0x5F || byte == 0x2F || byte == 0x22
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

    /// ASCII without anything that could start an escape.
    static func isPlain(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in line where byte >= 0x80 || byte == 0x26 || byte == 0x25 || byte == 0x5C { return false }
        return true
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

    private static func normalise(_ word: String) -> String {
        let ascii = word.utf8.allSatisfy { $0 < 0x80 }
        return ascii ? word.lowercased() : word.precomposedStringWithCompatibilityMapping.lowercased()
    }

    static func scan(_ line: String, line number: Int, words: inout [Word], runs: inout [DigitRun]) {
        var current = String.UnicodeScalarView()
        var currentIsDigits = true
        var run = ""
        var gap = 0
        var gapIsJoiner = true
        var gapIsOneHyphen = false
        var gapIsLight = true
        var previousEndedOnThisLine = false
        func endWord() {
            guard !current.isEmpty else { return }
            let word = normalise(String(current))
            words.append(Word(text: word, line: number, hyphenatedToPrevious: previousEndedOnThisLine && gap == 1 && gapIsOneHyphen,
                              brokenFromPrevious: !gapIsLight))
            previousEndedOnThisLine = true
            if currentIsDigits, word.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal }) {
                let digits = String(word.unicodeScalars.compactMap { $0.properties.numericValue.map { Character(String(Int($0))) } })
                if !run.isEmpty, !(gapIsJoiner && gap <= 3) { endRun() }
                run += digits
            } else {
                endRun()
            }
            current = String.UnicodeScalarView()
            currentIsDigits = true
            gap = 0
            gapIsJoiner = true
            gapIsOneHyphen = false
            gapIsLight = true
        }
        func endRun() {
            if !run.isEmpty { runs.append(DigitRun(digits: run, line: number)) }
            run = ""
        }
        for scalar in line.unicodeScalars {
            if isInvisible(scalar) { continue }
            if isWordScalar(scalar) {
                if current.isEmpty, !run.isEmpty, !(gapIsJoiner && gap <= 3) { endRun() }
                current.append(scalar)
                if scalar.properties.numericType != .decimal { currentIsDigits = false }
            } else {
                endWord()
                gap += 1
                if !isDigitJoiner(scalar) { gapIsJoiner = false }
                gapIsOneHyphen = scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
                if !isLight(scalar) { gapIsLight = false }
            }
        }
        endWord()
        endRun()
    }
}
