import Foundation
import ThematicCore
import ThematicReview

/// A backend that serves a fixed session and records what the page sends.
final class FakeBackend: ReviewBackend, @unchecked Sendable {
    // Guarded by `lock`: the server calls from its own threads.
    private let lock = NSLock()
    private let sessionJSON: Data
    private var previews: [Data] = []
    private var saves: [Data] = []
    private let failure: (any Error)?
    private let saveFailure: (any Error)?

    /// `failure` makes every call throw; `saveFailure` only saves (the page must show it and keep the decisions).
    init(session: [String: Any] = ReviewFixture.session, failure: (any Error)? = nil, saveFailure: (any Error)? = nil) {
        self.sessionJSON = try! JSONSerialization.data(withJSONObject: session, options: [.sortedKeys])
        self.failure = failure
        self.saveFailure = saveFailure
    }

    func session() throws -> Data {
        if let failure { throw failure }
        return sessionJSON
    }

    func preview(decisions: Data) throws -> Data {
        if let failure { throw failure }
        let count = Self.decisions(in: decisions).count
        lock.withLock { previews.append(decisions) }
        return Data(#"{"decisions": \#(count), "replacements": {"added": 1, "kept": 1}}"#.utf8)
    }

    func save(decisions: Data) throws -> Data {
        if let failure = failure ?? saveFailure { throw failure }
        let count = Self.decisions(in: decisions).count
        lock.withLock { saves.append(decisions) }
        return Data(#"{"saved": \#(count), "file": "decisions.yaml", "summary": {"decisions": \#(count)}}"#.utf8)
    }

    var savedBodies: [Data] { lock.withLock { saves } }
    var previewCount: Int { lock.withLock { previews.count } }

    static func decisions(in body: Data) -> [Any] {
        ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any])?["decisions"] as? [Any] ?? []
    }
}
