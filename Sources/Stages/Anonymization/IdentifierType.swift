/// The kinds of identifier the stage finds and replaces.
public enum IdentifierType: String, CaseIterable, Codable, Sendable, Comparable {
    case person
    case place
    case address
    case workplace
    case date
    case phone
    case email
    case nationalID = "national-id"
    case cardNumber = "card-number"
    case accountNumber = "account-number"
    case ipAddress = "ip-address"
    case postcode
    case organisation
    case age
    case url
    case other

    /// The word used in bracketed labels: `[person 3]`, `[national ID 1]`.
    var labelName: String {
        switch self {
        case .nationalID: "national ID"
        case .email: "e-mail"
        case .url: "URL"
        case .cardNumber: "card number"
        case .accountNumber: "account number"
        case .ipAddress: "IP address"
        case .other: "identifier"
        default: rawValue
        }
    }

    /// Which type wins when two recognizers claim overlapping text of the same length.
    var precedence: Int {
        switch self {
        case .email: 0
        case .url: 1
        case .accountNumber: 2
        case .cardNumber: 2
        case .ipAddress: 2
        case .nationalID: 2
        case .phone: 3
        case .date: 4
        case .address: 5
        case .postcode: 5
        case .workplace: 6
        case .organisation: 6
        case .person: 7
        case .place: 8
        case .age: 9
        case .other: 10
        }
    }

    /// The type for a key of the study's `identifiers` map (`person`, `people`, `place`, `workplace`, …).
    init(studyKey: String) {
        switch studyKey.lowercased() {
        case "person", "people", "persons", "name", "names": self = .person
        case "place", "places", "municipality", "municipalities", "location", "locations": self = .place
        case "workplace", "workplaces", "organisation", "organisations", "organization", "organizations", "org": self = .workplace
        case "address", "addresses": self = .address
        default: self = IdentifierType(rawValue: studyKey.lowercased()) ?? .other
        }
    }

    public static func < (lhs: IdentifierType, rhs: IdentifierType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A stretch of tokens a recognizer believes is an identifier.
struct Candidate: Sendable {
    /// First and last token (inclusive).
    var first: Int
    var last: Int
    var type: IdentifierType
    /// Low-confidence hits are replaced too (recall first) but listed in the key file for review.
    var confident: Bool = true
    /// Why, for the review list ("ambiguous name with context", …).
    var reason: String = ""
    /// Whether the text is looked for across the study (and protected by the leak gate); false for guesses no
    /// gazetteer backs.
    var propagates: Bool = true
    /// Whether a multi-word name's first and last words are also looked for on their own (false for guessed names:
    /// "Rebaso Ingvild" is looked for as a whole only).
    var linksParts: Bool = true
}
