import Foundation
import ThematicPipeline
import Testing
import ThematicCore
import ThematicTestSupport
@testable import AnonymizationStage

@Suite("Anonymizer")
struct AnonymizerTests {
    func interview(_ id: String, _ texts: [String]) -> Interview {
        Interview(id: id, participant: id, language: "en",
                  turns: texts.enumerated().map { Turn(index: $0.offset, speaker: $0.offset % 2 == 0 ? "I1" : id, content: [.text($0.element)]) },
                  source: "\(id).xml")
    }

    func refs(_ interview: Interview) -> [String] {
        interview.turns.flatMap { turn in turn.content.compactMap { node -> String? in
            if case .element(let element) = node, element.name == "anon" { return element[attribute: "ref"] }
            return nil
        } }
    }

    @Test func namesFoundOnceAreReplacedEverywhereAndLinked() throws {
        let anonymizer = try Anonymizer(study: Study(id: "s", title: "t", participants: []))
        let result = anonymizer.anonymize([
            interview("P1", ["Who helps?", "My colleague Mari Moen helps me."]),
            interview("P2", ["And then?", "Moen called the supplier, and mari moen wrote it down."]),
        ])
        #expect(refs(result.interviews[0]) == ["person-1"])
        #expect(refs(result.interviews[1]) == ["person-1", "person-1"])
        #expect(!result.interviews[1].turns[1].text.lowercased().contains("moen"))
        #expect(result.entities.first?.originals == ["Mari Moen", "Moen", "mari moen"])
    }

    @Test func labelsFollowFirstAppearanceWhateverTheThreads() throws {
        let anonymizer = try Anonymizer(study: Study(id: "s", title: "t", participants: []))
        let interviews = (1...9).map { number in
            interview("P\(number)", ["Q", "I called Klara and Geir at 913 48 20\(number) about Randi Solheim in Steinkjer."])
        }
        let one = anonymizer.anonymize(interviews, jobs: 1)
        let four = anonymizer.anonymize(interviews, jobs: 4)
        #expect(one.interviews == four.interviews)
        #expect(one.entities == four.entities)
        #expect(one.interviews[0].turns[1].text == "I called [person 1] and [person 2] at [phone 1] about [person 3] in [place 1].")
        #expect(one.interviews[8].turns[1].text == "I called [person 1] and [person 2] at [phone 9] about [person 3] in [place 1].")
    }

    @Test func studyIdentifiersAndMarkupSurvive() throws {
        let study = Study(id: "s", title: "t", participants: [], identifiers: ["workplace": ["Lyngtun sykehjem"], "person": ["Zyx Qwerty"]])
        let anonymizer = try Anonymizer(study: study)
        let content: [InlineNode] = [.text("At lyngtun sykehjem "), .element(InlineElement(name: "event", children: [.text("laughs")])),
                                     .text(" zyx qwerty said so.")]
        let source = Interview(id: "P1", participant: "P1", language: "en", turns: [Turn(index: 0, speaker: "P1", content: content)], source: "P1.xml")
        let turn = anonymizer.anonymize([source]).interviews[0].turns[0]
        #expect(turn.text == "At [workplace 1]  [person 1] said so.")
        #expect(turn.content.contains(.element(InlineElement(name: "event", children: [.text("laughs")]))))
    }

    @Test func settingsGeneraliseAgesAndDates() throws {
        var settings = Anonymizer.Settings()
        settings.age = .band
        settings.date = .monthYear
        settings.place = .region
        let anonymizer = try Anonymizer(study: Study(id: "s", title: "t", participants: []), settings: settings)
        let text = anonymizer.anonymize([interview("P1", ["Q", "I am 47 years old and started in Stjørdal on 3 August 2022, then Herøy."])]).interviews[0].turns[1].text
        #expect(text == "I am [40–49] years old and started in [a municipality in Trøndelag] on [August 2022], then [a municipality in Norway].")
    }

    @Test func keyFileIsPrivateSealedAndKeptOutOfTheOutput() throws {
        let folder = try TestSupport.temporaryDirectory()
        let entity = Anonymizer.Entity(ref: "person-1", type: .person, replacement: "[person 1]", originals: ["Kari Nordmann"], occurrences: 2)
        let key = KeyFile(study: "s", entities: [entity], review: [])
        let out = folder.appendingPathComponent("out").path
        func publish(_ path: String, passphrase: String?) throws {
            try OutputPublisher.publish(ArtifactSet(), to: out, ownership: .record,
                                        key: KeptKey(destination: path, data: try key.encoded(passphrase: passphrase), contentDigest: try key.contentDigest(), description: "key"))
        }
        let plain = folder.appendingPathComponent("plain.key").path
        try publish(plain, passphrase: nil)
        let mode = try FileManager.default.attributesOfItem(atPath: plain)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try KeyFile.read(from: plain, passphrase: nil) == key)

