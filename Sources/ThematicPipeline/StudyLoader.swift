import Foundation
import ThematicCore
import ThematicIO
import Yams

/// Loads a study description (`study.yaml`, or JSON) and checks it.
public enum StudyLoader {
    /// The keys each section may hold; anything else is reported as a probable typo.
    static let allowedKeys: [String: Set<String>] = [
        "": ["id", "title", "team", "design", "analysis", "participants", "participants_file", "identifiers", "identifying_columns", "information_power"],
        "team": ["interviewers", "members", "publish_names"],
        "design": ["methodology", "sampling", "approach", "recruitment", "sample_size", "non_participation", "setting",
                   "non_participants_present", "sample_description", "interview_guide", "repeat_interviews", "recording",
                   "field_notes", "duration", "saturation", "transcripts_returned"],
        "analysis": ["coders", "coding_tree", "theme_derivation", "software", "participant_checking", "approach"],
        "information_power": ["aim", "specificity", "theory", "dialogue", "analysis"],
    ]

    /// The identifier types the study's `identifiers` may list (those the anonymization stage replaces).
    static let identifierTypes: Set<String> = ["person", "place", "address", "workplace", "organisation", "date", "phone", "email", "national-id",
                                               "card-number", "account-number", "ip-address", "postcode", "age", "url", "other"]

    static let informationPowerValues: [String: [String]] = [
        "aim": ["narrow", "broad"], "specificity": ["dense", "sparse"], "theory": ["applied", "none"],
        "dialogue": ["strong", "weak"], "analysis": ["case", "cross-case"],
    ]

    private struct File: Decodable {
        var id: String
        var title: String
        var team: ResearchTeam?
        var design: StudyDesign?
        var analysis: StudyAnalysis?
        var participants: [Participant]?
        var participantsFile: String?
        var identifiers: [String: [String]]?
        var identifyingColumns: [String: String]?
        var informationPower: InformationPower?

        enum CodingKeys: String, CodingKey {
            case id, title, team, design, analysis, participants, identifiers
            case participantsFile = "participants_file"
            case identifyingColumns = "identifying_columns"
            case informationPower = "information_power"
        }
    }

