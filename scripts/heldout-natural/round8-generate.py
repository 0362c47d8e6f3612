#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the heldout-natural-8 evaluation set.

All transcript text is held literally below. Each turn is a tuple
(speaker, text, entities, keeps):
  speaker  "I" -> I1, "P" -> the file's participant id, "A".."E" -> focus-group
           participant (file id + letter)
  entities list of (exact substring, type)
  keeps    list of exact substrings that must NOT be treated as identifiers
Running the script writes P01.xml..P30.xml and gold.json and checks them.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from xml.sax.saxutils import escape

PER, PLC, ADR, ORG, DAT, AGE, PHO, EML, ID = (
    "person", "place", "address", "org", "date", "age", "phone", "email", "id")

T = []


def add(pid, lang, register, turns, speakers=None):
    T.append(dict(id=pid, lang=lang, register=register, turns=turns, speakers=speakers))


# ---------------------------------------------------------------- P01
add("P01", "en", "en", [
    ("I", "Thank you for meeting me, Magdalena. Maybe you can start by telling me what a normal week looks like for you?",
     [("Magdalena", PER)], []),
    ("P", "Yes, so, I am sykepleier in hjemmesykepleien in Kongsberg, we are the team called Sone Vest, and we have, hmm, maybe forty-five patients per day in the whole team. I work three days per week and every third weekend. Before I came here I worked at a hospital back home, on cardiology, so home care was a big change for me. Very big.",
     [("Kongsberg", PLC), ("Sone Vest", ORG)], ["sykepleier", "per week"]),
    ("I", "How did you first come into contact with the medicine dispensers?", [], []),
    ("P", "It was when they started the welfare technology project — velferdsteknologiprosjektet, you know. I remember the date, the 9th of January 2019, because it was my daughter's birthday and I had to leave the course early. They put the first Evondos machines with six patients. The course was in the big meeting room at Kongsberg helsehus, and the man from the supplier talked very fast, in Norwegian with dialect, and I understood maybe half.",
     [("the 9th of January 2019", DAT), ("Kongsberg helsehus", ORG)], ["Evondos"]),
    ("I", "Do you remember the first patient who got one?", [], []),
    ("P", "Yes. Arne Halvorsen. He lived in Tislegårdveien 14, the yellow house with the flagpole. He was eighty-nine, very proud man, former teacher at the technical school. First day he said to me, I am not taking pills from a robot, lady. After two weeks he called it 'the butler'. Every morning it said «Det er tid for medisinene dine» and he answered «takk, takk, ja ja».",
     [("Arne Halvorsen", PER), ("Tislegårdveien 14", ADR), ("eighty-nine", AGE)], []),
    ("I", "What happened when something went wrong with the dispenser?", [], []),
    ("P", "Then it sends alarm to the work phone and somebody has to go. One time in February it was minus twenty and our car would not start — the white Yaris, EV 41 872, always this one has problems with the battery. So I called Bjørn-Ivar, who had the other car, and he drove there instead of me. Bjørn-Ivar is our tech champion, our superbruker, he knows the machines better than the supplier, honestly.",
     [("EV 41 872", ID), ("Bjørn-Ivar", PER)], ["February", "superbruker"]),
    ("I", "How do you get hold of him when you need help?", [], []),
    ("P", "He said we can call him always, also on his day off, which is too nice, I think. His private number is 917 43 206, but we also have the internal number, 4417, that one goes only to his phone when he is on duty. And he has e-mail, bjorn-ivar.tangen@kongsberg.kommune.no, but nobody reads e-mail in home care, to be honest.",
     [("917 43 206", PHO), ("4417", PHO), ("bjorn-ivar.tangen@kongsberg.kommune.no", EML)], []),
    ("I", "Were there patients for whom it did not work?", [], []),
    ("P", "Yes. One lady with Alzheimer, quite advanced, Mrs Rønning — she was ninety-one — she was afraid of the sound. She thought somebody was in the house, a man talking. Her son called the office three times in one evening, very angry. So we took it back and she got the multidose bags from the pharmacy, and we come two times per day again, like before.",
     [("Rønning", PER), ("ninety-one", AGE)], ["Alzheimer"]),
    ("I", "How did the relatives react, more generally?", [], []),
    ("P", "Mixed. Some are happy because they see on the app that mamma took the pills. Others think we want to save money on their father. Which is... partly true, eh? Kommunen wants to save visits, I am honest. Our leader, Hilde Marie, she always says it is about quality, but in the budget meeting it is about visits.",
     [("Hilde Marie", PER)], ["Kommunen"]),
    ("I", "We're almost at the end. Is there something you would like to add?", [], []),
    ("P", "Only that the training should be in simple Norwegian, or also in English. Me and Dorota — she is Polish also — we sat together with Google Translate on the phone during the course. It should not be like that. And, ehm, please don't write my full name, Magdalena Wiśniewska, in the report, okay? It is a small town.",
     [("Dorota", PER), ("Magdalena Wiśniewska", PER)], ["Google Translate"]),
])

# ---------------------------------------------------------------- P02  (Bergensk)
add("P02", "nb", "nb-bergensk", [
    ("I", "Da kan vi bare begynne. Kan du fortelle litt om deg selv og jobben din?", [], []),
    ("P", "Ja. Eg e sykepleier, og eg har vært i hjemmesykepleien i Åsane i snart tolv år nå. Før det va eg på Haukeland, på ortopeden, mens eg orket ikkje turnusen der til slutt. Vi sitter i andre etasje i Myrdalsvegen 22, over apoteket, og har vel en sånn femti, seksti brukere.",
     [("Åsane", PLC), ("Haukeland", ORG), ("Myrdalsvegen 22", ADR)], ["sykepleier", "tolv år"]),
    ("I", "Og dere har tatt i bruk medisindispensere?", [], []),
    ("P", "Ja, vi fikk Pilly i fjor høst. Altså, eg va skeptisk, ka skal eg si. Men det e ho Synnøve som e superbruker hos oss, og hu e helt rå. Hu satt og gikk gjennom alle brukerne, en og en, og fant ut kem som kunne passe. Hu va på kurs i Drammen hos leverandøren, tror det va sist i oktober 2022 eller noe sånt.",
     [("Synnøve", PER), ("Drammen", PLC), ("sist i oktober 2022", DAT)], ["Pilly", "superbruker"]),
    ("I", "Kan du fortelle om en bruker der det fungerte godt?", [], []),
    ("P", "Ja, det e en mann på Flaktveit — eh, skal eg si navnet? Nei. Han e åttifire, bor alene etter at kona døde, og han hadde sånn... han tok dobbel dose av Marevan hvis vi ikkje passet på. Etter at dispenseren kom har det vært helt stille. Han kaller den «radioen». Datteren hans, hu Kari-Anne, ringte meg på 7. desember, det husker eg, bare for å si takk. Det skjer ikkje ofte, altså.",
     [("Flaktveit", PLC), ("åttifire", AGE), ("Kari-Anne", PER), ("7. desember", DAT)], ["Marevan"]),
    ("I", "Og der det ikke fungerte?", [], []),
    ("P", "Hmm. Fru Bakke i Hesthaugvegen — nei, eg burde kanskje ikkje si gaten. Men okei. Hu hadde Parkinson og skalv så mye at hu fikk ikkje ut koppen. Så lå pillene på gulvet, og katten... ja. Vi fant dem under sofaen. Da sa vi at nei, dette går ikkje, og vi hentet den samme dag.",
     [("Bakke", PER), ("Hesthaugvegen", ADR)], ["Parkinson"]),
    ("I", "Hvordan blir dere varslet når en dose ikke blir tatt?", [], []),
    ("P", "Det går en melding til vaktmobilen. Nummeret e 468 02 913, og den går på rundgang, den som har vakta har den i lomma. Og så ser vi det i portalen til leverandøren — det e ikkje integrert i Gerica enda, så man må sjekke to steder. Det e litt sånn, ja, tungvint.",
     [("468 02 913", PHO)], ["Gerica"]),
    ("I", "Hva sier ledelsen om det?", [], []),
    ("P", "Ledelsen, ja. Vi har fått ny avdelingsleder, Rune Haugland, han kom fra Fana i mars. Han e positiv, vil ha flere dispensere. Mens han har ikkje stått i en stue halv åtte om morgenen med en dame som gråter fordi maskinen piper. Det e forskjell på Excel og stuen til folk, altså.",
     [("Rune Haugland", PER), ("Fana", PLC)], ["mars", "Excel"]),
    ("I", "Har dere fått nok opplæring?", [], []),
    ("P", "Nei. Vi fikk en time på Teams. En time! Og et hefte. Eg har en lapp inne i bilen, den røde elbilen, EL 38 519, der det står «ring Synnøve på 55 56 71 40 hvis den blinker gult». Det e hele opplæringen, ærlig talt.",
     [("EL 38 519", ID), ("Synnøve", PER), ("55 56 71 40", PHO)], ["Teams"]),
    ("I", "Er det noe du vil legge til før vi avslutter?", [], []),
    ("P", "Bare at folk må bli spurt. Ikkje bare få en boks i hånden. Og, ja, hils han Rune hvis du snakker med han, han e grei nok, mens han må bli med ut på tur med oss. Det har eg sagt til han og.",
     [("Rune", PER)], []),
])

# ---------------------------------------------------------------- P03  (nynorsk, Sunnmøre)
add("P03", "nn", "nn-sunnmorsk", [
    ("I", "Takk for at du ville stille opp. Kan du fortelje litt om kvar du arbeider?", [], []),
    ("P", "Ja. Eg er helsefagarbeidar på Fjordtun bu- og omsorgssenter i Sykkylven, på skjerma eining. Har vore der sidan eg var ganske ung, så no er det... ja, tjueto år. Eg går mest natt, det passar meg.",
     [("Fjordtun bu- og omsorgssenter", ORG), ("Sykkylven", PLC)], ["helsefagarbeidar", "tjueto år"]),
    ("I", "Og de har fått digitalt nattilsyn?", [], []),
    ("P", "Ja, dei sette opp kamera, eller sensor, det er jo ikkje kamera som filmar, det er sånn... det viser berre omriss, strekfigurar. Roommate heiter det. Det kom inn på alle romma på skjerma veka før påske i fjor, for eg hugsar at Oddny sa at no får me i alle fall ikkje påskeferie. Oddny var ho som var prosjektleiar frå kommunen.",
     [("Oddny", PER)], ["Roommate", "påske"]),
    ("I", "Korleis endra det nattarbeidet for dykk?", [], []),
    ("P", "Før gjekk me runde kvar andre time, opna døra, lyste med lommelykt. Då vakna jo folk. Han på rom 114 — eg seier ikkje namnet, men han var ein gamal fiskar frå Hareid — han vakna kvar einaste gong og trudde det var innbrot. Slo etter oss ein gong. No ser me på nettbrettet at han ligg roleg, og så får han sove. Det er ei heilt anna natt for han. Og for oss.",
     [("114", ID), ("Hareid", PLC)], ["kvar andre time"]),
    ("I", "Var det nokon som var skeptiske?", [], []),
    ("P", "Å ja. Pårørande. Særleg dotter til ei av damene, ho budde i Oslo og var advokat, og ho skreiv eit langt brev til kommunen om personvern og GDPR og alt. Ho heitte Solveig Brekke, og brevet kom den fjortande november, det hang på tavla på vaktrommet ei stund. Og eg skjønar henne, eg. Eg ville også ha spurt.",
     [("Oslo", PLC), ("Solveig Brekke", PER), ("den fjortande november", DAT)], ["GDPR"]),
    ("I", "Korleis vart det løyst?", [], []),
    ("P", "Det vart møte med dottera og mora og einingsleiaren vår, Terje Ulstein, og så kom det ein jurist frå Ålesund. Dei fekk sjå kva skjermen viser. Og då sa ho, «berre strekar?» Ja, berre strekar. Då var det greitt. Men ho ville ha det skriftleg, med saksnummer, og det fekk ho: 2023/4471. Eg hugsar det fordi eg måtte skrive det inn i Profil.",
     [("Terje Ulstein", PER), ("Ålesund", PLC), ("2023/4471", ID)], ["Profil"]),
    ("I", "Har det vore situasjonar der teknologien svikta?", [], []),
    ("P", "Ei natt i januar datt nettet. Heile wifi-en på bygget. Me visste ikkje før klokka tre at det ikkje fungerte. Og den natta datt fru Hjelle ut av senga på 109. Ho låg der kanskje ein time. Det gjekk bra, berre eit blåmerke, men eg sov ikkje på fleire dagar etterpå. Me ringde IT-vakta, 70 16 40 00, og der svarte ingen. Ingen!",
     [("Hjelle", PER), ("109", ID), ("70 16 40 00", PHO)], ["januar", "klokka tre"]),
    ("I", "Kva meiner kollegaene dine no?", [], []),
    ("P", "Dei fleste er nøgde. Ho Ingrid Marie, ho har vore der lenger enn meg, ho var heilt imot i starten. Ho sa «eg vil sjå folka mine, ikkje ein strek». No er det ho som forklarer det for vikarane. Og Kasia, som kom frå Polen for nokre år sidan, ho har lært seg systemet betre enn alle oss andre til saman.",
     [("Ingrid Marie", PER), ("Kasia", PER), ("Polen", PLC)], []),
    ("I", "Er det noko anna du vil ta med?", [], []),
    ("P", "Berre at nattarbeidarar må vere med når dei bestemmer ting. Det er alltid dagfolka som sit i møta. Me på natta får ein e-post frå postmottak@sykkylven.kommune.no eller kva det no er, og så er det bestemt.",
     [("postmottak@sykkylven.kommune.no", EML)], []),
])

# ---------------------------------------------------------------- P04  (speech-to-text, English)
add("P04", "en", "stt-en", [
    ("I", "okay so it's recording now can you just say a little bit about your role", [], []),
    ("P", "yeah sure so i work in the it department in lillestrøm kommune i'm what they call a system owner no sorry system manager for the welfare technology portfolio so that's the alarm platform the gps and the sensors and i sit with procurement a lot with ragnhild from innkjøp she does the the legal side",
     [("lillestrøm", PLC), ("ragnhild", PER)], ["system manager", "gps"]),
    ("I", "can you tell me about the gps procurement", [], []),
    ("P", "yes so we did a mini competition on the national framework agreement and we had three suppliers answering and we chose nordtrack i think that's fine to say it's public anyway the contract was signed on the twenty second of march two thousand twenty two and then the roll out started after summer",
     [("nordtrack", ORG), ("the twenty second of march two thousand twenty two", DAT)], ["framework agreement"]),
    ("I", "how did the roll out go", [], []),
    ("P", "honestly so so the first batch of watches had a firmware bug they lost the position indoors and we had one lady she walked out from skedsmotun at night in november and the watch said she was in the living room and she was actually down by the river we found her because a taxi driver saw her on the bridge she was eighty seven and in her slippers",
     [("skedsmotun", ORG), ("eighty seven", AGE)], ["november", "firmware"]),
    ("I", "that sounds serious", [], []),
    ("P", "it was we had an avvik a deviation report the number was eight five four two or something no 8542 yes and the county governor statsforvalteren got involved and we had a meeting with the supplier on the sixth of december their guy came over mats engström nice guy but he kept saying it's the wifi it's your wifi",
     [("eight five four two", ID), ("8542", ID), ("the sixth of december", DAT), ("mats engström", PER)], ["statsforvalteren", "wifi"]),
    ("I", "who did you work with on the health side", [], []),
    ("P", "mostly with the district leader in skedsmo sør home care torill haga and the superbruker there who is fantastic everybody calls him jonke he's the one who actually tests everything before we roll out",
     [("skedsmo sør", ORG), ("torill haga", PER), ("jonke", PER)], ["superbruker"]),
    ("I", "and how do you contact the supplier now", [], []),
    ("P", "we have a support line it's zero two two one something let me see yeah 22 14 50 90 and an account manager her email is lene dot myhre at nordtrack dot no but she's on maternity leave so now it all goes to a general support box",
     [("22 14 50 90", PHO), ("lene dot myhre at nordtrack dot no", EML)], ["maternity leave"]),
    ("I", "what would you do differently", [], []),
    ("P", "involve the night staff earlier and the relatives we had the father of one of the users mr karlsen who had worked in telecom for forty years and he found the bug before we did he sent me like a three page pdf on the twelfth of october yeah",
     [("karlsen", PER), ("the twelfth of october", DAT)], ["forty years"]),
    ("I", "anything else you want to add", [], []),
    ("P", "no i think that's it oh and the procurement documents are archived under case twenty two slash zero one nine three eight if you want them ragnhild can send them",
     [("twenty two slash zero one nine three eight", ID), ("ragnhild", PER)], []),
])

