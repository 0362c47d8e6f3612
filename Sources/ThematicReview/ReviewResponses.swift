import FlyingFox
import Foundation
import ThematicCore

/// Responses with the headers every answer of the review server carries.
enum ReviewResponses {
    /// The page loads only its own script and styles and talks only to this server; nothing inline, no frames, no
    /// forms posting elsewhere. `data:` images allow the empty favicon, so the browser asks for no /favicon.ico.
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'"

    static func make(_ status: HTTPStatusCode, body: Data = Data(), contentType: String = "application/json; charset=utf-8") -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        headers[.contentType] = contentType
        // The page and the session hold identifiers: no cache may keep them.
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("Content-Security-Policy")] = contentSecurityPolicy
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        // The token is in the page's URL; no request from the page may pass it on.
        headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
        headers[HTTPHeader("X-Frame-Options")] = "DENY"
        headers[HTTPHeader("Cross-Origin-Resource-Policy")] = "same-origin"
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    static func error(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        make(status, body: errorBody(message))
    }

    static func errorBody(_ message: String) -> Data {
        (try? JSONSerialization.data(withJSONObject: ["error": message], options: [.sortedKeys])) ?? Data("{}".utf8)
    }

    /// A `Diagnostic` reads as the CLI prints it (file:line: message); any other error by its description.
    static func message(for error: any Error) -> String {
        if let diagnostic = error as? Diagnostic { return diagnostic.description }
        if let list = error as? DiagnosticList { return list.description }
        if let localized = error as? LocalizedError, let description = localized.errorDescription { return description }
        return String(describing: error)
    }
}
