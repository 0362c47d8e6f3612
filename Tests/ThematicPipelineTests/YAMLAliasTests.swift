import Foundation
import Testing
import ThematicCoding
import ThematicCore
import ThematicPipeline
import ThematicTestSupport

/// YAML aliases are counted as if written out, in every reader (study, pipeline, codebook): a few hundred bytes of
/// "billion laughs" are refused at the alias that crosses the bound, naming its line, in well under a second.
@Suite("YAML aliases")
struct YAMLAliasTests {
    /// `levels` anchors, each a sequence of nine aliases of the one before (the red team's 474-byte file at 10).
    static func bomb(levels: Int, under key: String = "x") -> String {
        let names = (0..<levels).map { "a\($0)" }
        var lines = ["\(key):", "  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<levels {
            lines.append("  \(names[level]): &\(names[level]) [\(Array(repeating: "*" + names[level - 1], count: 9).joined(separator: ", "))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func expectRefusedQuickly(_ name: String, line: Int, _ body: () throws -> Void) {
        let started = ContinuousClock.now
        do {
            try body()
            Issue.record("\(name): accepted")
        } catch let error as Diagnostic {
            #expect(error.line == line, "\(name): \(error)")
            #expect(error.message.contains("aliases expand to more than"), "\(name): \(error)")
        } catch let list as DiagnosticList {
            Issue.record("\(name): \(list.diagnostics.map(\.description))")
        } catch {
            Issue.record("\(name): \(error)")
        }
        #expect(ContinuousClock.now - started < .seconds(1), "\(name) took \(ContinuousClock.now - started)")
    }

    @Test func anAliasBombIsRefusedAtItsLineByEveryReader() throws {
        let root = try TestSupport.temporaryDirectory("yaml-alias")
        defer { try? FileManager.default.removeItem(at: root) }
        // Anchors expand to 10, 91, 820, 7,381 and 66,430 nodes: the first alias of the sixth anchor (a5) crosses the
        // bound of 100,000 added nodes.
        let study = try TestSupport.write("id: x\ntitle: t\n" + Self.bomb(levels: 10), to: "study.yaml", in: root)
        expectRefusedQuickly("study", line: 9) { _ = try StudyLoader.load(path: study.path, displayName: "study.yaml") }
        let pipeline = try TestSupport.write("study: study.yaml\ntranscripts: [t/*.xml]\nstages: [descriptives]\n" + Self.bomb(levels: 10, under: "output"),
                                             to: "pipeline.yaml", in: root)
        expectRefusedQuickly("pipeline", line: 10) { _ = try PipelineFile.load(pipeline.path) }
        let codebook = "languages: [english]\n" + Self.bomb(levels: 10, under: "themes")
        expectRefusedQuickly("codebook", line: 8) { _ = try CodebookLoader.parse(Data(codebook.utf8), file: "codebook.yaml") }
    }

    @Test func anchorsThatExpandModestlyStillRead() throws {
        let root = try TestSupport.temporaryDirectory("yaml-alias")
        defer { try? FileManager.default.removeItem(at: root) }
        // 40 participants sharing attribute values through aliases.
        var text = "id: mini\ntitle: A small study\nteam:\n  interviewers:\n    - id: I1\nparticipants:\n  - {id: P00, profession: &job nurse, unit: &unit ward}\n"
        for number in 1..<40 { text += "  - {id: P\(String(format: "%02d", number)), profession: *job, unit: *unit}\n" }
        let study = try TestSupport.write(text, to: "study.yaml", in: root)
        let loaded = try StudyLoader.load(path: study.path, displayName: "study.yaml")
        #expect(loaded.study.participants.count == 40)
    }
}
