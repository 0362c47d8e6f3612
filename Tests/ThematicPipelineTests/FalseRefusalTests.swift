import Foundation
import Testing
import ThematicTestSupport

/// Shapes of real transcripts the leak gate refused although nothing identifying was left (texts ours): each publishes,
/// and the names the study lists are gone.
@Suite("No false refusals on real transcripts' shapes")
struct FalseRefusalTests {
    /// A Danish transcript with its speakers' names listed: "der hedder e-mail" names a thing, not a person, so
    /// "e-mail" is not protected (the report's COREQ text says "e-mail" too).
    @Test func aThingNamedAfterANamingVerbIsNoPerson() throws {
        let out = try MentionTests.run(identifiers: "  person: [Sigrun, Albrecht]\n", transcripts: ["P01": [
            "Sigrun: Så kan jeg se, at der er en, der hedder e-mail. Det virker oplagt.",
            "Og der er to, der hedder noget med mail, og jeg skriver til Albrecht.",
        ]]).get()
        let published = try MentionTests.published(out)
        for (path, text) in published { #expect(!text.contains("Sigrun") && !text.contains("Albrecht"), "\(path)") }
        #expect(published["anonymized/P01.xml"]?.contains("hedder e-mail") == true)
    }

    /// A line in capitals with a year and its case ending ("2020-AS") is no serial number, so the same year in lower
    /// case elsewhere ("2020-as") does not stop the run.
    @Test func aYearWithACaseEndingIsNoCode() throws {
        let out = try MentionTests.run(identifiers: "  person: [Ilona Vadász]\n", transcripts: ["P01": [
            "A 2020-AS ÉS 2021-ES SZÁMOK, MAJD-2026-BAN ÚJRA.", "2020-as és 2021-es stat, hivatalos. Ilona Vadász írta.",
        ]]).get()
        let published = try MentionTests.published(out)
        #expect(published["anonymized/P01.xml"]?.contains("2020-as és 2021-es") == true)
        for (path, text) in published { #expect(!text.contains("Vadász"), "\(path)") }
    }

    /// `make bench`'s refusal: the company "Brokvane AS" found in one turn, "Brokvane." before an event and "As" in
    /// another; keywords in context joined them into "Brokvane As". The name alone is replaced, and windows keep what
    /// separated their words.
    @Test func aCompanysNameAloneAndAWindowAcrossAnEventPublish() throws {
        let out = try MentionTests.run(identifiers: "  person: [Ilona Vadász]\n", transcripts: ["P01": [
            "We bought the alarms from Brokvane AS last year.",
            "It was Brokvane. <event>laughs</event> As I said, the supplier was slow.",
        ]], stages: "[anonymization, {stage: keywords-in-context, options: {keywords: [supplier]}}]").get()
        let published = try MentionTests.published(out)
        for (path, text) in published { #expect(!text.lowercased().contains("brokvane"), "\(path)") }
    }
}
