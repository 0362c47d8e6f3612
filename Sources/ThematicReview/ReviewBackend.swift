import Foundation

/// What the review page asks of the pipeline; `thematic review` supplies the implementation.
///
/// Every method exchanges JSON so the page and the backend agree on one format (Docs/Review.md) and this target needs
/// no knowledge of the anonymizer. A thrown error reaches the page as HTTP 422 with `{"error": "<message>"}`.
public protocol ReviewBackend: Sendable {
    /// The session as JSON (study, types, transcripts, entities, items, decisions, decisionsFile).
    func session() throws -> Data
    /// What the given decisions (JSON body `{"decisions": [...]}`) would change, as JSON, without writing anything.
    func preview(decisions: Data) throws -> Data
    /// Writes the decisions file; returns JSON such as `{"saved": 12, "file": "decisions.yaml", "summary": {...}}`.
    func save(decisions: Data) throws -> Data
}
