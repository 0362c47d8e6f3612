// `make bench` part: anonymization throughput over a corpus on one and on two threads, against a baseline measured
// in the same process (one tokenising pass over the same text with the anonymizer's own tokenizer). Loading the
// transcripts is not timed.
//
// usage: anonymization-benchmark STUDY.yaml TRANSCRIPT…
import AnonymizationStage
import Foundation
import ThematicCore
import ThematicPipeline

func seconds(rounds: Int = 3, _ work: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<rounds {
        let elapsed = try clock.measure(work)
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return best
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: anonymization-benchmark STUDY.yaml TRANSCRIPT…\n".utf8))
    exit(2)
}
do {
    let (study, _) = try StudyLoader.load(path: arguments[0], displayName: arguments[0])
    let files = arguments.dropFirst().map { (path: $0, displayName: $0) }
    let (interviews, sources) = try CorpusLoader(jobs: 2).load(Array(files))
    let megabytes = Double(sources.reduce(0) { $0 + $1.data.count }) / 1e6
    let anonymizer = try Anonymizer(study: study)

    var words = 0
    let baseline = seconds { words = interviews.reduce(0) { $0 + $1.turns.reduce(0) { $0 + Anonymizer.tokenCount($1.text) } } }
    var one: Anonymizer.Result?
    let oneThread = seconds { one = anonymizer.anonymize(interviews, jobs: 1) }
    var two: Anonymizer.Result?
    let twoThreads = seconds { two = anonymizer.anonymize(interviews, jobs: 2) }
    let same = one?.interviews == two?.interviews

    print(String(format: "anonymization corpus: %d interviews, %.1f MB of XML, %d tokens; %d identifiers, %d replacements",
                 interviews.count, megabytes, words, one?.entities.count ?? 0, one?.counts.values.reduce(0) { $0 + $1.values.reduce(0, +) } ?? 0))
    print(String(format: "tokenise (baseline)          %7.2f s  %6.1f MB/s", baseline, megabytes / baseline))
    print(String(format: "anonymize --jobs 1           %7.2f s  %6.1f MB/s  = %.2fx the baseline's time", oneThread, megabytes / oneThread, oneThread / baseline))
    print(String(format: "anonymize --jobs 2           %7.2f s  %6.1f MB/s  speed-up %.2fx, output identical: %@",
                 twoThreads, megabytes / twoThreads, oneThread / twoThreads, same ? "yes" : "NO"))
} catch {
    FileHandle.standardError.write(Data("anonymization-benchmark: \(error)\n".utf8))
    exit(1)
}
