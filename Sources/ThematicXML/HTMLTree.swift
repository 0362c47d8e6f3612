import CLibXML2
import Foundation
import ThematicCore

/// Reads HTML (Word's "Save as Web Page", Google Docs' and transcription services' HTML exports, hand-written pages)
/// into an `XMLTreeElement` tree with libxml2's HTML parser, which reads what browsers read: unclosed `<P>`, upper-case
/// tags, `<BR>` without a slash, stray end tags.
///
/// Nothing outside the bytes is loaded: the HTML parser fetches no DTD, stylesheet, image or frame, and
/// `HTML_PARSE_NONET` and the deny-all entity loader (`LibXML.ready`) stand guard. Names are lower case; comments,
/// processing instructions and CDATA are left out; the tree is bounded in nodes and depth as `XMLTree` is.
public enum HTMLTree {
    /// Parses `text` (already decoded, handed to libxml2 as UTF-8 so a `<meta charset>` cannot decode it twice).
    public static func parse(_ text: String, name: String, maximumNodes: Int = XMLTree.defaultMaximumNodes) throws -> XMLTreeElement {
        _ = LibXML.ready
        // libxml2 would switch to a charset a <meta> declares after the fact; the text is UTF-8 by now, so the
        // declaration is made to say so.
        let bytes = Array(Self.withoutFontTags(Self.declaringUTF8(text)).utf8)
        guard !bytes.isEmpty else { throw Diagnostic(file: name, line: 1, "the file is empty") }
        guard bytes.count < Int(Int32.max) else { throw Diagnostic(file: name, "the file is \(bytes.count / (1 << 20)) MiB; libxml2 reads at most 2 GiB from memory") }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let errors = XMLErrorCollector()
        thematic_set_thread_error_handler(Unmanaged.passUnretained(errors).toOpaque(), XMLErrorCollector.callback)
        defer { thematic_set_thread_error_handler(nil, nil) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), name, "UTF-8", options)
            }
        }
        guard let document else { throw Diagnostic(file: name, "libxml2 could not read the file as HTML") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw Diagnostic(file: name, "the file holds no HTML element") }
        // libxml2 stops reading where elements nest too deep and keeps what it read: the rest of the page would be
        // lost without a word.
        if let deep = errors.entries.first(where: { $0.message.localizedCaseInsensitiveContains("depth") }) {
            throw Diagnostic(file: name, line: deep.line > 0 ? deep.line : nil, "elements nest too deep to read the page whole (tags left open); open it in a browser or Word and save it again, or save it as .docx")
        }
        var nodes = 0
        return try withExtendedLifetime(errors) { try element(root, depth: 0, nodes: &nodes, maximumNodes: maximumNodes, name: name) }
    }

    /// `text` without `<font>` tags. They only set a typeface, size or colour, and hand-written and FrontPage pages leave
    /// them open on every paragraph, so the parser nested each paragraph in the one before until it gave up.
    static func withoutFontTags(_ text: String) -> String {
        guard text.range(of: "<font", options: .caseInsensitive) != nil || text.range(of: "</font", options: .caseInsensitive) != nil else { return text }
        return text.replacingOccurrences(of: #"</?font\b[^>]*>"#, with: "", options: [.regularExpression, .caseInsensitive])
    }

    /// `text` with a `charset=` in its first 4 KiB (a `<meta>`'s) naming UTF-8.
    static func declaringUTF8(_ text: String) -> String {
        let head = String(text.prefix(4096))
        guard let range = head.range(of: #"charset\s*=\s*["']?[A-Za-z0-9_.:-]+"#, options: [.regularExpression, .caseInsensitive]) else { return text }
        return head.replacingCharacters(in: range, with: "charset=utf-8") + text.dropFirst(head.count)
    }

    private static func element(_ node: xmlNodePtr, depth: Int, nodes: inout Int, maximumNodes: Int, name: String) throws -> XMLTreeElement {
        let line = Int(xmlGetLineNo(node))
        guard depth < XMLTree.maximumDepth else { throw Diagnostic(file: name, line: line > 0 ? line : nil, "elements nest more than \(XMLTree.maximumDepth) deep") }
        var result = XMLTreeElement(name: LibXML.string(node.pointee.name).lowercased(), line: max(line, 0))
        var attribute = node.pointee.properties
        while let current = attribute {
            try count(&nodes, maximumNodes, name: name, line: line)
            let key = LibXML.string(current.pointee.name).lowercased()
            if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                result.attributes[key] = LibXML.string(value)
                thematic_xml_free(value)
            }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                try count(&nodes, maximumNodes, name: name, line: line)
                result.children.append(.element(try element(current, depth: depth + 1, nodes: &nodes, maximumNodes: maximumNodes, name: name)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                try count(&nodes, maximumNodes, name: name, line: line)
                result.children.append(.text(LibXML.string(current.pointee.content)))
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }

    private static func count(_ nodes: inout Int, _ maximum: Int, name: String, line: Int) throws {
        nodes += 1
        guard nodes <= maximum else {
            throw Diagnostic(file: name, line: line > 0 ? line : nil, "the document holds more than \(maximum) HTML nodes (elements, attributes, runs of text); refusing it")
        }
    }
}
