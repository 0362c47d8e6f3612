/// A COREQ-style description of an interview study: who did it, how, with whom, and how it was analysed.
///
/// Field names follow the COREQ checklist (Tong, Sainsbury & Craig 2007) so that a checklist can be filled from the
/// file; every descriptive field is optional because studies report unevenly, and the checklist says what is missing.
public struct Study: Hashable, Sendable, Codable {
    /// A short identifier for the study.
    public var id: String
    /// The study's title.
    public var title: String
    /// Domain 1: the research team and reflexivity.
    public var team: ResearchTeam
    /// Domain 2: study design, participant selection, setting and data collection.
    public var design: StudyDesign
    /// Domain 3: analysis and reporting.
    public var analysis: StudyAnalysis
    /// The participants table; attribute columns are free.
    public var participants: [Participant]
    /// Known identifiers (names, places, workplaces) by type, for de-identification.
    public var identifiers: [String: [String]]
    /// The five information-power dimensions (Malterud, Siersma & Guassora 2016), when recorded.
    public var informationPower: InformationPower?

    /// Creates a study.
    public init(id: String, title: String, team: ResearchTeam = .init(), design: StudyDesign = .init(), analysis: StudyAnalysis = .init(),
                participants: [Participant], identifiers: [String: [String]] = [:], informationPower: InformationPower? = nil) {
        self.id = id
        self.title = title
        self.team = team
        self.design = design
        self.analysis = analysis
        self.participants = participants
        self.identifiers = identifiers
        self.informationPower = informationPower
    }

    /// The participant with the given id.
    public func participant(_ id: String) -> Participant? {
        participants.first { $0.id == id }
    }

    /// The ids of everyone who may speak as an interviewer.
    public var interviewerIDs: Set<String> { Set(team.interviewers.map(\.id)) }

    enum CodingKeys: String, CodingKey {
        case id, title, team, design, analysis, participants, identifiers
        case informationPower = "information_power"
    }
}

/// A participant and their attributes (profession, gender, years in practice …) as the study reports them.
public struct Participant: Hashable, Sendable, Codable {
    /// The participant's id, used as `speaker` and `participant` in transcripts.
    public var id: String
    /// A label for quotes, e.g. "Participant 4"; defaults to the id.
    public var label: String?
    /// Free attribute columns, by name.
    public var attributes: [String: String]

    /// Creates a participant.
    public init(id: String, label: String? = nil, attributes: [String: String] = [:]) {
        self.id = id
        self.label = label
        self.attributes = attributes
    }

    /// The label to cite the participant by.
    public var displayName: String { label ?? id }
}

/// COREQ domain 1.
public struct ResearchTeam: Hashable, Sendable, Codable {
    /// The people who conducted interviews.
    public var interviewers: [Researcher]
    /// Other team members (coders, supervisors).
    public var members: [Researcher]
    /// `publish_names: true`: the study names its research team in what a run publishes, and then only in the
    /// report's COREQ section (items 1–8 in `report.html`, `coreq.json`, `coreq.md`). Otherwise (the default) those
    /// items give each researcher's id. Transcripts, coder ids and file names never carry a researcher's name.
    public var publishNames: Bool?

    /// Creates a team.
    public init(interviewers: [Researcher] = [], members: [Researcher] = [], publishNames: Bool? = nil) {
        self.interviewers = interviewers
        self.members = members
        self.publishNames = publishNames
    }

    enum CodingKeys: String, CodingKey {
        case interviewers, members
        case publishNames = "publish_names"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        interviewers = try c.decodeIfPresent([Researcher].self, forKey: .interviewers) ?? []
        members = try c.decodeIfPresent([Researcher].self, forKey: .members) ?? []
        publishNames = try c.decodeIfPresent(Bool.self, forKey: .publishNames)
    }

    /// How what a run publishes names `researcher`: by name (or role, "first author") only when the study says
    /// `publish_names: true`, by id otherwise.
    public func published(_ researcher: Researcher) -> String {
        publishNames == true ? researcher.name ?? researcher.id : researcher.id
    }
}

/// A member of the research team (COREQ items 1–8).
public struct Researcher: Hashable, Sendable, Codable {
    /// The id transcripts use as speaker.
    public var id: String
    /// The researcher's name or role ("first author").
    public var name: String?
    /// Credentials, e.g. "RN, MSc".
    public var credentials: String?
    /// Occupation at the time of the study.
    public var occupation: String?
    /// Gender.
    public var gender: String?
    /// Experience and training in qualitative research.
    public var experience: String?
    /// Relationship with participants established before the study.
    public var relationshipToParticipants: String?
    /// What participants knew about the researcher.
    public var participantKnowledge: String?
    /// Characteristics reported about the interviewer: biases, assumptions, interests.
    public var characteristics: String?

