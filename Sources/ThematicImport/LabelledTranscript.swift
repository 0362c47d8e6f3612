import Foundation
import ThematicCore

/// A paragraph of a text transcript (a line of a text file, a paragraph of a Word document).
public struct TextParagraph: Sendable {
    /// The paragraph's text.
    public var text: String
    /// Where it is, for messages ("line 12", "paragraph 7").
    public var location: String
    /// A label the document marks by formatting (a bold run opening a Word paragraph), if any.
    public var markedLabel: String?
    /// The level of a heading (`## …` is 2), nil for a paragraph that is no heading.
    public var headingLevel: Int?
    /// The lines of a paragraph a soft line break divides (Word's Shift+Enter), empty when it has none.
    public var softLines: [String]
    /// Whether the paragraph began as a line after a soft line break inside another (a Word paragraph cut where a
    /// label opens a line): its label is a speaker's only by the file's other evidence, never by its place alone.
    public var afterSoftBreak: Bool
    /// Whether the whole paragraph is a speaker's label by its paragraph style (a parliament's record sets each
    /// speaker on a paragraph of a style of its own, the words below): the layout vouches for it, as for Zoom's lines.
    public var labelByStyle: Bool

    /// Creates a paragraph.
    public init(text: String, location: String, markedLabel: String? = nil, headingLevel: Int? = nil, softLines: [String] = [],
                afterSoftBreak: Bool = false, labelByStyle: Bool = false) {
        self.text = text
        self.location = location
        self.markedLabel = markedLabel
        self.headingLevel = headingLevel
        self.softLines = softLines
        self.afterSoftBreak = afterSoftBreak
        self.labelByStyle = labelByStyle
    }
}

