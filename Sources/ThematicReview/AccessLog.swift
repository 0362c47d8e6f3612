import Foundation

/// One line per request on standard error: method, a known path and the status.
///
/// Identifiers must never reach the terminal (it may be recorded or shared), so a line holds no query (the token is
/// there), no body and no header; a path the server does not serve is written as `(other)` because an arbitrary path
/// is text anyone can choose.
struct AccessLog: Sendable {
    let write: @Sendable (String) -> Void

    static let knownPaths: Set<String> = ["/", "/review.js", "/review.css", "/api/session", "/api/preview", "/api/save", "/api/done"]

    func record(method: String, path: String, status: Int) {
        let shownMethod = ["GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"].contains(method) ? method : "(other)"
        let shownPath = Self.knownPaths.contains(path) ? path : "(other)"
        write("review: \(shownMethod) \(shownPath) \(status)")
    }

}
