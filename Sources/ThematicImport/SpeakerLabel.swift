import Foundation

/// What a speaker label says about who is speaking, before any mapping to ids.
public enum SpeakerLabel {
    /// Labels that name a role, not a person, by role (lower-cased; English, Norwegian and the others noted).
    static let roleWords: [String: SpeakerRole?] = [
        "interviewer": .interviewer, "intervjuer": .interviewer, "intervjuar": .interviewer, "moderator": .interviewer,
        "facilitator": .interviewer, "researcher": .interviewer, "forsker": .interviewer, "i": .interviewer,
        "int": .interviewer, "iv": .interviewer, "ir": .interviewer, "q": .interviewer, "question": .interviewer,
        "spørsmål": .interviewer, "s": .interviewer, "experimenter": .interviewer, "host": .interviewer,
        "participant": .participant, "interviewee": .participant, "respondent": .participant, "informant": .participant,
        "deltaker": .participant, "deltakar": .participant, "p": .participant, "r": .participant, "ie": .participant,
        "resp": .participant, "a": .participant, "answer": .participant, "svar": .participant, "inf": .participant,
        "guest": .participant,
        // Spanish, Portuguese and French interview forms: ENTREVISTADOR / E1, Pergunta / Resposta, Enquêteur / Enquêté.
        "entrevistador": .interviewer, "entrevistadora": .interviewer, "pregunta": .interviewer, "pergunta": .interviewer,
        "enquêteur": .interviewer, "enquêtrice": .interviewer, "intervieweur": .interviewer,
        "entrevistado": .participant, "entrevistada": .participant, "respuesta": .participant, "resposta": .participant,
        "enquêté": .participant, "enquêtée": .participant,
        // Korean: interviewer (면담자, 면접자, 인터뷰어), question; participant, respondent, answer, student.
        "면담자": .interviewer, "면접자": .interviewer, "인터뷰어": .interviewer, "질문": .interviewer,
        "참여자": .participant, "응답자": .participant, "답변": .participant, "학생": .participant,
        "speaker": nil, "unknown": nil, "unknown speaker": nil, "ukjent": nil, "other": nil,
        // "Speaker" as diarisation tools write it in other languages (Indonesian and Malay, German, Spanish, French):
        // `Pembicara 12` is a numbered voice, no name to protect.
        "pembicara": nil, "sprecher": nil, "hablante": nil, "locuteur": nil,
    ]

    /// The role a label states by itself (`Interviewer`, `Q`, `Respondent 2`), if it states one.
    public static func role(of label: String) -> SpeakerRole? {
        let key = normalized(label)
        if let role = roleWords[key] { return role }
        // "Interviewer 2", "Participant 5", "P5", "I1" — but not "S00": numbered S-labels are speakers (noScribe),
        // while "S" alone is a question (spørsmål).
        let stem = key.trimmingCharacters(in: .decimalDigits).trimmedSpace
        if stem != key, stem != "s", let role = roleWords[stem] { return role }
        return nil
    }

    /// Whether the label is a role or an id rather than a person's name: role words, `P5`, `SPEAKER_00`,
    /// `Speaker 1`, `Participant 3`. Everything else with letters in it is treated as a name and protected.
    public static func isRoleOrID(_ label: String) -> Bool {
        let key = normalized(label)
        if roleWords.keys.contains(key) { return true }
        let stem = key.trimmingCharacters(in: .decimalDigits).trimmingCharacters(in: CharacterSet(charactersIn: " _-#"))
        if stem != key, roleWords.keys.contains(stem) || stem == "spk" || stem == "sp" { return true }
        return looksLikeID(label)
    }

    /// `P05`, `I1`, `IV2`, `INF1`, `SPEAKER_00`, `spk_1`: a single letter, a role word or a numbering prefix
    /// (`idPrefixes`), then digits. A name with digits (`kari85`, `Torgeir2`, `Kari 2`: Zoom display names, user
    /// names) is not an id: it is protected like any name and never becomes an id or a file name.
    public static func looksLikeID(_ label: String) -> Bool {
        guard let letters = numberedLetters(label) else { return false }
        // `Pat2` is a Zoom display name, not a patient's number: the prefix is also a given name, so only its capitals
        // (`PAT2`, the form case numbering takes) make an id. Taken for an id, the name became the participant id, the
        // file name and was never protected, so "Pat" in the text was published.
        if givenNamePrefixes.contains(letters.lowercased()), letters != letters.uppercased() { return false }
        return letters.count == 1 || idPrefixes.contains(letters.lowercased())
    }

    /// Numbering prefixes that are also given names.
    static let givenNamePrefixes: Set<String> = ["pat"]

    /// Whether the label has the shape of a numbered label, letters then digits (`P5`, `SPEAKER_00`, and also
    /// `kari85`, `Torgeir2`): it may be a speaker label, whether or not it is an id (`looksLikeID`).
    public static func hasNumberedShape(_ label: String) -> Bool { numberedLetters(label) != nil }

