import Foundation
import Synchronization

/// Writing to the terminal: results to stdout, problems and progress to stderr.
enum Terminal {
    /// Whether stderr is an interactive terminal (progress is shown only then).
    static let stderrIsTTY = isatty(STDERR_FILENO) == 1

    static func error(_ message: String) {
        clearProgress()
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        clearProgress()
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    static func print(_ line: String) {
        clearProgress()
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Whether a progress line is on screen (redrawn and cleared under the lock, so lines never interleave).
    private static let progressShown = Mutex(false)

    /// A progress reporter that redraws one status line on stderr when it is a TTY, and does nothing otherwise.
    static var progress: (@Sendable (String) -> Void)? {
        guard stderrIsTTY else { return nil }
        let report: @Sendable (String) -> Void = { message in Terminal.showProgress(message) }
        return report
    }

    /// Progress for `--progress`: redrawn on a terminal; otherwise one line per update on stderr, at most one a second
    /// for the same task (a task's last line, "n/n", always), so a log shows how a long run went without filling up.
    static func progress(forced: Bool) -> (@Sendable (String) -> Void)? {
        guard forced, !stderrIsTTY else { return progress }
        let last = Mutex((task: "", time: 0.0))
        let start = Date()
        return { message in
            let task = message.range(of: ": ", options: .backwards).map { String(message[..<$0.lowerBound]) } ?? message
            let now = Date().timeIntervalSince(start)
            let finished = isFinished(message)
            let due = last.withLock { last -> Bool in
                guard finished || task != last.task || now - last.time >= 1 else { return false }
                last = (task, now)
                return true
            }
            if due { FileHandle.standardError.write(Data("progress: \(message)\n".utf8)) }
        }
    }

    /// Whether a progress line counts all of its items ("8/8 transcripts").
    static func isFinished(_ message: String) -> Bool {
        for word in message.split(separator: " ") {
            let parts = word.split(separator: "/")
            if parts.count == 2, let done = Int(parts[0]), let total = Int(parts[1].filter(\.isNumber)), parts[1].allSatisfy({ $0.isNumber || $0 == "," }) {
                return done == total
            }
        }
        return false
    }

    private static func showProgress(_ message: String) {
        let width = 78
        let line = message.count > width ? String(message.prefix(width - 1)) + "…" : message
        progressShown.withLock { shown in
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
            shown = true
        }
    }

    static func clearProgress() {
        progressShown.withLock { shown in
            if shown {
                FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
                shown = false
            }
        }
    }
}
