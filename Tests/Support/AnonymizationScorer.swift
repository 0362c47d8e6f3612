import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Scores an anonymized copy of an Interview XML corpus against the corpus's `gold.json`: a port of the shared kit's
/// `score_anon.py` (../shared/tools), so that `make test` needs neither ../shared nor Python. Same rules, same
/// summary line (figures printed to three decimals, as the tests' floors are written), checked equal to the Python
/// script on every corpus the tests score when it was ported.
///
/// - recall: share of gold identifiers whose full text is gone from their turn (an `age` only as a whole number);
/// - strict: share of those with no word (≥ 3 characters) of the identifier left in the turn;
/// - keep_words: share of the gold's must-keep phrases still in their turn;
/// - ordinary_words_kept: share of the words (4+ letters, outside identifiers) of the original still in the turn.
///
/// It reads the transcripts with Foundation's XML parser, not Thematic's, so a fault of the reader under test cannot
/// hide itself in the score.
public enum AnonymizationScorer {
    public struct Score: Sendable {
        /// The lines the Python scorer prints: one per identifier type, then the summary last.
        public var output: String
        /// The summary figures as printed (`recall`, `strict`, `keep_words`, `ordinary_words_kept`, `missing_files`).
        public var figures: [String: Double]
    }

    struct Gold: Decodable {
        struct Entity: Decodable { var turn: Int; var type: String; var text: String }
        struct Keep: Decodable { var turn: Int; var text: String }
        var entities: [Entity]
        var keep: [Keep]
    }

    /// Scores `anonymized` (files named as in `corpus`) against `corpus/gold.json`; `exclude` leaves identifier types out.
    public static func score(corpus: URL, anonymized: URL, exclude: Set<String> = []) throws -> Score {
        let gold = try JSONDecoder().decode([String: Gold].self, from: Data(contentsOf: corpus.appendingPathComponent("gold.json")))
        var total: [String: Int] = [:], hit: [String: Int] = [:], strict: [String: Int] = [:]
        var keepTotal = 0, keepHit = 0, wordTotal = 0, wordHit = 0, missing = 0
        var lines: [String] = []
        for (name, entry) in gold.sorted(by: { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }) {
            let anonymizedFile = anonymized.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: anonymizedFile.path) else { missing += 1; continue }
            let original = try turns(of: corpus.appendingPathComponent(name)), after = try turns(of: anonymizedFile)
            guard after.count == original.count else {
                lines.append("\(name): turn count \(after.count) != \(original.count)")
                missing += 1
                continue
            }
            var identifiersOfTurn: [Int: [String]] = [:]
            for entity in entry.entities where !exclude.contains(entity.type) {
                let turn = after[entity.turn]
                total[entity.type, default: 0] += 1
                identifiersOfTurn[entity.turn, default: []].append(entity.text)
                let gone = entity.type == "age" ? !ScoredText.containsNumber(entity.text, in: turn) : !ScoredText.contains(entity.text, in: turn)
                guard gone else { continue }
                hit[entity.type, default: 0] += 1
                let words = ScoredText.words(entity.text).filter { $0.unicodeScalars.count >= 3 }
                if !words.contains(where: { ScoredText.containsWord($0, in: turn) }) { strict[entity.type, default: 0] += 1 }
            }
            for phrase in entry.keep {
                keepTotal += 1
                if ScoredText.contains(phrase.text, in: after[phrase.turn]) { keepHit += 1 }
            }
            for (index, text) in original.enumerated() {
                var masked = text
                for identifier in identifiersOfTurn[index] ?? [] { masked = ScoredText.replacingAll(identifier, with: " ", in: masked) }
                let kept = Set(ScoredText.letterRuns(after[index]))
                let words = ScoredText.letterRuns(masked)
                wordTotal += words.count
                wordHit += words.filter { kept.contains($0) }.count
            }
        }
        let sum = { (counts: [String: Int]) in counts.values.reduce(0, +) }
        for type in total.keys.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            let all = Double(total[type]!)
            lines.append("\(type.padding(toLength: max(8, type.count), withPad: " ", startingAt: 0)) \(pad(hit[type, default: 0]))/\(pad(total[type]!)) "
                         + "recall=\(fixed(Double(hit[type, default: 0]) / all)) strict=\(fixed(Double(strict[type, default: 0]) / all))")
        }
        let all = sum(total)
        let recall = all > 0 ? Double(sum(hit)) / Double(all) : 0, strictShare = all > 0 ? Double(sum(strict)) / Double(all) : 0
        let keep = keepTotal > 0 ? Double(keepHit) / Double(keepTotal) : 1, wordsKept = wordTotal > 0 ? Double(wordHit) / Double(wordTotal) : 1
        let summary = "recall=\(fixed(recall)) strict=\(fixed(strictShare)) keep_words=\(fixed(keep)) ordinary_words_kept=\(fixed(wordsKept)) missing_files=\(missing)"
        lines.append(summary)
        var figures: [String: Double] = [:]
        for pair in summary.split(separator: " ") {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let value = Double(parts[1]) { figures[String(parts[0])] = value }
        }
        return Score(output: lines.joined(separator: "\n") + "\n", figures: figures)
    }

    /// The text of every `turn` element (namespace urn:thematic:interview:1), in document order, inline markup's text
    /// included — what ElementTree's `itertext()` gives.
    static func turns(of file: URL) throws -> [String] {
        let document = try XMLDocument(data: Data(contentsOf: file), options: [])
        var result: [String] = []
        func walk(_ node: XMLNode) {
            if let element = node as? XMLElement, element.localName == "turn", element.uri == "urn:thematic:interview:1" {
                result.append(element.stringValue ?? "")
            }
            for child in node.children ?? [] where child.kind == .element { walk(child) }
        }
        if let root = document.rootElement() { walk(root) }
        return result
    }

    /// Python's `f"{x:.3f}"` (both round the binary value correctly).
    static func fixed(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Python's `f"{n:4d}"`.
    static func pad(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 4 - text.count)) + text
    }
}
