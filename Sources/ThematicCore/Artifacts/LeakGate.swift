/// The last check before a run publishes: no artifact may contain any string a stage protected (the identifiers an
/// anonymization stage replaced, and those the study file lists).
///
/// Matching is by lower-cased word sequence, so "Kari Nordmann" is caught as "kari  nordmann" or across a line break,
/// and an e-mail address is caught whatever punctuation surrounds it. Messages name the artifact, the line and the
/// stage that protected the string, never the string itself: the message must not leak what the gate protects.
public enum LeakGate {
    /// Throws, naming every place found (up to `limit`), when an artifact contains a protected string.
    public static func check(_ artifacts: ArtifactSet, protected: [(text: String, stage: String)], limit: Int = 20) throws {
        guard !protected.isEmpty else { return }
        var table = SpellingTable(capacity: protected.count * 2 + 16)
        var sequences: [[(words: [[UInt8]], stage: String)]] = []
        for (text, stage) in protected {
            let lowered = Array(text.lowercased().utf8)
            let words = Self.words(lowered).map { Array(lowered[$0]) }
            guard let first = words.first else { continue }
            let id: Int32 = first.withUnsafeBufferPointer { buffer in
                let hash = SpellingTable.hash(buffer)
                return table.find(buffer, hash: hash) ?? table.insert(buffer, hash: hash)
            }
            if Int(id) == sequences.count { sequences.append([]) }
            sequences[Int(id)].append((words, stage))
        }
        var problems: [Diagnostic] = []
        for path in artifacts.paths {
            guard let data = artifacts[path] else { continue }
            let bytes = Array(String(decoding: data, as: UTF8.self).lowercased().utf8)
            let words = Self.words(bytes)
            var lineOf = 1
            var lastStart = 0
            for (index, word) in words.enumerated() {
                for position in lastStart..<word.startIndex where bytes[position] == 0x0A { lineOf += 1 }
                lastStart = word.startIndex
                let id = bytes.withUnsafeBufferPointer { buffer in
                    let slice = UnsafeBufferPointer(rebasing: buffer[word])
                    return table.find(slice, hash: SpellingTable.hash(slice))
                }
                guard let id else { continue }
                for candidate in sequences[Int(id)] where candidate.words.count <= words.count - index {
                    let matches = candidate.words.enumerated().allSatisfy { offset, expected in bytes[words[index + offset]].elementsEqual(expected) }
                    if matches {
                        problems.append(Diagnostic(file: path, line: lineOf, "contains an identifier that stage '\(candidate.stage)' replaced or the study lists"))
                        break
                    }
                }
                if problems.count >= limit { break }
            }
            if problems.count >= limit { break }
        }
        guard problems.isEmpty else {
            throw DiagnosticList(problems + [Diagnostic("leak gate: identifiers survived in the artifacts above; nothing was published")])
        }
    }

    /// Byte ranges of maximal runs of letters and digits (any non-ASCII byte counts as a letter).
    static func words(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = -1
        for (index, byte) in bytes.enumerated() {
            let isWord = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
            if isWord {
                if start < 0 { start = index }
            } else if start >= 0 {
                ranges.append(start..<index)
                start = -1
            }
        }
        if start >= 0 { ranges.append(start..<bytes.count) }
        return ranges
    }
}
