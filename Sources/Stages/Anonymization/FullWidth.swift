/// Full-width forms of ASCII (U+FF01–FF5E: "０３０８９１１００７５", "＋４７", typed with CJK input methods or pasted from
/// East Asian documents) and the ideographic space, folded to ASCII so the shape recognizers (numbers, phones, e-mail)
/// read them, with a map from each byte of the folded text back to the text as written.
enum FullWidth {
    /// The folded text and, per byte of it (and one past its end), the offset in `text`; nil when there is nothing to fold.
    static func fold(_ text: String) -> (text: String, offsets: [Int])? {
        // U+FF01–FF5E are EF BC 81 … EF BD 9E in UTF-8, U+3000 is E3 80 80.
        guard text.utf8.contains(where: { $0 == 0xEF || $0 == 0xE3 }) else { return nil }
        var out: [UInt8] = []
        var offsets: [Int] = []
        out.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var changed = false
        var offset = 0
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000 {
                out.append(scalar.value == 0x3000 ? 0x20 : UInt8(scalar.value - 0xFEE0))
                offsets.append(offset)
                changed = true
            } else {
                var index = 0
                UTF8.encode(scalar) { byte in
                    out.append(byte)
                    offsets.append(offset + index)
                    index += 1
                }
            }
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        return changed ? (String(decoding: out, as: UTF8.self), offsets) : nil
    }
}
