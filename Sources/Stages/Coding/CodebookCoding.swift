import Foundation
import ThematicCoding
import ThematicCore
import ThematicModel

/// Applies a codebook to the transcripts: rule-based autocoding, human coding imported from CSV and from inline
/// `<coded>` markup, code frequencies, and agreement between coders.
public struct CodebookCoding: Stage {
    public static let descriptor = StageDescriptor(
        id: "coding",
        version: "1.0.0",
        summary: "Codebook autocoding, human-coding import, code frequencies and inter-coder agreement.",
        discussion: """
            The codebook (YAML; format in Docs/Codebook.md) nests codes under sub-themes under themes. Rules match \
            words by Snowball stem (English, Norwegian, …), prefixes (word*), phrases ("…"), regular expressions \
            (/…/), proximity (a NEAR/5 b) and AND / OR / NOT; all rules are compiled into one matcher that reads \
            each unit once. Autocoding assigns codes to whole units (sentences or turns, as the codebook says) with \
            coder id 'auto'. Human coding comes from CSV files (interview,turn,start,end,code,coder; offsets in \
            Unicode scalars into the turn's spoken text, end exclusive) and from <coded code coder> markup. \
            Agreement between coders: percent agreement, Cohen's kappa (two coders), Fleiss' kappa (complete data) \
            and Krippendorff's alpha (nominal) on segment units per code and pooled, plus MAXQDA-style segment \
            overlap. Frequencies are descriptions of where codes were applied, not measures of importance.
            """,
        options: [codebook.spec, autocode.spec, imports.spec, inline.spec, offsets.spec, analysisCoders.spec, agreementCoders.spec, overlap.spec],
        reads: [Products.corpus],
        writes: [Products.codebook, Products.codings, Products.agreement],
        readsIfMade: [Products.textReplacements, Products.renamedInterviews],
        artifacts: [ArtifactDeclaration("codings.json", carriesTranscriptText: true), ArtifactDeclaration("codings.csv", carriesTranscriptText: true),
                    "code-frequencies.json", "code-frequencies.csv", "agreement.json"],
        coreq: [24: "codings.json (coders) and agreement.json", 25: "the codebook's themes, sub-themes and codes (codings.json)"]
    )

    static let codebook = StageOption<String>(file: "codebook", default: "codebook.yaml", help: "The codebook, relative to the pipeline file.")
    static let autocode = StageOption<Bool>("autocode", default: true, help: "Apply the codebook's rules (coder 'auto').")
    static let imports = StageOption<[String]>(files: "import", default: [], help: "Human-coding CSV files to import, relative to the pipeline file.")
    static let inline = StageOption<Bool>("inline", default: true, help: "Import <coded> markup found in the transcripts.")
    static let offsets = StageOption<Offsets>("offsets", default: .original,
                                              help: "What imported CSV offsets refer to: the original transcripts the coders saw (carried through the anonymization's replacements) or the anonymized text.")
    static let analysisCoders = StageOption<[String]>("analysis-coders", default: [],
                                                      help: "Coders whose codings later stages (themes, saturation) use; all coders when empty.")
    static let agreementCoders = StageOption<[String]>("agreement-coders", default: [], help: "Coders compared for agreement; all coders when empty.")
    static let overlap = StageOption<Double>("overlap", default: 0.9, in: 0.01...1,
                                             help: "Segment-overlap mode: the share of two segments' union their overlap must cover to agree.")

    /// What the offsets of imported coding files refer to.
    enum Offsets: String, OptionChoice {
        case original, anonymized
    }

    let codebookPath: String
    let autocode: Bool
    private let imports: [String]
    private let offsetsInOriginal: Bool
    private let inline: Bool
    private let analysisCoders: [String]
    private let agreementCoders: [String]
    private let overlap: Double

    public init(options: StageOptions) throws {
        codebookPath = options[Self.codebook]
        autocode = options[Self.autocode]
        imports = options[Self.imports]
        offsetsInOriginal = options[Self.offsets] == .original
        inline = options[Self.inline]
        analysisCoders = options[Self.analysisCoders]
        agreementCoders = options[Self.agreementCoders]
        overlap = options[Self.overlap]
    }

