import Foundation
import Testing
import ThematicCore
import ThematicReview
import ThematicTestSupport

/// The page in a real headless Chromium against a fake backend: every kind of decision by key or click, undo, save,
/// done. Without chromium this fails (it does not skip) unless THEMATIC_SKIP_BROWSER=1.
@Suite("Review page in a browser", .serialized, .disabled(if: WebDriver.skipRequested, "THEMATIC_SKIP_BROWSER=1"))
struct ReviewPageBrowserTests {
    @Test func aReviewerDecidesEveryKindAndSaves() async throws {
        let backend = FakeBackend()
        let server = ReviewServer(backend: backend, log: { _ in })
        let url = try await server.start()
        let browser = try await WebDriver.start()
        do {
            try await review(url: url, browser: browser, backend: backend, server: server)
        } catch {
            try? await browser.screenshot(to: Self.screenshotFolder.appendingPathComponent("review-failure.png"))
            await browser.quit()
            await server.stop()
            throw error
        }
        await browser.quit()
        await server.stop()
    }

    @Test func earlierDecisionsApplyAndAreSentAgainAndASaveErrorIsShown() async throws {
        var session = ReviewFixture.session
        let earlier: [[String: Any]] = [ReviewFixture.location("T01", 1, "Sola").merging(["action": "reject"]) { $1 }]
        session["decisions"] = earlier
        let backend = FakeBackend(session: session, saveFailure: Diagnostic(file: "decisions.yaml", "is not writable"))
        let server = ReviewServer(backend: backend, log: { _ in })
        let url = try await server.start()
        let browser = try await WebDriver.start()
        do {
            try await browser.navigate(to: url)
            try await browser.waitUntil("return document.body.dataset.ready === 'true'", "the session to load")
            #expect(try await browser.text(css: "#progress-text") == "1 / 5")
            #expect(try await browser.text(css: "#queue-item-1").contains("not an identifier"))
            // Decisions from the file are not this page's to undo.
            try await browser.pressKey("u")
            #expect(try await browser.text(css: "#status") == "Nothing to undo.")
            // Any transcript can be shown (to add a span where no item is), not only the current item's.
            try await browser.execute("const s = document.getElementById('transcript-select'); s.value = 'T02'; s.dispatchEvent(new Event('change'));")
            #expect(try await browser.text(css: "#transcript-heading") == "Transcript T02")
            #expect(try await browser.text(css: "#item-heading").hasPrefix("Item 1 of 5"))
            // With the keyboard alone: a with nothing selected, choose the turn, type the text, Enter.
            try await browser.pressKey("a")
            try await browser.waitUntil("return document.activeElement.id === 'add-text-input'", "the add panel for typing")
            try await browser.execute("document.getElementById('add-turn-select').value = '1';")
            try await browser.sendKeys("Tor", to: browser.findElement(css: "#add-text-input"))
            try await browser.pressKey(WebDriver.Key.enter)
            try await browser.waitUntil("return document.getElementById('add-form').hidden", "the add panel to close")
            #expect(try await browser.text(css: "#decision-list").contains("T02 1: added “Tor” as person"))
            try await browser.pressKey("s", modifiers: [WebDriver.Key.control])
            try await browser.waitUntil("return !document.getElementById('error').hidden", "the save error")
            #expect(try await browser.text(css: "#error") == "Not saved: decisions.yaml: is not writable")
            #expect(backend.savedBodies.isEmpty)
            // The preview counts the earlier decision and the addition.
            try await browser.waitUntil("const d = document.querySelector('#summary dd'); return d !== null && d.textContent === '2'", "the preview of two decisions")
            #expect(try await browser.execute("return document.getElementById('error').hidden", as: Bool.self) == false, "a preview must not hide a save's error")
        } catch {
            await browser.quit()
            await server.stop()
            throw error
        }
        await browser.quit()
        await server.stop()
    }

    static let screenshotFolder = TestSupport.packageRoot.appendingPathComponent(".build/review-screenshots")

