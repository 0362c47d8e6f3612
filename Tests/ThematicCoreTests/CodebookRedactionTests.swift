import Testing
import ThematicCore

/// A codebook's own words are published in every artifact that names a code: a name the study protects is replaced
/// there by the transcripts' label, so the leak gate lets the codebook through and still refuses the name itself.
@Suite struct CodebookRedactionTests {
    static let protected = [ProtectedIdentifier("Ingrid Solbakken", reference: "person-3"), ProtectedIdentifier("Solbakken", reference: "person-3"),
                            ProtectedIdentifier("Lev Vygotsky", reference: "person-7"), ProtectedIdentifier("Vygotsky", reference: "person-7")]

    static func codebook() -> Codebook {
        var theme = Codebook.Entry(id: "learning", name: "Learning", level: .theme)
        theme.description = "How staff learn the new routines."
        var scaffolding = Codebook.Entry(id: "scaffolding-vygotsky", name: "Scaffolding (Vygotsky)", level: .subtheme, parent: "learning")
        scaffolding.codable = true
        let rides = Codebook.Entry(id: "rides-with-solbakken", name: "Rides with Solbakken", level: .code, parent: "scaffolding-vygotsky",
                                   description: "Lifts Ingrid Solbakken gives.", example: "Solbakken's car")
        var codebook = Codebook(entries: [theme, scaffolding, rides])
        codebook.notes = [Codebook.Note(name: "Ask Solbakken", text: "Ingrid Solbakken knows.", codes: ["rides-with-solbakken"])]
        codebook.sets = [Codebook.Grouping(name: "Vygotsky's codes", codes: ["scaffolding-vygotsky"])]
        return codebook
    }

    static func published(_ codebook: Codebook) -> String {
        var lines: [String] = []
        for entry in codebook.entries { lines += [entry.id, entry.parent ?? "", entry.name, entry.description, entry.example] }
        for note in codebook.notes { lines += [note.name, note.text] + note.codes }
        for set in codebook.sets { lines += [set.name] + set.codes }
        return lines.joined(separator: "\n")
    }

    @Test func namesInTheCodebookArePublishedAsTheirLabels() throws {
        let redaction = CodebookRedaction(Self.codebook(), by: MentionMatcher(Self.protected))
        let codebook = redaction.codebook
        #expect(codebook.entries.map(\.name) == ["Learning", "Scaffolding ([person 7])", "Rides with [person 3]"])
        #expect(codebook.entries.map(\.id) == ["learning", "scaffolding-person-7", "rides-with-person-3"])
        #expect(codebook.entries.map(\.parent) == [nil, "learning", "scaffolding-person-7"])
        #expect(codebook.entries[2].description == "Lifts [person 3] gives." && codebook.entries[2].example == "[person 3]'s car")
        #expect(codebook.entries[1].codable == true, "what is not a word is kept")
        #expect(codebook.notes == [Codebook.Note(name: "Ask [person 3]", text: "[person 3] knows.", codes: ["rides-with-person-3"])])
        #expect(codebook.sets.map(\.name) == ["[person 7]'s codes"] && codebook.sets[0].codes == ["scaffolding-person-7"])
        #expect(redaction.renamedIDs == ["scaffolding-vygotsky": "scaffolding-person-7", "rides-with-solbakken": "rides-with-person-3"])
        #expect(redaction.references == ["person-7", "person-3"] && redaction.changed == 4)
        #expect(codebook["rides-with-person-3"]?.parent == "scaffolding-person-7" && codebook.children(of: "learning").count == 1)
    }

    /// Both ways: the gate refuses the codebook as written (a genuine leak), and lets it through redacted.
    @Test func theGateRefusesTheNamesAndPassesTheRedactedCodebook() throws {
        let written = LeakGate.Channel(name: "codebook", text: Self.published(Self.codebook()))
        #expect(throws: DiagnosticList.self) { try LeakGate.check([written], protected: Self.protected) }
        let redacted = CodebookRedaction(Self.codebook(), by: MentionMatcher(Self.protected)).codebook
        try LeakGate.check([LeakGate.Channel(name: "codebook", text: Self.published(redacted))], protected: Self.protected)
    }

    @Test func aCodebookThatNamesNoOneIsUnchanged() {
        let codebook = Codebook(entries: [Codebook.Entry(id: "workload", name: "Workload", level: .theme, description: "Per week, the line staff drew.")])
        let redaction = CodebookRedaction(codebook, by: MentionMatcher(Self.protected + [ProtectedIdentifier("Per", reference: "person-9", needsNameContext: true)]))
        #expect(redaction.codebook == codebook && redaction.changed == 0 && redaction.renamedIDs.isEmpty)
    }

    /// Two ids that redact alike stay two ids.
    @Test func idsThatRedactAlikeStayApart() {
        let codebook = Codebook(entries: [Codebook.Entry(id: "solbakken", name: "Solbakken", level: .theme),
                                          Codebook.Entry(id: "ingrid-solbakken", name: "Ingrid Solbakken", level: .theme),
                                          Codebook.Entry(id: "person-3", name: "Person 3", level: .theme)])
        let ids = CodebookRedaction(codebook, by: MentionMatcher(Self.protected)).codebook.entries.map(\.id)
        #expect(Set(ids).count == 3 && ids.contains("person-3"), "\(ids)")
    }
}
