import Foundation

/// Finds the public types of a Swift source file that conform to a protocol, by reading declarations rather than
/// matching lines: comments and string literals are blanked first (a declaration quoted in a doc comment or a test
/// string is not one), and every form a stage author may write is read —
/// `public struct X: Stage`, `public final class X: Base, ShardedStage`, `public struct X<T>: ThematicCore.Stage`,
/// `public enum X: Stage`, attributes before the declaration, and `extension X: Stage` (the type declared elsewhere).
struct ConformanceScanner {
    /// The protocol and the protocols refining it (`Stage` and `ShardedStage`), by their unqualified names.
    let protocols: Set<String>

    /// The names of the types in `source` that conform, in order of appearance, each once.
    func conformingTypes(in source: String) -> [String] {
        let code = Self.blankingCommentsAndStrings(source)
        var found: [String] = []
        let declaration = try! NSRegularExpression(pattern: #"""
            (?<![\w.])(?:(?:public|open|final|@\w+(?:\([^)]*\))?)\s+)*(?<keyword>struct|class|enum|actor|extension)\s+(?<name>[A-Za-z_][\w.]*)\s*(?:<[^>{]*>)?\s*:\s*(?<inherits>[^{]*?)\s*(?:\bwhere\b[^{]*)?\{
            """#, options: [])
        for match in declaration.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
            let whole = String(code[Range(match.range, in: code)!])
            let keyword = String(code[Range(match.range(withName: "keyword"), in: code)!])
            // A type is registered only when it is public (an extension conforms a type whose own declaration is public).
            guard keyword == "extension" || whole.range(of: #"\b(public|open)\b"#, options: .regularExpression) != nil else { continue }
            let inherits = String(code[Range(match.range(withName: "inherits"), in: code)!])
            let names = inherits.split(separator: ",").map { part -> String in
                let trimmed = part.trimmingCharacters(in: .whitespacesAndNewlines)
                let unqualified = trimmed.split(separator: ".").last.map(String.init) ?? trimmed
                return unqualified.split(separator: "<").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? unqualified
            }
            guard names.contains(where: protocols.contains) else { continue }
            var name = String(code[Range(match.range(withName: "name"), in: code)!])
            if let last = name.split(separator: ".").last { name = String(last) }
            if !found.contains(name) { found.append(name) }
        }
        return found
    }

    /// `source` with every comment and string literal replaced by spaces (newlines kept), so positions and lines stay.
    static func blankingCommentsAndStrings(_ source: String) -> String {
        var out: [Character] = []
        out.reserveCapacity(source.count)
        let characters = Array(source)
        var index = 0
        func blank(_ character: Character) { out.append(character == "\n" ? "\n" : " ") }
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "/", next == "/" {
                while index < characters.count, characters[index] != "\n" { blank(characters[index]); index += 1 }
            } else if character == "/", next == "*" {
                // Block comments nest in Swift.
                var depth = 0
                repeat {
                    if characters[index] == "/", index + 1 < characters.count, characters[index + 1] == "*" { depth += 1; blank("/"); blank("*"); index += 2; continue }
                    if characters[index] == "*", index + 1 < characters.count, characters[index + 1] == "/" { depth -= 1; blank("*"); blank("/"); index += 2; continue }
                    blank(characters[index]); index += 1
                } while index < characters.count && depth > 0
            } else if character == "\"" || (character == "#" && next.map { $0 == "\"" || $0 == "#" } == true) {
                // A string literal, raw (`#"…"#`) or multi-line (`"""…"""`): blanked to its matching end.
                var hashes = 0
                while index < characters.count, characters[index] == "#" { hashes += 1; blank("#"); index += 1 }
                guard index < characters.count, characters[index] == "\"" else { continue }
                let multiline = index + 2 < characters.count && characters[index + 1] == "\"" && characters[index + 2] == "\""
                let quotes = multiline ? 3 : 1
                for _ in 0..<quotes { blank("\""); index += 1 }
                while index < characters.count {
                    if hashes == 0, characters[index] == "\\" { blank("\\"); index += 1; if index < characters.count { blank(characters[index]); index += 1 }; continue }
                    if characters[index] == "\"", (0..<quotes).allSatisfy({ index + $0 < characters.count && characters[index + $0] == "\"" }),
                       (0..<hashes).allSatisfy({ index + quotes + $0 < characters.count && characters[index + quotes + $0] == "#" }) {
                        for _ in 0..<(quotes + hashes) { blank(characters[index]); index += 1 }
                        break
                    }
                    blank(characters[index]); index += 1
                }
            } else {
                out.append(character)
                index += 1
            }
        }
        return String(out)
    }
}