    private func review(url: URL, browser: WebDriver, backend: FakeBackend, server: ReviewServer) async throws {
        try await browser.navigate(to: url)
        try await browser.waitUntil("return document.body.dataset.ready === 'true'", "the session to load")
        #expect(try await browser.text(css: "#item-heading").contains("Item 1 of 5"))
        #expect(try await browser.text(css: "#progress-text") == "0 / 5")

        // m1 Ingrid: confirm by key; the page moves on to m2 Sola: not an identifier.
        try await browser.pressKey("c")
        try await waitForItem(2, browser)
        try await browser.pressKey("r")
        try await waitForItem(3, browser)

        // m3 Marit: change the type to org through the type panel.
        try await browser.pressKey("t")
        try await browser.waitUntil("return !document.getElementById('type-form').hidden", "the type panel")
        try await browser.execute("document.getElementById('type-select').value = 'org';")
        try await browser.pressKey(WebDriver.Key.enter)
        try await waitForItem(4, browser)

        // m4 Ingrid: a pseudonym for person-1 from its suggestions (the item stays).
        try await browser.pressKey("p")
        try await browser.waitUntil("return !document.getElementById('pseudonym-form').hidden", "the pseudonym panel")
        try await browser.click(browser.findElement(css: "#pseudonym-suggestions button:first-child"))
        #expect(try await browser.text(css: "#item-pseudonym") == "Kari")

        // m5 Bergen: link to Sola's entity, found by filtering the entity list.
        try await browser.pressKey("j")
        try await waitForItem(5, browser)
        try await browser.pressKey("l")
        try await browser.waitUntil("return document.activeElement.id === 'link-filter'", "the link filter")
        try await browser.sendKeys("sola", to: browser.findElement(css: "#link-filter"))
        try await browser.waitUntil("return document.getElementById('link-select').options.length === 1", "the filtered entity list")
        try await browser.screenshot(to: Self.screenshotFolder.appendingPathComponent("review-link.png"))
        try await browser.pressKey(WebDriver.Key.enter)
        try await browser.waitUntil("return document.getElementById('link-form').hidden", "the link panel to close")

        // A selection across two turns is refused with a message.
        try await select("Åse", inTurn: 1, through: "Marit", inTurn: 0, browser)
        try await browser.pressKey("a")
        #expect(try await browser.text(css: "#status").contains("one turn"))
        #expect(try await browser.execute("return document.getElementById('add-form').hidden", as: Bool.self))

        // A selection that starts inside a mark counts the mark's text before it (the preview is the turn's text
        // sliced at the computed offsets); Esc closes the panel without a decision.
        try await browser.selectText("ergen wi", in: ".turn-text[data-interview='T02'][data-turn='1']")
        try await browser.pressKey("a")
        try await browser.waitUntil("return !document.getElementById('add-form').hidden", "the add panel")
        #expect(try await browser.text(css: "#add-preview") == "Add “ergen wi” (T02, turn 1).")
        try await browser.pressKey(WebDriver.Key.escape)
        try await browser.waitUntil("return document.getElementById('add-form').hidden", "the add panel to close")

        // A missed name after an emoji (two UTF-16 units) is added by selecting it and pressing a.
        try await browser.selectText("Tor", in: ".turn-text[data-interview='T02'][data-turn='1']")
        try await browser.pressKey("a")
        try await browser.waitUntil("return !document.getElementById('add-form').hidden", "the add panel")
        #expect(try await browser.text(css: "#add-preview").contains("“Tor”"))
        try await browser.screenshot(to: Self.screenshotFolder.appendingPathComponent("review-add.png"))
        try await browser.execute("document.getElementById('add-type-select').value = 'person';")
        try await browser.click(browser.findElement(css: "#add-form button[type=submit]"))
        try await browser.waitUntil("return document.querySelector('#turns mark.added') !== null", "the added mark")

        // A split of Bergen replaces its link in the list; undo takes the split back and the link returns.
        try await browser.pressKey("s")
        try await browser.waitUntil("return document.getElementById('item-decision').textContent.includes('split')", "the split")
        try await browser.pressKey("u")
        try await browser.waitUntil("return document.getElementById('item-decision').textContent.includes('linked')", "the undo")
        #expect(try await browser.text(css: "#progress-text") == "4 / 5")

        // The preview follows the decisions (debounced): the fake backend counts the six it was sent.
        try await browser.waitUntil("const d = document.querySelector('#summary dd'); return d !== null && d.textContent === '6'", "the preview of six decisions")
        try await browser.execute("window.scrollTo(0, 0);")
        try await browser.screenshot(to: Self.screenshotFolder.appendingPathComponent("review-page.png"))

        try await browser.pressKey("s", modifiers: [WebDriver.Key.control])
        try await browser.waitUntil("return document.getElementById('status').textContent.startsWith('Saved')", "the save")
        let saved = try #require(backend.savedBodies.last)
        let sent = FakeBackend.decisions(in: saved)
        #expect((sent as NSArray).isEqual(to: Self.expectedDecisions), "sent \(String(decoding: saved, as: UTF8.self))")
        #expect(backend.previewCount > 0)

        try await browser.click(browser.findElement(css: "#done-button"))
        try await withTimeout(.seconds(10)) { await server.waitUntilDone() }
        #expect(backend.savedBodies.count == 2)
        // The server stopped by itself: nothing answers on its port any more, and the page says so.
        let port = try #require(url.port)
        try await browser.waitUntil("return document.getElementById('status').textContent.startsWith('Saved and finished')", "the page to finish")
        let deadline = ContinuousClock.now + .seconds(10)
        while LoopbackHTTP(port: UInt16(port)).accepts(), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!LoopbackHTTP(port: UInt16(port)).accepts())
    }

    static var expectedDecisions: [Any] {
        typealias F = ReviewFixture
        func decision(_ action: String, _ location: [String: Any], _ extra: [String: Any] = [:]) -> [String: Any] {
            location.merging(extra) { $1 }.merging(["action": action]) { $1 }
        }
        return [
            decision("confirm", F.location("T01", 1, "Ingrid")),
            decision("reject", F.location("T01", 1, "Sola")),
            decision("retype", F.location("T02", 0, "Marit"), ["type": "org"]),
            decision("pseudonym", F.location("T01", 2, "Ingrid"), ["pseudonym": "Kari"]),
            decision("link", F.location("T02", 1, "Bergen"), ["to": F.location("T01", 1, "Sola")]),
            decision("add", F.location("T02", 1, "Tor"), ["type": "person"]),
        ]
    }

    private func waitForItem(_ number: Int, _ browser: WebDriver) async throws {
        try await browser.waitUntil("return document.getElementById('item-heading').textContent.startsWith('Item \(number) of')", "item \(number)")
    }

    /// Sets the DOM selection from the start of one word to the end of another in T02's transcript view, as a mouse
    /// drag would (the words may sit in text nodes beside or inside marks).
    private func select(_ first: String, inTurn firstTurn: Int, through last: String, inTurn lastTurn: Int, _ browser: WebDriver) async throws {
        let script = """
            function locate(turn, word, atEnd) {
              const element = document.querySelector('.turn-text[data-interview="T02"][data-turn="' + turn + '"]');
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const index = node.data.indexOf(word);
                if (index >= 0) return [node, atEnd ? index + word.length : index];
              }
              throw new Error('no ' + word + ' in turn ' + turn);
            }
            const [startNode, startOffset] = locate(Number(arguments[1]), arguments[0], false);
            const [endNode, endOffset] = locate(Number(arguments[3]), arguments[2], true);
            const range = document.createRange();
            range.setStart(startNode, startOffset);
            range.setEnd(endNode, endOffset);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            """
        // A selection that runs backwards (a later turn to an earlier one) is given forwards.
        if firstTurn > lastTurn {
            try await browser.execute(script, arguments: [last, String(lastTurn), first, String(firstTurn)])
        } else {
            try await browser.execute(script, arguments: [first, String(firstTurn), last, String(lastTurn)])
        }
    }
}

struct TimedOut: Error {}

func withTimeout(_ limit: Duration, _ work: @escaping @Sendable () async -> Void) async throws {
    try await withThrowingTaskGroup(of: Bool.self) { group in
        group.addTask { await work(); return true }
        group.addTask { try await Task.sleep(for: limit); return false }
        let finished = try await group.next() ?? false
        group.cancelAll()
        if !finished { throw TimedOut() }
    }
}
