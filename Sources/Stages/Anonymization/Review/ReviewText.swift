import ThematicCore

/// A turn's text as the reviewer sees it and as review decisions point into it: every text node the anonymizer
/// reads, in order (events included — "phone call from …" carries names), joined.
///
/// Decisions name spans by Unicode-scalar offsets into this text and carry its digest, so a transcript edited after
/// the review makes a decision stale (an error), never a replacement in the wrong place.
public struct ReviewText: Sendable {
    /// One text node: where it is in the turn's markup, and where its bytes start in `text`'s UTF-8.
    struct Piece: Sendable {
        var path: [Int]
        var byteStart: Int
        var byteCount: Int
    }

    public let turn: Int
    public let text: String
    /// The text's bytes, kept: offsets are converted per finding.
    let utf8: [UInt8]
    let pieces: [Piece]

    public init(_ turn: Turn) {
        self.turn = turn.index
        var text = ""
        var pieces: [Piece] = []
        var offset = 0
        Self.visit(turn.content, path: []) { node, path in
            pieces.append(Piece(path: path, byteStart: offset, byteCount: node.utf8.count))
            offset += node.utf8.count
            text += node
        }
        self.text = text
        utf8 = Array(text.utf8)
        self.pieces = pieces
    }

    /// The same walk as the anonymizer's: text nodes outside replacements it already made.
    private static func visit(_ nodes: [InlineNode], path: [Int], _ body: (String, [Int]) -> Void) {
        for (index, node) in nodes.enumerated() {
            switch node {
            case .text(let text): body(text, path + [index])
            case .element(let element):
                guard !Anonymizer.isReplacement(element) else { continue }
                visit(element.children, path: path + [index], body)
            }
        }
    }

    /// The digest a decision carries (SHA-256 of the text, hex, first 16 digits: enough to tell an edit).
    public var digest: String { String(Digest.sha256(text).prefix(16)) }

    /// The place and byte range of a span given in Unicode scalars, when it lies inside one text node.
    func place(scalars range: Range<Int>) -> (place: TextPlace, bytes: Range<Int>)? {
        guard let start = byteOffset(scalar: range.lowerBound), let end = byteOffset(scalar: range.upperBound), start < end else { return nil }
        for piece in pieces where piece.byteStart <= start && end <= piece.byteStart + piece.byteCount {
            return (.turn(turn, piece.path), (start - piece.byteStart)..<(end - piece.byteStart))
        }
        return nil
    }

    /// The span in Unicode scalars of a byte range of one text node (a finding's place).
    func scalars(path: [Int], bytes: Range<Int>) -> Range<Int>? {
        guard let piece = pieces.first(where: { $0.path == path }) else { return nil }
        func scalarOffset(_ byte: Int) -> Int {
            var count = 0
            for index in 0..<byte where utf8[index] & 0xC0 != 0x80 { count += 1 }
            return count
        }
        return scalarOffset(piece.byteStart + bytes.lowerBound)..<scalarOffset(piece.byteStart + bytes.upperBound)
    }

    /// The text of a span in Unicode scalars (nil when out of range).
    public func span(_ range: Range<Int>) -> String? {
        let scalars = text.unicodeScalars
        guard range.lowerBound >= 0, range.upperBound <= scalars.count, range.lowerBound < range.upperBound else { return nil }
        let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let end = scalars.index(start, offsetBy: range.count)
        return String(scalars[start..<end])
    }

    private func byteOffset(scalar: Int) -> Int? {
        guard scalar >= 0 else { return nil }
        var seen = 0
        for (byte, value) in text.utf8.enumerated() where value & 0xC0 != 0x80 {
            if seen == scalar { return byte }
            seen += 1
        }
        return seen == scalar ? text.utf8.count : nil
    }
}
