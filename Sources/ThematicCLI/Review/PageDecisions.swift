import AnonymizationStage
import Foundation
import ThematicCore

/// Decisions as the review page sends them: offsets in UTF-16 code units (JavaScript string indices) into a turn's
/// text, with no text or digest — the backend adds both from the transcripts, so the page cannot misstate them.
struct PageDecision: Codable, Equatable {
    struct Mention: Codable, Equatable {
        var interview: String
        var turn: Int
        var start: Int
        var end: Int
    }

    var action: String
    var interview: String
    var turn: Int
    var start: Int
    var end: Int
    var type: String?
    var to: Mention?
    var pseudonym: String?
}

struct PageDecisionList: Codable {
    var decisions: [PageDecision]
}

/// Turns' texts by interview and turn, for converting between the page's offsets and the file's.
struct TurnTexts {
    private var texts: [String: [Int: (text: String, digest: String)]] = [:]

    init(_ session: ReviewSession) {
        for transcript in session.transcripts {
            texts[transcript.id] = Dictionary(transcript.turns.map { ($0.turn, ($0.text, $0.digest)) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The file's anchor for a span the page gives in UTF-16 offsets; a span outside its turn or splitting a character is refused.
    func anchor(interview: String, turn: Int, utf16 start: Int, _ end: Int, what: String) throws -> MentionAnchor {
        guard let found = texts[interview]?[turn] else { throw Diagnostic("\(what): interview '\(interview)' has no turn \(turn)") }
        let units = found.text.utf16
        guard start >= 0, end > start, end <= units.count,
              let low = units.index(units.startIndex, offsetBy: start).samePosition(in: found.text.unicodeScalars),
              let high = units.index(units.startIndex, offsetBy: end).samePosition(in: found.text.unicodeScalars) else {
            throw Diagnostic("\(what): the span \(start)–\(end) does not lie on characters of turn \(turn) of '\(interview)'")
        }
        let scalars = found.text.unicodeScalars
        return MentionAnchor(interview: interview, turn: turn, start: scalars.distance(from: scalars.startIndex, to: low),
                             end: scalars.distance(from: scalars.startIndex, to: high), text: String(scalars[low..<high]), turnDigest: found.digest)
    }

    /// The page's UTF-16 offsets for a span in Unicode scalars (nil when the turn is gone).
    func utf16(interview: String, turn: Int, scalars start: Int, _ end: Int) -> (start: Int, end: Int)? {
        guard let found = texts[interview]?[turn] else { return nil }
        let scalars = found.text.unicodeScalars
        guard start >= 0, end <= scalars.count, start <= end else { return nil }
        let low = scalars.index(scalars.startIndex, offsetBy: start), high = scalars.index(scalars.startIndex, offsetBy: end)
        let units = found.text.utf16
        return (units.distance(from: units.startIndex, to: low), units.distance(from: units.startIndex, to: high))
    }

    /// The file's decisions from the page's.
    func decisions(_ page: [PageDecision], file: String) throws -> ReviewDecisions {
        var decisions: [ReviewDecision] = []
        for (number, item) in page.enumerated() {
            let what = "decision \(number + 1)"
            guard let action = ReviewDecision.Action(rawValue: item.action) else { throw Diagnostic("\(what): unknown action '\(item.action)'") }
            var type: IdentifierType?
            if let name = item.type {
                guard let known = IdentifierType(rawValue: name) else { throw Diagnostic("\(what): unknown type '\(name)'") }
                type = known
            }
            let mention = try anchor(interview: item.interview, turn: item.turn, utf16: item.start, item.end, what: what)
            let target = try item.to.map { try anchor(interview: $0.interview, turn: $0.turn, utf16: $0.start, $0.end, what: what) }
            let pseudonym = item.pseudonym?.trimmingCharacters(in: .whitespacesAndNewlines)
            // The fields each action needs, as the file reader asks for them: a file saved here always reads back.
            switch action {
            case .add, .retype:
                if type == nil { throw Diagnostic("\(what): '\(action.rawValue)' needs a type") }
            case .link:
                if target == nil { throw Diagnostic("\(what): 'link' needs the mention to link to") }
            case .pseudonym:
                guard let pseudonym, Self.isPlainName(pseudonym) else {
                    throw Diagnostic("\(what): a pseudonym is a name: letters, spaces, hyphens, apostrophes and dots, on one line (not a label such as [person 2])")
                }
            case .confirm, .reject, .split:
                break
            }
            decisions.append(ReviewDecision(action: action, mention: mention, type: type, target: target, pseudonym: pseudonym))
        }
        return ReviewDecisions(decisions, file: file)
    }

    /// A name a reader takes for a person: letters (any script), spaces, hyphens, apostrophes and dots, at most 60.
    static func isPlainName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 60 && text.first!.isLetter
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark || " -'’.".unicodeScalars.contains($0) }
    }

    /// The page's decisions from the file's (those whose turns are gone are left out; the stage reports them).
    func page(_ decisions: ReviewDecisions) -> [PageDecision] {
        decisions.decisions.compactMap { decision in
            let mention = decision.mention
            guard let span = utf16(interview: mention.interview, turn: mention.turn, scalars: mention.start, mention.end) else { return nil }
            var target: PageDecision.Mention?
            if let to = decision.target {
                guard let other = utf16(interview: to.interview, turn: to.turn, scalars: to.start, to.end) else { return nil }
                target = PageDecision.Mention(interview: to.interview, turn: to.turn, start: other.start, end: other.end)
            }
            return PageDecision(action: decision.action.rawValue, interview: mention.interview, turn: mention.turn, start: span.start, end: span.end,
                                type: decision.type?.rawValue, to: target, pseudonym: decision.pseudonym)
        }
    }
}
