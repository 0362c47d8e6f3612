import Foundation
import Testing
@testable import ThematicCore

/// A stage run by `StageHarness` — in a unit test, the scaffold's test, `thematic anonymize` or a pipeline — gets the
/// same contract errors (issue 32).
@Suite struct StageHarnessTests {
    static let secret = ProductKey<String>("secret")
    static let note = ProductKey<String>("note")

    /// A stage that does one thing its descriptor does not allow.
    struct Misbehaving: Stage {
        enum Fault: String { case undeclaredWrite, undeclaredRead, foreignOwner, undeclaredProduct, changesOthers }
        static let descriptor = StageDescriptor(id: "misbehaving", version: "1.0.0", summary: "s", reads: [], writes: [note], artifacts: ["own.txt"])
        let fault: Fault
        init(options: StageOptions) throws { fault = .undeclaredWrite }
        init(_ fault: Fault) { self.fault = fault }
        func run(in context: StageContext) throws {
            switch fault {
            case .undeclaredWrite: try context.artifacts.add("elsewhere.txt", Data("x".utf8), by: Self.descriptor.id)
            case .undeclaredRead: _ = try context.read(StageHarnessTests.secret)
            case .foreignOwner: try context.artifacts.add("own.txt", Data("x".utf8), by: "report")
            case .undeclaredProduct: try context.put("x", for: StageHarnessTests.secret)
            case .changesOthers: try context.artifacts.add("report.html", Data("changed".utf8), by: "report")
            }
        }
    }

    static func context() throws -> StageContext {
        let context = StageContext(corpus: Corpus(study: Study(id: "s", title: "t", participants: []), interviews: []))
        try context.artifacts.add("report.html", Data("report".utf8), by: "report")
        try context.put("hidden", for: secret)
        return context
    }

    @Test(arguments: [(Misbehaving.Fault.undeclaredWrite, "wrote 'elsewhere.txt', which its descriptor does not declare"),
                      (.undeclaredRead, "reads 'secret' without declaring it"),
                      (.foreignOwner, "wrote 'own.txt' under the name of stage 'report'"),
                      (.undeclaredProduct, "makes 'secret' without declaring it"),
                      (.changesOthers, "'report.html'")])
    func eachBreachIsAnErrorNamingTheStage(_ fault: Misbehaving.Fault, _ message: String) throws {
        let error = #expect(throws: (any Error).self) { try StageHarness.run(Misbehaving(fault), Misbehaving.descriptor, in: try Self.context()) }
        #expect("\(error!)".contains(message), "\(error!)")
        #expect("\(error!)".contains("misbehaving"), "\(error!)")
    }

    @Test func withoutTheHarnessTheSameStageRunsUnchecked() throws {
        // Why the harness exists: a bare run(in:) checks nothing (the context does not know who runs).
        try Misbehaving(.undeclaredRead).run(in: try Self.context())
    }
}
