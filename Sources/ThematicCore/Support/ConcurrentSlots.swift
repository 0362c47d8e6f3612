import Foundation

/// Fixed slots that worker threads fill by index, read once they have all finished; how stages that parallelise
/// over interviews keep their results in interview order whatever the number of threads.
public final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    /// `count` empty slots.
    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// The value in slot `index`.
    public subscript(index: Int) -> Value? {
        get { lock.lock(); defer { lock.unlock() }; return storage[index] }
        set { lock.lock(); storage[index] = newValue; lock.unlock() }
    }

    /// All slots, in order.
    public var values: [Value?] { lock.lock(); defer { lock.unlock() }; return storage }
}