    /// The letters of a short letters-then-digits label (`SPEAKER` of `SPEAKER_00`), nil for any other label.
    private static func numberedLetters(_ label: String) -> String? {
        var trimmed = label.trimmedSpace
        // A tool that puts its own word before a diariser's id writes the word twice (`Speaker_SPEAKER_05`): the
        // id is the diariser's.
        let parts = trimmed.split(separator: "_", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].lowercased() == parts[1].lowercased() { trimmed = parts[1...].joined(separator: "_") }
        guard trimmed.count <= 12, let firstDigit = trimmed.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let letters = trimmed[..<firstDigit].trimmingCharacters(in: CharacterSet(charactersIn: "_- #"))
        let digits = trimmed[firstDigit...]
        guard !letters.isEmpty, letters.count <= 8, letters.allSatisfy({ $0.isASCII && $0.isLetter }), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return letters
    }

    /// The letters an id may start with besides a single letter: the role words (`INF`, `IV`, `Resp`, `Deltaker`)
    /// and the prefixes transcription tools and researchers number speakers with.
    static let idPrefixes: Set<String> = Set(roleWords.keys.filter { !$0.contains(" ") }).union([
        "speaker", "spk", "sp", "spkr", "person", "pers", "subject", "subj", "id", "case", "pt", "pat", "patient", "pp",
        "ip", "fg", "intv", "int", "tn", "inf",
    ])

    /// What to protect for a label taken for a name: the label, and when it holds digits, the name without them too
    /// (`Kari 2` → `Kari`, `kari85` → `kari`), since the text says the name without the number.
    /// Only a number at either end is taken off: digits inside (a GUID, `nvs1967f`) belong to an identifier, not a name.
    public static func protectedForms(of label: String) -> [String] {
        let edges = CharacterSet.decimalDigits.union(CharacterSet(charactersIn: "_-# ")).union(.whitespaces)
        let stripped = label.trimmingCharacters(in: edges)
        guard !stripped.contains(where: \.isNumber) else { return [label] }
        guard stripped != label.trimmedSpace, stripped.count >= 2, stripped.contains(where: \.isLetter) else { return [label] }
        return [label, stripped]
    }

