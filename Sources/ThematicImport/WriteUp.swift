import Foundation
import ThematicCore

/// A write-up of a session is not its transcript: `Li Qing: She thinks the garden …`, `Tom: He agreed …` report in
/// the third person what each person said. Its labels name who is reported on, not who speaks, so importing them as
/// speakers would invent quotes. The file is refused, naming the reason and the flag that keeps it as one text.
public enum WriteUp {
    /// Subject pronouns of the third person singular that open a reported paragraph (English, Scandinavian, German,
    /// Dutch, French, Spanish, Portuguese; lower-cased).
    static let reportingPronouns: Set<String> = ["she", "he", "hun", "han", "hon", "sie", "er", "zij", "hij", "elle", "il", "ella", "él", "ela", "ele"]

    /// The refusal for `document` when at least five of its turns and two thirds of them open with such a pronoun
    /// (a transcript has a "He said …" here and there, never most of its turns); nil for anything else.
    public static func refusal(_ document: ImportedDocument, file: String) -> Diagnostic? {
        let reported = document.turns.filter { turn in
            let first = turn.text.prefix(20).split { !$0.isLetter }.first.map { $0.lowercased() }
            return first.map(reportingPronouns.contains) ?? false
        }
        guard reported.count >= 5, reported.count * 3 >= document.turns.count * 2, let example = reported.first else { return nil }
        let words = example.text.split(separator: " ").prefix(3).joined(separator: " ")
        let line = example.location.hasPrefix("line ") ? Int(example.location.dropFirst(5)) : nil
        let place = line == nil ? "\(example.location): " : ""
        return Diagnostic(file: file, line: line, "\(place)a write-up, not a transcript: \(reported.count) of \(document.turns.count) labelled paragraphs report their speaker in the third person ('\(quoting: example.label): \(quoting: words) …'), so the labels name who is reported on, not who speaks; to keep it as one text of notes, import it with --speaker-all P01")
    }
}
