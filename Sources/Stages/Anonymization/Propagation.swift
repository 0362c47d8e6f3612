import ThematicCore

/// What was found with confidence anywhere in the study, to be looked for everywhere, and how mentions link up.
///
/// Mentions are found by `MentionMatcher`, the leak gate's own definition of a mention (any case and Unicode form,
/// genitives, compounds, the identifier's own punctuation), so whatever the gate would recognise of these is replaced.
struct PropagationIndex: Sendable {
    /// What the matcher looks for, and per matcher identifier the words and type a finding carries.
    let matcher: MentionMatcher
    let targets: [(words: [String], type: IdentifierType)]
    /// A single first name or surname → the full name it belongs to, when exactly one full name has it.
    private(set) var nameLinks: [String: [String]] = [:]
    /// An organisation's name without its legal form → the organisation ("dikema" → "dikema as").
    private(set) var organisationLinks: [[String]: [String]] = [:]

    init(findings: [Finding], gazetteer: Gazetteer) {
        var builder = Builder(gazetteer: gazetteer)
        builder.add(findings)
        self = builder.index()
    }

    private init(targets: [(words: [String], type: IdentifierType, text: String, needsNameContext: Bool)], nameLinks: [String: [String]],
                 organisationLinks: [[String]: [String]]) {
        matcher = MentionMatcher(targets.map { ProtectedIdentifier($0.text, reference: "", needsNameContext: $0.needsNameContext) })
        self.targets = targets.map { ($0.words, $0.type) }
        self.nameLinks = nameLinks
        self.organisationLinks = organisationLinks
    }

    /// Builds the index from findings given a part at a time, in study order (a chunk of interviews after another):
    /// it keeps what the index needs — each word sequence once, with the type it was first found as — not the findings.
    struct Builder {
        let gazetteer: Gazetteer
        private var targets: [(words: [String], type: IdentifierType, text: String, needsNameContext: Bool)] = []
        private var seen: Set<[String]> = []
        private var fullNamesByPart: [String: Set<[String]>] = [:]
        private var organisationsByName: [[String]: Set<[String]>] = [:]

        /// `studyNames`: the parts of the study's listed names, linked to their full names like parts of names found.
        init(gazetteer: Gazetteer, studyNames: [(part: String, full: [String])] = []) {
            self.gazetteer = gazetteer
            for (part, full) in studyNames { fullNamesByPart[part, default: []].insert(full) }
        }

        private mutating func add(_ words: [String], _ type: IdentifierType, text: String, needsNameContext: Bool = false) {
            guard !words.isEmpty, seen.insert(words).inserted else { return }
            targets.append((words, type, text, needsNameContext))
        }

        /// Adds the next findings, in study order.
        mutating func add(_ findings: [Finding]) {
            for finding in findings where finding.propagates && PropagationIndex.propagatingTypes.contains(finding.type) {
                let words = finding.words.filter { !gazetteer.allowed.contains($0) }
                guard !words.isEmpty else { continue }
                if words.count == 1 && PropagationIndex.isOrdinaryWord(words[0], gazetteer) {
                    // A name that is also a word, found where the sentence said a person ("Liv is fantastic. She …"): looked
                    // for again only where the context says a name, as the parts of full names are.
                    // A name given by a naming verb ("han heite Ask", "Tor heter jeg") is as sure.
                    if PropagationIndex.reasonsForNamesThatAreWords.contains(finding.reason), PropagationIndex.canBeNamedInContext(words[0], gazetteer) {
                        add(words, .person, text: words[0], needsNameContext: true)
                    }
                    continue
                }
                // E-mail addresses and addresses are looked for as written (their punctuation is part of them); other
                // identifiers by their words.
                add(words, finding.type, text: finding.type == .email || words.count == finding.words.count && finding.type == .address
                    ? finding.text : words.joined(separator: " "))
                if finding.type == .organisation, let name = PropagationIndex.nameWithoutLegalForm(words, gazetteer) {
                    // People say a company's name without its form ("Dikema AS" … "at Dikema"); a window of text that
                    // joins "Dikema" to an unrelated "as" must find it replaced already.
                    organisationsByName[name, default: []].insert(words)
                    add(name, .organisation, text: name.joined(separator: " "))
                }
                if finding.type == .person, words.count > 1, finding.linksParts {
                    for part in [words[0], words[words.count - 1]] {
                        // Every part links a mention found on its own to its full name and is looked for everywhere; a
                        // part that is also an ordinary word ("Max", "Vår") only where the context says it is a name.
                        fullNamesByPart[part, default: []].insert(words)
                        if !PropagationIndex.isOrdinaryWord(part, gazetteer) {
                            add([part], .person, text: part)
                        } else if PropagationIndex.canBeNamedInContext(part, gazetteer) {
                            add([part], .person, text: part, needsNameContext: true)
                        }
                    }
                }
            }
        }

