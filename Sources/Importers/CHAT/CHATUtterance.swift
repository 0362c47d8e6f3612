import Foundation
import ThematicCore
import ThematicImport

/// One CHAT main-tier utterance read into readable words, events and its time bullet.
struct CHATUtterance {
    var content: [InlineNode] = []
    var start: Double?
    var end: Double?

    /// Symbols of CHAT's conversation-analysis and prosody notation: marks on words, not words.
    static let notationSymbols: Set<Character> = [
        "↑", "↓", "⇗", "↗", "→", "↘", "⇘", "∞", "≋", "≈", "≠", "∆", "∇", "°", "▔", "▁", "☺", "♋", "⁎", "⁇", "∙",
        "⌈", "⌉", "⌊", "⌋", "^", "“", "”", "<", ">", "~", "ʔ", "ʕ", "∬", "Ϋ", "∲", "§", "∾", "↻", "Ἡ", "ḥ", "ʰ",
    ]

    init(_ raw: String) {
        let text = readBullets(raw)
        var nodes: [InlineNode] = []
        var words: [String] = []
        func flush() {
            // Spaces either side, so words never run into an event; the tidying trims them at the ends.
            if !words.isEmpty { nodes.append(.text(" " + words.joined(separator: " ") + " ")); words = [] }
        }
        func addEvent(_ note: String) {
            flush()
            nodes.append(Self.event(note))
        }
        func addPunctuation(_ mark: String) {
            if let last = words.indices.last { words[last] += mark } else if !nodes.isEmpty { words.append(mark) }
        }
        for token in Self.tokens(text) {
            switch token {
            case .code(let inner):
                // `[=! laughs]` paralinguistics and `[% …]` comments are notes; every other bracket code marks the
                // words (retracing, overlap, error, replacement, explanation, postcode) and is not spoken.
                if inner.hasPrefix("=!") { addEvent(String(inner.dropFirst(2)).trimmedSpace) }
                else if inner.hasPrefix("%") { addEvent(String(inner.dropFirst()).trimmedSpace) }
            case .word(let word):
                switch Self.read(word) {
                case .spoken(let spoken): if !spoken.isEmpty { words.append(spoken) }
                case .punctuation(let mark): addPunctuation(mark)
                case .event(let note): addEvent(note)
                case .nothing: break
                }
            }
        }
        flush()
        content = Notation.tidyContent(nodes)
    }

    /// Takes the time bullets (`·start_end·`, milliseconds) out of `raw`, keeping the first start and the last end.
    private mutating func readBullets(_ raw: String) -> String {
        var text = ""
        var inBullet = false
        var bullet = ""
        for scalar in raw.unicodeScalars {
            if scalar == "\u{15}" {
                if inBullet {
                    let numbers = bullet.split(separator: "_").compactMap { Double($0.drop { !$0.isNumber }) }
                    if numbers.count >= 2 {
                        if start == nil { start = numbers[numbers.count - 2] / 1000 }
                        end = numbers[numbers.count - 1] / 1000
                    }
                    bullet = ""
                }
                inBullet.toggle()
                text += " "
            } else if inBullet {
                bullet.unicodeScalars.append(scalar)
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    enum Token { case word(String), code(String) }

    /// Whitespace-separated words, with `[…]` codes as single tokens wherever they stand.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var code: String?
        func flush() {
            if !word.isEmpty { tokens.append(.word(word)); word = "" }
        }
        for character in text {
            if var open = code {
                if character == "]" { tokens.append(.code(open.trimmedSpace)); code = nil } else { open.append(character); code = open }
            } else if character == "[" {
                flush()
                code = ""
            } else if character.isWhitespace {
                flush()
            } else {
                word.append(character)
            }
        }
        flush()
        if let open = code { tokens.append(.word("[" + open)) }
        return tokens
    }

    enum Reading { case spoken(String), punctuation(String), event(String), nothing }

    /// What one word of a main tier is.
    static func read(_ token: String) -> Reading {
        switch token {
        case ".", "!", "?", ",", ";", ":": return .punctuation(token)
        case "‡", "„": return .punctuation(",")
        case "(.)": return .nothing
        case "(..)", "(...)": return .event("pause")
        default: break
        }
        if token.hasPrefix("(") && token.hasSuffix(")"), let seconds = Double(token.dropFirst().dropLast().replacingOccurrences(of: ":", with: "")) {
            return .event("pause \(seconds.formatted()) s")
        }
        if token.hasPrefix("+") {
            // Terminators and linkers (`+...`, `+/.`, `+//?`, `+<`, `+"`): their punctuation, if any.
            if token.contains("?") { return .punctuation("?") }
            if token.contains("!") { return .punctuation("!") }
            if token.contains("...") || token.contains("/") { return .punctuation("...") }
            return .nothing
        }
        if token.hasPrefix("#") || token.hasPrefix("$") { return .nothing }
        if token.hasPrefix("&=") {
            return .event(token.dropFirst(2).replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: ":", with: " "))
        }
        var word = Substring(token)
        if word.hasPrefix("&*"), let colon = word.firstIndex(of: ":") { word = word[word.index(after: colon)...] }
        if word.hasPrefix("&") { word = word.drop { $0 == "&" || $0 == "-" || $0 == "+" || $0 == "~" } }
        // `0is`: a word the speaker left out, written for analysis; not spoken.
        if word.hasPrefix("0") { return .nothing }
        if let at = word.firstIndex(of: "@"), at != word.startIndex { word = word[..<at] }
        let lowered = word.lowercased()
        if lowered == "xxx" || lowered == "yyy" || lowered == "xx" || lowered == "yy" { return .event("unintelligible") }
        if lowered == "www" { return .event("untranscribed") }
        var spoken = ""
        for character in word {
            switch character {
            case "(", ")", ":": continue
            case "_", "+": spoken.append(" ")
            default: if !notationSymbols.contains(character) { spoken.append(character) }
            }
        }
        return .spoken(spoken.trimmedSpace)
    }

    static func event(_ note: String) -> InlineNode {
        .element(InlineElement(name: InlineElement.eventName, children: [.text(note)]))
    }

    /// Removes characters XML 1.0 cannot hold (stray control characters); how many.
    mutating func removeCharactersXMLForbids() -> Int {
        var removed = 0
        content = content.map { node in
            guard case .text(let text) = node else { return node }
            var kept = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if XMLCharacters.isAllowed(scalar) { kept.append(scalar) } else { removed += 1 }
            }
            return .text(String(kept))
        }
        return removed
    }
}
