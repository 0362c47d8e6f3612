import Foundation
import ThematicCore
import ThematicImport

/// YouTube's SubViewer captions (.sbv), as YouTube Studio downloads them.
public struct SBVImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "sbv",
        version: "1.0.0",
        summary: "YouTube captions (.sbv): '0:00:01.000,0:00:04.000' then the text; '>> NAME:' speaker changes.",
        discussion: """
            Blocks separated by blank lines, each a timing line of start and end joined by a comma \
            (0:00:01.000,0:00:04.000) and the caption's lines. A speaker change is written '>> NAME:' (a caption \
            convention YouTube's own captions follow); the name is the speaker's label, and '>>' with no name is \
            dropped from the words. Then the subtitle rules: a cue without a label continues the speaker before it, \
            consecutive cues of one speaker merge, `[Music]` and `(laughs)` become events. A timing line that cannot \
            be read is refused with its line; a block without one continues the caption before it (a blank line in its text).
            """,
        extensions: ["sbv"]
    )

    public init(options: StageOptions) throws {}

    public static func recognizes(_ file: ImportFile) -> Bool {
        guard let first = file.head(256).split(whereSeparator: \.isNewline).first else { return false }
        return timing(String(first).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF} \t\r"))) != nil
    }

    /// `0:00:01.000,0:00:04.000` → (1, 4).
    static func timing(_ line: String) -> (start: Double, end: Double)? {
        let parts = line.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.contains(".") && $0.contains(":") }),
              let start = Timestamp.seconds(parts[0].trimmedSpace), let end = Timestamp.seconds(parts[1].trimmedSpace) else { return nil }
        return (start, end)
    }

    /// `>> KARI: words` names the speaker (kept as `KARI: words`); `>> words` only marks a change.
    static func withoutChangeMarker(_ line: String) -> String {
        line.hasPrefix(">>") ? String(line.dropFirst(2)).trimmedSpace : line
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let (text, findings) = try ImportText.decodeForTranscript(file)
        let lines = ImportText.lines(text).map(String.init)
        var cues: [SubtitleCue] = []
        var continued = 0
        for block in Subtitles.blocks(lines) {
            let line = block.firstLine + 1
            let first = block.lines[0].trimmedSpace
            guard let (start, end) = Self.timing(first) else {
                // A blank line inside a caption's text: the block is the rest of the caption before it, as players read it.
                if !cues.isEmpty, !(first.first?.isNumber == true && first.contains(":") && first.contains(",")) {
                    cues[cues.count - 1].lines += [""] + block.lines.map(Self.withoutChangeMarker)
                    continued += 1
                    continue
                }
                throw Diagnostic(file: file.displayName, line: line, "caption \(cues.count + 1) has no timing line like 0:00:01.000,0:00:04.000 (found \"\(quoting: String(block.lines[0].prefix(60)))\")")
            }
            let payload = block.lines.dropFirst().map(Self.withoutChangeMarker)
            cues.append(SubtitleCue(identifier: nil, start: start, end: end, lines: payload, line: line, number: cues.count + 1))
        }
        if cues.isEmpty { throw Diagnostic(file: file.displayName, line: 1, "no captions found") }
        var document = try Subtitles.document(cues, file: file.displayName, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        document.findings = findings + document.findings
        if let finding = Subtitles.continuationFinding(continued) { document.findings.append(finding) }
        return document
    }
}
