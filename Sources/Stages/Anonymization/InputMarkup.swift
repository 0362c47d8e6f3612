import ThematicCore

/// What the input's own markup says before any recognizer reads the text.
///
/// - An `<anon>` without a `ref` was marked by a transcriber, not by this stage: its text is an identifier. The
///   element is unwrapped and its text joins the study's listed identifiers, so it is replaced (with a study-wide
///   label) here and everywhere else it occurs, and the leak gate protects it.
/// - Attributes of elements from other vocabularies (`<x:note who="…">`) can carry anything and no recognizer reads
///   them, so their values are dropped (namespace declarations stay, so the XML stays well-formed); the element and
///   its text, which is anonymized like all text, stay.
enum InputMarkup {
    /// The elements of Interview XML whose attributes are Thematic's own (and carry no free text).
    static let ownElements: Set<String> = ["anon", "event", "coded"]

    struct Prepared {
        var interviews: [Interview]
        /// Marked identifiers by type (`person`, …; unknown or missing types become `other`).
        var marked: [String: [String]]
        var droppedAttributes: Int
    }

    static func prepare(_ interviews: [Interview]) -> Prepared {
        var marked: [String: Set<String>] = [:]
        var dropped = 0
        let prepared = interviews.map { interview -> Interview in
            var interview = interview
            for index in interview.turns.indices {
                interview.turns[index].content = prepare(interview.turns[index].content, marked: &marked, dropped: &dropped)
            }
            return interview
        }
        return Prepared(interviews: prepared, marked: marked.mapValues { $0.sorted() }, droppedAttributes: dropped)
    }

    private static func prepare(_ nodes: [InlineNode], marked: inout [String: Set<String>], dropped: inout Int) -> [InlineNode] {
        var out: [InlineNode] = []
        for node in nodes {
            guard case .element(var element) = node else { out.append(node); continue }
            element.children = prepare(element.children, marked: &marked, dropped: &dropped)
            if element.name == "anon", element[attribute: "ref"] == nil {
                let text = element.children.allText.trimmingCharacters(in: .whitespacesAndNewlines)
                let type = element[attribute: "type"].flatMap(IdentifierType.init(rawValue:)) ?? .other
                if !text.isEmpty { marked[type.rawValue, default: []].insert(text) }
                for child in element.children { append(child, to: &out) }
                continue
            }
            if !ownElements.contains(element.name) || element.name.contains(":") {
                let kept = element.attributes.filter { $0.name == "xmlns" || $0.name.hasPrefix("xmlns:") }
                dropped += element.attributes.count - kept.count
                element.attributes = kept
            }
            out.append(.element(element))
        }
        return out
    }

    /// Keeps adjacent text nodes merged, as the reader does.
    private static func append(_ node: InlineNode, to nodes: inout [InlineNode]) {
        if case .text(let new) = node, case .text(let old)? = nodes.last {
            nodes[nodes.count - 1] = .text(old + new)
        } else {
            nodes.append(node)
        }
    }
}
