/// Companies by their legal form: one to six capitalised words (with `&`, `of`, `and`, `de` inside) before Inc, Ltd,
/// Limited, LLC, PLC, GmbH, AG, AS, ASA, S.A., N.V., B.V., Corp., Co., Oy, AB, S.p.A. … Care institutions are the
/// workplace recognizer's.
struct OrganisationRecognizer: Recognizer {
    var type: IdentifierType { .organisation }
    static let triggering = ["I worked for «Comverse Technology Inc.» before", "at «Thyrocare Technologies Ltd», then", "«Trinseo S.A.» is big",
                             "he joined «Equinor ASA» in", "«Bank of Marin Bancorp Corp.» said", "«Nordic Semiconductor AS» makes chips",
                             "and «Mimecast Limited»'s chief",
                             "at «KANDENKO CO.LTD.», then", "«TAOKA CHEMICAL COMPANYLIMITED» is", "of «DAISYO CORPORATION» and", "«FinWise Bancorp» is", "I work for «ETFS COMM/2X DAILY LONG»", "she was employed by «Rivet Software» until", "i was contracted through «quantara systems inc.» for", "the rollout was led by them at «thornbury & webb ltd.»"]
    static let nonTriggering = ["as good as it gets", "we use the AS model", "Ltd is short for limited", "Inc. is an abbreviation", "I work for the municipality", "I worked for NAV", "she works for the municipality at night"]

    /// Legal forms as written (case matters: "AS" is a form, "as" a word).
    static let forms: Set<String> = [
        "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "LLP", "PLC", "plc", "GmbH", "AG", "AS", "ASA", "SA",
        "S.A.", "NV", "N.V.", "BV", "B.V.", "Corp", "Corp.", "Corporation", "Co.", "Oy", "Oyj", "AB", "KG", "SpA", "S.p.A.", "Srl",
        "S.r.l.", "SE", "Pty", "Pty.", "SAS", "S.A.S.", "Sarl", "S.a.r.l.", "KK", "K.K.", "Bhd", "Bhd.", "Tbk", "ApS", "A/S",
        // Names written in capitals, as registers and stock lists print them.
        "INC", "INC.", "INCORPORATED", "LTD", "LTD.", "LIMITED", "CORP", "CORP.", "CORPORATION", "CO.LTD.", "Co.Ltd.", "CO.,LTD.",
        "Co.,Ltd.", "P.L.C.", "Bancorp", "BANCORP",
    ]
    /// Legal forms that are no ordinary word, recognised in lower-cased text too ("quantara systems inc.").
    static let unmistakableForms: Set<String> = ["inc", "inc.", "ltd", "ltd.", "llc", "plc", "gmbh", "corp.", "b.v.", "n.v.", "s.p.a.", "oyj", "asa"]
    /// Legal forms a register glues to the last word ("KAISHALTD.", "COMPANYLIMITED", "HOLDINGSINC.").
    static let gluedForms = ["LTD", "LIMITED", "INC"]
    static let joiners: Set<String> = ["&", "of", "and", "de", "du", "la", "the", "und", "og", "for"]
    /// The forms as bytes, by first byte, so a token is compared without making a string of it.
    static let formsByFirstByte: [UInt8: [[UInt8]]] = Dictionary(grouping: forms.map { Array($0.utf8) }, by: { $0[0] })


    func candidates(in text: TextView) -> [Candidate] {
        var found = employers(text)
        var index = 1
        while index < text.count {
            defer { index += 1 }
            guard text.isWord(index) || text.isPunct(index, "&") || text.isNumber(index) else { continue }
            if text.lowercaseText, let candidate = lowercaseCompany(text, index) {
                found.append(candidate)
                index = candidate.last
                continue
            }
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

    /// In lower-cased text: one to three words that are not function words before a legal form no word shares.
    private func lowercaseCompany(_ text: TextView, _ index: Int) -> Candidate? {
        guard text.isWord(index), index > 0 else { return nil }
        var last = index
        var form = text.lower(index)
        if text.isPunct(index + 1, "."), text.attached(index + 1) { form += "."; last = index + 1 }
        guard Self.unmistakableForms.contains(form) || Self.unmistakableForms.contains(text.lower(index)) else { return nil }
        var first = index
        var words = 0
        while words < 3, !text.isSentenceStart(first) {
            if text.isPunct(first - 1, "&"), text.isWord(first - 2) { first -= 1; continue }
            guard text.isWord(first - 1), !text.has(first - 1, .functionWord), !text.has(first - 1, .employmentVerb) else { break }
            first -= 1
            words += 1
        }
        guard first < index else { return nil }
        return Candidate(first: first, last: last, type: .organisation, confident: false, reason: "a company's legal form in lower-cased text")
    }

    /// "I work for ETFS COMM/2X DAILY", "employed by Rivet Software": capitalised words (and the `&`, `/`, `-`, `.` and
    /// digits glued inside them) after a verb of employment and "for", "by", "i" or "hos". A guess, listed for review.
    private func employers(_ text: TextView) -> [Candidate] {
        guard !text.lowercaseText, text.mayHave(.employmentVerb) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .employmentVerb) {
            let preposition = index + 1
            guard text.isWord(preposition, "for") || text.isWord(preposition, "by") || text.isWord(preposition, "hos") else { continue }
            var last = preposition
            var position = preposition + 1
            while position < text.count, position - preposition <= 12 {
                if text.isWord(position), text.isCapitalized(position) || isAllCapitals(text, position), !text.has(position, .functionWord) || isAllCapitals(text, position) {
                    last = position
                } else if text.isNumber(position) || text.isPunct(position, "&") || text.isPunct(position, "-") || text.isPunct(position, "/")
                            || text.isPunct(position, "."), text.attached(position) || text.isPunct(position, "&") {
                    // glued pieces ("COMM/2X", "EM.M") or an ampersand between words
                } else {
                    break
                }
                position += 1
            }
            guard last > preposition, !(preposition + 1...last).allSatisfy({ !text.isWord($0) || text.has($0, .allowed) || text.has($0, .workplaceWord) }) else { continue }
            if text.isPunct(last, ".") || text.isPunct(last, "-") { last -= 1 }
            found.append(Candidate(first: preposition + 1, last: last, type: .organisation, confident: false,
                                   reason: "capitalised name after a verb of employment", propagates: false, linksParts: false))
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
        if let glued = gluedForm(text, index) { return glued }
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

    /// "KAISHALTD.": a word in capitals ending in a legal form, with the dot after it.
    private func gluedForm(_ text: TextView, _ index: Int) -> (Int, String)? {
        guard text.isWord(index), index > 0, isAllCapitals(text, index), text.isWord(index - 1) || text.isPunct(index - 1, "-") else { return nil }
        let word = text.text(index, index)
        guard let form = Self.gluedForms.first(where: { word.hasSuffix($0) && word.count >= $0.count + 3 }) else { return nil }
        let last = text.isPunct(index + 1, ".") && text.attached(index + 1) ? index + 1 : index
        return (last, form)
    }
}
