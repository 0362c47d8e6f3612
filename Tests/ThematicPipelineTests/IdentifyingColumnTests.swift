import Foundation
import Testing
import ThematicCore
import ThematicPipeline
import ThematicTestSupport

/// Red-team 05: only a fixed list of column names counted as identifying, so "Participant name", "Fornavn" and
/// "Etternavn" were published as attributes. Column names are read as words now.
@Suite("Identifying columns")
struct IdentifyingColumnTests {
    @Test func columnsWhoseNamesSayTheyIdentifyAreFoundInEnglishAndNorwegian() {
        let identifying: [String: String] = [
            "Participant name": "person", "Fornavn": "person", "Etternavn": "person", "navn": "person", "participant_name": "person",
            "Forename": "person", "Surname": "person", "First name": "person", "last-name": "person", "Real name": "person",
            "Full Name": "person", "Kallenavn": "person", "email": "email", "E-mail": "email", "E-post": "email", "e_post": "email",
            "Epostadresse": "email", "Mobil": "phone", "Tlf": "phone", "Telefon": "phone", "Telefonnummer": "phone", "Mobile phone": "phone",
            "Phone": "phone", "Address": "address", "Adresse": "address", "Home address": "address", "Fødselsnummer": "national-id",
            "Date of birth": "date", "Fødselsdato": "date", "DOB": "date",
        ]
        for (column, type) in identifying { #expect(IdentifyingColumn.type(of: column) == type, "\(column)") }
        for column in ["Profession", "Age group", "Mobilitet", "Municipality", "Role", "Years in post", "Gender", "Ward", "Postal region"] {
            #expect(IdentifyingColumn.type(of: column) == nil, "\(column)")
        }
    }

    @Test func theStudyLoaderMovesThemToTheIdentifiers() throws {
        let folder = try TestSupport.temporaryDirectory()
        let study = """
            id: s
            title: S
            team:
              interviewers:
                - id: I1
            participants:
              - {id: P1, "Participant name": Torgeir Brattvoll, Fornavn: Torgeir, Etternavn: Brattvoll, E-post: t@example.no, profession: nurse}

            """
        let path = try TestSupport.write(study, to: "study.yaml", in: folder).path
        let loaded = try StudyLoader.load(path: path, displayName: "study.yaml").study
        #expect(loaded.participants[0].attributes == ["profession": "nurse"])
        #expect(Set(loaded.identifiers["person"] ?? []) == ["Torgeir Brattvoll", "Torgeir", "Brattvoll"])
        #expect(loaded.identifiers["email"] == ["t@example.no"])
    }
}
