/// Phone numbers in North American and British formats, which the Norwegian groupings do not cover:
/// `(781) 618-4959`, `(894)134-3524`, `781-618-4959`, `781.618.4959`, `1-800-555-0199`, extensions (`x549`,
/// `ext. 12`), and UK numbers that start with 0 (`07700 316 475`, `020 7946 0958`, `0161 496 0000`).
struct PhoneFormatsRecognizer: Recognizer {
    var type: IdentifierType { .phone }
    static let triggering = ["call «781-618-4959» today", "at «(894)134-3524» or", "on «(333) 312-4599x631»", "dial «781.618.4959»",
                             "ring «07700 316 475» now", "the office «020 7946 0958».", "«1-800-555-0199» is free"]
    static let nonTriggering = ["version 1.2.3", "in 2019-2020 we", "beds 101-204", "score 3-2 today", "pages 123-456 and 7"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        let bytes = text.bytes
        return DigitGroups.scan(bytes).compactMap { run in
            guard !run.plus, isPhone(run, bytes) else { return nil }
            var end = run.range.upperBound
            // An extension: "x631", " ext. 12", " x 12".
            var position = end
            if position < bytes.count, bytes[position] == 0x20 { position += 1 }
            if position + 1 < bytes.count, bytes[position] == 0x78 || bytes[position] == 0x58 {
                var digits = position + 1
                if digits < bytes.count, bytes[digits] == 0x20 { digits += 1 }
                var last = digits
                while last < bytes.count, DigitGroups.isDigit(bytes[last]) { last += 1 }
                if last > digits, last - digits <= 5 { end = last }
            } else if position + 4 < bytes.count, bytes[position..<(position + 3)].elementsEqual("ext".utf8) {
                var digits = position + 3
                while digits < bytes.count, bytes[digits] == 0x2E || bytes[digits] == 0x20 { digits += 1 }
                var last = digits
                while last < bytes.count, DigitGroups.isDigit(bytes[last]) { last += 1 }
                if last > digits, last - digits <= 5 { end = last }
            }
            if end == run.range.upperBound, run.isGlued(bytes) { return nil }
            return text.candidate(bytes: run.range.lowerBound..<end, type: .phone)
        }
    }

    private func isPhone(_ run: DigitGroups, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let sizes = run.sizes
        let separators = Set(run.separators)
        if run.parenthesisedFirst { return sizes == [3, 3, 4] && run.separators.last == 0x2D || sizes == [3, 7] }
        if sizes == [3, 3, 4], separators.count == 1, separators.isSubset(of: [0x2D, 0x2E]) { return true }
        if sizes == [1, 3, 3, 4], bytes[run.groups[0].lowerBound] == 0x31, separators.count == 1, separators.isSubset(of: [0x2D, 0x20]) { return true }
        // British: a leading 0, ten or eleven digits in the usual groupings, separated by spaces.
        if bytes[run.groups[0].lowerBound] == 0x30, separators == [0x20], (10...11).contains(run.digitCount) {
            return [[5, 6], [5, 3, 3], [3, 4, 4], [4, 3, 4], [3, 3, 4], [4, 6], [4, 3, 3]].contains(sizes)
        }
        return false
    }
}
