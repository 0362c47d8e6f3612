import Foundation

/// One item of the COREQ checklist (Tong, Sainsbury & Craig 2007, *Consolidated criteria for reporting qualitative
/// research*).
public struct COREQItem: Hashable, Sendable, Codable {
    /// 1–32.
    public var number: Int
    /// One of the three domains.
    public var domain: String
    /// The subdomain.
    public var subdomain: String
    /// The item's name.
    public var item: String
    /// The guide question.
    public var guide: String
}

/// Where one COREQ item stands for a study and pipeline.
public struct COREQEntry: Hashable, Sendable, Codable {
    /// The item.
    public var number: Int
    public var domain: String
    public var subdomain: String
    public var item: String
    public var guide: String
    /// Whether the study file or the pipeline reports it.
    public var reported: Bool
    /// What is reported, when the value is short enough to show.
    public var value: String?
    /// Where it is reported: a study-file field or a generated artifact.
    public var source: String?
}

/// The 32 COREQ items and the assessment of a study against them.
public enum COREQ {
    /// The checklist, in order.
    public static let items: [COREQItem] = [
        COREQItem(number: 1, domain: "Research team and reflexivity", subdomain: "Personal characteristics", item: "Interviewer/facilitator",
                  guide: "Which author(s) conducted the interviews or focus groups?"),
        COREQItem(number: 2, domain: "Research team and reflexivity", subdomain: "Personal characteristics", item: "Credentials",
                  guide: "What were the researcher's credentials (e.g. PhD, MD)?"),
        COREQItem(number: 3, domain: "Research team and reflexivity", subdomain: "Personal characteristics", item: "Occupation",
                  guide: "What was their occupation at the time of the study?"),
        COREQItem(number: 4, domain: "Research team and reflexivity", subdomain: "Personal characteristics", item: "Gender",
                  guide: "Was the researcher male or female?"),
        COREQItem(number: 5, domain: "Research team and reflexivity", subdomain: "Personal characteristics", item: "Experience and training",
                  guide: "What experience or training did the researcher have?"),
        COREQItem(number: 6, domain: "Research team and reflexivity", subdomain: "Relationship with participants", item: "Relationship established",
                  guide: "Was a relationship established before the study began?"),
        COREQItem(number: 7, domain: "Research team and reflexivity", subdomain: "Relationship with participants", item: "Participant knowledge of the interviewer",
                  guide: "What did participants know about the researcher (goals, reasons for the research)?"),
        COREQItem(number: 8, domain: "Research team and reflexivity", subdomain: "Relationship with participants", item: "Interviewer characteristics",
                  guide: "What was reported about the interviewer (bias, assumptions, interests in the topic)?"),
        COREQItem(number: 9, domain: "Study design", subdomain: "Theoretical framework", item: "Methodological orientation and theory",
                  guide: "Which methodological orientation underpins the study (e.g. grounded theory, phenomenology, content analysis)?"),
        COREQItem(number: 10, domain: "Study design", subdomain: "Participant selection", item: "Sampling",
                  guide: "How were participants selected (purposive, convenience, consecutive, snowball)?"),
        COREQItem(number: 11, domain: "Study design", subdomain: "Participant selection", item: "Method of approach",
                  guide: "How were participants approached (face to face, telephone, mail, e-mail)?"),
        COREQItem(number: 12, domain: "Study design", subdomain: "Participant selection", item: "Sample size",
                  guide: "How many participants were in the study?"),
        COREQItem(number: 13, domain: "Study design", subdomain: "Participant selection", item: "Non-participation",
                  guide: "How many refused or dropped out, and why?"),
        COREQItem(number: 14, domain: "Study design", subdomain: "Setting", item: "Setting of data collection",
                  guide: "Where were the data collected (home, clinic, workplace)?"),
        COREQItem(number: 15, domain: "Study design", subdomain: "Setting", item: "Presence of non-participants",
                  guide: "Was anyone else present besides participants and researchers?"),
        COREQItem(number: 16, domain: "Study design", subdomain: "Setting", item: "Description of sample",
                  guide: "What are the important characteristics of the sample (e.g. demographics, date)?"),
        COREQItem(number: 17, domain: "Study design", subdomain: "Data collection", item: "Interview guide",
                  guide: "Were questions or prompts provided by the authors, and was the guide pilot tested?"),
        COREQItem(number: 18, domain: "Study design", subdomain: "Data collection", item: "Repeat interviews",
                  guide: "Were repeat interviews carried out, and if so how many?"),
        COREQItem(number: 19, domain: "Study design", subdomain: "Data collection", item: "Audio/visual recording",
                  guide: "Was the research recorded on audio or video?"),
        COREQItem(number: 20, domain: "Study design", subdomain: "Data collection", item: "Field notes",
                  guide: "Were field notes made during or after the interview or focus group?"),
        COREQItem(number: 21, domain: "Study design", subdomain: "Data collection", item: "Duration",
                  guide: "How long did the interviews or focus groups last?"),
        COREQItem(number: 22, domain: "Study design", subdomain: "Data collection", item: "Data saturation",
                  guide: "Was data saturation discussed?"),
        COREQItem(number: 23, domain: "Study design", subdomain: "Data collection", item: "Transcripts returned",
                  guide: "Were transcripts returned to participants for comment or correction?"),
        COREQItem(number: 24, domain: "Analysis and findings", subdomain: "Data analysis", item: "Number of data coders",
                  guide: "How many data coders coded the data?"),
        COREQItem(number: 25, domain: "Analysis and findings", subdomain: "Data analysis", item: "Description of the coding tree",
                  guide: "Did the authors describe the coding tree?"),
        COREQItem(number: 26, domain: "Analysis and findings", subdomain: "Data analysis", item: "Derivation of themes",
                  guide: "Were the themes identified in advance or derived from the data?"),
        COREQItem(number: 27, domain: "Analysis and findings", subdomain: "Data analysis", item: "Software",
                  guide: "Which software, if any, was used to manage the data?"),
        COREQItem(number: 28, domain: "Analysis and findings", subdomain: "Data analysis", item: "Participant checking",
                  guide: "Did participants give feedback on the findings?"),
        COREQItem(number: 29, domain: "Analysis and findings", subdomain: "Reporting", item: "Quotations presented",
                  guide: "Were participant quotations presented to illustrate the themes, and was each identified (e.g. participant number)?"),
        COREQItem(number: 30, domain: "Analysis and findings", subdomain: "Reporting", item: "Data and findings consistent",
                  guide: "Was there consistency between the data presented and the findings?"),
        COREQItem(number: 31, domain: "Analysis and findings", subdomain: "Reporting", item: "Clarity of major themes",
                  guide: "Were major themes clearly presented in the findings?"),
        COREQItem(number: 32, domain: "Analysis and findings", subdomain: "Reporting", item: "Clarity of minor themes",
                  guide: "Is there a description of diverse cases or discussion of minor themes?"),
    ]

