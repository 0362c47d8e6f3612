/// The primitives of Thematic's compact binary forms (the interview archive, the scratch records stages spill to
/// disk): integers as LEB128 (zig-zag for signed), strings as a length and UTF-8 bytes, optional values behind a 0/1
/// byte, doubles as their 8 bit-pattern bytes. Never published; written and read by the same build.
public struct BinaryWriter {
    /// What has been written.
    public var bytes: [UInt8] = []

    public init() {}

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    public mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    public mutating func int(_ value: Int) { unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }

    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func string(_ text: String) {
        unsigned(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func optional<Value>(_ value: Value?, _ write: (inout BinaryWriter, Value) -> Void) {
        guard let value else { bytes.append(0); return }
        bytes.append(1)
        write(&self, value)
    }

    /// A count, then each element.
    public mutating func array<Element>(_ values: some Collection<Element>, _ write: (inout BinaryWriter, Element) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what `BinaryWriter` wrote; every read checks the bounds and throws a `Diagnostic` naming `what` when the
/// bytes end early or hold a value that cannot be.
public struct BinaryReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next read starts.
    public private(set) var position = 0

    public init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The error for damaged input.
    public func damaged(_ what: String) -> Diagnostic {
        Diagnostic("\(what) is damaged (at byte \(position))")
    }

    mutating func take(_ count: Int) -> UnsafeBufferPointer<UInt8>.SubSequence {
        let end = min(bytes.count, position + max(0, count))
        defer { position = end }
        return bytes[position..<end]
    }

    public mutating func byte(_ what: String) throws -> UInt8 {
        guard position < bytes.count else { throw damaged(what) }
        defer { position += 1 }
        return bytes[position]
    }

    public mutating func unsigned(_ what: String) throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte(what)
            guard shift < 64 else { throw damaged(what) }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    public mutating func int(_ what: String) throws -> Int {
        let raw = try unsigned(what)
        return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    public mutating func bool(_ what: String) throws -> Bool {
        switch try byte(what) {
        case 0: return false
        case 1: return true
        default: throw damaged(what)
        }
    }

    /// A count of items that follow, each at least a byte long.
    public mutating func count(_ what: String) throws -> Int {
        let value = try int(what)
        guard value >= 0, value <= bytes.count - position else { throw damaged(what) }
        return value
    }

    public mutating func string(_ what: String) throws -> String {
        let length = try unsigned(what)
        guard length <= UInt64(bytes.count - position) else { throw damaged(what) }
        return String(decoding: take(Int(length)), as: UTF8.self)
    }

    public mutating func double(_ what: String) throws -> Double {
        guard bytes.count - position >= 8 else { throw damaged(what) }
        var pattern: UInt64 = 0
        for (shift, byte) in take(8).enumerated() { pattern |= UInt64(byte) << (8 * UInt64(shift)) }
        return Double(bitPattern: pattern)
    }

    public mutating func optional<Value>(_ what: String, _ read: (inout BinaryReader) throws -> Value) throws -> Value? {
        switch try byte(what) {
        case 0: return nil
        case 1: return try read(&self)
        default: throw damaged(what)
        }
    }

    /// What `BinaryWriter.array` wrote.
    public mutating func array<Element>(_ what: String, _ read: (inout BinaryReader) throws -> Element) throws -> [Element] {
        try (0..<count(what)).map { _ in try read(&self) }
    }
}
