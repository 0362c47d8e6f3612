import Foundation
import ThematicCore
import ThematicXML

/// Turns files of any registered format into a study folder: Interview XML transcripts, a study file with the
/// speakers as participants and team, a pipeline that runs as it is, and a report of what was read and left out.
public struct StudyImport: Sendable {
    /// The `mapped_by` rules that guess a role from the evidence rather than read it from the file or the command
    /// line: the summary names them and the one-flag remedy, `--interviewer LABEL`.
    public static let inferredRoleRules: Set<String> = ["most-questions", "file-name", "opens-with-welcome", "asks-to-record", "interviewer-in-earlier-file",
                                                         "interviewer-in-another-file"]

    /// What the user chose.
    public struct Settings: Sendable {
        /// How labels map to ids.
        public var speakers: SpeakerSettings
        /// The language of every transcript (`--language`); otherwise what a file declares, else `en`.
        public var language: String?
        /// The study's id and title in `study.yaml`.
        public var studyID: String
        /// The study id when the user names none: never the output folder's name, which may be a participant's.
        public static let neutralStudyID = "imported-study"
        public var title: String
        /// Importer options (`--option NAME=VALUE`), checked against the importers that read the files.
        public var options: [String: OptionValue]
        /// The encoding of every text file (`--encoding CP949`), as iconv names it; nil to detect each file's.
        public var encoding: String?

        /// Creates settings.
        public init(speakers: SpeakerSettings = try! SpeakerSettings(), language: String? = nil, studyID: String = neutralStudyID,
                    title: String = "Imported interview study", options: [String: OptionValue] = [:]) {
            self.speakers = speakers
            self.language = language
            self.studyID = studyID
            self.title = title
            self.options = options
        }
    }

    /// The importers to choose from.
    public let registry: ImporterRegistry

    /// Creates an import over `registry`.
    public init(registry: ImporterRegistry) {
        self.registry = registry
    }

    /// One file as read, before speakers are mapped.
    public struct ReadFile: Sendable {
        public var file: ImportFile
        public var importer: ImporterDescriptor
        public var document: ImportedDocument
        /// What a project format read (then `document` is empty).
        public var project: ImportedProject?

        /// Pairs a file with what an importer read from it.
        public init(file: ImportFile, importer: ImporterDescriptor, document: ImportedDocument, project: ImportedProject? = nil) {
            self.file = file
            self.importer = importer
            self.document = document
            self.project = project
        }
    }

