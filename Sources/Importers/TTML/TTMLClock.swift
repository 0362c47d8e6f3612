import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// TTML time expressions, with the frame and tick rates the root declares.
struct TTMLClock {
    let frameRate: Double
    let tickRate: Double

    init(_ root: XMLTreeElement) {
        let frames = root[attribute: "frameRate"].flatMap(Double.init).flatMap { $0 > 0 && $0 <= 1000 ? $0 : nil } ?? 30
        let multiplier = root[attribute: "frameRateMultiplier"]?.split(separator: " ").compactMap { Double($0) }
        frameRate = multiplier.map { $0.count == 2 && $0[0] > 0 && $0[1] > 0 ? frames * $0[0] / $0[1] : frames } ?? frames
        // Without a tick rate, ticks count frames when a frame rate is given, else a tick is a second.
        tickRate = root[attribute: "tickRate"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil }
            ?? (root[attribute: "frameRate"] != nil ? frameRate : 1)
    }

    /// Seconds from a clock time (`00:00:01.000`, `00:00:01:12` with frames, `00:00:01:12.3`) or an offset time
    /// (`1.5s`, `1500ms`, `2m`, `1h`, `25f`, `10000000t`); nil for no attribute, an error for one that is no time.
    func seconds(_ raw: String?, line: Int, file: String) throws -> Double? {
        guard let raw else { return nil }
        let text = raw.trimmedSpace
        var value: Double?
        if let unit = ["ms", "h", "m", "s", "f", "t"].first(where: { text.hasSuffix($0) }), let number = RecordingTime.seconds(String(text.dropLast(unit.count))) {
            switch unit {
            case "h": value = number * 3600
            case "m": value = number * 60
            case "s": value = number
            case "ms": value = number / 1000
            case "f": value = number / frameRate
            default: value = number / tickRate
            }
        } else {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 4, let clock = Timestamp.seconds(parts[0...2].joined(separator: ":")), let frames = Double(parts[3]), frames >= 0 {
                value = clock + frames / frameRate
            } else {
                value = Timestamp.seconds(text)
            }
        }
        guard let value, RecordingTime.isValid(value) else {
            throw Diagnostic(file: file, line: line, "\"\(quoting: raw)\" is not a TTML time (00:00:01.000, 00:00:01:12, 1.5s, 1500ms or 10000000t) from 0 to \(RecordingTime.maximumDescription)")
        }
        return value
    }
}
