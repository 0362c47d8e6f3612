import Synchronization
import Testing
@testable import ThematicCore

@Suite struct ProgressMeterTests {
    @Test func aLineSaysWhatHowFarHowFastAndHowLong() {
        #expect(ProgressMeter.line("detecting", done: 500, total: 2000, unit: "transcripts", elapsed: 2) ==
                "detecting: 500/2000 transcripts, 250/s, about 6 s left")
        #expect(ProgressMeter.line("reading", done: 3, total: 40, unit: "", elapsed: 2) == "reading: 3/40, 1.5/s, about 25 s left")
        #expect(ProgressMeter.line("autocoding", done: 20000, total: 20000, unit: "transcripts", elapsed: 8) == "autocoding: 20000/20000 transcripts, 2500/s")
        #expect(ProgressMeter.duration(3725) == "1 h 2 min")
        #expect(ProgressMeter.duration(125) == "2 min 5 s")
    }

    @Test func reportsAreSpacedButTheLastOneAlwaysComes() {
        let lines = Mutex<[String]>([])
        let meter = ProgressMeter("counting", total: 1000, interval: 60, progress: { line in lines.withLock { $0.append(line) } })
        for _ in 0..<1000 { meter.advance() }
        let seen = lines.withLock { $0 }
        // A minute apart at most one line, and the last count always: one line for a quick task.
        #expect(seen.count == 1 && seen.last?.hasPrefix("counting: 1000/1000") == true, "\(seen)")
    }
}
