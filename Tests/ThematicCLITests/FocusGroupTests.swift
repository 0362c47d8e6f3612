import Foundation
import Testing
import ThematicTestSupport

/// Focus groups end to end: a Teams recording with a moderator and four participants and a TEI transcript with three
/// import as group sessions, run through every stage, and are counted per participant, not per session.
@Suite("focus groups")
struct FocusGroupTests {
    static let teams = """
        WEBVTT

        1
        00:00:01.000 --> 00:00:05.000
        <v Hanne Lie>Welcome, all. How have the medicine dispensers worked in your units?</v>

        2
        00:00:06.000 --> 00:00:10.000
        <v Ola Berg>In our unit the alarms came every night at first.</v>

        3
        00:00:11.000 --> 00:00:15.000
        <v Siri Dahl>We had no training for the evening shift, so we improvised.</v>

        4
        00:00:16.000 --> 00:00:20.000
        <v Jonas Aune>I think it went well once the pharmacy was involved.</v>

        5
        00:00:21.000 --> 00:00:25.000
        <v Maria Vik>For us the tablets mattered more than the dispensers.</v>

        6
        00:00:26.000 --> 00:00:28.000
        <v Hanne Lie>What would you change?</v>

        7
        00:00:29.000 --> 00:00:33.000
        <v Ola Berg>More time to learn the system before it starts.</v>

        8
        00:00:34.000 --> 00:00:38.000
        <v Siri Dahl>Someone to call when it fails at night.</v>

        """

    static let tei = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE TEI SYSTEM "tei_all.dtd">
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
          <teiHeader><fileDesc><titleStmt><title>Group 2</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
            <profileDesc><particDesc><listPerson>
              <person xml:id="MOD" role="moderator"/><person xml:id="A" role="participant"/><person xml:id="B" role="participant"/><person xml:id="C" role="participant"/>
            </listPerson></particDesc></profileDesc></teiHeader>
          <text><body>
            <u who="#MOD">What did the digital supervision change?</u>
            <u who="#A">Fewer night visits, and the families were calmer.</u>
            <u who="#B">The cameras worried some of the patients at first.</u>
            <u who="#C">We needed clear rules for when to look in.</u>
            <u who="#MOD">And the dispensers?</u>
            <u who="#A">They were fine for most patients.</u>
          </body></text>
        </TEI>

        """

    static let codebook = """
        name: focus
        languages: [english]
        unit: sentence
        themes:
          - {id: nights, name: Nights}
        sub-themes:
          - {id: night-work, name: Night work, parent: nights}
        codes:
          - {id: night-shift, name: Night shift, parent: night-work, rules: ["night*", "evening*"]}
          - {id: training, name: Training, parent: night-work, rules: ["training", "learn*"]}

        """

    @Test func groupSessionsImportRunAndAreCountedPerParticipant() throws {
        let root = try TestSupport.temporaryDirectory()
        try TestSupport.write(Self.teams, to: "group-1.vtt", in: root)
        try TestSupport.write(Self.tei, to: "group-2.xml", in: root)
        let imported = try CLIRunner.run(["import", "--out", "study", "--language", "en", "group-1.vtt", "group-2.xml"], in: root)
        #expect(imported.status == 0, "\(imported.stderr)")
        let teamsSession = try String(contentsOf: root.appendingPathComponent("study/transcripts/FG01.xml"), encoding: .utf8)
        #expect(teamsSession.contains(#"participants="P01 P02 P03 P04""#), "\(teamsSession)")
        let teiSession = try String(contentsOf: root.appendingPathComponent("study/transcripts/FG02.xml"), encoding: .utf8)
        #expect(teiSession.contains(#"participants="P05 P06 P07""#), "\(teiSession)")

        try TestSupport.write(Self.codebook, to: "study/codebook.yaml", in: root)
        try TestSupport.write("""
            study: study.yaml
            transcripts: [transcripts/*.xml]
            stages:
              - anonymization
              - descriptives
              - {stage: coding, options: {codebook: codebook.yaml}}
              - themes
              - saturation
              - report
              - refi-qda

            """, to: "study/pipeline.yaml", in: root)
        let run = try CLIRunner.run(["analyze", "study/pipeline.yaml", "--out", "out", "--key", "out.key"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2 interviews with 7 of 7 participants"), "\(run.stdout)")

        // Coverage counts the participants who said it: "night" is said by P01, P02 (twice) and P05 — 3 of 7, where
        // counting sessions would credit all 7 members of the two sessions.
        let themes = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("out/themes.json"))) as? [String: Any]
        let nodes = try #require(themes?["nodes"] as? [[String: Any]] ?? themes?["themes"] as? [[String: Any]])
        let nightShift = try #require(nodes.first { $0["id"] as? String == "night-shift" })
        #expect(nightShift["coverage"] as? String == "3 of 7", "\(nightShift)")
        #expect((nightShift["participants"] as? [String])?.sorted() == ["P01", "P02", "P05"], "\(nightShift)")
        let training = try #require(nodes.first { $0["id"] as? String == "training" })
        #expect(training["coverage"] as? String == "2 of 7", "\(training)")

        // Each participant has their own row, with only their own words.
        let descriptives = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("out/descriptives.json"))) as? [String: Any]
        let participants = try #require(descriptives?["participants"] as? [[String: Any]])
        #expect(participants.count == 7)
        let p03 = try #require(participants.first { $0["id"] as? String == "P03" })
        #expect((p03["words"] as? [String: Any])?["participant"] as? Int == 10, "\(p03)")
        let report = try String(contentsOf: root.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(report.contains("P01, P02, P03, P04"))
        // No speaker's name is published.
        for name in ["Hanne", "Ola Berg", "Siri", "Jonas", "Maria Vik"] {
            #expect(!report.contains(name), "\(name) in report.html")
        }
    }
}
