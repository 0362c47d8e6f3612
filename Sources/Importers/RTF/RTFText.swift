import Foundation
import ThematicCore
import ThematicImport

/// The body text of an RTF file as paragraphs of runs and table rows of cells, read in one pass over the bytes with
/// an explicit group stack (no recursion, so a file of a million `{` is no stack overflow).
///
/// Text is bytes in the document's code page (`\ansicpg`, or a font's `\fcharset`) or `\uN` characters followed by
/// `\ucN` fallback characters, which are skipped. Destinations that hold no body text — the font, colour and style
/// tables, `\info`, pictures, headers and footers, footnotes, comments, field instructions, and every `{\*\…}` group
/// — are left out; a field's result is kept.
struct RTFText {
    typealias Run = FormattedRuns.Run

    enum Block {
        case paragraph(runs: [Run], line: Int)
        case row(cells: [[String]], line: Int)
    }

    var blocks: [Block] = []
    /// What was left out, by kind ("page header and footer" → 2), for findings.
    var leftOut: [String: Int] = [:]
    /// Groups still open at the end of the file (a truncated file).
    var unclosedGroups = 0
    var codePage = 1252
    /// Runs of bytes read as UTF-8: the file names no code page and its bytes are UTF-8 (a writer that puts text in
    /// raw), which Windows-1252 would turn into "BjÃ¸rn".
    var utf8Runs = 0
    private var declaresCodePage = false

    private struct Group {
        var skip = false
        /// Hidden text (`\v`) and tracked deletions (`\deleted`): in the file, not in the document as read.
        var hidden = false
        var bold = false
        var unicodeFallback = 1
        var font: Int?
        var inFontTable = false

        var dropsText: Bool { skip || hidden }
    }

    /// Destinations whose text is not the body's, with the kind reported when one is left out (nil: not reported).
    static let skippedDestinations: [String: String?] = [
        "fonttbl": nil, "colortbl": nil, "stylesheet": nil, "info": nil, "listtable": nil, "listoverridetable": nil,
        "revtbl": nil, "rsidtbl": nil, "generator": nil, "xmlnstbl": nil, "filetbl": nil, "latentstyles": nil,
        "themedata": nil, "colorschememapping": nil, "datastore": nil, "pgdsctbl": nil, "fldinst": nil, "xe": nil,
        "tc": nil, "tcn": nil, "bkmkstart": nil, "bkmkend": nil, "falt": nil, "panose": nil, "template": nil,
        "docvar": nil, "userprops": nil, "mmathPr": nil, "fchars": nil, "lchars": nil, "listtext": nil, "pntext": nil,
        "pntxta": nil, "pntxtb": nil, "pnseclvl": nil, "txe": nil, "ud": nil,
        "pict": "pictures", "shppict": "pictures", "nonshppict": nil, "object": "embedded objects", "shp": "shapes and text boxes",
        "header": "page headers and footers", "headerl": "page headers and footers", "headerr": "page headers and footers",
        "headerf": "page headers and footers", "footer": "page headers and footers", "footerl": "page headers and footers",
        "footerr": "page headers and footers", "footerf": "page headers and footers", "footnote": "footnotes",
        "annotation": "comments", "atnid": nil, "atnauthor": nil, "atrfstart": nil, "atrfend": nil, "atndate": nil,
    ]

    /// Control words that are a character of text.
    static let characters: [String: String] = [
        "tab": "\t", "line": "\n", "emdash": "\u{2014}", "endash": "\u{2013}", "emspace": "\u{2003}", "enspace": "\u{2002}",
        "qmspace": "\u{2005}", "bullet": "\u{2022}", "lquote": "\u{2018}", "rquote": "\u{2019}", "ldblquote": "\u{201C}",
        "rdblquote": "\u{201D}", "page": " ", "column": " ", "zwj": "\u{200D}", "zwnj": "\u{200C}",
    ]

    private var fontCodePages: [Int: Int] = [:]
    private var defaultFont: Int?
    private var runs: [Run] = []
    private var paragraphLine = 1
    private var cellParagraphs: [String] = []
    private var rowCells: [[String]] = []
    private var rowLine = 1
    private var inTable = false
    private var pendingBytes: [UInt8] = []
    private var pendingBold = false
    private var pendingHighSurrogate: UInt16?
    private var line = 1
    private let file: String

    init(_ data: Data, file: String) throws {
        self.file = file
        try read([UInt8](data))
    }

