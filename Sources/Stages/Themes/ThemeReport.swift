import Foundation
import ThematicCore
import ThematicModel

/// Everything `themes.json` holds.
struct ThemeReport: Encodable, Sendable {
    /// A theme, sub-theme or code with its evidence.
    struct Node: Encodable, Sendable {
        var id: String
        var name: String
        var level: String
        var parent: String?
        var description: String
        var children: [String]
        var segments: Int
        var interviews: IDSet
        var participants: IDSet
        var coverage: String
        /// Attribute → value → "k of n".
        var coverageByAttribute: [String: [String: GroupCoverage]]
        var quotes: [Quote]
    }

    struct GroupCoverage: Encodable, Sendable, Equatable {
        var participants: Int
        var of: Int
    }

    /// An exemplar quote.
    struct Quote: Encodable, Sendable {
        var interview: String
        var participant: String
        var turn: Int
        var start: Int
        var end: Int
        var text: String
        var citation: String
        var words: Int
        var specificity: Double
    }

    var note = "Counts and coverage support the analyst's interpretation and are not evidence of importance: reflexive thematic analysis does not treat frequency as significance."
    var coders: [String]
    var participantsInterviewed: Int
    var nodes: [Node]
    var cooccurrence: [Cooccurrence]

    /// A pair of entries of one level found together.
    struct Cooccurrence: Encodable, Sendable {
        var level: String
        var scope: String
        var a: String
        var b: String
        var together: Int
        var either: Int
        var jaccard: Double
    }

    init(corpus: Corpus, coding: CodingResult, settings: ThemeSettings, jobs: Int = 1) {
        let codebook = coding.codebook
        let codings = coding.analysed
        coders = coding.analysisCoders
        // Coverage counts participants, not sessions: in a focus group each coding is its speaker's.
        let participantOf = ParticipantLookup(corpus.interviews)
        let interviewed = participantOf.interviewed
        participantsInterviewed = interviewed.count
        let participants = corpus.study.participants.filter { interviewed.contains($0.id) }
        let attributeNames = Set(participants.flatMap(\.attributes.keys)).sorted()

        // One pass over the codings tallies every entry's evidence, quote candidates and co-occurrences.
        let tally = ThemeTally.of(codings, codebook: codebook, participantOf: participantOf, interviews: IDSet.Universe(participantOf.interviews),
                                  participants: IDSet.Universe(interviewed), settings: settings, jobs: jobs)

        let selector = QuoteSelector(settings: settings, study: corpus.study)
        // Entries are independent: each is summarised on a thread of its own and the nodes kept in codebook order.
        let entries = codebook.entries
        let tallied = tally.entries
        nodes = ConcurrentSlots<Node>.map(count: entries.count, jobs: jobs) { index in
            let entry = entries[index]
            let evidence = tallied[index]
            let covered = evidence.participants
            var byAttribute: [String: [String: GroupCoverage]] = [:]
            for name in attributeNames {
                for participant in participants {
                    let value = participant.attributes[name] ?? "(none)"
                    var group = byAttribute[name, default: [:]][value] ?? GroupCoverage(participants: 0, of: 0)
                    group.of += 1
                    if covered.contains(participant.id) { group.participants += 1 }
                    byAttribute[name, default: [:]][value] = group
                }
            }
            let quotes = entry.level == .code ? [] : selector.choose(from: evidence.quotes)
            return Node(id: entry.id, name: entry.name, level: entry.level.rawValue, parent: entry.parent, description: entry.description,
                        children: codebook.children(of: entry.id).map(\.id), segments: evidence.spans,
                        interviews: evidence.interviews, participants: covered,
                        coverage: "\(covered.count) of \(interviewed.count)", coverageByAttribute: byAttribute, quotes: quotes)
        }
        cooccurrence = Self.cooccurrence(tally, codebook: codebook)
    }

    /// Pairs of entries of the same level that occur in the same segment, and in the same interview.
    static func cooccurrence(_ tally: ThemeTally, codebook: Codebook) -> [Cooccurrence] {
        var rows: [Cooccurrence] = []
        for level in [Codebook.Level.theme, .subtheme, .code] {
            let ids = codebook.entries(at: level).map(\.id)
            for (scope, segment) in [("segment", true), ("interview", false)] {
                let (count, together) = tally.pairs[ThemeTally.Scope(level: level, segment: segment)]!
                for pair in together.keys.sorted() {
                    let (a, b) = (pair / ids.count, pair % ids.count)
                    let both = together[pair]!
                    let either = count[a] + count[b] - both
                    rows.append(Cooccurrence(level: level.rawValue, scope: scope, a: ids[a], b: ids[b], together: both, either: either,
                                             jaccard: rounded(Double(both) / Double(either), places: 4)))
                }
            }
        }
        return rows
    }

    var csv: String {
        var writer = CSVWriter(header: ["id", "name", "level", "parent", "segments", "participants_covered", "participants_interviewed", "participants", "quotes"])
        for node in nodes {
            writer.append([node.id, node.name, node.level, node.parent ?? "", String(node.segments), String(node.participants.count),
                           String(participantsInterviewed), node.participants.joined(separator: " "), String(node.quotes.count)])
        }
        return writer.text
    }

    var cooccurrenceCSV: String {
        var writer = CSVWriter(header: ["level", "scope", "a", "b", "together", "either", "jaccard"])
        for row in cooccurrence {
            writer.append([row.level, row.scope, row.a, row.b, String(row.together), String(row.either), formatNumber(row.jaccard)])
        }
        return writer.text
    }
}

/// A coded stretch of text, independent of code and coder.
struct SegmentKey: Hashable, Comparable {
    var interview: String
    var turn: Int
    var start: Int
    var end: Int

    init(_ coding: CodedSegment) {
        interview = coding.interview
        turn = coding.turn
        start = coding.start
        end = coding.end
    }

    static func < (lhs: SegmentKey, rhs: SegmentKey) -> Bool {
        (lhs.interview, lhs.turn, lhs.start, lhs.end) < (rhs.interview, rhs.turn, rhs.start, rhs.end)
    }
}

extension ThemeReport {
    /// The typed product later stages read (the report), with the thematic map.
    func coverage(map: String) -> ThemeCoverage {
        ThemeCoverage(
            note: note, participantsInterviewed: participantsInterviewed,
            nodes: nodes.map { node in
                ThemeCoverage.Node(id: node.id, name: node.name, level: Codebook.Level(rawValue: node.level) ?? .code, description: node.description,
                                   children: node.children, segments: node.segments, participants: node.participants,
                                   coverageByAttribute: node.coverageByAttribute.mapValues { $0.mapValues { ThemeCoverage.GroupCoverage(participants: $0.participants, of: $0.of) } },
                                   quotes: node.quotes.map { ThemeCoverage.Quote(text: $0.text, citation: $0.citation) })
            },
            cooccurrence: cooccurrence.map { ThemeCoverage.Pair(level: Codebook.Level(rawValue: $0.level) ?? .code, scope: $0.scope, a: $0.a, b: $0.b, jaccard: $0.jaccard) },
            map: map)
    }
}
