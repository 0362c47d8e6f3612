import CYaml
import Foundation
import ThematicCore
import Yams

/// Decodes YAML (or JSON, which YAML reads too) into Codable types, turning every failure into a `Diagnostic`
/// that names the file, the line and what is wrong.
public enum YAMLDocument {
    /// Reads and decodes `path`, calling it `displayName` in messages.
    public static func load<T: Decodable>(_ type: T.Type, path: String, displayName: String) throws -> (value: T, data: Data) {
        let data = try InputFile.read(path, displayName: displayName)
        return (try decode(type, from: data, file: displayName), data)
    }

    /// Decodes `data`, calling it `file` in messages.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        let text = try TextCheck.utf8(data, file: file)
        try checkStructure(text, file: file)
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch let error as DecodingError {
            throw diagnostic(for: error, text: text, file: file)
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file)
        }
    }

    /// The root node, for checks the decoder cannot make (unknown keys).
    public static func compose(_ data: Data, file: String) throws -> Node? {
        let text = try TextCheck.utf8(data, file: file)
        try checkStructure(text, file: file)
        do { return try Yams.compose(yaml: text) } catch let error as YamlError { throw diagnostic(for: error, file: file) }
    }

    /// How deeply a YAML file may nest: far beyond any study, pipeline or codebook, and far below what would exhaust
    /// the stack of the recursive YAML decoder.
    static let maximumDepth = 64

    /// Refuses nesting deeper than `maximumDepth` (before the recursive decoder sees it) and duplicate keys in a
    /// mapping (YAML says they are an error; the decoder would silently keep the last).
    static func checkStructure(_ text: String, file: String) throws {
        var depth = 0
        var line = 1
        var quote: Character?
        for character in text {
            if character == "\n" { line += 1; if quote == "'" { quote = nil }; continue }
            if let open = quote { if character == open { quote = nil }; continue }
            switch character {
            case "\"", "'": quote = character
            case "[", "{":
                depth += 1
                if depth > maximumDepth { throw Diagnostic(file: file, line: line, "the YAML nests more than \(maximumDepth) levels deep") }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        for (number, lineText) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = lineText.prefix { $0 == " " || $0 == "-" }.count
            if indent > maximumDepth * 8 { throw Diagnostic(file: file, line: number + 1, "the YAML nests more than \(maximumDepth) levels deep") }
        }
        try checkAliases(text, file: file)
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let error as YamlError { throw diagnostic(for: error, file: file) }
        guard let root else { return }
        var problems: [Diagnostic] = []
        var pending: [Node] = [root]
        while let node = pending.popLast() {
            if let mapping = node.mapping {
                var seen: [String: Int] = [:]
                for (key, value) in mapping {
                    if let name = key.string {
                        if let first = seen[name] {
                            problems.append(Diagnostic(file: file, line: key.mark?.line, column: key.mark?.column,
                                                       "duplicate key '\(quoting: name)' (first at line \(first))"))
                        } else {
                            seen[name] = key.mark?.line ?? 0
                        }
                    }
                    pending.append(value)
                }
            } else if let sequence = node.sequence {
                pending.append(contentsOf: sequence)
            }
        }
        try problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) }.throwIfAny()
    }

    /// How many nodes aliases may add to a document, counted as if each alias were written out: far beyond what a
    /// study, pipeline or codebook repeats with anchors, and small enough that every later walk of the document (the
    /// duplicate-key check, the decoder, the unknown-key checks) stays well under a second.
    public static let maximumAliasExpansion = 100_000

    /// Refuses a document whose aliases would expand to more than `maximumAliasExpansion` nodes ("billion laughs":
    /// nine aliases of nine aliases of … take a few hundred bytes and expand to billions of nodes). The composed
    /// tree shares the aliased nodes, so memory stays flat, but every walk of it, ours and the decoder's, visits each
    /// expansion. This counts instead: it reads libyaml's events once, keeps each anchor's expanded size, and adds an
    /// alias's size at the alias, so the count is exact and the time linear in the file. A document libyaml cannot
    /// parse is left to the composer, whose message names the problem.
    static func checkAliases(_ text: String, file: String) throws {
        var text = text
        try text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            // The expanded size of each anchored node, and of each collection still open (its anchor beside it).
            var anchors: [String: Int] = [:]
            var open: [(anchor: String?, size: Int)] = [(nil, 0)]
            var expansion = 0
            func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
                pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_DOCUMENT_START_EVENT:
                    anchors = [:]
                case YAML_SCALAR_EVENT:
                    open[open.count - 1].size += 1
                    if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = 1 }
                case YAML_SEQUENCE_START_EVENT:
                    open.append((name(event.data.sequence_start.anchor), 1))
                case YAML_MAPPING_START_EVENT:
                    open.append((name(event.data.mapping_start.anchor), 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard open.count > 1 else { return }
                    let closed = open.removeLast()
                    if let anchor = closed.anchor { anchors[anchor] = closed.size }
                    open[open.count - 1].size += closed.size
                case YAML_ALIAS_EVENT:
                    // An alias of an anchor not (yet) complete is the composer's error to report.
                    guard let anchor = name(event.data.alias.anchor), let size = anchors[anchor] else { return }
                    expansion += size
                    if expansion > maximumAliasExpansion {
                        throw Diagnostic(file: file, line: event.start_mark.line + 1, column: event.start_mark.column + 1,
                                         "the YAML's aliases expand to more than \(maximumAliasExpansion) nodes (an alias bomb?); write the repeated values out, or repeat fewer")
                    }
                    open[open.count - 1].size += size
                default:
                    break
                }
            }
        }
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Diagnostic(file: file, line: mark.line, column: mark.column, "invalid YAML: \(problem)")
        default:
            return Diagnostic(file: file, "invalid YAML: \(error)")
        }
    }

    private static func diagnostic(for error: DecodingError, text: String, file: String) -> Diagnostic {
        let root = try? Yams.compose(yaml: text)
        func located(_ path: [any CodingKey], _ message: String) -> Diagnostic {
            let mark = root.flatMap { node(at: path, in: $0) }?.mark
            return Diagnostic(file: file, line: mark?.line, column: mark?.column, message)
        }
        switch error {
        case let .keyNotFound(key, context):
            let place = context.codingPath.isEmpty ? "at the top level" : "in '\(dotted(context.codingPath))'"
            return located(context.codingPath, "missing required field '\(key.stringValue)' \(place)")
        case let .typeMismatch(expected, context):
            return located(context.codingPath, "'\(dotted(context.codingPath))' has the wrong type (expected \(describe(expected))): \(context.debugDescription)")
        case let .valueNotFound(expected, context):
            return located(context.codingPath, "'\(dotted(context.codingPath))' is empty (expected \(describe(expected)))")
        case let .dataCorrupted(context):
            if let yaml = context.underlyingError as? YamlError { return diagnostic(for: yaml, file: file) }
            return located(context.codingPath, "'\(dotted(context.codingPath))': \(context.debugDescription)")
        @unknown default:
            return Diagnostic(file: file, "\(error)")
        }
    }

    /// The node a coding path points to, or the deepest existing ancestor.
    public static func node(at path: [any CodingKey], in root: Node) -> Node? {
        var current = root
        for key in path {
            if let index = key.intValue, let sequence = current.sequence, index < sequence.count {
                current = sequence[index]
            } else if let mapping = current.mapping, let child = mapping[key.stringValue] {
                current = child
            } else {
                break
            }
        }
        return current
    }

    public static func dotted(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .reduce(into: "") { result, part in result += part.hasPrefix("[") || result.isEmpty ? part : "." + part }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true/false"
        default: "\(type)"
        }
    }

    /// Reports keys of a mapping that are not in `allowed`, with their lines; typos in optional fields would
    /// otherwise vanish silently.
    public static func unknownKeys(in node: Node?, allowed: Set<String>, context: String, file: String) -> [Diagnostic] {
        guard let mapping = node?.mapping else { return [] }
        var problems: [Diagnostic] = []
        for (key, _) in mapping {
            guard let name = key.string, !allowed.contains(name) else { continue }
            problems.append(Diagnostic(file: file, line: key.mark?.line, column: key.mark?.column,
                                       "unknown field '\(quoting: name)' in \(context) (valid: \(allowed.sorted().joined(separator: ", ")))"))
        }
        return problems
    }
}

/// Checks on raw bytes that every text input gets before it is parsed.
public enum TextCheck {
    /// The bytes as a String, or a diagnostic naming the line and column of the first invalid UTF-8 sequence.
    public static func utf8(_ data: Data, file: String) throws -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        var line = 1
        var column = 1
        var index = data.startIndex
        while index < data.endIndex {
            let length = validSequenceLength(data, at: index)
            if length == 0 {
                throw Diagnostic(file: file, line: line, column: column,
                                 String(format: "invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", data[index], index - data.startIndex))
            }
            if data[index] == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        throw Diagnostic(file: file, "invalid UTF-8")
    }

    private static func validSequenceLength(_ data: Data, at index: Data.Index) -> Int {
        let lead = data[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= data.endIndex else { return 0 }
        let slice = data[index..<(index + length)]
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }
}

/// Writing YAML by hand, for files whose bytes must not depend on a library's formatting.
public enum YAMLText {
    /// A YAML double-quoted scalar (JSON string syntax, valid YAML): quotes, backslashes and line breaks escaped, and
    /// every control character, C1 character and line or paragraph separator written as `\uXXXX`.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
