import Foundation
import ThematicCore
import ThematicIO

/// Decoding the bytes of a text transcript the way files arrive from transcription services and recorders.
public enum ImportText {
    /// The file's text with line endings made `\n`: UTF-8 with or without a byte-order mark, or UTF-16 with one.
    /// Any other encoding is an error naming the line of the first byte that is not UTF-8.
    public static func decode(_ file: ImportFile) throws -> String {
        try decodeNamingEncoding(file).text
    }

    /// Windows-1252 (a superset of Latin-1's printable characters) by byte, for 0x80–0x9F; nil where it has none.
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}", "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}", "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The text of bytes that are not UTF-8, read as Windows-1252 (what Word and Notepad on Windows, and Latin-1
    /// tools, write: "café" as one byte 0xE9); nil when a byte has no character there (then it is no such file).
    static func windows1252(_ bytes: Data) -> String? {
        var text = String.UnicodeScalarView()
        for byte in bytes {
            switch byte {
            case 0x80...0x9F:
                guard let scalar = windows1252High[Int(byte) - 0x80] else { return nil }
                text.append(scalar)
            default:
                text.append(Unicode.Scalar(byte))
            }
        }
        return String(text)
    }

    /// The file's text and, when it was not UTF-8 but reads as Windows-1252, a finding that says so.
    static func decodeNamingEncoding(_ file: ImportFile) throws -> (text: String, finding: ImportFinding?) {
        let data = file.data
        var finding: ImportFinding?
        let text: String
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let littleEndian = data.starts(with: [0xFF, 0xFE])
            let body = data.dropFirst(2)
            guard body.count % 2 == 0 else {
                throw Diagnostic(file: file.displayName, "the file starts with a UTF-16 byte-order mark but has an odd number of bytes; it is damaged")
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
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    if scalar == "\n" { line += 1 }
                    decoded.unicodeScalars.append(scalar)
                case .emptyInput:
                    break decoding
                case .error:
                    throw Diagnostic(file: file.displayName, line: line, "invalid UTF-16 (an unpaired surrogate)")
                }
            }
            text = decoded
        } else {
            let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
            do {
                text = try TextCheck.utf8(Data(body), file: file.displayName)
            } catch let error as Diagnostic {
                // Not UTF-8: a file from Windows or a Latin-1 tool reads as Windows-1252 when every byte has a
                // character there; the import report says so, for the user to check the accents.
                guard !data.starts(with: [0xEF, 0xBB, 0xBF]), !body.contains(0), let decoded = windows1252(Data(body)) else {
                    throw Diagnostic(file: error.file, line: error.line, column: error.column,
                                     error.message + " (transcripts must be UTF-8, Windows-1252/Latin-1, or UTF-16 with a byte-order mark; convert it, e.g. iconv -f ENCODING -t UTF-8)")
                }
                text = decoded
                finding = ImportFinding(location: "the whole file", "not UTF-8 (\(error.message)): read as Windows-1252 (Latin-1); check that accented letters came out right")
            }
        }
        if text.unicodeScalars.contains("\0") {
            throw Diagnostic(file: file.displayName, "the file contains NUL characters; it is binary or in an encoding without a byte-order mark")
        }
        return (normalizingLineEndings(text), finding)
    }

    /// The file's text as `decode` gives it, without the characters Interview XML cannot hold (control characters
    /// and the terminal escape sequences they open, U+FFFE, U+FFFF; see `XMLCharacters`), and a finding for each
    /// line that lost some. Text importers read through this, so a label in terminal colours is still a label;
    /// `StudyImport` cleans every importer's document once more, for formats read otherwise.
    public static func decodeForTranscript(_ file: ImportFile) throws -> (text: String, findings: [ImportFinding]) {
        let (text, encoding) = try decodeNamingEncoding(file)
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
