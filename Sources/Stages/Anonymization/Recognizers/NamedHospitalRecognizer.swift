/// A hospital named in one word, its region or town before the word for hospital: "Nordlandssykehuset",
/// "innlandetsykehuset", "Vestfoldsjukehuset", "Rikshospitalet". The hospital trust of a region says where a patient
/// lives. A kind of hospital is no name ("lokalsykehuset", "universitetssykehuset", "barnesykehuset").
struct NamedHospitalRecognizer: Recognizer {
    var type: IdentifierType { .organisation }
    static let triggering = ["[nb] vi samarbeider med «Helgelandssykehuset» om det", "[nb] det går greit med «vestfoldsykehuset» men meldingene kommer sent",
                             "He was admitted to «Sørlandssjukehuset» twice."]
    static let nonTriggering = ["[nb] lokalsykehuset hadde ikke plass i går", "[nb] universitetssykehuset har egne rutiner", "[nb] på sykehuset var det fullt",
                                "[nb] barnesykehuset ligger ved siden av", "[nb] et privatsykehus tok over"]

    func candidates(in text: TextView) -> [Candidate] {
        var found: [Candidate] = []
        let tokens = text.tokens
        for index in 0..<text.count {
            // A hospital's name is twelve bytes or more; shorter words skip the comparisons.
            guard tokens[index].kind == .word, tokens[index].end - tokens[index].start >= 12 else { continue }
            let word = text.lower(index)
            guard let ending = Self.endings.first(where: { word.hasSuffix($0) }) else { continue }
            var prefix = String(word.dropLast(ending.count))
            if prefix.hasSuffix("s") { prefix.removeLast() }
            guard prefix.count >= 4, !Self.kinds.contains(prefix), !text.has(index, .allowed) else { continue }
            found.append(Candidate(first: index, last: index, type: .organisation, confident: false, reason: "a hospital named after its region"))
        }
        return found
    }

    static let endings = ["sykehuset", "sjukehuset", "sykehus", "sjukehus", "hospitalet", "hospital"]
    /// Kinds of hospital, not names (the joining "s" removed): "lokalsykehuset", "universitetssykehuset".
    static let kinds: Set<String> = ["lokal", "universitet", "region", "regional", "fylke", "distrikt", "akutt", "privat", "barne", "sentral", "felles",
                                     "lokalt", "stor", "små", "nabo", "militær", "dag", "kvinne", "psykiatri", "rehabilitering", "sinne", "tilskudd",
                                     "nærmeste", "hoved", "landet", "kommune", "by", "feldt", "felt"]
}
