#!/usr/bin/env python3
"""Generator for the heldout-natural-3 evaluation set.

All transcript text is held literally below. Inline markup:
    [[surface text|t]]   an identifier; t is one of p pl a o d ag ph e id
    {{surface text}}     a word/phrase that must NOT be treated as an identifier (keep)
The markup is stripped when the XML is written; gold.json is derived from it.
Conventions: genitive endings, titles (Dr., fru, mister, doktor) and "han/ho/a/'n"
stay outside the span; ages include their unit ("94 år", "ninety-seven years")
but not "old"/"gammel"; a street address with postcode and place is one address;
room/patient/case numbers are marked as the number alone.
Run:  python3 generate.py
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
NS = "urn:thematic:interview:1"
TYPES = {"p": "person", "pl": "place", "a": "address", "o": "org", "d": "date",
         "ag": "age", "ph": "phone", "e": "email", "id": "id"}
TOKEN = re.compile(r"\[\[([^\[\]|{}]+?)\|([a-z]+)\]\]|\{\{([^{}\[\]|]+?)\}\}")

T = {}

# ---------------------------------------------------------------- P01 (en)
T["P01"] = {"lang": "en", "reg": "en", "turns": [
("I1", """Okay, it's recording now. So first of all thank you, [[Kasia|p]], for meeting me here at the base. Could you start by telling me a bit about yourself and your job?"""),
("P01", """Yes. So my full name is [[Katarzyna Wiśniewska|p]], but in [[Norway|pl]] nobody can say it, so everybody says [[Kasia|p]], it's okay, in [[Poland|pl]] it is also the short form. I am {{sykepleier}}, nurse, in hjemmesykepleien here in [[Drammen|pl]], our team is for [[Konnerud|pl]] and up to [[Skoger|pl]], sometimes [[Åssiden|pl]] when they are short of people. I came in 2011 from [[Gdańsk|pl]], first I was in a nursing home, [[Lierbyen sykehjem|o]], four years, and then I wanted to drive around, I like the car, so I moved to home care. And since two years, maybe two and a half, I am also the, how do you say, ressursperson for the medicine dispensers. The {{Evondos}}."""),
("I1", """How did you end up being the resource person?"""),
("P01", """Ha, nobody wanted it! No, I am joking, a little bit. Our leader, [[Hege Sørum-Kristiansen|p]], she asked in the morning meeting who wants to go to the course, and me and [[Bjørn-Erik|p]] raised the hand. [[Bjørn-Erik|p]] is the real nerd, we call him [[Bjørn-E|p]], he builds his own computers at home and he has, I think, six screens. So we were two. The course was on the [[3rd of May|d]], a whole day at [[Papirbredden|pl]], with the people from the supplier, [[Omsorgsteknikk Norge AS|o]]. And after that we were the ones everybody calls. Also on my day off. Also when I am in the shop buying milk."""),
("I1", """What was the training like?"""),
("P01", """Honestly? Too much PowerPoint. The machine itself is simple, you learn it in ten minutes. But everything around it, that was not in the course. Who orders the rolls from the pharmacy, who registers in {{Gerica}} that the patient has a dispenser, what to do when the alarm comes and the patient is at the hairdresser. We had to find out that ourselves, me and [[Bjørn-E|p]], on {{Teams}} in the evening, with a glass of wine, ha. The pharmacy is [[Apotek 1 Konnerud|o]], they are very nice, they deliver the multidose every second {{Monday}}."""),
("I1", """Can you tell me about a situation where it worked well — or didn't?"""),
("P01", """Yes, there is one man, I think I can say his name because you remove it after, right? [[Arne Halvorsen|p]]. He is [[ninety-one|ag]], he lives alone in a yellow house in [[Øvre Eikervei 112|a]], with a small dog, a dachshund. He has {{Parkinson}}, so the hands are shaking, and before the dispenser he dropped the pills on the floor and the dog was eating them. Really! The dog was very calm that year. So the machine was perfect for him, it says pling, he presses the button, the pills come in the little cup. But then on [[Sunday the 14th of January|d]] it was alarm, dose not taken, and the alarm went to the wrong phone. It went to the old night phone that was lying in the car of [[Tomasz|p]], and [[Tomasz|p]] was sleeping, it was his day off."""),
("I1", """What happened then?"""),
("P01", """Nothing happened, that is the problem. Nobody came until the evening visit. And [[Halvorsen|p]] was lying on the floor in the bathroom, nothing broken, thank God, but he was cold and he was lying there maybe six hours. His daughter [[Line|p]], she lives in [[Mjøndalen|pl]], she was very angry, and I understand her. We wrote an avvik, the number was [[24-0117|id]], I remember because I wrote it in so many emails after. And then the IT people found out that when they changed all the phones in {{November}} nobody moved the alarm to the new number."""),
("I1", """How was the contact with the daughter after that?"""),
("P01", """Better, actually, after some time. First she was shouting at me, on the phone, and I was just saying yes, yes, you are right. Then she came to a meeting with us and [[Hege|p]], and now she is like part of the team. She wrote her number with a black marker on a sticker on top of the machine, big letters, "[[LINE|p]] [[950 12 388|ph]]", so anybody who comes in the house can call her. Maybe not so good for privacy but very practical."""),
("I1", """You mentioned colleagues calling you. How do the others in the team feel about the technology?"""),
("P01", """Very different. The young ones, no problem, they grew up with it. [[Else|p]], she is [[sixty-three|ag]], she says she will retire before she learns one more app, and she means it, she has the date on her fridge. But she is the best nurse we have, she sees everything, she knows somebody is getting a urinary infection just from how they open the door. So I don't push her. When the dispenser has a problem on her route, she calls me and I talk her through it, or I just drive there. Is there {{anyone else}}? Sometimes not. Then it is me."""),
("I1", """Do you think being from [[Poland|pl]] has made any difference in this role?"""),
("P01", """Hmm. Maybe. Some of the old patients, when they hear my accent, first they are a bit, you know, suspicious. One lady in [[Konnerud|pl]] asked me if I was from the cleaning company. But when I fix the machine they are happy, they don't care where I come from. And with the supplier, on the support line, I speak Norwegian, but when I am stressed I start counting in Polish, ha. The support number I know by heart, [[22 90 41 60|ph]], and they have one guy, [[Mats|p]], if you get [[Mats|p]] you are lucky."""),
("I1", """If you could change one thing about how the dispensers are organised, what would it be?"""),
("P01", """One thing only? Okay. The alarms. There must be one person who owns the alarm list and checks it every week, like a routine, not only when something happens. We have maybe four or five alarms {{per week}} in our area. Now it's like… everybody thinks somebody else has done it. After [[Halvorsen|p]] we made a list on the wall, but lists on the wall, you know, after two months nobody reads them."""),
("I1", """Is there anything else you want to add before we stop?"""),
("P01", """Only that if you write something about this, please send it to me, I am curious. My work mail is [[katarzyna.wisniewska@drammen.kommune.no|e]], or just ask [[Bjørn-E|p]], he will forward it, he forwards everything."""),
("I1", """I will. Thank you so much."""),
("P01", """Thank you. Now I have to go, I have an insulin at half past one in [[Skoger|pl]]."""),
]}

# ---------------------------------------------------------------- P02 (nb, Bergensk)
T["P02"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Da er opptakeren på. Tusen takk for at du ville være med, [[Tone|p]]. Kan du begynne med å fortelle litt om hvor du jobber og hva du gjør?"""),
("P02", """Ja, eg e {{helsefagarbeider}}, eh, har vært det i snart tjue år nå. Eg jobber natt på [[Tertneskroken sykehjem|o]] oppe i [[Åsane|pl]], skjermet avdeling, ja, demensavdelingen. Før det var eg på [[Haukeland|o]] et par år, på geriatrisk, men det va ikkje helt meg, altså, for mye stress og for lite tid te folk. Så eg e et sånt nattmenneske, eg trives når det e roligt. Eller, når det SKAL være roligt, ha ha."""),
("I1", """Hvordan er en vanlig natt?"""),
("P02", """En vanlig natt… ja, vi e to på jobb på tjueto beboere, eg og som regel [[Sigve|p]], eller [[Ingvild Mjelde|p]] når [[Sigve|p]] har fri. Og så har vi han ene på vaktrommet, nei, ka heter det, sykepleieren som går mellom avdelingane, det e [[Rune|p]] de fleste nettene. Og så siden i fjor har vi digitalt tilsyn, {{ikkje sant}}, sånne sensorer i taket som ser om noen står opp eller ligger på gulvet. Det e ikkje kamera, altså, det e mer sånn, ka skal eg si, strekfigurer. Folk tror det e kamera, pårørende spør alltid om det."""),
("I1", """Hvordan var det da dere fikk det innført?"""),
("P02", """Ærlig talt? Kaos dei første ukene. Det kom alarmer hele tiden, for sensorene trodde at dynen va et menneske. Eg husker spesielt [[1. juledag 2020|d]] — nei vent, det må ha vært året etter, for det var midt i {{korona}}, eller, uff. Nei, det var [[1. juledag 2021|d]]. Da hadde vi sånn sytten falske alarmer på én natt fra rom [[214|id]]. Og han som bodde der, [[Ragnar|p]], han var [[nittifire|ag]], født i [[-27|ag]], tidligere sjømann, han sov som en stein, det var bare dynen hans som lå i en rar haug. Eg gikk inn der sikkert ti ganger. Til slutt ringte eg til leverandøren, [[Vestcom Velferd|o]], de har sånn nattsupport, og han eg snakket med, han sa bare "prøv å brette dynen annerledes". Ja takk."""),
("I1", """Hva gjorde dere med det?"""),
("P02", """Vi fikk justert det, etter hvert. Det kom en mann fra [[Bergen kommune|o]], fra [[Etat for helsetjenester|o]], og han sto der med en laptop og tegnet soner på skjermen, sånn at sengen var én sone og gulvet en annen. Han het [[Kjetil Breistein|p]], kjempegrei, fra [[Askøy|pl]]. Han lærte oss å gjøre det selv, og siden har [[Ingvild|p]] blitt den som kan det. Hun e superbruker nå. Hun e mye flinkere enn meg, eg blir litt stressa av sånne menyer."""),
("I1", """Kan du si noe om hvordan beboerne og de pårørende opplever det?"""),
("P02", """Beboerne merker det jo ikkje, de fleste. Det e jo poenget, at vi slipper å gå inn og lyse med lommelykt i ansiktet på folk tre ganger i natten. Det va jo helt forferdelig egentlig, når du tenker over det, du våkner fordi noen står over deg med en lykt. Så på den måten e det en velsignelse. Men pårørende, det e mer blandet. Det var en datter, hun [[Marit|p]], datteren til hun på rom [[109|id]], hun sa at hun ikkje ville at moren skulle overvåkes som en fange. Og det skjønner eg jo. Så vi hadde et møte, med [[Solveig Haugland|p]], {{avdelingslederen}} vår, og forklarte. Og til slutt skrev hun under. Men hun sjekker fortsatt sensoren hver gang hun kommer på besøk, hun står og vinker opp i taket, ha ha."""),
("I1", """Er det situasjoner der teknologien har gjort en reell forskjell?"""),
("P02", """Ja, absolutt. Det va [[tirsdag 8. februar|d]], for det var dagen etter at [[Sigve|p]] hadde bursdag og vi hadde kake på vakta. Da kom det alarm fra han på rom [[207|id]], fall. Og eg va der på under ett minutt. Han hadde falt mellom sengen og vinduet, og slått hodet. Det hadde vi aldri funnet så fort før, for da gikk vi runde hver annen time. Han kom på [[Haukeland|o]] og det gikk bra. Så da tenkte eg, ok, nå har den her maskinen betalt for seg."""),
("I1", """Hvordan er opplæringen for nye på nattevakt?"""),
("P02", """Den e dårlig, for å være ærlig. Det e mye vikarer på natt, studenter fra [[Høgskulen på Vestlandet|o]] og sånn, og de får en halvtime med [[Ingvild|p]] hvis de e heldige. Mange vet ikkje engang at det ligger en app på telefonen. Vi har skrevet en liten huskelapp som henger på vaktrommet. Og så har eg sagt at de kan ringe meg, på privaten, [[480 23 917|ph]], hvis det e noe. Det burde eg kanskje ikkje gjort, for nå ringer de, ha ha. Også på dagtid."""),
("I1", """Du nevnte app. Hvilke systemer bruker dere?"""),
("P02", """Det e jo {{Gerica}} for journal, som vi har hatt i evigheter. Og så e det den tilsynsappen, og så e det {{Teams}} for beskjeder, og så e det en egen app for sykesignal, og så, altså, det e fire-fem forskjellige ting du skal huske passord til. Og på natten, klokka fire, da husker du ikkje passord. Eg har mine skrevet i en bok. Ikkje si det te noen."""),
("I1", """Hva tenker du om fremtiden, med mer teknologi på sykehjem?"""),
("P02", """Eg e ikkje redd for den, altså. Men eg e redd for at de skal bruke det som unnskyldning for å ha færre folk på jobb. Det har vi hørt, fra [[Fagforbundet|o]], at det e sånn i andre kommuner. At de sier ja, dere har jo sensorer, så dere trenger bare én på natt. Men en sensor kan ikkje holde noen i hånden når de e redde. Min mor, hun e [[åttisju|ag]] og bor på [[Nyborg|pl]], hun har fått trygghetsalarm, og hun e redd for å trykke på den fordi hun ikkje vil "plage noen". Så det e ikkje bare teknologien, det e hele kulturen."""),
("I1", """Takk, det var veldig nyttig. Er det noe du vil legge til?"""),
("P02", """Nei, eg tror eg har snakket nok nå, ha ha. Det var kjekt å bli spurt, faktisk. Det e ikkje ofte noen spør nattevakta om noe som helst."""),
]}

# ---------------------------------------------------------------- P03 (nn)
T["P03"] = {"lang": "nn", "reg": "nn", "turns": [
("I1", """Då er vi i gang. Først, takk for at du tok deg tid, [[Ragnhild|p]]. Kan du fortelje litt om deg sjølv og jobben din?"""),
("P03", """Ja. Eg heiter [[Ragnhild Bolstad Øygard|p]] — ja, det er mange namn, eg tok med både [[Bolstad|p]] og [[Øygard|p]] då eg gifta meg, så det blir lange signaturar. Eg er {{fysioterapeut}} i [[Luster kommune|o]], har vore det sidan 2009. Eg har kontor på [[Gaupne|pl]], på helsesenteret, men eg køyrer jo rundt heile kommunen, frå [[Skjolden|pl]] innst i fjorden og ut til [[Hafslo|pl]] og [[Solvorn|pl]]. Det er lange avstandar her, det er vel det viktigaste å vite om oss."""),
("I1", """Korleis kom du inn i arbeidet med velferdsteknologi?"""),
("P03", """Det var eigentleg litt tilfeldig. Vi hadde eit prosjekt med fallalarmar, og dei trong nokon frå rehab-sida. Leiaren min, han [[Oddvar|p]], spurde om eg ville vere med i prosjektgruppa, og eg tenkte at det var ein måte å få sagt noko om førebygging på, ikkje berre om alarmar. For ein alarm hjelper jo ikkje før du har datt, {{ikkje sant}}. Det eg er oppteken av, er at folk ikkje skal dette i det heile."""),
("I1", """Kan du fortelje om eit døme der det fungerte, eller ikkje fungerte?"""),
("P03", """Ja, det er ei dame eg tenkjer mykje på. Ho budde på ein gard oppe i lia over [[Høyheimsvik|pl]], garden heiter [[Nedre Kvåle|pl]], og ho var [[åttiåtte år|ag]] då eg møtte henne første gong. Ho [[Sigrid|p]], kan vi kalle henne, det er det ho heiter òg, ha ha, eg får berre seie det. Ho hadde {{KOLS}} og litt {{Parkinson}}, og ho ville på ingen måte flytte. Ho hadde fallalarm rundt halsen, men ho tok han av når ho dusja og når ho gjekk ut i fjøset, for ho meinte det var ufint å ha han på seg i fjøset. Og det var jo nettopp der ho datt. I fjøset, [[6/5-23|d]], det hugsar eg fordi det var dagen før sonen hennar hadde femtiårsdag."""),
("I1", """Kva skjedde?"""),
("P03", """Ho låg der i fleire timar. Det var naboen, [[Eirik Nes|p]], som fann henne, fordi kyrne — nei, ho hadde ikkje kyr lenger, det var sauene — fordi sauene breka så høgt. Ho kom til [[Lærdal sjukehus|o]], hoftebrot, og så vidare til [[Førde sentralsjukehus|o]] for operasjon. Og etter det, ja, ho kom aldri heim att til garden. Ho enda på [[Luster omsorgssenter|o]], og ho døydde der året etter. Så det er den historia eg alltid fortel når folk seier at fallalarmen løyser alt."""),
("I1", """Kva tenkjer du burde vore gjort annleis?"""),
("P03", """Tja. For det første: ein alarm som du må hugse å ha på deg, det er ikkje ein god alarm for ei som er gammal og litt gløymsk. Vi har no prøvd sensorar på golvet i staden, og ei sånn {{GPS-klokke}} som òg har fallsensor. Men dekninga! Du veit, oppe i [[Fortunsdalen|pl]], der er det ikkje dekning i det heile. Vi hadde ein mann der, [[Knut-Olav|p]], som hadde klokka, og ho sende posisjonen hans som om han var i [[Sogndal|pl]] fordi det var den siste masta ho fann. Så vi køyrde feil veg i ein halvtime."""),
("I1", """Korleis er samarbeidet med heimetenesta om dette?"""),
("P03", """Godt, stort sett. Eg samarbeider mest med [[Turid|p]] i heimetenesta på [[Gaupne|pl]], ho er ressursperson. Og med [[Mons-Arne Haugen|p]] på IT, som sit i [[Sogndal|pl]] eigentleg, for vi har felles IT med fleire kommunar, [[IKT Sogn|o]]. [[Mons-Arne|p]] er ein tolmodig mann, det må eg seie. Han har fått telefon frå meg sundagskveldar. Men det som er vanskeleg, det er at vi ikkje har nokon felles plass å sjå alt. Fallalarmen går til ein plass, klokka til ein annan, og journalen er i {{Profil}}."""),
("I1", """Har du eit døme på det?"""),
("P03", """Ja, i {{påska}} i fjor. [[Skjærtorsdag 6. april|d]] var eg eigentleg på hytta på [[Sognefjellet|pl]], men fekk ein telefon frå ei dotter, som sa at alarmen til faren hennar hadde slutta å fungere. Ho hadde ringt tryggleiksalarmsentralen i [[Bergen|pl]], og dei sa at dei ikkje fekk signal. Og eg var den einaste ho hadde nummeret til, fordi eg hadde gitt henne kortet mitt ein gong, og der står jo mobilen min, [[913 40 527|ph]]. Så eg ringde [[Turid|p]], som ringde vakthavande, som ringde [[Mons-Arne|p]]. Fire telefonar for ein alarm. Det var batteriet, sjølvsagt."""),
("I1", """Korleis opplever du at dei eldre sjølve ser på teknologien?"""),
("P03", """Det er veldig ulikt. Mor mi er i [[nittiåra|ag]] og bur på [[Hafslo|pl]], og ho har nettbrett no, frå barnebarnet, og ho snakkar med bror min i [[Stavanger|pl]] på {{FaceTime}} kvar {{sundag}}. Så det går an. Men ho vil ikkje ha sensorar i huset. "Eg er ikkje ein sau som skal gjeterast", seier ho."""),
("I1", """Til slutt: er det noko du vil leggje til?"""),
("P03", """Berre at ein må tenkje geografi. Det som fungerer i [[Bergen|pl]] eller i [[Oslo|pl]], fungerer ikkje nødvendigvis i [[Fortun|pl]]. Og at fysioterapeutar må vere med frå starten, ikkje kome inn når utstyret allereie er kjøpt. Ja. Og så kan du sende meg rapporten, [[ragnhild.oygard@luster.kommune.no|e]]. Eg les han, lovar."""),
("I1", """Det skal eg. Tusen takk, [[Ragnhild|p]]."""),
("P03", """Takk sjølv."""),
]}

# ---------------------------------------------------------------- P04 (en, Swede)
T["P04"] = {"lang": "en", "reg": "en", "turns": [
("I1", """Okay, it's running. Thanks a lot for doing this, [[Annika|p]]. We can switch to Norwegian any time if you prefer."""),
("P04", """No, no, English is fine, my Norwegian is still very, how do you say, Swedish. Everybody laughs when I say "sjukhus". So, I'm [[Annika Bergqvist|p]], I'm enhetsleder — unit manager? — for home care in [[Eidskog|pl]], which is a small municipality just at the border. I live on the Swedish side actually, in [[Charlottenberg|pl]], it's twenty minutes. I grew up in [[Arvika|pl]] and I worked at [[Centralsjukhuset i Karlstad|o]] for eleven years before I came over in 2016, for the salary, to be honest. Everybody from [[Värmland|pl]] does it."""),
("I1", """What does welfare technology mean in your daily work as a leader?"""),
("P04", """Mostly meetings, haha. No, but seriously, it's a lot about coordination. We are part of a regional network with [[Kongsvinger|pl]] and [[Sør-Odal|pl]] and the others, [[Kongsvingerregionen IKT|o]]. We buy together, we share the project leader, that's [[Frank Aasheim|p]], and [[Frank|p]] is {{very frank}}, actually. He says exactly what he thinks in the meetings. I like it, some of the politicians don't."""),
("I1", """Could you describe how the procurement of the door sensors went?"""),
("P04", """Ooh. Long story. The kickoff for the mini-tender was [[Tuesday the 4th of April|d]], I remember because it was the day after my son's birthday and I had not slept, he had a sleepover with eight boys. [[Mona Granli|p]] from procurement in [[Kongsvinger kommune|o]] led it. [[Mona|p]] is brilliant with the paperwork, the rules, the whole {{Doffin}} thing, but she has never worked a shift in home care, so she needed us to explain what a door sensor actually has to do. For example, that it must not ring when it's the home-care nurse who opens the door at seven in the morning. That sounds obvious, but the first supplier's system could not do that."""),
("I1", """Which supplier was that?"""),
("P04", """Can I say? Okay, it doesn't matter, you will anonymise. It was [[Trygghetspartner AS|o]]. They were cheap, very cheap, but the sensor only knew "door open" and "door closed". Then we took the second one, [[NordAlarm|o]], they are Swedish actually, from [[Umeå|pl]], and their sensor talks with the electronic lock, so it knows it's us. That's what we have now."""),
("I1", """How did you involve the staff in this?"""),
("P04", """We had a reference group, four people. [[Ruth|p]], who is a {{helsefagarbeider}}, she has been here forever, thirty-five years, she knows every house in [[Magnor|pl]] and [[Skotterud|pl]]. Two nurses, and one from night shift, [[Per-Kristian|p]], who we call [[PK|p]]. [[PK|p]] tested the sensors at his own house first, on his own front door, and his wife was very annoyed because it beeped for a week. So that was really our best test, haha. [[Ruth|p]] was sceptical first but she came around. She said "as long as it doesn't talk to me". Because the old alarm had a voice, a lady's voice, saying "the door is open", and the patients hated it."""),
("I1", """Did the patients or relatives have concerns?"""),
("P04", """Some. There was one man, I'll call him the farmer, he lived outside [[Matrand|pl]] with his wife, she had {{Alzheimer}}, quite far along, and she walked out in the night. In the middle of winter, minus twenty-five. The son found her in the neighbour's barn on the [[19th of January|d]]. We installed a sensor after that, of course, but the husband felt, he said it was like putting his wife in a prison. And I understand. We talked for a long time at his kitchen table. He was [[eighty-six|ag]] and she was [[eighty-two|ag]] and they had been married for sixty years. In the end what convinced him was that the sensor goes to his phone first, not to us. So he decides."""),
("I1", """How do you follow up on whether it works?"""),
("P04", """We have the reports from the supplier every month, how many alarms, how many false. And we have a quality meeting every second {{Thursday}}. I report to the kommunalsjef, [[Terje Ødegård|p]], and he reports to the politicians. The last report I sent, let me see, [[23.08.2023|d]], it said we have forty-one sensors in use and about six false alarms {{per week}} in total. Which is okay. When we started it was, I don't know, sixty."""),
("I1", """And the staff's own use of systems — EPR, phones?"""),
("P04", """That's the real problem, honestly. We use {{Gerica}}, we have the alarm app, we have {{Teams}}, we have the key app, and every year there is one more. The technology is not the problem, it's that nothing talks to each other. And for me as a Swede, I also have two BankIDs, the Swedish and the Norwegian, and they are different, so I have been locked out of {{Helsenorge}} three times. My colleague [[Siv|p]] made me a little paper with all the steps, it's in my wallet."""),
("I1", """What would you say to another municipality that is about to start?"""),
("P04", """Involve the night shift. Always. The day people think they know, but the night is a different world. And find your [[PK|p]], somebody who will test it on his own door. And don't let the supplier decide the routines. Also — talk with the fire department, [[Glåmdal brannvesen|o]], because the door sensors and the fire alarms, they need to be on the same page."""),
("I1", """Anything else you want to add?"""),
("P04", """No, I think that's it. If you need to reach me, my number is [[+47 915 63 208|ph]], or [[annika.bergqvist@eidskog.kommune.no|e]]. Not in {{July}}, in July I am in a cabin in [[Glaskogen|pl]] with no signal, deliberately."""),
("I1", """Perfect. Thank you, [[Annika|p]]."""),
]}

