import Foundation
import ThematicCore

/// The codebook every artifact names codes by: its own words redacted of what the leak gate protects (the study's
/// identifiers and what the anonymization found with confidence), by the labels the transcripts have. Not of the
/// anonymization's guesses (capitalised words no list knows, replaced in the transcripts for review): a codebook is
/// the researcher's chosen vocabulary, whose capitals ("Epistemic", "Asia") are words, and the gate lets guesses
/// through. An imported project names codes after the people its sources speak of ("Orchestration (Dillenbourg)"); the
/// gate would refuse the whole run on such a name, so it is published as its label instead, the same in every
/// artifact (`codings.*`, `code-frequencies.*`, themes, report, `project.qdpx`, `codebook.qdc`).
extension CodebookCoding {
    func published(_ codebook: Codebook, corpus: Corpus, in context: StageContext) throws -> CodebookRedaction? {
        let protected = context.gateProtection(study: corpus.study)
        guard !protected.isEmpty else { return nil }
        let redaction = CodebookRedaction(codebook, by: MentionMatcher(protected))
        return redaction.changed == 0 ? nil : redaction
    }

    /// `codings` with the codes whose ids the redaction changed under their new ids, an interview at a time (each
    /// interview's codings sorted again, since the code is part of their order).
    static func renaming(codes renamed: [String: String], in codings: CodingList, scratch: String) throws -> CodingList {
        let store = try CodingStore(in: scratch)
        var block: [CodedSegment] = []
        func flush() throws {
            try store.append(block.sorted())
            block.removeAll(keepingCapacity: true)
        }
        for var coding in codings {
            if let last = block.last, last.interview != coding.interview { try flush() }
            coding.code = renamed[coding.code] ?? coding.code
            block.append(coding)
        }
        if !block.isEmpty { try flush() }
        return store.list()
    }

    /// What the summary says of a redacted codebook: which identifiers, so a researcher can allow a public figure.
    static func redactionNote(_ redaction: CodebookRedaction?) -> String {
        guard let redaction else { return "" }
        let shown = redaction.references.prefix(8).joined(separator: ", ") + (redaction.references.count > 8 ? " …" : "")
        return "; the codebook's own words name \(redaction.references.count) identifier(s) found in the study (\(shown)), published as their labels in \(redaction.changed) entries, notes and sets (a public figure: the anonymization's `allow` option)"
    }
}
