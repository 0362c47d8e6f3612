import Foundation
import ThematicCore

/// The page's files, read once from this target's resources so the page works with no network and no other file.
struct PageAssets: Sendable {
    let html: String
    let script: Data
    let styles: Data

    /// Where the page's HTML carries the session token (for its API calls and its own asset URLs).
    static let tokenPlaceholder = "{{TOKEN}}"

    static func load() throws -> PageAssets {
        func read(_ name: String) throws -> Data {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Page") else {
                throw Diagnostic("the review page's resource \(name) is missing from this build")
            }
            return try Data(contentsOf: url)
        }
        return PageAssets(html: String(decoding: try read("review.html"), as: UTF8.self),
                          script: try read("review.js"), styles: try read("review.css"))
    }

    /// The page for one session: the token is hex, so inserting it into HTML needs no escaping.
    func page(token: String) -> Data {
        Data(html.replacingOccurrences(of: Self.tokenPlaceholder, with: token).utf8)
    }
}
