import Foundation

/// Windows code pages as document formats number them (RTF's `\ansicpg1252`, a font's `\fcharset204`), decoded with
/// iconv; for formats whose text is bytes in a numbered code page rather than in one encoding for the whole file.
public enum CodePage {
    /// The iconv name of Windows code page `number`, nil for a number no code page has.
    public static func iconvName(_ number: Int) -> String? {
        switch number {
        case 65001: "UTF-8"
        case 10000: "MACINTOSH"
        case 20127: "ASCII"
        case 28591...28599: "ISO-8859-\(number - 28590)"
        case 437, 708, 720, 737, 775, 850, 852, 855, 857, 860...866, 869, 874, 932, 936, 949, 950, 1250...1258: "CP\(number)"
        default: nil
        }
    }

    /// The code page of an RTF font's character set (`\fcharsetN`), nil for ANSI, symbol and unknown sets (the
    /// document's `\ansicpg` then applies).
    public static func forCharacterSet(_ charset: Int) -> Int? {
        switch charset {
        case 77: 10000
        case 128: 932
        case 129: 949
        case 134: 936
        case 136: 950
        case 161: 1253
        case 162: 1254
        case 163: 1258
        case 177: 1255
        case 178: 1256
        case 186: 1257
        case 204: 1251
        case 222: 874
        case 238: 1250
        default: nil
        }
    }

    /// Whether iconv can decode code page `number`.
    public static func isKnown(_ number: Int) -> Bool {
        iconvName(number).map(Iconv.knows) ?? false
    }

    /// `bytes` decoded in code page `number`; nil when a byte is no character there (or the code page is unknown).
    public static func decode(_ bytes: [UInt8], codePage number: Int) -> String? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        guard let name = iconvName(number), case .success(let text) = Iconv.decode(Data(bytes), from: name) else { return nil }
        return text
    }
}
