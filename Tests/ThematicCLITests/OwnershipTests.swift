import Foundation
import Testing
import ThematicTestSupport

/// A folder or file is replaced only when Thematic proves it wrote it (README "Guarantees"): the red team's data-loss
/// findings 07 (work folder), 08 (re-import), 18 (anonymize into the transcripts' folder), each as users hit them.
@Suite("ownership is proved, never inferred from names")
struct OwnershipTests {
    func thematic(_ arguments: [String], in folder: URL) throws -> CLIRunner.Run {
        try CLIRunner.run(arguments, in: folder)
    }

    /// A two-interview study with a protected name, in `root/study`.
    func study(in root: URL) throws -> URL {
        let folder = root.appendingPathComponent("study")
        try TestSupport.write("id: s\ntitle: t\nteam:\n  interviewers: [{id: I1}]\nparticipants: [{id: P01}, {id: P02}]\nidentifiers:\n  person: [Kari Nordmann]\n", to: "study.yaml", in: folder)
        for id in ["P01", "P02"] {
            try TestSupport.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <interview xmlns="urn:thematic:interview:1" id="\(id)" participant="\(id)" language="en"><body>
                <turn speaker="I1">Who asked you?</turn><turn speaker="\(id)">Kari Nordmann asked me to do it.</turn></body></interview>

                """, to: "transcripts/\(id).xml", in: folder)
        }
        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages: [anonymization, descriptives]\n", to: "pipeline.yaml", in: folder)
        return folder
    }

    func digests(of folder: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for path in (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? [] {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = TestSupport.sha256(try Data(contentsOf: url))
            }
        }
        return out
    }

    func mode(of path: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// 07: a folder that merely holds a `plan.json` is not an earlier work folder.
    @Test func aWorkFolderIsOursOnlyWhenItsRecordSaysSo() throws {
        let root = try TestSupport.temporaryDirectory()
        _ = try study(in: root)
        let mine = root.appendingPathComponent("myproject")
        try TestSupport.write("{\"title\": \"my project plan\"}", to: "plan.json", in: mine)
        try TestSupport.write("two years of lab notes", to: "logs/lab-notebook.log", in: mine)
        try TestSupport.write("protocol step 1", to: "steps/protocol.md", in: mine)
        try TestSupport.write("sbatch my-simulation", to: "slurm/run.sh", in: mine)
        chmod(mine.path, 0o755)
        let before = try digests(of: mine)
        let refused = try thematic(["analyze", "study/pipeline.yaml", "--out", "out", "--shards", "2", "--work", "myproject"], in: root)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("myproject") && refused.stderr.contains("nothing proves Thematic wrote it"), "\(refused.stderr)")
        #expect(try digests(of: mine) == before)
        #expect(try mode(of: mine) == 0o755)

        // A work folder Thematic made is reused; one a user then added a file to is not.
        let prepared = try thematic(["step", "prepare", "study/pipeline.yaml", "--work", "W", "--shards", "2", "--out", "out"], in: root)
        #expect(prepared.status == 0, "\(prepared.stderr)")
        let again = try thematic(["step", "prepare", "study/pipeline.yaml", "--work", "W", "--shards", "2", "--out", "out"], in: root)
        #expect(again.status == 0, "\(again.stderr)")
        try TestSupport.write("mine", to: "W/notes.txt", in: root)
        let added = try thematic(["step", "prepare", "study/pipeline.yaml", "--work", "W", "--shards", "2", "--out", "out"], in: root)
        #expect(added.status != 0)
        #expect(added.stderr.contains("notes.txt"), "\(added.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("W/notes.txt").path))
    }

    /// 18: anonymized files are named like transcripts; the folder of the inputs is never replaced.
    @Test func anonymizeNeverReplacesItsInputFolder() throws {
        let root = try TestSupport.temporaryDirectory()
        let folder = try study(in: root)
        let before = try digests(of: folder.appendingPathComponent("transcripts"))
        let refused = try thematic(["anonymize", "--study", "study.yaml", "--key", "k.key", "--out", "transcripts", "transcripts/P01.xml", "transcripts/P02.xml"], in: folder)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("an input of this run"), "\(refused.stderr)")
        #expect(try digests(of: folder.appendingPathComponent("transcripts")) == before)

        // A folder of other transcripts (no record) is not ours either, even with the same file names.
        try FileManager.default.copyItem(at: folder.appendingPathComponent("transcripts"), to: root.appendingPathComponent("copy"))
        let copy = try thematic(["anonymize", "--study", "study/study.yaml", "--out", "copy", "study/transcripts/P01.xml", "study/transcripts/P02.xml"], in: root)
        #expect(copy.status != 0)
        #expect(copy.stderr.contains("nothing proves Thematic wrote it"), "\(copy.stderr)")

        // Its own earlier output is replaced; once a file in it is edited, that file is the user's.
        let first = try thematic(["anonymize", "--study", "study/study.yaml", "--out", "anon", "study/transcripts/P01.xml", "study/transcripts/P02.xml"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try thematic(["anonymize", "--study", "study/study.yaml", "--out", "anon", "study/transcripts/P01.xml", "study/transcripts/P02.xml"], in: root)
        #expect(second.status == 0, "\(second.stderr)")
        let edited = root.appendingPathComponent("anon/P01.xml")
        try (String(contentsOf: edited, encoding: .utf8) + "<!-- checked by hand -->\n").write(to: edited, atomically: true, encoding: .utf8)
        let third = try thematic(["anonymize", "--study", "study/study.yaml", "--out", "anon", "study/transcripts/P01.xml", "study/transcripts/P02.xml"], in: root)
        #expect(third.status != 0)
        #expect(third.stderr.contains("P01.xml changed after Thematic wrote it"), "\(third.stderr)")
        #expect(try String(contentsOf: edited, encoding: .utf8).contains("checked by hand"))
    }

    /// A key written into another run's output would go wherever those results go, and be replaced with them.
    @Test func aKeyIsNeverWrittenIntoAnotherRunsOutput() throws {
        let root = try TestSupport.temporaryDirectory()
        let folder = try study(in: root)
        let earlier = try thematic(["analyze", "pipeline.yaml", "--out", "results"], in: folder)
        #expect(earlier.status == 0, "\(earlier.stderr)")
        let anonymized = try thematic(["anonymize", "--study", "study.yaml", "--out", "anon", "transcripts/P01.xml"], in: folder)
        #expect(anonymized.status == 0, "\(anonymized.stderr)")
        for place in ["results/keys/study.key", "anon/study.key"] {
            let refused = try thematic(["analyze", "pipeline.yaml", "--out", "again", "--key", place], in: folder)
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("the output of another Thematic run"), "\(place): \(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("again").path), "nothing published")
        }
        let beside = try thematic(["analyze", "pipeline.yaml", "--out", "again", "--key", "keys/study.key"], in: folder)
        #expect(beside.status == 0, "a key beside the outputs is fine: \(beside.stderr)")
    }

    /// 08: re-importing keeps the user's edits to study.yaml, and a hand-written study folder is not an import.
    @Test func reimportNeverReplacesEditedOrHandWrittenFiles() throws {
        let root = try TestSupport.temporaryDirectory()
        try TestSupport.write("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nKari Nilsen: How did you start?\n\n2\n00:00:05.000 --> 00:00:09.000\nOla Hansen: My manager asked me.\n\n3\n00:00:10.000 --> 00:00:12.000\nKari Nilsen: Why you?\n\n4\n00:00:13.000 --> 00:00:19.000\nOla Hansen: No idea.\n", to: "zoom.vtt", in: root)
        #expect(try thematic(["import", "--out", "study", "zoom.vtt"], in: root).status == 0)
        let again = try thematic(["import", "--out", "study", "--language", "nb", "zoom.vtt"], in: root)
        #expect(again.status == 0, "an unedited import is replaced: \(again.stderr)")

        let studyFile = root.appendingPathComponent("study/study.yaml")
        let edited = try String(contentsOf: studyFile, encoding: .utf8).replacingOccurrences(of: "  methodology:", with: "  methodology: reflexive thematic analysis")
        try edited.write(to: studyFile, atomically: true, encoding: .utf8)
        let refused = try thematic(["import", "--out", "study", "--title", "Tech champions", "zoom.vtt"], in: root)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("study.yaml changed after Thematic wrote it"), "\(refused.stderr)")
        #expect(try String(contentsOf: studyFile, encoding: .utf8).contains("reflexive thematic analysis"))

        let mine = root.appendingPathComponent("mine")
        try TestSupport.write("# my own study file\nid: mine\n", to: "study.yaml", in: mine)
        try TestSupport.write("my pipeline", to: "pipeline.yaml", in: mine)
        try TestSupport.write("<my own transcript/>", to: "transcripts/P01.xml", in: mine)
        let before = try digests(of: mine)
        let handWritten = try thematic(["import", "--out", "mine", "zoom.vtt"], in: root)
        #expect(handWritten.status != 0)
        #expect(try digests(of: mine) == before)

        // A record edited to claim a subfolder whole (only a work folder's record may) proves nothing.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("study/transcripts/mine"), withIntermediateDirectories: true)
        try TestSupport.write("precious", to: "study/transcripts/mine/notes.txt", in: root)
        try String(contentsOf: studyFile, encoding: .utf8).replacingOccurrences(of: "  methodology: reflexive thematic analysis", with: "  methodology:").write(to: studyFile, atomically: true, encoding: .utf8)
        let recordFile = root.appendingPathComponent("study/.thematic-written.json")
        let forged = try String(contentsOf: recordFile, encoding: .utf8).replacingOccurrences(of: #""trees" : ["#, with: #""trees" : ["transcripts/mine""#)
        try forged.write(to: recordFile, atomically: true, encoding: .utf8)
        let claimed = try thematic(["import", "--out", "study", "zoom.vtt"], in: root)
        #expect(claimed.status != 0 && claimed.stderr.contains("nothing proves Thematic wrote it"), "\(claimed.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("study/transcripts/mine/notes.txt").path))
        try FileManager.default.removeItem(at: root.appendingPathComponent("study/transcripts/mine"))

        // The file imported from may not lie in the folder the import replaces.
        try FileManager.default.copyItem(at: root.appendingPathComponent("zoom.vtt"), to: root.appendingPathComponent("study/zoom.vtt"))
        let inside = try thematic(["import", "--out", "study", "study/zoom.vtt"], in: root)
        #expect(inside.status != 0)
        #expect(inside.stderr.contains("an input of this run"), "\(inside.stderr)")
    }

    /// An analyze output whose artifact the user edited is theirs now; an output folder holding the inputs is refused.
    @Test func analyzeProvesEveryFileByItsDigest() throws {
        let root = try TestSupport.temporaryDirectory()
        _ = try study(in: root)
        #expect(try thematic(["analyze", "study/pipeline.yaml", "--out", "out"], in: root).status == 0)
        #expect(try thematic(["analyze", "study/pipeline.yaml", "--out", "out"], in: root).status == 0)
        let csv = root.appendingPathComponent("out/descriptives.csv")
        try (String(contentsOf: csv, encoding: .utf8) + "my note\n").write(to: csv, atomically: true, encoding: .utf8)
        let refused = try thematic(["analyze", "study/pipeline.yaml", "--out", "out"], in: root)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("descriptives.csv changed after Thematic wrote it"), "\(refused.stderr)")
        #expect(try String(contentsOf: csv, encoding: .utf8).hasSuffix("my note\n"))

        let intoStudy = try thematic(["analyze", "study/pipeline.yaml", "--out", "study"], in: root)
        #expect(intoStudy.status != 0)
        #expect(intoStudy.stderr.contains("an input of this run") || intoStudy.stderr.contains("nothing proves"), "\(intoStudy.stderr)")
    }
}
