/// The version of Thematic recorded in manifests and reports.
public enum ThematicVersion {
    /// The version string.
    public static let current = "0.1.0"
}
