/// What the safety-net recognizers share: the span of a name around a capitalised word no list knows.
enum UnknownWords {
    /// Reported in the key's review list, so a reader knows why a word went.
    static let reason = "capitalised word no dictionary or list knows"
    /// The person recognizer's guesses at names no list knows, with the context that gave them away.
    static let withPersonCue = "unknown capitalised word with a person cue"
    static let twoUnknownCapitals = "two capitalised words no list knows"
    static let withInitial = "capitalised word, initial, capitalised word"
    /// Every reason that marks a guess at a name no list knows (the summary and `anonymization.json` count them).
    /// The same guess at a sentence start, where a capital is no evidence (kept only when the interview never writes the
    /// word in lower case).
    static let atSentenceStart = "capitalised word no dictionary or list knows, at a sentence start"
    static let reasons: Set<String> = [reason, atSentenceStart, withPersonCue, twoUnknownCapitals, withInitial]
    /// Words that may sit inside a name of several words ("Videm pri Ptuju", "Rue de la Paix").
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "la", "le", "al", "el", "bin", "ben", "da", "do", "dos", "del", "di", "pri", "im", "bei", "am"]
    /// Words that head a place name of several words ("Lake Sarachester", "Mount Kosciuszko", "San Isidro").
    static let placeHeads: Set<String> = ["lake", "mount", "mt", "port", "fort", "saint", "st", "san", "santa", "são", "cape", "glen", "new", "north",
                                          "south", "east", "west", "upper", "lower", "great", "little", "bad", "sankt"]
}

extension TextView {
    /// Whether a name no list knows starts at `index` (names of the gazetteers are the person recognizer's, with its
    /// rules for names that are also words, "May").
    func startsUnknownName(_ index: Int) -> Bool {
        isUnknownCapital(index) && !has(index, .firstName) && !has(index, .surname) && !has(index, .personCueAfter)
            && !has(index, .personCueBefore) && !has(index, .country)
    }

    /// The name around an unknown capital: a place head before it ("Lake"), then capitalised words no dictionary knows,
    /// names, initials and particles after it (at most four words in all). Ordinary capitalised words after it stay
    /// ("Cookhouse Country Club" loses only "Cookhouse").
    func unknownNameSpan(_ index: Int) -> (Int, Int)? {
        var first = index
        if !isSentenceStart(index), isWord(index - 1), isCapitalized(index - 1), UnknownWords.placeHeads.contains(lower(index - 1)) { first -= 1 }
        var last = index
        while last - first < 3 {
            var next = last + 1
            if isWord(next), UnknownWords.particles.contains(lower(next)), isNamePart(next + 1) { next += 1 }
            guard isNamePart(next), !tokens[next].newlineBefore else { break }
            last = next
        }
        return (first, last)
    }

    /// A word that can continue a name: a name of the gazetteers, an initial, or a capitalised word no dictionary knows.
    func isNamePart(_ index: Int) -> Bool {
        guard isWord(index), isCapitalized(index),
              ![WordFacts.Flags.functionWord, .allowed, .month, .title, .personCueAfter, .personCueBefore, .workplaceWord, .country].contains(where: { has(index, $0) })
        else { return false }
        return has(index, .firstName) || has(index, .surname) || tokens[index].end - tokens[index].start == 1 || !has(index, .english)
    }

    /// A word of two letters or more written in capitals only (any script).
    func isCapitalsWord(_ index: Int) -> Bool {
        guard isWord(index), isCapitalized(index), tokens[index].end - tokens[index].start >= 2 else { return false }
        let token = tokens[index]
        let written = bytes[Int(token.start)..<Int(token.end)]
        if written.allSatisfy({ $0 < 0x80 }) { return written.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } }
        return !text(index, index).unicodeScalars.contains { $0.properties.isLowercase }
    }
}
