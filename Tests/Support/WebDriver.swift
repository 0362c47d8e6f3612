import Foundation

/// A small client for chromedriver's W3C WebDriver protocol (HTTP + JSON), enough to drive a page in headless
/// Chromium from a test: navigate, find, click, type, press keys, run a script, take a screenshot.
///
/// ```swift
/// let browser = try await WebDriver.start()          // launches chromedriver and a headless chromium
/// defer { Task { await browser.quit() } }            // or `await browser.quit()` at the end
/// try await browser.navigate(to: url)
/// try await browser.waitUntil("return document.body.dataset.ready === 'true'")
/// try await browser.click(browser.findElement(css: "#confirm-button"))
/// try await browser.pressKey("c")
/// try await browser.selectText("Tor", in: ".turn-text[data-interview='T02'][data-turn='1']")
/// try await browser.screenshot(to: URL(fileURLWithPath: "Docs/review.png"))
/// ```
///
/// Chromium and chromedriver come from Debian (`make browser-deps`). When either is missing `start()` throws, so a
/// browser test fails loudly; `WebDriver.skipRequested` (THEMATIC_SKIP_BROWSER=1) is the one way to leave it out.
public actor WebDriver {
    /// An element the browser found, by its WebDriver reference.
    public struct Element: Sendable, Hashable {
        public let reference: String
    }

    /// Keys the W3C protocol names by private-use code points.
    public enum Key {
        public static let control = "\u{E009}"
        public static let shift = "\u{E008}"
        public static let escape = "\u{E00C}"
        public static let enter = "\u{E007}"
        public static let tab = "\u{E004}"
        public static let arrowDown = "\u{E015}"
        public static let arrowUp = "\u{E013}"
        public static let arrowLeft = "\u{E012}"
        public static let arrowRight = "\u{E014}"
    }

    /// The arguments every session's chromium gets: headless, no sandbox (tests run as root in CI), a fixed size so
    /// screenshots are comparable.
    public static let chromiumArguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                                           "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions"]

    /// True when THEMATIC_SKIP_BROWSER=1: the only case in which a browser test may be left out.
    public static var skipRequested: Bool { ProcessInfo.processInfo.environment["THEMATIC_SKIP_BROWSER"] == "1" }

    private let driver: ChromeDriverProcess
    private let sessionID: String
    private let base: String

    private init(driver: ChromeDriverProcess, sessionID: String) {
        self.driver = driver
        self.sessionID = sessionID
        self.base = "/session/\(sessionID)"
    }

    /// Starts chromedriver on a free loopback port and opens a headless chromium session.
    public static func start(extraArguments: [String] = []) async throws -> WebDriver {
        let tools = try BrowserTools.locate()
        let driver = try await ChromeDriverProcess.launch(chromedriver: tools.chromedriver)
        do {
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-chromium-\(UUID().uuidString)")
            let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
                "browserName": "chrome",
                "goog:chromeOptions": ["binary": tools.chromium,
                                       "args": chromiumArguments + extraArguments + ["--user-data-dir=\(profile.path)"]],
            ]]]
            let answer = try await WebDriverHTTP.send(driver.port, "POST", "/session",
                                                      JSONSerialization.data(withJSONObject: capabilities))
            guard let value = WebDriverHTTP.value(in: answer) as? [String: Any], let sessionID = value["sessionId"] as? String else {
                throw WebDriverError("chromedriver did not open a session: \(String(decoding: answer, as: UTF8.self))")
            }
            return WebDriver(driver: driver, sessionID: sessionID)
        } catch {
            driver.terminate()
            throw error
        }
    }

    public func navigate(to url: URL) async throws {
        _ = try await command("POST", "url", ["url": url.absoluteString])
    }

    public func findElement(css selector: String) async throws -> Element {
        let value = try await command("POST", "element", ["using": "css selector", "value": selector])
        guard let object = value as? [String: Any], let reference = object[Self.elementKey] as? String else {
            throw WebDriverError("no element matches \(selector)")
        }
        return Element(reference: reference)
    }

    public func click(_ element: Element) async throws {
        _ = try await command("POST", "element/\(element.reference)/click", [:])
    }

    /// Types into an element (an input or select); for keys the page handles itself, use `pressKey`.
    public func sendKeys(_ text: String, to element: Element) async throws {
        _ = try await command("POST", "element/\(element.reference)/value", ["text": text])
    }

    /// Presses a key, with modifiers held, on whatever has focus (the page's own key handlers see it).
    public func pressKey(_ key: String, modifiers: [String] = []) async throws {
        var steps: [[String: Any]] = modifiers.map { ["type": "keyDown", "value": $0] }
        steps += [["type": "keyDown", "value": key], ["type": "keyUp", "value": key]]
        steps += modifiers.reversed().map { ["type": "keyUp", "value": $0] }
        _ = try await command("POST", "actions", ["actions": [["type": "key", "id": "keyboard", "actions": steps]]])
        _ = try await command("DELETE", "actions", nil)
    }

    /// Runs a script's body (`return …` gives a value) and decodes what it returns.
    public func execute<Value: Decodable & Sendable>(_ script: String, arguments: [String] = [], as type: Value.Type) async throws -> Value {
        let value = try await command("POST", "execute/sync", ["script": script, "args": arguments])
        let data = try JSONSerialization.data(withJSONObject: ["value": value ?? NSNull()], options: [.fragmentsAllowed])
        return try JSONDecoder().decode(Wrapped<Value>.self, from: data).value
    }

    /// Runs a script's body for its effect.
    public func execute(_ script: String, arguments: [String] = []) async throws {
        _ = try await command("POST", "execute/sync", ["script": script, "args": arguments])
    }

    /// Polls a script until it returns true.
    public func waitUntil(_ script: String, timeout: Duration = .seconds(30), _ what: String? = nil) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if try await execute(script, as: Bool?.self) == true { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw WebDriverError("timed out waiting for \(what ?? script)")
    }

    /// The text of the element `selector` finds (its textContent).
    public func text(css selector: String) async throws -> String {
        try await execute("const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", arguments: [selector], as: String?.self) ?? ""
    }

    /// Selects the first occurrence of `text` inside the element `selector` finds, as a mouse drag would; the text may
    /// run across the element's text nodes (plain text and marks). Throws when it is not there.
    public func selectText(_ text: String, in selector: String) async throws {
        let script = """
            const element = document.querySelector(arguments[0]);
            if (!element) return 'no element matches ' + arguments[0];
            const nodes = [];
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
            const whole = nodes.map((node) => node.data).join('');
            const start = whole.indexOf(arguments[1]);
            if (start < 0) return 'no ' + JSON.stringify(arguments[1]) + ' in ' + arguments[0];
            function boundary(offset, isEnd) {
              let seen = 0;
              for (const node of nodes) {
                if (offset < seen + node.data.length || (isEnd && offset === seen + node.data.length)) return [node, offset - seen];
                seen += node.data.length;
              }
              return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
            }
            const range = document.createRange();
            range.setStart(...boundary(start, false));
            range.setEnd(...boundary(start + arguments[1].length, true));
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            return null;
            """
        if let problem = try await execute(script, arguments: [selector, text], as: String?.self) {
            throw WebDriverError(problem)
        }
    }

    /// A PNG of the viewport.
    public func screenshot(to url: URL) async throws {
        guard let encoded = try await command("GET", "screenshot", nil) as? String, let png = Data(base64Encoded: encoded) else {
            throw WebDriverError("chromedriver returned no screenshot")
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try png.write(to: url)
    }

    /// Ends the browser session and chromedriver.
    public func quit() async {
        _ = try? await WebDriverHTTP.send(driver.port, "DELETE", base, nil)
        driver.terminate()
    }

    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    private func command(_ method: String, _ path: String, _ body: [String: Any]?) async throws -> Any? {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        return WebDriverHTTP.value(in: try await WebDriverHTTP.send(driver.port, method, base + "/" + path, data))
    }

    private struct Wrapped<Value: Decodable>: Decodable { let value: Value }
}

public struct WebDriverError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// One WebDriver call: JSON in, JSON out, a WebDriver error as a thrown `WebDriverError`.
enum WebDriverHTTP {
    static func send(_ port: UInt16, _ method: String, _ path: String, _ body: Data?) async throws -> Data {
        // Starting a session starts chromium, which may take long on a loaded two-core machine.
        let client = LoopbackHTTP(port: port, timeoutSeconds: 120)
        let headers = body == nil ? [] : [("Content-Type", "application/json; charset=utf-8")]
        let response = try await client.send(method, path, host: "127.0.0.1:\(port)", headers: headers, body: body ?? Data())
        if response.status >= 400 {
            let details = value(in: response.body) as? [String: Any]
            throw WebDriverError("\(method) \(path): \(details?["error"] ?? response.status): \(details?["message"] ?? String(decoding: response.body, as: UTF8.self))")
        }
        return response.body
    }

    /// The answer's `value` (nil for JSON null).
    static func value(in data: Data) -> Any? {
        let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let value = (object as? [String: Any])?["value"]
        return value is NSNull ? nil : value
    }
}
