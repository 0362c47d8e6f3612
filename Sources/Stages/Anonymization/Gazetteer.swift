import Foundation
import Synchronization
import ThematicCore

/// The word lists recognizers consult, loaded once from the stage's resources and the study's identifiers.
///
/// Every list is keyed by lower-cased spelling. Names and places that are also ordinary words ("May", "Hope",
/// "Time", "Moss") are kept in separate lists: they count as identifiers only with context (capitalised inside a
/// sentence, after "my colleague", before "kommune" …), which is what keeps "In May we plan ahead" intact.
struct Gazetteer: Sendable {
    var firstNames: Set<String>
    var surnames: Set<String>
    var namesThatAreWords: Set<String>
    var places: Set<String>
    /// Multi-word places by their first word (lower-cased words of each).
    var multiwordPlaces: [String: [[String]]]
    var placesThatAreWords: Set<String>
    var englishWords: Set<String>
    /// Words the Norwegian dictionaries write only with a capital (villages, islands, lakes, first names no other list
    /// holds: "kjerringøy", "mjøsa", "ingvild"), for lower-cased speech where no capital marks a name.
    var norwegianProperNouns: Set<String> = []
    /// Words never replaced (acronyms, countries, months used as words …); extended by the stage's `allow` option.
    var allowed: Set<String>
    /// Peoples, languages and beliefs ("norwegian", "lithuanian"), lower-cased: with a plural "s" they stay words too.
    var peoples: Set<String> = []
    /// Municipality (lower-cased words joined by a space) → county, for `place: region`; empty for a name in two counties.
    var counties: [String: String] = [:]
    /// Cities of the world (GeoNames, 15,000 people or more), one word each; and those of several words by first word.
    var worldCities: Set<String> = []
    var worldCityPhrases: [String: [[String]]] = [:]
    /// Countries (lower-cased words joined by a space), as context for postcodes.
    var countries: Set<String> = [] {
        didSet { countryFirstWords = Set(countries.compactMap { $0.split(separator: " ").count > 1 ? String($0.split(separator: " ")[0]) : nil }) }
    }
    /// First words of countries of several words ("czech", "south"), to test a token cheaply.
    private(set) var countryFirstWords: Set<String> = []
    /// Countries and first-level subdivisions (states, provinces, counties) by first word, for "lives in Texas".
    var regions: [String: [[String]]] = [:]
    /// The study's own identifiers by type (lower-cased word sequences), always replaced.
    var studyIdentifiers: [(words: [String], type: IdentifierType)]
    /// Each language's cue lists.
    var languages = Languages([])
    /// Month names of every language, for study-wide date handling.
    var months: [String: Int] { languages.merged.months }

    /// Acronyms, services and other capitalised words that are never identifiers of a person or place, in any language
    /// (each language's own words, weekdays and the like, are in its cue file's `never-replaced`).
    static let defaultAllowed: Set<String> = [
        // The study's own country and continent; other countries stay too, except where they say where someone lives
        // or comes from (the region recognizer).
        "norway", "norge", "europe", "scandinavia", "skandinavia",
        "gps", "ehr", "ehealth", "it", "ict", "nav", "nhs", "who", "covid", "ipad", "ipads", "excel", "teams", "zoom",
        "microsoft", "apple", "google", "android",
        // Services and systems interviewees name as tools, not as identifiers.
        "facebook", "instagram", "whatsapp", "messenger", "youtube", "snapchat", "tiktok", "twitter", "linkedin", "skype", "vipps",
        "bankid", "helsenorge", "lovdata", "altinn", "dips", "gerica", "cosdoc", "visma", "iphone", "ios", "windows", "outlook", "powerpoint", "onedrive",
        // Diseases named after people nobody here is called: "she had Alzheimer", "Down syndrome" (Parkinson and
        // Huntington are surnames too: the person recognizer's `diseaseEponyms`).
        "alzheimer", "alzheimers", "asperger", "aspergers", "tourette", "tourettes", "bechterew", "bekhterev", "downs", "lewy",
    ]

    /// The lists bundled with the stage, plus the study's identifiers and extra allowed words.
    static func bundled(studyIdentifiers: [String: [String]] = [:], allow: [String] = [], jobs: Int = 1) throws -> Gazetteer {
        var gazetteer = try bundledLists(jobs: jobs)
        var identifiers: [(words: [String], type: IdentifierType)] = []
        for (typeName, values) in studyIdentifiers.sorted(by: { $0.key < $1.key }) {
            let type = IdentifierType(studyKey: typeName)
            for value in values.sorted() where !Self.words(value).isEmpty { identifiers.append((Self.words(value), type)) }
        }
        gazetteer.studyIdentifiers = identifiers
        gazetteer.allowed.formUnion(allow.map { $0.lowercased() })
        return gazetteer
    }

    /// The bundled lists as read once per process: a process that runs the stage more than once (the shards of a
    /// local run, a test suite) reads and splits 150,000 lines once, not per run. They never change while it runs.
    private static let readOnce = Mutex<Gazetteer?>(nil)