        /// The index of everything added.
        func index() -> PropagationIndex {
            var nameLinks: [String: [String]] = [:]
            for (part, names) in fullNamesByPart where names.count == 1 { nameLinks[part] = names.first! }
            var organisationLinks: [[String]: [String]] = [:]
            for (name, organisations) in organisationsByName where organisations.count == 1 { organisationLinks[name] = organisations.first! }
            return PropagationIndex(targets: targets, nameLinks: nameLinks, organisationLinks: organisationLinks)
        }
    }

    /// The types whose findings are looked for everywhere.
    static let propagatingTypes: Set<IdentifierType> = [.person, .place, .workplace, .organisation, .address, .email]

    /// Words that must not be propagated on their own: they are ordinary words as well as names or places.
    /// Findings that make a word that is also a name the name of someone in the study.
    static let reasonsForNamesThatAreWords: Set<String> = [NameThatIsAWordRecognizer.reason, PersonRecognizer.namingReason, PersonRecognizer.contextReason, NameBeforeNamingVerbRecognizer.reason, SpeakerNameRecognizer.reason]

    /// Legal forms as the words of a finding spell them (lower case, dots gone: "AS", "A/S", "S.A." → "as", "a", "s" …).
    static let legalFormWords: Set<String> = Set(OrganisationRecognizer.forms.flatMap { Gazetteer.words($0) })

    /// The name of an organisation found with its legal form, without the form ("Dikema AS" → "dikema", "Brokvane
    /// Omsorg AS" → "brokvane omsorg"), when that name can stand for it: words of which one no dictionary or list holds,
    /// or one such word alone that is no first name or surname (not "Safe Care", "Kari"). Nil without a form at its end.
    static func nameWithoutLegalForm(_ words: [String], _ gazetteer: Gazetteer) -> [String]? {
        var name = words
        while let last = name.last, name.count > 1, legalFormWords.contains(last) { name.removeLast() }
        guard name.count < words.count else { return nil }
        // A name of ordinary words ("Safe Care") is said as words too.
        if name.count > 1 { return name.contains { !isOrdinaryWord($0, gazetteer) && !gazetteer.allowed.contains($0) } ? name : nil }
        let first = name[0]
        guard first.count >= 4, !first.allSatisfy(\.isNumber), !isOrdinaryWord(first, gazetteer), !gazetteer.allowed.contains(first),
              !gazetteer.firstNames.contains(first), !gazetteer.surnames.contains(first) else { return nil }
        return name
    }

    static func isOrdinaryWord(_ word: String, _ gazetteer: Gazetteer) -> Bool {
        gazetteer.namesThatAreWords.contains(word) || gazetteer.placesThatAreWords.contains(word) || gazetteer.englishWords.contains(word)
            || gazetteer.months[word] != nil || gazetteer.languages.merged.functionWords.contains(word) || word.count < 2
    }

    /// A name that is also a word ("Per", "Vår", "Max") but no function word, month or initial: looked for where
    /// its context says a name is meant.
    static func canBeNamedInContext(_ word: String, _ gazetteer: Gazetteer) -> Bool {
        word.count > 1 && gazetteer.months[word] == nil && !gazetteer.languages.merged.functionWords.contains(word)
    }

    /// Occurrences in a text of anything found elsewhere.
    func findings(in text: String, place: TextPlace, interview: String) -> [Finding] {
        MentionFindings.findings(matcher.mentions(inText: text), in: text, place: place, interview: interview, reason: "found elsewhere in the study") {
            targets[$0]
        }
    }
}

/// The study file's identifiers as the matcher looks for them: each identifier listed, and for a listed person's
/// name of two words or more its first name and surname alone (linked to the full name: "Torgeir's" is Torgeir
/// Brattvoll). A listed word that is also an ordinary word ("Per", "Else", "Line") counts only where its context says
/// it is a name. The same list, with the same references, is what the leak gate protects of the study.
struct StudyMentions: Sendable {
    let matcher: MentionMatcher
    let targets: [(words: [String], type: IdentifierType)]
    /// Each part of a listed name and the full name it belongs to.
    let names: [(part: String, full: [String])]

