import Foundation
import ThematicCore

/// `saturation.svg`: accumulation of codes, sub-themes and themes by interview, with the Chao2 estimate of the
/// number of codes and its 95% interval as a band.
enum SaturationChart {
    /// Up to this many interviews every interview is labelled and marked with a dot; beyond it (a large study's
    /// thousands would overlap into a smear, and made a 20,000-interview chart 6 MB) ten or so evenly spaced
    /// interviews are labelled and the curves drawn through their corners only.
    static let everyInterviewUpTo = 100

    /// The positions (0-based) of the interviews labelled on the axis: all of them, or about ten evenly spaced with
    /// the first and the last.
    static func labelled(interviews count: Int) -> [Int] {
        guard count > everyInterviewUpTo else { return Array(0..<count) }
        let step = (count + 9) / 10
        var positions = Array(stride(from: 0, to: count - 1, by: step))
        if count - 1 - positions.last! < step / 2 { positions.removeLast() }
        return positions + [count - 1]
    }

    /// The points of a polyline where it turns: a point with the same height as both neighbours lies on the straight
    /// line between them and is dropped (accumulation curves are long flats once no new codes come), so the line
    /// drawn is the same.
    static func corners(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        guard points.count > 2 else { return points }
        var kept = [points[0]]
        for index in 1..<(points.count - 1) where !(points[index - 1].y == points[index].y && points[index].y == points[index + 1].y) {
            kept.append(points[index])
        }
        kept.append(points[points.count - 1])
        return kept
    }

    static func render(_ report: SaturationReport) -> String {
        let (width, height) = (640.0, 380.0)
        let (left, right, top, bottom) = (56.0, 150.0, 36.0, 52.0)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let codes = report.levels[0]
        let interviews = max(1, codes.interviews)
        let ceiling = max(1, [Double(codes.observed), codes.chao2, codes.chao2CI95.value?.last ?? 0].max() ?? 1)
        let yMax = niceCeiling(ceiling * 1.05)
        func x(_ interview: Int) -> Double { left + (interviews == 1 ? plotWidth / 2 : plotWidth * Double(interview - 1) / Double(interviews - 1)) }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(value, yMax) / yMax) }

        var svg = SVGDocument(width: width, height: height, title: "Accumulation of new codes and themes by interview, with the Chao2 estimate")
        svg.rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
        svg.text("Accumulation by interview (order: \(report.orderBasis))", x: left, y: 20, size: 13, weight: "bold")
        if let band = codes.chao2CI95.value {
            svg.rect(x: left, y: y(band[1]), width: plotWidth, height: max(0, y(band[0]) - y(band[1])), fill: "#fde6c8")
        }
        svg.line(x1: left, y1: y(codes.chao2), x2: left + plotWidth, y2: y(codes.chao2), stroke: "#c26b00", width: 1.5, dash: "6 4")
        let ticks = 5
        for step in 0...ticks {
            let value = yMax * Double(step) / Double(ticks)
            svg.line(x1: left - 4, y1: y(value), x2: left + plotWidth, y2: y(value), stroke: "#e4e4e4")
            svg.text(SVGDocument.number(value.rounded()), x: left - 8, y: y(value) + 4, size: 11, anchor: "end", fill: "#555")
        }
        for index in labelled(interviews: report.order.count) {
            svg.text(report.order[index], x: x(index + 1), y: top + plotHeight + 18, size: 10, anchor: "middle", fill: "#555")
        }
        svg.text("interview", x: left + plotWidth / 2, y: height - 12, size: 11, anchor: "middle", fill: "#555")
        svg.line(x1: left, y1: top, x2: left, y2: top + plotHeight, stroke: "#888")
        svg.line(x1: left, y1: top + plotHeight, x2: left + plotWidth, y2: top + plotHeight, stroke: "#888")

        let colours = ["#1f5f99", "#2e8b57", "#8e3b8e"]
        for (level, colour) in zip(report.levels, colours) where !level.accumulation.isEmpty {
            let points = level.accumulation.enumerated().map { (x: x($0.offset + 1), y: y(Double($0.element))) }
            guard points.count > Self.everyInterviewUpTo else {
                svg.polyline(points, stroke: colour)
                for point in points { svg.circle(x: point.x, y: point.y, radius: 3, fill: colour) }
                continue
            }
            svg.polyline(Self.corners(points), stroke: colour)
        }
        var legendY = top + 10
        for (level, colour) in zip(report.levels, colours) {
            svg.line(x1: width - right + 14, y1: legendY - 4, x2: width - right + 34, y2: legendY - 4, stroke: colour, width: 2)
            svg.text("\(level.level) (\(level.observed))", x: width - right + 40, y: legendY, size: 11)
            legendY += 18
        }
        svg.line(x1: width - right + 14, y1: legendY - 4, x2: width - right + 34, y2: legendY - 4, stroke: "#c26b00", width: 1.5, dash: "6 4")
        svg.text("Chao2 codes \(formatNumber(codes.chao2, places: 1))", x: width - right + 40, y: legendY, size: 11)
        legendY += 18
        if codes.chao2CI95.value != nil {
            svg.rect(x: width - right + 14, y: legendY - 10, width: 20, height: 10, fill: "#fde6c8")
            svg.text("95% interval", x: width - right + 40, y: legendY, size: 11)
        }
        return svg.rendered
    }

    /// A round axis maximum at or above `value`.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= value { return factor * magnitude }
        return 10 * magnitude
    }
}
