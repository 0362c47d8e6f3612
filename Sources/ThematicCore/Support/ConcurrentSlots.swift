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
}
