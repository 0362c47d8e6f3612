/// Internal phone numbers of four digits, said with what they are: "internal number 4471", "internnummer 6615",
/// "you can reach him on 3318", "be om 5024, det er direktelinja mi", "de ringer 4522 — det er mitt nummer". In a
/// workplace of a few hundred an extension points to one person. Years, counts with a unit, and numbers with no
/// phone word stay.
struct ExtensionNumberRecognizer: Recognizer {
    var type: IdentifierType { .phone }
    static let triggering = ["you can reach him on internal number «4471», but only until three", "[nb] ringer je henne på IT, internnummer «6615».",
                             "Dag is better, you can reach him on «3318» from the internal phone", "[nn] be om «5024», det er direktelinja mi.",
                             "[nb] kollegaene ringer «4522» — det er mitt nummer inne i systemet",
                             "I have the internal number of the night office, «5520», but", "[nb] Vi har et internnummer til henne, «3390», og",
                             "[nb] de har et kort nummer, «4061», så de slipper køen"]
    static let nonTriggering = ["we have 4522 users, we call them all", "ring 3 times", "[nb] vi har 4522 brukere", "call me at 5 tomorrow",
                                "[nb] det kostet 4500 kroner å ringe", "[nb] et kort nummer i fjor. Vi har 4061 brukere", "a short number, 2023 was the year",
                                "you can reach 4000 people on it", "[nb] vi har 3300 brukere og ringer dem",
                                "[nb] Vi ringer 1500 brukere hver måned.", "we phone 2400 families a year", "call him at 1530 tomorrow"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.isNumber(index) && text.digitCount(index) == 4 {
            guard let value = text.numberValue(index), !(1900...2099).contains(value), !text.attached(index + 1) || text.isPunct(index + 1, ",") || text.isPunct(index + 1, "."),
                  !text.isWord(index + 1) || !text.cues.ageUnitsAfter.contains(text.lower(index + 1)),
                  !isACountOrAClockTime(text, index),
                  cueBefore(text, index) || namedAfter(text, index) || setOffAfterItsName(text, index) else { continue }
            found.append(Candidate(first: index, last: index, type: .phone, reason: "an internal phone number", propagates: false))
        }
        return found
    }

    /// "we phone 2400 families", "vi ringer 1500 brukere": a count right after the verb, its noun next; "call him at
    /// 1530": a clock time. Neither after a word for a number ("internal number 4471 from the desk").
    private func isACountOrAClockTime(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index - 1) else { return false }
        let before = text.lower(index - 1)
        if ["at", "kl", "klokka", "klokken"].contains(before) { return true }
        let afterAVerb = ["call", "phone", "dial", "ring", "ringer", "ringte", "calls", "phones", "called", "phoned"].contains(before)
        return afterAVerb && text.isWord(index + 1) && !Self.connectors.contains(text.lower(index + 1))
    }

    static let connectors: Set<String> = ["and", "or", "og", "eller", "from", "fra", "frå", "when", "når", "if", "hvis", "then", "så", "tomorrow",
                                          "i", "in", "på", "on", "to", "til"]

    /// "internal number", "internnummer", "reach him on", "ringer", "be om": a phone word at most three words before.
    private func cueBefore(_ text: TextView, _ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 3, text.isWord(position) {
            let word = text.lower(position)
            if Self.cues.contains(word) || word.hasPrefix("intern") || word.hasPrefix("direkte") || word.hasPrefix("ring") { return true }
            if text.isWord(position, "reach"), index - position >= 2 { return true }
            guard Self.bridges.contains(word) else { return false }
            position -= 1
        }
        return false
    }

    /// "an internal number to his office, 4471", "et kort nummer, 4050": the kind of number named first, the number
    /// set off by a comma a few words later, in the same sentence.
    private func setOffAfterItsName(_ text: TextView, _ index: Int) -> Bool {
        guard text.isPunct(index - 1, ",") else { return false }
        var position = index - 2
        while position >= 0, index - position <= 8, !text.isPunct(position, "."), !text.isPunct(position, "?"), !text.isPunct(position, "!") {
            if text.isWord(position) {
                let word = text.lower(position)
                if word.hasPrefix("internnummer") || word.hasPrefix("direktenummer") || word == "extension" { return true }
                if ["number", "nummer"].contains(word), text.isWord(position - 1), Self.kindsOfShortNumber.contains(text.lower(position - 1)) { return true }
            }
            position -= 1
        }
        return false
    }

    static let kindsOfShortNumber: Set<String> = ["internal", "kort", "short", "direct", "intern", "internt"]

    /// "5024, det er direktelinja mi", "4522 — det er mitt nummer": what the number is, said right after it.
    private func namedAfter(_ text: TextView, _ index: Int) -> Bool {
        var position = index + 1
        while position < text.count, position - index <= 6 {
            if text.isPunct(position, ".") || text.isPunct(position, "?") { return false }
            if text.isWord(position), Self.namesOfANumber.contains(where: { text.lower(position).hasPrefix($0) }) { return true }
            position += 1
        }
        return false
    }

    static let cues: Set<String> = ["internal", "extension", "ext", "dial", "call", "phone"]
    static let bridges: Set<String> = ["number", "nummer", "nr", "no", "on", "at", "him", "her", "me", "us", "them", "is", "er", "om", "be", "på"]
    static let namesOfANumber = ["direktelinj", "direktenummer", "internnummer", "nummer", "number", "extension", "linja"]
}
