import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import ThematicCoding

/// A diagnostic quotes at most `Diagnostic.quoteLimit` characters of the input it is about: a 60 KB rule, key or
/// code id makes a one-line message, not 60 KB on the terminal.
@Suite("Long input in messages")
struct LongQuoteTests {
    static let long = String(repeating: "overtime", count: 7_500)  // 60,000 characters

    func codebook(rule: String, themeID: String = "t") -> String {
        """
        languages: [english]
        themes:
          - {id: \(String(reflecting: themeID)), name: T}
        sub-themes:
          - {id: s, name: S, parent: t}
        codes:
          - id: c
            name: C
            parent: s
            rules:
              - \(String(reflecting: rule))

        """
    }

    func message(_ yaml: String) -> String {
        do {
            _ = try Autocoder(codebook: try CodebookLoader.parse(Data(yaml.utf8), file: "codebook.yaml"))
            return "accepted"
        } catch {
            return TestSupport.message(of: error)
        }
    }

    @Test(arguments: [
        ("an invalid regular expression", "/(\(long)/", "regular expression"),
        ("a word that is not a word", "\(long)!", "is not a word"),
        ("an unknown operator", "\(long) NEAR/x word", "NEAR"),
    ])
    func aLongRuleIsQuotedShort(_ name: String, _ rule: String, _ mentions: String) {
        let text = message(codebook(rule: rule))
        #expect(text.contains("codebook.yaml:"), "\(name): \(text.prefix(300))")
        #expect(text.contains(mentions), "\(name): \(text.prefix(300))")
        #expect(text.contains("…"), "\(name): \(text.prefix(300))")
        #expect(text.count < 400, "\(name): a message of \(text.count) characters")
    }

    @Test func aLongIdIsQuotedShort() {
        let text = message(codebook(rule: "overtime", themeID: Self.long + " x"))
        #expect(text.contains("id 'overtimeovertime"), "\(text.prefix(300))")
        #expect(text.count < 600, "a message of \(text.count) characters: \(text.replacingOccurrences(of: Self.long, with: "<LONG>"))")
    }

    @Test func quotingKeepsShortInputWholeAndCutsLongInput() {
        #expect(Diagnostic.quote("Kari") == "Kari")
        let exact = String(repeating: "a", count: Diagnostic.quoteLimit)
        #expect(Diagnostic.quote(exact) == exact)
        let cut = Diagnostic.quote(exact + "b")
        #expect(cut.count == Diagnostic.quoteLimit && cut.hasSuffix("a…"))
        // Line breaks and terminal escapes in quoted input do not break the message's line or drive the terminal.
        #expect(Diagnostic.quote("a\nb\u{1B}[31m") == "a\u{FFFD}b\u{FFFD}[31m")
        #expect("id '\(quoting: Self.long)'".count == Diagnostic.quoteLimit + 5)
    }
}
