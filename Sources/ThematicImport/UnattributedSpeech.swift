import Foundation

extension LabelledTranscript {
    /// A talk or a discussion written out before any label (a speaker's talk before the audience's `Q:`/`A:`, a
    /// seminar's unlabelled notes with one labelled section) is speech, not a header, and no label says whose it is:
    /// the import must not drop it as a header and publish the rest. Eight paragraphs or more of 25 words or more
    /// before the first turn are speech when someone says "I", "we", "you" in them as people do when they speak, or
    /// when they outnumber the labelled turns; an archive's abstract of a life ("She was born in …") before an oral
    /// history's hundred turns is neither, and stays a header left out.
    static func unattributedSpeech(_ paragraphs: [TextParagraph], turns: [ImportedTurn]) -> ImportFinding? {
        guard paragraphs.count >= 8, let first = paragraphs.first else { return nil }
        let words = paragraphs.flatMap { Notation.parse($0.text).content.spokenText.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" } }
        let spoken = words.count { speakerPronouns.contains(String($0)) }
        guard spoken * 1000 >= words.count * 15 || paragraphs.count >= turns.count else { return nil }
        let labelled = turns.first.map { " (the first, '\($0.label)', at \($0.location))" } ?? ""
        return ImportFinding(location: first.location, "\(paragraphs.count) paragraphs of speech (\(words.count) words) come before any speaker label\(labelled), so no one can be said to speak them; label them, or import the file as one voice with --speaker-all P01")
    }

    /// Speech recognisers' plain text writes a phrase a line (Whisper's `.txt`): a hundred short lines or more before a
    /// line that happens to look like a label ("i 64", a Norwegian "in '64") are speech too, when they hold 500 words
    /// or more, someone says "I", "we", "you" in them, and they are not show notes or a header (links, `Key: value`).
    static func unattributedSpeech(lines: [TextParagraph]) -> ImportFinding? {
        guard lines.count >= 100, let first = lines.first else { return nil }
        // Show notes and headers write links and `Key: value`; a recogniser's phrases write neither.
        let notes = lines.count { $0.text.contains(":") || $0.text.contains("http") || $0.text.contains("](") }
        guard notes * 10 < lines.count else { return nil }
        let words = lines.flatMap { Notation.parse($0.text).content.spokenText.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" } }
        let spoken = words.count { speakerPronouns.contains(String($0)) }
        guard words.count >= 500, spoken * 1000 >= words.count * 15 else { return nil }
        return ImportFinding(location: first.location, "\(lines.count) lines of speech (\(words.count) words) come before any speaker label, so no one can be said to speak them; label them, or import the file as one voice with --speaker-all P01")
    }

    /// First and second person pronouns (English, Scandinavian, German, Dutch, French, Spanish, Portuguese).
    static let speakerPronouns: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're", "we've", "us", "our", "you", "you're", "your",
        "jeg", "meg", "min", "vi", "oss", "vår", "du", "deg", "jag", "mig", "ich", "mich", "mir", "wir", "uns", "unser",
        "ik", "mij", "wij", "ons", "je", "j'ai", "moi", "nous", "vous", "tu", "yo", "nosotros", "usted", "eu", "nós", "você",
    ]
}
