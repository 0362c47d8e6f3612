import Foundation
import ThematicCore

/// An autocoding rule, parsed.
///
/// The rule language (documented in `Docs/Codebook.md`):
/// - `word` matches any word with the same Snowball stem ("supervise" matches "supervising", "supervised");
/// - `word*` matches words that start with `word` (no stemming);
/// - `"several words"` matches the words in a row, each by stem (or prefix with `*`);
/// - `/regex/` matches the unit's text with a case-insensitive regular expression;
/// - `a NEAR/n b` matches when `a` and `b` occur with at most `n` words between them, in either order;
/// - `NOT a`, `a AND b`, `a OR b`, and parentheses. Precedence: NOT, then NEAR, then AND, then OR.
public indirect enum RuleExpression: Hashable, Sendable {
    /// A word, prefix or phrase: one or more word patterns in a row.
    case words([WordPattern])
    /// A regular expression over the unit text.
    case regex(String)
    /// Both sides within `distance` words.
    case near(RuleExpression, RuleExpression, distance: Int)
    /// All of them.
    case and([RuleExpression])
    /// Any of them.
    case or([RuleExpression])
    /// Not this.
    case not(RuleExpression)

    /// Whether the rule can only match text that contains at least one of its words or patterns; a rule like
    /// `NOT x` would code every unit that lacks `x`, which is never what a codebook means.
    var needsAPositiveMatch: Bool {
        switch self {
        case .words, .regex, .near: true
        case .not: false
        case .and(let parts): parts.contains { $0.needsAPositiveMatch }
        case .or(let parts): parts.allSatisfy { $0.needsAPositiveMatch }
        }
    }
}

/// One word of a rule: matched by stem, or by prefix when written with a trailing `*`.
public struct WordPattern: Hashable, Sendable {
    /// The word, lower-cased, without the `*`.
    public var text: String
    /// Whether it was written `word*`.
    public var isPrefix: Bool
}

/// A rule that could not be parsed, with the 1-based column in the rule text.
public struct RuleError: Error, Equatable, CustomStringConvertible {
    /// Where in the rule.
    public var column: Int
    /// What is wrong.
    public var message: String
    public var description: String { "column \(column): \(message)" }
}

/// Parses the rule language into `RuleExpression`.
public struct RuleParser {
    private enum Token: Equatable {
        case word(String), phrase(String), regex(String), open, close, and, or, not, near(Int)
    }

    private var tokens: [(token: Token, column: Int)] = []
    private var position = 0
    private var depth = 0
    /// How deeply parentheses and NOTs may nest: far beyond any real rule, far below what would exhaust the stack
    /// of the recursive parser and of every later walk over the expression.
    static let maximumDepth = 64
    private let endColumn: Int

    /// Parses `source`.
    public static func parse(_ source: String) throws(RuleError) -> RuleExpression {
        var parser = RuleParser(endColumn: source.count + 1)
        parser.tokens = try lex(source)
        guard !parser.tokens.isEmpty else { throw RuleError(column: 1, message: "empty rule") }
        let expression = try parser.parseOr()
        if parser.position < parser.tokens.count {
            let (token, column) = parser.tokens[parser.position]
            let hint = if case .close = token { "unbalanced ')'" } else { "expected AND, OR or NEAR/n before this (quote several words to match a phrase)" }
            throw RuleError(column: column, message: hint)
        }
        guard expression.needsAPositiveMatch else {
            throw RuleError(column: 1, message: "the rule matches text that lacks all of its words (NOT on its own); combine NOT with AND")
        }
        return expression
    }

    private init(endColumn: Int) { self.endColumn = endColumn }

    private static func lex(_ source: String) throws(RuleError) -> [(token: Token, column: Int)] {
        let characters = Array(source)
        var result: [(token: Token, column: Int)] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if character.isWhitespace { index += 1; continue }
            switch character {
            case "(": result.append((.open, column)); index += 1
            case ")": result.append((.close, column)); index += 1
            case "\"", "/":
                guard let close = characters[(index + 1)...].firstIndex(of: character) else {
                    throw RuleError(column: column, message: character == "\"" ? "unterminated phrase (missing closing \")" : "unterminated regular expression (missing closing /)")
                }
                let body = String(characters[(index + 1)..<close])
                guard !body.trimmingCharacters(in: .whitespaces).isEmpty else { throw RuleError(column: column, message: "empty \(character == "\"" ? "phrase" : "regular expression")") }
                result.append((character == "\"" ? .phrase(body) : .regex(body), column))
                index = close + 1
            default:
                var end = index
                while end < characters.count, !characters[end].isWhitespace, !"()\"".contains(characters[end]) { end += 1 }
                let word = String(characters[index..<end])
                switch word {
                case "AND": result.append((.and, column))
                case "OR": result.append((.or, column))
                case "NOT": result.append((.not, column))
                default:
                    if word.hasPrefix("NEAR/") {
                        guard let distance = Int(word.dropFirst(5)), distance >= 0, distance <= 1000 else {
                            throw RuleError(column: column, message: "'\(quoting: word)': NEAR needs a distance in words, e.g. NEAR/5")
                        }
                        result.append((.near(distance), column))
                    } else {
                        result.append((.word(word), column))
                    }
                }
                index = end
            }
        }
        return result
    }

    private var peek: Token? { position < tokens.count ? tokens[position].token : nil }
    private var column: Int { position < tokens.count ? tokens[position].column : endColumn }

