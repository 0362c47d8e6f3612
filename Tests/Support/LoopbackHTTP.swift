import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 client for servers on this machine's loopback: the review server's tests send exactly the headers
/// an attacker would (a foreign Host, a foreign Origin, none at all), which URLSession would rewrite or add; the
/// WebDriver client talks to chromedriver with it because URLSession (FoundationNetworking on Swift 6.3.1 here) fails
/// on loopback with "Failed writing header".
public struct LoopbackHTTP: Sendable {
    public struct Response: Sendable {
        public let status: Int
        /// Header names lower-cased.
        public let headers: [String: String]
        public let body: Data
        public var json: Any? { try? JSONSerialization.jsonObject(with: body) }
    }

    public struct Failure: Error, CustomStringConvertible { public let description: String }

    public var address: String
    public let port: UInt16
    /// How long a read may wait for the server (a browser session can take a while to start).
    public var timeoutSeconds: Int

    public init(address: String = "127.0.0.1", port: UInt16, timeoutSeconds: Int = 10) {
        self.address = address
        self.port = port
        self.timeoutSeconds = timeoutSeconds
    }

    /// Sends one request with `Connection: close` and reads the answer to the end. `host` nil sends no Host header.
    ///
    /// The socket calls block, so they run on a serial queue of their own (libdispatch gives it its own thread): on the
    /// cooperative pool, or libdispatch's global pool it runs on, they would starve the server under test.
    public func send(_ method: String, _ target: String, host: String?, headers: [(String, String)] = [], body: Data = Data(),
              declaredLength: Int? = nil) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue(label: "thematic.loopback-http").async {
                continuation.resume(with: Result { try sendWaiting(method, target, host: host, headers: headers, body: body, declaredLength: declaredLength) })
            }
        }
    }

    /// The same, blocking the calling thread (for code that is not async, such as a clean-up).
    public func sendWaiting(_ method: String, _ target: String, host: String?, headers: [(String, String)] = [], body: Data = Data(),
                            declaredLength: Int? = nil) throws -> Response {
        var head = "\(method) \(target) HTTP/1.1\r\n"
        if let host { head += "Host: \(host)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(declaredLength ?? body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        let descriptor = try connect()
        defer { close(descriptor) }
        try write(Data(head.utf8) + body, to: descriptor)
        return try parse(readAll(descriptor))
    }

    /// Whether anything accepts a connection at `address:port`.
    public func accepts() -> Bool {
        guard let descriptor = try? connect() else { return false }
        close(descriptor)
        return true
    }

    private func connect() throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket failed") }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = port.bigEndian
        socketAddress.sin_addr.s_addr = inet_addr(address)
        let result = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(descriptor)
            throw Failure(description: "connect to \(address):\(port) failed (errno \(errno))")
        }
        return descriptor
    }

    private func write(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard written > 0 else { throw Failure(description: "send failed (errno \(errno))") }
                offset += written
            }
        }
    }

    private func readAll(_ descriptor: Int32) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { break }
            guard count > 0 else { throw Failure(description: "recv failed (errno \(errno))") }
            data.append(contentsOf: buffer[0..<count])
            // Stop once a whole answer with a Content-Length has arrived (the server may keep the socket a moment).
            if let response = try? parse(data), response.headers["content-length"].flatMap(Int.init) == response.body.count { break }
        }
        return data
    }

    private func parse(_ data: Data) throws -> Response {
        guard let separator = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "no complete header in \(data.count) bytes") }
        let lines = String(decoding: data[..<separator.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(data[separator.upperBound...]))
    }
}
