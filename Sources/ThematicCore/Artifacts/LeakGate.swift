import Foundation

/// A string no published byte may contain, and how messages refer to it without repeating it.
public struct ProtectedIdentifier: Hashable, Sendable {
    /// The identifier as found or listed.
    public var text: String
    /// What messages call it: the entity's reference in the key (`person-3`), or where the study lists it.
    public var reference: String
    /// A one-word identifier that is also an ordinary word ("Per", "Else", "Line"): it counts only where its context
    /// says it is a name (`MentionMatcher.isNameInContext`), for the anonymizer and the leak gate alike.
    public var needsNameContext: Bool

    /// Creates a protected identifier.
    public init(_ text: String, reference: String, needsNameContext: Bool = false) {
        self.text = text
        self.reference = reference
        self.needsNameContext = needsNameContext
    }
}

/// The last check before a run publishes: nothing the run publishes — any artifact's bytes, any artifact's path,
/// the manifest, the terminal summary — may contain a protected identifier, in any spelling.
///
/// Text is compared in `LeakText`'s normal form: escapes (XML/HTML, JSON, percent) undone, NFKC, lower case, soft
/// hyphens and zero-width characters removed, any non-letter separating words, digit groups joined. Messages name
/// the channel, the line and the identifier's reference, never the identifier itself.
public enum LeakGate {
    /// One thing a run publishes, by the name messages use for it.
    public struct Channel: Sendable {
        public var name: String
        public var text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// The channel of published file names.
    public static let fileNamesChannel = "(the names of the published files; line n is the n-th file in sorted order)"

    /// The channels of an artifact set: each file's bytes, and the list of file paths.
    public static func channels(of artifacts: ArtifactSet) -> [Channel] {
        var channels = artifacts.paths.map { Channel(name: $0, text: String(decoding: artifacts[$0]!, as: UTF8.self)) }
        channels.append(Channel(name: fileNamesChannel, text: artifacts.paths.joined(separator: "\n")))
        return channels
    }

    /// Throws, naming every place found (up to `limit`), when a channel contains a protected identifier; `advice`
    /// ends the message (what to do about it).
    public static func check(_ channels: [Channel], protected: [ProtectedIdentifier], advice: String? = nil, limit: Int = 20, jobs: Int = 1) throws {
        try check(names: channels.map(\.name), order: Array(channels.indices), find: { matcher, index in matcher.find(in: channels[index].text) },
                  protected: protected, advice: advice, limit: limit, jobs: jobs)
    }

    /// Checks every file of `artifacts`, the list of their paths, and `extra` channels (the terminal summary). Each
    /// file is read only while it is checked, and a file the set keeps on disk is read from there in pieces, so the
    /// check holds a piece per thread, not a copy of the output. `ownWording` gives, per path, Thematic's own fixed
    /// phrases in that file (`StageDescriptor.ownWording`): written exactly so, they are not read as identifiers.
    public static func check(_ artifacts: ArtifactSet, extra: [Channel], protected: [ProtectedIdentifier], ownWording: [String: [String]] = [:],
                             advice: String? = nil, limit: Int = 20, jobs: Int = 1) throws {
        let paths = artifacts.paths
        let names = paths + [fileNamesChannel] + extra.map(\.name)
        // Largest files first, so the last file a thread takes is a small one.
        let sizes = names.indices.map { $0 < paths.count ? artifacts.size(of: paths[$0]) : 0 }
        let order = names.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        try check(names: names, order: order, find: { matcher, index in
            if index < paths.count {
                let own = ownWording[paths[index]] ?? []
                if let file = artifacts.spooledFile(paths[index]), let found = try? matcher.find(inFile: file, ownWording: own) { return found }
                return matcher.find(in: String(decoding: artifacts[paths[index]] ?? Data(), as: UTF8.self), ownWording: own)
            }
            if index == paths.count { return matcher.find(in: paths.joined(separator: "\n")) }
            return matcher.find(in: extra[index - paths.count - 1].text)
        }, protected: protected, advice: advice, limit: limit, jobs: jobs)
    }

