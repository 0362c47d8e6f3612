/// The leak gate reads only the lines of a text where a mention could be: a mention starts with a word some identifier
/// starts with (or, for a one-word identifier, that word with a Norwegian genitive `s`), and a protected number is a
/// long digit run. Most lines of what a run publishes hold no such word, and finding that out costs a look-up per
/// word, while indexing a line (`LeakText.WordIndex`) costs a record per word with its case, separators and place in
/// the sentence.
///
/// A window is such a line with the lines after it that hold the rest of the longest identifier's words. Everything
/// a mention is decided by — its words, the words beside it on its line, and what came before the line (`previous`,
/// which decides whether its first word starts a sentence) — is inside its window or carried into it, and a word is
/// read the same on its own line as in the whole text (words, escapes and digit runs never run across lines), so the
/// windows give the mentions the whole text gives.
extension MentionMatcher {
    /// Line ranges (0-based, half-open) to read, in order, not touching one another.
    func windows(in bytes: UnsafeBufferPointer<UInt8>, lineStarts: [Int], lineEnds: [Int]) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        var wordCounts: [Int] = []
        wordCounts.reserveCapacity(lineStarts.count)
        var candidateLines: [Int] = []
        var lowered: [UInt8] = []
        for line in lineStarts.indices {
            let text = UnsafeBufferPointer(rebasing: bytes[lineStarts[line]..<lineEnds[line]])
            let (words, candidate) = Self.isPlain(text) ? plainLine(text, lowered: &lowered) : readLine(text)
            wordCounts.append(words)
            if candidate { candidateLines.append(line) }
        }
        // The rest of an identifier can be on the lines after: as many as hold its other words.
        let wordsAfter = max(0, longestIdentifier - 1)
        for line in candidateLines {
            var end = line + 1
            var words = 0
            while words < wordsAfter, end < lineStarts.count {
                words += wordCounts[end]
                end += 1
            }
            if let last = windows.last, last.upperBound >= line {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                windows.append(line..<end)
            }
        }
        return windows
    }

    /// Whether `text`, read as it is (no escapes undone: a transcript's text node), could hold a mention of a word:
    /// not when it is ASCII and none of its words starts one. The anonymizer reads every text node with the matcher
    /// a second time (propagation), and most hold nothing it looks for.
    func mayHoldMention(inText text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.contains(where: { $0 >= 0x80 }) { return true }
            var lowered: [UInt8] = []
            var index = 0
            while index < bytes.count {
                guard LeakText.isASCIIWordByte(bytes[index]) else { index += 1; continue }
                lowered.removeAll(keepingCapacity: true)
                while index < bytes.count, LeakText.isASCIIWordByte(bytes[index]) {
                    let byte = bytes[index]
                    lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    index += 1
                }
                if lowered.withUnsafeBufferPointer(startsMention) { return true }
            }
            return false
        }
    }

    /// A line of ASCII without anything that could start an escape: its words are its runs of letters and digits.
    private static func isPlain(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        !line.contains { $0 >= 0x80 || $0 == 0x26 || $0 == 0x25 || $0 == 0x5C }
    }

    /// How many words a plain line has, and whether one of them could start a mention (or its digits a number).
    private func plainLine(_ line: UnsafeBufferPointer<UInt8>, lowered: inout [UInt8]) -> (words: Int, candidate: Bool) {
        var words = 0
        var digits = 0
        var candidate = false
        var index = 0
        while index < line.count {
            guard LeakText.isASCIIWordByte(line[index]) else { index += 1; continue }
            lowered.removeAll(keepingCapacity: true)
            while index < line.count, LeakText.isASCIIWordByte(line[index]) {
                let byte = line[index]
                if byte <= 0x39 { digits += 1 }
                lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                index += 1
            }
            words += 1
            if !candidate { candidate = lowered.withUnsafeBufferPointer(startsMention) }
        }
        // Digit runs join digit groups across short separators: six digits anywhere on the line could be one.
        if !numbers.isEmpty, digits >= 6 { candidate = true }
        return (words, candidate)
    }

    /// The same for any other line, read as the index reads it (escapes undone, NFKC, invisible characters skipped).
    private func readLine(_ line: UnsafeBufferPointer<UInt8>) -> (words: Int, candidate: Bool) {
        let index = LeakText.WordIndex(String(decoding: line, as: UTF8.self))
        let candidate = index.bytes.withUnsafeBufferPointer { bytes in
            index.words.contains { startsMention(UnsafeBufferPointer(rebasing: bytes[Int($0.start)..<Int($0.end)])) }
        }
        return (index.words.count, candidate || !numbers.isEmpty && index.digitRuns.contains { $0.digits.count >= 6 })
    }

    /// Whether a normalised word could start a mention, as `mentions(in:)` looks words up.
    private func startsMention(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if firstWords.find(word, hash: SpellingTable.hash(word)) != nil { return true }
        guard word.count >= 4, word[word.count - 1] == 0x73 else { return false }
        let stem = UnsafeBufferPointer(rebasing: word[0..<(word.count - 1)])
        guard let id = firstWords.find(stem, hash: SpellingTable.hash(stem)) else { return false }
        return entries[Int(id)].contains { $0.words.count == 1 }
    }
}
