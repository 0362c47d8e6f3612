import Foundation

/// Formats a number for CSV and text: integers without a decimal point, others with fixed decimals.
public func formatNumber(_ value: Double, places: Int = 4) -> String {
    if value.isNaN { return "" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(format: "%.\(places)f", value)
}

/// A number rounded to a fixed number of decimals before it reaches an artifact.
///
/// Doubles otherwise print in shortest round-trip form (`0.30000000000000004`), which is exact but unreadable and
/// sensitive to the order of floating-point operations; artifacts meant for people carry rounded figures.
public func rounded(_ value: Double, places: Int = 4) -> Double {
    guard value.isFinite else { return value }
    let scale = pow(10.0, Double(places))
    return (value * scale).rounded() / scale
}
