import ThematicCore

/// Characters an imported transcript may hold but Interview XML (XML 1.0) cannot: C0 control characters other than
/// tab and line breaks (ESC, BEL, SOH … from terminal logs, damaged exports, speech recognisers) and the
/// noncharacters U+FFFE and U+FFFF. Every importer's document passes here (`StudyImport.read`), so no format can write
/// a study that `analyze` then refuses.
///
/// They are dropped, not refused: a user importing a terminal log expects its words, not an error about colours.
/// A terminal escape sequence goes whole (`ESC [ 31 m` and `ESC ] … BEL`, not just its ESC, which would leave `[31m`
/// in the text), every other such character alone; each turn, label or header line that lost some is reported in
/// `import-report.json` with its place in the source file and the count. In the sources of a project, whose
/// codings count characters, each dropped character becomes a space instead, so every selection keeps its place.
public enum XMLCharacters {
    /// Whether XML 1.0 allows `scalar` in text (Swift scalars are never surrogates).
    @inline(__always)
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// `text` without the characters XML cannot hold (and the escape sequences they open), and how many of those
    /// characters there were; with `keepingOffsets`, each character that went is a space instead.
    public static func cleaned(_ text: String, keepingOffsets: Bool = false) -> (text: String, removed: Int) {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return (text, 0) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var removed = 0
        var index = 0
        func drop(_ count: Int) {
            removed += 1
            if keepingOffsets { for _ in 0..<count { out.append(" ") } }
            index += count
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if isAllowed(scalar) { out.append(scalar); index += 1; continue }
            drop(scalar == "\u{1B}" ? escapeSequenceLength(scalars, at: index) : 1)
        }
        return (String(out), removed)
    }

    /// The length of the ECMA-48 escape sequence at `start` (an ESC): a control sequence `ESC [ parameters
    /// intermediates final`, an operating-system command `ESC ] … BEL` or `ESC ] … ESC \`, or `ESC intermediates
    /// final`; just the ESC when what follows is none of these.
    static func escapeSequenceLength(_ scalars: [Unicode.Scalar], at start: Int) -> Int {
        var index = start + 1
        guard index < scalars.count else { return 1 }
        func value(_ i: Int) -> UInt32 { scalars[i].value }
        switch scalars[index] {
        case "[":
            index += 1
            while index < scalars.count, (0x30...0x3F).contains(value(index)) { index += 1 }
            while index < scalars.count, (0x20...0x2F).contains(value(index)) { index += 1 }
            guard index < scalars.count, (0x40...0x7E).contains(value(index)) else { return 1 }
            return index + 1 - start
        case "]":
            // Bounded, so a stray ESC ] does not swallow a transcript: titles and links are short.
            let limit = min(scalars.count, index + 512)
            index += 1
            while index < limit {
                if scalars[index] == "\u{07}" { return index + 1 - start }
                if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "\\" { return index + 2 - start }
                if scalars[index] == "\n" { break }
                index += 1
            }
            return 1
        default:
            while index < scalars.count, (0x20...0x2F).contains(value(index)) { index += 1 }
            guard index < scalars.count, (0x30...0x7E).contains(value(index)) else { return 1 }
            return index + 1 - start
        }
    }

    /// The finding for `removed` control characters dropped from `what` at `location`.
    static func finding(_ removed: Int, location: String, from what: String) -> ImportFinding {
        ImportFinding(location: location, "\(removed) control character\(removed == 1 ? "" : "s") that XML cannot hold (ESC, BEL, U+FFFE …) removed from \(what), with the terminal escape sequences they open")
    }

    /// The document with every text, label and header value cleaned, and a finding for each place that lost characters.
    static func cleaned(_ document: ImportedDocument) -> ImportedDocument {
        var document = document
        var findings: [ImportFinding] = []
        func note(_ removed: Int, _ location: String, _ what: String) {
            guard removed > 0 else { return }
            findings.append(finding(removed, location: location, from: what))
        }
        for index in document.turns.indices {
            var turn = document.turns[index]
            var removed = 0
            turn.content = cleaned(turn.content, removed: &removed)
            note(removed, turn.location, "the turn")
            let label = cleaned(turn.label)
            note(label.removed, turn.location, "the speaker label")
            turn.label = label.text
            document.turns[index] = turn
        }
        for index in document.metadata.indices {
            var field = document.metadata[index]
            let key = cleaned(field.key), value = cleaned(field.value)
            note(key.removed + value.removed, field.location, "the header line")
            (field.key, field.value) = (key.text, value.text)
            document.metadata[index] = field
        }
        for index in document.declaredSpeakers.indices {
            var speaker = document.declaredSpeakers[index]
            let label = cleaned(speaker.label), name = speaker.name.map { cleaned($0) }
            note(label.removed + (name?.removed ?? 0), "speaker '\(quoting: label.text)'", "the speaker's declaration")
            speaker.label = label.text
            speaker.name = name?.text
            document.declaredSpeakers[index] = speaker
        }
        document.affiliations = document.affiliations.map { cleaned($0).text }
        document.findings += findings
        return document
    }

    private static func cleaned(_ nodes: [InlineNode], removed: inout Int) -> [InlineNode] {
        nodes.map { node in
            switch node {
            case .text(let text):
                let result = cleaned(text)
                removed += result.removed
                return .text(result.text)
            case .element(var element):
                element.attributes = element.attributes.map { attribute in
                    var attribute = attribute
                    let result = cleaned(attribute.value)
                    removed += result.removed
                    attribute.value = result.text
                    return attribute
                }
                element.children = cleaned(element.children, removed: &removed)
                return .element(element)
            }
        }
    }

    /// The project with each source's text cleaned in place (spaces for what went, so selections keep their
    /// offsets), and a finding for each line that lost characters.
    static func cleaned(_ project: ImportedProject) -> ImportedProject {
        var project = project
        for index in project.sources.indices {
            let source = project.sources[index]
            guard source.text.unicodeScalars.contains(where: { !isAllowed($0) }) else { continue }
            var text = ""
            for (number, line) in ImportText.lines(source.text).enumerated() {
                let result = cleaned(String(line), keepingOffsets: true)
                if number > 0 { text += "\n" }
                text += result.text
                if result.removed > 0 {
                    project.findings.append(ImportFinding(location: "\(source.name) line \(number + 1)",
                        "\(result.removed) control character\(result.removed == 1 ? "" : "s") that XML cannot hold (ESC, BEL, U+FFFE …) replaced by spaces, with the terminal escape sequences they open (the codings keep their places)"))
                }
            }
            project.sources[index].text = text
        }
        for index in project.notes.indices where project.notes[index].text.unicodeScalars.contains(where: { !isAllowed($0) }) {
            let result = cleaned(project.notes[index].text, keepingOffsets: true)
            project.notes[index].text = result.text
            project.findings.append(ImportFinding(location: "the note '\(project.notes[index].name)'", "\(result.removed) control character\(result.removed == 1 ? "" : "s") that XML cannot hold replaced by spaces"))
        }
        return project
    }
}