/// Turns of a transcript written as labelled paragraphs (`I:`, `P5:`, `Interviewer:`, `**Kari:**`, a bold name,
/// `Speaker 1  0:03` on a line of its own), the rules every text-like importer shares.
///
/// - A label starts a turn when it is a speaker: it recurs, it is a role or an id (`Interviewer`, `P5`,
///   `SPEAKER_00`), or the user named it (`--speaker`, `--interviewer`). `Note:` once is text.
/// - Paragraphs without a label continue the turn before them (wrapped lines, paragraphs of a long answer), and
///   consecutive turns of one label merge.
/// - Before the first turn, `Date:`, `Duration:`, `Interviewer: <name>` … lines are metadata; other lines (a title)
///   are left out and reported.
/// - `[00:03:12]` / `(00:03:12)` at a turn's start is its start time; timestamps elsewhere are left out and counted.
/// - `(laughs)`, `[inaudible]`, `[crosstalk]` become `<event>`s (see `Notation`).
public enum LabelledTranscript {
    /// Reads `paragraphs`; `knownLabels` are labels the user named (compared lower-cased). With `speakerForAll`,
    /// every paragraph is a turn of that one speaker (a testimony, a file to be labelled later).
    public static func read(_ paragraphs: [TextParagraph], knownLabels: Set<String> = [], speakerForAll: String? = nil) -> ImportedDocument {
        let (marked, markStarts, timeMarks) = F4TimeMarks.takenOut(of: paragraphs)
        if let speakerForAll { return readOneVoice(marked, starts: markStarts, speaker: speakerForAll) }
        let (paragraphs, chips) = withoutInterfaceChips(marked)
        var candidates = paragraphs.map { candidate($0, knownLabels: knownLabels) }
        codePrefixes(paragraphs, into: &candidates)
        correctedMachineLabels(&candidates)
        // Numbered questions ("Pergunta 3:", "Question 12:", "Q4:") are one speaker, the one who asks.
        for index in candidates.indices {
            guard let labelled = candidates[index], let questioner = questionLabel(labelled.label) else { continue }
            candidates[index]!.label = questioner
            candidates[index]!.key = SpeakerLabel.normalized(questioner)
        }
        var counts: [String: Int] = [:]
        for case let labelled? in candidates { counts[SpeakerLabel.normalized(labelled.label), default: 0] += 1 }
        // Meeting tools that show initials (MeetGeek: `DM` alone on a line, the words below): initials are speakers
        // when at least two sets of them each open three paragraphs or more — one "OK" line is not a speaker.
        let initials = Set(candidates.compactMap { $0 }.filter { $0.bare && isInitials($0.label) }.map(\.key)).filter { counts[$0, default: 0] >= 3 }
        let recurringInitials = initials.count >= 2 ? initials : []
        let sectionMarkers = sectionMarkerLabels(candidates).subtracting(knownLabels)
        let nameFields = nameFieldLabels(candidates, knownLabels: knownLabels)
        let groupVoiceKeys = Set(candidates.compactMap { $0?.key }.filter(isGroupVoice)).subtracting(knownLabels)
        for key in nameFields.union(groupVoiceKeys) { counts[key] = nil }
        var saidOnce: Set<String> = []
        var wordsNotSpeakers: Set<String> = []
        func isSpeaker(_ label: String) -> Bool {
            let key = SpeakerLabel.normalized(label)
            if nameFields.contains(key) || groupVoiceKeys.contains(key) { return false }
            return counts[key, default: 0] >= 2 && !wordsNotSpeakers.contains(key) || SpeakerLabel.isRoleOrID(label) || knownLabels.contains(key)
                || saidOnce.contains(key)
        }
        // Zoom's saved captions write every turn's line in one shape (`[display name] 08:07:43`): from two such lines on, the
        // layout vouches for each, a student who answers the roll once and a lower-case handle (`[birawangg]`) too.
        let clockLines = candidates.count { $0?.isClockTime == true }
        let chatLines = candidates.count { $0?.chatNick == true }
        func isSpeaker(_ labelled: Labelled) -> Bool {
            if labelled.isClockTime && clockLines >= 2 || labelled.byStyle || labelled.chatNick && chatLines >= 2, !nameFields.contains(labelled.key), !groupVoiceKeys.contains(labelled.key) { return true }
            guard labelled.bare else { return isSpeaker(labelled.label) }
            if nameFields.contains(labelled.key) || groupVoiceKeys.contains(labelled.key) { return false }
            // A line of one or two capitalised words is often text ("Yes", "Thank you"): alone on its line it is a
            // speaker only as a role or id, as a name the user gave, or as a name of two words or more said twice.
            return SpeakerLabel.isRoleOrID(labelled.label) || knownLabels.contains(labelled.key)
                || counts[labelled.key, default: 0] >= 2 && labelled.label.split(separator: " ").count >= 2
                || recurringInitials.contains(labelled.key)
        }
        (saidOnce, wordsNotSpeakers) = labelsByPlace(paragraphs, candidates, counts: counts, isSpeaker: isSpeaker)
        let onlyInterviewer = onlyInterviewerLabelled(paragraphs, candidates, isSpeaker: isSpeaker)
        // In a file labelling only its interviewer: whether the question under way still goes on below (a bare
        // label's words, a question over two paragraphs), and how many paragraphs became answers.
        var questionOpen = false
        var answerParagraphs = 0

        // A time of day becomes time into the recording, counted from the first (past midnight, a day on).
        let clockOrigin = candidates.lazy.compactMap { $0 }.first(where: \.isClockTime)?.time
        func recordingTime(_ labelled: Labelled) -> Double? {
            guard labelled.isClockTime, let time = labelled.time, let clockOrigin else { return labelled.time }
            return time >= clockOrigin ? time - clockOrigin : time + 86_400 - clockOrigin
        }

        var document = ImportedDocument(turns: [])
        var current: ImportedTurn?
        var removedTimestamps = 0
        var speechBeforeLabels: [TextParagraph] = []
        var linesBeforeLabels: [TextParagraph] = []
        var nameFieldLines = 0, groupVoiceLines = 0
        func finishTurn() {
            guard let turn = current else { return }
            if turn.content.isEmpty {
                document.findings.append(ImportFinding(location: turn.location, "a turn with no words was left out"))
            } else if var last = document.turns.last, SpeakerLabel.normalized(last.label) == SpeakerLabel.normalized(turn.label) {
                // Two paragraphs labelled with one speaker are one uninterrupted contribution.
                last.content = Notation.joined(last.content, turn.content)
                document.turns[document.turns.count - 1] = last
            } else {
                document.turns.append(turn)
            }
            current = nil
        }
        let group = groupWordsBelow(paragraphs, candidates, groupKeys: groupVoiceKeys)
        var groupWordsTaken = false
        for (index, (paragraph, labelled)) in zip(paragraphs, candidates).enumerated() {
            // The words below a group's label went into its event; where the label opened no event, they are read as ever.
            if groupWordsTaken, group.below.contains(index) { continue }
            groupWordsTaken = false
            if let labelled, sectionMarkers.contains(labelled.key) {
                finishTurn()
                document.findings.append(ImportFinding(location: paragraph.location, "a section marker in a speaker's layout (a label with a time or nothing, never words) was left out"))
                continue
            }
            if let labelled, nameFields.contains(labelled.key), !labelled.bare {
                finishTurn()
                for value in nameFieldValues(labelled.rest) {
                    document.metadata.append(MetadataField(kind: .participant, key: labelled.label, value: value, location: paragraph.location))
                }
                nameFieldLines += 1
                continue
            }
            if var labelled, groupVoiceKeys.contains(labelled.key), !labelled.bare || group.words[index] != nil, current != nil || !document.turns.isEmpty {
                if let words = group.words[index] { labelled.rest = words; groupWordsTaken = true }
                if current == nil, let last = document.turns.popLast() { current = last }
                if var turn = current {
                    turn.content = Notation.joined(turn.content, groupEvent(labelled))
                    current = turn
                }
                groupVoiceLines += 1
                continue
            }
            // A header line said once (`INTERVIEWEE: Danica Kragic` under an oral history's "Interview" heading, after
            // the archive's abstract) is metadata wherever it stands; before the first turn any header line is.
            if let labelled, counts[labelled.key] == 1, current != nil || !document.turns.isEmpty, isHeaderLine(labelled),
               let field = metadata(paragraph) {
                document.metadata.append(field)
                continue
            }
            if let labelled, isSpeaker(labelled), !(current == nil && document.turns.isEmpty && isHeaderLine(labelled)) {
                finishTurn()
                if let affiliation = labelled.affiliation, !document.affiliations.contains(affiliation) { document.affiliations.append(affiliation) }
                let parsed = Notation.parse(labelled.rest)
                removedTimestamps += parsed.removedTimestamps
                current = ImportedTurn(label: ImportText.collapsingWhitespace(labelled.label), content: parsed.content,
                                       start: recordingTime(labelled) ?? parsed.leadingTime ?? markStarts[index], location: paragraph.location)
                questionOpen = labelled.key == onlyInterviewer && !endsAsSentence(labelled.rest)
                continue
            }
            if current == nil && document.turns.isEmpty {
                if let field = metadata(paragraph) {
                    document.metadata.append(field)
                } else if let fields = headerFields(paragraph) {
                    document.metadata += fields
                    document.findings.append(ImportFinding(location: paragraph.location, "a header line was read for its \(fields.map(\.key).joined(separator: " and ")) and otherwise left out"))
                } else {
                    document.findings.append(ImportFinding(location: paragraph.location, "a line before the first turn was left out (a title or a note; it is not a speaker's turn)"))
                    if Notation.parse(paragraph.text).content.spokenText.split(separator: " ").count >= 25 { speechBeforeLabels.append(paragraph) } else { linesBeforeLabels.append(paragraph) }
                }
                continue
            }
            // A paragraph that is only a time (MeetGeek writes one under some labels) times the turn, or is left out.
            if let time = Timestamp.seconds(paragraph.text.trimmedSpace) {
                if current == nil, let last = document.turns.popLast() { current = last }
                if current?.content.isEmpty == true, current?.start == nil { current?.start = time } else { removedTimestamps += 1 }
                continue
            }
            if let heading = headingShapedLabel(paragraph.text) {
                document.findings.append(ImportFinding(location: paragraph.location, "'\(heading):' has the shape of a numbered heading, not a speaker's label: its words were kept in the turn before; if it is a speaker, import again with --speaker \"\(heading)=ID\""))
            }
            let parsed = Notation.parse(paragraph.text)
            if let onlyInterviewer, !parsed.content.isEmpty {
                let turnKey = (current ?? document.turns.last).map { SpeakerLabel.normalized($0.label) }
                if turnKey == onlyInterviewer, questionOpen {
                    questionOpen = !endsAsSentence(paragraph.text)
                } else if turnKey == onlyInterviewer {
                    finishTurn()
                    current = ImportedTurn(label: unlabelledAnswerLabel, content: [], start: parsed.leadingTime ?? markStarts[index], location: paragraph.location)
                    answerParagraphs += 1
                } else {
                    answerParagraphs += 1
                }
            }
            removedTimestamps += parsed.removedTimestamps + (parsed.leadingTime == nil ? 0 : 1)
            if current == nil, let last = document.turns.popLast() { current = last }
            if var turn = current {
                turn.content = Notation.joined(turn.content, parsed.content)
                if turn.start == nil, turn.content.isEmpty { turn.start = parsed.leadingTime }
                current = turn
            }
        }
        finishTurn()
        document.unattributedSpeech = unattributedSpeech(speechBeforeLabels, turns: document.turns) ?? unattributedSpeech(lines: linesBeforeLabels)
        if let onlyInterviewer, answerParagraphs > 0 {
            document.findings.append(ImportFinding(location: "the whole file", "the file labels only its interviewer ('\(onlyInterviewer)'): the \(answerParagraphs) unlabelled paragraphs below the questions were read as the answers of '\(unlabelledAnswerLabel)', the participant; if they are the interviewer's own, import again with --speaker-all or label them"))
        }
        if nameFieldLines > 0 {
            document.findings.append(ImportFinding(location: "the whole file", "\(nameFieldLines) lines whose label only ever introduces a name (\(nameFields.sorted().map { "'\($0)'" }.joined(separator: ", ")): a field of the notes, not a speaker) were read as header lines; if one is a speaker, name it with --speaker LABEL=ID"))
        }
        if groupVoiceLines > 0 {
            document.findings.append(ImportFinding(location: "the whole file", "\(groupVoiceLines) lines of several people at once (\(groupVoiceKeys.sorted().map { "'\($0)'" }.joined(separator: ", "))) became events in the turn before them: a group is no participant"))
        }
        if chips > 0 {
            document.findings.append(ImportFinding(location: "the whole file", "\(chips) highlight labels the transcription tool's page showed (\"press enter to edit …\") were left out"))
        }
        if timeMarks > 0 {
            document.findings.append(ImportFinding(location: "the whole file", "\(timeMarks) f4 time marks (#00:01:02-3#) were taken out of the text; the mark that ends a paragraph starts the turn after it"))
        }
        if removedTimestamps > 0 {
            document.findings.append(ImportFinding(location: "the whole file", "\(removedTimestamps) timestamps inside turns were taken out of the text (a turn keeps the one it opens with as its start)"))
        }
        return document
    }

