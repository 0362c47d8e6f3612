import Foundation
import Synchronization

/// Counts finished items of a long task and reports "what: done/total, rate, time left" through a progress reporter.
///
/// The rate is items per second since the meter started, and the time left is what remains at that rate; both are
/// shown only for the terminal or a log (`--progress`), never written to artifacts.
public final class ProgressMeter: Sendable {
    private let total: Int
    private let unit: String
    /// The task, for `advance()`.
    private let what: String
    private let progress: (@Sendable (String) -> Void)?
    private let state = Mutex((done: 0, lastReport: 0.0))
    private let start = Date()
    /// Reports are at least this far apart (seconds), except the last; a log gets a line per report.
    private let interval: Double

    public init(_ what: String = "", total: Int, unit: String = "", interval: Double = 0.2, progress: (@Sendable (String) -> Void)?) {
        self.what = what
        self.total = total
        self.unit = unit
        self.interval = interval
        self.progress = progress
    }

    /// Counts one more finished item of the meter's task.
    public func advance() { advance(what) }

    /// Counts one more finished item; `what` names the task (when it changes as the items go).
    public func advance(_ what: String) {
        guard let progress else { return }
        let elapsed = Date().timeIntervalSince(start)
        let (done, due) = state.withLock { state -> (Int, Bool) in
            state.done += 1
            let due = state.done == total || elapsed - state.lastReport >= interval
            if due { state.lastReport = elapsed }
            return (state.done, due)
        }
        guard due else { return }
        progress(Self.line(what, done: done, total: total, unit: unit, elapsed: elapsed))
    }

    /// "detect: 120/2000 transcripts, 85.3/s, about 22 s left".
    static func line(_ what: String, done: Int, total: Int, unit: String, elapsed: Double) -> String {
        var line = "\(what): \(done)/\(total)" + (unit.isEmpty ? "" : " " + unit)
        guard elapsed > 0.05, done > 0 else { return line }
        let rate = Double(done) / elapsed
        line += rate >= 10 ? ", \(Int(rate.rounded()))/s" : String(format: ", %.1f/s", rate)
        if done < total { line += ", about " + duration(Double(total - done) / rate) + " left" }
        return line
    }

    /// "45 s", "3 min 5 s", "2 h 10 min".
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }
}
