import Foundation
import ThematicCore

/// What the user said about speakers on the command line.
public struct SpeakerSettings: Sendable {
    /// Ids for labels (`--speaker "Kari Nilsen=I1"`), by normalised label.
    public var ids: [String: String]
    /// Labels of interviewers (`--interviewer LABEL`), normalised.
    public var interviewers: Set<String>

    /// `--speaker-all ID`: every line or cue of every file is this participant's.
    public var speakerForAll: String?

    /// Creates settings from `LABEL=ID` pairs and interviewer labels.
    public init(speakers: [String] = [], interviewers: [String] = [], speakerForAll: String? = nil) throws {
        if let speakerForAll, !Self.isValidID(speakerForAll) || SpeakerLabel.role(of: speakerForAll) == .interviewer {
            throw Diagnostic(file: "--speaker-all", "'\(speakerForAll)' must be a participant id: letters, digits, '-' or '_' (at most 32), starting with a letter, such as P03")
        }
        self.speakerForAll = speakerForAll
        var ids: [String: String] = [:]
        for pair in speakers {
            guard let equals = pair.lastIndex(of: "=") else {
                throw Diagnostic(file: "--speaker", "'\(quoting: pair)' is not LABEL=ID (for example --speaker \"Kari Nilsen=I1\")")
            }
            let label = SpeakerLabel.normalized(String(pair[..<equals]))
            let id = pair[pair.index(after: equals)...].trimmedSpace
            guard !label.isEmpty, Self.isValidID(id) else {
                throw Diagnostic(file: "--speaker", "'\(quoting: pair)': the id must be letters, digits, '-' or '_' (at most 32), starting with a letter")
            }
            if let earlier = ids[label], earlier != id {
                throw Diagnostic(file: "--speaker", "the label '\(quoting: pair[..<equals])' is mapped twice (to \(earlier) and \(id))")
            }
            ids[label] = id
        }
        self.ids = ids
        self.interviewers = Set(interviewers.map(SpeakerLabel.normalized))
    }

    /// Every label the user named, normalised (importers accept these as speakers on first sight).
    public var knownLabels: Set<String> { Set(ids.keys).union(interviewers) }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.first, first.isASCII, first.isLetter, id.count <= 32 else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}

/// How one label of one file was mapped.
public struct SpeakerAssignment: Sendable, Hashable {
    /// The label as the file writes it.
    public var label: String
    /// The id it became.
    public var id: String
    /// Its role.
    public var role: SpeakerRole
    /// Why it got that role: `--speaker`, `--interviewer`, `declared`, `header`, `role-label`, `file-name` (the
    /// file is named after this speaker, so they are the one interviewed), `opens-with-welcome`, `asks-to-record`,
    /// `interviewer-in-earlier-file`, `interviewer-in-another-file` (another file states it), `most-questions` (asks
    /// in the largest share of short turns), `other-speaker`.
    public var reason: String
    /// Whether the label is taken for a personal name (and so protected as an identifier).
    public var labelIsName: Bool
    /// How many of the file's turns are the label's.
    public var turns: Int
}

/// Maps the labels of every file to ids, study-wide: the same interviewer label is the same interviewer in every
/// file, a participant's name label is the same participant in every file, and role labels (`Participant`,
/// `SPEAKER_01`) are new people per file.
struct SpeakerMapper {
    let settings: SpeakerSettings
    private(set) var interviewerIDs: [String: String] = [:]
    private(set) var participantIDs: [String: String] = [:]
    private(set) var used = Set<String>()
    /// Name labels another file of the study states to be an interviewer (normalised).
    var team: Set<String> = []
    private var nextInterviewer = 1
    private var nextParticipant = 1

    init(settings: SpeakerSettings) {
        self.settings = settings
        used = Set(settings.ids.values)
    }

