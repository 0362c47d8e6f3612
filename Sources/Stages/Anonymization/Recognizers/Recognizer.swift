/// Finds one kind of identifier in a text.
///
/// Each recognizer is a small scanner over tokens, with examples that must and must not trigger (its tests run them),
/// in the spirit of SwiftLint's rule examples.
protocol Recognizer: Sendable {
    /// The type it reports.
    var type: IdentifierType { get }
    /// Texts in which it must find something (the identifier is the part in «guillemets»).
    static var triggering: [String] { get }
    /// Texts in which it must find nothing.
    static var nonTriggering: [String] { get }
    /// Candidates in a text.
    func candidates(in text: TextView) -> [Candidate]
    /// Whether it reads texts of a language (every language unless it says otherwise; the safety nets need one in
    /// which capitals mark names).
    func applies(to language: LanguageCues) -> Bool
}

extension Recognizer {
    func applies(to language: LanguageCues) -> Bool { true }
}

/// Every recognizer, in the order they run (overlaps are resolved afterwards, longest first).
let allRecognizers: [any Recognizer] = [
    EmailRecognizer(), URLRecognizer(), NationalIDRecognizer(), USSocialSecurityRecognizer(), NHSNumberRecognizer(), PaymentCardRecognizer(), IBANRecognizer(), IdentifierCueRecognizer(), DictatedCodeRecognizer(), SerialCodeRecognizer(), RoomNumberRecognizer(), VehiclePlateRecognizer(), ShortYearCaseNumberRecognizer(),
    IPAddressRecognizer(), PhoneRecognizer(), PhoneFormatsRecognizer(), PhoneCueRecognizer(), PhoneWordsRecognizer(), ExtensionNumberRecognizer(), DateRecognizer(), AddressRecognizer(), StreetNameInSpeechRecognizer(), PostcodeRecognizer(),
    WorkplaceRecognizer(), OrganisationRecognizer(), SupplierNameRecognizer(), CareUnitRecognizer(), CompanyFormInSpeechRecognizer(), NamedHospitalRecognizer(), SaintNameRecognizer(), PersonRecognizer(), NameBeforeNamingVerbRecognizer(), SpokenTitleRecognizer(), SpeakerNameRecognizer(), CalledByNameRecognizer(), NameThatIsAWordRecognizer(), DictionaryNameInSpeechRecognizer(), PlaceRecognizer(), RegionRecognizer(), DistrictRecognizer(), AgeRecognizer(), OldAgeInYearsRecognizer(), RestatedAgeRecognizer(), UnknownNameRecognizer(), UnknownPlaceRecognizer(),
]
