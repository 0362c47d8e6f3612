import Foundation
import ThematicCore
import ThematicIO

/// Reads human coding, from a CSV file or from `<coded>` markup inside transcripts, and checks it against the
/// codebook and the corpus.
public enum CodingImport {
    /// The CSV header human coding must have.
    public static let csvHeader = ["interview", "turn", "start", "end", "code", "coder"]

    /// Codings from a CSV with header `interview,turn,start,end,code,coder` (turn 0-based; offsets in Unicode
    /// scalars into the turn's spoken text, end exclusive). Every problem is reported with its line.
    ///
    /// - Parameter original: when the offsets refer to the original transcripts (the text the coder saw) and the
    ///   corpus was anonymized, where the text changed; each span is carried into the anonymized text.
    /// - Parameter renamed: old → new interview ids when anonymization renamed the transcripts: a table names
    ///   interviews by the study's ids (as `thematic import` writes it), and codes the renamed interviews; an id the
    ///   study did not have is taken as a new one.
    public static func csv(_ data: Data, file: String, corpus: Corpus, codebook: Codebook, original: TextReplacements? = nil,
                           renamed: [String: String] = [:]) throws -> [CodedSegment] {
        let text = try TextCheck.utf8(data, file: file)
        let rows = try CSVReader.rows(text, file: file)
        guard let header = rows.first else { throw Diagnostic(file: file, "empty file; expected the header \(csvHeader.joined(separator: ","))") }
        guard header.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) == csvHeader else {
            throw Diagnostic(file: file, line: header.line, "the header must be \(csvHeader.joined(separator: ",")) (found \(quoting: header.fields.joined(separator: ",")))")
        }
        var problems: [Diagnostic] = []
        var codings: [CodedSegment] = []
        var seen: [CodedSegment: Int] = [:]
        var turnTexts: [String: [String]] = [:]
        for row in rows.dropFirst() {
            func fail(_ message: String) { problems.append(Diagnostic(file: file, line: row.line, message)) }
            guard row.fields.count == csvHeader.count else { fail("expected \(csvHeader.count) fields, found \(row.fields.count)"); continue }
            let fields = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let (code, coder) = (fields[4], fields[5])
            // The study's id first: T02 of the study may be T01 after renaming, and the table was written for the study.
            let interviewID = renamed[fields[0]] ?? fields[0]
            guard let interview = corpus.interview(interviewID) else { fail("unknown interview '\(quoting: interviewID)'"); continue }
            guard let turn = Int(fields[1]), turn >= 0, turn < interview.turns.count else {
                fail("turn '\(quoting: fields[1])' is not a turn of \(interviewID) (0…\(interview.turns.count - 1))"); continue
            }
            let texts = turnTexts[interviewID] ?? interview.turns.map(\.text)
            turnTexts[interviewID] = texts
            let length = texts[turn].unicodeScalars.count
            guard var start = Int(fields[2]), var end = Int(fields[3]), start >= 0, start < end else {
                fail("offsets \(quoting: fields[2])–\(quoting: fields[3]) are not a span (0 ≤ start < end)"); continue
            }
            if let original { (start, end) = original.map(interview: interviewID, turn: turn, start: start, end: end) }
            guard end <= length else {
                fail("offsets \(fields[2])–\(fields[3]) are not a span of turn \(turn) of \(interviewID) (its text has \(length) characters; 0 ≤ start < end ≤ \(length))"); continue
            }
            guard codebook[code] != nil else { fail("unknown code '\(quoting: code)' (not in \(codebook.source))"); continue }
            guard !coder.isEmpty else { fail("empty coder"); continue }
            guard coder != CodedSegment.autoCoder else {
                fail("the coder name '\(CodedSegment.autoCoder)' is reserved for autocoding; rename this coder (e.g. 'auto-human')")
                continue
            }
            let coding = CodedSegment(interview: interviewID, turn: turn, start: start, end: end, code: code, coder: coder,
                                text: Self.wholeWords(texts[turn], start: start, end: end))
            if let earlier = seen[coding] { fail("duplicate coding (same as line \(earlier))"); continue }
            seen[coding] = row.line
            codings.append(coding)
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return codings
    }

    /// Codings marked inline with `<coded code="…" coder="…">…</coded>`; offsets count the spoken text as
    /// `Turn.text` does (events left out). Unknown codes name the transcript and the turn's line.
    public static func inline(_ corpus: Corpus, codebook: Codebook, jobs: Int = 1) throws -> [CodedSegment] {
        var problems: [Diagnostic] = []
        var codings: [CodedSegment] = []
        // A chunk of transcripts at a time, each read on the threads; what they hold is gathered in interview order.
        let interviews = corpus.interviews
        for range in interviews.chunks() {
            let found = ConcurrentSlots<(codings: [CodedSegment], problems: [Diagnostic])>.map(count: range.count, jobs: jobs) { index in
                inline(interviews[range.lowerBound + index], codebook: codebook)
            }
            for part in found {
                codings += part.codings
                problems += part.problems
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return Array(Set(codings)).sorted()
    }

    /// One interview's `<coded>` markup, and what is wrong with it.
    private static func inline(_ interview: Interview, codebook: Codebook) -> (codings: [CodedSegment], problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        var codings: [CodedSegment] = []
        for turn in interview.turns {
            var offset = 0
            var found: [(code: String, coder: String, start: Int, end: Int)] = []
            collect(turn.content, offset: &offset, into: &found)
            guard !found.isEmpty else { continue }
            let text = turn.text
            for mark in found {
                guard codebook[mark.code] != nil else {
                    problems.append(Diagnostic(file: interview.source, line: turn.line, "<coded code=\"\(quoting: mark.code)\">: unknown code (not in \(codebook.source))"))
                    continue
                }
                guard mark.coder != CodedSegment.autoCoder else {
                    problems.append(Diagnostic(file: interview.source, line: turn.line, "<coded coder=\"\(quoting: mark.coder)\">: the coder name is reserved for autocoding"))
                    continue
                }
                guard mark.end > mark.start else { continue }
                codings.append(CodedSegment(interview: interview.id, turn: turn.index, start: mark.start, end: mark.end, code: mark.code,
                                            coder: mark.coder, text: TextSegmenter.slice(text, TextSpan(start: mark.start, end: mark.end))))
            }
        }
        return (codings, problems)
    }

    private static func collect(_ nodes: [InlineNode], offset: inout Int, into found: inout [(code: String, coder: String, start: Int, end: Int)]) {
        for node in nodes {
            switch node {
            case .text(let text):
                offset += text.unicodeScalars.count
            case .element(let element):
                guard element.name != InlineElement.eventName else { continue }
                let start = offset
                collect(element.children, offset: &offset, into: &found)
                if element.name == "coded", let code = element[attribute: "code"] {
                    found.append((code, element[attribute: "coder"] ?? "inline", start, offset))
                }
            }
        }
    }

    /// A coding's quoted text, widened to whole words where its span cuts one: tools count offsets differently
    /// (line ends, surrogate pairs), so an imported selection may start inside a word ("oktat|ás a …"), and the cut-off
    /// "ás" would be a word the transcript never had — one the leak gate may protect. The offsets stay as imported.
    static func wholeWords(_ text: String, start: Int, end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        func inWord(_ index: Int) -> Bool { index >= 0 && index < scalars.count && (scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil) }
        var first = start
        var last = end
        while inWord(first - 1), inWord(first) { first -= 1 }
        while inWord(last - 1), inWord(last) { last += 1 }
        if first == start && last == end { return TextSegmenter.slice(text, TextSpan(start: start, end: end)) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first..<last])
        return String(out)
    }
}