    /// Assesses a study: items answered in the study file are reported with their value and field; items the
    /// pipeline's stages report (`StageDescriptor.coreq`) are reported with the artifact, using `facts` (item →
    /// value) measured by the run when it has them. The study file wins where both speak, because it is the
    /// authors' own account.
    /// `stages` is `nil` when only a study file is assessed; with a pipeline, the software item is reported by
    /// every run's manifest.
    public static func assess(study: Study, interviews: InterviewList = InterviewList([]), stages: [StageDescriptor]? = nil, facts: [Int: String] = [:]) -> [COREQEntry] {
        let fromStudy = studyValues(study, interviews: interviews)
        var fromStages: [Int: String] = [:]
        guard let stages else { return entries(fromStudy: fromStudy, fromStages: [:], facts: facts) }
        fromStages[27] = "manifest.json (tool and version)"
        for stage in stages {
            for (number, source) in stage.coreq.sorted(by: { $0.key < $1.key }) where fromStages[number] == nil {
                fromStages[number] = "\(source) (stage '\(stage.id)')"
            }
        }
        return entries(fromStudy: fromStudy, fromStages: fromStages, facts: facts)
    }

    private static func entries(fromStudy: [Int: (String, String)], fromStages: [Int: String], facts: [Int: String]) -> [COREQEntry] {
        items.map { item in
            var entry = COREQEntry(number: item.number, domain: item.domain, subdomain: item.subdomain, item: item.item, guide: item.guide,
                                   reported: false, value: nil, source: nil)
            if let (value, field) = fromStudy[item.number] {
                entry.reported = true
                entry.value = value
                entry.source = field
            } else if let source = fromStages[item.number] {
                entry.reported = true
                entry.value = facts[item.number]
                entry.source = source
            }
            return entry
        }
    }

