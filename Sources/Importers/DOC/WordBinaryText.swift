import Foundation
import ThematicCore
import ThematicImport

/// The main text of a binary Word document: Word 97–2003 (nFib 193 and up) through its piece table, Word 6 and 95
/// (nFib 101–104) when saved in full (not fast-saved), whose text runs from `fcMin` in the WordDocument stream.
/// Footnotes, headers, comments and text boxes follow the main text in the same character positions and are not read.
enum WordBinaryText {
    /// The main document's characters as Word stores them (paragraph marks `\r`, soft breaks `\u{0B}`, cell marks
    /// `\u{07}`, field marks `\u{13}` `\u{14}` `\u{15}`), and the version read.
    static func mainText(_ file: CompoundFile, name: String) throws -> (text: String, version: String) {
        guard let word = try file.stream("WordDocument"), word.count >= 0x60 else {
            throw Diagnostic(file: name, "an OLE compound file without a WordDocument stream is not a Word document")
        }
        let u16 = { CompoundFile.u16(word, $0) }, u32 = { Int(CompoundFile.u32(word, $0)) }
        guard u16(0) == 0xA5EC || u16(0) == 0xA5DC else { throw Diagnostic(file: name, "the WordDocument stream does not start like one (no Word signature)") }
        let nFib = Int(u16(2)), flags = u16(10)
        let remedy = "save it as .docx in Word, or convert it in one step: soffice --headless --convert-to docx \(name)"
        if flags & 0x0100 != 0 { throw Diagnostic(file: name, "the Word document is password-protected (encrypted); remove the password and \(remedy)") }
        if nFib >= 193 {
            let tableName = flags & 0x0200 != 0 ? "1Table" : "0Table"
            guard let table = try file.stream(tableName) else { throw Diagnostic(file: name, "the Word document has no \(tableName) stream, which its header names") }
            let characters = u32(0x4C)
            let clxOffset = u32(0x1A2), clxLength = u32(0x1A6)
            guard clxLength > 0, clxOffset + clxLength <= table.count else { throw Diagnostic(file: name, "the Word document's piece table lies outside its \(tableName) stream") }
            return (try pieces(Array(table[clxOffset..<(clxOffset + clxLength)]), word: word, characters: characters, name: name), "Word 97–2003 (nFib \(nFib))")
        }
        guard (101...105).contains(nFib) else {
            throw Diagnostic(file: name, "a Word document older than Word 6 (nFib \(nFib)) is not read; \(remedy)")
        }
        if flags & 0x0004 != 0 {
            throw Diagnostic(file: name, "a fast-saved Word 6/95 document (its text in pieces) is not read; \(remedy)")
        }
        let start = u32(0x18), characters = u32(0x34)
        guard start >= 0x60, start + characters <= word.count else { throw Diagnostic(file: name, "the Word document's text lies outside its WordDocument stream") }
        let bytes = word[start..<(start + characters)]
        if let encoding = codePage(language: u16(0x06), characterSet: u16(0x14)), let text = ImportText.decode(bytes, encoding: encoding) {
            return (text, "Word 6/95 (nFib \(nFib)), its text in \(encoding) as its language (0x\(String(u16(0x06), radix: 16, uppercase: true))) says")
        }
        return (windows1252(bytes), "Word 6/95 (nFib \(nFib))")
    }

    /// The code page of Word 6/95's 8-bit text: the Windows code page of the document's language (`lid`, at 0x06 of the
    /// header: a Russian document is in Windows-1251, a Polish one in Windows-1250), or the Macintosh character set
    /// when `chs` (0x14) says so; nil for Windows-1252 (Western languages). Word 97 and later store 8-bit pieces in
    /// Windows-1252 whatever the language, and other characters in 16 bits, so only Word 6/95 needs this.
    static func codePage(language: UInt16, characterSet: UInt16) -> String? {
        if characterSet == 256 { return "MACINTOSH" }
        switch language & 0x3FF {
        case 0x19, 0x22, 0x23, 0x02, 0x2F, 0x3F, 0x40, 0x43, 0x44, 0x50: return "WINDOWS-1251"  // ru uk be bg mk kk ky uz tt mn
        case 0x1A: return language == 0x0C1A || language == 0x1C1A ? "WINDOWS-1251" : "WINDOWS-1250"  // Serbian Cyrillic; Croatian, Serbian Latin
        case 0x05, 0x15, 0x0E, 0x1B, 0x24, 0x18, 0x1C: return "WINDOWS-1250"  // cs pl hu sk sl ro sq
        case 0x08: return "WINDOWS-1253"
        case 0x1F: return "WINDOWS-1254"
        case 0x0D: return "WINDOWS-1255"
        case 0x01, 0x29, 0x20: return "WINDOWS-1256"  // ar fa ur
        case 0x25, 0x26, 0x27: return "WINDOWS-1257"  // et lv lt
        case 0x2A: return "WINDOWS-1258"
        case 0x1E: return "CP874"
        default: return nil
        }
    }

