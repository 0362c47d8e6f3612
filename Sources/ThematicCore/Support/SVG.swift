/// A small SVG writer for the figures stages draw themselves (no Graphviz or plotting library at run time).
///
/// Coordinates are written with at most two decimals so the same figure is the same bytes on every machine.
public struct SVGDocument {
    private var body = ""
    /// Width in pixels.
    public let width: Double
    /// Height in pixels.
    public let height: Double
    /// Text for screen readers and tooltips.
    public let title: String

    /// Starts a figure.
    public init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    /// A coordinate or length as written.
    public static func number(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        if scaled == scaled.rounded() { return String(Int(scaled)) }
        var text = String(format: "%.2f", scaled)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Escapes text and attribute values.
    public static func escape(_ text: String) -> String { escapeMarkup(text) }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// Adds a rectangle.
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, radius: Double = 0, extra: [(String, String)] = []) {
        var pairs = [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(width)), ("height", Self.number(height)), ("fill", fill)]
        if let stroke { pairs.append(("stroke", stroke)) }
        if radius > 0 { pairs.append(("rx", Self.number(radius))) }
        body += "<rect\(Self.attributes(pairs + extra))/>\n"
    }

    /// Adds a straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        var pairs = [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)), ("stroke", stroke),
                     ("stroke-width", Self.number(width))]
        if let dash { pairs.append(("stroke-dasharray", dash)) }
        body += "<line\(Self.attributes(pairs))/>\n"
    }

    /// Adds an open polyline through `points`.
    public mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double = 2, dash: String? = nil) {
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        var pairs = [("points", list), ("fill", "none"), ("stroke", stroke), ("stroke-width", Self.number(width))]
        if let dash { pairs.append(("stroke-dasharray", dash)) }
        body += "<polyline\(Self.attributes(pairs))/>\n"
    }

    /// Adds a circle.
    public mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        body += "<circle\(Self.attributes([("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(radius)), ("fill", fill)]))/>\n"
    }

    /// Adds a cubic Bézier path from one point to another, bending horizontally (for tree edges).
    public mutating func curve(from start: (x: Double, y: Double), to end: (x: Double, y: Double), stroke: String, width: Double = 1.5) {
        let middle = (start.x + end.x) / 2
        let path = "M\(Self.number(start.x)),\(Self.number(start.y)) C\(Self.number(middle)),\(Self.number(start.y)) \(Self.number(middle)),\(Self.number(end.y)) \(Self.number(end.x)),\(Self.number(end.y))"
        body += "<path\(Self.attributes([("d", path), ("fill", "none"), ("stroke", stroke), ("stroke-width", Self.number(width))]))/>\n"
    }

    /// Adds text; `anchor` is `start`, `middle` or `end`.
    public mutating func text(_ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start", weight: String? = nil, fill: String = "#222") {
        var pairs = [("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size)), ("text-anchor", anchor), ("fill", fill)]
        if let weight { pairs.append(("font-weight", weight)) }
        body += "<text\(Self.attributes(pairs))>\(Self.escape(content))</text>\n"
    }

    /// The finished document.
    public var rendered: String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.number(width))" height="\(Self.number(height))" viewBox="0 0 \(Self.number(width)) \(Self.number(height))" font-family="Helvetica, Arial, sans-serif" role="img">
        <title>\(Self.escape(title))</title>
        \(body)</svg>

        """
    }
}
