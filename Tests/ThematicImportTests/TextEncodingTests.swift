import Foundation
import Testing
import ThematicCore
@testable import ThematicImport

/// Text files that are not UTF-8 (issue 29, formats8): detected where the evidence is clear, named with --encoding
/// otherwise, and the encoding used recorded as a finding. The samples are ours, encoded by Python's codecs.
@Suite struct TextEncodingTests {
    static let samples: [(name: String, encoding: String, base64: String, firstLine: String)] = [
        ("Korean", "CP949", "uOm048DaOiC/wLTDILz2vvfAuiC+7rauvu4/DQrH0Lv9MTogwOe5zMDWvvq+7r/kLiDEo7G4tenAzLb7ILCwwMwgx9++7r/kLg0KuOm048DaOiC5ubChIMGmwM8gwcG+0r7uPw0Kx9C7/TE6IL3Hx+jAzL/kLg0K", "면담자: 오늘 수업은 어땠어?"),
        ("Japanese", "CP932", "lbeCq47oOiCNoZP6gs2Cx4KkgsWCtYK9gqk/Conxk5qO0joggsaCxILginmCtYKpgsGCvYLFgreBQoLdgvGCyILFjsCMsYLwgrWC3IK1gr2BQgqVt4Krjug6IIm9gqqI6pTUguaCqYLBgr2CxYK3gqk/Conxk5qO0jogjsCMsYLFgreBQgo=", "聞き手: 今日はどうでしたか?"),
        ("Chinese", "GB18030", "t8PMuNXfo7rE473xzOy1xL/O1PXDtNH5o78K0afJ+qO6ztK+9bXDt8ezo9PQ0uLLvKOsztLDx9K7xvDN6rPJwcvP7sS/oaMKt8PMuNXfo7rE49fuz7K7tsqyw7SjvwrRp8n6o7rO0tfuz7K7ttf2yrXR6bXEsr+31qGjCg==", "访谈者：你今天的课怎么样？"),
        ("Chinese", "Big5", "s1i9zarMoUenQaS1pNGqur3Sq+e78rzLoUgKvselzaFHp9rEsbFvq0SxYKazt06r5KFBp9qtzKRAsF+nuaaopEa2taXYoUMKs1i9zarMoUenQbPMs9/Fd6Swu/KhSAq+x6XNoUen2rPMs9/Fd7C1uerF56q6s6GkwKFDCg==", "訪談者：你今天的課怎麼樣？"),
        ("Cyrillic", "Windows-1251", "yO3y5fDi/P7l8DogyuDqIO/w7vi46yDz8O7qPwrT9+Xt6Oo6IM735e38IPXu8O747iwg8e/g8ejh7i4gzPsg5OXr4OvoIO7v+/L7LgrI7fLl8OL8/uXwOiDX8u4g7+7t8ODi6Ovu8fw/CtP35e3o6jogwvG4Lgo=", "Интервьюер: Как прошёл урок?"),
        ("Western European", "Windows-1252", "STogQ29tbWVudCDnYSBzkmVzdCBwYXNz6SA/ClA6IFRy6HMgYmllbiwgbWVyY2kuIEOS6XRhaXQgqyBn6W5pYWwguy4KSTogRXQgYXBy6HMgPwpQOiBSaWVuIGRlIHNw6WNpYWwuCg==", "I: Comment ça s’est passé ?"),
    ]

    func file(_ data: Data, encoding: String? = nil) -> ImportFile {
        var file = ImportFile(displayName: "t.txt", data: data)
        file.encoding = encoding
        return file
    }

    /// Each legacy encoding is told from the others by what its text reads as (Korean bytes are valid GB18030 and
    /// Big5 too), and the finding names it.
    @Test(arguments: samples.indices) func legacyEncodingsAreDetectedAndReported(_ index: Int) throws {
        let sample = Self.samples[index]
        let (text, findings) = try ImportText.decodeForTranscript(file(Data(base64Encoded: sample.base64)!))
        #expect(ImportText.lines(text).first.map(String.init) == sample.firstLine)
        #expect(findings.contains { $0.message.contains("read as \(sample.encoding), \(sample.name)") }, "\(findings.map(\.message))")
    }

    /// --encoding decides over detection (here KOI8-R, which is not guessed), and a name iconv does not know, or bytes
    /// that are no characters in the named encoding, are errors that say so.
    @Test func namedEncodingWins() throws {
        let koi8 = Data([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x3F, 0x0A])  // "Привет?"
        let (text, findings) = try ImportText.decodeForTranscript(file(koi8, encoding: "KOI8-R"))
        #expect(text == "Привет?\n")
        #expect(findings.first?.message == "encoding: read as KOI8-R, as --encoding says")
        let unknown = #expect(throws: Diagnostic.self) { try ImportText.decodeForTranscript(file(koi8, encoding: "NO-SUCH-CODE")) }
        #expect(unknown?.message.contains("not an encoding iconv knows") == true)
        let invalid = #expect(throws: Diagnostic.self) { try ImportText.decodeForTranscript(file(Data("a\nb\n".utf8) + Data([0xFF, 0xFF]), encoding: "UTF-8")) }
        #expect(invalid?.line == 3)
        #expect(invalid?.message.contains("byte 0xFF at offset 4 is not a character in UTF-8") == true, "\(String(describing: invalid?.message))")
    }