# ---------------------------------------------------------------- P05 (nb, Trøndersk)
T["P05"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Sånn, nå tar den opp. Takk for at du stilte, [[Geir Magne|p]]. Kan du fortelle litt om deg sjøl først?"""),
("P05", """Jada. Æ e [[Geir Magne Støren|p]], men alle kalle mæ [[Geirmagne|p]] i ett ord, eller bare [[GM|p]]. Æ e sykepleier, æ jobbe i hjemmetjenesten på [[Heimdal|pl]], har gjort det i tolv år no. Og så e æ {{superbruker}}, eller ressursperson, eller ka dem no kalle det for tida, det skifte navn hvert år. Før det jobba æ på [[St. Olav|o]], på kirurgen, men æ orka itj turnusen der."""),
("I1", """Hvordan begynte det med nettbrett hos dere?"""),
("P05", """Det begynte med {{korona}}, ærlig talt. Æ husker det godt, [[torsdag 12. mars 2020|d]], da alt stengte, og vi hadde en haug med gamle folk som plutselig itj fikk besøk av ongan sine. Og han [[Per|p]], han e leder hos oss, [[Per Arne Skjetne|p]], han kom inn på kontoret dagen etter og sa: "[[GM|p]], vi må få te no med skjerm." Og så hadde vi ti nettbrett som hadde ligget i en skuff fra et prosjekt som aldri ble no av. Så æ sto der hele helga og installerte {{Teams}} og sånne store knappa."""),
("I1", """Hvem fikk dem?"""),
("P05", """Først dem som hadde minst besøk fra før. Det va ei dame på [[Saupstad|pl]], [[Gunvor|p]], ho va [[nitti år|ag]], og ho hadde en sønn i [[Tromsø|pl]] og en datter i [[Spania|pl]], på [[Costa Blanca|pl]]. Og de første gangan, heller, det va komisk. Ho holdt nettbrettet opp ved øret som en telefon og ropte "HALLO, E DU DÆR?", og datteren, ho [[Åse|p]], så bare rett inn i øret hennes. Men etter en uke eller to, da satt ho med kaffekoppen og prata i en time. Ho sa te mæ: "[[Geir Magne|p]], det her e det beste som har skjedd mæ sia krigen." Det har æ tenkt på mange ganga."""),
("I1", """Var det noen det ikke fungerte for?"""),
("P05", """Ja da. Han [[Ola|p]] på [[Kolstad|pl]], [[Ola Rønningen|p]], han va dement og ble bare redd. Han trudde det va nokka som satt inni skjermen og så på han. Så han la et håndkle over. Og det e jo egentlig ganske fornuftig, når du tenke på det, ha ha. Så for han gikk vi tilbake te vanlig fasttelefon. Han hadde {{Alzheimer}}, ja, så det va mye forvirring fra før."""),
("I1", """Hva har skjedd med nettbrettene etter pandemien?"""),
("P05", """No har vi gått over te digital hjemmeoppfølging, det e et større prosjekt i [[Trondheim kommune|o]]. Folk med {{KOLS}} og hjertesvikt får nettbrett med måleutstyr, og så sende dem inn målingan hver morra. Og så sitte det sykepleiera på [[Heimdal helsehus|o]] og følge med, og ringe hvis no e rart. Det e mye bedre organisert enn korona-greia, men også mer byråkrati. Du skal gjennom {{ROS-analyse}} og databehandleravtale og alt mulig."""),
("I1", """Hvordan er rollen som superbruker for deg?"""),
("P05", """Den e… ja, det e to sida. Æ like det, æ e nysgjerrig av natur. Men det e itj satt av tid te det. Æ skulle hatt ti prosent, det står i avtalen, men i praksis e det null, for æ står på lista hver dag likevel. Så det blir på kvelden. Kona mi, [[Hilde|p]], ho sei at æ har en ekstra jobb uten lønn. Og ho har jo rett. Forrige uke satt æ te halv elleve og fiksa et nettbrett for ei på [[Tiller|pl]] fordi sønnen hennes hadde endra passordet på wifien."""),
("I1", """Hvordan lærer kollegaene dine?"""),
("P05", """Mest ved å spørr mæ, ha ha. Nei, vi har hatt noen kurs. Men det som funke best, det e at æ tar med mæ én og én ut på tur. Sånn som [[Mariam|p]], ho e fra [[Afghanistan|pl]] og har jobba hos oss i tre år, ho va redd for nettbrettet i starten fordi ho va redd for å øydelegg nokka. Men no e ho mye flinkere enn mæ te å forklar for pasientan, ho e så rolig. Og [[Sivert|p]], han e nyutdanna fra [[NTNU|o]], han kan alt om teknologi men ingenting om gamle folk, så de to e et godt team."""),
("I1", """Har det vært situasjoner der teknologien skapte problemer?"""),
("P05", """Ja. En gang fikk vi en måling fra en pasient som va helt krise, oksygen på {{åttisju}} eller no sånt, og vi ringte og ringte. Og så viste det seg at det va barnebarnet, [[Jonas|p]], som va på besøk og hadde testa fingerklypa på seg sjøl, med kalde fingra etter å ha vært ute. Ha ha. Men det e også noen alvorlige. I fjor, [[3. november|d]], hadde vi et tilfelle der nettbrettet itj synkroniserte over natta, og det va en mann i [[Byåsveien 170|a]] som ble dårlig og ingen så det før klokka tolv. Han kom på [[St. Olav|o]] og det gikk bra. Men det ble avviksmelding, og det ble mye styr."""),
("I1", """Hva tenker du om fremtiden?"""),
("P05", """Æ trur det blir mer og mer. Vi blir jo itj flere, og det blir flere gamle. Men æ e litt bekymra for at vi glømme at teknologien treng folk. Noen må lade, noen må oppdatere, noen må forklare. Det e itj gratis. Og hvis superbrukeran slutte fordi dem e sliten, da stoppe alt. Det har æ sett i [[Melhus|pl]], der slutta ho som kunne alt, og da lå prosjektet nede i et halvt år."""),
("I1", """Tusen takk. Er det noe mer?"""),
("P05", """Nei, æ trur æ har sagt det meste. Bare ring hvis du lure på nokka, [[922 18 403|ph]]. Æ tar alltid telefonen, det e vel problemet mitt, ha ha."""),
]}

# ---------------------------------------------------------------- P06 (stt-en, Filipino nurse)
T["P06"] = {"lang": "en", "reg": "stt-en", "turns": [
("I1", """okay so its recording now thank you for coming [[maricel|p]] can you start by telling me a little bit about your background"""),
("P06", """yes thank you so my name is [[maricel santos dalisay|p]] i am from the [[philippines|pl]] from [[iloilo|pl]] originally and i came to [[norway|pl]] in twenty fourteen first as au pair in [[stavanger|pl]] with a family in [[madla|pl]] and then i took the nursing approval the autorisasjon it took almost three years because of the papers and now i am working as nurse at [[austrått sykehjem|o]] in [[sandnes|pl]] in the dementia unit second floor"""),
("I1", """what kind of technology do you use in your unit"""),
("P06", """we have the the sensor on the on the door and the bed sensor and we have the medicine robot in the medicine room not for the patients but the one that makes the the dosett no the multidose and we have {{dips}} no sorry we have {{jerica}} for the journal and dips is in the hospital in [[sus|o]] so when the patients come back from [[sus|o]] we get the epikrise in the in the e link"""),
("I1", """and how was it for you learning these systems"""),
("P06", """honestly the the language was more difficult than the system because all the words in gerica is norwegian of course and some words they are so long like pasient administrative something and my colleague [[rowena|p]] she is also filipino she came two years before me and she helped me a lot we sit together in the break and she explained and also [[gunnhild|p]] the the {{avdelingsleder}} she was very patient with me she said [[maricel|p]] you take your time but you have to document everything because if not written not done"""),
("I1", """can you give an example of a difficult situation"""),
("P06", """yes there was one night it was the [[twenty third of december|d]] i remember because we had the {{julebord}} the day before and half of the staff was tired haha and the bed sensor for one lady in room [[two hundred and twelve|id]] she was [[ninety seven years|ag]] old the alarm did not come on the phone because the the phone was on silent mode somebody had put it on silent it was [[tor|p]] he is a student he didnt know and she was on the floor for i think forty minutes and her son was very angry mister [[egeland|p]] he called the the kommune and the newspaper [[sandnesposten|o]] but they did not write anything"""),
("I1", """how did the unit respond"""),
("P06", """we had a meeting with the the leader and the it people from the kommune [[sandnes kommune|o]] and they made a new routine that the phone cannot be on silent there is a lock and now every shift we check the phones at the start like a check list and we have to sign so its better but its more work also every shift there is something more to sign"""),
("I1", """how do you talk with relatives about the sensors"""),
("P06", """sometimes its difficult because some of them they think its a camera they think we are watching their mother in the shower and i have to explain its not a camera it only feels the weight in the bed and there is one daughter [[kristin|p]] no i think [[kirsten|p]] she asked me if the sensor can measure if her father is sad haha i said no i wish but no"""),
("I1", """do you think your background as a filipino nurse affects how you work with the technology"""),
("P06", """maybe in the [[philippines|pl]] we dont have so much technology in the nursing home actually we dont have so many nursing homes the family take care so for me the first time i saw a sensor i was like wow but also i think why is nobody sitting with this lady why is it a machine so i have both feelings and my mother she is in [[iloilo|pl]] she is [[seventy eight|ag]] and my sister takes care of her at home no sensor nothing just my sister"""),
("I1", """do you use video calls with your family"""),
("P06", """yes every day {{messenger}} video with my mother and on {{sunday}} all the family together my brother in [[dubai|pl]] my sister in [[manila|pl]] and me in [[sandnes|pl]] so its like a family meeting haha sometimes the wifi is bad in [[iloilo|pl]]"""),
("I1", """finally is there anything you would want to change at your workplace"""),
("P06", """more people not more machines haha no the machines are okay but we need time to learn them properly not only one hour course and then go and the courses should be in english sometimes or at least the slides because i can understand but its slow for me and the it support is only in norwegian and when you call at night they speak so fast if you need more you can call me my number is [[nine seven four two two eight one six|ph]] or email [[maricel dot dalisay at sandnes dot kommune dot no|e]]"""),
("I1", """thank you so much [[maricel|p]]"""),
("P06", """thank you too it was nice to talk"""),
]}

# ---------------------------------------------------------------- P07 (nb, Oslo-øst)
T["P07"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Da er vi i gang. Takk for at du kom, [[Kenneth|p]]. Kan du si litt om hvem du er og hva du driver med?"""),
("P07", """Ja, heisann. Jæ heter [[Kenneth Andersen Lie|p]], men alle kaller meg [[Kenny|p]], har gjort det siden barneskolen på [[Lindeberg|pl]]. Jeg er {{helsefagarbeider}}, jobber på [[Trosterud sykehjem|o]], på skjerma avdeling. Vært der siden tjueseksten. Før det kjørte jeg buss for [[Ruter|o]], faktisk, i fem år, så jeg kjenner hver eneste holdeplass i [[Groruddalen|pl]], og det har vært nyttig, skal du se."""),
("I1", """Spennende. Hvordan da?"""),
("P07", """Jo, for vi har sånne GPS-klokker på noen av beboerne. Dem som er litt, ja, vandringsglade, som vi sier. Og når en av dem forsvinner, så er det liksom jeg som vet at hvis klokka står stille ved [[Furuset senter|pl]], så sitter 'n sikkert på benken ved bussen og venter på en buss som gikk i nittitallet. Og hvis den beveger seg mot [[Ellingsrudåsen|pl]], så har 'n tatt T-banen feil vei."""),
("I1", """Kan du fortelle om en gang noen forsvant?"""),
("P07", """Ja, ja. Det er 'n [[Asbjørn|p]], da. [[Asbjørn Lunde|p]]. Han er [[åtti|ag]], men han sier sjøl at han er like ung som meg. Tidligere trikkefører, faktisk, så vi har mye å snakke om, vi to. Han har {{Alzheimer}} og han er sterk som en okse. Det var [[lørdag 17. juni|d]], varmt som bare det, og plutselig er 'n borte. Døra hadde stått åpen fordi vi hadde grilling i hagen med pårørende. Og klokka, ja, den lå på nattbordet hans. Han hadde tatt den av fordi den klødde."""),
("I1", """Hva gjorde dere da?"""),
("P07", """Panikk, først. Så ringte vi politiet, og a [[Tove|p]], hun som er sykepleier på vakt, hun ringte datteren hans, a [[Bente|p]]. Og jeg, jeg hoppa i bilen min, en gammel Golf, [[DJ 45120|id]], og kjørte rundt. For jeg tenkte, hvor ville en gammel trikkefører gått? Og så fant jeg 'n på [[Jernbanetorget|pl]]! Han hadde tatt T-banen helt ned til byen, uten billett sjølsagt, og satt og så på trikkene. Helt fornøyd. Klokka var halv ni om kvelden. Han sa "[[Kenny|p]], hva gjør du her?", som om det var jeg som var forvirra."""),
("I1", """Har det endret hvordan dere bruker klokkene?"""),
("P07", """Ja, vi har prøvd å få dem til å bruke den hele tida, men det er ikke lett. Nå har vi bytta til en som ligger i skoen, i sålen. Det er et firma, [[Sporingsteknikk Nord|o]], som har den. [[Asbjørn|p]] veit ikke om den engang. Det er jo litt etisk vanskelig, det har vi diskutert mye, med a [[Bente|p]] og med fagutviklingssykepleieren, hun [[Hanne Kristoffersen|p]]. Vi har vedtak etter {{kapittel 4A}}, og det er jo greit nok, men det føles litt sånn… snikete. Men det er bedre enn at 'n blir liggende i en grøft."""),
("I1", """Hvordan er det med opplæring i GPS-løsningen?"""),
("P07", """Det er meg, {{ass}}. Jeg er superbrukern, ja. Det ble sånn fordi jeg var den eneste som ikke var redd for appen. Du ser kartet i en app, og så må du ha passord, og så må du ha {{BankID}}, og så skal du ha to-faktor, og da har de fleste gitt opp. Så da ringer dem meg. Jeg har hatt telefoner når jeg har vært på hytta i [[Sigdal|pl]], når jeg har vært på [[IKEA Furuset|o]], når jeg har vært på fotballkamp med ungen på [[Grorud|pl]]. Dama mi sier at jeg burde fått egen lønn for det."""),
("I1", """Hvem andre bruker systemene?"""),
("P07", """Vi har mange fra forskjellige land på avdelinga, det er jo [[Groruddalen|pl]]. [[Abdirahman|p]], han er fra [[Somalia|pl]], kjempeflink med beboerne, han synger for dem. [[Jovana|p]] fra [[Serbia|pl]]. Og så [[Siv|p]], som har vært her siden åttitallet. Og det er klart, når alt er på norsk, og fagspråket og IT-språket i tillegg, da blir det mye. [[Abdirahman|p]] sa til meg en gang: "[[Kenny|p]], jeg lærte norsk, så lærte jeg helsenorsk, og nå må jeg lære datanorsk." Det syns jeg sa alt, egentlig."""),
("I1", """Er det noen historier fra pårørende du husker?"""),
("P07", """Ja, det er ei, jeg kaller a [[Mona|p]], for det heter a. [[Mona|p]] er datter til ei dame som var her i fjor, [[Rigmor|p]], og [[Mona|p]] ville at vi skulle sette kamera på rommet. Hun ville se mora på telefonen sin. Det kan vi jo ikke. Så hun kjøpte et sjøl, et sånt babyovervåkingskamera fra [[Elkjøp|o]], og satte det opp på rom [[311|id]]. Og det ble jo en hel sak. Vi måtte ta det ned, og [[Mona|p]] ble sur, og vi hadde møte med ledelsen. Det endte med at hun flytta mora til et privat sted i [[Lillestrøm|pl]]. Så der vant vel ingen."""),
("I1", """Hva mener du burde vært gjort annerledes?"""),
("P07", """Snakke mer før, tror jeg. Vi var så opptatt av reglene at vi glemte å spørre hvorfor a ville ha kamera. Hun var redd. Mora hadde falt to ganger. Så hvis vi hadde snakka om det, kanskje hun hadde vært fornøyd med en sengesensor. Jeg veit ikke. Men det lærte jeg, {{liksom}}: spør hvorfor først."""),
("I1", """Takk. Noe du vil legge til helt til slutt?"""),
("P07", """Bare at 'n [[Asbjørn|p]] har det fint nå. Han fikk bursdagskake [[4. august|d]], han ble [[åttien|ag]], og han fikk en modelltrikk av meg. Han kaller meg fortsatt konduktøren. Det er fint, det."""),
]}

