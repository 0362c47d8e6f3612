import Foundation
import Testing
import ThematicCore
import ThematicPipeline
import ThematicTestSupport
@testable import AnonymizationStage

/// Identifiers planted where real studies carry them must not survive in any published byte or file name.
@Suite("Anonymization channels")
struct ChannelTests {
    static let planted: [(text: String, channel: String)] = [
        ("Vigdis Lundemo", "<event> text"),
        ("vigdis.lundemo@example.no", "<event> e-mail"),
        ("27116010076", "<event> national identity number"),
        ("Bjørnar Tveit", "<anon> marked in the input without a ref"),
        ("Ragnhild Sæther", "attribute of a foreign element"),
        ("Solveig Haugrud", "identifying participant column full_name"),
        ("913 48 207", "identifying participant column phone"),
        ("Kari Nordmann", "CDATA in a turn"),
        ("Lyngtun sykehjem", "<meta> setting"),
        ("Ingrid Sølvberg", "a participant label"),
    ]

    func runStudy() throws -> URL {
        let root = try TestSupport.temporaryDirectory("channels")
        let study = """
            id: channels
            title: Channels
            team:
              interviewers:
                - id: I1
            participants:
              - {id: P1, profession: nurse, full_name: Solveig Haugrud, phone: 913 48 207}
              - {id: P2, label: Ingrid Sølvberg, profession: nurse}

            """
        try TestSupport.write(study, to: "study.yaml", in: root)
        let p1 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <interview xmlns="urn:thematic:interview:1" xmlns:x="urn:notes" id="P1" participant="P1" language="en">
              <meta><interviewer>I1</interviewer><setting>the staff room at Lyngtun sykehjem</setting></meta>
              <body>
                <turn speaker="I1">Who helped you?</turn>
                <turn speaker="P1">We had a <event>phone call from Vigdis Lundemo, vigdis.lundemo@example.no, 27116010076</event> first.</turn>
                <turn speaker="P1">Then <anon type="person">Bjørnar Tveit</anon> came, <x:note who="Ragnhild Sæther">see notes</x:note>.</turn>
                <turn speaker="P1">Solveig Haugrud is me, call 913 48 207. <![CDATA[Kari Nordmann helped]]> too.</turn>
              </body>
            </interview>

            """
        // The file name holds a name: published files are named by interview id.
        try TestSupport.write(p1, to: "transcripts/P1_Kari_Nordmann.xml", in: root)
        try TestSupport.write(TestSupport.transcript(id: "P2", turns: [("I1", "And you?"), ("P2", "Bjørnar Tveit again, and Kari Nordmann.")]),
                              to: "transcripts/P2.xml", in: root)
        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages: [anonymization]\noutput: out\n", to: "pipeline.yaml", in: root)
        _ = try PipelineRunner(registry: StageRegistry([Anonymization.self])).run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path)
        return root.appendingPathComponent("out")
    }

    @Test func nothingPlantedSurvivesInAnyFileOrName() throws {
        let out = try runStudy()
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { !$0.hasSuffix("/") }.sorted()
        #expect(files.contains("anonymized/P1.xml"), "\(files)")
        for (text, channel) in Self.planted {
            let matcher = LeakGate.Matcher([ProtectedIdentifier(text, reference: channel)])
            #expect(matcher.find(in: files.joined(separator: "\n")).isEmpty, "\(channel): in a file name")
            for file in files {
                guard let data = FileManager.default.contents(atPath: out.appendingPathComponent(file).path) else { continue }
                #expect(matcher.find(in: String(decoding: data, as: UTF8.self)).isEmpty, "\(channel): '\(text)' survived in \(file)")
            }
        }
        let p1 = try String(contentsOf: out.appendingPathComponent("anonymized/P1.xml"), encoding: .utf8)
        #expect(p1.contains("<event>phone call from <anon type=\"person\""), "the event stays an event: \(p1)")
        #expect(p1.contains("<x:note>see notes</x:note>"), "the foreign element stays, without its attributes: \(p1)")
        let report = try String(contentsOf: out.appendingPathComponent("anonymization.json"), encoding: .utf8)
        #expect(report.contains("\"marked_in_input\" : 1") && report.contains("\"foreign_attributes_dropped\" : 1")
                && report.contains("\"participant_fields_replaced\" : 1"), "\(report)")
    }
}
