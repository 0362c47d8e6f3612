import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// Timed Text (TTML, DFXP): YouTube's, Netflix's and Premiere's captions, and broadcasters' subtitles.
public struct TTMLImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "ttml",
        version: "1.0.0",
        summary: "TTML / DFXP captions (.ttml, .dfxp, .xml): <p begin end> cues, speakers from ttm:agent or a 'Name:' prefix.",
        discussion: """
            Reads the <tt> document's body: every <p> is a cue, timed by begin and end (or dur), counted from the \
            begin of the <div>s and <body> around it, in any TTML time expression (00:00:01.000, 00:00:01:12 frames \
            at ttp:frameRate, 1.5s, 1500ms, 10000000t ticks at ttp:tickRate, 2m, 1h). Its speaker is the agent its \
            ttm:agent names (ttm:name in the head's metadata, else the agent's id; every ttm:name, an alias or an agent no cue names too, is protected), the agent of a <span> inside it \
            (a cue of two voices is two pieces), or a 'Name:' prefix as in other subtitles. <br/> is a space; styling \
            is dropped, and so is metadata inside a cue (ttm:desc, ttm:title, ttm:copyright, agents). Then the subtitle rules: a cue without a speaker continues the one before it, consecutive cues \
            of one speaker merge, `[Music]` and `(laughs)` become events.
            """,
        extensions: ["ttml", "dfxp"]
    )

    public init(options: StageOptions) throws {}

    public static func recognizes(_ file: ImportFile) -> Bool {
        let head = file.head(2048)
        return head.contains("<tt") && (head.contains("http://www.w3.org/ns/ttml") || head.contains("http://www.w3.org/2006/10/ttaf1") || head.contains("http://www.w3.org/2006/04/ttaf1"))
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let name = file.displayName
        let root = try file.xmlRoot(named: "tt", format: "TTML")
        guard let body = root.element("body") else {
            throw Diagnostic(file: name, line: root.line, "the <tt> document has no <body>")
        }
        let clock = TTMLClock(root)
        var agents: [String: String] = [:]
        var declared: [DeclaredSpeaker] = []
        for agent in root.element("head")?.descendants("agent") ?? [] {
            guard let id = agent[attribute: "xml:id"] ?? agent[attribute: "id"] else { continue }
            let agentNames = agent.elements("name").map(\.text.trimmedSpace).filter { !$0.isEmpty }
            agents[id] = agentNames.first ?? id
            // Each name an agent is given (full, alias), whether a cue names the agent or not, is protected.
            for agentName in agentNames where !SpeakerLabel.isRoleOrID(agentName) {
                declared.append(DeclaredSpeaker(label: agentNames[0], role: nil, name: agentName))
            }
        }
        var cues: [SubtitleCue] = []
        try collect(body, offset: 0, agent: nil, agents: agents, clock: clock, file: name, into: &cues)
        if cues.isEmpty { throw Diagnostic(file: name, line: body.line, "no timed <p> captions found in the body") }
        var document = try Subtitles.document(cues, file: name, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        document.declaredSpeakers += declared
        return document
    }

    /// The cues under `element`, its time base `offset` seconds (TTML times a child from its parent's begin).
    private func collect(_ element: XMLTreeElement, offset: Double, agent: String?, agents: [String: String], clock: TTMLClock,
                         file: String, into cues: inout [SubtitleCue]) throws {
        for child in element.elements {
            let begin = try clock.seconds(child[attribute: "begin"], line: child.line, file: file)
            let start = offset + (begin ?? 0)
            let speaker = child[attribute: "agent"].flatMap { Self.agentName($0, agents) } ?? agent
            guard child.name == "p" else {
                if child.name == "div" { try collect(child, offset: start, agent: speaker, agents: agents, clock: clock, file: file, into: &cues) }
                continue
            }
            let end: Double
            if let value = try clock.seconds(child[attribute: "end"], line: child.line, file: file) {
                end = offset + value
            } else if let duration = try clock.seconds(child[attribute: "dur"], line: child.line, file: file) {
                end = start + duration
            } else {
                end = start
            }
            cues.append(SubtitleCue(identifier: child[attribute: "xml:id"], start: start, end: end,
                                    lines: [Self.payload(child, speaker: speaker, agents: agents)], line: child.line, number: cues.count + 1))
        }
    }

    /// The cue's text as a subtitle payload: each agent's words in a voice span (`<v Kari>…</v>`), the rest as text.
    static func payload(_ paragraph: XMLTreeElement, speaker: String?, agents: [String: String]) -> String {
        var pieces: [(speaker: String?, text: String)] = [(speaker, "")]
        func walk(_ element: XMLTreeElement, speaker: String?) {
            for node in element.children {
                switch node {
                case .text(let text):
                    if pieces[pieces.count - 1].speaker != speaker { pieces.append((speaker, "")) }
                    pieces[pieces.count - 1].text += text
                case .element(let inner):
                    if inner.name == "br" {
                        pieces[pieces.count - 1].text += " "
                    } else if inner.name == "span" {
                        walk(inner, speaker: inner[attribute: "agent"].flatMap { agentName($0, agents) } ?? speaker)
                    } else if !metadataElements.contains(inner.name) {
                        walk(inner, speaker: speaker)
                    }
                }
            }
        }
        walk(paragraph, speaker: speaker)
        return pieces.filter { !$0.text.trimmedSpace.isEmpty }.map { piece in
            piece.speaker.map { "<v \($0)>\(ImportText.collapsingWhitespace(piece.text))</v>" } ?? ImportText.collapsingWhitespace(piece.text)
        }.joined(separator: " ")
    }

    /// Elements a cue may hold that describe it rather than say it (TTML's metadata class, by local name).
    static let metadataElements: Set<String> = ["metadata", "desc", "title", "copyright", "agent", "name", "actor"]

    /// The name of the first agent `reference` names (it may list several).
    static func agentName(_ reference: String, _ agents: [String: String]) -> String? {
        guard let first = reference.split(separator: " ").first.map(String.init) else { return nil }
        return agents[first] ?? first
    }
}