# ---------------------------------------------------------------- P08 (en, Eritrean helsefagarbeider)
T["P08"] = {"lang": "en", "reg": "en", "turns": [
("I1", """Okay, the recorder is on. Thank you for joining, [[Semhar|p]]."""),
("P08", """You're welcome. So I'm [[Semhar Tesfamariam|p]], I'm thirty… I am [[thirty-four|ag]], I was born in [[Asmara|pl]] in [[Eritrea|pl]], and I came to [[Norway|pl]] in 2013, first to a reception centre in [[Lødingen|pl]], then I was settled in [[Tromsø|pl]]. I took the {{helsefagarbeider}} education at [[Kvaløya videregående skole|o]], and since 2019 I work in hjemmetjenesten, the home care, in [[Tromsdalen|pl]] and across the bridge."""),
("I1", """What kind of technology do you meet in your work?"""),
("P08", """A lot! Every patient has something. The trygghetsalarm, the safety alarm, almost all. Some have the medicine dispenser, the {{Pilly}}. Some have the door sensor. And now we have the night-time digital tilsyn, with the camera that only looks when the sensor says something. We drive at night with a tablet in the car and when the alarm comes we can first look, is she on the floor or is she just going to the toilet. It saves many drives. In [[Tromsø|pl]] in winter, you know, to drive out to [[Kvaløya|pl]], to [[Ersfjordbotn|pl]], in the snow, it takes forty minutes."""),
("I1", """Could you tell me about a night when that made a difference?"""),
("P08", """Yes. There is one woman, she has {{Down syndrome}} and she is getting dementia, it comes early with Down syndrome, you know. She is only [[fifty-eight|ag]]. She lives in a small flat in [[Storgata 88, 9008 Tromsø|a]]. Her name is, I can say [[Ruth|p]], no? Okay. [[Ruth|p]] likes to get up in the night and walk around and talk with her dolls. Before the camera, the sensor was ringing, ringing, and every time we drove. Now we can look, and see, okay, [[Ruth|p]] is talking to the dolls, she is fine. But one night, it was the [[2nd of February|d]], I saw her on the floor not moving, and we were there in eight minutes, me and [[Yonas|p]]. She had a seizure. So that time we were fast."""),
("I1", """How did you and your colleagues learn to use the system?"""),
("P08", """We had a course with [[Siv Hansen|p]], she is the project nurse for velferdsteknologi in [[Tromsø kommune|o]]. [[Siv|p]] is very good, very structured. But the course was one day, and the first week on night shift was, hmm, chaos. I called [[Siv|p]] at three in the night one time, I was so embarrassed. She answered! She said "[[Semhar|p]], this is what the number is for." So now we have a night number for tech problems, [[940 22 871|ph]]."""),
("I1", """Do you think being from [[Eritrea|pl]] shapes how you think about these technologies?"""),
("P08", """Yes, I think about this a lot. In my culture, the old people live with the family. My grandmother in [[Keren|pl]], she is in her [[nineties|ag]], nobody knows exactly, there is no paper. She would never, never accept a camera. But here the old people want to be alone, independent, so the camera is the price for being alone in your own house. I understand it, but sometimes I feel sad. Some of my patients, I am the only person they see {{per day}}. The only face. So when we replace the visit with a camera, I think, who is talking to them now?"""),
("I1", """Have patients said anything about this themselves?"""),
("P08", """One man, [[Aksel|p]], he lives in [[Hamna|pl]], he told me "you are my television, [[Semhar|p]]". He is funny. He has {{KOLS}}, he has the oxygen. He is [[eighty-seven|ag]]. He said yes to the camera because, he said, "then maybe a beautiful girl will watch me at night", haha. But then he asked if he can watch us back. I said no, [[Aksel|p]], it's only one way."""),
("I1", """What about the relatives?"""),
("P08", """Mostly good. They feel safe. [[Aksel|p]]'s son lives in [[Oslo|pl]], [[Geir|p]], and he calls the office every week to ask if his father is okay. He calls on the main number and asks for me. So everybody in the office knows, "[[Semhar|p]], it's [[Geir|p]] again". Haha. But it's nice. It's nice that somebody cares."""),
("I1", """Are there technical problems you face?"""),
("P08", """Yes, the network. In the mountains, on the islands, the camera sometimes is not {{on line}}, it's offline for hours. And the tablet in the car, the battery dies in the cold. And {{Gerica}} — we have to document every look, every time we look in the camera we have to write it, and that takes more time than the look. Sometimes I think we spend more time with the computer than with the people."""),
("I1", """If you could design the system yourself, what would you change?"""),
("P08", """I would make it talk. Not to the patient, to me. Like, [[Aksel|p]] is sleeping normally tonight, same as always. And I would make the documentation automatic. And I would give every patient one visit in person every day, no matter what, even if the camera is there. Maybe that's expensive. But [[Tromsø kommune|o]] has money for a new bridge, so."""),
("I1", """Thank you, [[Semhar|p]]. Is there anything else?"""),
("P08", """No, that's all. Oh — you can use my private email for the results, [[semhar.t.1989@gmail.com|e]], I don't check the work one when I'm off."""),
]}

# ---------------------------------------------------------------- P09 (nn, einingsleiar Ørsta)
T["P09"] = {"lang": "nn", "reg": "nn", "turns": [
("I1", """Takk for at du ville stille opp, [[Jostein|p]]. Kan du starte med å fortelje kva rolle du har?"""),
("P09", """Ja. Eg er {{einingsleiar}} for heimetenestene i [[Ørsta kommune|o]], det har eg vore sidan 2018. Før det var eg sjukepleiar i mange år, på [[Volda sjukehus|o]], på medisinsk. Eg er frå [[Hovdebygda|pl]] opphavleg, så eg kom berre heim att, kan du seie. Og så sit eg i styringsgruppa for velferdsteknologiprosjektet vårt, som vi har saman med [[Volda|pl]], og så har vi hatt eit lite samarbeid med fleire kommunar på [[Søre Sunnmøre|pl]]."""),
("I1", """Kva har vore det viktigaste prosjektet for dykk?"""),
("P09", """Det må vere digitalt nattilsyn og dørsensorar. Vi har mange som bur langt unna, i [[Bjørke|pl]], i [[Sæbø|pl]], inn i [[Hjørundfjorden|pl]] — der er det jo berre ferje — og når det går ein alarm på natta, så kan det ta ein time før nokon er der. Så det var eit behov for å kunne sjå kva som faktisk hende utan å køyre. Og vi kjøpte inn, ja, det var eit stort innkjøp, og det var mykje krangel, det skal eg vere ærleg på."""),
("I1", """Kva handla krangelen om?"""),
("P09", """Kven som skulle betale, først og fremst. Og kven som skulle eige dataa. Ho som leia prosjektet i starten, [[Brit-Eli Kvalsund|p]], ho ville at alt skulle ligge hos leverandøren i skya, og IT-sjefen vår, [[Eldar|p]], han var heilt imot. Så var det eit møte, [[fredag 9. september|d]], det hugsar eg, som enda med at [[Brit-Eli|p]] gjekk ut og smelde med døra. Og det er ikkje likt henne, ho er ei roleg dame. Men ho hadde jobba med det i to år og kjende at det vart teke frå henne. Vi kalla henne berre [[Eli|p]]. Ho slutta månaden etter, og no er ho i [[Ålesund kommune|o]], så det gjekk bra med henne."""),
("I1", """Korleis gjekk det vidare etter det?"""),
("P09", """Vi fekk inn ein ny prosjektleiar, [[Halvard Vik|p]], som kom frå [[Helse Møre og Romsdal|o]], og han var meir pragmatisk. Vi enda med ein avtale med [[Sunnmøre Tryggleik AS|o]] — dei held til i [[Ulsteinvik|pl]] — der data ligg i [[Noreg|pl]], og IT har tilgang. Det er ikkje perfekt, men det fungerer. Og no har vi, la meg sjå, trettifem brukarar med nattilsyn og rundt sytti med dørsensor."""),
("I1", """Kan du gje eit døme på ein brukar der dette har fungert?"""),
("P09", """Det er ein mann i [[Sæbø|pl]], ein tidlegare fiskar, han har {{Huntington}}, så han er ikkje så gammal eigentleg, [[sekstisju|ag]], men han har store rørsler og fell mykje. Han bur med kona, [[Gunn|p]], i eit hus nede ved kaia, og ho har vore heilt utsliten. Ho hadde ikkje sove ei heil natt på fleire år. Etter at vi fekk sensorane, så kan ho sove. Det er vi som vaknar no, ikkje ho. Ho kom på kontoret med blomar. Det var rørande. Eg har dei framleis, tørka, i vindauget."""),
("I1", """Er det nokon som ikkje har ønskt det?"""),
("P09", """Ja, fleire. Og det respekterer vi. Det er ei dame i [[Bondalen|pl]] som sa: "Eg har levd i [[nittitre år|ag]] utan at nokon har sett på meg i senga, og eg tek ikkje til med det no." Og det er jo heilt rett. Ho har tryggleiksalarm og det er nok for henne. Dotter hennar, [[Solveig|p]], var litt usamd, men vi må høyre på den det gjeld."""),
("I1", """Korleis er samarbeidet med IT og innkjøp i det daglege?"""),
("P09", """Betre no. [[Eldar|p]] og eg har lunsj kvar {{torsdag}}, det var eigentleg ideen til [[Halvard|p]], at vi skulle ete saman. Det høyrest teit ut, men det har hjelpt. Før sende vi e-postar med kopi til alle. No tek vi det over ei brødskive. Innkjøp er vanskelegare, for det ligg i [[Volda|pl]], og der er det éin person, [[Marte|p]], som gjer alt for begge kommunane, og ho drukner."""),
("I1", """Kva med systema dykkar — journal og så vidare?"""),
("P09", """Vi har {{CosDoc}}, og det fungerer sånn passe. Sensorvarsla kjem ikkje inn i journalen, så det må skrivast inn for hand. Det er dobbeltarbeid. Vi har ønskt integrasjon, men leverandøren seier det kostar eit sekssifra beløp. Så det får vente. Og så er det snakk om at heile [[Møre og Romsdal|pl]] skal over på {{Helseplattformen}} etter kvart, men vi har jo sett korleis det har gått i [[Trondheim|pl]]…"""),
("I1", """Er det noko du vil leggje til til slutt?"""),
("P09", """Berre at eg trur vi må tore å seie at teknologi ikkje er gratis, og at det ikkje sparer pengar det første året. Kanskje ikkje det andre heller. Men det sparar folk for mykje uro. Og om du treng meir, så er kontornummeret mitt [[70 04 91 33|ph]], eller send ein e-post til [[jostein.rise@orsta.kommune.no|e]]."""),
("I1", """Takk for samtalen, [[Jostein|p]]."""),
("P09", """Takk sjølv. Og lukke til med skrivinga."""),
]}

# ---------------------------------------------------------------- P10 (nb, nordnorsk, samisk helsefagarbeider)
T["P10"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Da er vi i gang. Takk for at du tok deg tid, [[Máret|p]]."""),
("P10", """Ja, bare hyggelig. Æ heite [[Máret Ánne Somby|p]], men på jobben e æ bare [[Máret|p]]. Æ e {{helsefagarbeider}} på [[Karasjok helsesenter|o]], på sykehjemsdelen, og æ har jobba der sia 2005, så det e nesten tjue år. Æ e født og oppvokst her i [[Kárášjohka|pl]], eller [[Karasjok|pl]] på norsk, og familien min har rein, bror min driv med det fortsatt. Æ snakke samisk med de fleste av beboeran, for de aller fleste her e samisktalende, og noen av dem har glemt norsken når de blir demente."""),
("I1", """Hvordan påvirker det bruken av teknologi?"""),
("P10", """Ja, det e jo det. Alt e på norsk. Skjermen på nettbrettet, stemmen i alarmen, appen. Vi hadde en sånn medisindispenser, en {{Evondos}}, hos en kar hjemme før han kom inn til oss, og den sa "Det er tid for medisin" på norsk. Og han, [[Nils Ánte|p]] — ja, han e død no, så det går vel an — han skjønte ikkje ka den sa. Han trudde det va radioen. Så dattera hans, [[Elle Márjá|p]], ho tok opp sin egen stemme på samisk og ba leverandøren legge det inn. Og det gikk ikkje, for systemet hadde bare norsk, svensk, finsk og engelsk. Finsk! Men ikkje samisk."""),
("I1", """Hva skjedde da?"""),
("P10", """Ho ringte og ringte. Æ husker ho sa at ho hadde snakka med seks forskjellige folk hos leverandøren, i [[Finland|pl]]. Til slutt fikk vi en løsning der vi satte en liten lapp med samisk tekst på maskinen, og [[Inga|p]], kollegaen min, ho ringte han hver morra klokka ni og sa det på samisk, at no e det medisintid. I to år ringte ho. Det va egentlig det som funka, ikkje maskinen. Det va [[Inga|p]] sin telefon."""),
("I1", """Bruker dere videosamtaler med pårørende?"""),
("P10", """Ja, mye. Mange har familie langt unna, i [[Tromsø|pl]], i [[Oslo|pl]], noen i [[Kiruna|pl]] på svensk side. Og i {{reinflyttinga}}, på våren, da e familien på vidda i ukesvis, og da har vi satt opp sånn at de kan ringe fra telefonen når de har dekning. Det va ei av beboeran, [[Biret|p]], ho e [[nittito|ag]], og ho fikk se oldebarnet sitt bli født på video. Oldebarnet ble født på [[Hammerfest sykehus|o]], og ho satt her og gråt. Det glemmer æ aldri."""),
("I1", """Hvordan er det med GPS og sporing her, med så store avstander?"""),
("P10", """Det e en egen greie. Vi hadde en mann, [[Ánde|p]], tidligere reindriftsutøver, og han ville ut på vidda. Han hadde jo vært der hele livet. Han visste veien i søvne, sjøl med {{demens}}. Men han gikk jo ut i minus førti. Vi fikk ei {{GPS-klokke}} på han, og dekninga e jo, ja. Den sa at han va i [[Šuoššjávri|pl]] når han va i skogen bak kirka, ha ha. Så [[19. januar 2022|d]] måtte vi ringe bror min, [[Johan Mathis|p]], som tok scooteren og fant han nede ved elva, i sporene sine. [[Johan Mathis|p]] sa etterpå: "[[Ánde|p]] gikk rett, det va klokka som gikk feil.\""""),
("I1", """Hva tenker du om det, etisk?"""),
("P10", """Det e vanskelig. For [[Ánde|p]] va vidda friheten hans. Å sette ei klokke på han, det va å si at han ikkje fikk være fri lenger. Men å la han gå og fryse i hjel, det e jo heller ikkje frihet. Vi snakka mye med familien, og med [[Sámi klinihkka|o]] i [[Karasjok|pl]], de har en psykiater som kjenner samisk kultur, [[Aslak Gaup|p]]. Han sa at vi måtte spørre [[Ánde|p]] sjøl, mens han ennå kunne svare. Og han sa ja, på samisk: "Hvis det e for at dokker skal slippe å leite, så greit." Han tenkte på oss, ikkje på seg sjøl."""),
("I1", """Hvordan er opplæringen i teknologi for dere?"""),
("P10", """Den kommer fra [[Hammerfest|pl]] eller fra [[Vadsø|pl]], fra [[Finnmarkssykehuset|o]] eller fra [[Statsforvalteren|o]], og den e alltid på norsk og på {{Teams}}. Og det e greit for mæ. Men vi har to-tre ansatte som e mer komfortable på samisk, og for dem blir det mye. Vi har spurt om å få kurs på samisk, og de sier at det e for dyrt å oversette. Men så kommer det penger til alt mulig anna. Så det e litt sånn, ja. Du vet."""),
("I1", """Har du selv vært superbruker?"""),
("P10", """Ja, {{liksom}} uoffisielt. Når noen har problem med nettbrettet, så kommer de til mæ, for æ har tre ungdomma hjemme og de har lært mæ alt. Yngste, [[Sara|p]], ho e [[femten|ag]] og kan alt. Når æ står fast, så sender æ bilde til ho på {{Snapchat}}. Ikkje si det til ledelsen, ha ha."""),
("I1", """Er det noe du vil legge til?"""),
("P10", """At teknologi må komme på samisk, ikkje bare oversatt, men tenkt på samisk. At det e noen som spør oss før de kjøper. Og at det ikkje e en erstatning for [[Inga|p]] sin telefon, om du skjønner. Det e det viktigste. Og vil du ringe mæ seinere, så e nummeret [[nittifire, tjueåtte, null sju, sekstien|ph]]. Bare send en melding først, æ e ofte på vidda i helgene."""),
]}

# ---------------------------------------------------------------- P11 (stt-nb, helsesekretær)
T["P11"] = {"lang": "nb", "reg": "stt-nb", "turns": [
("I1", """ja da er opptaket i gang takk for at du ville være med [[anne grete|p]]"""),
("P11", """ja takk for at jeg fikk være med jeg heter [[anne grete fossum|p]] og jeg er helsesekretær har vært det i tjuefem år nesten jeg jobber på [[strømmen legesenter|o]] men vi er jo også en del av den kommunale helsetjenesten i [[lillestrøm kommune|o]] så jeg har litt sånn begge beina i hver leir kan du si jeg sitter i skranken og på telefonen og så har jeg ansvar for e resept og sånn og så ble jeg superbruker på det nye journalsystemet da vi bytta i fjor"""),
("I1", """hvilket system byttet dere til"""),
("P11", """vi gikk fra {{infodoc}} til {{system x}} og det var et helvete unnskyld språket men det var det vi mista masse timebøker i overgangen og folk kom på timer som ikke fantes og doktor [[nilsen|p]] hadde dobbeltbooka en hel dag [[tirsdag fjortende mars|d]] jeg husker det fordi jeg hadde bursdag og satt til klokka ni om kvelden og ringte pasienter"""),
("I1", """hvordan var samarbeidet med hjemmetjenesten rundt dette"""),
("P11", """ja det er en sånn ting som folk ikke tenker på at legekontoret og hjemmesykepleien de snakker sammen hele tiden via elektroniske meldinger pleie og omsorgsmeldinger p l o meldinger heter det og når systemet var nede så kom ikke meldingene fram og det var en eldre mann i [[kjeller|pl]] [[harald|p]] han står på {{marevan}} og da må doseringa komme fram til hjemmesykepleien og den meldinga satt fast i fire dager så ringte sykepleieren fra [[hjemmetjenesten strømmen|o]] hun [[vår|p]] hun heter [[vår|p]] det er et navn ja og spurte hvor blir det av doseringa og da fant vi ut at den lå i en kø"""),
("I1", """hva skjedde med pasienten"""),
("P11", """det gikk bra heldigvis han fikk en ekstra blodprøve og {{inr}} var litt høy men ikke farlig han er [[åttiseks|ag]] og bor alene i [[gamle kirkevei femten|a]] og datteren hans [[randi|p]] hun ringte oss hver dag etter det og hun var ikke blid men hun hadde rett da altså vi skal ikke skylde på systemet men det var systemet"""),
("I1", """hvordan opplevde du rollen som superbruker"""),
("P11", """det var mye ansvar jeg fikk et kurs på to dager på [[gardermoen|pl]] på et hotell [[scandic gardermoen|o]] og så skulle jeg lære opp alle de andre fem sekretærene og seks legene og legene de er de verste altså de vil ikke sette av tid de sier bare fiks det du [[anne grete|p]] så jeg satt med [[ahmed|p]] den nye legen han er flink og [[tone bergersen|p]] i hver lunsj i tre uker i {{vår avdeling}} ble vi ferdig til slutt"""),
("I1", """hva med pasientene hvordan har de merket overgangen"""),
("P11", """de merker det mest på {{helsenorge}} at de ikke fikk svar på meldinger og timebestillinga på nett lå nede i en uke og da ringte alle og telefonkøen var på sånn førti femti stykker hele tiden og folk ble sinte og en mann kom inn i skranken og kjefta så han spytta liksom og da måtte [[frode|p]] som er daglig leder komme ut og så var det to damer som het [[kari hansen|p]] begge to født samme år som ble slått sammen til én pasient i det nye systemet og jeg kan fortsatt fødselsnummeret til den ene utenat [[05034412369|id]] for jeg tasta det så mange ganger den uka"""),
("I1", """har dere noe velferdsteknologi som berører legekontoret"""),
("P11", """ja vi har en del som har digital hjemmeoppfølging {{kols}} pasienter og hjertesvikt og de måler seg og så går det til [[lillestrøm kommune|o]] sitt oppfølgingssenter på [[kjeller|pl]] og så hvis noe er galt så ringer de oss og da skal jeg booke time samme dag og det er jo bra men det er litt uklart hvem som har ansvaret om kvelden og i helger for da er vi jo stengt og da går det til legevakta på [[ahus|o]]"""),
("I1", """kan du gi et eksempel på uklart ansvar"""),
("P11", """en fredag ettermiddag [[fredag tjuesjuende oktober|d]] tror jeg det var kom det et varsel om en dame i [[sørumsand|pl]] hun hadde veldig høyt blodtrykk og vi hadde stengt klokka fire og meldinga kom kvart over og den ble liggende over hele helga og på mandag ringte sønnen og sa at hun hadde vært innlagt på [[a hus|o]] på lørdag så det gikk bra men det var ikke takket være oss og det har jeg tenkt mye på"""),
("I1", """hva tenker du burde vært annerledes"""),
("P11", """at noen har ansvar hele døgnet altså at varslene ikke bare går til et legekontor som er stengt det burde gå til legevakta eller en sentral og at vi som sekretærer får være med når de planlegger sånt for vi ser jo hvor det lekker {{ikke sant}}"""),
("I1", """takk for det [[anne grete|p]] noe mer du vil si"""),
("P11", """nei bare at hvis du vil snakke mer så er det bare å ringe meg på jobb nummeret er [[sekstisju nittiåtte tjueen tjuetre|ph]] eller på mail [[anne punktum grete punktum fossum krøllalfa lillestrøm punktum kommune punktum no|e]]"""),
]}

