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

    init(settings: ThemeSettings, study: Study) {
        self.settings = settings
        participants = Dictionary(study.participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Picks the quotes from the candidates (gathered by `ThemeTally`, in order), participants quoted once each before
    /// anyone is quoted twice, and cites them.
    func choose(from candidates: QuoteCandidates) -> [ThemeReport.Quote] {
        choose(from: candidates.kept)
    }

    /// Picks from candidates in `QuoteCandidates.precedes` order (all of an entry's, or the few kept of them).
    func choose(from candidates: [(quote: ThemeReport.Quote, own: Int)]) -> [ThemeReport.Quote] {
        guard settings.quotes > 0 else { return [] }
        var chosen: [ThemeReport.Quote] = []
        var round = 0
        while chosen.count < settings.quotes {
            var quotedThisRound: Set<String> = []
            var added = false
            for candidate in candidates where chosen.count < settings.quotes {
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