    /// Whether the label is usable as an id in Interview XML as it is (`P5`, `I1`): short, letters then digits.
    static func usableAsID(_ label: String) -> Bool {
        let trimmed = label.trimmedSpace
        return looksLikeID(trimmed) && trimmed.count <= 6 && trimmed.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// The form labels are compared in: lower-cased, white space collapsed, `**` and a trailing colon removed.
    public static func normalized(_ label: String) -> String {
        var text = label.contains("*") ? label.replacingOccurrences(of: "**", with: "") : label
        text = ImportText.collapsingWhitespace(text)
        while text.hasSuffix(":") { text.removeLast() }
        return ImportText.trimmed(text).lowercased()
    }

    /// Whether `label` could be a speaker label at all: one to four words, starting with a letter, each word
    /// capitalised, a digit run, or a lower-case name particle; or a role word in any case. A numbered heading
    /// (`Model 1`) is none; any label the user named a speaker is one (`known`, normalized labels: `--speaker "Panel
    /// 1=P01"`, `--speaker "PROBE aplicado=I1"`).
    public static func isPlausible(_ label: String, known: Set<String> = []) -> Bool {
        let text = ImportText.collapsingWhitespace(label)
        guard !text.isEmpty, text.count <= 40, text.first!.isLetter else { return false }
        let key = text.lowercased()
        // A label the user named (`--speaker "PROBE aplicado=I1"`, a form's field in lower case) is a speaker's.
        if known.contains(normalized(text)) { return true }
        if notLabels.contains(key) || isNumberedHeading(text) { return false }
        if roleWords.keys.contains(key) || isRoleOrID(text) || hasNumberedShape(text) { return true }
        // A shared room device or account as video-call tools show it: two display names joined by a dash
        // ("Edgar Barroso - Mario Adrián Flores", "ATL - WonderFrog").
        let joined = text.components(separatedBy: " - ")
        if joined.count == 2, joined.allSatisfy({ !$0.contains(" - ") && $0.split(separator: " ").count <= 3 && isPlausible($0, known: known) }) { return true }
        let words = text.split(separator: " ")
        guard words.count <= 4 else { return false }
        for (position, word) in words.enumerated() {
            guard let first = word.first else { return false }
            if first.isUppercase || first.isNumber { continue }
            // Hangul, Han, kana, Arabic, Hebrew … have no capitals: a name or role in them starts with a letter of no
            // case, and is short (면담자, 학생1, 山田太郎); a heading such as 今後の展開 or サービス発見と使用のきっかけ is not.
            if first.isLetter, !first.isLowercase, word.count <= Self.caselessWordLimit(first) { continue }
            if position > 0, position < words.count - 1, particles.contains(String(word)) { continue }
            return false
        }
        return words.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || "-'’.".contains($0) } }
    }

    /// How long a word of a label may be in a script without capitals: Han and kana names and roles are two to four
    /// characters (山田太郎, 聞き手), Hangul ones two to five with a number (인터뷰어, 참여자12); other scripts'
    /// words are spelled out.
    static func caselessWordLimit(_ character: Character) -> Int {
        guard let value = character.unicodeScalars.first?.value else { return 0 }
        if (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) { return 4 }
        if (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value) { return 5 }
        return 12
    }

    /// A display name without what video-call tools show beside it: `Kari Nilsen (she/her)` → `Kari Nilsen`;
    /// `Ola Hansen (Helse Midt)` → `Ola Hansen` and the affiliation `Helse Midt`, which identifies too. Times in
    /// brackets are not notes (`Kari (00:01:02)` is left for the label rules).
    public static func split(_ raw: String) -> (label: String, affiliation: String?) {
        let text = raw.trimmedSpace
        guard let last = text.last, last == ")" || last == "]",
              let open = text.lastIndex(of: last == ")" ? "(" : "["), open > text.startIndex else { return (text, nil) }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmedSpace
        let label = text[..<open].trimmedSpace
        guard !inner.isEmpty, !label.isEmpty, Timestamp.seconds(inner) == nil, inner.count <= 60 else { return (text, nil) }
        let words = inner.lowercased().split(whereSeparator: { $0 == "/" || $0 == " " || $0 == "," })
        if inner.contains("/"), words.allSatisfy({ pronouns.contains(String($0)) }) { return (label, nil) }
        // `Interviewer (me):` — the writer pointing at themselves, no organisation to protect.
        if words.count == 1, selfReferences.contains(String(words[0])) { return (label, nil) }
        return (label, inner)
    }

    static let pronouns: Set<String> = ["she", "her", "hers", "he", "him", "his", "they", "them", "theirs", "ze", "zir",
                                        "hun", "henne", "hennes", "han", "ham", "hans", "hen", "de", "dem"]

    /// Words a transcriber writes beside their own label to say it is them.
    static let selfReferences: Set<String> = ["me", "myself", "i", "meg", "jeg", "mig", "jag", "moi", "yo", "ich", "mich", "eu", "io", "ik"]

    /// Name particles written in lower case inside a name.
    static let particles: Set<String> = ["de", "van", "von", "der", "den", "da", "di", "la", "le", "du", "af", "bin", "al", "dos", "das", "ter"]

    /// `Model 1`, `Table 2`, `Level 1`, `Figure 3a`, `Section 2.1`, `Part IV`: a heading of a paper or report that
    /// numbers its parts. Its shape is a numbered label's (`P1`, `Speaker 2`), but no one is named after a table, and
    /// taken for speakers such headings made a statistics paper an interview whose "speakers" were its models.
    public static func isNumberedHeading(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        guard words.count == 2, headingWords.contains(words[0].lowercased()) else { return false }
        return words[1].range(of: #"^(\d+[a-z]?(\.\d+)*|[IVX]+|[A-Z])$"#, options: .regularExpression) != nil
    }

    /// Words that number the parts of a written text, in the languages the label rules read. Not the words a focus
    /// group's speakers go by ("Panel 1", "Group 2", "Part 1" for participant 1, "Stage 1", "Del M." the name): a
    /// heading-shaped label in a transcript is not refused, its words join the turn before it.
    static let headingWords: Set<String> = [
        "model", "table", "figure", "fig.", "level", "section", "chapter", "appendix", "equation", "hypothesis", "exhibit",
        "modell", "tabell", "figur", "nivå", "seksjon", "kapittel", "vedlegg", "likning", "hypotese",
        "tabelle", "abbildung", "kapitel", "anhang", "tabla", "figura", "nivel",
    ]

    /// Words that end in a colon at the start of a line without being speakers.
    static let notLabels: Set<String> = [
        "note", "notes", "nb", "ps", "example", "update", "edit", "comment", "kommentar", "merknad", "obs", "tip",
        "warning", "see", "source", "kilde", "url", "http", "https", "www", "re", "fwd", "subject", "emne", "to", "from",
        "cc", "til", "fra", "tlf", "phone", "email", "e-mail", "epost", "e-post",
        // Section headings of a written interview or a report ("Conclusão:" closed each answer of a real one).
        "conclusion", "conclusions", "conclusão", "conclusões", "conclusión", "conclusiones", "konklusjon", "konklusion",
        "summary", "resumo", "resumen", "sammendrag", "oppsummering", "sammanfattning", "zusammenfassung", "fazit",
        "abstract", "introduction", "introdução", "introducción", "innledning", "background", "bakgrunn", "keywords",
    ]
}
