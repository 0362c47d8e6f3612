import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
import ThematicImport

/// Meetings, podcasts and focus groups as real tools and note-takers write them (round 6 of real files, issue 29),
/// each from a small hand-written sample of the shape.
@Suite struct GroupSessionLayoutTests {
    let registry = ImporterRegistry(BuiltInImporters.all)

    static func paragraphs(_ lines: [String], marked: Bool = false) -> [TextParagraph] {
        lines.enumerated().map { index, line in
            // `**Name** - words` as the Markdown importer hands it over: the bold run as the marked label.
            let label = marked && line.contains(" - ") ? line.split(separator: " ").first.map(String.init) : nil
            return TextParagraph(text: line, location: "line \(index + 1)", markedLabel: label)
        }
    }

    func study(_ name: String, _ text: String, interviewers: [String] = []) throws -> ImportedStudy {
        try StudyImport(registry: registry).importStudy([ImportFile(displayName: name, data: Data(text.utf8))],
                                                         settings: .init(speakers: try SpeakerSettings(interviewers: interviewers)))
    }

    /// Meeting notes: someone who speaks once between others' turns is a speaker (a note in brackets between does not
    /// break the run); the ` - ` that sets a bold name off is no word.
    @Test func aLabelSaidOnceInARunOfTurnsIsASpeaker() {
        let document = LabelledTranscript.read(Self.paragraphs([
            "Hanna - Welcome all, first item is the release.", "Omar - It is ready on our side.", "Hanna - Good. Anyone else?",
            "[Cannot hear Lise]", "Lise - We merged it yesterday.", "Omar - Then we ship on Friday.", "Hanna - Agreed, thanks.",
        ], marked: true))
        #expect(document.turns.map(\.label) == ["Hanna", "Omar", "Hanna", "Lise", "Omar", "Hanna"])
        #expect(document.turns[3].text == "We merged it yesterday.")
    }

    /// A word that opens a line once inside someone's answer, or is shaped unlike the file's names, is text.
    @Test func aWordSaidOnceWithoutThatEvidenceIsText() {
        let insideAnswer = LabelledTranscript.read(Self.paragraphs([
            "Kari Nilsen: What mattered most?", "Ola Berg: Two things, mainly.", "Time was short all year.",
            "Money: there was never enough of it.", "Kari Nilsen: I see.", "Ola Berg: Yes.",
        ]))
        #expect(insideAnswer.turns.map(\.label) == ["Kari Nilsen", "Ola Berg", "Kari Nilsen", "Ola Berg"])
        #expect(insideAnswer.turns[1].text.hasSuffix("Money: there was never enough of it."))
        let unlikeTheNames = LabelledTranscript.read(Self.paragraphs([
            "Kari Nilsen: What mattered most?", "Ola Berg: Two things, mainly.", "Money: there was never enough of it.",
            "Kari Nilsen: I see.", "Ola Berg: Yes.",
        ]))
        #expect(unlikeTheNames.turns.map(\.label) == ["Kari Nilsen", "Ola Berg", "Kari Nilsen", "Ola Berg"])
    }

    /// A word said twice that the file also writes as an ordinary word ("money") is text unless it sits in a run of
    /// turns; a participant whose name is a word ("Will") and who speaks twice between others is a speaker.
    @Test func aWordSaidTwiceNeedsAPlaceInARunOfTurns() {
        let list = LabelledTranscript.read(Self.paragraphs([
            "Interviewer: What was hard?", "Participant: Two things, and money was one.", "Money: never enough for staff.",
            "Staff: always short.", "Interviewer: And later?", "Participant: The same list.", "Money: still the first.", "Space: then.", "Interviewer: I see.",
        ]))
        #expect(list.turns.map(\.label) == ["Interviewer", "Participant", "Interviewer", "Participant", "Interviewer"])
        #expect(list.turns[3].text == "The same list. Money: still the first. Space: then.")
        let group = LabelledTranscript.read(Self.paragraphs([
            "Moderator: What will you cook?", "Amir: Pasta, I will say.", "Will: Rice.", "David: Soup.", "Moderator: Why?",
            "Amir: It is quick.", "Will: Cheap.", "David: Warm.", "Moderator: Thanks.",
        ]))
        #expect(group.turns.map(\.label) == ["Moderator", "Amir", "Will", "David", "Moderator", "Amir", "Will", "David", "Moderator"])
    }

