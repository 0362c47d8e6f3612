import CLibXML2
import Foundation
import ThematicCore

/// Reads Interview XML v1 with libxml2's streaming reader, validating against the XSD as it goes.
///
/// The reader treats every file as untrusted: no network, no external entities, no DTDs at all (a document type
/// declaration is the door to entity-expansion attacks and has no use in a transcript; libxml2 itself reports it as
/// the first node, before any entity is expanded, wherever comments or an encoding put it), and libxml2's size limits.
/// Problems come back as `Diagnostic`s with file, line and column; the first fatal one stops the read.
public struct InterviewXMLReader: Sendable {
    /// The namespace of Interview XML v1.
    public static let namespace = "urn:thematic:interview:1"

    private let schema: InterviewSchema?

    /// Creates a reader; pass `schema: nil` to skip XSD validation (the structural checks still run).
    public init(schema: InterviewSchema? = .v1) {
        self.schema = schema
    }

    /// Reads the file at `path`, naming it `displayName` in messages and in `Interview.source`.
    public func read(file path: String, displayName: String? = nil) throws -> Interview {
        let name = displayName ?? path
        let data = try InputFile.read(path, displayName: name, what: "transcript")
        return try read(data, name: name)
    }

    /// Reads a transcript from memory.
    public func read(_ data: Data, name: String) throws -> Interview {
        try LibXML.withReader(data, name: name) { reader, errors -> Interview in
            if let schema, xmlTextReaderSetSchema(reader, schema.pointer) != 0 {
                throw Diagnostic(file: name, "could not attach the interview schema")
            }
            var builder = InterviewBuilder(name: name, documentTypeLine: { Self.documentTypeLine(in: data) })
            while true {
                let status = xmlTextReaderRead(reader)
                if status == 0 { break }
                if status < 0 {
                    // libxml2 stops inside a document type declaration when its entities explode; say why plainly.
                    if errors.mentionsEntities, let line = Self.documentTypeLine(in: data) { throw Self.documentTypeRefused(name, line: line) }
                    try errors.diagnostics(file: name).throwIfAny()
                    throw Diagnostic(file: name, line: Int(xmlTextReaderGetParserLineNumber(reader)), "the file is not well-formed XML")
                }
                try builder.consume(reader)
            }
            try errors.diagnostics(file: name).throwIfAny()
            if schema != nil, xmlTextReaderIsValid(reader) != 1 {
                throw Diagnostic(file: name, "the file does not conform to the Interview XML v1 schema")
            }
            return try builder.finish()
        }
    }
}

extension InterviewXMLReader {
    static func documentTypeRefused(_ name: String, line: Int?) -> Diagnostic {
        Diagnostic(file: name, line: line, "document type declarations are not allowed in Interview XML (they enable entity-expansion and external-entity attacks)")
    }

    /// The line of the first `<!DOCTYPE` in an ASCII-compatible file, to point messages at it; the decision that
    /// there is one is libxml2's (its document-type node), so comments, processing instructions or an encoding
    /// cannot hide one.
    static func documentTypeLine(in data: Data) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        let spellings = [marker, marker.flatMap { [$0, 0] }, marker.flatMap { [0, $0] }]  // UTF-8, UTF-16LE, UTF-16BE
        guard let range = spellings.lazy.compactMap({ data.range(of: Data($0)) }).first else { return nil }
        return data[data.startIndex..<range.lowerBound].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}

/// Turns the reader's node stream into an `Interview`.
private struct InterviewBuilder {
    let name: String
    private var id: String?
    private var participant: String?
    private var participants: [String]?
    private var language: String?
    /// The root is `<document>` (Interview XML 1.3): paragraphs, no participant, no speakers.
    private var isDocument = false
    private var meta = InterviewMeta()
    private var turns: [Turn] = []
    private var sawBody = false

    /// The element whose text is being collected inside `<meta>`.
    private var metaField: String?
    private var metaText = ""
    private var durationUnit = "min"
    private var metaLine = 0

    /// The turn being read and the inline elements open inside it.
    private var turnSpeaker: String?
    private var turnLine = 0
    private var turnStart: Double?
    private var turnEnd: Double?
    private var stack: [InlineElement] = []
    private var turnContent: [InlineNode] = []

    let documentTypeLine: () -> Int?

    init(name: String, documentTypeLine: @escaping () -> Int?) {
        self.name = name
        self.documentTypeLine = documentTypeLine
    }