# ---------------------------------------------------------------- P12 (en, IT Kristiansand)
T["P12"] = {"lang": "en", "reg": "en", "turns": [
("I1", """Right, we're recording. Thanks for doing this in English, [[Tor Inge|p]] — it makes things easier for my co-author."""),
("P12", """No problem, I had three years in [[Aberdeen|pl]] with the oil, so my English is okay, maybe a bit Scottish. So I'm [[Tor Inge Mydland|p]], I work in the IT department in [[Kristiansand kommune|o]], the section for health and welfare technology, and I'm the, {{ehm}}, technical responsible for the welfare technology platform. Before that I was at [[Sørlandet sykehus|o]] for six years, in the IT there, with {{DIPS}}."""),
("I1", """What does the platform consist of?"""),
("P12", """So, basically, we have one responsplattform — a response centre platform — that receives all the alarms: safety alarms, door sensors, fall sensors, the digital night supervision. Everything comes into one place, and then the response centre, which is at [[Kongsgård|pl]], they look at it and decide who to send. Then we have integrations to the EPR, to {{Gerica}}, which honestly is the hardest part. And the infrastructure, the mobile network, the Wi-Fi in the nursing homes. That's my headache, the Wi-Fi. [[Vågsbygd omsorgssenter|o]] has walls from 1974 that eat every signal."""),
("I1", """How do you work with the clinical staff?"""),
("P12", """We try to have them with us from the start. We have a group of resource persons, one from each district, and we meet every month. The best one, I must say, is [[Tor|p]] — not me, another [[Tor|p]], [[Tor Storm|p]] — he's a nurse in home care in [[Randesund|pl]]. We call him [[Storm|p]] to separate us, and it fits, because he comes into the meeting {{like a storm}} with twenty problems written on a napkin."""),
("I1", """Can you give an example of one of those problems?"""),
("P12", """Yes, the classic one. A lady in [[Hånes|pl]] got a new door sensor, and every night at two-fifteen it went off. Every night. We checked everything, the battery, the firmware, we changed the sensor. [[Storm|p]] went there himself at two o'clock one night, sat in her kitchen. And what was it? Her cat. The cat flap. The cat went out every night at two-fifteen and the flap made the door vibrate. The lady, her name was [[Ellen|p]], she was [[ninety-three|ag]], she laughed so much when we told her. She said "{{Pusur}} has been reporting for duty". We moved the sensor ten centimetres and it was fixed."""),
("I1", """That's a nice story. What about the procurement side?"""),
("P12", """Ugh. Procurement. So we're in a joint procurement with the other municipalities in [[Agder|pl]], through [[Innkjøpssamarbeidet i Agder|o]], and that takes forever. The last tender was announced on the [[1st of March 2021|d]], and the contract was signed [[30.11.2021|d]]. Nine months. In that time the technology changed, one of the suppliers was bought by another and moved all its R&D to [[Finland|pl]], and the product we chose was not made any more. So we had to do a change order the first week."""),
("I1", """How do you handle data protection?"""),
("P12", """Very seriously, I hope. Every new solution needs a {{DPIA}}, a personvernkonsekvensvurdering, try saying that fast. And a {{ROS analysis}}. Our data protection officer, [[Marianne Aas Tønnessen|p]], she reads everything, every page. She's a lawyer, {{LLM}} from [[Bergen|pl]], and she is terrifying in a good way. There was one case, a daughter complained that a temp had looked at her mother's alarm history without reason. We checked the logs, and she was right. The complaint has the number [[2022/0877|id]] in our system, I still remember it. The temp was let go."""),
("I1", """How did that affect your practices?"""),
("P12", """We introduced log control every month, random samples, and [[Marianne|p]] sends a little warning letter when someone looks where they shouldn't. We also changed the access so temps only see the patients on their list for that shift. It's more work for the coordinator, but it's right. It was a hard lesson."""),
("I1", """Do you see any specific challenges for the users — the elderly people?"""),
("P12", """Many. My own father, he's [[eighty-one|ag]], he lives in [[Mandal|pl]] — well, it's [[Lindesnes|pl]] now after the merger, but everybody still says [[Mandal|pl]]. He has the safety alarm on his wrist, and he's so proud that he has never pressed it. "Never pressed it once," he says. Last year he fell in the garage and lay there two hours, and he didn't press it, because he didn't want to bother anyone. So the technology works perfectly, and the user doesn't use it. That's something IT can't fix."""),
("I1", """What happened after that?"""),
("P12", """We got him a fall sensor that triggers by itself. He hates it. He calls it "the spy". My sister [[Kristin|p]] bought it, so now he is angry with her, not me, haha. That's good tactics."""),
("I1", """Anything you'd like to add?"""),
("P12", """Just that it's a team sport. IT can't do this alone, the nurses can't do it alone. You need people like [[Storm|p]] who bring the napkins. And if you want the technical architecture drawings for the article, send me a mail, [[tor.inge.mydland@kristiansand.kommune.no|e]]. I have them in Visio, very colourful."""),
]}

# ---------------------------------------------------------------- P13 (nb, sunnmørsk)
T["P13"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Sånn, da tar vi opp. Tusen takk for at du ville stille, [[Lill-Tove|p]]."""),
("P13", """Ja, det e berre kjekt. Eg heiter [[Lill-Tove Myklebust|p]], og eg jobbar som assistent på [[Ulstein sjukeheim|o]]. Eg har ikkje fagbrev, eg begynte der som ufaglært då ungane va små, og så blei eg verande. Snart tjueto år. Eg bur på [[Hasund|pl]], det e berre ti minutt å køyre. Og ja, eg e visst ein sånn ressursperson no, for velferdsteknologi, eller, eg e den som ikkje e redd for å trykke på ting, ha ha."""),
("I1", """Hvordan ble du ressursperson?"""),
("P13", """Det va ho [[Oddny|p]], avdelingsleiaren vår, [[Oddny Hareide|p]], ho spurde om nokon ville, og då sa eg ja før eg tenkte meg om. Det e typisk meg. Og så fekk eg eit kurs i [[Ålesund|pl]] på [[NTNU|o]] — på campus der — i to dagar, med folk frå heile [[Sunnmøre|pl]]. Det va kjekt, faktisk, og det va godt å sjå at alle hadde dei same problema. I [[Sykkylven|pl]] hadde dei akkurat same krøll med sengealarmane som oss."""),
("I1", """Hva slags krøll var det?"""),
("P13", """Jo, vi fekk sånne sensormatter, som ligg ved sida av senga, så når nokon står opp så pip det på telefonen. Men dei pip òg når vi står på dei. Og når rullatoren står på dei. Og ein gong når hunden til [[Ragnvald|p]] si dotter kom på besøk — nei, det va ikkje katten, det va hunden. Då pip det i ein heil time. [[Ragnvald|p]] syntes det va veldig morosamt. Han e [[nittiein|ag]] og han har sett det meste, sa han, men aldri ein hund som sette i gang brannalarmen. Eg sa det va ikkje brannalarm, men han ville ikkje høyre."""),
("I1", """Hvordan er det med pårørende og teknologi hos dere?"""),
("P13", """Det e mykje bra. Vi har fått nettbrett, to stykk, som bebuarane kan låne for videosamtale. Og det va ei som brukte det kvar dag, ho [[Marie|p]] på rom [[B12|id]], ho snakka med sonen sin i [[Houston|pl]], han jobbar i oljå der. Klokka sju om kvelden her, då va det tidleg morgon der. Og han hadde kaffi og ho hadde kveldsmat, og dei satt og prata. Det va så fint. Då ho døydde, i fjor haust, så skreiv han eit brev til oss og takka for nettbrettet. Det heng på pauserommet."""),
("I1", """Er det noen som ikke vil bruke det?"""),
("P13", """Ja, han [[Kjell-Arne|p]], han e ikkje så gammal, han e [[seksti|ag]], men han har hatt slag, og han vil ikkje sjå seg sjølv på skjermen. Han seie at han ser ut som ein annan. Og det forstår eg godt. Så med han bruke vi vanleg telefon, og kona hans, ho [[Randi|p]], kjem kvar dag uansett. Ho bur berre på [[Flø|pl]]."""),
("I1", """Har dere medisindispensere eller lignende?"""),
("P13", """Ikkje på sjukeheimen, der dele vi ut sjølve. Men heimetenesta har {{Pilly}}, og eg har vore med og hjelpt litt der òg når dei mangla folk. Det e ein mann på [[Dimna|pl]], han e eigentleg veldig sjølvstendig, han har berre litt {{Parkinson}}, og han fekk ein sånn maskin, og den første veka ringte han {{113}} fordi han trudde maskinen hadde klikka. Det va ein lang samtale med AMK i [[Ålesund|pl]], ha ha. Men no går det fint, han seie han e "bestevenn med roboten"."""),
("I1", """Hva med dokumentasjonen?"""),
("P13", """Eg har ikkje så mykje tilgang, som assistent, eg skriv rapport i {{Profil}} men eg kan ikkje sjå alt. Og det e greitt. Men det e irriterande når alarmane ikkje kjem inn der, så eg må skrive "sengealarm kl. 03.12, bebuar på do" for hand, og så står det ikkje kven som fekk alarmen. Det va ein gong ein pårørande spurde kvifor ingen kom på tjue minutt, [[laurdag 2. desember|d]], og det va umogleg å finne ut. Det sto ingenting nokon stad. Vi måtte spørje [[Mahmoud|p]], som hadde vakta, og han hugsa det ikkje, sjølvsagt, det va tre veker etter."""),
("I1", """Hvordan samarbeider dere med sykehuset?"""),
("P13", """Det e [[Volda sjukehus|o]] eller [[Ålesund sjukehus|o]], og det går mest på papir og telefon framleis. Dei har {{DIPS}}, vi har Profil, og det snakkar ikkje saman, ikkje skikkeleg. Når nokon kjem tilbake frå [[Ålesund|pl]], så har dei ein konvolutt med medisinar og ein lapp, og det e vi som må skrive det inn. Ein gong fekk vi feil konvolutt, med ein annan pasient sine medisinar. Det blei avvik, sjølvsagt."""),
("I1", """Hva ønsker du deg framover?"""),
("P13", """Meir tid. Det e alltid svaret, {{ikkje sant}}? Men òg at vi assistentane får vere med når dei bestemme ting. Vi e dei som står ved senga. Og kanskje litt meir kurs på norsk som ikkje e så vanskeleg. [[Mahmoud|p]] og [[Tigist|p]], dei e flinke, men når kursa e fulle av ord som "integrasjonsplattform", då fell dei av. Eg fell av eg òg, for å vere ærleg."""),
("I1", """Takk, [[Lill-Tove|p]]. Er det noe mer du vil si?"""),
("P13", """Nei, eg trur eg har prata nok. Eg må heim og hente minstemann på [[Ulstein skule|o]]. Han sluttar halv tre."""),
]}

# ---------------------------------------------------------------- P14 (en, British relative)
T["P14"] = {"lang": "en", "reg": "en", "turns": [
("I1", """Thanks for having me here, [[Graham|p]]. Is it okay that I record?"""),
("P14", """Of course, go ahead. Coffee? No? Right. So, I'm [[Graham Whitfield|p]], I'm from [[Leeds|pl]] originally, I met my wife, [[Solveig|p]], when she was studying in [[York|pl]] {{in the nineties}}, and we moved to [[Norway|pl]] in 2004, to [[Tromøy|pl]], outside [[Arendal|pl]]. I teach English at [[Arendal videregående skole|o]]. And my mother-in-law, [[Ruth|p]], [[Ruth Tveit|p]], she lives about three hundred metres down the road from us, in the house [[Solveig|p]] grew up in. She's [[eighty-nine|ag]], born in [[1934|ag]], and she has {{Alzheimer}}, diagnosed, oh, four years ago now."""),
("I1", """How has technology come into her care?"""),
("P14", """Gradually, and then suddenly, as they say. First it was the safety alarm, the trygghetsalarm, the red button on a string. Then the medicine dispenser, because she was taking her pills twice or not at all. Then a GPS tracker after she went walkabout. And now, since the [[1st of February 2022|d]], she's had a camera thing for the night, the digital tilsyn. Every time there was an incident, a new device appeared. Nobody ever sat down and made a plan with us, it was all a reaction to something."""),
("I1", """Tell me about when she went walkabout."""),
("P14", """Right. That was — [[Solveig|p]], when was that? She's not here, she's at work, I'll ask her later. It was the autumn, {{October}} I think, and [[Ruth|p]] got it into her head that she had to get the ferry to [[Merdø|pl]], where she used to have a summer place as a girl. Except the ferry wasn't running, and she walked off along [[Tromøyveien|pl]] in her slippers. A neighbour, [[Kjetil|p]] from number fourteen, saw her on [[Tromøybrua|pl]] and gave her a lift home. And that evening home care came and said, we think a GPS would be good. And we said yes, of course, we'd have said yes to anything."""),
("I1", """How has the GPS worked?"""),
("P14", """Mixed. It's a watch, the {{GPS-klokka}}, and she calls it "the handcuff". She takes it off. She hides it. We've found it in the freezer, in the bread bin, once in the dog's bed. So it only works if she's wearing it, which is about half the time. But one time it really did work. [[Saturday the 8th of July|d]] — I remember because it was the weekend of [[Canal Street|o]], the jazz festival, and the town was packed. She'd taken the bus into [[Arendal|pl]] on her own, which she hasn't done in years, and the alarm went off because she'd left her zone. Home care rang us, I drove in, and found her at [[Pollen|pl]], by the harbour, listening to a brass band, perfectly happy. I sat with her for an hour and had an ice cream, actually. It was quite a nice afternoon in the end."""),
("I1", """How do you and [[Solveig|p]] communicate with the home care team?"""),
("P14", """Mostly through [[Solveig|p]], she does the phone calls because it's all in Norwegian and my Norwegian is fine for the pub but not for medical stuff. We've got a contact nurse, [[Hilde Marie|p]], who is absolutely brilliant. She's the one who actually explains things. And then there's the portal, {{Helsenorge}}, where we can see some of it, but you need {{BankID}} and [[Ruth|p]]'s BankID expired in 2021, and to renew it she has to go to the bank in person, at [[SpareBank 1 Sørøst-Norge|o]], and she can't, obviously. So we've got a proxy arrangement, fullmakt, which took three months to sort out. She still asks every week where her Volvo is. We sold it, [[VF 23771|id]], to a lad in [[Froland|pl]]. Our grandson [[Ask|p]] — yes, that's his name, it's a Norse tree thing — he cried when it went, he's six."""),
("I1", """What's your experience of the night camera?"""),
("P14", """That's the one I have mixed feelings about. It's not a proper camera, they say, it's more like shapes, outlines. But still. [[Ruth|p]] was a very private woman. She was a headmistress at [[Hisøy skole|o]] for twenty years, very proper, very dignified. And now a stranger in a control room in [[Kristiansand|pl]] can see her going to the loo. [[Solveig|p]] says, "{{Mum}} wouldn't have wanted this." And I say, "Mum wouldn't have wanted to lie on the floor all night either." We go back and forth."""),
("I1", """Has it changed anything in practice?"""),
("P14", """Yes, honestly. There was a night — the [[12th of March|d]] — she fell in the bathroom and the camera picked it up, and the night team were there in fifteen minutes. Before the camera, it would have been the morning visit at half eight. So, I can't argue with that. She had a bruise on her hip, nothing broken. She was furious they came in without knocking, which, honestly, is a very [[Ruth|p]] thing to be furious about."""),
("I1", """How do you see the future for her?"""),
("P14", """We've applied for a place at [[Myra omsorgssenter|o]], the application went in on the [[9th of January|d]]. The case number is [[23/01944|id]], I've got it on the fridge. [[Solveig|p]] rings them every two weeks. They say she's on the list. Everyone is on the list. Meanwhile it's us and the gadgets."""),
("I1", """Is there anything about the technology you wish had been done differently?"""),
("P14", """I wish someone had asked [[Ruth|p]], when she could still answer. We never did. By the time all this came, she wasn't really able to say. And I wish there was one number to ring. We've got the alarm company, home care, the GP, Dr. [[Eikeland|p]], the pharmacy, the [[NAV|o]] hjelpemiddel people… I've got a list on the fridge with eleven numbers. The only one I know by heart is [[Hilde Marie|p]]'s, [[906 55 132|ph]]."""),
("I1", """Thank you, [[Graham|p]]. Anything else?"""),
("P14", """Just — do put in your report that the relatives are part of the system too. We're the ones who find the watch in the freezer. Cheers."""),
]}

# ---------------------------------------------------------------- P15 (stt-en, Ukrainian assistant)
T["P15"] = {"lang": "en", "reg": "stt-en", "turns": [
("I1", """okay we are recording thank you [[oksana|p]] for doing this"""),
("P15", """yes hello so i am [[oksana melnyk|p]] i am from [[kharkiv|pl]] in [[ukraine|pl]] i came to [[norway|pl]] in twenty twenty two in the spring with my daughter [[sofia|p]] she is [[eleven|ag]] now and we were first in the asylum no the reception centre in [[biri|pl]] and then we got settled in [[gjøvik|pl]] and i was a nurse in [[ukraine|pl]] twelve years in the [[kharkiv regional clinical hospital|o]] but here i am not approved yet so i am working as assistent in hjemmetjenesten in [[gjøvik kommune|o]] until i get the autorisasjon"""),
("I1", """what is your work day like"""),
("P15", """i drive with a colleague or alone to the patients in the morning help with shower with breakfast medicine and the medicine is the difficult part for me because i am assistent i can give only from the the multidose and some patients have the robot the medicine robot {{evondos}} i think it is called and i learned how to fill it from [[tor arne|p]] no [[tor erik|p]] sorry [[tor erik|p]] he is the {{superbruker}} in our team very patient man"""),
("I1", """how did he teach you"""),
("P15", """he used {{google translate}} on the phone haha he talked norwegian into the phone and the phone said it in ukrainian and sometimes it was very funny translation like the machine said the robot is hungry when he meant the robot needs new rolls and i said okay i will feed the robot and he did not understand why i was laughing"""),
("I1", """are there patients you remember especially"""),
("P15", """yes one lady in [[hunndalen|pl]] she is [[ninety|ag]] her name is [[magnhild|p]] and she was a teacher and she teaches me norwegian every time i come she corrects me she says not en kopp it is ein kopp because she speaks the dialect from [[toten|pl]] and then [[tor erik|p]] says no no [[oksana|p]] learn the bokmål not the [[toten|pl]] haha so i have two teachers"""),
("I1", """does she use any technology"""),
("P15", """she has the alarm the red button and she has the robot for medicine and she has the door sensor because one time she went out in the night to feed the birds {{in january}} at minus twenty and she was only in nightgown the neighbour found her mister [[bakken|p]] he called the ambulance she was in [[sykehuset innlandet|o]] in [[gjøvik|pl]] for two days with hypothermia"""),
("I1", """what do you think about these technologies"""),
("P15", """in [[ukraine|pl]] we dont have this for the old people not in [[kharkiv|pl]] not in the villages the old people live with the family or alone and the neighbours help so for me it was strange a robot giving medicine but now i think it is good for the ones who are alone but my mother she is still in [[kharkiv|pl]] she is [[sixty nine|ag]] she does not want to leave she says i am too old to be a refugee she has no robot she has only the phone and the air alarm app"""),
("I1", """how do you stay in contact with her"""),
("P15", """{{viber}} every evening at nine o'clock norwegian time ten o'clock ukrainian time and when there is no electricity there is no call and then i cannot sleep so the technology for me is also this is the most important technology in my life this small phone"""),
("I1", """do you have any difficulty with the systems at work"""),
("P15", """yes the journal {{jerry car}} it is all in norwegian and the words are very long and medical words i know in ukrainian and in latin but not in norwegian and i write the report very slowly and sometimes my colleague [[hege|p]] she writes it for me and i feel bad because she has her own work"""),
("I1", """what would help you"""),
("P15", """a course in norwegian medical language the [[nav|o]] had one course but it was full so i am on the waiting list my case number with [[nav|o]] is [[2247190|id]] and also the authorisation from [[helsedirektoratet|o]] it takes so long they need papers from [[ukraine|pl]] and the university in [[kharkiv|pl]] is you know it was bombed"""),
("I1", """thank you [[oksana|p]] is there anything else"""),
("P15", """only that i want to say thank you to [[tor erik|p]] and to [[magnhild|p]] because they are my first norwegian friends and if you want to contact me my number is [[four eight one two two nine zero six|ph]]"""),
]}

