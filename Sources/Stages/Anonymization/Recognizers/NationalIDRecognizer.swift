/// Norwegian national identity numbers (fødselsnummer) and D-numbers: eleven digits, or six and five with a space.
/// A valid mod-11 check or a plausible birth date marks the hit as confident; others are still replaced (real
/// transcripts have typos) but listed for review.
struct NationalIDRecognizer: Recognizer {
    var type: IdentifierType { .nationalID }
    static let triggering = ["His number is «24065845055».", "fnr «240658 45055» in the record", "typo «99999999999» here", "nr «240658-45055» står"]
    static let nonTriggering = ["Ward 12 has 30 beds.", "Reference 1234567890 is ten digits.", "Order 123456789012 has twelve."]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.isNumber(index) && !gluedToDigits(text, index) {
            if text.digitCount(index) == 11 {
                found.append(candidate(text.lower(index), index, index))
            } else if text.digitCount(index) == 6, text.isNumber(index + 1), text.digitCount(index + 1) == 5, !text.attached(index + 1),
                      !gluedToDigits(text, index + 1) {
                found.append(candidate(text.lower(index) + text.lower(index + 1), index, index + 1))
            } else if text.digitCount(index) == 6, text.isPunct(index + 1, "-"), text.attached(index + 1), text.isNumber(index + 2),
                      text.attached(index + 2), text.digitCount(index + 2) == 5, !gluedToDigits(text, index + 2) {
                found.append(candidate(text.lower(index) + text.lower(index + 2), index, index + 2))
            }
        }
        return found
    }

    private func candidate(_ digits: String, _ first: Int, _ last: Int) -> Candidate {
        let valid = Self.isValid(digits)
        return Candidate(first: first, last: last, type: .nationalID, confident: valid, reason: valid ? "" : "11 digits failing the mod-11 check")
    }

    private func gluedToDigits(_ text: TextView, _ index: Int) -> Bool {
        (text.attached(index) && text.isNumber(index - 1)) || (text.attached(index + 1) && text.isNumber(index + 1))
    }

    /// Both mod-11 check digits, and a day (D-numbers add 40) and month that exist.
    static func isValid(_ digits: String) -> Bool {
        let d = digits.compactMap { $0.wholeNumberValue }
        guard d.count == 11 else { return false }
        let day = d[0] * 10 + d[1]
        let month = d[2] * 10 + d[3]
        guard (1...31).contains(day % 40), (1...12).contains(month % 40) else { return false }
        let w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        let w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        func check(_ weights: [Int]) -> Int? {
            let sum = zip(weights, d).reduce(0) { $0 + $1.0 * $1.1 }
            let k = 11 - sum % 11
            return k == 11 ? 0 : (k == 10 ? nil : k)
        }
        return check(w1) == d[9] && check(w2) == d[10]
    }
}
