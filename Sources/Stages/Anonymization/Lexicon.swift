import ThematicCore

/// Turns a spelling into `WordFacts` with the gazetteer, once per distinct spelling (cached by bytes per worker).
struct Lexicon {
    let sharedGazetteer: Shared<Gazetteer>
    var gazetteer: Gazetteer { _read { yield sharedGazetteer.value } }
    /// The cue lists of the language of the texts this lexicon reads.
    let sharedCues: Shared<LanguageCues>
    var cues: LanguageCues { _read { yield sharedCues.value } }
    private var table = SpellingTable(capacity: 1 << 14)
    /// Facts by spelling id; a text view indexes into it instead of copying facts per token.
    private(set) var known: [WordFacts] = []

    init(gazetteer: Shared<Gazetteer>, cues: Shared<LanguageCues>) {
        sharedGazetteer = gazetteer
        sharedCues = cues
    }

    static let streetSuffixes = [
        "alléen", "allé", "bakken", "berget", "bråten", "eggen", "engen", "ekra", "faret", "flata", "gata", "gaten", "gate",
        "gjerdet", "grenda", "gropa", "hagen", "haugen", "havna", "holtet", "høgda", "jordet", "kollen", "kroken", "lia",
        "lunden", "lyngen", "løkka", "marka", "moen", "myra", "plassen", "ringen", "roa", "røa", "skogen", "skrenten",
        "spranget", "stien", "stranda", "stubben", "stykket", "svingen", "tjernet", "toppen", "tunet", "vollen", "vika",
        "åsen", "veien", "vegen", "vei", "veg", "terrassen", "brekka", "sletta", "dalen", "tunet", "kleiva", "hella",
        // Other languages' street names written as one word: Lindenstraße, Kerkstraat, Storgatan, Birkevej.
        "straße", "strasse", "str", "weg", "straat", "laan", "gatan", "vägen", "vej", "gade", "gasse", "platz",
    ]
    private static let suffixSet = Set(streetSuffixes)
    private static let suffixLengths = Set(streetSuffixes.map(\.count)).sorted()

    /// A word ending in a street suffix with at least two letters before it ("Strandlia", not "lia").
    static func isStreetName(_ word: String) -> Bool {
        let count = word.count
        return suffixLengths.contains { length in count >= length + 2 && suffixSet.contains(String(word.suffix(length))) }
    }

    /// A people named in the plural or after its country: "Lithuanians", "Norwegians" (a listed people and "s"),
    /// "Eritrean", "Eritreans", "Kenyans" (a country and "n"/"ns"). Names are no plurals of peoples.
    static func isPeople(_ lower: String, _ g: Gazetteer) -> Bool {
        guard lower.count >= 6, lower.hasSuffix("n") || lower.hasSuffix("ns") else { return false }
        if lower.hasSuffix("s"), g.peoples.contains(String(lower.dropLast())) { return true }
        return g.countries.contains(String(lower.dropLast(lower.hasSuffix("s") ? 2 : 1)))
    }

    static let streetWords: Set<String> = ["gate", "gata", "gaten", "vei", "veien", "veg", "vegen", "allé", "alle", "plass", "street",
                                           "road", "lane", "avenue", "terrasse", "vegen", "stien", "crescent", "close", "drive",
                                           "boulevard", "terrace", "rd", "st", "ave", "straße", "strasse", "weg", "laan", "straat",
                                           "gatan", "vägen", "vej", "gade", "platz", "utca", "út"]
    static let workplaceWords: Set<String> = [
        "sykehjem", "sykehjemmet", "omsorgssenter", "omsorgssenteret", "helsesenter", "helsesenteret", "helsehus", "helsehuset",
        "legesenter", "legesenteret", "legekontor", "legekontoret", "sjukeheim", "sjukeheimen", "rehabiliteringssenter",
        "rehabiliteringssenteret", "dagsenter", "dagsenteret", "behandlingssenter", "behandlingssenteret", "hospital",
        "clinic", "klinikk", "klinikken", "sykehus", "sykehuset", "bofellesskap", "bofellesskapet", "hospice", "helsetun",
        "omsorgstun", "eldresenter", "eldresenteret", "helseheim", "aldersheim", "aldershjem", "hjemmetjeneste",
        "hjemmetjenesten", "hjemmesykepleie", "hjemmesykepleien", "heimeteneste", "heimetenesta", "omsorgsbolig",
        "omsorgsboliger", "omsorgsboligene", "serviceboliger", "legevakt", "legevakta", "legevakten",
        // Schools and kindergartens are named after their place as homes are ("Olden skule", "Vikhammer barnehage"); the
        // definite forms follow prepositions in lower-cased speech ("etter skolen") and stay out.
        "skole", "skule", "school", "barnehage",
    ]
    /// Per spelling id, the last interview (by `interviewStamp`) that wrote it in lower case inside a sentence that has
    /// capitals, outside an e-mail or web address: "Takk, Gro." at a turn's start is a word when the same interview says
    /// "tusen takk" elsewhere, whereas a name is written with its capital in every cased sentence.
    private var writtenLowerIn: [UInt32] = []
    private var interviewStamp: UInt32 = 0

    /// Starts a new interview for `writesInLowerCase`.
    mutating func beginInterview() { interviewStamp &+= 1 }

    /// Notes the words `text` writes in lower case inside sentences that start with a capital (speech-to-text turns,
    /// lower case throughout, say nothing: the caller skips them).
    mutating func noteLowerCaseWords(_ text: TextView) {
        if writtenLowerIn.count < known.count { writtenLowerIn += repeatElement(0, count: known.count - writtenLowerIn.count) }
        var casedSentence = false
        for index in 0..<text.count where text.tokens[index].kind == .word {
            if text.isSentenceStart(index) {
                casedSentence = text.isCapitalized(index)
            } else if casedSentence, !text.isCapitalized(index), !text.isInAddress(index) {
                writtenLowerIn[Int(text.factIDs[index])] = interviewStamp
            }
        }
    }