    /// Reads every file with the importer it calls for; all files' problems are reported together.
    public func read(_ files: [ImportFile], settings: Settings) throws -> [ReadFile] {
        var chosen: [(ImportFile, any Importer.Type)] = []
        var problems: [Diagnostic] = []
        for file in files {
            do { chosen.append((file, try registry.importer(for: file))) } catch let error as Diagnostic { problems.append(error) }
        }
        if let encoding = settings.encoding, !Iconv.knows(encoding) {
            problems.append(Diagnostic(file: "--encoding", "'\(quoting: encoding)' is not an encoding iconv knows (e.g. CP949, SHIFT_JIS, GB18030, WINDOWS-1252, ISO-8859-1; `iconv -l` lists them)"))
        }
        try problems.throwIfAny()
        // An option no chosen importer takes is a typo, not something to ignore.
        let accepted = Set(chosen.flatMap { $0.1.descriptor.options.map(\.name) })
        for name in settings.options.keys.sorted() where !accepted.contains(name) {
            let used = Set(chosen.map { $0.1.descriptor.id }).sorted().joined(separator: ", ")
            problems.append(Diagnostic(file: "--option", "unknown option '\(quoting: name)' for the importers these files need (\(used)); see `thematic importers`"))
        }
        try problems.throwIfAny()
        var read: [ReadFile] = []
        for (file, importerType) in chosen {
            do {
                let descriptor = importerType.descriptor
                let options = try StageOptions(validating: settings.options.filter { name, _ in descriptor.options.contains { $0.name == name } },
                                               against: descriptor.options, stage: descriptor.id, file: "--option")
                var withLabels = file
                withLabels.knownLabels = settings.speakers.knownLabels
                withLabels.speakerForAll = settings.speakers.speakerForAll
                withLabels.encoding = settings.encoding
                let importer = try importerType.init(options: options)
                // Whatever the format, characters Interview XML cannot hold are dropped here and reported (XMLCharacters).
                if let project = try importer.readProject(withLabels) {
                    read.append(ReadFile(file: file, importer: descriptor, document: ImportedDocument(turns: []), project: XMLCharacters.cleaned(project)))
                    continue
                }
                let document = XMLCharacters.cleaned(try importer.read(withLabels))
                try Self.checkTimes(document, file: file.displayName)
                if document.turns.isEmpty {
                    throw Diagnostic(file: file.displayName, "no turns found: \(file.data.isEmpty ? "the file is empty" : "no paragraph or cue opens with a speaker label that recurs (such as 'Interviewer:', 'P5:', 'Kari Nilsen:' or <v Name>); for a recording with one voice, put every line in one participant's turns with --speaker-all P01")")
                }
                if withLabels.speakerForAll == nil, withLabels.knownLabels.isEmpty, let refusal = WriteUp.refusal(document, file: file.displayName) { throw refusal }
                if withLabels.speakerForAll == nil, let speech = document.unattributedSpeech {
                    let line = speech.location.hasPrefix("line ") ? Int(speech.location.dropFirst(5)) : nil
                    throw Diagnostic(file: file.displayName, line: line, (line == nil ? "\(speech.location): " : "") + speech.message)
                }
                read.append(ReadFile(file: file, importer: descriptor, document: document))
            } catch let error as Diagnostic {
                problems.append(error)
            } catch let error as DiagnosticList {
                problems += error.diagnostics
            }
        }
        try problems.throwIfAny()
        return read
    }

    /// Refuses a turn whose start or end Interview XML cannot hold (`RecordingTime`), naming the file and the turn's
    /// place in it; an importer that checks its own times names the exact line first.
    static func checkTimes(_ document: ImportedDocument, file: String) throws {
        for turn in document.turns {
            for (name, time) in [("start", turn.start), ("end", turn.end)] {
                guard let time, !RecordingTime.isValid(time) else { continue }
                let words = turn.location.split(separator: " ")
                let line = words.count == 2 && words[0] == "line" ? Int(words[1]) : nil
                throw Diagnostic(file: file, line: line, "\(line == nil ? "the turn at \(turn.location)" : "the turn") \(name)s at \(RecordingTime.describe(time)), which is not a time in a recording (from 0 to \(RecordingTime.maximumDescription))")
            }
        }
    }

    /// Reads `files` and builds the study folder's contents.
    public func importStudy(_ files: [ImportFile], settings: Settings) throws -> ImportedStudy {
        let sorted = files.sorted { $0.displayName < $1.displayName }
        var seen = Set<String>()
        for file in sorted where !seen.insert(file.displayName).inserted {
            throw Diagnostic(file: file.displayName, "the file is given twice")
        }
        return try assemble(try read(sorted, settings: settings), settings: settings)
    }

    /// Maps speakers and builds interviews, study and report from files already read.
    public func assemble(_ files: [ReadFile], settings: Settings) throws -> ImportedStudy {
        var projectPart = ProjectPart()
        var expanded: [ReadFile] = []
        for read in files {
            if let project = read.project {
                expanded += try projectPart.add(project, from: read, settings: settings)
            } else {
                expanded.append(read)
            }
        }
        // A project's source is named `<file>#<source>`; a file given under such a name would be taken for it.
        var names = Set<String>()
        for read in expanded where !names.insert(read.file.displayName).inserted {
            throw Diagnostic(file: read.file.displayName, "a file and a source of a project have this name; rename the file")
        }
        var study = try assembleTranscripts(expanded, settings: settings, projectPart: projectPart)
        // A study needs someone interviewed: a folder of documents alone would import, then fail to load.
        if !study.interviews.isEmpty, study.interviews.allSatisfy(\.isDocument) {
            throw Diagnostic(file: files.map(\.file.displayName).joined(separator: ", "),
                             "every source was read as a document (import-report rules: no conversation in its labels, no case, a name that does not say interview), so there is no interview to analyse; name the interviews with --option interviews=NAME,… (or '*')")
        }
        study.project = try projectPart.finish(interviews: study.interviews, report: &study.report)
        let people = (study.project?.identifiers["person"] ?? []) + (study.project?.coderNames ?? [])
        if !people.isEmpty {
            study.names = Set(study.names).union(people).sorted()
            study.report.totals.namesProtected = study.names.count
        }
        return study
    }

    private func assembleTranscripts(_ files: [ReadFile], settings: Settings, projectPart: ProjectPart) throws -> ImportedStudy {
        var mapper = SpeakerMapper(settings: settings.speakers)
        // The study's team as the files state it (a TEI `listPerson` role, a header `Interviewer: Kari Nilsen`): the same
        // name labelled in another file, where nothing says who leads, is that interviewer, whichever file comes first.
        mapper.team = Set(files.flatMap { read in
            read.document.declaredSpeakers.filter { $0.role == .interviewer }.map(\.label) + read.document.metadata.filter { $0.kind == .interviewer }.map(\.value)
        }.filter { !SpeakerLabel.isRoleOrID($0) }.map(SpeakerLabel.normalized))
        var interviews: [Interview] = []
        var entries: [ImportReport.FileEntry] = []
        var names = Set<String>()
        var organisations = Set<String>()
        var interviewCount: [String: Int] = [:]
        var groupSessions = 0
        var problems: [Diagnostic] = []
        var documentPositions: [Int] = []
        for read in files {
            let file = read.file
            var document = read.document
            if projectPart.documents.contains(file.displayName) {
                // A document has no speakers to map and no participant; its id is given once every interview has one.
                let language = settings.language ?? document.language ?? "en"
                if settings.language == nil, document.language == nil {
                    document.findings.append(ImportFinding(location: "the whole file", "no language declared; 'en' assumed (pass --language CODE)"))
                }
                documentPositions.append(interviews.count)
                interviews.append(Interview.document(id: "", language: language, paragraphs: document.turns.map(\.content), source: ""))
                entries.append(ImportReport.FileEntry(
                    source: file.displayName, sha256: Digest.sha256(file.data), importer: read.importer.id, importerVersion: read.importer.version,
                    interview: "", transcript: "", language: language, turns: document.turns.count, speakers: [], metadata: [],
                    findings: document.findings, kind: SourceKind.document.rawValue))
                continue
            }
            let assignments: [SpeakerAssignment]
            let isProjectSource = projectPart.isProjectSource(file.displayName)
            do { assignments = try mapper.assign(document, file: file.displayName, mergingParticipants: isProjectSource) } catch let error as Diagnostic {
                problems.append(error)
                continue
            }
            let merged = assignments.filter { $0.reason.hasPrefix("merged-into-") }
            if !merged.isEmpty {
                document.findings.append(ImportFinding(location: "the whole source", "\(merged.count + 1) speakers who are not interviewers share one participant id (Interview XML has one participant per interview)"))
            }
            let ids = Dictionary(uniqueKeysWithValues: assignments.map { (SpeakerLabel.normalized($0.label), $0.id) })
            // A project source keeps one turn per line so its selections keep their offsets.
            let turns = Self.turns(of: document, ids: ids, merging: !isProjectSource && settings.speakers.speakerForAll == nil)
            var sessionParticipants: [String] = []
            for assignment in assignments where assignment.role == .participant && !sessionParticipants.contains(assignment.id) {
                sessionParticipants.append(assignment.id)
            }
            let participant = sessionParticipants[0]
            let interviewID: String
            if sessionParticipants.count > 1 {
                // A group session is named for itself (FG01, FG02 …), not after one of its participants.
                groupSessions += 1
                interviewID = "FG" + (groupSessions < 10 ? "0" : "") + String(groupSessions)
                document.findings.append(ImportFinding(location: "the whole file", "a group session: \(sessionParticipants.count) participants speak (\(sessionParticipants.joined(separator: ", "))); if a label is a moderator, import again with --interviewer LABEL"))
            } else {
                interviewCount[participant, default: 0] += 1
                interviewID = interviewCount[participant]! == 1 ? participant : "\(participant)-\(interviewCount[participant]!)"
            }
            var language = settings.language ?? document.language
            if language == nil {
                language = "en"
                document.findings.append(ImportFinding(location: "the whole file", "no language declared; 'en' assumed (pass --language CODE)"))
            }
            var meta = InterviewMeta(interviewer: assignments.first { $0.role == .interviewer }?.id)
            for field in document.metadata {
                switch field.kind {
                case .date:
                    if let date = Self.isoDate(field.value) { meta.date = date } else {
                        document.findings.append(ImportFinding(location: field.location, "the date is not in a form read here (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY); left out of <meta>"))
                    }
                case .duration:
                    if let minutes = Self.minutes(field.value) { meta.durationMinutes = minutes } else {
                        document.findings.append(ImportFinding(location: field.location, "the duration is not in a form read here (45 min, 1:02:10, 1h 2m); left out of <meta>"))
                    }
                case .setting:
                    meta.setting = field.value
                case .interviewer, .participant:
                    // Each person a header names is protected alone, as the text mentions them one at a time.
                    if !SpeakerLabel.isRoleOrID(field.value) { names.formUnion([field.value] + LabelledTranscript.people(in: field.value)) }
                case .title, .other:
                    document.findings.append(ImportFinding(location: field.location, "the header line '\(quoting: field.key)' has no place in Interview XML's <meta>; left out"))
                }
            }
            for assignment in assignments where assignment.labelIsName { names.formUnion(SpeakerLabel.protectedForms(of: assignment.label)) }
            organisations.formUnion(document.affiliations)
            for speaker in document.declaredSpeakers {
                if let name = speaker.name, !name.isEmpty { names.insert(name) }
                if !SpeakerLabel.isRoleOrID(speaker.label) { names.insert(speaker.label) }
            }
            let interview = Interview(id: interviewID, participant: participant, otherParticipants: Array(sessionParticipants.dropFirst()), language: language!, meta: meta, turns: turns,
                                      source: "transcripts/\(interviewID).xml")
            interviews.append(interview)
            entries.append(ImportReport.FileEntry(
                source: file.displayName, sha256: Digest.sha256(file.data), importer: read.importer.id, importerVersion: read.importer.version,
                interview: interviewID, transcript: interview.source, language: language!, turns: turns.count,
                speakers: assignments.map { .init(id: $0.id, role: $0.role.rawValue, label: $0.label, mappedBy: $0.reason, labelIsName: $0.labelIsName, turns: $0.turns) },
                metadata: document.metadata.map { .init(key: $0.key, kind: $0.kind.rawValue, location: $0.location) },
                findings: document.findings))
        }
        try problems.throwIfAny()
        // Documents are D01, D02 … in the order they were read, skipping an id an interview has.
        var taken = Set(interviews.map(\.id))
        var number = 0
        for position in documentPositions {
            var id: String
            repeat {
                number += 1
                id = "D" + (number < 10 ? "0" : "") + String(number)
            } while taken.contains(id)
            taken.insert(id)
            interviews[position].id = id
            interviews[position].source = "transcripts/\(id).xml"
            entries[position].interview = id
            entries[position].transcript = interviews[position].source
        }
        return ImportedStudy(interviews: interviews, names: names.sorted(), organisations: organisations.sorted(), report: ImportReport(files: entries, names: names.count), settings: settings)
    }

    /// The document's turns under the ids its labels map to (normalised label → id); turns of one id in a row merge,
    /// as two labels mapped to one person speak one uninterrupted turn.
    static func turns(of document: ImportedDocument, ids: [String: String], merging: Bool = true) -> [Turn] {
        var turns: [Turn] = []
        for turn in document.turns {
            let id = ids[SpeakerLabel.normalized(turn.label)]!
            if merging, var last = turns.last, last.speaker == id {
                last.content = Notation.joined(last.content, turn.content)
                if let end = turn.end { last.end = max(last.end ?? end, end) }
                turns[turns.count - 1] = last
            } else {
                turns.append(Turn(index: turns.count, speaker: id, content: turn.content, start: turn.start, end: turn.end))
            }
        }
        return turns
    }

    /// `YYYY-MM-DD` from `2024-03-12`, `12.03.2024` or `12/03/2024` (day first, as in Norway and most of Europe),
    /// and with the month named: `12-May-2023`, `12 May 2023`, `May 12, 2023`, `12. mai 2023`.
    static func isoDate(_ text: String) -> String? {
        let value = text.trimmedSpace
        // "Friday, Dec 11th, 2020 14:00 UTC" as meeting notes write it: the weekday, the ordinal's letters and the
        // time of day beside the date say nothing more about the day.
        var parts = value.lowercased().split(whereSeparator: { "-./, ".contains($0) }).map(String.init).filter { !weekdays.contains($0) }
        parts = parts.map { part in
            guard part.count >= 3, part.first!.isASCIIDigit, ["st", "nd", "rd", "th"].contains(String(part.suffix(2))) else { return part }
            return String(part.dropLast(2))
        }
        if parts.count > 3, parts[3].contains(":") { parts = Array(parts.prefix(3)) }
        guard parts.count == 3 else { return nil }
        let (year, month, day): (Int, Int, Int)
        if parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
            if parts[0].count == 4 { (year, month, day) = (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!) }
            else if parts[2].count == 4 { (year, month, day) = (Int(parts[2])!, Int(parts[1])!, Int(parts[0])!) }
            else { return nil }
        } else if let named = monthNumber(parts[1]), let first = Int(parts[0]), parts[2].count == 4, let last = Int(parts[2]) {
            (year, month, day) = (last, named, first)
        } else if let named = monthNumber(parts[0]), let middle = Int(parts[1]), parts[2].count == 4, let last = Int(parts[2]) {
            (year, month, day) = (last, named, middle)
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day), (1900...2200).contains(year) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Weekday names (English, Norwegian) that may stand before a date.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
                                        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

    /// 1–12 for an English or Norwegian month name or its three-letter abbreviation.
    static func monthNumber(_ word: String) -> Int? {
        let months = [["january", "januar"], ["february", "februar"], ["march", "mars"], ["april"], ["may", "mai"], ["june", "juni"],
                      ["july", "juli"], ["august"], ["september"], ["october", "oktober"], ["november"], ["december", "desember"]]
        guard word.count >= 3 else { return nil }
        return months.firstIndex { names in names.contains { $0 == word || (word.count == 3 && $0.hasPrefix(word)) } }.map { $0 + 1 }
    }

    /// Minutes from `45 min`, `45 minutes`, `1:02:10`, `62:10`, `1h 2m`, `1 t 2 min`.
    static func minutes(_ text: String) -> Double? {
        let value = text.trimmedSpace.lowercased()
        if let seconds = Timestamp.seconds(value) { return (seconds / 60 * 100).rounded() / 100 }
        var total = 0.0
        var found = false
        let scanner = value.replacingOccurrences(of: ",", with: ".")
        // `1h09m31s` writes its units with no space or boundary between them.
        let pattern = try! NSRegularExpression(pattern: #"(\d+(?:\.\d+)?)\s*(h|t|hours?|timer?|m|min|mins|minutes?|minutt(?:er)?|s|sec|secs|seconds?|sek(?:under)?)(?![a-zæøå])"#)
        for match in pattern.matches(in: scanner, range: NSRange(scanner.startIndex..., in: scanner)) {
            let number = Double(scanner[Range(match.range(at: 1), in: scanner)!])!
            let unit = scanner[Range(match.range(at: 2), in: scanner)!]
            found = true
            switch unit.first! {
            case "h", "t": total += number * 60
            case "s": total += number / 60
            default: total += number
            }
        }
        if !found, let plain = Double(scanner) { return plain }
        return found ? (total * 100).rounded() / 100 : nil
    }
}
