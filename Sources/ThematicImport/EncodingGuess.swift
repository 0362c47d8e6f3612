import Foundation

/// Which legacy encoding a text file that is not UTF-8 is in, decided only when the evidence is clear.
///
/// Every candidate is decoded with iconv; one that stops at a byte is out. A candidate that decodes is kept when its
/// text reads as the script it is for: Korean in CP949 as Hangul syllables in words of their own, Japanese as kana
/// among kanji, Chinese as runs of Han characters without kana or Hangul, Russian as Cyrillic words in one case
/// pattern, Western text as Latin words with a few accented letters. Legacy encodings overlap (Korean bytes are
/// valid GB18030, Latin-1 bytes are valid Windows-1251), so validity alone decides nothing; what the text reads as does.
/// When no candidate reads as text, or two read as different texts, it is unsure and says so.
enum EncodingGuess {
    /// A candidate encoding, its iconv name and what its text must read as.
    struct Candidate: Sendable {
        var name: String
        var language: String
        var reads: @Sendable (TextShape) -> Bool
        /// Where the double-byte characters of everyday text lie, lead and trail byte: KS X 1001 in CP949 (its
        /// 2,350 common Hangul syllables, symbols and Hanja), GB2312 in GB18030, Big5's common characters. Text in
        /// another encoding read in this one lands mostly outside (Shift_JIS kana read as CP949 are UHC's rare
        /// extension syllables); nil where the encoding has no such part.
        var common: (leads: ClosedRange<UInt8>, trails: ClosedRange<UInt8>)? = nil
    }

    static let candidates: [Candidate] = [
        Candidate(name: "Windows-1252", language: "Western European", reads: { $0.readsAsLatin }),
        Candidate(name: "CP949", language: "Korean", reads: { $0.readsAsKorean }, common: (0xA1...0xFE, 0xA1...0xFE)),
        Candidate(name: "CP932", language: "Japanese", reads: { $0.readsAsJapanese }),
        Candidate(name: "EUC-JP", language: "Japanese", reads: { $0.readsAsJapanese }),
        Candidate(name: "GB18030", language: "Chinese", reads: { $0.readsAsChinese }, common: (0xA1...0xF7, 0xA1...0xFE)),
        Candidate(name: "Big5", language: "Chinese", reads: { $0.readsAsChinese }, common: (0xA1...0xF9, 0x40...0xFE)),
        Candidate(name: "Windows-1251", language: "Cyrillic", reads: { $0.readsAsCyrillic }),
    ]

    /// What a guess found.
    enum Outcome {
        case decided(name: String, language: String, text: String)
        /// Candidates that read as text but give different texts.
        case ambiguous([String])
        /// No candidate reads as text.
        case none
    }

    /// The encoding `bytes` read in. Of two readings, GB18030 and Big5 are told apart by their trailing bytes: GB2312
    /// (the common part of GB18030) writes both bytes of a character at 0xA1 or above, Big5 often a trailing byte
    /// in the ASCII range.
    static func guess(_ bytes: Data) -> Outcome {
        var readings: [(candidate: Candidate, text: String)] = []
        for candidate in candidates {
            guard case .success(let text) = Iconv.decode(bytes, from: candidate.name) else { continue }
            if let common = candidate.common, commonShare(bytes, leads: common.leads, trails: common.trails) < 0.9 { continue }
            if candidate.reads(TextShape(text)) { readings.append((candidate, text)) }
        }
        var distinct: [(candidate: Candidate, text: String)] = []
        for reading in readings where !distinct.contains(where: { $0.text == reading.text }) { distinct.append(reading) }
        if distinct.count == 2, Set(distinct.map(\.candidate.name)) == ["GB18030", "Big5"] {
            let preferred = hasLowTrailByte(bytes) ? "Big5" : "GB18030"
            distinct = distinct.filter { $0.candidate.name == preferred }
        }
        if distinct.count == 2, Set(distinct.map(\.candidate.name)) == ["CP932", "EUC-JP"] {
            distinct = distinct.filter { $0.candidate.name == "CP932" }
        }
        switch distinct.count {
        case 0: return .none
        case 1: return .decided(name: distinct[0].candidate.name, language: distinct[0].candidate.language, text: distinct[0].text)
        default: return .ambiguous(distinct.map(\.candidate.name))
        }
    }