# ---------------------------------------------------------------- P05  (Trøndersk)
add("P05", "nb", "nb-trondersk", [
    ("I", "Du er superbruker, har jeg skjønt. Hva innebærer det for deg i praksis?", [], []),
    ("P", "Æ vart spurt av avdelingslederen, hainn Svein Olav, om æ ville ta det, og æ sa ja før æ rakk å tenk mæ om, det e typisk mæ. Så no e æ den dæm ringe når GPS-en itj vil kobl sæ opp eller når døralarmen piper på Gimse klokka to om natta. Æ jobbe i hjemmetjenesten i Melhus, så det e sørover i kommunen mest.",
     [("Svein Olav", PER), ("Gimse", PLC), ("Melhus", PLC)], ["GPS-en", "klokka to om natta"]),
    ("I", "Kan du gi et eksempel på en typisk henvendelse?", [], []),
    ("P", "Ja, forrige tirsdag — nei, onsdag — da ringte ho Marit, ho e ny hos oss, og sa at klokka te'n Ottar viste at han va i Støren. Og det va han jo itj, han satt i godstolen sin og så på Dagsrevyen. Det viste sæ at kona hans hadde tatt feil klokke når ho dro på besøk te søstra si. Dæm hadde bytta, rett og slett.",
     [("Marit", PER), ("Ottar", PER), ("Støren", PLC)], ["tirsdag", "onsdag", "Dagsrevyen"]),
    ("I", "Hvordan bestemmes det hvem som får GPS?", [], []),
    ("P", "Det ska vær vedtak, og helst samtykke, men når folk har langtkommen demens så e det itj lett å samtykk te nåkka. Så da e det pårørende og fastlegen og vi som sett oss ned. Hos ho Gudrun Ekle på Hølonda — ho e nittito — der va sønnen imot. Hainn sa at mor mi e ingen hund som ska ha chip.",
     [("Gudrun Ekle", PER), ("Hølonda", PLC), ("nittito", AGE)], ["demens", "fastlegen"]),
    ("I", "Hva skjedde da?", [], []),
    ("P", "Vi hadde et møte på Melhus helsesenter den 3. mai, og æ hadde med mæ ei klokke så hainn fikk sjå. Hainn heite Bjørnar, sønnen. Han fikk prøv den sjøl, gikk ut og rundt kvartalet, og vi fulgte han på skjermen. Da lo han litt. Og så sa han ja, men bare om dagen. Det sto i vedtaket etterpå, saksnummer 2021/118-4, om du lure.",
     [("Melhus helsesenter", ORG), ("den 3. mai", DAT), ("Bjørnar", PER), ("2021/118-4", ID)], []),
    ("I", "Hvordan er samarbeidet med leverandøren?", [], []),
    ("P", "Jaa. Det e varierende. Vi har en kontaktperson som e svensk og snakke svorsk, og æ skjønne halvparten. Så æ må ofte ta det på e-post i stedet. Men kommunen har jo en egen velferdsteknologikoordinator, ho Åse Lian, og ho e flink, ho tar de tunge sakene.",
     [("Åse Lian", PER)], ["svorsk"]),
    ("I", "Hvordan får du tid til superbrukeroppgavene?", [], []),
    ("P", "Æ får itj tid. Det e det ærlige svaret. Det står i papira at æ har ti prosent, men ti prosent av ka? Æ har tjue brukera på lista ei vanlig vakt. Så æ gjør det i pausen, eller i bilen. Vi har en Golf, eldgammel, SV 81 204, og æ sitt der med PC-en på fanget og ringe leverandøren.",
     [("SV 81 204", ID)], ["ti prosent"]),
    ("I", "Er det noe som har overrasket deg?", [], []),
    ("P", "At de eldste e flinkest, nesten. Ho Klara på Lundamo, ho e fødd i -31, ho ringe mæ på Facetime. Ho har lært sæ det sjøl med barnebarnet. Æ vart heilt satt ut første gangen.",
     [("Klara", PER), ("Lundamo", PLC), ("-31", AGE)], ["Facetime"]),
    ("I", "Er det noe annet du vil si?", [], []),
    ("P", "Nei, bare at det må vær fler superbrukera. Æ kan itj vær den einaste. Når æ e på ferie, e det ingen. Da ringe dæm mæ på hytta i Budalen likevel.",
     [("Budalen", PLC)], []),
])

# ---------------------------------------------------------------- P06  (Swedish)
add("P06", "sv", "sv", [
    ("I", "Velkommen, Elin. Du kan godt snakke svensk, det går helt fint. Kan du fortelle hvordan du havnet her?",
     [("Elin", PER)], []),
    ("P", "Ja, tack. Jag är från Arvika från början, och jag pendlade först, via ett bemanningsföretag, Nordic Care Staffing, det är väl en tio år sen nu. Sen träffade jag min sambo, han är härifrån, och då blev jag kvar. Nu jobbar jag fast på Vinger sykehjem — eller sjukhem, som vi säger — på demensavdelningen.",
     [("Arvika", PLC), ("Nordic Care Staffing", ORG), ("Vinger sykehjem", ORG)], ["demensavdelningen"]),
    ("I", "Hva slags teknologi bruker dere der?", [], []),
    ("P", "Vi har sängsensorer, fallarm, och sen har vi dörrlarm på alla rum. Det kom ett nytt system i höstas, det är ett norskt företag, jag minns inte namnet, men det piper i en telefon som vi bär. Och det piper jämt. Jämt! Första natten räknade jag, det var fyrtiotvå larm på en natt, och kanske tre av dem var riktiga.",
     [], ["i höstas", "fyrtiotvå"]),
    ("I", "Kan du fortelle om en gang det var en ekte alarm?", [], []),
    ("P", "Ja, det var i slutet av februari, natten till den 27:e tror jag, och det var en man på rum 14 — nej, jag säger inget namn. Han hade ramlat i badrummet och låg mellan toaletten och väggen. Larmet gick, men min kollega Ruth trodde att det var samma falsklarm igen, för det hade pipit från 14 hela kvällen. Så hon väntade kanske sju, åtta minuter.",
     [("den 27:e", DAT), ("14", ID), ("Ruth", PER)], []),
    ("I", "Hva skjedde etterpå?", [], []),
    ("P", "Han bröt lårbenshalsen. Han fick åka till Kongsvinger sykehus och sen vidare för operation. Och Ruth var helt förstörd. Vi skrev avvik, och sen hade vi ett möte med vår enhetsledare, Anne-Grethe Sæther, och hon sa att det inte var Ruths fel, det var systemets fel. Det tyckte jag var bra sagt, faktiskt.",
     [("Kongsvinger sykehus", ORG), ("Ruth", PER), ("Anne-Grethe Sæther", PER)], ["lårbenshalsen", "avvik"]),
    ("I", "Hvordan er det å jobbe på et annet språk?", [], []),
    ("P", "Det är roligt, men man blir trött. Och journalen, Gerica, den är ju på norska, så jag skriver «bruker» och inte «brukare», och «sykepleier» och inte «sjuksköterska». Ibland blandar jag. Min chef säger att mina rapporter är på svorsk. Men de boende tycker att det är mysigt. En gammal dam, Ingeborg Nes, hon är från Eidskog och hundra och ett år, hon sa att jag pratar som hennes mamma, som var från Värmland.",
     [("Ingeborg Nes", PER), ("Eidskog", PLC), ("hundra och ett år", AGE), ("Värmland", PLC)], ["Gerica", "sykepleier"]),
    ("I", "Hvem hjelper deg når teknologien ikke fungerer?", [], []),
    ("P", "Vi har en superbrukare som heter Bo Engen, och han är toppen. Jag vet, det låter svenskt, men han är norsk. Han har telefon 926 11 384 och mejl, bo.engen@kongsvinger.kommune.no, men man ska ringa. Han svarar alltid, även när han är ledig, vilket han inte borde.",
     [("Bo Engen", PER), ("926 11 384", PHO), ("bo.engen@kongsvinger.kommune.no", EML)], ["superbrukare"]),
    ("I", "Er det noe du skulle ønske var annerledes?", [], []),
    ("P", "Att vi fick vara med och välja. Och att larmen kunde sorteras, viktiga och oviktiga. Bo har skickat ett förslag till leverantören, han visade mig mejlet, han skickade det den 2 oktober, och de har inte svarat än.",
     [("Bo", PER), ("den 2 oktober", DAT)], []),
    ("I", "Tusen takk. Noe du vil si helt til slutt?", [], []),
    ("P", "Nej, men tack. Och om du skriver det här, ändra namnet på min kollega, okej? Hon har haft det tungt.",
     [], []),
])

# ---------------------------------------------------------------- P07  (English, Filipino helsefagarbeider)
add("P07", "en", "en", [
    ("I", "So, Jocelyn, thank you for coming in on your day off. Could you tell me how you came to work here?",
     [("Jocelyn", PER)], []),
    ("P", "Yes, ma'am. I came from Iloilo as an au pair first, with a family, very nice family, they had three boys. Then I took the helsefagarbeider education in the evenings while I was cleaning offices. Now I am working at Bakkevoll sykehjem on Karmøy, long time now, almost eleven years.",
     [("Iloilo", PLC), ("Bakkevoll sykehjem", ORG), ("Karmøy", PLC)], ["helsefagarbeider", "eleven years"]),
    ("I", "I'm interested in the tablets you use for video calls. How did that start?", [], []),
    ("P", "It started with corona. March 2020, everything closed, no visitors. And we had one old man, Mr. Sivertsen — Torleif — he was crying every day because his wife was at another nursing home, she needed more care, so they were separated. So our leader bought two iPads, I think first with her own card, and later kommunen paid. We called the other nursing home on FaceTime every day, 11 o'clock.",
     [("March 2020", DAT), ("Sivertsen", PER), ("Torleif", PER)], ["corona", "FaceTime", "11 o'clock"]),
    ("I", "How did the residents manage the tablets?", [], []),
    ("P", "We hold it for them. The fingers, you know, they cannot. Torleif's wife, she had Parkinson, so also she could not hold it. So two nurses holding two iPads in two nursing homes, and the old couple talking. Sometimes they just sat looking, not talking, ten minutes. My colleague Ma. Cristina — we call her Tintin — she always cried after.",
     [("Torleif", PER), ("Ma. Cristina", PER), ("Tintin", PER)], ["Parkinson"]),
    ("I", "Are the tablets still in use?", [], []),
    ("P", "Yes, now we have a special one from the project, with big buttons. Mrs. Aarsheim in room 208, she calls her son every Sunday after church. His number is on a paper taped behind the tablet: 932 55 017. I told her, don't put the number there, everybody can see. She said, who will steal my son?",
     [("Aarsheim", PER), ("208", ID), ("932 55 017", PHO)], ["Sunday"]),
    ("I", "Have there been problems?", [], []),
    ("P", "The internet. Here on the island, you know, the wind. And the updates — one Sunday the tablet wanted to update, forty minutes, and she was sitting ready with her lipstick and it was loading, loading. Her son sent a text message, I read it to her: «Mamma, er du der? Det står bare at du er borte. Klem fra Leif.» She cried.",
     [("Leif", PER)], ["forty minutes"]),
    ("I", "Do you feel the work you do with technology is recognised?", [], []),
    ("P", "Hmm. Not so much. The superbruker course was only for the sykepleiere in the beginning. I asked three times. Then finally I went, 15th of September, at the kulturhus. Now I am superbruker also. My name is on the list on the wall, with internal number 3308.",
     [("15th of September", DAT), ("3308", PHO)], ["sykepleiere", "superbruker"]),
    ("I", "How is it to work with Norwegian colleagues?", [], []),
    ("P", "Good, mostly. Sometimes they talk fast in dialect, the dialect here is very hard, «ka du sei», you know. Ingvild helps me, she is my best friend at work, she writes the new words for me in a small book. And the residents like us. One lady, she was ninety-eight, she always called me «lille Jossi».",
     [("Ingvild", PER), ("ninety-eight", AGE), ("Jossi", PER)], []),
    ("I", "Is there anything you want to add?", [], []),
    ("P", "Just, please, more time for the elderly. The iPad is not a grandchild. It is a good help, but it is not a grandchild.",
     [], []),
])

# ---------------------------------------------------------------- P08  (speech-to-text, bokmål, daughter)
add("P08", "nb", "stt-nb", [
    ("I", "da er opptaket i gang og eh du er datter av en som mottar hjemmetjenester", [], []),
    ("P", "ja det stemmer mamma heter eh skal jeg si navnet ja hun heter astrid tjomsland og hun bor fortsatt hjemme i lyngdal hun er åttiåtte år og har hatt demens diagnosen i cirka fire år nå alzheimer sa de på sørlandet sykehus",
     [("astrid tjomsland", PER), ("lyngdal", PLC), ("åttiåtte år", AGE), ("sørlandet sykehus", ORG)], ["demens", "alzheimer", "fire år"]),
    ("I", "og hvordan har det vært med teknologien hjemme hos henne", [], []),
    ("P", "altså vi fikk gps klokke i fjor etter at hun gikk seg bort den ene gangen det var den fjortende juni og hun hadde gått helt ned til sentrum i bare nattkjolen klokka fem om morgenen og en mann som het jeg tror han het trond ringte politiet",
     [("den fjortende juni", DAT), ("trond", PER)], ["gps klokke", "klokka fem"]),
    ("I", "mm", [], []),
    ("P", "og siden da har jeg hatt appen på telefonen min jeg bor jo i oslo så jeg ser hvor hun er men det er jo litt sånn jeg vet ikke jeg føler meg som en overvåker av min egen mor eh og så er det hjemmetjenesten lyngdal vest som får varselet først",
     [("oslo", PLC), ("hjemmetjenesten lyngdal vest", ORG)], []),
    ("I", "hvordan er kontakten med hjemmetjenesten", [], []),
    ("P", "den er god med noen og dårlig med andre det er en som heter solveig hun er fantastisk hun ringer meg hvis det er noe men så er det mange vikarer om sommeren som ikke kjenner mamma i det hele tatt jeg har nummeret til vakttelefonen fire sju seks en to null tre åtte nei vent 476 12 083",
     [("solveig", PER), ("fire sju seks en to null tre åtte", PHO), ("476 12 083", PHO)], ["vikarer"]),
    ("I", "har det vært situasjoner hvor teknologien ikke har fungert", [], []),
    ("P", "ja i påsken da gikk batteriet tomt på klokka og ingen hadde ladet den fordi det stod i tiltaksplanen at hun skulle lade selv og det kan hun jo ikke så jeg ringte avdelingslederen hun heter berit anne næss og hun sa at det var en feil i gerica at tiltaket hadde falt ut",
     [("berit anne næss", PER)], ["påsken", "gerica"]),
    ("I", "hvordan opplever moren din det selv", [], []),
    ("P", "hun sier at klokka er fin hun tror den er fra pappa han het kjell og han døde for mange år siden og hun tror det er han som har gitt henne den så hun vil ikke ta den av og det er jo på en måte fint og på en måte helt forferdelig",
     [("kjell", PER)], []),
    ("I", "hva tenker du om framtida", [], []),
    ("P", "vi har søkt om plass på omsorgssenteret søknaden ble sendt fjerde januar og vi har fått et saksnummer to tre slash tolv sju fire eller 23/1274 og de sa det kunne ta tid broren min eirik har sagt at han kan flytte hjem men han har tre små barn så",
     [("fjerde januar", DAT), ("to tre slash tolv sju fire", ID), ("23/1274", ID), ("eirik", PER)], []),
    ("I", "takk for at du delte dette", [], []),
    ("P", "takk selv og du kan sende referatet til meg på mail det er hilde punktum tjomsland at gmail punktum com eller bare ring ni null åtte åtte fire fire en to",
     [("hilde punktum tjomsland at gmail punktum com", EML), ("ni null åtte åtte fire fire en to", PHO)], []),
])

