import Foundation
import ThematicCore

extension StudyImport {
    /// One transcript in another format read straight into a study's corpus, as a pipeline's `transcripts:` may list
    /// it (`transcripts/P03.vtt`): converted in memory, nothing written.
    ///
    /// The file is named after its interview's participant (`P03.vtt`, `P03.docx`); the participant's label, whatever
    /// it is, becomes that id. The interviewer's label must be a team member's id or name, or the team has one
    /// interviewer. Labels that are names are returned so the caller protects them like the study's identifiers.
    public func ingest(_ file: ImportFile, into study: Study) throws -> (interview: Interview, names: [String]) {
        var labels: [String] = []
        var interviewerLabels: [String] = []
        for researcher in study.team.interviewers {
            labels.append("\(researcher.id)=\(researcher.id)")
            interviewerLabels.append(researcher.id)
            if let name = researcher.name, !name.isEmpty {
                labels.append("\(name)=\(researcher.id)")
                interviewerLabels.append(name)
            }
        }
        var settings = Settings(speakers: try SpeakerSettings(speakers: labels, interviewers: interviewerLabels))
        settings.studyID = study.id
        let read = try self.read([file], settings: settings)[0]
        if read.project != nil {
            throw Diagnostic(file: file.displayName, "a project (\(read.importer.id)) holds many transcripts and their coding; import it into a study folder with `thematic import --out STUDY \(file.displayName)` instead of listing it in 'transcripts'")
        }
        let stem = Self.stem(of: file.displayName)
        guard study.participant(stem) != nil else {
            throw Diagnostic(file: file.displayName, "a transcript in another format than Interview XML is named after its participant (P03.vtt); '\(quoting: stem)' is not a participant of the study (declared: \(study.participants.map(\.id).joined(separator: ", "))); or convert it first with `thematic import`")
        }
        var mapper = SpeakerMapper(settings: settings.speakers)
        let assignments = try mapper.assign(read.document, file: file.displayName)
        let teamIDs = Set(study.team.interviewers.map(\.id))
        var ids: [String: String] = [:]
        for assignment in assignments {
            let key = SpeakerLabel.normalized(assignment.label)
            switch assignment.role {
            case .participant:
                ids[key] = stem
            case .interviewer:
                if teamIDs.contains(assignment.id) {
                    ids[key] = assignment.id
                } else if teamIDs.count == 1 {
                    ids[key] = teamIDs.first!
                } else {
                    throw Diagnostic(file: file.displayName, "cannot tell which interviewer '\(quoting: assignment.label)' is: the study's team has \(teamIDs.sorted().joined(separator: ", ")); label their turns with an interviewer's id or name, or convert with `thematic import --speaker`")
                }
            }
        }
        let turns = Self.turns(of: read.document, ids: ids)
        var meta = InterviewMeta(interviewer: turns.first { teamIDs.contains($0.speaker) }?.speaker)
        meta.date = read.document.metadata.first { $0.kind == .date }.flatMap { Self.isoDate($0.value) }
        meta.durationMinutes = read.document.metadata.first { $0.kind == .duration }.flatMap { Self.minutes($0.value) }
        var names = assignments.filter(\.labelIsName).flatMap { SpeakerLabel.protectedForms(of: $0.label) }
        names += read.document.declaredSpeakers.compactMap(\.name)
        names += read.document.affiliations
        names += read.document.metadata.filter { ($0.kind == .interviewer || $0.kind == .participant) && !SpeakerLabel.isRoleOrID($0.value) }
            .flatMap { [$0.value] + LabelledTranscript.people(in: $0.value) }
        let interview = Interview(id: stem, participant: stem, language: read.document.language ?? "en", meta: meta, turns: turns, source: file.displayName)
        return (interview, Array(Set(names)).sorted())
    }

    /// The file name without folders and extension (`transcripts/P03.vtt` → `P03`).
    static func stem(of name: String) -> String {
        ((name as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
