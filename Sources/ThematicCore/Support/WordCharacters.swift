extension Unicode.Scalar {
    /// Whether the scalar belongs inside a word as the stages count words: a letter or a digit of any script. ASCII
    /// is answered without the Unicode property tables, which cost a fifth of a keyword search's time (and inlined
    /// into the stages' loops, which call it for every character).
    @inlinable
    public var isWordCharacter: Bool {
        if isASCII {
            let value = value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return properties.isAlphabetic || properties.numericType != nil
    }
}
