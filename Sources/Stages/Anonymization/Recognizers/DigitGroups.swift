/// Runs of digit groups read straight off a text's bytes — `(555) 123-4567`, `4111 1111 1111 1111`, `051-71-2086`,
/// `+1-202-555-0143` — with the separators between the groups, for the recognizers of numbers whose shape is the
/// evidence (phone formats, card numbers, social security numbers, postcodes).
struct DigitGroups {
    /// Each group's byte range.
    var groups: [Range<Int>]
    /// The separator before each group after the first (a space, `-`, `.`, or `)` after a parenthesised first group).
    var separators: [UInt8]
    /// The whole run's bytes, from a leading `+` or `(` to the last digit.
    var range: Range<Int>
    var parenthesisedFirst: Bool
    var plus: Bool

    var sizes: [Int] { groups.map(\.count) }
    var digitCount: Int { groups.reduce(0) { $0 + $1.count } }
    func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] { groups.flatMap { bytes[$0].map { $0 - 0x30 } } }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    /// Every run in `bytes`. A run does not start inside a word or a longer number, and joins groups by one
    /// separator only, so "10 to 15" or "2019-2020," stay two short runs that no recognizer wants.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, maxGroups: Int = 6) -> [DigitGroups] {
        var runs: [DigitGroups] = []
        let count = bytes.count
        var index = 0
        while index < count {
            let start = index
            guard start == 0 || !(isAlphanumeric(bytes[start - 1]) || bytes[start - 1] == 0x2E || bytes[start - 1] == 0x2D) else { index += 1; continue }
            var position = index
            var parenthesised = false
            var plus = false
            if bytes[position] == 0x28, position + 1 < count, isDigit(bytes[position + 1]) { parenthesised = true; position += 1 }
            else if bytes[position] == 0x2B, position + 1 < count, isDigit(bytes[position + 1]) { plus = true; position += 1 }
            guard position < count, isDigit(bytes[position]) else { index += 1; continue }
            var groups: [Range<Int>] = []
            var separators: [UInt8] = []
            while true {
                let groupStart = position
                while position < count, isDigit(bytes[position]) { position += 1 }
                groups.append(groupStart..<position)
                if parenthesised, groups.count == 1 {
                    guard position < count, bytes[position] == 0x29 else { break }
                    position += 1
                    if position < count, bytes[position] == 0x20 { position += 1 }
                    guard position < count, isDigit(bytes[position]) else { break }
                    separators.append(0x29)
                    continue
                }
                guard groups.count < maxGroups, position + 1 < count, [0x20, 0x2D, 0x2E].contains(bytes[position]), isDigit(bytes[position + 1]) else { break }
                separators.append(bytes[position])
                position += 1
            }
            let end = groups.last!.upperBound
            if parenthesised, separators.first != 0x29 {
                index = start + 1
                continue
            }
            runs.append(DigitGroups(groups: groups, separators: separators, range: start..<end, parenthesisedFirst: parenthesised, plus: plus))
            index = max(end, start + 1)
        }
        return runs
    }

    /// Whether the run is followed right away by a letter or digit (then it is part of a code, not a number).
    func isGlued(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        range.upperBound < bytes.count && Self.isAlphanumeric(bytes[range.upperBound])
    }

    /// The Luhn check of payment card numbers.
    static func luhnValid(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            var value = Int(digit)
            if offset % 2 == 1 { value *= 2; if value > 9 { value -= 9 } }
            sum += value
        }
        return sum % 10 == 0
    }
}

extension TextView {
    /// The candidate for a byte range, when it falls on token boundaries.
    func candidate(bytes range: Range<Int>, type: IdentifierType, confident: Bool = true, reason: String = "") -> Candidate? {
        guard let (first, last) = tokenSpan(bytes: range) else { return nil }
        return Candidate(first: first, last: last, type: type, confident: confident, reason: reason)
    }
}
