import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decoding bytes in a named encoding with the C library's iconv (glibc ships converters for every encoding
/// transcripts arrive in: CP949, Shift_JIS, GB18030, Big5, Windows-125x, KOI8 …).
enum Iconv {
    /// Why bytes did not decode: the encoding is unknown, or the byte at `offset` starts no character in it.
    enum Failure: Error, Equatable {
        case unknownEncoding
        case invalidByte(offset: Int)
    }

    /// Whether iconv can convert from `encoding` (names as `iconv -l` lists them, any case).
    static func knows(_ encoding: String) -> Bool {
        guard let converter = open(encoding) else { return false }
        iconv_close(converter)
        return true
    }

    private static func open(_ encoding: String) -> iconv_t? {
        // "//" would switch on transliteration or skipping, which hide the bytes that do not decode.
        guard !encoding.isEmpty, !encoding.contains("/") else { return nil }
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        return converter
    }

    /// The text of `bytes` in `encoding`; every byte must be part of a character (nothing skipped or replaced).
    static func decode(_ bytes: Data, from encoding: String) -> Result<String, Failure> {
        guard let converter = open(encoding) else { return .failure(.unknownEncoding) }
        defer { iconv_close(converter) }
        if bytes.isEmpty { return .success("") }
        var input = [CChar](repeating: 0, count: bytes.count)
        input.withUnsafeMutableBytes { _ = bytes.copyBytes(to: $0) }
        // Four UTF-8 bytes per input byte covers every single- and multi-byte encoding iconv knows.
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let outputCount = output.count
        return input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Result<String, Failure> in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outputCount
                // A final call with no input flushes a stateful encoding (ISO-2022) and reports a truncated sequence.
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 || inLeft > 0 {
                    return .failure(.invalidByte(offset: bytes.count - inLeft))
                }
                if iconv(converter, nil, nil, &outPointer, &outLeft) == -1 { return .failure(.invalidByte(offset: bytes.count)) }
                let written = outputCount - outLeft
                let utf8 = UnsafeRawBufferPointer(start: outBuffer.baseAddress, count: written)
                guard let text = String(validating: utf8, as: UTF8.self) else { return .failure(.invalidByte(offset: 0)) }
                return .success(text)
            }
        }
    }
}
