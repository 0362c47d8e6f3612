import Foundation
import Synchronization

/// Fixed slots that worker threads fill by index, read once they have all finished; how stages that parallelise
/// over interviews keep their results in interview order whatever the number of threads. The one concurrency helper
/// of the project: a mutex-guarded array, so it is `Sendable` without being unchecked.
public final class ConcurrentSlots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    /// `count` empty slots.
    public init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    /// The value in slot `index`.
    public subscript(index: Int) -> Value? {
        get { storage.withLock { $0[index] } }
        set { storage.withLock { $0[index] = newValue } }
    }

    /// All slots, in order.
    public var values: [Value?] { storage.withLock { $0 } }

    /// How many slots there are.
    public var count: Int { storage.withLock { $0.count } }

    /// Takes the value out of slot `index`, leaving it empty; the value is let go of by the caller, outside the lock.
    public func take(_ index: Int) -> Value? {
        storage.withLock { slots in
            defer { slots[index] = nil }
            return slots[index]
        }
    }
}

extension ConcurrentSlots {
    /// Lets go of `values` on up to `jobs` threads, leaving it empty. Freeing a chunk of transcripts (thousands of
    /// small allocations each) on the calling thread kept the other threads idle between the parallel phases of a
    /// stage. Only what nothing else holds is freed: values shared with another array are just let go of.
    public static func release(_ values: inout [Value], jobs: Int) {
        guard jobs > 1, values.count > 1 else { return values = [] }
        let slots = ConcurrentSlots(count: 0)
        slots.storage.withLock { $0 = values.map { $0 } }
        values = []
        slots.fill(jobs: jobs) { _, next in
            while let index = next() { _ = slots.take(index) }
        }
    }
}

extension ConcurrentSlots {
    /// `make(index)` for every index below `count`, on up to `jobs` threads, in index order. Indices are handed out
    /// one at a time, so a few large items (a theme that holds every coding) do not leave the other threads idle.
    public static func map(count: Int, jobs: Int, _ make: @Sendable (Int) -> Value) -> [Value] {
        let slots = ConcurrentSlots(count: count)
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < count else { return }
                slots[index] = make(index)
            }
        }
        return slots.values.map { $0! }
    }

    /// Runs `work(worker, next)` once on each of up to `jobs` threads (`worker` numbers them from 0); each takes slot
    /// indices from `next` — handed out one at a time, so a long item does not leave the other threads idle — until
    /// it gives nil, and fills those slots. Unlike `map`, a worker keeps what it learns (a lexicon, a matcher) from one
    /// item to the next.
    public func fill(jobs: Int, _ work: @Sendable (_ worker: Int, _ next: () -> Int?) -> Void) {
        let total = count
        let handedOut = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, total))) { worker in
            work(worker) {
                handedOut.withLock { value -> Int? in
                    guard value < total else { return nil }
                    defer { value += 1 }
                    return value
                }
            }
        }
    }
}

/// Items made on worker threads and handed on in order as they are ready: how a large artifact's pieces are encoded
/// in parallel while the calling thread writes the ones before them (with `map` in groups the writer waited for a
/// whole group, and the workers for the writer).
public enum OrderedProduction {
    /// `make(index)` for every index below `count` on up to `jobs` threads, each result handed to `consume` on the
    /// calling thread in index order. Workers run at most `window` items (twice the workers unless given) ahead of
    /// `consume`, so that many results are held at most. The first error (in index order) from either closure is thrown, after the workers have stopped.
    public static func run<Value: Sendable>(count: Int, jobs: Int, window: Int? = nil, make: @escaping @Sendable (Int) throws -> Value,
                                            consume: (Value) throws -> Void) throws {
        guard count > 0 else { return }
        let workers = max(1, min(jobs, count))
        guard workers > 1 else {
            for index in 0..<count { try consume(make(index)) }
            return
        }
        let state = ProductionState<Value>(count: count, window: max(workers, window ?? 2 * workers))
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let index = state.nextIndex() {
                    state.deliver(index, Result { try make(index) })
                }
            }
        }
        var failure: (any Error)?
        for index in 0..<count {
            // When no worker has taken the next item yet, the calling thread makes it itself: so the run goes on even
            // if the pool is slow to give threads (the caller may be one of its threads, waiting here).
            let result = state.take(index) { made in Result { try make(made) } }
            do { try consume(result.get()) } catch {
                failure = error
                break
            }
        }
        state.stop()
        group.wait()
        if let failure { throw failure }
    }
}

/// The shared state of one `OrderedProduction.run`: the next index to hand out, the results not yet consumed, and how
/// far the consumer has come.
private final class ProductionState<Value: Sendable>: @unchecked Sendable {
    // Guarded by `condition` (a lock and the signal both sides wait on).
    private let condition = NSCondition()
    private var handedOut = 0
    private var consumed = 0
    private var stopped = false
    private var ready: [Int: Result<Value, any Error>] = [:]
    private let count: Int
    private let window: Int

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next index to make, waiting while the workers are `window` ahead; nil when all are handed out or stopped.
    func nextIndex() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, handedOut < count, handedOut >= consumed + window { condition.wait() }
        guard !stopped, handedOut < count else { return nil }
        defer { handedOut += 1 }
        return handedOut
    }

    func deliver(_ index: Int, _ result: Result<Value, any Error>) {
        condition.lock()
        ready[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The result for `index`: made by `make` here when no worker has taken it yet, else waited for.
    func take(_ index: Int, make: (Int) -> Result<Value, any Error>) -> Result<Value, any Error> {
        condition.lock()
        while ready[index] == nil {
            if handedOut == index {
                handedOut += 1
                condition.unlock()
                let result = make(index)
                condition.lock()
                ready[index] = result
                break
            }
            condition.wait()
        }
        consumed = index + 1
        condition.broadcast()
        defer { condition.unlock() }
        return ready.removeValue(forKey: index)!
    }

    /// Hands out no more indices (the consumer failed).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
