import Foundation
import ThematicCore

/// Interviews written down with no speaker labels, where the layout alone tells question from answer: each question a
/// Markdown heading with the answer in the paragraphs below it, a paragraph that ends in `?` (or opens with `¿`) with
/// the answer in the next, or a Word paragraph whose question and answer a soft line break divides. The questions
/// become the turns of `Question` (the interviewer), the paragraphs after them the turns of `Answer`.
///
/// Only read when the label rules found fewer than two speakers, and only on evidence: four questions or more, each
/// answered, and (without headings) questions making up at least a third of the paragraphs from the first one to the
/// last answer — a talk with a few rhetorical questions is one voice, for `--speaker-all`; nor is a file whose first
/// question comes after long paragraphs (a recording's talk, then a summary under headings).
public enum QuestionAnswerLayout {
    /// The label of the questions' turns and of the answers' (role words: interviewer and participant).
    public static let questionLabel = "Question"
    public static let answerLabel = "Answer"

    /// The document the question-and-answer layout gives `paragraphs`, or nil when `labelled` (what the label rules
    /// read) has two speakers or more, or the layout is not there.
    public static func document(_ paragraphs: [TextParagraph], unless labelled: ImportedDocument) -> ImportedDocument? {
        guard Set(labelled.turns.map { SpeakerLabel.normalized($0.label) }).count < 2 else { return nil }
        let marker = DashMarker(paragraphs)
        let blocks = paragraphs.flatMap { splitAtSoftBreak($0, marker: marker) }
        let level = questionHeadingLevel(blocks)
        var isQuestion: [Bool] = []
        for block in blocks {
            if let level {
                isQuestion.append(block.headingLevel == level)
            } else {
                // An answer follows its question, even one that asks back ("Sí. ¿Es seguro?"); a question the write-up
                // marks with its dash may follow another ("-for general training?", "-for rehabilitation?").
                isQuestion.append(block.headingLevel == nil && (marker.marks(block.text) || asks(block.text) && isQuestion.last != true))
            }
        }
        // A dashed line that asks nothing between two questions is the answer to the first, its dash the speaker's
        // ("-Anything else?" "-Well, the training was too short." "-Who trained you?"); the questions' dash made it
        // the interviewer's. A dashed line without a question mark that an answer follows ("-Generelt") still asks.
        for index in isQuestion.indices.dropFirst().dropLast() where isQuestion[index] && isQuestion[index - 1] && isQuestion[index + 1]
            && level == nil && !asks(blocks[index].text) { isQuestion[index] = false }
        // What comes before the first question is a title and header lines, never the talk: a transcript whose
        // first question comes after long paragraphs (a recording's talk, then a summary under headings) is not this.
        guard let first = isQuestion.firstIndex(of: true), first <= 12, blocks[..<first].allSatisfy({ $0.text.count <= 200 }) else { return nil }
        let answered = isQuestion.indices.filter { isQuestion[$0] && $0 + 1 < blocks.count && !isQuestion[$0 + 1] && blocks[$0 + 1].headingLevel == nil }.count
        let questions = isQuestion[first...].count { $0 }
        // From the first question to the answer of the last (a report may follow the interview).
        let span = (isQuestion.lastIndex(of: true) ?? first) + 2 - first
        guard answered >= 4, level != nil || questions * 3 >= span else { return nil }

        var document = ImportedDocument(turns: [])
        var sections = 0
        for (index, block) in blocks.enumerated() {
            if index < first {
                if let field = LabelledTranscript.metadata(block) { document.metadata.append(field) } else {
                    document.findings.append(ImportFinding(location: block.location, "a line before the first question was left out (a title or a note; it is not a speaker's turn)"))
                }
                continue
            }
            // Headings of another level are sections of the write-up, not speech.
            if level != nil, block.headingLevel != nil, !isQuestion[index] { sections += 1; continue }
            let label = isQuestion[index] ? questionLabel : answerLabel
            let parsed = Notation.parse(block.text)
            guard !parsed.content.isEmpty else { continue }
            if var last = document.turns.last, last.label == label {
                last.content = Notation.joined(last.content, parsed.content)
                document.turns[document.turns.count - 1] = last
            } else {
                document.turns.append(ImportedTurn(label: label, content: parsed.content, start: parsed.leadingTime, location: block.location))
            }
        }
        if sections > 0 { document.findings.append(ImportFinding(location: "the whole file", "\(sections) section headings between the questions left out")) }
        let how = level != nil ? "headings" : "paragraphs ending in '?'"
        document.findings.append(ImportFinding(location: "the whole file", "no speaker labels: the \(questions) questions (\(how)) were read as the interviewer's turns ('\(questionLabel)') and what follows each as the answer ('\(answerLabel)'); if the file is one voice, import it with --speaker-all ID"))
        return document
    }

