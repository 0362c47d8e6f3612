import Foundation

/// What the leak gate blanks before it reads a text: UUIDs, and Thematic's own fixed phrases. Blanked bytes become
/// spaces (a UUID keeps its hyphens), so lines, offsets and the words around stay where they were.
extension LeakText {
    /// `text` with every UUID (8-4-4-4-12 hex digits) blanked to spaces, lines kept. Thematic writes thousands of
    /// them (REFI-QDA's name-based GUIDs); being hex, they hold names made of the letters a–f ("Ada", "Bebe", "Abba")
    /// by chance, and a UUID is never a mention of anyone.
    public static func blankingUUIDs(_ text: String) -> String {
        // Most files hold no UUID: they are read in place and returned as they are, without a copy.
        let starts = text.utf8.withContiguousStorageIfAvailable(uuidStarts) ?? uuidStarts(Array(text.utf8).withUnsafeBufferPointer { $0 })
        guard !starts.isEmpty else { return text }
        var bytes = Array(text.utf8)
        blank(uuidsAt: starts, in: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Blanks the UUIDs of `bytes[..<end]` in place, as `blankingUUIDs` does to its text. `end` must end a line (or the
    /// bytes): a UUID is found by the bytes on either side of it, and the byte after the last line is not read.
    /// Blanking bytes already blanked changes nothing, so pieces that share lines can each be blanked.
    static func blankUUIDs(in bytes: inout [UInt8], upTo end: Int) {
        let starts = bytes.withUnsafeBufferPointer { uuidStarts(UnsafeBufferPointer(rebasing: $0[..<end])) }
        blank(uuidsAt: starts, in: &bytes)
    }

    private static func blank(uuidsAt starts: [Int], in bytes: inout [UInt8]) {
        for start in starts {
            for position in start..<(start + 36) where bytes[position] != 45 { bytes[position] = 32 }
        }
    }

    /// Where each UUID in `bytes` starts.
    private static func uuidStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        func isHex(_ byte: UInt8) -> Bool { (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte) }
        func isWordByte(_ byte: UInt8) -> Bool { isHex(byte) || (71...90).contains(byte) || (103...122).contains(byte) || byte >= 0x80 }
        var starts: [Int] = []
        var start = 0
        while start + 36 <= bytes.count {
            // The first hyphen of a UUID sits 8 bytes in; anything else cannot start one here.
            guard bytes[start + 8] == 45 else { start += 1; continue }
            var matches = start == 0 || !isWordByte(bytes[start - 1])
            if matches, start + 36 < bytes.count, isWordByte(bytes[start + 36]) { matches = false }
            var offset = 0
            while matches, offset < 36 {
                let byte = bytes[start + offset]
                matches = (offset == 8 || offset == 13 || offset == 18 || offset == 23) ? byte == 45 : isHex(byte)
                offset += 1
            }
            guard matches else { start += 1; continue }
            starts.append(start)
            start += 36
        }
        return starts
    }

    /// `text` with each of `phrases`, in turn, replaced by as many spaces as it has UTF-8 bytes: what Foundation's
    /// `contains` and `replacingOccurrences(of:with:)` give. Foundation bridges the whole text to UTF-16 for every
    /// phrase (the manifest is checked against every option name), so where its comparison is plain byte equality —
    /// an ASCII phrase without line breaks in an ASCII text: no composed characters, no canonical equivalents, no
    /// grapheme clusters to respect — the bytes are compared here; anything else still goes through Foundation.
    public static func blankingPhrases(_ phrases: [String], in text: String) -> String {
        var text = text
        let textIsASCII = text.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? false
        for phrase in phrases {
            let comparedAsBytes = textIsASCII && !phrase.utf8.contains { $0 >= 0x80 || $0 == 0x0A || $0 == 0x0D }
            if comparedAsBytes {
                guard !phrase.isEmpty, let blanked = blankingASCII(Array(phrase.utf8), in: text) else { continue }
                text = blanked
            } else if text.contains(phrase) {
                text = text.replacingOccurrences(of: phrase, with: String(repeating: " ", count: phrase.utf8.count))
            }
        }
        return text
    }

    /// `text` with every occurrence of `phrase` (left to right, not overlapping) blanked, or nil when it has none.
    private static func blankingASCII(_ phrase: [UInt8], in text: String) -> String? {
        var text = text
        let starts = text.withUTF8 { bytes -> [Int] in
            var starts: [Int] = []
            var start = 0
            while start + phrase.count <= bytes.count {
                if bytes[start] == phrase[0], UnsafeBufferPointer(rebasing: bytes[start..<(start + phrase.count)]).elementsEqual(phrase) {
                    starts.append(start)
                    start += phrase.count
                } else {
                    start += 1
                }
            }
            return starts
        }
        guard !starts.isEmpty else { return nil }
        var bytes = Array(text.utf8)
        for start in starts { bytes.replaceSubrange(start..<(start + phrase.count), with: repeatElement(32, count: phrase.count)) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
