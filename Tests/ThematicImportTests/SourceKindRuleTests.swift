import Testing
@testable import ThematicImport

/// Which sources of a project are interviews and which are documents, and the rule that says so.
@Suite struct SourceKindRuleTests {
    @Test(arguments: [
        ("Q: Why?\nA: The rota.\nQ: And?\nA: Nights.", "Source 1", nil, "interview: speaker labels alternate"),
        ("Interviewer: Why?\nKari Nilsen: The rota.", "Source 1", nil, "interview: speaker labels alternate"),
        ("Kari: Why?\nOla: The rota.\nKari: And?\nOla: Nights.", "Source 1", nil, "interview: speaker labels alternate"),
        ("Kari Lund  00:05\nWith the tablets.\nAnn Berg  00:31\nAnd now?", "Source 1", nil, "interview: label lines with a time"),
        ("I went on and on about the rota.", "Source 1", "P3", "interview: the case 'P3' links it to a participant"),
        ("I went on and on about the rota.", "Focus group 2", nil, "interview: its name says so ('focus')"),
        ("T: A title\nAbstract: We studied wards.\nKeywords: alarms, nights\nRQ5: Why?", "Smith 2021", nil, "document: colon lines that do not take turns"),
        ("RQ1: Why?\nRQ2: How?\nRQ3: When?", "Study protocol", nil, "document: its name says so ('protocol'); colon lines"),
        ("Anne: quiet ward.\nAnne: two nurses.\nAnne: one student.", "Ward 3", nil, "document: colon lines that do not take turns like a conversation (Anne ×3)"),
        ("Arrived at 21:00, quiet.", "Ward 3", nil, "document: no speaker labels, and no case"),
    ] as [(String, String, String?, String)])
    func decidesByEvidence(text: String, name: String, caseLabel: String?, rule: String) {
        let decided = SourceKindRule.decide(ImportedProject.Source(name: name, text: text, caseLabel: caseLabel), knownLabels: [])
        #expect(decided.rule.hasPrefix(rule), "\(decided.rule)")
        #expect(decided.kind.rawValue == String(rule.prefix { $0 != ":" }))
    }

    /// What the user declared wins over a conversation in the text; a label named with --interviewer makes one.
    @Test func theUserDecidesFirst() {
        var source = ImportedProject.Source(name: "Interview 1", text: "Q: Why?\nA: The rota.\nQ: And?\nA: Nights.")
        source.kind = .document
        #expect(SourceKindRule.decide(source, knownLabels: []).rule == "document: named in the importer option 'documents'")
        let notes = ImportedProject.Source(name: "Ward 3", text: "Anne: quiet ward.\nAnne: two nurses.")
        #expect(SourceKindRule.decide(notes, knownLabels: []).kind == .document)
        #expect(SourceKindRule.decide(notes, knownLabels: ["anne"]).kind == .interview)
    }
}
