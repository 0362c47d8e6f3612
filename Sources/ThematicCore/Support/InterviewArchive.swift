import Foundation

/// A compact binary form of interviews, for the transcripts shards hand on to later steps and to the merge, and for
/// the transcript store a run keeps its corpus in: every field kept exactly (source, line numbers, inline markup),
/// and read an order of magnitude faster than JSON.
///
/// Layout: a magic tag and version, then the interviews, in `BinaryWriter`'s primitives.
public enum InterviewArchive {
    // Version 2 adds whether each is a document (Interview XML 1.3).
    static let magic = Array("THEMATIC-INTERVIEWS-2\n".utf8)

    /// Many interviews, behind the magic tag.
    public static func encode(_ interviews: [Interview]) -> Data {
        var out = BinaryWriter()
        out.bytes.append(contentsOf: magic)
        out.int(interviews.count)
        for interview in interviews { out.interview(interview) }
        return Data(out.bytes)
    }

    /// One interview, without the tag (a record of the transcript store).
    static func record(_ interview: Interview) -> [UInt8] {
        var out = BinaryWriter()
        out.interview(interview)
        return out.bytes
    }

    /// Reads what `encode` wrote; `what` names the data in the message when it is damaged.
    public static func decode(_ data: Data, what: String) throws -> [Interview] {
        try data.withUnsafeBytes { raw in
            var input = BinaryReader(bytes: raw.bindMemory(to: UInt8.self))
            guard input.take(magic.count).elementsEqual(magic) else { throw input.damaged(what) }
            return try (0..<input.count(what)).map { _ in try input.interview(what) }
        }
    }

    /// Reads what `record` wrote.
    static func interview(fromRecord bytes: UnsafeBufferPointer<UInt8>, what: String) throws -> Interview {
        var input = BinaryReader(bytes: bytes)
        return try input.interview(what)
    }
}

extension BinaryWriter {
    mutating func interview(_ interview: Interview) {
        for text in [interview.id, interview.participant, interview.language, interview.source] { string(text) }
        bytes.append(interview.isDocument ? 1 : 0)
        int(interview.otherParticipants.count)
        for other in interview.otherParticipants { string(other) }
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

extension BinaryReader {
    mutating func interview(_ what: String) throws -> Interview {
        let id = try string(what), participant = try string(what), language = try string(what), source = try string(what)
        let kind = try byte(what)
        guard kind <= 1 else { throw damaged(what) }
        let others = try (0..<count(what)).map { _ in try string(what) }
        let interviewer = try optional(what) { try $0.string(what) }, date = try optional(what) { try $0.string(what) }
        let setting = try optional(what) { try $0.string(what) }, fieldNotes = try optional(what) { try $0.string(what) }
        let minutes = try optional(what) { try $0.double(what) }
        let turns = try (0..<count(what)).map { _ in
            let index = try int(what), speaker = try string(what), line = try int(what)
            let start = try optional(what) { try $0.double(what) }, end = try optional(what) { try $0.double(what) }
            return Turn(index: index, speaker: speaker, content: try nodes(what, depth: 0), line: line, start: start, end: end)
        }
        var interview = Interview(id: id, participant: participant, otherParticipants: others, language: language,
                                  meta: InterviewMeta(interviewer: interviewer, date: date, durationMinutes: minutes, setting: setting, fieldNotes: fieldNotes),
                                  turns: turns, source: source)
        interview.isDocument = kind == 1
        return interview
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