    public func run(in context: StageContext) throws {
        let codebook = try CodebookLoader.parse(try context.inputFile(codebookPath, what: "codebook")!, file: codebookPath)
        let corpus = try context.read(Products.corpus)
        let meter = context.meter("autocoding", total: corpus.interviews.count)
        // Chunk by chunk into a store on disk: a large study's codings are never all in memory.
        let store = try CodingStore(in: context.scratchFolder)
        if autocode { try Autocoder(codebook: codebook).code(corpus.interviews, jobs: context.jobs, meter: meter) { try store.append($0) } }
        try complete(autocoded: store.list(), in: context)
    }

    /// Everything after autocoding, which runs here or in shards: imported and inline codings, the products, the
    /// artifacts and the summary.
    func complete(autocoded: CodingList, in context: StageContext) throws {
        let written = try CodebookLoader.parse(try context.inputFile(codebookPath, what: "codebook")!, file: codebookPath)
        let corpus = try context.read(Products.corpus)

        var imported: [CodedSegment] = []
        let renamed = try context.readIfMade(Products.renamedInterviews) ?? [:]
        for file in imports {
            let data = try context.inputFile(file, what: "coding file")!
            // Without an anonymization stage the two kinds of offsets are the same.
            let replacements = offsetsInOriginal ? try context.readIfMade(Products.textReplacements) : nil
            imported += try CodingImport.csv(data, file: file, corpus: corpus, codebook: written, original: replacements, renamed: renamed)
        }
        // One coding is one fact: the same table named twice (`coding/a.csv` and `./coding/a.csv`, or a copy) doubled
        // its coder's codings and skewed agreement, while one inline mark anywhere (whose merge below takes a set)
        // made them count once. Kept in the order read, so the artifacts' order does not change.
        var seen = Set<CodedSegment>()
        imported = imported.filter { seen.insert($0).inserted }
        let marked = inline ? try CodingImport.inline(corpus, codebook: written, jobs: context.jobs) : []
        var codings = autocoded
        // Human coding (imported files, inline markup) joins the autocodings in memory: it is the size people code.
        if !imported.isEmpty || !marked.isEmpty {
            var all = Array(autocoded) + imported
            let beforeInline = all.count
            all += marked
            // Autocoding yields each (unit, code) once, in order; only imported codings can repeat or interleave.
            if all.count > beforeInline { all = Array(Set(all)).sorted() }
            codings = CodingList(all)
        }
        // Codings are read and checked by the ids the codebook was written with, then published by its redacted ones.
        let redaction = try published(written, corpus: corpus, in: context)
        let codebook = redaction?.codebook ?? written
        if let renamed = redaction?.renamedIDs, !renamed.isEmpty {
            codings = try Self.renaming(codes: renamed, in: codings, scratch: context.scratchFolder)
        }

        let perCoderCount = codings.countsByCoder
        let present = perCoderCount.keys.sorted()
        let analysed = try chosen(analysisCoders, from: present, option: "analysis-coders")
        let compared = try chosen(agreementCoders, from: present, option: "agreement-coders")
        let result = CodingResult(codebook: codebook, codings: codings, analysisCoders: analysed)
        try context.put(codebook, for: Products.codebook)
        try context.put(result, for: Products.codings)

        let id = Self.descriptor.id
        // Every coding of the study, written as it is made (spliced in element by element rather than through one
        // encoder's tree of it all).
        let file = CodingsFile(codebook: codebookPath, unit: codebook.unit.rawValue, coders: present, analysisCoders: analysed, codings: [])
        try context.artifacts.addStreamed("codings.json", by: id) { out in
            try CanonicalJSON.write(file, splicing: codings, as: "codings", jobs: context.jobs, to: &out)
        }
        try context.artifacts.addStreamed("codings.csv", by: id) { out in try Self.writeCSV(codings, to: &out, jobs: context.jobs) }
        let frequencies = CodeFrequencies(codings: result.analysed, corpus: corpus, codebook: codebook, coders: analysed, jobs: context.jobs)
        try context.artifacts.addStreamed("code-frequencies.json", by: id) { try frequencies.writeJSON(to: &$0, jobs: context.jobs) }
        try context.artifacts.addStreamed("code-frequencies.csv", by: id) { try frequencies.writeCSV(to: &$0, jobs: context.jobs) }
        let agreement = try agreement(codings, coders: compared, corpus: corpus, codebook: codebook)
        try context.put(agreement.summary, for: Products.agreement)
        try context.artifacts.addJSON("agreement.json", agreement, by: id)

        let perCoder = present.map { coder in "\(coder) \(perCoderCount[coder]!)" }.joined(separator: ", ")
        context.summarize("coding: \(codings.count) codings (\(perCoder.isEmpty ? "none" : perCoder)) with \(frequencies.codeCount) of \(codebook.entries.count) codebook entries\(Self.redactionNote(redaction))")
    }

