/// Companies by their legal form: one to six capitalised words (with `&`, `of`, `and`, `de` inside) before Inc, Ltd,
/// Limited, LLC, PLC, GmbH, AG, AS, ASA, S.A., N.V., B.V., Corp., Co., Oy, AB, S.p.A. … Care institutions are the
/// workplace recognizer's.
struct OrganisationRecognizer: Recognizer {
    var type: IdentifierType { .organisation }
    static let triggering = ["I worked for «Comverse Technology Inc.» before", "at «Thyrocare Technologies Ltd», then", "«Trinseo S.A.» is big",
                             "he joined «Equinor ASA» in", "«Bank of Marin Bancorp Corp.» said", "«Nordic Semiconductor AS» makes chips",
                             "and «Mimecast Limited»'s chief"]
    static let nonTriggering = ["as good as it gets", "we use the AS model", "Ltd is short for limited", "Inc. is an abbreviation"]

    /// Legal forms as written (case matters: "AS" is a form, "as" a word).
    static let forms: Set<String> = [
        "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "LLP", "PLC", "plc", "GmbH", "AG", "AS", "ASA", "SA",
        "S.A.", "NV", "N.V.", "BV", "B.V.", "Corp", "Corp.", "Corporation", "Co.", "Oy", "Oyj", "AB", "KG", "SpA", "S.p.A.", "Srl",
        "S.r.l.", "SE", "Pty", "Pty.", "SAS", "S.A.S.", "Sarl", "S.a.r.l.", "KK", "K.K.", "Bhd", "Bhd.", "Tbk", "ApS", "A/S",
    ]
    static let joiners: Set<String> = ["&", "of", "and", "de", "du", "la", "the", "und", "og", "for"]
    /// The forms as bytes, by first byte, so a token is compared without making a string of it.
    static let formsByFirstByte: [UInt8: [[UInt8]]] = Dictionary(grouping: forms.map { Array($0.utf8) }, by: { $0[0] })

    func candidates(in text: TextView) -> [Candidate] {
        var found: [Candidate] = []
        var index = 1
        while index < text.count {
            defer { index += 1 }
            guard text.isWord(index) || text.isPunct(index, "&") || text.isNumber(index) else { continue }
            guard let (formLast, _) = legalForm(text, at: index), !text.isSentenceStart(index) || index > 0 else { continue }
            // Walk back over the name before the form.
            var first = index
            var capitals = 0
            var position = index - 1
            while position >= 0, index - position <= 6 {
                if text.isWord(position), text.isCapitalized(position) || isAllCapitals(text, position) {
                    capitals += 1
                    first = position
                } else if text.isWord(position), Self.joiners.contains(text.lower(position)), capitals > 0 {
                    // kept only if a capital comes before it
                } else if text.isPunct(position, "&") || text.isPunct(position, "-") && text.attached(position) {
                } else if text.isNumber(position), capitals > 0 {
                } else {
                    break
                }
                if position > 0, text.isSentenceStart(position) { break }
                position -= 1
            }
            guard capitals > 0, first < index, let candidate = Optional(Candidate(first: first, last: formLast, type: .organisation)) else { continue }
            found.append(candidate)
            index = formLast
        }
        return found
    }

    private func isAllCapitals(_ text: TextView, _ index: Int) -> Bool {
        let token = text.tokens[index]
        return text.bytes[Int(token.start)..<Int(token.end)].allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || DigitGroups.isDigit($0) }
    }

    /// The last token of a legal form starting at `index` (one word, or an attached run such as "S.A." or "A/S").
    private func legalForm(_ text: TextView, at index: Int) -> (Int, String)? {
        let token = text.tokens[index]
        guard !token.newlineBefore, let candidates = Self.formsByFirstByte[text.bytes[Int(token.start)]] else { return nil }
        let start = Int(token.start)
        var best: (Int, String)?
        for form in candidates where start + form.count <= text.bytes.count {
            guard text.bytes[start..<(start + form.count)].elementsEqual(form) else { continue }
            // "Mimecast Limited's": the tokenizer keeps a possessive inside the word.
            let tokenEnd = Int(text.tokens[index].end)
            let possessive = tokenEnd > start + form.count && (text.bytes[(start + form.count)..<tokenEnd].elementsEqual("'s".utf8)
                || text.bytes[(start + form.count)..<tokenEnd].elementsEqual("\u{2019}s".utf8))
            if possessive {
                if best == nil { best = (index, String(decoding: form, as: UTF8.self)) }
                continue
            }
            guard let span = text.tokenSpan(bytes: start..<(start + form.count)), span.first == index,
                  Int(text.tokens[span.last].end) == start + form.count else { continue }
            if best.map({ span.last > $0.0 }) ?? true { best = (span.last, String(decoding: form, as: UTF8.self)) }
        }
        guard let best else { return nil }
        // The form ends the name: what follows is not a word glued to it.
        if best.0 + 1 < text.count, text.attached(best.0 + 1), text.isWord(best.0 + 1) { return nil }
        return best
    }
}
