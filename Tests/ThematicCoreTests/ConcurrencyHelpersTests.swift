import Foundation
import Synchronization
import Testing
import ThematicCore

/// The two ways stages share work between threads beside `ConcurrentSlots.map`: workers that keep state while taking
/// items one at a time, and items made on threads but handed on in order.
@Suite struct ConcurrencyHelpersTests {
    @Test func fillHandsEveryIndexOutOnceAndWorkersKeepTheirState() {
        for jobs in [1, 2, 3, 8] {
            let slots = ConcurrentSlots<(worker: Int, seen: Int)>(count: 500)
            slots.fill(jobs: jobs) { worker, next in
                var seenByThisWorker = 0
                while let index = next() {
                    seenByThisWorker += 1
                    #expect(slots[index] == nil, "index \(index) handed out twice")
                    slots[index] = (worker, seenByThisWorker)
                }
            }
            let values = slots.values.compactMap { $0 }
            #expect(values.count == 500, "jobs \(jobs): every index filled")
            // Each worker's own count runs 1, 2, 3 … over the indices it took: its state went on between them.
            let workers = Set(values.map(\.worker))
            for worker in workers {
                let seen = values.filter { $0.worker == worker }.map(\.seen)
                #expect(seen == Array(1...seen.count))
            }
            #expect(workers.isSubset(of: Set(0..<jobs)))
        }
    }

    @Test func orderedProductionHandsResultsOnInOrderAndHoldsAFewAtATime() throws {
        for jobs in [1, 2, 4] {
            let made = Mutex(0)
            let consumedSoFar = Mutex(0)
            let aheadAtMost = Mutex(0)
            var consumed: [Int] = []
            try OrderedProduction.run(count: 300, jobs: jobs, window: 5, make: { index in
                made.withLock { $0 += 1 }
                let ahead = index - consumedSoFar.withLock { $0 }
                aheadAtMost.withLock { $0 = max($0, ahead) }
                // Uneven work, so later items often finish first.
                if index % 7 == 0 { usleep(300) }
                return index * 2
            }, consume: { value in
                // A slow writer now and then: without the window the workers would run far ahead.
                if value % 100 == 0 { usleep(5000) }
                consumed.append(value)
                consumedSoFar.withLock { $0 = consumed.count }
            })
            #expect(consumed == (0..<300).map { $0 * 2 }, "jobs \(jobs)")
            #expect(made.withLock { $0 } == 300)
            #expect(aheadAtMost.withLock { $0 } < 5 + jobs, "jobs \(jobs): workers ran at most the window ahead")
        }
    }

    struct Failure: Error, Equatable { var index: Int }

    @Test func orderedProductionThrowsTheFirstFailureInOrderAndStops() {
        for jobs in [1, 2, 4] {
            var consumed: [Int] = []
            #expect(throws: Failure(index: 40)) {
                try OrderedProduction.run(count: 10_000, jobs: jobs, window: 8, make: { index in
                    if index == 40 || index == 41 || index == 200 { throw Failure(index: index) }
                    return index
                }, consume: { consumed.append($0) })
            }
            #expect(consumed == Array(0..<40), "jobs \(jobs): nothing after the failure is handed on")
            #expect(throws: Failure(index: 7)) {
                try OrderedProduction.run(count: 100, jobs: jobs, make: { $0 }, consume: { if $0 == 7 { throw Failure(index: 7) } })
            }
        }
    }

    /// Records which threads free it; the first one freed waits (up to five seconds) for another thread to free one.
    final class Tracked: Sendable {
        static let freedOn = Mutex<[pthread_t]>([])
        static let secondThread = DispatchSemaphore(value: 0)

        deinit {
            let first = Self.freedOn.withLock { threads -> Bool in
                threads.append(pthread_self())
                if pthread_equal(threads[0], pthread_self()) == 0 { Self.secondThread.signal() }
                return threads.count == 1
            }
            if first { _ = Self.secondThread.wait(timeout: .now() + 5) }
        }
    }

    @Test func releaseFreesOnTheThreadsWhatTheCallerHeldLast() {
        var values = (0..<400).map { _ in Tracked() }
        ConcurrentSlots.release(&values, jobs: 2)
        let threads = Tracked.freedOn.withLock { $0 }
        #expect(threads.count == 400)
        #expect(values.isEmpty)
        #expect(Set(threads).count >= 2, "freed on more than one thread")
        // What someone else still holds is not freed.
        values = (0..<10).map { _ in Tracked() }
        let kept = values
        ConcurrentSlots.release(&values, jobs: 2)
        #expect(Tracked.freedOn.withLock { $0.count } == 400)
        #expect(kept.count == 10)
    }
}
