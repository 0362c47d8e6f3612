import Foundation
import ThematicCore
import ThematicImport

/// Segment lists in JSON, as speech recognisers with diarisation write them: Whisper and WhisperX
/// (`{"segments": [{"start", "end", "text", "speaker"}]}`), pyannote pipelines (`speaker_id`), and a bare array of
/// such segments.
public struct TranscriptJSONImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "transcript-json",
        version: "1.0.0",
        summary: "Whisper/WhisperX/pyannote JSON segments (start, end, text, speaker); Deepgram, AssemblyAI, Speechmatics, Azure, IBM Watson, AWS and Rev shapes; Hugging Face chunks.",
        discussion: """
            A JSON object with a 'segments' array, or an array of segments, or JSON Lines (one segment object per \
            line); segments without 'text' but with parallel versions ('text_bm', 'text_nn') are read from the first by name. Each segment has 'text', 'start' and 'end' \
            in seconds, and its speaker in 'speaker', 'speaker_id', 'speaker_label', 'spk' or 'participant' ('SPEAKER_00', \
            'Speaker 1', a name, or a number read as 'Speaker N'). The Hugging Face transformers pipeline's {"text", "chunks": [{"timestamp": [start, end], \
            "text"}]} is read as segments (its top-level 'text' repeats them). Consecutive segments of one speaker merge into one turn; segments with no speaker continue the \
            speaker before them, and a file with no speakers at all needs --speaker-all ID. Word-level lists \
            ('words') are not read: the segment's text is. A segment out of order is kept in file order and reported. \
            Services by their documented keys: Deepgram's results.utterances, else its paragraphs, else its diarised \
            words; AssemblyAI's utterances, else its words (milliseconds, speaker letters); Speechmatics' results[] of \
            words and punctuation (speaker S1 …); Azure batch transcription's recognizedPhrases (offsetInTicks, \
            nBest[0].display, speaker); IBM Watson's results[].alternatives[0].timestamps with speaker_labels; AWS \
            Transcribe's items and speaker_labels. Words become segments of consecutive words of one speaker.
            """,
        extensions: ["json", "jsonl", "ndjson"]
    )

    public static func recognizes(_ file: ImportFile) -> Bool {
        let head = file.head(4096)
        return head.contains("\"segments\"") && head.contains("\"text\"") && head.contains("\"start\"")
            || head.contains("\"results\"") && head.contains("\"channels\"")
            || head.contains("\"utterances\"") && head.contains("\"speaker\"")
            || head.contains("\"chunks\"") && head.contains("\"timestamp\"")
            || head.contains("\"recognizedPhrases\"")
            || head.contains("\"speaker_labels\"") && head.contains("\"timestamps\"")
            || head.contains("\"results\"") && head.contains("\"attaches_to\"")
    }

    /// The segments of the other services' shapes, as `{start, end, text, speaker}` in seconds: Deepgram's paragraphs
    /// (`results.channels[0].alternatives[0].paragraphs.paragraphs`, sentences inside, speaker a number) and
    /// AssemblyAI's utterances (`utterances`, times in milliseconds, speaker a letter) and the Hugging Face
    /// transformers pipeline's chunks (`chunks: [{"timestamp": [start, end], "text"}]`, no speakers; the last chunk's
    /// end may be null, when the audio ended mid-chunk: it ends where it starts).
    static func serviceSegments(_ root: Any) -> [Any]? {
        guard let object = root as? [String: Any] else { return nil }
        if let aws = AWSTranscribe.segments(object) { return aws }
        if let chunks = object["chunks"] as? [Any] {
            return chunks.map { value -> Any in
                guard var chunk = value as? [String: Any], let times = chunk["timestamp"] as? [Any], times.count == 2 else { return value }
                chunk["start"] = times[0]
                chunk["end"] = times[1] is NSNull ? times[0] : times[1]
                return chunk
            }
        }
        if let utterances = object["utterances"] as? [Any] {
            return utterances.map { value -> Any in
                guard var utterance = value as? [String: Any] else { return value }
                // AssemblyAI writes milliseconds under 'start'; pipelines built on it (a Zoom recording's channels
                // sent one by one) name them 'start_ms'.
                for key in ["start", "end"] {
                    let milliseconds = (utterance[key] ?? utterance[key + "_ms"]) as? NSNumber
                    utterance[key] = milliseconds.map { $0.doubleValue / 1000 } ?? utterance[key]
                }
                // AssemblyAI's speakers are letters ("A"); a pipeline's are names of participants ("Adi Tiwari").
                if let speaker = SegmentFinder.speakerValue(utterance) {
                    utterance["speaker"] = speaker.count <= 2 ? "Speaker " + speaker : speaker
                }
                return utterance
            }
        }
        if let words = ServiceWords.assemblyAIWords(object) ?? ServiceWords.azure(object) ?? ServiceWords.watson(object) ?? ServiceWords.speechmatics(object) {
            return words
        }
        // Deepgram: utterances when asked for, else paragraphs, else its diarised words.
        if let utterances = (object["results"] as? [String: Any])?["utterances"] as? [Any] {
            return utterances.map { value -> Any in
                guard var utterance = value as? [String: Any] else { return value }
                utterance["text"] = utterance["transcript"] ?? utterance["text"]
                if let speaker = ServiceWords.label(utterance["speaker"]) { utterance["speaker"] = speaker }
                return utterance
            }
        }
        let channels = (object["results"] as? [String: Any])?["channels"] as? [Any]
        let alternative = ((channels?.first as? [String: Any])?["alternatives"] as? [Any])?.first as? [String: Any]
        guard let paragraphs = (alternative?["paragraphs"] as? [String: Any])?["paragraphs"] as? [Any] else { return ServiceWords.deepgramWords(alternative) }
        return paragraphs.map { value -> Any in
            guard var paragraph = value as? [String: Any] else { return value }
            let sentences = (paragraph["sentences"] as? [Any] ?? []).compactMap { ($0 as? [String: Any])?["text"] as? String }
            paragraph["text"] = sentences.joined(separator: " ")
            if let speaker = paragraph["speaker"] as? NSNumber { paragraph["speaker"] = "Speaker \(speaker.intValue)" }
            return paragraph
        }
    }

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let (text, findings) = try ImportText.decodeForTranscript(file)
        var root: Any
        var shapeFinding: ImportFinding?
        do { root = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
            guard let lines = try JSONLines.objects(text, file: file.displayName) else {
                throw Diagnostic(file: file.displayName, "this is not valid JSON: \(error.localizedDescription)")
            }
            root = lines
            shapeFinding = ImportFinding(location: "the whole file", "read as JSON Lines: \(lines.count) objects, one per line")
        }
        let parallel = ParallelTexts.choose(&root)

        let segments: [Any]
        // Turns with no time at all are a transcript without a clock: their turns carry no times.
        var withoutTimes = false
        if let known = Self.knownShape(root), !Self.isUntimedTurnList(known) {
            segments = known
        } else if let found = SegmentFinder.find(root) {
            segments = found.segments
            withoutTimes = found.segments.allSatisfy { $0["start"] == nil }
            let untimed = found.segments.filter { $0["untimed"] != nil }.count
            let placed = withoutTimes ? "; none has a time: the turns are untimed" : untimed == 0 ? "" : "; \(untimed) without a start time placed between their neighbours"
            shapeFinding = shapeFinding ?? ImportFinding(location: "the whole file", "segments read from \(found.shape) (\(found.segments.count) segments, found by their text\(withoutTimes ? " and speaker" : " and time") keys\(placed))")
        } else if let labelled = LabelledStrings.find(root) {
            var document = LabelledTranscript.read(labelled.paragraphs, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
            document.findings = findings + [ImportFinding(location: "the whole file", "turns read from the labelled strings of \(labelled.path) (\(labelled.paragraphs.count) strings, no times)")] + document.findings
            return document
        } else {
            throw Diagnostic(file: file.displayName, "no list of segments with a text and a start time: \(SegmentFinder.describe(root)); a transcript in JSON is a list of {\"start\", \"end\", \"text\", \"speaker\"} objects (WhisperX 'segments', AssemblyAI 'utterances', Deepgram paragraphs, Rev 'monologues', AWS Transcribe 'items' and 'speaker_labels' …)")
        }
        var cues: [SubtitleCue] = []
        var roles: [(label: String, role: SpeakerRole)] = []
        for (index, value) in segments.enumerated() {
            let place = "segment \(index + 1)"
            guard let segment = value as? [String: Any] else { throw Diagnostic(file: file.displayName, "\(place) is not an object") }
            guard let words = segment["text"] as? String else { throw Diagnostic(file: file.displayName, "\(place) has no 'text'") }
            guard let start = withoutTimes ? 0 : Self.seconds(segment["start"]), let end = withoutTimes ? 0 : Self.seconds(segment["end"]) else {
                throw Diagnostic(file: file.displayName, "\(place) needs 'start' and 'end' in seconds")
            }
            // A name or id as written; a diariser's number (`"speaker": 0`) as `Speaker 0`.
            let speaker = SegmentFinder.speakerValue(segment)
            if let speaker, let role = Self.statedRole(segment), !roles.contains(where: { $0.label == speaker }) { roles.append((speaker, role)) }
            let line = words.trimmedSpace.replacingOccurrences(of: "\n", with: " ")
            guard !line.isEmpty else { continue }
            // The speaker as a voice tag, the form the subtitle rules read as the cue's speaker.
            cues.append(SubtitleCue(identifier: String(index + 1), start: start, end: end,
                                    lines: [speaker.map { "<v \(Self.escaped($0))>\(line)" } ?? line], line: index + 1, number: index + 1))
        }
        if cues.isEmpty { throw Diagnostic(file: file.displayName, "no segment with text") }
        var document = try Subtitles.document(cues, file: file.displayName, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        if withoutTimes {
            for index in document.turns.indices { (document.turns[index].start, document.turns[index].end) = (nil, nil) }
        }
        document.findings = findings + (shapeFinding.map { [$0] } ?? []) + (parallel.map { [$0] } ?? []) + document.findings
        if file.speakerForAll == nil {
            for (label, role) in roles where !document.declaredSpeakers.contains(where: { $0.label == label }) {
                document.declaredSpeakers.append(DeclaredSpeaker(label: label, role: role))
            }
        }
        return document
    }

    /// Keys a pipeline states a segment's role in, beside its speaker (`"speaker_type": "OPERATOR"`).
    static let roleKeys = ["speaker_type", "speaker_role", "role"]
    /// Roles as call-centre and interview pipelines name them: the one who leads (an agent or operator places the
    /// call, a host or interviewer asks) and the one who answers.
    static let roleValues: [String: SpeakerRole] = [
        "interviewer": .interviewer, "host": .interviewer, "moderator": .interviewer, "agent": .interviewer, "operator": .interviewer,
        "interviewee": .participant, "participant": .participant, "guest": .participant, "client": .participant, "customer": .participant,
        "respondent": .participant,
    ]

    static func statedRole(_ segment: [String: Any]) -> SpeakerRole? {
        roleKeys.lazy.compactMap { (segment[$0] as? String).flatMap { roleValues[$0.trimmedSpace.lowercased()] } }.first
    }

    /// The segments of the layouts read by name: `segments` whose items are segments, a bare list of them, or a
    /// service's shape (`serviceSegments`); nil to look for them by their keys.
    static func knownShape(_ root: Any) -> [Any]? {
        func isSegmentList(_ list: [Any]) -> Bool {
            // A list of objects under these names is read as segments, so a broken one is named by its number.
            !list.isEmpty && list.allSatisfy { $0 is [String: Any] }
        }
        if let list = (root as? [String: Any])?["segments"] as? [Any], isSegmentList(list) { return list }
        if let list = root as? [Any], isSegmentList(list) { return list }
        return serviceSegments(root)
    }

    /// A bare list whose objects have a speaker and a text but none a time: read by `SegmentFinder` as untimed turns
    /// rather than refused as segments missing their times.
    static func isUntimedTurnList(_ list: [Any]) -> Bool {
        list.allSatisfy { item in
            guard let object = item as? [String: Any] else { return false }
            return !SegmentFinder.startKeys.contains { object[$0] != nil } && !SegmentFinder.millisecondKeys.contains { object[$0.0] != nil }
                && object["timestamp"] == nil && SegmentFinder.speakerValue(object) != nil
        }
    }

    static func seconds(_ value: Any?) -> Double? {
        if let number = value as? NSNumber { return number.doubleValue.isFinite && number.doubleValue >= 0 ? number.doubleValue : nil }
        if let text = value as? String { return RecordingTime.seconds(text) ?? Timestamp.seconds(text) }
        return nil
    }

    /// A speaker's name inside a voice tag: angle brackets would end it.
    static func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "<", with: "‹").replacingOccurrences(of: ">", with: "›")
    }
}
