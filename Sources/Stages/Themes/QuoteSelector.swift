import ThematicCore

/// Chooses exemplar quotes for a theme or sub-theme, deterministically.
///
/// Candidates are the segments coded under the entry whose length is between the minimum and maximum word counts.
/// Each is scored by specificity: the share of the segment's codes (leaf codes) that sit under the entry, so a
/// segment about this theme alone beats one that touches three themes. Ties go to the segment carrying more of
/// the entry's codes, then to a length near 30 words, then to interview, turn and offset order. Participants are
/// quoted once each before anyone is quoted twice.
struct QuoteSelector {
    let settings: ThemeSettings
    /// The study's participants by id (a study can have thousands; each chosen quote looks one up).
    let participants: [String: Participant]
    let participantOf: [String: String]

    init(settings: ThemeSettings, study: Study, participantOf: [String: String]) {
        self.settings = settings
        participants = Dictionary(study.participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.participantOf = participantOf
    }

    func select(for entry: Codebook.Entry, candidates: some Sequence<CodedSegment>, segments: Segments, codebook: Codebook) -> [ThemeReport.Quote] {
        guard settings.quotes > 0 else { return [] }
        let inside = Set(codebook.descendants(of: entry.id).map(\.id))
        var scored: [(quote: ThemeReport.Quote, own: Int)] = []
        var seen: Set<SegmentKey> = []
        for coding in candidates {
            let key = SegmentKey(coding)
            guard seen.insert(key).inserted else { continue }
            let words = Self.wordCount(coding.text)
            guard words >= settings.minWords, words <= settings.maxWords else { continue }
            let codes = (segments.entriesOfSpan[key] ?? []).filter { codebook[$0]?.level == .code }
            let own = codes.filter(inside.contains).count
            let specificity = codes.isEmpty ? 1 : Double(own) / Double(codes.count)
            let participant = participantOf[coding.interview] ?? coding.interview
            scored.append((ThemeReport.Quote(interview: coding.interview, participant: participant, turn: coding.turn, start: coding.start,
                                             end: coding.end, text: coding.text, citation: "", words: words,
                                             specificity: rounded(specificity, places: 4)), own))
        }
        scored.sort { lhs, rhs in
            let left = (-lhs.quote.specificity, -lhs.own, abs(lhs.quote.words - 30))
            let right = (-rhs.quote.specificity, -rhs.own, abs(rhs.quote.words - 30))
            if left != right { return left < right }
            return (lhs.quote.interview, lhs.quote.turn, lhs.quote.start) < (rhs.quote.interview, rhs.quote.turn, rhs.quote.start)
        }
        var chosen: [ThemeReport.Quote] = []
        var round = 0
        while chosen.count < settings.quotes {
            var quotedThisRound: Set<String> = []
            var added = false
            for candidate in scored where chosen.count < settings.quotes {
                let times = chosen.filter { $0.participant == candidate.quote.participant }.count
                guard times == round, !quotedThisRound.contains(candidate.quote.participant),
                      !chosen.contains(where: { $0.interview == candidate.quote.interview && $0.turn == candidate.quote.turn && $0.start == candidate.quote.start })
                else { continue }
                chosen.append(candidate.quote)
                quotedThisRound.insert(candidate.quote.participant)
                added = true
            }
            if !added { break }
            round += 1
        }
        // Cited once chosen: candidates run to every coding of the entry.
        return chosen.map { quote in
            var quote = quote
            quote.citation = citation(quote.participant)
            return quote
        }
    }

    /// Words separated by white space; ASCII text (most of it) is counted by bytes, since every candidate of every
    /// theme is counted.
    static func wordCount(_ text: String) -> Int {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: { $0.isWhitespace }).count }
        var count = 0
        var inWord = false
        for byte in bytes {
            let space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// "(Participant 4, nurse, electronic health record)".
    func citation(_ participantID: String) -> String {
        let participant = participants[participantID]
        let parts = [participant?.displayName ?? participantID] + settings.cite.compactMap { participant?.attributes[$0] }
        return "(" + parts.joined(separator: ", ") + ")"
    }
}
