import Foundation
import ThematicCore

/// A keyword-in-context concordance: every occurrence of the given words or phrases with the words around it.
///
/// Concordances are how analysts check what a word actually means in their data before they build a code on it
/// ("support" as help from a colleague, or as the supplier's help desk?). Matching is on whole words, ignoring case
/// by default; a trailing `*` matches any ending (`motivat*` finds motivate, motivated, motivation).
public struct KeywordsInContext: Stage {
    public static let descriptor = StageDescriptor(
        id: "keywords-in-context",
        version: "1.0.0",
        summary: "Keyword-in-context concordance: each occurrence of the keywords with the words around it.",
        discussion: """
            Keywords are words or phrases; a trailing * matches any ending. Matches are whole words. Rows are \
            ordered by keyword (as listed), interview, turn and position, so the concordance is stable across runs.
            """,
        options: [keywords.spec, window.spec, speakers.spec, caseSensitive.spec],
        reads: [Products.corpus],
        artifacts: [ArtifactDeclaration("kwic.csv", carriesTranscriptText: true), ArtifactDeclaration("kwic.json", carriesTranscriptText: true)]
    )

    static let keywords = StageOption<[String]>("keywords", default: nil, help: "Words or phrases to find; a trailing * matches any ending.")
    static let window = StageOption<Int>("window", default: 8, in: 1...50, help: "Words of context on each side.")
    static let speakers = StageOption<Speakers>("speakers", default: .participants, help: "Whose turns to search.")
    static let caseSensitive = StageOption<Bool>("case-sensitive", default: false, help: "Match case exactly.")

    /// Whose turns are searched.
    enum Speakers: String, OptionChoice {
        case participants, interviewers, all
    }

    private let patterns: [KeywordPattern]
    private let window: Int
    private let speakers: Speakers

    public init(options: StageOptions) throws {
        let keywords = options[Self.keywords]
        let caseSensitive = options[Self.caseSensitive]
        guard !keywords.isEmpty else { throw Diagnostic("stage 'keywords-in-context': give at least one keyword") }
        patterns = try keywords.map { try KeywordPattern($0, caseSensitive: caseSensitive) }
        window = options[Self.window]
        speakers = options[Self.speakers]
    }

    public func run(in context: StageContext) throws {
        let corpus = try context.read(Products.corpus)
        let interviewers = corpus.study.interviewerIDs
        let interviews = corpus.interviews
        // The corpus is read a chunk at a time, each interview once on the run's threads for every keyword. The CSV
        // lists keyword by keyword, so each chunk's rows wait in a scratch file per keyword until all are read; only
        // the counts per interview stay in memory.
        let scratch = try ScratchFile(in: context.scratchFolder)
        var pieces = Array(repeating: [ScratchFile.Place](), count: patterns.count)
        var counts = Array(repeating: [String: Int](), count: patterns.count)
        for range in interviews.chunks() {
            // Each interview's rows are written as CSV on the threads too; here they are only put in order.
            let found = ConcurrentSlots<[(rows: [UInt8], count: Int)]>.map(count: range.count, jobs: context.jobs) { index in
                lines(in: interviews[range.lowerBound + index], interviewers: interviewers).map { lines in
                    var csv = CSVWriter()
                    for line in lines { csv.append([line.keyword, line.interview, line.speaker, String(line.turn), line.left, line.match, line.right]) }
                    return (Array(ArtifactSet.normalisingLineEndings(csv.take()).utf8), lines.count)
                }
            }
            for order in patterns.indices {
                var rows: [UInt8] = []
                for (index, interview) in found.enumerated() where interview[order].count > 0 {
                    rows += interview[order].rows
                    counts[order][interviews.id(at: range.lowerBound + index), default: 0] += interview[order].count
                }
                pieces[order] += try scratch.append([rows])
            }
        }
        try context.artifacts.addStreamed("kwic.csv", by: Self.descriptor.id) { out in
            try out.append(CSVWriter(header: ["keyword", "interview", "speaker", "turn", "left", "match", "right"]).text.utf8)
            for place in pieces.joined() { try scratch.read(place) { try out.append($0) } }
        }
        let summary = Summary(patterns: patterns, counts: counts, window: window, speakers: speakers.rawValue)
        try context.artifacts.addJSON("kwic.json", summary, by: Self.descriptor.id)
        context.summarize("keywords-in-context: \(summary.keywords.reduce(0) { $0 + $1.occurrences }) occurrences of \(patterns.count) keywords")
    }

