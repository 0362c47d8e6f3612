/// The safety net for places no gazetteer knows: a capitalised word no list knows after a place preposition ("we
/// drove to Qwymbel", "invites songwriters to Lake Sarachester"), a place written in capitals as address labels print
/// it ("…, BARNHILL", "the University of BIBER"), and whatever capitalised words follow a verb of residence ("lives in
/// Phoenix", "I'm in Bottle Lake"), ordinary words or not. Guesses: replaced, listed for review, never looked for
/// elsewhere. It reads only cased text.
struct UnknownPlaceRecognizer: Recognizer {
    var type: IdentifierType { .place }
    static let triggering = ["we drove to «Qwymbel» on Monday", "invites songwriters to «Lake Sarachester» to share",
                             "he lives at 7493 Moor Lane, «BARNHILL»", "she moved back to «KOHLDORF» by helicopter", "my friend lives in «Phoenix»",
                             "the University of «BIBER»", "I'm in «Bottle Lake», at the conference",
                             "12 Rua Alta, «Luziânia», Brazil", "«Jevícko», Czech Republic",
                             "lives at 16957 Baarlandhof 68, «Ebeltoftholm»", "at the University of «Wainuiomata»", "[sv] jag kommer från «Brunskog» och pendlar"]
    static let nonTriggering = ["she lives in the city", "we report to NAV and KOSTRA", "they moved to the city", "I live in Home Care housing",
                                "we went to COVID testing", "at Facebook"]

    /// Only where capitals mark names (English, Norwegian; not German, where every noun has one).
    func applies(to language: LanguageCues) -> Bool { language.capitalsMarkNames }

    func candidates(in text: TextView) -> [Candidate] {
        guard !text.lowercaseText else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            if let last = placeInCapitals(text, index) ?? placeOfResidence(text, index) {
                found.append(Candidate(first: index, last: last, type: .place, confident: false, reason: UnknownWords.reason, propagates: false, linksParts: false))
                index = last + 1
                continue
            }
            if text.startsUnknownName(index), let span = text.unknownNameSpan(index),
               !text.isSentenceStart(span.0) && (Self.isPlacePreposition(text, span.0 - 1) || Self.isPlaceNoun(text, span.0 - 1))
                || Self.isFollowedByCountry(text, span.1) || Self.endsAddressLine(text, span.0, span.1),
               span.0 == index || text.startsUnknownName(span.0) || UnknownWords.placeHeads.contains(text.lower(span.0)) {
                found.append(Candidate(first: span.0, last: span.1, type: .place, confident: false, reason: UnknownWords.reason, propagates: false, linksParts: false))
                index = span.1 + 1
                continue
            }
            index += 1
        }
        return found
    }

    /// "the University of Wainuiomata", "home city Aasiaat", "the town of Qwymbel".
    static func isPlaceNoun(_ text: TextView, _ index: Int) -> Bool {
        if text.isWord(index, "of") { return text.isWord(index - 1, "university") || text.isWord(index - 1, "city") || text.isWord(index - 1, "town") || text.isWord(index - 1, "village") }
        return text.isWord(index, "city") || text.isWord(index, "town") || text.isWord(index, "village")
    }

    /// "…, Baarlandhof 68, Rotterdam", "…, Apt. 474, Emmer-Compascuum": the name after the comma that follows a house
    /// or flat number, last in its line (the end, a comma, a number or a region code after it).
    static func endsAddressLine(_ text: TextView, _ first: Int, _ last: Int) -> Bool {
        guard text.isPunct(first - 1, ","), text.isNumber(first - 2) else { return false }
        return last + 1 >= text.count || text.isPunct(last + 1, ",") || text.isPunct(last + 1, ".") || text.isNumber(last + 1)
            || text.tokens[last + 1].newlineBefore || text.isCapitalsWord(last + 1) && text.tokens[last + 1].end - text.tokens[last + 1].start <= 3
    }

    /// "Luziânia, Brazil", "Jevícko, Czech Republic": a comma and a country after the name.
    static func isFollowedByCountry(_ text: TextView, _ last: Int) -> Bool {
        text.isPunct(last + 1, ",") && (text.has(last + 2, .country) || text.has(last + 2, .countryStart))
    }

    /// "in", "from", "to", "i", "fra" … ("at" names firms and institutions as often as places).
    static func isPlacePreposition(_ text: TextView, _ index: Int) -> Bool {
        text.has(index, .placePreposition) && !text.isWord(index, "at")
    }


    /// A place written in capitals, as address labels print it ("BARNHILL", "WENG IM GESÄUSE"): words in capitals no
    /// dictionary knows, after a place preposition, after "University of", or last in an address line (after a comma
    /// that follows a number or a replaced street, and before a comma, a region code, a number or the end).
    private func placeInCapitals(_ text: TextView, _ index: Int) -> Int? {
        guard text.isCapitalsWord(index), !text.has(index, .english), !text.has(index, .allowed), !text.has(index, .country),
              text.tokens[index].end - text.tokens[index].start >= 4 else { return nil }
        var last = index
        while last - index < 3, text.isCapitalsWord(last + 1), !text.has(last + 1, .allowed), !text.tokens[last + 1].newlineBefore { last += 1 }
        let afterPreposition = text.has(index - 1, .placePreposition) || (text.isWord(index - 1, "of") && text.isWord(index - 2, "university"))
        let endsLine = text.isPunct(index - 1, ",") && (text.isNumber(index - 2) || text.isWord(index - 2) && text.isCapitalized(index - 2))
            && (last + 1 >= text.count || text.isPunct(last + 1, ",") || text.isNumber(last + 1) || text.tokens[last + 1].newlineBefore
                || text.isCapitalsWord(last + 1) && text.tokens[last + 1].end - text.tokens[last + 1].start <= 3)
        return afterPreposition || endsLine ? last : nil
    }

    /// "lives in Phoenix", "I'm in Bottle Lake": capitalised words after a verb of residence and "in", "to" or "at",
    /// ordinary words or not (a city may be called Phoenix).
    private func placeOfResidence(_ text: TextView, _ index: Int) -> Int? {
        guard text.isWord(index), text.isCapitalized(index), !text.isSentenceStart(index), text.has(index - 1, .placePreposition),
              text.isWord(index - 2), text.cues.residenceVerbs.contains(text.lower(index - 2)),
              ![WordFacts.Flags.functionWord, .allowed, .month, .country, .countryStart, .workplaceWord].contains(where: { text.has(index, $0) })
        else { return nil }
        var last = index
        while last - index < 2, text.isWord(last + 1), text.isCapitalized(last + 1), !text.has(last + 1, .functionWord), !text.has(last + 1, .allowed),
              !text.has(last + 1, .workplaceWord) { last += 1 }
        return last
    }

}
