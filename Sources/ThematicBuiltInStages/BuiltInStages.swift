import ThematicCore

/// The stages that ship with Thematic, from the stage targets this library depends on (the list is generated at build
/// time by `RegistryPlugin`, so adding a stage target to `Package.swift` adds it here).
public enum BuiltInStages {
    /// Every built-in stage type, sorted by module.
    public static var all: [any Stage.Type] { generatedStages }
}
