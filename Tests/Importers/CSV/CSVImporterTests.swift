import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import CSVImporter

@Suite("CSV importer")
struct CSVImporterTests {
    func read(_ data: Data, name: String = "t.csv") throws -> ImportedDocument {
        try CSVImporter(options: StageOptions(specs: CSVImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    func read(_ text: String, name: String = "t.csv") throws -> ImportedDocument { try read(Data(text.utf8), name: name) }

    func recognizes(_ text: String, name: String = "t.csv") -> Bool { CSVImporter.recognizes(ImportFile(displayName: name, data: Data(text.utf8))) }

    /// `speaker,words` with CRLF, names in full on the first turn and by surname after.
    @Test func surnamesAfterFullNamesAreTheSameSpeaker() throws {
        let document = try read(try TestSupport.importFixture("surnames.csv"))
        #expect(document.turns.map(\.label) == ["Ann Berg", "Tom Lund", "Ann Berg", "Tom Lund", "Ann Berg", "Tom Lund"])
        #expect(document.turns.map(\.text) == ["So, where did you grow up?", "In Bergen, mostly.", "Why Bergen?", "My mother was from there.",
                                               "And your father?", "He came later, in 1970."])
        #expect(document.turns.allSatisfy { $0.start == nil && $0.end == nil })
        #expect(document.findings.contains { $0.message.contains("surname only") })
    }

    /// A surname shared by two earlier full names is nobody's in particular; a surname first is a speaker of its own.
    @Test func ambiguousOrEarlySurnamesStayAsWritten() throws {
        let document = try read("speaker,words\nBerg,Hello?\nAnn Berg,Hi.\nOla Berg,Hey.\nBerg,Who?\n")
        #expect(document.turns.map(\.label) == ["Berg", "Ann Berg", "Ola Berg", "Berg"])
    }

    /// `speaker,timestamp,words,tags`: quoted fields with commas, doubled quotes and line breaks, empty rows,
    /// rows without a speaker continuing the turn, times `m:ss` and `h:mm:ss`, and no time where the row has none.
    @Test func quotedFieldsTimesAndContinuations() throws {
        let document = try read(try TestSupport.importFixture("oral-history.csv"))
        #expect(document.turns.map(\.label) == ["Marta Lindqvist", "Henrik Dahl", "Marta Lindqvist", "Henrik Dahl", "Marta Lindqvist", "Henrik Dahl"])
        #expect(document.turns[3].text == "In 1961. I swept floors, then I ran the \"big\" loom. My father worked there too, and my uncle before him.")
        #expect(document.turns.map(\.start) == [2, 15, 21, 28, 3723, nil])
        #expect(document.turns.map(\.location) == ["line 2", "line 4", "line 5", "line 6", "line 10", "line 11"])
        #expect(document.turns[5].content.contains(.element(InlineElement(name: "event", children: [.text("laughs")]))))
        #expect(document.findings.contains { $0.message.contains("'tags' not imported") })
        #expect(document.findings.contains { $0.message.contains("1 row without a speaker") })
    }

    /// Times are the table's: a row that starts before the one above is kept where it is and reported, not re-timed.
    @Test func timesOutOfOrderAreKeptAndReported() throws {
        let document = try read("speaker,time,words\nA,0:10,First?\nB,0:05,Second.\n")
        #expect(document.turns.map(\.start) == [10, 5])
        #expect(document.findings.contains { $0.message.contains("start before the row above") })
    }

    /// Oral-history CSV writes its sparse times in brackets ("[0:00]", "[00:04:40]"): the time inside them (round 10
    /// of real files: refused as not a time). Text in brackets that is no time is still refused.
    @Test func timesInBracketsAreTimes() throws {
        let document = try read("speaker,words,tags,timestamp\nAnn Berg,Shall we start?,,[0:00]\n,Good.,,\nTom Lund,Yes.,,[00:04:40]\nAnn Berg,Then?,,(1:02:03)\n")
        #expect(document.turns.map(\.start) == [0, 280, 3723])
        #expect(throws: Diagnostic.self) { try read("speaker,words,timestamp\nA,Hi.,[later]\nB,Yes.,\n") }
    }

    /// A word-processor table's time cell in brackets is the turn's start, written once.
    @Test func tableTimeCellInBracketsIsTheStart() throws {
        let row = TableRow.paragraph(["[00:01:05]", "Ann", "Hello there."], location: "row 1")
        #expect(row?.text == "Ann [00:01:05] Hello there.")
    }

    /// Tab-separated, Norwegian headers, seconds and an end column.
    @Test func tabSeparatedWithNorwegianHeaders() throws {
        let document = try read("Taler\tStart\tSlutt\tTekst\nIntervjuer\t0\t4.5\tHvor bodde du da?\nDeltaker\t5\t9\tI Trondheim, med \"mor\".\n", name: "t.tsv")
        #expect(document.turns.map(\.label) == ["Intervjuer", "Deltaker"])
        #expect(document.turns.map(\.start) == [0, 5])
        #expect(document.turns.map(\.end) == [4.5, 9])
        #expect(document.turns[1].text == "I Trondheim, med \"mor\".")
    }

    /// Vendor tags in the words are events; U+201A written for a comma after a word is a comma, before a word a quote.
    @Test func vendorTagsAndLowQuoteCommas() throws {
        let document = try read("speaker,words\nA,\"Mm-hmm <affirmative>, and then?\"\nB,Kansas City\u{201A} Missouri\u{201A} and \u{201A}so\u{2018} on\u{201A}\nA,\"\"\"No\u{201A}\u{201D} she said.\"\n")
        #expect(document.turns[0].text == "Mm-hmm, and then?")
        #expect(document.turns[0].content.contains(.element(InlineElement(name: "event", children: [.text("affirmative")]))))
        #expect(document.turns[1].text == "Kansas City, Missouri, and \u{201A}so\u{2018} on,")
        #expect(document.turns[2].text == "\"No,\u{201D} she said.")
        #expect(document.findings.contains { $0.message.contains("4 low single quotes") })
    }

    /// Consecutive rows of one speaker are one turn.
    @Test func consecutiveRowsOfOneSpeakerMerge() throws {
        let document = try read("speaker,text\nInterviewer,Tell me.\nP1,First part.\nP1,Second part.\n")
        #expect(document.turns.map(\.label) == ["Interviewer", "P1"])
        #expect(document.turns[1].text == "First part. Second part.")
    }

    /// A transcript table by its header, whatever the extension; coding tables and participants lists are not.
    @Test func sniffsTranscriptHeadersOnly() {
        #expect(recognizes("speaker,words\nA,b\n", name: "x.txt"))
        #expect(recognizes("\u{FEFF}Speaker,Timestamp,Words,Tags\n"))
        #expect(recognizes("Name;Utterance\nKari;Hei\n"))
        #expect(recognizes("Navn\tTekst\n", name: "x.tsv"))
        #expect(recognizes("speaker_name,transcript,start_time\n"))
        #expect(!recognizes("interview,turn,start,end,code,coder\nint01,0,0,5,trust,A\n"))
        #expect(!recognizes("id,name,age,role\nP01,Kari,34,nurse\n"))
        #expect(!recognizes("name,notes\nKari,called back\n"))
        #expect(!recognizes("Interviewer: Speaker, words and more\nParticipant: yes\n", name: "x.txt"))
    }

    @Test func aCodingTableIsNoTranscript() throws {
        let error = #expect(throws: Diagnostic.self) { try read("interview,turn,start,end,code,coder\nint01,0,0,5,trust,A\n") }
        #expect(error?.line == 1)
        #expect(error?.message.contains("coding table") == true)
    }

    @Test func badRowsNameTheirLine() throws {
        let extra = #expect(throws: Diagnostic.self) { try read("speaker,words\nA,fine\nB,one,two\n") }
        #expect(extra?.line == 3)
        let time = #expect(throws: Diagnostic.self) { try read("speaker,time,words\nA,0:01,fine\nB,soon,no\n") }
        #expect(time?.line == 3)
        let quote = #expect(throws: Diagnostic.self) { try read("speaker,words\nA,fine\nB,\"never closed\n") }
        #expect(quote?.line == 3)
        let nobody = #expect(throws: Diagnostic.self) { try read("speaker,words\n,who says this?\nA,me\n") }
        #expect(nobody?.line == 2)
        let backwards = #expect(throws: Diagnostic.self) { try read("speaker,start,end,words\nA,5,2,x\n") }
        #expect(backwards?.line == 2)
    }

    /// The speaker column goes through the same mapping as every transcript: roles, names protected, surnames unified.
    @Test func speakersAreMappedLikeOtherTranscripts() throws {
        let registry = ImporterRegistry([CSVImporter.self])
        let files = [ImportFile(displayName: "surnames.csv", data: try TestSupport.importFixture("surnames.csv"))]
        let study = try StudyImport(registry: registry).importStudy(files, settings: .init(speakers: try SpeakerSettings()))
        let speakers = study.report.files[0].speakers
        #expect(speakers.map { "\($0.label)=\($0.role)" } == ["Ann Berg=interviewer", "Tom Lund=participant"])
        #expect(speakers.allSatisfy { $0.labelIsName })
        #expect(study.names.contains("Ann Berg") && study.names.contains("Tom Lund"))
        let group = [ImportFile(displayName: "g.csv", data: Data("speaker,words\nModerator,What do you all think?\nSpeaker 1,Fine.\nSpeaker 2,Not so fine.\nModerator,Why?\nSpeaker 2,Long story.\n".utf8))]
        let focus = try StudyImport(registry: registry).importStudy(group, settings: .init(speakers: try SpeakerSettings()))
        #expect(focus.report.files[0].speakers.map(\.role) == ["interviewer", "participant", "participant"])
    }
}
