import Foundation
import ThematicCore
import ThematicImport

/// SubRip subtitles, as speech recognisers with diarisation (WhisperX, pyannote) and editors write them.
public struct SRTImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "srt",
        version: "1.0.0",
        summary: "SubRip (.srt) subtitles: comma milliseconds, '[SPEAKER_00]:' / 'SPEAKER_00:' / 'Name:' prefixes, CRLF.",
        discussion: """
            Numbered cues with '00:00:01,000 --> 00:00:04,000' timings (a dot is accepted too). The speaker of a cue is \
            its '[SPEAKER_00]:', 'SPEAKER_00:' or 'Name:' prefix; a cue without one continues the speaker before it, and \
            consecutive cues of one speaker merge into one turn. Formatting tags (<i>, <font>, {\\an8}) are removed. \
            Cues out of order are kept in file order and reported; overlapping cues are kept and reported.
            """,
        extensions: ["srt"]
    )

    public static func recognizes(_ file: ImportFile) -> Bool {
        let lines = file.head(512).split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).prefix(2).map { $0.trimmedSpace }
        guard lines.count == 2, let number = lines[0].trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")).first, number.isNumber else { return false }
        return Subtitles.timing(lines[1]) != nil && lines[1].contains(",")
    }

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let (text, findings) = try ImportText.decodeForTranscript(file)
        let lines = ImportText.lines(text).map(String.init)
        let (cues, continued) = try Subtitles.cues(Subtitles.blocks(lines), file: file.displayName, fractionRequired: false,
                                                   example: "00:00:01,000 --> 00:00:04,000")
        if cues.isEmpty { throw Diagnostic(file: file.displayName, line: 1, "no subtitle cues found") }
        var document = try Subtitles.document(cues, file: file.displayName, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        document.findings = findings + document.findings
        if let finding = Subtitles.continuationFinding(continued) { document.findings.append(finding) }
        return document
    }
}
