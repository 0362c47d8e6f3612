/// Norwegian vehicle registration plates: two letters and five digits, with a space, a hyphen or nothing between
/// ("EL 12345", "SV-40211", "AB12345"), or the digits read in two groups as a plate is said ("EB 45 230", "hb 27 419";
/// the groups are the plate's own, two and three, so "kr 45 230" is ruled out as every other plate). In capitals the shape is enough; in lower case (speech to text: "sv 40211")
/// only with a vehicle word a few words before, or in a wholly lower-cased text when the letters are no word.
struct VehiclePlateRecognizer: Recognizer {
    var type: IdentifierType { .other }
    static let triggering = ["[nb] Bilen hadde skilt «EL 12345» og sto ute.", "[nb] Bilen med «SV-40211» sto ute.", "[nb] bilen med «sv 40211» sto ute",
                             "the car was «EV 51234», a Leaf", "[nb] skiltet var «ZT12345»", "[nb] Vi så «el 12345» på registreringsnummeret til bilen",
                             "His car, the old blue Volvo, «RF 23109», it was his pride.", "[nb] En hvit elbil, «EL 48213», jeg husker skiltet",
                             "[nb] Vi fikk en bil, «KT 31 407», uten lader.", "the van we share is «dk 62 118», an old one", "[nb] vi kjører den gamle «bt 90 512» hver dag",
                             "everyone in town knows the number of the one we drive, «KE 48 301», by now"] + swedishTriggering
    static let nonTriggering = ["[nb] Vi betalte kr 12345 for det.", "[nb] Det kostet NOK 12345.", "[nb] Vi har nr 12345 i systemet", "[nb] det kom inn ca 15000 søknader",
                                "we had 12345 visits", "[nb] vi fikk el 12345 kroner", "[nb] i 12345 tilfeller", "[nb] Det var 40211 av dem.",
                                "[nb] Det kostet kr 45 230 i fjor.", "[nb] vi har 12 345 brukere", "[nb] det var ca 20 000 av dem", "[nb] vi fikk el 45 230 kroner",
                                "[sv] vi köpte ABC 123 i fjol", "[sv] bilen kostade SEK 150 i veckan"]
    /// Swedish plates, three capitals and three digits or two digits and a letter ("ABC 123", "ABC 12D"), said with a
    /// vehicle before them: "svenska skyltar på bilen, TRK 41B".
    static let swedishTriggering = ["[sv] jag har svenska skyltar på bilen, «KLM 27D», och de stoppade mig", "[nb] bilen hennes, «TRK 418», sto ute",
                                    "[nb] Det verste var da en av tjenestebilane, «EL 58213», kræsja", "[nb] Vi har en firehjulstrekker, «VB 44106», som går"]
    /// Two capitals and five digits that are a region code and a postcode, not a plate (other recognizers may find
    /// them; this one must not).
    static let postcodesNotPlates = ["The parcel came back from Springfield, IL 40987 unopened.", "write to APO AE 09012", "Lakeview, GE 58037"]

    /// Two letters before a number that are no plate: currencies, abbreviations.
    static let notPlates: Set<String> = ["kr", "nr", "ca", "pr", "nok", "no", "st", "tv", "pc", "id", "kl", "mm", "cm", "km", "kg", "ml", "dl", "to", "of", "in", "on",
                                         "at", "is", "by", "or", "an", "as", "be", "so", "up", "we", "he", "me", "my", "us", "it", "do", "go", "if", "am",
                                         "på", "og", "er", "av", "om", "en", "et", "ei", "ut", "nå", "da", "så", "du", "vi", "de", "jo", "ja", "ni", "ti", "år"]
    /// Words that say a vehicle is meant, a few words before a plate written in lower case.
    static let vehicleWords: Set<String> = ["bil", "bilen", "biler", "bilene", "skilt", "skiltet", "skiltnummer", "skiltnummeret", "regnr", "registreringsnummer",
                                            "registreringsnummeret", "kjennemerke", "kjennemerket", "bilnummer", "bilnummeret", "varebil", "varebilen", "tjenestebil",
                                            "tjenestebilen", "elbil", "elbilen", "car", "cars", "van", "plate", "plates", "registration", "reg", "vehicle", "volvo", "tesla",
                                            // Makes and models, and their bokmål definite forms: "den gamle Volvoen, RF 23109".
                                            "volvoen", "teslaen", "caddy", "caddyen", "toyota", "toyotaen", "yaris", "corolla", "passat", "passaten", "berlingo",
                                            "transit", "transiten", "hiace", "hiacen", "skoda", "skodaen", "audi", "audien", "mercedes", "mercedesen", "nissan",
                                            "nissanen", "peugeot", "peugeoten", "opel", "opelen", "mazda", "honda", "subaru", "suzuki", "kia", "hyundai", "bmw", "bmwen",
                                            // Dialect plurals and Swedish: "elbilan", "skyltar på bilen".
                                            "bilan", "elbilan", "tjenestebilan", "bilar", "bilarna", "skylt", "skylten", "skyltar", "skyltarna", "registreringsskylt"]

