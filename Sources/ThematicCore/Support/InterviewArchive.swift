import Foundation

/// A compact binary form of interviews, for the transcripts shards hand on to later steps and to the merge, and for
/// the transcript store a run keeps its corpus in: every field kept exactly (source, line numbers, inline markup),
/// and read an order of magnitude faster than JSON.
///
/// Layout: a magic tag and version, then the interviews; strings as a length (LEB128) and UTF-8 bytes, integers as
/// LEB128 (zig-zag for signed), optional values behind a 0/1 byte, doubles as their 8 bit-pattern bytes.
public enum InterviewArchive {
    static let magic = Array("THEMATIC-INTERVIEWS-1\n".utf8)

    /// Many interviews, behind the magic tag.
    public static func encode(_ interviews: [Interview]) -> Data {
        var out = Writer()
        out.bytes.append(contentsOf: magic)
        out.int(interviews.count)
        for interview in interviews { out.interview(interview) }
        return Data(out.bytes)
    }

    /// One interview, without the tag (a record of the transcript store).
    static func record(_ interview: Interview) -> [UInt8] {
        var out = Writer()
        out.interview(interview)
        return out.bytes
    }

    /// Reads what `encode` wrote; `what` names the data in the message when it is damaged.
    public static func decode(_ data: Data, what: String) throws -> [Interview] {
        try data.withUnsafeBytes { raw in
            var input = Reader(bytes: raw.bindMemory(to: UInt8.self))
            guard input.take(magic.count).elementsEqual(magic) else { throw input.damaged(what) }
            return try (0..<input.count(what)).map { _ in try input.interview(what) }
        }
    }

    /// Reads what `record` wrote.
    static func interview(fromRecord bytes: UnsafeBufferPointer<UInt8>, what: String) throws -> Interview {
        var input = Reader(bytes: bytes)
        return try input.interview(what)
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func interview(_ interview: Interview) {
            for text in [interview.id, interview.participant, interview.language, interview.source] { string(text) }
            let meta = interview.meta
            for text in [meta.interviewer, meta.date, meta.setting, meta.fieldNotes] { optional(text) { $0.string($1) } }
            optional(meta.durationMinutes) { $0.double($1) }
            int(interview.turns.count)
            for turn in interview.turns {
                int(turn.index)
                string(turn.speaker)
                int(turn.line)
                optional(turn.start) { $0.double($1) }
                optional(turn.end) { $0.double($1) }
                nodes(turn.content)
            }
        }

        mutating func unsigned(_ value: UInt64) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(value & 0x7F) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func int(_ value: Int) { unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }

        mutating func string(_ text: String) {
            unsigned(UInt64(text.utf8.count))
            bytes.append(contentsOf: text.utf8)
        }

        mutating func double(_ value: Double) {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func optional<Value>(_ value: Value?, _ write: (inout Writer, Value) -> Void) {
            guard let value else { bytes.append(0); return }
            bytes.append(1)
            write(&self, value)
        }

        mutating func nodes(_ nodes: [InlineNode]) {
            int(nodes.count)
            for node in nodes {
                switch node {
                case .text(let text):
                    bytes.append(0)
                    string(text)
                case .element(let element):
                    bytes.append(1)
                    string(element.name)
                    int(element.attributes.count)
                    for attribute in element.attributes {
                        string(attribute.name)
                        string(attribute.value)
                    }
                    self.nodes(element.children)
                }
            }
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        func damaged(_ what: String) -> Diagnostic {
            Diagnostic("\(what) is damaged (at byte \(position))")
        }

        mutating func interview(_ what: String) throws -> Interview {
            let id = try string(what), participant = try string(what), language = try string(what), source = try string(what)
            let interviewer = try optional(what) { try $0.string(what) }, date = try optional(what) { try $0.string(what) }
            let setting = try optional(what) { try $0.string(what) }, fieldNotes = try optional(what) { try $0.string(what) }
            let minutes = try optional(what) { try $0.double(what) }
            let turns = try (0..<count(what)).map { _ in
                let index = try int(what), speaker = try string(what), line = try int(what)
                let start = try optional(what) { try $0.double(what) }, end = try optional(what) { try $0.double(what) }
                return Turn(index: index, speaker: speaker, content: try nodes(what, depth: 0), line: line, start: start, end: end)
            }
            return Interview(id: id, participant: participant, language: language,
                             meta: InterviewMeta(interviewer: interviewer, date: date, durationMinutes: minutes, setting: setting, fieldNotes: fieldNotes),
                             turns: turns, source: source)
        }

        mutating func take(_ count: Int) -> UnsafeBufferPointer<UInt8>.SubSequence {
            let end = min(bytes.count, position + max(0, count))
            defer { position = end }
            return bytes[position..<end]
        }

        mutating func byte(_ what: String) throws -> UInt8 {
            guard position < bytes.count else { throw damaged(what) }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func unsigned(_ what: String) throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte(what)
                guard shift < 64 else { throw damaged(what) }
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return value }
                shift += 7
            }
        }

        mutating func int(_ what: String) throws -> Int {
            let raw = try unsigned(what)
            return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
        }

        /// A count of items that follow, each at least a byte long.
        mutating func count(_ what: String) throws -> Int {
            let value = try int(what)
            guard value >= 0, value <= bytes.count - position else { throw damaged(what) }
            return value
        }

        mutating func string(_ what: String) throws -> String {
            let length = try unsigned(what)
            guard length <= UInt64(bytes.count - position) else { throw damaged(what) }
            return String(decoding: take(Int(length)), as: UTF8.self)
        }

        mutating func double(_ what: String) throws -> Double {
            guard bytes.count - position >= 8 else { throw damaged(what) }
            var pattern: UInt64 = 0
            for (shift, byte) in take(8).enumerated() { pattern |= UInt64(byte) << (8 * UInt64(shift)) }
            return Double(bitPattern: pattern)
        }

        mutating func optional<Value>(_ what: String, _ read: (inout Reader) throws -> Value) throws -> Value? {
            switch try byte(what) {
            case 0: return nil
            case 1: return try read(&self)
            default: throw damaged(what)
            }
        }

        mutating func nodes(_ what: String, depth: Int) throws -> [InlineNode] {
            guard depth < 256 else { throw damaged(what) }
            return try (0..<count(what)).map { _ in
                switch try byte(what) {
                case 0: return .text(try string(what))
                case 1:
                    let name = try string(what)
                    let attributes = try (0..<count(what)).map { _ in Attribute(try string(what), try string(what)) }
                    return .element(InlineElement(name: name, attributes: attributes, children: try nodes(what, depth: depth + 1)))
                default: throw damaged(what)
                }
            }
        }
    }
}