    /// Diarised speech-to-text as text or Markdown: `[Speaker 1] [00:28] words`, consecutive lines of one speaker one turn.
    @Test func aBracketedLabelAndTimeOpenATurn() {
        let document = LabelledTranscript.read(Self.paragraphs([
            "[Speaker 1] [00:00] Right, we are live.", "[Speaker 1] [00:09] Shall we start with reviews?", "[Speaker 2] [00:28] Sure.",
            "[Speaker 1] [59:58] And that is time.", "[Speaker 2] [01:00:02] Thanks for having me.",
        ]))
        #expect(document.turns.map(\.label) == ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2"])
        #expect(document.turns.map(\.start) == [0, 28, 3598, 3602])
        #expect(document.turns[0].text == "Right, we are live. Shall we start with reviews?")
    }

    /// Zoom's cloud-recording VTT: every cue opens with the display name, so a name with a bar or an initial, and a
    /// late joiner who speaks once, are speakers.
    @Test func zoomDisplayNamesAreSpeakersWhateverTheirShape() throws {
        var cues = ["WEBVTT", ""]
        let lines = ["Ann Lee: Welcome, let us begin.", "Ann Lee: First the tests.", "Bo Dahl | Acme: They pass.", "T. Ruud: Mostly.",
                     "Ann Lee: Which fail?", "T. Ruud: Two of them.", "Bo Dahl | Acme: Fixed today.", "Ann Lee: Good.", "zed9: Sorry, late. All fine here.",
                     "Ann Lee: Thanks all."]
        for (index, line) in lines.enumerated() {
            cues += ["\(index + 1)", String(format: "00:00:%02d.000 --> 00:00:%02d.500", index * 2, index * 2 + 1), line, ""]
        }
        let imported = try study("call.vtt", cues.joined(separator: "\n"))
        let labels = imported.report.files[0].speakers.map(\.label)
        #expect(labels == ["Ann Lee", "Bo Dahl | Acme", "T. Ruud", "zed9"])
        #expect(imported.interviews[0].turns.count == 9)
    }

    /// A podcast whose host opens with a welcome leads it, though a guest asks more questions; the summary says so,
    /// and --interviewer overrides it.
    @Test func theHostWhoOpensWithAWelcomeInterviews() throws {
        let text = """
            Eva Lind: Welcome back to the show, I'm your host. With me are Per and Siv.
            Per Holm: Glad to be here. Did you see the news? Who wrote it?
            Siv Aas: I did. Why do you ask?
            Per Holm: Was it hard? How long did it take?
            Eva Lind: Tell us about the work behind it.
            Siv Aas: Two years of evenings, mostly.
            Per Holm: Would you do it again?
            Siv Aas: Probably.
            """
        let imported = try study("episode.txt", text)
        let host = imported.report.files[0].speakers.first { $0.role == "interviewer" }
        #expect(host?.label == "Eva Lind")
        #expect(host?.mappedBy == "opens-with-welcome")
        let joined = text.replacingOccurrences(of: "Welcome back to the show, I'm your host. With me are Per and Siv.", with: "Hi all, this is the show, and today I'm joined by Per and Siv.")
        #expect(try study("episode.txt", joined).report.files[0].speakers.first { $0.role == "interviewer" }?.label == "Eva Lind")
        let overridden = try study("episode.txt", text, interviewers: ["Per Holm"])
        #expect(overridden.report.files[0].speakers.first { $0.role == "interviewer" }?.label == "Per Holm")
    }

    /// A write-up that reports each person in the third person is refused with the reason and the one-flag remedy.
    @Test func aThirdPersonWriteUpIsRefused() throws {
        let text = """
            Focus group notes
            Ana: She uses the app every day.
            Bo: He finds the menus confusing.
            Cy: She wants bigger buttons.
            Ana: She agreed with Cy.
            Bo: He suggested a search field.
            """
        let error = #expect(throws: Diagnostic.self) { try study("notes.txt", text) }
        #expect(error?.description.contains("notes.txt:2:") == true)
        #expect(error?.message.contains("a write-up, not a transcript") == true)
        #expect(error?.message.contains("--speaker-all P01") == true)
        // A transcript with a "He said …" here and there imports.
        #expect(throws: Never.self) { try study("talk.txt", "Ana: He said yes.\nBo: Really?\nAna: Yes, twice.\nBo: She said no.\nAna: Odd.\nBo: Quite.\n") }
    }

    /// Zoom's "Save transcript": a late joiner's `[Name] 19:00:40` line said once, the words below, is a speaker.
    @Test func aLabelLineSaidOnceWithTheWordsBelowIsASpeaker() {
        let document = LabelledTranscript.read(Self.paragraphs([
            "[Kari Nilsen] 19:00:25", "Shall we start?", "[Ola Berg] 19:00:30", "Yes.", "[Kari Nilsen] 19:00:35", "What do you use?",
            "[Tor Lie] 19:00:40", "Sorry, I joined late.", "Mostly Excel.", "[Ola Berg] 19:00:45", "Same here.",
        ]))
        #expect(document.turns.map(\.label) == ["Kari Nilsen", "Ola Berg", "Kari Nilsen", "Tor Lie", "Ola Berg"])
        #expect(document.turns[3].text == "Sorry, I joined late. Mostly Excel.")
    }

