/// Room numbers: the number after "room", "rom", "romnummer" ("the sensor in room 204", "ho Marie på rom B12", "room
/// two hundred and twelve", "room number 12"). On a ward of thirty a room number points to one resident, as a bed or
/// patient number does. Not looked for elsewhere (another "B12" is a vitamin). A measure after it ("a room of 20
/// square metres", "rom for 4") is no room number.
struct RoomNumberRecognizer: Recognizer {
    var type: IdentifierType { .other }
    static let triggering = ["the sensor in room «311» went off twice", "[nb] alarmen fra rom «118», og", "[nn] ho som bur på rom «C7», ho",
                             "a man in room «two hundred and four», he", "[nb] fallet på rom «sytten» i går", "his room number is «16».", "His room is «218», the one with", "in room «one fourteen» at the home", "he's in room «two oh six» and",
                             "[nb] romnummer «9» har ny sensor", "Room «12B» has the camera", "[nb] hon ligger i rum «14», längst bort", "[da] hun bor på stue «9», ved vinduet",
                             "[nn] Alarm frå rom «14» og rom «21» på ein gong. Eg gjekk til «14», Randi til «21». På «21» låg ho på golvet.", "the bells from room «8» and room «3». I ran to «8» first",
                             "[nb] han som bor på rom «3-114» ringte fire ganger", "the man in room «1-07» fell twice"]
    static let nonTriggering = ["there is room for 3 more", "a room of 20 square metres", "[nb] et rom for 4 personer", "the room is 20 square metres",
                                "we have two rooms with sensors", "[nb] rommet var 14 grader", "room 20 m2 is empty", "[nb] rom to ganger", "[nb] vi satt i stua hele kvelden", "[nb] en stue på 30 kvadratmeter", "[nb] vi sov til 12 dagen etter", "[nb] et rom på 3-4 kvadratmeter"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.roomWord) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .roomWord) {
            var next = index + 1
            // "room number 12", "rom nr. 4", "room no. 7", "his room number is 16"
            if text.has(next, .documentNumberWord) {
                next += 1
                if text.isWord(next), RegionRecognizer.originCopulas.contains(text.lower(next)) { next += 1 }
            } else if text.isWord(next), ["is", "was", "er", "e", "var"].contains(text.lower(next)), text.isNumber(next + 1) {
                // "His room is 218", "rommet hans er 12".
                next += 1
            }
            if text.isPunct(next, ".") || text.isPunct(next, "#") { next += 1 }
            guard let last = number(text, next), !hasMeasureAfter(text, last) else { continue }
            found.append(Candidate(first: next, last: last, type: .other, reason: "a room number", propagates: false))
        }
        return found + repeated(text, found)
    }

    /// A room named once is said again by its number alone in the same text: "alarm frå rom 12 og rom 19. Eg sprang
    /// til 12, Hallvard til 19. På 12 låg han." The same digits after a word of going or being somewhere, closing a clause or
    /// opening a sentence, are that room.
    private func repeated(_ text: TextView, _ rooms: [Candidate]) -> [Candidate] {
        let numbers = Set(rooms.filter { $0.first == $0.last && text.isNumber($0.first) }.map { text.lower($0.first) })
        guard !numbers.isEmpty, let firstRoom = rooms.map(\.first).min() else { return [] }
        let claimed = Set(rooms.map(\.first))
        var found: [Candidate] = []
        for index in (firstRoom + 1)..<text.count where text.isNumber(index) && !claimed.contains(index) && numbers.contains(text.lower(index)) {
            // A clause ends after it ("til 12, Hallvard til 19."; "I ran to 8 first"): "sov til 12 dagen etter" is a time.
            let ends = index + 1 >= text.count || ([",", ".", ";", "!", "?", "—"] as [Unicode.Scalar]).contains { text.isPunct(index + 1, $0) } || text.isWord(index + 1, "first")
            // Or the sentence opens with it: "På 12 låg han på golvet."
            guard text.isWord(index - 1), Self.movesTo.contains(text.lower(index - 1)), ends || text.isSentenceStart(index - 1) else { continue }
            found.append(Candidate(first: index, last: index, type: .other, reason: "a room number said again", propagates: false))
        }
        return found
    }

    /// Words before a room's number said again: "sprang til 12", "went to 19", "back in 12".
    static let movesTo: Set<String> = ["til", "te", "to", "into", "på", "i", "in", "inn", "från", "frå", "fra", "from"]

    /// The last token of a room's number at `index`: digits (four at most), with a letter glued before or after
    /// ("B12", "12B"), or said in words ("sytten", "two hundred and four").
    private func number(_ text: TextView, _ index: Int) -> Int? {
        if text.isNumber(index), text.digitCount(index) <= 4 {
            if text.isWord(index + 1), text.attached(index + 1), text.lower(index + 1).count == 1 { return index + 1 }
            // "rom 2-17", "room 3-104": a floor and its room, as institutions number them (or a span of rooms, which
            // points to them as well).
            if text.isPunct(index + 1, "-"), text.attached(index + 1), text.isNumber(index + 2), text.attached(index + 2), text.digitCount(index + 2) <= 4,
               !text.attached(index + 3) || !text.isNumber(index + 3) && !text.isPunct(index + 3, "-") && !text.isPunct(index + 3, "/") {
                return index + 2
            }
            let glued = text.isWord(index + 1) || text.isNumber(index + 1) || text.isPunct(index + 1, "-") || text.isPunct(index + 1, "/")
            return text.attached(index + 1) && glued ? nil : index
        }
        if text.isWord(index), text.lower(index).count == 1, text.isNumber(index + 1), text.attached(index + 1), text.digitCount(index + 1) <= 4 {
            return index + 1
        }
        // "room one fourteen", "room two oh six": a room's number read in parts.
        let dictated = text.dictatedDigits(from: index)
        if dictated.words >= 2, (3...4).contains(dictated.digits) { return dictated.last }
        return text.spokenNumber(at: index)?.last
    }

    /// Units and measures that make the number an amount: "20 square metres", "20 m2", "4 personer", "to ganger".
    private func hasMeasureAfter(_ text: TextView, _ last: Int) -> Bool {
        guard text.isWord(last + 1) else { return false }
        let word = text.lower(last + 1)
        return text.cues.ageUnitsAfter.contains(word) || text.cues.ageYears.contains(word) || Self.measures.contains(word)
    }

    static let measures: Set<String> = ["square", "sq", "m", "m2", "kvm", "kvadratmeter", "kvadrat", "personer", "people", "persons", "beds", "senger",
                                        "grader", "degrees"]
}
