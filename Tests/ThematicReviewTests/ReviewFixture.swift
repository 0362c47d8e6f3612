import Foundation

/// A small session: two transcripts, five items in three queues, four entities. T02's second turn has a letter
/// outside ASCII and an emoji (two UTF-16 code units) before its spans, so offsets are checked in UTF-16 units.
enum ReviewFixture {
    static let turns: [String: [(speaker: String, text: String)]] = [
        "T01": [
            ("I1", "Where do you work, and with whom?"),
            ("P1", "I work at Sola with Ingrid. We share an office."),
            ("P1", "Ingrid started there in May."),
        ],
        "T02": [
            ("I1", "Did Marit help you at first?"),
            ("P2", "Åse 😀 moved to Bergen with Tor, so yes."),
        ],
    ]

    /// (id, interview, turn, text, type, entity, reason, queue), in queue order.
    static let itemRows: [(String, String, Int, String, String, String, String, String)] = [
        ("m1", "T01", 1, "Ingrid", "person", "person-1", "a name no list knows", "review"),
        ("m2", "T01", 1, "Sola", "place", "place-1", "also an ordinary word", "review"),
        ("m3", "T02", 0, "Marit", "person", "person-2", "found unreplaced by the leak gate", "gate"),
        ("m4", "T01", 2, "Ingrid", "person", "person-1", "first name list", "found"),
        ("m5", "T02", 1, "Bergen", "place", "place-2", "place list", "found"),
    ]

    /// The UTF-16 offsets of the first `word` in `text` (what the page and the session count in).
    static func span(of word: String, in text: String) -> (start: Int, end: Int) {
        let range = text.range(of: word)!
        let start = text.utf16.distance(from: text.utf16.startIndex, to: range.lowerBound)
        return (start, start + word.utf16.count)
    }

    static func text(_ interview: String, _ turn: Int) -> String { turns[interview]![turn].text }

    /// The span of `word` in a turn as the page's decisions name it.
    static func location(_ interview: String, _ turn: Int, _ word: String) -> [String: Any] {
        let (start, end) = span(of: word, in: text(interview, turn))
        return ["interview": interview, "turn": turn, "start": start, "end": end]
    }

    static var session: [String: Any] {
        let transcripts: [[String: Any]] = ["T01", "T02"].map { id in
            ["id": id, "turns": turns[id]!.enumerated().map { ["turn": $0.offset, "speaker": $0.element.speaker, "text": $0.element.text] }]
        }
        let items: [[String: Any]] = itemRows.map { row in
            let (start, end) = span(of: row.3, in: text(row.1, row.2))
            return ["id": row.0, "interview": row.1, "turn": row.2, "start": start, "end": end, "text": row.3, "type": row.4,
                    "entity": row.5, "reason": row.6, "queue": row.7]
        }
        let entities: [[String: Any]] = [
            ["id": "person-1", "type": "person", "label": "[person 1]", "pseudonym": NSNull(), "suggestions": ["Kari", "Liv"], "mentions": ["m1", "m4"]],
            ["id": "place-1", "type": "place", "label": "[place 1]", "pseudonym": NSNull(), "suggestions": [String](), "mentions": ["m2"]],
            ["id": "person-2", "type": "person", "label": "[person 2]", "pseudonym": NSNull(), "suggestions": ["Nora"], "mentions": ["m3"]],
            ["id": "place-2", "type": "place", "label": "[place 2]", "pseudonym": NSNull(), "suggestions": [String](), "mentions": ["m5"]],
        ]
        return [
            "study": "review-fixture",
            "types": ["person", "place", "org", "address", "date", "age", "phone", "email", "id", "other"],
            "transcripts": transcripts,
            "entities": entities,
            "items": items,
            "decisions": [Any](),
            "decisionsFile": "decisions.yaml",
        ]
    }
}
