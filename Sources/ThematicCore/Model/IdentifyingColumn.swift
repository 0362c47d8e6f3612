import Foundation

/// Whether a participant attribute column holds identifiers, by what its name says: `Participant name`, `Fornavn`,
/// `E-post`, `Mobil`, `Home address`, `Date of birth`. The study loader moves the values of such columns to the
/// study's identifiers (so anonymization replaces them and the leak gate blocks them) and `thematic import` writes
/// them there in the first place; neither ever publishes them as attributes.
///
/// A column name is read as words (split at anything that is not a letter or digit, in lower case, `ø` as `o`); it is
/// identifying when a word, two neighbouring words or all of them written together (`first name`, `e post`,
/// `date of birth`) is in a list below
/// or ends in one of the name suffixes (`surname`, `etternavn`, `kallenavn`). When in doubt a column counts as
/// identifying: one more attribute left out of the descriptives costs less than one name published.
public enum IdentifyingColumn {
    /// The identifier type (`person`, `email`, `phone`, `address`, `national-id`, `date`) of a column called `name`,
    /// or nil when its name says nothing identifying.
    public static func type(of name: String) -> String? {
        let words = Self.words(name)
        guard !words.isEmpty else { return nil }
        var candidates = words
        for index in words.indices.dropLast() { candidates.append(words[index] + words[index + 1]) }
        if words.count > 2 { candidates.append(words.joined()) }
        // The more specific kinds first: `epostadresse` is an e-mail, `navn_og_adresse` a name.
        for (type, test) in kinds {
            if candidates.contains(where: test) { return type }
        }
        return nil
    }

    /// Lower-case words of a column name, Norwegian letters folded (`fødselsnummer` → `fodselsnummer`).
    static func words(_ name: String) -> [String] {
        let folded = name.lowercased().replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "å", with: "a")
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static let kinds: [(String, @Sendable (String) -> Bool)] = [
        ("email", { email.contains($0) || $0.hasPrefix("epost") || $0.hasSuffix("email") }),
        ("phone", { phone.contains($0) || $0.hasPrefix("telefon") }),
        ("national-id", { nationalID.contains($0) }),
        ("date", { birthDate.contains($0) }),
        ("person", { person.contains($0) || $0.hasSuffix("name") || $0.hasSuffix("navn") }),
        ("address", { address.contains($0) || $0.hasSuffix("address") || $0.hasSuffix("adresse") }),
    ]

    private static let person: Set<String> = [
        "name", "names", "navn", "fornavn", "etternavn", "mellomnavn", "forename", "surname", "firstname", "lastname",
        "fullname", "givenname", "familyname", "realname", "nickname", "initials", "initialer", "signature",
    ]
    private static let email: Set<String> = ["email", "emails", "mail", "epost", "emailaddress", "mailadresse"]
    private static let phone: Set<String> = [
        "phone", "telephone", "cellphone", "mobilephone", "phonenumber", "tlf", "tlfnr", "mobile", "mobil", "mobilnr", "mobilnummer",
        "mobiltelefon",
    ]
    private static let address: Set<String> = ["address", "adresse", "street", "streetaddress", "homeaddress", "gateadresse", "postadresse"]
    private static let nationalID: Set<String> = [
        "nationalid", "fnr", "fodselsnummer", "personnummer", "ssn", "personnr", "socialsecurity", "socialsecuritynumber",
    ]
    private static let birthDate: Set<String> = ["birthdate", "dateofbirth", "dob", "fodselsdato", "birthday", "fodt"]
}
