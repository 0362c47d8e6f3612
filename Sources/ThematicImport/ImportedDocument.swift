import ThematicCore

/// One transcript as an importer read it: speakers still under the labels the file uses.
public struct ImportedDocument: Sendable {
    /// The turns in the order they were spoken.
    public var turns: [ImportedTurn]
    /// Metadata lines found before the first turn or in the format's header (`Date:`, `Duration:`, `Interviewer:` …).
    public var metadata: [MetadataField]
    /// Speakers the file declares itself (TEI's `listPerson`), with their roles when it says them.
    public var declaredSpeakers: [DeclaredSpeaker]
    /// The language the file declares (TEI `xml:lang`, a WebVTT `Language:` header), if any.
    public var language: String?
    /// What was left out or changed, and why.
    public var findings: [ImportFinding]
    /// Organisations shown beside speaker names (`Ola Hansen (Helse Midt)`), taken out of the labels and protected.
    public var affiliations: [String] = []
    /// Speech the import could not give to anyone (a talk of many paragraphs before the first label): importing the
    /// rest would publish a study that silently lacks it, so the import refuses with this, unless --speaker-all.
    public var unattributedSpeech: ImportFinding?

    /// Creates a document.
    public init(turns: [ImportedTurn], metadata: [MetadataField] = [], declaredSpeakers: [DeclaredSpeaker] = [],
                language: String? = nil, findings: [ImportFinding] = []) {
        self.turns = turns
        self.metadata = metadata
        self.declaredSpeakers = declaredSpeakers
        self.language = language
        self.findings = findings
    }
}

/// One turn under its speaker's label.
public struct ImportedTurn: Hashable, Sendable {
    /// The speaker label as the file writes it (`Interviewer`, `SPEAKER_00`, `Kari Nilsen`).
    public var label: String
    /// The words, with non-verbal events as `<event>` elements.
    public var content: [InlineNode]
    /// When the turn starts and ends in the recording, in seconds, when the file says.
    public var start: Double?
    public var end: Double?
    /// Where the turn begins, for messages ("line 12", "cue 7").
    public var location: String

    /// Creates a turn.
    public init(label: String, content: [InlineNode], start: Double? = nil, end: Double? = nil, location: String) {
        self.label = label
        self.content = content
        self.start = start
        self.end = end
        self.location = location
    }

    /// What was said, without events.
    public var text: String { content.spokenText }
}

/// A metadata line of a transcript's header.
public struct MetadataField: Hashable, Sendable {
    /// What the line gives.
    public enum Kind: String, Sendable, Codable {
        case date, duration, interviewer, participant, setting, title, other
    }

    /// The kind, from the line's key in any supported language.
    public var kind: Kind
    /// The key as written (`Dato`, `Interviewer`).
    public var key: String
    /// The value as written.
    public var value: String
    /// Where the line is ("line 3").
    public var location: String

    /// Creates a metadata field.
    public init(kind: Kind, key: String, value: String, location: String) {
        self.kind = kind
        self.key = key
        self.value = value
        self.location = location
    }
}

/// The role a speaker has in an interview.
public enum SpeakerRole: String, Hashable, Sendable, Codable {
    case interviewer, participant
}

/// A speaker a file declares (TEI `<person>`), under the label its turns use.
public struct DeclaredSpeaker: Hashable, Sendable {
    /// The label turns use (`who` without `#`).
    public var label: String
    /// The role, when the file says it.
    public var role: SpeakerRole?
    /// The person's name, when the file gives one (protected like a label that is a name).
    public var name: String?

    /// Creates a declared speaker.
    public init(label: String, role: SpeakerRole?, name: String? = nil) {
        self.label = label
        self.role = role
        self.name = name
    }
}

/// Something an importer left out or changed, for `import-report.json`. Findings never quote the transcript's
/// words, so the report can be shared without exposing content.
public struct ImportFinding: Hashable, Sendable, Codable {
    /// Where ("line 3", "cue 7", "word/footer1.xml").
    public var location: String
    /// What was left out or changed and why.
    public var message: String

    /// Creates a finding.
    public init(location: String, _ message: String) {
        self.location = location
        self.message = message
    }
}
