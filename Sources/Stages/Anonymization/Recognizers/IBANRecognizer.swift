/// International bank account numbers: a country code, two check digits and up to 30 letters and digits, written
/// compactly or in groups of four, accepted only when the ISO 13616 mod-97 check holds.
struct IBANRecognizer: Recognizer {
    var type: IdentifierType { .accountNumber }
    static let triggering = ["pay to «GB82WEST12345698765432» please", "IBAN «NO93 8601 1117 947», thanks", "«DE89370400440532013000»."]
    static let nonTriggering = ["pay to GB82WEST12345698765433 please", "the ISO27001 standard", "NO93 is a road"]

    func candidates(in text: TextView) -> [Candidate] {
        let bytes = text.bytes
        var found: [Candidate] = []
        var index = 0
        while index + 15 <= bytes.count {
            defer { index += 1 }
            guard isUpper(bytes[index]), isUpper(bytes[index + 1]), DigitGroups.isDigit(bytes[index + 2]), DigitGroups.isDigit(bytes[index + 3]),
                  index == 0 || !DigitGroups.isAlphanumeric(bytes[index - 1]) else { continue }
            var characters: [UInt8] = []
            var position = index
            var lastEnd = index
            while position < bytes.count, characters.count < 34 {
                let byte = bytes[position]
                if isUpper(byte) || DigitGroups.isDigit(byte) {
                    characters.append(byte)
                    position += 1
                    lastEnd = position
                } else if byte == 0x20, characters.count % 4 == 0, position + 1 < bytes.count, isUpper(bytes[position + 1]) || DigitGroups.isDigit(bytes[position + 1]) {
                    position += 1
                } else {
                    break
                }
            }
            guard (15...34).contains(characters.count), lastEnd == bytes.count || !DigitGroups.isAlphanumeric(bytes[lastEnd]), Self.valid(characters),
                  let candidate = text.candidate(bytes: index..<lastEnd, type: .accountNumber) else { continue }
            found.append(candidate)
            index = lastEnd
        }
        return found
    }

    private func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// ISO 13616: move the first four characters to the end, letters as 10…35, the number mod 97 is 1.
    static func valid(_ characters: [UInt8]) -> Bool {
        var remainder = 0
        for byte in characters[4...] + characters[..<4] {
            let value = byte >= 0x41 ? Int(byte) - 0x41 + 10 : Int(byte) - 0x30
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
        }
        return remainder == 1
    }
}
