import Foundation

/// One language's cue lists: the words around identifiers that the recognizers read ("my colleague …", "… said",
/// "she is 87", "lives in …", "card …"). Read from `Resources/languages/<code>.txt`, so adding a language is adding a
/// file and examples, not code (Docs/Anonymization.md, "Adding a language").
struct LanguageCues: Sendable {
    /// The languages merged into these cues ("en", or "en+nb+nn" for a transcript of undeclared language).
    var code: String
    /// Whether a capital inside a sentence marks a name (English, Norwegian); not in languages that capitalise nouns.
    var capitalsMarkNames = false
    var personCuesBefore: Set<String> = []
    var personCuesAfter: Set<String> = []
    var titles: Set<String> = []
    var functionWords: Set<String> = []
    var placePrepositions: Set<String> = []
    var residenceVerbs: Set<String> = []
    var employmentVerbs: Set<String> = []
    var months: [String: Int] = [:]
    var monthContext: Set<String> = []
    var neverReplaced: Set<String> = []
    var ageCuesBefore: [[String]] = []
    var ageCopulas: Set<String> = []
    var agePersonWords: Set<String> = []
    var ageSuperlatives: Set<String> = []
    var ageUnitsAfter: Set<String> = []
    var ageYears: Set<String> = []
    var ageOld: Set<String> = []
    var ageNouns: Set<String> = []
    var ageAt: Set<String> = []
    var ageApproximators: Set<String> = []
    var firstPersonPronouns: Set<String> = []
    var ageSubjectsAfter: Set<String> = []
    var phoneCuesBefore: Set<String> = []
    var phoneCuesAfter: Set<String> = []
    var phoneBridges: Set<String> = []
    var postcodeCues: Set<String> = []
    var unitWords: Set<String> = []
    var cardWords: Set<String> = []
    var documentWords: Set<String> = []
    var numberWords: Set<String> = []
    var documentCompounds: Set<String> = []
    var roomWords: Set<String> = []
    var areaWords: Set<String> = []
    var supplierWords: Set<String> = []
    var speakerWords: Set<String> = []
    var ageLifeVerbs: Set<String> = []
    var ageDeathVerbs: Set<String> = []

    /// The sections of a cue file that are word lists, by name.
    static var wordLists: [String: WritableKeyPath<LanguageCues, Set<String>>] { [
        "person-cues-before": \.personCuesBefore, "person-cues-after": \.personCuesAfter, "titles": \.titles,
        "function-words": \.functionWords, "place-prepositions": \.placePrepositions, "residence-verbs": \.residenceVerbs,
        "employment-verbs": \.employmentVerbs, "month-context": \.monthContext, "never-replaced": \.neverReplaced,
        "age-copulas": \.ageCopulas, "age-person-words": \.agePersonWords, "age-superlatives": \.ageSuperlatives,
        "age-units-after": \.ageUnitsAfter, "age-years": \.ageYears, "age-old": \.ageOld, "age-nouns": \.ageNouns,
        "age-at": \.ageAt, "age-subjects-after": \.ageSubjectsAfter, "age-approximators": \.ageApproximators,
        "first-person-pronouns": \.firstPersonPronouns,
        "phone-cues-before": \.phoneCuesBefore, "phone-cues-after": \.phoneCuesAfter, "phone-bridges": \.phoneBridges,
        "postcode-cues": \.postcodeCues, "unit-words": \.unitWords, "card-words": \.cardWords, "document-words": \.documentWords,
        "number-words": \.numberWords, "document-compounds": \.documentCompounds, "room-words": \.roomWords, "area-words": \.areaWords,
        "supplier-words": \.supplierWords,
        "speaker-words": \.speakerWords, "age-life-verbs": \.ageLifeVerbs, "age-death-verbs": \.ageDeathVerbs,
    ] }
    /// Every section a cue file may have; a file need not have them all (a missing list is empty).
    static var sections: Set<String> { Set(wordLists.keys).union(["capitals-mark-names", "months", "age-cues-before: phrases"]) }