    /// Labels that mark sections, not speakers (a podcast's `**Break:** [12:08]`, `**Outro:** [01:02:40]`): every
    /// paragraph they open holds a time or nothing, and the next paragraph opens with a label again — no words are
    /// ever theirs. Roles, ids and labels the user named stay speakers. The time must follow the label's colon: a
    /// label line's own time (Zoom's `[Name] 18:02:16`) is a speaker's, whose words are below.
    static func sectionMarkerLabels(_ candidates: [Labelled?]) -> Set<String> {
        var markers: Set<String> = []
        var spoke: Set<String> = []
        for (index, candidate) in candidates.enumerated() {
            guard let labelled = candidate else { continue }
            let parsed = Notation.parse(labelled.rest)
            let followedByLabel = index + 1 == candidates.count || candidates[index + 1] != nil
            if parsed.content.isEmpty, parsed.leadingTime != nil, followedByLabel, !SpeakerLabel.isRoleOrID(labelled.label) {
                markers.insert(labelled.key)
            } else {
                spoke.insert(labelled.key)
            }
        }
        return markers.subtracting(spoke)
    }

    // `Table 2:`, `**Model 1:**` opening a line, as a speaker's label would.
    private static let headingLabelPattern = try! NSRegularExpression(pattern: #"^\s*\*{0,2}(?<label>\p{L}[\p{L}.]* [0-9IVXA-Z][0-9a-z.]*)\*{0,2}\s*:"#)

    /// The label of a line that opens as a speaker's would but with a numbered heading's shape (`Table 2:`): no
    /// speaker unless the user names it, so its words stay in the turn before — said in a finding, with the remedy,
    /// rather than silently (a focus group's `Group 2:` would otherwise vanish into the moderator's turn unseen).
    static func headingShapedLabel(_ text: String) -> String? {
        guard let match = headingLabelPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(withName: "label"), in: text) else { return nil }
        let label = String(text[range])
        return SpeakerLabel.isNumberedHeading(label) ? label : nil
    }

