import Testing
@testable import ThematicCore

/// `MentionMatcher`, the one definition of a mention that the anonymizer replaces by and the leak gate refuses by.
@Suite("Mention matcher")
struct MentionMatcherTests {
    static let names = ["Per", "Else", "Line", "Max", "Francis", "Bo", "Liv"]
    static var matcher: MentionMatcher { MentionMatcher(names.map { ProtectedIdentifier($0, reference: $0, needsNameContext: true) }) }

    /// Each sentence says one of the names as a name (the name in «»).
    static let asNames = [
        "«Per» said we should try it.", "I asked «Per» about the rota.", "My colleague «Per» set it up.", "Thanks, «Per».",
        "«Per»'s idea was the tablet.", "«Per» sin bil sto ute.", "Jeg spurte «Per» om det.", "per sa at det gikk bra.".replacingOccurrences(of: "per", with: "«per»"),
        "«Else» told me to wait.", "We called «Else» in the evening.", "Hei «Else», kom inn.", "It was «Else»'s turn.",
        "«Line» said the alarm went off.", "Then «Line» and I went.", "kollega «Line» hjalp meg.", "«Line» sine barn var der.",
        "«Max» told me the password.", "I rang «Max» twice.", "«Max»'s team did it.",
        "«Francis» agreed with the plan.", "and «Francis» was there", "«Bo» mente det var lurt.", "Vi ringte «Bo» i går.",
        "«Liv» fortalte om det.", "Jeg og «Liv» tok vakta.", "so «Liv» said yes", "«Pers» bil sto ute.", "Hun tok «Lines» plass.", "«Liv» found out he had sailed.", "«Per» var den som kunne alt.", "«Else», she cried on the phone.",
        "«Max», he's the one who knows.", "it was «max» who found him", "okay that was all thank you «liv»", "Thank you, «Per».",
    ]
    /// Each sentence uses the same spellings as ordinary words.
    static let asWords = [
        "We train twice per week.", "Per week we see ten patients.", "It costs ten kroner per person.", "Per the rules we log it.",
        "Was anyone else present?", "Nobody else wanted it.", "Else we would have stopped.", "someone else's idea",
        "I drew the line there.", "Line managers decide.", "The phone line was down.", "on-line training",
        "Max two hours a day.", "We turned it up to max.", "the max setting", "Max. 5 per shift",
        "å bo hjemme lenge", "Bo hjemme er målet.", "hele livet", "Liv og helse er viktig.", "the lines were long", "Liv er kort.", "Line har to ender.",
        "Was there anyone else who came?", "someone else who knew", "I'd like to thank you per se.", "thank you else we stop",
    ]

    /// What the context rule finds of the names said as names, and of the words; the figures are in
    /// Docs/Anonymization.md ("Names that are also words").
    static func measure() -> (found: Int, names: Int, falseHits: Int, words: Int) {
        var found = 0
        var names = 0
        for sentence in asNames {
            let text = sentence.replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: "")
            let expected = sentence.components(separatedBy: "«").dropFirst().compactMap { $0.components(separatedBy: "»").first }
            let utf8 = Array(text.utf8)
            let mentioned = matcher.mentions(inText: text).map { String(decoding: utf8[$0.sourceStart..<$0.sourceEnd], as: UTF8.self) }
            names += expected.count
            found += expected.filter { name in mentioned.contains { $0.lowercased() == name.lowercased() || $0.lowercased() == name.lowercased() + "'s" } }.count
        }
        let falseHits = asWords.reduce(0) { $0 + matcher.mentions(inText: $1).count }
        return (found, names, falseHits, asWords.count)
    }

    @Test func namesThatAreWordsCountOnlyAsNames() {
        let figures = Self.measure()
        #expect(figures.falseHits == 0, "ordinary words taken for names: \(figures)")
        #expect(Double(figures.found) / Double(figures.names) >= 0.9, "names said as names missed: \(figures)")
    }

    @Test func theSameWordsInThematicsOwnTextAreNoNames() {
        for own in ["\"words_per_minute\" : 120", "Was anyone else present during the interviews?", "<line x1=\"0\" y1=\"1\"/>", "\"max\" : 3",
                    "<th>Francis 2010</th>"] {
            #expect(Self.matcher.mentions(in: LeakText.WordIndex(own)).filter { Self.names[$0.identifier] != "Francis" }.isEmpty, "\(own)")
        }
    }

    @Test func formsOfAName() {
        let matcher = MentionMatcher([ProtectedIdentifier("Kari Nordmann", reference: "p"), ProtectedIdentifier("Torgeir", reference: "t"),
                                      ProtectedIdentifier("Nordmann, Kari", reference: "r"), ProtectedIdentifier("kare@xn--blerskogen-f8a.no", reference: "e")])
        let cases: [(String, [String])] = [
            ("KARI NORDMANN came", ["p"]), ("kari nordmann came", ["p"]), ("Kari\nNordmann", ["p"]), ("Kari Nordmanns bil", ["p"]),
            ("Torgeir's the one", ["t"]), ("Torgeirs bil", ["t"]), ("the torgeir-style", ["t"]), ("To\u{AD}rgeir", ["t"]),
            ("Ｔｏｒｇｅｉｒ", ["t"]), ("Nordmann, Kari (nurse)", ["r"]), ("mail kare@xn--blerskogen-f8a.no today", ["e"]),
            ("Torgeirsen", []), ("Kari, Nordmann", []), ("Kari. Nordmann", ["p"]),
        ]
        for (text, expected) in cases {
            #expect(matcher.mentions(inText: text).map { matcher.identifiers[$0.identifier].reference } == expected, "\(text)")
        }
        // The genitive of a three-letter name only with its capital inside a sentence: "this" is no genitive of Thi.
        let short = MentionMatcher([ProtectedIdentifier("Thi Nguyen", reference: "n"), ProtectedIdentifier("Thi", reference: "n"),
                                    ProtectedIdentifier("Ola", reference: "o")])
        let shortCases: [(String, [String])] = [("I think this is fine", []), ("This is fine", []), ("Jeg lånte Olas bil", ["o"]), ("so Thi's idea", ["n"])]
        for (text, expected) in shortCases {
            #expect(short.mentions(inText: text).map { short.identifiers[$0.identifier].reference } == expected, "\(text)")
        }
        // NFD: the offsets cover the decomposed letters.
        let nfd = "Så Åse Lien kom".decomposedStringWithCanonicalMapping
        let found = MentionMatcher([ProtectedIdentifier("Åse Lien", reference: "a")]).mentions(inText: nfd)
        #expect(found.count == 1 && String(decoding: Array(nfd.utf8)[found[0].sourceStart..<found[0].sourceEnd], as: UTF8.self) == "Åse Lien".decomposedStringWithCanonicalMapping)
    }
}

extension MentionMatcherTests {
    /// Prints the figures Docs/Anonymization.md reports (`swift test --filter MentionMatcherTests`).
    @Test func reportsItsFigures() {
        let figures = Self.measure()
        print("names that are also words: \(figures.found) of \(figures.names) said as names found, \(figures.falseHits) hits in \(figures.words) ordinary uses")
    }
}
