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
    /// identifiers skipped).
    static func isExternalIdentifierOnly(_ data: Data) -> Bool {
        guard let start = data.range(of: Data("<!DOCTYPE".utf8)) else { return false }
        var quote: UInt8?
        for byte in data[start.upperBound...] {
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
    }

    /// Parses `data`, naming it `name` in messages. With `allowingExternalDocumentType`, a document type declaration
    /// that is only an external identifier (`<!DOCTYPE TEI SYSTEM "tei_all.dtd">`, normal in TEI projects) is read
    /// past: libxml2 loads no DTD (no `XML_PARSE_DTDLOAD`, no network), so it declares nothing. One with an internal
    /// subset (`[ … ]`, where entities are declared) is still refused.
    public static func parse(_ data: Data, name: String, allowingExternalDocumentType: Bool = false) throws -> XMLTreeElement {
        try LibXML.withReader(data, name: name) { reader, errors -> XMLTreeElement in
            var stack: [XMLTreeElement] = []
            var root: XMLTreeElement?
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
                    try errors.diagnostics(file: name).throwIfAny()
                    throw Diagnostic(file: name, line: Int(xmlTextReaderGetParserLineNumber(reader)), "the file is not well-formed XML")
                }
                switch xmlTextReaderNodeType(reader) {
                case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                    let line = lineNumber(reader)
                    let namespace = string(xmlTextReaderConstNamespaceUri(reader))
                    if namespace == "http://www.w3.org/2001/XInclude" {
                        throw Diagnostic(file: name, line: line, "XInclude elements are not allowed")
                    }
                    guard stack.count < maximumDepth else {
                        throw Diagnostic(file: name, line: line, "elements nest more than \(maximumDepth) deep")
                    }
                    let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                    stack.append(XMLTreeElement(name: string(xmlTextReaderConstLocalName(reader)), namespace: namespace,
                                            attributes: attributes(reader), line: line))
                    if isEmpty { close() }
                case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                    if !stack.isEmpty { close() }
                case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                     Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                    if !stack.isEmpty {
                        let value = string(xmlTextReaderConstValue(reader))
                        if case .text(let previous)? = stack[stack.count - 1].children.last {
                            stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(previous + value)
                        } else {
                            stack[stack.count - 1].children.append(.text(value))
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

    private static func lineNumber(_ reader: OpaquePointer) -> Int { LibXML.line(reader) }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String { LibXML.string(pointer) }

    private static func attributes(_ reader: OpaquePointer) -> [String: String] {
        var result: [String: String] = [:]
        guard xmlTextReaderHasAttributes(reader) == 1 else { return result }
        var more = xmlTextReaderMoveToFirstAttribute(reader)
        while more == 1 {
            let name = string(xmlTextReaderConstName(reader))
            if !(name == "xmlns" || name.hasPrefix("xmlns:")) { result[name] = string(xmlTextReaderConstValue(reader)) }
            more = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }
}
