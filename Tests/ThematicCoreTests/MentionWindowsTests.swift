import Testing
@testable import ThematicCore

/// The leak gate reads only the windows of a text where a mention could start (`MentionMatcher.windows`); it must find
/// exactly what reading every line finds.
@Suite("Mention windows")
struct MentionWindowsTests {
    static let matcher = MentionMatcher([
        ProtectedIdentifier("Kari Nordmann", reference: "person-1"),
        ProtectedIdentifier("Nordmann", reference: "person-1"),
        ProtectedIdentifier("Dikema Kjetil Sande", reference: "person-2"),
        ProtectedIdentifier("Svanhild", reference: "person-3"),
        ProtectedIdentifier("Åse", reference: "person-4"),
        ProtectedIdentifier("Per", reference: "study: person #1", needsNameContext: true),
        ProtectedIdentifier("Nordmann, Kari", reference: "person-5"),
        ProtectedIdentifier("Storgata 14, 7600 Levanger", reference: "address-1"),
        ProtectedIdentifier("12345678901", reference: "national-id-1"),
        ProtectedIdentifier("Ada", reference: "person-6"),
    ])

    /// Pieces a text is made of: the identifiers' words in several spellings, words that only start one, name cues,
    /// escapes, non-ASCII, digits, UUIDs and every kind of separator, line breaks most of all.
    static let pieces = [
        "Kari", "kari", "Nordmann", "NORDMANN", "Nordmanns", "Dikema", "dikema", "Kjetil", "Sande", "Svanhilds", "Svanhild's",
        "Åse", "&#197;se", "&Aring;se", "\\u00c5se", "%C3%85se", "Per", "per", "said", "asked", "colleague", "week", "else",
        "Storgata", "14", "7600", "Levanger", "123", "456", "78901", "12345678901", "+47", "Ada", "ada", "9c1d0e2f-bebe-5a3b-ada0-0123456789ab",
        "the", "alarm", "Kari\u{AD}Nordmann", "Ｋａｒｉ", "ｎｏｒｄｍａｎｎ", "naïve", "café",
        " ", " ", " ", "\n", "\n", "\n", "\n\n", ", ", ". ", "'", "-", "\"", ": ", "? ", "&amp; ", "\\n", "\t", "<p>", "</p>",
    ]

    /// A text of `count` pieces from a seeded generator.
    static func text(seed: UInt64, count: Int) -> String {
        var state = seed
        var text = ""
        for _ in 0..<count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            if (state >> 20) & 3 == 0 { text += " " }
        }
        return text
    }

    @Test("windows find what the whole text finds", arguments: 0..<300)
    func sameFindings(seed: Int) {
        let text = Self.text(seed: UInt64(seed), count: 20 + seed % 60)
        let windowed = Self.matcher.findWhole(in: text, ownWording: [])
        let whole = Self.matcher.findWhole(in: text, ownWording: [], readingEveryLine: true)
        #expect(windowed.map { "\($0.line)|\($0.reference)" } == whole.map { "\($0.line)|\($0.reference)" }, "\(text.debugDescription)")
        // A transcript's text, read as it is: the anonymizer's look-up skips texts holding no word a mention starts with.
        #expect(Self.matcher.mentions(inText: text) == Self.matcher.mentions(in: LeakText.WordIndex(text, unescaping: false)), "\(text.debugDescription)")
        let ascii = String(decoding: text.utf8.filter { $0 < 0x80 }, as: UTF8.self)
        #expect(Self.matcher.mentions(inText: ascii) == Self.matcher.mentions(in: LeakText.WordIndex(ascii, unescaping: false)), "\(ascii.debugDescription)")
    }

    @Test("the generated texts hold mentions, and lines the windows leave out")
    func generatedTextsExerciseBoth() {
        var findings = 0
        var textsWithLinesLeftOut = 0
        for seed in 0..<300 {
            var text = Self.text(seed: UInt64(seed), count: 20 + seed % 60)
            findings += Self.matcher.findWhole(in: text, ownWording: [], readingEveryLine: true).count
            let lines = text.utf8.count { $0 == 0x0A } + 1
            text.withUTF8 { bytes in
                var starts = [0], ends: [Int] = []
                for (offset, byte) in bytes.enumerated() where byte == 0x0A { ends.append(offset); starts.append(offset + 1) }
                ends.append(bytes.count)
                let read = Self.matcher.windows(in: bytes, lineStarts: starts, lineEnds: ends).reduce(0) { $0 + $1.count }
                if read < lines { textsWithLinesLeftOut += 1 }
            }
        }
        #expect(findings > 300)
        #expect(textsWithLinesLeftOut > 30)
    }

    @Test("a name over lines, and a name's context from the line before")
    func acrossLines() {
        for text in ["filler\nfiller\nKari\n\nNordmann\nfiller", "nothing here.\nPer said so", "a word\nPer said so", "Storgata 14,\n7600 Levanger",
                     "x\ny\nDikema\nKjetil\n\nSande", "line one\nline two\n12 34 56 78 901", "\n\n\nPer\n\n"] {
            let windowed = Self.matcher.findWhole(in: text, ownWording: [])
            let whole = Self.matcher.findWhole(in: text, ownWording: [], readingEveryLine: true)
            #expect(windowed.map { "\($0.line)|\($0.reference)" } == whole.map { "\($0.line)|\($0.reference)" }, "\(text.debugDescription)")
        }
        #expect(Self.matcher.findWhole(in: "filler\nfiller\nKari\n\nNordmann\nfiller", ownWording: []).map(\.line) == [3, 5])
    }

    @Test("lines holding no word an identifier starts with are not read")
    func skipsLines() {
        let text = "nothing\nto see\nhere\nKari Nordmann\nor here\nand here\nand there too\nDikema\nKjetil\nSande was here\nend"
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var starts = [0], ends: [Int] = []
            for (offset, byte) in bytes.enumerated() where byte == 0x0A { ends.append(offset); starts.append(offset + 1) }
            ends.append(bytes.count)
            #expect(Self.matcher.windows(in: bytes, lineStarts: starts, lineEnds: ends) == [3..<6, 7..<10])
        }
    }
}
