import CLibXML2
import Foundation
import ThematicCore

/// Validation of any XML document against an XSD with libxml2, for formats other than Interview XML (the REFI-QDA
/// project and codebook schemas).
public final class XMLSchemaValidator: @unchecked Sendable {
    private let schema: InterviewSchema

    /// Compiles `xsd`.
    public init(xsd: Data) throws {
        schema = try InterviewSchema(xsd: xsd)
    }

    /// A schema bundled with ThematicXML, by file name under `Schemas/` (`refi-qda/Project.xsd`).
    public static func bundled(_ path: String) throws -> XMLSchemaValidator {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let folder = "Schemas/" + (path as NSString).deletingLastPathComponent
        guard let url = Bundle.module.url(forResource: name, withExtension: "xsd", subdirectory: folder) else {
            throw Diagnostic("the schema \(path) is missing from the ThematicXML resources")
        }
        return try XMLSchemaValidator(xsd: Data(contentsOf: url))
    }

    /// What in `document` the schema does not allow, as diagnostics naming `name` and the line; empty when valid.
    /// The document is parsed with the same defences as transcripts (no DTD loading, no network).
    public func violations(of document: Data, name: String) throws -> [Diagnostic] {
        try LibXML.withReader(document, name: name) { reader, errors -> [Diagnostic] in
            guard xmlTextReaderSetSchema(reader, schema.pointer) == 0 else { throw Diagnostic(file: name, "could not attach the schema") }
            while true {
                let status = xmlTextReaderRead(reader)
                if status == 0 { break }
                if status < 0 { break }
                if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
                    throw Diagnostic(file: name, line: Int(xmlTextReaderGetParserLineNumber(reader)), "document type declarations are not allowed")
                }
            }
            let found = errors.diagnostics(file: name)
            if found.isEmpty, xmlTextReaderIsValid(reader) != 1 { return [Diagnostic(file: name, "the document does not conform to the schema")] }
            return found
        }
    }
}
