import ThematicCore

/// Splits a text node's UTF-8 bytes into words, numbers and punctuation, remembering where white space fell.
///
/// Recognizers look at shapes ("a capitalised word, a space, a number") rather than at regular expressions, and the
/// anonymizer must read hundreds of megabytes, so this is one pass over bytes that creates no strings.
struct Tokenizer {
    /// A token's byte range and shape.
    struct Token {
        enum Kind: UInt8 { case word, number, punct }
        var kind: Kind
        /// Byte offsets into the text.
        var start: Int32
        var end: Int32
        /// Whether white space comes right before it (false for "22nd"'s "nd" or "@" in an e-mail address).
        var spaceBefore: Bool
        /// Whether a line break is in that white space.
        var newlineBefore: Bool
        /// For punctuation: the scalar's value.
        var scalar: UInt32
    }

    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        var index = 0
        let count = bytes.count
        var space = false
        var newline = false
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                space = true
                if byte == 0x0A { newline = true }
                index += 1
                continue
            }
            let (scalar, length) = byte < 0x80 ? (Unicode.Scalar(byte), 1) : TextDecoding.decode(bytes, at: index)
            if byte >= 0x80, scalar.properties.isWhitespace {
                space = true
                index += length
                continue
            }
            let start = index
            if byte >= 0x30 && byte <= 0x39 {
                var end = index + 1
                while end < count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
                tokens.append(Token(kind: .number, start: Int32(start), end: Int32(end), spaceBefore: space, newlineBefore: newline, scalar: 0))
                index = end
            } else if isLetter(scalar, byte) {
                var end = index + length
                while end < count {
                    let next = bytes[end]
                    // Fast path: ASCII letters, most of most words.
                    if (next >= 0x61 && next <= 0x7A) || (next >= 0x41 && next <= 0x5A) { end += 1; continue }
                    let (nextScalar, nextLength) = next < 0x80 ? (Unicode.Scalar(next), 1) : TextDecoding.decode(bytes, at: end)
                    if isLetter(nextScalar, next) { end += nextLength; continue }
                    // An apostrophe or hyphen between two letters stays inside the word (o'brien, nord-fron).
                    if next == 0x27 || next == 0x2D || nextScalar == "\u{2019}", end + nextLength < count {
                        let after = bytes[end + nextLength]
                        let (afterScalar, _) = after < 0x80 ? (Unicode.Scalar(after), 1) : TextDecoding.decode(bytes, at: end + nextLength)
                        if isLetter(afterScalar, after) { end += nextLength; continue }
                    }
                    break
                }
                tokens.append(Token(kind: .word, start: Int32(start), end: Int32(end), spaceBefore: space, newlineBefore: newline, scalar: 0))
                index = end
            } else {
                tokens.append(Token(kind: .punct, start: Int32(start), end: Int32(index + length), spaceBefore: space, newlineBefore: newline, scalar: scalar.value))
                index += length
            }
            space = false
            newline = false
        }
        return tokens
    }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar, _ byte: UInt8) -> Bool {
        if byte < 0x80 { return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) }
        return scalar.properties.isAlphabetic
    }
}

/// UTF-8 decoding of a sequence known to be valid (the bytes came from a Swift String): the leak gate's.
enum TextDecoding {
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        LeakText.decode(bytes, at: index)
    }
}
