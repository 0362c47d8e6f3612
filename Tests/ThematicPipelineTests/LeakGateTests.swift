import DescriptivesStage
import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import ThematicPipeline

/// A stage that publishes a protected name in the spelling its `form` option names: the gate must block it every time.
struct PlantsAnIdentifier: Stage {
    static let descriptor = StageDescriptor(
        id: "plants", version: "1", summary: "writes a protected identifier in some spelling",
        options: [formOption.spec],
        artifacts: [ArtifactDeclaration("planted.txt", carriesTranscriptText: true), ArtifactDeclaration("quotes/*", carriesTranscriptText: true)])

    static let formOption = StageOption<String>("form", default: "plain", help: "the spelling")

    /// Each form and what it writes; `path:` and `summary:` put the text in a file name or the summary instead.
    static let forms: [String: String] = [
        "plain": "as Åse Nordmann said",
        "upper case": "as ÅSE NORDMANN said",
        "NFD": "as A\u{30A}se Nordmann said",
        "soft hyphen": "as Åse Nord\u{AD}mann said",
        "zero-width space": "as Åse Nord\u{200B}mann said",
        "no-break space": "as Åse\u{A0}Nordmann said",
        "em dash": "Åse—Nordmann",
        "hyphenated whole": "the Åse-Nordmann file",
        "typographic apostrophe": "Åse Nordmann’s view",
        "HTML numeric": "as &#197;se Nordmann said",
        "HTML named": "as &Aring;se Nordmann said",
        "escaped escape": "as &amp;#197;se Nordmann said",
        "JSON escape": "{\"quote\": \"\\u00c5se Nordmann\"}",
        "percent-encoded": "https://example.org/?q=%C3%85se%20Nordmann",
        "CSV quoted": "1,\"as \"\"Åse\"\" Nordmann said\"",
        "line break": "as Åse\nNordmann said",
        "fullwidth": "as Åse Ｎｏｒｄｍａｎｎ said",
        "digit groups": "call 271160 10076",
        "phone digits": "ring +47 913-48-207",
        "path:file name": "Åse_Nordmann.txt",
        "summary:terminal": "found Åse Nordmann",
        // Far past the size at which the run keeps an artifact on disk, where the gate reads it in pieces.
        "large:spooled file": String(repeating: "the sensor alarm rang again and the nurse went to check\n", count: 120_000) + "as Åse\nNordmann said",
    ]

    let form: String
    init(options: StageOptions) throws { form = options[Self.formOption] }

    func run(in context: StageContext) throws {
        let text = Self.forms[form]!
        if form.hasPrefix("path:") {
            try context.artifacts.addText("quotes/\(text)", "nothing here\n", by: "plants")
        } else if form.hasPrefix("summary:") {
            context.summarize(text)
        } else {
            try context.artifacts.addText("planted.txt", "line one\n\(text)\n", by: "plants")
        }
    }
}

@Suite("Leak gate")
struct LeakGateTests {
    let registry = StageRegistry([Descriptives.self, PlantsAnIdentifier.self])

    func study(form: String) throws -> URL {
        let root = try TestSupport.miniStudy(stages: "  - descriptives\n  - stage: plants\n    options: {form: '\(form)'}\n")
        let study = TestSupport.study(participants: ["P1", "P2"]) + "identifiers:\n  person: [Åse Nordmann]\n  national-id: ['27116010076']\n  phone: [913 48 207]\n"
        try TestSupport.write(study, to: "study.yaml", in: root)
        return root
    }

