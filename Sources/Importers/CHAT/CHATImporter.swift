import Foundation
import ThematicCore
import ThematicImport

/// CHAT transcripts (`.cha`), the TalkBank format of CHILDES, AphasiaBank and other spoken-language corpora.
public struct CHATImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "chat",
        version: "1.0.0",
        summary: "CHAT transcript (.cha, TalkBank/CHILDES): main tiers `*CODE:` are speech, dependent tiers `%mor`, `%gra` … are left out.",
        discussion: """
            Speakers are the three-letter codes of the main tiers (`*CHI:`, `*MOT:`); `@Participants` gives each \
            code's name (protected like any name) and role: Investigator, Interviewer, Therapist, Experimenter, \
            Examiner, Clinician and Teacher (who lead the session) are interviewers, Target_Child, Child, \
            Participant, Subject, Patient, Client, Student and Pupil are participants, the rest (Mother, Brother …) \
            are left to the import's evidence. \
            `@Languages` gives the language (its first code), `@Date`, `@Location` and `@Time Duration` go to \
            <meta>. Consecutive utterances of one speaker are one turn; a continuation line (a tab first) belongs \
            to the line above. A time bullet (`·1000_5353·`, milliseconds) gives the utterance's start and end. \
            The words are kept readable: retracing, overlap, error and postcode markers (`[/]`, `[//]`, `[>]`, \
            `[*]`, `[+ IMP]`), replacements and explanations (`[: …]`, `[= …]`), omitted words (`0is`), \
            special-form markers (`@s`, `@u`) and shortening brackets (`(es)cucha` is escucha) are left out of the \
            text; fillers and fragments (`&-uh`, `&+fr`) stay as spoken words; `&=laughs`, `[=! laughs]`, \
            `[% …]`, `xxx`/`yyy` (unintelligible), `www` (untranscribed), longer pauses (`(..)`, `(1.5)`) and `%com` \
            comments become events. Terminators keep their punctuation (`+...` is an ellipsis). \
            Dependent tiers other than `%com` (morphology, grammar, phonology, codes) are not speech and are left \
            out, and the import report names them.
            """,
        extensions: ["cha"]
    )

    /// A CHAT file opens with `@UTF8` (CLAN writes it) or, in older files, `@Begin`.
    public static func recognizes(_ file: ImportFile) -> Bool {
        file.starts(with: "@UTF8") || file.starts(with: "@Begin")
    }

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let text = try ImportText.decode(file)
        let lines = CHATLines(text)
        guard let first = lines.entries.first, first.text.hasPrefix("@") else {
            throw Diagnostic(file: file.displayName, line: lines.entries.first?.line ?? 1, "not a CHAT transcript: it does not open with an @UTF8 or @Begin header")
        }
        var document = ImportedDocument(turns: [])
        var participants: [String: CHATParticipant] = [:]
        var leftOutTiers: [String: Int] = [:]
        var comments = 0
        var annotationTiers: [String: Int] = [:]
        var removedCharacters = 0
        for entry in lines.entries {
            if entry.text.hasPrefix("@") {
                if entry.text.hasPrefix("@End") { break }
                guard document.turns.isEmpty else { continue }
                let (key, value) = Self.header(entry.text)
                switch key {
                case "Participants":
                    for participant in CHATParticipant.list(value) { participants[participant.code] = participant }
                case "Languages":
                    document.language = value.split(whereSeparator: { $0 == "," || $0 == " " }).lazy.compactMap { LanguageCodes.normalized(String($0)) }.first
                case "Date":
                    document.metadata.append(MetadataField(kind: .date, key: key, value: value, location: "line \(entry.line)"))
                case "Time Duration":
                    document.metadata.append(MetadataField(kind: .duration, key: key, value: value, location: "line \(entry.line)"))
                case "Location", "Situation":
                    document.metadata.append(MetadataField(kind: .setting, key: key, value: value, location: "line \(entry.line)"))
                default:
                    break
                }
            } else if entry.text.hasPrefix("*") {
                guard let colon = entry.text.firstIndex(of: ":") else {
                    throw Diagnostic(file: file.displayName, line: entry.line, "a main tier with no `:` after its speaker code")
                }
                let code = String(entry.text[entry.text.index(after: entry.text.startIndex)..<colon]).trimmedSpace
                guard !code.isEmpty else {
                    throw Diagnostic(file: file.displayName, line: entry.line, "a main tier with no speaker code before its `:`")
                }
                // A tier converted from ELAN under a speaker's sigil (`*note:`, `*code_num:`, `*on_off:`, ACLEW's
                // coding tiers) annotates the recording: no one says it.
                if AnnotationTierNames.annotates(code) {
                    annotationTiers[code, default: 0] += 1
                    continue
                }
                var utterance = CHATUtterance(String(entry.text[entry.text.index(after: colon)...]))
                removedCharacters += utterance.removeCharactersXMLForbids()
                append(utterance.content, start: utterance.start, end: utterance.end, label: code, line: entry.line, to: &document)
            } else if entry.text.hasPrefix("%") {
                let (tier, value) = Self.header(entry.text)
                if tier == "com", !document.turns.isEmpty, !value.isEmpty {
                    // A transcriber's comment on the utterance above: kept beside the words as a note, not as speech.
                    let last = document.turns.count - 1
                    document.turns[last].content = Notation.joined(document.turns[last].content, [CHATUtterance.event(value)])
                    comments += 1
                } else {
                    leftOutTiers["%" + tier, default: 0] += 1
                }
            }
        }
        guard !document.turns.isEmpty else {
            throw Diagnostic(file: file.displayName, line: lines.entries.last?.line ?? 1, "no utterances: the file has no main tier (`*CODE:` followed by words)")
        }
        let speaking = Set(document.turns.map(\.label))
        document.declaredSpeakers = participants.values.filter { speaking.contains($0.code) }.sorted { $0.code < $1.code }.map {
            DeclaredSpeaker(label: $0.code, role: $0.role, name: $0.name)
        }
        if !leftOutTiers.isEmpty {
            let tiers = leftOutTiers.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
            document.findings.append(ImportFinding(location: "dependent tiers", "left out as analyses beside the speech, not speech: \(tiers)"))
        }
        if !annotationTiers.isEmpty {
            let tiers = annotationTiers.sorted { $0.key < $1.key }.map { "*\($0.key) ×\($0.value)" }.joined(separator: ", ")
            document.findings.append(ImportFinding(location: "main tiers", "left out as annotations of the recording written as speakers (notes, codes, context, on/off marks), not speech: \(tiers)"))
        }
        if comments > 0 {
            document.findings.append(ImportFinding(location: "%com tiers", "\(comments) comments became events in the turn they follow"))
        }
        if removedCharacters > 0 {
            document.findings.append(ImportFinding(location: "main tiers", "\(removedCharacters) control characters XML cannot hold were removed"))
        }
        return document
    }

    /// The utterance joined to the turn under way when its speaker is still speaking, else a new turn.
    private func append(_ content: [InlineNode], start: Double?, end: Double?, label: String, line: Int, to document: inout ImportedDocument) {
        guard !content.isEmpty else { return }
        if var last = document.turns.last, last.label == label {
            last.content = Notation.joined(last.content, content)
            if let end { last.end = end }
            document.turns[document.turns.count - 1] = last
        } else {
            document.turns.append(ImportedTurn(label: label, content: content, start: start, end: end, location: "line \(line)"))
        }
    }

    /// `@Key:\tvalue` or `%tier:\tvalue` as its key (without the sigil) and trimmed value.
    static func header(_ text: String) -> (key: String, value: String) {
        let body = text.dropFirst()
        guard let colon = body.firstIndex(of: ":") else { return (body.trimmedSpace, "") }
        return (body[..<colon].trimmedSpace, body[body.index(after: colon)...].trimmedSpace)
    }
}

