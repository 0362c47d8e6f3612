import CLibStemmer
import ThematicCore

/// A Snowball stemmer for one language (libstemmer).
///
/// A stemmer keeps state between calls, so each thread needs its own; create one per worker.
public final class Stemmer {
    private let handle: OpaquePointer
    /// The Snowball algorithm's name (`english`, `norwegian`, …).
    public let language: String

    /// A stemmer for `language`, or an error listing the languages libstemmer has.
    public init(language: String) throws {
        guard let handle = sb_stemmer_new(language, "UTF_8") else {
            throw Diagnostic("no Snowball stemmer for '\(language)' (available: \(Stemmer.languages.joined(separator: ", ")))")
        }
        self.handle = handle
        self.language = language
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of a lower-cased word.
    public func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> String in
            guard let stemmed = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
    }

    /// The algorithms libstemmer provides, sorted.
    public static let languages: [String] = {
        var names: [String] = []
        guard var list = sb_stemmer_list() else { return [] }
        while let name = list.pointee {
            names.append(String(cString: name))
            list = list.advanced(by: 1)
        }
        return names.sorted()
    }()
}