    @Test(arguments: PlantsAnIdentifier.forms.keys.sorted())
    func blocksEverySpelling(_ form: String) throws {
        #expect(!form.hasPrefix("large:") || PlantsAnIdentifier.forms[form]!.utf8.count > 1 << 16, "the large form must be spooled")
        let root = try study(form: form)
        do {
            _ = try PipelineRunner(registry: registry).run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path)
            Issue.record("the gate let '\(form)' through")
        } catch {
            let message = TestSupport.message(of: error)
            #expect(message.contains("leak gate"), "\(message)")
            #expect(message.contains("study identifiers:"), "the message must name the identifier's reference: \(message)")
            #expect(!message.lowercased().contains("nordmann") && !message.contains("10076") && !message.contains("48"),
                    "the message repeats the identifier: \(message)")
            #expect(message.contains("add the anonymization stage"), "\(message)")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path), "something was published")
    }

    @Test func namesTheLineOfTheLeak() throws {
        let root = try study(form: "plain")
        #expect(throws: (any Error).self) { try PipelineRunner(registry: registry).run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path) }
        do { _ = try PipelineRunner(registry: registry).run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path) } catch {
            #expect(TestSupport.message(of: error).contains("planted.txt:2: contains a protected identifier (study identifiers: person #1)"))
        }
    }

    /// A text larger than a piece is read in overlapping pieces: every leak is found on its own line, also one broken
    /// over the lines where two pieces meet, and one at the very end.
    @Test func aLargeFileIsReadInPiecesWithoutLosingALeakOrItsLine() throws {
        let matcher = LeakGate.Matcher([ProtectedIdentifier("Åse Nordmann", reference: "person-1"), ProtectedIdentifier("27116010076", reference: "national-id-1")])
        let filler = "the sensor alarm rang again and the nurse went to the room to check on it\n"
        let linesPerPiece = LeakGate.Matcher.pieceBytes / filler.utf8.count
        var lines = Array(repeating: filler, count: linesPerPiece * 3)
        lines[10] = "as Åse Nordmann said\n"
        lines[linesPerPiece - 1] = "then Åse\n"
        lines[linesPerPiece] = "Nordmann phoned\n"
        lines[linesPerPiece + 1] = "from 271160 10076, the number\n"
        lines.append("last words of Åse Nordmann")
        let text = lines.joined()
        #expect(text.utf8.count > 2 * LeakGate.Matcher.pieceBytes)
        let found = matcher.find(in: text)
        #expect(found.map(\.line) == [11, linesPerPiece, linesPerPiece + 2, lines.count], "\(found)")
        #expect(found.map(\.reference) == ["person-1", "person-1", "national-id-1", "person-1"], "\(found)")

        // Read from disk in pieces (a spooled artifact), the same.
        let file = try TestSupport.temporaryDirectory().appendingPathComponent("large.txt")
        try Data(text.utf8).write(to: file)
        let fromFile = try matcher.find(inFile: file.path)
        #expect(fromFile.map(\.line) == found.map(\.line) && fromFile.map(\.reference) == found.map(\.reference), "\(fromFile)")
    }

    /// What looks like an identifier but is not one must not block a run.
    @Test(arguments: ["Åse Nordby said", "Nordmann alone is a surname here", "a count of 2711 and 6010076", "Åsen Nordmannsen",
                      "Strovolos, and Åse, Nordmann's friend"])
    func letsOtherTextThrough(_ text: String) throws {
        let matcher = LeakGate.Matcher([ProtectedIdentifier("Åse Nordmann", reference: "person-1"), ProtectedIdentifier("27116010076", reference: "national-id-1")])
        #expect(matcher.find(in: text).isEmpty, "\(text)")
    }

    /// A name inside a compound is a mention (the anonymizer replaces it there too: red team 10), and so is a name
    /// with its own comma.
    @Test(arguments: ["we met at Åse-Nordmann-Platz", "the Vest-Åse Nordmann-gate corner", "the åse nordmann-familien", "Åse Nordmanns bil"])
    func findsANameInsideACompound(_ text: String) {
        let matcher = LeakGate.Matcher([ProtectedIdentifier("Åse Nordmann", reference: "person-1")])
        #expect(matcher.find(in: text).map(\.reference) == ["person-1"], "\(text)")
        let listed = LeakGate.Matcher([ProtectedIdentifier("Storgata 14, 7600 Levanger", reference: "address-1")])
        #expect(listed.find(in: "\"Storgata 14, 7600 Levanger study\"").map(\.reference) == ["address-1"])
        #expect(listed.find(in: "Storgata 14 in 7600 Levanger").isEmpty)
    }

    /// GUIDs are hex: a REFI-QDA export of 2,000 interviews holds "-bebe-" and "-ada-" by chance, which refused the
    /// benchmark study whose participants included Bebe and Baba. A UUID is never a mention; the name beside it is.
    @Test func aUUIDIsNeverAMention() {
        let matcher = LeakGate.Matcher([ProtectedIdentifier("Bebe", reference: "person-1"), ProtectedIdentifier("Ada", reference: "person-2")])
        let guids = #"<Coding guid="3f2abebe-0d1c-5bebe-9ada-00000000ada0"/><CodeRef targetGUID="9c1d0e2f-bebe-5a3b-ada0-0123456789ab"/><Case guid="{AAAAAAAA-ADA0-4000-8000-BEBE00000001}"/>"#
        #expect(matcher.find(in: guids).isEmpty, "\(matcher.find(in: guids))")
        #expect(matcher.find(in: "guid 9c1d0e2f-bebe-5a3b-ada0-0123456789ab, and Bebe said it").map(\.reference) == ["person-1"])
        // Not a UUID (a word after it, wrong shape): read as text.
        #expect(matcher.find(in: "ada-bebe").map(\.reference).sorted() == ["person-1", "person-2"])
        #expect(LeakText.blankingUUIDs("x 9c1d0e2f-bebe-5a3b-ada0-0123456789ab y") == "x         -    -    -    -             y")
    }

    @Test func normalFormUndoesEscapesAndJoinsDigits() {
        #expect(LeakText.words(of: "&#x00C5;SE Nord&shy;mann’s").map(\.self) == ["åse", "nordmann", "s"])
        #expect(LeakText.analyse("tel. 913 48 207, room 12").digitRuns.map(\.digits) == ["91348207", "12"])
        #expect(LeakText.digits(of: "271160 10076") == "27116010076")
        #expect(LeakText.digits(of: "Room 12") == nil)
    }
}
