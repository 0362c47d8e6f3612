/// Postcodes where their context says so: US ZIP codes (`12345`, `12345-6789`) after a state abbreviation, a
/// country or a cue ("ZIP", "postcode", "postnummer"), four or five digits after the region code that ends an
/// address line ("BARKLY QLD 4825", "Bicske FE 2063"), and British and Canadian postcodes by their shape
/// (`SW1A 1AA`, `M1 1AE`, `S4P 3Y2`). Numbers without such context are left to the other recognizers.
struct PostcodeRecognizer: Recognizer {
    var type: IdentifierType { .postcode }
    static let triggering = ["Laurel Springs, NJ «06666» is", "ZIP: «63409»", "Poznań, Poland «86021»", "London «SW1A 1AA» is", "my postcode is «M1 1AE».",
                             "Regina «S4P 3Y2» today", "moved to 53 castle terrace, curitiba «eh8 2nq» last year", "zip code «94105-1234»", "My zip code is «40200»", "ZIP: «7287»", "Sweden «312 18» is",
                             "Barkly QLD «4825»", "Cyprus (Greek) «15536»", "My zip code is «70-746»"]
    static let nonTriggering = ["we had 12345 visits", "in 2023 we", "the M1 motorway", "the A4 paper", "NJ has 21 counties", "the ICU 2020 figures", "we had NAV 3000 kroner", "in the ICU 12345 times"]

