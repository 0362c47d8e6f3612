/// Street addresses: a street name (a word ending in a Norwegian street suffix — -veien, -gata, -lia, -tunet … — or
/// followed by gate/vei/street/road) and a house number with an optional letter; postcodes before a known place;
/// the house number written first ("22 Pollen Crescent", "16957 Baarlandhof 68"); apartments, suites and post boxes
/// ("Apt. 559", "Suite 026", "P.O. Box 46").
struct AddressRecognizer: Recognizer {
    var type: IdentifierType { .address }
    static let triggering = ["the patient at «Johansengjerdet 4» called", "lives in «kongens gate 12b»", "at «Skolegata 12»",
                             "«7500 Stjørdal» is the postcode", "at «12 Baker Street»",
                             "at «Lindenstraße 68», upstairs", "at «Pollen Crescent 18»", "«22 Pollen Crescent» is", "in «Rua das Flores 12»", "on «Via Roma 4»",
                             "«Apt. 559», second floor", "«Suite 026», Fitzroy", "«P.O. Box 46», Kulusuk", "at «16957 Baarlandhof 68», Eddelak",
                             "on «Chausseestr. 32» the first", "at «08827 ul. Miła 131»", "lives on «166 K. Giamboudaki Street»", "at «14057 119 Rue de Bayrout»", "our office moved to «53 castle terrace» last year",
                             "[nb] Adressa er Storgata 14, «7633 hegra».", "[nb] hun bor på «7633 hegra» nå", "[nb] mora bor alene på «7633 hegra»", "[nb] Hun bor på «7633 frosta» nå.", "[nb] postnummeret er «7633 hegra»",
                             "[nb] han bor alene i «bakkeveien tolv» og", "[nn] ho budde i «Skulevegen fem», der",
                             "[nb] hun bodde i «kirkegata tjueto» han kom hver dag", "[nn] ho budde i «lundevegen ni» med mannen sin"]
    static let nonTriggering = ["for 14 years", "on page 12", "the vika was cold", "In 2022 we moved", "the suite 4 of us booked",
                                "between 2019 Windows 3 was used", "in 2021 Covid 19 came", "we were 12 Nurses 3 doctors",
                                "[nb] vi har 2000 ansatte", "[nb] i 1500 tilfeller", "[nb] han betalte 2005 til byen", "[nb] hun bor på 2 rom", "[nb] de bor i 1000 hjem",
                                "[nb] hun bodde i 2010 hos datteren", "[nb] vi gikk langs storgata fem ganger", "we drove past Strandvika two times", "[nb] vi gikk i storgata to timer han og jeg"]

    func candidates(in text: TextView) -> [Candidate] {
        var found = spokenHouseNumbers(text)
        guard text.hasNumbers else { return found }
        for index in 0..<text.count {
            if let (first, last) = unit(text, index) {
                found.append(Candidate(first: first, last: last, type: .address))
                continue
            }
            if let last = numberFirst(text, index) {
                found.append(Candidate(first: index, last: last, type: .address))
                continue
            }
            if text.has(index, .streetName), let last = houseNumber(text, after: index) {
                var first = index
                while first > 0, text.isWord(first - 1), text.isCapitalized(first - 1), !text.isSentenceStart(first - 1), !text.has(first - 1, .functionWord) { first -= 1 }
                found.append(Candidate(first: leadingNumbers(text, before: first), last: last, type: .address))
            } else if text.has(index, .streetWord), index > 0, text.isWord(index - 1), !text.has(index - 1, .functionWord),
                      let last = houseNumber(text, after: index) {
                found.append(Candidate(first: index - 1, last: last, type: .address))
            } else if Self.streetWordsBefore.contains(text.lower(index)),
                      text.isCapitalized(index) || text.lowercaseText || text.isPunct(index + 1, ".") || text.isNumber(index - 1),
                      let last = nameThenNumber(text, after: index) {
                // "Rua das Flores 12", "Via Roma 4", "Calle Mayor 3", "ul. Miła 131": the street word comes first.
                found.append(Candidate(first: leadingNumbers(text, before: index), last: last, type: .address))
            } else if text.isNumber(index), text.has(index + 2, .streetWord), text.isWord(index + 1), text.isCapitalized(index + 1) || text.lowercaseText,
                      !text.has(index + 1, .functionWord),
                      let number = text.numberValue(index), number > 0, number < 10_000, !text.has(index + 1, .month) {
                found.append(Candidate(first: index, last: index + 2, type: .address))
            } else if let last = postcodeBeforeVillage(text, index) {
                found.append(Candidate(first: index, last: last, type: .address))
            } else if text.isNumber(index), text.digitCount(index) == 4, text.has(index + 1, .place) || text.has(index + 1, .multiwordPlaceStart),
                      !text.has(index + 1, .placeIsWord) || text.isCapitalized(index + 1), (text.numberValue(index) ?? 0) < 9999,
                      !(1900...2100).contains(text.numberValue(index) ?? 0) {
                found.append(Candidate(first: index, last: index + 1, type: .address))
            }
        }
        return found
    }


