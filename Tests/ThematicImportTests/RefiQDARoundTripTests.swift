import Foundation
import RefiQDAImporter
import RefiQDAStage
import Testing
import ThematicCoding
import ThematicCore
import ThematicImport
import ThematicTestSupport

/// import(export(run)) gives back the run: the transcripts' text, the code tree and every coding (coder, code, text).
@Suite("REFI-QDA round trip")
struct RefiQDARoundTripTests {
    @Test func theBundledStudyComesBackAsItWent() throws {
        // The run: the bundled study autocoded, plus the first author's coding.
        let corpus = try TestSupport.bundledCorpus()
        let (book, _) = try CodebookLoader.load(path: TestSupport.bundledStudy.appendingPathComponent("codebook.yaml").path, displayName: "codebook.yaml")
        let auto = try Autocoder(codebook: book).code(corpus.interviews, jobs: 2)
        let human = try CodingImport.csv(Data(contentsOf: TestSupport.bundledStudy.appendingPathComponent("coding/first-author.csv")),
                                         file: "first-author.csv", corpus: corpus, codebook: book)
        let coding = CodingResult(codebook: book, codings: (auto + human).sorted(), analysisCoders: ["auto"])
        let context = StageContext(corpus: corpus)
        try context.put(coding, for: Products.codings)
        try RefiQDAExport(options: StageOptions(specs: [])).run(in: context)

        let file = ImportFile(displayName: "project.qdpx", data: try #require(context.artifacts["project.qdpx"]))
        let study = try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self])).importStudy([file], settings: .init())

        // Transcripts: the same speakers saying the same words, turn by turn.
        #expect(study.interviews.map(\.id) == corpus.interviews.map(\.id))
        for (back, original) in zip(study.interviews, corpus.interviews) {
            #expect(back.turns.map { "\($0.speaker): \($0.text)" } == original.turns.map { "\($0.speaker): \(ImportText.trimmed($0.text))" }, "\(original.id)")
        }
        // The code tree: every entry under the same parent, by name.
        let folder = try TestSupport.temporaryDirectory()
        let codebookFile = try TestSupport.write(try #require(study.project).codebookYAML, to: "codebook.yaml", in: folder)
        let (backBook, _) = try CodebookLoader.load(path: codebookFile.path, displayName: "codebook.yaml")
        func tree(_ book: Codebook) -> [String] {
            book.entries.map { "\($0.level.rawValue) \($0.name) < \($0.parent.flatMap { book[$0]?.name } ?? "-")" }.sorted()
        }
        #expect(tree(backBook) == tree(book))
        // Codings: the same coder, code and text. Coders come back under neutral ids (C1, C2: a user's name never
        // becomes a coder id), with their names in the report; "auto" is a human coder there like any other.
        let original = coding.codings.map { "\($0.interview) \($0.coder) \(book[$0.code]!.name): \($0.text)" }.sorted()
        let names = Dictionary(uniqueKeysWithValues: study.report.coders.map { ($0.id, $0.name) })
        #expect(Set(names.keys) == ["C1", "C2"])
        var back: [String] = []
        for (coder, csv) in try #require(study.project).codings {
            for row in csv.split(separator: "\n").dropFirst() {
                let fields = row.split(separator: ",").map(String.init)
                let interview = study.interviews.first { $0.id == fields[0] }!
                let text = String(String.UnicodeScalarView(Array(interview.turns[Int(fields[1])!].text.unicodeScalars)[Int(fields[2])!..<Int(fields[3])!]))
                back.append("\(fields[0]) \(names[coder] ?? coder) \(backBook[fields[4]]!.name): \(text)")
            }
        }
        #expect(back.sorted() == original)
        #expect(study.report.totals.droppedCodings == 0)
    }

    /// Imported, exported by Thematic, imported again: the same transcripts and the same codings.
    @Test(arguments: ["taguette/taguette-derived_project.qdpx", "own/qc-style_project.qdpx"])
    func theKitsProjectsSurviveAThematicRun(_ sample: String) throws {
        let url = TestSupport.resource("interop/\(sample)")
        let registry = ImporterRegistry([RefiQDAImporter.self])
        let first = try StudyImport(registry: registry).importStudy([ImportFile(displayName: url.lastPathComponent, data: Data(contentsOf: url))], settings: .init())
        let folder = try TestSupport.temporaryDirectory()
        let (book, _) = try CodebookLoader.load(path: try TestSupport.write(try #require(first.project).codebookYAML, to: "codebook.yaml", in: folder).path,
                                                displayName: "codebook.yaml")
        let corpus = Corpus(study: Study(id: "s", title: "t", participants: first.interviews.map { Participant(id: $0.participant) }), interviews: first.interviews)
        var codings: [CodedSegment] = []
        for (coder, csv) in try #require(first.project).codings.sorted(by: { $0.key < $1.key }) {
            codings += try CodingImport.csv(Data(csv.utf8), file: "\(coder).csv", corpus: corpus, codebook: book)
        }
        let context = StageContext(corpus: corpus)
        try context.put(CodingResult(codebook: book, codings: codings.sorted(), analysisCoders: []), for: Products.codings)
        try RefiQDAExport(options: StageOptions(specs: [])).run(in: context)
        let second = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "again.qdpx", data: try #require(context.artifacts["project.qdpx"]))],
                                                                     settings: .init())
        #expect(second.interviews.map { $0.turns.map(\.text) } == first.interviews.map { $0.turns.map(\.text) })
        #expect(second.report.totals.codings == codings.count, "every coding of the run exported and imported")
        #expect(second.report.totals.droppedCodings == 0)
        // The project's codes and no more: the levels filled in on import ("Imported codes") are not exported.
        #expect(second.report.totals.codes == first.report.totals.codes)
    }
}
