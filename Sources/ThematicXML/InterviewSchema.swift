import CLibXML2
import Foundation
import ThematicCore

/// The compiled Interview XML v1 schema (`Schemas/interview-v1.xsd`).
///
/// A compiled schema is read-only during validation, so one instance can serve readers on several threads.
public final class InterviewSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr

    /// The schema shipped with Thematic, compiled once per process.
    public static let v1: InterviewSchema = {
        do { return try InterviewSchema(xsd: bundledXSD()) } catch { fatalError("the bundled interview schema does not compile: \(error)") }
    }()

    /// The text of the bundled XSD.
    public static func bundledXSD() throws -> Data {
        guard let url = Bundle.module.url(forResource: "interview-v1", withExtension: "xsd", subdirectory: "Schemas") else {
            throw Diagnostic("the Interview XML v1 schema is missing from the ThematicXML resources")
        }
        return try Data(contentsOf: url)
    }

    /// Compiles a schema from XSD text.
    public init(xsd: Data) throws {
        _ = LibXML.ready
        let parsed: xmlSchemaPtr? = xsd.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
                  let context = xmlSchemaNewMemParserCtxt(base, Int32(buffer.count)) else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            return xmlSchemaParse(context)
        }
        guard let parsed else { throw Diagnostic("the interview schema could not be compiled") }
        pointer = parsed
    }

    deinit { xmlSchemaFree(pointer) }
}
