/// Names that say a tier annotates the recording rather than transcribes someone's speech, in the tiers of ELAN and
/// of the CHAT files converted from it: comments, notes, markers, gestures, events, translations, and the ACLEW
/// template's `code`, `code_num`, `on_off` and `context` tiers (which sampled stretches were coded, and when).
/// A person called Code or Context is no speaker code anyone writes; such tiers, read as speakers, become
/// participants who say numbers and notes.
public enum AnnotationTierNames {
    /// Not `gloss`: a top-level gloss tier is how sign language is transcribed (glosses of speech depend on a tier).
    public static let words: Set<String> = [
        "comment", "comments", "commentary", "note", "notes", "marker", "markers", "gesture", "gestures", "event", "events",
        "noise", "translation", "translations", "ft", "kommentar", "notat", "title", "code", "codes", "context",
    ]

    /// Whether a word of `name` is one of `words` (`SectionMarker`, `Gs Comm`, `code_num`: split at case changes as
    /// well as at non-letters).
    public static func named(_ name: String, in words: Set<String> = words) -> Bool {
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

    /// ACLEW's `on_off` tier: when the annotated stretch is on, when off.
    public static func isOnOff(_ name: String) -> Bool {
        let letters = name.lowercased().filter(\.isLetter)
        return letters == "onoff"
    }

    /// Whether a tier or speaker code so named annotates: one of the words, or `on_off`.
    public static func annotates(_ name: String) -> Bool {
        named(name) || isOnOff(name)
    }
}
