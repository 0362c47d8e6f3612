import Foundation

extension LabelledTranscript {
    /// A talk or a discussion written out before any label (a seminar's notes, a speaker's talk before the audience's
    /// `Q:`/`A:`) is speech, not a header: eight paragraphs or more of 25 words or more before the first turn cannot be a
    /// title and a date. No label says whose it is, so the import must not drop it as a header and publish the rest.
    static func unattributedSpeech(_ paragraphs: [TextParagraph], firstTurn: ImportedTurn?) -> ImportFinding? {
        guard paragraphs.count >= 8, let first = paragraphs.first else { return nil }
        let words = paragraphs.reduce(0) { $0 + Notation.parse($1.text).content.spokenText.split(separator: " ").count }
        let labelled = firstTurn.map { " (the first, '\($0.label)', at \($0.location))" } ?? ""
        return ImportFinding(location: first.location, "\(paragraphs.count) paragraphs of speech (\(words) words) come before any speaker label\(labelled), so no one can be said to speak them; label them, or import the file as one voice with --speaker-all P01")
    }
}