    /// The offset of the first Latin-1 letter as UTF-8 writes it (0xC3 and a byte in 0x80–0xBF: é, å, ü …), or nil.
    /// In Windows-1252 that pair is "Ã" and a symbol ("Ã©"), which text does not hold; in a file that is not UTF-8
    /// it means a part of it is.
    static func utf8LatinLetter(in bytes: Data) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex - 1 {
            if bytes[index] == 0xC3, (0x80...0xBF).contains(bytes[index + 1]) { return index - bytes.startIndex }
            index += 1
        }
        return nil
    }

    /// The share of double-byte characters (a byte of 0x81 or above and the one after it) whose bytes lie in
    /// `leads` and `trails`; 1 when there are none.
    static func commonShare(_ bytes: Data, leads: ClosedRange<UInt8>, trails: ClosedRange<UInt8>) -> Double {
        var pairs = 0, common = 0
        var index = bytes.startIndex
        while index < bytes.endIndex - 1 {
            if bytes[index] >= 0x81 {
                pairs += 1
                if leads.contains(bytes[index]), trails.contains(bytes[index + 1]) { common += 1 }
                index += 2
            } else {
                index += 1
            }
        }
        return pairs == 0 ? 1 : Double(common) / Double(pairs)
    }

    /// Whether a byte of 0x81 or above is followed by one in 0x40–0x7E (a double-byte character's second byte in
    /// Big5, never in GB2312).
    static func hasLowTrailByte(_ bytes: Data) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex - 1 {
            if bytes[index] >= 0x81 {
                if (0x40...0x7E).contains(bytes[index + 1]) { return true }
                index += 2
            } else {
                index += 1
            }
        }
        return false
    }
}

/// What the characters outside ASCII of a decoded text are: letters of which script, symbols, and how they sit in
/// words. Counted over the first `sampleLimit` characters.
struct TextShape {
    static let sampleLimit = 200_000

    var latin = 0, cyrillic = 0, hangul = 0, kana = 0, halfwidthKana = 0, han = 0, otherLetters = 0
    /// Non-ASCII characters that are neither letters nor the punctuation text uses (¶, ±, ¼, box drawing …).
    var symbols = 0
    /// Non-ASCII punctuation text uses: typographic quotes and dashes, no-break space, CJK punctuation.
    var punctuation = 0
    /// C1 controls, private-use and unassigned characters: never in text a person typed.
    var impossible = 0
    /// Words holding an accented Latin letter, and of those the ones of three letters or more made of nothing else
    /// ("ïðèâåò" is Russian read as Windows-1252; Dutch "één" has its n).
    var accentedWords = 0, mostlyAccentedWords = 0
    /// Words holding letters of a non-Latin script, and of those the ones that also hold an ASCII letter.
    var scriptWords = 0, mixedWords = 0
    /// Words with a capital after a small letter ("cAFé").
    var caseBreaks = 0
    /// Runs of Han characters and their total length.
    var hanRuns = 0, hanInRuns = 0

    var nonASCIILetters: Int { latin + cyrillic + hangul + kana + halfwidthKana + han + otherLetters }