    /// Whether every word of `phrase` was written in lower case in a cased sentence of the current interview.
    func writesInLowerCase(_ phrase: String) -> Bool {
        let words = phrase.split { !$0.isLetter }
        return !words.isEmpty && words.allSatisfy { word in
            var lower = word.lowercased()
            guard let id = lower.withUTF8({ table.find($0, hash: SpellingTable.hash($0)) }), Int(id) < writtenLowerIn.count else { return false }
            return writtenLowerIn[Int(id)] == interviewStamp
        }
    }

    /// The id (index into `known`) of the facts for a word or number token's bytes.
    mutating func factsID(_ word: UnsafeBufferPointer<UInt8>, isNumber: Bool) -> Int32 {
        let hash = SpellingTable.hash(word)
        if let id = table.find(word, hash: hash) { return id }
        let text = String(decoding: word, as: UTF8.self)
        let facts = isNumber ? numberFacts(text) : compute(text)
        let id = table.insert(word, hash: hash)
        known.append(facts)
        return id
    }

    private func numberFacts(_ text: String) -> WordFacts {
        WordFacts(lower: text, base: text, capitalized: false, flags: [])
    }

    /// The form looked up for a lower-cased spelling: a possessive's name ("klara's" is klara).
    static func withoutPossessive(_ spelled: String) -> String {
        spelled.hasSuffix("'s") || spelled.hasSuffix("\u{2019}s") ? String(spelled.dropLast(2)) : spelled
    }

    private func compute(_ text: String) -> WordFacts {
        let spelled = text.lowercased()
        let lower = Self.withoutPossessive(spelled)
        let capitalized = text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
        var flags: WordFacts.Flags = []
        let g = gazetteer
        // Bound once: in a debug build each use of the property (some on the right of `||`) copied the cue lists.
        let cues = self.cues
        if g.firstNames.contains(lower) { flags.insert(.firstName) }
        if g.surnames.contains(lower) { flags.insert(.surname) }
        if g.namesThatAreWords.contains(lower) { flags.insert(.nameIsWord) }
        if g.places.contains(lower) { flags.insert(.place) }
        if g.placesThatAreWords.contains(lower) { flags.insert(.placeIsWord) }
        if g.multiwordPlaces[lower] != nil { flags.insert(.multiwordPlaceStart) }
        if g.worldCities.contains(lower) { flags.insert(.worldCity) }
        if g.worldCityPhrases[lower] != nil { flags.insert(.worldCityStart) }
        if g.countryFirstWords.contains(lower) { flags.insert(.countryStart) }
        if g.countries.contains(lower) { flags.insert(.country) }
        if g.regions[lower] != nil { flags.insert(.regionStart) }
        if g.englishWords.contains(lower) { flags.insert(.english) }
        if g.norwegianProperNouns.contains(lower) { flags.insert(.norwegianProperNoun) }
        if cues.months[lower] != nil { flags.insert(.month) }
        if g.allowed.contains(lower) || cues.neverReplaced.contains(lower) { flags.insert(.allowed) }
        if !flags.contains(.firstName), !flags.contains(.surname), Self.isPeople(lower, g) { flags.insert(.allowed) }
        if Self.streetWords.contains(lower) { flags.insert(.streetWord) }
        if !flags.contains(.english), Self.isStreetName(lower) { flags.insert(.streetName) }
        if Self.workplaceWords.contains(lower) || (lower.count > 10 && (lower.hasSuffix("sykehjem") || lower.hasSuffix("omsorgssenter") || lower.hasSuffix("helsesenter"))) {
            flags.insert(.workplaceWord)
        }
        if cues.functionWords.contains(lower) { flags.insert(.functionWord) }
        if cues.personCuesBefore.contains(lower) { flags.insert(.personCueBefore) }
        if cues.personCuesAfter.contains(lower) { flags.insert(.personCueAfter) }
        if cues.titles.contains(lower) { flags.insert(.title) }
        if WorkplaceRecognizer.phraseStarts.contains(lower) { flags.insert(.workplacePhraseStart) }
        if NumberWords.isSpelled(lower) { flags.insert(.spelledNumber) }
        if NumberWords.digits[lower] != nil { flags.insert(.digitWord) }
        if NumberWords.hyphenatedDigitCount(lower) != nil { flags.insert(.hyphenatedDigits) }
        if NumberWords.spokenYear(lower) != nil { flags.insert(.spokenYear) }
        if DateRecognizer.ordinals[lower] != nil { flags.insert(.dayOrdinal) }
        if cues.roomWords.contains(lower) { flags.insert(.roomWord) }
        if cues.areaWords.contains(lower) { flags.insert(.areaWord) }
        if cues.supplierWords.contains(lower) { flags.insert(.supplierWord) }
        if lower == "http" || lower == "https" || lower == "www" { flags.insert(.urlStart) }
        if cues.placePrepositions.contains(lower) { flags.insert(.placePreposition) }
        if cues.employmentVerbs.contains(lower) { flags.insert(.employmentVerb) }
        if cues.numberWords.contains(lower) || cues.documentCompounds.contains(lower) { flags.insert(.documentNumberWord) }
        if cues.unitWords.contains(lower) { flags.insert(.unitWord) }
        return WordFacts(lower: spelled == lower ? lower : spelled, base: lower, capitalized: capitalized, flags: flags)
    }
}