    /// One interview's occurrences, by keyword, in turn and position order.
    private func lines(in interview: Interview, interviewers: Set<String>) -> [[ConcordanceLine]] {
        var byKeyword = Array(repeating: [ConcordanceLine](), count: patterns.count)
        for turn in interview.turns where includes(turn.speaker, interviewers: interviewers) {
            let tokens = Tokenizer.words(in: Self.concordanceText(turn.content))
            for (order, pattern) in patterns.enumerated() {
                for start in pattern.matches(in: tokens) {
                    byKeyword[order].append(ConcordanceLine(keywordOrder: order, keyword: pattern.source, interview: interview.id,
                                                            speaker: turn.speaker, turn: turn.index, tokens: tokens,
                                                            match: start..<(start + pattern.words.count), window: window))
                }
            }
        }
        return byKeyword
    }

    /// A turn's spoken text with "…" where an event stood ("Dikema. <event>laughs</event> As"): the event is no
    /// speech, but the words either side of it were never one phrase.
    static func concordanceText(_ content: [InlineNode]) -> String {
        var out = ""
        func append(_ nodes: [InlineNode]) {
            for node in nodes {
                switch node {
                case .text(let text): out += text
                case .element(let element):
                    if element.name == InlineElement.eventName { out += " … " } else { append(element.children) }
                }
            }
        }
        append(content)
        return out
    }

    private func includes(_ speaker: String, interviewers: Set<String>) -> Bool {
        switch speakers {
        case .interviewers: interviewers.contains(speaker)
        case .all: true
        case .participants: !interviewers.contains(speaker)
        }
    }
}

/// One occurrence with its context.
struct ConcordanceLine {
    var keywordOrder: Int
    var keyword: String
    var interview: String
    var speaker: String
    var turn: Int
    var left: String
    var match: String
    var right: String

    init(keywordOrder: Int, keyword: String, interview: String, speaker: String, turn: Int, tokens: [Token], match: Range<Int>, window: Int) {
        self.keywordOrder = keywordOrder
        self.keyword = keyword
        self.interview = interview
        self.speaker = speaker
        self.turn = turn
        var leftStart = max(0, match.lowerBound - window)
        if leftStart < match.lowerBound, let group = tokens[leftStart].bracketGroup { leftStart = min(group.lowerBound, leftStart) }
        var rightEnd = min(tokens.count, match.upperBound + window)
        if rightEnd > match.upperBound, let group = tokens[rightEnd - 1].bracketGroup { rightEnd = max(group.upperBound, rightEnd) }
        left = Self.joined(tokens[leftStart..<match.lowerBound], bracketed: true)
        self.match = Self.joined(tokens[match], bracketed: false)
        right = Self.joined(tokens[match.upperBound..<rightEnd], bracketed: true)
    }

    /// Words with the punctuation the text had between them, so a window shows a sentence end or a comma where the
    /// text had one and never joins two words the text kept apart (the leak gate reads windows as it reads the text).
    static func joined(_ tokens: ArraySlice<Token>, bracketed: Bool) -> String {
        var out = ""
        for token in tokens {
            if !out.isEmpty { out += token.gapBefore }
            out += token.text
        }
        // A bracketed group the window holds whole is shown with its brackets, which live in the gaps either side.
        guard bracketed else { return out }
        if let first = tokens.first, first.bracketGroup?.lowerBound == tokens.startIndex { out = "[" + out }
        if let last = tokens.last, last.bracketGroup?.upperBound == tokens.endIndex { out += "]" }
        return out
    }
}

/// The `kwic.json` artifact: occurrences per keyword, per interview and per speaker.
struct Summary: Encodable {
    struct KeywordCount: Encodable {
        var keyword: String
        var occurrences: Int
        var interviews: [String: Int]
    }

    var window: Int
    var speakers: String
    var keywords: [KeywordCount]

    init(patterns: [KeywordPattern], counts: [[String: Int]], window: Int, speakers: String) {
        self.window = window
        self.speakers = speakers
        keywords = zip(patterns, counts).map { pattern, byInterview in
            KeywordCount(keyword: pattern.source, occurrences: byInterview.values.reduce(0, +), interviews: byInterview)
        }
    }
}
