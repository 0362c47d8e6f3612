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
    /// - it has words to say, and it is no metadata key (`Moderator: Hudson Jameson`), no bare line and no word set off
    ///   by a dash as prose sets words off ("Well--that was it").
    ///
    /// A word said twice needs the same evidence when the file also writes it as an ordinary word ("Money: …" twice
    /// in a list inside answers that speak of "money"): recurring is no evidence for a word that recurs anyway. A
    /// speaker whose name is also a word ("Will", "Mark") speaks more often than that, or in a run of turns.
    /// Returns the labels said once that are speakers, and the words said twice that are not.
    static func labelsByPlace(_ paragraphs: [TextParagraph], _ candidates: [Labelled?], counts: [String: Int],
                              isSpeaker: (Labelled) -> Bool) -> (saidOnce: Set<String>, words: Set<String>) {
        let accepted = candidates.compactMap { $0 }.filter(isSpeaker)
        if Set(accepted.map(\.key)).count == 1 { return (secondVoice(paragraphs, candidates, counts: counts, speaker: accepted[0]), []) }
        guard Set(accepted.map(\.key)).count >= 2 else { return ([], []) }
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

        /// Whether the label at `index` has words to say, a name's shape as the file's names have it, and a place in a
        /// run of turns: on both sides a speaker's turn of the same shape, or the file's start or end.
        func fitsARun(_ index: Int, notSpeakers: Set<String> = []) -> Bool {
            let labelled = candidates[index]!
            guard !labelled.bare, !labelled.setOffByDash, metadataKeys[labelled.key] == nil, !Notation.isNote(labelled.label), SpeakerLabel.isPlausible(labelled.label) else { return false }
            let wordsBelow = labelled.rest.trimmedSpace.isEmpty
            if wordsBelow {
                guard paragraphs.indices.contains(index + 1), candidates[index + 1] == nil, says[index + 1] else { return false }
            } else if Notation.parse(labelled.rest).content.isEmpty {
                return false
            }
            if everyNameHasTwoWords, labelled.label.split(separator: " ").count < 2 { return false }
            if everyNameInCapitals, labelled.label != labelled.label.uppercased() { return false }
            for step in [-1, 1] {
                switch neighbour(of: index, step: step, wordsBelow: wordsBelow) {
                case .none: continue
                case .some(.none): return false
                case .some(.some(let other)):
                    let next = candidates[other]!
                    if !isSpeaker(next) || notSpeakers.contains(next.key) || shape(other) != shape(index) { return false }
                }
            }
            return true
        }

        // Words said twice that the file writes in lower case elsewhere, as ordinary words, and that no run of turns places.
        let lowerCaseWords = Set(paragraphs.flatMap { $0.text.split { !$0.isLetter } }.filter { $0.first!.isLowercase }.map(String.init))
        let wordIndices = candidates.indices.filter { index in
            guard let labelled = candidates[index] else { return false }
            return counts[labelled.key] == 2 && !labelled.label.contains(" ") && labelled.label.first!.isUppercase
                && !SpeakerLabel.isRoleOrID(labelled.label) && lowerCaseWords.contains(labelled.key)
        }
        let placedWords = Set(wordIndices.filter { fitsARun($0) }.map { candidates[$0]!.key })
        let words = Set(wordIndices.map { candidates[$0]!.key }).subtracting(placedWords)
        var saidOnce: Set<String> = []
        for (index, candidate) in candidates.enumerated() {
            // A label said once on a line after a soft break sits inside a speaker's paragraph by its nature ("… and
            // shouted⏎Stop: nobody touches the panel"): a quote, not a late joiner.
            guard let labelled = candidate, counts[labelled.key] == 1, !paragraphs[index].afterSoftBreak, !isSpeaker(labelled),
                  fitsARun(index, notSpeakers: words) else { continue }
            saidOnce.insert(labelled.key)
        }
        return (saidOnce, words)
    }

    /// The one label said once that is the other voice of a file whose labels give one speaker only: an interview
    /// typed with few labels (`(2:16) **Asesor:** …` once between `(0:01) **Sebastián:** …` and `(13:40)
    /// **Sebastián:** …`, every other line a continuation). A conversation has two voices, so a label said once is the
    /// second when it is the only one, written exactly as the speaker's label is (bold or not, with its time or not,
    /// words on its line, or below it where the speaker's first label stands alone too: `Interviewer:` then the
    /// question, `ES2:` then the answer) below the first turn, shaped like a name, has words to say, is no metadata key or note, and is no word the file
    /// also writes in lower case ("Money: …" in a monologue about money).
    static func secondVoice(_ paragraphs: [TextParagraph], _ candidates: [Labelled?], counts: [String: Int], speaker: Labelled) -> Set<String> {
        func shape(_ index: Int) -> [Bool] {
            let labelled = candidates[index]!
            let text = paragraphs[index].text.trimmedSpace
            let bold = text.hasPrefix("**") || text.range(of: #"^[\[(][0-9:.,]+[\])]\s*\*\*"#, options: .regularExpression) != nil
            return [paragraphs[index].markedLabel != nil, bold, labelled.time != nil, labelled.rest.trimmedSpace.isEmpty]
        }
        guard let speakerIndex = candidates.firstIndex(where: { $0?.key == speaker.key }) else { return [] }
        // A file that labels its speaker's lines one after another ("Kari: …⏎Kari: …") labels every line, an other
        // voice's too: a label said once there is a quote in the story ("Mum: Come home now"), not an interviewer.
        if candidates.indices.dropLast().contains(where: { candidates[$0]?.key == speaker.key && candidates[$0 + 1]?.key == speaker.key }) { return [] }
        // Labels above the speaker's first turn are the header's (`**Participantes:** …`).
        let once = candidates.indices.filter { index in
            guard index > speakerIndex, let labelled = candidates[index] else { return false }
            return counts[labelled.key] == 1 && !labelled.bare && !labelled.setOffByDash && !paragraphs[index].afterSoftBreak
        }
        guard once.count == 1, let index = once.first, let labelled = candidates[index], shape(index) == shape(speakerIndex),
              metadataKeys[labelled.key] == nil, !Notation.isNote(labelled.label), SpeakerLabel.isPlausible(labelled.label) else { return [] }
        // Words on the label's line, or, where the speaker's own label stands alone above their words (`Interviewer:`
        // then the question on the next line), in the paragraph below it.
        if shape(index)[3] {
            guard paragraphs.indices.contains(index + 1), candidates[index + 1] == nil, !Notation.parse(paragraphs[index + 1].text).content.isEmpty else { return [] }
        } else if Notation.parse(labelled.rest).content.isEmpty {
            return []
        }
        let lowerCaseWords = Set(paragraphs.flatMap { $0.text.split { !$0.isLetter } }.filter { $0.first!.isLowercase }.map { $0.lowercased() })
        return lowerCaseWords.contains(labelled.key) ? [] : [labelled.key]
    }
}
