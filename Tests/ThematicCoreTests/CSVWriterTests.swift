import Testing
import ThematicCore

/// CSV injection: a cell a spreadsheet would run as a formula is written as text (OWASP: a single quote first,
/// inside quotes); plain numbers stay numbers.
@Suite("CSV writer")
struct CSVWriterTests {
    @Test(arguments: [
        ("=1+1", #""'=1+1""#),
        (#"=HYPERLINK("http://x.example";"open")"#, #""'=HYPERLINK(""http://x.example"";""open"")""#),
        ("+31 555", #""'+31 555""#),
        ("-2+3", #""'-2+3""#),
        ("@SUM(A1)", #""'@SUM(A1)""#),
        ("\tcmd", "\"'\tcmd\""),
        ("\rcmd", "\"'\rcmd\""),
        ("'=1+1", #""''=1+1""#),
        ("-", #""'-""#),
        ("- a list item", #""'- a list item""#),
    ])
    func formulaLikeCellsAreWrittenAsText(_ field: String, _ written: String) {
        #expect(CSVWriter.escape(field) == written)
        #expect(CSVWriter.restoring(String(written.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")) == field)
    }

    @Test(arguments: ["-5", "-0.25", "-1.5e-3", "-12E+4", "0", "12.5", "P01", "nurse", "'quoted", "a=b", "", "it's"])
    func numbersAndOrdinaryTextStayAsTheyAre(_ field: String) {
        #expect(CSVWriter.escape(field) == field)
        #expect(CSVWriter.restoring(field) == field)
    }

    @Test func aRowKeepsItsNumbersAndNeutralisesItsFormulas() {
        var writer = CSVWriter(header: ["interview", "delta", "text"])
        writer.append(["P01", "-5", "=2+3 is what the nurse typed, she said"])
        #expect(writer.text == "interview,delta,text\nP01,-5,\"'=2+3 is what the nurse typed, she said\"\n")
    }
}