# ---------------------------------------------------------------- P09  (Nordnorsk, district leader)
add("P09", "nb", "nb-nordnorsk", [
    ("I", "Du er distriktsleder i hjemmetjenesten. Kan du beskrive området ditt?", [], []),
    ("P", "Ja, æ har ansvar for hjemmetjenesten på Sortland, distrikt nord, det vil si fra sentrum og nordover te kommunegrensa, og så har vi øya på andre sida i tillegg. Vi e rundt førti årsverk, og halvparten e deltid, det e jo det store problemet her oppe.",
     [("Sortland", PLC), ("distrikt nord", ORG)], ["førti årsverk", "deltid"]),
    ("I", "Hvordan kom velferdsteknologien inn i tjenesten?", [], []),
    ("P", "Det va gjennom et samarbeid, alle seks kommunan i regionen gikk sammen, og prosjektlederen satt i Hadsel, ho Tove Karlsen, ei kjempedyktig dame. Vi fikk penga fra Helsedirektoratet, søknaden gikk inn 1. februar 2021, æ husker det fordi æ satt og skreiv på den hele natta før. Ho sendte den tre minutta før fristen gikk ut.",
     [("Hadsel", PLC), ("Tove Karlsen", PER), ("Helsedirektoratet", ORG), ("1. februar 2021", DAT)], []),
    ("I", "Hva var det dere søkte om?", [], []),
    ("P", "Digitalt tilsyn, medisindispensera og en felles responssenter-løsning. Responssenteret ligg no i Bodø, og det funke... ja, det funke stort sett. Men det e lange avstanda her, altså. Når det går en alarm ute på Hinnøya klokka to om natta, og vi har én bil på natta, så e det førtifem minutta kjøring. Og om vinteren, med fjellovergangen stengt, da e det verre.",
     [("Bodø", PLC), ("Hinnøya", PLC)], ["klokka to om natta", "førtifem minutta"]),
    ("I", "Har det vært hendelser du husker spesielt?", [], []),
    ("P", "Ja. Det va en mann, æ kalle han bare Hartvig, han e nittifem og bodde aleina i et hus uten vei, man må gå siste biten. Han falt i gangen en natt i november, og fallalarmen gikk. Nattevakta, ho Vår, kjørte ut sammen med han Kjell-Ivar fra ambulansen, og dem bar han ned på ei båre i snøføyka. Ho Vår ringte mæ klokka fire og sa «no slutte æ». Men ho slutta ikke.",
     [("Hartvig", PER), ("nittifem", AGE), ("Vår", PER), ("Kjell-Ivar", PER)], ["november"]),
    ("I", "Hvordan følger du opp ansatte i sånne situasjoner?", [], []),
    ("P", "Vi har debrief, og vi har bedriftshelsetjenesten, Vesterålen Bedriftshelse. Og æ ringe sjøl. Æ har sagt te alle at dem kan ringe mæ når som helst, 975 33 128, og det e faktisk nån som gjør det. I vår hadde vi tre sykmeldinga på én måned, og da måtte æ ta vakter sjøl.",
     [("Vesterålen Bedriftshelse", ORG), ("975 33 128", PHO)], ["I vår"]),
    ("I", "Hva tenker du om dokumentasjon og systemene dere bruker?", [], []),
    ("P", "Vi bruke Visma Profil, og responssenteret bruke sitt eget, så vi har to verdena. Æ har meldt det opp flere ganga, siste gang på e-post te IT-sjefen, Roar Nilssen, 14/9-23, og han svarte at det e på lista. Alt e på lista.",
     [("Roar Nilssen", PER), ("14/9-23", DAT)], ["Visma Profil"]),
    ("I", "Hvordan ser du på framtida?", [], []),
    ("P", "Æ e optimist, ellers hadde æ ikke vært her. Men vi må ha folk. Vi har fått to sykepleiera fra utlandet og ei fra Litauen, Rasa, og ho e fantastisk, ho snakke snart bedre nordnorsk enn mæ. Teknologi kan ikke erstatte ho.",
     [("Litauen", PLC), ("Rasa", PER)], []),
    ("I", "Tusen takk for at du tok deg tid.", [], []),
    ("P", "Takk sjøl. Og hils te Trondheim, eller kor du no kommer fra.",
     [("Trondheim", PLC)], []),
])

# ---------------------------------------------------------------- P10  (nynorsk, Hallingdal physiotherapist)
add("P10", "nn", "nn-hallingdal", [
    ("I", "Kan du fortelje kva du arbeider med?", [], []),
    ("P", "E er fysioterapeut i Ål kommune, på rehabiliteringsteamet. Me er tre fysioar og ein ergo, ho Sigrid, og så har me kvardagsrehabilitering i lag med heimetenesta. E kom hit frå Drammen for ti år sidan, og e har ikkji angra ein einaste dag. Vel, kanskje i februar.",
     [("Ål", PLC), ("Sigrid", PER), ("Drammen", PLC)], ["fysioterapeut", "februar", "ti år"]),
    ("I", "De har prøvd ut digital heimetrening?", [], []),
    ("P", "Ja, det var eit prosjekt med nettbrett, der brukarane fekk treningsprogram på skjermen og me kunne sjå dei på video. Det starta opp tysdag 4. april, rett før påske, dumt tidspunkt, men sånn vart det. Me hadde åtte deltakarar, frå Torpo og oppover.",
     [("tysdag 4. april", DAT), ("Torpo", PLC)], ["påske"]),
    ("I", "Kan du fortelje om ein av deltakarane?", [], []),
    ("P", "Ja, ein kar, e kallar han Nils, han var sekstisju og hadde fått hjerneslag, og han var så lei av å ha folk i huset. Han ville trene åleine. På nettbrettet kunne han gjere det klokka seks om morgonen, før kona sto opp. Så sende han meg meldingar: «Gjort 3 x 10 knebøy. Kjem meg opp trappa no. Helsing Kåre.» Kåre heiter han eigentleg, ja. No sa e det.",
     [("Nils", PER), ("sekstisju", AGE), ("Kåre", PER)], ["hjerneslag", "3 x 10"]),
    ("I", "Korleis var det med teknologien for dei eldste?", [], []),
    ("P", "Blanda. Ho eldste var Margit Haugo, nittiein år, og ho hadde aldri hatt smarttelefon. Dottera hennar, Bodil, sat med ho dei første vekene. Og når Bodil reiste attende til Bergen, då stoppa det litt opp. Men e kom innom kvar fredag, og så gjekk det betre.",
     [("Margit Haugo", PER), ("nittiein år", AGE), ("Bodil", PER), ("Bergen", PLC)], ["fredag"]),
    ("I", "Kva med sensorar og fallførebygging?", [], []),
    ("P", "Me har hatt sensor i golvet, eller, ei slik matte ved senga, hjå nokre. Det er heimetenesta som har ansvaret, men e er med på vurderinga. Det var ein episode på Leveld, oppe i lia, der ein mann hadde falle og låg fleire timar fordi alarmen ikkji var kopla til. Straumen hadde gått i uvêret 22. desember, og ingen hadde sjekka han etterpå.",
     [("Leveld", PLC), ("22. desember", DAT)], ["fleire timar"]),
    ("I", "Korleis samarbeider du med legane?", [], []),
    ("P", "Me har godt samarbeid med Ål legekontor, særleg med dr. Ragnhild Haugen, ho er oppteken av fall. Men det er vanskeleg å nå dei på telefon. E har direktenummeret hennar på ein lapp, 32 08 51 27, men e brukar det berre når det hastar.",
     [("Ål legekontor", ORG), ("Ragnhild Haugen", PER), ("32 08 51 27", PHO)], []),
    ("I", "Kva ville du endra om du fekk bestemme?", [], []),
    ("P", "At me fekk meir tid til oppfølging. Teknologi er fint, men nokon må sjå på det. Og at journalsystema snakka saman. E skriv i CosDoc, heimetenesta skriv i Profil, legen i noko heilt anna.",
     [], ["CosDoc", "Profil"]),
    ("I", "Noko meir?", [], []),
    ("P", "Nei. Jau, forresten: hels til han Olav Nordbø i Gol om du treff han. Han var læraren min på kurset i fjor, og han veit meir om dette enn nokon.",
     [("Olav Nordbø", PER), ("Gol", PLC)], []),
])

# ---------------------------------------------------------------- P11  (English, Eritrean helsefagarbeider)
add("P11", "en", "en", [
    ("I", "Can we start with where you work and what your role is?", [], []),
    ("P", "Yes. I work at Gulset omsorgssenter in Skien, I am helsefagarbeider, I finished my fagbrev three years ago. Before that I was in the introduction programme, introduksjonsprogrammet, when I came from Eritrea. Long way, through the desert, through the sea. But that's another interview.",
     [("Gulset omsorgssenter", ORG), ("Skien", PLC), ("Eritrea", PLC)], ["helsefagarbeider", "fagbrev"]),
    ("I", "How do you use the electronic patient record in your work?", [], []),
    ("P", "Every shift. We write in CosDoc. In the beginning it was very hard, because you must write in Norwegian, and the spelling, å, ø, and my colleague Hanne, she corrected me every day. She said, Yonas, write short. Short is good. So now I write short.",
     [("Hanne", PER), ("Yonas", PER)], ["CosDoc"]),
    ("I", "Tell me about the door sensors on your unit.", [], []),
    ("P", "On the dementia unit we have sensors on every door, when a resident opens it at night it rings on our phone. The problem is one lady in room 21, she opens the door twenty times per night. She is looking for her husband. He died long ago. She calls «Arvid! Arvid!» in the corridor. So the alarm rings, rings, and you are tired, and then one time maybe you don't go.",
     [("21", ID), ("Arvid", PER)], ["per night"]),
    ("I", "What do you do then?", [], []),
    ("P", "I sit with her. I learned this from the nurse Kirsti Lunde, she is very old school, sixty-three and still working nights. She says, the sensor tells you the door is open, it doesn't tell you why. So I sit and we talk about Arvid. He was a sailor, he went to all the harbours in Europe. She tells the same stories. I like them, honestly.",
     [("Kirsti Lunde", PER), ("sixty-three", AGE), ("Arvid", PER)], []),
    ("I", "Have you experienced any difficult situations with relatives?", [], []),
    ("P", "One time, yes. A son of a resident came on the 17th of May, after the parade, a little drunk maybe, and he said he did not want «utlendinger» touching his father. In front of everyone. My leader, Gro Anita Fjeld, she took him to the office and talked for one hour. After, she wrote it as avvik, and she told me, you go home, you get paid. I did not go home. I stayed.",
     [("the 17th of May", DAT), ("Gro Anita Fjeld", PER)], ["avvik"]),
    ("I", "Are there residents from other countries?", [], []),
    ("P", "Yes, now we have one old man from Asmara, Ato Tesfay — Ato is like Mister. He is eighty-one, he came to live with his daughter here. He speaks only Tigrinya and a little Italian. So I am the interpreter, but I am not interpreter, I am helsefagarbeider. When I'm not at work, they call me. My phone, 458 90 332, everybody has it. Even the doctor.",
     [("Asmara", PLC), ("Tesfay", PER), ("eighty-one", AGE), ("458 90 332", PHO)], ["Tigrinya", "Italian"]),
    ("I", "Could the technology help with that?", [], []),
    ("P", "We tried the tablet with video interpreting, from Telemark Tolkesentral. It was okay, but the interpreter was Eritrean also and he started to talk with the old man about politics, and Tesfay became very upset. So... technology is technology. People are people.",
     [("Telemark Tolkesentral", ORG), ("Tesfay", PER)], []),
    ("I", "Thank you, Yonas. Anything else you want to say?", [("Yonas", PER)], []),
    ("P", "Only that we need more Norwegian courses at work, paid ones. And thank you for asking us, not only the leaders.",
     [], []),
])

# ---------------------------------------------------------------- P12  (Stavanger, GP)
add("P12", "nb", "nb-stavanger", [
    ("I", "Takk for at du tar deg tid midt i en travel dag. Kan du si litt om legekontoret?", [], []),
    ("P", "Ja då. Me e fem fastlega på Hundvåg legesenter, og eg har vært her i snart femten år. Me har ei ganske gammal liste, mange eldre, ein del ute på Buøy som har bodd her hele livet. Eg har vel ein 1100 på lista, og ein sånn hundre av dei får hjemmetjenester.",
     [("Hundvåg legesenter", ORG), ("Buøy", PLC)], ["fastlega", "livet"]),
    ("I", "Hvordan er samarbeidet med hjemmesykepleien?", [], []),
    ("P", "Det går mest på PLO-meldinger. Og det e bra, for det meste. Men det kommer mange. Sånn: «Bruker klager over vondt i foten, ønsker legetime», og så ingenting mer. Ka for en fot? Ka slags vondt? Eg har begynt å ringe tilbake. Ho som e fagansvarlig i Hundvåg/Storhaug hjemmebaserte tjenester, Ellen Tjelta, ho og eg har en avtale nå om en telefon hver torsdag klokka tolv.",
     [("Hundvåg/Storhaug hjemmebaserte tjenester", ORG), ("Ellen Tjelta", PER)], ["PLO-meldinger", "torsdag"]),
    ("I", "Og multidose?", [], []),
    ("P", "Ja, det e jo apoteket som pakker, Apotek 1 Hillevåg for de fleste av mine. Problemet e når me endrer en medisin midt i en periode. Då må dei kaste hele rullen, og det tar fjorten dager før ny kommer. Eg hadde en pasient, ein mann på åttisju, me kan kalle han Sverre, der me seponerte Albyl etter en blødning på SUS den 11. oktober, og han fikk likevel Albyl i tolv dager til, fordi rullen var pakka.",
     [("Apotek 1 Hillevåg", ORG), ("åttisju", AGE), ("Sverre", PER), ("SUS", ORG), ("den 11. oktober", DAT)], ["Albyl"]),
    ("I", "Hvordan ble det oppdaget?", [], []),
    ("P", "Det va datteren, ho e sykepleier på Madla, og ho så det i Helsenorge, i legemiddellista. Ho ringte meg på privaten en søndag, eg vet ikkje kor ho hadde fått nummeret. Men ho hadde rett, så eg klager ikkje.",
     [("Madla", PLC)], ["Helsenorge", "søndag"]),
    ("I", "Hva tenker du om velferdsteknologi, sett fra legesiden?", [], []),
    ("P", "Eg e positiv, men eg blir lite spurt. GPS, for eksempel, då skal legen gjerne skrive en uttalelse om samtykkekompetanse, og det e fint, men eg hadde aldri sett en sånn GPS-klokke før Ole Kristian fra velferdsteknologiteamet i kommunen kom hit en dag og viste oss. Det va en god dag. Me lo mye.",
     [("Ole Kristian", PER)], ["GPS-klokke"]),
    ("I", "Har du eksempler på vanskelige etiske saker?", [], []),
    ("P", "Ja. Ei dame på Tasta, ho Inger, der datteren bodde i Sandnes og var veldig engasjert. Ho hadde Lewy body-demens og gikk ut om natta. Datteren ville ha både GPS og kamera, og dørlås. Eg skreiv at ho ikkje hadde samtykkekompetanse den 2/3-22, og det va et av de vanskeligste papirene eg har skrevet. Ho døde i mai. Det ligger i journalen som notat.",
     [("Tasta", PLC), ("Inger", PER), ("Sandnes", PLC), ("2/3-22", DAT)], ["Lewy body-demens"]),
    ("I", "Hva ønsker du deg framover?", [], []),
    ("P", "At me får sitte i de samme møtene. Og at dei slutter med faks. Me har faktisk fortsatt en faks til legevakta, 51 91 37 40. Det e jo 2020-tallet!",
     [("51 91 37 40", PHO)], ["faks"]),
    ("I", "Takk skal du ha.", [], []),
    ("P", "Bare hyggelig. Og send meg gjerne rapporten, til kari.b.sele@hundvaglegesenter.no. Det e meg, Kari Bø Sele.",
     [("kari.b.sele@hundvaglegesenter.no", EML), ("Kari Bø Sele", PER)], []),
])

