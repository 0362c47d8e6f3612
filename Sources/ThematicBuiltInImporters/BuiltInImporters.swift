import ThematicImport

/// The transcript importers that ship with Thematic, from the importer targets this library depends on (the list is
/// generated at build time by `RegistryPlugin`, so adding an importer target to `Package.swift` adds it here).
public enum BuiltInImporters {
    /// Every built-in importer type, sorted by module.
    public static var all: [any Importer.Type] { generatedImporters }
}
