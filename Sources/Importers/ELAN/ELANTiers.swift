import ThematicCore
import ThematicImport
import ThematicXML

/// Which tiers of an ELAN document hold speech, and whose.
///
/// ELAN files mix the transcription with everything else a project annotates on the same timeline: dependent tiers
/// (translations, glosses, words, parts of speech), gesture and stance coding, comments, section markers. Only the
/// transcription is talk; the rest would become speakers or words nobody said.
struct ELANTiers {
    struct Tier {
        var element: XMLTreeElement
        var label: String
        var type: String
        /// For a top-level tier that only segments (empty values or reference numbers, as Toolbox and FLEx exports
        /// write), the words of its dependent transcription tier, by the id of the annotation they belong to.
        var dependentWords: [String: String]? = nil
    }

    var speech: [Tier] = []
    var count = 0
    /// Top-level tiers that only number the utterances of the tiers depending on them.
    var referenceTiers = 0
    /// Top-level tiers whose words were read from the transcription tier depending on them.
    var transcribedBelow = 0
    var findings: [ImportFinding] = []
    var language: String?

    /// Words of a tier's or linguistic type's name that say it is not talk (shared with the TextGrid reader).
    static let notSpeechWords = TierNames.notSpeech

    /// Words of a name that say the tier is the transcription (`speech-human`, `Clause Transcript`, `orthography`).
    static let speechWords: Set<String> = [
        "speech", "transcript", "transcription", "utterance", "utterances", "orthography", "ortho", "transkription",
    ]

    init(_ root: XMLTreeElement) {
        var types: [String: XMLTreeElement] = [:]
        for type in root.elements("LINGUISTIC_TYPE") {
            if let id = type[attribute: "LINGUISTIC_TYPE_ID"], types[id] == nil { types[id] = type }
        }
        var candidates: [Tier] = []
        var leftOut: [(reason: String, line: Int)] = []
        let tiers = root.elements("TIER")
        for tier in tiers {
            count += 1
            let typeID = tier[attribute: "LINGUISTIC_TYPE_REF"] ?? ""
            let type = types[typeID]
            let id = (tier[attribute: "TIER_ID"] ?? "").trimmedSpace
            let values = tier.descendants("ALIGNABLE_ANNOTATION").compactMap { $0.element("ANNOTATION_VALUE")?.text.trimmedSpace }.filter { !$0.isEmpty }
            if !(tier[attribute: "PARENT_REF"] ?? "").trimmedSpace.isEmpty || type?[attribute: "TIME_ALIGNABLE"] == "false" {
                leftOut.append(("dependent tiers (translations, glosses, words, tags of another tier)", tier.line))
            } else if values.isEmpty || Self.isNumbering(values), let words = Self.dependentTranscription(of: id, among: tiers, types: types) {
                // Toolbox-style: the top-level tier segments the time line, its words are in the transcription
                // tier that depends on it one to one (`ref@JAI` → `orth@JAI`).
                let participant = (tier[attribute: "PARTICIPANT"] ?? "").trimmedSpace
                candidates.append(Tier(element: tier, label: participant.isEmpty ? id : participant, type: typeID, dependentWords: words))
                transcribedBelow += 1
            } else if values.isEmpty {
                leftOut.append(("tiers without annotations", tier.line))
            } else if type?[attribute: "CONTROLLED_VOCABULARY_REF"] != nil {
                leftOut.append(("tiers coded from a controlled vocabulary", tier.line))
            } else if Self.named(id, in: Self.notSpeechWords) || Self.named(typeID, in: Self.notSpeechWords) {
                leftOut.append(("comment, note, marker, gesture, event or translation tiers", tier.line))
            } else if values.allSatisfy({ Double($0.replacingOccurrences(of: ",", with: ".")) != nil }) {
                leftOut.append(("tiers holding only numbers", tier.line))
            } else if Self.isNumbering(values) {
                referenceTiers += 1
                leftOut.append(("tiers holding only reference numbers (Toolbox's ref, whose words are in a tier depending on it)", tier.line))
            } else {
                let participant = (tier[attribute: "PARTICIPANT"] ?? "").trimmedSpace
                candidates.append(Tier(element: tier, label: participant.isEmpty ? id : participant, type: typeID))
            }
        }
        // Where some tiers are named as the transcription, the others beside them annotate it (scenes, phases,
        // gestures coded without a vocabulary).
        let isNamed = candidates.map { Self.named($0.element[attribute: "TIER_ID"] ?? "", in: Self.speechWords) || Self.named($0.type, in: Self.speechWords) }
        if isNamed.contains(true) {
            for (candidate, named) in zip(candidates, isNamed) where !named {
                leftOut.append(("tiers beside the ones named as the transcription (speech, utterance, orthography …)", candidate.element.line))
            }
            candidates = zip(candidates, isNamed).filter(\.1).map(\.0)
        }
        // The transcription type is the one most speakers' tiers share; a speaker's tiers of other types annotate
        // that speaker's talk (stance, shrugs, silent utterances) rather than transcribe it.
        var speakersOfType: [String: Set<String>] = [:]
        var typesOfSpeaker: [String: Set<String>] = [:]
        for candidate in candidates {
            speakersOfType[candidate.type, default: []].insert(candidate.label)
            typesOfSpeaker[candidate.label, default: []].insert(candidate.type)
        }
        for candidate in candidates {
            let widest = typesOfSpeaker[candidate.label, default: []].map { speakersOfType[$0, default: []].count }.max() ?? 0
            if speakersOfType[candidate.type, default: []].count == widest {
                speech.append(candidate)
            } else {
                leftOut.append(("tiers of a speaker's own annotation types beside the transcription type", candidate.element.line))
            }
        }
        for reason in Set(leftOut.map(\.reason)).sorted() {
            let lines = leftOut.filter { $0.reason == reason }.map(\.line)
            let shown = lines.prefix(8).map(String.init).joined(separator: ", ") + (lines.count > 8 ? " …" : "")
            findings.append(ImportFinding(location: "line" + (lines.count > 1 ? "s " : " ") + shown, "\(lines.count) \(reason) left out: not speech"))
        }
        // LANG_REF (EAF 3.0) is the language of a tier's content; DEFAULT_LOCALE is only the transcriber's keyboard
        // (`fr` on an English conversation typed in France), so it says nothing about what was spoken.
        let languages = Set(speech.compactMap { $0.element[attribute: "LANG_REF"]?.trimmedSpace.lowercased() }.compactMap(LanguageCodes.normalized))
        language = languages.count == 1 ? languages.first : nil
    }

