import Testing
import ThematicTestSupport
import ThematicCore
@testable import ThematicCoding

@Suite("Codebook loading")
struct CodebookLoaderTests {
    let valid = """
        languages: [english]
        unit: turn
        themes:
          - id: t1
            name: Theme one
        sub-themes:
          - id: s1
            parent: t1
        codes:
          - id: c1
            parent: s1
            rules: [supervis*]
          - id: c2
            parent: c1
            speakers: all
        """

    @Test func loadsHierarchy() throws {
        let book = try parse(valid)
        #expect(book.unit == .turn)
        #expect(book.entries.map(\.id) == ["t1", "s1", "c1", "c2"])
        #expect(book.ancestor(of: "c2", at: .theme)?.id == "t1")
        #expect(book.ancestor(of: "c2", at: .subtheme)?.id == "s1")
        #expect(book.descendants(of: "t1").map(\.id) == ["t1", "s1", "c1", "c2"])
        #expect(book["c2"]?.speakers == "all")
        #expect(book["s1"]?.name == "s1")
    }

    /// An imported project's notes and sets, kept for the REFI-QDA export; a code they name must exist.
    @Test func notesAndSetsAreReadWithTheirCodes() throws {
        let book = try parse(valid + "\nnotes:\n  - name: Memo\n    text: \"Two\\nlines\"\n    codes: [c1]\n    interviews: [P01]\nsets:\n  - name: Group\n    codes: [c1, c2]\n    interviews: []\n")
        #expect(book.notes == [Codebook.Note(name: "Memo", text: "Two\nlines", codes: ["c1"], interviews: ["P01"], line: 17)])
        #expect(book.sets.map { "\($0.name) \($0.codes) \($0.interviews) \($0.line)" } == ["Group [\"c1\", \"c2\"] [] 22"])
        for (yaml, location, fragment) in [
            ("notes:\n  - name: Memo\n    codes: [c9]\n", "codebook.yaml:18", "'codes' names 'c9', which is not"),
            ("sets:\n  - name: Group\n    members: [c1]\n", "codebook.yaml:18:5", "unknown field 'members'"),
            ("notes: Memo\n", "codebook.yaml:16", "'notes' must be a list"),
        ] {
            do {
                _ = try parse(valid + "\n" + yaml)
                Issue.record("accepted: \(yaml)")
            } catch {
                #expect(message(error).contains(location) && message(error).contains(fragment), "\(message(error))")
            }
        }
    }

    @Test(arguments: [
        ("  - id: c2\n    parent: c1\n    speakers: all", "  - id: c2\n    parent: nowhere", "codebook.yaml:13", "unknown parent 'nowhere'"),
        ("  - id: c1\n    parent: s1", "  - id: c1\n    parent: c2", "codebook.yaml:", "cycle: "),
        ("  - id: c2\n    parent: c1\n    speakers: all", "  - id: c1\n    parent: s1", "codebook.yaml:13", "duplicate id 'c1' (first defined on line 10)"),
        ("rules: [supervis*]", "rules: [\"a AND\"]", "codebook.yaml:12", "invalid rule for 'c1'"),
        ("speakers: all", "speakers: everyone", "codebook.yaml:15", "'speakers' must be one of"),
        ("    parent: t1\ncodes", "    parent: t1\n    colour: red\ncodes", "codebook.yaml:9", "unknown field 'colour'"),
        ("languages: [english]", "languages: [klingon]", "codebook.yaml:1", "unknown stemmer language 'klingon'"),
        ("  - id: s1\n    parent: t1", "  - id: s1\n    parent: c1", "codebook.yaml:7", "cannot sit under code 'c1'"),
    ])
    func reportsProblemsWithLines(original: String, replacement: String, location: String, fragment: String) {
        let yaml = valid.replacingOccurrences(of: original, with: replacement)
        #expect(yaml != valid, "test setup: \(original) not found")
        #expect(throws: (any Error).self) { try parse(yaml) }
        do { _ = try parse(yaml) } catch {
            #expect(message(error).contains(location), "\(error)")
            #expect(message(error).contains(fragment), "\(error)")
        }
    }

    @Test func bundledCodebookHasThreeThemesAndSixSubthemes() throws {
        let (book, _) = try CodebookLoader.load(path: TestSupport.bundledStudy.appendingPathComponent("codebook.yaml").path, displayName: "codebook.yaml")
        #expect(book.entries(at: .theme).count == 3)
        #expect(book.entries(at: .subtheme).count == 6)
        #expect(book.entries(at: .code).allSatisfy { !$0.rules.isEmpty })
        _ = try Autocoder(codebook: book)
    }
}
