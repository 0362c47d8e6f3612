import Testing
import ThematicImport

/// Speakers inside a REFI-QDA text source, read by the text importers' label rules (issue 30, item 3).
@Suite struct SourceTurnsTests {
    /// QualCoder and Exegete projects hold Otter's text: a name and a time alone on a line, the words below.
    @Test func otterLinesInsideASourceGiveEachSpeakerTheirWords() {
        let text = "Ann Berg  00:02\nSo how did it start?\n\nKari Lund  00:05\nWith the tablets.\nThen the sensors.\nAnn Berg  00:31\nAnd now?\n"
        let turns = SourceTurns(text, fallbackLabel: "Case 1", knownLabels: [])
        #expect(turns.pieces.map(\.label) == ["Ann Berg", "Kari Lund", "Kari Lund", "Ann Berg"])
        #expect(turns.pieces.map(\.text) == ["So how did it start?", "With the tablets.", "Then the sensors.", "And now?"])
        // Offsets point into the source, so codings land on the right words.
        let scalars = Array(text.unicodeScalars)
        for piece in turns.pieces {
            #expect(String(String.UnicodeScalarView(scalars[piece.sourceStart..<(piece.sourceStart + piece.text.unicodeScalars.count)])) == piece.text)
        }
        #expect(turns.rule.contains("label lines with a time"))
    }

    @Test func aSourceWithoutLabelsIsItsCasesAndSaysSo() {
        let turns = SourceTurns("We started in 2019.\nRQ5: a note once.\n", fallbackLabel: "Case 1", knownLabels: [])
        #expect(turns.pieces.map(\.label) == ["Case 1", "Case 1"])
        #expect(turns.rule.hasPrefix("no speaker labels"))
    }
}

/// Layouts of written interviews (issue 29): labels alone on their lines, numbered questions.
@Suite struct WrittenInterviewLayoutTests {
    @Test func aRoleAloneOnItsLineOpensATurn() {
        let paragraphs = ["Researcher", "So how did it start?", "Unknown Speaker", "With the tablets.", "Then the sensors.", "Researcher", "And now?",
                          "Unknown Speaker", "Yes", "Better."].enumerated().map { TextParagraph(text: $0.element, location: "line \($0.offset + 1)") }
        let document = LabelledTranscript.read(paragraphs)
        #expect(document.turns.map(\.label) == ["Researcher", "Unknown Speaker", "Researcher", "Unknown Speaker"])
        #expect(document.turns[1].content == [.text("With the tablets. Then the sensors.")], "\(document.turns[1].content)")
    }

    @Test func aShortLineOfTextIsNoSpeaker() {
        let paragraphs = ["I: Did it help?", "P1: Yes", "Thanks", "I: And then?", "P1: Thanks", "Yes"].enumerated().map { TextParagraph(text: $0.element, location: "line \($0.offset + 1)") }
        let document = LabelledTranscript.read(paragraphs)
        #expect(document.turns.map(\.label) == ["I", "P1", "I", "P1"])
    }

    @Test func numberedQuestionsAreOneSpeaker() {
        let paragraphs = ["Pergunta 1: Como começou?", "Resposta:", "Com os tablets.", "Pergunta 2: E depois?", "Resposta:", "Os sensores."]
            .enumerated().map { TextParagraph(text: $0.element, location: "line \($0.offset + 1)") }
        let document = LabelledTranscript.read(paragraphs)
        #expect(document.turns.map(\.label) == ["Pergunta", "Resposta", "Pergunta", "Resposta"])
        #expect(document.turns.last?.content == [.text("Os sensores.")])
    }
}
