import FlyingFox
import Foundation

/// Answers one request: the guard first, then the page, its assets or the API.
struct ReviewRoutes: HTTPHandler {
    let backend: any ReviewBackend
    let assets: PageAssets
    let token: String
    let boundPort: BoundPort
    let log: AccessLog
    let maximumBodyBytes: Int
    /// Called when `/api/done` arrives (the server stops); its answer still goes out, since stopping lets an answer
    /// being sent finish.
    let onDone: @Sendable () -> Void

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = await respond(to: request)
        log.record(method: request.method.rawValue, path: request.path, status: response.statusCode.code)
        return response
    }

    private func respond(to request: HTTPRequest) async -> HTTPResponse {
        guard let port = boundPort.value else { return ReviewResponses.error(.serviceUnavailable, "starting") }
        let requestGuard = RequestGuard(token: token, port: port)
        let isAPI = request.path.hasPrefix("/api/")
        let presented = isAPI ? request.headers[HTTPHeader(RequestGuard.tokenHeader)]
                              : request.query.first { $0.name == "token" }?.value
        guard requestGuard.allows(host: request.headers[.host], origin: request.headers[HTTPHeader("Origin")], presentedToken: presented) else {
            return ReviewResponses.error(.forbidden, "forbidden")
        }
        switch (request.method, request.path) {
        case (.GET, "/"): return ReviewResponses.make(.ok, body: assets.page(token: token), contentType: "text/html; charset=utf-8")
        case (.GET, "/review.js"): return ReviewResponses.make(.ok, body: assets.script, contentType: "text/javascript; charset=utf-8")
        case (.GET, "/review.css"): return ReviewResponses.make(.ok, body: assets.styles, contentType: "text/css; charset=utf-8")
        case (.GET, "/api/session"): return await callBackend { try $0.session() }
        case (.POST, "/api/preview"): return await withBody(of: request) { body in await callBackend { try $0.preview(decisions: body) } }
        case (.POST, "/api/save"): return await withBody(of: request) { body in await callBackend { try $0.save(decisions: body) } }
        case (.POST, "/api/done"):
            onDone()
            return ReviewResponses.make(.ok, body: Data(#"{"done":true}"#.utf8))
        case (_, "/"), (_, "/review.js"), (_, "/review.css"), (_, "/api/session"), (_, "/api/preview"), (_, "/api/save"), (_, "/api/done"):
            return ReviewResponses.error(.methodNotAllowed, "method not allowed")
        default:
            return ReviewResponses.error(.notFound, "not found")
        }
    }

    /// Reads the body up to the cap; a larger one is refused before it is held in memory whole.
    private func withBody(of request: HTTPRequest, _ use: (Data) async -> HTTPResponse) async -> HTTPResponse {
        if let declared = request.bodySequence.count, declared > maximumBodyBytes {
            return ReviewResponses.error(.payloadTooLarge, "the request body is larger than \(maximumBodyBytes) bytes")
        }
        var body = Data()
        do {
            for try await chunk in request.bodySequence {
                body.append(chunk)
                if body.count > maximumBodyBytes {
                    return ReviewResponses.error(.payloadTooLarge, "the request body is larger than \(maximumBodyBytes) bytes")
                }
            }
        } catch {
            return ReviewResponses.error(.badRequest, "the request body could not be read")
        }
        return await use(body)
    }

    /// The backend's work is synchronous and may take a while (a preview runs the anonymizer's matching), so it runs
    /// on a queue of its own: on Linux the cooperative pool is libdispatch's global pool (two threads on two cores),
    /// which a blocking call would starve; a serial queue gets its own thread and keeps a save from overlapping a preview.
    private static let backendQueue = DispatchQueue(label: "thematic.review.backend")

    private func callBackend(_ work: @escaping @Sendable (any ReviewBackend) throws -> Data) async -> HTTPResponse {
        let backend = self.backend
        let result: Result<Data, any Error> = await withCheckedContinuation { continuation in
            Self.backendQueue.async {
                continuation.resume(returning: Result { try work(backend) })
            }
        }
        switch result {
        case .success(let json): return ReviewResponses.make(.ok, body: json)
        case .failure(let error): return ReviewResponses.error(.unprocessableContent, ReviewResponses.message(for: error))
        }
    }
}