# ---------------------------------------------------------------- P13  (speech-to-text, English, Lithuanian night worker)
add("P13", "en", "stt-en", [
    ("I", "so first could you tell me a bit about yourself", [], []),
    ("P", "yes my name is vilma kazlauskiene i come from kaunas and i work in kristiansund at the nursing home nordlandet sykehjem on the night shift for six years now",
     [("vilma kazlauskiene", PER), ("kaunas", PLC), ("kristiansund", PLC), ("nordlandet sykehjem", ORG)], ["six years"]),
    ("I", "what technology do you use at night", [], []),
    ("P", "we have the bed sensors under the mattress and the phone the alarm phone and since last year the camera but not real camera it's like a sensor that sees the person as a shape and sends alarm if they sit on the edge of the bed for too long so it's good for us because we are only two at night for twenty six residents me and usually joanna or the the vikar",
     [("joanna", PER)], ["vikar", "twenty six residents"]),
    ("I", "can you tell me about a night that stays with you", [], []),
    ("P", "yes there was a night in the winter the fourth of february i remember because it was my son's birthday and i was sad not to be home and the sensor on room two hundred and six showed the man sitting on the bed edge and then lying and then nothing and i thought okay he is sleeping but then i went anyway and he was on the floor between the bed and the wall the sensor thought he was still in the bed",
     [("the fourth of february", DAT), ("two hundred and six", ID)], []),
    ("I", "what happened then", [], []),
    ("P", "i called the nurse on duty she sits in the other building at the vagt desk her number is internal two two four five and she came and we called the legevakt and the ambulance came and took mister olsen to the hospital he had a hip fracture but he survived he was ninety four",
     [("two two four five", PHO), ("olsen", PER), ("ninety four", AGE)], ["legevakt", "hip fracture"]),
    ("I", "how was it reported", [], []),
    ("P", "we wrote avvik in the system and my leader went through it with the supplier a woman from the company came her name was i think karin moe and they found the sensor was put wrong on the bed after the bed was changed on the twenty ninth of january the sensor was not moved with it",
     [("karin moe", PER), ("the twenty ninth of january", DAT)], ["avvik"]),
    ("I", "how do you feel about the technology now", [], []),
    ("P", "mixed i trust it but not hundred percent my colleague joanna she says never trust the machine always walk the round one time per night and i agree with her we walk at three o'clock every night",
     [("joanna", PER)], ["hundred percent", "per night", "three o'clock"]),
    ("I", "is there anything about language or culture that matters here", [], []),
    ("P", "yes sometimes residents don't understand my norwegian at night when they are confused and one lady she was from averøy she always called me inger she thought i was her sister inger so i said yes i am inger it is easier and her daughter she said it is fine she wrote to me on messenger thank you vilma you are an angel",
     [("averøy", PLC), ("inger", PER), ("vilma", PER)], ["messenger"]),
    ("I", "thank you is there anything else", [], []),
    ("P", "if you want to contact me again my number is nine eight one two three four five six no no sorry nine eight one two three four five seven yes and my email vilma k eighty eight at hotmail dot com",
     [("nine eight one two three four five six", PHO), ("nine eight one two three four five seven", PHO),
      ("vilma k eighty eight at hotmail dot com", EML)], []),
])

# ---------------------------------------------------------------- P14  (Oslo-east, health secretary)
add("P14", "nb", "nb-oslo-ost", [
    ("I", "Kan du fortelle litt om hva du gjør på jobb?", [], []),
    ("P", "Ja, altså, jeg er helsesekretær, har vært det i tjueto år, på samme legekontor, Kampen legesenter, nede i Normannsgata 41. Vi er fire leger og to sekretærer. Det er ikke store greiene, men det er vårt, liksom.",
     [("Kampen legesenter", ORG), ("Normannsgata 41", ADR)], ["helsesekretær", "tjueto år"]),
    ("I", "Hvordan har det digitale endret jobben din?", [], []),
    ("P", "Å herregud. Før var det telefonen som ringte hele dagen. Nå er det Helsenorge-meldinger hele dagen OG telefonen. Vi får sånn seksti, sytti meldinger om dagen. Og folk skriver alt mulig, altså. En dame skrev i går — jeg husker det ordrett — «Hei, det er Bjørg Aasen, fødselsnummer 120547 38921, jeg trenger resept på de hvite, ikke de blå». Hun skrev fødselsnummeret sitt i meldinga! Vi ser jo hvem det er, liksom.",
     [("Bjørg Aasen", PER), ("120547 38921", ID)], ["Helsenorge-meldinger"]),
    ("I", "Hva med de eldste pasientene?", [], []),
    ("P", "De ringer. De eldste ringer, og de vil snakke med meg, ikke med en robot. Vi fikk ny telefonløsning med køsystem i januar, «tast 1 for resept», og han gamle Kolbjørn, han er nittitre, han ringte og sa «jeg har ikke noe tast, jeg har en telefon med snor». Så nå ringer han direkte på skranka, 22 67 14 09, det nummeret har bare noen få.",
     [("Kolbjørn", PER), ("nittitre", AGE), ("22 67 14 09", PHO)], ["januar", "tast 1"]),
    ("I", "Hvordan er samarbeidet med hjemmetjenesten?", [], []),
    ("P", "Ganske tett, med hjemmetjenesten i bydel Gamle Oslo. De ringer om medisinlister, om pasienter som har fått multidose. Og det er a Line der som er gull, hun ringer alltid før hun sender noe. Her på Kampen er det jo mange som bor alene, eldre damer med katter og trapper uten heis.",
     [("Gamle Oslo", PLC), ("Line", PER), ("Kampen", PLC)], ["multidose"]),
    ("I", "Har det vært situasjoner der teknologien har skapt problemer?", [], []),
    ("P", "Ja, da vi byttet journalsystem, fra Infodoc til et nytt, 6. november, en mandag, og den første uka fant vi ingenting. Doktor Mikkelsen satt og bannet på norsk og dansk, han er halvt dansk, og jeg sa til 'n, du Frode, vi klarer oss, vi har jo papir.",
     [("6. november", DAT), ("Mikkelsen", PER), ("Frode", PER)], ["Infodoc", "mandag"]),
    ("I", "Hvordan håndterer dere personopplysninger i skranken?", [], []),
    ("P", "Vi er strenge. Vi sier aldri fødselsnummer høyt i venterommet. Men det er jo lytt der. En gang sto en mann og sa hele nummeret sitt høyt i skranka, «null-seks-null-tre-fem-ni, og så fem-fire-fire-én-to», så hele venterommet hørte det. Jeg ba 'n stoppe, men det var for sent.",
     [("null-seks-null-tre-fem-ni", ID), ("fem-fire-fire-én-to", ID)], []),
    ("I", "Hvordan ser du på framtida for yrket?", [], []),
    ("P", "Jeg er bekymra. De snakker om KI som skal svare på meldinger. Kanskje det går. Men hvem skal høre at fru Pedersen i Smedgata 14B ikke høres ut som seg sjøl i telefonen? Det var sånn vi skjønte at a hadde fått slag, i mars i fjor. Ingen KI hadde hørt det.",
     [("Pedersen", PER), ("Smedgata 14B", ADR)], ["KI"]),
    ("I", "Tusen takk for praten.", [], []),
    ("P", "Bare hyggelig. Og hvis du ringer igjen på en fredag, så er det Tove-Lise du får. Vi kaller a Lisa når hun ikke hører det.",
     [("Tove-Lise", PER), ("Lisa", PER)], ["fredag"]),
])

# ---------------------------------------------------------------- P15  (Danish occupational therapist)
add("P15", "da", "da", [
    ("I", "Velkommen. Du kan bare snakke dansk, det går fint. Hva er jobben din?", [], []),
    ("P", "Tak. Ja, jeg er ergoterapeut i Arendal kommune, i hverdagsrehabiliteringen og hjælpemiddelteamet. Jeg er uddannet dernede og kom herop for en del år siden, fordi min mand er fra Tromøy. Jeg siger stadig «hjælpemiddel» og ikke «hjelpemiddel», og kollegerne griner af mig.",
     [("Arendal", PLC), ("Tromøy", PLC)], ["ergoterapeut"]),
    ("I", "Hvilke teknologier jobber du med?", [], []),
    ("P", "Trygghedspakken, som I kalder det: trygghetsalarm, komfyrvakt, sensorlys på vejen ud til toilettet, dørsensor. Og så bestiller vi fra NAV Hjelpemiddelsentral Agder, de har lageret i Kristiansand. Det går fint det meste af tiden. Men vi venter. Et løftesystem tog elleve uger sidste vinter.",
     [("NAV Hjelpemiddelsentral Agder", ORG), ("Kristiansand", PLC)], ["komfyrvakt", "elleve uger"]),
    ("I", "Kan du fortelle om en bruker der teknologien gjorde en forskjell?", [], []),
    ("P", "Ja. En dame på Hisøy — jeg kalder hende fru Holm, det er ikke hendes rigtige navn, hun hedder faktisk Åse Dalene, men... ups. Nu har jeg sagt det. I må fjerne det, ikke? Hun er seksoghalvfems og bor alene i et gammelt kaptajnshus. Med sensorlyset er hun ikke faldet en eneste gang siden juni.",
     [("Hisøy", PLC), ("Holm", PER), ("Åse Dalene", PER), ("seksoghalvfems", AGE)], ["juni"]),
    ("I", "Og der det ikke fungerte?", [], []),
    ("P", "Komfyrvagten hos en ældre mand på Stuenes. Han havde været skibskok hele sit liv, og komfyrvagten slukkede komfuret hver gang han stegte fisk. Så han skruede den simpelthen ned. Hans søn Torstein ringede til mig og sagde: han har taget den ned med en skruetrækker! Og det kan jeg jo godt forstå.",
     [("Stuenes", PLC), ("Torstein", PER)], ["skibskok"]),
    ("I", "Hvordan er det å jobbe som danske her?", [], []),
    ("P", "Det er fint. Min leder, Jorunn Skaare, er meget forstående. Men det er små ting: når jeg skriver vedtak, skriver jeg på dansk-norsk, og hun retter. Og datoer — vi skriver dem forskelligt. Jeg skrev engang «02.11» i en bestilling, og kollegaen troede det var februar. Det var 2. november. Så kom hjælpemidlet tre måneder for sent.",
     [("Jorunn Skaare", PER), ("02.11", DAT), ("2. november", DAT)], ["februar", "tre måneder"]),
    ("I", "Bruker dere video eller nettbrett i rehabiliteringen?", [], []),
    ("P", "Lidt. Vi har et projekt med skærmtræning sammen med fysioterapeuten, Jakob — han er også dansk, fra Aalborg, så vi er to. Folk kalder os «de danske». Vi har lavet videoer med øvelser og lagt dem på en tablet. Men det er virkelig svært for dem, der er over halvfems.",
     [("Jakob", PER), ("Aalborg", PLC)], []),
    ("I", "Hva ville gjort jobben din lettere?", [], []),
    ("P", "Bedre kommunikation med hjemmesygeplejen. De bruger Gerica, vi bruger... også Gerica, men forskellige moduler, og vi kan ikke se hinandens notater. Så jeg ringer til Arendal Øst hjemmetjeneste, til deres koordinator, på 37 01 35 52, flere gange om dagen.",
     [("Arendal Øst hjemmetjeneste", ORG), ("37 01 35 52", PHO)], ["Gerica"]),
    ("I", "Tusen takk, Mette.", [("Mette", PER)], []),
    ("P", "Selv tak. Og du kan skrive til mig på mette.kjaer.lund@arendal.kommune.no, hvis du har flere spørgsmål.",
     [("mette.kjaer.lund@arendal.kommune.no", EML)], []),
])

