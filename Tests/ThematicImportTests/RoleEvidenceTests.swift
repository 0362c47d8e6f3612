import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
@testable import ThematicImport

/// Who leads a session, and who speaks, in layouts of round 8's real files (issue 29), each on a small sample we wrote
/// in the same shape (the real files state no licence).
@Suite struct RoleEvidenceTests {
    let registry = ImporterRegistry(BuiltInImporters.all)

    func study(_ name: String, _ text: String, settings: StudyImport.Settings = .init()) throws -> ImportedStudy {
        try StudyImport(registry: registry).importStudy([ImportFile(displayName: name, data: Data(text.utf8))], settings: settings)
    }

    static func srt(_ cues: [String]) -> String {
        cues.enumerated().map { index, text in
            let start = index * 3
            return "\(index + 1)\n00:00:\(String(format: "%02d", start)),000 --> 00:00:\(String(format: "%02d", start + 3)),000\n\(text)\n"
        }.joined(separator: "\n")
    }

    /// A podcast's subtitles name each speaker in full on their first cue and by first name after, and label only the
    /// cue a turn starts on. The full names are those speakers: no cue before the first short label is left out, the
    /// host's welcome in the first cue decides who leads, and the full names are protected.
    @Test func aFullNameOnTheFirstCueIsTheSpeakerOfItsShortLabel() throws {
        let text = Self.srt([
            "Mira Holt Berg: Hello, and\nwelcome to episode eight",
            "of the Garden Shed podcast.",
            "Tobias Lind: Hello, Mira.",
            "Mira: Hey, Tobias.",
            "Tobias: Today we sat down\nwith Jon and talked compost.",
            "Jon Aasen: Thanks for having me here.",
            "Mira: So how did you start?",
            "Jon: My grandmother kept bees,\nand I kept asking her why.",
            "Tobias: And the compost?",
            "Jon: That came later, with the flat.",
            "Mira: Lovely. Thanks, Jon.",
            "Jon: Thank you too.",
        ])
        let imported = try study("episode-8.srt", text)
        let file = imported.report.files[0]
        #expect(file.speakers.map { "\($0.label) \($0.role) \($0.mappedBy)" }
                == ["Mira interviewer opens-with-welcome", "Tobias participant other-speaker", "Jon participant other-speaker"])
        let words = imported.interviews[0].turns.map(\.content.spokenText).joined(separator: " ")
        #expect(words.hasPrefix("Hello, and welcome to episode eight of the Garden Shed podcast."))
        #expect(!file.findings.contains { $0.message.contains("left out") })
        #expect(["Mira Holt Berg", "Tobias Lind", "Jon Aasen"].allSatisfy(imported.names.contains))
        #expect(file.findings.contains { $0.message.hasPrefix("'Mira Holt Berg' is 'Mira' named in full") })
    }

    /// Two full names that start with one short label could each be it: neither is joined to it.
    @Test func aShortLabelTwoFullNamesStartWithJoinsNeither() {
        #expect(SpeakerLabel.shortForms(of: ["kari", "kari nilsen", "kari berg", "ola", "ola hansen"]) == ["ola hansen": "ola"])
        #expect(SpeakerLabel.shortForms(of: ["speaker 1", "speaker 1 b", "mira holt", "mira"]) == ["mira holt": "mira"])
    }

    /// A podcast opens with a teaser, the guest's clip, before the host's welcome ("Today's guest is …"); the host then
    /// asks few questions in long turns and the guest closes thanking. The welcome in the opening turns decides.
    @Test func theHostsWelcomeAfterATeaserDecidesWhoLeads() throws {
        let turns: [(Int, String)] = [
            (0, "Making something nobody made before is very hard, and the history is long, but some early work is amazing."),
            (1, "Those matter."),
            (0, "They had nothing to look at back then, so they were pioneers."),
            (1, "Hello friends, and welcome to another episode. Today's guest is a gallery founder from Basel, and we talked about her way from finance into art. So good to have you on the show. How are you?"),
            (0, "Thank you for inviting me, very well. We postponed this so many times, and finally we are making it happen, which is exciting because I have wanted to talk about this for a while."),
            (1, "Tell me how it started for you, before the gallery, when you were still working in finance and collecting on the side, and what made you leave."),
            (0, "I collected for years. Do you know the feeling when a work stays with you? That was it."),
            (1, "And the first show, after all of that preparation, the space, the artists, the opening night with everyone in the room?"),
            (0, "It was small. Was it perfect? No. But people came, and they came back."),
            (0, "It has been a pleasure. Thanks so much for sharing your journey."),
            (1, "Thank you."),
        ]
        let json = "[" + turns.enumerated().map { index, turn in
            "{\"speaker\": \(turn.0), \"start\": \(index * 10), \"end\": \(index * 10 + 9), \"text\": \"\(turn.1)\"}"
        }.joined(separator: ",") + "]"
        let imported = try study("turns.json", json)
        #expect(imported.report.files[0].speakers.map { "\($0.label) \($0.role) \($0.mappedBy)" }
                == ["Speaker 0 participant other-speaker", "Speaker 1 interviewer opens-with-welcome"])
    }

    /// Zoom's saved captions: a lesson's roll call, where students answer once under whatever display name they typed
    /// (`[rinaw]` in lower case, `[.]`). The layout vouches for every `[name] 08:07:43` line: each is a speaker, their
    /// words theirs, and a display name of marks alone is no name to protect.
    @Test func everyZoomCaptionLineIsASpeakerHoweverItsNameIsWritten() throws {
        let blocks = [("Sari Utami", "08:07:30", "Good morning. Who is here today? Say where you are."),
                      ("Bima Putra", "08:07:35", "Here, from the office."),
                      ("Sari Utami", "08:07:38", "Thank you, Bima. Next?"),
                      (".", "08:07:43", "Present, at the office."),
                      ("Sari Utami", "08:07:46", "Who was that? Please rename yourself."),
                      ("rinaw", "08:07:50", "Present from home."),
                      ("Sari Utami", "08:07:55", "Good. Bima, can you share your screen?"),
                      ("Bima Putra", "08:08:01", "Yes, one moment."),
                      ("Sari Utami", "08:08:20", "Thank you. Let us start.")]
        let text = blocks.map { "[\($0.0)] \($0.1)\n\($0.2)\n" }.joined(separator: "\n")
        let imported = try study("meeting_saved_closed_caption.txt", text)
        let file = imported.report.files[0]
        #expect(file.speakers.map { "\($0.label) \($0.role) \($0.turns)" }
                == ["Sari Utami interviewer 5", "Bima Putra participant 2", ". participant 1", "rinaw participant 1"])
        #expect(file.speakers.first { $0.label == "." }?.labelIsName == false)
        #expect(!imported.names.contains("."))
        #expect(imported.names.contains("rinaw"))
    }

    /// A parliament's Word record: each speaker on a paragraph of the style `Intervinent` (no colon, no bold, the
    /// chair's label in full once and short after), the words below in the body's style, a stage direction between
    /// turns, and one paragraph of speech that the typist gave the label's style. The style gives the speakers; the
    /// mis-styled speech stays the words of the speaker above it.
    @Test func aParagraphStyleThatMarksSpeakersGivesTheTurns() throws {
        func paragraph(_ style: String, _ text: String) -> String {
            "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" + RealLayoutRuleTests.plain(text)
        }
        let paragraphs = [
            paragraph("Davantal", "Sessió núm. 4, dimecres"),
            paragraph("Intervinent", "La presidenta de la Mesa (Marta Vila i Soler)"),
            paragraph("Intervinent", "Bon dia a tothom. Comença la sessió amb la lectura de l’ordre del dia, que tots vostès tenen al davant."),
            paragraph("Textnormal", "Té la paraula el diputat Pere Roca."),
            paragraph("Intervinent", "Pere Roca i Puig"),
            paragraph("Textnormal", "Gràcies, presidenta. Volem saber quan es votarà la proposta que vam presentar el mes passat."),
            paragraph("Acotacio", "(Remor de veus.)"),
            paragraph("Intervinent", "La presidenta de la Mesa"),
            paragraph("Textnormal", "Es votarà dijous. Algú més vol intervenir?"),
            paragraph("Intervinent", "Anna Font Mir"),
            paragraph("Textnormal", "Sí, per una qüestió d’ordre: el reglament diu que cal avisar amb dos dies."),
            paragraph("Intervinent", "La presidenta de la Mesa"),
            paragraph("Textnormal", "Ho tindrem en compte. Gràcies a tots."),
        ]
        let imported = try StudyImport(registry: registry).importStudy(
            [ImportFile(displayName: "sessio.docx", data: RealLayoutRuleTests.docx(paragraphs))], settings: .init())
        let file = imported.report.files[0]
        #expect(file.speakers.map { "\($0.label) \($0.turns)" } == ["La presidenta de la Mesa 3", "Pere Roca i Puig 1", "Anna Font Mir 1"])
        #expect(imported.interviews[0].turns[0].content.spokenText.hasPrefix("Bon dia a tothom."))
        #expect(imported.names.contains("Pere Roca i Puig"))
        #expect(file.findings.contains { $0.message.hasPrefix("speakers from the paragraph style 'intervinent': 5 paragraphs") })
    }

    /// The finding on labels after a soft line break counts the turns they started: a cut line whose bold opening is
    /// no speaker (said once, inside an answer) stays in the turn before and is not counted, and a file read as
    /// questions and answers started no turn at a label.
    @Test func theSoftBreakFindingCountsTurnsStarted() throws {
        let bold = RealLayoutRuleTests.bold, plain = RealLayoutRuleTests.plain, softBreak = RealLayoutRuleTests.softBreak
        let labelled = [
            bold("Interviewer:") + plain(" How do you travel?") + softBreak + bold("Sarah:") + plain(" By train."),
            bold("Interviewer:") + plain(" With whom?") + softBreak + bold("Sarah:") + plain(" Friends.") + softBreak + bold("Quietly") + plain(" we talk."),
            bold("Interviewer:") + plain(" Why?") + softBreak + bold("Sarah:") + plain(" It is cheap."),
        ]
        let imported = try StudyImport(registry: registry).importStudy(
            [ImportFile(displayName: "travel.docx", data: RealLayoutRuleTests.docx(labelled))], settings: .init())
        #expect(imported.report.files[0].turns == 6)
        #expect(imported.interviews[0].turns[3].content.spokenText == "Friends. Quietly we talk.")
        #expect(imported.report.files[0].findings.contains { $0.message.hasPrefix("3 speaker labels after a soft line break") })

        let openings = ["Kort", "Lenge", "Ofte", "Sjelden", "Aldri"]
        let questions = openings.enumerated().map { index, word in
            plain("Hva gjør du på jobb nummer \(index + 1)?") + softBreak + bold(word) + plain(" sagt jobber jeg med drift og kunder.")
        }
        let asked = try StudyImport(registry: registry).importStudy(
            [ImportFile(displayName: "intervju.docx", data: RealLayoutRuleTests.docx(questions))], settings: .init())
        #expect(asked.report.files[0].speakers.map(\.label) == ["Question", "Answer"])
        #expect(!asked.report.files[0].findings.contains { $0.message.contains("after a soft line break") })
    }

    /// A short Zoom excerpt where the guest asks more than the host: the one who asks leave to record the session
    /// ("I hope it's okay I enable the transcript") leads it. A participant who agrees to being recorded does not.
    @Test func whoAsksLeaveToRecordLeads() throws {
        let blocks = [("Jon Dale", "11:02:09", "How you doing?"),
                      ("Mia Lund", "11:02:09", "Hey, I'm Mia, how are you?"),
                      ("Jon Dale", "11:02:11", "I'm okay. Can you hear me?"),
                      ("Mia Lund", "11:02:13", "Yeah, and I hope it's okay I enable the transcript, I'm going to quote this in an article."),
                      ("Jon Dale", "11:02:22", "That's perfectly fine. Is it for the magazine?"),
                      ("Mia Lund", "11:02:27", "Yes, the spring issue. So tell me about the project.")]
        let text = blocks.map { "[\($0.0)] \($0.1)\n\($0.2)\n" }.joined(separator: "\n")
        let imported = try study("excerpt.txt", text)
        #expect(imported.report.files[0].speakers.map { "\($0.label) \($0.role) \($0.mappedBy)" }
                == ["Jon Dale participant other-speaker", "Mia Lund interviewer asks-to-record"])
        #expect(SpeakerMapper.asksToRecord("Can we record this, so I can transcribe it later?"))
        #expect(SpeakerMapper.asksToRecord("Can I get your verbal consent that it's okay if I am recording this?"))
        #expect(!SpeakerMapper.asksToRecord("Yes, I'm okay with you recording it."))
        #expect(!SpeakerMapper.asksToRecord("Are you recording already?"))
        // Recording the session, not what a participant's work records: a nurse's "we're recording every fall".
        #expect(SpeakerMapper.asksToRecord("I'm going to record this now."))
        #expect(SpeakerMapper.asksToRecord("We are recording."))
        #expect(SpeakerMapper.asksToRecord("Do we have your permission to record the interview?"))
        #expect(!SpeakerMapper.asksToRecord("We're recording every fall in the app, and the nurses see it at once."))
        #expect(!SpeakerMapper.asksToRecord("We need the family's consent before we record video in the room."))
    }

    /// A participant at home thanks the visitor "for coming all the way out here" and then answers every question:
    /// her thanks do not make her the interviewer when she never asks and the other asks in most turns (a host's
    /// welcome still does: `theHostWhoOpensWithAWelcomeInterviews`).
    @Test func aHostWhoOnlyAnswersDoesNotLeadByHerWelcome() throws {
        let text = """
            Ola Berg: Hello!
            Kari Lund: Hello, thank you for coming all the way out here, come in and sit down.
            Ola Berg: How long have you had the alarm?
            Kari Lund: Since the winter, when I fell in the bathroom and lay there for hours.
            Ola Berg: And how do you find it?
            Kari Lund: It is fine, the girls from the home care come quickly.
            Ola Berg: Does it ever go off by mistake?
            Kari Lund: Once or twice, when I pressed it in my sleep.
            """
        let imported = try study("visit.txt", text)
        #expect(imported.report.files[0].speakers.map { "\($0.label) \($0.role)" } == ["Ola Berg interviewer", "Kari Lund participant"])
    }

    /// The study's team as one file states it (a header `Interviewer: Kari Nilsen`) leads in every file that labels
    /// her, whichever file is read first: a participant who asks more questions in the other file does not.
    @Test func anInterviewerAnotherFileNamesLeadsInEveryFile() throws {
        let first = """
            Kari Nilsen: Tell me about the ward, the people who work there and what a normal day looks like for all of you.
            Ola Berg: Busy. Do you know how many beds?
            Kari Nilsen: No, I never worked on a ward like that myself, so I would like to hear it from you in your own words.
            Ola Berg: Forty. Can you imagine?
            Kari Nilsen: That sounds hard, with so many patients and so few of you on the evening and night shifts.
            Ola Berg: It is. Would you work there?
            """
        let second = """
            Interviewer: Kari Nilsen

            Kari Nilsen: How did the system arrive?
            Per Dahl: With a meeting in the spring.
            Kari Nilsen: And after that?
            Per Dahl: Training, mostly.
            """
        let imported = try StudyImport(registry: registry).importStudy(
            [ImportFile(displayName: "a-ward.txt", data: Data(first.utf8)), ImportFile(displayName: "b-system.txt", data: Data(second.utf8))], settings: .init())
        #expect(imported.report.files[0].speakers.map { "\($0.label) \($0.role) \($0.mappedBy)" }
                == ["Kari Nilsen interviewer interviewer-in-another-file", "Ola Berg participant other-speaker"])
        #expect(imported.report.files[1].speakers.first?.mappedBy == "header")
    }

    /// A story told in the opening turns that says "welcome" ("he was not welcome") is no host's greeting: after the
    /// first turn, only a welcome to someone or something opens a session.
    @Test func aStorysWelcomeAfterTheFirstTurnIsNoGreeting() throws {
        let text = """
            Mor: Now we come to the end of the years in Kenya, in 1962, when it became clear to many that the era was ending.
            Tim: And South Africa?
            Mor: South Africa was never an option for him, he was against all of that from the start.
            Tim: Wow. Did you understand later what the letter said?
            Mor: Yes. His parents did not want him home. He was not welcome there, not really, and it broke him.
            Tim: And then?
            Mor: Then we packed the crates and took the boat from Mombasa.
            """
        let imported = try study("part-3.md", text)
        #expect(imported.report.files[0].speakers.map { "\($0.label) \($0.role) \($0.mappedBy)" }
                == ["Mor participant other-speaker", "Tim interviewer most-questions"])
        #expect(SpeakerMapper.welcomes("Hello friends, welcome to another episode of the show.", greetingOnly: true))
        #expect(!SpeakerMapper.welcomes("He was not welcome there, not really.", greetingOnly: true))
    }

    /// A form's probe questions under a field label in lower case (`**PROBE aplicado (si/no):** [x] ¿…?`) are no
    /// label by their shape, so they stay in the answer before; naming the field with `--speaker` makes it a speaker,
    /// whatever its case. `ENTREVISTADOR` says its role, as `Interviewer` does.
    @Test func aLabelTheUserNamesIsASpeakerWhateverItsShape() throws {
        let text = """
            **ENTREVISTADOR:** Hola, ¿cómo empezó a escribir?

            **E1:** Escribiendo cuentos.

            **PROBE aplicado (si/no):** [x] ¿Y después?

            **E1 (probe):** Guiones, para amigos.

            **ENTREVISTADOR:** ¿Y hoy?

            **E1:** Series.
            """
        let plain = try study("E1.md", text)
        #expect(plain.report.files[0].speakers.map { "\($0.label) \($0.role) \($0.mappedBy)" } == ["ENTREVISTADOR interviewer role-label", "E1 participant other-speaker"])
        #expect(plain.report.files[0].turns == 4)
        let named = try study("E1.md", text, settings: .init(speakers: try SpeakerSettings(speakers: ["PROBE aplicado=I1", "ENTREVISTADOR=I1"])))
        #expect(named.report.files[0].turns == 6)
        #expect(named.report.files[0].speakers.map { "\($0.label) \($0.id)" } == ["ENTREVISTADOR I1", "E1 E1", "PROBE aplicado I1"])

        // A header naming the interviewer in Spanish is a header, her name protected, not a third speaker.
        let headed = try study("vero.md", "Entrevistadora: Betty Huerta\n\n**BETTY:** ¿Qué estudias?\n\n**VERO:** Arquitectura.\n\n**BETTY:** ¿Y te gusta?\n\n**VERO:** Mucho.\n")
        #expect(headed.report.files[0].speakers.map(\.label) == ["BETTY", "VERO"])
        #expect(headed.names.contains("Betty Huerta"))
    }
}
