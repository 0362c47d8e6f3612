import ThematicCore

/// What a recognizer sees of one text: tokens, each word's facts from the gazetteer, and whether the text is
/// lower-cased throughout (speech-to-text output), in which case capitalisation is no evidence.
struct TextView {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Tokenizer.Token]
    /// Per token: the id of its spelling's facts in `known` (words and numbers), or -1 for punctuation.
    let factIDs: [Int32]
    /// The lexicon's facts, shared rather than copied per token.
    let known: [WordFacts]
    let lowercaseText: Bool
    private let sharedGazetteer: Shared<Gazetteer>
    var gazetteer: Gazetteer { _read { yield sharedGazetteer.value } }
    /// The cue lists of the text's language.
    private let sharedCues: Shared<LanguageCues>
    var cues: LanguageCues { _read { yield sharedCues.value } }
    /// Every flag any token of the text has, so a recognizer can skip a text with nothing for it.
    let flagsPresent: WordFacts.Flags
    /// Whether the text has digits.
    let hasNumbers: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Tokenizer.Token], factIDs: [Int32], known: [WordFacts], lowercaseText: Bool, gazetteer: Shared<Gazetteer>, cues: Shared<LanguageCues>) {
        self.bytes = bytes
        self.tokens = tokens
        self.factIDs = factIDs
        self.known = known
        self.lowercaseText = lowercaseText
        sharedGazetteer = gazetteer
        sharedCues = cues
        var flags: WordFacts.Flags = []
        var numbers = false
        for (token, id) in zip(tokens, factIDs) where id >= 0 {
            flags.formUnion(known[Int(id)].flags)
            if token.kind == .number { numbers = true }
        }
        flagsPresent = flags
        hasNumbers = numbers
    }

    var count: Int { tokens.count }

    // The primitives below test with `guard`, not `&&`: the right side of `&&` is a closure, and in a debug build
    // (every test run) each one copied the whole view, retaining and releasing its five references — a fifth of the
    // anonymizer's time there.

    /// Where token `index`'s facts are in `known`; nil outside the text and for punctuation.
    private func factsIndex(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count else { return nil }
        let id = factIDs[index]
        return id >= 0 ? Int(id) : nil
    }

    private func kind(_ index: Int) -> Tokenizer.Token.Kind? {
        guard index >= 0, index < tokens.count else { return nil }
        return tokens[index].kind
    }

    func lower(_ index: Int) -> String {
        guard let facts = factsIndex(index) else { return "" }
        return known[facts].lower
    }
    /// The form looked up in the gazetteer (possessive 's removed).
    func base(_ index: Int) -> String {
        guard let facts = factsIndex(index) else { return "" }
        return known[facts].base
    }
    /// Whether any token has any of `flags`.
    func mayHave(_ flags: WordFacts.Flags) -> Bool { !flagsPresent.isDisjoint(with: flags) }
    func isWord(_ index: Int) -> Bool { kind(index) == .word }
    func isNumber(_ index: Int) -> Bool { kind(index) == .number }
    func digitCount(_ index: Int) -> Int { Int(tokens[index].end - tokens[index].start) }
    func numberValue(_ index: Int) -> Int? { isNumber(index) && digitCount(index) <= 9 ? Int(lower(index)) : nil }

    /// Whether token `index` is the punctuation character `character`.
    func isPunct(_ index: Int, _ character: Unicode.Scalar) -> Bool {
        guard kind(index) == .punct else { return false }
        return tokens[index].scalar == character.value
    }

    /// Whether the token is glued to the one before it (no white space between).
    func attached(_ index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return false }
        return !tokens[index].spaceBefore
    }

    /// Whether token `index` is the word `word` (lower-cased). Compares bytes first: this runs for most tokens.
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        guard isWord(index) else { return false }
        let token = tokens[index]
        let length = Int(token.end - token.start)
        guard length == word.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: length)
        for offset in 0..<length {
            var byte = bytes[Int(token.start) + offset]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if byte != expected[offset] { return byte >= 0x80 ? lower(index) == String(decoding: expected, as: UTF8.self) : false }
        }
        return true
    }

    /// Whether token `index` is the word `word` (lower-cased), for words known only at run time.
    func isWord(_ index: Int, equals word: String) -> Bool { isWord(index) && lower(index) == word }

    func isCapitalized(_ index: Int) -> Bool {
        guard let facts = factsIndex(index) else { return false }
        return known[facts].capitalized
    }

    /// A capitalised word (not all capitals: acronyms are not names) that is a name of the gazetteers, or that no word
    /// list, place list or cue list knows. A hyphenated word whose parts are all ordinary words ("Well-being",
    /// "E-health") is known.
    func isUnknownCapital(_ index: Int) -> Bool {
        guard isWord(index), isCapitalized(index),
              has(index, .firstName) || has(index, .surname)
                || ![WordFacts.Flags.english, .place, .multiwordPlaceStart, .worldCity, .streetName, .streetWord, .workplaceWord, .month, .functionWord, .allowed, .title]
                    .contains(where: { has(index, $0) }) else { return false }
        let token = tokens[index]
        let tail = bytes[(Int(token.start) + 1)..<Int(token.end)]
        if tail.contains(0x2D), !has(index, .firstName), !has(index, .surname),
           base(index).split(separator: "-").allSatisfy({ $0.count == 1 || gazetteer.englishWords.contains(String($0)) })
            // "GPS-klokka", "DIPS-journalen": a product or acronym the allow-list knows, with a word after it.
            || base(index).split(separator: "-").first.map({ gazetteer.allowed.contains(String($0)) }) == true
            // "Safemate-alarmen", "Memas-appen": a product named with what it is.
            || base(index).split(separator: "-").last.map({ Self.productWords.contains(String($0)) }) == true
            // "PLO-meldinger", "KOLS-teamet": an acronym joined to a noun in lower case names a thing.
            || Self.isAcronymCompound(text(index, index)) {
            return false
        }
        // "CEOs", "PCs": an acronym's plural is no name.
        if tail.last == 0x73, tail.dropLast().allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) }) { return false }
        if tail.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return true }
        guard tail.contains(where: { $0 >= 0x80 }) else { return false }
        return text(index, index).unicodeScalars.dropFirst().contains { $0.properties.isLowercase }
    }

    /// What a product is, after the hyphen of its name ("Safemate-alarmen", "GPS-klokka", "Memas-appen"); a name
    /// before "-familien" or "-style" stays a name.
    static func isAcronymCompound(_ word: String) -> Bool {
        let parts = word.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, (2...5).contains(parts[0].count), parts[0].allSatisfy({ $0.isUppercase }),
              parts[1].count >= 3, parts[1].allSatisfy({ $0.isLowercase }) else { return false }
        return true
    }

    static let productWords: Set<String> = ["program", "programmet", "kurs", "kurset", "modulen", "maskinen", "dispenseren", "alarm", "alarmen", "alarmer", "klokke", "klokka", "klokken", "app", "appen", "appene", "systemet", "system",
                                            "nettbrett", "nettbrettet", "brettet", "sensor", "sensoren", "sensorer", "løsningen", "løsning", "plattformen",
                                            "telefonen", "journalen", "dosetten", "robot", "roboten", "watch", "device"]

    /// Whether the word is the first of a sentence, where capitals say nothing.
    func isSentenceStart(_ index: Int) -> Bool {
        guard index >= 0, index < count else { return false }
        var previous = index - 1
        while previous >= 0, tokens[previous].kind == .punct, [0x22, 0x201C, 0x201D, 0x2018, 0x2019, 0x28, 0x27, 0x2D, 0x2013, 0x2014].contains(tokens[previous].scalar) {
            previous -= 1
        }
        guard previous >= 0 else { return true }
        if tokens[index].newlineBefore { return true }
        let token = tokens[previous]
        return token.kind == .punct && [0x2E, 0x21, 0x3F, 0x3A, 0x2026].contains(token.scalar)
    }

    /// Whether a word is part of an e-mail or web address ("jarle.myklebust@…", "…@uke.oslo…"): joined to a dot, @ or
    /// slash and another word without spaces.
    func isInAddress(_ index: Int) -> Bool {
        func joiner(_ punct: Int) -> Bool { isPunct(punct, ".") || isPunct(punct, "@") || isPunct(punct, "/") }
        return attached(index) && joiner(index - 1) || attached(index + 1) && joiner(index + 1) && attached(index + 2)
    }

    func has(_ index: Int, _ flag: WordFacts.Flags) -> Bool {
        guard let facts = factsIndex(index) else { return false }
        return known[facts].flags.contains(flag)
    }
    /// Whether token `index` has any of `flags` (`has` asks for all of them).
    func hasAny(_ index: Int, _ flags: WordFacts.Flags) -> Bool {
        guard let facts = factsIndex(index) else { return false }
        return !known[facts].flags.isDisjoint(with: flags)
    }

    /// The previous word's index, skipping at most one comma (so "my manager, Odd," reads as "manager Odd").
    func previousWord(_ index: Int) -> Int? {
        var previous = index - 1
        if isPunct(previous, ",") { previous -= 1 }
        return isWord(previous) ? previous : nil
    }

    /// The tokens inside the byte range (the first starting at or after its start, the last ending at or before its
    /// end), for recognizers that read shapes off the bytes.
    func tokenSpan(bytes range: Range<Int>) -> (first: Int, last: Int)? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if Int(tokens[middle].start) < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < tokens.count, Int(tokens[low].start) < range.upperBound else { return nil }
        var last = low
        while last + 1 < tokens.count, Int(tokens[last + 1].end) <= range.upperBound { last += 1 }
        return Int(tokens[last].end) <= range.upperBound ? (low, last) : nil
    }

    /// The text of tokens `first...last` as written.
    func text(_ first: Int, _ last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens[first].start)..<Int(tokens[last].end)]), as: UTF8.self)
    }
}