# ---------------------------------------------------------------- P16 (nb, ergoterapeut Hamar)
T["P16"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Da er opptakeren på. Takk for at du ville være med, [[Liv|p]]."""),
("P16", """Ja, så klart. Jeg heter [[Liv Sandvold Berg|p]], jeg er {{ergoterapeut}} i [[Hamar kommune|o]], i hverdagsrehabiliteringsteamet, og jeg har også ansvar for hjelpemidler og velferdsteknologi i [[Ottestad|pl]]-området. Jeg har jobbet her i snart ti år. Før det var jeg på [[Sykehuset Innlandet Sanderud|o]], på alderspsykiatrisk, så jeg har litt erfaring med {{demens}} fra den kanten også."""),
("I1", """Hva er din rolle når det gjelder velferdsteknologi?"""),
("P16", """Jeg gjør kartleggingen, altså, jeg er den som går hjem til folk og ser hvordan de faktisk lever. Og så anbefaler jeg: trenger du en sengesensor, trenger du en dørsensor, eller trenger du egentlig bare at noen fjerner teppet i gangen? Det er faktisk det siste i mange tilfeller. Halvparten av fallene jeg ser skyldes tepper og dårlig lys. Det er ikke alltid teknologi som er svaret. Noen ganger er svaret en lyspære til førti kroner."""),
("I1", """Kan du gi et eksempel fra en kartlegging?"""),
("P16", """Ja. Jeg var hos et ektepar i [[Ridabu|pl]] i fjor, i en gammel enebolig i [[Kløvervegen 12, 2323 Ingeberg|a]]. Han, [[Torbjørn|p]], hadde {{Parkinson}} og hadde falt fire ganger på to måneder, og kona, [[Sol|p]] — ja, hun heter faktisk [[Sol|p]], hun sa det selv, "[[Sol|p]] som i {{sola}}" — hun var helt utslitt. Hjemmetjenesten hadde allerede bestilt fallsensor. Men da jeg kom dit, så jeg at han falt hver gang på samme sted, i overgangen fra kjøkkenet til stua, der det var en terskel på fire centimeter. Så vi fjernet terskelen. Han har ikke falt der siden."""),
("I1", """Ble fallsensoren installert likevel?"""),
("P16", """Ja, og det var greit, for han falt jo andre steder også, bare sjeldnere. Men poenget mitt er at teknologien ble bestilt før noen hadde sett på huset. Det skjer hele tiden. Det kommer et vedtak fra tildelingskontoret, og så står det "fallsensor", og så er det bare å montere. Jeg har tatt det opp med lederen min, [[Eva Lindstad|p]], og nå har vi fått en rutine om at ergoterapeut skal være med før. Det er en seier, {{liksom}}."""),
("I1", """Hvordan opplever brukerne selv teknologien?"""),
("P16", """Det er så individuelt. Jeg har en dame, [[Else Marie|p]], hun er [[nittiseks|ag]] og har {{et langt liv}} bak seg, hun har vært lærer, hun har vært ordfører i en liten kommune på [[Hedmarken|pl]] — hun er en sånn dame. Hun elsker teknologi. Hun har nettbrett, hun har smarthøyttaler, hun sier "slå på radioen" til den som om det var en hund. Hun er kanskje den mest teknologiske personen jeg kjenner, inkludert meg selv. Og så har jeg en mann på [[femtifem|ag]] som ikke vil ha noe som helst, fordi han er redd for å bli overvåket av staten. Han har en teori om at sensorene sender data til [[Kina|pl]]. Og, ja, han er ikke helt på jordet når det gjelder noen av produktene, men det er en annen sak."""),
("I1", """Hvordan er samarbeidet med hjemmetjenesten og andre?"""),
("P16", """Stort sett godt. Jeg samarbeider mye med [[Ingrid|p]] og [[Håkon|p]] i hjemmetjenesten på [[Ottestad|pl]], og med [[Sykehuset Innlandet|o]] når folk skrives ut, selv om det er litt tilfeldig hvem som ringer meg. Noen ganger får jeg vite om en utskrivning dagen etter at pasienten har kommet hjem. Og da har de kanskje falt allerede. Det skjedde [[19. desember|d]] i fjor, rett før {{jul}}, med en mann som kom hjem fra [[Elverum|pl]] og falt samme kvelden. Han lå til morgenen. Han hadde fallalarm, men den var ikke koblet opp, for ingen hadde sagt ifra at han kom."""),
("I1", """Hva tenker du om framtiden for velferdsteknologi?"""),
("P16", """Jeg tror det blir bra, hvis vi husker at det er et verktøy. Jeg er litt bekymret for at vi kjøper ting fordi det ser moderne ut. [[Hamar|pl]] har jo vært med i det nasjonale velferdsteknologiprogrammet, og det er bra, men det er også litt sånn at vi skal vise fram ting. Og da kommer journalister fra [[Hamar Arbeiderblad|o]] og tar bilder av en robot, og så står det ingenting om terskelen i [[Ridabu|pl]]."""),
("I1", """Har du egne erfaringer med teknologi i familien?"""),
("P16", """Ja, faren min. Han bor i [[Løten|pl]], han er [[åttifire|ag]], og han har nettopp fått trygghetsalarm. Han testet den første dagen ved å trykke på den for å se om det virket. Og det gjorde det! De ringte ham. Og han sa "jeg bare testet", og de sa "det er helt greit, [[Arne|p]]". Og så testet han den igjen neste dag. Og neste. Til slutt ringte de meg. Så nå har vi en avtale: han tester den hver {{søndag}} klokka tolv, og jeg sier ifra til alarmsentralen på forhånd."""),
("I1", """Det er en god løsning. Er det noe mer du vil si?"""),
("P16", """Bare at ergoterapeuter burde være mer med. Vi ser jo hjemmet. Og at folk som [[Sol|p]] i [[Ridabu|pl]] — pårørende som er slitne — de trenger noe mer enn en sensor. De trenger avlastning. Det kan ingen app gi."""),
("I1", """Tusen takk, [[Liv|p]]."""),
("P16", """Takk selv! Lykke til med analysen."""),
]}

# ---------------------------------------------------------------- P17 (nn, son, Voss)
T["P17"] = {"lang": "nn", "reg": "nn", "turns": [
("I1", """Takk for at eg fekk kome heim til deg, [[Olav|p]]. Er det greitt at eg tek opp?"""),
("P17", """Ja, det er heilt greitt. Eg heiter [[Olav Lydvo|p]], eg er [[sekstiein|ag]], eg er pensjonert lærar og bur her på [[Vossevangen|pl]]. Og grunnen til at du er her, det er vel mor mi, [[Gudrun|p]]. Ho er [[nittien år|ag]], fødd i [[-32|ag]], og bur framleis heime på garden vår på [[Lydvo|pl]], oppe i [[Raundalen|pl]]. Ho har {{Alzheimer}}, ho fekk diagnosen for tre år sidan."""),
("I1", """Korleis har teknologien kome inn i livet hennar?"""),
("P17", """Stykkevis. Først var det tryggleiksalarmen. Så kom det ein dørsensor, etter at ho gjekk ut ei natt. Og så kom den {{GPS-klokka}}. Og no har vi ein medisindispensar òg. Det var {{heimetenesta}} som tok initiativ til alt saman, det var ho [[Kari-Anne|p]], primærkontakten hennar, ho er veldig flink. Og [[Voss herad|o]] har vel vore med på eit prosjekt, har eg forstått, så dei hadde utstyret."""),
("I1", """Du nemnde at ho gjekk ut ei natt. Kan du fortelje om det?"""),
("P17", """Ja. Det var [[tysdag 11. april|d]], det hugsar eg fordi det var dagen etter at syster mi, [[Åshild|p]], hadde reist heim til [[Bergen|pl]] etter {{påska}}. Mor vakna klokka tre om natta og meinte ho måtte ut og mjølke. Det har ikkje vore kyr på garden sidan 1987. Men ho gjekk ut i nattkjolen, i snøen, og gjekk opp til løa. Naboen, [[Sjur|p]] på [[Nedre Lydvo|pl]], han var oppe med ei ku som skulle kalve, og han såg lyset. Han fann henne sitjande i løa. Ho sa at ho venta på kyrne."""),
("I1", """Korleis reagerte du?"""),
("P17", """Eg fekk telefon frå [[Sjur|p]] klokka halv fire, og eg køyrde opp. Det tek tjue minutt. Og då eg kom, sat ho på kjøkkenet hans med kaffi og var heilt blid. Ho visste ikkje kva dag det var, men ho visste kven [[Sjur|p]] var, for ho hadde vore lærarinna hans på [[Raundalen skule|o]] i {{1960-åra}}. Han var [[seks år|ag]] og ho var streng, seier han. Og no sat han og skjenkte kaffi til henne. Det var eit rart bilete."""),
("I1", """Kva skjedde etter det?"""),
("P17", """Heimetenesta kom med dørsensor veka etter. Den varslar til alarmsentralen når ho opnar døra om natta, og så ringjer dei meg, eller [[Sjur|p]], som er nærast. Vi har vel hatt, kva skal vi seie, ti-tolv utrykningar sidan. Dei fleste gongane er ho berre ute for å sjå på vêret. Ho har alltid sett på vêret, heile livet, ho var gardkone. Og det kan ein ikkje ta frå nokon."""),
("I1", """Korleis fungerer GPS-klokka?"""),
("P17", """Ho har henne på, faktisk, for ho trur det er ei vanleg klokke. Ho er stolt av henne. Ho seier at "guten min" har kjøpt henne, og det er jo på ein måte sant, eg har jo vore med på søknaden. Men dekninga i [[Raundalen|pl]] er dårleg, så ho viser stundom at mor er på [[Mjølfjell|pl]], når ho sit på kjøkkenet. Det var ein gong [[Kari-Anne|p]] heldt på å setje i gang leiteaksjon. Vi har no fått ein ekstra forsterkar som [[Telenor|o]] sette opp, etter at eg ringde dei ei heil veke."""),
("I1", """Har du og syster di ulike syn på dette?"""),
("P17", """Ja. [[Åshild|p]] meiner mor burde flytte på [[Vossatunet|o]]. Ho bur i [[Bergen|pl]] og ser det frå avstand, og ho er redd. Eg meiner mor skal få vere heime så lenge det går, for det er der ho er seg sjølv. Ho veit kvar kvar einaste stein på garden ligg. På ein institusjon er ho berre ei gammal dame i ein korridor. Men eg forstår [[Åshild|p]] òg. Det er ho som har fått telefonane om natta når eg har vore bortreist. Vi har hatt nokre harde samtalar."""),
("I1", """Korleis er samarbeidet med heimetenesta og fastlegen?"""),
("P17", """Heimetenesta er gull. Fastlegen, doktor [[Brekke|p]] på [[Voss legesenter|o]], han er grei, men han har så mange pasientar at han knapt veit kven mor er. Vi har hatt to møte med han i løpet av tre år. Det meste går via [[Kari-Anne|p]]. Eg har nummeret hennar på snøggval, [[476 88 204|ph]], og eg har ringt det så mykje at eg kan det utanåt. Ho seier eg kan ringje når som helst, men eg prøver å la vere etter klokka ti. Og alle breva frå kommunen går framleis til garden, [[Raundalsvegen 412, 5710 Skulestadmo|a]], så eg må opp og hente posten òg."""),
("I1", """Kva tenkjer du om framtida?"""),
("P17", """Eg veit at det kjem ein dag då det ikkje går lenger. Då ho ikkje kjenner meg att, eller då ho dett og bryt noko. Men fram til då vil eg at ho skal få sitje ved kjøkkenvindauget og sjå på [[Raundalselva|pl]]. Teknologien gjer at det går an litt lenger. Det er eg takksam for. Om du vil skrive til meg seinare, så er det [[olav.lydvo@online.no|e]]. Eg sjekkar e-posten kvar morgon, ved sida av {{mor sin kaffi}}."""),
("I1", """Tusen takk, [[Olav|p]]."""),
("P17", """Takk for at du ville høyre."""),
]}

# ---------------------------------------------------------------- P18 (en, Lithuanian night worker)
T["P18"] = {"lang": "en", "reg": "en", "turns": [
("I1", """Okay, we're recording now. Thank you, [[Rūta|p]]. Shall we start with you telling me a bit about yourself?"""),
("P18", """Okay. So I'm [[Rūta Kazlauskienė|p]], from [[Lithuania|pl]], from [[Kaunas|pl]]. Here in [[Norway|pl]] everybody writes [[Ruta|p]] without the line, it's fine. I am {{helsefagarbeider}}, I took the fagbrev here, in 2017, at [[Atlanten videregående skole|o]]. I work in [[Kristiansund|pl]], at [[Nordlandet omsorgssenter|o]], mostly nights. Three nights on, four off, something like that. Before, in [[Lithuania|pl]], I was a kindergarten teacher, if you can believe. Kids and old people, not so different, haha."""),
("I1", """What technology do you use at night?"""),
("P18", """We have the bed sensors, the mat, and since last year the digital supervision, with the optical sensor in the ceiling. We have the work phone, which gets all the alarms. And we have the journal, {{Profil}}. Two of us on nights for thirty-two residents, plus one nurse for the whole building. So the sensors are really like extra eyes."""),
("I1", """Can you describe a night when the technology was important?"""),
("P18", """Yes, there are many, but one I remember. [[Frank|p]], one of our residents — yes, his name is [[Frank|p]], like the word — he's [[seventy-nine|ag]], he has {{Lewy body}} dementia, so he sees things, little people, animals. One night, the night to the [[16th of May|d]], the sensor gave an alarm that he was up, and I looked on the screen and he was standing by the window. So I went in and he said there was a horse outside. I said, [[Frank|p]], there is no horse. And he said, "then who is that?", and I looked and there was a horse! A real horse! It had escaped from a farm at [[Rensvik|pl]]. So we called the police together, me and [[Frank|p]], haha. After that he trusts me completely."""),
("I1", """That's wonderful. How did you learn the systems?"""),
("P18", """A course with the supplier, and then mostly from [[Vilma|p]], she's also Lithuanian, she has been here longer, she is the {{superbruker}}. Actually many of us on nights are from abroad — me and [[Vilma|p]] from [[Lithuania|pl]], [[Jun|p]] from the [[Philippines|pl]], [[Abebe|p]] from [[Ethiopia|pl]]. So on night shift the common language is a bit, how do you say, creative Norwegian. But we understand each other. [[Vilma|p]] made a little book in three languages for the sensor app. Lithuanian, English and Norwegian. The leader, [[Jan Storm Hansen|p]], was so happy he showed it to the whole kommune."""),
("I1", """What are the challenges with the technology at night?"""),
("P18", """False alarms, mostly. And the opposite — no alarm when there should be. In [[Kristiansund|pl]] we have a lot of wind, and when there is {{a big storm}} the electricity goes and the system restarts, and during the restart, maybe ten minutes, nothing. One night {{in January}}, we had no system for almost one hour. So we went round every room with a flashlight like in the old days. That night nobody fell, thank God."""),
("I1", """How do the relatives react to the sensors?"""),
("P18", """Most are happy. But there was one son, I will not say his name… you will delete, okay, [[Terje|p]], he wanted to see the data, how many times his mother got up in the night, because he thought we were giving her too much sleeping medicine. So [[Jan|p]] printed the log for him, all the alarms for one month. And it showed she was up eight times {{per night}}, so it was not too much medicine, it was too little, haha. Then [[Terje|p]] was calm. His mother was in room [[114|id]], she died in the autumn."""),
("I1", """Do you feel the technology changes your relationship with the residents?"""),
("P18", """A little. Before, I walked in every two hours and I saw everybody, I heard them breathe. Now I walk in only when the sensor says. So I see them less. For most it's better, they sleep better. But I miss it, a little. The nights are more quiet, more lonely for me. I sit with the screen. Sometimes I go in anyway, to [[Frank|p]], and we talk about horses."""),
("I1", """What about your own use of technology outside work?"""),
("P18", """I talk to my mother in [[Kaunas|pl]] every day on {{WhatsApp}}. She is [[seventy-two|ag]] and she is more on her phone than me. And my son, [[Matas|p]], he lives in [[Trondheim|pl]], he studies at [[NTNU|o]]. So I am the only one who is old-fashioned, haha."""),
("I1", """Is there something you would change about how the night shift works?"""),
("P18", """More people. Always more people. The sensors are good, but when two alarms come at the same time, from two ends of the building, you are one person. And the nurse is somewhere else. And then you choose. That is the hardest thing. Who do I go to first. The technology tells you that somebody needs you, but it cannot tell you who needs you more."""),
("I1", """Thank you, [[Rūta|p]]. Anything else you want to add?"""),
("P18", """No, I think that's all. If you need, my phone is [[+47 459 12 774|ph]]. I sleep in the day, so send a message first, please."""),
]}