    private func chosen(_ requested: [String], from present: [String], option: String) throws -> [String] {
        guard !requested.isEmpty else { return present }
        let missing = requested.filter { !present.contains($0) }
        guard missing.isEmpty else {
            throw Diagnostic("stage 'coding': option '\(option)' names coders with no codings: \(missing.joined(separator: ", ")) (coders: \(present.joined(separator: ", ")))")
        }
        return requested
    }

    private func agreement(_ listed: CodingList, coders: [String], corpus: Corpus, codebook: Codebook) throws -> AgreementFile {
        guard coders.count >= 2 else {
            return AgreementFile(coders: coders, unit: codebook.unit.rawValue, overlapThreshold: overlap,
                                 note: "agreement needs codings from at least two coders", segmentUnits: [], segmentOverlap: [])
        }
        // Agreement needs two coders, so human coding, which is in memory already.
        let codings = Array(listed)
        return AgreementFile(
            coders: coders, unit: codebook.unit.rawValue, overlapThreshold: overlap,
            note: "Units are the codebook's \(codebook.unit.rawValue)s of interviews coded by two or more of the coders; a coder's value is 1 when they coded the unit with the code.",
            segmentUnits: try CodingAgreement.segmentUnits(codings, coders: coders, corpus: corpus, codebook: codebook),
            segmentOverlap: CodingAgreement.segmentOverlap(codings, coders: coders, threshold: overlap, codebook: codebook))
    }

    /// `codings.csv`, a few thousand rows at a time, made on `jobs` threads.
    static func writeCSV(_ codings: CodingList, to out: inout ArtifactWriter, jobs: Int = 1) throws {
        try out.append(CSVWriter(header: ["interview", "turn", "start", "end", "code", "coder", "text"]).text.utf8)
        let block = 2048
        try out.appendText(count: (codings.count + block - 1) / block, jobs: jobs) { number in
            var writer = CSVWriter()
            for coding in codings[(number * block)..<min(codings.count, (number + 1) * block)] {
                writer.append([coding.interview, String(coding.turn), String(coding.start), String(coding.end), coding.code, coding.coder, coding.text])
            }
            return writer.take()
        }
    }
}

/// `codings.json`.
struct CodingsFile: Encodable {
    var codebook: String
    var unit: String
    var coders: [String]
    var analysisCoders: [String]
    var codings: [CodedSegment]
}

/// `agreement.json`.
struct AgreementFile: Encodable {
    var coders: [String]
    var unit: String
    var overlapThreshold: Double
    var note: String
    var segmentUnits: [CodingAgreement.UnitFigures]
    var segmentOverlap: [CodingAgreement.OverlapFigures]
}

extension AgreementFile {
    /// The typed product later stages read (the report).
    var summary: AgreementSummary {
        AgreementSummary(
            coders: coders, note: note, overlapThreshold: overlapThreshold,
            units: segmentUnits.map {
                AgreementSummary.Units(code: $0.code, units: $0.units, unitsCodedByAnyCoder: $0.unitsCodedByAnyCoder, percentAgreement: $0.percentAgreement.value,
                                       cohenKappa: $0.cohenKappa.value, fleissKappa: $0.fleissKappa.value, krippendorffAlphaNominal: $0.krippendorffAlphaNominal.value)
            },
            overlaps: segmentOverlap.map {
                AgreementSummary.Overlap(coders: $0.coders, code: $0.code, agreeingSegments: $0.agreeingSegments, segments: $0.segments,
                                         percentAgreement: $0.percentAgreement.value)
            })
    }
}