# ---------------------------------------------------------------- P16  (Finnmark, Sámi-speaking nurse)
add("P16", "nb", "nb-finnmark", [
    ("I", "Buorre beaivi, og takk for at du stiller opp. Vil du fortelle litt om deg selv?", [], ["Buorre beaivi"]),
    ("P", "Buorre beaivi. Ja, jeg heter Máret Ánne, og jeg er sykepleier i hjemmesykepleien i Karasjok — Kárášjohka, som vi sier. Jeg er oppvokst langt ute på vidda og snakker samisk hjemme. Det er jo de fleste av brukerne våre som også snakker samisk, så det er en stor del av jobben, det.",
     [("Máret Ánne", PER), ("Karasjok", PLC), ("Kárášjohka", PLC)], ["sykepleier"]),
    ("I", "Hvordan passer velferdsteknologien inn her?", [], []),
    ("P", "Det er... ja. Alt kommer på norsk. Medisindispenseren sier «Det er tid for medisinen din» på bokmål. Og en áhkku på nittisju, hun forstår ikke det. Så hun tror det er radioen som snakker. Vi har spurt leverandøren om samisk tale, det var på et møte den 19. september 2022, og de sa at de skulle se på det. Vi venter fortsatt.",
     [("nittisju", AGE), ("den 19. september 2022", DAT)], ["áhkku", "bokmål"]),
    ("I", "Har dere GPS-er?", [], []),
    ("P", "Ja, vi har noen. Og her er det spesielt, for her går gamle folk ut på vidda. Det var en ádjá, Niillas, han var åttiseks, han hadde vært reineier hele livet, og han gikk ut i mars, i minus tretti, fordi han skulle se til reinen. Reinen var jo solgt for mange år siden. GPS-en viste at han var ved veien mot Lakselv, og sønnen, Issát Somby, kjørte snøscooter og fant ham.",
     [("Niillas", PER), ("åttiseks", AGE), ("Lakselv", PLC), ("Issát Somby", PER)], ["ádjá", "mars", "minus tretti"]),
    ("I", "Hvordan opplevde familien det?", [], []),
    ("P", "Issát sa etterpå at det var første gang han var glad for en dings. Men han sa også at faren skulle fått gå. At det er en gammel manns rett å gå på vidda. Det er ikke så enkelt. Vi tok det opp i et møte med kommuneoverlegen, Inga Marja Bongo, og vi ble ikke ferdige med det.",
     [("Issát", PER), ("Inga Marja Bongo", PER)], []),
    ("I", "Bruker dere tolk?", [], []),
    ("P", "Ikke så ofte, fordi vi snakker samisk selv, de fleste av oss. Men når det kommer vikarer sørfra, da er det vanskelig. Vi hadde en dansk vikar i sommer, Rasmus, kjempefin gutt, men han skjønte ingenting av hva áhkku sa. Hun kalte ham «dáža-bárdni», norsk gutt, omtrent, og det syntes han var morsomt.",
     [("Rasmus", PER)], []),
    ("I", "Hvordan er det med avstander og biler?", [], []),
    ("P", "Lange. Vi kjører mange mil. Vi har to Toyota-er, VD 12 448 og VD 90 317, og den ene har firehjulstrekk. Om vinteren er det den alle vil ha. Vi har lagt inn i Gerica hvem som har hvilken bil, men det er mest lappen i vaktrommet som gjelder.",
     [("VD 12 448", ID), ("VD 90 317", ID)], ["mange mil", "Gerica"]),
    ("I", "Hvem kontakter du når noe ikke virker?", [], []),
    ("P", "IT-personen vår, Ánde, han sitter på rådhuset. Han har nummer 78 46 60 18. Eller så tar jeg mobilen hans, 41 22 90 75. Han kommer alltid, også om kvelden. Han er fra Tana, han.",
     [("Ánde", PER), ("78 46 60 18", PHO), ("41 22 90 75", PHO), ("Tana", PLC)], []),
    ("I", "Giitu, takk for samtalen.", [], ["Giitu"]),
    ("P", "Giitu. Og husk: teknologien må snakke samisk. Ellers er den ikke for oss.",
     [], []),
])

# ---------------------------------------------------------------- P17  (English, Syrian pharmacist)
add("P17", "en", "en", [
    ("I", "Thank you for joining. Could you describe your role?", [], []),
    ("P", "Sure. I am a pharmacist — farmasøyt — at Vitusapotek Bragernes. I came from Aleppo as a refugee, and I had to take everything again, the approval from Helsedirektoratet, exams, language tests. Now I am responsible for the multidose in our pharmacy, we handle around four hundred patients in Drammen.",
     [("Vitusapotek Bragernes", ORG), ("Aleppo", PLC), ("Helsedirektoratet", ORG), ("Drammen", PLC)], ["farmasøyt"]),
    ("I", "How does the cooperation with home care work?", [], []),
    ("P", "It's mostly e-resept and the medication list. But the problem is timing. The rolls are packed every fourteen days, and we send them on Thursdays. If the doctor changes something on a Friday, the roll is already done. Then the home nurses must take out pills by hand. And that's where mistakes happen.",
     [], ["e-resept", "fourteen days", "Thursdays", "Friday"]),
    ("I", "Can you give an example?", [], []),
    ("P", "Yes, there was a woman — I will only say the initials, M. K., she was seventy-nine — where the GP stopped warfarin and started Eliquis. That was the 22nd of August. But the home nurse in Konnerud took out the wrong tablet from the bag. For five days she had both. The daughter noticed bruises on her arms. Luckily nothing worse happened.",
     [("M. K.", PER), ("seventy-nine", AGE), ("the 22nd of August", DAT), ("Konnerud", PLC)], ["warfarin", "Eliquis"]),
    ("I", "How was that followed up?", [], []),
    ("P", "We had a meeting with home care and the doctor's office, Gulskogen legesenter, and we made a new routine: if there is a change, the doctor calls us directly. We have a direct line, 32 21 84 70, only for home care and doctors. I wrote the routine myself, and I am a bit proud of it.",
     [("Gulskogen legesenter", ORG), ("32 21 84 70", PHO)], []),
    ("I", "What about the medicine dispensers, Evondos and so on?", [], ["Evondos"]),
    ("P", "Those take our multidose rolls, so we must be very careful with the format. One time the label was printed with the name cut — not the wrong patient, but the printer cut it. It said HANSEN BJ instead of Hansen, Bjørg Elise. The nurse, Trude, called me at seven in the morning, very worried. She was right to worry.",
     [("HANSEN BJ", PER), ("Hansen, Bjørg Elise", PER), ("Trude", PER)], []),
    ("I", "Do you meet patients yourself?", [], []),
    ("P", "Sometimes at the counter. Old people come and ask, why do I have eight pills in the morning? And I explain. I also speak Arabic, so some of the Syrian and Iraqi elderly come only to me. Mr. Haddad, he is eighty-four, he comes every Tuesday, just to talk. We talk about food, mostly. And about home.",
     [("Haddad", PER), ("eighty-four", AGE)], ["Arabic", "Tuesday"]),
    ("I", "How do your colleagues see your background?", [], []),
    ("P", "Mostly good. My boss, Kjersti Amundsen, pushed me to take the leader course. But sometimes customers ask, can I talk to a Norwegian pharmacist? And I say, I am a Norwegian pharmacist. My name is on the badge, Nour Al-Khatib, farmasøyt.",
     [("Kjersti Amundsen", PER), ("Nour Al-Khatib", PER)], []),
    ("I", "Is there anything you'd like to add?", [], []),
    ("P", "If you want the routine document, just write to me, nour.alkhatib@vitusapotek.no. And say hello to Trude if you meet her, she's the best nurse in that district.",
     [("nour.alkhatib@vitusapotek.no", EML), ("Trude", PER)], []),
])

# ---------------------------------------------------------------- P18  (nynorsk, Romsdal union representative)
add("P18", "nn", "nn-romsdal", [
    ("I", "Du er hovudtillitsvald. Kan du seie litt om rolla di?", [], ["hovudtillitsvald"]),
    ("P", "Ja, e er hovudtillitsvald for Fagforbundet i Molde kommune, og har vore det sidan samanslåinga. Før det var e helsefagarbeidar på Røystunet omsorgssenter, og e har framleis femti prosent der, for e vil ikkje miste kontakten med golvet.",
     [("Fagforbundet", ORG), ("Molde", PLC), ("Røystunet omsorgssenter", ORG)], ["femti prosent"]),
    ("I", "Korleis har de som fagforeining møtt velferdsteknologien?", [], []),
    ("P", "Positivt, i utgangspunktet. Me e ikkje imot teknologi. Men når det kjem eit prosjekt som seie at digitalt nattilsyn skal spare to nattevakter, då må me vere med. Det var eit drøftingsmøte 28. oktober 2021, og e hugse at kommunalsjefen, Petter Eide, sa at ingen skulle miste jobben. Det står i protokollen. E har han i permen heime.",
     [("28. oktober 2021", DAT), ("Petter Eide", PER)], ["drøftingsmøte"]),
    ("I", "Og mista nokon jobben?", [], []),
    ("P", "Ikkje formelt. Men stillingar vart ikkje lyst ut att. Ho Bente frå Hjelset gjekk av med pensjon i mars, og stillinga hennar berre forsvann. Og Thuy, som hadde vikariat i tre år, ho fekk ikkje fast. Det e sånn det skjer. Ikkje med ein smell, men stille.",
     [("Bente", PER), ("Hjelset", PLC), ("Thuy", PER)], ["mars"]),
    ("I", "Har du konkrete saker du har jobba med?", [], []),
    ("P", "Ja. Ei sak i fjor med eit medlem som fekk skulda for eit fall, fordi ho ikkje hadde sjekka nettbrettet. Bebuaren på rom 2-17 fall klokka halv fire. Ho var åleine på vakt med tjueein bebuarar på to avdelingar. E skreiv til Arbeidstilsynet, saksnummeret var 2022/31477, og dei kom på tilsyn den 9. februar.",
     [("2-17", ID), ("Arbeidstilsynet", ORG), ("2022/31477", ID), ("den 9. februar", DAT)], ["klokka halv fire"]),
    ("I", "Kva kom ut av tilsynet?", [], []),
    ("P", "Pålegg om risikovurdering. Og det va bra. Men medlemmen, ho har slutta no, ho jobbar på butikken på Årø. Ho seie ho søv betre. E tenkje på ho av og til.",
     [("Årø", PLC)], ["av og til"]),
    ("I", "Korleis er samarbeidet med leiinga elles?", [], []),
    ("P", "Varierande. Den nye einingsleiaren, Hilde-Kristin Vågen, er open og ærleg, me drikk kaffi kvar måndag. Men toppleiinga, dei ser på tal. Tal og kroner.",
     [("Hilde-Kristin Vågen", PER)], ["måndag"]),
    ("I", "Kva tenkjer medlemmane dine om teknologien?", [], []),
    ("P", "Dei unge likar det. Dei eldre e skeptiske. Og så e det dei som e midt i mellom, som Åge, han e femtiåtte og superbrukar, og han seie at det e ikkje teknologien det e feil med, det e bemanninga. Han har rett, Åge.",
     [("Åge", PER), ("femtiåtte", AGE)], ["superbrukar"]),
    ("I", "Kan eg kontakte deg igjen om det skulle dukke opp noko?", [], []),
    ("P", "Ja, ring meg på 958 20 466, eller send e-post til frode.rakvag@fagforbundet.no. Rakvåg med å, men i e-posten e det a.",
     [("958 20 466", PHO), ("frode.rakvag@fagforbundet.no", EML), ("Rakvåg", PER)], []),
])

# ---------------------------------------------------------------- P19  (speech-to-text, bokmål, legevakt nurse)
add("P19", "nb", "stt-nb", [
    ("I", "da kjører vi i gang kan du si litt om hvor du jobber", [], []),
    ("P", "ja jeg jobber som sykepleier på hamar interkommunale legevakt vi dekker fire kommuner og jeg har vært der i en åtte år og før det var jeg på akuttmottaket på sykehuset innlandet hamar",
     [("hamar interkommunale legevakt", ORG), ("sykehuset innlandet hamar", ORG)], ["sykepleier", "åtte år", "akuttmottaket"]),
    ("I", "hvordan møter dere velferdsteknologien fra legevaktas side", [], []),
    ("P", "ja det er egentlig mest når trygghetsalarmene går videre til oss om natta i helgene for responssenteret i kommunen er bare bemannet til elleve eh om kvelden og da kommer det til oss og det kan være alt fra at noen har trykket på knappen ved et uhell til at noen ligger på gulvet",
     [], ["trygghetsalarmene", "elleve"]),
    ("I", "kan du gi et eksempel", [], []),
    ("P", "ja det var en natt i vinter den tjuende tror jeg ja tjuende januar en mann i ottestad han het eh vi kan si navnet nei jeg sier bare fornavnet halvor han hadde trykket og sa bare at det er kaldt det er så kaldt og så la han på og vi fikk ikke tak i han igjen så vi sendte ambulansen og det viste seg at strømmen hadde gått i hele huset",
     [("tjuende januar", DAT), ("ottestad", PLC), ("halvor", PER)], []),
    ("I", "hvordan var han da de kom fram", [], []),
    ("P", "han var nedkjølt men i live han var nittien år og hadde sittet i stolen i fire timer med frakken på de fikk han inn på sykehuset og kona hans hun bor på vangsåsen sykehjem hun ringte meg dagen etterpå fra telefonen på rommet og takket",
     [("nittien år", AGE), ("vangsåsen sykehjem", ORG)], ["fire timer"]),
    ("I", "hvordan er kommunikasjonen med hjemmetjenesten", [], []),
    ("P", "den er grei men vi har ikke tilgang til journalen deres så vi må ringe og de har et vaktnummer som er ni to fire fem åtte to null en altså 924 58 201 og det nummeret står på en lapp på skjermen hos oss",
     [("ni to fire fem åtte to null en", PHO), ("924 58 201", PHO)], []),
    ("I", "har det vært situasjoner med gps søk", [], []),
    ("P", "ja flere ganger en gang i høst var det en dame med demens som hadde gått fra omsorgsboligen i løten og politiet ringte oss og lurte på om vi hadde sett henne og så fikk vi posisjonen fra klokka via hjemmetjenesten og hun satt på en benk ved bensinstasjonen og spiste boller",
     [("løten", PLC)], ["demens", "i høst"]),
    ("I", "hvordan dokumenterer dere", [], []),
    ("P", "vi skriver i cgm journal og så sender vi epikrise til fastlegen og hjemmetjenesten jeg husker jeg skrev en om han halvor til doktor lien på stange legesenter og han ringte meg tilbake og sa at det var den beste epikrisen han hadde fått fra legevakta noensinne så det var hyggelig",
     [("halvor", PER), ("lien", PER), ("stange legesenter", ORG)], ["cgm journal", "epikrise"]),
    ("I", "tusen takk", [], []),
    ("P", "ja bare hyggelig og du kan sende meg det på mail tone punktum bakken at hamar punktum kommune punktum no eller så er jeg på legevakta på tirsdager og torsdager jeg heter tone bakken forresten",
     [("tone punktum bakken at hamar punktum kommune punktum no", EML), ("tone bakken", PER)], []),
])

# ---------------------------------------------------------------- P20  (Østfold, ambulance)
add("P20", "nb", "nb-ostfold", [
    ("I", "Kan du fortelle litt om jobben din?", [], []),
    ("P", "Je kjører ambulanse for Sykehuset Østfold, stasjonert i Sarpsborg, har gjort det i snart tjue år. Før var je i brannvesenet i Halden. Det er no anna det her, altså. Du ser folk hjemme hos seg sjøl, og det ser du itte på sykehuset.",
     [("Sykehuset Østfold", ORG), ("Sarpsborg", PLC), ("Halden", PLC)], ["tjue år"]),
    ("I", "Hvordan merker dere velferdsteknologien i ambulansetjenesten?", [], []),
    ("P", "Fallalarmene, først og fremst. Vi får jo mange løfteoppdrag, der noen har falt og itte kommer seg opp. Før var det hjemmetjenesten som løfta, nå ringer dem oss. Je skjønner det, dem har ryggen sin å tenke på, men vi er en ambulanse, itte et flyttebyrå, liksom.",
     [], ["løfteoppdrag", "liksom"]),
    ("I", "Har du et eksempel som har blitt sittende?", [], []),
    ("P", "Jo. Det var en kar på Greåker, i åttiåra, tidligere sjåfør på Borregaard, og han hadde falt i trappa. Alarmen gikk fra klokka på armen. Vi kom dit, døra var låst, og nøkkelboksen hadde en kode som itte stemte. Vi sto der i kulda med'n inne og ropte. Til slutt ringte kollegaen min, Kenneth, til responssenteret og fikk ny kode. Ni minutter. Det er lenge når en gammel mann ligger på ei steintrapp.",
     [("Greåker", PLC), ("åttiåra", AGE), ("Borregaard", ORG), ("Kenneth", PER)], ["nøkkelboksen", "Ni minutter"]),
    ("I", "Hvordan gikk det med ham?", [], []),
    ("P", "Han hadde brukket hofta. Vi kjørte'n til Kalnes. Kona hans, Else-Marie, hu satt bak og holdt'n i handa hele veien og sang «Deilig er jorden», og han roa seg. Je glemmer itte det.",
     [("Kalnes", PLC), ("Else-Marie", PER)], ["Deilig er jorden"]),
    ("I", "Hvordan samarbeider dere med kommunen om nøkkelbokser og sånt?", [], []),
    ("P", "Dårlig, ærlig talt. Je sendte en e-post til hu som har ansvar for trygghetsalarmene i kommunen, Siv Andersen, den 5. januar, om at kodene må oppdateres. Je fikk svar i mars. Da hadde det skjedd to ganger til. Én gang i Skjeberg, og én gang til et annet sted.",
     [("Siv Andersen", PER), ("den 5. januar", DAT), ("Skjeberg", PLC)], ["mars"]),
    ("I", "Har dere tilgang til informasjon om pasientene før dere kommer fram?", [], []),
    ("P", "Noen ganger. AMK ringer og sier: «adressen er Tuneveien 88, 1712 Grålum, mann, nitti, falt, alarm fra hjemmetjenesten». Det er det vi vet. Vi vet itte om han har demens, vi vet itte om han er redd hunder, vi vet itte om det er en hund der. Og det har vært hund. Je ble biti i Rakkestad en gang.",
     [("Tuneveien 88, 1712 Grålum", ADR), ("nitti", AGE), ("Rakkestad", PLC)], ["AMK", "demens"]),
    ("I", "Hva med teknologien i selve bilen?", [], []),
    ("P", "Vi har nettbrett i bilen, med kart og journal. Bilen vår er EK 70 332, og nettbrettet i den har vært ødelagt siden påske. Vi bruker telefonen. Meldinger til sjefen, Geir Ove, går rett ut i sanden.",
     [("EK 70 332", ID), ("Geir Ove", PER)], ["påske"]),
    ("I", "Er det noe mer du vil si før vi runder av?", [], []),
    ("P", "Bare at vi må snakke sammen. Hjemmetjenesten, legevakta, oss. Vi kjører forbi hverandre hver dag. Og ring meg gjerne om det er no mer, 412 86 990. Spør etter Ronny.",
     [("412 86 990", PHO), ("Ronny", PER)], []),
])