    init(_ text: String) {
        var word: [Unicode.Scalar] = []
        var hanRun = 0
        for scalar in text.unicodeScalars.prefix(Self.sampleLimit) {
            let letter = scalar.properties.isAlphabetic
            if Self.isHan(scalar) { hanRun += 1 } else if hanRun > 0 { hanRuns += 1; hanInRuns += hanRun; hanRun = 0 }
            if letter { word.append(scalar) } else if !word.isEmpty { countWord(word); word.removeAll(keepingCapacity: true) }
            guard !scalar.isASCII else { continue }
            switch scalar.properties.generalCategory {
            case .control, .privateUse, .unassigned, .surrogate: impossible += 1; continue
            default: break
            }
            if !letter {
                if Self.isTextPunctuation(scalar) { punctuation += 1 } else { symbols += 1 }
                continue
            }
            switch scalar.value {
            case 0x00C0...0x024F, 0x1E00...0x1EFF: latin += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0xAC00...0xD7A3: hangul += 1
            case 0x3041...0x30FF: kana += 1
            case 0xFF66...0xFF9F: halfwidthKana += 1
            case _ where Self.isHan(scalar): han += 1
            default: otherLetters += 1
            }
        }
        if !word.isEmpty { countWord(word) }
        if hanRun > 0 { hanRuns += 1; hanInRuns += hanRun }
    }

    private mutating func countWord(_ word: [Unicode.Scalar]) {
        let ascii = word.filter(\.isASCII).count
        let accented = word.filter { (0x00C0...0x024F).contains($0.value) }.count
        let foreign = word.count - ascii - accented
        if accented > 0 {
            accentedWords += 1
            if word.count >= 3, accented == word.count { mostlyAccentedWords += 1 }
        }
        if foreign > 0 {
            scriptWords += 1
            if ascii > 0 { mixedWords += 1 }
        }
        for (before, after) in zip(word, word.dropFirst()) where before.properties.isLowercase && after.properties.isUppercase {
            caseBreaks += 1
            break
        }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// Punctuation and spaces text uses beyond ASCII: typographic quotes and dashes, ellipsis, guillemets, the
    /// middle dot, no-break space, and the CJK and full-width punctuation.
    static func isTextPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0, 0xAB, 0xBB, 0xB7, 0xBF, 0xA1, 0xB0, 0xA7, 0xA9, 0xAE, 0x20AC, 0x2122: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x3000...0x303F, 0xFF01...0xFF65, 0x2460...0x24FF, 0x25A0...0x25FF: return true
        default: return false
        }
    }

    private var clean: Bool { impossible == 0 && nonASCIILetters > 0 && symbols * 5 <= nonASCIILetters + symbols }

    /// Western text: accented Latin letters inside words of plain letters, in an ordinary case pattern; or no
    /// letters beyond ASCII at all, only typographic punctuation (curly quotes, dashes: English from Word).
    var readsAsLatin: Bool {
        if impossible == 0, nonASCIILetters == 0 { return punctuation > 0 && symbols * 5 <= punctuation + symbols }
        return clean && latin * 10 >= nonASCIILetters * 9 && mostlyAccentedWords * 5 <= accentedWords && caseBreaks * 10 <= max(accentedWords, 1)
    }

    /// Cyrillic text: Cyrillic words without Latin letters in them, in an ordinary case pattern.
    var readsAsCyrillic: Bool {
        clean && cyrillic * 10 >= nonASCIILetters * 9 && mixedWords * 20 <= scriptWords && caseBreaks * 20 <= scriptWords
    }

    /// Korean: Hangul syllables, a few Hanja at most, in words of their own.
    var readsAsKorean: Bool {
        clean && hangul * 100 >= nonASCIILetters * 85 && mixedWords * 20 <= scriptWords
    }

    /// Japanese: kana (a fifth of the letters or more; half-width kana are rare) among kanji, no Hangul.
    var readsAsJapanese: Bool {
        clean && hangul == 0 && kana * 5 >= nonASCIILetters && halfwidthKana * 10 <= nonASCIILetters && mixedWords * 20 <= scriptWords
    }

    /// Chinese: Han characters in runs of five or more on average (Korean read as GB18030 is Han characters in
    /// runs of two to four, its words), no kana, no Hangul.
    var readsAsChinese: Bool {
        clean && kana == 0 && hangul == 0 && han * 100 >= nonASCIILetters * 95 && hanRuns > 0 && hanInRuns >= hanRuns * 5 && mixedWords * 20 <= scriptWords
    }
}
