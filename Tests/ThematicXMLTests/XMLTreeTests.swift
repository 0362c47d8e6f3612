import Foundation
import Testing
import ThematicCore
import ThematicXML

/// The budget `XMLTree.parse` keeps on nodes (red-team 02: bounds on bytes were no bound on work).
@Suite("XML tree")
struct XMLTreeTests {
    @Test func elementsAttributesAndTextCountAgainstTheBudget() throws {
        // <r> + 3 × (<e a="1"> + its text) = 1 + 3 × 3 = 10 nodes.
        let xml = Data(#"<r><e a="1">x</e><e a="1">x</e><e a="1">x</e></r>"#.utf8)
        #expect(try XMLTree.parse(xml, name: "ten.xml", maximumNodes: 10).elements.count == 3)
        let over = #expect(throws: Diagnostic.self) { try XMLTree.parse(xml, name: "ten.xml", maximumNodes: 9) }
        #expect(over?.file == "ten.xml" && over?.message.contains("more than 9 XML nodes") == true)
        // An element of many attributes is refused however few elements there are.
        let attributes = Data(("<r " + (0..<100).map { "a\($0)=\"\"" }.joined(separator: " ") + "/>").utf8)
        #expect(throws: Diagnostic.self) { try XMLTree.parse(attributes, name: "a.xml", maximumNodes: 50) }
    }

    @Test func theDefaultBudgetRefusesAnElementBombWithItsLine() throws {
        let bomb = Data(("<w:body xmlns:w=\"urn:w\">\n" + String(repeating: "<w:p/>", count: XMLTree.defaultMaximumNodes / 64) + "</w:body>").utf8)
        #expect(try XMLTree.parse(bomb, name: "ok.xml").elements.count == XMLTree.defaultMaximumNodes / 64)
        let budget = XMLTree.maximumNodes(forExpandedBytes: 1 << 20)
        #expect(budget == 65_536)
        let refused = #expect(throws: Diagnostic.self) { try XMLTree.parse(bomb, name: "bomb.xml", maximumNodes: budget) }
        #expect(refused?.line == 2)
    }

    @Test func textSplitByCDATAIsJoined() throws {
        let xml = Data(("<t>" + String(repeating: "a<![CDATA[b]]>", count: 50_000) + "</t>").utf8)
        let tree = try XMLTree.parse(xml, name: "t.xml")
        #expect(tree.text.count == 100_000 && tree.children.count == 1)
    }

    /// libxml2 2.9 checks one element's attributes for duplicates pair by pair (70,000 of them: 50 s), before the
    /// node budget could see them: a start tag of too many is refused by a scan of the bytes first, with its line.
    @Test func aStartTagOfTooManyAttributesIsRefusedBeforeLibXML2ReadsIt() throws {
        let many = (0...XMLTree.maximumAttributes).map { "a\($0)=\"=>\"" }.joined(separator: " ")
        let refused = #expect(throws: Diagnostic.self) { try XMLTree.parse(Data("<r>\n<!-- <x a=\" -->\n<e \(many)/></r>".utf8), name: "a.xml") }
        #expect(refused?.line == 3 && refused?.message.contains("more than \(XMLTree.maximumAttributes) attributes") == true)
        // As many in a comment, a CDATA section or text is no tag; the most an element may have is read.
        let allowed = (1..<XMLTree.maximumAttributes).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let fine = "<r><!-- <x \(many)> --><![CDATA[<x \(many)>]]><e a0='=' \(allowed)/></r>"
        #expect(try XMLTree.parse(Data(fine.utf8), name: "b.xml").element("e")?.attributes.count == XMLTree.maximumAttributes)
    }

    /// An external-only DOCTYPE is read past for ELAN, EXMARaLDA and TEI; the one judged must be the prolog's, not
    /// the first `<!DOCTYPE` bytes: a comment holding one hid an internal subset whose entity libxml2 then expanded
    /// into an attribute (the speaker's tier came back named by `&who;`).
    @Test func aDocumentTypeInACommentDoesNotVouchForTheRealOne() throws {
        let hidden = #"<?xml version="1.0"?><!-- <!DOCTYPE x SYSTEM "y"> --><?pi <!DOCTYPE z SYSTEM "z"> ?>"#
            + #"<!DOCTYPE r [<!ENTITY who "Kari Nordmann">]><r a="&who;"/>"#
        let refused = #expect(throws: Diagnostic.self) {
            try XMLTree.parse(Data(hidden.utf8), name: "h.eaf", allowingExternalDocumentType: true)
        }
        #expect(refused?.message.contains("document type declarations are not allowed") == true)
        // Still read past: an external identifier alone, after a comment and a processing instruction, with a BOM.
        let external = "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- note -->\n<?pi x?>\n<!DOCTYPE r SYSTEM \"r[1].dtd\">\n<r a=\"b\"/>"
        #expect(try XMLTree.parse(Data(external.utf8), name: "e.eaf", allowingExternalDocumentType: true).name == "r")
    }
}