# ---------------------------------------------------------------- P21  (English, Somali drug/alcohol-service worker)
add("P21", "en", "en", [
    ("I", "Thanks for meeting me, Hodan. Maybe you can start by telling me about your job?",
     [("Hodan", PER)], []),
    ("P", "Yes, okay. I'm a miljøterapeut in rus og psykisk helse in Bodø kommune. We follow people living in their own homes, people with addiction, some also with psychosis. I came from Mogadishu when I was a child and grew up here, so I'm more nordlending than Somali, my mother says.",
     [("Bodø", PLC), ("Mogadishu", PLC)], ["miljøterapeut"]),
    ("I", "How do you use digital tools in your follow-up?", [], []),
    ("P", "We use video calls sometimes, through Helsenorge, but many of our clients don't have BankID, or they lose the phone every second week. So honestly, we use SMS. Normal SMS. Which is not really allowed for sensitive things. So we write, «Hei, husker du avtalen i morgen kl 10?» and nothing more.",
     [], ["Helsenorge", "BankID", "SMS", "kl 10"]),
    ("I", "Can you tell me about a client where technology helped?", [], []),
    ("P", "Yeah. There is one guy, I'll call him Stian, in his thirties, on LAR, the substitution treatment. He got the medicine dispenser with a lock, and that was the first time in years he didn't sell his medicine. He said, «Hodan, the machine doesn't negotiate.» And that's true. I negotiate too much.",
     [("Stian", PER), ("thirties", AGE), ("Hodan", PER)], ["LAR"]),
    ("I", "And where it didn't help?", [], []),
    ("P", "A woman on the other side of town, her son was... she called him «my little Abdi» even though he was forty. She got the trygghetsalarm, but she used it to call us every night when he was not home. Fifteen, twenty times. The responssenter called me, the woman there, Anniken Sørli, she was so patient. In the end we had a meeting on the 30th of November and we changed the whole plan.",
     [("Abdi", PER), ("forty", AGE), ("Anniken Sørli", PER), ("the 30th of November", DAT)], ["trygghetsalarm"]),
    ("I", "How do you coordinate with the GP and the hospital?", [], []),
    ("P", "Nordlandssykehuset, the psychiatric emergency, they send e-messages. The GPs, it depends. Dr. Vik, she's great, she is the GP for many of our clients. She gave me her direct number, 75 59 43 21, and she says call if it's urgent. I never misuse it.",
     [("Nordlandssykehuset", ORG), ("Vik", PER), ("75 59 43 21", PHO)], []),
    ("I", "Do cultural or language issues come up in your work?", [], []),
    ("P", "Sometimes. In Somali families, they don't want to talk about rus. Khat, alcohol, it's shame. So when they see me, a Somali woman, coming to the house, they worry what the community will say. One father told me, please park the car around the corner. The car has the kommune logo, and everyone knows the number, EL 55 120. So I park at the shop and walk.",
     [("EL 55 120", ID)], ["Khat"]),
    ("I", "How do you take care of yourself?", [], []),
    ("P", "I go to Saltstraumen with my kids, fishing. And I have good colleagues. Marius and Bo-Inge, they are the only men in the team, they make the coffee. Every Friday we have «fredagsmøte» with waffles.",
     [("Saltstraumen", PLC), ("Marius", PER), ("Bo-Inge", PER)], ["Friday"]),
    ("I", "Is there anything else you'd like to add?", [], []),
    ("P", "Only: if your report mentions me, call me «a worker». Not Hodan Abdullahi from Bodø. Everyone knows me here.",
     [("Hodan Abdullahi", PER), ("Bodø", PLC)], []),
])

# ---------------------------------------------------------------- P22  (Vestfold, public-health nurse)
add("P22", "nb", "nb-vestfold", [
    ("I", "Kan du begynne med å fortelle hva en helsesykepleier gjør hos dere?", [], ["helsesykepleier"]),
    ("P", "Ja, altså, je jobber halvparten på Larvik helsestasjon og halvparten i skolehelsetjenesten på Furuheim ungdomsskole. Hu som var der før meg, Kari Sofie, hu gikk av med pensjon etter førti år, så det var store sko å fylle, som dem sier.",
     [("Larvik helsestasjon", ORG), ("Furuheim ungdomsskole", ORG), ("Kari Sofie", PER)], ["førti år"]),
    ("I", "Hvordan har digitaliseringen påvirket jobben?", [], []),
    ("P", "Mye. Vi har digital timebestilling nå, og chat for ungdom, og foreldrene får innkalling på Helsenorge. Og SYSVAK, vaksineregisteret, har jo vært digitalt lenge. Men det er mye som itte går automatisk. Vi har fremdeles papirjournaler for de eldste barna, de står i skap i kjelleren i Kongegata 12.",
     [("Kongegata 12", ADR)], ["Helsenorge", "SYSVAK"]),
    ("I", "Hvordan fungerer chatten med ungdommene?", [], []),
    ("P", "Den er gull. Ungdommer som aldri ville kommet på døra, dem skriver. En jente skrev en kveld, je husker det ordrett: «hei er du der? jeg heter Nora, jeg orker ikke mer». Og det var en tirsdag klokka ti på kvelden, chatten var egentlig stengt, men je så det fordi je hadde glemt å logge av.",
     [("Nora", PER)], ["tirsdag", "klokka ti"]),
    ("I", "Hva gjorde du da?", [], []),
    ("P", "Je ringte legevakta i Larvik, og så ringte je rektor, Tor Egil Waage, for å få nummeret til foreldrene. Og hu var trygg den natta. Hu går i tiende nå. Hu hilser på meg i gangen. Det er sånne ting som gjør at man blir i jobben.",
     [("Larvik", PLC), ("Tor Egil Waage", PER)], []),
    ("I", "Bruker dere tolk digitalt?", [], []),
    ("P", "Ja, skjermtolk, mye. Vi har familier fra mange land her. Vi bruker Vestfold Tolketjeneste, og det fungerer bra, for det meste. Men én gang hadde vi en mor, Amal, med en baby på seks uker, og tolken var fra samme landsby som henne, og da ville hu itte si noe om at hu hadde det vondt hjemme. Vi byttet tolk, og da kom det.",
     [("Vestfold Tolketjeneste", ORG), ("Amal", PER)], ["seks uker"]),
    ("I", "Hvordan samarbeider dere med fastlegene?", [], []),
    ("P", "Varierende. Noen legekontorer sender elektroniske meldinger, andre faxer fremdeles, ja. Stavern legesenter er flinke. Doktor Hallgeir Aune der ringer alltid tilbake. Vi har et direkte nummer til han, 33 19 62 05, det har vi fått lov til å bruke.",
     [("Stavern legesenter", ORG), ("Hallgeir Aune", PER), ("33 19 62 05", PHO)], []),
    ("I", "Har dere hatt problemer med personvern?", [], []),
    ("P", "Å ja. En gang sendte en kollega et skjema på e-post til feil Hansen. Det var Hansen i Tjølling og Hansen et annet sted, og det var en bekymringsmelding. Den havna hos en helt annen familie. Det ble avvik, nummer 2022-118, og etter det har vi en regel: aldri e-post. Og a Kari Sofie hadde jo sagt det hele tida.",
     [("Hansen", PER), ("Tjølling", PLC), ("2022-118", ID), ("Kari Sofie", PER)], ["avvik"]),
    ("I", "Noe mer du vil ha med?", [], []),
    ("P", "Nei, bare at helsesykepleiere trengs. Og at du kan nå meg på ingvild.hov@larvik.kommune.no, eller 950 44 731. Ingvild Hov, med én v.",
     [("ingvild.hov@larvik.kommune.no", EML), ("950 44 731", PHO), ("Ingvild Hov", PER)], ["helsesykepleiere"]),
])

# ---------------------------------------------------------------- P23  (nynorsk, Red Cross visiting volunteer, Sogn)
add("P23", "nn", "nn-sogn", [
    ("I", "Kan du fortelje korleis du vart besøksven?", [], []),
    ("P", "Eg vart pensjonist frå lærarjobben, og kona mi sa at eg måtte finne på noko før eg gjekk henne på nervane. Så eg melde meg i Sogndal Raudekross, og dei sette meg saman med ein eldre kar på Kaupanger. Det var i september 2019, eg hugsar det godt.",
     [("Sogndal Raudekross", ORG), ("Kaupanger", PLC), ("september 2019", DAT)], ["pensjonist"]),
    ("I", "Kven var han?", [], []),
    ("P", "Han heitte Sjur Hauge, nittiein år gamal, gardbrukar heile livet, frå ein gard inst i Lustrafjorden. Han hadde mist kona, og borna budde langt vekke. Han hadde ikkje snakka med nokon på fleire dagar då eg kom første gongen.",
     [("Sjur Hauge", PER), ("nittiein år", AGE), ("Lustrafjorden", PLC)], []),
    ("I", "Kom teknologi inn i besøka?", [], []),
    ("P", "Ja, etter kvart. Dottera hans, Ragnhild, kjøpte ein sånn Komp-skjerm, den med éin knapp, og sende bilete. Bilete av barnebarna. Sjur sat og såg på skjermen i timevis. Men han skjøna ikkje at han kunne snakke tilbake, så eg viste han. Første gongen han såg dottera på skjermen, sa han: «Nei, er det deg, Ragnhild? Du har fått nytt hår.»",
     [("Ragnhild", PER), ("Sjur", PER)], ["Komp-skjerm"]),
    ("I", "Har du hjelpt andre med digitale ting?", [], []),
    ("P", "Mykje. No har eg ei fast gruppe på biblioteket kvar onsdag, «Digital kaffi», der eldre kjem med telefonane sine. BankID, Vipps, Helsenorge. Og svindel! Ei dame, Ingebjørg, ho hadde fått ei melding om at ho skulle betale toll på ein pakke, og ho hadde nesten trykt på lenkja. Eg har teke bilete av meldinga og viser det til alle.",
     [("Ingebjørg", PER)], ["onsdag", "BankID", "Vipps"]),
    ("I", "Korleis samarbeider de med heimetenesta?", [], []),
    ("P", "Litt, ikkje mykje. Teieplikt, skjønar du. Men ein gong ringde eg heimetenesta fordi Sjur ikkje opna døra. Eg hadde nummeret på ein lapp i lommeboka: 57 62 90 14. Ho som svara, Eli, ho var der på ti minutt. Han hadde sovna i stolen med høyreapparatet ute. Me lo godt etterpå.",
     [("Sjur", PER), ("57 62 90 14", PHO), ("Eli", PER)], ["ti minutt", "høyreapparatet"]),
    ("I", "Kva skjedde med Sjur etter kvart?", [("Sjur", PER)], []),
    ("P", "Han døydde 1. juledag 2022. Då hadde han flytta til Kyrkjebakken omsorgssenter. Eg var der dagen før, og me såg på Komp-skjermen saman, bileta av barnebarna. Gravferda var i kyrkja heime hjå han, med mykje folk.",
     [("1. juledag 2022", DAT), ("Kyrkjebakken omsorgssenter", ORG)], []),
    ("I", "Kva tenkjer du om teknologien for einsame eldre?", [], []),
    ("P", "Det er eit hjelpemiddel. Men skjermen kan ikkje halde deg i handa. Eg trur Raudekrossen sin rolle blir viktigare, ikkje mindre. Me treng fleire besøksvener, særleg menn. Me er tre menn av tretti her: meg, Knut Olav og Haakon.",
     [("Raudekrossen", ORG), ("Knut Olav", PER), ("Haakon", PER)], ["tretti"]),
    ("I", "Takk for at du delte dette.", [], []),
    ("P", "Takk sjølv. Du kan nå meg på 905 17 862, eller på e-post, arne.leikanger@gmail.com. Eg svarar, men ikkje fort.",
     [("905 17 862", PHO), ("arne.leikanger@gmail.com", EML)], []),
])

