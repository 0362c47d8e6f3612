import Foundation

extension LabelledTranscript {
    /// The label given to the unlabelled answers of a transcript that labels only its interviewer.
    static let unlabelledAnswerLabel = "Answer"

    /// The interviewer's label of a transcript that labels only the questions: Word and text interviews are often
    /// typed with `Interviewer:` (or `Q:`) before each question and the participant's answer as plain paragraphs
    /// below it. Every label there is one interviewer's, so without this the answers would be the interviewer's own
    /// words and no participant would speak.
    ///
    /// It takes one speaker label in the whole file, a role that interviews, opening three paragraphs or more; at
    /// least two thirds of its questions end as sentences do (`?`, `.`, `!`, `:`) within their first three
    /// paragraphs — a hard-wrapped file's lines end anywhere, and there the lines below are the question's own —
    /// and are followed by a paragraph with words before the next label. Returns that label's key, else nil.
    static func onlyInterviewerLabelled(_ paragraphs: [TextParagraph], _ candidates: [Labelled?], isSpeaker: (Labelled) -> Bool) -> String? {
        let speakers = candidates.indices.filter { candidates[$0].map(isSpeaker) == true }
        guard speakers.count >= 3, let first = candidates[speakers[0]], Set(speakers.map { candidates[$0]!.key }).count == 1,
              SpeakerLabel.role(of: first.label) == .interviewer else { return nil }
        var answered = 0
        for (position, index) in speakers.enumerated() {
            let next = position + 1 < speakers.count ? speakers[position + 1] : paragraphs.count
            guard let end = questionEnd(paragraphs, candidates, from: index, before: next) else { continue }
            if (end + 1..<next).contains(where: { candidates[$0] == nil && saysSomething(paragraphs[$0]) }) { answered += 1 }
        }
        return answered * 3 >= speakers.count * 2 ? first.key : nil
    }

    /// The paragraph that ends the question the label at `index` opens (its own when its words end as a sentence
    /// does, else one of the next two), nil when none of them does before `next`.
    static func questionEnd(_ paragraphs: [TextParagraph], _ candidates: [Labelled?], from index: Int, before next: Int) -> Int? {
        if let labelled = candidates[index], !labelled.rest.trimmedSpace.isEmpty, endsAsSentence(labelled.rest) { return index }
        for at in index + 1..<min(index + 3, next) where candidates[at] == nil && saysSomething(paragraphs[at]) {
            if endsAsSentence(paragraphs[at].text) { return at }
        }
        return nil
    }

    static func endsAsSentence(_ text: String) -> Bool {
        let trimmed = text.trimmedSpace.trimmingCharacters(in: CharacterSet(charactersIn: "\"'”’»)*_ "))
        return trimmed.last.map { "?.!:…".contains($0) } ?? false
    }

    static func saysSomething(_ paragraph: TextParagraph) -> Bool {
        !Notation.parse(paragraph.text).content.isEmpty
    }
}