    init(identifiers: [String: [String]], gazetteer: Gazetteer) {
        var protected: [ProtectedIdentifier] = []
        var targets: [(words: [String], type: IdentifierType)] = []
        var names: [(part: String, full: [String])] = []
        // References as `Study.protectedIdentifiers` gives them, so messages read the same with or without the stage.
        for (typeName, values) in identifiers.sorted(by: { $0.key < $1.key }) {
            let studyType = IdentifierType(studyKey: typeName)
            let type = studyType == .other ? .person : studyType
            for (offset, value) in values.enumerated() {
                let words = Gazetteer.words(value)
                guard !words.isEmpty else { continue }
                let reference = "study identifiers: \(typeName) #\(offset + 1)"
                let ambiguous = words.count == 1 && PropagationIndex.isOrdinaryWord(words[0], gazetteer)
                protected.append(ProtectedIdentifier(value, reference: reference, needsNameContext: ambiguous))
                targets.append((words, type))
                guard type == .person, words.count > 1 else { continue }
                for part in Set([words[0], words[words.count - 1]]).sorted() where part.count > 1 && !gazetteer.allowed.contains(part) {
                    names.append((part, words))
                    // A part of two letters ("Md", "Li", "Bo") is also a file ending, an HTML tag or an abbreviation:
                    // a name only where the context says so, or the run is refused for "coreq.md".
                    protected.append(ProtectedIdentifier(part, reference: reference, needsNameContext: PropagationIndex.isOrdinaryWord(part, gazetteer) || part.count < 3))
                    targets.append(([part], .person))
                }
            }
        }
        matcher = MentionMatcher(protected)
        self.targets = targets
        self.names = names
    }

    /// What the leak gate protects of the study's identifiers.
    var protected: [ProtectedIdentifier] { matcher.identifiers }

    func findings(in text: String, place: TextPlace, interview: String) -> [Finding] {
        MentionFindings.findings(matcher.mentions(inText: text), in: text, place: place, interview: interview, reason: "listed in the study file") {
            targets[$0]
        }
    }
}

/// Findings from the matcher's mentions in a text.
enum MentionFindings {
    static func findings(_ mentions: [MentionMatcher.Mention], in text: String, place: TextPlace, interview: String, reason: String,
                         target: (Int) -> (words: [String], type: IdentifierType)) -> [Finding] {
        guard !mentions.isEmpty else { return [] }
        let utf8 = Array(text.utf8)
        let turn: Int = if case .turn(let index, _) = place { index } else { -1 }
        return mentions.compactMap { mention in
            guard mention.sourceStart >= 0, mention.sourceEnd > mention.sourceStart else { return nil }
            let (words, type) = target(mention.identifier)
            return Finding(interview: interview, place: place, turn: turn, byteStart: mention.sourceStart, byteEnd: mention.sourceEnd,
                           text: String(decoding: utf8[mention.sourceStart..<mention.sourceEnd], as: UTF8.self), words: words, type: type,
                           confident: true, reason: reason, propagates: true)
        }
    }
}

/// Study-wide entities and their labels, assigned in order of first appearance.
struct EntityRegistry {
    let settings: Anonymizer.Settings
    let propagation: PropagationIndex
    private(set) var entities: [Anonymizer.Entity] = []
    private var indexByKey: [String: Int] = [:]
    private var counters: [IdentifierType: Int] = [:]
    /// Forms only ever found by guesses that do not propagate; the leak gate does not hold the run to them.
    private var guessedForms: Set<String> = []
    private var backedForms: Set<String> = []

    /// What review decisions change about entities (splits, links, pseudonyms).
    var overrides = EntityOverrides.none
    /// Forms a researcher rejected in review: theirs to decide, so the leak gate does not hold the run to them.
    var rejectedForms: Set<String> = []

    let counties: [String: String]
    /// Month names of every language, for `date: month-year`.
    let months: [String: Int]

    init(settings: Anonymizer.Settings, propagation: PropagationIndex, counties: [String: String] = [:], months: [String: Int] = [:]) {
        self.settings = settings
        self.propagation = propagation
        self.counties = counties
        self.months = months
    }

    /// The entity a finding belongs to, after review decisions.
    func key(_ finding: Finding) -> String {
        overrides.isEmpty ? baseKey(finding) : overrides.key(finding, base: baseKey(finding))
    }

    /// The entity a finding's words put it in.
    func baseKey(_ finding: Finding) -> String {
        switch finding.type {
        case .person:
            let words = finding.words.count == 1 ? (propagation.nameLinks[finding.words[0]] ?? finding.words) : finding.words
            return "person:" + words.joined(separator: " ")
        case .phone, .nationalID, .cardNumber:
            return finding.type.rawValue + ":" + finding.text.filter(\.isNumber)
        case .organisation:
            return "organisation:" + (propagation.organisationLinks[finding.words] ?? finding.words).joined(separator: " ")
        default:
            return finding.type.rawValue + ":" + finding.words.joined(separator: " ")
        }
    }

