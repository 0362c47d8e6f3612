import Foundation
import ThematicCore
import ThematicIO

/// Decoding the bytes of a text transcript the way files arrive from transcription services and recorders.
public enum ImportText {
    /// The file's text with line endings made `\n`, in the encoding `decodeNamingEncoding` settles on.
    public static func decode(_ file: ImportFile) throws -> String {
        try decodeNamingEncoding(file).text
    }

    /// The file's text and, when it was not UTF-8, a finding naming the encoding it was read in.
    ///
    /// In order: the encoding the user named (`--encoding`); a byte-order mark (UTF-8, UTF-16); valid UTF-8; UTF-16
    /// without a mark when every other byte is NUL; the encoding the file declares (`declared`, an HTML `charset`);
    /// otherwise the one legacy encoding whose text reads as text (`EncodingGuess`). When none does, or two give
    /// different texts, the file is refused naming the first byte that is not UTF-8 and `--encoding`.
    static func decodeNamingEncoding(_ file: ImportFile, declared: String? = nil) throws -> (text: String, finding: ImportFinding?) {
        let data = file.data
        var finding: ImportFinding?
        let text: String
        if let named = file.encoding {
            text = try decode(data, named: named, file: file.displayName, origin: "--encoding")
            finding = ImportFinding(location: "the whole file", "encoding: read as \(named), as --encoding says")
        } else if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            text = try utf16(data.dropFirst(2), littleEndian: data.starts(with: [0xFF, 0xFE]), file: file.displayName)
        } else if let endianness = unmarkedUTF16(data) {
            // Before UTF-8: ASCII in UTF-16 is valid UTF-8 too, with a NUL after every letter.
            text = try utf16(data[...], littleEndian: endianness, file: file.displayName)
            finding = ImportFinding(location: "the whole file", "encoding: UTF-16 \(endianness ? "LE" : "BE") without a byte-order mark (every other byte is NUL)")
        } else {
            let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
            do {
                text = try TextCheck.utf8(Data(body), file: file.displayName)
            } catch let error as Diagnostic {
                if data.starts(with: [0xEF, 0xBB, 0xBF]) {
                    throw Diagnostic(file: error.file, line: error.line, column: error.column, error.message + " (the file starts with a UTF-8 byte-order mark)")
                } else if let declared, Iconv.knows(declared), !["UTF-8", "UTF8"].contains(declared.uppercased()) {
                    text = try decode(data, named: declared, file: file.displayName, origin: "the file's charset")
                    finding = ImportFinding(location: "the whole file", "encoding: read as \(declared), as the file declares (not UTF-8: \(error.message)); --encoding NAME overrides it")
                } else {
                    let guess = EncodingGuess.guess(Data(body))
                    if case .decided("Windows-1252", _, _) = guess, let offset = EncodingGuess.utf8LatinLetter(in: Data(body)) {
                        // Read as Windows-1252, the UTF-8 part's letters would come out as "JosÃ©", a name no
                        // recogniser knows, so it would reach the output unprotected.
                        throw Diagnostic(file: error.file, line: error.line, column: error.column,
                                         "not UTF-8 (\(error.message)), yet line \(Self.line(atOffset: offset, in: body)) holds letters written in UTF-8: the file mixes UTF-8 with another encoding (Windows-1252?), and reading it in either would garble the other part's letters, names among them; save the whole file as UTF-8 (convert the other part, e.g. iconv -f WINDOWS-1252 -t UTF-8), or name one encoding for all of it with --encoding NAME")
                    }
                    switch guess {
                    case .decided(let name, let language, let decoded):
                        text = decoded
                        let caution = name == "Windows-1252" ? " (Latin-1); check that accented letters came out right" : ""
                        finding = ImportFinding(location: "the whole file", "encoding: not UTF-8 (\(error.message)): read as \(name), \(language)\(caution); if it is another encoding, name it with --encoding NAME")
                    case .ambiguous(let names):
                        throw Diagnostic(file: error.file, line: error.line, column: error.column,
                                         "not UTF-8 (\(error.message)), and it reads as text in \(names.joined(separator: " and ")) alike; name its encoding with --encoding NAME (e.g. --encoding \(names[0]))")
                    case .none:
                        throw Diagnostic(file: error.file, line: error.line, column: error.column,
                                         "not UTF-8 (\(error.message)), and no encoding tried (\(EncodingGuess.candidates.map(\.name).joined(separator: ", "))) reads as text; name its encoding with --encoding NAME (iconv -l lists them), or convert it, e.g. iconv -f ENCODING -t UTF-8")
                    }
                }
            }
        }
        if text.unicodeScalars.contains("\0") {
            throw Diagnostic(file: file.displayName, "the file contains NUL characters; it is binary or in an encoding without a byte-order mark (name it with --encoding NAME)")
        }
        return (normalizingLineEndings(text), finding)
    }

    /// `data` decoded as `named` with iconv; an unknown name or a byte that is no character there is an error naming
    /// the line, and `origin` says where the name came from.
    static func decode(_ data: Data, named: String, file: String, origin: String) throws -> String {
        let body = ["UTF-8", "UTF8"].contains(named.uppercased()) && data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        switch Iconv.decode(Data(body), from: named) {
        case .success(let text):
            return text
        case .failure(.unknownEncoding):
            throw Diagnostic(file: origin, "'\(quoting: named)' is not an encoding iconv knows (e.g. CP949, SHIFT_JIS, GB18030, WINDOWS-1252, ISO-8859-1; `iconv -l` lists them)")
        case .failure(.invalidByte(let offset)):
            let lineNumber = Self.line(atOffset: offset, in: body)
            let byte = offset < body.count ? String(format: "byte 0x%02X", body[body.startIndex + offset]) : "the last bytes"
            throw Diagnostic(file: file, line: lineNumber, "\(byte) at offset \(offset) is not a character in \(named) (named by \(origin)); name the file's encoding with --encoding NAME")
        }
    }

    /// The 1-based line of the byte at `offset` in `bytes`.
    static func line(atOffset offset: Int, in bytes: Data.SubSequence) -> Int {
        bytes.prefix(offset).filter { $0 == 0x0A }.count + 1
    }

    /// UTF-16 without a byte-order mark, as a text in a Latin script is: an even number of bytes, NUL in nearly every
    /// second byte (odd positions little-endian, even big-endian) and almost never in the other. Nil otherwise.
    static func unmarkedUTF16(_ data: Data) -> Bool? {
        let sample = data.prefix(1 << 16)
        guard sample.count >= 8, data.count % 2 == 0 else { return nil }
        var even = 0, odd = 0
        for (index, byte) in sample.enumerated() where byte == 0 { if index % 2 == 0 { even += 1 } else { odd += 1 } }
        let pairs = sample.count / 2
        if odd * 10 >= pairs * 9, even * 100 <= pairs { return true }
        if even * 10 >= pairs * 9, odd * 100 <= pairs { return false }
        return nil
    }

    /// UTF-16 code units to text; an unpaired surrogate is an error naming its line.
    static func utf16(_ body: Data.SubSequence, littleEndian: Bool, file: String) throws -> String {
        guard body.count % 2 == 0 else {
            throw Diagnostic(file: file, "the file is UTF-16 but has an odd number of bytes; it is damaged")
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        var decoded = ""
        var line = 1
        var decoder = Unicode.UTF16()
        var iterator = units.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                decoded.unicodeScalars.append(scalar)
            case .emptyInput:
                return decoded
            case .error:
                throw Diagnostic(file: file, line: line, "invalid UTF-16 (an unpaired surrogate)")
            }
        }
    }

    /// The file's text as `decode` gives it, without the characters Interview XML cannot hold (control characters
    /// and the terminal escape sequences they open, U+FFFE, U+FFFF; see `XMLCharacters`), and a finding for each
    /// line that lost some. Text importers read through this, so a label in terminal colours is still a label;
    /// `StudyImport` cleans every importer's document once more, for formats read otherwise.
    public static func decodeForTranscript(_ file: ImportFile, declaredEncoding: String? = nil) throws -> (text: String, findings: [ImportFinding]) {
        let (text, encoding) = try decodeNamingEncoding(file, declared: declaredEncoding)
        guard text.unicodeScalars.contains(where: { !XMLCharacters.isAllowed($0) }) else { return (text, encoding.map { [$0] } ?? []) }
        var findings: [ImportFinding] = encoding.map { [$0] } ?? []
        var out = ""
        for (number, line) in lines(text).enumerated() {
            let result = XMLCharacters.cleaned(String(line))
            if number > 0 { out += "\n" }
            out += result.text
            if result.removed > 0 { findings.append(XMLCharacters.finding(result.removed, location: "line \(number + 1)", from: "the line")) }
        }
        return (out, findings)
    }

    /// The characters of C1 controls (U+0080–U+009F) as HTML reads them: Windows-1252's (`&#150;` is an en dash,
    /// `&#147;` a left quote, as Word's HTML writes them); `text` unchanged where it has none.
    public static func c1AsWindows1252(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let windows1252 = (0x80...0x9F).contains(scalar.value) ? c1Characters[Int(scalar.value) - 0x80] : nil
            out.append(windows1252 ?? scalar)
        }
        return String(out)
    }

    /// `bytes` in `encoding` as iconv names it (`WINDOWS-1251`), or nil when iconv does not know it or a byte is no
    /// character in it: for a format that says its code page (Word 6/95's language), not a guess.
    public static func decode(_ bytes: some Collection<UInt8>, encoding: String) -> String? {
        guard case .success(let text) = Iconv.decode(Data(bytes), from: encoding) else { return nil }
        return text
    }

    /// Windows-1252's characters for the bytes 0x80–0x9F, nil for the five it leaves undefined; asked of iconv once.
    static let c1Characters: [Unicode.Scalar?] = (0x80...0x9F).map { byte in
        guard case .success(let decoded) = Iconv.decode(Data([UInt8(byte)]), from: "WINDOWS-1252") else { return nil }
        return decoded.unicodeScalars.first
    }

    /// `\r\n` and lone `\r` as `\n`.
    public static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        // A native scalar loop rather than Foundation's replace, whose result on Linux may be a bridged string.
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { out.append(scalar) }
                previousWasCR = false
            }
        }
        return String(out)
    }

    /// Runs of white space as single spaces, trimmed.
    public static func collapsingWhitespace(_ text: String) -> String {
        // Scalars, not Characters: grapheme breaking and Unicode property lookups per character cost more than the
        // rest of an import (a 12 MB transcript spent 40% of its time here).
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` without white space at either end.
    public static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(text[first..<scalars.index(after: last)])
    }

    /// White space as Unicode defines it (ASCII space and controls, no-break and typographic spaces, line and
    /// paragraph separators), decided without a property lookup.
    @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x80: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether `line` holds nothing but white space.
    public static func isBlank<S: StringProtocol>(_ line: S) -> Bool {
        line.unicodeScalars.allSatisfy(isSpace)
    }

    /// The lines of `text` (split at `\n` on bytes, not characters).
    public static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index != scalars.endIndex {
            if scalars[index] == "\n" {
                lines.append(text[start..<index])
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        lines.append(text[start..<scalars.endIndex])
        return lines
    }
}

/// Recording times as transcripts write them.
public enum Timestamp {
    /// Seconds from `h:mm:ss`, `mm:ss`, `hh:mm:ss.mmm` or `hh:mm:ss,mmm` (SRT), or nil when `text` is not a time.
    /// Fractions of up to six digits are read (Python's `timedelta` prints microseconds: `0:00:06.835000`).
    public static func seconds(_ text: Substring) -> Double? {
        var fraction = 0.0
        var clock = text
        if let separator = text.lastIndex(where: { $0 == "." || $0 == "," }) {
            let digits = text[text.index(after: separator)...]
            guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigit), let value = Double("0." + digits) else { return nil }
            fraction = value
            clock = text[..<separator]
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count <= 3, parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let numbers = parts.map { Double($0)! }
        // Minutes and seconds beyond 59 are not times but something else ("12:75" is a score or a verse).
        if numbers.dropFirst().contains(where: { $0 >= 60 }) { return nil }
        let whole = numbers.reduce(0) { $0 * 60 + $1 }
        return whole + fraction
    }

    /// Seconds from a string, as `seconds(_:)`.
    public static func seconds(_ text: String) -> Double? { seconds(text[...]) }

    /// A cell's text without the one pair of brackets or parentheses a transcriber put round a time (`[0:00]`,
    /// `(00:04:40)`); other text as it is.
    public static func unbracketed(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, let last = trimmed.last, trimmed.count > 2,
              first == "[" && last == "]" || first == "(" && last == ")" else { return text }
        return String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    }

    /// Seconds from a cell that holds a time alone, bare or in brackets (`0:04`, `[0:00]`, `(00:04:40)`).
    public static func cellSeconds(_ text: String) -> Double? { seconds(unbracketed(text)) }
}

/// The times a transcript gives for its turns, as Interview XML holds them: seconds into the recording, finite, not
/// negative, and at most `maximumSeconds` (1,000 hours, beyond the longest `hhh:mm:ss` a transcript writes). Every
/// importer's turns are checked against it (`StudyImport.read`), so `nan`, `inf`, `-5` or `1e308` from a file is an
/// error naming that file, not a study `analyze` refuses.
public enum RecordingTime {
    /// The latest time a turn may start or end: 1,000 hours.
    public static let maximumSeconds: Double = 3_600_000
    /// `maximumSeconds` for messages.
    public static let maximumDescription = "1,000 hours"

    /// Seconds from a plain decimal number as formats write them (`12`, `3.5`, `1.2e3`): nil for anything else,
    /// including `nan`, `inf`, hexadecimal and negative numbers.
    public static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmedSpace
        guard !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ".eE+-".unicodeScalars.contains($0) }),
              trimmed.first != "-", let value = Double(trimmed), value.isFinite, value >= 0 else { return nil }
        return value
    }

    /// Whether `seconds` is a time Interview XML can hold.
    public static func isValid(_ seconds: Double) -> Bool {
        seconds.isFinite && seconds >= 0 && seconds <= maximumSeconds
    }

    /// `seconds` for a message: `12.5 s`, `1e+308 s`, `nan s`.
    public static func describe(_ seconds: Double) -> String {
        String(format: "%g s", seconds)
    }

    /// The times of a timeline whose points are in recording order but not all timed (ELAN time slots without a
    /// value, EXMARaLDA timeline items without `time`): a gap between two known times is filled evenly by position,
    /// as the tools themselves place such points; before the first or after the last known time, the nearest known
    /// time. All nil when no point has a time.
    public static func filled(_ times: [Double?]) -> [Double?] {
        let known = times.indices.filter { times[$0] != nil }
        guard let first = known.first, let last = known.last else { return times }
        var out = times
        for index in times.indices where index < first { out[index] = times[first] }
        for index in times.indices where index > last { out[index] = times[last] }
        for (before, after) in zip(known, known.dropFirst()) where after > before + 1 {
            let from = times[before]!, to = times[after]!
            for index in (before + 1)..<after {
                out[index] = from + (to - from) * Double(index - before) / Double(after - before)
            }
        }
        return out
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The text without white space at either end (`ImportText.trimmed`, without Foundation's per-call cost).
    public var trimmedSpace: String { ImportText.trimmed(self) }
}