    /// Loads the study at `path`.
    ///
    /// - Parameters:
    ///   - path: where the file is.
    ///   - displayName: how messages name it.
    /// - Returns: the study and the names and hashes of the files read (the study file and any participants CSV).
    /// Whether the two names share a word, compared in lower case (`Kari Nilsen` and `Kari`).
    static func sharesAWord(_ a: String, _ b: String) -> Bool {
        let words = { (text: String) in Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)) }
        return !words(a).isDisjoint(with: words(b))
    }

    public static func load(path: String, displayName: String) throws -> (study: Study, inputs: [(path: String, data: Data)]) {
        let (file, data) = try YAMLDocument.load(File.self, path: path, displayName: displayName)
        let root = try YAMLDocument.compose(data, file: displayName)
        var problems: [Diagnostic] = []
        for (section, keys) in allowedKeys.sorted(by: { $0.key < $1.key }) {
            let node = section.isEmpty ? root : root?.mapping?[section]
            problems += YAMLDocument.unknownKeys(in: node, allowed: keys, context: section.isEmpty ? "the study" : "'\(section)'", file: displayName)
        }

        let idNode = root?.mapping?["id"]?.scalar
        let idIsNull = idNode.map { $0.style == .plain && ["", "~", "null", "Null", "NULL"].contains($0.string) } ?? false
        if idIsNull || file.id.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(Diagnostic(file: displayName, line: root?.mapping?["id"]?.mark?.line, "the study 'id' is empty"))
        }
        if let size = file.design?.sampleSize, size < 1 {
            problems.append(Diagnostic(file: displayName, line: root?.mapping?["design"]?.mapping?["sample_size"]?.mark?.line,
                                       "design.sample_size must be a positive number of participants, got \(size)"))
        }
        for (type, _) in (file.identifiers ?? [:]).sorted(by: { $0.key < $1.key }) where !Self.identifierTypes.contains(type) {
            let line = root?.mapping?["identifiers"]?.mapping?.first { $0.key.string == type }?.key.mark?.line
            problems.append(Diagnostic(file: displayName, line: line,
                                       "unknown identifier type '\(quoting: type)' (valid: \(Self.identifierTypes.sorted().joined(separator: ", ")))"))
        }

        var inputs = [(path: displayName, data: data)]
        var participants = file.participants ?? []
        if let csvName = file.participantsFile {
            if !participants.isEmpty {
                problems.append(Diagnostic(file: displayName, "give participants either inline or in participants_file, not both"))
            }
            let base = (displayName as NSString).deletingLastPathComponent
            let csvDisplay = base.isEmpty ? csvName : base + "/" + csvName
            let studyFolder = (path as NSString).deletingLastPathComponent
            let csvPath = (studyFolder as NSString).appendingPathComponent(csvName)
            // Only a file inside the study's folder (symbolic links resolved): a study file must not be able to make
            // Thematic read, and echo in messages, files elsewhere on the machine.
            let realFolder = PathUtilities.resolvingLinks(studyFolder.isEmpty ? "." : studyFolder)
            let realCSV = PathUtilities.resolvingLinks(csvPath)
            guard realCSV.hasPrefix(realFolder.hasSuffix("/") ? realFolder : realFolder + "/") else {
                throw Diagnostic(file: displayName, line: root?.mapping?["participants_file"]?.mark?.line,
                                 "participants_file must name a file inside the study's folder")
            }
            let csvData = try InputFile.read(csvPath, displayName: csvDisplay, what: "participants file")
            participants = try ParticipantsCSV.parse(csvData, file: csvDisplay)
            inputs.append((csvDisplay, csvData))
        }

        let participantNodes = root?.mapping?["participants"]?.sequence
        var seen: [String: Int] = [:]
        for (index, participant) in participants.enumerated() {
            let line = participantNodes.flatMap { index < $0.count ? $0[index].mark?.line : nil }
            if let first = seen[participant.id] {
                problems.append(Diagnostic(file: displayName, line: line, "duplicate participant id '\(quoting: participant.id)' (first at entry \(first + 1))"))
            }
            seen[participant.id] = index
        }
        let team = file.team ?? ResearchTeam()
        for interviewer in team.interviewers where seen[interviewer.id] != nil {
            problems.append(Diagnostic(file: displayName, "'\(quoting: interviewer.id)' is both an interviewer and a participant"))
        }
        if participants.isEmpty {
            problems.append(Diagnostic(file: displayName, "the study declares no participants"))
        }
        if let power = file.informationPower {
            let given = ["aim": power.aim, "specificity": power.specificity, "theory": power.theory, "dialogue": power.dialogue, "analysis": power.analysis]
            for (dimension, allowed) in informationPowerValues.sorted(by: { $0.key < $1.key }) where !allowed.contains(given[dimension] ?? "") {
                let line = root?.mapping?["information_power"]?.mapping?[dimension]?.mark?.line
                problems.append(Diagnostic(file: displayName, line: line,
                                           "information_power.\(dimension) must be one of \(allowed.joined(separator: ", ")), got '\(quoting: given[dimension] ?? "")'"))
            }
        }
        for (column, type) in (file.identifyingColumns ?? [:]).sorted(by: { $0.key < $1.key }) where !identifierTypes.contains(type) {
            problems.append(Diagnostic(file: displayName, line: root?.mapping?["identifying_columns"]?.mark?.line,
                                       "identifying_columns.\(quoting: column): unknown identifier type '\(quoting: type)' (valid: \(identifierTypes.sorted().joined(separator: ", ")))"))
        }
        if team.publishNames == true {
            // A name the study publishes cannot also be one it protects: the leak gate would refuse every run.
            let listed = (file.identifiers ?? [:]).sorted { $0.key < $1.key }.flatMap { type, values in values.enumerated().map { (type, $0.offset + 1, $0.element) } }
            let line = root?.mapping?["team"]?.mapping?["publish_names"]?.mark?.line
            for researcher in team.interviewers + team.members {
                guard let name = researcher.name, let (type, number, _) = listed.first(where: { Self.sharesAWord(name, $0.2) }) else { continue }
                problems.append(Diagnostic(file: displayName, line: line,
                                           "team.publish_names is true, but the name of researcher '\(quoting: researcher.id)' is also a protected identifier (identifiers.\(type) #\(number)); a run cannot publish and protect it: give a role instead (\"first author\"), or set publish_names: false (the report then names the researcher by id)"))
            }
        }
        try problems.throwIfAny()

        // Identifying columns never reach a stage: their values leave the attributes and join the identifiers, so
        // the anonymization stage replaces them in the text and the leak gate blocks them everywhere.
        var identifiers = file.identifiers ?? [:]
        let identifying = IdentifyingColumns(declared: file.identifyingColumns ?? [:])
        for index in participants.indices {
            for (name, value) in participants[index].attributes.sorted(by: { $0.key < $1.key }) {
                guard let type = identifying.type(of: name) else { continue }
                participants[index].attributes[name] = nil
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty, !(identifiers[type]?.contains(trimmed) ?? false) { identifiers[type, default: []].append(trimmed) }
            }
        }

        let study = Study(id: file.id, title: file.title, team: team, design: file.design ?? StudyDesign(),
                          analysis: file.analysis ?? StudyAnalysis(), participants: participants,
                          identifiers: identifiers, informationPower: file.informationPower)
        return (study, inputs)
    }
}

/// Which participant attribute columns hold identifiers: those a study declares (`identifying_columns: {column:
/// type}`) and, always, columns whose names say so (`IdentifyingColumn`: names, phone, e-mail, address, national id,
/// birth date, in English and Norwegian, as words of the name: `Participant name`, `Fornavn`, `E-post`).
struct IdentifyingColumns {
    let declared: [String: String]

    /// The identifier type of column `name`, or nil when it is an ordinary attribute.
    func type(of name: String) -> String? {
        declared[name] ?? IdentifyingColumn.type(of: name)
    }
}

/// Reads a participants table from CSV: a header with `id` and any attribute columns, one row per participant.
public enum ParticipantsCSV {
    /// Parses `data`; `file` names it in messages.
    public static func parse(_ data: Data, file: String) throws -> [Participant] {
        let rows = try CSVReader.rows(TextCheck.utf8(data, file: file), file: file)
        guard let header = rows.first?.fields else { throw Diagnostic(file: file, line: 1, "the participants CSV is empty") }
        guard let idColumn = header.firstIndex(of: "id") else {
            throw Diagnostic(file: file, line: 1, "the participants CSV needs an 'id' column in its header")
        }
        var participants: [Participant] = []
        for row in rows.dropFirst() {
            guard row.fields.count == header.count else {
                throw Diagnostic(file: file, line: row.line, "expected \(header.count) fields, found \(row.fields.count)")
            }
            var attributes: [String: String] = [:]
            var label: String?
            for (column, name) in header.enumerated() where column != idColumn {
                if name == "label" { label = row.fields[column] } else { attributes[name] = row.fields[column] }
            }
            let id = row.fields[idColumn]
            if id.isEmpty { throw Diagnostic(file: file, line: row.line, "empty participant id") }
            participants.append(Participant(id: id, label: label, attributes: attributes))
        }
        return participants
    }
}
