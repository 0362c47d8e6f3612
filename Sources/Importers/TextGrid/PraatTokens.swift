import Foundation
import ThematicCore
import ThematicImport

/// The values of a Praat text file as Praat reads them: a free-standing number, a string in double quotes (`""`
/// inside is one quote; it may span lines) or a flag in angle brackets (`<exists>`); everything else — `xmin =`,
/// `item [1]:`, `intervals: size =` — is read past, and `!` starts a comment to the end of the line.
struct PraatTokens {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private let file: String
    /// The line of the value read last (1-based), for messages.
    private(set) var line = 1
    private var currentLine = 1

    init(_ text: String, file: String) {
        scalars = Array(text.unicodeScalars)
        self.file = file
    }

    private enum Token {
        case number(Double)
        case string(String)
        case flag(String)
    }

    private mutating func next() -> Token? {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" { currentLine += 1; index += 1; continue }
            if ImportText.isSpace(scalar) { index += 1; continue }
            line = currentLine
            switch scalar {
            case "!":
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            case "\"":
                var value = String.UnicodeScalarView()
                index += 1
                while index < scalars.count {
                    let character = scalars[index]
                    if character == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" { value.append("\""); index += 2; continue }
                        index += 1
                        break
                    }
                    if character == "\n" { currentLine += 1 }
                    value.append(character)
                    index += 1
                }
                return .string(String(value))
            case "<":
                let start = index
                while index < scalars.count, scalars[index] != ">", scalars[index] != "\n" { index += 1 }
                let flag = String(String.UnicodeScalarView(scalars[(start + 1)..<min(index, scalars.count)]))
                index += 1
                return .flag(flag)
            default:
                // A word: free-standing when white space (or the file's start) is before it and after it.
                let start = index
                while index < scalars.count, !ImportText.isSpace(scalars[index]), scalars[index] != "\n" { index += 1 }
                let word = String(String.UnicodeScalarView(scalars[start..<index]))
                if let value = Double(word), value.isFinite { return .number(value) }
            }
        }
        return nil
    }

    mutating func number(_ what: String) throws -> Double {
        switch next() {
        case .number(let value): return value
        case .string(let text): throw Diagnostic(file: file, line: line, "expected \(what), a number, but found the text \"\(quoting: String(text.prefix(40)))\"")
        case .flag(let flag): throw Diagnostic(file: file, line: line, "expected \(what), a number, but found <\(quoting: flag)>")
        case nil: throw Diagnostic(file: file, line: currentLine, "the file ends where \(what) should be (cut short?)")
        }
    }

    /// A count of items that follow: a whole number, and no more than the values left could hold (so a hostile
    /// `size = 1e9` fails at once instead of looping).
    mutating func count(_ what: String) throws -> Int {
        let value = try number(what)
        guard value >= 0, value == value.rounded(), value <= Double(scalars.count - index) else {
            throw Diagnostic(file: file, line: line, "\(what) is \(RecordingTime.describe(value).dropLast(2)), not a count the rest of the file could hold")
        }
        return Int(value)
    }

    mutating func string(_ what: String) throws -> String {
        switch next() {
        case .string(let text): return text
        case .number(let value): throw Diagnostic(file: file, line: line, "expected \(what), a text in quotes, but found the number \(RecordingTime.describe(value).dropLast(2))")
        case .flag(let flag): throw Diagnostic(file: file, line: line, "expected \(what), a text in quotes, but found <\(quoting: flag)>")
        case nil: throw Diagnostic(file: file, line: currentLine, "the file ends where \(what) should be (cut short?)")
        }
    }

    /// `<exists>` (true) or `<absent>` (false).
    mutating func flag() throws -> Bool {
        switch next() {
        case .flag(let flag) where flag == "exists": return true
        case .flag(let flag) where flag == "absent": return false
        case nil: throw Diagnostic(file: file, line: currentLine, "the file ends where <exists> should say whether the TextGrid has tiers")
        default: throw Diagnostic(file: file, line: line, "expected <exists> or <absent> (whether the TextGrid has tiers)")
        }
    }
}