    /// Names of a dependent tier that transcribe its parent's segment (`orth`, `tx`, `transcription`).
    static let dependentTranscriptionWords: Set<String> = speechWords.union(["orth", "tx", "text", "trs", "trans"])

    /// The values of the tier that transcribes `parent` one to one (Symbolic_Association, named as a transcription,
    /// not a translation or note), by the parent annotation they refer to; nil when it has none with words.
    static func dependentTranscription(of parent: String, among tiers: [XMLTreeElement], types: [String: XMLTreeElement]) -> [String: String]? {
        for tier in tiers where (tier[attribute: "PARENT_REF"] ?? "").trimmedSpace == parent {
            let typeID = tier[attribute: "LINGUISTIC_TYPE_REF"] ?? ""
            let id = tier[attribute: "TIER_ID"] ?? ""
            guard types[typeID]?[attribute: "CONSTRAINTS"] == "Symbolic_Association", types[typeID]?[attribute: "CONTROLLED_VOCABULARY_REF"] == nil,
                  named(id, in: dependentTranscriptionWords) || named(typeID, in: dependentTranscriptionWords),
                  !named(id, in: notSpeechWords), !named(typeID, in: notSpeechWords) else { continue }
            var words: [String: String] = [:]
            for annotation in tier.descendants("REF_ANNOTATION") {
                guard let reference = annotation[attribute: "ANNOTATION_REF"], let value = annotation.element("ANNOTATION_VALUE")?.text,
                      !value.trimmedSpace.isEmpty else { continue }
                words[reference] = value
            }
            if !words.isEmpty { return words }
        }
        return nil
    }

    /// Whether `values` number utterances (`KAB_AM_NARR_01_0001`, `…0002`): single tokens with digits, alike once
    /// their trailing digits are gone.
    static func isNumbering(_ values: [String]) -> Bool {
        guard values.count > 1, values.allSatisfy({ !$0.contains(where: \.isWhitespace) && $0.contains(where: \.isNumber) }) else { return false }
        // FLEx numbers a sentence's parts below it: `9`, `10`, `10.1`, `10.2`.
        if values.allSatisfy({ $0.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) } }) {
            return true
        }
        return Set(values.map { String($0.reversed().drop(while: \.isNumber).reversed()) }).count == 1
    }

    /// Whether a word of `name` is one of `words`.
    static func named(_ name: String, in words: Set<String>) -> Bool { TierNames.named(name, in: words) }
}
