import Foundation

/// ISO 639 codes as transcript formats declare them (ELAN's LANG_REF, CHAT's `@Languages`), in the form Interview XML's
/// other importers write: the two-letter code where a language has one.
public enum LanguageCodes {
    /// ISO 639-3 codes that name no language.
    public static let noLanguage: Set<String> = ["und", "mis", "mul", "zxx"]

    /// ISO 639-3 (and 639-2/B) codes of languages that have a two-letter code.
    public static let twoLetter: [String: String] = [
        "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "nld": "nl", "dut": "nl", "nob": "nb", "nno": "nn",
        "nor": "no", "swe": "sv", "dan": "da", "fin": "fi", "spa": "es", "ita": "it", "por": "pt", "rus": "ru", "pol": "pl",
        "ukr": "uk", "jpn": "ja", "zho": "zh", "chi": "zh", "ara": "ar", "tur": "tr", "cat": "ca", "ces": "cs", "cze": "cs",
        "ell": "el", "gre": "el", "heb": "he", "hun": "hu", "isl": "is", "ice": "is", "kor": "ko", "ron": "ro", "rum": "ro",
        "est": "et", "lav": "lv", "lit": "lt", "slk": "sk", "slv": "sl", "hrv": "hr", "srp": "sr", "eus": "eu", "glg": "gl",
        "cym": "cy", "gle": "ga", "afr": "af", "ind": "id", "msa": "ms", "tha": "th", "vie": "vi", "hin": "hi", "fas": "fa",
        "yue": "zh",
    ]

    /// `code` lower-cased, as its two-letter code where it has one; nil when it names no language or is empty.
    public static func normalized(_ code: String) -> String? {
        let code = code.trimmingCharacters(in: .whitespaces).lowercased()
        guard !code.isEmpty, !noLanguage.contains(code) else { return nil }
        return twoLetter[code] ?? code
    }
}
