/// A person introduced by the name they go by: "a young man called Even", "a nurse named Storm", "ei dame som heter
/// …" is the naming verb's. After a word for a person and "called"/"named", the capitalised word is the name even when
/// it is also a word ("Even", "Storm", "Joy"); "a system called Safemate" names a thing, as its noun says.
struct CalledByNameRecognizer: Recognizer {
    var type: IdentifierType { .person }
    static let triggering = ["the support person is a young man called «Even», who is polite", "we had a night nurse named «Storm» for a while",
                             "there was an old lady called «Grace» on the ward", "a colleague called «Hope» took over",
                             "We have a new nurse. She is called «torgrim» and she started in May.", "my manager, he was named «yaacob», is from Haifa"]
    static let nonTriggering = ["we have a system called Gerica on the ward", "a thing called Teams", "the man called the office", "a woman called me back",
                                "a nurse called in sick", "a lady named in the report",
                                "He was called in at night.", "she is called lazy by the others", "It is called Gerica.", "he was called back"]

    func candidates(in text: TextView) -> [Candidate] {
        var found: [Candidate] = []
        let tokens = text.tokens
        for verb in 1..<max(1, text.count) {
            // Guards, not &&: each && closure copies the view in debug builds. "called" and "named" are five or six bytes.
            guard tokens[verb].kind == .word, (5...6).contains(tokens[verb].end - tokens[verb].start) else { continue }
            guard text.isWord(verb, "called") || text.isWord(verb, "named") else { continue }
            let name = verb + 1
            if let afterPronoun = Self.afterPronounIsCalled(text, verb: verb) { found += afterPronoun; continue }
            guard !text.lowercaseText, text.isWord(verb - 1), Self.personNouns.contains(text.lower(verb - 1)), text.isWord(name), text.isCapitalized(name), !text.attached(name),
                  !text.hasAny(name, [.functionWord, .allowed, .month, .country]), text.lower(name) != "i" else { continue }
            found.append(Candidate(first: name, last: name, type: .person, confident: false, reason: "a name after 'a man called'"))
        }
        return found
    }

    /// "she is called torgrim", "he was named yaacob": with a person as the subject the word after the verb is their
    /// name in whatever case it was typed, unless it is a word ("he was called in", "she is called lazy"). Nil where
    /// the verb has no such subject (the caller's own rule applies), an empty list where the word is no name.
    static func afterPronounIsCalled(_ text: TextView, verb: Int) -> [Candidate]? {
        guard verb >= 2, text.isWord(verb - 1), text.isWord(verb - 1, "is") || text.isWord(verb - 1, "was"), text.isWord(verb - 2),
              ["she", "he"].contains(text.lower(verb - 2)) else { return nil }
        let name = verb + 1
        guard text.isWord(name), !text.attached(name), text.tokens[name].end - text.tokens[name].start > 1,
              !text.hasAny(name, [.functionWord, .allowed, .month, .country, .english]) else { return [] }
        return [Candidate(first: name, last: name, type: .person, confident: false, reason: "a name after 'she is called'")]
    }

    static let personNouns: Set<String> = ["man", "woman", "guy", "lady", "girl", "boy", "lad", "nurse", "doctor", "colleague", "person", "fellow", "gentleman",
                                           "resident", "patient", "neighbour", "neighbor", "friend", "son", "daughter", "grandson", "granddaughter", "student"]
}
