/// Phone numbers: Norwegian eight-digit numbers in their usual groupings (12345678, 12 34 56 78, 123 45 678,
/// 123 45 67 8 is not one), with or without +47 / 0047, and other international numbers after a `+` country code or
/// the `00` that dials abroad ("0046 70 …", "0045 …"), as people who cross a border write them.
struct PhoneRecognizer: Recognizer {
    var type: IdentifierType { .phone }
    static let triggering = ["Call «913 48 207» after nine.", "ring «+47 22 40 18 77»", "the number «98113145».", "UK «+44 20 7946 0958»", "[nb] ring svigersønnen på «0045 31 27 40 96» om natta", "in Sweden, «0046 73 902 11 85», any time"]
    static let nonTriggering = ["It takes 10 to 15 minutes.", "In 2023 2024 we grew.", "She worked 14 years.", "24/7 coverage", "from 0030 to 0600 hours", "[nb] nattevakt 0015 til 0700 og 22 brukere"]

    static let groupings: Set<[Int]> = [[8], [2, 2, 2, 2], [3, 2, 3], [3, 3, 2], [4, 4], [2, 3, 3], [3, 5], [2, 6]]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            guard let match = match(text, at: index) else { index += 1; continue }
            found.append(Candidate(first: index, last: match, type: .phone))
            index = match + 1
        }
        return found
    }

    private func match(_ text: TextView, at index: Int) -> Int? {
        var start = index
        var international = false
        var norwegian = false
        if text.isPunct(index, "+"), text.isNumber(index + 1), text.attached(index + 1), text.digitCount(index + 1) <= 3 {
            international = true
            norwegian = text.lower(index + 1) == "47"
            start = index + 2
        } else if text.isNumber(index), text.lower(index) == "0047" {
            norwegian = true
            start = index + 1
        } else if text.isNumber(index), text.digitCount(index) == 4 || text.digitCount(index) == 5, text.lower(index).hasPrefix("00"), !text.attached(index + 1),
                  text.isNumber(index + 1) {
            // "0046 70 318 …": 00 and a country code, then the number in groups.
            international = true
            start = index + 1
        } else if !text.isNumber(index) || (index > 0 && text.attached(index) && (text.isNumber(index - 1) || text.isPunct(index - 1, "/"))) {
            return nil
        }
        var groups: [Int] = []
        var last = start - 1
        var position = start
        while position < text.count, text.isNumber(position), position == start || !text.attached(position) || isSeparator(text, position - 1) {
            groups.append(text.digitCount(position))
            last = position
            if groups.reduce(0, +) >= (international && !norwegian ? 12 : 8) { break }
            if position + 2 < text.count, (text.isPunct(position + 1, "-") || text.isPunct(position + 1, ".")), text.attached(position + 1), text.attached(position + 2), text.isNumber(position + 2) {
                position += 2
            } else {
                position += 1
            }
        }
        guard !groups.isEmpty else { return nil }
        // A following digit group or slash means this is part of something else (a date, a ratio).
        if last + 1 < text.count, text.attached(last + 1), text.isPunct(last + 1, "/") || text.isNumber(last + 1) { return nil }
        let total = groups.reduce(0, +)
        if international && !norwegian { return (6...12).contains(total) ? last : nil }
        if norwegian { return total == 8 ? last : nil }
        return Self.groupings.contains(groups) && !(groups == [4, 4] && looksLikeYears(text, start)) ? last : nil
    }

    private func isSeparator(_ text: TextView, _ index: Int) -> Bool {
        text.isPunct(index, "-") || text.isPunct(index, ".")
    }

    private func looksLikeYears(_ text: TextView, _ index: Int) -> Bool {
        // "2023 2024" or "2019-2020": the second group may follow a hyphen.
        let next = text.isPunct(index + 1, "-") ? index + 2 : index + 1
        guard let a = text.numberValue(index), let b = text.numberValue(next) else { return false }
        return (1900...2100).contains(a) && (1900...2100).contains(b)
    }
}
