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
            Cues out of order are an error naming the cue; overlapping cues are kept and reported.
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
        var cues: [SubtitleCue] = []
        for (blockStart, block) in Subtitles.blocks(lines) {
            // The counter line is optional in practice; the timing line is not.
            let timingOffset = block[0].contains("-->") ? 0 : 1
            guard timingOffset < block.count, let (start, end) = Subtitles.timing(block[timingOffset]) else {
                throw Diagnostic(file: file.displayName, line: blockStart + timingOffset + 1,
                                 "cue \(cues.count + 1) has no valid timing line ('00:00:01,000 --> 00:00:04,000')")
            }
            cues.append(SubtitleCue(identifier: timingOffset == 1 ? block[0].trimmedSpace : nil, start: start, end: end,
                                    lines: Array(block[(timingOffset + 1)...]), line: blockStart + timingOffset + 1, number: cues.count + 1))
        }
        if cues.isEmpty { throw Diagnostic(file: file.displayName, line: 1, "no subtitle cues found") }
        var document = try Subtitles.document(cues, file: file.displayName, knownLabels: file.knownLabels)
        document.findings = findings + document.findings
        return document
    }
}
