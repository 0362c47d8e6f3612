import Foundation
import ThematicCore
import ThematicImport

/// Praat TextGrids (phonetics, conversation analysis, forced aligners): an interval tier per speaker.
public struct TextGridImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "textgrid",
        version: "1.0.0",
        summary: "Praat TextGrid (long and short text formats, UTF-8 or UTF-16): an interval tier per speaker gives timed turns.",
        discussion: """
            Reads the text formats Praat saves ("Save as text file" and "Save as short text file"), in UTF-16 with a \
            byte-order mark as Praat writes non-ASCII text, or UTF-8, as Praat itself reads them: free-standing \
            numbers, "strings" (a doubled "" is a quote) and <exists> flags, with labels such as `xmin =`, `item [1]:` \
            and `!` comments read past. Each interval tier is a speaker named by the tier; each interval with words is \
            a turn with its xmin and xmax as start and end, in time order across tiers. Point tiers (TextTier: \
            bells, prosodic marks), forced aligners' phone tiers (`phones`, `Kari - phones`) and comment, note and \
            translation tiers are left out and reported; `Kari - words` is Kari's. A file whose numbers and strings do not make a TextGrid is refused \
            with the line where it breaks; binary TextGrids are refused with the conversion.
            """,
        extensions: ["textgrid"]
    )

    public init(options: StageOptions) throws {}

    /// `ooTextFile` and `"TextGrid"` in the first bytes, in UTF-8 or in UTF-16 of either byte order; or Praat's
    /// binary signature, refused with the conversion.
    public static func recognizes(_ file: ImportFile) -> Bool {
        let head = file.data.prefix(512)
        if head.starts(with: Data("ooBinaryFile".utf8)) { return head.range(of: Data("TextGrid".utf8)) != nil }
        let encodings: [(String) -> Data] = [
            { Data($0.utf8) },
            { Data($0.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }) },
            { Data($0.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) },
        ]
        return encodings.contains { encode in head.range(of: encode("ooTextFile")) != nil && head.range(of: encode("\"TextGrid\"")) != nil }
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let name = file.displayName
        if file.data.starts(with: Data("ooBinaryFile".utf8)) {
            throw Diagnostic(file: name, line: 1, "this is a binary TextGrid (ooBinaryFile); open it in Praat and save it with Save as text file…")
        }
        let (text, encodingFindings) = try ImportText.decodeForTranscript(file)
        var tokens = PraatTokens(text, file: name)
        let fileType = try tokens.string("the file type (\"ooTextFile\")")
        let objectClass = try tokens.string("the object class (\"TextGrid\")")
        guard fileType == "ooTextFile", objectClass == "TextGrid" else {
            throw Diagnostic(file: name, line: 1, "not a Praat TextGrid text file: it says \"\(quoting: fileType)\" / \"\(quoting: objectClass)\", not \"ooTextFile\" / \"TextGrid\"")
        }
        _ = try tokens.number("the TextGrid's xmin")
        _ = try tokens.number("the TextGrid's xmax")
        guard try tokens.flag() else { return ImportedDocument(turns: [], findings: [ImportFinding(location: "the whole file", "the TextGrid has no tiers")]) }
        let tierCount = try tokens.count("the number of tiers")
        var pieces: [(turn: ImportedTurn, tier: Int)] = []
        var leftOut: [String] = []
        for tierIndex in 0..<tierCount {
            let tierClass = try tokens.string("tier \(tierIndex + 1)'s class")
            let tierLine = tokens.line
            let tierName = try tokens.string("tier \(tierIndex + 1)'s name").trimmedSpace
            _ = try tokens.number("tier \(tierIndex + 1)'s xmin")
            _ = try tokens.number("tier \(tierIndex + 1)'s xmax")
            let count = try tokens.count("tier \(tierIndex + 1)'s number of \(tierClass == "TextTier" ? "points" : "intervals")")
            switch tierClass {
            case "IntervalTier":
                let speaker = Self.speaker(ofTier: tierName)
                for _ in 0..<count {
                    let line = tokens.line
                    let start = try tokens.number("an interval's xmin in tier '\(tierName)'")
                    let end = try tokens.number("an interval's xmax in tier '\(tierName)'")
                    let words = try tokens.string("an interval's text in tier '\(tierName)'")
                    guard let speaker else { continue }
                    guard end >= start else {
                        throw Diagnostic(file: name, line: line, "an interval of tier '\(quoting: tierName)' ends (\(RecordingTime.describe(end))) before it starts (\(RecordingTime.describe(start)))")
                    }
                    let content = Notation.parse(words.replacingOccurrences(of: "\n", with: " ")).content
                    guard !content.isEmpty else { continue }
                    pieces.append((ImportedTurn(label: speaker, content: content, start: start, end: end, location: "line \(line)"), tierIndex))
                }
                if speaker == nil { leftOut.append("'\(tierName)' (phones, comments, notes or a translation; line \(tierLine))") }
            case "TextTier":
                for _ in 0..<count {
                    _ = try tokens.number("a point's time in tier '\(tierName)'")
                    _ = try tokens.string("a point's mark in tier '\(tierName)'")
                }
                leftOut.append("'\(tierName)' (a point tier, line \(tierLine))")
            default:
                throw Diagnostic(file: name, line: tierLine, "tier \(tierIndex + 1) has class \"\(quoting: tierClass)\"; a TextGrid's tiers are \"IntervalTier\" or \"TextTier\"")
            }
        }
        // In time order across tiers; at one time, in the order of the tiers.
        pieces.sort { ($0.turn.start ?? 0, $0.tier) < ($1.turn.start ?? 0, $1.tier) }
        var document = ImportedDocument(turns: pieces.map(\.turn), findings: encodingFindings)
        if !leftOut.isEmpty {
            document.findings.append(ImportFinding(location: "the whole file", "\(leftOut.count) tiers without turns left out: \(leftOut.joined(separator: ", "))"))
        }
        if document.turns.isEmpty, !leftOut.isEmpty || tierCount > 0 {
            throw Diagnostic(file: name, "no speech: none of the TextGrid's \(tierCount) tiers is an interval tier with words in it")
        }
        return document
    }

    /// The speaker an interval tier stands for: its name, without a forced aligner's ` - words`; nil for a tier of
    /// phones, which holds no words of its own, and for a comment, note or translation tier, whose words no one said.
    static func speaker(ofTier name: String) -> String? {
        let lower = name.lowercased()
        if ["phones", "phone", "phonemes", "segments"].contains(lower) || lower.hasSuffix(" - phones") { return nil }
        if AnnotationTierNames.annotates(name) { return nil }
        if lower.hasSuffix(" - words") { return String(name.dropLast(" - words".count)).trimmedSpace }
        return name.isEmpty ? "Tier" : name
    }
}