    /// Whether a paragraph asks: it ends in a question mark (inside closing quotes or emphasis) or opens with `¿`.
    static func asks(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"“”'’*_)»")))
        return trimmed.hasSuffix("?") || trimmed.hasSuffix("？") || trimmed.hasPrefix("¿")
    }

    /// Whether a heading numbers a question (`Question 3: …`, `Pergunta 2 –`).
    static func numbersAQuestion(_ text: String) -> Bool {
        guard let end = text.firstIndex(where: { ":.–-".contains($0) }) else { return false }
        return LabelledTranscript.questionLabel(String(text[..<end])) != nil
    }

    /// A paragraph whose lines ask and answer by turns (a write-up typed as `-Question?⏎Answer.⏎⏎-Next question?` in
    /// one paragraph, soft line breaks between), as a block for each run of asking lines and each run of the others;
    /// a paragraph with no such change as it is. A line wrapped by hand before its question mark ("… between⏎each
    /// session?", the second line in lower case) asks with it.
    static func splitAtSoftBreak(_ paragraph: TextParagraph, marker: DashMarker = DashMarker([])) -> [TextParagraph] {
        guard paragraph.softLines.count > 1 else { return [paragraph] }
        let lines = paragraph.softLines
        var asking = lines.map { marker.marks($0) || asks($0) }
        for index in lines.indices.dropLast().reversed() where !asking[index] && asking[index + 1] {
            let next = lines[index + 1], line = lines[index]
            if next.first?.isLowercase == true, !marker.marks(next), let last = line.last, !".!?:".contains(last) { asking[index] = true }
        }
        var runs: [(asks: Bool, lines: [String])] = []
        for (line, asks) in zip(lines, asking) {
            if let last = runs.last, last.asks == asks, !(asks && marker.marks(line)) { runs[runs.count - 1].lines.append(line) } else { runs.append((asks, [line])) }
        }
        guard runs.count > 1 else { return [paragraph] }
        return runs.map { TextParagraph(text: $0.lines.joined(separator: " "), location: paragraph.location) }
    }

    /// A write-up's own mark for its questions: a dash opening the line (`-Hva er problemet?`), when most lines that
    /// ask open with one and few of the others do. Then a dashed line is a question even without its question mark
    /// (`-Generelt`, a question wrapped over two lines). A file whose dashes open the answers marks nothing.
    struct DashMarker {
        let active: Bool

        init(_ paragraphs: [TextParagraph]) {
            let lines = paragraphs.flatMap { $0.softLines.isEmpty ? [$0.text] : $0.softLines }.map(\.trimmedSpace).filter { !$0.isEmpty }
            let asking = lines.filter(QuestionAnswerLayout.asks)
            let others = lines.filter { !QuestionAnswerLayout.asks($0) }
            let dashedAsking = asking.count(where: Self.opensWithDash)
            let dashedOthers = others.count(where: Self.opensWithDash)
            active = dashedAsking >= 4 && dashedAsking * 3 >= asking.count * 2 && dashedOthers * 5 <= others.count
        }

        func marks(_ line: String) -> Bool { active && Self.opensWithDash(line.trimmedSpace) }

        static func opensWithDash(_ line: String) -> Bool {
            guard let first = line.first, "-–—".contains(first) else { return false }
            return line.dropFirst().first?.isLetter == true || line.dropFirst().first == " "
        }
    }

    /// The heading level whose headings are questions: three or more of them each followed by a paragraph of text.
    static func questionHeadingLevel(_ blocks: [TextParagraph]) -> Int? {
        var answeredHeadings: [Int: Int] = [:]
        for index in blocks.indices.dropLast() {
            if let level = blocks[index].headingLevel, blocks[index + 1].headingLevel == nil { answeredHeadings[level, default: 0] += 1 }
        }
        guard let best = answeredHeadings.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), best.value >= 3 else { return nil }
        // Questions, not the sections of a summary: most of them ask, or number a question (`Question 3: …`).
        let headings = blocks.filter { $0.headingLevel == best.key }
        let asking = headings.count { asks($0.text) || numbersAQuestion($0.text) }
        return asking * 2 >= headings.count ? best.key : nil
    }
}