# ---------------------------------------------------------------- P19 (nb, IT Bodø)
T["P19"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Sånn, da er vi i gang. Takk for at du tok deg tid, [[Max|p]]."""),
("P19", """Null stress. Jeg heter [[Max Olaisen|p]], eh, jeg er [[tjueåtte|ag]], og jeg jobber som systemkonsulent i [[Bodø kommune|o]], på IKT-avdelinga, helse og omsorg. Jeg har jobbet her i fire år nå. Jeg er egentlig utdanna fra [[Nord universitet|o]], informatikk, så jeg har ingen helsebakgrunn i det hele tatt. Mamma er {{sykepleier}}, da, så jeg har hørt om turnus hele livet."""),
("I1", """Hva jobber du med til daglig?"""),
("P19", """Mye forskjellig. Det er integrasjoner, altså at alarmene fra velferdsteknologien kommer inn i riktig system, det er brukertilganger, det er support når noe ikke funker. Og så har jeg vært med på innføringa av digital hjemmeoppfølging og på, ehm, på medisindispenserne. Vi har {{Evondos}} her, og så har vi noen {{Pilly}} i en pilot. Og så er det responssenteret, som ligger på [[Mørkved|pl]], som jeg har ganske mye med å gjøre."""),
("I1", """Hvordan er samarbeidet med de ansatte i tjenestene?"""),
("P19", """Egentlig veldig bra, når man først blir kjent. I starten var det litt sånn, hvem er den unge IT-gutten, liksom. Men så var det ei, [[Bodil|p]], hun er sykepleier i hjemmetjenesten på [[Rønvik|pl]] og har jobba der i tretti år, og hun tok meg med ut en dag. Bare fulgte med, i bilen, inn til folk. Og det endra alt for meg, for da skjønte jeg hvor lite tid de har. At når en app bruker tjue sekunder på å starte, så er det tjue sekunder de står i gangen hos en eldre dame med jakka på. Så nå, hver gang vi tester noe, så tenker jeg på [[Bodil|p]] i gangen."""),
("I1", """Kan du gi et eksempel på et problem du har jobbet med?"""),
("P19", """Ja. Det var en gang vi oppdaga at alarmene fra fallsensorene i [[Saltstraumen|pl]] ikke kom fram. Bare der, ingen andre steder. Det tok oss tre uker å finne ut av det. Det viste seg at det var en mobilmast som var bytta ut av [[Telia|o]], og den nye masta snakket bare 4G, og sensorene var gamle 3G. Så alle sensorene i hele [[Saltstraumen|pl]] var døde i tre uker. Og ingen visste det. Vi fant det ut fordi ei dame, [[Eli Fagerheim|p]], falt [[onsdag 15. november|d]] og trykket og trykket og ingenting skjedde. Hun lå til hjemmetjenesten kom morgenen etter. Hun var [[åttisju|ag]]. Det gikk bra, heldigvis, men det var en grusom følelse. Jeg sov ikke på flere netter."""),
("I1", """Hva gjorde dere etter det?"""),
("P19", """Vi lagde en rutine, en sånn daglig test. Hver sensor sender et "jeg lever"-signal en gang i døgnet, og hvis det ikke kommer, så får vi et varsel. Det burde vi hatt fra starten. Og vi byttet ut alle 3G-sensorer i hele kommunen, det var noen hundre. Det var sjefen min, [[Bo Eriksson|p]] — han er svensk, fra [[Luleå|pl]], har en {{PhD}} i noe med industriell styring — som fikk gjennom at vi fikk penger til det på rekordtid. [[Bo|p]] er flink til å snakke med politikere."""),
("I1", """Hvordan håndterer dere personvern?"""),
("P19", """Vi har et personvernombud, det er [[Eldbjørg|p]], og hun er veldig streng, og det er bra. Alle nye løsninger må gjennom en {{DPIA}}. Og vi logger hvem som har sett hva. Det var en sak i fjor der en ansatt hadde slått opp naboen sin i {{Gerica}}, og det ble oppdaget i loggkontrollen. Hun fikk sparken. Det var trist, men det var riktig."""),
("I1", """Hvordan opplever du utviklingen nasjonalt?"""),
("P19", """Det skjer mye. Det er press ovenfra om at eldre skal {{bo hjemme}} lenger, og det er jo fint, men det betyr at hver kommune må bygge opp masse teknologi og kompetanse sjøl. Vi i [[Bodø|pl]] har litt folk, men de små kommunene rundt oss, [[Gildeskål|pl]], [[Beiarn|pl]], [[Meløy|pl]], de har kanskje én person som gjør alt. Vi hjelper dem litt, gjennom [[Salten Regionråd|o]], men det er ikke nok. Det er {{mer eller mindre}} tilfeldig hvem som får god teknologi."""),
("I1", """Har du noen erfaring med brukerne selv?"""),
("P19", """Litt, gjennom pilotene. Jeg var med og installerte en dispenser hos en mann på [[Kjerringøy|pl]], [[Kåre|p]], [[nittien år|ag]], tidligere fisker. Han så på maskinen, og så sa han: "Æ har klart mæ sjøl i [[nitti år|ag]], og no ska en datamaskin fortelle mæ når æ ska ete pillan?" Ha ha. Men han brukte den, og etter en måned sa han at den var "grei nok". Det er den beste anmeldelsen vi har fått."""),
("I1", """Hva mener du er det viktigste for at teknologi skal lykkes?"""),
("P19", """At vi som lager løsningene er ute og ser. Altså, hver IT-person i helse burde gå en dag med [[Bodil|p]]. Og at vi har folk som kan tekniske ting i tjenestene, superbrukere, og at de får tid. Og så at vi slutter med piloter som aldri blir noe. Vi har hatt sju piloter på fem år. Fire av dem ble lagt ned."""),
("I1", """Takk, [[Max|p]]. Noe mer du vil legge til?"""),
("P19", """Nei, tror ikke det. Hvis du trenger noe teknisk til artikkelen, bare send en mail til [[max.olaisen@bodo.kommune.no|e]]. Eller ring, [[+47 412 90 366|ph]]. Jeg svarer, med mindre jeg er på fjellet."""),
]}

# ---------------------------------------------------------------- P20 (stt-nb, hjemmesykepleier Fredrikstad)
T["P20"] = {"lang": "nb", "reg": "stt-nb", "turns": [
("I1", """ok da er vi i gang takk for at du ville være med [[nina|p]]"""),
("P20", """ja bare hyggelig jeg heter [[nina karlsen|p]] og er {{sykepleier}} i hjemmesykepleien i [[fredrikstad|pl]] sone [[gressvik|pl]] og [[kråkerøy|pl]] har vært det i femten år og så er jeg ressurssykepleier for medisinrobot eller dispenser som det heter vi har en del sånne {{evondos}} ute hos pasientene og så har jeg litt ansvar for opplæring av nye"""),
("I1", """hvordan fungerer det med medisinrobotene hos dere"""),
("P20", """stort sett bra vi har vel sånn femti stykker ute nå og det frigjør mye tid for vi slipper å kjøre bare for å gi tabletter men det er noen utfordringer særlig med de som har {{demens}} fordi de skjønner ikke alltid hva den piper for og noen blir redde og noen blir sinte en mann på [[hvaler|pl]] han kastet den ut av vinduet [[arvid|p]] heter han han er tidligere los og han sa at han ikke tok imot ordre fra en plastboks"""),
("I1", """hva skjedde da"""),
("P20", """vi måtte kjøre ut med ny og den kosta jo en del og så hadde vi et møte med datteren hans [[gro|p]] hun bor i [[sarpsborg|pl]] og vi ble enige om at vi prøver igjen men at hun skulle være der første uka og forklare og det funka faktisk han bruker den nå men han kaller den for matrosen haha så hver morgen sier han nå har matrosen gjort jobben sin"""),
("I1", """hvordan er opplæringa av nye ansatte"""),
("P20", """den er for dårlig ærlig talt vi har mange vikarer mange sykepleierstudenter fra [[høgskolen i østfold|o]] og de får kanskje en halvtime med meg og så skal de ut og det er ikke nok for når roboten gir feilmelding så må du vite hva du gjør og ringe apoteket og ringe support og dokumentere i {{gerica}} og du må vite hvilken rull som er hvilken og en gang var det en vikar som la feil rull i feil maskin altså rullen til fru [[olsen|p]] havnet hos herr [[johansen|p]] og da var det avvik og lege og hele pakka"""),
("I1", """hvordan oppdaget dere det"""),
("P20", """det var pasienten selv [[johansen|p]] han sa at pillene så annerledes ut han er gammel apoteker så han ser sånt han er [[nittitre|ag]] og skarp som en kniv og han ringte {{vakttelefonen}} og sa at dere har gitt meg damemedisiner haha for det var østrogen eller noe sånt og da ble det jo kjempestyr vi måtte melde det til [[statsforvalteren|o]] fordi det kunne vært alvorlig"""),
("I1", """hvordan er samarbeidet med apoteket"""),
("P20", """godt vi har et apotek som leverer multidose [[apotek 1 gressvik|o]] og der jobber det en farmasøyt [[hanne|p]] som er kjempeflink hun ringer oss hvis det er noe rart med resepten og vi har direktenummeret hennes [[nittifire femtifem trettitre tolv|ph]] som vi egentlig ikke skal ha men det er mye raskere enn å gå gjennom sentralbordet"""),
("I1", """hva tenker pasientene om robotene"""),
("P20", """de fleste er fornøyde det gir en slags selvstendighet de slipper å vente på oss om morgenen men det er noen som savner besøket for noen var jo vi det eneste besøket de fikk og nå kommer vi bare {{en gang i uka}} for å sjekke og det har jeg tenkt mye på fru [[andersen|p]] på [[torsnes|pl]] hun sa at roboten er grei men den sier ikke god morgen [[ingrid|p]] slik som dere gjorde"""),
("I1", """har dere noen løsning på det"""),
("P20", """vi har prøvd med videosamtale noen ganger i uka men det er ikke det samme og så har vi frivillige fra [[røde kors|o]] som går på besøk men det er vanskelig å få nok frivillige det er egentlig ikke et teknologiproblem det er et samfunnsproblem"""),
("I1", """har du noen eksempler på at teknologien har reddet en situasjon"""),
("P20", """ja det var [[første juledag to tusen og tjueen|d]] og roboten hos en dame på [[kråkerøy|pl]] varslet at dosen ikke var tatt og vi ringte og hun svarte ikke så vi kjørte med den gamle elbilen [[ek 41327|id]] som nesten var tom for strøm og hun lå på gulvet hun hadde fått hjerneslag og hun kom til [[kalnes|o]] og hun overlevde hun fikk tilbake talen og alt hvis ikke roboten hadde varslet så hadde vi ikke kommet før klokka fire på ettermiddagen så da var jeg glad for roboten"""),
("I1", """takk [[nina|p]] noe mer du vil si"""),
("P20", """nei bare at teknologi er bra men den må ikke bli en unnskyldning for å kutte i folk og at vi må få bedre opplæring det er det viktigste"""),
]}

# ---------------------------------------------------------------- P21 (en, Syrian nurse Karmøy)
T["P21"] = {"lang": "en", "reg": "en", "turns": [
("I1", """Okay, it's recording. Thank you, [[Rania|p]], for agreeing to this."""),
("P21", """You're welcome. I'm [[Rania Al-Khatib|p]], I'm a nurse, I was a nurse in [[Aleppo|pl]] for nine years before the war, at [[Al-Razi Hospital|o]]. I came to [[Norway|pl]] in 2016 as a quota refugee, to [[Karmøy|pl]], to [[Kopervik|pl]]. And I had to take everything again, the language, the bridging course at [[OsloMet|o]], the authorisation. It took me five years to be a nurse again. Now I work in home care in [[Åkrehamn|pl]], in the north part of the island."""),
("I1", """What kinds of welfare technology do you work with?"""),
("P21", """Safety alarms, almost everyone. Medicine dispensers, maybe fifteen patients. GPS for three or four with {{dementia}}. And we started with the digital tilsyn at night, but that's mostly the night team. And the EPR, of course, {{Gerica}}. And the phones. Everything is on the phone now — the keys, the alarms, the driving list. If the phone dies, you are blind. I always have a power bank, my husband [[Mahmoud|p]] bought me three, he knows me."""),
("I1", """Can you tell me about one of the GPS users?"""),
("P21", """Yes, one man, I think of him a lot. [[Oddvin|p]]. He lived in [[Veavågen|pl]], near the harbour. He was a fisherman all his life, and he had vascular dementia. And every morning at five he went down to the harbour to check his boat. Which he sold in 1998. So we gave him the GPS watch, and his wife, [[Kjellaug|p]], she had the app on her phone. She said: "Now I can sleep until six." Haha. Because before, she followed him every morning in her dressing gown."""),
("I1", """How did that work out?"""),
("P21", """Good, for a long time. But there was one morning, it was the [[2nd of November 2021|d]], very windy, big waves, and he went down and the watch showed him at the harbour, not moving. And [[Kjellaug|p]] called us, we called the police, the fire department came, and they found him sitting in the harbour office — the door was open — talking with the man who works there, [[Bjarne|p]], about the fish prices. The watch showed "not moving" because he was sitting for forty minutes drinking coffee. But [[Kjellaug|p]] was so afraid. After that she wanted him to have a fall sensor too."""),
("I1", """How do you think about your own cultural background in relation to these technologies?"""),
("P21", """This is an interesting question. In [[Syria|pl]], the family is the welfare technology, haha. You don't need a GPS, because your grandmother is never alone, there are always ten people in the house. So when I came here, I was shocked how many old people live alone. But also I understand, it is a different country, the children live in [[Oslo|pl]], in [[Stavanger|pl]], they have their jobs. So the technology is a kind of replacement for the family that is not there. It is good, but it is sad also."""),
("I1", """Have you faced any challenges with patients because of your background?"""),
("P21", """Yes, sometimes. One lady, I will not say her name, she did not want me in the house because of the hijab. She said, "I want a Norwegian." My leader, [[Grethe Sæbø|p]], she said okay, we respect the wish, but we don't have so many Norwegians, so maybe you will wait. Haha. And then after some weeks, there was {{nobody else}} one day, and I came, and she was quiet. And I fixed her medicine dispenser that had been broken for two days because nobody understood it. And after that she asks for me. She calls me "the clever one"."""),
("I1", """That's a powerful story. What about language and the technology?"""),
("P21", """The technology is in Norwegian, and Norwegian is hard, but the technical Norwegian is easier than the dialect, honestly. The [[Karmøy|pl]] dialect! When the old men talk, I understand maybe half. "Ka du seie?" Haha. The technology speaks bokmål, that is good for me. But some of my colleagues, [[Tesfay|p]] from [[Eritrea|pl]] and [[Zahra|p]] from [[Afghanistan|pl]], they struggle more with writing in the journal. So I help them sometimes in the car. We have a little system. I write, they talk."""),
("I1", """Do you act as a resource person yourself?"""),
("P21", """Not officially. Officially it's [[Geir-Ove|p]], he's the {{superbruker}}. But [[Geir-Ove|p]] works day and I work a lot of evenings, so in the evening it's me. I don't mind. I like it. I was always the one in my family who fixed the computer. In [[Aleppo|pl]], my father called me for everything, even the TV remote. He is [[seventy-four|ag]] now, he lives in [[Gaziantep|pl]] in [[Turkey|pl]] with my brother. We talk every day on {{WhatsApp}}."""),
("I1", """What would you like to see change?"""),
("P21", """More training, in simple language. And more involvement of the relatives from the start. [[Kjellaug|p]], for example, she was the real expert on [[Oddvin|p]], not us. She knew when he would go, where he would go. We should have asked her before we gave the watch, not after. And also, I would like the night team and the day team to talk more. We write everything, but nobody reads it."""),
("I1", """Thank you so much, [[Rania|p]]. Is there anything else?"""),
("P21", """Only that during {{Ramadan}} it is hard to drive the evening shift and not eat, haha, but that's not technology. No, thank you. If you want to talk more, I'm on [[+47 936 40 118|ph]], and my email is [[rania.alkhatib@karmoy.kommune.no|e]]."""),
]}

# ---------------------------------------------------------------- P22 (nb, virksomhetsleder Bærum)
T["P22"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Da er opptaket i gang. Takk for at du tok deg tid, [[Mona|p]]."""),
("P22", """Selvfølgelig. Jeg er [[Mona Sandvik-Aune|p]], jeg er virksomhetsleder for hjemmetjenestene i [[Bærum kommune|o]], sone øst, som er [[Stabekk|pl]], [[Bekkestua|pl]], [[Jar|pl]] og litt av [[Lysaker|pl]]. Jeg har bakgrunn som {{intensivsykepleier}} fra [[Rikshospitalet|o]], og så tok jeg en master i ledelse på [[BI|o]] for noen år siden. Jeg har vært i denne rollen i fem år."""),
("I1", """Hva har velferdsteknologi betydd for din virksomhet?"""),
("P22", """Mye. Det er en av de tingene som har endret seg mest. Da jeg startet, hadde vi trygghetsalarmer og det var det. Nå har vi en hel portefølje: medisindispensere, digitalt tilsyn, lokaliseringsteknologi, elektroniske dørlåser. Og vi har et eget velferdsteknologiteam på tre personer. Det er mye penger, og mye ansvar. Det jeg har lært, er at teknologi ikke løser noe alene. Det er organiseringen rundt som er jobben."""),
("I1", """Kan du fortelle om en vanskelig prosess?"""),
("P22", """Ja. Anskaffelsen av nye elektroniske dørlåser. Det var en ordentlig prosess, med anbud og alt. Og vi endte opp med en leverandør, [[Låsteknikk Norden AS|o]], som hadde det beste tilbudet på papiret. Men da vi rullet det ut, viste det seg at låsene ikke fungerte sammen med telefonene vi hadde. {{Bluetooth}}-problemer. Det var [[torsdag 2. februar 2023|d]] vi startet utrullingen, og allerede samme kveld hadde vi sju ansatte som sto utenfor dørene til pasienter og ikke kom inn."""),
("I1", """Hva skjedde da?"""),
("P22", """Det ble krisemøte neste morgen. Meg, teamlederen vår for velferdsteknologi, [[Frank Nygaard|p]], og [[Per Olav|p]] fra innkjøp. Og [[Frank|p]] sa det rett ut: "Vi har kjøpt feil produkt." Ingen ville høre det, men han hadde rett. [[Per Olav|p]]s fokus var kontrakten, om vi kunne få dagbøter. Og jeg var opptatt av at en dame på [[Jar|pl]], som var helt avhengig av insulin, ikke fikk besøk før halv ti fordi den ansatte måtte hente nøkkel på kontoret. Det gikk bra, men det var nære på."""),
("I1", """Hvordan ble det løst?"""),
("P22", """Vi gikk tilbake til nøkkelbokser i tre uker, mens leverandøren fikset en oppdatering. Og så testet vi i liten skala først, på én rute, før vi tok resten. Det burde vi gjort fra starten. Jeg skrev en lang e-post til {{kommunaldirektøren}}, [[Hans Petter Wold|p]], om hva vi lærte, og den har blitt brukt som eksempel i andre anskaffelser etterpå. Så det kom noe godt ut av det."""),
("I1", """Hvordan involverer dere de ansatte i slike prosesser?"""),
("P22", """Bedre nå. Vi har en referansegruppe med ansatte fra alle sonene. Og vi har ressurspersoner på hvert team, som får to timer {{per uke}} til velferdsteknologi. Det er ikke mye, men det er noe. Den beste er [[Siv-Linn|p]] på [[Stabekk|pl]], hun er {{helsefagarbeider}} og har en helt naturlig teknisk sans. Hun har laget egne videoer på telefonen som viser hvordan man gjør ting, og de har gått viralt internt. Kollegaene hennes kaller henne [[Siv-Tech|p]], ha ha."""),
("I1", """Hvordan opplever brukerne og de pårørende endringene?"""),
("P22", """I [[Bærum|pl]] har vi mange ressurssterke pårørende. Det er både bra og utfordrende. De vet hva de vil, de har lest seg opp, og de stiller krav. Jeg hadde en sønn som kom med en utskrift av en forskningsartikkel om GPS-sporing og ville diskutere etikk med meg i en time. Det var faktisk en veldig god diskusjon. Han var professor på [[Universitetet i Oslo|o]], viste det seg. {{Hans mor}}, [[Ingeborg|p]], er [[nittiåtte|ag]] og fortsatt den skarpeste i rommet."""),
("I1", """Hvilke systemer bruker dere?"""),
("P22", """{{Gerica}} som journal, og så har vi en responssentral som er felles med [[Asker kommune|o]]. Og så har vi en rekke apper. Det er for mange. Vi jobber med å samle, men det er vanskelig, for hver leverandør vil ha sin egen. Og vi venter på nasjonale løsninger fra [[Norsk helsenett|o]], men det tar tid."""),
("I1", """Hva mener du er den største risikoen framover?"""),
("P22", """At vi mister folk. At de erfarne sykepleierne og helsefagarbeiderne slutter, og at vi tror teknologien skal fylle hullet. Det går ikke. Teknologien trenger folk. Og det andre er sårbarheten. Hvis nettet går ned, hvis strømmen går, hvis det blir et dataangrep, da står vi uten både journal, nøkler og alarmer. Det har skjedd i andre kommuner, og vi har øvd på det, men jeg er ikke sikker på at vi er klare."""),
("I1", """Takk, [[Mona|p]]. Noe du vil legge til?"""),
("P22", """Bare at hvis du vil ha dokumentasjon fra anskaffelsen, kan du kontakte meg på [[mona.sandvik-aune@baerum.kommune.no|e]]. Og så er det én ting til: husk at [[Frank|p]] hadde rett. Noen ganger er det den som sier det ubehagelige høyt, som redder prosjektet."""),
]}

# ---------------------------------------------------------------- P23 (stt-en, Swedish nurse Narvik)
T["P23"] = {"lang": "en", "reg": "stt-en", "turns": [
("I1", """okay so we are recording now thank you for taking the time [[johanna|p]]"""),
("P23", """yeah no problem so im [[johanna lindqvist|p]] im from [[kiruna|pl]] in [[sweden|pl]] originally and i work as a nurse in the home care in [[narvik|pl]] since twenty eighteen before that i worked at [[kiruna sjukhus|o]] for six years and you know the salary is better here and its only two hours over the mountain so i go home every other weekend to see my parents"""),
("I1", """whats it like working across the border like that"""),
("P23", """its fine mostly the language is no problem swedish and norwegian is almost the same except for all the words that are different haha like {{roligt}} means funny in swedish and calm in norwegian so the first week i said to a patient that her husbands funeral was roligt and she looked at me like"""),
("I1", """tell me about the technology you use in home care"""),
("P23", """we have the usual safety alarms and we have medicine dispensers the {{pilly}} and we started with gps for people with dementia and the digital night supervision and we have {{cosdoc}} as journal system which i had never seen before in [[sweden|pl]] we had {{cosmic}} and its completely different"""),
("I1", """can you tell me about a situation that stands out"""),
("P23", """yeah there was a man in [[ballangen|pl]] thats part of [[narvik|pl]] now after the merger a former miner [[leif arne pedersen|p]] he was [[eighty four|ag]] and had {{parkinsons}} and he lived alone in a house up at [[efjord|pl]] and he had the medicine dispenser and one day it didnt give the dose and the screen said error something and he called the number on the machine and it was a support line in [[finland|pl]] and they spoke english and [[leif arne|p]] doesnt speak english so he called his daughter [[berit|p]] in [[tromsø|pl]] and she called us and we drove out it was forty minutes each way and it was just that the roll was stuck"""),
("I1", """how did that make you feel"""),
("P23", """frustrated because its such a simple thing and it takes three phone calls and one and a half hours of driving and we were only two on the evening shift so the other patients had to wait and one of them [[astrid|p]] she was angry because she wanted her evening shower and we came at ten instead of eight"""),
("I1", """what about the digital night supervision"""),
("P23", """thats actually working quite well we have it for about twenty patients and the night nurse she sits at the office at [[fagernes sykehjem|o]] and looks at the screen and decides who to go to so we drive much less at night it was my colleague [[mats ola|p]] who was the superuser for that hes from [[bjerkvik|pl]] and he knows every road and every house in the whole kommune"""),
("I1", """did you have any concerns about privacy"""),
("P23", """yeah of course in [[sweden|pl]] we have very strict rules about cameras in homes and i was surprised that it was so easy here but its not really a camera its a sensor that makes like a stick figure but still one patient a woman [[ninety one|ag]] said she would not have it because her husband used to sit and look at her when she slept and now hes dead and she didnt want {{anyone else}} to look at her that way which i thought was very beautiful actually"""),
("I1", """how do you communicate with the relatives"""),
("P23", """by phone mostly and some of them have {{helsenorge}} access but many of the relatives live far away in [[oslo|pl]] or [[bergen|pl]] or even abroad and they call the office and ask for updates and its [[ida|p]] the coordinator who takes those calls shes amazing she has a notebook with all the relatives names and numbers and she knows all their kids names too"""),
("I1", """is there anything you would change"""),
("P23", """better network coverage for sure in [[skjomen|pl]] and up at [[bjørnfjell|pl]] theres basically nothing so the gps and the alarms dont work properly and i think the suppliers should have norwegian support lines and maybe swedish too haha and i wish we could share systems across the border because some patients in [[narvik|pl]] have their gp in [[kiruna|pl]] or their family in [[abisko|pl]] and nothing talks to each other"""),
("I1", """thank you [[johanna|p]] anything else"""),
("P23", """no i think thats it you can reach me on [[nine one seven six six two zero three|ph]] if you need anything and my email is [[johanna dot lindqvist at narvik dot kommune dot no|e]]"""),
]}

# ---------------------------------------------------------------- P24 (en, Somali helsefagarbeider Hammerfest)
T["P24"] = {"lang": "en", "reg": "en", "turns": [
("I1", """Okay, we're recording. Thank you for meeting me, [[Hodan|p]]."""),
("P24", """You're welcome. I am [[Hodan Abdi Warsame|p]], I was born in [[Mogadishu|pl]], but we left when I was small, I grew up in [[Nairobi|pl]], in [[Eastleigh|pl]], and then we came to [[Norway|pl]] in 2008 through family reunification. First to [[Kirkenes|pl]], then [[Hammerfest|pl]]. I'm a {{helsefagarbeider}}, I work at [[Storsvingen sykehjem|o]]. For seven years now."""),
("I1", """What's it like working with welfare technology in [[Hammerfest|pl]]?"""),
("P24", """[[Hammerfest|pl]] is far north, far from everything, so the technology is important, but also the technology comes last here, haha. Everything starts in [[Oslo|pl]], then [[Trondheim|pl]], then [[Tromsø|pl]], and then maybe five years later it comes to us. We have the sensors now in the nursing home, the bed sensors, and the door alarm, and some tablets. The home care has the medicine machines."""),
("I1", """Tell me about your colleagues."""),
("P24", """We are a mix. [[Ánne-Márjá|p]], she is Sámi, from [[Kautokeino|pl]], she speaks Sámi with two of the residents. [[Faadumo|p]], she is also Somali, from [[Hargeisa|pl]], she came after me. [[Stig|p]], he is from [[Rypefjord|pl]], born and raised, his father was a fisherman. And our leader, [[Heidi Nilsen Gamst|p]], she is from [[Kvalsund|pl]]. So at lunch it is like a small world. We talk about everything, about the residents, about our children, about {{Ramadan}} and about reindeer."""),
("I1", """How did you learn the sensor system?"""),
("P24", """[[Ánne-Márjá|p]] taught me. She is the {{superbruker}}. She is very calm, she never gets stressed, even when everything is beeping. She showed me the app on the phone, how you see which room, how you mark that you are going there. The first weeks, I ran to every alarm like it was fire. She said, "[[Hodan|p]], walk. If you run, you fall, and then we need a sensor for you." Haha."""),
("I1", """Can you tell me about a resident where the technology mattered?"""),
("P24", """Yes. There was a man, [[Kristian|p]], he was a teacher at the school in [[Havøysund|pl]] for many years. He was [[ninety-six|ag]], he had {{Parkinson}}, and he got up every night to go to the toilet but he could not walk alone. Before the sensor, he fell many times, because we could not be there fast enough. With the sensor, it beeps the moment his feet touch the floor, and we are there in thirty seconds. He did not fall for one whole year. His daughter, [[Mette|p]], she came from [[Alta|pl]] every month, and she said this was a miracle. It was not a miracle, it was a sensor. But okay."""),
("I1", """Were there any difficulties?"""),
("P24", """Yes, of course. One night the sensor was beeping for room [[107|id]], and when I came in, the lady was standing by the window, looking at the northern lights. She said, "I just wanted to see them one more time." And I could not tell her to go to bed. So I stood with her. Ten minutes. And the other alarms were ringing, and [[Stig|p]] was alone with them. After, he was angry with me. But I think, sometimes you have to choose the person and not the alarm."""),
("I1", """How do you think about your background in relation to caring for Norwegian elders?"""),
("P24", """In Somali culture, the elders are very respected. You never put your mother in an institution, never. So when I started, I was sad for the residents, I thought, where are their children? But now I understand, the children are in [[Oslo|pl]], in [[Bergen|pl]], they have their lives. And the nursing home is a family too, in a way. I call the old ladies "{{ayeeyo}}", grandmother, and they like it, even if they don't know what it means."""),
("I1", """How do you use technology in your own family?"""),
("P24", """I video call my mother in [[Nairobi|pl]] every {{Friday}}, after the prayer at the mosque. She is [[sixty-eight|ag]], she has diabetes, and I check her blood sugar over the phone, haha, I make her show me the machine. My brother [[Abdirahman|p]] in [[Minneapolis|pl]] also joins. So I am the nurse for the whole family, on three continents."""),
("I1", """What would you change about how welfare technology is implemented in the north?"""),
("P24", """{{Ask us first}}. The people in [[Helse Nord|o]] and in [[Helsedirektoratet|o]], they make plans for the whole country, but [[Hammerfest|pl]] is not like [[Oslo|pl]]. Here the weather is the biggest problem. When there is a storm, there is no electricity, no network, nothing works. And then we must do it the old way. So we should never forget the old way. Always have a paper list, always know how to walk the rounds without the phone."""),
("I1", """Thank you, [[Hodan|p]]."""),
("P24", """Thank you. And if you want, you can call me, [[+47 980 71 254|ph]]. Not on Friday evening, that is for my mother."""),
]}