    mutating func register(_ finding: Finding) {
        if finding.propagates { backedForms.insert(finding.text) } else { guessedForms.insert(finding.text) }
        let key = key(finding)
        if let index = indexByKey[key] {
            if !entities[index].originals.contains(finding.text) { entities[index].originals.append(finding.text); entities[index].originals.sort() }
            entities[index].occurrences += 1
            return
        }
        let type = overrides.types[key] ?? finding.type
        let number = (counters[type] ?? 0) + 1
        counters[type] = number
        var replacement = "[\(type.labelName) \(number)]"
        if let chosen = overrides.pseudonyms[key] {
            replacement = chosen
        } else if type == .person, settings.person == .pseudonym, number <= settings.pseudonyms.count {
            replacement = settings.pseudonyms[number - 1]
        }
        indexByKey[key] = entities.count
        entities.append(Anonymizer.Entity(ref: "\(type.rawValue)-\(number)", type: type, replacement: replacement,
                                          originals: [finding.text], occurrences: 1))
    }

    /// The type of the entity a finding belongs to: its own, unless a review decision linked it to an entity of
    /// another type (a guess taken for a person, linked to the place it is, is published as that place).
    func entityType(for finding: Finding) -> IdentifierType {
        indexByKey[key(finding)].map { entities[$0].type } ?? finding.type
    }

    /// The reference and the text to put in place of a finding.
    func replacement(for finding: Finding) -> (ref: String, text: String) {
        guard let index = indexByKey[key(finding)] else { return ("\(finding.type.rawValue)-0", "[\(finding.type.labelName)]") }
        let entity = entities[index]
        switch finding.type {
        case .age where settings.age == .band:
            if let age = Int(finding.text.filter(\.isNumber)) { return (entity.ref, "[\(age / 10 * 10)–\(age / 10 * 10 + 9)]") }
        case .place where settings.place == .region:
            if let county = counties[finding.words.joined(separator: " ")] {
                return (entity.ref, county.isEmpty ? "[a municipality in Norway]" : "[a municipality in \(county)]")
            }
        case .date where settings.date == .monthYear:
            if let general = DateGeneralisation.monthYear(finding.words, months: months) { return (entity.ref, "[\(general)]") }
        default:
            break
        }
        return (entity.ref, entity.replacement)
    }

    /// The tokenizer splits "28th" into a number and its ending.
    static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th"]

    /// Every form of every entity that is not also an ordinary word or a bare number.
    func protectedStrings(gazetteer: Gazetteer) -> [ProtectedIdentifier] {
        var strings: Set<ProtectedIdentifier> = []
        for entity in entities where entity.type != .age {
            for original in entity.originals where (backedForms.contains(original) || !guessedForms.contains(original)) && !rejectedForms.contains(original) {
                let words = Gazetteer.words(original)
                if words.isEmpty { continue }
                // A possessive is judged by its name ("Bill's" as "bill"): protected whole, it made the gate refuse the
                // mentions of a name-word that propagation rightly looks for only where the context says a name.
                if words.count == 1 && (PropagationIndex.isOrdinaryWord(Lexicon.withoutPossessive(words[0]), gazetteer)
                    || words[0].allSatisfy(\.isNumber) && words[0].count < 6) { continue }
                // Dates are not looked for again (no propagation), so the gate protects only a date of two words that
                // say something ("14 March", not "the 28th", which a real meeting repeated as "The 28th would be good").
                if entity.type == .date && words.filter({ !gazetteer.languages.merged.functionWords.contains($0) && !Self.ordinalEndings.contains($0) }).count < 2 {
                    continue
                }
                strings.insert(ProtectedIdentifier(original, reference: entity.ref))
            }
        }
        return strings.sorted { ($0.reference, $0.text) < ($1.reference, $1.text) }
    }
}

/// "[August 2022]" from the words of a date.
enum DateGeneralisation {
    static func monthYear(_ words: [String], months: [String: Int]) -> String? {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        var month: Int?
        var year: Int?
        for word in words {
            if let value = months[word] { month = value }
            if let number = Int(word), word.count == 4, (1900...2100).contains(number) { year = number }
        }
        if month == nil, words.count >= 3, let a = Int(words[0]), let b = Int(words[1]), let c = Int(words[2]) {
            if words[0].count == 4 { year = a; month = (1...12).contains(b) ? b : nil } else { month = (1...12).contains(b) ? b : nil; year = c < 100 ? 2000 + c : c }
        }
        guard let month else { return nil }
        return names[month - 1] + (year.map { " \($0)" } ?? "")
    }
}