    func candidates(in text: TextView) -> [Candidate] {
        guard text.hasNumbers else { return [] }
        var found: [Candidate] = swedish(text)
        for first in 0..<text.count where text.isNumber(first) {
            guard let index = fiveDigitsEnd(text, first) else { continue }
            var letters = first - 1
            var glued = false
            if index == first, text.isPunct(letters, "-"), text.attached(index), text.attached(letters) { letters -= 1; glued = true }
            guard text.isWord(letters), !text.attached(letters) || letters == 0 || !(text.isWord(letters - 1) || text.isNumber(letters - 1)),
                  index > first || (text.numberValue(index) ?? 0) >= 10000 else { continue }
            let token = text.tokens[letters]
            guard token.end - token.start == 2 else { continue }
            let bytes = text.bytes[Int(token.start)..<Int(token.end)]
            let upper = bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            let lower = bytes.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
            guard upper || lower, !Self.notPlates.contains(text.lower(letters)) else { continue }
            // "Springfield, IL 40987", "APO AA 12345", "Town, GE 58037": a state or region code and a postcode, the
            // postcode recognizer's (the region code after an address line's comma is no plate either).
            // A vehicle named shortly before ("His car, the old blue Volvo, RF 23109") says it is a plate after all.
            let vehicleBefore = (max(0, letters - 9)..<letters).contains { Self.vehicleWords.contains(text.lower($0)) }
            // Digits said in two groups ("EL 55 120") are no postcode however the line reads: no region writes one so.
            // After a comma only a town's name makes it an address line ("Lakeview, GE 58037"); after a lower-case word
            // ("en av elbilane, EL 77102") the comma only sets the plate off.
            if upper, PostcodeRecognizer.states.contains(text.text(letters, letters))
                || text.isPunct(letters - 1, ",") && !vehicleBefore && index == first && text.isCapitalized(letters - 2)
                || ["APO", "DPO", "FPO"].contains(text.text(letters - 1, letters - 1)) { continue }
            // Nothing glued after the digits, and no unit ("12345 kroner").
            if text.attached(index + 1), text.isWord(index + 1) || text.isNumber(index + 1) || text.isPunct(index + 1, "-") { continue }
            if text.isWord(index + 1), text.cues.ageUnitsAfter.contains(text.lower(index + 1)) || ["kroner", "kr", "nok", "euro", "dollar"].contains(text.lower(index + 1)) { continue }
            if lower {
                let cue = (max(0, letters - 5)..<letters).contains { Self.vehicleWords.contains(text.lower($0)) }
                    || (index + 1..<min(text.count, index + 6)).contains { Self.vehicleWords.contains(text.lower($0)) }
                guard cue || glued || text.lowercaseText && !text.has(letters, .english) && !text.has(letters, .functionWord) else { continue }
            }
            found.append(Candidate(first: letters, last: index, type: .other))
        }
        return found
    }

    static let currencies: Set<String> = ["SEK", "NOK", "DKK", "EUR", "USD", "GBP", "ISK", "CHF"]

    private func swedish(_ text: TextView) -> [Candidate] {
        var found: [Candidate] = []
        for letters in 0..<text.count where text.isWord(letters) && text.isNumber(letters + 1) && !text.attached(letters + 1) {
            let token = text.tokens[letters]
            guard token.end - token.start == 3, text.bytes[Int(token.start)..<Int(token.end)].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
                  !PostcodeRecognizer.states.contains(text.text(letters, letters)), !Self.currencies.contains(text.text(letters, letters)) else { continue }
            var last = letters + 1
            if text.digitCount(last) == 2, text.isWord(last + 1), text.attached(last + 1), text.lower(last + 1).count == 1 {
                last += 1
            } else if text.digitCount(last) != 3 {
                continue
            }
            guard !(text.attached(last + 1) && (text.isWord(last + 1) || text.isNumber(last + 1) || text.isPunct(last + 1, "-"))),
                  (max(0, letters - 9)..<letters).contains(where: { Self.vehicleWords.contains(text.lower($0)) }) else { continue }
            found.append(Candidate(first: letters, last: last, type: .other))
        }
        return found
    }

    /// The last token of a plate's five digits starting at `first`: one token of five ("12345", at least 10000), or
    /// two and three said as two groups ("45 230"; "45" in "45 230" is the pair's first, so it is not read again).
    private func fiveDigitsEnd(_ text: TextView, _ first: Int) -> Int? {
        if text.digitCount(first) == 5 { return first }
        guard text.digitCount(first) == 2, !text.lower(first).hasPrefix("0"), text.isNumber(first + 1), !text.attached(first + 1),
              text.digitCount(first + 1) == 3, !(text.isNumber(first - 1) && !text.attached(first)) else { return nil }
        return first + 1
    }
}
