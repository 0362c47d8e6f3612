/// Street addresses: a street name (a word ending in a Norwegian street suffix — -veien, -gata, -lia, -tunet … — or
/// followed by gate/vei/street/road) and a house number with an optional letter; postcodes before a known place.
struct AddressRecognizer: Recognizer {
    var type: IdentifierType { .address }
    static let triggering = ["the patient at «Johansengjerdet 4» called", "lives in «kongens gate 12b»", "at «Skolegata 12»",
                             "«7500 Stjørdal» is the postcode", "at «12 Baker Street»",
                             "at «Lindenstraße 68», upstairs", "at «Pollen Crescent 18»", "«22 Pollen Crescent» is", "in «Rua das Flores 12»", "on «Via Roma 4»"]
    static let nonTriggering = ["for 14 years", "on page 12", "the vika was cold", "In 2022 we moved"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count {
            if text.has(index, .streetName), let last = houseNumber(text, after: index) {
                var first = index
                while first > 0, text.isWord(first - 1), text.isCapitalized(first - 1), !text.isSentenceStart(first - 1), !text.has(first - 1, .functionWord) { first -= 1 }
                found.append(Candidate(first: first, last: last, type: .address))
            } else if text.has(index, .streetWord), index > 0, text.isWord(index - 1), !text.has(index - 1, .functionWord),
                      let last = houseNumber(text, after: index) {
                found.append(Candidate(first: index - 1, last: last, type: .address))
            } else if Self.streetWordsBefore.contains(text.lower(index)), text.isCapitalized(index) || text.lowercaseText,
                      let last = nameThenNumber(text, after: index) {
                // "Rua das Flores 12", "Via Roma 4", "Calle Mayor 3": the street word comes first.
                found.append(Candidate(first: index, last: last, type: .address))
            } else if text.isNumber(index), text.has(index + 2, .streetWord), text.isWord(index + 1), text.isCapitalized(index + 1),
                      let number = text.numberValue(index), number > 0, number < 10_000, !text.has(index + 1, .month) {
                found.append(Candidate(first: index, last: index + 2, type: .address))
            } else if text.isNumber(index), text.digitCount(index) == 4, text.has(index + 1, .place) || text.has(index + 1, .multiwordPlaceStart),
                      !text.has(index + 1, .placeIsWord) || text.isCapitalized(index + 1), (text.numberValue(index) ?? 0) < 9999,
                      !(1900...2100).contains(text.numberValue(index) ?? 0) {
                found.append(Candidate(first: index, last: index + 1, type: .address))
            }
        }
        return found
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
        return houseNumber(text, after: position - 1)
    }

    private func houseNumber(_ text: TextView, after index: Int) -> Int? {
        guard let number = text.numberValue(index + 1), text.digitCount(index + 1) <= 4, number > 0, !text.attached(index + 1) else { return nil }
        var last = index + 1
        if text.isWord(last + 1), text.attached(last + 1), text.lower(last + 1).count == 1 { last += 1 }
        // "Strandlia 57" but not "the 3 years": a unit after the number means it is not a house number.
        if text.isWord(index + 2), AgeRecognizer.unitsAfter.contains(text.lower(index + 2)) || text.isWord(index + 2, "years") { return nil }
        return last
    }
}
