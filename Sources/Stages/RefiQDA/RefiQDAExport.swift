import Foundation
import ThematicCore
import ThematicXML

/// Hands a study's results back to interactive tools (NVivo, ATLAS.ti, MAXQDA, QualCoder) as REFI-QDA files.
public struct RefiQDAExport: Stage {
    public static let descriptor = StageDescriptor(
        id: "refi-qda",
        version: "1.0.0",
        summary: "The study as a REFI-QDA project (project.qdpx) and codebook (codebook.qdc) for NVivo, ATLAS.ti, MAXQDA, QualCoder.",
        discussion: """
            project.qdpx holds project.qde and one plain-text source per interview (sources/<guid>.txt, UTF-8 without a \
            byte-order mark): the transcript as the pipeline left it — de-identified when anonymization ran first — \
            one line per turn as '<speaker id>: <words>', events left out. Every coded segment is one \
            PlainTextSelection with code-point offsets into that text (start inclusive, end exclusive, as QualCoder \
            and Taguette read them) and one Coding per code and coder (a coder's segments of one code that run from \
            the end of one turn's words to the start of the next turn's are one selection, as the project they were \
            imported from had them); coders are Users (autocoding as 'Thematic \
            autocoding'); participants are Cases with their attributes as text Variables and their interviews as \
            SourceRefs; the code tree is nested, codable as the imported project had it (codebook.yaml 'codable'), \
            else codes codable and themes and sub-themes not, and levels filled in on import are left out. GUIDs are \
            name-based (UUID version 5 of the study id and the code, source or segment), members are stored in a \
            fixed order with fixed timestamps and no compression, so a re-run gives the same bytes and the leak gate \
            reads every byte. Both files validate against the REFI-QDA 1.0 schemas bundled with Thematic.
            """,
        reads: [Products.corpus, Products.codings],
        readsIfMade: [Products.replacedForms, Products.renamedInterviews, Products.textReplacements],
        artifacts: [ArtifactDeclaration("project.qdpx", carriesTranscriptText: true), "codebook.qdc"]
    )

    public init(options: StageOptions) throws {}

    public func run(in context: StageContext) throws {
        let corpus = try context.read(Products.corpus)
        let coding = try context.read(Products.codings)
        // Memos are redacted of what the gate protects and of every form the anonymization replaced, those it only
        // listed for review too: a name it guessed in a transcript is a name in a memo.
        let protected = coding.codebook.notes.isEmpty && coding.codebook.sets.isEmpty ? []
            : context.gateProtection(study: corpus.study) + (try context.readIfMade(Products.replacedForms) ?? [])
        let project = try RefiQDAProject(corpus: corpus, coding: coding, jobs: context.jobs, protecting: protected,
                                         renamed: try context.readIfMade(Products.renamedInterviews) ?? [:],
                                         original: try context.readIfMade(Products.textReplacements))
        var segments = 0
        try context.artifacts.addStreamed("project.qdpx", by: Self.descriptor.id) { out in
            var archive = StoredZIP()
            // The project file is made twice, piece by piece: once for its checksum and size (which come first in the
            // archive), once to write it.
            var checksum = CRC32.Running()
            segments = try project.writeProjectXML { checksum.add($0.utf8) }
            try archive.add("project.qde", crc: checksum.value, size: checksum.count, to: &out) { out in
                try project.writeProjectXML { try out.append($0.utf8) }
            }
            // The texts and their checksums are made on the run's threads a few ahead of the writing, in source order.
            let sources = project.sources
            try OrderedProduction.run(count: sources.count, jobs: context.jobs, make: { index in
                let text = Data(project.text(of: sources[index]).utf8)
                return (name: "sources/\(sources[index].guid).txt", text: text, crc: CRC32.checksum(text))
            }, consume: { member in
                try archive.add(member.name, crc: member.crc, size: member.text.count, to: &out) { try $0.append(member.text) }
            })
            try archive.finish(to: &out)
        }
        try context.artifacts.addText("codebook.qdc", project.codebookXML(), by: Self.descriptor.id)
        context.summarize("refi-qda: project.qdpx with \(project.sources.count) sources, \(segments) coded segments, \(coding.codings.count) codings by \(project.users.count) coders; codebook.qdc with \(coding.codebook.entries.count) codes")
    }
}
