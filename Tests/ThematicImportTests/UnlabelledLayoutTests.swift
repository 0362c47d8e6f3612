import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicImport

/// Layouts real tools and typists write that the label rules alone missed (rounds 3–5 of real files, issue 29),
/// each from a small hand-written sample of the shape.
@Suite struct UnlabelledLayoutTests {
    let registry = ImporterRegistry(BuiltInImporters.all)

    static func paragraphs(_ lines: [String]) -> [TextParagraph] {
        lines.enumerated().map { TextParagraph(text: $0.element, location: "line \($0.offset + 1)") }
    }

    func study(_ name: String, _ data: Data) throws -> ImportedStudy {
        try StudyImport(registry: registry).importStudy([ImportFile(displayName: name, data: data)], settings: .init())
    }

    /// `We:--¿…?` / `Irma:--…` (and once `Irma--…`): a double hyphen sets a name off; a word glued to `--` once in
    /// prose is no speaker.
    @Test func aDoubleHyphenSetsALabelOff() {
        let document = LabelledTranscript.read(Self.paragraphs(["We:--¿Tienen un sistema?", "Ana:--Una planilla, nada más.", "We:--¿Y el correo?",
                                                                "Ana--Sí. Todavía.", "Well--that was it.", "We:--Gracias."]))
        #expect(document.turns.map(\.label) == ["We", "Ana", "We", "Ana", "We"])
        #expect(document.turns[1].text == "Una planilla, nada más.")
        #expect(document.turns[3].text == "Sí. Todavía. Well--that was it.")
    }

    /// Questions as Markdown headings, the answers in (italic, quoted) paragraphs below; the header above the first
    /// question is metadata or a title, and a heading of another level is a section.
    @Test func headingsThatAskAreTheInterviewersTurns() throws {
        let text = """
            # Info
            Interviewee: Mara

            # Transcript
            ## Question 1: What keeps you busy?

            *"Work, mostly."*

            ## In what way?

            *"Shifts.
            Long ones."*

            ## Question 2: Who decides at home?

            *"We both do."*

            ## Question 3: And with friends?

            *"Whoever is hungriest."*

            ## Tell me more.

            *"That is all."*
            """
        let imported = try study("mara.md", Data(text.utf8))
        let turns = imported.interviews[0].turns
        #expect(turns.map(\.speaker) == ["I1", "P01", "I1", "P01", "I1", "P01", "I1", "P01", "I1", "P01"])
        #expect(turns[3].text == "\"Shifts. Long ones.\"")
        #expect(imported.report.files[0].speakers.map(\.mappedBy) == ["role-label", "role-label"])
        #expect(imported.report.files[0].findings.contains { $0.message.hasPrefix("no speaker labels: the 5 questions (headings)") })
    }

    /// `¿…?` paragraphs, each answered by the next (an answer that asks back stays an answer); a Word paragraph whose
    /// question and answer a soft line break divides.
    @Test func paragraphsThatAskAlternateWithTheirAnswers() {
        let spanish = QuestionAnswerLayout.document(Self.paragraphs([
            "Preparada por: grupo 3", "Entrevista 1", "¿Cómo venden hoy?", "Por correo.", "¿Cuántos libros?", "Unos quinientos.",
            "¿Y clientes?", "Cuatrocientos. ¿Es mucho?", "¿Tienen computadora?", "Una tableta.",
        ]), unless: ImportedDocument(turns: []))
        #expect(spanish?.turns.map(\.label) == ["Question", "Answer", "Question", "Answer", "Question", "Answer", "Question", "Answer"])
        #expect(spanish?.turns[5].text == "Cuatrocientos. ¿Es mucho?")
        let broken = (1...4).map { TextParagraph(text: "Why \($0)? Because.", location: "paragraph \($0)", softLines: ["Why \($0)?", "Because."]) }
        let split = QuestionAnswerLayout.document(broken, unless: ImportedDocument(turns: []))
        #expect(split?.turns.map(\.text) == ["Why 1?", "Because.", "Why 2?", "Because.", "Why 3?", "Because.", "Why 4?", "Because."])
    }

    /// A talk with a few rhetorical questions is one voice, a recording followed by a summary under headings is not
    /// a written interview, and a file the label rules read with two speakers is left to them.
    @Test func fewQuestionsLongTextFirstOrLabelsAreNotTheLayout() {
        var lecture = (1...20).map { "Point \($0) of the talk, explained at length." }
        for index in [2, 7, 12, 16] { lecture.insert("Why does this matter?", at: index) }
        #expect(QuestionAnswerLayout.document(Self.paragraphs(lecture), unless: ImportedDocument(turns: [])) == nil)
        let summary = [TextParagraph(text: String(repeating: "talk ", count: 60), location: "line 1")]
            + (1...4).flatMap { [TextParagraph(text: "Theme \($0)", location: "h", headingLevel: 3), TextParagraph(text: "- a point", location: "b")] }
        #expect(QuestionAnswerLayout.document(summary, unless: ImportedDocument(turns: [])) == nil)
        let labelled = ImportedDocument(turns: [ImportedTurn(label: "I", content: [.text("Why?")], location: "1"),
                                                ImportedTurn(label: "P1", content: [.text("So.")], location: "2")])
        #expect(QuestionAnswerLayout.document(Self.paragraphs(["Why?", "So.", "How?", "So.", "What?", "So.", "Who?", "So."]), unless: labelled) == nil)
    }

    /// One table row: the labels down the left cell (padded with empty paragraphs), the utterances down the right.
    @Test func aTableOfLabelAndUtteranceColumnsPairsThemByOrder() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        func cell(_ lines: [String]) -> String {
            "<w:tc>" + lines.map { "<w:p><w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>"
        }
        let labels = ["Interviewer", "", "", "Interviewee", "", "Interviewer", "Interviewee", "", "", ""]
        let words = ["How was school?", "", "Fine, mostly.", "", "Why only mostly?", "", "The bus.", ""]
        let xml = "<w:document \(w)><w:body><w:p><w:r><w:t>Interview 14</w:t></w:r></w:p><w:tbl><w:tr>\(cell(labels))\(cell(words))</w:tr></w:tbl></w:body></w:document>"
        let imported = try study("Interview 14.docx", StudyImportTests.storedZIP([("word/document.xml", Data(xml.utf8))]))
        #expect(imported.interviews[0].turns.map(\.speaker) == ["I1", "P01", "I1", "P01"])
        #expect(imported.interviews[0].turns.map(\.text) == ["How was school?", "Fine, mostly.", "Why only mostly?", "The bus."])
    }
}
