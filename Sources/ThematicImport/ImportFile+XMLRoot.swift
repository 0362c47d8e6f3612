import ThematicCore
import ThematicXML

extension ImportFile {
    /// The file read as XML whose root must be `element`, refused at the root's line with the format's name when it is
    /// not. A DOCTYPE naming an external DTD (`tei_all.dtd`, `trans-14.dtd`) is read past without loading it, as these
    /// formats' tools write one; internal subsets and entity declarations stay refused by the XML reader.
    public func xmlRoot(named element: String, format: String) throws -> XMLTreeElement {
        let root = try XMLTree.parse(data, name: displayName, allowingExternalDocumentType: true)
        guard root.name == element else {
            throw Diagnostic(file: displayName, line: root.line, "the root element is <\(root.name)>, not \(format)'s <\(element)>")
        }
        return root
    }
}
