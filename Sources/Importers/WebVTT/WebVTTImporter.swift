import Foundation
import ThematicCore
import ThematicImport

/// WebVTT subtitles as Zoom, Microsoft Teams and speech recognisers write them.
public struct WebVTTImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "webvtt",
        version: "1.0.0",
        summary: "WebVTT subtitles: Zoom ('Name: text' cues), Teams (<v Name> voice spans, GUID cue ids), recognisers.",
        discussion: """
            Cues are read with their times; cue settings (position, align …), NOTE, STYLE and REGION blocks are left \
            out. The speaker of a cue is its voice span (<v Name>) or a 'Name:' / '[SPEAKER_00]' prefix; a cue \
            without one continues the speaker before it, and consecutive cues of one speaker merge into one turn that \
            starts with the first cue and ends with the last. Cues out of order are kept in file order and reported; \
            overlapping cues (crosstalk) are kept and reported.
            """,
        extensions: ["vtt", "webvtt"]
    )

    public static func recognizes(_ file: ImportFile) -> Bool {
        file.starts(with: "WEBVTT")
    }

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let (text, findings) = try ImportText.decodeForTranscript(file)
        let lines = ImportText.lines(text).map(String.init)
        guard let first = lines.first, first.hasPrefix("WEBVTT"), first.count == 6 || first.dropFirst(6).first.map({ $0 == " " || $0 == "\t" }) == true else {
            throw Diagnostic(file: file.displayName, line: 1, "a WebVTT file must start with the line 'WEBVTT'")
        }
        var skipped: [String: Int] = [:]
        var language: String?
        var index = 1
        // Header lines up to the first blank line (`Kind: captions`, `Language: nb`).
        while index < lines.count, !lines[index].trimmedSpace.isEmpty {
            let line = lines[index]
            if line.lowercased().hasPrefix("language:") { language = line.dropFirst("language:".count).trimmedSpace }
            index += 1
        }
        var speech: [(firstLine: Int, lines: [String])] = []
        for block in Subtitles.blocks(lines, from: index) {
            let head = block.lines[0]
            if head.hasPrefix("NOTE") || head == "STYLE" || head == "REGION" || head.hasPrefix("STYLE ") || head.hasPrefix("REGION ") {
                skipped[String(head.prefix { $0 != " " && $0 != "\t" }), default: 0] += 1
                continue
            }
            speech.append(block)
        }
        let (cues, continued) = try Subtitles.cues(speech, file: file.displayName, fractionRequired: true, example: "00:00:01.000 --> 00:00:04.000")
        var document = try Subtitles.document(cues, file: file.displayName, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        document.language = language.flatMap { $0.isEmpty ? nil : $0 }
        document.findings = findings + document.findings
        if let finding = Subtitles.continuationFinding(continued) { document.findings.append(finding) }
        for (kind, count) in skipped.sorted(by: { $0.key < $1.key }) {
            document.findings.append(ImportFinding(location: "the whole file", "\(count) \(kind) block\(count == 1 ? "" : "s") left out (not speech)"))
        }
        return document
    }
}
