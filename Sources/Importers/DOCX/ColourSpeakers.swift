import ThematicImport

/// Word transcripts typed with no labels at all, the speakers told apart only by font colour (the interviewee in red,
/// the interviewer in black): common where a researcher transcribes by hand. Each colour that holds a real share of
/// the paragraphs and alternates with another is a speaker, `Speaker 1`, `Speaker 2` … in order of first
/// appearance; a finding names the colours, so a wrong reading is seen and fixed with `--speaker` or `--interviewer`.
enum ColourSpeakers {
    /// Turns by colour, or nil when colour does not tell speakers apart (one colour, or a colour for a few words).
    static func document(_ paragraphs: [TextParagraph], colours: [String]) -> ImportedDocument? {
        guard paragraphs.count == colours.count, paragraphs.count >= 4 else { return nil }
        var shares: [String: Int] = [:]
        for colour in colours { shares[colour, default: 0] += 1 }
        // A colour of one paragraph in five or more is a voice; rarer colours are emphasis and go with the turn.
        let voices = Set(shares.filter { $0.value * 5 >= colours.count }.keys)
        guard voices.count >= 2 else { return nil }
        let voiced = colours.filter(voices.contains)
        let changes = zip(voiced, voiced.dropFirst()).filter { $0 != $1 }.count
        guard changes >= 3 else { return nil }

        var labels: [String: String] = [:]
        var document = ImportedDocument(turns: [])
        for (paragraph, colour) in zip(paragraphs, colours) {
            let parsed = Notation.parse(paragraph.text)
            guard !parsed.content.isEmpty else { continue }
            let label: String
            if voices.contains(colour) {
                label = labels[colour] ?? "Speaker \(labels.count + 1)"
                labels[colour] = label
            } else if let last = document.turns.last {
                label = last.label
            } else {
                continue
            }
            if var last = document.turns.last, last.label == label {
                last.content = Notation.joined(last.content, parsed.content)
                document.turns[document.turns.count - 1] = last
            } else {
                document.turns.append(ImportedTurn(label: label, content: parsed.content, start: parsed.leadingTime, location: paragraph.location))
            }
        }
        let named = labels.sorted { $0.value < $1.value }.map { "\($0.value) = \($0.key == "auto" ? "automatic (black)" : "#" + $0.key)" }
        document.findings.append(ImportFinding(location: "the whole file", "no speaker labels: speakers told apart by font colour (\(named.joined(separator: ", "))); check the roles, and name them with --speaker LABEL=ID"))
        return document
    }
}