    mutating func consume(_ reader: OpaquePointer) throws {
        let type = xmlTextReaderNodeType(reader)
        switch type {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            try startElement(reader)
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
            try endElement(reader)
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
             Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
            text(Self.string(xmlTextReaderConstValue(reader)))
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            throw InterviewXMLReader.documentTypeRefused(name, line: documentTypeLine() ?? line(reader))
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
            throw Diagnostic(file: name, line: line(reader), "entity references other than the predefined five are not allowed")
        default:
            break
        }
    }

    private func line(_ reader: OpaquePointer) -> Int { LibXML.line(reader) }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String { LibXML.string(pointer) }

    private mutating func startElement(_ reader: OpaquePointer) throws {
        let local = Self.string(xmlTextReaderConstLocalName(reader))
        let namespace = Self.string(xmlTextReaderConstNamespaceUri(reader))
        let depth = Int(xmlTextReaderDepth(reader))
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1

        if namespace == "http://www.w3.org/2001/XInclude" {
            // Never expanded (no XML_PARSE_XINCLUDE), but refused outright: an include in a transcript can only be
            // an attempt to pull in another file.
            throw Diagnostic(file: name, line: line(reader), "XInclude elements are not allowed in Interview XML")
        }
        if turnSpeaker != nil {
            let element = InlineElement(name: namespace == InterviewXMLReader.namespace ? local : Self.string(xmlTextReaderConstName(reader)),
                                        attributes: attributes(reader, includeNamespaceDeclarations: namespace != InterviewXMLReader.namespace))
            if isEmpty { append(.element(element)) } else { stack.append(element) }
            return
        }
        guard namespace == InterviewXMLReader.namespace else {
            throw Diagnostic(file: name, line: line(reader),
                             "element <\(local)> is not in the Interview XML v1 namespace (\(InterviewXMLReader.namespace))")
        }
        switch (depth, local) {
        case (0, "interview"), (0, "document"):
            isDocument = local == "document"
            let attrs = attributes(reader, includeNamespaceDeclarations: false)
            id = attrs.first { $0.name == "id" }?.value
            participant = attrs.first { $0.name == "participant" }?.value
            participants = attrs.first { $0.name == "participants" }?.value.split(whereSeparator: \.isWhitespace).map(String.init)
            language = attrs.first { $0.name == "language" }?.value
        case (1, "meta"), (1, "body"):
            if local == "body" { sawBody = true }
        case (2, "p") where isDocument:
            // A paragraph is read as a turn no one speaks.
            turnSpeaker = ""
            turnLine = line(reader)
            turnStart = nil
            turnEnd = nil
            turnContent = []
            if isEmpty { try endTurn() }
        case (2, "turn") where !isDocument:
            let attrs = attributes(reader, includeNamespaceDeclarations: false)
            turnSpeaker = attrs.first { $0.name == "speaker" }?.value ?? ""
            turnLine = line(reader)
            turnStart = try seconds(attrs.first { $0.name == "start" }?.value, attribute: "start", line: turnLine)
            turnEnd = try seconds(attrs.first { $0.name == "end" }?.value, attribute: "end", line: turnLine)
            if let start = turnStart, let end = turnEnd, end < start {
                throw Diagnostic(file: name, line: turnLine, "turn ends (end=\"\(InterviewXMLWriter.formatSeconds(end))\") before it starts (start=\"\(InterviewXMLWriter.formatSeconds(start))\")")
            }
            turnContent = []
            if isEmpty { try endTurn() }
        case (2, "turn"), (2, "p"):
            throw Diagnostic(file: name, line: line(reader), "<\(local)> in \(isDocument ? "a <document>, which has paragraphs (<p>)" : "an <interview>, which has turns (<turn>)")")
        case (2, _):
            metaField = local
            metaText = ""
            metaLine = line(reader)
            if local == "duration" {
                durationUnit = attributes(reader, includeNamespaceDeclarations: false).first { $0.name == "unit" }?.value ?? "min"
            }
            if isEmpty { try endMetaField() }
        default:
            throw Diagnostic(file: name, line: line(reader), "unexpected element <\(local)> at depth \(depth)")
        }
    }

    private mutating func endElement(_ reader: OpaquePointer) throws {
        if let open = stack.popLast() {
            append(.element(open))
            return
        }
        if turnSpeaker != nil {
            try endTurn()
        } else if metaField != nil {
            try endMetaField()
        }
    }