    private mutating func parseOr() throws(RuleError) -> RuleExpression {
        var parts = [try parseAnd()]
        while peek == .or { position += 1; parts.append(try parseAnd()) }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseAnd() throws(RuleError) -> RuleExpression {
        var parts = [try parseNear()]
        while peek == .and { position += 1; parts.append(try parseNear()) }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parseNear() throws(RuleError) -> RuleExpression {
        let startColumn = column
        var left = try parseUnary()
        while case .near(let distance)? = peek {
            position += 1
            let rightColumn = column
            let right = try parseUnary()
            guard left.isPositional else { throw RuleError(column: startColumn, message: "NEAR/\(distance) needs words or phrases on its left") }
            guard right.isPositional else { throw RuleError(column: rightColumn, message: "NEAR/\(distance) needs words or phrases on its right") }
            left = .near(left, right, distance: distance)
        }
        return left
    }

    private mutating func parseUnary() throws(RuleError) -> RuleExpression {
        guard let token = peek else { throw RuleError(column: column, message: "the rule ends where a word, phrase or '(' was expected") }
        let tokenColumn = column
        position += 1
        if token == .not || token == .open {
            depth += 1
            guard depth <= Self.maximumDepth else {
                throw RuleError(column: tokenColumn, message: "the rule nests parentheses and NOTs more than \(Self.maximumDepth) deep")
            }
        }
        defer { if token == .not || token == .open { depth -= 1 } }
        switch token {
        case .not: return .not(try parseUnary())
        case .open:
            let inner = try parseOr()
            guard peek == .close else { throw RuleError(column: tokenColumn, message: "'(' is never closed") }
            position += 1
            return inner
        case .word(let text): return .words([try Self.pattern(text, column: tokenColumn)])
        case .phrase(let text):
            var patterns: [WordPattern] = []
            for part in text.split(whereSeparator: \.isWhitespace) { patterns.append(try Self.pattern(String(part), column: tokenColumn)) }
            return .words(patterns)
        case .regex(let pattern):
            do { _ = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) } catch { throw RuleError(column: tokenColumn, message: "invalid regular expression /\(quoting: pattern)/") }
            if let problem = RegexSafety.problem(in: pattern) {
                throw RuleError(column: tokenColumn, message: "regular expression: \(problem) (see Docs/Codebook.md, 'Regular expressions')")
            }
            return .regex(pattern)
        case .close: throw RuleError(column: tokenColumn, message: "unexpected ')'")
        case .and, .or, .near: throw RuleError(column: tokenColumn, message: "an operator needs a word, phrase or '(' before it")
        }
    }

    private static func pattern(_ raw: String, column: Int) throws(RuleError) -> WordPattern {
        let isPrefix = raw.hasSuffix("*")
        let body = isPrefix ? String(raw.dropLast()) : raw
        let words = TextSegmenter.words(in: body)
        guard words.count == 1, words[0].text == body else {
            throw RuleError(column: column, message: "'\(quoting: raw)' is not a word (letters, digits, inner ' or -, optionally ending in *)")
        }
        return WordPattern(text: body.lowercased(), isPrefix: isPrefix)
    }
}

extension RuleExpression {
    /// Whether the expression has word positions (words, phrases, NEAR of those, or alternatives of those), so NEAR can measure distance.
    var isPositional: Bool {
        switch self {
        case .words, .near: true
        case .or(let parts): parts.allSatisfy(\.isPositional)
        default: false
        }
    }
}

/// The regular-expression features rules may use. Backtracking engines take exponential time on a repeated group
/// that itself repeats (`(\\w+\\s?)+`) and on back-references, so those are refused when the codebook loads; every
/// match also runs under a step budget (`Autocoder.regexStepBudget`) as a second line of defence.
enum RegexSafety {
    /// Why `pattern` is refused, or nil when it is allowed.
    static func problem(in pattern: String) -> String? {
        let characters = Array(pattern)
        // For each open group: whether it holds a quantifier or an alternation.
        var groups: [Bool] = []
        var lastClosedGroupRepeats = false
        var index = 0
        var inClass = false
        while index < characters.count {
            let character = characters[index]
            var closedGroupRepeats = false
            defer { lastClosedGroupRepeats = closedGroupRepeats }
            if character == "\\" {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if !inClass, next.isNumber, next != "0" { return "back-references (\\\(next)) are not allowed" }
                if !inClass, next == "k" { return "named back-references are not allowed" }
                index += 2
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
                index += 1
                continue
            }
            switch character {
            case "[": inClass = true
            case "(":
                groups.append(false)
            case ")":
                closedGroupRepeats = groups.popLast() ?? false
                if closedGroupRepeats, !groups.isEmpty { groups[groups.count - 1] = true }
            case "|":
                if !groups.isEmpty { groups[groups.count - 1] = true }
            case "*", "+", "{", "?":
                let unbounded: Bool
                if character == "{" {
                    let close = characters[index...].firstIndex(of: "}") ?? index
                    let body = String(characters[(index + 1)..<max(index + 1, close)])
                    let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                    unbounded = parts.count == 2 && (parts[1].isEmpty || (Int(parts[1]) ?? 0) > 20)
                    index = close
                } else {
                    unbounded = character != "?"
                }
                if unbounded, lastClosedGroupRepeats {
                    return "a repeated group may not itself contain a repetition or an alternation (catastrophic backtracking); repeat a character class instead"
                }
                if !groups.isEmpty { groups[groups.count - 1] = true }
                // A lazy or possessive suffix belongs to this quantifier.
                if index + 1 < characters.count, characters[index + 1] == "?" || characters[index + 1] == "+" { index += 1 }
            default: break
            }
            index += 1
        }
        return nil
    }
}