    /// Item → (value, field) from the study file (and, for duration, from the transcripts' metadata).
    static func studyValues(_ study: Study, interviews: InterviewList) -> [Int: (String, String)] {
        var values: [Int: (String, String)] = [:]
        func put(_ number: Int, _ value: String?, _ field: String) {
            guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
            values[number] = (value, field)
        }
        func people(_ keyPath: KeyPath<Researcher, String?>) -> String? {
            let parts = study.team.interviewers.compactMap { person in person[keyPath: keyPath].map { "\(study.team.published(person)): \($0)" } }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
        // Researchers are named only when the study says so (`team.publish_names: true`); otherwise by id.
        let interviewers = study.team.interviewers.map { study.team.published($0) }
        put(1, interviewers.isEmpty ? nil : interviewers.joined(separator: ", "), "study.team.interviewers")
        put(2, people(\.credentials), "study.team.interviewers[].credentials")
        put(3, people(\.occupation), "study.team.interviewers[].occupation")
        put(4, people(\.gender), "study.team.interviewers[].gender")
        put(5, people(\.experience), "study.team.interviewers[].experience")
        put(6, people(\.relationshipToParticipants), "study.team.interviewers[].relationship_to_participants")
        put(7, people(\.participantKnowledge), "study.team.interviewers[].participant_knowledge")
        put(8, people(\.characteristics), "study.team.interviewers[].characteristics")
        let design = study.design
        put(9, design.methodology, "study.design.methodology")
        put(10, design.sampling, "study.design.sampling")
        put(11, design.approach, "study.design.approach")
        put(12, design.sampleSize.map { "\($0) participants" } ?? (study.participants.isEmpty ? nil : "\(study.participants.count) participants"),
            design.sampleSize == nil ? "study.participants" : "study.design.sample_size")
        put(13, design.nonParticipation, "study.design.non_participation")
        put(14, design.setting, "study.design.setting")
        put(15, design.nonParticipantsPresent, "study.design.non_participants_present")
        put(16, design.sampleDescription, "study.design.sample_description")
        if let guide = design.interviewGuide {
            let description = guide.description ?? "interview guide"
            let questions = guide.questions.isEmpty ? "" : (description.hasSuffix(".") ? " " : ". ") + "Questions: " + guide.questions.joined(separator: " / ")
            put(17, description + questions, "study.design.interview_guide")
        }
        put(18, design.repeatInterviews, "study.design.repeat_interviews")
        put(19, design.recording, "study.design.recording")
        put(20, design.fieldNotes, "study.design.field_notes")
        let minutes = interviews.indices.compactMap(interviews.durationMinutes(at:))
        if let duration = design.duration {
            put(21, duration, "study.design.duration")
        } else if let low = minutes.min(), let high = minutes.max() {
            put(21, "\(formatNumber(low, places: 0))–\(formatNumber(high, places: 0)) minutes", "transcripts' <duration>")
        }
        put(22, design.saturation, "study.design.saturation")
        put(23, design.transcriptsReturned, "study.design.transcripts_returned")
        let analysis = study.analysis
        put(24, analysis.coders.map { "\($0)" }, "study.analysis.coders")
        put(25, analysis.codingTree, "study.analysis.coding_tree")
        put(26, analysis.themeDerivation, "study.analysis.theme_derivation")
        put(27, analysis.software, "study.analysis.software")
        put(28, analysis.participantChecking, "study.analysis.participant_checking")
        return values
    }

    /// The checklist as Markdown: a table per domain, then the list of missing items.
    public static func markdown(_ entries: [COREQEntry], title: String) -> String {
        var lines = ["# COREQ checklist: \(title)", ""]
        let missing = entries.filter { !$0.reported }
        lines.append("\(entries.count - missing.count) of \(entries.count) items reported.")
        var domain = ""
        for entry in entries {
            if entry.domain != domain {
                domain = entry.domain
                lines += ["", "## \(domain)", "", "| No. | Item | Reported | Where | Value |", "|---|---|---|---|---|"]
            }
            func cell(_ text: String?) -> String {
                (text ?? "").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
            }
            lines.append("| \(entry.number) | \(cell(entry.item)) | \(entry.reported ? "yes" : "**missing**") | \(cell(entry.source)) | \(cell(entry.value)) |")
        }
        if !missing.isEmpty {
            lines += ["", "## Missing", ""]
            for entry in missing { lines.append("- \(entry.number). \(entry.item): \(entry.guide)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
