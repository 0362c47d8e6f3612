/// What the name of a tier says about it, for the formats that keep each voice or annotation on a tier of its own
/// (ELAN, Praat TextGrid): a comment, note or translation tier holds no one's speech.
public enum TierNames {
    /// Words of a tier's or linguistic type's name that say it is not talk (`comments`, `SectionMarker`, `Gesture #`,
    /// FLEx's `interlinear-text-title-en`, a TextGrid's `translation`).
    /// Not `gloss`: a top-level gloss tier is how sign language is transcribed (glosses of speech depend on a tier).
    public static let notSpeech: Set<String> = [
        "comment", "comments", "commentary", "note", "notes", "marker", "markers", "gesture", "gestures", "event", "events",
        "noise", "translation", "translations", "ft", "kommentar", "notat", "title",
    ]

    /// Whether a word of `name` is one of `words`.
    public static func named(_ name: String, in words: Set<String>) -> Bool {
        // `SectionMarker`, `Gs Comm`: split at case changes as well as at non-letters.
        var parts: [String] = []
        var word = ""
        for character in name {
            if !character.isLetter {
                parts.append(word); word = ""
            } else if character.isUppercase, let last = word.last, last.isLowercase {
                parts.append(word); word = String(character)
            } else {
                word.append(character)
            }
        }
        parts.append(word)
        return parts.contains { words.contains($0.lowercased()) }
    }
}