    /// Reads a cue file; an unknown section or a malformed line is an error naming the file and line.
    static func parse(_ text: String, code: String, file: String) throws -> LanguageCues {
        var cues = LanguageCues(code: code)
        var section: String?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                guard sections.contains(name) else { throw LanguageCuesError.unknownSection(file: file, line: offset + 1, name: name) }
                section = name
                continue
            }
            guard let section else { throw LanguageCuesError.outsideSection(file: file, line: offset + 1) }
            switch section {
            case "capitals-mark-names":
                guard line == "yes" || line == "no" else { throw LanguageCuesError.malformed(file: file, line: offset + 1, expected: "yes or no") }
                cues.capitalsMarkNames = line == "yes"
            case "months":
                for item in line.split(whereSeparator: \.isWhitespace) {
                    let parts = item.split(separator: "=")
                    guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
                        throw LanguageCuesError.malformed(file: file, line: offset + 1, expected: "name=month number (1–12)")
                    }
                    cues.months[parts[0].lowercased()] = month
                }
            case "age-cues-before: phrases":
                cues.ageCuesBefore.append(line.lowercased().split(whereSeparator: \.isWhitespace).map(String.init))
            default:
                let path = wordLists[section]!
                cues[keyPath: path].formUnion(line.lowercased().split(whereSeparator: \.isWhitespace).map(String.init))
            }
        }
        return cues
    }

    /// These cues and `other`'s together, for a transcript whose language is not one of the bundled ones.
    func merged(with other: LanguageCues) -> LanguageCues {
        var result = self
        result.code = code + "+" + other.code
        result.capitalsMarkNames = capitalsMarkNames && other.capitalsMarkNames
        for path in Self.wordLists.values { result[keyPath: path].formUnion(other[keyPath: path]) }
        result.months.merge(other.months) { first, _ in first }
        result.ageCuesBefore += other.ageCuesBefore.filter { !ageCuesBefore.contains($0) }
        return result
    }
}

/// The bundled languages, and which cues a transcript's `language` gets.
///
/// Interviews mix languages: a Norwegian study translated into English keeps "han er 87 år" in a quote, a Norwegian
/// transcript borrows English. Cue words only add evidence, so every transcript is read with the cue words of every
/// bundled language; what the declared language decides is behaviour that would be wrong elsewhere — whether capitals
/// mark names (the safety nets), and which recognizers apply.
struct Languages: Sendable {
    /// Cues by language code ("en", "nb", "nn", and aliases such as "no"): every language's words, this one's behaviour.
    let byCode: [String: LanguageCues]
    /// For a transcript that declares no language, or one not bundled: every language's words, and capitals are no
    /// evidence (the language may capitalise nouns, as German does).
    let merged: LanguageCues

    init(_ languages: [LanguageCues]) {
        let sorted = languages.sorted { $0.code < $1.code }
        var all = sorted.reduce(nil as LanguageCues?) { $0?.merged(with: $1) ?? $1 } ?? LanguageCues(code: "")
        all.capitalsMarkNames = false
        all.code = "*"
        merged = all
        var byCode: [String: LanguageCues] = [:]
        for cues in sorted {
            var combined = all
            combined.code = cues.code
            combined.capitalsMarkNames = cues.capitalsMarkNames
            // The language's own month names first (dates are read with them when two languages disagree).
            combined.months = cues.months.merging(all.months) { own, _ in own }
            byCode[cues.code] = combined
        }
        for (alias, codes) in Self.aliases.sorted(by: { $0.key < $1.key }) where byCode[alias] == nil {
            let parts = codes.compactMap { byCode[$0] }
            guard var first = parts.first else { continue }
            first.code = alias
            first.capitalsMarkNames = parts.allSatisfy(\.capitalsMarkNames)
            byCode[alias] = first
        }
        self.byCode = byCode
    }

    /// Codes Norwegian transcripts use for the written standards.
    static let aliases: [String: [String]] = ["no": ["nb", "nn"], "nob": ["nb"], "nno": ["nn"], "nor": ["nb", "nn"], "eng": ["en"]]

    /// The cues for a BCP 47 language tag ("en", "en-GB", "nb-NO", "no"); their `code` names them for caching.
    func cues(for language: String) -> LanguageCues {
        let primary = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return byCode[primary] ?? merged
    }

    /// Every bundled cue file in `Resources/languages`.
    static func bundled() throws -> Languages {
        guard let folder = Bundle.module.url(forResource: "languages", withExtension: nil, subdirectory: "Resources") else {
            throw GazetteerError.missing("languages")
        }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return Languages(try files.map { url in
            try LanguageCues.parse(try String(contentsOf: url, encoding: .utf8), code: url.deletingPathExtension().lastPathComponent,
                                   file: "languages/" + url.lastPathComponent)
        })
    }
}

enum LanguageCuesError: Error, CustomStringConvertible {
    case unknownSection(file: String, line: Int, name: String)
    case outsideSection(file: String, line: Int)
    case malformed(file: String, line: Int, expected: String)

    var description: String {
        switch self {
        case .unknownSection(let file, let line, let name):
            "\(file):\(line): unknown section [\(name)]; the sections are \(LanguageCues.sections.sorted().joined(separator: ", "))"
        case .outsideSection(let file, let line): "\(file):\(line): words before the first [section]"
        case .malformed(let file, let line, let expected): "\(file):\(line): expected \(expected)"
        }
    }
}