    private mutating func read(_ bytes: [UInt8]) throws {
        var stack: [Group] = [Group()]
        var fallbackToSkip = 0
        var index = 0
        // The opening `{` of the group just begun, for destinations (`{\*\…}`, `{\fonttbl …}`) that must come first.
        var atGroupStart = false
        var sawOpening = false
        func current() -> Group { stack[stack.count - 1] }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                try flushBytes(current())
                fallbackToSkip = 0
                stack.append(current())
                atGroupStart = true
                sawOpening = true
                index += 1
                continue
            case UInt8(ascii: "}"):
                try flushBytes(current())
                fallbackToSkip = 0
                if stack.count > 1 { stack.removeLast() }
                if stack.count == 1, sawOpening {
                    // The document's group closed: what follows it is no part of the document.
                    index = bytes.count
                    continue
                }
                index += 1
            case UInt8(ascii: "\\"):
                let (word, parameter, next) = Self.controlWord(bytes, at: index)
                index = next
                if fallbackToSkip > 0, word != "bin" { fallbackToSkip -= 1; atGroupStart = false; continue }
                try control(word, parameter, stack: &stack, atGroupStart: atGroupStart, fallback: &fallbackToSkip, bytes: bytes, index: &index)
                atGroupStart = false
                continue
            case 0x0D:
                index += 1
                continue
            case 0x0A:
                line += 1
                index += 1
                continue
            default:
                if fallbackToSkip > 0 { fallbackToSkip -= 1 } else if !current().dropsText, !current().inFontTable {
                    append(byte: byte == 0x09 ? UInt8(ascii: " ") : byte, group: current())
                }
                index += 1
            }
            atGroupStart = false
        }
        try flushBytes(current())
        unclosedGroups = stack.count - 1
        if !runs.isEmpty || !cellParagraphs.isEmpty { endParagraph() }
        if !rowCells.isEmpty { endRow() }
    }

    /// The control word or symbol at `index` (a backslash): its name (one character for a symbol), its numeric
    /// parameter, and the index after it and the space that ends it.
    static func controlWord(_ bytes: [UInt8], at index: Int) -> (String, Int?, Int) {
        var position = index + 1
        guard position < bytes.count else { return ("", nil, position) }
        let first = bytes[position]
        guard (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) else {
            if first == UInt8(ascii: "'") {
                // \'hh: the two hex digits are its parameter.
                let digits = bytes[min(position + 1, bytes.count)..<min(position + 3, bytes.count)]
                let value = Int(String(decoding: digits, as: UTF8.self), radix: 16)
                return ("'", value, min(position + 3, bytes.count))
            }
            if first == 0x0A || first == 0x0D { return ("par", nil, position + 1) }
            return (String(UnicodeScalar(first)), nil, position + 1)
        }
        let nameStart = position
        // Names are at most 32 letters and parameters 10 digits; a longer run is cut there, never read without end.
        while position < bytes.count, position - nameStart < 32, (0x41...0x5A).contains(bytes[position]) || (0x61...0x7A).contains(bytes[position]) {
            position += 1
        }
        let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
        var parameter: Int?
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        let digitsStart = position
        while position < bytes.count, position - digitsStart < 10, (0x30...0x39).contains(bytes[position]) { position += 1 }
        if position > digitsStart {
            parameter = Int(String(decoding: bytes[digitsStart..<position], as: UTF8.self)).map { negative ? -$0 : $0 }
        } else if negative {
            position -= 1
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        return (name, parameter, position)
    }

    private mutating func control(_ word: String, _ parameter: Int?, stack: inout [Group], atGroupStart: Bool, fallback: inout Int,
                                  bytes: [UInt8], index: inout Int) throws {
        let top = stack.count - 1
        if word == "bin" {
            // Binary data: its bytes are no RTF, whatever they look like.
            index = min(bytes.count, index + max(0, parameter ?? 0))
            return
        }
        if word == "*" {
            if atGroupStart || stack[top].skip { stack[top].skip = true }
            return
        }
        if let kind = Self.skippedDestinations[word] {
            if word == "fonttbl" { stack[top].inFontTable = true; return }
            if !stack[top].skip, let kind { leftOut[kind, default: 0] += 1 }
            stack[top].skip = true
            return
        }
        if stack[top].inFontTable {
            switch word {
            case "f": stack[top].font = parameter
            case "fcharset": if let font = stack[top].font, let page = CodePage.forCharacterSet(parameter ?? 0) { fontCodePages[font] = page }
            case "cpg": if let font = stack[top].font, let page = parameter, CodePage.isKnown(page) { fontCodePages[font] = page }
            default: break
            }
            return
        }
        switch word {
        case "ansicpg":
            guard let page = parameter, CodePage.isKnown(page) else {
                throw Diagnostic(file: file, line: line, "\\ansicpg\(parameter.map(String.init) ?? "") names no code page this reader knows (e.g. \\ansicpg1252, \\ansicpg1251, \\ansicpg932); save the file again from its program, or as .docx")
            }
            codePage = page
            declaresCodePage = true
        case "mac": codePage = 10000; declaresCodePage = true
        case "pc": codePage = 437; declaresCodePage = true
        case "pca": codePage = 850; declaresCodePage = true
        case "deff": defaultFont = parameter
        case "f":
            try flushBytes(stack[top])
            stack[top].font = parameter
        case "uc": stack[top].unicodeFallback = max(0, min(parameter ?? 1, 16))
        case "u":
            try flushBytes(stack[top])
            if !stack[top].dropsText { appendUnicode(parameter ?? 0, group: stack[top]) }
            fallback = stack[top].unicodeFallback
        case "'":
            if !stack[top].dropsText, let value = parameter { append(byte: UInt8(value & 0xFF), group: stack[top]) }
        case "b":
            try flushBytes(stack[top])
            stack[top].bold = parameter != 0
        case "plain":
            try flushBytes(stack[top])
            stack[top].bold = false
            stack[top].hidden = false
            stack[top].font = nil
        case "v", "deleted":
            try flushBytes(stack[top])
            let hides = parameter != 0
            if hides, !stack[top].hidden, !stack[top].skip { leftOut["stretches of hidden text or tracked deletions", default: 0] += 1 }
            stack[top].hidden = hides
        case "pard":
            inTable = false
        case "intbl":
            inTable = true
        case "par", "sect":
            guard !stack[top].skip else { return }
            try flushBytes(stack[top])
            endParagraph()
        case "cell", "nestcell":
            guard !stack[top].skip else { return }
            try flushBytes(stack[top])
            endCell()
        case "row":
            guard !stack[top].skip else { return }
            try flushBytes(stack[top])
            if !runs.isEmpty || !cellParagraphs.isEmpty { endCell() }
            endRow()
        case "\\", "{", "}":
            if !stack[top].dropsText { append(byte: UInt8(ascii: word.unicodeScalars.first!), group: stack[top]) }
        case "~":
            appendText("\u{00A0}", group: stack[top])
        case "_":
            appendText("-", group: stack[top])
        default:
            if let character = Self.characters[word] { appendText(character, group: stack[top]) }
        }
    }

    private mutating func append(byte: UInt8, group: Group) {
        if pendingBytes.isEmpty {
            pendingBold = group.bold
            if runs.isEmpty && cellParagraphs.isEmpty && rowCells.isEmpty { paragraphLine = line }
        }
        pendingBytes.append(byte)
    }

    private mutating func appendText(_ text: String, group: Group) {
        guard !group.dropsText, !group.inFontTable else { return }
        try? flushBytes(group)
        if runs.isEmpty && cellParagraphs.isEmpty && rowCells.isEmpty { paragraphLine = line }
        runs.append((text, group.bold))
    }

    /// `\uN`: a signed 16-bit code unit; surrogate pairs written as two `\u` are joined, a lone one is U+FFFD.
    private mutating func appendUnicode(_ value: Int, group: Group) {
        let unit = UInt16(truncatingIfNeeded: value < 0 ? value + 65536 : value)
        if UTF16.isLeadSurrogate(unit) { pendingHighSurrogate = unit; return }
        var scalar: Unicode.Scalar?
        if UTF16.isTrailSurrogate(unit), let high = pendingHighSurrogate {
            scalar = Unicode.Scalar((UInt32(high) - 0xD800) << 10 + (UInt32(unit) - 0xDC00) + 0x10000)
        } else {
            scalar = Unicode.Scalar(UInt32(unit))
        }
        pendingHighSurrogate = nil
        appendText(String(scalar ?? "\u{FFFD}"), group: group)
    }

    /// The bytes gathered so far as text in the code page of the font they were written in.
    private mutating func flushBytes(_ group: Group) throws {
        guard !pendingBytes.isEmpty else { return }
        let font = group.font ?? defaultFont
        let fontPage = font.flatMap { fontCodePages[$0] }
        if !declaresCodePage, fontPage == nil, pendingBytes.contains(where: { $0 >= 0x80 }), let text = String(validating: pendingBytes, as: UTF8.self) {
            utf8Runs += 1
            pendingBytes = []
            runs.append((text, pendingBold))
            return
        }
        let page = fontPage ?? codePage
        guard let text = CodePage.decode(pendingBytes, codePage: page) else {
            let shown = pendingBytes.first { $0 >= 0x80 }.map { String(format: "\\'%02x", $0) } ?? "a byte"
            throw Diagnostic(file: file, line: line, "\(shown) is not a character in code page \(page) (the file's \\ansicpg or the font's \\fcharset); the file is damaged or declares the wrong code page")
        }
        pendingBytes = []
        runs.append((text, pendingBold))
    }

    private mutating func endParagraph() {
        if inTable || !rowCells.isEmpty {
            // A paragraph inside a table cell: one of the cell's paragraphs.
            let text = ImportText.collapsingWhitespace(runs.map(\.text).joined())
            if !text.isEmpty { cellParagraphs.append(text) }
            if rowCells.isEmpty && cellParagraphs.count == 1 { rowLine = paragraphLine }
        } else {
            if !runs.isEmpty { blocks.append(.paragraph(runs: runs, line: paragraphLine)) }
        }
        runs = []
    }

    private mutating func endCell() {
        let text = ImportText.collapsingWhitespace(runs.map(\.text).joined())
        if rowCells.isEmpty { rowLine = cellParagraphs.isEmpty ? paragraphLine : rowLine }
        if !text.isEmpty { cellParagraphs.append(text) }
        runs = []
        rowCells.append(cellParagraphs)
        cellParagraphs = []
    }

    private mutating func endRow() {
        if rowCells.contains(where: { !$0.isEmpty }) { blocks.append(.row(cells: rowCells, line: rowLine)) }
        rowCells = []
        inTable = false
    }
}
