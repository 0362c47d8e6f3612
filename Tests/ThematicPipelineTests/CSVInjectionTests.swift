import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import ThematicPipeline

/// No CSV a run publishes holds a cell a spreadsheet would run as a formula, whatever the transcripts, participant
/// attributes or code names say (red team 2026-12, finding 23); numbers stay numbers.
@Suite("CSV injection")
struct CSVInjectionTests {
    /// The cells of a CSV as a spreadsheet sees them: quotes taken off, nothing else undone.
    static func cells(_ text: String) -> [String] {
        var cells: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
            } else if character == "\"", field.isEmpty {
                quoted = true
            } else if character == "," || character == "\n" {
                cells.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        return cells
    }

    @Test func formulasInTextAttributesAndCodesArePublishedAsText() throws {
        let root = try TestSupport.temporaryDirectory("csv-injection")
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write("id: s\ntitle: t\nteam:\n  interviewers: [{id: I1}]\nparticipants:\n  - {id: P01, note: \"=1+1\"}\n  - {id: P02, note: \"@SUM(A1)\"}\n", to: "study.yaml", in: root)
        try TestSupport.write(TestSupport.transcript(id: "P01", turns: [("I1", "How?"), ("P01", "=2+3 is what the nurse typed.")]), to: "transcripts/P01.xml", in: root)
        try TestSupport.write(TestSupport.transcript(id: "P02", turns: [("I1", "-And then?"), ("P02", "+47 was the nurse's number, -5 degrees outside.")]), to: "transcripts/P02.xml", in: root)
        try TestSupport.write("""
            name: c
            languages: [english]
            unit: sentence
            themes:
              - {id: t, name: "=T"}
            sub-themes:
              - {id: s, name: S, parent: t}
            codes:
              - {id: typing, name: "-Typing", parent: s, rules: [nurse]}

            """, to: "codebook.yaml", in: root)
        try TestSupport.write("""
            study: study.yaml
            transcripts: [transcripts/*.xml]
            stages:
              - descriptives
              - {stage: keywords-in-context, options: {keywords: [nurse]}}
              - {stage: coding, options: {codebook: codebook.yaml}}
              - {stage: themes, options: {cite: [note]}}
            output: out

            """, to: "pipeline.yaml", in: root)
        _ = try PipelineRunner(registry: PipelineRunnerTests().registry, jobs: 1).run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path, outputOverride: nil)
        let out = root.appendingPathComponent("out")
        let csvs = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(csvs == ["code-frequencies.csv", "codings.csv", "cooccurrence.csv", "descriptives.csv", "kwic.csv", "themes.csv"])
        var sawNeutralised = false
        for name in csvs {
            for cell in Self.cells(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)) {
                guard let first = cell.unicodeScalars.first else { continue }
                if first == "'" { sawNeutralised = true }
                let isNumber = Double(cell) != nil && cell.allSatisfy { $0.isNumber || "-.eE+".contains($0) } && first != "+"
                #expect(!"=+-@\t\r".unicodeScalars.contains(first) || isNumber, "\(name): the cell \(cell.debugDescription) is a formula")
            }
        }
        #expect(sawNeutralised)
    }
}
