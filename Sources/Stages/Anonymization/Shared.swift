/// One immutable value behind a reference, so the structs that hand it around per text (a text view, a lexicon) copy
/// one pointer instead of every word list inside it. Read it through a `_read` accessor to borrow, not copy.
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
