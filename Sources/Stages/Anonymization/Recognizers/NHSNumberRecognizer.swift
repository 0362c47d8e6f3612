/// UK NHS numbers: ten digits, usually written 3-3-4 (`943 476 5919`), whose last digit is the mod-11 check of the
/// first nine (weights 10 … 2; a check of 10 is never issued).
struct NHSNumberRecognizer: Recognizer {
    var type: IdentifierType { .nationalID }
    static let triggering = ["NHS number «943 476 5919» on the letter", "her number is «9434765919»."]
    static let nonTriggering = ["the ratio 943 476 5918 is off", "order 1234567890 arrived"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        return DigitGroups.scan(text.bytes).compactMap { run in
            guard run.sizes == [3, 3, 4] && Set(run.separators).count == 1 && !run.separators.contains(0x2E) || run.sizes == [10],
                  !run.plus, !run.parenthesisedFirst, !run.isGlued(text.bytes), Self.valid(run.digits(text.bytes)) else { return nil }
            return text.candidate(bytes: run.range, type: .nationalID)
        }
    }

    static func valid(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10 else { return false }
        let sum = (0..<9).reduce(0) { $0 + Int(digits[$1]) * (10 - $1) }
        let check = 11 - sum % 11
        if check == 10 { return false }
        return (check == 11 ? 0 : check) == Int(digits[9])
    }
}