    static let states: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
        "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
        "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "AA", "AE", "AP",
    ]

    func candidates(in text: TextView) -> [Candidate] {
        // Every postcode has a digit.
        guard text.hasNumbers || text.bytes.contains(where: DigitGroups.isDigit) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count {
            if text.isNumber(index), let candidate = zip(text, index) { found.append(candidate); continue }
            let token = text.tokens[index]
            let first = text.bytes[Int(token.start)]
            // Capitals only, or in lower-cased text (speech to text) lower case only.
            guard first >= 0x41 && first <= 0x5A || text.lowercaseText && first >= 0x61 && first <= 0x7A, token.end - token.start <= 4 else { continue }
            if text.isWord(index), let last = britishOrCanadian(text, index) {
                found.append(Candidate(first: index, last: last, type: .postcode))
            }
        }
        return found
    }

    private func zip(_ text: TextView, _ index: Int) -> Candidate? {
        guard !(text.attached(index) && (text.isWord(index - 1) || text.isNumber(index - 1))) else { return nil }
        // What stands before: a cue ("ZIP:", "my zip code is"), a state abbreviation, or a country.
        var previous = index - 1
        while previous >= 0, text.isPunct(previous, ",") || text.isPunct(previous, ":") { previous -= 1 }
        if text.isWord(previous, "is") { previous -= 1 }
        // "Cyprus (Greek) 15536": a country's qualifier in brackets.
        if text.isPunct(previous, ")"), text.isWord(previous - 1), text.isPunct(previous - 2, "(") { previous -= 3 }
        guard previous >= 0, text.isWord(previous) else { return nil }
        let written = text.text(previous, previous)
        let cue = text.cues.postcodeCues.contains(text.lower(previous))
            || text.isWord(previous, "code") && (text.isWord(previous - 1, "zip") || text.isWord(previous - 1, "postal") || text.isWord(previous - 1, "post"))
        let state = Self.states.contains(written) || endsAddressLine(text, regionCode: previous, number: index)
        var country = false
        if !cue, !state {
            for length in 1...3 where previous - length + 1 >= 0 {
                let words = (previous - length + 1...previous).map { text.lower($0) }
                if words.allSatisfy({ !$0.isEmpty }), text.gazetteer.countries.contains(words.joined(separator: " ")) { country = true; break }
            }
        }
        guard cue || state || country else { return nil }
        // The shapes postcodes take: 12345, 12345-6789 (US), 1234, 123 45 (Sweden, Czechia), 12-345 (Poland),
        // 1234 AB (Netherlands), 1234-567 (Portugal).
        let first = text.digitCount(index)
        var last = index
        if text.isPunct(index + 1, "-"), text.attached(index + 1), text.isNumber(index + 2), text.attached(index + 2) {
            let second = text.digitCount(index + 2)
            if (first == 5 && second == 4) || (first == 2 && second == 3) || (first == 4 && second == 3) { last = index + 2 }
        } else if first == 3, text.isNumber(index + 1), !text.attached(index + 1), text.digitCount(index + 1) == 2 {
            last = index + 1
        } else if first == 4, text.isWord(index + 1), !text.attached(index + 1), text.text(index + 1, index + 1).count == 2,
                  text.text(index + 1, index + 1).allSatisfy({ $0.isUppercase }) {
            last = index + 1
        }
        if last + 1 < text.count, text.attached(last + 1), text.isWord(last + 1) || text.isNumber(last + 1) { return nil }
        let allowed: Bool = if Self.states.contains(written) { first == 5 || last > index } else if state { (4...5).contains(first) || last > index }
            else if cue { (3...6).contains(first) || last > index } else { (4...5).contains(first) || last > index }
        // "the ICU 2020." is a year: a year-like number after a region code counts only before a comma or line end.
        if state, !Self.states.contains(written), first == 4, last == index, (1900...2100).contains(text.numberValue(index) ?? 0),
           text.isPunct(index + 1, ".") { return nil }
        return allowed ? Candidate(first: index, last: last, type: .postcode) : nil
    }

    /// "BARKLY QLD 4825": a region code of two or three capitals after a capitalised place, with the number last in
    /// its line (the end of the text, a comma or a line break after it).
    private func endsAddressLine(_ text: TextView, regionCode: Int, number: Int) -> Bool {
        let token = text.tokens[regionCode]
        let length = Int(token.end - token.start)
        guard (2...3).contains(length), text.bytes[Int(token.start)..<Int(token.end)].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
              !text.has(regionCode, .allowed), text.isWord(regionCode - 1), text.isCapitalized(regionCode - 1), !text.isSentenceStart(regionCode - 1) || regionCode - 1 == 0
        else { return false }
        var after = number + 1
        while text.isNumber(after) || text.isPunct(after, "-") { after += 1 }
        return after >= text.count || text.isPunct(after, ",") || text.isPunct(after, ".") || text.tokens[after].newlineBefore
    }

    /// `SW1A 1AA`: an outward code (one or two letters, a digit, a letter or digit) and an inward code (a digit, two
    /// letters), capitals only; `S4P 3Y2` (Canada): letter digit letter, digit letter digit.
    private func britishOrCanadian(_ text: TextView, _ index: Int) -> Int? {
        guard index + 1 < text.count, !text.attached(index + 1) || text.isNumber(index + 1) else { return nil }
        // The tokenizer may split "SW1A" into word and number pieces; read the two space-separated chunks as bytes.
        let bytes = text.bytes
        var start = Int(text.tokens[index].start)
        guard start == 0 || bytes[start - 1] == 0x20 || bytes[start - 1] == 0x2C || bytes[start - 1] == 0x28 else { return nil }
        var end = start
        while end < bytes.count, DigitGroups.isAlphanumeric(bytes[end]), bytes[end] < 0x80 { end += 1 }
        let outward = Array(bytes[start..<end])
        guard end < bytes.count, bytes[end] == 0x20 else { return nil }
        start = end + 1
        end = start
        while end < bytes.count, DigitGroups.isAlphanumeric(bytes[end]), bytes[end] < 0x80 { end += 1 }
        let inward = Array(bytes[start..<end])
        if end < bytes.count, DigitGroups.isAlphanumeric(bytes[end]) { return nil }
        let lowercase = text.lowercaseText
        func upper(_ byte: UInt8) -> Bool { lowercase ? byte >= 0x61 && byte <= 0x7A : byte >= 0x41 && byte <= 0x5A }
        func digit(_ byte: UInt8) -> Bool { DigitGroups.isDigit(byte) }
        let british = (2...4).contains(outward.count) && upper(outward[0]) && outward.dropFirst().contains(where: digit)
            && outward.allSatisfy { upper($0) || digit($0) } && !digit(outward[0])
            && inward.count == 3 && digit(inward[0]) && upper(inward[1]) && upper(inward[2])
        let canadian = outward.count == 3 && upper(outward[0]) && digit(outward[1]) && upper(outward[2])
            && inward.count == 3 && digit(inward[0]) && upper(inward[1]) && digit(inward[2])
        guard british || canadian, let span = text.tokenSpan(bytes: Int(text.tokens[index].start)..<end) else { return nil }
        return span.last
    }
}
