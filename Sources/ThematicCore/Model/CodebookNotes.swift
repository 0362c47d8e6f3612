import Foundation

/// Notes and sets of a project an interactive tool made (REFI-QDA `Notes`, `Sets`): kept with the codebook because
/// they name its codes, and because the codebook is what reaches the REFI-QDA export, which writes them back.
extension Codebook {
    /// A note (memo) and the codes and interviews the project attached it to.
    public struct Note: Hashable, Sendable {
        public var name: String
        public var text: String
        /// Code ids.
        public var codes: [String]
        /// Interview ids.
        public var interviews: [String]
        /// Stretches of interviews the note is attached to (a memo on a coded passage).
        public var selections: [Anchor]
        /// The note is the comment of its selections (REFI-QDA: the selection's `Description`, as ATLAS.ti writes a
        /// quotation's comment), written back there rather than as a `Note` with `NoteRef`s. `comment: true`.
        public var isSelectionComment: Bool
        /// The 1-based line in the codebook file, for messages.
        public var line: Int

        public init(name: String, text: String, codes: [String] = [], interviews: [String] = [], selections: [Anchor] = [],
                    isSelectionComment: Bool = false, line: Int = 0) {
            self.name = name
            self.text = text
            self.codes = codes
            self.interviews = interviews
            self.selections = selections
            self.isSelectionComment = isSelectionComment
            self.line = line
        }
    }

    /// A stretch of an interview a note is attached to (REFI-QDA: a `NoteRef` on a `PlainTextSelection`): from an
    /// offset into one turn's words to an offset into the same or a later turn's (end exclusive), counted as coding
    /// tables count them. Written `"P01 3:0-4:25"` in codebook.yaml.
    public struct Anchor: Hashable, Sendable, CustomStringConvertible {
        public var interview: String
        public var turn: Int
        public var start: Int
        public var endTurn: Int
        public var end: Int

        public init(interview: String, turn: Int, start: Int, endTurn: Int, end: Int) {
            self.interview = interview
            self.turn = turn
            self.start = start
            self.endTurn = endTurn
            self.end = end
        }

        public var description: String { "\(interview) \(turn):\(start)-\(endTurn):\(end)" }

        /// `"P01 3:0-4:25"`; nil when the text is not one.
        public init?(_ text: String) {
            guard let space = text.lastIndex(of: " ") else { return nil }
            let numbers = text[text.index(after: space)...].split(separator: "-").map { $0.split(separator: ":").map { Int($0) } }
            guard numbers.count == 2, numbers.allSatisfy({ $0.count == 2 && !$0.contains(nil) }) else { return nil }
            let (turn, start, endTurn, end) = (numbers[0][0]!, numbers[0][1]!, numbers[1][0]!, numbers[1][1]!)
            let interview = String(text[..<space]).trimmingCharacters(in: .whitespaces)
            guard !interview.isEmpty, turn >= 0, start >= 0, endTurn > turn || (endTurn == turn && end > start) else { return nil }
            self.init(interview: interview, turn: turn, start: start, endTurn: endTurn, end: end)
        }
    }

    /// A set: a named grouping of codes and interviews.
    public struct Grouping: Hashable, Sendable {
        public var name: String
        public var description: String
        /// Code ids.
        public var codes: [String]
        /// Interview ids.
        public var interviews: [String]
        /// The 1-based line in the codebook file, for messages.
        public var line: Int

        public init(name: String, description: String = "", codes: [String] = [], interviews: [String] = [], line: Int = 0) {
            self.name = name
            self.description = description
            self.codes = codes
            self.interviews = interviews
            self.line = line
        }
    }
}
