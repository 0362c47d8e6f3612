import Foundation
import Testing
import ThematicCore
import ThematicIO
@testable import ThematicCoding

@Suite("Human coding import and agreement")
struct ImportAndAgreementTests {
    let book = codebook([("a", []), ("b", [])], unit: .sentence)
    let study = corpus([("I1", "Tell me."), ("P1", "First point here. Second point here. Third.")])

    func importCSV(_ rows: String) throws -> [CodedSegment] {
        try CodingImport.csv(Data(("interview,turn,start,end,code,coder\n" + rows).utf8), file: "human.csv", corpus: study, codebook: book)
    }

    @Test func importsCSVWithText() throws {
        let codings = try importCSV("P1,1,0,17,a,anna\nP1,1,18,36,b,ben\n")
        #expect(codings.map(\.text) == ["First point here.", "Second point here."])
    }

    /// A span that cuts a word (another tool's offsets) quotes the whole word: a cut-off piece ("irst") is a word the
    /// transcript never had, and could be one the leak gate protects. The offsets stay as imported.
    @Test func aSpanThatCutsAWordQuotesTheWholeWord() throws {
        let codings = try importCSV("P1,1,1,15,a,anna\n")
        #expect(codings.map(\.text) == ["First point here"] && codings[0].start == 1 && codings[0].end == 15)
    }

    @Test(arguments: [
        ("P1,1,0,17,zzz,anna", "human.csv:2", "unknown code 'zzz'"),
        ("P9,1,0,17,a,anna", "human.csv:2", "unknown interview 'P9'"),
        ("P1,5,0,17,a,anna", "human.csv:2", "turn '5' is not a turn of P1"),
        ("P1,1,10,5,a,anna", "human.csv:2", "are not a span"),
        ("P1,1,0,99,a,anna", "human.csv:2", "its text has 43 characters"),
        ("P1,1,0,17,a", "human.csv:2", "expected 6 fields"),
        ("P1,1,0,17,a,anna\nP1,1,0,17,a,anna", "human.csv:3", "duplicate coding (same as line 2)"),
    ])
    func rejectsBadRows(row: String, location: String, fragment: String) {
        #expect(throws: (any Error).self) { try importCSV(row) }
        do { _ = try importCSV(row) } catch {
            #expect(message(error).contains(location), "\(error)")
            #expect(message(error).contains(fragment), "\(error)")
        }
    }

