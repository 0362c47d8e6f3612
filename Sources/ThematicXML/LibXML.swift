import CLibXML2
import Foundation
import ThematicCore

/// Process-wide libxml2 setup, done once before the first parse.
enum LibXML {
    /// Initialises the parser and installs the deny-all external entity loader, so no document can make the
    /// process open a file or a URL.
    static let ready: Void = {
        xmlInitParser()
        thematic_install_entity_guard()
    }()

    /// Parser options for untrusted documents: no network, no DTD loading, no entity substitution
    /// (`XML_PARSE_NOENT` and `XML_PARSE_DTDLOAD` are deliberately absent), and libxml2's default size limits.
    static let safeOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// The line of the reader's current node's start tag (the parser's own position runs ahead of the reader).
    static func line(_ reader: OpaquePointer) -> Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(node)
            if line > 0 { return Int(line) }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// A libxml2 string as a Swift one ("" for none).
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// Runs `body` with a streaming reader over `data` (with `safeOptions`) and the collector of its errors; refuses
    /// empty input and input past libxml2's 2 GiB in-memory limit, naming the file.
    static func withReader<T>(_ data: Data, name: String, _ body: (OpaquePointer, XMLErrorCollector) throws -> T) throws -> T {
        _ = ready
        if data.isEmpty { throw Diagnostic(file: name, line: 1, "the file is empty") }
        try refuseWhatIsNotXML(data, name: name)
        guard data.count < Int(Int32.max) else {
            throw Diagnostic(file: name, "the file is \(data.count / (1 << 20)) MiB; libxml2 reads at most 2 GiB from memory")
        }
        return try data.withUnsafeBytes { buffer -> T in
            let base = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            guard let reader = xmlReaderForMemory(base, Int32(buffer.count), name, nil, safeOptions) else {
                throw Diagnostic(file: name, "libxml2 could not start reading the file")
            }
            defer { xmlFreeTextReader(reader) }
            // Errors go to the thread's structured handler rather than the reader's: once a schema is attached,
            // libxml2 2.9 hands the reader's handler the schema plug as context, and parse errors are lost.
            let errors = XMLErrorCollector()
            thematic_set_thread_error_handler(Unmanaged.passUnretained(errors).toOpaque(), XMLErrorCollector.callback)
            defer { thematic_set_thread_error_handler(nil, nil) }
            return try withExtendedLifetime(errors) { try body(reader, errors) }
        }
    }
}

extension LibXML {
    /// libxml2 says "Document is empty" of a text file, which sends a user looking for a blank file: name what the
    /// file holds instead. XML starts with "<" after an optional byte-order mark and white space (UTF-16 is left to
    /// libxml2, which reads it, with or without a byte-order mark).
    static func refuseWhatIsNotXML(_ data: Data, name: String) throws {
        let bytes = data.prefix(4096)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return }
        var index = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        var line = 1
        while index < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        guard index < bytes.endIndex else { throw Diagnostic(file: name, line: line, "the file holds only white space") }
        // A NUL byte first is UTF-16 or UTF-32 without a byte-order mark, which libxml2 reads by its declaration.
        guard bytes[index] != UInt8(ascii: "<"), bytes[index] != 0 else { return }
        // Quoted as every message quotes input: shortened, and no control character reaches the terminal.
        let opening = String(decoding: bytes[index...].prefix { $0 != 0x0A && $0 != 0x0D }.prefix(4 * Diagnostic.quoteLimit), as: UTF8.self)
        throw Diagnostic(file: name, line: line, "this is not XML: it begins with \"\(quoting: opening)\" where XML begins with '<'; a transcript in another format (text, Word, WebVTT, SRT, …) is brought in with `thematic import --out STUDY FILE`")
    }
}

/// Collects the errors libxml2 reports through its structured error callback.
final class XMLErrorCollector {
    struct Entry {
        var line: Int
        var column: Int
        var message: String
    }

    private(set) var entries: [Entry] = []

    /// Whether libxml2 complained about entities (an expansion loop or amplification), the sign of a hostile DTD.
    var mentionsEntities: Bool { entries.contains { $0.message.localizedCaseInsensitiveContains("entity") } }
    private let limit = 50

    func record(_ error: UnsafePointer<xmlError>) {
        guard entries.count < limit else { return }
        let raw = error.pointee.message.map { String(cString: $0) } ?? "XML error"
        let message = raw.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
        // libxml2 quotes names from the document; a hostile one can be megabytes long.
        let shown = message.count > 200 ? String(message.prefix(200)) + "…" : message
        entries.append(Entry(line: Int(error.pointee.line), column: Int(error.pointee.int2), message: shown))
    }

    func diagnostics(file: String) -> [Diagnostic] {
        entries.map { Diagnostic(file: file, line: $0.line > 0 ? $0.line : nil, column: $0.column > 0 ? $0.column : nil, $0.message) }
    }

    /// The callback handed to libxml2; the collector travels as the unmanaged user-data pointer because C callbacks
    /// cannot capture context.
    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue().record(error)
    }
}
