/// The safety net for names no gazetteer knows: a capitalised word inside a sentence that no dictionary, name, place or
/// cue list knows ("the deal with Zyxwort", "we drove to Qwymbel"), with the capitalised words around it. At the start
/// of a sentence, where every word has a capital, only when something marks it as a name: an address or speaker
/// punctuation after it ("Nobuto, can I …", "Yakha: …"), a person cue after it, or a second unknown capital.
///
/// Everything it finds is a guess: replaced where it stands, listed for review in the key, counted in the summary, and
/// never looked for elsewhere (that needs a list or a human). The type is a place after a place preposition ("in",
/// "from", "to", "i", "fra" …) and a person otherwise. It reads only cased text (capitals are its evidence).
struct UnknownNameRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["the deal with «Zyxwort» fell through", "we had dinner with «Qwymbel» on Monday", "«Nobuto», can I speak to your boss?",
                             "«Yakha»: who are you?", "a huge «Saidali K Usamov» fan", "invites songwriters to «Lake Sarachester» to share",
                             "«Pekka Vänskä» had given us the address"]
    static let nonTriggering = ["We use Teams and Zoom on the iPad.", "The Croatian team came over.", "Well-being matters to us.",
                                "Don't worry about it.", "GPS and EHR", "In March we met.", "We'll see. Don't ask.", "I said: Thank you.", "In May we plan ahead.", "they answer in English",
                                "the E-health strategy", "we met at the New Year party"]

    /// Reported in the key's review list, so a reader knows why a word went.
    static let reason = "capitalised word no dictionary or list knows"
    /// Words that may sit inside a name of several words ("Videm pri Ptuju", "Rue de la Paix").
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "la", "le", "al", "el", "bin", "ben", "da", "do", "dos", "del", "di", "pri", "im", "bei", "am"]

    func candidates(in text: TextView) -> [Candidate] {
        guard !text.lowercaseText else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            // Names of the gazetteers are the person recognizer's, with its rules for names that are also words ("May").
            guard text.isUnknownCapital(index), !text.has(index, .firstName), !text.has(index, .surname),
                  !text.has(index, .personCueAfter), !text.has(index, .personCueBefore), !text.has(index, .country),
                  let (first, last) = span(text, index) else {
                index += 1
                continue
            }
            let startsSentence = text.isSentenceStart(first)
            if startsSentence, !markedAsName(text, first: first, last: last) {
                index = last + 1
                continue
            }
            let afterPreposition = !startsSentence && text.has(first - 1, .placePreposition) && !text.isWord(first - 1, "at")
            found.append(Candidate(first: first, last: last, type: afterPreposition ? .place : .person, confident: false,
                                   reason: Self.reason, propagates: false, linksParts: false))
            index = last + 1
        }
        return found
    }

    /// Words that head a place name of several words ("Lake Sarachester", "Mount Kosciuszko", "San Isidro").
    static let placeHeads: Set<String> = ["lake", "mount", "mt", "port", "fort", "saint", "st", "san", "santa", "são", "cape", "glen", "new", "north",
                                          "south", "east", "west", "upper", "lower", "great", "little", "bad", "sankt"]

    /// The name around an unknown capital: a place head before it ("Lake"), then capitalised words no dictionary knows,
    /// names, initials and particles after it (at most four words in all). Ordinary capitalised words after it stay
    /// ("Cookhouse Country Club" loses only "Cookhouse").
    private func span(_ text: TextView, _ index: Int) -> (Int, Int)? {
        var first = index
        if !text.isSentenceStart(index), text.isWord(index - 1), text.isCapitalized(index - 1), Self.placeHeads.contains(text.lower(index - 1)) { first -= 1 }
        var last = index
        while last - first < 3 {
            var next = last + 1
            if text.isWord(next), Self.particles.contains(text.lower(next)), isNamePart(text, next + 1) { next += 1 }
            guard isNamePart(text, next), !text.tokens[next].newlineBefore else { break }
            last = next
        }
        return (first, last)
    }

    /// A word that can continue a name: a name of the gazetteers, an initial, or a capitalised word no dictionary knows.
    private func isNamePart(_ text: TextView, _ index: Int) -> Bool {
        guard text.isWord(index), text.isCapitalized(index),
              ![WordFacts.Flags.functionWord, .allowed, .month, .title, .personCueAfter, .personCueBefore, .workplaceWord, .country].contains(where: { text.has(index, $0) })
        else { return false }
        return text.has(index, .firstName) || text.has(index, .surname) || text.tokens[index].end - text.tokens[index].start == 1 || !text.has(index, .english)
    }

    /// At a sentence start: a comma or colon after the name, a person cue after it, or a second unknown capital in it.
    private func markedAsName(_ text: TextView, first: Int, last: Int) -> Bool {
        if text.isPunct(last + 1, ",") || text.isPunct(last + 1, ":") { return true }
        if text.isWord(last + 1), text.has(last + 1, .personCueAfter), !text.isWord(last + 1, "and"), !text.isWord(last + 1, "og") { return true }
        return (first...last).filter { text.isUnknownCapital($0) }.count >= 2
    }
}
