/// What counts as a mention of an identifier — one definition, used by the anonymizer (to find every mention of what
/// the study lists and of what was found with confidence, and replace it) and by the leak gate (to refuse a run when
/// a mention survives). Whatever the gate would recognise, the anonymizer has already replaced, so the gate refuses
/// only on a genuine failure.
///
/// A text is read as `LeakText.WordIndex` words: NFKC, lower case, soft hyphens and zero-width characters removed,
/// any non-letter a word boundary. An identifier's words match a run of the text's words
/// - in any case ("brattvoll", "BRATTVOLL"), in any Unicode form (NFD, full-width letters);
/// - with light separators between them (spaces, line breaks, hyphens, dots, apostrophes, underscores, slashes);
///   punctuation that ends a phrase (a comma, a colon) only where the identifier itself has it
///   ("Storgata 14, 7600 Levanger", "Nordmann, Kari");
/// - inside compounds ("nordmann-familien", "Aasen-style"), and with English and Norwegian genitives: "Torgeir's"
///   and "Torgeirs'" are words followed by `s`, the Norwegian "Svanhilds" the name with an `s` glued to its last word;
/// - an identifier that is also an ordinary word ("Per", "Else", "Line", `needsNameContext`) only where the context
///   says it is a name (`isNameInContext`): "Per said", "Else told me", "my colleague Line", a capital inside a
///   sentence ("I asked Per"), "Per sin bil" — not "per week", "anyone else", "the line".
///
/// Numbers (`LeakText.digits(of:)`: six digits or more) are matched as digit runs by the leak gate only.
public struct MentionMatcher: Sendable {
    /// One mention in a text: words `firstWord...lastWord` of the index, the identifier's position in the list the
    /// matcher was made from, and where it stands in the text (UTF-8 offsets, -1 where escapes were undone).
    public struct Mention: Equatable, Sendable {
        public var identifier: Int
        public var line: Int
        public var sourceStart: Int
        public var sourceEnd: Int
        public var firstWord: Int
        public var lastWord: Int
    }

    struct Entry: Sendable {
        var words: [[UInt8]]
        /// Per word after the first: whether the identifier has phrase-ending punctuation before it.
        var brokenBefore: [Bool]
        var identifier: Int
        var needsNameContext: Bool
    }

    /// First words, byte-keyed: a text's words are looked up without making a string of each.
    private(set) var firstWords = SpellingTable(capacity: 1024)
    /// Per first word, the entries that start with it, longest first.
    private(set) var entries: [[Entry]] = []
    private(set) var numbers: [String: Int] = [:]
    /// The most words an identifier has.
    private(set) var longestIdentifier = 0
    private var numberLengths: [Int] = []
    /// The identifiers the matcher was made from, in the order given.
    public let identifiers: [ProtectedIdentifier]

    /// A matcher for `identifiers`; mentions name them by position in this list.
    public init(_ identifiers: [ProtectedIdentifier]) {
        self.identifiers = identifiers
        var lengths = Set<Int>()
        for (position, identifier) in identifiers.enumerated() {
            let index = LeakText.WordIndex(identifier.text)
            let words = index.words.map { Array(index.bytes[Int($0.start)..<Int($0.end)]) }
            if let first = words.first {
                let id: Int32 = first.withUnsafeBufferPointer { buffer in
                    let hash = SpellingTable.hash(buffer)
                    return firstWords.find(buffer, hash: hash) ?? firstWords.insert(buffer, hash: hash)
                }
                if Int(id) == entries.count { entries.append([]) }
                entries[Int(id)].append(Entry(words: words, brokenBefore: index.words.dropFirst().map(\.broken), identifier: position,
                                              needsNameContext: identifier.needsNameContext && words.count == 1))
            }
            if let digits = LeakText.digits(of: identifier.text), numbers[digits] == nil {
                numbers[digits] = position
                lengths.insert(digits.count)
            }
        }
        for id in entries.indices { entries[id].sort { $0.words.count > $1.words.count } }
        longestIdentifier = entries.lazy.compactMap { $0.first?.words.count }.max() ?? 0
        numberLengths = lengths.sorted()
    }

    /// Whether there is nothing to look for.
    public var isEmpty: Bool { entries.isEmpty && numbers.isEmpty }
    /// Whether there are words to look for (not only numbers).
    public var hasWords: Bool { !entries.isEmpty }