    /// Bytes that read as no text in any candidate are refused with the line and the one-flag remedy; so are bytes
    /// that read as two different texts.
    @Test func unsureIsRefusedNamingTheFlag() throws {
        let noise = Data("I: a\n".utf8) + Data([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x20, 0x81, 0x41])
        let error = #expect(throws: Diagnostic.self) { try ImportText.decodeForTranscript(file(noise)) }
        #expect(error?.line == 2)
        #expect(error?.message.contains("--encoding NAME") == true)
        #expect(EncodingGuess.guess(Data([0xB0, 0xA1, 0xB0, 0xA2])).isAmbiguousOrNone)
    }

    /// A file that is Windows-1252 in part and UTF-8 in part (transcripts pasted together) is refused naming both
    /// lines: read as Windows-1252, "José" would be "JosÃ©", a name no recogniser knows.
    @Test func mixedUTF8AndWindows1252IsRefused() throws {
        let latin = String(repeating: "I: Très bien, c'était à l'hôpital, déjà là.\nP: Oui, l'équipe était très motivée.\n", count: 10)
        let windows1252 = Data(latin.unicodeScalars.map { UInt8($0.value) })
        let mixed = windows1252 + Data("P: José Müller sa det.\n".utf8)
        let error = #expect(throws: Diagnostic.self) { try ImportText.decodeForTranscript(file(mixed)) }
        #expect(error?.line == 1)
        #expect(error?.message.contains("line 21 holds letters written in UTF-8") == true, "\(String(describing: error?.message))")
        #expect(error?.message.contains("--encoding NAME") == true)
        // Windows-1252 alone is still read, and so is the same text named with --encoding.
        #expect(try ImportText.decodeForTranscript(file(windows1252)).text == latin)
        #expect(try ImportText.decodeForTranscript(file(mixed, encoding: "WINDOWS-1252")).text.contains("JosÃ©"))
    }

    /// UTF-16 without a byte-order mark (Notepad's "Unicode" saved by some tools) is known by its NUL bytes.
    @Test func unmarkedUTF16IsRead() throws {
        let text = "I: Hello?\nP: Hi.\n"
        var le = Data()
        for unit in text.utf16 { le.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let (decoded, findings) = try ImportText.decodeForTranscript(file(le))
        #expect(decoded == text)
        #expect(findings.first?.message.contains("UTF-16 LE without a byte-order mark") == true)
    }

    /// The shapes the judges read, one example each.
    @Test func textShapesReadAsTheirScripts() {
        #expect(TextShape("ïðèâåò ìèð, êàê äåëà").readsAsLatin == false)  // Russian read as Windows-1252
        #expect(TextShape("Très bien, ça va. Blåbærsyltetøy på bordet.").readsAsLatin)
        #expect(TextShape("één keer, één ideeën, Áls persé").readsAsLatin)  // Dutch: "één" keeps its plain n
        #expect(TextShape("isn’t it — you’re right").readsAsLatin)  // English from Word: curly quotes, no accents
        #expect(TextShape("°í¸¶¿ö").readsAsLatin == false)  // Korean read as Windows-1252: symbols
        #expect(TextShape("Привет, как дела? Всё хорошо.").readsAsCyrillic)
        #expect(TextShape("cafй").readsAsCyrillic == false)  // French read as Windows-1251
        #expect(TextShape("오늘 수업은 어땠어?").readsAsKorean)
        #expect(TextShape("今日 수업").readsAsKorean == false)
        #expect(TextShape("今日はどうでしたか").readsAsJapanese)
        #expect(TextShape("你今天的课怎么样").readsAsChinese)
        #expect(TextShape("苟敲 荐诀 绢凋").readsAsChinese == false)  // Korean words read as GB18030: runs of two or three
    }
}

extension EncodingGuess.Outcome {
    var isAmbiguousOrNone: Bool {
        if case .decided = self { return false }
        return true
    }
}

/// Labels in scripts without capitals (round 7's Korean interviews): short ones are speakers, a heading is not.
@Suite struct CaselessLabelTests {
    @Test func shortCaselessLabelsArePlausibleAndKoreanRolesAreRoles() {
        for label in ["면담자", "학생1", "山田太郎", "محمد"] { #expect(SpeakerLabel.isPlausible(label), "\(label)") }
        for heading in ["サービス発見と使用のきっかけ", "今後の展開", "介護現場での初回オンボーディング課題", "모든 학생들이 함께한 프로젝트 이야기"] {
            #expect(!SpeakerLabel.isPlausible(heading), "\(heading)")
        }
        #expect(SpeakerLabel.role(of: "면담자") == .interviewer)
        #expect(SpeakerLabel.role(of: "학생2") == .participant)
    }
}
