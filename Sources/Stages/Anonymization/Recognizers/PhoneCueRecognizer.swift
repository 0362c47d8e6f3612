/// Phone numbers of any national format when the text says they are phone numbers: a run of seven to fifteen digits
/// (spaces, `-`, `.`, `/`, parentheses and a leading `+` allowed, as in `+41 (0)39 471 36 93` or `(021) 8106-014`)
/// right after "call me at", "Phone:", "Mobile:", "tel.", "ring", "number" … or right before "office", "fax",
/// "mobile".
struct PhoneCueRecognizer: Recognizer {
    var type: IdentifierType { .phone }
    static let triggering = ["Can someone call me on «53 459 91 54»? I have", "Fax: «+41 (0)39 471 36 93»", "Phone: «0327 9982793»",
                             "«8701250349» fax, then", "They're not answering at «(021) 8106-014»", "ring «0680 700 65 97» today"]
    static let nonTriggering = ["call me at 5 tomorrow", "Phone: none yet", "the 2019 office party", "ring 3 times"]


    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        let bytes = text.bytes
        var found: [Candidate] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard DigitGroups.isDigit(byte) || byte == 0x2B || byte == 0x28,
                  index == 0 || !(DigitGroups.isAlphanumeric(bytes[index - 1]) || bytes[index - 1] == 0x2D || bytes[index - 1] == 0x2E) else {
                index += 1
                continue
            }
            var end = index
            var digits = 0
            var lastDigitEnd = index
            while end < bytes.count, digits <= 15 {
                let character = bytes[end]
                if DigitGroups.isDigit(character) { digits += 1; lastDigitEnd = end + 1 }
                else if character == 0x20 { if end + 1 < bytes.count, bytes[end + 1] == 0x20 { break } }
                else if ![0x2B, 0x28, 0x29, 0x2D, 0x2E, 0x2F].contains(character) || (character == 0x2B && end != index) { break }
                end += 1
            }
            defer { index = max(lastDigitEnd, index + 1) }
            guard (7...15).contains(digits), lastDigitEnd == bytes.count || !DigitGroups.isAlphanumeric(bytes[lastDigitEnd]) else { continue }
            var stop = lastDigitEnd
            if stop < bytes.count, bytes[stop] == 0x29 { stop += 1 }
            guard let span = text.tokenSpan(bytes: index..<stop), !isArchiveReference(text, span.first, span.last), hasCue(text, first: span.first, last: span.last) else { continue }
            found.append(Candidate(first: span.first, last: span.last, type: .phone))
        }
        return found
    }

    private func hasCue(_ text: TextView, first: Int, last: Int) -> Bool {
        var position = first - 1
        var bridged = 0
        while position >= 0, bridged <= 2 {
            if text.isPunct(position, ":") || text.isPunct(position, ",") || text.isPunct(position, ".") { position -= 1; continue }
            guard text.isWord(position) else { break }
            let word = text.lower(position)
            if text.cues.phoneCuesBefore.contains(word) { return true }
            guard text.cues.phoneBridges.contains(word) else { break }
            bridged += 1
            position -= 1
        }
        var next = last + 1
        if text.isPunct(next, "-") || text.isPunct(next, ",") { next += 1 }
        return text.isWord(next) && text.cues.phoneCuesAfter.contains(text.lower(next))
    }

    /// "nummer 2021/0388": a case number (year, slash, sequence), which `IdentifierCueRecognizer` reads.
    private func isArchiveReference(_ text: TextView, _ first: Int, _ last: Int) -> Bool {
        last == first + 2 && text.digitCount(first) == 4 && text.isPunct(first + 1, "/") && (1990...2099).contains(text.numberValue(first) ?? 0)
    }
}