    /// Every mention of an identifier's words in `index`, in text order (at each word, the longest identifier that
    /// matches there).
    public func mentions(in index: LeakText.WordIndex) -> [Mention] {
        guard !entries.isEmpty else { return [] }
        var found: [Mention] = []
        let words = index.words
        index.bytes.withUnsafeBufferPointer { bytes in
            func word(_ position: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: bytes[Int(words[position].start)..<Int(words[position].end)])
            }
            for position in words.indices {
                let first = word(position)
                var candidates = firstWords.find(first, hash: SpellingTable.hash(first)).map { entries[Int($0)] } ?? []
                // The Norwegian genitive of a one-word identifier: "Svanhilds" is Svanhild's.
                var genitiveOnly = false
                if candidates.isEmpty, first.count >= 4, first[first.count - 1] == 0x73 {
                    let stem = UnsafeBufferPointer(rebasing: first[0..<(first.count - 1)])
                    candidates = firstWords.find(stem, hash: SpellingTable.hash(stem)).map { entries[Int($0)] } ?? []
                    genitiveOnly = true
                    // The genitive of a name of three letters is too often a word of four ("Thi" → "this", "Ha" …): only
                    // with the name's capital inside a sentence ("Jeg lånte Olas bil").
                    if stem.count <= 3, !words[position].capitalized || words[position].sentenceStart { candidates = [] }
                }
                for entry in candidates where entry.words.count <= words.count - position && (!genitiveOnly || entry.words.count == 1) {
                    var matches = true
                    var last = position
                    for offset in entry.words.indices.dropFirst() {
                        let next = position + offset
                        if words[next].broken && !entry.brokenBefore[offset - 1] { matches = false; break }
                        let text = word(next)
                        let expected = entry.words[offset]
                        if text.elementsEqual(expected) { last = next; continue }
                        // The genitive on the last word: "Kari Nordmanns".
                        if offset == entry.words.count - 1, text.count == expected.count + 1, text[text.count - 1] == 0x73,
                           text.prefix(expected.count).elementsEqual(expected) {
                            last = next
                            continue
                        }
                        matches = false
                        break
                    }
                    guard matches else { continue }
                    if entry.needsNameContext, !Self.isNameInContext(index, at: position, bytes: bytes, inflected: genitiveOnly) { continue }
                    // An English possessive belongs to the mention ("Torgeir's" is replaced whole, as the anonymizer's
                    // tokens read it).
                    if last + 1 < words.count, words[last + 1].apostrophe, words[last + 1].line == words[last].line,
                       word(last + 1).elementsEqual([0x73]) {
                        last += 1
                    }
                    found.append(Mention(identifier: entry.identifier, line: Int(words[position].line), sourceStart: Int(words[position].sourceStart),
                                         sourceEnd: Int(words[last].sourceEnd), firstWord: position, lastWord: last))
                    break
                }
            }
        }
        return found
    }

    /// Every mention in a text read as it is (a transcript's text node): offsets point into `text`.
    public func mentions(inText text: String) -> [Mention] {
        guard hasWords, mayHoldMention(inText: text) else { return [] }
        return mentions(in: LeakText.WordIndex(text, unescaping: false))
    }

    /// Lines and identifiers of the numbers in `index` (digit runs holding a protected number).
    public func numberMentions(in index: LeakText.WordIndex) -> [(line: Int, identifier: Int)] {
        guard !numbers.isEmpty else { return [] }
        var found: [(line: Int, identifier: Int)] = []
        for run in index.digitRuns where run.digits.count >= 6 {
            let digits = Array(run.digits.utf8)
            for length in numberLengths where length <= digits.count {
                for start in 0...(digits.count - length) {
                    if let identifier = numbers[String(decoding: digits[start..<(start + length)], as: UTF8.self)] { found.append((run.line, identifier)) }
                }
            }
        }
        return found
    }

    // MARK: - Names that are also words

    /// Words right before a name that say it is one ("my colleague Per", "hei Else").
    static let cuesBefore: Set<String> = [
        "colleague", "colleagues", "manager", "boss", "named", "called", "dear", "hi", "hello", "hey", "thanks", "mr", "mrs", "ms", "miss",
        "dr", "aunt", "uncle", "brother", "sister", "husband", "wife", "son", "daughter", "neighbour", "neighbor", "nurse",
        "kollega", "kollegaen", "kollegaer", "sjefen", "lederen", "heter", "het", "hei", "hallo", "takk", "kjære", "tante", "onkel",
        "bror", "broren", "søster", "søstera", "søsteren", "mannen", "kona", "sønnen", "dattera", "datteren", "naboen",
    ]
    /// Words right after a name that say it is one ("Per said", "Else told me", "Per sin bil").
    static let cuesAfter: Set<String> = [
        "said", "says", "told", "tells", "asked", "asks", "thinks", "thought", "wrote", "replied", "answered", "explained",
        "laughed", "smiled", "agreed", "suggested", "called", "phoned", "rang", "mentioned", "insisted",
        "sa", "sier", "spurte", "spør", "fortalte", "forteller", "svarte", "mente", "mener", "synes", "syntes", "tenkte", "skrev",
        "ringte", "lo", "sin", "si", "sitt", "sine", "helped", "hjalp", "died", "døde", "døydde", "kaller",
        // "it was max who found him" ("anyone else who" is "else" after "anyone").
        "who",
    ]
    /// Pronouns after a capitalised word at a sentence start and a comma: "Sol, she is our youngest", "Ask, han er".
    static let pronounsAfterComma: Set<String> = ["she", "he", "she's", "he's", "who", "hun", "han", "ho", "hu", "som"]
    /// Verbs after a known name at a sentence start: "Per var den som kunne alt", "Liv found out", "Arnfinn died".
    /// ("is", "er", "has", "har" and "og" stay out: "Liv er kort", "Liv og helse").
    static let verbsAfterSentenceStart: Set<String> = ["was", "had", "died", "found", "started", "went", "came", "helped",
                                                        "var", "hadde", "døde", "døydde", "fant", "fann", "begynte", "byrja", "gikk", "kom"]
    /// Words after which an ordinary word is the word ("anyone else", "somewhere else", "three times per").
    static let notAfter: Set<String> = [
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "no", "nobody", "noone", "something", "anything",
        "everything", "nothing", "somewhere", "anywhere", "everywhere", "nowhere", "or", "what", "who", "whom", "where", "how", "little",
        "much", "all", "times", "the", "a", "an", "on", "off", "this", "that", "per", "each",
    ]

    /// Whether the one-word mention at `position`, an ordinary word as well as a name, is a name here: a word before or
    /// after says so ("my colleague Per", "Per said", "Per sin bil"), or it is written with a capital inside a sentence
    /// ("I asked Per"), or with a capital at a sentence start and then a possessive ("Per's idea"). The anonymizer and the leak gate ask this of the same words, so they agree.
    static func isNameInContext(_ index: LeakText.WordIndex, at position: Int, bytes: UnsafeBufferPointer<UInt8>, inflected: Bool) -> Bool {
        let words = index.words
        func text(_ position: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(words[position].start)..<Int(words[position].end)]), as: UTF8.self)
        }
        let word = words[position]
        let before = position > 0 && words[position - 1].line == word.line && !word.broken ? text(position - 1) : nil
        var next = position + 1
        var possessive = false
        if next < words.count, words[next].apostrophe, text(next) == "s" {
            possessive = true
            next += 1
        }
        let after = next < words.count && words[next].line == word.line && !words[next].broken ? text(next) : nil
        if let before, notAfter.contains(before) { return false }
        if let before, cuesBefore.contains(before) { return true }
        // "thank you liv", "thank you, Per.": a name thanked, closing the phrase ("thank you per se" goes on).
        if before == "you", position > 1, words[position - 2].line == word.line, text(position - 2) == "thank",
           after == nil || next < words.count && words[next].broken { return true }
        if !inflected, let after, cuesAfter.contains(after) { return true }
        guard word.capitalized else { return false }
        if !word.sentenceStart { return true }
        // At a sentence start every word has a capital: only a possessive straight after marks a name ("Per's idea"),
        // or a comma and a pronoun for the person ("Sol, she is our youngest").
        if possessive { return true }
        let commaAfter = Int(word.end) < bytes.count && bytes[Int(word.end)] == UInt8(ascii: ",")
        if commaAfter { return after.map { pronounsAfterComma.contains($0.lowercased()) } ?? false }
        return !inflected && after.map { verbsAfterSentenceStart.contains($0) } ?? false
    }
}