    /// Checks the channels in `order` (indices into `names`) on `jobs` threads.
    private static func check(names: [String], order: [Int], find: (Matcher, Int) -> [(line: Int, reference: String)], protected: [ProtectedIdentifier],
                              advice: String?, limit: Int, jobs: Int) throws {
        let matcher = Matcher(protected.sorted { ($0.reference, $0.text) < ($1.reference, $1.text) })
        guard !matcher.isEmpty else { return }
        // Channels are checked in parallel and their findings merged in channel order, so messages do not depend on
        // the number of threads.
        let found = ConcurrentSlots<[(line: Int, reference: String)]>(count: names.count)
        withoutActuallyEscaping(find) { find in
            nonisolated(unsafe) let find = find
            _ = ConcurrentSlots<Bool>.map(count: order.count, jobs: jobs) { position in
                found[order[position]] = find(matcher, order[position])
                return true
            }
        }
        var problems: [Diagnostic] = []
        for (number, channelName) in names.enumerated() {
            // A file whose name holds the identifier is not named: the message must not repeat what it protects.
            let name = matcher.find(in: channelName).isEmpty ? channelName : "(published file #\(number + 1), whose name holds an identifier)"
            for (line, reference) in found[number] ?? [] {
                problems.append(Diagnostic(file: name, line: line, "contains a protected identifier (\(reference))"))
                if problems.count >= limit { break }
            }
            if problems.count >= limit { break }
        }
        guard problems.isEmpty else {
            var closing = "leak gate: identifiers survived in what this run would publish; nothing was published" + (advice.map { "; \($0)" } ?? "")
            if problems.contains(where: { $0.file == fileNamesChannel }) {
                closing += "; an interview id holds an identifier: give the transcripts neutral ids with `thematic anonymize --rename` (the mapping stays in the key)"
            }
            throw DiagnosticList(problems + [Diagnostic(closing)])
        }
    }

    /// The leak gate's matcher: the one definition of a mention the anonymizer replaces by (`MentionMatcher`).
    public typealias Matcher = MentionMatcher
}

extension MentionMatcher {
    /// Texts longer than this are read in pieces of about this many bytes, so a large file (a project archive)
    /// costs the check a piece's index, not the whole file's.
    public static let pieceBytes = 1 << 20
    /// Consecutive pieces share this many lines, so an identifier broken over lines is still read whole.
    static let overlapLines = 16

