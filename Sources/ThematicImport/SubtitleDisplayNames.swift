import Foundation

extension Subtitles {
    /// Zoom's cloud recording prefixes every cue with the speaker's display name, and a display name is whatever the
    /// person typed: `Pablo Deymo | Lambda`, `T. Wambsgans`, a handle, someone who joined late and spoke once. When
    /// nearly every cue opens with such a prefix, the layout itself vouches for each one, so a prefix said once or
    /// shaped unlike a name is a speaker too. Returns the keys the layout vouches for (empty for any other file).
    static func acceptDisplayNames(_ texts: [String], into prefixes: inout [(label: String, rest: String)?], labels: LabelMemo) -> Set<String> {
        let names = texts.map(displayNamePrefix)
        let prefixed = zip(names, prefixes).count { $0.0 != nil || $0.1 != nil }
        guard texts.count >= 10, prefixed * 10 >= texts.count * 9 else { return [] }
        var vouched: Set<String> = []
        for index in prefixes.indices {
            guard let name = names[index] else { continue }
            if prefixes[index] == nil { prefixes[index] = name }
            vouched.insert(labels.key(prefixes[index]!.label))
        }
        return vouched
    }

    /// `Display Name: text`: up to five words of letters, digits and the marks names and handles carry (`.`, `|`,
    /// `-`, `_`, `'`, `@`, `&`, brackets), starting with a letter; never a note or a word that heads a line of text.
    static func displayNamePrefix(_ text: String) -> (label: String, rest: String)? {
        let body = text.trimmedSpace
        guard let colon = body.firstIndex(of: ":"), colon > body.startIndex else { return nil }
        let name = body[..<colon].trimmedSpace
        let rest = body[body.index(after: colon)...]
        guard name.count <= 40, name.first!.isLetter, rest.isEmpty || rest.first!.isWhitespace,
              name.split(separator: " ").count <= 5,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0.isWhitespace || ".|_-'’@&()[]".contains($0) }),
              !SpeakerLabel.notLabels.contains(name.lowercased()), !Notation.isNote(name) else { return nil }
        return (name, rest.trimmedSpace)
    }
}