    /// The assignments of `document`'s labels, in order of first appearance.
    mutating func assign(_ document: ImportedDocument, file: String, mergingParticipants: Bool = false) throws -> [SpeakerAssignment] {
        var order: [String] = []
        var display: [String: String] = [:]
        var turnCounts: [String: Int] = [:]
        var questions: [String: Int] = [:]
        var words: [String: Int] = [:]
        for turn in document.turns {
            let key = SpeakerLabel.normalized(turn.label)
            if display[key] == nil { order.append(key); display[key] = turn.label }
            turnCounts[key, default: 0] += 1
            let text = turn.text
            words[key, default: 0] += text.split(whereSeparator: \.isWhitespace).count
            // A question the turn ends with, not one asked in passing inside a long answer ("you know?").
            if text.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: "\"”’)"))).hasSuffix("?") { questions[key, default: 0] += 1 }
        }
        let declared = Dictionary(document.declaredSpeakers.map { (SpeakerLabel.normalized($0.label), $0) }, uniquingKeysWith: { a, _ in a })
        let headerInterviewers = Set(document.metadata.filter { $0.kind == .interviewer }.map { SpeakerLabel.normalized($0.value) })

        var roles: [String: (SpeakerRole, String)] = [:]
        for key in order {
            if settings.interviewers.contains(key) { roles[key] = (.interviewer, "--interviewer") }
            else if let id = settings.ids[key], id.range(of: #"^(I|INT|IV|Int|Iv)\d*$"#, options: .regularExpression) != nil || interviewerIDs.values.contains(id) {
                roles[key] = (.interviewer, "--speaker")
            } else if let id = settings.ids[key], participantIDs.values.contains(id) { roles[key] = (.participant, "--speaker") }
            else if let role = declared[key]?.role { roles[key] = (role, "declared") }
            else if headerInterviewers.contains(key) { roles[key] = (.interviewer, "header") }
            else if let role = SpeakerLabel.role(of: display[key]!) { roles[key] = (role, "role-label") }
            else if interviewerIDs[key] != nil, !SpeakerLabel.isRoleOrID(display[key]!) { roles[key] = (.interviewer, "interviewer-in-earlier-file") }
            else if team.contains(key), !SpeakerLabel.isRoleOrID(display[key]!) { roles[key] = (.interviewer, "interviewer-in-another-file") }
        }
        if !roles.values.contains(where: { $0.0 == .interviewer }), order.count > 1 {
            // "P1 Transcript.txt" with `P1`, `A1` and `A5`: no label says who interviews (`A1` reads as an answer), but
            // the file is named after one of them — the one interviewed; the others are the study's team.
            let fileTokens = Set((file as NSString).lastPathComponent.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
            let named = order.filter { fileTokens.contains($0) && $0.contains(where: \.isNumber) }
            if named.count == 1, order.contains(where: { $0 != named[0] && roles[$0]?.1 == "role-label" }) {
                roles[named[0]] = (.participant, "file-name")
                for key in order where key != named[0] && roles[key]?.1 == "role-label" { roles[key] = (.interviewer, "file-name") }
            }
        }
        let unresolved = order.filter { roles[$0] == nil }
        if !roles.values.contains(where: { $0.0 == .interviewer }), !unresolved.isEmpty, order.count > 1 {
            let fileWords = Set(Self.nameWords(of: (file as NSString).lastPathComponent))
            let named = unresolved.filter { key in
                let parts = Self.nameWords(of: key)
                return !parts.isEmpty && !SpeakerLabel.isRoleOrID(display[key]!) && parts.allSatisfy(fileWords.contains)
            }
            // The opening is the first turn of some words ("OK." is none). A podcast may open with a teaser, a clip of
            // the guest, before the host's welcome: a later turn of the first five opens the session only with a
            // greeting's words ("welcome to another episode"), not a story's ("he was not welcome").
            let substantial = document.turns.prefix(5).filter { $0.text.split(separator: " ").count >= 5 }
            let opening = substantial.first.flatMap { Self.welcomes($0.text) ? $0 : nil }
                ?? substantial.dropFirst().first { Self.welcomes($0.text, greetingOnly: true) }
            if named.count == 1, unresolved.count == 2 {
                // "Interview with Ana.txt": the speaker the file is named after is the one interviewed.
                roles[named[0]] = (.participant, "file-name")
                roles[unresolved.first { $0 != named[0] }!] = (.interviewer, "file-name")
            } else if let opening, case let opener = SpeakerLabel.normalized(opening.label), unresolved.contains(opener),
                      Self.welcomes(opening.text, thanks: false) || !Self.onlyTheOtherAsks(opener, unresolved, questions: questions, turns: turnCounts) {
                // A podcast or a focus group opens with its host welcoming everyone ("Welcome back to …, I'm your host"),
                // an interview with thanks for agreeing to it: the host may ask few questions, and a guest may ask
                // more, but the one who opens it leads it.
                roles[opener] = (.interviewer, "opens-with-welcome")
            } else if let asking = document.turns.prefix(10).first(where: { Self.asksToRecord($0.text) }),
                      case let asker = SpeakerLabel.normalized(asking.label), unresolved.contains(asker) {
                // The one who records the session asks the other's leave to ("can I get your verbal consent that it's
                // okay if I record this", "I hope it's okay I enable the transcript"): the interviewer, however few
                // questions a short excerpt gives them.
                roles[asker] = (.interviewer, "asks-to-record")
            } else {
                // The interviewer asks in short turns: the largest share of turns ending in a question, weighed with
                // how short the turns are and who spoke first (a count of questions alone picks a talkative
                // participant who asks "you know?" in every answer).
                // Someone who says one "Thanks?" at the end is no interviewer: in a group, only those with a real
                // share of the turns are candidates, and a share of questions counts as much as its turns support.
                let allTurns = turnCounts.values.reduce(0, +)
                let substantial = unresolved.filter {
                    unresolved.count <= 2 || turnCounts[$0]! * 20 >= allTurns && turnCounts[$0]! >= 2 && !Self.isUnknownSpeaker($0)
                }
                var candidates = substantial.isEmpty ? unresolved : substantial
                // A recording tool names the account that recorded (the host's) and leaves the voice it could not place
                // as "UnknownChannel2": between two people, the named one leads.
                let named = candidates.filter { !Self.isUnknownSpeaker($0) }
                if candidates.count == 2, named.count == 1 { candidates = named }
                // In a group the moderator asks most of the questions; between two people, the larger share decides.
                // The one who closes the session thanking the other ("Thank you, Yaacob.", "gracias por tu tiempo") led it,
                // as the one who opens it with a welcome does: a guest thanks for having them, or thanks back. Between two
                // people only: a meeting's last word is anyone's.
                // Where both of the last two turns thank, the first thanked and the other thanked back ("Thank you, Ana."
                // "Thank you! Bye."): the guest's answering thanks must not make the guest the host.
                let lastTwo = document.turns.suffix(2)
                let closer = (lastTwo.allSatisfy { Self.thanksToClose($0.text) } ? lastTwo.first : lastTwo.last { Self.thanksToClose($0.text) })
                    .map { SpeakerLabel.normalized($0.label) }
                let mostQuestions = Double(candidates.map { questions[$0] ?? 0 }.max() ?? 0)
                func score(_ key: String) -> Double {
                    let turns = Double(turnCounts[key]!)
                    let share = candidates.count > 2 && mostQuestions > 0 ? Double(questions[key] ?? 0) / mostQuestions : Double(questions[key] ?? 0) / (turns + 2)
                    let averageWords = Double(words[key] ?? 0) / turns
                    let shortest = candidates.map { Double(words[$0] ?? 0) / Double(turnCounts[$0]!) }.min() ?? averageWords
                    // Between two people the one with the shorter turns asks; in a group the moderator speaks most often.
                    let mostTurns = candidates.map { turnCounts[$0]! }.max()!
                    let manner = candidates.count > 2 ? turnCounts[key]! == mostTurns : averageWords <= shortest
                    return 2 * share + (manner ? 1 : 0) + (key == order.first ? 0.5 : 0) + (candidates.count == 2 && key == closer ? 1 : 0)
                }
                let asker = candidates.max { (score($0), -order.firstIndex(of: $0)!) < (score($1), -order.firstIndex(of: $1)!) }!
                roles[asker] = (.interviewer, "most-questions")
            }
        }
        for key in order where roles[key] == nil { roles[key] = (.participant, "other-speaker") }
        // Labels the user maps to one id are one person (`--speaker "Speaker 3=A1"` beside `A1`, an Otter file renamed
        // only in part): one role, the interviewer's when any of them interviews — else the file was a "group" of A1s.
        // A label that is itself such an id (`A1` beside `--speaker "Speaker 3=A1"`) is that person too.
        let idsGiven = Set(order.compactMap { settings.ids[$0] })
        func userID(_ key: String) -> String? { settings.ids[key] ?? (idsGiven.contains(display[key]!.trimmedSpace) ? display[key]!.trimmedSpace : nil) }
        for key in order where roles[key]!.0 == .participant {
            guard let id = userID(key), order.contains(where: { userID($0) == id && roles[$0]!.0 == .interviewer }) else { continue }
            roles[key] = (.interviewer, settings.ids[key] != nil ? "--speaker" : roles[key]!.1)
        }

        // A project's source may be a group discussion; Interview XML has one participant, so its speakers share the
        // first one's id — given before the others are reached, so no id is used up on a speaker merged away (a
        // MAXQDA source's unlabelled title line and its `B:` gave P01, the next source's participant P03).
        let participantKeys = order.filter { roles[$0]!.0 == .participant }
        let mergingInto = mergingParticipants && participantKeys.count > 1 ? participantKeys.first : nil
        var assignments: [SpeakerAssignment] = []
        for key in order {
            let (role, reason) = roles[key]!
            let label = display[key]!
            // A display name of marks alone (`.`) names no one: nothing to protect.
            let isName = !SpeakerLabel.isRoleOrID(label) && label.contains(where: \.isLetter)
            if let mergingInto, role == .participant, key != mergingInto, let first = assignments.first(where: { $0.role == .participant }) {
                assignments.append(SpeakerAssignment(label: label, id: first.id, role: role, reason: "merged-into-\(first.label)",
                                                     labelIsName: isName, turns: turnCounts[key]!))
                continue
            }
            let id = userID(key) ?? generatedID(for: key, label: label, role: role, isName: isName)
            assignments.append(SpeakerAssignment(label: label, id: id, role: role, reason: settings.ids[key] != nil ? "--speaker" : reason,
                                                 labelIsName: isName, turns: turnCounts[key]!))
        }
        let participants = Set(assignments.filter { $0.role == .participant }.map(\.id))
        // More than one participant: a group session (focus group, group interview), each speaker their own participant.
        if participants.isEmpty {
            throw Diagnostic(file: file, "no participant speaks: every label (\(assignments.map { "'\(quoting: $0.label)'" }.joined(separator: ", "))) is an interviewer; map the participant with --speaker LABEL=ID")
        }
        return assignments
    }

    /// Whether a session's first turn is a host's opening: a welcome or the host introducing themselves, within its
    /// first forty words (a participant's "welcome" later in an answer says nothing about who leads).
    /// `greetingOnly`: a welcome counts only as a greeting, followed by whom or what it welcomes to ("welcome to …",
    /// "welcome back", "velkommen til"), as a turn after the first must be.
    static func welcomes(_ text: String, greetingOnly: Bool = false, thanks: Bool = true) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.prefix(40).map(String.init)
        let welcome = ["welcome", "velkommen", "välkommen", "willkommen", "bienvenid", "bienvenue", "benvenut", "welkom", "tervetuloa"]
        let greeted = ["to", "back", "everyone", "everybody", "all", "til", "tilbake", "alle", "a", "al", "à", "zu", "in", "på", "och", "and", "og"]
        for (index, word) in words.enumerated() where welcome.contains(where: word.hasPrefix) {
            if !greetingOnly || index + 1 < words.count && greeted.contains(words[index + 1]) { return true }
        }
        // A host introduces: "I'm your host", "my guest today is …", "today's guest is …", "today I'm joined by …".
        let pairs = Array(zip(words, words.dropFirst()))
        if pairs.contains(where: { ["your", "my", "our", "today's", "todays", "today’s"].contains($0) && ["host", "guest", "guests"].contains($1) || $0 == "joined" && $1 == "by" }) { return true }
        // Thanks for agreeing to the interview, for coming, for taking the time (not a guest's "thanks for having me").
        guard thanks else { return false }
        let thanked = ["agreeing", "joining", "coming", "participating", "taking"]
        return words.indices.dropLast().contains { index in
            words[index] == "for" && thanked.contains(words[index + 1])
                && words[max(0, index - 4)..<index].contains { $0 == "thank" || $0 == "thanks" }
        }
    }

    /// Whether the one who opened with thanks (not a welcome or a host's words) never asks and another speaker ends
    /// at least two turns, and half of theirs, with a question: a participant at home who thanks the visitor "for
    /// coming all the way out here" and then answers every question does not lead the interview.
    static func onlyTheOtherAsks(_ opener: String, _ speakers: [String], questions: [String: Int], turns: [String: Int]) -> Bool {
        guard questions[opener] ?? 0 == 0 else { return false }
        return speakers.contains { key in
            let asked = questions[key] ?? 0
            return key != opener && asked >= 2 && asked * 2 >= turns[key] ?? 0
        }
    }

    /// Whether a turn asks leave to record or transcribe the session, or says that it will, in the first person: "can
    /// we record this?", "is it okay if I record", "I hope it's okay I enable the transcript", "your consent to the
    /// recording"; not a participant's "I'm okay with you recording" or "are you recording?".
    static func asksToRecord(_ text: String) -> Bool {
        let lowered = text.lowercased().replacingOccurrences(of: "’", with: "'")
        return recordingRequests.contains { lowered.range(of: $0, options: .regularExpression) != nil }
    }

    static let recordingRequests = [
        #"\b(can|may|could) (i|we) (record|transcribe)"#,
        #"\bmind if (i|we)\b[^.?!]{0,30}\b(record|transcri)"#,
        #"\b(okay|ok|alright|all right|fine) (if |that )?(i|we)\b[^.?!]{0,40}\b(record|transcri)"#,
        #"\b(consent|permission)\b[^.?!]{0,80}\b(record|transcri)\w*"# + sessionObject,
        #"\b(i|we)('m| am|'re| are) (going to |gonna |just )?(start |starting )?record\w*"# + sessionObject,
    ]

    /// What a statement about recording must record to be about the session ("I'm recording this", "permission to
    /// record the interview", "we are recording."): a nurse's "we're recording every fall in the app" is her work.
    static let sessionObject = #"(\s+(this|it|our|the (interview|conversation|session|call|meeting|chat|talk)|you|now)\b|\s*([.?!,;]|$))"#

    /// Whether a turn near the end thanks the other as the one who led the session does (`Thank you, Yaacob.`,
    /// `Muchas gracias por tu tiempo`), not as a guest ("thanks for having me", "thank you too").
    static func thanksToClose(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let words = lowered.split { !$0.isLetter && $0 != "'" && $0 != "’" }.prefix(30).map(String.init)
        guard words.contains(where: { ["thank", "thanks", "gracias", "takk", "tack", "danke", "merci", "obrigado", "obrigada", "grazie", "dank"].contains($0) }) else { return false }
        if lowered.contains("your time") || lowered.contains("tu tiempo") { return true }
        return !["having me", "inviting me", "thank you too", "thanks to you", "you too", "a ti", "igualmente"].contains { lowered.contains($0) }
    }

    /// Transcription tools' label for voices they could not tell apart ("Unknown Speaker"): several people, so
    /// never the one who leads a group.
    static func isUnknownSpeaker(_ key: String) -> Bool {
        let first = key.split(separator: " ").first.map(String.init) ?? key
        let words = ["unknown", "unidentified", "ukjent", "okänd", "ukendt", "unbekannt", "desconocido", "inconnu", "desconhecido"]
        // Glued as tools write placeholders: `UnknownChannel2`, `unknown_speaker`.
        return words.contains { first == $0 || first.hasPrefix($0) && !first.dropFirst($0.count).hasPrefix("s") }
    }

    /// The lower-cased words of a name or file name (`Interview_with_Ana-Lopez.txt` → interview, with, ana, lopez, txt).
    static func nameWords(of text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 2 }
    }

    private mutating func generatedID(for key: String, label: String, role: SpeakerRole, isName: Bool) -> String {
        switch role {
        case .interviewer:
            if let id = interviewerIDs[key] { return id }
            let id = SpeakerLabel.usableAsID(label) && !used.contains(label) && label.uppercased().hasPrefix("I") ? label : nextID(prefix: "I", width: 1)
            interviewerIDs[key] = id
            used.insert(id)
            return id
        case .participant:
            // A name or an id names one person in every file; `Participant` or `SPEAKER_01` only within a file.
            let stable = isName || (SpeakerLabel.usableAsID(label) && SpeakerLabel.role(of: label) == .participant)
            if stable, let id = participantIDs[key] { return id }
            let own = Self.participantID(fromLabel: label)
            let id = own.map { !used.contains($0) } == true ? own! : nextID(prefix: "P", width: 2)
            if stable { participantIDs[key] = id }
            used.insert(id)
            return id
        }
    }

    /// The id a participant label that is already an id gives: `P3` → `P03` (the generated form, so `P3` and a
    /// generated `P03` cannot both appear), `INF1` as it is.
    static func participantID(fromLabel label: String) -> String? {
        guard SpeakerLabel.usableAsID(label), SpeakerLabel.role(of: label) == .participant || !label.uppercased().hasPrefix("I") else { return nil }
        let trimmed = label.trimmedSpace
        let letters = trimmed.prefix { $0.isLetter }.uppercased()
        let digits = trimmed.drop { $0.isLetter }
        guard letters == "P", let number = Int(digits) else { return trimmed }
        return "P" + (number < 10 ? "0" : "") + String(number)
    }

    private mutating func nextID(prefix: String, width: Int) -> String {
        var counter = prefix == "I" ? nextInterviewer : nextParticipant
        defer { if prefix == "I" { nextInterviewer = counter } else { nextParticipant = counter } }
        while true {
            let number = String(counter)
            let id = prefix + String(repeating: "0", count: max(0, width - number.count)) + number
            counter += 1
            if !used.contains(id) { return id }
        }
    }
}
