import ThematicCore

/// Puts `<anon type ref>label</anon>` elements in place of findings, leaving all other markup as it was.
enum Rewriter {
    static func rewrite(_ interview: Interview, findings: [Finding], registry: EntityRegistry) -> Interview {
        var result = interview
        var byPlace: [TextPlace: [Finding]] = [:]
        var turnsWithFindings: Set<Int> = []
        for finding in findings {
            byPlace[finding.place, default: []].append(finding)
            turnsWithFindings.insert(finding.turn)
        }
        for index in result.turns.indices {
            let turn = result.turns[index].index
            guard turnsWithFindings.contains(turn) else { continue }
            result.turns[index].content = rewrite(result.turns[index].content, path: [], turn: turn, byPlace: byPlace, registry: registry)
        }
        if let setting = result.meta.setting, let found = byPlace[.setting] { result.meta.setting = plain(setting, found, registry) }
        if let notes = result.meta.fieldNotes, let found = byPlace[.fieldNotes] { result.meta.fieldNotes = plain(notes, found, registry) }
        return result
    }

    private static func rewrite(_ nodes: [InlineNode], path: [Int], turn: Int, byPlace: [TextPlace: [Finding]], registry: EntityRegistry) -> [InlineNode] {
        var out: [InlineNode] = []
        for (index, node) in nodes.enumerated() {
            switch node {
            case .text(let text):
                guard let found = byPlace[.turn(turn, path + [index])], !found.isEmpty else { out.append(node); continue }
                out += split(text, found, registry)
            case .element(var element):
                if !Anonymizer.isReplacement(element) {
                    element.children = rewrite(element.children, path: path + [index], turn: turn, byPlace: byPlace, registry: registry)
                }
                out.append(.element(element))
            }
        }
        return out
    }

    private static func split(_ text: String, _ findings: [Finding], _ registry: EntityRegistry) -> [InlineNode] {
        let bytes = Array(text.utf8)
        var out: [InlineNode] = []
        var cursor = 0
        for finding in findings.sorted(by: { $0.byteStart < $1.byteStart }) where finding.byteStart >= cursor {
            if finding.byteStart > cursor { out.append(.text(String(decoding: bytes[cursor..<finding.byteStart], as: UTF8.self))) }
            let (ref, label) = registry.replacement(for: finding)
            out.append(.element(InlineElement(name: "anon", attributes: [Attribute("type", registry.entityType(for: finding).rawValue), Attribute("ref", ref)],
                                              children: [.text(label)])))
            cursor = finding.byteEnd
        }
        if cursor < bytes.count { out.append(.text(String(decoding: bytes[cursor...], as: UTF8.self))) }
        return out
    }

    private static func plain(_ text: String, _ findings: [Finding], _ registry: EntityRegistry) -> String {
        split(text, findings, registry).map { node in
            switch node {
            case .text(let value): value
            case .element(let element): element.children.allText
            }
        }.joined()
    }

    /// Where the findings replaced text in each turn's spoken text (events, which are not spoken text, left out).
    static func replacements(_ interview: Interview, findings: [Finding], registry: EntityRegistry) -> [Int: [TextReplacements.Replacement]] {
        var byPlace: [TextPlace: [Finding]] = [:]
        for finding in findings { byPlace[finding.place, default: []].append(finding) }
        var result: [Int: [TextReplacements.Replacement]] = [:]
        for turn in interview.turns {
            var spans: [(originalStart: Int, originalEnd: Int, length: Int)] = []
            var offset = 0
            func walk(_ nodes: [InlineNode], path: [Int], inEvent: Bool) {
                for (index, node) in nodes.enumerated() {
                    switch node {
                    case .text(let text):
                        guard !inEvent else { continue }
                        if let found = byPlace[.turn(turn.index, path + [index])] {
                            let bytes = Array(text.utf8)
                            for finding in found {
                                let start = offset + String(decoding: bytes[0..<finding.byteStart], as: UTF8.self).unicodeScalars.count
                                let end = offset + String(decoding: bytes[0..<finding.byteEnd], as: UTF8.self).unicodeScalars.count
                                spans.append((start, end, registry.replacement(for: finding).text.unicodeScalars.count))
                            }
                        }
                        offset += text.unicodeScalars.count
                    case .element(let element):
                        walk(element.children, path: path + [index], inEvent: inEvent || element.name == InlineElement.eventName)
                    }
                }
            }
            walk(turn.content, path: [], inEvent: false)
            guard !spans.isEmpty else { continue }
            var shift = 0
            var replacements: [TextReplacements.Replacement] = []
            for span in spans.sorted(by: { $0.originalStart < $1.originalStart }) {
                let newStart = span.originalStart + shift
                replacements.append(.init(originalStart: span.originalStart, originalEnd: span.originalEnd, newStart: newStart, newEnd: newStart + span.length))
                shift += span.length - (span.originalEnd - span.originalStart)
            }
            result[turn.index] = replacements
        }
        return result
    }
}