    private static func bundledLists(jobs: Int) throws -> Gazetteer {
        try readOnce.withLock { cached in
            if let cached { return cached }
            let read = try readBundledLists(jobs: jobs)
            cached = read
            return read
        }
    }

    private static func readBundledLists(jobs: Int) throws -> Gazetteer {
        // The lists are read and split on the run's threads (a serial tenth of a second before any transcript is read),
        // the largest first so that the threads finish together (English words are half of it all).
        let names = ["english-words", "world-cities", "surnames", "first-names", "subdivisions", "common-word-names", "municipality-counties",
                     "proper-adjectives", "places", "countries", "common-word-places", "country-names-scandinavian", "norwegian-proper-nouns"]
        let read = ConcurrentSlots<Result<[String], any Error>>.map(count: names.count, jobs: jobs) { index in
            Result {
                guard let url = bundledListURL(names[index]) else {
                    throw GazetteerError.missing(names[index])
                }
                return Self.entries(of: try Data(contentsOf: url))
            }
        }
        let lists = Dictionary(uniqueKeysWithValues: zip(names, read))
        func list(_ name: String) throws -> [String] {
            guard let lines = lists[name] else { throw GazetteerError.missing(name) }
            return try lines.get()
        }
        let lower = { (items: [String]) in Set(items.map { $0.lowercased() }) }
        var singlePlaces: Set<String> = []
        var multiword: [String: [[String]]] = [:]
        for place in try list("places") {
            let words = Self.words(place)
            if words.count == 1 { singlePlaces.insert(words[0]) } else if let first = words.first { multiword[first, default: []].append(words) }
        }
        var counties: [String: String] = [:]
        for line in try list("municipality-counties") {
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 2 else { continue }
            counties[Self.words(parts[0]).joined(separator: " ")] = parts[1].contains("/") ? "" : parts[1]
        }
        var gazetteer = Gazetteer(
            firstNames: lower(try list("first-names")), surnames: lower(try list("surnames")),
            namesThatAreWords: lower(try list("common-word-names")), places: singlePlaces, multiwordPlaces: multiword,
            placesThatAreWords: lower(try list("common-word-places")), englishWords: Set(try list("english-words")),
            allowed: defaultAllowed.union(lower(try list("proper-adjectives"))),
            studyIdentifiers: [])
        gazetteer.counties = counties
        gazetteer.peoples = lower(try list("proper-adjectives"))
        gazetteer.norwegianProperNouns = Set(try list("norwegian-proper-nouns"))
        gazetteer.languages = try Languages.bundled()
        // Study-wide decisions (what propagates, what the leak gate protects) respect every language's own words.
        gazetteer.allowed.formUnion(gazetteer.languages.merged.neverReplaced)
        gazetteer.countries = Set(try list("countries").map { Self.words($0).joined(separator: " ") })
        // Countries as Scandinavians name them ("bor i Spania") say where someone lives, as "Spain" does; they are no
        // `countries` entry, so elsewhere they are what they were before (the safety net's guess, capitalised).
        for region in try list("countries") + list("subdivisions") + list("country-names-scandinavian") {
            let words = Self.words(region)
            if let first = words.first, !(gazetteer.regions[first]?.contains(words) ?? false) { gazetteer.regions[first, default: []].append(words) }
        }
        for city in try list("world-cities") {
            let words = Self.words(city)
            if words.count == 1 { gazetteer.worldCities.insert(words[0]) } else if let first = words.first { gazetteer.worldCityPhrases[first, default: []].append(words) }
        }
        return gazetteer
    }

    static func bundledListURL(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
    }

    /// A bundled list's entries: one per line, blanks at either end trimmed, empty lines and `#` comments left out.
    /// Split as bytes: Foundation's per-line trimming and decoding were half of a short run's time (every `thematic`
    /// process reads 150,000 lines before its first transcript).
    static func entries(of data: Data) -> [String] {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [String] in
            let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
            var entries: [String] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var first = lineStart, last = lineEnd
                while first < last, isBlank(bytes[first]) { first += 1 }
                while last > first, isBlank(bytes[last - 1]) { last -= 1 }
                if first < last, bytes[first] != UInt8(ascii: "#") {
                    entries.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self))
                }
                lineStart = lineEnd + 1
            }
            return entries
        }
    }

    /// Lower-cased words of a phrase, split the way the tokenizer splits.
    static func words(_ phrase: String) -> [String] {
        var bytes = Array(phrase.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            Tokenizer.tokens(in: UnsafeBufferPointer(buffer)).filter { $0.kind != .punct }.map {
                String(decoding: UnsafeBufferPointer(rebasing: buffer[Int($0.start)..<Int($0.end)]), as: UTF8.self).lowercased()
            }
        }
    }
}

enum GazetteerError: Error, CustomStringConvertible {
    case missing(String)
    var description: String {
        switch self {
        case .missing(let name): "the anonymization stage's resource \(name).txt is missing from the build"
        }
    }
}
