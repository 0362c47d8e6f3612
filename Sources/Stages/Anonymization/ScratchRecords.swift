import ThematicCore

/// The binary form of what the anonymizer spills to the run's scratch file between its phases (a chunk's detections,
/// then its findings), so a large study's findings are on disk rather than in memory while the other chunks are read.
enum ScratchRecords {
    static let what = "the anonymizer's scratch file"

    static func encode(_ detections: [Anonymizer.Detection]) -> [UInt8] {
        var out = BinaryWriter()
        out.array(detections) { out, detection in
            out.string(detection.interview)
            out.findings(detection.findings)
        }
        return out.bytes
    }

    static func detections(_ bytes: UnsafeBufferPointer<UInt8>) -> [Anonymizer.Detection] {
        decoding(bytes) { input in
            try input.array(what) { input in
                let interview = try input.string(what)
                return Anonymizer.Detection(interview: interview, findings: try input.findings())
            }
        }
    }

    static func encode(_ findings: [[Finding]]) -> [UInt8] {
        var out = BinaryWriter()
        out.array(findings) { $0.findings($1) }
        return out.bytes
    }

    static func findings(_ bytes: UnsafeBufferPointer<UInt8>) -> [[Finding]] {
        decoding(bytes) { input in try input.array(what) { try $0.findings() } }
    }

    /// The file is the process's own (see `ScratchFile`), so damage is a fault of the machine, not of the input.
    private static func decoding<Value>(_ bytes: UnsafeBufferPointer<UInt8>, _ read: (inout BinaryReader) throws -> Value) -> Value {
        var input = BinaryReader(bytes: bytes)
        do { return try read(&input) } catch { fatalError("\(error)") }
    }
}

extension TextPlace {
    /// An order for writing a dictionary keyed by places (any fixed order will do).
    fileprivate var sortKey: [Int] {
        switch self {
        case .turn(let turn, let path): [0, turn] + path
        case .setting: [1]
        case .fieldNotes: [2]
        }
    }
}

extension BinaryWriter {
    fileprivate mutating func place(_ place: TextPlace) {
        switch place {
        case .turn(let turn, let path):
            byte(0)
            int(turn)
            array(path) { $0.int($1) }
        case .setting: byte(1)
        case .fieldNotes: byte(2)
        }
    }

    fileprivate mutating func findings(_ findings: [Finding]) {
        array(findings) { out, finding in
            out.string(finding.interview)
            out.place(finding.place)
            out.int(finding.turn)
            out.int(finding.byteStart)
            out.int(finding.byteEnd)
            out.string(finding.text)
            out.array(finding.words) { $0.string($1) }
            out.string(finding.type.rawValue)
            out.bool(finding.confident)
            out.string(finding.reason)
            out.bool(finding.propagates)
            out.bool(finding.linksParts)
            // The review decision's mention decides the entity when the chunk is rewritten.
            out.bool(finding.reviewMention != nil)
            if let mention = finding.reviewMention {
                out.string(mention.interview)
                out.int(mention.turn)
                out.int(mention.start)
                out.int(mention.end)
            }
        }
    }
}

extension BinaryReader {
    fileprivate mutating func place() throws -> TextPlace {
        let what = ScratchRecords.what
        switch try byte(what) {
        case 0: return .turn(try int(what), try array(what) { try $0.int(what) })
        case 1: return .setting
        case 2: return .fieldNotes
        default: throw damaged(what)
        }
    }

    fileprivate mutating func findings() throws -> [Finding] {
        let what = ScratchRecords.what
        return try array(what) { input in
            let interview = try input.string(what), place = try input.place(), turn = try input.int(what)
            let byteStart = try input.int(what), byteEnd = try input.int(what), text = try input.string(what)
            let words = try input.array(what) { try $0.string(what) }
            guard let type = IdentifierType(rawValue: try input.string(what)) else { throw input.damaged(what) }
            let confident = try input.bool(what), reason = try input.string(what)
            let propagates = try input.bool(what), linksParts = try input.bool(what)
            var mention: MentionSpan?
            if try input.bool(what) {
                mention = MentionSpan(interview: try input.string(what), turn: try input.int(what), start: try input.int(what), end: try input.int(what))
            }
            return Finding(interview: interview, place: place, turn: turn, byteStart: byteStart, byteEnd: byteEnd, text: text, words: words,
                           type: type, confident: confident, reason: reason, propagates: propagates, linksParts: linksParts, reviewMention: mention)
        }
    }
}
