import Foundation
import ThematicCore
import ThematicXML

/// Reading and writing transcripts for the scorer test.
enum ThematicXMLAccess {
    static let reader: @Sendable (String) throws -> Interview = { path in
        try InterviewXMLReader().read(file: path, displayName: (path as NSString).lastPathComponent)
    }
    static let writer: @Sendable (Interview) -> String = { InterviewXMLWriter.xml($0) }
}