        let sealed = folder.appendingPathComponent("sealed.key").path
        try publish(sealed, passphrase: "correct horse")
        let bytes = try String(contentsOfFile: sealed, encoding: .utf8)
        #expect(!bytes.contains("Nordmann"))
        #expect(try KeyFile.read(from: sealed, passphrase: "correct horse") == key)
        #expect(throws: (any Error).self) { try KeyFile.read(from: sealed, passphrase: "wrong") }
        // A sealed key may be replaced by a new key (it carries the key format), and stays sealed-readable until then.
        try publish(sealed, passphrase: "another")
        #expect(try KeyFile.read(from: sealed, passphrase: "another") == key)

        #expect(throws: (any Error).self) { try publish(out + "/keys/k.key", passphrase: nil) }
    }

    @Test func leakGateNamesTheFileNotTheIdentifier() throws {
        var artifacts = ArtifactSet()
        try artifacts.addText("quotes.csv", "id,text\n1,fine\n2,\"as KARI   Nordmann said\"\n", by: "x")
        try artifacts.addText("clean.json", "{\"a\": \"[person 1]\"}\n", by: "x")
        do {
            try LeakGate.check(LeakGate.channels(of: artifacts), protected: [ProtectedIdentifier("Kari Nordmann", reference: "person-1")])
            Issue.record("the leak gate let an identifier through")
        } catch {
            let message = String(describing: error)
            #expect(message.contains("quotes.csv:3"))
            #expect(message.contains("person-1"))
            #expect(!message.lowercased().contains("nordmann"))
            #expect(!message.contains("clean.json"))
        }
        try LeakGate.check(LeakGate.channels(of: artifacts), protected: [ProtectedIdentifier("Ola Hansen", reference: "person-2")])
    }

    /// Runs the anonymization stage over a folder of transcripts as `thematic anonymize` does — one run of the pipeline
    /// runner, so under the stage contract, the leak gate and publishing — into a new folder, named as the scorer expects.
    static func anonymizeThroughTheStage(_ corpus: URL) throws -> URL {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".xml") }.sorted()
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("anonymized")
        let options = try StageOptions(validating: [:], against: Anonymization.descriptor.options, stage: "anonymization")
        let request = RunRequest(studyFile: nil, transcripts: files.map { (corpus.appendingPathComponent($0).path, $0) },
                                 plan: [(Anonymization.self, options)], output: out.path, baseDirectory: out.deletingLastPathComponent().path,
                                 layout: .transcriptFolder)
        _ = try PipelineRunner(registry: StageRegistry([Anonymization.self]), jobs: 2).run(request)
        return out
    }

    /// The scorer's summary figures (`recall`, `strict`, `keep_words`, `ordinary_words_kept`, `missing_files`, as its
    /// summary line prints them) and its whole output for failure messages; Tests/Support's port of the kit's scorer.
    static func score(_ corpus: URL, _ anonymized: URL, exclude: String? = nil) throws -> (figures: [String: Double], output: String) {
        let score = try AnonymizationScorer.score(corpus: corpus, anonymized: anonymized, exclude: Set((exclude ?? "").split(separator: ",").map(String.init)))
        return (score.figures, score.output)
    }

    /// The quality bar on the Norwegian-style development corpus, through the stage and its leak gate.
    @Test func developmentCorpusMeetsTheQualityBar() throws {
        let corpus = TestSupport.resource("anonymization-dev")
        let (figures, output) = try Self.score(corpus, try Self.anonymizeThroughTheStage(corpus))
        #expect(figures["missing_files"] == 0, "\(output)")
        #expect(figures["recall"] ?? 0 >= 0.99, "\(output)")
        #expect(figures["strict"] ?? 0 >= 0.97, "\(output)")
        #expect(figures["keep_words"] ?? 0 >= 0.95, "\(output)")
        #expect(figures["ordinary_words_kept"] ?? 0 >= 0.98, "\(output)")
    }

    /// The tuning set in Fixtures/anonymization-heldout (scripts/build-heldout.py): its templates came from the same hand
    /// as the rules, so it guards against regressions, not for generalisation.
    @Test func tuningSetStaysAboveItsFloor() throws {
        let corpus = TestSupport.packageRoot.appendingPathComponent("Fixtures/anonymization-heldout")
        let (figures, output) = try Self.score(corpus, try Self.anonymizeThroughTheStage(corpus))
        #expect(figures["missing_files"] == 0, "\(output)")
        #expect(figures["recall"] ?? 0 >= 0.99, "\(output)")
        #expect(figures["ordinary_words_kept"] ?? 0 >= 0.97, "\(output)")
    }

    /// The held-out sets of scripts/build-heldout-blind.py, in three rounds written from their own templates and scored
    /// before any rule changed (Docs/Anonymization.md has the first figures, and which kinds were fixed after rounds 1
    /// and 2; round 3 is untouched). The floors are the issue's targets: ≥ 0.99 Norwegian-style, ≥ 0.95 international.
    @Test(arguments: ["round1/norwegian", "round1/international", "round2/norwegian", "round2/international", "round3/norwegian", "round3/international"])
    func heldOutSetsMeetTheTargets(set: String) throws {
        let corpus = TestSupport.packageRoot.appendingPathComponent("Fixtures/anonymization-blind").appendingPathComponent(set)
        let (figures, output) = try Self.score(corpus, try Self.anonymizeThroughTheStage(corpus))
        #expect(figures["missing_files"] == 0, "\(output)")
        #expect(figures["recall"] ?? 0 >= (set.hasSuffix("norwegian") ? 0.99 : 0.95), "\(output)")
        #expect(figures["keep_words"] ?? 0 >= 0.98, "\(output)")
        #expect(figures["ordinary_words_kept"] ?? 0 >= 0.98, "\(output)")
    }

    /// The natural-speech rounds written outside the team from domain-only briefs (scripts/heldout-natural): each must
    /// publish — the leak gate refused the whole corpus before the one matcher — and stay at or above its floors
    /// (Docs/Anonymization.md). First scores: round 1 recall 0.790, round 2 0.825, round 3 0.852, round 4 0.855, round 5
    /// 0.866, round 6 0.873, round 7 0.897, round 8 0.917, round 9 0.927, round 10 0.943, round 11 0.934, round 12 0.921. Rounds 1–7 are development sets since, tuned on for issue 28 (after branch
    /// recall11: 0.953, 0.937, 0.940, 0.949, 0.926, 0.946, 0.958), their floors one identifier or half a point under
    /// today's figures — overall, and for the types issue 28 raised — so switching one of its rules off shows; the words
    /// to keep may not fall at all, ordinary words kept at most half a point.
    @Test(arguments: [
        NaturalRound("round1", recall: 0.948, byType: ["id": 0.916, "phone": 0.961, "age": 0.979, "place": 0.936, "person": 0.937, "org": 0.942], keepWords: 0.976,
                     ordinaryKept: 0.991),
        NaturalRound("round2", recall: 0.932, byType: ["id": 0.875, "phone": 0.933, "age": 0.957, "place": 0.924, "person": 0.908, "org": 0.921], keepWords: 0.975),
        NaturalRound("round3", recall: 0.935, byType: ["id": 0.952, "phone": 0.956, "age": 0.983, "place": 0.927, "person": 0.933, "org": 0.884], keepWords: 0.896),
        NaturalRound("round4", recall: 0.944, byType: ["id": 0.941, "phone": 0.935, "age": 0.954, "place": 0.953, "person": 0.941, "date": 0.971, "org": 0.878],
                     keepWords: 0.913),
        // First scored once after the round-4 work (0.866, ordinary words kept 0.988); a development set since.
        NaturalRound("round5", recall: 0.921, byType: ["id": 0.937, "phone": 0.923, "age": 0.958, "place": 0.896, "person": 0.923, "date": 0.981, "org": 0.88],
                     keepWords: 0.937, ordinaryKept: 0.991),
        // First scored once after the round-5 work (c81366e: 0.873, ordinary words kept 0.993); a development set since
        // the spoken dates, extension numbers and house numbers of branch recall7.
        NaturalRound("round6", recall: 0.941, byType: ["id": 0.875, "phone": 0.928, "age": 0.947, "place": 0.914, "person": 0.952, "date": 0.965, "org": 0.864,
                                                       "address": 0.777], keepWords: 0.923, ordinaryKept: 0.993),
        // First scored once after the round-6 work (2c12e0c: 0.897, ordinary words kept 0.989); a development set since
        // branch recall8.
        NaturalRound("round7", recall: 0.953, byType: ["id": 0.857, "phone": 0.939, "age": 0.966, "place": 0.936, "person": 0.97, "date": 0.944, "org": 0.894,
                                                      "address": 0.8], keepWords: 0.949, ordinaryKept: 0.989),
        // Scored once after branch recall8 and the gate's possessive and date rules (45d56b0), never tuned on: its floors
        // are its first score (recall 520/567; keep-words and ordinary words as the scorer printed them, to its rounding).
        NaturalRound("round8", recall: 0.917, byType: [:], keepWords: 0.9155, ordinaryKept: 0.9895),
        // Scored once after branches recall9, formats8 and layouts8 (6d7cb72), never tuned on before that: its floors
        // are its first score (recall 522/563).
        NaturalRound("round9", recall: 0.927, byType: [:], keepWords: 0.9365, ordinaryKept: 0.9935),
        // Scored once after branches recall11, layouts10 and formats9 (68dc7af), never tuned on before that: its floors
        // are its first score (recall 512/543); recall12 raised them to what its date, identifier and word rules hold
        // (recall 526/543, dates 39/39, identifiers 26/27).
        NaturalRound("round10", recall: 0.968, byType: ["date": 0.99, "id": 0.96], keepWords: 0.924, ordinaryKept: 0.992),
        // Scored once after branch recall12 (28249eb), never tuned on before that: its floors are its first score
        // (recall 520/557); recall13 raised them to what its date phrases, care units and digits read out hold (recall
        // 531/557, dates 38/38, organisations 93/103, identifiers 21/23).
        NaturalRound("round11", recall: 0.952, byType: ["date": 0.99, "org": 0.90, "id": 0.91], keepWords: 0.9005, ordinaryKept: 0.9905),
        // Scored once after branch recall13 (e5efd35), never tuned on before that: its floors are its first score
        // (recall 512/556).
        NaturalRound("round12", recall: 0.920, byType: [:], keepWords: 0.9385, ordinaryKept: 0.9935),
    ])
    func naturalSpeechRoundPublishesAtItsFirstScore(_ round: NaturalRound) throws {
        let corpus = TestSupport.packageRoot.appendingPathComponent("Fixtures/anonymization-natural").appendingPathComponent(round.name)
        let (figures, output) = try Self.score(corpus, try Self.anonymizeThroughTheStage(corpus))
        #expect(figures["missing_files"] == 0, "\(output)")
        #expect(figures["recall"] ?? 0 >= round.recall, "\(output)")
        #expect(figures["keep_words"] ?? 0 >= round.keepWords, "\(output)")
        #expect(figures["ordinary_words_kept"] ?? 0 >= round.ordinaryKept, "\(output)")
        let byType = Self.recallByType(output)
        for (type, floor) in round.byType.sorted(by: { $0.key < $1.key }) {
            #expect(byType[type] ?? 0 >= floor, "\(round.name) \(type) under \(floor):\n\(output)")
        }
    }

    /// A natural round and its floors.
    struct NaturalRound: Sendable, CustomTestStringConvertible {
        var name: String
        var recall: Double
        var byType: [String: Double]
        var keepWords: Double
        var ordinaryKept = 0.99
        var testDescription: String { name }

        init(_ name: String, recall: Double, byType: [String: Double], keepWords: Double, ordinaryKept: Double = 0.99) {
            self.name = name
            self.recall = recall
            self.byType = byType
            self.keepWords = keepWords
            self.ordinaryKept = ordinaryKept
        }
    }

    /// The recall of each type from the scorer's lines ("age        46/  48 recall=0.958 strict=0.812").
    static func recallByType(_ output: String) -> [String: Double] {
        var result: [String: Double] = [:]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3, let recall = fields.first(where: { $0.hasPrefix("recall=") }), line.contains("/") else { continue }
            result[String(fields[0])] = Double(recall.dropFirst("recall=".count))
        }
        return result
    }

    /// The international development corpus (US/international formats; Tests/Resources/anonymization-ext-dev): 0.953 today
    /// (ordinary words kept 0.992); the floor sits just under it so a regression shows.
    @Test func internationalCorpusStaysAboveItsFloor() throws {
        let corpus = TestSupport.resource("anonymization-ext-dev")
        let (figures, output) = try Self.score(corpus, try Self.anonymizeThroughTheStage(corpus), exclude: "date_generic,region_country")
        #expect(figures["missing_files"] == 0, "\(output)")
        #expect(figures["recall"] ?? 0 >= 0.945, "\(output)")
        #expect(figures["ordinary_words_kept"] ?? 0 >= 0.98, "\(output)")
    }
}
