import CLibXML2
import Foundation
import ThematicCore

/// A parsed XML element, for reading documents other than Interview XML (Word's `document.xml`, TEI, REFI-QDA).
///
/// Built by `XMLTree.parse`, which applies the same defences as the transcript reader: no document type
/// declarations, no entities beyond the predefined five, no XInclude, no network, and a depth limit.
public struct XMLTreeElement: Sendable {
    /// The element's local name (`p`, `u`, `person` …).
    public var name: String
    /// The element's namespace URI ("" when none).
    public var namespace: String
    /// Attributes by qualified name as written (`w:val`, `xml:id`, `who`), namespace declarations left out.
    public var attributes: [String: String]
    /// The children in document order.
    public var children: [XMLTreeNode]
    /// The 1-based line of the start tag.
    public var line: Int

    /// Creates an element.
    public init(name: String, namespace: String = "", attributes: [String: String] = [:], children: [XMLTreeNode] = [], line: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of an attribute by qualified name, or by local name when no qualified name matches.
    public subscript(attribute name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { key, _ in key.split(separator: ":").last.map(String.init) == name }?.value
    }

    /// The child elements.
    public var elements: [XMLTreeElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements called `name`.
    public func elements(_ name: String) -> [XMLTreeElement] { elements.filter { $0.name == name } }

    /// The first child element called `name`.
    public func element(_ name: String) -> XMLTreeElement? { elements.first { $0.name == name } }

    /// Every descendant element called `name`, in document order.
    public func descendants(_ name: String) -> [XMLTreeElement] {
        var found: [XMLTreeElement] = []
        for child in elements {
            if child.name == name { found.append(child) }
            found += child.descendants(name)
        }
        return found
    }

    /// All character data inside the element.
    public var text: String {
        var out = ""
        for child in children {
            switch child {
            case .text(let text): out += text
            case .element(let element): out += element.text
            }
        }
        return out
    }
}

/// A node of an `XMLTreeElement`'s content.
public enum XMLTreeNode: Sendable {
    case element(XMLTreeElement)
    case text(String)
}

/// Reads an XML document into an `XMLTreeElement` tree with the transcript reader's defences.
public enum XMLTree {
    /// How deep elements may nest; real documents stay far below it, and a hostile one cannot exhaust the stack of
    /// code that walks the tree recursively.
    public static let maximumDepth = 256

    /// Whether the document's `<!DOCTYPE …>` has no internal subset: no `[` before its closing `>` (quoted
    /// identifiers skipped). The declaration is the one the prolog holds — found by reading past the XML declaration,
    /// processing instructions, comments and white space, as libxml2 does — never the first bytes `<!DOCTYPE`
    /// anywhere: those may sit in a comment (`<!-- <!DOCTYPE x SYSTEM "y"> -->`) before a real declaration whose
    /// internal subset declares entities, which would then be read past. A prolog this cannot read (UTF-16, an
    /// unclosed comment) is not vouched for, so the declaration is refused.
    static func isExternalIdentifierOnly(_ data: Data) -> Bool {
        let bytes = [UInt8](data.prefix(1 << 20))
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func hasPrefix(_ text: String, at position: Int) -> Bool {
            let pattern = Array(text.utf8)
            return position + pattern.count <= bytes.count && Array(bytes[position..<position + pattern.count]) == pattern
        }
        func skip(past end: String, from position: Int) -> Int? {
            let pattern = Array(end.utf8)
            var at = position
            while at + pattern.count <= bytes.count {
                if bytes[at] == pattern[0], Array(bytes[at..<at + pattern.count]) == pattern { return at + pattern.count }
                at += 1
            }
            return nil
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D:
                index += 1
            case UInt8(ascii: "<") where hasPrefix("<?", at: index):
                guard let next = skip(past: "?>", from: index + 2) else { return false }
                index = next
            case UInt8(ascii: "<") where hasPrefix("<!--", at: index):
                guard let next = skip(past: "-->", from: index + 4) else { return false }
                index = next
            case UInt8(ascii: "<") where hasPrefix("<!DOCTYPE", at: index):
                var quote: UInt8?
                for byte in bytes[(index + 9)...] {
                    if let open = quote {
                        if byte == open { quote = nil }
                        continue
                    }
                    switch byte {
                    case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                    case UInt8(ascii: "["): return false
                    case UInt8(ascii: ">"): return true
                    default: continue
                    }
                }
                return false
            default:
                // The root element (or bytes no prolog holds) before any declaration.
                return false
            }
        }
        return false
    }

    /// How many nodes (elements, attributes and runs of text) a tree may hold unless a caller says otherwise: one per
    /// 64 bytes of 256 MiB. A node costs about 100 bytes in memory whatever its size in the file, so a bound on bytes
    /// alone is no bound on memory: 250 MiB of `<w:p/>` is 43 million elements (11 GB as a tree). Real documents
    /// hold one node per 25–40 bytes (Word's document.xml, REFI-QDA projects) and stay far below it.
    public static let defaultMaximumNodes = 256 << 20 / 64

    /// The node budget that goes with a limit on the bytes an archive member may expand to (`max-expanded-mb`): one
    /// node per 64 bytes of it, so raising the one raises the other and memory stays a small multiple of the limit.
    public static func maximumNodes(forExpandedBytes bytes: Int) -> Int { max(bytes / 64, 1 << 16) }

    /// Parses `data`, naming it `name` in messages; refuses a document of more than `maximumNodes` nodes (elements,
    /// attributes and runs of text) when it reaches the first node past it, so neither memory nor time grows with
    /// what lies beyond. With `allowingExternalDocumentType`, a document type declaration that is only an external
    /// identifier (`<!DOCTYPE TEI SYSTEM "tei_all.dtd">`, normal in TEI projects) is read past: libxml2 loads no DTD
    /// (no `XML_PARSE_DTDLOAD`, no network), so it declares nothing. One with an internal subset (`[ … ]`, where
    /// entities are declared) is still refused.
    public static func parse(_ data: Data, name: String, maximumNodes: Int = defaultMaximumNodes, allowingExternalDocumentType: Bool = false) throws -> XMLTreeElement {
        try checkAttributeCounts(data, name: name, maximumNodes: maximumNodes)
        return try LibXML.withReader(data, name: name) { reader, errors -> XMLTreeElement in
            var stack: [XMLTreeElement] = []
            var root: XMLTreeElement?
            var nodes = 0
            // libxml2 hands out names and namespace URIs from its dictionary, one pointer per distinct string: made
            // into Swift strings once, and shared by every element that has them.
            var strings: [UnsafePointer<xmlChar>: String] = [:]
            func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
                guard let pointer else { return "" }
                if let known = strings[pointer] { return known }
                let made = string(pointer)
                if strings.count < 4096 { strings[pointer] = made }
                return made
            }
            func count(_ added: Int, line: @autoclosure () -> Int) throws {
                nodes += added
                guard nodes <= maximumNodes else {
                    throw Diagnostic(file: name, line: line(), "the document holds more than \(maximumNodes) XML nodes (elements, attributes, runs of text); refusing a possible element bomb (importers of archives raise the bound with max-expanded-mb)")
                }
            }
            func close() {
                let element = stack.removeLast()
                if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(.element(element)) }
            }
            while true {
                let status = xmlTextReaderRead(reader)
                if status == 0 { break }
                if status < 0 {
                    if errors.mentionsEntities, let line = InterviewXMLReader.documentTypeLine(in: data) {
                        throw Diagnostic(file: name, line: line, "document type declarations are not allowed (they enable entity-expansion and external-entity attacks)")
                    }
                    // libxml2 stops at the same depth, parsing a little ahead of the reader, and advises an option
                    // Thematic never sets: say what is wrong instead.
                    if let deep = errors.entries.first(where: { $0.message.hasPrefix("Excessive depth in document") }) {
                        throw Diagnostic(file: name, line: deep.line > 0 ? deep.line : nil, "elements nest more than \(maximumDepth) deep")
                    }
                    try errors.diagnostics(file: name).throwIfAny()
                    throw Diagnostic(file: name, line: Int(xmlTextReaderGetParserLineNumber(reader)), "the file is not well-formed XML")
                }
                switch xmlTextReaderNodeType(reader) {
                case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                    let line = lineNumber(reader)
                    let namespace = interned(xmlTextReaderConstNamespaceUri(reader))
                    if namespace == "http://www.w3.org/2001/XInclude" {
                        throw Diagnostic(file: name, line: line, "XInclude elements are not allowed")
                    }
                    guard stack.count < maximumDepth else {
                        throw Diagnostic(file: name, line: line, "elements nest more than \(maximumDepth) deep")
                    }
                    let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                    let attributes = attributes(reader, interned, atMost: maximumNodes - nodes)
                    try count(1 + attributes.count, line: line)
                    stack.append(XMLTreeElement(name: interned(xmlTextReaderConstLocalName(reader)), namespace: namespace,
                                                attributes: attributes, line: line))
                    if isEmpty { close() }
                case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                    if !stack.isEmpty { close() }
                case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                     Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                    if !stack.isEmpty {
                        let value = string(xmlTextReaderConstValue(reader))
                        let last = stack.count - 1
                        if case .text(var previous)? = stack[last].children.last {
                            // Taken out and appended to in place: text split by CDATA sections grows linearly.
                            stack[last].children.removeLast()
                            previous += value
                            stack[last].children.append(.text(previous))
                        } else {
                            try count(1, line: lineNumber(reader))
                            stack[last].children.append(.text(value))
                        }
                    }
                case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                    if allowingExternalDocumentType, isExternalIdentifierOnly(data) { break }
                    throw Diagnostic(file: name, line: InterviewXMLReader.documentTypeLine(in: data) ?? lineNumber(reader),
                                     "document type declarations are not allowed (they enable entity-expansion and external-entity attacks)")
                case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
                    throw Diagnostic(file: name, line: lineNumber(reader), "entity references other than the predefined five are not allowed")
                default:
                    break
                }
            }
            try errors.diagnostics(file: name).throwIfAny()
            guard let root else { throw Diagnostic(file: name, line: 1, "the file has no root element") }
            return root
        }
    }

    /// The most attributes one element may have. libxml2 2.9 compares an element's attributes pair by pair for
    /// duplicates before the reader sees the element, so one start tag of 70,000 attributes (690 KB of XML) costs it
    /// 50 s of processor time; real documents have a few dozen at most.
    public static let maximumAttributes = 256

    /// Refuses a start tag of more than `maximumAttributes` attributes, with its line, before libxml2 reads it: a scan
    /// of the bytes that counts `=` outside quotes in each start tag (comments, CDATA sections, processing
    /// instructions and declarations skipped). A tag is never scanned past a `<`, which no well-formed tag holds, and
    /// the scan stops once it has seen more than `maximumNodes` tags and attributes, where the parser will stop too.
    static func checkAttributeCounts(_ data: Data, name: String, maximumNodes: Int) throws {
        let open = UInt8(ascii: "<"), close = UInt8(ascii: ">"), equals = UInt8(ascii: "="), newline = UInt8(ascii: "\n")
        let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), dash = UInt8(ascii: "-"), bracket = UInt8(ascii: "[")
        let crowded: Int? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int? in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            let count = buffer.count
            /// The position just after the next `a b c` (or `a b` when `c` is 0) from `position`; the end when none.
            func skip(past a: UInt8, _ b: UInt8, _ c: UInt8, from position: Int) -> Int {
                var at = position
                while at < count, let found = memchr(base + at, Int32(a), count - at) {
                    at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if at + 1 < count, base[at + 1] == b {
                        if c == 0 { return at + 2 }
                        if at + 2 < count, base[at + 2] == c { return at + 3 }
                    }
                    at += 1
                }
                return count
            }
            var at = 0
            var nodes = 0
            while at < count, nodes <= maximumNodes, let found = memchr(base + at, Int32(open), count - at) {
                let tag = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                at = tag + 1
                guard at < count else { break }
                if base[at] == question { at = skip(past: question, close, 0, from: at + 1); continue }
                if base[at] == bang {
                    if at + 2 < count, base[at + 1] == dash, base[at + 2] == dash { at = skip(past: dash, dash, close, from: at + 3) }
                    else if at + 1 < count, base[at + 1] == bracket { at = skip(past: UInt8(ascii: "]"), UInt8(ascii: "]"), close, from: at + 2) }
                    continue
                }
                var quote: UInt8 = 0
                var attributes = 0
                while at < count {
                    let byte = base[at]
                    if byte == open { break }
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == 0x22 || byte == 0x27 {
                        quote = byte
                    } else if byte == equals {
                        attributes += 1
                    } else if byte == close {
                        break
                    }
                    at += 1
                }
                if attributes > maximumAttributes {
                    var line = 1
                    for position in 0..<tag where base[position] == newline { line += 1 }
                    return line
                }
                nodes += 1 + attributes
            }
            return nil
        }
        if let crowded {
            throw Diagnostic(file: name, line: crowded, "an element has more than \(maximumAttributes) attributes; refusing a possible attribute bomb")
        }
    }

    private static func lineNumber(_ reader: OpaquePointer) -> Int { LibXML.line(reader) }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String { LibXML.string(pointer) }

    /// The element's attributes, namespace declarations left out; no more than `limit` + 1 of them, so an element of a
    /// million attributes is refused by the node budget before they are all copied.
    private static func attributes(_ reader: OpaquePointer, _ interned: (UnsafePointer<xmlChar>?) -> String, atMost limit: Int) -> [String: String] {
        var result: [String: String] = [:]
        guard xmlTextReaderHasAttributes(reader) == 1 else { return result }
        var more = xmlTextReaderMoveToFirstAttribute(reader)
        while more == 1, result.count <= limit {
            let name = interned(xmlTextReaderConstName(reader))
            if !(name == "xmlns" || name.hasPrefix("xmlns:")) { result[name] = string(xmlTextReaderConstValue(reader)) }
            more = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }
}
