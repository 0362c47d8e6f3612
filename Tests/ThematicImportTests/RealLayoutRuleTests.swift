import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
@testable import ThematicImport

/// Layouts of round 7's real files (issue 29) that the label rules missed, each rule shown on a small sample we wrote
/// in the same shape (the real files state no licence).
@Suite struct RealLayoutRuleTests {
    let registry = ImporterRegistry(BuiltInImporters.all)

    static func paragraphs(_ lines: [String]) -> [TextParagraph] {
        lines.enumerated().map { TextParagraph(text: $0.element, location: "line \($0.offset + 1)") }
    }

    func study(_ name: String, _ data: Data, settings: StudyImport.Settings = .init()) throws -> ImportedStudy {
        try StudyImport(registry: registry).importStudy([ImportFile(displayName: name, data: data)], settings: settings)
    }

    static func docx(_ paragraphs: [String]) -> Data {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let body = paragraphs.map { "<w:p>\($0)</w:p>" }.joined()
        return StudyImportTests.storedZIP([("word/document.xml", Data("<w:document \(w)><w:body>\(body)</w:body></w:document>".utf8))])
    }

    static func bold(_ text: String) -> String { "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
    static func plain(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
    static let softBreak = "<w:r><w:br/></w:r>"

    /// A question and its answer in one Word paragraph, a soft line break between, each with its bold label: two
    /// turns. The header above names the interviewee and describes her: her name is protected, not "24"; `(me)`
    /// beside the interviewer's label is no organisation.
    @Test func aLabelAfterASoftLineBreakStartsATurn() throws {
        let header = Self.bold("Interviewee: Sarah Chen, 24, undergraduate student in Brisbane")
        let pairs = [("Interviewer (me):", "How do you travel?", "By train, mostly."),
                     ("Interviewer:", "With whom?", "Friends from my course."),
                     ("Interviewer:", "What would you change?", "Fewer phones at the table.")]
        let paragraphs = [header] + pairs.map { label, question, answer in
            Self.bold(label) + Self.plain(" " + question) + Self.softBreak + Self.bold("Sarah:") + Self.plain(" " + answer)
        }
        let imported = try study("Interview about travel.docx", Self.docx(paragraphs))
        let turns = imported.interviews[0].turns
        #expect(turns.map(\.speaker) == ["I1", "P01", "I1", "P01", "I1", "P01"])
        #expect(turns.map(\.text) == ["How do you travel?", "By train, mostly.", "With whom?", "Friends from my course.", "What would you change?", "Fewer phones at the table."])
        #expect(imported.names.contains("Sarah Chen") && !imported.names.contains("24"))
        #expect(imported.organisations.isEmpty)
        #expect(imported.report.files[0].findings.contains { $0.message.hasPrefix("3 speaker labels after a soft line break") })
        // A soft-broken line that holds no label continues the turn, as before.
        let wrapped = try study("wrapped.docx", Self.docx([Self.bold("I:") + Self.plain(" Why?"), Self.bold("P1:") + Self.plain(" Because") + Self.softBreak + Self.plain("it rained.")]))
        #expect(wrapped.interviews[0].turns.map(\.text) == ["Why?", "Because it rained."])
    }

    /// A line after a soft break that opens like a label but whose label is said once is a quote inside the turn
    /// ("… and shouted⏎Stop: nobody touches the panel"), not a late joiner: it made the interview a group session
    /// with 'Stop' and 'Mum' as participants and dropped both words.
    @Test func aLabelSaidOnceAfterASoftBreakIsPartOfTheTurn() throws {
        let paragraphs = [
            Self.plain("Interviewer: How did the night go when the alarm failed?"),
            Self.plain("Participant: It was chaos. My colleague came running and shouted") + Self.softBreak
                + Self.plain("Stop: nobody touches the panel until the vendor calls.") + Self.softBreak + Self.plain("So we waited."),
            Self.plain("Interviewer: And at home?"),
            Self.plain("Participant: My mother phoned and said") + Self.softBreak + Self.plain("Mum: come home now, and I went."),
        ]
        let imported = try study("night.docx", Self.docx(paragraphs))
        let turns = imported.interviews[0].turns
        #expect(turns.map(\.speaker) == ["I1", "P01", "I1", "P01"])
        #expect(turns[1].text == "It was chaos. My colleague came running and shouted Stop: nobody touches the panel until the vendor calls. So we waited.")
        #expect(turns[3].text == "My mother phoned and said Mum: come home now, and I went.")
    }

    /// A write-up that marks its questions with a dash, questions and answers in one paragraph by soft line breaks,
    /// one question wrapped by hand before its question mark and one without any: each run of question lines a
    /// question, each run of the others its answer. Where the dashes open the answers instead, they mark nothing.
    @Test func aWriteUpsDashMarksItsQuestions() {
        func paragraph(_ lines: [String]) -> TextParagraph {
            TextParagraph(text: lines.joined(separator: " "), location: "p", softLines: lines)
        }
        let paragraphs = [
            paragraph(["Intervju 22/10/12", "-Hva er problemet?", "De faller."]),
            paragraph(["Det er vanlig.", "-Hvordan er oppfølgingen mellom", "hver time?", "Vi ringer dem."]),
            paragraph(["-Trener de hjemme?", "Sjelden."]),
            paragraph(["-Hvem betaler?", "Kommunen."]),
            paragraph(["-Er det dyrt?", "Ja."]),
            paragraph(["-Generelt", "Vi har tro på prosjektet."]),
        ]
        let document = QuestionAnswerLayout.document(paragraphs, unless: ImportedDocument(turns: []))
        #expect(document?.turns.map(\.label) == ["Question", "Answer", "Question", "Answer", "Question", "Answer", "Question", "Answer", "Question", "Answer", "Question", "Answer"])
        #expect(document?.turns.map(\.text) == ["-Hva er problemet?", "De faller. Det er vanlig.", "-Hvordan er oppfølgingen mellom hver time?", "Vi ringer dem.",
                                                "-Trener de hjemme?", "Sjelden.", "-Hvem betaler?", "Kommunen.", "-Er det dyrt?", "Ja.", "-Generelt", "Vi har tro på prosjektet."])
        // An answer its speaker opened with a dash, between two questions, is the answer still.
        let dashedAnswer = paragraphs + [paragraph(["-Hvor lenge?", "To år."]), paragraph(["-Hvorfor?", "Det virker."]), paragraph(["-Hvor?", "Hjemme."]),
                                         paragraph(["-Noe mer?", "-Nei, det var alt.", "-Hvem lærte dere opp?", "En fra leverandøren."])]
        #expect(QuestionAnswerLayout.document(dashedAnswer, unless: ImportedDocument(turns: []))?.turns.suffix(4).map { "\($0.label): \($0.text)" }
            == ["Question: -Noe mer?", "Answer: -Nei, det var alt.", "Question: -Hvem lærte dere opp?", "Answer: En fra leverandøren."])
        let answersDashed = [paragraph(["Hva gjør dere?", "- Vi trener.", "Hvor ofte?", "- Hver uke.", "Hvem kommer?", "- De eldre.", "Hvorfor?", "- Fall."])]
        #expect(QuestionAnswerLayout.document(answersDashed, unless: ImportedDocument(turns: []))?.turns.map(\.text)
            == ["Hva gjør dere?", "- Vi trener.", "Hvor ofte?", "- Hver uke.", "Hvem kommer?", "- De eldre.", "Hvorfor?", "- Fall."])
    }

    /// `(m:ss) **Name:** …` with every continuation line timed and unlabelled, the other voice labelled once: it is
    /// the interview's second speaker, each label's time its turn's start, no time left in the words.
    @Test func aTimedMarkdownInterviewWithTheOtherVoiceLabelledOnce() {
        let document = LabelledTranscript.read(Self.paragraphs([
            "# Entrevista", "**Participantes:** Sebastián Chocho y Alex Cardenas", "---",
            "(0:01) **Sebastián:** Le voy grabando, ya realizamos el diseño", "(0:07) y lo estamos implementando.",
            "(2:16) **Asesor:** libros con la biblioteca, redacciones", "(2:26) a veces redacciones para los de derecho.",
            "(13:40) **Sebastián:** Muchas gracias por tu tiempo.",
        ]))
        #expect(document.turns.map(\.label) == ["Sebastián", "Asesor", "Sebastián"])
        #expect(document.turns.map(\.start) == [1, 136, 820])
        #expect(document.turns[1].text == "libros con la biblioteca, redacciones a veces redacciones para los de derecho.")
        // Where the speaker's label opens line after line, a label said once is a quote in the story, not a second voice.
        let story = LabelledTranscript.read(Self.paragraphs(["Kari: I started on the ward in 2015.", "Kari: One night my mother rang the ward.",
                                                             "Mum: Come home now, your father is ill.", "Kari: So I left at three.", "Kari: After that I asked for days."]))
        #expect(story.turns.map(\.label) == ["Kari"])
        #expect(story.turns[0].text.contains("Mum: Come home now"))
        // In a monologue, a word the file also writes in lower case is no second voice.
        let monologue = LabelledTranscript.read(Self.paragraphs([
            "Kari: We spoke about money a lot.", "Money: it was always short.", "Kari: And then we stopped.",
        ]))
        #expect(Set(monologue.turns.map(\.label)) == ["Kari"])
    }

    /// A typed interview whose labels stand alone above the words (round 9 of real files, written here in its
    /// shape): `Interviewer:` then the question, the participant's id once then the whole answer, `Interviewer:` again
    /// to thank them. The label said once is the second voice, as it would be with its words on its line.
    @Test func aSecondVoiceLabelledOnceAboveItsWords() {
        let document = LabelledTranscript.read(Self.paragraphs([
            "Experience interview — participant MG4", "Date – 3 June 2019", "Interviewer:",
            "Thank you for your time. What were your first challenges as a manager?", "MG4:",
            "The first challenge was understanding people.", "Then the technical side of the work.",
            "Interviewer: Thanks a lot for this interview.",
        ]))
        #expect(document.turns.map(\.label) == ["Interviewer", "MG4", "Interviewer"])
        #expect(document.turns[1].text == "The first challenge was understanding people. Then the technical side of the work.")
        // Where the speaker's label has its words on its line, a label alone on its line is a heading, not a voice.
        let headed = LabelledTranscript.read(Self.paragraphs([
            "Kari: I started on the ward in 2015.", "Kari: Nights were long.", "Summary:", "She left the ward in 2019.",
        ]))
        #expect(Set(headed.turns.map(\.label)) == ["Kari"])
    }

    /// A typed interview that labels only its questions (round 9 asked for it; written here): the paragraphs below
    /// each `Interviewer:` question are the participant's answers, not the interviewer's words, so a participant
    /// speaks. A question over two paragraphs (a bare label, the words below) stays the interviewer's.
    @Test func answersBelowTheOnlyLabelledQuestionsAreTheParticipants() {
        let document = LabelledTranscript.read(Self.paragraphs([
            "Interview with a nurse, March 2021", "Interviewer: How long have you worked on the ward?",
            "Since 2015, mostly nights.", "It was hard at first.", "Interviewer: What changed when the new rota came?",
            "We got more weekends off.", "Interviewer:", "And how did your family take it?", "They were glad.",
            "Interviewer: Thank you for your time.",
        ]))
        #expect(document.turns.map(\.label) == ["Interviewer", "Answer", "Interviewer", "Answer", "Interviewer", "Answer", "Interviewer"])
        #expect(document.turns[1].text == "Since 2015, mostly nights. It was hard at first.")
        #expect(document.turns[4].text == "And how did your family take it?")
        #expect(document.findings.contains { $0.message.hasPrefix("the file labels only its interviewer") })
        // Hard-wrapped lines end mid-sentence: below a label they are its own words, not an answer.
        let wrapped = LabelledTranscript.read(Self.paragraphs([
            "Interviewer: Welcome to the show, today we talk about", "the ward and the new rota and what", "changed for you",
            "Interviewer: So tell me about the nights and", "the weekends that", "you spent there",
            "Interviewer: And the family", "and how they took", "the change",
        ]))
        #expect(Set(wrapped.turns.map(\.label)) == ["Interviewer"])
    }

    /// `Everyone: yes` is several people at once: an event in the turn before, not a participant. Named on the
    /// command line it is a speaker again.
    @Test func aGroupVoiceIsAnEventNotASpeaker() {
        let lines = ["DE: Shall we take it to stage 2?", "Everyone: yes", "WH: I have one concern.", "DE: Go ahead.", "WH: The syntax."]
        let document = LabelledTranscript.read(Self.paragraphs(lines))
        #expect(document.turns.map(\.label) == ["DE", "WH", "DE", "WH"])
        #expect(document.turns[0].text.trimmedSpace == "Shall we take it to stage 2?")
        #expect(document.turns[0].content.contains(.element(InlineElement(name: InlineElement.eventName, children: [.text("everyone: yes")]))))
        #expect(document.findings.contains { $0.message.hasPrefix("1 lines of several people at once ('everyone')") })
        let named = LabelledTranscript.read(Self.paragraphs(lines), knownLabels: ["everyone"])
        #expect(named.turns.map(\.label) == ["DE", "Everyone", "WH", "DE", "WH"])
        // A group's words below its label (a recorder's `Everyone  0:09` layout) are its event, not the turn before's words.
        let below = LabelledTranscript.read(Self.paragraphs(["Kari Nilsen  0:05", "Five years now.", "Everyone  0:09", "Yes, we all started then.",
                                                             "Ola Hansen  0:12", "I came later.", "Kari Nilsen  0:15", "In the spring.", "Ola Hansen  0:18", "Yes."]))
        #expect(below.turns.map(\.label) == ["Kari Nilsen", "Ola Hansen", "Kari Nilsen", "Ola Hansen"])
        #expect(below.turns[0].text.trimmedSpace == "Five years now.")
        #expect(below.turns[0].content.contains(.element(InlineElement(name: InlineElement.eventName, children: [.text("everyone: Yes, we all started then.")]))))
    }

    /// `Presenter: Lea Verou (LVU)` above each agenda item names a person each time and says nothing: a field of the
    /// notes (its names protected), not a speaker. A label that once says a sentence is a speaker.
    @Test func aLabelThatOnlyEverIntroducesANameIsAField() {
        let notes = ["Presenter: Lea Verou (LVU)", "LVU: This proposal adds accessors.", "RBN: Why now?", "LVU: Because of decorators.",
                     "Presenter: Peter Klecha (PKA)", "PKA: Three items today.", "RBN: Fine.", "PKA: Then the first."]
        let document = LabelledTranscript.read(Self.paragraphs(notes))
        #expect(document.turns.map(\.label) == ["LVU", "RBN", "LVU", "PKA", "RBN", "PKA"])
        #expect(document.metadata.filter { $0.key == "Presenter" }.map(\.value) == ["Lea Verou", "LVU", "Peter Klecha", "PKA"])
        let speaking = LabelledTranscript.read(Self.paragraphs(notes + ["Presenter: Thanks, that is all from me."]))
        #expect(speaking.turns.map(\.label).contains("Presenter"))
    }

    /// A name field's person is protected by the name without its abbreviation, and the abbreviation alone: protected
    /// as "Ingrid Solbakken (ISO)" whole, "Solbakken" said alone later (a surname no list knows) reached the output.
    @Test func aNameFieldProtectsTheNameAndItsAbbreviationApart() throws {
        let minutes = """
            Presenter: Ingrid Solbakken (ISO)
            Grethe Aasmundstad: Next item, the rota. Solbakken asked about weekends.
            Hallvard Tveiten: Yes, and ISO wants fewer weekends for the night staff.
            Presenter: Lea Verou (LVU)
            Grethe Aasmundstad: The pilot, then?
            Hallvard Tveiten: It went well.
            """
        let imported = try study("minutes.txt", Data(minutes.utf8))
        #expect(imported.names.contains("Ingrid Solbakken") && imported.names.contains("ISO") && imported.names.contains("LVU"))
        #expect(!imported.names.contains { $0.contains("(") })
        #expect(LabelledTranscript.nameFieldValues("Kari Nilsen (2)") == ["Kari Nilsen"])
    }

    /// `Table 2:` inside a transcript opens a line as a label would, but has a heading's shape: its words stay in
    /// the turn before, and a finding says so with the `--speaker` remedy.
    @Test func aHeadingShapedLabelInsideATranscriptIsAFinding() {
        let document = LabelledTranscript.read(Self.paragraphs([
            "I: What did the survey show?", "P1: Mostly what we expected.", "Table 2: the answers by ward.", "I: And the wards?",
        ]))
        #expect(document.turns.map(\.label) == ["I", "P1", "I"])
        #expect(document.turns[1].text == "Mostly what we expected. Table 2: the answers by ward.")
        #expect(document.findings.contains { $0.location == "line 3" && $0.message.contains("--speaker \"Table 2=ID\"") })
    }

    /// The summary names every rule that guessed a role, so `--interviewer LABEL` is offered whenever one did.
    @Test func inferredRoleRulesAreTheOnesThatGuess() throws {
        #expect(StudyImport.inferredRoleRules == ["most-questions", "file-name", "opens-with-welcome", "asks-to-record", "interviewer-in-earlier-file",
                                                  "interviewer-in-another-file"])
        let text = "Kari Nilsen: Welcome, and thank you for joining us today to talk about the ward.\nOla Hansen: Glad to.\nKari Nilsen: How long have you worked there?\nOla Hansen: Ten years now, maybe more.\n"
        let imported = try study("session.txt", Data(text.utf8))
        #expect(imported.report.files[0].speakers.map(\.mappedBy) == ["opens-with-welcome", "other-speaker"])
        let fixed = try study("session.txt", Data(text.utf8), settings: .init(speakers: try SpeakerSettings(interviewers: ["Ola Hansen"])))
        #expect(fixed.report.files[0].speakers.map(\.mappedBy) == ["other-speaker", "--interviewer"])
    }

    /// Between two people, the one who closes the session thanking the other led it: a short test recording where
    /// the interviewer speaks at length and the participant asks once chose the participant by questions alone.
    @Test func theOneWhoClosesWithThanksInterviews() throws {
        let text = """
            Speaker 1: So, Ana, the recording started. What did I tell you we were going to do?
            Speaker 2: You told me you would ask me some questions, so yes.
            Speaker 1: Okay. So now I asked you a question and you answered me, right?
            Speaker 2: Yeah.
            Speaker 1: So this should work.
            Speaker 2: It must.
            Speaker 1: Perfect. Now tell me something and I will talk over you to see if it can tell which one is me and which one is you, even when we talk over each other.
            Speaker 2: Did you know that some people have open fingers?
            Speaker 1: No way.
            Speaker 2: Oh, my God.
            Speaker 1: Thank you, Ana.
            """
        let imported = try study("test.txt", Data(text.utf8))
        #expect(imported.report.files[0].speakers.map(\.label) == ["Speaker 1", "Speaker 2"])
        #expect(imported.report.files[0].speakers.map(\.role) == ["interviewer", "participant"])
        #expect(imported.report.files[0].speakers.map(\.mappedBy) == ["most-questions", "other-speaker"])
        // The guest who thanks back last is no host: the first of two thanking turns closes.
        let thankedBack = try study("test.txt", Data((text + "\nSpeaker 2: Thank you! Bye.").utf8))
        #expect(thankedBack.report.files[0].speakers.map(\.role) == ["interviewer", "participant"])
        // A guest's thanks for having them is no closing.
        #expect(!SpeakerMapper.thanksToClose("Thanks for having me, it was fun."))
        #expect(SpeakerMapper.thanksToClose("Ya, muchas gracias, gracias por tu tiempo."))
    }

    /// An Otter file renamed only in part (`A1`, `P10`, and `Speaker 3` left for A1): labels the user maps to one id
    /// are one person with one role, not a participant beside an interviewer of the same id; a label that is itself
    /// the id given (`A1`) is that person without a flag of its own.
    @Test func labelsMappedToOneIdShareItsRole() throws {
        let text = "A1  0:01\nShall we start? How long have you been here?\n\nP10  0:05\nFive years.\n\nSpeaker 3  0:09\nAnd before that?\n\nP10  0:12\nSchool.\n\nA1  0:15\nThanks.\n"
        let settings = StudyImport.Settings(speakers: try SpeakerSettings(speakers: ["Speaker 3=A1"]))
        let imported = try study("P10 Transcript.txt", Data(text.utf8), settings: settings)
        #expect(imported.report.files[0].speakers.map(\.id) == ["A1", "P10", "A1"])
        #expect(imported.report.files[0].speakers.map(\.role) == ["interviewer", "participant", "interviewer"])
        #expect(imported.interviews[0].participants == ["P10"])
    }
}
