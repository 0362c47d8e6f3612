import Foundation
import Testing
@testable import ThematicCore

/// Coverage sets kept as bits over a sorted universe of ids behave as sorted arrays of strings: same order, same
/// members, same JSON.
@Suite struct IDSetTests {
    /// Ids a plain sort puts in an order unlike their numbers or their insertion.
    static let ids = ["P10", "P2", "P1", "Å3", "p4", "P100", "Z", "A"] + (0..<130).map { String(format: "B%03d", ($0 * 37) % 130) }

    @Test func holdsWhatASetOfStringsHoldsInSortedOrder() throws {
        let universe = IDSet.Universe(Self.ids)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let chosen = Self.ids.filter { _ in Bool.random(using: &generator) }
            var set = IDSet(universe: universe)
            for id in chosen.shuffled() {
                let inserted = set.insert(id)
                #expect(inserted)
            }
            #expect(Array(set) == Set(chosen).sorted())
            #expect(set.count == Set(chosen).count)
            #expect(set.isEmpty == chosen.isEmpty)
            for id in Self.ids { #expect(set.contains(id) == chosen.contains(id)) }
            #expect(try CanonicalJSON.encode(set) == CanonicalJSON.encode(Set(chosen).sorted()))
        }
    }

    @Test func unionOfTwoSetsIsTheUnionOfTheirIds() {
        let universe = IDSet.Universe(Self.ids)
        var left = IDSet(universe: universe), right = IDSet(universe: universe)
        for (index, id) in Self.ids.enumerated() {
            if index % 3 == 0 { left.insert(id) }
            if index % 5 == 0 { right.insert(id) }
        }
        let expected = Set(Self.ids.enumerated().filter { $0.offset % 3 == 0 || $0.offset % 5 == 0 }.map(\.element)).sorted()
        left.formUnion(right)
        #expect(Array(left) == expected)
        #expect(left == IDSet(expected))
    }

    @Test func anIdOutsideTheUniverseIsRefused() {
        var set = IDSet(universe: IDSet.Universe(["P1", "P2"]))
        let inserted = set.insert("P3")
        #expect(!inserted)
        #expect(!set.contains("P3"))
        #expect(set.isEmpty)
        let literal: IDSet = ["P2", "P1", "P2"]
        #expect(Array(literal) == ["P1", "P2"])
    }
}
