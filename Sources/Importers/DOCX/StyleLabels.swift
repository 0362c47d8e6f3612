import ThematicImport

/// Word records that set each speaker on a paragraph of its own style, the words below in the body's style: a
/// parliament's Diari de Sessions (`D3Intervinent` above `D3Textnormal`), a court's or a committee's minutes. The
/// label carries no colon and no bold, and it may be long (`El president de la Mesa d’Edat (Ernest Maragall i
/// Mira)`), so no label rule reads it; the style does. A style marks speakers when
///
/// - it is not the body's (the style that holds most of the words), and at least three of its paragraphs have a
///   label's shape: twelve words or fewer, no sentence's end (`.`, `?`, `!`), a letter first, and speech below (of
///   another style, or of this one given by mistake: not another such paragraph);
/// - four in five of its paragraphs have that shape (a paragraph of speech given the label's style by mistake, as a
///   typist does, is read as speech), and at least one label recurs: a speaker speaks again, a heading does not.
enum StyleLabels {
    /// Marks the paragraphs that are labels by their style; returns a finding naming the style, or nil.
    static func mark(_ paragraphs: inout [TextParagraph], styles: [String]) -> ImportFinding? {
        guard paragraphs.count == styles.count, paragraphs.count >= 4 else { return nil }
        let words = paragraphs.map { $0.text.split(whereSeparator: \.isWhitespace).count }
        var wordsByStyle: [String: Int] = [:]
        var indicesByStyle: [String: [Int]] = [:]
        for index in paragraphs.indices {
            wordsByStyle[styles[index], default: 0] += words[index]
            indicesByStyle[styles[index], default: []].append(index)
        }
        guard let body = wordsByStyle.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return nil }
        func isShort(_ index: Int) -> Bool {
            let text = paragraphs[index].text.trimmedSpace
            guard words[index] <= 12, text.count <= 100, let first = text.first, first.isLetter, let last = text.last else { return false }
            return !".?!…".contains(last)
        }
        // Words below: the next paragraph is speech, of another style or of this one by mistake, not another label.
        func hasLabelShape(_ index: Int) -> Bool {
            isShort(index) && index + 1 < paragraphs.count && !(styles[index + 1] == styles[index] && isShort(index + 1))
        }
        var best: (style: String, labels: [Int])?
        for (style, indices) in indicesByStyle.sorted(by: { $0.key < $1.key }) where !style.isEmpty && style != body {
            let labels = indices.filter(hasLabelShape)
            guard labels.count >= 3, labels.count * 5 >= indices.count * 4 else { continue }
            var said: [String: Int] = [:]
            for index in labels { said[SpeakerLabel.normalized(SpeakerLabel.split(paragraphs[index].text).label), default: 0] += 1 }
            guard said.count >= 2, said.values.contains(where: { $0 >= 2 }) else { continue }
            if labels.count > best?.labels.count ?? 0 { best = (style, labels) }
        }
        guard let best else { return nil }
        for index in best.labels { paragraphs[index].labelByStyle = true }
        let speech = (indicesByStyle[best.style]?.count ?? 0) - best.labels.count
        return ImportFinding(location: "the whole file", "speakers from the paragraph style '\(best.style)': \(best.labels.count) paragraphs of it name the speaker of the paragraphs below"
                             + (speech > 0 ? "; \(speech) of its paragraphs with a sentence's shape were read as speech" : ""))
    }
}