    /// Lines and references of every match in `text`, in order (one per line and reference); `ownWording`: phrases
    /// of Thematic's own that are not read.
    public func find(in text: String, ownWording: [String] = []) -> [(line: Int, reference: String)] {
        guard text.utf8.count > Self.pieceBytes else { return findWhole(in: text, ownWording: ownWording) }
        var text = text
        return text.withUTF8 { bytes in
            var lineStarts = [0]
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
            var found: [(line: Int, reference: String)] = []
            var seen = Set<String>()
            var first = 0
            while first < lineStarts.count {
                var last = first + 1
                while last < lineStarts.count, lineStarts[last] - lineStarts[first] < Self.pieceBytes { last += 1 }
                let end = last < lineStarts.count ? lineStarts[last] : bytes.count
                let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStarts[first]..<end]), as: UTF8.self)
                for (line, reference) in findWhole(in: piece, ownWording: ownWording) where seen.insert("\(first + line)|\(reference)").inserted {
                    found.append((first + line, reference))
                }
                guard last < lineStarts.count else { break }
                first = max(first + 1, last - Self.overlapLines)
            }
            return found.sorted { ($0.line, $0.reference) < ($1.line, $1.reference) }
        }
    }

    /// Lines and references of every match in the file at `path`, read in pieces that share their last lines with
    /// the next piece (as `find(in:)` reads a long text), so only a piece is in memory.
    public func find(inFile path: String, ownWording: [String] = []) throws -> [(line: Int, reference: String)] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Diagnostic(file: path, "cannot be read for the leak gate") }
        defer { try? handle.close() }
        var found: [(line: Int, reference: String)] = []
        var seen = Set<String>()
        // Bytes, not `Data`: the piece's lines are counted and searched a byte at a time, and `Data`'s iterator and
        // subscripts cost several times what the bytes do.
        var pending: [UInt8] = []
        var firstLine = 0
        while true {
            let block = try handle.read(upToCount: Self.pieceBytes) ?? Data()
            let atEnd = block.isEmpty
            pending.append(contentsOf: block)
            if !atEnd, pending.count < Self.pieceBytes { continue }
            let cut = atEnd ? pending.count : (pending.lastIndex(of: 0x0A).map { $0 + 1 } ?? pending.count)
            // The piece's UUIDs are blanked in its bytes, before it becomes a string, rather than in a copy of that string.
            LeakText.blankUUIDs(in: &pending, upTo: cut)
            for (line, reference) in findWhole(in: String(decoding: pending[..<cut], as: UTF8.self), ownWording: ownWording, uuidsBlanked: true)
            where seen.insert("\(firstLine + line)|\(reference)").inserted {
                found.append((firstLine + line, reference))
            }
            if atEnd { break }
            // Keep the piece's last lines (at most 256 KB of them) for the next piece, counting the lines left behind.
            let keep = pending.withUnsafeBufferPointer { bytes in
                var keep = cut
                var lines = 0
                while keep > 0, lines <= Self.overlapLines, cut - keep < 1 << 18 {
                    keep -= 1
                    if bytes[keep] == 0x0A, keep < cut - 1 { lines += 1 }
                }
                if keep > 0, bytes[keep] == 0x0A { keep += 1 }
                firstLine += bytes[..<keep].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                return keep
            }
            pending.removeFirst(keep)
        }
        return found.sorted { ($0.line, $0.reference) < ($1.line, $1.reference) }
    }

    /// `uuidsBlanked`: the caller blanked the text's UUIDs already. `readingEveryLine`: index the whole text rather
    /// than its windows (`windows(in:lineStarts:lineEnds:)`); the same findings, for tests to compare.
    func findWhole(in text: String, ownWording: [String], uuidsBlanked: Bool = false, readingEveryLine: Bool = false) -> [(line: Int, reference: String)] {
        // No test for a hyphen first: Foundation's `contains` costs more than the byte scan that finds no UUID.
        var text = uuidsBlanked ? text : LeakText.blankingUUIDs(text)
        // Thematic's own phrases become spaces of the same length: lines and the words around stay where they were.
        if !ownWording.isEmpty { text = LeakText.blankingPhrases(ownWording, in: text) }
        var found: [(line: Int, reference: String)] = []
        var seen = Set<String>()
        func collect(_ index: LeakText.WordIndex, linesBefore: Int) {
            for mention in mentions(in: index) where seen.insert("\(linesBefore + mention.line)|\(identifiers[mention.identifier].reference)").inserted {
                found.append((linesBefore + mention.line, identifiers[mention.identifier].reference))
            }
            for (line, identifier) in numberMentions(in: index) where seen.insert("\(linesBefore + line)|\(identifiers[identifier].reference)").inserted {
                found.append((linesBefore + line, identifiers[identifier].reference))
            }
        }
        if readingEveryLine {
            collect(LeakText.WordIndex(text), linesBefore: 0)
        } else {
            text.withUTF8 { bytes in
                // Lines as the index splits them: a text ending in a line break ends with an empty line.
                var lineStarts = [0]
                var lineEnds: [Int] = []
                for (offset, byte) in bytes.enumerated() where byte == 0x0A {
                    lineEnds.append(offset)
                    lineStarts.append(offset + 1)
                }
                lineEnds.append(bytes.count)
                func lines(_ range: Range<Int>) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStarts[range.lowerBound]..<lineEnds[range.upperBound - 1]]), as: UTF8.self)
                }
                for window in windows(in: bytes, lineStarts: lineStarts, lineEnds: lineEnds) {
                    guard window.lowerBound > 0 else {
                        collect(LeakText.WordIndex(lines(window)), linesBefore: 0)
                        continue
                    }
                    // What the lines before left: the last line with anything but white space decides (0: none has).
                    var previous: UInt32 = 0
                    for line in stride(from: window.lowerBound - 1, through: 0, by: -1) {
                        if let left = LeakText.WordIndex.previous(after: lines(line..<(line + 1))) {
                            previous = left
                            break
                        }
                    }
                    collect(LeakText.WordIndex(continuing: lines(window), previous: previous), linesBefore: window.lowerBound)
                }
            }
        }
        return found.sorted { ($0.line, $0.reference) < ($1.line, $1.reference) }
    }
}
