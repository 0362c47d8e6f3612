/// US social security numbers: `123-45-6789`, with the rules the SSA never issues (area 000, 666 or 900–999, group
/// 00, serial 0000) refused.
struct USSocialSecurityRecognizer: Recognizer {
    var type: IdentifierType { .nationalID }
    static let triggering = ["my SSN is «051-71-2086».", "«570-08-5341» on the form"]
    static let nonTriggering = ["the code 12-345-6789 is", "the range 000-12-3456", "area 666-12-3456", "serial 123-00-4567"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        return DigitGroups.scan(text.bytes).compactMap { run in
            guard run.sizes == [3, 2, 4], run.separators == [0x2D, 0x2D], !run.plus, !run.parenthesisedFirst, !run.isGlued(text.bytes) else { return nil }
            let digits = run.digits(text.bytes)
            let area = Int(digits[0]) * 100 + Int(digits[1]) * 10 + Int(digits[2])
            guard area != 0, area != 666, area < 900, digits[3...4] != [0, 0], digits[5...8] != [0, 0, 0, 0] else { return nil }
            return text.candidate(bytes: run.range, type: .nationalID)
        }
    }
}
