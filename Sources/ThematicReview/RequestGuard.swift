/// Decides whether a request may reach the review page or its API, before anything else looks at it.
///
/// The page shows identifiers, so only the person who started `thematic review` may read it: the token proves that
/// (it was printed only to their terminal); the Host check stops a page elsewhere from reaching this server through a
/// DNS name rebound to 127.0.0.1; the Origin check stops another site's script from posting decisions.
struct RequestGuard: Sendable {
    let token: String
    let port: UInt16

    /// Where the token travels: the page and its assets are opened by URL (query), the API by `fetch` (header).
    enum TokenPlace { case query, header }

    static let tokenHeader = "X-Thematic-Token"

    func allows(host: String?, origin: String?, presentedToken: String?) -> Bool {
        guard let host, allowedAuthorities.contains(host.lowercased()) else { return false }
        if let origin, !allowedAuthorities.contains(where: { origin.lowercased() == "http://\($0)" }) { return false }
        guard let presentedToken else { return false }
        return Self.constantTimeEqual(presentedToken, token)
    }

    private var allowedAuthorities: [String] { ["127.0.0.1:\(port)", "localhost:\(port)"] }

    /// Compares without returning early, so the time taken does not tell an attacker how many leading bytes matched.
    static func constantTimeEqual(_ presented: String, _ expected: String) -> Bool {
        let presentedBytes = Array(presented.utf8)
        let expectedBytes = Array(expected.utf8)
        var difference = UInt8(truncatingIfNeeded: presentedBytes.count ^ expectedBytes.count)
        for index in expectedBytes.indices {
            let presentedByte = index < presentedBytes.count ? presentedBytes[index] : 0
            difference |= presentedByte ^ expectedBytes[index]
        }
        return difference == 0 && presentedBytes.count == expectedBytes.count
    }

    /// 32 random bytes as hex, from the system's cryptographic generator (getrandom on Linux).
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            return String(byte, radix: 16).leftPadded(to: 2)
        }.joined()
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
