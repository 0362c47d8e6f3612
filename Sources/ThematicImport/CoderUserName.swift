import Foundation

/// What a QDA project's user name says about the coder behind it.
///
/// Inter-coder studies often log in as `Coder 1`, `Coder B`, `Rater two` or the tool's `Admin`. Such a name names
/// nobody, and protecting it made the leak gate refuse every run: its word `coder` is in Thematic's own column names
/// and JSON keys (`codings.csv`, `agreement.json`). A name with any other word in it (`Ingvild Aasen`, `kari85`,
/// `Coder Kari`) is still taken for a person's and protected.
public enum CoderUserName {
    /// Words for a coder's role or a tool's default account (lower-cased; English and Norwegian), beside the speaker
    /// roles (`SpeakerLabel.roleWords`: researcher, guest, unknown …).
    static let roleWords = Set([
        "coder", "koder", "kodar", "rater", "annotator", "annotater", "analyst", "analytiker", "reviewer", "admin",
        "administrator", "user", "bruker", "brukar", "student", "default", "standard", "owner", "author", "team",
        "project", "prosjekt", "auto", "autocoder", "anonymous",
    ]).union(SpeakerLabel.roleWords.keys.filter { $0.count > 1 })

    /// Words that number a role: a digit run, a single letter, an ordinal or a number word.
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "first", "second", "third", "fourth", "fifth", "en", "ein", "to", "tre", "fire", "fem", "seks",
    ]

    /// Whether the user name is a role, optionally numbered, rather than a person's name: its first word is a role
    /// word (`Coder`, `coder2`) and every other word a role word or a number (`Default User`, `Rater B`).
    public static func namesNobody(_ name: String) -> Bool {
        let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let first = words.first, isRole(first) else { return false }
        return words.dropFirst().allSatisfy { isRole($0) || numbers($0) }
    }

    /// `coder`, and `coder2` (a role word with its number attached).
    static func isRole(_ word: String) -> Bool {
        roleWords.contains(word) || roleWords.contains(String(word.reversed().drop(while: \.isNumber).reversed()))
    }

    static func numbers(_ word: String) -> Bool {
        word.allSatisfy(\.isNumber) || word.count == 1 || numberWords.contains(word)
    }
}
