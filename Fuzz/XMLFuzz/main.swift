import Foundation
import ThematicCore
import ThematicXML

/// libFuzzer entry: any bytes as an Interview XML transcript. A Diagnostic is the expected answer to bad input;
/// a crash, a hang or a sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    _ = try? InterviewXMLReader().read(bytes, name: "fuzz.xml")
    return 0
}