    /// Every paragraph a turn of `speaker`, its opening timestamp its start; labels the file wrote stay text.
    static func readOneVoice(_ paragraphs: [TextParagraph], starts: [Double?], speaker: String) -> ImportedDocument {
        var document = ImportedDocument(turns: [])
        for (paragraph, markStart) in zip(paragraphs, starts) {
            let parsed = Notation.parse(paragraph.text)
            guard !parsed.content.isEmpty else { continue }
            document.turns.append(ImportedTurn(label: speaker, content: parsed.content, start: parsed.leadingTime ?? markStart, location: paragraph.location))
        }
        document.findings.append(ImportFinding(location: "the whole file", "--speaker-all: every paragraph is \(speaker)'s (\(document.turns.count) turns)"))
        // Labels the file gives stay in the text; a name among them is protected like any speaker's.
        let labels = Set(paragraphs.compactMap { candidate($0) }.filter { !$0.bare }.map(\.label).filter { SpeakerLabel.isPlausible($0) && !SpeakerLabel.isRoleOrID($0) }).sorted()
        for label in labels { document.declaredSpeakers.append(DeclaredSpeaker(label: label, role: nil, name: label)) }
        return document
    }

    /// A paragraph that opens with a label: the label, a time given with it, and the rest of the paragraph.
    struct Labelled {
        var label: String
        var time: Double?
        var rest: String
        var key: String
        var location: String
        /// An organisation shown beside the name (`Ola Hansen (Helse Midt):`).
        var affiliation: String? = nil
        /// Whether `time` is a time of day (Zoom's saved captions) rather than time into the recording.
        var isClockTime = false
        /// A label alone on its line with no colon and no time ("Researcher", "Unknown Speaker"), the words below:
        /// a speaker only when it is a role or id, or a name of two words or more said at least twice.
        var bare = false
        /// A label set off by a dash or a double hyphen (`C - …`, `Irma--…`), a shape prose also has ("Well--that
        /// was it"): a speaker by recurrence or as a role or id, never by its place alone.
        var setOffByDash = false
        /// A paragraph that is a label by its paragraph style (`TextParagraph.labelByStyle`).
        var byStyle = false
        /// A chat log's line (`<nick> text`, `[12:01] <nick> text`): from two such lines on, the layout vouches for
        /// every nick, one who writes once included.
        var chatNick = false
    }

