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