    /// "bor alene i gamle kirkevei femten", "Storgata fem": the house number said in words after a street name.
    private func spokenHouseNumbers(_ text: TextView) -> [Candidate] {
        guard text.mayHave(.streetName), text.mayHave([.spelledNumber, .digitWord]) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .streetName) && (text.isCapitalized(index) || text.lowercaseText) {
            let number = index + 1
            var last: Int?
            if let digit = NumberWords.digits[text.lower(number)], digit > 0, text.isWord(number) { last = number }
            if let spoken = text.spokenNumber(at: number), spoken.value < 1000 { last = spoken.last }
            // The number ends the address: a full stop, a comma, "og"/"and", the end ("Tinavika two rooms" is no address),
            // or, in unpunctuated speech to text, the next clause's subject ("i storgata tolv han sitter der").
            guard let last, last + 1 >= text.count || text.tokens[last + 1].kind == .punct && !text.isPunct(last + 1, "-")
                    || text.isWord(last + 1, "og") || text.isWord(last + 1, "and")
                    || text.isWord(last + 1) && Self.clauseSubjects.contains(text.lower(last + 1)) else { continue }
            found.append(Candidate(first: index, last: last, type: .address))
        }
        return found
    }

    static let clauseSubjects: Set<String> = ["han", "hun", "ho", "hu", "dei", "vi", "jeg", "eg", "æ", "he", "she", "they", "we", "med", "with"]

    static let addressCues: Set<String> = ["adresse", "adressa", "adressen", "postnummer", "postnummeret", "postnr", "postadresse", "postadressa"]

    /// A Norwegian postcode before a village no list knows, in either case ("Storgata 14, 7633 hegra", "hun bor på
    /// 7633 hegra"): four digits after an address line's comma, after a verb of residence and "på" (a round number is a count), or a
    /// few words after "adresse"/"postnummer"; then one word that is no function word, English word or unit.
    private func postcodeBeforeVillage(_ text: TextView, _ index: Int) -> Int? {
        guard text.isNumber(index), text.digitCount(index) == 4, !text.attached(index), let code = text.numberValue(index), code >= 1, code <= 9991,
              text.isWord(index + 1), !text.attached(index + 1), !text.attached(index + 2) || !(text.isWord(index + 2) || text.isNumber(index + 2)),
              !text.has(index + 1, .functionWord), !text.has(index + 1, .english) || text.has(index + 1, .place), !text.has(index + 1, .allowed), !text.has(index + 1, .month),
              !text.cues.ageUnitsAfter.contains(text.lower(index + 1)), !text.cues.ageYears.contains(text.lower(index + 1)) else { return nil }
        let lineComma = text.isPunct(index - 1, ",") && (text.isNumber(index - 2) || text.isWord(index - 2) && text.attached(index - 2) && text.isNumber(index - 3))
        // "bor på 7633 hegra" (not "bor i 1000 hjem": a round number is more often a count).
        // "bor på", "bor alene på", "bodde fortsatt på".
        let residence = text.isWord(index - 1, "på") && (2...3).contains { text.isWord(index - $0) && text.cues.residenceVerbs.contains(text.lower(index - $0)) }
            && !(1900...2100).contains(code) && code % 100 != 0
        let cue = (max(0, index - 4)..<index).contains { Self.addressCues.contains(text.lower($0)) }
        return lineComma || residence || cue ? index + 1 : nil
    }

    /// "Apt. 559", "Suite 026", "P.O. Box 46", "PSC 8500", "Postboks 12" (capitalised in cased text).
    private func unit(_ text: TextView, _ index: Int) -> (Int, Int)? {
        guard text.has(index, .unitWord), text.isCapitalized(index) || text.lowercaseText else { return nil }
        var next = index + 1
        if text.isPunct(next, "."), text.attached(next) { next += 1 }
        guard text.isNumber(next), text.digitCount(next) <= 6 else { return nil }
        // "a suite 4 of us" is no address: a count unit after the number.
        if text.isWord(next + 1), text.cues.ageUnitsAfter.contains(text.lower(next + 1)) || text.isWord(next + 1, "of") { return nil }
        var first = index
        // "P.O. Box": the letters before "Box".
        if text.isWord(index, "box") {
            var position = index - 1
            while position >= 0, text.isPunct(position, ".") || (text.isWord(position) && ["p", "o", "po"].contains(text.lower(position))) { position -= 1 }
            if position + 1 < index, text.isWord(position + 1) { first = position + 1 }
        }
        var last = next
        if text.isWord(last + 1), text.attached(last + 1), text.lower(last + 1).count == 1 { last += 1 }
        return (first, last)
    }

    /// The house number written first: "16957 Baarlandhof 68" (a number, one or two capitalised words, a number), and
    /// "166 K. Giamboudaki Street" (a number, up to three capitalised words or initials, a street word).
    private func numberFirst(_ text: TextView, _ index: Int) -> Int? {
        guard !text.lowercaseText, text.isNumber(index), text.digitCount(index) <= 5, !text.attached(index),
              !text.isPunct(index - 1, ":"), !text.isPunct(index + 1, ":") else { return nil }
        var position = index + 1
        var words = 0
        while words < 3, text.isWord(position), text.isCapitalized(position),
              !text.has(position, .functionWord), !text.has(position, .month), !text.has(position, .allowed) {
            if text.has(position, .streetWord), words > 0 { return position }
            words += 1
            position += 1
            if text.isPunct(position, "."), text.attached(position) { position += 1 }
        }
        guard words > 0, words <= 2, text.isNumber(position), text.digitCount(position) <= 4, !text.attached(position),
              !(1900...2100).contains(text.numberValue(index) ?? 0) || text.digitCount(index) != 4,
              (index + 1..<position).contains(where: { text.isUnknownCapital($0) || text.has($0, .streetName) || text.has($0, .country) }) else { return nil }
        if text.isWord(position + 1), text.cues.ageUnitsAfter.contains(text.lower(position + 1)) { return nil }
        return position
    }

    /// The first of up to two plain numbers right before `index` (the house number and building number written first).
    private func leadingNumbers(_ text: TextView, before index: Int) -> Int {
        var first = index
        while index - first < 2, text.isNumber(first - 1), text.digitCount(first - 1) <= 5, !text.attached(first) { first -= 1 }
        return first
    }

    static let streetWordsBefore: Set<String> = ["rua", "via", "calle", "avenida", "avda", "rue", "ulica", "ul", "viale", "piazza", "plaza", "travessa", "largo"]

    /// Up to four name words (small words such as "das", "de", "la" inside), then a house number.
    private func nameThenNumber(_ text: TextView, after index: Int) -> Int? {
        var position = index + 1
        if text.isPunct(position, "."), text.attached(position) { position += 1 }
        var names = 0
        while position < text.count, names < 5, text.isWord(position), !text.isNumber(position) {
            if text.isCapitalized(position) || text.lowercaseText || ["de", "da", "das", "do", "dos", "del", "la", "le", "di", "des"].contains(text.lower(position)) {
                names += 1
                position += 1
            } else {
                return nil
            }
        }
        guard names > 0 else { return nil }
        // "14057 119 Rue de Bayrout": with the house number written first, none comes after.
        return houseNumber(text, after: position - 1) ?? (text.isNumber(index - 1) && !text.attached(index) ? position - 1 : nil)
    }

    private func houseNumber(_ text: TextView, after index: Int) -> Int? {
        var index = index
        // "Chausseestr. 32": an abbreviated street word.
        if text.isPunct(index + 1, "."), text.attached(index + 1), text.isNumber(index + 2) { index += 1 }
        guard let number = text.numberValue(index + 1), text.digitCount(index + 1) <= 4, number > 0, !text.attached(index + 1) else { return nil }
        var last = index + 1
        if text.isWord(last + 1), text.attached(last + 1), text.lower(last + 1).count == 1 { last += 1 }
        // "Strandlia 57" but not "the 3 years": a unit after the number means it is not a house number.
        if text.isWord(index + 2), text.cues.ageUnitsAfter.contains(text.lower(index + 2)) || text.isWord(index + 2, "years") { return nil }
        return last
    }
}