    @Test func rejectsWrongHeader() {
        #expect(throws: (any Error).self) {
            try CodingImport.csv(Data("unit,coder,value\n".utf8), file: "human.csv", corpus: study, codebook: book)
        }
    }

    @Test func importsInlineMarkupSkippingEvents() throws {
        let content: [InlineNode] = [
            .text("We "), .element(InlineElement(name: "event", children: [.text("laughs")])),
            .text("started. "),
            .element(InlineElement(name: "coded", attributes: [Attribute("code", "a"), Attribute("coder", "anna")], children: [.text("The sensor helps.")])),
        ]
        let interview = Interview(id: "P1", participant: "P1", language: "en", turns: [Turn(index: 0, speaker: "P1", content: content, line: 7)], source: "P1.xml")
        let inline = Corpus(study: study.study, interviews: [interview])
        let codings = try CodingImport.inline(inline, codebook: book)
        #expect(codings.count == 1)
        #expect(codings.first?.start == 12 && codings.first?.end == 29)
        #expect(codings.first?.text == "The sensor helps.")

        var bad = interview
        bad.turns[0].content[3] = .element(InlineElement(name: "coded", attributes: [Attribute("code", "nope"), Attribute("coder", "anna")], children: [.text("x")]))
        #expect(throws: (any Error).self) { try CodingImport.inline(Corpus(study: study.study, interviews: [bad]), codebook: book) }
        do { _ = try CodingImport.inline(Corpus(study: study.study, interviews: [bad]), codebook: book) } catch {
            #expect(message(error).contains("P1.xml:7"))
        }
    }

    @Test func identicalCodersAgreeFully() throws {
        let codings = try importCSV("P1,1,0,17,a,anna\nP1,1,0,17,a,ben\nP1,1,18,36,b,anna\nP1,1,18,36,b,ben\n")
        let figures = try CodingAgreement.segmentUnits(codings, coders: ["anna", "ben"], corpus: study, codebook: book)
        #expect(figures.map(\.code) == ["a", "b", CodingAgreement.overall])
        for row in figures {
            #expect(row.percentAgreement.value == 1)
            #expect(row.cohenKappa.value == 1)
            #expect(row.krippendorffAlphaNominal.value == 1)
            #expect(row.krippendorffAlphaInterval.value == row.krippendorffAlphaNominal.value)
        }
        // 4 sentences in the interview: "Tell me." and the three in the participant's turn.
        #expect(figures[0].units == 4)
    }

    @Test func disagreementLowersAgreement() throws {
        // anna codes sentences 1 and 2 with a; ben codes only sentence 1. Units: 4 sentences.
        let codings = try importCSV("P1,1,0,17,a,anna\nP1,1,18,36,a,anna\nP1,1,0,17,a,ben\nP1,1,37,43,b,ben\n")
        let figures = try CodingAgreement.segmentUnits(codings, coders: ["anna", "ben"], corpus: study, codebook: book)
        let a = try #require(figures.first { $0.code == "a" })
        #expect(a.percentAgreement.value == 0.75)
        // Cohen: po = 0.75, pe = 0.5·0.25 + 0.5·0.75 = 0.5 → kappa 0.5.
        #expect(a.cohenKappa.value == 0.5)
        #expect(a.unitsCodedByAnyCoder == 2)
        let b = try #require(figures.first { $0.code == "b" })
        #expect(b.percentAgreement.value == 0.75)
    }

    @Test func overlapModeUsesShareOfUnion() throws {
        let codings = try importCSV("P1,1,0,17,a,anna\nP1,1,0,15,a,ben\nP1,1,18,36,b,anna\nP1,1,30,43,b,ben\n")
        let strict = CodingAgreement.segmentOverlap(codings, coders: ["anna", "ben"], threshold: 0.9, codebook: book)
        #expect(strict.map(\.code) == ["a", "b", CodingAgreement.overall])
        // Overlap 15 of a union of 17 characters is 0.88: below 0.9, above 0.8.
        #expect(strict[0].agreeingSegments == 0)
        let loose = CodingAgreement.segmentOverlap(codings, coders: ["anna", "ben"], threshold: 0.8, codebook: book)
        #expect(loose[0].agreeingSegments == 2 && loose[0].segments == 2)
        #expect(loose[1].agreeingSegments == 0)
        #expect(loose[2].percentAgreement.value == 0.5)
    }
}

/// What Thematic writes as CSV, its CSV readers read back as written, formula-like cells included.
@Suite("CSV round trip")
struct CSVRoundTripTests {
    @Test func theReaderTakesOffWhatTheWriterPutBeforeFormulas() throws {
        let rows = [["interview", "turn", "start", "end", "code", "coder"],
                    ["P1", "1", "0", "17", "a", "=cmd|' /C calc'!A0"],
                    ["P1", "1", "18", "36", "b", "-ben"],
                    ["P1", "1", "0", "5", "a", "'@anna"],
                    ["P1", "1", "0", "5", "b", "'plain"]]
        var writer = CSVWriter()
        for row in rows { writer.append(row) }
        #expect(!writer.text.contains("\n=") && !writer.text.contains(",=") && !writer.text.contains(",-b"))
        #expect(try CSVReader.rows(writer.text, file: "coder.csv").map(\.fields) == rows)
        // The human-coding import reads the file as the coders wrote it.
        let codings = try CodingImport.csv(Data(writer.text.utf8), file: "coder.csv", corpus: corpus([("I1", "Tell me."), ("P1", "First point here. Second point here. Third.")]),
                                           codebook: codebook([("a", []), ("b", [])]))
        #expect(Set(codings.map(\.coder)) == ["=cmd|' /C calc'!A0", "-ben", "'@anna", "'plain"])
    }
}