# ---------------------------------------------------------------- P24  (Gudbrandsdal, son of an old farmer)
add("P24", "nb", "nb-gudbrandsdal", [
    ("I", "Du er pårørende til faren din. Kan du fortelle litt om situasjonen?", [], []),
    ("P", "Ja. Far min, Ivar, han e fødd i 1934, og han bur framleis på garden i Heidal, på Nordre Kleppe. E bur sjøl nedi dalen, så det e ein tjue minutt å køyre. Ho mor døydde for fire år sia, og sida då har det gått gradvis nedover med far.",
     [("Ivar", PER), ("1934", AGE), ("Heidal", PLC), ("Nordre Kleppe", PLC)], ["tjue minutt", "fire år"]),
    ("I", "Hvilke tjenester får han?", [], []),
    ("P", "Heimetenesta i Sel kjem tre gonger om dagen. Og så har han trygghetsalarm og ein sånn sensor ved senga som varslar om han står opp om natta og itte kjem tilbake. Det va ho Gudrun frå heimetenesta som foreslo det. Ho e frå Sjoa og kjenner far frå før, ho va med han i sanglaget.",
     [("Sel", PLC), ("Gudrun", PER), ("Sjoa", PLC)], ["trygghetsalarm"]),
    ("I", "Hvordan var det å takke ja til sensoren?", [], []),
    ("P", "Far sa nei først. «E e itte ei ku i fjøset som ska overvåkes», sa han. Men så datt han ei natt i vinter, og låg på golvet heilt til ho Gudrun kom klokka halv åtte. Etter det sa han ja. Det va 17. februar 2023, den datoen glømmer e itte.",
     [("Gudrun", PER), ("17. februar 2023", DAT)], ["klokka halv åtte"]),
    ("I", "Er dere enige i familien om teknologien?", [], []),
    ("P", "Nei. Syster mi, Anne Lise, ho bur i Oslo, og ho vil ha kamera. Ho vil sjå han på telefonen. E sa nei, det e far sitt hus, og han ska få gå på do utan at Anne Lise ser på. Vi hadde ein heftig krangel i jula. Ho ringde kommunen, og det vart eit møte med tildelingskontoret.",
     [("Anne Lise", PER), ("Oslo", PLC)], ["far sitt hus", "jula"]),
    ("I", "Hva skjedde i møtet?", [], []),
    ("P", "Dei va flinke. Ho som leia, Marte Sandbu frå tildelingskontoret, ho sa at det e far som bestemmer så lenge han kan. Og far sa, på sin måte: «Kamera kan dokk sette opp i fjøset». Det va det. Vedtaket fekk saksnummer 23/00412, og der står det at han har samtykka te sensor, itte kamera.",
     [("Marte Sandbu", PER), ("23/00412", ID)], ["samtykka"]),
    ("I", "Hvordan opplever du selv å være pårørende?", [], []),
    ("P", "Trøtt. E jobbe som snekker hos Rudi Bygg, og så køyrer e te far etter jobb og ordnar ved og post. Telefonen ligg på nattbordet. Det e e som står først på lista te alarmsentralen. Nummeret mitt, 959 21 470, står på ein lapp på kjøleskåpet hans, med store bokstava.",
     [("Rudi Bygg", ORG), ("959 21 470", PHO)], ["snekker"]),
    ("I", "Hva betyr teknologien for faren din, tror du?", [], []),
    ("P", "At han får bu heime. Det e det einaste han vil. Han e åttiåtte, han har budd på den garden sia han va liten gutt. Han sa te meg ein kveld: «Når e døyr, ska det vere her, Jon Erik. Itte på Sel-tunet.»",
     [("åttiåtte", AGE), ("Jon Erik", PER), ("Sel-tunet", ORG)], []),
    ("I", "Takk for at du deler dette.", [], []),
    ("P", "Takk te deg. Og ring gjerne om det e nåkå. Eller send ein e-post: jonerik.kleppe@online.no.",
     [("jonerik.kleppe@online.no", EML)], []),
])

# ================================================================ focus groups
# ---------------------------------------------------------------- P25  (bokmål, night staff, digital supervision)
add("P25", "nb", "nb", [
    ("I", "Velkommen alle sammen. Kan dere ta en runde og si hvem dere er og hvor lenge dere har jobbet natt?", [], []),
    ("A", "Jeg kan begynne. Siv, sykepleier, har gått natt på Bleikertunet i ni år. Før det var jeg på sykehus.",
     [("Siv", PER), ("Bleikertunet", ORG)], ["sykepleier"]),
    ("B", "Frank. Helsefagarbeider. Natt i... fjorten år? Femten. Jeg husker den gangen vi hadde personsøker, jeg.",
     [("Frank", PER)], ["personsøker"]),
    ("C", "Mona, assistent. Jeg er yngst her, jeg har bare vært her siden i fjor sommer. Jeg studerer sykepleie ved siden av.",
     [("Mona", PER)], []),
    ("D", "Jamal. Jeg kommer fra Homs, og jeg er helsefagarbeider. Jeg har jobbet natt i fire år. Jeg liker natt, det er roligere. Vanligvis.",
     [("Jamal", PER), ("Homs", PLC)], []),
    ("I", "Hva endret seg da dere fikk digitalt tilsyn?", [], []),
    ("A", "Vi gikk fra runder til skjerm. Det var natt til 1. november, jeg husker det fordi det var bursdagen min og jeg hadde tatt med bløtkake som ingen rakk å spise.",
     [("1. november", DAT)], []),
    ("B", "Og ingen visste hvordan vi skulle logge inn. Passordet sto på en gul lapp på skjermen. Det var det første jeg rev av.", [], []),
    ("C", "Var det ikke du som skrev den lappen, da?", [], []),
    ("B", "Det sier vi ikke høyt, Mona!", [("Mona", PER)], []),
    ("I", "Kan dere fortelle om en natt der det digitale tilsynet var avgjørende?", [], []),
    ("D", "Ja. Fru Lindqvist på rom 31. Hun er svensk, og hun var nittifire da. Skjermen viste at hun satt på sengekanten lenge, og så begynte hun å vugge fram og tilbake. Jeg gikk inn, og hun hadde feber, 39,8. Vi ringte legevakta, og hun kom på sykehuset samme natt. Lungebetennelse.",
     [("Lindqvist", PER), ("31", ID), ("nittifire", AGE)], ["39,8", "Lungebetennelse"]),
    ("A", "Og det hadde vi ikke sett med de gamle rundene. Hun ville ligget der til klokka fire.", [], ["klokka fire"]),
    ("C", "Men den gangen med Oskar da, Siv? Da sa skjermen at alt var i orden.",
     [("Oskar", PER), ("Siv", PER)], []),
    ("A", "Ja, Oskar. Den trodde han lå i sengen, for han hadde lagt dyna og puta sånn at det så ut som et menneske. Og så sto han inne i skapet. I skapet! Han lette etter uniformen sin.",
     [("Oskar", PER)], []),
    ("B", "Det var natt til 17. mai, ikke sant? Han trodde han skulle gå i tog.",
     [("17. mai", DAT)], []),
    ("I", "Hvordan opplever de pårørende tilsynet?", [], []),
    ("D", "Noen spør mye. Sønnen til fru Lindqvist, Mikael, han ringer hver kveld klokka ti til vaktrommet, 67 80 45 11, og spør om mamma sover. Han vil se skjermen selv. Vi sier nei, det er personvern.",
     [("Lindqvist", PER), ("Mikael", PER), ("67 80 45 11", PHO)], ["personvern"]),
    ("C", "Han sendte e-post til styreren også. Hun viste oss den. Helt hyggelig, egentlig.", [], []),
    ("A", "Styreren, Gunhild, hun er flink sånn. Hun tar støyten for oss.", [("Gunhild", PER)], []),
    ("I", "Til slutt: Hva ønsker dere dere?", [], []),
    ("B", "To på natt. Alltid to. Skjermen er fin, men den kan ikke løfte noen.", [], []),
    ("D", "Og bedre wifi i tredje etasje. Skjermen fryser der hver natt. Jeg har sagt det til Øyvind på IT, og han sier at det står på lista.",
     [("Øyvind", PER)], ["wifi"]),
    ("C", "Alt står på lista.", [], []),
], speakers="ABCD")

# ---------------------------------------------------------------- P26  (English, immigrant care workers)
add("P26", "en", "en", [
    ("I", "Welcome, and thank you for coming after a long shift. Let's start with first names and where you work.", [], []),
    ("A", "I'm Ewa, from Łódź. I work at Bakkeløkka helse- og velferdssenter, I'm a nurse, nine years now.",
     [("Ewa", PER), ("Łódź", PLC), ("Bakkeløkka helse- og velferdssenter", ORG)], ["nine years"]),
    ("B", "I'm Marites, but please call me Tess. From the Philippines. Same place, but the dementia ward.",
     [("Marites", PER), ("Tess", PER), ("Philippines", PLC)], []),
    ("C", "Abdirahman. Home care. I came from Somalia as a teenager.",
     [("Abdirahman", PER), ("Somalia", PLC)], []),
    ("D", "Dovilė. Helsefagarbeider, also on the dementia ward, with Tess.",
     [("Dovilė", PER), ("Tess", PER)], ["Helsefagarbeider"]),
    ("I", "What's your experience with learning the new technology at work?", [], []),
    ("C", "For me, the phone. We have the work phone with the app for the medicine, for the keys, for documentation. The digital key — you know, the door opens with the phone. Very good. But when the phone dies, you are outside. Last winter I stood outside a house in minus fifteen for twenty minutes.",
     [], ["twenty minutes"]),
    ("A", "Abdi, that's the battery, you must charge it in the car!", [("Abdi", PER)], []),
    ("C", "The car charger was broken! The car is from the Stone Age.", [], ["Stone Age"]),
    ("B", "For us the problem is the courses are in Norwegian, very fast. When they introduced the new tablets for documentation, the trainer, Kristoffer, he spoke trøndersk, «æ» and «itj», and I was just smiling and nodding.",
     [("Kristoffer", PER)], ["trøndersk"]),
    ("D", "You always smile and nod! That's your strategy.", [], []),
    ("B", "It works! Then I ask her after.", [], []),
    ("I", "Are any of you superbrukere?", [], ["superbrukere"]),
    ("D", "Me. Since the 2nd of February. My leader, Hege Sjøvold, asked me, and I said yes because I thought it meant more money. It doesn't.",
     [("the 2nd of February", DAT), ("Hege Sjøvold", PER)], []),
    ("A", "Nothing means more money here!", [], []),
    ("I", "What does being a superbruker involve for you?", [], []),
    ("D", "When the bed sensor in room 45 doesn't connect, they call me. When a new vikar can't log in to Gerica, they call me. My number is on the wall in the staff room, 936 71 052. Even on my day off.",
     [("45", ID), ("936 71 052", PHO)], ["vikar", "Gerica"]),
    ("C", "In home care we don't have a superbruker, we have Jørn. Jørn knows everything. Jørn is sixty-one and he is the best with the iPhone of all of us.",
     [("Jørn", PER), ("sixty-one", AGE)], ["iPhone"]),
    ("I", "Has technology changed how patients see you as immigrants?", [], []),
    ("C", "Sometimes. One old man living at Stiklestadveien 3, he was suspicious of me, always. But when I fixed his TV — the remote, he had pressed the input button — he said, «You are a smart boy». Now I am his favourite.",
     [("Stiklestadveien 3", ADR)], []),
    ("A", "That's the trick. Fix the TV.", [], []),
    ("B", "Or the Pilly. When I fix the Pilly, Mrs. Rognes calls me her angel.",
     [("Rognes", PER)], ["Pilly"]),
    ("I", "Thank you all very much, this was really helpful.", [], []),
], speakers="ABCD")

# ---------------------------------------------------------------- P27  (speech-to-text, bokmål, home-care team)
add("P27", "nb", "stt-nb", [
    ("I", "sånn nå tar den opp kan dere si navnet og hva dere jobber med", [], []),
    ("A", "ja jeg er liv jeg er sykepleier i hjemmesykepleien i porsgrunn sone brevik og jeg har vært der i tolv år",
     [("liv", PER), ("porsgrunn", PLC), ("sone brevik", ORG)], ["sykepleier", "tolv år"]),
    ("B", "dag heter jeg helsefagarbeider samme sone snart pensjonist",
     [("dag", PER)], ["pensjonist"]),
    ("C", "og jeg er eli jeg er ny jeg kom fra en annen kommune i januar og er superbruker på dispenserne",
     [("eli", PER)], ["superbruker"]),
    ("I", "hvordan har det gått med dispenserne", [], []),
    ("A", "det har gått bedre enn jeg trodde vi har tjueto stykker nå og det sparer oss for mange besøk hver dag altså to tre besøk per bruker per dag",
     [], ["hver dag", "per dag"]),
    ("B", "men dag en var kaos ikke sant eli du var ikke der da men",
     [("eli", PER)], ["dag en"]),
    ("C", "nei jeg har bare hørt historiene", [], []),
    ("B", "den første vi satte opp var hos han i sjøgata fjorten han var to og nitti og han trodde det var en radio og skrudde den av hver kveld og da gikk alarmen hos oss klokka ti hver kveld",
     [("sjøgata fjorten", ADR), ("to og nitti", AGE)], ["klokka ti"]),
    ("A", "og da måtte jeg ringe sønnen hans kjetil og han bodde i bergen og han sa bare ta den bort han vil ikke ha den",
     [("kjetil", PER), ("bergen", PLC)], []),
    ("I", "hva gjorde dere da", [], []),
    ("A", "vi lot den stå og så lærte vi ham det litt etter litt og nå er han stolt av den han viser den til alle som kommer det var den fjerde mars at han endelig tok alle dosene en hel uke",
     [("den fjerde mars", DAT)], []),
    ("C", "det er sånn med dispensere det handler om relasjon egentlig ikke teknologi", [], []),
    ("I", "hvordan får dere hjelp når noe ikke virker", [], []),
    ("C", "det er meg da eller leverandøren de har en support linje åtte hundre og noe åtte null null tre tre fire fire fem og så er det han henrik fra kommunens it han er grei",
     [("åtte null null tre tre fire fire fem", PHO), ("henrik", PER)], []),
    ("B", "henrik ja han svarer på teams klokka elleve om kvelden den gutten sover aldri",
     [("henrik", PER)], ["teams"]),
    ("A", "men det store problemet er når rullen fra apoteket er feil eller kommer for sent vi har hatt en gang at apotek en herøya sendte feil rull til en dame hun fikk rullen til en annen pasient med nesten samme etternavn",
     [("apotek en herøya", ORG)], []),
    ("I", "hvordan ble det oppdaget", [], []),
    ("C", "liv så det fordi navnet på etiketten var l a r s s e n med to s og vår dame heter larsen med en s",
     [("liv", PER), ("l a r s s e n", PER), ("larsen", PER)], []),
    ("A", "ja og da ringte jeg apoteket og hun som svarte sa bare oi og så kom ny rull dagen etter", [], []),
    ("B", "det er livet i hjemmesykepleien det", [], ["livet"]),
    ("I", "takk alle tre", [], []),
], speakers="ABC")

# ---------------------------------------------------------------- P28  (English, regional network of superbrukere)
add("P28", "en", "en", [
    ("I", "Thanks for joining, everyone. Since one of our team members doesn't speak Norwegian, we'll do this one in English, if that's okay. Could you introduce yourselves?", [], []),
    ("A", "Sure. Stein, I'm a nurse and superbruker in home care in Voss. Been doing the tech stuff since the project started, so, yeah, a while.",
     [("Stein", PER), ("Voss", PLC)], ["superbruker"]),
    ("B", "Rose. Helsefagarbeider at Ulvik omsorgssenter. I'm originally from Davao, but I've been here for eleven years. I'm the superbruker because I was the only one who read the manual.",
     [("Rose", PER), ("Ulvik omsorgssenter", ORG), ("Davao", PLC)], ["eleven years"]),
    ("C", "Max — yes, like a dog's name, I know. Occupational therapist in Kvam, not originally from here, as you can hear. I do the sensors and the GPS.",
     [("Max", PER), ("Kvam", PLC)], []),
    ("D", "And I'm Sol, I'm the secretary for the network, and I work in the municipal IT, same building as Stein, so we share a coffee machine.",
     [("Sol", PER), ("Stein", PER)], []),
    ("I", "What does a typical week look like for a superbruker?", [], []),
    ("A", "Chaos, mostly. On Monday I might be teaching a new vikar how to pair a door sensor, on Tuesday I'm on the phone with the supplier, and then Wednesday I have actual patients. The tech time is supposed to be twenty percent. It's more like forty, but unofficially.",
     [], ["Monday", "Tuesday", "twenty percent", "vikar"]),
    ("C", "Forty! You're lucky. I have no percent at all. It's just «can you look at this, please».", [], []),
    ("B", "Same. And at the nursing home the problem is the night. The night staff call me at home. I've told them, only if it's an emergency. But what is an emergency? Last month, on the eighteenth, Kjellaug from the night shift called me at three because the screen said «offline». That's not an emergency, Kjellaug!",
     [("the eighteenth", DAT), ("Kjellaug", PER)], ["offline"]),
    ("D", "The screen said offline because we updated the firewall that night. That was my fault. Sorry.", [], ["firewall"]),
    ("I", "Can you share an example where the technology made a real difference?", [], []),
    ("C", "The GPS, in my municipality. We had a man in his early seventies, frontotemporal dementia, very fit, he used to run the Birkebeiner. One evening he walked from Norheimsund up the mountain road. Nine kilometres. His wife, Solveig, called 113, and we had his position on the map in two minutes. The police picked him up at the tunnel.",
     [("early seventies", AGE), ("Norheimsund", PLC), ("Solveig", PER)], ["113"]),
    ("A", "That's the good story. The bad story is the one here in Voss, where the GPS-klokka was on the charger at home and the lady was out walking. The family blamed us. Her son wrote to the municipality, the complaint got case number 2023/7715, and it went all the way to Statsforvalteren.",
     [("Voss", PLC), ("2023/7715", ID)], ["Statsforvalteren"]),
    ("B", "That was not your fault.", [], []),
    ("A", "No, but it felt like it.", [], []),
    ("I", "How do you communicate with each other across the municipalities?", [], []),
    ("D", "We have a Teams channel and a meeting every second Thursday. And I keep the list of everyone's numbers. Rose, yours is still 984 12 306?",
     [("Rose", PER), ("984 12 306", PHO)], []),
    ("B", "Yes, but don't give it to the suppliers again!", [], []),
    ("C", "Sol gave mine to a salesman once. He called me every week for half a year.", [("Sol", PER)], []),
    ("D", "He was very persistent, the guy from Nordisk Omsorgsteknikk. I'm still sorry.",
     [("Nordisk Omsorgsteknikk", ORG)], []),
    ("I", "Thank you all, this has been great.", [], []),
], speakers="ABCD")

