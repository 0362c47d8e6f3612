import Foundation
import Testing
import ThematicTestSupport

/// `thematic import` as users run it: a study folder that `thematic analyze` runs as it is, with no speaker name in
/// anything the run publishes.
@Suite("thematic import")
struct ImportCommandTests {
    static let fixtures = ["diarised.srt", "markdown.md", "oral-history.xml", "plain-text.txt", "teams.vtt", "word-table.docx", "word.docx", "zoom.vtt"]
        .map { "Fixtures/import/\($0)" }

    func thematic(_ arguments: [String]) throws -> CLIRunner.Run {
        try CLIRunner.run(arguments, in: TestSupport.packageRoot)
    }

    /// Every file under `folder`, recursively, as text.
    func contents(of folder: URL) throws -> [(String, String)] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return try paths.sorted().compactMap { path in
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            return (path, String(decoding: try Data(contentsOf: url), as: UTF8.self))
        }
    }

    @Test func anImportedStudyRunsEndToEndWithNoSpeakerNameInItsOutputs() throws {
        let root = try TestSupport.temporaryDirectory()
        let study = root.appendingPathComponent("study").path
        let imported = try thematic(["import", "--out", study] + Self.fixtures)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("8 transcripts imported"))
        let names = ["Kari Nilsen", "Ola Hansen", "Siri Dahl", "Even Strand", "Maria Berg", "Jonas Aune", "Lars Moe", "Ingrid Lunde", "Tone Vik", "Per Lien"]
        let studyFile = try String(contentsOfFile: study + "/study.yaml", encoding: .utf8)
        for name in names { #expect(studyFile.contains("\"\(name)\""), "\(name) is not protected in study.yaml") }

        let results = root.appendingPathComponent("results")
        let analyze = try thematic(["analyze", study + "/pipeline.yaml", "--out", results.path, "--key", root.appendingPathComponent("results.key").path])
        #expect(analyze.status == 0, "\(analyze.stderr)")
        let published = try contents(of: results)
        #expect(published.count > 5)
        for (path, text) in published + [("(terminal)", analyze.stdout + analyze.stderr)] {
            for name in names {
                for part in name.split(separator: " ") {
                    #expect(text.range(of: "\\b\(part)\\b", options: [.regularExpression, .caseInsensitive]) == nil, "\(part) in \(path)")
                }
            }
        }
        let coreq = try thematic(["validate", "--coreq", study + "/study.yaml"])
        #expect(coreq.stderr.contains("COREQ item 9 (Methodological orientation and theory) is not reported") || coreq.stderr.contains("COREQ item 9"))
    }

    /// Red-team 05: a REFI-QDA case named after its participant, with "Fornavn", "Etternavn" and "Participant name"
    /// variables, was published in descriptives, code frequencies, the report and project.qdpx. Imported and run as
    /// it is, no part of the name is in anything the run publishes; the profession still is.
    /// A user called `Coder 1` names nobody: protected, its word `coder` (in Thematic's own column names) refused every run.
    @Test(arguments: ["Ingrid Moe", "Coder 1", "Coder One"])
    func aProjectsCaseNamesAndNameVariablesAreNeverPublished(user: String) throws {
        let root = try TestSupport.temporaryDirectory()
        let variables = [("Fornavn", "Torgeir"), ("Etternavn", "Brattvoll"), ("Participant name", "Torgeir Brattvoll"), ("Profession", "nurse")]
        let declared = variables.enumerated().map { #"<Variable guid="CCCCCCCC-0000-4000-8000-00000000000\#($0.offset + 1)" name="\#($0.element.0)" typeOfVariable="Text"/>"# }
        let values = variables.enumerated().map {
            #"<VariableValue><VariableRef targetGUID="CCCCCCCC-0000-4000-8000-00000000000\#($0.offset + 1)"/><TextValue>\#($0.element.1)</TextValue></VariableValue>"#
        }
        let project = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Study" origin="NVivo">
              <Users><User guid="AAAAAAAA-0000-4000-8000-000000000001" name="\(user)"/></Users>
              <CodeBook><Codes><Code guid="BBBBBBBB-0000-4000-8000-000000000001" name="Pace" isCodable="true"/></Codes></CodeBook>
              <Variables>\(declared.joined())</Variables>
              <Cases><Case guid="DDDDDDDD-0000-4000-8000-000000000001" name="Torgeir Brattvoll">\(values.joined())<SourceRef targetGUID="EEEEEEEE-0000-4000-8000-000000000001"/></Case></Cases>
              <Sources>
                <TextSource guid="EEEEEEEE-0000-4000-8000-000000000001" name="Interview 1">
                  <PlainTextContent>Interviewer: How did the rollout go?
            P1: It was slow at first.
            Interviewer: Why?
            P1: Training was missing.
            </PlainTextContent>
                  <PlainTextSelection guid="FFFFFFFF-0000-4000-8000-000000000001" startPosition="41" endPosition="62" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">
                    <Coding guid="FFFFFFFF-0000-4000-8000-000000000002"><CodeRef targetGUID="BBBBBBBB-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                </TextSource>
              </Sources>
            </Project>
            """
        let file = try TestSupport.write(project, to: "p.qde", in: root)
        let study = root.appendingPathComponent("study").path
        let imported = try thematic(["import", "--out", study, file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let results = root.appendingPathComponent("results")
        let analyze = try thematic(["analyze", study + "/pipeline.yaml", "--out", results.path, "--key", root.appendingPathComponent("results.key").path])
        #expect(analyze.status == 0, "\(analyze.stderr)")
        let published = try contents(of: results)
        #expect(published.contains { $0.0 == "project.qdpx" })
        for (path, text) in published + [("(terminal)", analyze.stdout + analyze.stderr)] {
            for part in ["Torgeir", "Brattvoll", "Ingrid"] { #expect(!text.contains(part), "\(part) in \(path)") }
        }
        #expect(published.contains { $0.0 == "descriptives.json" && $0.1.contains("nurse") })
    }

    /// Zoom display names with digits (red team 2026-12, finding 04): never an id or a file name, protected, and the
    /// name said without the digits is protected too.
    @Test(arguments: [("kari85", "kari"), ("Kari 2", "Kari"), ("Torgeir2", "Torgeir"), ("nordmann7", "nordmann")])
    func aDisplayNameWithDigitsNeverBecomesAnIdAndIsProtected(_ label: String, _ said: String) throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let vtt = """
            WEBVTT

            1
            00:00:01.000 --> 00:00:04.000
            Interviewer: How did you become a champion?

            2
            00:00:05.000 --> 00:00:09.000
            \(label): My manager asked me, \(said) is the one who knows the system.

            3
            00:00:10.000 --> 00:00:12.000
            Interviewer: Why you, \(said)?

            4
            00:00:13.000 --> 00:00:19.000
            \(label): No idea.

            """
        let file = try TestSupport.write(vtt, to: "lab.vtt", in: root)
        let study = root.appendingPathComponent("study").path
        let imported = try thematic(["import", "--out", study, file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(FileManager.default.fileExists(atPath: study + "/transcripts/P01.xml"))
        let studyFile = try String(contentsOfFile: study + "/study.yaml", encoding: .utf8)
        #expect(studyFile.contains("\"\(label)\"") && studyFile.contains("\"\(said)\""), "\(studyFile)")
        let results = root.appendingPathComponent("results")
        let analyze = try thematic(["analyze", study + "/pipeline.yaml", "--out", results.path, "--key", root.appendingPathComponent("results.key").path])
        #expect(analyze.status == 0, "\(analyze.stderr)")
        for (path, text) in try contents(of: results) + [("(terminal)", analyze.stdout + analyze.stderr)] {
            #expect(!path.localizedCaseInsensitiveContains(said), "\(path)")
            #expect(text.range(of: "\\b\(said)", options: [.regularExpression, .caseInsensitive]) == nil, "\(said) in \(path)")
        }
    }

    static let codedProject = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Study" origin="NVivo">
          <Users><User guid="AAAAAAAA-0000-4000-8000-000000000001" name="Ingvild Aasen"/><User guid="AAAAAAAA-0000-4000-8000-000000000002" name="Bjørn Dahl"/></Users>
          <CodeBook><Codes><Code guid="BBBBBBBB-0000-4000-8000-000000000001" name="Pace" isCodable="true"/></Codes></CodeBook>
          <Sources>
            <TextSource guid="EEEEEEEE-0000-4000-8000-000000000001" name="Interview 1">
              <PlainTextContent>Ingvild Aasen: How did the rollout go?
        P1: It was slow at first.
        Ingvild Aasen: Why?
        P1: Training was missing.
        </PlainTextContent>
              <PlainTextSelection guid="FFFFFFFF-0000-4000-8000-000000000001" startPosition="43" endPosition="64" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">
                <Coding guid="FFFFFFFF-0000-4000-8000-000000000002"><CodeRef targetGUID="BBBBBBBB-0000-4000-8000-000000000001"/></Coding>
              </PlainTextSelection>
              <PlainTextSelection guid="FFFFFFFF-0000-4000-8000-000000000003" startPosition="43" endPosition="64" creatingUser="AAAAAAAA-0000-4000-8000-000000000002">
                <Coding guid="FFFFFFFF-0000-4000-8000-000000000004"><CodeRef targetGUID="BBBBBBBB-0000-4000-8000-000000000001"/></Coding>
              </PlainTextSelection>
            </TextSource>
          </Sources>
        </Project>

        """

    /// Researchers' names (red team 2026-12, finding 06): a coder who interviewed codes as the interviewer's id,
    /// another coder as C1, their names are protected, and the imported study runs as it is.
    @Test func codersGetNeutralIdsAndTheImportedProjectRuns() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = try TestSupport.write(Self.codedProject, to: "p.qde", in: root)
        let study = root.appendingPathComponent("study").path
        let imported = try thematic(["import", "--out", study, project.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: study + "/coding").sorted() == ["C1.csv", "I1.csv"])
        let studyFile = try String(contentsOfFile: study + "/study.yaml", encoding: .utf8)
        #expect(studyFile.contains("\"Ingvild Aasen\"") && studyFile.contains("\"Bjørn Dahl\""), "\(studyFile)")
        let report = try String(contentsOfFile: study + "/import-report.json", encoding: .utf8)
        #expect(report.contains("\"coders\""), "\(report)")
        let results = root.appendingPathComponent("results")
        let analyze = try thematic(["analyze", study + "/pipeline.yaml", "--out", results.path, "--key", root.appendingPathComponent("results.key").path])
        #expect(analyze.status == 0, "\(analyze.stderr)")
        for (path, text) in try contents(of: results) + [("(terminal)", analyze.stdout + analyze.stderr)] {
            for part in ["Ingvild", "Aasen", "Bjørn", "Dahl"] {
                #expect(!path.localizedCaseInsensitiveContains(part) && text.range(of: part, options: .caseInsensitive) == nil, "\(part) in \(path)")
            }
        }
    }

    /// COREQ item 1 asks for the interviewer's name: the report gives it only when the study says
    /// `team.publish_names: true`, and a name the study also protects cannot be published.
    @Test func theReportNamesTheTeamOnlyWhenTheStudySaysSo() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nKari Nilsen: How did you start?\n\n2\n00:00:05.000 --> 00:00:09.000\nOla Hansen: My manager asked me.\n\n3\n00:00:10.000 --> 00:00:12.000\nKari Nilsen: Why you?\n\n4\n00:00:13.000 --> 00:00:19.000\nOla Hansen: No idea.\n"
        let file = try TestSupport.write(vtt, to: "z.vtt", in: root)
        let study = root.appendingPathComponent("study")
        #expect(try thematic(["import", "--out", study.path, file.path]).status == 0)
        let studyPath = study.appendingPathComponent("study.yaml").path
        let imported = try String(contentsOfFile: studyPath, encoding: .utf8)
        func analyze(team: String) throws -> (CLIRunner.Run, String) {
            try imported.replacingOccurrences(of: "    - id: \"I1\"\n", with: team, options: [], range: nil).write(toFile: studyPath, atomically: true, encoding: .utf8)
            let out = root.appendingPathComponent("out-\(UUID().uuidString)")
            let run = try thematic(["analyze", study.appendingPathComponent("pipeline.yaml").path, "--out", out.path, "--key", out.path + ".key"])
            return (run, (try? String(contentsOf: out.appendingPathComponent("coreq.md"), encoding: .utf8)) ?? "")
        }
        // Named for COREQ, not published: the run succeeds and the report gives the id.
        let (byID, coreq) = try analyze(team: "    - id: \"I1\"\n      name: Kari Nilsen\n      credentials: RN, PhD\n")
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(coreq.contains("I1: RN, PhD") && !coreq.contains("Kari"), "\(coreq)")
        // Published while protected: refused at the study's line, saying why.
        #expect(imported.contains("  publish_names: false\n"), "the imported study shows the choice")
        let publishing = imported.replacingOccurrences(of: "  publish_names: false\n", with: "  publish_names: true\n")
        try publishing.replacingOccurrences(of: "    - id: \"I1\"\n", with: "    - id: \"I1\"\n      name: Kari Nilsen\n").write(toFile: studyPath, atomically: true, encoding: .utf8)
        let refused = try thematic(["analyze", study.appendingPathComponent("pipeline.yaml").path, "--out", root.appendingPathComponent("refused").path])
        #expect(refused.status != 0 && refused.stderr.contains("study.yaml:") && refused.stderr.contains("publish_names"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("refused").path))
        // Published by role: the report prints it.
        try publishing.replacingOccurrences(of: "    - id: \"I1\"\n", with: "    - id: \"I1\"\n      name: first author\n").write(toFile: studyPath, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("by-role")
        let byRole = try thematic(["analyze", study.appendingPathComponent("pipeline.yaml").path, "--out", out.path, "--key", out.path + ".key"])
        #expect(byRole.status == 0, "\(byRole.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("coreq.md"), encoding: .utf8).contains("first author"))
    }

    @Test func aFolderThatIsNotAnImportIsNeverReplaced() throws {
        let root = try TestSupport.temporaryDirectory()
        let folder = root.appendingPathComponent("mine")
        try TestSupport.write("my notes", to: "notes.txt", in: folder)
        let refused = try thematic(["import", "--out", folder.path, "Fixtures/import/zoom.vtt"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("notes.txt"))
        #expect(try contents(of: folder).map(\.0) == ["notes.txt"])
    }

    @Test func aFailedImportLeavesTheEarlierFolderExactlyAsItWas() throws {
        let root = try TestSupport.temporaryDirectory()
        let folder = root.appendingPathComponent("study")
        #expect(try thematic(["import", "--out", folder.path, "Fixtures/import/zoom.vtt"]).status == 0)
        let before = try contents(of: folder)
        let broken = try TestSupport.write("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: One?\n\n00:00:06.000 --> 00:00:05.000\nB: Two.\n", to: "broken.vtt", in: root)
        let failed = try thematic(["import", "--out", folder.path, "Fixtures/import/zoom.vtt", broken.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("broken.vtt:6: cue 2 (line 6) ends (00:00:05.000) before it starts (00:00:06.000)"), "\(failed.stderr)")
        #expect(try contents(of: folder).map(\.0) == before.map(\.0))
        #expect(try contents(of: folder).map(\.1) == before.map(\.1))
        // The same import again replaces the folder (it holds only what an import writes).
        #expect(try thematic(["import", "--out", folder.path, "Fixtures/import/zoom.vtt", "Fixtures/import/teams.vtt"]).status == 0)
    }

    @Test func aPipelineMayListOtherFormatsDirectly() throws {
        let root = try TestSupport.temporaryDirectory()
        try TestSupport.write("""
            id: direct
            title: Transcripts read as they came
            team:
              interviewers:
                - {id: I1, name: Kari Nilsen}
            participants:
              - {id: P01}
              - {id: P02}
            """, to: "study.yaml", in: root)
        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.vtt, transcripts/*.docx]\nstages: [anonymization, descriptives]\n", to: "pipeline.yaml", in: root)
        let zoom = try TestSupport.importFixture("zoom.vtt")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("transcripts"), withIntermediateDirectories: true)
        try zoom.write(to: root.appendingPathComponent("transcripts/P01.vtt"))
        try TestSupport.importFixture("word.docx").write(to: root.appendingPathComponent("transcripts/P02.docx"))
        let out = root.appendingPathComponent("out")
        let run = try thematic(["analyze", root.appendingPathComponent("pipeline.yaml").path, "--out", out.path, "--key", root.appendingPathComponent("k").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2 interviews with 2 of 2 participants"))
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        // The manifest records the digest of the file as it came, not of a conversion.
        #expect(manifest.contains("\"interview:P01\" : \"\(TestSupport.sha256(zoom))\""))
        for (path, text) in try contents(of: out) {
            for name in ["Kari", "Nilsen", "Ola", "Hansen", "Lars", "Moe"] {
                #expect(text.range(of: "\\b\(name)\\b", options: [.regularExpression, .caseInsensitive]) == nil, "\(name) in \(path)")
            }
        }
        let verify = try thematic(["verify", out.path])
        #expect(verify.status == 0, "\(verify.stderr)")

        // As two shards: the speakers' names each shard finds in its own files are protected in the other's.
        let sharded = root.appendingPathComponent("sharded")
        let shards = try thematic(["analyze", root.appendingPathComponent("pipeline.yaml").path, "--out", sharded.path,
                                   "--key", root.appendingPathComponent("k2").path, "--shards", "2"])
        #expect(shards.status == 0, "\(shards.stderr)")
        #expect(try contents(of: sharded).map { [$0.0, $0.1] } == contents(of: out).map { [$0.0, $0.1] })
        #expect(try Data(contentsOf: root.appendingPathComponent("k2")) == Data(contentsOf: root.appendingPathComponent("k")))

        try TestSupport.importFixture("teams.vtt").write(to: root.appendingPathComponent("transcripts/P09.vtt"))
        let unknown = try thematic(["analyze", root.appendingPathComponent("pipeline.yaml").path, "--out", root.appendingPathComponent("o2").path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("transcripts/P09.vtt: a transcript in another format than Interview XML is named after its participant"))

        // A project is imported into a study folder, not listed as a transcript.
        try FileManager.default.removeItem(at: root.appendingPathComponent("transcripts/P09.vtt"))
        try TestSupport.importFixture("refi/nvivo-style.qdpx").write(to: root.appendingPathComponent("transcripts/P01.qdpx"))
        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.qdpx]\nstages: [descriptives]\n", to: "projects.yaml", in: root)
        let project = try thematic(["analyze", root.appendingPathComponent("projects.yaml").path, "--out", root.appendingPathComponent("o3").path])
        #expect(project.status == 1)
        #expect(project.stderr.contains("transcripts/P01.qdpx: a project (refi-qda) holds many transcripts and their coding; import it"), "\(project.stderr)")
    }

    @Test func importersAreListed() throws {
        let list = try thematic(["importers"])
        #expect(list.status == 0)
        for id in ["docx 1.0.0", "plain-text 1.0.0", "srt 1.0.0", "tei 1.0.0", "webvtt 1.0.0"] { #expect(list.stdout.contains(id)) }
        #expect(list.stdout.contains("--option max-expanded-mb=…"))
    }
}