/// The logical lines of a CHAT file: a line starting with a tab continues the one above.
struct CHATLines {
    struct Entry { var line: Int; var text: String }
    var entries: [Entry] = []

    init(_ text: String) {
        for (index, raw) in ImportText.lines(text).enumerated() {
            if raw.first == "\t" || (raw.first == " " && !entries.isEmpty), !entries.isEmpty {
                entries[entries.count - 1].text += " " + raw.trimmedSpace
            } else if !raw.trimmedSpace.isEmpty {
                entries.append(Entry(line: index + 1, text: String(raw)))
            }
        }
    }
}

/// A speaker `@Participants` declares: `CHI Eve Target_Child` (code, name, role) or `MOT Mother` (code, role).
struct CHATParticipant {
    var code: String
    var name: String?
    var role: SpeakerRole?

    static let interviewerRoles: Set<String> = ["investigator", "interviewer", "therapist", "experimenter", "examiner", "clinician", "teacher"]
    static let participantRoles: Set<String> = ["target_child", "child", "participant", "subject", "patient", "client", "target_adult", "student", "pupil"]

    static func list(_ value: String) -> [CHATParticipant] {
        value.split(separator: ",").compactMap { part in
            let words = part.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let code = words.first else { return nil }
            let roleWord = words.count > 1 ? words.last!.lowercased() : ""
            let role: SpeakerRole? = interviewerRoles.contains(roleWord) ? .interviewer : participantRoles.contains(roleWord) ? .participant : nil
            // The words between code and role name the person (`Mary_Smith`); a name that is only a role word is none.
            let name = words.count > 2 ? words[1..<(words.count - 1)].joined(separator: " ").replacingOccurrences(of: "_", with: " ") : nil
            let isName = name.map { !$0.isEmpty && $0.lowercased() != roleWord.replacingOccurrences(of: "_", with: " ") } ?? false
            return CHATParticipant(code: code, name: isName ? name : nil, role: role)
        }
    }
}