    // A chat log's line, as IRC clients and the pages that publish their logs write it: a time of day (bare or in
    // brackets) or none, then the nick in angle brackets, a channel mode (`@`, `+`) before it; a bridge bot's nick
    // before the one it relays (`<bridge> <rehrar>`), the last nick the writer's.
    private static let chatLinePattern = try! NSRegularExpression(pattern: #"^\s*(?:\[?(?<time>\d{1,2}:\d{2}(?::\d{2})?)\]?\s+)?(?:<[^<>\s]{1,40}>\s+)*<[@+%~&]?(?<label>[A-Za-z0-9_\-\[\]\\^{}|`.]{1,40})>(?:\s+|$)"#)

    // A label alone on its line: words with capitals (or a role or id), no colon, no sentence punctuation.
    private static let bareLinePattern = try! NSRegularExpression(pattern: #"^\s*(?<label>\p{L}[\p{L}\p{M}0-9 ._'’\-]{0,39}?)\s*$"#)

    // `[00:01:02] **Name (00:01:02):** text`, with every part but the name and the colon optional.
    private static let labelPattern = try! NSRegularExpression(pattern: #"""
        ^\s*(?:[\[(](?<lead>\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]\s*)?\*{0,2}(?<label>\p{L}[\p{L}\p{M}0-9 ._'’\-]{0,39}?)(?:\s*\((?<note>[^()\d][^()]{0,39})\))?\*{0,2}\s*(?:[\[(](?<time>\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])])?\s*:\*{0,2}(?:\s+|$)
        """#, options: [])
    // Typed by hand: a short label set off by a dash (`I – …`, `C - …`), a colon with no space after it (`B:Das …`),
    // or a double hyphen with or without a colon (`We:--¿Han …`, `Irma--Si.`).
    private static let shortLabelPattern = try! NSRegularExpression(pattern: #"^\s*\*{0,2}(?<label>\p{Lu}[\p{L}0-9]{0,11})\*{0,2}(?:(?<doubled>:?--+)\s*|\s*[–—-]\s+|:(?=[^\s/]))"#)

    // Otter and similar: the label and a bare time alone on a line, the words in the paragraphs after it.
    private static let labelLinePattern = try! NSRegularExpression(pattern: #"^\s*(?<label>\p{L}[\p{L}\p{M}0-9 ._'’\-]{0,39}?)\s+(?<time>\d{1,3}:\d{2}(?::\d{2})?)\s*$"#)

    // Zoom's "Save transcript" text: `[Kari Nilsen] 19:00:25` on a line of its own (a time of day), the words below.
    private static let bracketLinePattern = try! NSRegularExpression(pattern: #"^\s*\[(?<label>[^\[\]]{1,60})\]\s+(?<time>\d{1,2}:\d{2}:\d{2})\s*$"#)

    // Word for the web's "Transcribe": `00:00:03 Speaker 2` on a paragraph of its own, the words in the next.
    private static let timeFirstLinePattern = try! NSRegularExpression(pattern: #"^\s*(?<time>\d{1,2}:\d{2}(?::\d{2})?)\s+(?<label>\p{L}[\p{L}\p{M}0-9 ._'’\-]{0,39}?)\s*$"#)

    // Speech-to-text tools that write `[speaker 1]` alone on a line, the words below.
    private static let bracketAlonePattern = try! NSRegularExpression(pattern: #"^\s*\[(?<label>[^\[\]]{1,40})\]\s*$"#)

    // Diarisation scripts: `[0:00:06.835000 - 0:00:07.235000] SPEAKER_00 - words` (a time range, the label, a dash).
    private static let rangeLinePattern = try! NSRegularExpression(pattern: #"^\s*\[(?<start>\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,6})?)\s*[-–]\s*(?<end>\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,6})?)\]\s*(?<label>\p{L}[\p{L}\p{M}0-9 ._'’\-]{0,39}?)\s*(?:\s[-–]|:)(?:\s+|$)"#)

    // Diarisation scripts writing Chinese punctuation: `00:00:00-00:00:10，speaker0：` (a range with no brackets, a
    // full-width or ASCII comma, the label, a full-width or ASCII colon), the words on the line or below.
    private static let bareRangeLinePattern = try! NSRegularExpression(pattern: #"^\s*(?<start>\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,6})?)\s*[-–~]\s*(?<end>\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,6})?)\s*[,，]?\s*(?<label>\p{L}[\p{L}\p{M}0-9 ._'’\-]{0,39}?)\s*[:：](?:\s+|$)"#)

    // Diarised speech-to-text as Markdown or text: `[Speaker 1] [00:28] words` (the label and the time each in
    // brackets on one line, the words after them or in the paragraphs below).
    private static let bracketedLabelAndTimePattern = try! NSRegularExpression(pattern: #"^\s*\[(?<label>[^\[\]]{1,40})\]\s*\[(?<time>\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]:?(?:\s+|$)"#)

    /// Whether `text` opens with a label on its line (`Sarah: …`, `**Sarah:** …`, `[Kari] 19:00:25`), not a label
    /// alone on its line: a Word paragraph's soft-broken line that opens so starts a turn of its own.
    public static func opensWithLabel(_ text: String) -> Bool {
        guard let labelled = candidate(TextParagraph(text: text, location: "")) else { return false }
        return !labelled.bare && !labelled.setOffByDash
    }

    /// `knownLabels`: labels the user named (normalized), speakers even when shaped as a numbered heading.
    static func candidate(_ paragraph: TextParagraph, knownLabels: Set<String> = []) -> Labelled? {
        let text = paragraph.text
        let range = NSRange(text.startIndex..., in: text)
        if paragraph.labelByStyle {
            // `El president de la Mesa d’Edat (Ernest Maragall i Mira)`, later `El president de la Mesa d’Edat`: one key.
            let (label, affiliation) = SpeakerLabel.split(text.trimmedSpace)
            return Labelled(label: label, time: nil, rest: "", key: SpeakerLabel.normalized(label), location: paragraph.location,
                            affiliation: affiliation, byStyle: true)
        }
        if text.hasPrefix("["), let match = bracketedLabelAndTimePattern.firstMatch(in: text, range: range),
           let labelRange = Range(match.range(withName: "label"), in: text), let timeRange = Range(match.range(withName: "time"), in: text) {
            let label = text[labelRange].trimmedSpace
            if SpeakerLabel.hasNumberedShape(label) || SpeakerLabel.isPlausible(label, known: knownLabels) && !Notation.isNote(label) {
                return Labelled(label: label, time: Timestamp.seconds(text[timeRange]), rest: String(text[Range(match.range, in: text)!.upperBound...]),
                                key: SpeakerLabel.normalized(label), location: paragraph.location)
            }
        }
        if text.hasPrefix("["), let match = rangeLinePattern.firstMatch(in: text, range: range),
           let labelRange = Range(match.range(withName: "label"), in: text), let startRange = Range(match.range(withName: "start"), in: text) {
            let label = text[labelRange].trimmedSpace
            if SpeakerLabel.isPlausible(label, known: knownLabels) {
                return Labelled(label: label, time: Timestamp.seconds(text[startRange]), rest: String(text[Range(match.range, in: text)!.upperBound...]),
                                key: SpeakerLabel.normalized(label), location: paragraph.location)
            }
        }
        if text.first?.isNumber == true, let match = bareRangeLinePattern.firstMatch(in: text, range: range),
           let labelRange = Range(match.range(withName: "label"), in: text), let startRange = Range(match.range(withName: "start"), in: text) {
            let label = text[labelRange].trimmedSpace
            if SpeakerLabel.hasNumberedShape(label) || SpeakerLabel.isPlausible(label, known: knownLabels) {
                return Labelled(label: label, time: Timestamp.seconds(text[startRange]), rest: String(text[Range(match.range, in: text)!.upperBound...]),
                                key: SpeakerLabel.normalized(label), location: paragraph.location)
            }
        }
        // A transcriber's note in angle brackets (`<laughs> Yes.`) opens a line the same way: it is no nick.
        if text.contains("<"), let match = chatLinePattern.firstMatch(in: text, range: range), let labelRange = Range(match.range(withName: "label"), in: text),
           !Notation.isNote(String(text[labelRange])) {
            let label = String(text[labelRange])
            // A chat's time is of the day: `12:01` is hours and minutes.
            let time = Range(match.range(withName: "time"), in: text).flatMap { range in
                Timestamp.seconds(text[range]).map { text[range].count(where: { $0 == ":" }) == 1 ? $0 * 60 : $0 }
            }
            return Labelled(label: label, time: time, rest: String(text[Range(match.range, in: text)!.upperBound...]).trimmedSpace,
                            key: SpeakerLabel.normalized(label), location: paragraph.location, isClockTime: time != nil, chatNick: true)
        }
        if text.hasPrefix("[") || text.hasPrefix(" ["), let match = bracketLinePattern.firstMatch(in: text, range: range),
           let labelRange = Range(match.range(withName: "label"), in: text), let timeRange = Range(match.range(withName: "time"), in: text) {
            let (label, affiliation) = SpeakerLabel.split(String(text[labelRange]))
            // The line's shape is Zoom's, so its label is a display name whatever it looks like: "Birje, Shreya" as a
            // directory writes names, a room device "ATL - WonderFrog", a handle. Only notation is no speaker.
            // A display name of marks alone (`[.]`) is someone who typed no name: a speaker, no name to protect.
            if SpeakerLabel.isPlausible(label, known: knownLabels) || (label.contains(where: \.isLetter) || !label.contains(where: \.isNumber)) && !Notation.isNote(label) {
                return Labelled(label: label, time: Timestamp.seconds(text[timeRange]), rest: "", key: SpeakerLabel.normalized(label),
                                location: paragraph.location, affiliation: affiliation, isClockTime: true)
            }
        }
        if let first = text.first(where: { !$0.isWhitespace }), first.isNumber || first == "[" {
            for pattern in [timeFirstLinePattern, bracketAlonePattern] {
                guard let match = pattern.firstMatch(in: text, range: range), let labelRange = Range(match.range(withName: "label"), in: text) else { continue }
                let label = text[labelRange].trimmedSpace
                // "00:04:46 Cool." is a subtitle line with its time, not a speaker: a label does not end a sentence.
                guard !label.hasSuffix("."), SpeakerLabel.hasNumberedShape(label) || SpeakerLabel.isPlausible(label, known: knownLabels) && !Notation.isNote(label) else { continue }
                let time = Range(match.range(withName: "time"), in: text).flatMap { Timestamp.seconds(text[$0]) }
                return Labelled(label: label, time: time, rest: "", key: SpeakerLabel.normalized(label), location: paragraph.location)
            }
        }
        if let marked = paragraph.markedLabel {
            var label = marked.trimmedSpace
            while label.hasSuffix(":") { label.removeLast() }
            label = label.trimmedSpace
            var time: Double?
            if let open = label.lastIndex(where: { $0 == "(" || $0 == "[" }), let seconds = Timestamp.seconds(label[label.index(after: open)...].dropLast()) {
                time = seconds
                label = label[..<open].trimmedSpace
            }
            let (clean, affiliation) = SpeakerLabel.split(label)
            if SpeakerLabel.isPlausible(clean, known: knownLabels) {
                var rest = String(text.dropFirst(marked.count)).trimmedSpace
                // The mark that sets the name off is no word: `**Kari:** …`, `**Kari** - …` (meeting notes), `**Kari** – …`.
                if rest.hasPrefix(":") || ["- ", "– ", "— "].contains(where: rest.hasPrefix) { rest = String(rest.dropFirst()).trimmedSpace }
                // Otter's Word export: the bold name, then the time in a grey run of its own, then (or below) the words.
                if time == nil, let leading = rest.range(of: #"^\d{1,2}:\d{2}(:\d{2})?(?=\s|$)"#, options: .regularExpression),
                   let seconds = Timestamp.seconds(rest[leading]) {
                    time = seconds
                    rest = String(rest[leading.upperBound...]).trimmedSpace
                }
                return Labelled(label: clean, time: time, rest: rest, key: SpeakerLabel.normalized(clean), location: paragraph.location,
                                affiliation: affiliation)
            }
        }
        if let match = labelPattern.firstMatch(in: text, range: range),
           let labelRange = Range(match.range(withName: "label"), in: text) {
            let label = text[labelRange].trimmedSpace
            if SpeakerLabel.isPlausible(label, known: knownLabels) {
                let lead = Range(match.range(withName: "lead"), in: text).flatMap { Timestamp.seconds(text[$0]) }
                let time = Range(match.range(withName: "time"), in: text).flatMap { Timestamp.seconds(text[$0]) }
                let rest = String(text[Range(match.range, in: text)!.upperBound...])
                let note = Range(match.range(withName: "note"), in: text).map { String(text[$0]) }
                let affiliation = note.flatMap { SpeakerLabel.split("\(label) (\($0))").affiliation }
                return Labelled(label: label, time: lead ?? time, rest: rest, key: SpeakerLabel.normalized(label), location: paragraph.location,
                                affiliation: affiliation)
            }
        }
        // Only a role, an id or a capital or two (`I`, `C`, `IV`) is a label in this form: "So - we …" is a sentence.
        // A name set off by `--` is a label too (said twice before it counts): prose does not glue a word to `--`.
        if let match = shortLabelPattern.firstMatch(in: text, range: range), let labelRange = Range(match.range(withName: "label"), in: text) {
            let label = String(text[labelRange])
            let doubled = match.range(withName: "doubled").location != NSNotFound
            if SpeakerLabel.isRoleOrID(label) || label.count <= 3 && label.allSatisfy(\.isUppercase) || doubled && SpeakerLabel.isPlausible(label, known: knownLabels) {
                return Labelled(label: label, time: nil, rest: String(text[Range(match.range, in: text)!.upperBound...]).trimmedSpace,
                                key: SpeakerLabel.normalized(label), location: paragraph.location, setOffByDash: true)
            }
        }
        if let match = labelLinePattern.firstMatch(in: text, range: range),
           let labelRange = Range(match.range(withName: "label"), in: text),
           let timeRange = Range(match.range(withName: "time"), in: text) {
            let label = text[labelRange].trimmedSpace
            if SpeakerLabel.isPlausible(label, known: knownLabels) {
                return Labelled(label: label, time: Timestamp.seconds(text[timeRange]), rest: "", key: SpeakerLabel.normalized(label), location: paragraph.location)
            }
        }
        if !text.hasSuffix("."), let match = bareLinePattern.firstMatch(in: text, range: range),
           let labelRange = Range(match.range(withName: "label"), in: text) {
            let label = text[labelRange].trimmedSpace
            if SpeakerLabel.isPlausible(label, known: knownLabels) {
                return Labelled(label: label, time: nil, rest: "", key: SpeakerLabel.normalized(label), location: paragraph.location, bare: true)
            }
        }
        return nil
    }

    /// A recogniser's label corrected by hand after it (`Speaker 2: C It's a …`, where `C:` labels turns elsewhere in
    /// the file): the letter is the real speaker, the recogniser's number is not. Only a single capital letter that
    /// opens two turns of its own counts, so a sentence's "I" or "A" after a label stays text.
    static func correctedMachineLabels(_ candidates: inout [Labelled?]) {
        var ownTurns: [String: Int] = [:]
        for case let labelled? in candidates where labelled.label.count == 1 && labelled.label.first!.isUppercase {
            ownTurns[labelled.label, default: 0] += 1
        }
        let letters = Set(ownTurns.filter { $0.value >= 2 }.keys)
        guard letters.count >= 2 else { return }
        for index in candidates.indices {
            guard let labelled = candidates[index], labelled.label.count > 1, SpeakerLabel.isRoleOrID(labelled.label) else { continue }
            let words = labelled.rest.split(separator: " ", maxSplits: 1)
            // The letter bare or as a label of its own (`Speaker 2: C: Um …`).
            guard let word = words.first, case let first = word.hasSuffix(":") ? String(word.dropLast()) : String(word), letters.contains(first) else { continue }
            candidates[index]!.label = first
            candidates[index]!.key = SpeakerLabel.normalized(first)
            candidates[index]!.rest = words.count > 1 ? String(words[1]) : ""
        }
    }

    /// Paragraphs without the highlight chips a meeting tool's page adds when its transcript is copied (MeetGeek:
    /// a line `Facto`, then `press enter to edit Facto`), and how many there were.
    static func withoutInterfaceChips(_ paragraphs: [TextParagraph]) -> ([TextParagraph], Int) {
        let prompt = "press enter to edit "
        guard paragraphs.contains(where: { $0.text.trimmedSpace.lowercased().hasPrefix(prompt) }) else { return (paragraphs, 0) }
        var kept: [TextParagraph] = []
        var chips = 0
        for paragraph in paragraphs {
            let text = paragraph.text.trimmedSpace
            guard text.lowercased().hasPrefix(prompt) else { kept.append(paragraph); continue }
            let chip = text.dropFirst(prompt.count).trimmedSpace
            if kept.last?.text.trimmedSpace == chip { kept.removeLast() }
            chips += 1
        }
        return (kept, chips)
    }

    /// Corpus transcripts that open each line with a speaker code and a space, no colon (`nvs1967f а я …`): a code of
    /// letters and digits is a label when at least two codes each open two lines or more and together they open most
    /// of the lines no other rule read — a sentence seldom starts with such a token, and never most of a file's.
    static func codePrefixes(_ paragraphs: [TextParagraph], into candidates: inout [Labelled?]) {
        var codes: [Int: (code: String, rest: String)] = [:]
        var counts: [String: Int] = [:]
        var open = 0
        for (index, paragraph) in paragraphs.enumerated() where candidates[index] == nil {
            open += 1
            let text = paragraph.text.trimmedSpace
            guard let space = text.firstIndex(where: \.isWhitespace) else { continue }
            let code = text[..<space]
            // `@nvs1967f` as some corpus tools write the code.
            let bare = code.hasPrefix("@") ? code.dropFirst() : code[...]
            guard (3...24).contains(bare.count), bare.first!.isLetter, bare.contains(where: \.isNumber),
                  bare.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { continue }
            codes[index] = (String(code), String(text[space...]).trimmedSpace)
            counts[String(code), default: 0] += 1
        }
        let recurring = counts.filter { $0.value >= 2 }
        guard recurring.count >= 2, recurring.values.reduce(0, +) * 2 > open else { return }
        for (index, found) in codes where recurring[found.code] != nil {
            candidates[index] = Labelled(label: found.code, time: nil, rest: found.rest, key: SpeakerLabel.normalized(found.code),
                                         location: paragraphs[index].location)
        }
    }

    /// Two to four capital letters (`DM`, `KN`), not a word written in capitals.
    static func isInitials(_ label: String) -> Bool {
        (2...4).contains(label.count) && label.allSatisfy { $0.isUppercase && $0.isLetter }
            && !["OK", "NO", "YES", "JA", "NEI", "SIM", "NÃO", "SI", "OUI", "NON", "NEJ", "NEIN", "HI", "BYE"].contains(label)
    }

    /// Words that number the questions of a written interview.
    static let questionWords: Set<String> = ["question", "q", "pergunta", "pregunta", "spørsmål", "frage", "vraag", "question n°"]

    /// "Pergunta 3" → "Pergunta", "Q4" → "Q": a question word with a number, as one label.
    static func questionLabel(_ label: String) -> String? {
        let trimmed = label.trimmedSpace
        guard let digit = trimmed.firstIndex(where: \.isNumber), trimmed[digit...].allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        let word = trimmed[..<digit].trimmingCharacters(in: CharacterSet(charactersIn: " _-#."))
        return questionWords.contains(word.lowercased()) ? word : nil
    }

    /// Metadata keys by kind, in English and Norwegian (lower-cased).
    static let metadataKeys: [String: MetadataField.Kind] = [
        "date": .date, "dato": .date, "interview date": .date, "date of interview": .date, "intervjudato": .date,
        "recorded": .date, "recording date": .date,
        "duration": .duration, "length": .duration, "varighet": .duration, "lengde": .duration, "interview length": .duration,
        "interviewer": .interviewer, "intervjuer": .interviewer, "intervjuar": .interviewer, "interviewed by": .interviewer,
        "moderator": .interviewer, "facilitator": .interviewer,
        "participant": .participant, "interviewee": .participant, "respondent": .participant, "informant": .participant,
        "deltaker": .participant, "deltakar": .participant,
        // `Entrevistadora: Betty Huerta` above a Spanish interview names the interviewer, as `Interviewer:` does.
        "entrevistador": .interviewer, "entrevistadora": .interviewer, "enquêteur": .interviewer, "enquêtrice": .interviewer,
        "entrevistado": .participant, "entrevistada": .participant, "enquêté": .participant, "enquêtée": .participant,
        "location": .setting, "place": .setting, "setting": .setting, "sted": .setting, "stad": .setting, "venue": .setting,
        "title": .title, "tittel": .title, "project": .title, "prosjekt": .title,
        "transcriber": .other, "transcribed by": .other, "transkribert av": .other, "transkribent": .other,
        "file": .other, "filename": .other, "file name": .other, "audio file": .other, "time": .other, "tid": .other,
        "language": .other, "språk": .other, "source": .other, "recording": .other, "case": .other,
        "speakers": .other, "participants": .other, "attendees": .other, "id": .other, "interview": .other,
    ]

    /// A header line that is metadata (`Date: 2024-03-12`, `Interviewer: Kari Nilsen`) rather than a first turn
    /// (`Interviewer: Welcome, shall we start?`).
    static func isHeaderLine(_ labelled: Labelled) -> Bool {
        guard let kind = metadataKeys[labelled.key] else { return false }
        let value = labelled.rest.trimmedSpace
        if value.isEmpty || value.contains("?") { return false }
        switch kind {
        case .interviewer, .participant:
            // A role label followed by a name is a header; followed by a sentence it is the first turn.
            return looksLikeName(value) || SpeakerLabel.hasNumberedShape(value) || namesThenDescribes(value)
        case .date, .duration:
            return value.contains(where: \.isNumber) && value.split(separator: " ").count <= 6
        default:
            return value.split(separator: " ").count <= 12
        }
    }

    /// A header that names a person and then describes them (`Interviewee: Sarah Chen, 24, undergraduate student in
    /// Brisbane`): a full name of two words or more before the first comma, and no question. A first turn that opens
    /// with one word and a comma ("Yes, I think …", "Well, …") is speech.
    static func namesThenDescribes(_ value: String) -> Bool {
        guard !value.contains("?"), let comma = value.range(of: ", ") else { return false }
        let name = value[..<comma.lowerBound].trimmedSpace
        return (2...4).contains(name.split(separator: " ").count) && SpeakerLabel.isPlausible(name) && !name.contains(where: { ".!".contains($0) })
    }

    /// The people a header names: "Peter Asaro and Selma Šabanović", "Kari og Ola", "A, B & C" are several.
    public static func people(in value: String) -> [String] {
        value.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " og ") }.flatMap { $0.components(separatedBy: " & ") }
            .flatMap { $0.components(separatedBy: ", ") }.map(\.trimmedSpace).filter { !$0.isEmpty }
    }

    static func looksLikeName(_ value: String) -> Bool {
        let people = people(in: value)
        return (1...4).contains(people.count) && people.allSatisfy { person in
            let words = person.split(separator: " ")
            return (1...4).contains(words.count) && SpeakerLabel.isPlausible(person) && !person.contains(where: { ".!?".contains($0) })
        }
    }

    /// The date and duration of a header line that gives them without keys, as recorders and transcription services
    /// write it (`12-May-2023 - 10:36 - 1h09m31s – Ana`): each part between dashes, bars or commas is read when it
    /// is unambiguously a date or a duration (a time of day such as `10:36` is neither).
    static func headerFields(_ paragraph: TextParagraph) -> [MetadataField]? {
        let parts = paragraph.text.components(separatedBy: CharacterSet(charactersIn: "|–—")).flatMap { $0.components(separatedBy: " - ") }
        var fields: [MetadataField] = []
        for part in parts.map(\.trimmedSpace) where !part.isEmpty {
            if !fields.contains(where: { $0.kind == .date }), StudyImport.isoDate(part) != nil {
                fields.append(MetadataField(kind: .date, key: "date", value: part, location: paragraph.location))
            } else if !fields.contains(where: { $0.kind == .duration }), Timestamp.seconds(part) == nil,
                      part.range(of: #"^\d+\s*(h|t|min|minutes?|minutter)(\s*\d+\s*(m|min)?)?(\s*\d+\s*s)?$"#, options: [.regularExpression, .caseInsensitive]) != nil,
                      StudyImport.minutes(part) != nil {
                fields.append(MetadataField(kind: .duration, key: "duration", value: part, location: paragraph.location))
            }
        }
        return fields.isEmpty ? nil : fields
    }

    /// Meeting notes and recorders name their date and length with more words (`Meeting Date/Time`, `Meeting
    /// Duration`, `Recording length`): a date or duration key with words that name the session (not `Date of birth`).
    static func compoundDateOrDuration(_ key: String) -> MetadataField.Kind? {
        let words = key.lowercased().split { $0 == " " || $0 == "/" || $0 == "-" }.map(String.init)
        let kinds = words.compactMap { metadataKeys[$0] }.filter { $0 == .date || $0 == .duration }
        guard (2...3).contains(words.count), Set(kinds).count == 1,
              words.allSatisfy({ metadataKeys[$0] == kinds[0] || sessionWords.contains($0) }) else { return nil }
        return kinds[0]
    }

    static let sessionWords: Set<String> = ["meeting", "interview", "recording", "session", "call", "time", "start",
                                            "intervju", "møte", "opptak", "samtale", "tid"]

    static func metadata(_ paragraph: TextParagraph) -> MetadataField? {
        guard let colon = paragraph.text.firstIndex(of: ":") else { return nil }
        let key = paragraph.text[..<colon].replacingOccurrences(of: "*", with: "").trimmedSpace
        guard let kind = metadataKeys[key.lowercased()] ?? compoundDateOrDuration(key) else { return nil }
        var value = paragraph.text[paragraph.text.index(after: colon)...].replacingOccurrences(of: "*", with: "").trimmedSpace
        guard !value.isEmpty else { return nil }
        // `Interviewee: Sarah Chen, 24, student`: the person is the name; the rest describes them, and protected
        // piece by piece it made "24" and "student" identifiers.
        if kind == .interviewer || kind == .participant, !looksLikeName(value), namesThenDescribes(value), let comma = value.range(of: ", ") {
            value = value[..<comma.lowerBound].trimmedSpace
        }
        return MetadataField(kind: kind, key: key, value: value, location: paragraph.location)
    }
}