# ---------------------------------------------------------------- P25 (nb, datter Larvik)
T["P25"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Tusen takk for at du ville stille opp, [[Rose|p]]. Er det greit at jeg tar opp?"""),
("P25", """Ja, det er helt greit. Jeg heter [[Rose Marie Thorstensen|p]], og jeg er datteren til [[Ivar Thorstensen|p]], som bor på [[Torstrand omsorgssenter|o]] i [[Larvik|pl]]. Pappa er [[åttisju år|ag]], han har {{vaskulær demens}} etter noen små slag, og han har bodd på sykehjem i snart to år. Jeg bor i [[Stavern|pl]], så det er bare et kvarter å kjøre, og jeg er der tre-fire ganger {{i uka}}. Jeg er selv lærer, på [[Stavern ungdomsskole|o]]."""),
("I1", """Hvordan har du opplevd teknologien på sykehjemmet?"""),
("P25", """Det var jo sånn at de innførte digitalt tilsyn for et år siden, eller litt mer. Det kom et brev hjem, og så et møte der vi pårørende fikk informasjon. Og jeg må innrømme at jeg var skeptisk. For pappa har alltid vært en veldig privat mann. Han var politi i tretti år, på [[Larvik politistasjon|o]], og han har aldri likt å bli sett på. Jeg tenkte, han kommer til å hate det. Men så tenkte jeg, han vet jo ikke om det. Og det var egentlig enda verre å tenke på."""),
("I1", """Hvordan endte det?"""),
("P25", """Jeg skrev under. Broren min, [[Torgeir|p]], han bor i [[Stockholm|pl]], han syntes det var helt greit, han sa "det er bedre enn at han ligger på gulvet". Og han har jo rett. Men det er lett å si når man bor i [[Stockholm|pl]]. Jeg er den som ser pappa. Jeg er den som så blåmerkene etter fallet [[nyttårsaften 2022|d]], da han hadde ligget på gulvet i nesten en time før nattevakta fant ham. Så til slutt var det det som avgjorde."""),
("I1", """Hva har skjedd etter at tilsynet kom?"""),
("P25", """Han har falt to ganger til, og begge gangene var de der på et par minutter. Så det virker. Og nattevakta, [[Sunniva|p]], hun sa til meg at de nå slipper å gå inn og vekke ham hver annen time, så han sover bedre. Han er mindre forvirret om dagen. Det hadde jeg ikke tenkt på. At tilsyn om natta kan bety bedre dager."""),
("I1", """Har du fått tilgang til noe av informasjonen selv?"""),
("P25", """Nei, og det har vært en liten kamp. Jeg ba om å få se loggen, altså hvor mange ganger han sto opp, fordi jeg ville forstå hvordan nettene hans var. Og det var ikke så lett. Det måtte gå gjennom personvernombudet i kommunen, og det tok seks uker. Vi fikk et saksnummer, [[23/14590|id]], og så fikk jeg en utskrift til slutt. Den viste at han sto opp mellom fire og seks ganger hver natt. Og det forklarte mye, for han var alltid så sliten på formiddagen."""),
("I1", """Hvordan er kontakten med personalet?"""),
("P25", """Veldig god, med de faste. [[Anita|p]] er primærkontakten hans, og hun er helt fantastisk. Hun ringer meg hvis det er noe, og hun sender meldinger på {{Helsenorge}}. Men det er mange vikarer, særlig i ferier. Og da vet de ikke hvem han er. Forrige sommer kom det en vikar som kalte ham "[[Ivar|p]]-gutten", og pappa, som har vært politi, ble helt stiv i ansiktet. Det var ikke vondt ment, men det er sånt som gjør at han blir urolig."""),
("I1", """Bruker dere videosamtaler?"""),
("P25", """Ja, [[Torgeir|p]] ringer på video hver {{søndag}}. [[Anita|p]] setter opp nettbrettet for pappa. Og det er litt blandet. Noen ganger kjenner pappa ham igjen med en gang, og da er det fint. Andre ganger spør han "hvem er den mannen?" Og da blir [[Torgeir|p]] lei seg, og det merker pappa, og så blir det dårlig stemning. Jeg har sagt til [[Torgeir|p]] at han må ta med hunden, {{Bamse}}, for pappa husker alltid hunden."""),
("I1", """Har du tanker om hvordan pårørende kan involveres bedre?"""),
("P25", """Ja. Jeg tror man må snakke med oss før man installerer noe. Ikke bare sende et brev. Og man må ta med oss i evalueringen. Jeg har mye kunnskap om pappa som personalet ikke har. Jeg vet at han våkner klokka fire fordi han har jobbet nattskift hele livet. Det er ikke uro, det er vane. Den informasjonen burde vært med fra starten."""),
("I1", """Noe om det praktiske, som økonomi eller avtaler?"""),
("P25", """Det er en ting som irriterer meg. Vi får en regning for et "velferdsteknologisk tilbud" som ikke er forklart noe sted. Jeg har ringt [[Larvik kommune|o]] tre ganger, og de ber meg lese opp fødselsnummeret hans hver gang, [[100936 41340|id]], jeg kan det utenat nå, og hver gang sier de at de skal sjekke. Det har tatt to måneder. {{Pappas}} post går forresten fortsatt til det gamle huset, [[Nanset gate 9, 3263 Larvik|a]], så jeg henter den der. Min e-post, hvis du vil ha kopi av regningen, er [[rosemarie.thorstensen@gmail.com|e]]."""),
("I1", """Takk, [[Rose|p]]. Er det noe mer?"""),
("P25", """Nei. Bare at jeg er takknemlig for det personalet gjør. De er slitne, men de er gode. Det er systemet rundt dem jeg er kritisk til, ikke dem."""),
]}

# ---------------------------------------------------------------- P26 (nn, nattsjukepleiar Odda)
T["P26"] = {"lang": "nn", "reg": "nn", "turns": [
("I1", """Då tek vi opp. Takk for at du tok deg tid, [[Synnøve|p]]."""),
("P26", """Berre hyggeleg. Eg heiter [[Synnøve Tveit Hauge|p]], og eg er {{sjukepleiar}} i heimesjukepleia i [[Ullensvang herad|o]], sone [[Odda|pl]]. Eg har jobba natt dei siste seks åra, før det var eg på [[Haugesund sjukehus|o]], på akutten. Eg bur i [[Tyssedal|pl]], og eg er vaksen opp der, far min jobba på {{smelteverket}}."""),
("I1", """Korleis ser ei natt ut for deg?"""),
("P26", """Vi er to på natt for heile sona, som går frå [[Skare|pl]] i sør og nesten til [[Kinsarvik|pl]] i nord, når dei andre er opptekne. Det er lange vegar, og om vinteren er det ras og stengde vegar. Vi har ein bil med eit nettbrett, og alle alarmane kjem på telefonen. Vi har tryggleiksalarmar, dørsensorar, og sidan i fjor har vi digitalt nattilsyn hjå fjorten brukarar."""),
("I1", """Kan du fortelje om ei natt der teknologien var avgjerande?"""),
("P26", """Ja. Det var natt til [[søndag 5. mars|d]], eg hugsar det godt. Det hadde gått ras over vegen ved [[Jøsendal|pl]], så vegen sørover var stengd. Og klokka to kom det alarm frå ei dame på [[Eitrheim|pl]], [[Torunn|p]], [[åttifem år|ag]], digitalt tilsyn, ho låg på golvet. Vi kunne sjå at ho rørte seg, og at ho ikkje var i livsfare, så vi prioriterte henne etter ein annan som hadde brystsmerter i [[Odda sentrum|pl]]. Utan tilsynet måtte vi ha gissa. No kunne vi sjå."""),
("I1", """Korleis var det å måtte prioritere?"""),
("P26", """Tungt. Det er alltid tungt. Men det er lettare når du veit kva du prioriterer mellom. Før var det berre ein alarm, og du visste ikkje om det var nokon som hadde trykt ved eit uhell eller nokon som låg for døden. No har vi meir informasjon. [[Torunn|p]] låg der i førti minutt, og ho var kald og sint då vi kom. Ho sa: "Kvar har de vore?" Og eg sa: "Vi har vore hjå ein som hadde det verre enn deg." Og ho sa: "Det trur eg ikkje." Ha ha. Ho er ei tøff dame."""),
("I1", """Kven er det du jobbar saman med på natta?"""),
("P26", """Oftast [[Eirik|p]], han er {{helsefagarbeidar}} og har køyrt natt her i tjue år. Han kjenner alle. Han veit kven som har hund, kven som har nøkkelen under blomsterpotta, kven som vil ha kaffi. Og så er det [[Aleksandra|p]], ho er frå [[Polen|pl]], ho kom hit med mannen sin som skulle jobbe på smelteverket, og så tok ho helsefagarbeidarutdanning. Ho er {{superbrukar}} på nattilsynet. Ho har lært oss andre alt."""),
("I1", """Korleis lærte de systemet?"""),
("P26", """Vi hadde ein dag med kurs på [[Odda sjukehus|o]] — det som er att av det — med leverandøren, [[Hardanger Velferdsteknologi AS|o]], men det var [[Aleksandra|p]] som verkeleg sette seg inn i det. Ho las heile manualen, på engelsk, og laga ein liten jukselapp på norsk og polsk. Den heng framleis i bilen, [[SV 41882|id]], på dashbordet. Og så ringjer vi [[Mons|p]] på IT i [[Kinsarvik|pl]] når noko er gale. [[Mons|p]] er ein sånn type som svarar i telefonen klokka tre om natta. Eg veit ikkje når han søv."""),
("I1", """Korleis opplever brukarane tilsynet?"""),
("P26", """Dei fleste er nøgde. Dei slepp at vi kjem inn og vekkjer dei. Men ein mann oppe på [[Hjøllo|pl]] ville ikkje ha det. Han var redd for at "dei i [[Bergen|pl]]" skulle sjå på han. Eg forklarte at det var oss, ikkje nokon i [[Bergen|pl]]. Men han stolte ikkje på det. Han har eit skilt på døra der det står "Ingen kamera her". Vi respekterer det."""),
("I1", """Kva med dokumentasjon og journal?"""),
("P26", """Vi bruker {{CosDoc}}. Og det er mykje klikking på natta. Kvar gong vi ser på tilsynet, skal det dokumenterast. Vi har bede om at det skal bli automatisk, men det kostar. Eg har skrive eit notat om det til leiaren vår, [[Randi Lothe|p]], og ho har sendt det vidare. Vi får sjå."""),
("I1", """Har du nokre tankar om framtida?"""),
("P26", """Eg er redd for at det blir færre av oss på natt. Det har vore snakk om det. At med tilsyn kan ein klare seg med éin. Men det er ikkje trygt. Den natta {{i mars}}, med raset, då trong vi å vere to. Og det er ikkje berre tryggleik for brukarane, det er òg for oss. Det er mørkt og glatt og langt mellom husa. Eg vil ikkje køyre åleine i [[Skjeggedal|pl]] klokka fire om natta."""),
("I1", """Takk, [[Synnøve|p]]."""),
("P26", """Takk sjølv. Og om du vil ha meir, så kan du ringje meg, [[916 30 742|ph]], men ikkje på dagtid, då søv eg."""),
]}

# ---------------------------------------------------------------- P27 (nb, fokusgruppe Molde)
T["P27"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Velkommen, alle sammen. Takk for at dere ville være med i denne fokusgruppa. Vi tar det uformelt, dere kan gjerne snakke til hverandre og ikke bare til meg. Kan vi begynne med en runde der dere sier hvem dere er og hva dere jobber med?"""),
("P27A", """Ja, jeg kan begynne. Jeg er [[Hanne Bjørnerem|p]], jeg er {{sykepleier}} og fagansvarlig på [[Kirkebakken omsorgssenter|o]] her i [[Molde|pl]]. Jeg har vært her i elleve år."""),
("P27B", """[[Kristoffer Aas|p]], helsefagarbeider, {{superbruker}} for digitalt tilsyn. Jeg er den yngste her, tror jeg, [[tjuesju|ag]]. Og jeg er fra [[Hjelset|pl]], så jeg har ikke flytta langt."""),
("P27C", """Jeg er [[Amira Hodžić|p]], jeg er {{helsefagarbeider}} også, og jeg kommer fra [[Bosnia|pl]], fra [[Tuzla|pl]]. Jeg har bodd i [[Norge|pl]] siden jeg var [[ni år|ag]], så. Jeg jobber mest dag og kveld."""),
("P27D", """Og jeg er [[Solfrid|p]], [[Solfrid Eide|p]], jeg har gått natt på [[Kirkebakken|o]] i, herregud, tjueto år. Jeg er nok den som var mest imot all denne teknologien, så dere får høre det fra den sida også."""),
("I1", """Så fint at vi har forskjellige perspektiver. [[Solfrid|p]], kan du si mer om hvorfor du var imot?"""),
("P27D", """Ja, jeg var redd for at vi skulle miste kontakten med beboerne. At vi skulle sitte og se på en skjerm i stedet for å gå inn. Jeg har alltid gått inn til alle, hver annen time, og jeg kjenner dem på pusten. Jeg kan høre på pusten til [[Alfhild|p]] om hun har vondt. Det kan ikke en sensor."""),
("P27B", """Men [[Solfrid|p]], du må innrømme at det har blitt bedre på noen ting? Som med [[Leif|p]] på rom [[118|id]]?"""),
("P27D", """Ja, [[Kristoffer|p]], med [[Leif|p]] har det blitt bedre. Det skal jeg innrømme."""),
("P27A", """Det var jo han som falt fire ganger på én måned før vi fikk sensoren. Og etterpå, null fall på et halvt år. Vi har tall fra [[Helse Møre og Romsdal|o]] også, fra [[Molde sjukehus|o]], om hvor mange innleggelser vi har hatt for {{hoftebrudd}}, og det har gått ned."""),
("P27C", """Men det er ikke bare sensoren, [[Hanne|p]]. Det er også at vi fikk flytta senga hans vekk fra vinduet. Det var [[Kristoffer|p]] som fant ut av det. Han så på loggen at [[Leif|p]] alltid sto opp og gikk mot vinduet, fordi han trodde det var døra."""),
("P27B", """Ja, men det hadde vi ikke sett uten sensoren. Så begge deler, [[Amira|p]]."""),
("I1", """Hvordan var innføringen for dere?"""),
("P27C", """Litt kaotisk. Vi fikk opplæring én dag i [[Molde rådhus|o]], og så skulle vi bare sette i gang. Og appen var på norsk, og det var greit for meg, men vi har mange på huset som ikke har norsk som {{morsmål}}. [[Hai|p]] fra [[Vietnam|pl]], [[Lwam|p]] fra [[Eritrea|pl]]. De slet."""),
("P27A", """Og jeg tok det opp med ledelsen, med [[Gro Flemmen|p]], enhetslederen vår. Og hun fikk til at vi fikk en egen økt med tolk. Det hjalp."""),
("P27D", """Jeg vil si at det som hjalp mest, var at [[Kristoffer|p]] var der på natt de første ukene. Han bytta vakter for å være med oss. Det glemmer jeg ikke."""),
("P27B", """Det var [[Hanne|p]] sin idé, egentlig."""),
("P27A", """Ja, men du gjorde det."""),
("I1", """Kan dere fortelle om en situasjon der teknologien skapte problemer?"""),
("P27D", """Ja! Natt til [[lørdag 14. oktober|d]]. Da gikk hele systemet ned klokka to, og vi fikk ingen alarmer på tre timer. Og vi visste ikke om det. Vi trodde bare det var en rolig natt. Det var [[Amira|p]] som kom på morgenvakta og så at det sto "frakoblet" på skjermen."""),
("P27C", """Ja, og da ble det kjempestyr. Vi ringte IT, [[Tormod|p]] hadde vakt, og han fant ut at det var en oppdatering fra leverandøren som hadde krasja serveren. Heldigvis skjedde det ingenting den natta. Men tenk hvis."""),
("P27A", """Etter det har vi fått en rutine på at nattevakta sjekker status hver time. Det er litt tungvint, men det er nødvendig."""),
("P27D", """Så da går jeg jo runder igjen, da, bare til skjermen i stedet. Ha ha."""),
("I1", """Hvordan opplever pårørende teknologien?"""),
("P27A", """Blandet. De fleste er glade. Men vi hadde en sønn, [[Bjørnar|p]], som var veldig kritisk. Moren hans, [[Edel|p]], var [[hundre år|ag]], og han sa at hun hadde levd i [[hundre år|ag]] uten overvåking og skulle få dø uten også."""),
("P27B", """Og vi respekterte det. [[Edel|p]] fikk ikke sensor. Hun døde i fred, [[1. juledag 2022|d]], med [[Bjørnar|p]] ved senga."""),
("P27C", """Det var en fin død, egentlig. [[Solfrid|p]] var på jobb."""),
("P27D", """Ja. Jeg satt med dem. Det er sånt ingen sensor kan gjøre."""),
("I1", """Takk alle sammen. Det har vært veldig nyttig."""),
]}

