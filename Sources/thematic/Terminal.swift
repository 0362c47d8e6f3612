import Foundation

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

    private static let progressLock = NSLock()
    nonisolated(unsafe) private static var progressShown = false

    /// A progress reporter that redraws one status line on stderr when it is a TTY, and does nothing otherwise.
    static var progress: (@Sendable (String) -> Void)? {
        guard stderrIsTTY else { return nil }
        let report: @Sendable (String) -> Void = { message in Terminal.showProgress(message) }
        return report
    }

    private static func showProgress(_ message: String) {
        progressLock.lock(); defer { progressLock.unlock() }
        let width = 78
        let line = message.count > width ? String(message.prefix(width - 1)) + "…" : message
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
        progressShown = true
    }

    static func clearProgress() {
        progressLock.lock(); defer { progressLock.unlock() }
        if progressShown {
            FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
            progressShown = false
        }
    }
}