extension TextView {
    /// The last token of the longest of `options` (lower-cased words, the first already matched at `index`).
    func longestPhrase(_ options: [[String]], at index: Int, skippingHyphens: Bool) -> Int? {
        var best: Int?
        for words in options {
            var position = index
            var matched = true
            for word in words.dropFirst() {
                position += 1
                while skippingHyphens, isPunct(position, "-") { position += 1 }
                if !isWord(position, equals: word) { matched = false; break }
            }
            if matched, position > (best ?? -1) { best = position }
        }
        return best
    }
}

/// What the gazetteer says about one spelling, computed once per distinct spelling.
struct WordFacts: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt64
        static let firstName = Flags(rawValue: 1 << 0)
        static let surname = Flags(rawValue: 1 << 1)
        static let nameIsWord = Flags(rawValue: 1 << 2)
        static let place = Flags(rawValue: 1 << 3)
        static let placeIsWord = Flags(rawValue: 1 << 4)
        static let multiwordPlaceStart = Flags(rawValue: 1 << 5)
        static let english = Flags(rawValue: 1 << 6)
        static let month = Flags(rawValue: 1 << 7)
        static let allowed = Flags(rawValue: 1 << 8)
        static let streetName = Flags(rawValue: 1 << 9)
        static let streetWord = Flags(rawValue: 1 << 10)
        static let workplaceWord = Flags(rawValue: 1 << 11)
        static let functionWord = Flags(rawValue: 1 << 12)
        static let personCueBefore = Flags(rawValue: 1 << 13)
        static let personCueAfter = Flags(rawValue: 1 << 14)
        static let title = Flags(rawValue: 1 << 15)
        static let workplacePhraseStart = Flags(rawValue: 1 << 16)
        /// A number or a decade of life said in words ("eighty-seven", "åttiåtte", "mid-nineties", "åttiåra").
        static let spelledNumber = Flags(rawValue: 1 << 17)
        /// A digit said in words ("nine", "null", "sju"): phone and room numbers are dictated with them.
        static let digitWord = Flags(rawValue: 1 << 18)
        static let urlStart = Flags(rawValue: 1 << 19)
        static let placePreposition = Flags(rawValue: 1 << 20)
        static let worldCity = Flags(rawValue: 1 << 21)
        static let worldCityStart = Flags(rawValue: 1 << 22)
        static let countryStart = Flags(rawValue: 1 << 23)
        /// A country of one word ("Brazil"); countries of several words start with `countryStart`.
        static let country = Flags(rawValue: 1 << 24)
        /// Cue words recognizers test at every token, as flags rather than set lookups.
        static let employmentVerb = Flags(rawValue: 1 << 25)
        static let documentNumberWord = Flags(rawValue: 1 << 26)
        static let unitWord = Flags(rawValue: 1 << 27)
        static let regionStart = Flags(rawValue: 1 << 28)
        /// A word a room number follows ("room", "rom").
        static let roomWord = Flags(rawValue: 1 << 29)
        /// A word a district's name follows ("sone", "distrikt", "bydel").
        static let areaWord = Flags(rawValue: 1 << 30)
        /// A day of the month as an ordinal word ("twelfth", "tjuende"): spoken dates need no digit.
        static let dayOrdinal = Flags(rawValue: 1 << 31)
        /// A word for the company that supplies a service ("leverandøren", "the supplier"): its name may follow.
        static let supplierWord = Flags(rawValue: 1 << 32)
        /// Digits said in words and joined by hyphens ("null-seks-null-tre", "nine-nine"): how a transcriber writes a
        /// number read out in pairs or in one breath.
        static let hyphenatedDigits = Flags(rawValue: 1 << 33)
        /// A year said as one word ("nittentretti", "attenåttini"), as Norwegians say their parents' birth years.
        static let spokenYear = Flags(rawValue: 1 << 34)
        /// A word the Norwegian dictionaries write only with a capital ("kjerringøy", "mjøsa"): a name of some kind.
        static let norwegianProperNoun = Flags(rawValue: 1 << 35)
    }

    /// The spelling lower-cased.
    var lower: String
    /// The form looked up (possessive 's removed).
    var base: String
    var capitalized: Bool
    var flags: Flags
}
