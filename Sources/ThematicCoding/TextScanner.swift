/// One pass over a turn's UTF-8 bytes that finds words and sentence ends together, keeping both byte offsets (for
/// slicing without re-walking the string) and Unicode-scalar offsets (the unit codings are stored in).
///
/// Autocoding must read the text once, however many rules there are, and creating a `String` per word dominated the
/// time of a scalar-by-scalar tokeniser; this scanner works on bytes and hands out byte ranges, so a caller creates
/// strings only for what it keeps. `TextSegmenter` is built on it, so every stage splits text the same way.
struct TextScanner {
    /// A word: byte range and scalar range.
    struct Word {
        var byteStart: Int
        var byteEnd: Int
        var start: Int
        var end: Int
    }

    /// A sentence, trimmed of white space: byte range and scalar range.
    struct Sentence {
        var byteStart: Int
        var byteEnd: Int
        var start: Int
        var end: Int
    }

    /// Abbreviations whose full stop does not end a sentence (English and Norwegian, lower-cased, without the final stop).
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "approx", "no", "nr", "ca", "bl.a", "f.eks",
        "dvs", "mv", "osv", "jf", "kl", "ref", "fig", "vol", "pp", "jr", "sr",
    ]

    /// Scans `bytes`, calling `word` for each word and `sentence` for each sentence (when `sentences` is true),
    /// in text order; a word is always reported before the sentence that contains it.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, sentences: Bool, word: (Word) -> Void, sentence: (Sentence) -> Void) {
        let count = bytes.count
        var index = 0
        var scalarOffset = 0
        // Word state.
        var wordByteStart = -1
        var wordStart = 0
        var pendingJoinerBytes = 0     // a joiner seen after a word character, not yet confirmed by another
        var wordByteEnd = 0
        var wordEnd = 0
        // Sentence state.
        var sentenceByteStart = -1
        var sentenceStart = 0
        var contentByteEnd = 0
        var contentEnd = 0

        @inline(__always) func finishWord() {
            if wordByteStart >= 0 { word(Word(byteStart: wordByteStart, byteEnd: wordByteEnd, start: wordStart, end: wordEnd)) }
            wordByteStart = -1
            pendingJoinerBytes = 0
        }
        @inline(__always) func closeSentence() {
            if sentenceByteStart >= 0 {
                sentence(Sentence(byteStart: sentenceByteStart, byteEnd: contentByteEnd, start: sentenceStart, end: contentEnd))
            }
            sentenceByteStart = -1
        }

        while index < count {
            let byte = bytes[index]
            if isASCIIWord(byte) {
                // Fast path: a run of ASCII letters and digits (most of most transcripts) in one tight loop.
                var end = index + 1
                while end < count, isASCIIWord(bytes[end]) { end += 1 }
                let run = end - index
                if wordByteStart < 0 {
                    wordByteStart = index
                    wordStart = scalarOffset
                }
                pendingJoinerBytes = 0
                wordByteEnd = end
                wordEnd = scalarOffset + run
                if sentences {
                    if sentenceByteStart < 0 {
                        sentenceByteStart = index
                        sentenceStart = scalarOffset
                    }
                    contentByteEnd = end
                    contentEnd = scalarOffset + run
                }
                index = end
                scalarOffset += run
                continue
            }
            var length = 1
            var scalar: Unicode.Scalar
            if byte < 0x80 {
                scalar = Unicode.Scalar(byte)
            } else {
                (scalar, length) = decode(bytes, at: index)
            }
            let isWord = byte < 0x80 ? isASCIIWord(byte) : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            let isSpace = byte < 0x80 ? (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) : scalar.properties.isWhitespace

            if isWord {
                if wordByteStart < 0 {
                    wordByteStart = index
                    wordStart = scalarOffset
                }
                pendingJoinerBytes = 0
                wordByteEnd = index + length
                wordEnd = scalarOffset + 1
            } else if wordByteStart >= 0, pendingJoinerBytes == 0, byte == 0x27 || byte == 0x2D || scalar == "\u{2019}" {
                pendingJoinerBytes = length
            } else {
                finishWord()
            }

            if sentences, !isSpace {
                if sentenceByteStart < 0 {
                    sentenceByteStart = index
                    sentenceStart = scalarOffset
                }
                contentByteEnd = index + length
                contentEnd = scalarOffset + 1
            }

            index += length
            scalarOffset += 1

            if sentences, byte == 0x2E || byte == 0x3F || byte == 0x21 || scalar == "\u{2026}" {
                let terminatorIndex = index - length
                // Take closing punctuation and quotes with the terminator.
                while index < count {
                    let (next, nextLength) = bytes[index] < 0x80 ? (Unicode.Scalar(bytes[index]), 1) : decode(bytes, at: index)
                    guard isClosing(next) else { break }
                    finishWord()
                    contentByteEnd = index + nextLength
                    contentEnd = scalarOffset + 1
                    index += nextLength
                    scalarOffset += 1
                }
                let atEnd = index >= count
                let followedBySpace = atEnd || (bytes[index] < 0x80 ? isASCIISpace(bytes[index]) : decode(bytes, at: index).0.properties.isWhitespace)
                if followedBySpace, !(byte == 0x2E && endsWithAbbreviation(bytes, stop: terminatorIndex)) {
                    finishWord()
                    closeSentence()
                }
            }
        }
        finishWord()
        if sentences { closeSentence() }
    }

    /// Whether the word before the full stop at byte `stop` is an abbreviation or a single letter.
    private static func endsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, stop: Int) -> Bool {
        var lower = stop
        while lower > 0, stop - lower <= 7 {
            let previous = bytes[lower - 1]
            if isASCIIWord(previous) || previous == 0x2E || previous >= 0x80 { lower -= 1 } else { break }
        }
        guard lower < stop, stop - lower <= 7 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<stop]), as: UTF8.self).lowercased()
        if word.unicodeScalars.count == 1, word.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true { return true }
        return abbreviations.contains(word)
    }

    /// Terminators and the quotes and brackets that may close a sentence after one.
    @inline(__always) static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "?", "!", "\u{2026}", "\"", "'", ")", "\u{201D}", "\u{2019}": true
        default: false
        }
    }

    @inline(__always) static func isASCIIWord(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Decodes the multi-byte UTF-8 sequence at `index` (input is valid UTF-8: it came from a String).
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
