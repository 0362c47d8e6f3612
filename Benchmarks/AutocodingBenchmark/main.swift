// `make bench` part: autocoding throughput of a codebook over a corpus, on one and on two threads, against a
// baseline measured in the same process: one pass that finds the words and sentences of the same text without
// creating strings, the least work any matcher must do. Loading the transcripts is not timed.
//
// usage: autocoding-benchmark CODEBOOK.yaml STUDY.yaml TRANSCRIPT…
import Foundation
import ThematicCoding
import ThematicCore
import ThematicPipeline

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<3 {
        let elapsed = try clock.measure(work)
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return best
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: autocoding-benchmark CODEBOOK.yaml STUDY.yaml TRANSCRIPT…\n".utf8))
    exit(2)
}
do {
    let (codebook, _) = try CodebookLoader.load(path: arguments[0], displayName: arguments[0])
    let files = arguments.dropFirst(2).map { (path: $0, displayName: $0) }
    let (interviews, sources) = try CorpusLoader(jobs: 2).load(Array(files))
    let xmlBytes = sources.reduce(0) { $0 + $1.data.count }
    let textBytes = interviews.reduce(0) { $0 + $1.turns.reduce(0) { $0 + $1.text.utf8.count } }
    let autocoder = try Autocoder(codebook: codebook)

    var tokens = 0
    let baseline = seconds {
        tokens = 0
        for interview in interviews {
            for turn in interview.turns {
                let text = turn.text
                let counts = TextSegmenter.counts(in: text)
                tokens += counts.words + counts.sentences
            }
        }
    }
    var codings: [CodedSegment] = []
    let oneThread = try seconds { codings = try autocoder.code(interviews, jobs: 1) }
    var parallel: [CodedSegment] = []
    let twoThreads = try seconds { parallel = try autocoder.code(interviews, jobs: 2) }

    let megabytes = Double(xmlBytes) / 1e6
    let textMegabytes = Double(textBytes) / 1e6
    print(String(format: "autocoding corpus: %d interviews, %.1f MB of XML (%.1f MB of spoken text), %d rules, %d codings",
                 interviews.count, megabytes, textMegabytes, autocoder.ruleCount, codings.count))
    print(String(format: "tokenise + split sentences (baseline) %7.2f s  %6.1f MB/s", baseline, megabytes / baseline))
    print(String(format: "autocode --jobs 1                     %7.2f s  %6.1f MB/s  = %.2fx the baseline's time", oneThread, megabytes / oneThread, oneThread / baseline))
    print(String(format: "autocode --jobs 2                     %7.2f s  %6.1f MB/s  speed-up %.2fx, codings identical: %@",
                 twoThreads, megabytes / twoThreads, oneThread / twoThreads, codings == parallel ? "yes" : "NO"))
    if tokens == 0 { print("(empty corpus)") }
} catch {
    FileHandle.standardError.write(Data("autocoding-benchmark: \(error)\n".utf8))
    exit(1)
}
