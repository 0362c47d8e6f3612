/// IP addresses: IPv4 (four numbers 0–255 joined by dots) and IPv6 (four to eight hexadecimal groups joined by
/// colons, or with `::`), not part of a longer dotted number or a time of day.
struct IPAddressRecognizer: Recognizer {
    var type: IdentifierType { .ipAddress }
    static let triggering = ["from «164.78.144.185» at night", "host «2001:db8:85a3::8a2e:370:7334».", "«6b1d:80f5:a8de:eb35:3001:8707:aec0:386» logged in"]
    static let nonTriggering = ["version 1.2.3.4.5 is out", "at 17:03:35 sharp", "score 300.1.2.3", "at 10.30 and 11.45"]

    func candidates(in text: TextView) -> [Candidate] {
        let bytes = text.bytes
        // Most texts have no hex digit on both sides of a dot or colon; one pass says so.
        var possible = false
        if bytes.count >= 3 {
            for position in 1..<(bytes.count - 1) where (bytes[position] == 0x2E || bytes[position] == 0x3A)
                && isHex(bytes[position - 1]) && (isHex(bytes[position + 1]) || bytes[position + 1] == 0x3A) && DigitGroups.isDigit(bytes[position - 1]) || bytes[position] == 0x3A && bytes[position - 1] == 0x3A {
                possible = true
                break
            }
        }
        guard possible else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < bytes.count {
            guard isHex(bytes[index]) || bytes[index] == 0x3A, index == 0 || !(DigitGroups.isAlphanumeric(bytes[index - 1]) || bytes[index - 1] == 0x2E || bytes[index - 1] == 0x3A) else {
                index += 1
                continue
            }
            var end = index
            var separators = 0
            while end < bytes.count, isHex(bytes[end]) || bytes[end] == 0x2E || bytes[end] == 0x3A {
                if bytes[end] == 0x2E || bytes[end] == 0x3A { separators += 1 }
                end += 1
            }
            // Most runs are words made of the letters a–f; only a run with three separators can be an address.
            guard separators >= 3 else { index = max(end, index + 1); continue }
            // A sentence's full stop is not part of the address.
            while end > index, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x3A && !(end - 2 >= index && bytes[end - 2] == 0x3A) { end -= 1 }
            if end < bytes.count, DigitGroups.isAlphanumeric(bytes[end]) { index = end + 1; continue }
            let token = Array(bytes[index..<end])
            if Self.isIPv4(token) || Self.isIPv6(token), let candidate = text.candidate(bytes: index..<end, type: .ipAddress) {
                found.append(candidate)
            }
            index = max(end, index + 1)
        }
        return found
    }

    private func isHex(_ byte: UInt8) -> Bool { DigitGroups.isDigit(byte) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46) }

    static func isIPv4(_ token: [UInt8]) -> Bool {
        let parts = token.split(separator: 0x2E, omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            (1...3).contains(part.count) && part.allSatisfy(DigitGroups.isDigit) && Int(String(decoding: part, as: UTF8.self))! <= 255
        }
    }

    static func isIPv6(_ token: [UInt8]) -> Bool {
        guard !token.contains(0x2E) else { return false }
        let text = String(decoding: token, as: UTF8.self)
        let compressed = text.contains("::")
        guard text.components(separatedBy: "::").count <= 2 else { return false }
        let parts = text.split(separator: ":", omittingEmptySubsequences: true)
        guard parts.allSatisfy({ (1...4).contains($0.count) }) else { return false }
        let hasLetter = parts.contains { $0.contains { $0.isLetter } }
        if compressed { return parts.count >= 2 && parts.count <= 7 && (hasLetter || parts.count >= 4) }
        return parts.count == 8 || (parts.count >= 6 && hasLetter)
    }
}
