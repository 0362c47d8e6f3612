import ArgumentParser
import Dispatch
import Foundation
import ThematicCore
import ThematicReview

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review the de-identification in a local page; the decisions it saves are applied by every later run.",
        discussion: """
            Starts a server on 127.0.0.1 and prints one URL with a random token (open it in a browser on this \
            machine). The page lists what the anonymization stage would replace — first its guesses and names no list \
            knows, then what the leak gate would find unreplaced, then everything else — and lets you confirm, reject \
            (keep the word), change a type, add a span it missed, link or split entities and choose pseudonyms. Save \
            writes the decisions file the pipeline's anonymization stage reads (its 'decisions' option, decisions.yaml \
            beside the pipeline by default; mode 0600; never inside the output folder). `thematic analyze` applies it, \
            and the manifest records its digest. Stop with the page's Done button or Ctrl-C. See Docs/Review.md.
            """)

    @Argument(help: "The pipeline file whose transcripts and anonymization stage to review.")
    var pipeline: String

    @Option(name: .long, help: "The port on 127.0.0.1 (default: a free one).")
    var port: UInt16?

    @Option(name: .shortAndLong, help: "Worker threads for finding identifiers.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        try reportingDiagnostics {
            let backend = try StudyReview(pipelinePath: pipeline, jobs: jobs)
            for problem in backend.stale {
                Terminal.print("warning: \(problem.description) — left out of the page and kept in the file as it is")
            }
            let server = ReviewServer(backend: backend, port: port)
            let finished = DispatchSemaphore(value: 0)
            let outcome = ReviewOutcome()
            // Ctrl-C (or a TERM) stops the server cleanly instead of killing the process mid-save. A parent may have
            // started us with these signals blocked (they are inherited), so they are unblocked first.
            var stopping = sigset_t()
            sigemptyset(&stopping)
            sigaddset(&stopping, SIGINT)
            sigaddset(&stopping, SIGTERM)
            pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
            let interrupts = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { Task { await server.stop() } }
                source.resume()
                return source
            }
            Task {
                do {
                    let url = try await server.start()
                    Terminal.print("Review \(backend.decisionsName) in your browser (this machine only):\n  \(url.absoluteString)\nStop with Done in the page or Ctrl-C.")
                    await server.waitUntilDone()
                    await server.stop()
                } catch {
                    outcome.error = error
                }
                finished.signal()
            }
            finished.wait()
            for source in interrupts { source.cancel() }
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
            if let error = outcome.error { throw error }
            Terminal.print("review stopped; saved decisions are in \(backend.decisionsName) (applied by the next `thematic analyze`)")
        }
    }
}

/// What the server task ended with, read after it signalled.
private final class ReviewOutcome: @unchecked Sendable {
    var error: (any Error)?
}
