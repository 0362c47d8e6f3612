import Foundation
import ThematicCore

/// The importers a program knows, and which one reads a given file.
///
/// Like `StageRegistry`, the core knows no importer: the `thematic` executable builds its registry from a list
/// generated from its importer dependencies.
public struct ImporterRegistry: Sendable {
    /// The registered importer types, sorted by id.
    public let importers: [any Importer.Type]

    /// Creates a registry; two importers with the same id, or two claiming one extension, are a programming error.
    public init(_ importers: [any Importer.Type]) {
        var ids = Set<String>()
        var extensions: [String: String] = [:]
        for importer in importers {
            let descriptor = importer.descriptor
            precondition(ids.insert(descriptor.id).inserted, "two importers are registered as '\(descriptor.id)'")
            for fileExtension in descriptor.extensions {
                precondition(extensions.updateValue(descriptor.id, forKey: fileExtension) == nil,
                             "importers '\(extensions[fileExtension]!)' and '\(descriptor.id)' both claim .\(fileExtension)")
            }
        }
        self.importers = importers.sorted { $0.descriptor.id < $1.descriptor.id }
    }

    /// Text: no NUL byte and a line break in the first 64 KiB (UTF-8, Windows-1252 or UTF-16 with its mark).
    static func looksLikeText(_ data: Data) -> Bool {
        let head = data.prefix(1 << 16)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
        return !head.contains(0) && head.contains(0x0A)
    }

    /// The importer registered as `id`.
    public func importer(_ id: String) -> (any Importer.Type)? {
        importers.first { $0.descriptor.id == id }
    }

    /// Whether some importer claims files with this name's extension.
    public func claims(extensionOf name: String) -> Bool {
        let file = ImportFile(displayName: name, data: .init())
        return importers.contains { $0.descriptor.extensions.contains(file.fileExtension) }
    }

    /// The importer for `file`: the first whose content check accepts it, else the one claiming its extension.
    public func importer(for file: ImportFile) throws -> any Importer.Type {
        if let byContent = importers.first(where: { $0.recognizes(file) }) { return byContent }
        if let byExtension = importers.first(where: { $0.descriptor.extensions.contains(file.fileExtension) }) { return byExtension }
        // A file saved without an extension ("Interview 2") that holds text is read as plain text; no other format
        // recognised its content first.
        if file.fileExtension.isEmpty, Self.looksLikeText(file.data), let text = importers.first(where: { $0.descriptor.extensions.contains("txt") }) {
            return text
        }
        let known = importers.flatMap { $0.descriptor.extensions.map { "." + $0 } }.sorted().joined(separator: ", ")
        throw Diagnostic(file: file.displayName, "no importer reads this file: its content is not a known format and its extension is not one of \(known)")
    }
}
