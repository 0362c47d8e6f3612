/// Serial and case numbers by their shape alone: capitals and digits glued into one code ("KX7740QWRT", "AVV-11873",
/// "BR-2209-4471"), as device serials, deviation numbers and case references are read out. No word or count is
/// written so, and the cue that names it may be a sentence away ("the serial is still on the list, …, KX7740QWRT").
/// Standards ("ISO-27001", "EN-50134") and a year with words glued to it ("EØS-2004", "2020-AS") stay.
struct SerialCodeRecognizer: Recognizer {
    var type: IdentifierType { .other }
    static let triggering = ["the tablet is still listed as missing, «KX7740QWRT», so", "[nb] avviket fikk nummer — vent — «AVV-20417». Og så",
                             "[nb] Saken ligger som «BR-2209-4471» hos dem.", "the device «HT5521B9» went back"]
    static let nonTriggering = ["we follow ISO-27001 and EN-50134 for the alarms", "[nb] etter EØS-2004 ble det nye regler", "she had COVID-19 twice",
                                "the A4 paper and the B12 shots", "[nb] vi har 11873 brukere", "[nb] alarmen tek 4G og 5G", "the GPS2000 model", "[nb] hun tok MP3-spilleren",
                                "A 2020-AS ÉS 2021-ES SZÁMOK", "MAJD-2026-BAN JÖN"]

    /// Prefixes of standards and regulations, written like codes but naming no one.
    static let standards: Set<String> = ["iso", "en", "ns", "iec", "eu", "eøs", "nek", "ce", "icd", "icpc", "din", "ieee", "gdpr", "hl7", "gs1"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers, !text.lowercaseText else { return [] }
        var found: [Candidate] = []
        var index = 0
        while index < text.count {
            guard text.isWord(index) || text.isNumber(index), !(text.attached(index) && (text.isWord(index - 1) || text.isNumber(index - 1) || text.isPunct(index - 1, "-"))) else {
                index += 1
                continue
            }
            var last = index
            while text.attached(last + 1), text.isWord(last + 1) || text.isNumber(last + 1) || text.isPunct(last + 1, "-") { last += 1 }
            if text.isPunct(last, "-") { last -= 1 }
            if last > index || text.isWord(index), isSerial(text, index, last) {
                found.append(Candidate(first: index, last: last, type: .other, reason: "a serial or case number by its shape"))
            }
            index = last + 1
        }
        return found
    }

    /// Seven to fourteen characters, two capitals or more and no lower-case letter, four digits or more, letters and
    /// digits mixed; no standard's prefix and no prefix with only a year after it.
    private func isSerial(_ text: TextView, _ first: Int, _ last: Int) -> Bool {
        let written = text.text(first, last)
        let bytes = Array(written.utf8)
        let digits = bytes.filter(DigitGroups.isDigit).count
        let capitals = bytes.filter { $0 >= 0x41 && $0 <= 0x5A }.count
        // Longer codes that start with two letters and two digits are account numbers, the IBAN recognizer's to judge.
        guard (7...14).contains(bytes.count), digits >= 4, capitals >= 2, !bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A }),
              !Self.standards.contains(text.lower(first)) else { return false }
        // Lower-case letters outside ASCII ("ø" in "EØS" is upper; "ø" lower) mark a word, not a code.
        if written.contains(where: { $0.isLetter && $0.isLowercase }) { return false }
        // A model name has one change from letters to digits ("GPS2000"); a serial changes more often or has a hyphen.
        var changes = 0
        for (previous, next) in zip(bytes, bytes.dropFirst()) where DigitGroups.isDigit(previous) != DigitGroups.isDigit(next) && previous != 0x2D && next != 0x2D { changes += 1 }
        guard changes >= 2 || bytes.contains(0x2D) else { return false }
        // A year with words or case endings glued to it by hyphens is a year ("EØS-2004", the Hungarian "2020-AS",
        // "MAJD-2026-BAN" in a line written in capitals): a code has digits that are not a year.
        let numbers = (first...last).filter { text.isNumber($0) }
        if numbers.count == 1, let year = text.numberValue(numbers[0]), text.digitCount(numbers[0]) == 4, (1900...2100).contains(year),
           (first...last).allSatisfy({ text.isNumber($0) || text.isWord($0) || text.isPunct($0, "-") }),
           (first..<last).allSatisfy({ text.isPunct($0, "-") || text.isPunct($0 + 1, "-") }) { return false }
        return true
    }
}
