import Foundation
import ThematicCore

/// Labels written as speakers' that name no one speaking alone.
extension LabelledTranscript {
    /// Labels for several people at once (`Everyone: yes`, `Both: (laughing)`, `Alle: ja`): a group's reaction,
    /// not a person, so never a participant of their own (minutes counted "Everyone" as a 26th committee member). Its
    /// words become an event in the turn under way, so nothing said is lost and no one is credited with it.
    static let groupVoices: Set<String> = [
        "everyone", "everybody", "all", "all participants", "both", "group", "audience", "several", "several voices",
        "multiple speakers", "many", "alle", "begge", "alle sammen", "todos", "todas", "ambos", "ambas", "tous",
        "tout le monde", "alle zusammen", "beide", "alla", "båda", "iedereen", "tutti",
    ]

    static func isGroupVoice(_ key: String) -> Bool { groupVoices.contains(key) }

    /// The words a group voice says below its label (`Everyone  0:09`, then `Yes, we all started then.`), by the
    /// label's index, and the paragraphs that hold them: read as the turn before's words, they gave a participant
    /// what the group said.
    static func groupWordsBelow(_ paragraphs: [TextParagraph], _ candidates: [Labelled?], groupKeys: Set<String>) -> (words: [Int: String], below: Set<Int>) {
        var words: [Int: String] = [:], below: Set<Int> = []
        for (index, candidate) in candidates.enumerated() {
            guard let labelled = candidate, groupKeys.contains(labelled.key), Notation.parse(labelled.rest).content.spokenText.trimmedSpace.isEmpty else { continue }
            var next = index + 1
            var said: [String] = []
            while next < paragraphs.count, candidates[next] == nil, Timestamp.seconds(paragraphs[next].text.trimmedSpace) == nil {
                said.append(paragraphs[next].text.trimmedSpace)
                below.insert(next)
                next += 1
            }
            if !said.isEmpty { words[index] = said.joined(separator: " ") }
        }
        return (words, below)
    }

    /// The group's words as an event: `Everyone: yes` → `<event>everyone: yes</event>`.
    static func groupEvent(_ labelled: Labelled) -> [InlineNode] {
        let words = Notation.parse(labelled.rest).content.spokenText
        let note = words.isEmpty ? labelled.key : "\(labelled.key): \(words)"
        return [.element(InlineElement(name: InlineElement.eventName, children: [.text(note)]))]
    }

    /// Labels that only ever introduce a name (`Presenter: Lea Verou (LVU)` above each agenda item of meeting minutes,
    /// `Chair: Kari Nilsen`): fields of the notes, not speakers — a speaker says sentences, not only a person's full
    /// name each time. Every line the label opens must hold one to four names of two words or more (an abbreviation
    /// in brackets after each allowed) and nothing else. Roles, ids, metadata keys and labels the user named are left
    /// to their own rules.
    static func nameFieldLabels(_ candidates: [Labelled?], knownLabels: Set<String>) -> Set<String> {
        var holdsOnlyNames: [String: Bool] = [:]
        for case let labelled? in candidates {
            let names = namesOnly(labelled.rest)
            holdsOnlyNames[labelled.key] = (holdsOnlyNames[labelled.key] ?? true) && names
        }
        return Set(holdsOnlyNames.filter { $0.value }.keys).filter { key in
            // Metadata keys (`Time`, `Interviewer`) have header rules of their own.
            metadataKeys[key] == nil && !knownLabels.contains(key) && !(candidates.first { $0?.key == key }??.label).map(SpeakerLabel.isRoleOrID)!
        }
    }

    /// What a name field protects: its names without the abbreviations in brackets, and each abbreviation alone
    /// (`Lea Verou (LVU)` → "Lea Verou", "LVU"; `Kari Nilsen (2)` → "Kari Nilsen"). Protected as one string, "Lea
    /// Verou (LVU)" linked neither "Verou" nor "LVU" said later in the minutes to the person, and a surname no list
    /// knows reached the output.
    static func nameFieldValues(_ value: String) -> [String] {
        let abbreviation = try! NSRegularExpression(pattern: #"\s*\(([A-Z0-9]{1,6})\)"#)
        let range = NSRange(value.startIndex..., in: value)
        // A number or a single letter in brackets ("(2)", "(A)") is an item's mark, no person's initials.
        let abbreviations = abbreviation.matches(in: value, range: range).map { String(value[Range($0.range(at: 1), in: value)!]) }
            .filter { $0.count >= 2 && $0.contains(where: \.isLetter) }
        let names = abbreviation.stringByReplacingMatches(in: value, range: range, withTemplate: "").trimmedSpace
        return [names] + abbreviations
    }

    /// Whether `value` is one to four people's full names and nothing more: "Lea Verou (LVU)", "Kari Nilsen and Ola
    /// Hansen". A one-word answer ("Yes", "Sure") is no name here.
    static func namesOnly(_ value: String) -> Bool {
        let text = value.replacingOccurrences(of: #"\s*\([A-Z0-9]{1,6}\)"#, with: "", options: .regularExpression).trimmedSpace
        guard !text.isEmpty, !text.contains(where: { ".!?:;\"“”".contains($0) }) else { return false }
        let people = people(in: text)
        return (1...4).contains(people.count) && people.allSatisfy { person in
            (2...4).contains(person.split(separator: " ").count) && SpeakerLabel.isPlausible(person)
        }
    }
}
