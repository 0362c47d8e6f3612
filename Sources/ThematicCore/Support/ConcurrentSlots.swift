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
}
