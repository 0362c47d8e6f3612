import Foundation
import Testing
@testable import AnonymizationStage

/// The bundled lists are read as bytes (every `thematic` process reads them before its first transcript); these pin
/// what a line of a list is, so a faster reader cannot quietly change an entry.
@Suite("Bundled list entries")
struct GazetteerListTests {
    @Test func aLineIsTrimmedAndCommentsAndBlankLinesAreLeftOut() {
        let text = "# first names\nKari\n  Ola Nordmann \t\n\n   \n#Per\nÅse\r\nSiv-Mari\nlast"
        #expect(Gazetteer.entries(of: Data(text.utf8)) == ["Kari", "Ola Nordmann", "Åse", "Siv-Mari", "last"])
    }

    @Test func anEmptyListHasNoEntries() {
        #expect(Gazetteer.entries(of: Data()).isEmpty)
        #expect(Gazetteer.entries(of: Data("\n\n# only a comment\n".utf8)).isEmpty)
    }

    @Test func theBundledListsReadAsTheyDidLineByLine() throws {
        // Every list the gazetteer reads (the reader trims only ASCII blanks and decodes leniently, where the line-by-line
        // reading trimmed Unicode blanks and refused invalid UTF-8): a list edited with a no-break space at a line's end
        // or saved in Latin-1 shows here, not as an entry that silently never matches.
        for name in ["english-words", "world-cities", "surnames", "first-names", "subdivisions", "common-word-names", "municipality-counties",
                     "proper-adjectives", "places", "countries", "common-word-places"] {
            let url = try #require(Gazetteer.bundledListURL(name))
            let text = try String(contentsOf: url, encoding: .utf8)
            let lineByLine = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            #expect(Gazetteer.entries(of: try Data(contentsOf: url)) == lineByLine, "\(name)")
        }
    }
}
