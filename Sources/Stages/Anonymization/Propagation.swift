import ThematicCore

/// What was found with confidence anywhere in the study, to be looked for everywhere, and how mentions link up.
struct PropagationIndex: Sendable {
    /// Word sequences by first word.
    private(set) var sequences: [String: [(words: [String], type: IdentifierType)]] = [:]
    /// The first words of all sequences (the lexicon flags tokens with them, so only those are looked up).
    var starts: Set<String> { Set(sequences.keys) }
    /// A single first name or surname → the full name it belongs to, when exactly one full name has it.
    private(set) var nameLinks: [String: [String]] = [:]

    init(findings: [Finding], gazetteer: Gazetteer) {
        var builder = Builder(gazetteer: gazetteer)
        builder.add(findings)
        self = builder.index()
    }

    private init(sequences: [String: [(words: [String], type: IdentifierType)]], nameLinks: [String: [String]]) {
        self.sequences = sequences
        self.nameLinks = nameLinks
    }

    /// Builds the index from findings given a part at a time, in study order (a chunk of interviews after another):
    /// it keeps what the index needs — each word sequence once, with the type it was first found as — not the findings.
    struct Builder {
        let gazetteer: Gazetteer
        private var sequences: [String: [(words: [String], type: IdentifierType)]] = [:]
        private var seen: Set<[String]> = []
        private var fullNamesByPart: [String: Set<[String]>] = [:]

        init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

        private mutating func add(_ words: [String], _ type: IdentifierType) {
            guard !words.isEmpty, seen.insert(words).inserted else { return }
            sequences[words[0], default: []].append((words, type))
        }

        /// Adds the next findings, in study order.
        mutating func add(_ findings: [Finding]) {
            for finding in findings where finding.propagates && PropagationIndex.propagatingTypes.contains(finding.type) {
                let words = finding.words.filter { !gazetteer.allowed.contains($0) }
                guard !words.isEmpty else { continue }
                if words.count == 1 && PropagationIndex.isOrdinaryWord(words[0], gazetteer) { continue }
                add(words, finding.type)
                if finding.type == .person, words.count > 1, finding.linksParts {
                    for part in [words[0], words[words.count - 1]] {
                        // Every part links a mention found on its own to its full name; only parts that are not ordinary
                        // words are looked for everywhere.
                        fullNamesByPart[part, default: []].insert(words)
                        if !PropagationIndex.isOrdinaryWord(part, gazetteer) { add([part], .person) }
                    }
                }
            }
        }

        /// The index of everything added.
        func index() -> PropagationIndex {
            var nameLinks: [String: [String]] = [:]
            for (part, names) in fullNamesByPart where names.count == 1 { nameLinks[part] = names.first! }
            var sequences = sequences
            for key in sequences.keys { sequences[key]!.sort { $0.words.count > $1.words.count } }
            return PropagationIndex(sequences: sequences, nameLinks: nameLinks)
        }
    }

    /// The types whose findings are looked for everywhere.
    static let propagatingTypes: Set<IdentifierType> = [.person, .place, .workplace, .organisation, .address, .email]

    /// Words that must not be propagated on their own: they are ordinary words as well as names or places.
    static func isOrdinaryWord(_ word: String, _ gazetteer: Gazetteer) -> Bool {
        gazetteer.namesThatAreWords.contains(word) || gazetteer.placesThatAreWords.contains(word) || gazetteer.englishWords.contains(word)
            || gazetteer.months[word] != nil || gazetteer.languages.merged.functionWords.contains(word) || word.count < 2
    }

    /// Occurrences in a text of anything found elsewhere.
    func candidates(in view: TextView) -> [Candidate] {
        var found: [Candidate] = []
        for index in 0..<view.count where view.has(index, .propagationStart) {
            let key = view.base(index)
            guard let options = sequences[key] else { continue }
            for (words, type) in options {
                var position = index
                var matched = true
                for word in words.dropFirst() {
                    position += 1
                    while view.isPunct(position, "-") || view.isPunct(position, ".") || view.isPunct(position, "@") || view.isPunct(position, "&") { position += 1 }
                    if !(view.lower(position) == word || view.base(position) == word) { matched = false; break }
                }
                if matched {
                    found.append(Candidate(first: index, last: position, type: type, reason: "found elsewhere in the study"))
                    break
                }
            }
        }
        return found
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

    let counties: [String: String]
    /// Month names of every language, for `date: month-year`.
    let months: [String: Int]

    init(settings: Anonymizer.Settings, propagation: PropagationIndex, counties: [String: String] = [:], months: [String: Int] = [:]) {
        self.settings = settings
        self.propagation = propagation
        self.counties = counties
        self.months = months
    }

    /// The entity a finding belongs to.
    func key(_ finding: Finding) -> String {
        switch finding.type {
        case .person:
            let words = finding.words.count == 1 ? (propagation.nameLinks[finding.words[0]] ?? finding.words) : finding.words
            return "person:" + words.joined(separator: " ")
        case .phone, .nationalID, .cardNumber:
            return finding.type.rawValue + ":" + finding.text.filter(\.isNumber)
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
        let number = (counters[finding.type] ?? 0) + 1
        counters[finding.type] = number
        var replacement = "[\(finding.type.labelName) \(number)]"
        if finding.type == .person, settings.person == .pseudonym, number <= settings.pseudonyms.count {
            replacement = settings.pseudonyms[number - 1]
        }
        indexByKey[key] = entities.count
        entities.append(Anonymizer.Entity(ref: "\(finding.type.rawValue)-\(number)", type: finding.type, replacement: replacement,
                                          originals: [finding.text], occurrences: 1))
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

    /// Every form of every entity that is not also an ordinary word or a bare number.
    func protectedStrings(gazetteer: Gazetteer) -> [ProtectedIdentifier] {
        var strings: Set<ProtectedIdentifier> = []
        for entity in entities where entity.type != .age {
            for original in entity.originals where backedForms.contains(original) || !guessedForms.contains(original) {
                let words = Gazetteer.words(original)
                if words.isEmpty { continue }
                if words.count == 1 && (PropagationIndex.isOrdinaryWord(words[0], gazetteer) || words[0].allSatisfy(\.isNumber) && words[0].count < 6) { continue }
                if entity.type == .date && words.count < 2 { continue }
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