    /// An interviewer who opens, after an "OK.", with thanks for agreeing to the interview interviews, though the
    /// other asks back more often.
    @Test func theOneWhoThanksForAgreeingInterviews() throws {
        let text = """
            Speaker 1: OK.
            Speaker 2: Thank you very much for agreeing to do this with me. Tell me about your work.
            Speaker 1: I plan cloud budgets for clients, mostly large ones, and I report on what they use.
            Speaker 2: And the tools?
            Speaker 1: Which tools do you mean? The dashboards? The exports?
            Speaker 2: Both, really.
            Speaker 1: Do you want the long story? It is a long one.
            """
        let host = try study("interview.txt", text).report.files[0].speakers.first { $0.role == "interviewer" }
        #expect(host?.label == "Speaker 2")
        #expect(host?.mappedBy == "opens-with-welcome")
    }

    /// "P1 Transcript.txt" with `P1`, `A1` and `A5`: the file is named after the one interviewed, the others interview
    /// (`A1` alone would read as an answer).
    @Test func theLabelTheFileIsNamedAfterIsTheParticipant() throws {
        let text = "A1 0:00\nHow did you start?\n\nP1 0:05\nBy accident.\n\nA5 0:09\nWhen was that?\n\nP1 0:12\nIn 2019.\n"
        let speakers = try study("P1 Transcript.txt", text).report.files[0].speakers
        #expect(speakers.map(\.role) == ["interviewer", "participant", "interviewer"])
        #expect(speakers.map(\.mappedBy) == ["file-name", "file-name", "file-name"])
    }

    /// A talk of many paragraphs before the audience's `Q:`/`A:` is speech no label gives to anyone: refused naming
    /// where it is and the one flag, not dropped as a header; a header and a short abstract before the labels are not.
    @Test func speechBeforeTheFirstLabelIsRefusedNotDropped() throws {
        let paragraph = "We built the first machines in a garage, and the power bills were the part nobody warned us about at all, not even the people who sold us the chips."
        let talk = "Tech talk\n\n" + Array(repeating: paragraph, count: 8).joined(separator: "\n\n") + "\n\nQ: How big is it now?\nA: Big.\nQ: And next?\nA: Bigger.\n"
        let error = #expect(throws: Diagnostic.self) { try study("talk.md", talk) }
        #expect(error?.description.contains("talk.md:3:") == true)
        #expect(error?.message.contains("8 paragraphs of speech") == true && error?.message.contains("--speaker-all P01") == true)
        let abstract = "Tech talk\n\n" + Array(repeating: paragraph, count: 3).joined(separator: "\n\n") + "\n\nQ: How big is it now?\nA: Big.\n"
        #expect(throws: Never.self) { try study("talk.md", abstract) }
        // An archive's long abstract in the third person before an oral history's turns is a header; notes without
        // "I" or "you" that outnumber the few labelled turns after them are speech no one is given.
        let life = "She was born in a fishing village in the north, studied engineering in the capital and later led the institute for twenty years, writing three books about the coast on the side."
        let turns = Array(repeating: "Q: And then?\nA: Then came the next job.", count: 5).joined(separator: "\n")
        let oralHistory = Array(repeating: life, count: 8).joined(separator: "\n\n") + "\n\n" + turns + "\n"
        #expect(try study("history.md", oralHistory).interviews[0].turns.count == 10)
        let notes = Array(repeating: life.replacingOccurrences(of: "She was", with: "Custody was"), count: 8).joined(separator: "\n\n") + "\n\nQ: And then?\nA: Later.\n"
        #expect(throws: Diagnostic.self) { try study("seminar.md", notes) }
    }

    /// Meeting notes' header: `Meeting Date/Time: Friday, Dec 11th, 2020 14:00 UTC` and `Meeting Duration: 30 min`
    /// go to <meta> (a weekday, an ordinal and the time of day beside the date); `Date of birth` is no session's date.
    @Test func meetingNotesHeaderLinesGiveTheDateAndDuration() throws {
        let text = "Date of birth: 1 May 1970\nMeeting Date/Time: Friday, Dec 11th, 2020 14:00 UTC\nMeeting Duration: 30 min\n\nKari Nilsen: Welcome all.\nOla Berg: Thanks.\nKari Nilsen: Shall we?\nOla Berg: Yes.\n"
        let interview = try study("meeting.txt", text).interviews[0]
        #expect(interview.meta.date == "2020-12-11")
        #expect(interview.meta.durationMinutes == 30)
    }
}
