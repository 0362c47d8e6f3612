import Foundation

extension SpeakerLabel {
    /// The short label a full-name label stands for: podcasts, panels and typed transcripts name a speaker in full the
    /// first time (`Bekah Hawrot Weigel: Hello, and welcome …`) and by first name after (`Bekah: Yeah.`). A label of two
    /// words or more whose first words are exactly one other name label of the file (`Bekah`) is that speaker; where
    /// two full names start with the same short label (`Kari Nilsen`, `Kari Berg`), the short label could be either,
    /// and neither is joined. Keys are normalised labels; role labels and ids (`Speaker 1`, `P 2`) are no names.
    static func shortForms(of keys: some Collection<String>) -> [String: String] {
        let names = keys.filter { !isRoleOrID($0) }
        let words = Dictionary(uniqueKeysWithValues: names.map { ($0, $0.split(separator: " ").map(String.init)) })
        var extendedBy: [String: [String]] = [:]
        for full in names where words[full]!.count >= 2 {
            let short = names.filter { $0 != full && words[$0]!.count < words[full]!.count && Array(words[full]!.prefix(words[$0]!.count)) == words[$0]! }
            guard short.count == 1 else { continue }
            extendedBy[short[0], default: []].append(full)
        }
        var forms: [String: String] = [:]
        for (short, fulls) in extendedBy where fulls.count == 1 { forms[fulls[0]] = short }
        return forms
    }
}