# ---------------------------------------------------------------- P29  (speech-to-text, English, relatives of elderly immigrants)
add("P29", "en", "stt-en", [
    ("I", "okay welcome everyone could we start with a quick round just first names and who you care for", [], []),
    ("A", "yes i'm sadia my father lives with us he's eighty he came from lahore in the seventies and he has parkinson and now also some memory problems",
     [("sadia", PER), ("eighty", AGE), ("lahore", PLC)], ["in the seventies", "parkinson"]),
    ("B", "i'm minh my mother is in a nursing home at tokerud sykehjem she is eighty six and she speaks only vietnamese now she lost the norwegian",
     [("minh", PER), ("tokerud sykehjem", ORG), ("eighty six", AGE)], ["vietnamese"]),
    ("C", "and i'm carmen my mom is from valparaiso but she lives alone in an apartment in romsås with home care four times a day",
     [("carmen", PER), ("valparaiso", PLC), ("romsås", PLC)], ["four times a day"]),
    ("I", "what kind of technology is in use for your relatives", [], []),
    ("A", "for my father he has the trygghets alarm the button and now they put a medicine robot evan dos something", [], []),
    ("C", "evondos yes my mom has the same thing it talks in norwegian and she answers in spanish", [], ["evondos", "spanish"]),
    ("B", "at tokerud they have the sensors in the room and a tablet for video calls but my mother doesn't like the video she thinks the people are inside the screen",
     [("tokerud", ORG)], []),
    ("A", "my father is the same with the tv he talks back to the news", [], []),
    ("I", "has the technology changed how you communicate with the staff", [], []),
    ("C", "yes the home care they send sms to me when something happens i got one last tuesday i can read it hi this is hanne from romsås hjemmetjeneste your mother had a small fall no injury we will call the doctor regards hanne",
     [("hanne", PER), ("romsås hjemmetjeneste", ORG)], ["tuesday"]),
    ("B", "sms is good but it's always in norwegian and my sister she lives in ho chi minh city she cannot read it",
     [("ho chi minh city", PLC)], []),
    ("A", "my brother in birmingham same problem so i translate everything and then we have a whatsapp group for the family",
     [("birmingham", PLC)], ["whatsapp"]),
    ("I", "has there been a situation where things went wrong", [], []),
    ("A", "yes on the twenty third of september my father pressed the alarm button because he couldn't find his prayer mat and the alarm central they speak only norwegian and english and he speaks punjabi when he's stressed so they sent the ambulance and it came with blue lights to our house on gransdalen eighteen and all the neighbours came out",
     [("the twenty third of september", DAT), ("gransdalen eighteen", ADR)], ["punjabi"]),
    ("C", "oh no", [], []),
    ("A", "yes but the ambulance guy his name was tarjei he was very kind he said better one time too many",
     [("tarjei", PER)], []),
    ("B", "for us it was when the sensor said my mother was in bed but she was on the floor in the bathroom the nurse found her at six in the morning the nursing home gave us a case number for the complaint it's two three slash four four eight seven",
     [("two three slash four four eight seven", ID)], ["six in the morning"]),
    ("I", "thank you all for sharing this", [], []),
    ("C", "can i give my number if you need more it's nine one five four four zero two six and my email carmen dot rojas at outlook dot com",
     [("nine one five four four zero two six", PHO), ("carmen dot rojas at outlook dot com", EML)], []),
], speakers="ABC")

# ---------------------------------------------------------------- P30  (bokmål, leaders, IT and procurement)
add("P30", "nb", "nb", [
    ("I", "Velkommen. Vi tar en kort presentasjonsrunde først, så alle på opptaket vet hvem som snakker.", [], []),
    ("A", "Kristin Haugli, avdelingsleder for hjemmetjenesten i Gran, den nordre sonen.",
     [("Kristin Haugli", PER), ("Gran", PLC)], ["avdelingsleder"]),
    ("B", "Tor, jeg jobber i IKT Hadeland, som er det interkommunale IT-samarbeidet her.",
     [("Tor", PER), ("IKT Hadeland", ORG)], []),
    ("C", "Jeg heter Ask, rådgiver på innkjøp. Ja, som treet. Jeg har hørt alle vitsene.",
     [("Ask", PER)], []),
    ("D", "Eirin, velferdsteknologikoordinator. Jeg er vel den som har mast mest på alle her.",
     [("Eirin", PER)], []),
    ("I", "Kan dere fortelle om anskaffelsen av digitalt tilsyn?", [], []),
    ("C", "Vi lyste den ut på Doffin i august, og fristen var 15.09.2022. Vi fikk fire tilbud. Det vant en leverandør som heter Tryggheim AS, og kontrakten ble signert den 1. desember.",
     [("15.09.2022", DAT), ("Tryggheim AS", ORG), ("den 1. desember", DAT)], ["Doffin", "august"]),
    ("D", "Og så skulle det være i drift fra nyttår. Det var jo helt urealistisk, Ask.",
     [("Ask", PER)], ["nyttår"]),
    ("C", "Jeg vet det. Men det var det som sto i budsjettet.", [], []),
    ("B", "Og vi i IT fikk vite om det i november. Vi måtte trekke fiber til Sagatun bo- og servicesenter, og det tok tre måneder, for det var tele i bakken.",
     [("Sagatun bo- og servicesenter", ORG)], ["november", "tele"]),
    ("A", "Og i mellomtiden hadde vi lagt turnus ut fra at tilsynet skulle være på plass. Jeg satt i januar med en turnus som ikke gikk opp. Det var Bodil Syversen på turnuskontoret som reddet meg.",
     [("Bodil Syversen", PER)], ["januar", "turnus"]),
    ("I", "Hvordan har det gått etter at det kom på plass?", [], []),
    ("D", "Bra, faktisk. Vi har hatt det i drift siden 3. april i fjor. Vi har 24 rom på sykehjemmet og noen hjemme hos folk. Den første brukeren hjemme var en dame på Jaren, fire og nitti år gammel, som ville bli hjemme for enhver pris.",
     [("3. april", DAT), ("Jaren", PLC), ("fire og nitti år", AGE)], ["24 rom"]),
    ("A", "Hun, ja. Hun kaller det for «spionen».", [], []),
    ("B", "Hun kalte meg spionen da jeg var der og monterte. Men jeg fikk vafler.", [], []),
    ("I", "Hva har vært de største utfordringene?", [], []),
    ("A", "Samtykke. Og pårørende som er uenige. Vi har en sak nå, saksnummer 24/1093, der to søsken er helt uenige om mora skal ha tilsyn. Den ene bor i Brandbu, den andre i utlandet.",
     [("24/1093", ID), ("Brandbu", PLC)], []),
    ("D", "Og responstid. Når alarmen går på natta, skal noen kjøre. Vi har én bil på natt for hele nordområdet. Bilen er en elbil, EB 22 719, og den takler ikke kulda.",
     [("EB 22 719", ID)], []),
    ("B", "Tor her, bare for ordens skyld — det er ikke IT sin skyld at bilen er dårlig.",
     [("Tor", PER)], ["IT sin skyld"]),
    ("C", "Nei, det er mitt fagfelt, det. Leasingavtalen går ut 31. mars.",
     [("31. mars", DAT)], []),
    ("I", "Tusen takk alle sammen.", [], []),
], speakers="ABCD")


# ================================================================ build + checks
NS = "urn:thematic:interview:1"
WORDCHAR = re.compile(r"\w", re.UNICODE)


def speaker_id(pid, code):
    if code == "I":
        return "I1"
    if code == "P":
        return pid
    return pid + code


def embedded_occurrences(text, sub):
    """Occurrences of sub in text that sit inside a longer word."""
    hits = []
    start = 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return hits
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(sub)] if i + len(sub) < len(text) else " "
        if (WORDCHAR.match(before) and WORDCHAR.match(sub[0])) or (WORDCHAR.match(after) and WORDCHAR.match(sub[-1])):
            hits.append(i)
        start = i + 1


def build(outdir):
    errors, warnings = [], []
    gold = {}
    ids = [t["id"] for t in T]
    if ids != ["P%02d" % i for i in range(1, 31)]:
        errors.append("transcript ids not P01..P30: %r" % ids)
    for tr in T:
        pid, turns, fg = tr["id"], tr["turns"], tr["speakers"] is not None
        fname = pid + ".xml"
        if not 14 <= len(turns) <= 30:
            errors.append("%s: %d turns" % (pid, len(turns)))
        # speakers
        if fg:
            parts = [pid + c for c in tr["speakers"]]
            used = sorted({s for s, *_ in turns if s != "I"})
            if used != sorted(tr["speakers"]):
                errors.append("%s: speakers used %r vs declared %r" % (pid, used, tr["speakers"]))
            if not 3 <= len(parts) <= 5:
                errors.append("%s: %d focus-group participants" % (pid, len(parts)))
            head = ('<interview xmlns="%s" id="%s" participant="%s" participants="%s" language="%s">'
                    % (NS, pid, parts[0], " ".join(parts), tr["lang"]))
        else:
            for i, (s, *_rest) in enumerate(turns):
                want = "I" if i % 2 == 0 else "P"
                if s != want:
                    errors.append("%s turn %d: speaker %s, expected %s" % (pid, i, s, want))
            head = ('<interview xmlns="%s" id="%s" participant="%s" language="%s">'
                    % (NS, pid, pid, tr["lang"]))
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', head, "  <body>"]
        ents, keeps = [], []
        for i, (s, text, elist, klist) in enumerate(turns):
            lines.append('    <turn speaker="%s">%s</turn>' % (speaker_id(pid, s), escape(text)))
            seen = set()
            for etext, etype in elist:
                if etext not in text:
                    errors.append("%s turn %d: entity %r not in text" % (pid, i, etext))
                if etype not in (PER, PLC, ADR, ORG, DAT, AGE, PHO, EML, ID):
                    errors.append("%s turn %d: bad type %r" % (pid, i, etype))
                if etext in seen:
                    errors.append("%s turn %d: duplicate entity %r" % (pid, i, etext))
                seen.add(etext)
                ents.append({"text": etext, "turn": i, "type": etype})
                emb = embedded_occurrences(text, etext)
                if emb:
                    warnings.append("%s turn %d: %r also occurs inside a longer word" % (pid, i, etext))
            for a, _ in elist:
                for b, _ in elist:
                    if a != b and a.lower() in b.lower():
                        warnings.append("%s turn %d: entity %r inside entity %r" % (pid, i, a, b))
            for k in klist:
                if k not in text:
                    errors.append("%s turn %d: keep %r not in text" % (pid, i, k))
                for e, _ in elist:
                    if k.lower() in e.lower() or e.lower() in k.lower():
                        errors.append("%s turn %d: keep %r overlaps entity %r" % (pid, i, k, e))
                keeps.append({"text": k, "turn": i})
        lines += ["  </body>", "</interview>", ""]
        if not 12 <= len(ents) <= 20:
            errors.append("%s: %d entities" % (pid, len(ents)))
        if not 5 <= len(keeps) <= 10:
            errors.append("%s: %d keeps" % (pid, len(keeps)))
        path = os.path.join(outdir, fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        # parse back
        try:
            root = ET.parse(path).getroot()
            if root.tag != "{%s}interview" % NS:
                errors.append("%s: root tag %s" % (fname, root.tag))
            xturns = root.findall("{%s}body/{%s}turn" % (NS, NS))
            if len(xturns) != len(turns):
                errors.append("%s: parsed %d turns" % (fname, len(xturns)))
            for i, (xt, (s, text, _e, _k)) in enumerate(zip(xturns, turns)):
                if (xt.text or "") != text:
                    errors.append("%s turn %d: text round-trip mismatch" % (fname, i))
                for g in [g for g in ents if g["turn"] == i] + [k for k in keeps if k["turn"] == i]:
                    if g["text"] not in (xt.text or ""):
                        errors.append("%s turn %d: gold %r not in parsed text" % (fname, i, g["text"]))
        except ET.ParseError as exc:
            errors.append("%s: XML parse error %s" % (fname, exc))
        gold[fname] = {"entities": ents, "keep": keeps}
    with open(os.path.join(outdir, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    # reload gold
    with open(os.path.join(outdir, "gold.json"), encoding="utf-8") as fh:
        json.load(fh)
    return gold, errors, warnings


def report(gold):
    langs = Counter(t["lang"] for t in T)
    registers = Counter(("stt-" + t["lang"]) if t["register"].startswith("stt") else t["lang"] for t in T)
    types = Counter(e["type"] for g in gold.values() for e in g["entities"])
    n_ent = sum(len(g["entities"]) for g in gold.values())
    n_keep = sum(len(g["keep"]) for g in gold.values())
    print("languages:", dict(sorted(langs.items())))
    print("language/register:", dict(sorted(registers.items())))
    print("focus groups:", [t["id"] for t in T if t["speakers"]])
    print("entities total:", n_ent, dict(sorted(types.items())))
    print("keeps total:", n_keep)
    print("per file (entities/keeps/turns):")
    for t in T:
        g = gold[t["id"] + ".xml"]
        print("  %s %-16s %2d %2d %2d" % (t["id"], t["register"], len(g["entities"]), len(g["keep"]), len(t["turns"])))


def review():
    """Print capitalised / digit tokens that are neither inside an entity nor a keep (manual review aid)."""
    for tr in T:
        for i, (s, text, elist, klist) in enumerate(tr["turns"]):
            covered = [False] * len(text)
            for sub in [e for e, _ in elist] + list(klist):
                start = 0
                while True:
                    j = text.find(sub, start)
                    if j < 0:
                        break
                    for k in range(j, j + len(sub)):
                        covered[k] = True
                    start = j + 1
            for m in re.finditer(r"\w[\w.@'-]*", text):
                tok = m.group(0)
                if any(covered[m.start():m.end()]):
                    continue
                if tok[0].isupper() or any(ch.isdigit() for ch in tok):
                    print("  %s t%d %s" % (tr["id"], i, tok))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    if "--review" in sys.argv:
        review()
        sys.exit(0)
    gold, errors, warnings = build(here)
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    report(gold)
    if errors:
        sys.exit(1)
    print("OK: all gold texts found in their turns, all XML files parse")
