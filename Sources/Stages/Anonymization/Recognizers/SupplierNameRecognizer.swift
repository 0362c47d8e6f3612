/// A company named right after the word for the role it plays in the service: "leverandøren, Nordhavn Omsorg",
/// "the supplier, Blueline Care Systems", "leverandøren tryggvern as", "the company vardø helsedata as". The role word
/// is the evidence, so the name needs no list: in cased text one to four capitalised words (not a lone first name,
/// which is a person from the company); in lower-cased speech up to three words closed by the legal form "as".
struct SupplierNameRecognizer: Recognizer {
    var type: IdentifierType { .organisation }
    static let triggering = ["[nb] Vi hadde et møte med leverandøren, «Fjordlys Velferd», i går.", "We asked the supplier, «Brightwater Care Systems», to fix it.",
                             "[nb] da ringte vi leverandøren «solvang trygghet as» og de kom", "the alarms go to the company «kvitfjell omsorg as» at night",
                             "[nn] leverandøren «Heimevern Digital» sende ein mann",
                             "we met the vendor, «Nordic Calm Homes», in May", "the alarm came from the company «varden trygghet as» last night"]
    static let nonTriggering = ["[nb] Vi ringte leverandøren. Ingen svarte.", "We asked the supplier, and they said no.", "[nb] leverandøren sendte oss en faktura",
                                "the company was as slow as always", "[nb] leverandøren har ikke svart", "the supplier, Microsoft, was slow", "[nb] Leverandøren. Det var greit."]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.mayHave(.supplierWord) else { return [] }
        var found: [Candidate] = []
        for index in 0..<text.count where text.has(index, .supplierWord) {
            var first = index + 1
            if text.isPunct(first, ",") || text.isPunct(first, ":") { first += 1 }
            if let last = text.lowercaseText || !text.isCapitalized(first) ? lowercaseName(text, from: first) : capitalisedName(text, from: first) {
                found.append(Candidate(first: first, last: last, type: .organisation, confident: false, reason: "a company's name after its role (the supplier)"))
            }
        }
        return found
    }

    /// One to four capitalised words, none a function word or the pronoun "I"; alone, no first name, country or word
    /// the lists keep ("Leverandøren, Kari, sa", "the supplier, Microsoft"). Inside a longer name a kept word is part
    /// of it ("Nordic Safe Living").
    private func capitalisedName(_ text: TextView, from first: Int) -> Int? {
        var last = first - 1
        while last + 1 < text.count, last + 1 - first < 4, text.isWord(last + 1), text.isCapitalized(last + 1), !text.has(last + 1, .functionWord),
              !text.has(last + 1, .month), text.lower(last + 1) != "i", !(last + 1 > first && text.tokens[last + 1].newlineBefore) {
            last += 1
        }
        guard last >= first else { return nil }
        // "Leverandøren, Kari, sa": a person from the company.
        if last == first, text.has(first, .firstName) || text.has(first, .country) || text.has(first, .allowed) { return nil }
        return last
    }

    /// Up to three words closed by the legal form "as" ("solvang trygghet as"), no word a function word.
    private func lowercaseName(_ text: TextView, from first: Int) -> Int? {
        var position = first
        while position - first < 4, text.isWord(position), !text.attached(position) || position == first {
            if position > first, text.isWord(position, "as") {
                // English speech says "as" too ("the company was as slow as ever"): one word of the name is no English.
                return (first..<position).contains { !text.has($0, .english) } || text.cues.code != "en" ? position : nil
            }
            guard !text.has(position, .functionWord), !text.has(position, .allowed) else { return nil }
            position += 1
        }
        return nil
    }
}