    /// Creates a researcher.
    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case id, name, credentials, occupation, gender, experience, characteristics
        case relationshipToParticipants = "relationship_to_participants"
        case participantKnowledge = "participant_knowledge"
    }
}

/// COREQ domain 2.
public struct StudyDesign: Hashable, Sendable, Codable {
    public var methodology: String?
    public var sampling: String?
    public var approach: String?
    public var recruitment: String?
    public var sampleSize: Int?
    public var nonParticipation: String?
    public var setting: String?
    public var nonParticipantsPresent: String?
    public var sampleDescription: String?
    public var interviewGuide: InterviewGuide?
    public var repeatInterviews: String?
    public var recording: String?
    public var fieldNotes: String?
    public var duration: String?
    public var saturation: String?
    public var transcriptsReturned: String?

    /// Creates an empty design section.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case methodology, sampling, approach, recruitment, setting, recording, duration, saturation
        case sampleSize = "sample_size"
        case nonParticipation = "non_participation"
        case nonParticipantsPresent = "non_participants_present"
        case sampleDescription = "sample_description"
        case interviewGuide = "interview_guide"
        case repeatInterviews = "repeat_interviews"
        case fieldNotes = "field_notes"
        case transcriptsReturned = "transcripts_returned"
    }
}

/// The interview guide (COREQ item 17).
public struct InterviewGuide: Hashable, Sendable, Codable {
    /// How the guide was made and whether it was pilot tested.
    public var description: String?
    /// The guide's questions.
    public var questions: [String]

    public init(description: String? = nil, questions: [String] = []) {
        self.description = description
        self.questions = questions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        questions = try c.decodeIfPresent([String].self, forKey: .questions) ?? []
    }
}

/// COREQ domain 3.
public struct StudyAnalysis: Hashable, Sendable, Codable {
    public var coders: Int?
    public var codingTree: String?
    public var themeDerivation: String?
    public var software: String?
    public var participantChecking: String?
    public var approach: String?

    /// Creates an empty analysis section.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case coders, software, approach
        case codingTree = "coding_tree"
        case themeDerivation = "theme_derivation"
        case participantChecking = "participant_checking"
    }
}

/// Where a study falls on the five dimensions of information power.
public struct InformationPower: Hashable, Sendable, Codable {
    /// `narrow` or `broad`.
    public var aim: String
    /// `dense` or `sparse`.
    public var specificity: String
    /// `applied` or `none`.
    public var theory: String
    /// `strong` or `weak`.
    public var dialogue: String
    /// `case` or `cross-case`.
    public var analysis: String

    public init(aim: String, specificity: String, theory: String, dialogue: String, analysis: String) {
        self.aim = aim
        self.specificity = specificity
        self.theory = theory
        self.dialogue = dialogue
        self.analysis = analysis
    }
}

extension Participant {
    /// Participants are written as flat mappings (`id`, optional `label`, then any attribute columns), the way a
    /// participants table reads; scalar values of any type become strings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicKey.self)
        id = try container.decode(String.self, forKey: DynamicKey("id"))
        label = try container.decodeIfPresent(String.self, forKey: DynamicKey("label"))
        var attributes: [String: String] = [:]
        for key in container.allKeys where key.stringValue != "id" && key.stringValue != "label" {
            if let text = try? container.decode(String.self, forKey: key) {
                attributes[key.stringValue] = text
            } else if let number = try? container.decode(Int.self, forKey: key) {
                attributes[key.stringValue] = String(number)
            } else if let number = try? container.decode(Double.self, forKey: key) {
                attributes[key.stringValue] = String(number)
            } else if let flag = try? container.decode(Bool.self, forKey: key) {
                attributes[key.stringValue] = String(flag)
            } else {
                throw DecodingError.typeMismatch(String.self, .init(
                    codingPath: container.codingPath + [key],
                    debugDescription: "participant attribute '\(quoting: key.stringValue)' must be a single value (text or number)"))
            }
        }
        self.attributes = attributes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(id, forKey: DynamicKey("id"))
        try container.encodeIfPresent(label, forKey: DynamicKey("label"))
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            try container.encode(value, forKey: DynamicKey(name))
        }
    }
}

/// A coding key for mappings whose keys are data, not schema.
public struct DynamicKey: CodingKey, Hashable, Sendable {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ string: String) { stringValue = string }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

extension Study {
    /// The identifiers the study file lists, protected by the leak gate in every run (with or without an
    /// anonymization stage); messages call them by type and position (`study identifiers: person #2`).
    public var protectedIdentifiers: [ProtectedIdentifier] {
        identifiers.sorted { $0.key < $1.key }.flatMap { type, values in
            values.enumerated().map { ProtectedIdentifier($0.element, reference: "study identifiers: \(type) #\($0.offset + 1)") }
        }
    }
}
