import ThematicCore

/// The coding tree as a picture: themes → sub-themes → codes, left to right, with participant coverage on each
/// node; drawn as SVG by the project itself and also written as Graphviz DOT for those who want to restyle it.
enum ThematicMap {
    private static let palette = ["#1f5f99", "#2e8b57", "#8e3b8e", "#b5651d", "#2f7f86", "#9c2f2f"]

    /// Leaves in drawing order: every code (nested codes flattened) under its sub-theme under its theme; entries
    /// without children are leaves themselves.
    private static func layout(_ report: ThemeReport) -> (rows: [String: Double], order: [ThemeReport.Node]) {
        let byID = Dictionary(report.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [String: Double] = [:]
        var order: [ThemeReport.Node] = []
        var next = 0.0
        func place(_ node: ThemeReport.Node) -> Double {
            order.append(node)
            let children = node.children.compactMap { byID[$0] }
            if node.level == Codebook.Level.code.rawValue {
                // Codes sit in one column; nested codes follow their parent code in it.
                let row = next
                next += 1
                rows[node.id] = row
                for child in children { _ = place(child) }
                return row
            }
            guard !children.isEmpty else {
                let row = next
                next += 1
                rows[node.id] = row
                return row
            }
            let placed = children.map(place)
            let row = (placed.min()! + placed.max()!) / 2
            rows[node.id] = row
            return row
        }
        for theme in report.nodes where theme.parent == nil { _ = place(theme) }
        return (rows, order)
    }

    static func svg(_ report: ThemeReport) -> String {
        let (rows, order) = layout(report)
        let rowHeight = 30.0
        let columnX: [String: Double] = [Codebook.Level.theme.rawValue: 20, Codebook.Level.subtheme.rawValue: 290, Codebook.Level.code.rawValue: 560]
        let boxWidth = 240.0
        let boxHeight = 24.0
        let leafCount = (rows.values.max() ?? 0) + 1
        let height = 60 + leafCount * rowHeight
        let width = 830.0
        var svg = SVGDocument(width: width, height: height, title: "Thematic map: themes, sub-themes and codes with participant coverage")
        svg.rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
        svg.text("Themes", x: 20, y: 22, size: 13, weight: "bold")
        svg.text("Sub-themes", x: 290, y: 22, size: 13, weight: "bold")
        svg.text("Codes", x: 560, y: 22, size: 13, weight: "bold")
        func centre(_ id: String) -> Double { 44 + (rows[id] ?? 0) * rowHeight + boxHeight / 2 }
        let byID = Dictionary(report.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var themeColour: [String: String] = [:]
        for (index, theme) in report.nodes.filter({ $0.parent == nil }).enumerated() { themeColour[theme.id] = palette[index % palette.count] }
        func colour(of node: ThemeReport.Node) -> String {
            var current = node
            while let parent = current.parent, let up = byID[parent] { current = up }
            return themeColour[current.id] ?? palette[0]
        }
        for node in order {
            guard let parent = node.parent, let parentNode = byID[parent] else { continue }
            let fromX = (columnX[parentNode.level] ?? 20) + boxWidth
            let toX = columnX[node.level] ?? 560
            svg.curve(from: (fromX, centre(parent)), to: (toX, centre(node.id)), stroke: "#b8b8b8")
        }
        for node in order {
            let x = columnX[node.level] ?? 560
            let y = centre(node.id) - boxHeight / 2
            let tint = colour(of: node)
            let isTheme = node.level == Codebook.Level.theme.rawValue
            svg.rect(x: x, y: y, width: boxWidth, height: boxHeight, fill: isTheme ? tint : "#f7f7f7", stroke: tint, radius: 4)
            let coverage = "\(node.participants.count)/\(report.participantsInterviewed)"
            svg.text(truncated(node.name, to: 30), x: x + 8, y: y + 16, size: 11.5, weight: isTheme ? "bold" : nil, fill: isTheme ? "#ffffff" : "#222")
            svg.text(coverage, x: x + boxWidth - 8, y: y + 16, size: 11, anchor: "end", fill: isTheme ? "#ffffff" : "#555")
        }
        svg.text("k/N: participants with at least one coded segment, of \(report.participantsInterviewed) interviewed",
                 x: 20, y: height - 10, size: 10.5, fill: "#555")
        return svg.rendered
    }

    static func dot(_ report: ThemeReport) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var lines = ["digraph thematic_map {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];"]
        for node in report.nodes {
            let label = "\(node.name)\\n\(node.participants.count) of \(report.participantsInterviewed) participants"
            let style = node.level == Codebook.Level.theme.rawValue ? ", style=\"rounded,bold\"" : ""
            lines.append("  \(quoted(node.id)) [label=\(quoted(label).replacingOccurrences(of: "\\\\n", with: "\\n"))\(style)];")
        }
        for node in report.nodes {
            if let parent = node.parent { lines.append("  \(quoted(parent)) -> \(quoted(node.id));") }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func truncated(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
