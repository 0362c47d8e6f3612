import Foundation

extension LabelledTranscript {
    /// Labels said once that are speakers all the same: a focus-group participant or a meeting's late joiner who
    /// speaks once between others. A label said once has no recurrence to vouch for it, so it needs its place and its
    /// shape instead (a line that opens "Money: …" or "Update: …" inside a turn has neither):
    ///
    /// - it sits in a run of labelled turns: the turn before it and the turn after it (notes such as
    ///   `[Can't hear Ana]` aside) open with labels the file's other evidence makes speakers, and the file has two
    ///   such speakers or more;
    /// - it is written as they are (bold or not, with a time or not, words on its line or below) and looks like a
    ///   name as theirs do: of two words or more where every name label is, in capitals where every name label is;
    /// - it has words to say, and it is no metadata key (`Moderator: Hudson Jameson`) and no bare line.
    static func onceOnlySpeakers(_ paragraphs: [TextParagraph], _ candidates: [Labelled?], counts: [String: Int],
                                 isSpeaker: (Labelled) -> Bool) -> Set<String> {
        let accepted = candidates.compactMap { $0 }.filter(isSpeaker)
        guard Set(accepted.map(\.key)).count >= 2 else { return [] }
        let names = accepted.map(\.label).filter { !SpeakerLabel.isRoleOrID($0) }
        let everyNameHasTwoWords = !names.isEmpty && names.allSatisfy { $0.split(separator: " ").count >= 2 }
        let everyNameInCapitals = !names.isEmpty && names.allSatisfy { $0 == $0.uppercased() }
        // Paragraphs that say nothing (a time, an editor's note in brackets: `[Can't hear Ana]`) do not break a run of turns.
        let says = paragraphs.map { paragraph in
            let text = paragraph.text.trimmedSpace
            return !(text.hasPrefix("[") && text.hasSuffix("]")) && !Notation.parse(text).content.isEmpty
        }

        func shape(_ index: Int) -> [Bool] {
            let labelled = candidates[index]!
            return [paragraphs[index].markedLabel != nil, labelled.time != nil, labelled.rest.trimmedSpace.isEmpty]
        }
        /// The labelled paragraph before (`step` -1) or after (+1) the turn at `index`: for a label with its words on
        /// its line, the next paragraph that says something; for a label line with the words below, the next labelled one.
        func neighbour(of index: Int, step: Int, wordsBelow: Bool) -> Int?? {
            var at = index + step
            while paragraphs.indices.contains(at) {
                if candidates[at] != nil { return .some(at) }
                if says[at], !wordsBelow { return .some(nil) }
                at += step
            }
            return .none
        }

        var speakers: Set<String> = []
        for (index, candidate) in candidates.enumerated() {
            guard let labelled = candidate, counts[labelled.key] == 1, !labelled.bare, !isSpeaker(labelled),
                  metadataKeys[labelled.key] == nil, !Notation.isNote(labelled.label), SpeakerLabel.isPlausible(labelled.label) else { continue }
            let wordsBelow = labelled.rest.trimmedSpace.isEmpty
            if wordsBelow {
                guard paragraphs.indices.contains(index + 1), candidates[index + 1] == nil, says[index + 1] else { continue }
            } else if Notation.parse(labelled.rest).content.isEmpty {
                continue
            }
            let words = labelled.label.split(separator: " ").count
            if everyNameHasTwoWords, words < 2 { continue }
            if everyNameInCapitals, labelled.label != labelled.label.uppercased() { continue }
            // Both sides: a speaker's turn of the same shape, or the file's start or end.
            var fits = true
            for step in [-1, 1] {
                switch neighbour(of: index, step: step, wordsBelow: wordsBelow) {
                case .none: continue
                case .some(.none): fits = false
                case .some(.some(let other)):
                    fits = fits && isSpeaker(candidates[other]!) && shape(other) == shape(index)
                }
            }
            if fits { speakers.insert(labelled.key) }
        }
        return speakers
    }
}
