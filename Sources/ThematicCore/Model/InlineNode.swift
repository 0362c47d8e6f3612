/// One piece of a turn's content: running text or an inline element such as `<event>` or `<anon>`.
///
/// Turns keep their inline markup as a tree rather than flattening it to text, so that a stage which only reads
/// (descriptives, coding) sees the words while a stage which rewrites (anonymization) can hand back a turn whose
/// markup survives the round trip to XML unchanged.
public enum InlineNode: Hashable, Sendable, Codable {
    /// Character data, entity references already resolved.
    case text(String)
    /// An inline element with its attributes in document order and its children.
    case element(InlineElement)
}

/// An inline element inside a turn.
public struct InlineElement: Hashable, Sendable, Codable {
    /// The element's local name (`event`, `anon`, `coded`, …).
    public var name: String
    /// Attributes in document order, so writing the element back reproduces it.
    public var attributes: [Attribute]
    /// The element's content.
    public var children: [InlineNode]

    /// Creates an inline element.
    public init(name: String, attributes: [Attribute] = [], children: [InlineNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of the attribute called `name`, if present.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// An XML attribute as a name–value pair.
public struct Attribute: Hashable, Sendable, Codable {
    /// The attribute's name.
    public var name: String
    /// The attribute's value.
    public var value: String

    /// Creates an attribute.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == InlineNode {
    /// The text a reader hears: all character data, leaving out non-verbal `<event>` elements.
    public var spokenText: String {
        var out = ""
        appendSpokenText(to: &out)
        return out
    }

    /// The text with every element's content included (events too).
    public var allText: String {
        var out = ""
        for node in self {
            switch node {
            case .text(let text): out += text
            case .element(let element): out += element.children.allText
            }
        }
        return out
    }

    fileprivate func appendSpokenText(to out: inout String) {
        for node in self {
            switch node {
            case .text(let text): out += text
            case .element(let element):
                if element.name != InlineElement.eventName { element.children.appendSpokenText(to: &out) }
            }
        }
    }
}

extension InlineElement {
    /// The element that marks non-verbal events (`<event>laughs</event>`); not part of what was said.
    public static let eventName = "event"
}
