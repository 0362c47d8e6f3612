import Foundation
import ThematicCore

/// Transcribers' notation inside a turn: `(laughs)`, `[inaudible 00:12:03]`, `[crosstalk]`, `(00:03:12)`.
///
/// Non-verbal notes become `<event>` elements and timestamps are taken out of the text, so word counts, coding and
/// quotes see only what was said. Brackets that hold words (an editor's `[the nursing home]`) stay text.
public enum Notation {
    /// First words of a note about something non-verbal, in English and Norwegian.
    static let eventWords: Set<String> = [
        "laughs", "laughing", "laughter", "laugh", "laughed", "chuckles", "chuckling", "giggles", "smiles", "smiling",
        "sighs", "sigh", "sighing", "coughs", "cough", "coughing", "clears", "sniffs", "yawns", "claps", "cries",
        "crying", "tearful", "whispers", "whispering", "nods", "nodding", "shrugs", "gestures", "pointing", "points",
        "inaudible", "unintelligible", "indistinct", "incomprehensible", "crosstalk", "cross-talk", "overlapping",
        "overtalk", "pause", "pauses", "paused", "pausing", "silence", "hesitates", "hesitation", "interruption",
        "interrupted", "interrupts", "noise", "music", "applause", "typing", "beep", "ringing", "knocking", "unclear",
        "ler", "latter", "humrer", "smiler", "sukker", "hoster", "kremter", "stillhet", "uhørbart", "uhørlig",
        "utydelig", "avbrytelse", "avbrutt", "bakgrunnsstøy", "støy", "musikk", "gråter", "hvisker", "nikker", "nøler",
    ]

    /// Words that begin a note only together with one of `eventWords` or `eventCompanions` later in it
    /// ("long pause", "both laugh", "phone rings"), since alone they begin ordinary bracketed words too.
    static let weakEventWords: Set<String> = [
        "long", "short", "brief", "both", "all", "end", "background", "phone", "telephone", "door", "recording", "audio",
        "tape", "break", "someone", "lang", "kort", "begge", "alle", "telefonen", "døren", "opptaket", "slutt",
    ]

    static let eventCompanions: Set<String> = [
        "rings", "ring", "opens", "closes", "stopped", "paused", "resumed", "ends", "noise", "recording", "interview",
        "knocks", "enters", "leaves", "ringer", "avsluttes", "pauses", "stoppet",
    ]

    /// The content of `text` as inline nodes, and how many timestamps were taken out of it.
    ///
    /// - Returns: the nodes (white space collapsed, trimmed), the time of a timestamp that opened the text, and the
    ///   number of timestamps removed elsewhere.
    public static func parse(_ text: String) -> (content: [InlineNode], leadingTime: Double?, removedTimestamps: Int) {
        var nodes: [InlineNode] = []
        var pending = ""
        var leadingTime: Double?
        var removed = 0
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func flushText() {
            if !pending.isEmpty { nodes.append(.text(pending)); pending = "" }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            guard let close = closing(scalar), let end = scalars[(index + 1)...].prefix(120).firstIndex(of: close) else {
                pending.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            var inner = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            inner = inner.trimmedSpace
            let atStart = nodes.isEmpty && pending.allSatisfy(\.isWhitespace)
            if let time = Timestamp.seconds(inner) {
                if atStart, leadingTime == nil { leadingTime = time } else { removed += 1 }
                index = end + 1
                continue
            }
            let words = noteWords(inner)
            if let first = words.first, first == "unclear", let colon = inner.firstIndex(of: ":") {
                // `[unclear: fourteen]`: the words were spoken, only heard uncertainly.
                pending += inner[inner.index(after: colon)...].trimmedSpace
                index = end + 1
                continue
            }
            if isNote(words) {
                flushText()
                let note = inner.split(separator: " ").filter { Timestamp.seconds($0) == nil }.joined(separator: " ")
                if note.count < inner.count { removed += 1 }
                nodes.append(.element(InlineElement(name: InlineElement.eventName, children: [.text(note)])))
                index = end + 1
                continue
            }
            pending.unicodeScalars.append(scalar)
            index += 1
        }
        flushText()
        return (tidy(nodes), leadingTime, removed)
    }

    private static func closing(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "[": "]"
        case "(": ")"
        default: nil
        }
    }

