import Testing
@testable import ThematicCoding

@Suite("Stemmers and segmentation")
struct TextTests {
    @Test func stemsEnglishAndNorwegian() throws {
        let english = try Stemmer(language: "english")
        #expect(english.stem("supervising") == english.stem("supervised"))
        #expect(english.stem("motivation") == "motiv")
        let norwegian = try Stemmer(language: "norwegian")
        #expect(norwegian.stem("pasientene") == norwegian.stem("pasient"))
    }

    @Test func unknownLanguageListsAvailable() {
        #expect(throws: (any Error).self) { try Stemmer(language: "klingon") }
        do { _ = try Stemmer(language: "klingon") } catch { #expect(message(error).contains("norwegian")) }
    }

    @Test func sentencesSkipAbbreviationsAndInitials() {
        let text = "I asked Dr. Berg about it. She said no! Then J. Moe came… and left. e.g. this is one."
        let sentences = TextSegmenter.sentences(in: text).map { TextSegmenter.slice(text, $0) }
        #expect(sentences == ["I asked Dr. Berg about it.", "She said no!", "Then J. Moe came…", "and left.", "e.g. this is one."])
    }

    @Test func wordsKeepInnerApostrophesAndHyphens() {
        let words = TextSegmenter.words(in: "Don't e-resept -- 24/7, Øystein's").map(\.text)
        #expect(words == ["Don't", "e-resept", "24", "7", "Øystein's"])
        let offsets = TextSegmenter.words(in: "på sykehjem").map { [$0.start, $0.end] }
        #expect(offsets == [[0, 2], [3, 11]])
    }
}