    private mutating func text(_ value: String) {
        if turnSpeaker != nil {
            append(.text(value))
        } else if metaField != nil {
            metaText += value
        }
    }

    private mutating func append(_ node: InlineNode) {
        if stack.isEmpty {
            Self.append(node, to: &turnContent)
        } else {
            Self.append(node, to: &stack[stack.count - 1].children)
        }
    }

    /// Adjacent text nodes (split by the parser at buffer boundaries) are merged so the model is canonical.
    private static func append(_ node: InlineNode, to nodes: inout [InlineNode]) {
        if case .text(let new) = node, case .text(let old)? = nodes.last {
            nodes[nodes.count - 1] = .text(old + new)
        } else {
            nodes.append(node)
        }
    }

    private mutating func endTurn() throws {
        turns.append(Turn(index: turns.count, speaker: turnSpeaker ?? "", content: turnContent, line: turnLine, start: turnStart, end: turnEnd))
        turnSpeaker = nil
        turnContent = []
    }

    private mutating func endMetaField() throws {
        let value = metaText.trimmingCharacters(in: .whitespacesAndNewlines)
        switch metaField {
        case "interviewer": meta.interviewer = value
        case "date": meta.date = value
        case "duration":
            guard let number = Double(value), number >= 0 else {
                throw Diagnostic(file: name, line: metaLine, "duration '\(quoting: value)' is not a non-negative number")
            }
            switch durationUnit {
            case "s": meta.durationMinutes = number / 60
            case "h": meta.durationMinutes = number * 60
            default: meta.durationMinutes = number
            }
        case "setting": meta.setting = value
        case "field-notes": meta.fieldNotes = value
        default:
            throw Diagnostic(file: name, line: metaLine, "unknown element <\(metaField ?? "")> in <meta>")
        }
        metaField = nil
    }

    /// A turn's `start` or `end` in seconds (the schema has checked it is a non-negative decimal).
    private func seconds(_ value: String?, attribute: String, line: Int) throws -> Double? {
        guard let value else { return nil }
        guard let seconds = Double(value.trimmingCharacters(in: .whitespaces)), seconds.isFinite, seconds >= 0 else {
            throw Diagnostic(file: name, line: line, "the turn's \(attribute) must be a number of seconds, got '\(quoting: value)'")
        }
        return seconds
    }

    private func attributes(_ reader: OpaquePointer, includeNamespaceDeclarations: Bool) -> [Attribute] {
        var result: [Attribute] = []
        guard xmlTextReaderHasAttributes(reader) == 1 else { return result }
        var more = xmlTextReaderMoveToFirstAttribute(reader)
        while more == 1 {
            let name = Self.string(xmlTextReaderConstName(reader))
            if includeNamespaceDeclarations || !(name == "xmlns" || name.hasPrefix("xmlns:")) {
                result.append(Attribute(name, Self.string(xmlTextReaderConstValue(reader))))
            }
            more = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }

    func finish() throws -> Interview {
        if isDocument {
            guard let id, let language else {
                throw Diagnostic(file: name, line: 1, "the root element <document> needs id and language attributes")
            }
            if participant != nil || participants != nil {
                throw Diagnostic(file: name, line: 1, "a <document> has no participant (it is not an interview); remove the participant attribute, or make it an <interview>")
            }
            guard sawBody else { throw Diagnostic(file: name, "the document has no <body>") }
            if turns.isEmpty { throw Diagnostic(file: name, "the document has no paragraphs (<p>)") }
            var document = Interview.document(id: id, language: language, meta: meta, paragraphs: [], source: name)
            document.turns = turns
            return document
        }
        guard let id, let participant, let language else {
            throw Diagnostic(file: name, line: 1, "the root element must be <interview> with id, participant and language attributes")
        }
        guard sawBody else { throw Diagnostic(file: name, "the interview has no <body>") }
        if turns.isEmpty { throw Diagnostic(file: name, "the interview has no turns") }
        var others: [String] = []
        if let participants {
            guard participants.first == participant, Set(participants).count == participants.count else {
                throw Diagnostic(file: name, line: 1, "the participants attribute must list each participant once, starting with the participant attribute's '\(participant)'")
            }
            others = Array(participants.dropFirst())
        }
        return Interview(id: id, participant: participant, otherParticipants: others, language: language, meta: meta, turns: turns, source: name)
    }
}
