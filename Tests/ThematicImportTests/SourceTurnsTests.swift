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
        // A section heading with a colon, twice, is no third speaker (round 2 of real files: "Conclusão:").
        let concluded = LabelledTranscript.read(Self.paragraphs(["Pergunta 1: Como começou?", "Resposta: Com os tablets.", "Conclusão: funcionou.",
                                                                 "Pergunta 2: E depois?", "Resposta: Os sensores.", "Conclusão: melhor."]))
        #expect(concluded.turns.map(\.label) == ["Pergunta", "Resposta", "Pergunta", "Resposta"])
    }

    static func paragraphs(_ lines: [String]) -> [TextParagraph] {
        lines.enumerated().map { TextParagraph(text: $0.element, location: "line \($0.offset + 1)") }
    }

    /// Word for the web's "Transcribe": the time, then the speaker, on a paragraph of its own (round 3 of real files).
    @Test func aTimeThenASpeakerOnItsOwnLineOpensATimedTurn() {
        let document = LabelledTranscript.read(Self.paragraphs(["00:00:00 Speaker 1", "OK.", "00:00:03 Speaker 2", "Thank you for doing this.",
                                                                "00:00:16 Speaker 2", "So, firstly?", "00:00:27 Speaker 1", "The client needed context."]))
        #expect(document.turns.map(\.label) == ["Speaker 1", "Speaker 2", "Speaker 1"])
        #expect(document.turns.map(\.start) == [0, 3, 27])
        // Once, such a line is text: "10:30 Standup" is no speaker.
        let once = LabelledTranscript.read(Self.paragraphs(["I: When?", "P1: At 10:30 Standup", "10:30 Standup", "I: Fine."]))
        #expect(once.turns.map(\.label) == ["I", "P1", "I"])
    }

    /// `[speaker 1]` alone on its line, the words below; `[inaudible]` alone on a line is notation, not a speaker.
    @Test func aBracketedLabelAloneOnItsLineOpensATurn() {
        let document = LabelledTranscript.read(Self.paragraphs(["[speaker 1]", "Como começou?", "[speaker 2]", "Com os tablets.", "[inaudible]",
                                                                "[speaker 1]", "E depois?", "[speaker 2]", "Os sensores."]))
        #expect(document.turns.map(\.label) == ["speaker 1", "speaker 2", "speaker 1", "speaker 2"])
        #expect(!document.turns.map(\.label).contains("inaudible"))
    }

    /// An oral history's header lines stand after the archive's abstract, which opened with the interviewee's label
    /// (round 4 of real files: INTERVIEWEE and INTERVIEWER became two more speakers); two interviewers named together
    /// are two people.
    @Test func headerLinesSaidOnceAreMetadataWhereverTheyStand() {
        let document = LabelledTranscript.read(Self.paragraphs([
            "Danica Kragic: An interview conducted by Peter Asaro, January 2015", "INTERVIEWEE: Danica Kragic", "INTERVIEWER: Peter Asaro and Selma Šabanović",
            "DATE: 23 January 2015", "Q: Tell us your name.", "Danica Kragic: My name is Danica.", "Q: Where did you grow up?", "Danica Kragic: In Croatia."]))
        #expect(document.turns.map(\.label) == ["Danica Kragic", "Q", "Danica Kragic", "Q", "Danica Kragic"])
        #expect(document.metadata.map(\.kind) == [.participant, .interviewer, .date])
        #expect(LabelledTranscript.people(in: "Peter Asaro and Selma Šabanović") == ["Peter Asaro", "Selma Šabanović"])
    }

    /// Hand-typed transcripts set a short label off with a dash (`I – …`, `C - …`) or a colon without a space
    /// (`B:Das …`) (round 5 of real files); a sentence with a dash is no label, nor a web address.
    @Test func shortLabelsWithADashOrNoSpaceOpenTurns() {
        let dashed = LabelledTranscript.read(Self.paragraphs(["I – How did it start?", "C – With the tablets.", "I - And then?", "C - The sensors."]))
        #expect(dashed.turns.map(\.label) == ["I", "C", "I", "C"])
        #expect(dashed.turns[1].text == "With the tablets.")
        let tight = LabelledTranscript.read(Self.paragraphs(["I:Wie fing es an?", "B:Das war 2019.", "I: Und dann?", "B:Die Sensoren."]))
        #expect(tight.turns.map(\.label) == ["I", "B", "I", "B"])
        let prose = LabelledTranscript.read(Self.paragraphs(["I: What then?", "P1: So - we went home.", "So - nothing.", "I: See https://x.org", "P1: Ok."]))
        #expect(prose.turns.map(\.label) == ["I", "P1", "I", "P1"])
    }

    /// Zoom's saved captions name whoever the directory or the room says: "Last, First", a room device (round 4 of
    /// real files: everything went to the one plain name).
    @Test func zoomLabelsNeedNotLookLikeNames() {
        let document = LabelledTranscript.read(Self.paragraphs(["[Birje, Shreya Rajendra] 10:02:03", "Shall we start?", "[ATL - WonderFrog] 10:02:09",
                                                                "Yes, we are all here.", "[Birje, Shreya Rajendra] 10:02:15", "Good.",
                                                                "[ATL - WonderFrog] 10:02:20", "Go ahead.", "[inaudible] 10:02:30", "Fine."]))
        #expect(document.turns.map(\.label) == ["Birje, Shreya Rajendra", "ATL - WonderFrog", "Birje, Shreya Rajendra", "ATL - WonderFrog"])
        #expect(document.turns.map(\.start) == [0, 6, 12, 17])
    }

    /// Spoken-corpus transcripts open each line with a speaker code and a space (round 3 of real files); a few
    /// lines that start with a product code are not speakers.
    @Test func speakerCodesWithoutAColonOpenTurns() {
        let document = LabelledTranscript.read(Self.paragraphs(["time_begin = 0:58:57", "nvs1967f а я хочу вам сказать", "lah1929f да / конечно",
                                                                "nvs1967f и что потом", "lah1929f потом театр"]))
        #expect(document.turns.map(\.label) == ["nvs1967f", "lah1929f", "nvs1967f", "lah1929f"])
        #expect(document.turns[1].text == "да / конечно")
        let at = LabelledTranscript.read(Self.paragraphs(["@vb1988m как дела", "@es1994m хорошо", "@vb1988m а потом", "@es1994m потом театр"]))
        #expect(at.turns.map(\.label) == ["@vb1988m", "@es1994m", "@vb1988m", "@es1994m"])
        let prose = LabelledTranscript.read(Self.paragraphs(["I: Which model?", "P1: The A320 neo, mostly.", "A320 pilots like it.", "I: And B737?",
                                                             "B737 crews less so.", "P1: Yes."]))
        #expect(prose.turns.map(\.label) == ["I", "P1", "I", "P1"])
    }

    /// MeetGeek shows initials alone on a line before each sentence; two sets of initials that recur are speakers,
    /// an "OK" line is not.
    @Test func recurringInitialsAloneOnTheirLinesAreSpeakers() {
        let lines = ["DM", "00:00:01", "Bom dia, professor.", "MF", "Bom dia.", "DM", "Como começou?", "MF", "Facto", "press enter to edit Facto", "Com os arquivos.",
                     "OK", "DM", "E depois?", "MF", "00:01:10", "Os documentos."]
        let document = LabelledTranscript.read(Self.paragraphs(lines))
        #expect(document.turns.map(\.label) == ["DM", "MF", "DM", "MF", "DM", "MF"])
        #expect(document.turns.first?.start == 1)
        #expect(document.turns[3].text == "Com os arquivos. OK" && document.turns[5].start == 70, "the tool's highlight chip and a bare time are not words")
        // One set of initials alone could be an acronym on its own line: no speakers from it.
        #expect(LabelledTranscript.read(Self.paragraphs(["I: What is it?", "P1: The", "EPJ", "I: The EPJ?", "P1: Yes", "EPJ", "EPJ"])).turns.map(\.label) == ["I", "P1", "I", "P1"])
    }
}