    /// The text of the first `characters` character positions through the piece table (`Clx`): property runs
    /// (`0x01`) skipped, then `0x02`, the piece descriptors. A piece is 16-bit text, or 8-bit Windows-1252 at half its
    /// offset when its `fCompressed` bit is set.
    static func pieces(_ clx: [UInt8], word: [UInt8], characters: Int, name: String) throws -> String {
        var offset = 0
        while offset < clx.count, clx[offset] == 0x01 { offset += 3 + Int(CompoundFile.u16(clx, offset + 1)) }
        guard offset + 5 <= clx.count, clx[offset] == 0x02 else { throw Diagnostic(file: name, "the Word document's piece table is damaged (no piece descriptors)") }
        let length = Int(CompoundFile.u32(clx, offset + 1))
        let plc = offset + 5
        guard length >= 16, plc + length <= clx.count, (length - 4) % 12 == 0 else { throw Diagnostic(file: name, "the Word document's piece table is damaged (its length)") }
        let count = (length - 4) / 12
        var text = ""
        for index in 0..<count {
            let from = Int(CompoundFile.u32(clx, plc + index * 4)), to = Int(CompoundFile.u32(clx, plc + (index + 1) * 4))
            guard from < characters else { break }
            let wanted = min(to, characters) - from
            guard wanted > 0 else { continue }
            let descriptor = plc + (count + 1) * 4 + index * 8
            let fc = CompoundFile.u32(clx, descriptor + 2)
            if fc & 0x4000_0000 != 0 {
                let start = Int(fc & 0x3FFF_FFFF) / 2
                guard start + wanted <= word.count else { throw Diagnostic(file: name, "piece \(index + 1) of the Word document lies outside its text") }
                text += windows1252(word[start..<(start + wanted)])
            } else {
                let start = Int(fc)
                guard start + wanted * 2 <= word.count else { throw Diagnostic(file: name, "piece \(index + 1) of the Word document lies outside its text") }
                let units = (0..<wanted).map { UInt16(word[start + $0 * 2]) | UInt16(word[start + $0 * 2 + 1]) << 8 }
                text += String(decoding: units, as: UTF16.self)
            }
        }
        return text
    }

    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        ImportText.c1AsWindows1252(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })))
    }

    /// Paragraphs for the label rules: `\r` (paragraph), `\u{07}` (table cell) and `\u{0C}` (page break) end one,
    /// `\u{0B}` is a soft line break; a field's instruction (`\u{13}` … `\u{14}`) is left out and its result kept;
    /// other control characters (pictures, note references) are left out and tabs are spaces.
    static func paragraphs(_ text: String) -> [TextParagraph] {
        var paragraphs: [TextParagraph] = []
        var lines: [String] = [""]
        var fieldDepth = 0
        var instruction = [Bool]()
        func flush() {
            let kept = lines.map(ImportText.collapsingWhitespace).filter { !$0.isEmpty }
            if !kept.isEmpty {
                paragraphs.append(TextParagraph(text: kept.joined(separator: " "), location: "paragraph \(paragraphs.count + 1)", softLines: kept.count > 1 ? kept : []))
            }
            lines = [""]
        }
        // A field begin with no end before the text ends (a damaged file) would hide the rest as its instruction.
        var open: [Int] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\u{13}" { open.append(offset) }
            if scalar == "\u{15}" { _ = open.popLast() }
        }
        let unclosed = Set(open)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "\u{13}" where unclosed.contains(offset): continue
            case "\u{13}": fieldDepth += 1; instruction.append(true)
            case "\u{14}": if !instruction.isEmpty { instruction[instruction.count - 1] = false }
            case "\u{15}": if fieldDepth > 0 { fieldDepth -= 1; instruction.removeLast() }
            case _ where instruction.last == true: continue
            case "\r", "\u{07}", "\u{0C}": flush()
            case "\u{0B}": lines.append("")
            case "\t": lines[lines.count - 1] += " "
            case _ where scalar.value < 0x20: continue
            default: lines[lines.count - 1].unicodeScalars.append(scalar)
            }
        }
        flush()
        return paragraphs
    }
}