# ---------------------------------------------------------------- P28 (en, focus group Oslo)
T["P28"] = {"lang": "en", "reg": "en", "turns": [
("I1", """Okay, welcome everyone, and thank you for coming. We'll do this in English since that's what we all share. Maybe we start with a quick round: your name and where you work?"""),
("P28A", """Hi, I'm [[Agnieszka Nowak|p]], from [[Poland|pl]], from [[Wrocław|pl]]. I work at [[Holmlia sykehjem|o]] — it's in [[Søndre Nordstrand|pl]] — as {{helsefagarbeider}}. Eight years in [[Norway|pl]]."""),
("P28B", """[[Joseph Mensah|p]]. I'm from [[Ghana|pl]], from [[Kumasi|pl]]. I'm a nurse in home care in [[Bydel Grorud|o]]. Everybody calls me [[Joe|p]]."""),
("P28C", """I'm [[Siriporn|p]], but please call me [[Pim|p]], it's easier. I'm from [[Udon Thani|pl]] in [[Thailand|pl]]. I work nights at [[Holmlia|o]], with [[Agnieszka|p]]."""),
("P28D", """And I'm [[Linnéa|p]], [[Linnéa Sjöberg|p]], from [[Göteborg|pl]]. I'm a nurse too, I did an {{MSc}} in e-health, and now I'm the — what is it — fagutviklingssykepleier for welfare technology in [[Søndre Nordstrand|pl]]. So I guess I'm the one the others complain to, haha."""),
("I1", """Good. Let's start with the electronic records. How is documenting in Norwegian for you?"""),
("P28B", """Hard. Honestly. I speak Norwegian fine now, I passed the {{Bergenstest}}, but writing in {{Gerica}} is different. You have to use the right words, the professional words, otherwise the next shift doesn't understand. And the spellcheck is terrible. [[Linnéa|p]], you know what I mean."""),
("P28D", """Yes, [[Joe|p]], I know. And I'm Swedish, and I still make mistakes. I write "sjukhus" and "sjuksköterska" sometimes without thinking. One time I wrote "pasienten var {{rolig}}" and meant it the Swedish way, that the patient was funny, haha."""),
("P28A", """For me the worst is the abbreviations. Everybody uses abbreviations, but nobody explains them. "{{BT}}", "ROS", "tilsyn" — in the beginning I didn't know anything. And [[Karianne|p]], our avdelingsleder, she said just ask. But you cannot ask every five minutes."""),
("P28C", """Yes, [[Agnieszka|p]], and at night there is nobody to ask. I'm alone with [[Moses|p]] sometimes, he's from [[Uganda|pl]], and we sit and try to understand the report from the day shift together. Sometimes we call [[Linnéa|p]] the next morning."""),
("P28D", """Which is fine! I'd rather you call."""),
("I1", """What about the welfare technology — the sensors, the supervision?"""),
("P28C", """At [[Holmlia|o]] we have the bed sensors and the new one in the ceiling. It's actually easier than the journal, because it's pictures and colours. Red, yellow, green. You don't need Norwegian for that. But when you have to write afterwards what happened, then Norwegian again."""),
("P28A", """I agree with [[Pim|p]]. The technology is universal, the documentation is not."""),
("P28B", """In home care we have the GPS watches and the dispensers, and the key app. The key app is a nightmare. On [[Monday the 6th of March|d]] it stopped working for the whole bydel, for four hours. We stood outside doors. I stood outside a door in [[Ammerud|pl]] for forty minutes, calling and calling. The lady inside, [[Gunvor Tangen|p]], she is [[ninety-two|ag]], she was waiting for her insulin. In the end her neighbour let me in, she had a spare key."""),
("P28D", """That was a bad day. We wrote eleven deviation reports that day, [[Joe|p]]. I remember."""),
("I1", """How do you feel about being the ones using these systems — as people who came from elsewhere?"""),
("P28A", """Sometimes I feel we are the ones who use the technology most, and we are asked least. The meetings, the planning, it's the Norwegian leaders. But on the floor it's us. At [[Holmlia|o]] maybe sixty percent of the staff are from other countries."""),
("P28B", """That's true, [[Agnieszka|p]]. And we bring other experiences. In [[Ghana|pl]] I worked at [[Komfo Anokye Teaching Hospital|o]], we had nothing, no sensors, we had to watch the patients with our eyes. I think that makes us good at not trusting the machine completely."""),
("P28C", """Yes. In [[Thailand|pl]] my grandmother lived with us until she died, at [[ninety-four|ag]]. No sensor. My mother was the sensor, haha."""),
("P28D", """And in [[Sweden|pl]] we have a lot of technology, but also a lot of rules about privacy. So I came here and I was surprised how quickly things are installed. In [[Göteborg|pl]], a camera in a patient's home would take months of paperwork."""),
("I1", """What would you like decision-makers to know?"""),
("P28A", """{{Ask us}}. Include us. Make the training in simple Norwegian, with pictures."""),
("P28B", """And pay the {{superbrukere}}. [[Linnéa|p]] does it on top of everything."""),
("P28D", """Thank you, [[Joe|p]]. Haha. Yes, that's true. And include the night shift. [[Pim|p]] and [[Moses|p]] know things about the sensors that the day people never see."""),
("P28C", """Like that the sensor in room [[204|id]] goes off every time the bus passes outside. Nobody believes us."""),
("P28A", """It's true! Every time {{the 79 bus}} comes up the hill."""),
("I1", """Thank you all so much."""),
]}

# ---------------------------------------------------------------- P29 (stt-nb, fokusgruppe Harstad)
T["P29"] = {"lang": "nb", "reg": "stt-nb", "turns": [
("I1", """da setter vi i gang velkommen alle tre takk for at dere kom kan dere si litt om hvem dere er"""),
("P29A", """ja jeg kan begynne jeg er [[randi hanssen|p]] sykepleier i hjemmetjenesten i [[harstad|pl]] distrikt [[kanebogen|pl]] og jeg har vært med på innføringen av medisindispenser fra starten av"""),
("P29B", """[[espen|p]] [[espen kvernmo|p]] helsefagarbeider samme distrikt og jeg er {{superbruker}} på dispenserne sammen med [[natalia|p]]"""),
("P29C", """og jeg er [[natalia sorokina|p]] jeg er fra [[murmansk|pl]] og jeg har jobbet i [[harstad|pl]] i ni år først på [[bergseng sykehjem|o]] og nå i hjemmetjenesten"""),
("I1", """hvordan har det vært å innføre dispenserne"""),
("P29B", """det har gått sånn passe bra vi starta med ti stykker {{i oktober}} og nå har vi førti men det var mye barnesykdommer i starten sant [[randi|p]]"""),
("P29A", """ja [[espen|p]] det var det den første måneden så hadde vi en som ikke ga ut dosen i det hele tatt hos en mann på [[sama|pl]] og han ble ganske dårlig fordi han ikke fikk hjertemedisinen sin i to dager det var [[ottar|p]] [[ottar|p]] på [[sama|pl]] han er [[åttiåtte|ag]]"""),
("P29C", """og det var jeg som fant det ut fordi jeg kom på besøk og så at koppen var tom og han sa at maskinen har vært stille og da ringte jeg [[espen|p]] og [[espen|p]] ringte leverandøren"""),
("P29B", """og leverandøren sa at det var en feil i programvaren som bare skjedde hvis strømmen gikk og kom tilbake og det hadde den gjort på [[sama|pl]] den natta fordi {{det var storm}}"""),
("I1", """hvordan håndterte dere det"""),
("P29A", """vi skrev avvik og så fikk vi en rutine på at alle dispensere skal sjekkes etter strømbrudd og det er jo i [[harstad|pl]] ganske ofte om vinteren så det er litt jobb men vi har en liste nå som [[natalia|p]] lagde"""),
("P29C", """ja med adressene og hvem som har ansvar og telefonnummer til pårørende for eksempel [[ottar|p]] sin datter [[lill|p]] hun bor på [[grytøya|pl]] og hun har sagt at vi kan ringe henne når som helst på [[nittiåtte sekstifem tolv trettifire|ph]]"""),
("I1", """hvordan er det for pasientene"""),
("P29B", """de fleste liker det sånn egentlig de slipper å vente på oss og de får medisinen til riktig tid men det er noen som blir ensomme for vi kommer jo sjeldnere nå og det er en dame på [[seljestad|pl]] [[tove|p]] som sa at maskinen er den eneste som snakker med meg nå og det var trist å høre"""),
("P29A", """ja [[tove|p]] ja hun har vi prøvd å få med på dagsenter på [[kanebogen|pl]] men hun vil ikke hun sier hun er ikke gammel nok hun er [[nittien|ag]]"""),
("P29C", """haha ja hun er morsom [[tove|p]]"""),
("I1", """hva med opplæringen"""),
("P29C", """det var ikke så lett for meg i starten fordi alt var på norsk og på den maskinen står det sånne korte meldinger som jeg ikke skjønte men [[espen|p]] forklarte og så lagde vi en liten ordliste og nå kan jeg alt og nå er det jeg som lærer opp de nye"""),
("P29B", """[[natalia|p]] er bedre enn meg nå altså"""),
("P29A", """det er sant og det er noe vi burde si til ledelsen at det er de som brenner for det som får det til å fungere ikke kursene vi hadde kurs med leverandøren [[onsdag tjueførste september|d]] og det var greit men det var [[natalia|p]] og [[espen|p]] som egentlig lærte oss"""),
("I1", """hvilke systemer bruker dere i tillegg"""),
("P29B", """{{gerica}} og så er det dispenserportalen og så er det {{teams}} og så er det {{helsenorge}} og e meldinger med fastlegene og det er mange passord altså"""),
("P29A", """og [[unn harstad|o]] har jo {{tips}} så når pasientene kommer hjem fra sykehuset så må vi få epikrisen og det kommer ikke alltid og da må vi ringe og det er mye venting"""),
("I1", """har dere noe til slutt"""),
("P29C", """bare at jeg er glad for at jeg fikk være superbruker det har gitt meg mye selvtillit og min mor i [[murmansk|pl]] hun er stolt av meg hun sier at jeg er {{robotdoktor}} haha"""),
("P29A", """robotdoktor [[natalia|p]] det skal vi skrive på døra di"""),
("I1", """takk alle sammen"""),
]}

# ---------------------------------------------------------------- P30 (nb, fokusgruppe Levanger/Verdal, trøndersk)
T["P30"] = {"lang": "nb", "reg": "nb", "turns": [
("I1", """Velkommen, alle sammen. Dere utgjør jo prosjektgruppa for velferdsteknologi i [[Levanger|pl]] og [[Verdal|pl]], så jeg tenkte vi kunne snakke om hvordan samarbeidet har vært. Kan dere presentere dere kort?"""),
("P30A", """Ja, æ kan begynne. [[Arnt Ove Sundet|p]], prosjektleder, ansatt i [[Levanger kommune|o]], men jobbe for begge kommunan. Æ har vært i prosjektet sia starten, i 2019."""),
("P30B", """[[Ingunn Vist|p]], æ e IT-rådgiver i [[IKT Innherred|o]], som e felles for [[Levanger|pl]], [[Verdal|pl]] og [[Frosta|pl]]. Så æ e den som skal få alt te å snakk sammen."""),
("P30C", """[[Kjersti|p]], [[Kjersti Haugan|p]], innkjøpsrådgiver i [[Verdal kommune|o]]. Æ kom inn litt seinere, i 2021."""),
("P30D", """[[Martin Lorentzen|p]], {{helsefagarbeider}} og {{superbruker}} i hjemmetjenesten på [[Ørmelen|pl]]. Æ e han som skal test alt på gølvet, sånn at dokker andre veit om det funke, ha ha."""),
("P30E", """Og [[Wenche Bjartnes|p]], {{enhetsleder}} for hjemmetjenesten i [[Verdal|pl]]. Æ e vel den som skal ta ansvar når ting går gæli."""),
("I1", """Hvordan har samarbeidet mellom to kommuner fungert?"""),
("P30A", """Stort sett bra, men det e klart, to kommuna e to kulturer. I [[Levanger|pl]] har vi alltid vært litt mer sånn "la oss prøv", og i [[Verdal|pl]] e dem mer forsiktig. Sant, [[Wenche|p]]?"""),
("P30E", """Forsiktig? Vi e grundig, [[Arnt Ove|p]]. Det e en forskjell. Ha ha. Nei, men det e rett at vi har hatt litt ulikt tempo. Vi ville ha bedre avklaring på ansvar før vi rulla ut dørsensora."""),
("P30B", """Og det va jo bra, egentlig. For da [[Levanger|pl]] rulla ut først, så oppdaga vi at integrasjonen mot {{Helseplattformen}} itj va klar. Så vi fikk alarma som itj kom inn i journalen."""),
("P30D", """Det va æ som oppdaga det, faktisk. Vi hadde en bruker på [[Staup|pl]], [[Halvor|p]], som hadde fått dørsensor, og det gikk en alarm klokka tre om natta [[fredag 10. mars|d]]. Nattevakta rykka ut, men det sto ingenting i journalen dagen etter. Æ spurte [[Ingunn|p]] ka som hadde skjedd, og da fant vi ut at ingenting av det kom over."""),
("P30B", """Ja, det va en stygg oppdagelse, [[Martin|p]]."""),
("P30C", """Og det va jo det som gjorde at vi måtte gå tilbake til leverandøren, [[Innherred Omsorgsteknologi AS|o]], og kreve at dem fiksa integrasjonen før [[Verdal|pl]] starta. Det sto jo i kontrakten, men dem hadde tolka det annerledes. Det ble mange møter med dem."""),
("I1", """Hvordan løste dere det?"""),
("P30C", """Vi hadde et møte i [[Trondheim|pl]] med leverandøren og med [[Helseplattformen AS|o]] [[onsdag 26. april|d]], og der fikk vi endelig en plan. Det tok tre måneder før det va på plass."""),
("P30A", """Og i mellomtida så hadde vi en manuell rutine, der nattevakta skreiv alt inn for hand. Det va tungvint, men det funka."""),
("P30E", """Og det va det som gjorde at [[Verdal|pl]] venta, [[Arnt Ove|p]]. Så vi va itj forsiktig, vi va klok."""),
("P30A", """Ja ja, [[Wenche|p]], du har rett. Du har rett."""),
("I1", """[[Martin|p]], hvordan opplever du å være superbruker i dette?"""),
("P30D", """Det e både gøy og slitsomt. Æ like å test ting, og æ like å lær bort. Men det e mye. Æ har en kollega, [[Marit Anita|p]], som e superbruker i [[Verdal|pl]], og vi prate sammen {{hver uke}}. Vi har en egen gruppe på {{Messenger}}. Og så e det han [[Per|p]] på natta, han e itj superbruker, men han kan alt om dørsensoran, for han har vært med fra pilotfasen. Uten han [[Per|p]] hadde vi vært ille ute."""),
("P30B", """[[Per|p]] e gull. Han ringe mæ direkte på [[954 83 201|ph]] i stedet for å gå via brukerstøtte, og det e egentlig itj lov, men æ tar det alltid."""),
("P30C", """Ha ha, du burde itj si det på opptak, [[Ingunn|p]]."""),
("P30B", """Dem fjerne det vel, håpe æ."""),
("I1", """Hvordan involverer dere brukerne og pårørende?"""),
("P30E", """Vi har en brukerrepresentant i prosjektgruppa, fra [[Eldrerådet i Verdal|o]], [[Oddbjørn Hynne|p]], han e [[sekstiåtte|ag]] og pensjonert lærer. Han e kjempeflink. Han stille dem dumme spørsmålan som vi itj tør stille."""),
("P30A", """Ja, [[Oddbjørn|p]] e viktig. Han va den som spurte: "Kæm e det som skal lade batteriet?" Og det hadde ingen tenkt på."""),
("P30D", """Og svaret va mæ, ha ha."""),
("I1", """Takk alle sammen, dette var veldig nyttig."""),
]}

# =================================================================== build
def parse_turn(raw):
    """Strip markup; return text, entities [(text,type,start,end)], keeps [(text,start,end)]."""
    s = " ".join(raw.split())
    out, ents, keeps = [], [], []
    pos = cur = 0
    for m in TOKEN.finditer(s):
        chunk = s[pos:m.start()]
        out.append(chunk)
        cur += len(chunk)
        if m.group(1) is not None:
            if m.group(2) not in TYPES:
                raise ValueError("unknown type %r in %r" % (m.group(2), s[:60]))
            t = m.group(1)
            ents.append((t, TYPES[m.group(2)], cur, cur + len(t)))
        else:
            t = m.group(3)
            keeps.append((t, cur, cur + len(t)))
        out.append(t)
        cur += len(t)
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}", "|"):
        if bad in text:
            raise ValueError("leftover markup %r in: %s" % (bad, text[:80]))
    return text, ents, keeps


def word_hits(needle, hay):
    pat = re.compile(r"(?<![\w@.])" + re.escape(needle) + r"(?![\w@])")
    return [(m.start(), m.end()) for m in pat.finditer(hay)]


def build():
    errors, warnings = [], []
    gold = {}
    stats = {"files": 0, "turns": 0, "reg": {}, "types": {}, "keeps": 0, "entities": 0}
    for pid in sorted(T):
        spec = T[pid]
        lang, reg, turns = spec["lang"], spec["reg"], spec["turns"]
        focus = pid in ("P27", "P28", "P29", "P30")
        parsed = []
        for spk, raw in turns:
            text, ents, keeps = parse_turn(raw)
            parsed.append((spk, text, ents, keeps))

        # ---- structural checks
        if not 14 <= len(parsed) <= 30:
            errors.append("%s: %d turns" % (pid, len(parsed)))
        speakers = [p[0] for p in parsed]
        if focus:
            parts = sorted({s for s in speakers if s != "I1"})
            if not 3 <= len(parts) <= 5:
                errors.append("%s: %d participants" % (pid, len(parts)))
            for s in parts:
                if not re.fullmatch(pid + "[A-E]", s):
                    errors.append("%s: bad speaker %s" % (pid, s))
            if speakers.count("I1") < 1:
                errors.append("%s: no moderator" % pid)
        else:
            parts = [pid]
            for i, s in enumerate(speakers):
                want = "I1" if i % 2 == 0 else pid
                if s != want:
                    errors.append("%s turn %d: speaker %s, expected %s" % (pid, i, s, want))

        # ---- gold
        ents_out, keeps_out = [], []
        file_types = {}
        for i, (spk, text, ents, keeps) in enumerate(parsed):
            seen = {}
            for t, typ, a, b in ents:
                if t in seen and seen[t] != typ:
                    errors.append("%s turn %d: %r typed %s and %s" % (pid, i, t, seen[t], typ))
                if t not in seen:
                    seen[t] = typ
                    ents_out.append({"text": t, "turn": i, "type": typ})
                if file_types.setdefault(t, typ) != typ:
                    warnings.append("%s: %r typed %s and %s in one file" % (pid, t, file_types[t], typ))
            kseen = set()
            for t, a, b in keeps:
                if t not in kseen:
                    kseen.add(t)
                    keeps_out.append({"text": t, "turn": i})
                for _, _, ea, eb in ents:
                    if a < eb and ea < b:
                        errors.append("%s turn %d: keep %r overlaps an entity" % (pid, i, t))
        if not 5 <= len(keeps_out) <= 10:
            errors.append("%s: %d keeps" % (pid, len(keeps_out)))

        # ---- consistency: an entity string of this file that occurs unmarked elsewhere
        all_ent_texts = {e["text"] for e in ents_out}
        for i, (spk, text, ents, keeps) in enumerate(parsed):
            covered = [(a, b) for _, _, a, b in ents] + [(a, b) for _, a, b in keeps]
            for t in all_ent_texts:
                for a, b in word_hits(t, text):
                    if not any(ca <= a and b <= cb for ca, cb in covered):
                        warnings.append("%s turn %d: %r occurs unmarked" % (pid, i, t))

        # ---- every gold text occurs in its turn
        for e in ents_out + keeps_out:
            if e["text"] not in parsed[e["turn"]][1]:
                errors.append("%s: gold text %r not in turn %d" % (pid, e["text"], e["turn"]))

        # ---- XML
        attrs = 'xmlns="%s" id="%s" participant="%s"' % (NS, pid, parts[0])
        if focus:
            attrs += ' participants="%s"' % " ".join(parts)
        attrs += ' language="%s"' % lang
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<interview %s>" % attrs, "  <body>"]
        for spk, text, _, _ in parsed:
            lines.append('    <turn speaker="%s">%s</turn>' % (spk, escape(text)))
        lines += ["  </body>", "</interview>", ""]
        path = os.path.join(OUT, pid + ".xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        root = ET.parse(path).getroot()
        if root.tag != "{%s}interview" % NS:
            errors.append("%s: root tag %s" % (pid, root.tag))
        body = root.find("{%s}body" % NS)
        xturns = body.findall("{%s}turn" % NS)
        if len(list(body)) != len(xturns) or len(xturns) != len(parsed):
            errors.append("%s: XML turn count mismatch" % pid)
        for i, (xt, p) in enumerate(zip(xturns, parsed)):
            if (xt.text or "") != p[1] or xt.get("speaker") != p[0] or len(list(xt)):
                errors.append("%s turn %d: XML round-trip mismatch" % (pid, i))
        for e in ents_out + keeps_out:
            if e["text"] not in (xturns[e["turn"]].text or ""):
                errors.append("%s: gold %r not in parsed XML turn %d" % (pid, e["text"], e["turn"]))

        gold[pid + ".xml"] = {"entities": ents_out, "keep": keeps_out}
        stats["files"] += 1
        stats["turns"] += len(parsed)
        stats["reg"][reg] = stats["reg"].get(reg, 0) + 1
        stats["keeps"] += len(keeps_out)
        stats["entities"] += len(ents_out)
        for e in ents_out:
            stats["types"][e["type"]] = stats["types"].get(e["type"], 0) + 1
        stats.setdefault("per_file", {})[pid] = (reg, len(parsed), len(ents_out), len(keeps_out))

    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    return errors, warnings, stats


if __name__ == "__main__":
    errs, warns, st = build()
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print("files %d, turns %d, entities %d, keeps %d" % (st["files"], st["turns"], st["entities"], st["keeps"]))
    print("registers", json.dumps(st["reg"], sort_keys=True))
    print("types", json.dumps(st["types"], sort_keys=True))
    for pid, row in sorted(st["per_file"].items()):
        print("  %s %-7s turns=%2d entities=%3d keeps=%2d" % ((pid,) + row))
    sys.exit(1 if errs else 0)