    private static func isEvent(first: String, rest: ArraySlice<String>) -> Bool {
        if eventWords.contains(first) { return true }
        return weakEventWords.contains(first) && rest.contains { eventWords.contains($0) || eventCompanions.contains($0) }
    }

    /// White space collapsed inside text nodes and trimmed at the ends; a space kept between words and events.
    static func tidy(_ nodes: [InlineNode]) -> [InlineNode] {
        var out: [InlineNode] = []
        for node in nodes {
            switch node {
            case .text(let text):
                var collapsed = ImportText.collapsingWhitespace(text)
                if collapsed.isEmpty { collapsed = text.isEmpty ? "" : " " }
                else {
                    if ImportText.isSpace(text.unicodeScalars.first!) { collapsed = " " + collapsed }
                    if ImportText.isSpace(text.unicodeScalars.last!) { collapsed += " " }
                }
                if !collapsed.isEmpty { out.append(.text(collapsed)) }
            case .element:
                out.append(node)
            }
        }
        if case .text(let first)? = out.first {
            let scalars = first.unicodeScalars
            let trimmed = String(scalars[(scalars.firstIndex { !ImportText.isSpace($0) } ?? scalars.endIndex)...])
            if trimmed.isEmpty { out.removeFirst() } else { out[0] = .text(trimmed) }
        }
        if case .text(let last)? = out.last {
            let scalars = last.unicodeScalars
            let end = scalars.lastIndex { !ImportText.isSpace($0) }.map { scalars.index(after: $0) } ?? scalars.startIndex
            let trimmed = String(scalars[..<end])
            if trimmed.isEmpty { out.removeLast() } else { out[out.count - 1] = .text(trimmed) }
        }
        return out
    }

    /// `a` followed by `b`, with one space between them where both have content.
    public static func joined(_ a: [InlineNode], _ b: [InlineNode]) -> [InlineNode] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        var out = a
        if case .text(let last)? = out.last, case .text(let first)? = b.first {
            out[out.count - 1] = .text(last + " " + first)
            out += b.dropFirst()
        } else if case .text(let last)? = out.last {
            out[out.count - 1] = .text(last + " ")
            out += b
        } else if case .text(let first)? = b.first {
            out.append(.text(" " + first))
            out += b.dropFirst()
        } else {
            out.append(.text(" "))
            out += b
        }
        return out
    }
}

extension Notation {
    /// Whether bracketed `text` is a transcriber's note of something non-verbal (`inaudible`, `both laugh`).
    public static func isNote(_ text: String) -> Bool {
        isNote(noteWords(text))
    }

    /// The lower-cased words of bracketed text, split at spaces and colons, punctuation trimmed.
    static func noteWords(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == ":" }).map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
    }

    private static func isNote(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return isEvent(first: first, rest: words.dropFirst())
    }
}

extension Notation {
    /// Content built from markup (TEI): white space collapsed and trimmed as for text transcripts.
    public static func tidyContent(_ nodes: [InlineNode]) -> [InlineNode] {
        var merged: [InlineNode] = []
        for node in nodes {
            if case .text(let text) = node, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + text)
            } else {
                merged.append(node)
            }
        }
        return tidy(merged)
    }
}

extension Notation {
    /// Content of `text` in which `((…))` is always a transcriber's note: GAT 2, cGAT and HIAT, the conventions of
    /// ELAN and EXMARaLDA transcripts, write pauses, non-verbal events and unclear passages so (`((0,3s))`,
    /// `((lacht))`, `((inc.))`), whatever words they hold. The rest is read as `parse` reads it.
    public static func parseDoubleParenthesised(_ text: String) -> [InlineNode] {
        var out: [InlineNode] = []
        var rest = text[...]
        while let open = rest.range(of: "(("), let close = rest[open.upperBound...].range(of: "))"),
              rest.distance(from: open.upperBound, to: close.lowerBound) <= 120 {
            out = joined(out, parse(String(rest[..<open.lowerBound])).content)
            let inner = rest[open.upperBound..<close.lowerBound].trimmedSpace
            if !inner.isEmpty {
                let isDuration = inner.range(of: #"^[0-9]+([.,][0-9]+)?\s*s$"#, options: .regularExpression) != nil
                out = joined(out, [.element(InlineElement(name: InlineElement.eventName, children: [.text(isDuration ? "pause (\(inner))" : inner)]))])
            }
            rest = rest[close.upperBound...]
        }
        return joined(out, parse(String(rest)).content)
    }
}
