#!/usr/bin/env python3
"""Generator for the heldout-natural-9 evaluation set.

All transcript text is held literally below.  Each turn carries its own gold
annotations: e=["<type-code>:<exact text>", ...] and k=["<keep text>", ...].
Type codes: P person, L place, A address, O org, D date, G age, T phone,
E email, I id.  Running the script writes P01.xml .. P30.xml and gold.json and
checks that every gold text occurs in its turn and that every XML file parses.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "urn:thematic:interview:1"
TY = {"P": "person", "L": "place", "A": "address", "O": "org", "D": "date",
      "G": "age", "T": "phone", "E": "email", "I": "id"}
DOCS = []


def t(spk, text, e=(), k=()):
    return (spk, text, list(e), list(k))


def doc(pid, lang, turns, group=None, stt=False):
    DOCS.append(dict(pid=pid, lang=lang, turns=turns, group=group, stt=stt))


# ---------------------------------------------------------------- P01 (en)
doc("P01", "en", [
    t("I", "Thank you for taking the time, Agnieszka. Maybe you can start by telling me a little about yourself and your job?",
      e=["P:Agnieszka"]),
    t("P", "Yes, no problem. So I come from Poland, from a village outside Rzeszów, and I came to Norway more than ten years ago. First I was cleaning, then I took the fagbrev as helsefagarbeider, and now I work nights at Furulia sykehjem, on the dementia unit, the skjermet avdeling. Usually three nights per week, sometimes four if somebody is sick.",
      e=["L:Poland", "L:Rzeszów", "L:Norway", "O:Furulia sykehjem"], k=["per week", "helsefagarbeider"]),
    t("I", "And the night-time supervision, the sensors and the cameras, when did that come to your unit?"),
    t("P", "Ehm, they put the sensors in the rooms after påske, but the real start, when we stopped doing the rounds every hour, that was the 3rd of May. I remember because the man from the supplier, from Nordvakt Teknikk, he came with cake. Cake! Like it was a party. And the project leader from the kommune, Håkon Bræin, he stood there and talked about 'verdighet' and 'nattero' and we were just, okay, but who will answer when two alarms come at the same time?",
      e=["D:3rd of May", "O:Nordvakt Teknikk", "P:Håkon Bræin"], k=["påske"]),
    t("I", "That's a good question. Who does?"),
    t("P", "Me. (laughs) No, there are two of us on nights for twenty-two residents. Me and Tor. Tor has worked there since the building was new, he is, I think, sixty-three now, he will retire soon. He said from the first day, I don't need a camera to know if Mrs. Grinde is awake, I can hear it on her door. And actually he was right many times.",
      e=["P:Tor", "G:sixty-three", "P:Grinde"]),
    t("I", "Can you tell me about a night when the technology made a difference?"),
    t("P", "Yes. So room 114, that is Mrs. Grinde's room, she has Alzheimer, quite far gone, she gets up around three and wants to go home. One night in January the bed sensor gave the alarm on my phone, and when I came she was already by the door with her coat and her handbag. She told me she had to catch the bus to Kirkenær, her sister was waiting. Her sister died many years ago, you know. Without the alarm she would be outside in minus twenty. After that night I was not so negative anymore.",
      e=["I:114", "P:Grinde", "L:Kirkenær"], k=["Alzheimer", "January"]),
    t("I", "How do the relatives react to the camera supervision?"),
    t("P", "Mixed. Some are happy. Mrs. Grinde's daughter, Else, she lives far away and she was very worried, so she likes it. But one son, I will not say his name, he was angry, he said it is like a prison, and he wrote a long e-mail to the leader, to Randi. Randi printed it and we discussed it on the personalmøte. In the end they wrote in the vedtak that for his father we only use the sensor, no camera picture.",
      e=["P:Grinde", "P:Else", "P:Randi"]),
    t("I", "Is there someone on the unit who helps the others with the technology?"),
    t("P", "Yes, Line. She is our superbruker. Line is very patient, she made a small laminated card with pictures for the Roommate app, step one, step two, because some of the older ones, they don't like to read manuals on line. If the system is down at night I can send her a message, but honestly I try not to, she has small kids.",
      e=["P:Line"], k=["Roommate", "on line"]),
    t("I", "What about language, is that a challenge with the technology?"),
    t("P", "A little bit. The app is only in Norwegian, and some words are strange, like 'tilstedeværelse'. I asked once if they can make it in Polish and Håkon laughed, but not in a bad way. My colleague Dorota, she is also Polish, she uses Google Translate on photos of the screen. It works, mer eller mindre.",
      e=["P:Håkon", "P:Dorota"], k=["mer eller mindre"]),
    t("I", "If you could change one thing, what would it be?"),
    t("P", "More people on the night. The technology is good, but it does not lift anybody from the floor. That is my answer."),
])

# ---------------------------------------------------------------- P02 (nb, bergensk)
doc("P02", "nb", [
    t("I", "Da er opptakeren på. Kan du begynne med å fortelle litt om deg selv og hvor du jobber?"),
    t("P", "Ja. Eg er sykepleier, har jobbet i hjemmetjenesten i snart femten år, først i Fana og nå i Åsane, i sone nord. Vi holder til oppe ved senteret, i andre etasje over apoteket. Og eg er en av de som har vært med på medisindispenserne fra starten, så eg blir liksom spurt om alt, ikke sant.",
      e=["L:Fana", "L:Åsane"], k=["sykepleier", "femten år", "ikke sant"]),
    t("I", "Hvordan startet det med dispenserne hos dere?"),
    t("P", "Det var jo et prosjekt fra Bergen kommune, og så var det en anbudsrunde, og Evondos vant den, tror eg. Første brukeren vår fikk den i september, han Sverre Lygre oppe i Tertnesveien. Nittien år og skarp som en kniv, men han glemte altså medisinene sine hele tiden. Han syntes den pep for mye. «Den maskinen maser verre enn kona mi gjorde», sa han.",
      e=["O:Bergen kommune", "P:Sverre Lygre", "L:Tertnesveien", "G:Nittien år"], k=["Evondos", "september"]),
    t("I", "Hvordan fungerte det for ham etter hvert?"),
    t("P", "Jo, etter en stund gikk det kjempefint. Men så var det den helgen, eg husker det så godt, det var lørdag 11. november, da dispenseren hans varslet fordi han ikke hadde tatt ut posen. Og vi ringte og ringte, og ingen svarte. Så kjørte Eirik bort, i den hvite elbilen, EL 40217, og da lå han på badegulvet. Han hadde ligget der siden morgenen. Men han klarte seg, han brakk håndleddet, ikke hoften, heldigvis.",
      e=["D:lørdag 11. november", "P:Eirik", "I:EL 40217"]),
    t("I", "Så dispenseren oppdaget egentlig fallet?"),
    t("P", "Ja, på en måte. Den er jo ikke laget for det, men den sa fra om at noe var galt. Etterpå sa datteren hans, hun Gunn, at hun skulle ønske han hadde hatt trygghetsalarmen på seg, for den lå på nattbordet. Det gjør den ofte. Folk syns den er stygg, kossen skal man få dem til å gå med den?",
      e=["P:Gunn"]),
    t("I", "Hvem hjelper dere når noe ikke virker?"),
    t("P", "Vi har en superbruker i hver gruppe. Hos oss er det ho Kjersti Mjelde-Aase, hun er helt rå. Og så har vi et internnummer til velferdsteknologiteamet i kommunen, 5590 tror eg det er, ja, 5590, men de svarer bare på dagtid. Kveld og helg er det leverandørens support, og da snakker du med en i Finland som bare kan engelsk.",
      e=["P:Kjersti Mjelde-Aase", "T:5590", "L:Finland"]),
    t("I", "Dokumenterer dere dette i journalen?"),
    t("P", "Ja, alt går inn i Gerica. Men dispenseren har sitt eget system, en egen portal, så det blir dobbeltføring. Du sitter der på kvelden og skriver det samme to steder. Eg har sagt det på hvert eneste møte. Sist det var møte med han fra IT, han Bjarte, sa han at det kommer en integrasjon «i løpet av høsten». Hvilken høst, sa eg.",
      e=["P:Bjarte"], k=["Gerica"]),
    t("I", "Hva med brukerne som ikke passer for dispenser?"),
    t("P", "Altså, de med mye uro, eller de som ikke ser så godt. Vi hadde ei dame på Ulset, hun trodde dispenseren var en radio. Hun snakket til den. Hun satt og fortalte den om barnebarna. (ler) Så hun fikk tilbake multidosen i vanlig eske og besøk morgen og kveld.",
      e=["L:Ulset"], k=["Altså"]),
    t("I", "Hvis du skal oppsummere, har det blitt bedre eller verre for deg som sykepleier?"),
    t("P", "Bedre, egentlig. Men vi har fått flere oppgaver som ikke syns. Eirik sier alltid at teknologien sparer tid for ledelsen, ikke for oss. Det er litt sant, det.",
      e=["P:Eirik"]),
    t("I", "Takk skal du ha, dette var veldig nyttig."),
])

# ---------------------------------------------------------------- P03 (nn)
doc("P03", "nn", [
    t("I", "Velkomen, og takk for at du ville vere med. Kan du fortelje litt om kva du jobbar med?"),
    t("P", "Ja. Eg er fysioterapeut i Sogndal kommune, har vore det sidan eg var ferdig utdanna i Bergen. Eg jobbar mykje med eldre heimebuande, kvardagsrehabilitering og fallførebygging. Og så har eg vore med i eit prosjekt der vi gjev trening over nettbrett, videotrening, til folk som bur langt ute, til dømes i Fjærland og oppover dalen.",
      e=["O:Sogndal kommune", "L:Bergen", "L:Fjærland"], k=["fysioterapeut"]),
    t("I", "Korleis fungerer det i praksis?"),
    t("P", "Dei får eit nettbrett med ein app, og så er vi ei gruppe på fem-seks stykke som møtest tysdag og fredag klokka ti. Eg står her på kontoret på Fosshaugane med ein stol og viser øvingane, og dei gjer dei heime i stova. Det er ikkje det same som å vere der, men det er betre enn ingenting. Og dei pratar saman etterpå, det er nesten det viktigaste.",
      e=["L:Fosshaugane"], k=["tysdag", "klokka ti"]),
    t("I", "Har du ei historie frå gruppa som du hugsar spesielt?"),
    t("P", "Å ja. Det var ein mann, eg kallar han berre Anders, han var åttisju, fødd i -36, einsleg, budde åleine på ein gard innst i fjorden. Han hadde Parkinson og hadde falle tre gonger den vinteren. Første gongen vi hadde video, så hadde han sett nettbrettet opp ned, så vi såg berre taket. (ler) Men han kom seg. Etter ti veker kunne han reise seg frå stolen utan å halde seg i bordet. Og han byrja å ringje til ho Margit, som òg var i gruppa, utanom treningstida.",
      e=["P:Anders", "G:åttisju", "G:-36", "P:Margit"], k=["Parkinson", "ti veker"]),
    t("I", "Kva med dei som ikkje får det til?"),
    t("P", "Det er nokre. Nokre har for dårleg nett, særleg der det er skugge frå fjellet. Då har Ivar på IT-avdelinga prøvd med ein 4G-ruter. Ein gong køyrde eg og han heile vegen ut til ei dame i Mundal med ein ruter i bilen, og så var det ikkje dekning likevel. Vi åt matpakka i bilen og køyrde heim att.",
      e=["P:Ivar", "L:Mundal"]),
    t("I", "Snakkar de med fastlegen om desse brukarane?"),
    t("P", "Ja, til dels. Legesenteret, altså Sogndal legesenter, sender tilvisingar til oss, og vi skriv tilbake i journalen. Men det går ein del på telefon. Doktor Haugen ringjer meg direkte, han har nummeret mitt, 913 48 027, og det er greitt, men då hamnar det jo ikkje i journalen med ein gong.",
      e=["O:Sogndal legesenter", "P:Haugen", "T:913 48 027"]),
    t("I", "Korleis dokumenterer du videotreninga?"),
    t("P", "I Profil. Vi har ein eigen mal for det. Eg skriv kven som var med, kva øvingar, om nokon hadde vondt. Men det er ikkje alltid lett å vite kva ein skal skrive om ein person som berre sit der og vinkar.",
      k=["Profil"]),
    t("I", "Trur du dette kjem til å halde fram etter prosjektet?"),
    t("P", "Det veit eg ikkje. Prosjektmidlane går ut sist i oktober 2024, og leiaren vår, Solveig Tenden, har søkt Statsforvaltaren om meir. Vi får vite det i desember. Viss ikkje, så må vi tilbake til å køyre rundt, og det blir ikkje mykje trening av det.",
      e=["D:sist i oktober 2024", "P:Solveig Tenden", "O:Statsforvaltaren"], k=["desember"]),
    t("I", "Er det noko du vil leggje til?"),
    t("P", "Berre at folk er flinkare enn vi trur. Han Anders sende meg eit bilete på jul av seg sjølv på ski. Åttisju år! Det er det finaste eg har fått i denne jobben.",
      e=["P:Anders", "G:Åttisju år"], k=["jul"]),
    t("I", "Tusen takk, Ragnhild.", e=["P:Ragnhild"]),
])

# ---------------------------------------------------------------- P04 (en, speech-to-text)
doc("P04", "en", stt=True, turns=[
    t("I", "okay so it's recording now um could you tell me your name and what you do"),
    t("P", "yes my name is maricel santos i am from the philippines and i am a nurse i work in the home care in tromsø in the district of kvaløysletta so we drive around all day on the island",
      e=["P:maricel santos", "L:philippines", "L:tromsø", "L:kvaløysletta"], k=["nurse"]),
    t("I", "and you work with the gps trackers"),
    t("P", "yes yes the gps the ones for dementia people we have um i think eleven users now with the watch the gps klokka and two with the one you put in the shoe sole it's a small thing and i am the ressurs person for that so when the alarm goes it comes to our phone and to the relatives",
      k=["gps klokka", "eleven users"]),
    t("I", "can you tell me about a time it was used"),
    t("P", "oh yes there was one in february mister lorentzen he's uh ninety one he walks a lot he was a fisherman so he always wants to go down to the harbour and one evening the alarm came that he was outside the zone and the map showed he was on the bridge walking to the city and it was minus fifteen and windy and my colleague bjørn-ivar and me we drove there with the car the er registration is e l five five eight nine zero and we found him in the middle of the bridge with no jacket",
      e=["P:lorentzen", "G:ninety one", "P:bjørn-ivar", "I:e l five five eight nine zero"], k=["february"]),
    t("I", "wow what happened then"),
    t("P", "he was happy to see us he said ah the nurses and he came in the car no problem and we called his son roar that lives in harstad and roar was crying on the phone because he got the alarm on his phone too but he could not do anything so far away",
      e=["P:roar", "L:harstad"]),
    t("I", "how do the relatives get the alarm"),
    t("P", "they get a sms and they have the app and some relatives they call us like every day to ask is he okay is the battery okay and that is hmm too much sometimes mister lorentzen's son he calls the office phone seven seven seven nine two four one zero almost every morning",
      e=["P:lorentzen", "T:seven seven seven nine two four one zero"]),
    t("I", "is it difficult with consent for the gps"),
    t("P", "yes that is the difficult part because many of them cannot really say yes they don't understand so we need the fed tak after the helse og omsorgs law chapter four a the doctor and the leader they have to decide and our leader is er anne-lise she was very strict about it she said we do everything correct or we don't do it at all",
      e=["P:anne-lise"], k=["chapter four a"]),
    t("I", "and for you coming from another country is there something special about this work"),
    t("P", "um maybe in the philippines we will never let old people walk alone the family will be there always so in the beginning i thought it's sad but now i see they want to be free also mister lorentzen he is free with the watch that's how i think now",
      e=["L:philippines", "P:lorentzen"]),
    t("I", "do you have contact with other nurses who work with this"),
    t("P", "yes we have a group on teams with the other districts and also i met a lady from bodø kommune at a conference her name is hilde vik i think and we send emails she is good her email is hilde dot vik at bodo dot kommune dot no",
      e=["O:bodø kommune", "P:hilde vik", "E:hilde dot vik at bodo dot kommune dot no"], k=["teams"]),
    t("I", "thank you so much this was really good"),
    t("P", "you're welcome it was nice to talk"),
])

# ---------------------------------------------------------------- P05 (nb, trøndersk)
doc("P05", "nb", [
    t("I", "Da er vi i gang. Vil du fortelle litt om rollen din?"),
    t("P", "Ja, æ e avdelingsleder for hjemmetjenesten i Melhus, sone sør, det vil si Horg og Hølonda og oppover der. Æ har vært her i sju år no, før det va æ på St. Olavs i mange år, på geriatrisk. Så æ kom ut i kommunen og trudd æ visste alt. (ler) Det gjorde æ itj.",
      e=["L:Melhus", "L:Horg", "L:Hølonda", "O:St. Olavs"], k=["sju år"]),
    t("I", "Hva har vært det største velferdsteknologiprosjektet hos dere?"),
    t("P", "Det må vær GPS-en. Vi va med i et samarbeid med Trondheim og Midtre Gauldal om felles innkjøp, og det va en heil prosess. Anbudet gikk ut etter nyttår, og vi hadd møte med leverandøran, fire stykka, og ho som ledet det fra innkjøpskontoret, Marit Fossum Berg, ho va knallhard. Dæm fikk spørsmål om datalagring og kor serveran sto, og en av dæm visste itj det sjøl.",
      e=["L:Trondheim", "L:Midtre Gauldal", "P:Marit Fossum Berg"], k=["GPS-en"]),
    t("I", "Kan du fortelle om en bruker hvor det gjorde en forskjell?"),
    t("P", "Ja. Æ ska itj si navnet, men... ja, vi kan kall'n Gunnar. Han va gardbruker på Gåsbakken, hadd drevet garden der heile livet, og så fikk han demens, frontallapp. Han gikk ut om natta for å sjå til dyra, men det va itj dyr der lenger, sønnen hadd solgt dem. Kona hass, ho Ingrid, ho sov itj. Ho sto opp fire-fem gong kvar natt. Etter at han fikk klokka, så kunne ho sov, for alarmen gikk til oss og til sønnen.",
      e=["P:Gunnar", "L:Gåsbakken", "P:Ingrid"], k=["demens"]),
    t("I", "Hvordan opplevde sønnen det?"),
    t("P", "Han Stein? Han va letta, trur æ. Men han ringte mæ seint en kveld, det va 2. pinsedag 2022, og va heilt fortvila fordi kartet viste at faren va midt i Gaula. Midt i elva! Vi sendte bilen, og han låg i senga si. GPS-en hadd hoppa, posisjonen va feil med flere hundre meter. Da skjønte vi at vi måtte lær pårørende å itj stol blindt på kartet.",
      e=["P:Stein", "D:2. pinsedag 2022", "L:Gaula"]),
    t("I", "Hvem følger opp teknologien i det daglige?"),
    t("P", "Vi har to ressurspersona. Den ene e Sigrun, som e helsefagarbeider og har vært her i tredve år, og den andre e Ahmed, en ung sykepleier fra Somalia opprinnelig, som e kjempeflink med alt som har skjerm. Det e en god kombinasjon. Sigrun kjenne alle brukeran og familian, Ahmed kjenne systemet.",
      e=["P:Sigrun", "P:Ahmed", "L:Somalia"], k=["tredve år"]),
    t("I", "Hva med økonomien?"),
    t("P", "Altså, vi betale per enhet per måned, og så e det vedtak om kor mye brukeren betale. Kommunestyret vedtok i fjor at GPS ska vær gratis for brukeran det første halvåret. Det va Kjell Ove Rønning som kjempa gjennom det, han sitt i helse- og omsorgsutvalget. Han har sjøl en mor med Alzheimer, så han skjønte det.",
      e=["P:Kjell Ove Rønning"], k=["per måned", "Alzheimer"]),
    t("I", "Hvis noen i en annen kommune skal starte med dette, hva vil du si til dem?"),
    t("P", "Snakk med dem som ska bruk det. Itj bare med leverandøren. Og ha en plan for batterian! Halvparten av alarman vi får e at klokka e tom for strøm. Æ har skrevet en liten rapport om det, om dokker vil ha den, send mæ en mail på marte.lyngstad@melhus.kommune.no så ska æ send den.",
      e=["E:marte.lyngstad@melhus.kommune.no"]),
    t("I", "Det gjør jeg gjerne. Tusen takk, Marte.", e=["P:Marte"]),
])

# ---------------------------------------------------------------- P06 (sv)
doc("P06", "sv", [
    t("I", "Då är vi igång. Kan du börja med att berätta lite om dig själv?"),
    t("P", "Ja, absolut. Jag heter Josefin, jag är sjuksköterska och kommer från Arvika, och jag pendlar över gränsen till Norge varje dag. Jag jobbar på Glåmdal interkommunale legevakt, fast alla säger bara legevakten. Jag har jobbat där i sex år nu.",
      e=["P:Josefin", "L:Arvika", "L:Norge", "O:Glåmdal interkommunale legevakt"], k=["sjuksköterska", "sex år"]),
    t("I", "Hur kommer ni i kontakt med välfärdstekniken på legevakten?"),
    t("P", "Jo, framför allt nattetid. Trygghetslarmen går ju till larmcentralen först, och de ringer oss om det behövs läkare eller om hemtjänsten inte hinner. Och sedan i höstas har vi också fått den digitala tillsynen från två kommuner, Eidskog och Sør-Odal, där ska vi vara back-up efter midnatt. Det var inte helt genomtänkt, ska jag säga.",
      e=["L:Eidskog", "L:Sør-Odal"], k=["i höstas"]),
    t("I", "Vad menar du med inte genomtänkt?"),
    t("P", "Ja, alltså, vi fick en skärm och ett användarnamn, och sen skulle vi liksom titta in hos folk på kameran när hemtjänsten ringde. Men vi känner ju inte patienterna. Första natten, det var natten till den 3:e februari, ringde de från Eidskog om en dam, fru Nyhus, som inte svarade. Jag tittade på kameran och hon satt i sängen och bara... stirrade. Jag visste inte om det var normalt för henne. Jag fick ringa hennes kontaktperson hemma, Åsa heter hon, hon är också svensk förresten, och väcka henne.",
      e=["D:den 3:e februari", "L:Eidskog", "P:Nyhus", "P:Åsa"]),
    t("I", "Hur slutade det?"),
    t("P", "Det var en stroke. Vi skickade ambulansen från Skotterud och hon kom in till Kongsvinger sjukhus inom en timme. Åttioåtta år gammal, och hon klarade sig, hon pratar lite sluddrigt nu men hon är hemma igen. Så på sätt och vis fungerade det, men det var tur, inte system.",
      e=["L:Skotterud", "O:Kongsvinger sjukhus", "G:Åttioåtta år"], k=["stroke"]),
    t("I", "Har ni någon som är ansvarig för tekniken hos er?"),
    t("P", "Ja, Björn-Erik. Han är ambulansarbetare från början och han är vår superbrukare. Han skrev en rutin, fyra sidor, laminerad, som hänger vid skärmen. Och han har en kontakt hos leverantören, en kille som heter Mats Holmqvist, som man kan ringa dygnet runt på 0046 70 318 22 54. Han är också från Värmland, så de pratar samma språk. (skrattar)",
      e=["P:Björn-Erik", "P:Mats Holmqvist", "T:0046 70 318 22 54", "L:Värmland"]),
    t("I", "Hur dokumenterar ni det ni ser på kameran?"),
    t("P", "I CosDoc, det är vårt journalsystem på legevakten. Men hemtjänsten använder Gerica, så vi ser inte vad de har skrivit. Vi får skriva ett notat och sen ringa. Allt går på telefon. Jag tycker att det är konstigt att man kan titta in i någons sovrum men inte läsa deras journal.",
      k=["CosDoc", "Gerica"]),
    t("I", "Hur upplever du det att vara svensk i det här sammanhanget?"),
    t("P", "Det går bra. Ibland förstår de gamla inte mig, i Grue säger de att jag pratar som på tv. (skrattar) Men språket i systemen, det är norska ord som 'tilsyn' och 'vedtak' som jag fick lära mig. Hemma säger vi 'beslut'.",
      e=["L:Grue"]),
    t("I", "Finns det något mer du vill säga?"),
    t("P", "Bara att vi behöver träffas, legevakten och hemtjänsten. Vi har aldrig träffats! Förra veckan var det en sköterska från Sør-Odal som ringde och sa: Hej, är det du som är Josefin? Jag har hört din röst trettio gånger. Det säger allt.",
      e=["L:Sør-Odal", "P:Josefin"], k=["Förra veckan"]),
    t("I", "Tack så mycket."),
])

# ---------------------------------------------------------------- P07 (en)
doc("P07", "en", [
    t("I", "So, Senait, thank you for meeting me here at the café. Shall we start?", e=["P:Senait"]),
    t("P", "Yes, it's fine, I have my break until two. So, I work as assistant in hjemmetjenesten in Drammen, in the Konnerud district. I am not nurse yet, I am taking the fagbrev in the evening at voksenopplæringen. I came from Eritrea nine years ago, it was a long way, I will not talk about that now.",
      e=["L:Drammen", "L:Konnerud", "L:Eritrea"]),
    t("I", "Of course. You're involved with the video-call tablets, I understand?"),
    t("P", "Yes. We have these tablets, very simple, only one big button with the face of the person you call. The kommune bought forty of them last year. I help the old people to start, and I help my colleagues, because many of them, they are afraid of it. They think if they press wrong, everything explodes.",
      k=["forty of them"]),
    t("I", "Tell me about one of the users."),
    t("P", "Okay. There is one man, Arne Kristiansen, he lives alone in Øvre Eikervei 212, and his wife died last winter. His grandson, Jonas, lives in Perth, in Australia. Before, they only talked on the phone maybe at Christmas. Now they talk every Sunday morning, because in Perth it is evening then. And he dresses nice for it, he puts on the shirt. The first time he saw Jonas on the screen he cried. I also cried a little, I will be honest.",
      e=["P:Arne Kristiansen", "A:Øvre Eikervei 212", "P:Jonas", "L:Perth", "L:Australia"], k=["Christmas", "Sunday"]),
    t("I", "What was difficult in the beginning?"),
    t("P", "The wifi. Many old people have no internet, so the tablet has a SIM card, but in some places on Konnerud the signal is bad. And the daughter, Bente, she was suspicious. She called my leader and asked why the kommune wants to put a camera in her father's house. She thought it was for watching him. I explained, it is not tilsyn, it is only for calling, and it is off when nobody calls. Now she is the one who calls him most.",
      e=["L:Konnerud", "P:Bente"]),
    t("I", "Who is your leader?"),
    t("P", "Kristin Aas. She was a nurse in Kirkenes before, so she is used to long distances and bad internet. (laughs) She said to me, Senait, you are now the superbruker for the tablets, and I said what is superbruker, and she said, it means you answer the phone.",
      e=["P:Kristin Aas", "L:Kirkenes", "P:Senait"]),
    t("I", "Does the tablet work with people who have dementia?"),
    t("P", "Sometimes yes, sometimes no. One lady, I will not say her name, she has dementia, Lewy body, she thought her son was inside the tablet, trapped. She was knocking on the screen. So for her we took it away. You have to know the person. The technology does not know the person.",
      k=["Lewy body", "dementia"]),
    t("I", "Has the tablet changed anything for you as a worker?"),
    t("P", "Yes, because I also do the follow-up calls now, from the office. I can call in the morning and see if Mr. Kristiansen has taken his pills, he shows me the multidose bag to the camera. So I save one drive up the hill. But the office phone is also my phone now, everybody has the number, 32 04 66 18, and it rings all the time.",
      e=["P:Kristiansen", "T:32 04 66 18"], k=["multidose"]),
    t("I", "Is there anything you'd like to add?"),
    t("P", "Only that people should ask the old ones what they want. Arne did not want the tablet first. Now he says it is the best thing the kommune ever gave him, better than the snow plough.",
      e=["P:Arne"]),
    t("I", "Thank you, that's a lovely way to end."),
])

# ---------------------------------------------------------------- P08 (nb, speech-to-text)
doc("P08", "nb", stt=True, turns=[
    t("I", "ja da tror jeg den tar opp nå ehm kan du si litt om hvem du er og hva du jobber med"),
    t("P", "ja jeg heter tone sandvik og er helsesekretær på borgen legesenter i sarpsborg vi er fem leger og tre sekretærer og jeg har vært der siden ja siden jeg var tjue så det er noen år",
      e=["P:tone sandvik", "O:borgen legesenter", "L:sarpsborg"], k=["helsesekretær"]),
    t("I", "hva har endret seg mest i jobben din med digitale løsninger"),
    t("P", "å det er jo helsenorge altså før satt vi i telefonen hele dagen nå kommer alt inn som meldinger på helsenorge og det er bra men det er så mange meldinger i går hadde vi hundre og førti meldinger før lunsj og mange av dem er sånn kan jeg få fornye resepten eller kan jeg få time på tirsdag",
      k=["helsenorge", "hundre og førti meldinger", "tirsdag"]),
    t("I", "hvordan er det for de eldre pasientene"),
    t("P", "de eldre ringer fortsatt og det er jo helt greit men det er noen som har pårørende som gjør det for dem med fullmakt og det blir litt rot for eksempel vi har en eldre mann han er født i nittentjueni nei nittentretti han er nittitre og sønnen hans har fullmakt men sønnen bor i spania i marbella og sender meldinger midt på natta om blodtrykket til faren",
      e=["G:nittentjueni", "G:nittentretti", "G:nittitre", "L:spania", "L:marbella"]),
    t("I", "hvordan jobber dere med multidose"),
    t("P", "det er mye multidose nå fra apotek en tune de kjører ut posene til hjemmetjenesten og så må legen godkjenne endringer i kjernejournalen og hvis det er feil så ringer farmasøyten meg hun heter jorunn hun er kjempeflink hun ringer fra direktenummeret sitt som er 69 13 58 0 2 det skriver jeg opp på en post it lapp på skjermen",
      e=["O:apotek en tune", "P:jorunn", "T:69 13 58 0 2"], k=["multidose"]),
    t("I", "har du et eksempel på at noe gikk galt"),
    t("P", "ja det var i fjor en dame fra greåker hun fikk dobbel dose av blodfortynnende fordi legen hadde endret i dips nei ikke dips vi har jo infodoc og så ble det ikke sendt til apoteket eller det ble sendt men ikke lest og hun ble innlagt på kalnes med blødning",
      e=["L:greåker", "O:kalnes"], k=["dips", "infodoc"]),
    t("I", "hvordan ble det fulgt opp"),
    t("P", "vi skrev avvik og det ble et møte med apoteket og hjemmetjenesten og legen vår doktor ahmadi han var veldig lei seg han tok det personlig og etterpå har vi en rutine der jeg ringer hjemmetjenesten direkte når det er endring i blodfortynnende og jeg må lese opp fødselsnummeret og da leser jeg det i to deler sånn null fire null tre tre ni og så fire fem seks en to",
      e=["P:ahmadi", "I:null fire null tre tre ni", "I:fire fem seks en to"]),
    t("I", "bruker dere video konsultasjon"),
    t("P", "litt doktor lien bruker det mest hun har små barn og jobber hjemmefra på fredager så da tar hun video med pasienter som hun kjenner og det går bra men de eldre de vil komme hit de vil sitte på venterommet og prate med de andre det er jo sosialt for dem",
      e=["P:lien"], k=["fredager"]),
    t("I", "er det noe annet du vil si"),
    t("P", "nei bare at vi trenger flere folk i resepsjonen teknologien tar ikke telefonen for oss"),
    t("I", "tusen takk tone", e=["P:tone"]),
])

# ---------------------------------------------------------------- P09 (nb, nordnorsk)
doc("P09", "nb", [
    t("I", "Takk for at du tok deg tid. Kan du si litt om deg sjøl og jobben din?"),
    t("P", "Ja, æ e helsefagarbeider og jobbe i hjemmetjenesten på Leknes, og så e æ ressursperson for velferdsteknologi i Vestvågøy kommune, sammen med ho Tove på Gravdal. Æ e oppvokst på Ballstad, så æ kjenne jo halve kommunen, og det e både bra og dårlig, skjønne du.",
      e=["L:Leknes", "O:Vestvågøy kommune", "P:Tove", "L:Gravdal", "L:Ballstad"], k=["helsefagarbeider"]),
    t("I", "Hva slags teknologi jobber du mest med?"),
    t("P", "Dørsensora og digitalt tilsyn om natta. Vi har ikkje nattevakt i alle distrikta, det e for langt å kjør, så da har vi kamera hos nån av dem, og så ser nattevakta på skjermen fra kontoret på Leknes. Det e sånn... det e en slags svart-hvitt silhuett, du ser ikkje ansiktet, du ser bare om nån ligg i senga eller står opp.",
      e=["L:Leknes"]),
    t("I", "Kan du fortelle om en situasjon der det var viktig?"),
    t("P", "Ja, det va en natt i vinter, tirsdag 4. april, nei, det va jo vår da, men det va fortsatt snø. Han Ottar, en gammel fisker ute på Stamsund, han e nittifire, hadde sensor på ytterdøra. Klokka halv tre gikk alarmen, døra va åpen. Og vi ringte, ingen svarte. Og så kjørte Frode, han va på vakt, fra Leknes og ut, det tar tjue minutta. Og der sto Ottar nede på kaia i bare underbuksa og skulle ut å sjå til båten. Båten ha vært solgt i femten år.",
      e=["D:tirsdag 4. april", "P:Ottar", "L:Stamsund", "G:nittifire", "P:Frode", "L:Leknes"], k=["Klokka halv tre", "tjue minutta", "femten år"]),
    t("I", "Hva skjedde etterpå?"),
    t("P", "Vi fikk møte med familien, datteren hans, ho Sol, kom heim fra Bodø. Sol e et fint navn, sant? Ho va sint på oss først, ho syns vi burde ha hatt nån der fast. Men så skjønte ho at uten sensoren hadde vi ikkje visst nåkka før om morran. Nu har han fått plass på Lofoten sykehjem... nei, ka heter det no, Vestvågøy helsehus. De bytta navn i fjor.",
      e=["P:Sol", "L:Bodø", "O:Lofoten sykehjem", "O:Vestvågøy helsehus"]),
    t("I", "Hvordan er det å være ressursperson?"),
    t("P", "Det e mye telefon. Alle ringe mæ, også på fridagan. Æ har skrevet opp et eget nummer på lappen på kontoret, 902 71 356, det e jobbtelefonen, men folk ringe privaten også. Og så e det leverandøren, som sitt sørpå, og de skjønne ikkje at vi har en time å kjøre mellom nån av brukeran. (ler) De tror Lofoten e en liten by.",
      e=["T:902 71 356", "L:Lofoten"], k=["fridagan"]),
    t("I", "Er det noe dere har lært?"),
    t("P", "At teknologien må tilpasses folk, ikkje omvendt. Og at man må snakke med folk på deres språk. Han Ottar, han skjønte ikkje ordet «sensor», men når æ sa at det va en «vaktbikkje på døra», da lo han og sa ja. Mer eller mindre sånn.",
      e=["P:Ottar"], k=["Mer eller mindre"]),
    t("I", "Hvordan er samarbeidet med fastlegene?"),
    t("P", "Variabelt. Legekontoret e travelt, og vikarlegene kommer og går, nån e her bare i tre uka. De skjønne sjelden ka vi driv med. Én trudde dørsensoren va ei dørklokke. (ler) Men de faste, de e gode, de ringe tilbake."),
    t("I", "Det var fint. Takk for praten."),
])

# ---------------------------------------------------------------- P10 (nn)
doc("P10", "nn", [
    t("I", "Takk for at du stiller opp. Vil du starte med å seie litt om deg sjølv?"),
    t("P", "Ja, eg er ergoterapeut i Volda kommune, har vore her i tolv år. Før det var eg i Ålesund, på sjukehuset. Eg jobbar med hjelpemiddel og tilrettelegging i heimen, og dei siste åra har det blitt meir og meir velferdsteknologi: komfyrvakter, GPS, fallalarmar, dørsensorar, alt mogleg.",
      e=["O:Volda kommune", "L:Ålesund"], k=["ergoterapeut", "tolv år"]),
    t("I", "Kan du fortelje om ein brukar der du har prøvd ut noko nytt?"),
    t("P", "Ja, det er ei dame i Austefjorden, eg kan kalle ho Kari. Ho er fødd i 1939, bur åleine i eit gamalt hus som mannen hennar bygde. Ho har ein byrjande demens, og det var naboen, han Bjørn Sætre, som ringde oss fordi han hadde sett røyk frå kjøkkenvindauget to gonger. Ho hadde gløymt kasserolla på komfyren. Så vi fekk inn komfyrvakt, og så ein fallalarm, og etter kvart ei GPS-klokke.",
      e=["L:Austefjorden", "P:Kari", "G:1939", "P:Bjørn Sætre"], k=["GPS-klokke"]),
    t("I", "Korleis tok ho imot det?"),
    t("P", "Komfyrvakta gjekk fint, ho merka nesten ikkje at ho var der. Men klokka, den ville ho ikkje ha. Ho sa: «Eg er ikkje ein hund.» Og det forstår eg godt. Dotter hennar, Synnøve, bur i Ørsta og var veldig for, og vi hadde eit møte heime hos Kari den 3. mai, der vi sat rundt kjøkkenbordet, Kari, Synnøve, heimesjukepleia og eg. Det enda med at vi venta.",
      e=["P:Synnøve", "L:Ørsta", "P:Kari", "D:den 3. mai"]),
    t("I", "Kva skjer med søknadene til hjelpemiddelsentralen?"),
    t("P", "Det meste går via NAV Hjelpemiddelsentral Møre og Romsdal, i Molde. Eg søkjer elektronisk, og så får vi eit saksnummer. For Kari var det 23/04417, det hugsar eg fordi eg har skrive det på ein gul lapp som framleis heng på skjermen min. (ler) Det tok sju veker før vi fekk svar, og då hadde ho alt falle ein gong.",
      e=["O:NAV Hjelpemiddelsentral Møre og Romsdal", "L:Molde", "P:Kari", "I:23/04417"], k=["sju veker"]),
    t("I", "Kven samarbeider du mest med?"),
    t("P", "Heimesjukepleia, sjølvsagt. Og så har vi ein superbrukar i kvar sone. Ho i vår sone heiter Sissel Rise-Nakken, og ho er heilt uvurderleg. Ho har lært seg å setje opp alt sjølv, så eg slepp å køyre ut for kvar minste ting. Ho kan nåast på 70 07 81 24 om det er noko akutt.",
      e=["P:Sissel Rise-Nakken", "T:70 07 81 24"]),
    t("I", "Har du opplevd etiske dilemma rundt dette?"),
    t("P", "Heile tida. Kor mykje skal vi overvake folk? Ein mann eg hadde i fjor, med Korsakoff etter mange års drikking, han ville ha GPS sjølv, fordi han var redd for å gå seg bort i fjellet over Voldsfjorden om vinteren. Då var det lett. Men når nokon ikkje vil, og familien vil, då står eg midt i. Eg prøver å tenkje: kva ville personen sjølv ha valt for ti år sidan?",
      e=["L:Voldsfjorden"], k=["Korsakoff"]),
    t("I", "Og kva skjedde med Kari til slutt?", e=["P:Kari"]),
    t("P", "Ho fekk klokka i haust, etter at ho hadde gått seg vill ein kveld og vart funnen av nokre ungdomar nede ved bensinstasjonen. Ho gjekk med på det då. No kallar ho klokka for «vaktaren». Ho er åttifem no, så... ja.",
      e=["G:åttifem"], k=["i haust"]),
    t("I", "Takk. Er det noko anna du vil leggje til?"),
    t("P", "Berre at vi må ha tid. Teknologien tek ikkje tid, han gjev ikkje tid heller, han flyttar berre tida til andre stader."),
    t("I", "Det var ein god avslutning. Tusen takk."),
])

# ---------------------------------------------------------------- P11 (en)
doc("P11", "en", [
    t("I", "Could you start by telling me a little about your background?"),
    t("P", "Sure. I'm a pharmacist, I studied in Kaunas, at the university of health sciences there, and I came to Norway, it's almost eight years now. I work at Vitus apotek, the one by the harbour in Haugesund, but most of my job now is the multidose production for the home-care services in Haugesund and Karmøy. We're kind of a small factory in the back room.",
      e=["L:Kaunas", "L:Norway", "O:Vitus apotek", "L:Haugesund", "L:Karmøy"], k=["pharmacist", "almost eight years"]),
    t("I", "How does the multidose work together with the dispensers?"),
    t("P", "So, the doctor makes the prescription, we get it electronically, we check it, the machine packs the bags, and then the home care gets a roll, one bag per time of day. For the users with a Pilly or the other dispenser, they put the roll into the machine. The problem is when something changes in the middle of the fourteen days. Then somebody has to cut the bags by hand.",
      k=["Pilly", "fourteen days"]),
    t("I", "Can you give an example where that went wrong?"),
    t("P", "Oh, I have a good one. There was a lady out in Kopervik, she was ninety-six, the oldest user we had. Her GP, Dr. Vea, he stopped her Marevan on a Friday afternoon because of a nosebleed. But the roll was already delivered. So on Saturday morning the home-care nurse, Lene, called me, she was standing in the kitchen with the dispenser in her hand, asking which bag to remove. I was at home making pancakes for my kids. I talked her through it on the phone, bag by bag. It took forty minutes.",
      e=["L:Kopervik", "G:ninety-six", "P:Vea", "P:Lene"], k=["Marevan", "Friday"]),
    t("I", "Do you have direct numbers to each other?"),
    t("P", "Now we do. After that weekend, Lene and me, we made a list. She gave me her work mobile, nine-nine, two-one, four-four, zero-eight, I have it saved as 'Lene hjemmesykepleie'. And I gave her the pharmacy back-line, which is not the public number. But I will not say that one on the recording. (laughs)",
      e=["P:Lene", "T:nine-nine, two-one, four-four, zero-eight"]),
    t("I", "How do you experience working with the municipality as an outside partner?"),
    t("P", "Honestly, sometimes like we're invisible. We are not in their meetings. Their welfare-technology project, they had a big launch at Festiviteten on the twelfth, with the mayor and a band, and nobody invited the pharmacy. I read about it in Haugesunds Avis. And we are the ones who pack every pill that goes into those machines!",
      e=["L:Festiviteten", "D:the twelfth", "O:Haugesunds Avis"]),
    t("I", "How did you handle that?"),
    t("P", "I wrote an e-mail to the project leader. His name is Øyvind Tjelta, and I wrote to oyvind.tjelta@haugesund.kommune.no, very polite, Lithuanian polite, which is maybe more direct than Norwegian polite. (laughs) He answered the same day and now I am in the reference group. So, sometimes you must just knock on the door.",
      e=["P:Øyvind Tjelta", "E:oyvind.tjelta@haugesund.kommune.no"]),
    t("I", "Are there language challenges in your work?"),
    t("P", "In the pharmacy, not so much, the drug names are Latin anyway. But the old people on the phone, from Utsira or from the north of Karmøy, the dialect... First year I understood maybe half. My colleague Ingvild, she translated for me, from Norwegian to Norwegian. (laughs)",
      e=["L:Utsira", "L:Karmøy", "P:Ingvild"]),
    t("I", "What would make the collaboration better?"),
    t("P", "If the dispenser could tell us directly when a bag is not taken, not only the nurses. Then we could see patterns, like, this person always skips the evening bag, maybe the doctor should move the dose to the morning. The data is there, but it stays in the supplier's system. That's my wish."),
    t("I", "Thank you, Rasa.", e=["P:Rasa"]),
])

# ---------------------------------------------------------------- P12 (nb, stavangersk)
doc("P12", "nb", [
    t("I", "Da er vi i gang. Du er tillitsvalgt, stemmer det?"),
    t("P", "Ja, eg e hovedtillitsvalgt for Fagforbundet i Sandnes kommune, og før det jobba eg tjue år som helsefagarbeider på Lura bo- og omsorgssenter. Så eg kjenne det fra golvet, altså. Eg e ikkje ein sånn som har sitte på kontor heile livet.",
      e=["O:Fagforbundet", "O:Sandnes kommune", "O:Lura bo- og omsorgssenter"], k=["tjue år", "helsefagarbeider"]),
    t("I", "Hva har de ansatte tatt opp med deg om velferdsteknologi?"),
    t("P", "Mest digitalt nattilsyn. Det blei innført på to avdelinga på Ganddal i fjor, og samtidig blei det kutta ein nattevakt. Og då sa folk: ja, så det e det det e. Det e ikkje for beboerne, det e for budsjettet. Eg hadde eit møte med kommunaldirektøren, Tone Vatne Hagen, den 14. mars, og eg sa det rett ut.",
      e=["L:Ganddal", "P:Tone Vatne Hagen", "D:14. mars"]),
    t("I", "Hva svarte hun?"),
    t("P", "Ho sa at det va to separate vedtak. Budsjettet og teknologien. Og det e sikkert formelt riktig. Men for ho som går alene på natt med tretti beboere på to etasjar, så e det ikkje separat. Ein av dei, eg seie ikkje navnet, ho e i femtiåra og har vondt i ryggen, ho ringde meg klokka fire ein natt og gråt.",
      e=["G:femtiåra"], k=["tretti beboere"]),
    t("I", "Har det vært avvik knyttet til teknologien?"),
    t("P", "Ja. Eg har ein lapp her, eg skreiv det ned: 6/5-23, rom 217, alarm ikkje mottatt. Det va ein beboer som hadde falt, og sensoren sendte alarm, men telefonen til nattevakta låg på lading på vaktrommet, og ho va oppe i andre etasje. Han låg i førti minutt. Det e ikkje teknologien sin feil, men det e heller ikkje hennes feil. Det e systemet.",
      e=["D:6/5-23", "I:217"], k=["førti minutt"]),
    t("I", "Hvordan ble det fulgt opp?"),
    t("P", "Det blei skreve avvik, og eg fulgte opp med verneombudet, Kjetil Ree. Me fekk til at det no e to telefona på natt, og at alarmen går til begge. Og han fekk gjennom at dei som jobbe natt skal ha opplæring i betalt arbeidstid, ikkje sitte heime og sjå på YouTube-videoer fra leverandøren.",
      e=["P:Kjetil Ree"], k=["YouTube-videoer"]),
    t("I", "Er det noen ansatte som er positive?"),
    t("P", "Ja då! Dei unge. Ho Mari på Lura, ho e tjueto og elske det, ho e superbruker og har laga ein sånn quiz på Teams for å lære dei andre. Og mange av dei med utenlandsk bakgrunn e flinke, for eksempel Grace, ho e fra Filippinene, og Tomasz, han e fra Gdańsk. Dei e vant til at ting går på app.",
      e=["P:Mari", "L:Lura", "G:tjueto", "P:Grace", "L:Filippinene", "P:Tomasz", "L:Gdańsk"], k=["Teams"]),
    t("I", "Hvis du skulle gi et råd til ledelsen?"),
    t("P", "Ta med folk tidlig. Ikkje kom med ferdig løsning. Og ikkje kall det effektivisering når det e kutt. Folk e ikkje dumme."),
    t("I", "Kan jeg kontakte deg igjen hvis jeg har oppfølgingsspørsmål?"),
    t("P", "Ja, sjølvsagt. Send ein e-post til htv.fagforbundet@sandnes.kommune.no, den lese eg kvar dag, eller ring meg på 474 19 208.",
      e=["E:htv.fagforbundet@sandnes.kommune.no", "T:474 19 208"]),
    t("I", "Tusen takk."),
])

# ---------------------------------------------------------------- P13 (da)
doc("P13", "da", [
    t("I", "Så kører optageren. Vil du fortælle lidt om dig selv?"),
    t("P", "Ja. Jeg hedder Mette Skovgaard, jeg er uddannet sygeplejerske fra Aalborg, og jeg flyttede til Norge for... ja, det er ti år siden nu, fordi min mand fik job på en boreplatform. Nu arbejder jeg i hjemmesygeplejen i Kristiansand, i Vågsbygd-distriktet, og jeg er også superbruger for medicinrobotterne.",
      e=["P:Mette Skovgaard", "L:Aalborg", "L:Norge", "L:Kristiansand", "L:Vågsbygd"], k=["sygeplejerske"]),
    t("I", "Hvordan fungerer medicinrobotterne hos jer?"),
    t("P", "De står hjemme hos brugeren, og så kommer der en lyd og et lys, når det er tid, og så falder posen ud. Hvis de ikke tager den inden for en halv time, så får vi en besked på telefonen. Vi har omkring tres brugere med robot nu. Det har sparet os for mange kørsler, især om aftenen.",
      k=["en halv time", "tres brugere", "om aftenen"]),
    t("I", "Har du en historie om en bruger, som gjorde indtryk på dig?"),
    t("P", "Ja, der er én, jeg tænker meget på. En ældre herre i Kjos Haveby, Leif hed han, han var født i 1931 og havde været sømand hele livet. Han havde været i Esbjerg og København mange gange, så han elskede at tale dansk med mig. Han fik robot i foråret, og han kaldte den «Skipperen». Han sagde: Skipperen siger, det er tid til frokost. (griner)",
      e=["L:Kjos Haveby", "P:Leif", "G:1931", "L:Esbjerg", "L:København"], k=["i foråret"]),
    t("I", "Hvordan gik det med ham?"),
    t("P", "Godt i lang tid. Men så den 1. december 2022 fik vi en besked om, at posen ikke var taget. Min kollega Øystein kørte derud, og Leif sad i stolen og var meget forvirret. Han havde fået en urinvejsinfektion, og det viste sig, at han havde taget posen, men så havde han lagt den tilbage i robotten. Robotten troede, den ikke var taget. Det var faktisk en god ting, for så opdagede vi infektionen tidligt. Han kom på Sørlandet sykehus i tre dage.",
      e=["D:den 1. december 2022", "P:Øystein", "P:Leif", "O:Sørlandet sykehus"]),
    t("I", "Hvordan samarbejder I med lægerne?"),
    t("P", "Det er lidt forskelligt. Der er et lægekontor i Vågsbygd sentrum, hvor en af lægerne, doktor Marthinsen, er meget interesseret i teknologi, han ringer og spørger. Men andre læger ved ikke engang, at patienten har en robot. Det står i Gerica, men lægerne har ikke adgang til Gerica.",
      e=["L:Vågsbygd", "P:Marthinsen"], k=["Gerica"]),
    t("I", "Er der noget ved at være dansk, som gør arbejdet anderledes?"),
    t("P", "Ja, sproget, selvfølgelig. De fleste forstår mig fint, men nogle af de ældre på Sørlandet synes, jeg taler som en kartoffel. (griner) Og så har jeg lært, at man her siger «du» til alle, det gør vi også i Danmark, så det var nemt. Men jeg savner rugbrød.",
      e=["L:Sørlandet", "L:Danmark"]),
    t("I", "Hvad ville du ønske var anderledes?"),
    t("P", "At robotterne kunne tale sammen med apoteket. Hvis en dosis ændres, skal vi selv ringe til apoteket og vente. Og at vi havde mere tid til at sidde ned med folk. Leif havde ingen familie tilbage, vi var hans familie. Det kan en robot ikke være.",
      e=["P:Leif"]),
    t("I", "Tusind tak."),
])

# ---------------------------------------------------------------- P14 (en, speech-to-text)
doc("P14", "en", stt=True, turns=[
    t("I", "right so we're recording can you just introduce yourself"),
    t("P", "yeah so i'm kenneth i work in the it department at bodø kommune i'm originally from narvik but i've lived in bodø for like fifteen years and i've been on the welfare technology team since it started which is i think four years ago now",
      e=["P:kenneth", "O:bodø kommune", "L:narvik", "L:bodø"], k=["fifteen years"]),
    t("I", "what does your role involve"),
    t("P", "mostly device management so all the tablets all the phones for the home care the medicine dispensers that have sim cards we register them in the mdm system in tune and we push the apps and then when something breaks they call the helpdesk and if it's welfare tech it ends up with me or with my colleague sunniva",
      e=["P:sunniva"], k=["mdm"]),
    t("I", "can you tell me about a bigger problem you had"),
    t("P", "oh yeah the big one was the update last year on the twenty third of november there was a an ios update and it broke the the supervision app on like eighty tablets at once and all the night shifts in the whole kommune from løpsmark to saltstraumen they couldn't see the cameras and i got a call at two in the morning from the night nurse at vollen sykehjem she was like kenneth nothing works and i had to drive in to the town hall in my pyjamas basically",
      e=["D:twenty third of november", "L:løpsmark", "L:saltstraumen", "O:vollen sykehjem", "P:kenneth"], k=["eighty tablets"]),
    t("I", "how did you solve it"),
    t("P", "we rolled back we blocked the update in intune but it took like three hours and during that time they did the old fashioned rounds with a torch and actually nothing happened but my boss tor-arne he wrote a very long report about it and now we have a rule we test updates on five devices at the wollen first",
      e=["P:tor-arne", "O:wollen"], k=["intune"]),
    t("I", "who do you work with on the care side"),
    t("P", "mostly the super users the ressurs persons there's one in each district and the best one is probably hildur at the home care in sentrum she's like sixty something and she knows more about bluetooth than me honestly she calls me like every day her extension is four four one seven so i know it by heart",
      e=["P:hildur", "G:sixty something", "T:four four one seven"], k=["bluetooth"]),
    t("I", "what about the privacy side"),
    t("P", "yeah that's with the personvern guy the data protection officer he's shared with the other kommunes in salten we have to do a dpia for every new thing and that's fine but it takes months his name is i think it's okay to say it's public it's jon petter lund-hansen and he is very thorough",
      e=["L:salten", "P:jon petter lund-hansen"], k=["dpia"]),
    t("I", "if you could change something"),
    t("P", "i would like the suppliers to talk to each other like the dispenser the camera the gps they all have their own portal their own login i have a password list that's insane and the nurses have to log into four systems to see one patient that's not welfare that's uh warfare"),
    t("I", "ha okay thank you kenneth", e=["P:kenneth"]),
    t("P", "no problem"),
])

# ---------------------------------------------------------------- P15 (nb, østkantsk)
doc("P15", "nb", [
    t("I", "Kan du fortelle litt om jobben din?"),
    t("P", "Ja, altså, jeg er ruskonsulent i Bydel Alna, har vært det i sånn... elleve år? Før det jobba jeg på Ila, på lavterskel. Vi følger opp folk som bor i egne leiligheter, kommunale, mange på Furuset og Lindeberg, som har rusproblemer, noen med psykiske lidelser i tillegg. Og så har vi de siste par åra prøvd ut sånn digital oppfølging, da, videosamtaler og SMS-påminnelser og sånn.",
      e=["O:Bydel Alna", "L:Ila", "L:Furuset", "L:Lindeberg"], k=["elleve år"]),
    t("I", "Hvordan har det fungert?"),
    t("P", "Blanda, ass. For noen er det kjempebra. Det er en fyr, vi kan kalle'n Robin, han er trettifire, han har vært rusfri i snart ett år, og han syns det er mye lettere å ta en videosamtale enn å komme på kontoret. På kontoret møter han jo alle han kjenner fra før, skjønner du. På video sitter han hjemme i sofaen med katten.",
      e=["P:Robin", "G:trettifire"], k=["ass"]),
    t("I", "Og for andre?"),
    t("P", "For andre er det helt krise. Mange har ikke telefon lenger enn to uker, den blir solgt eller stjålet eller knust. Jeg har en kollega, a Linda, hun har en perm med telefonnumre, og halvparten er strøket over. Og så er det folk som ikke vil ha oss inn på skjermen, fordi da ser vi jo hvordan det ser ut hjemme hos dem.",
      e=["P:Linda"]),
    t("I", "Har du et eksempel på at det digitale har gjort noe vanskeligere?"),
    t("P", "Ja. Det var en dame, jeg sier ikke navnet, hun hadde avtale med meg på video hver uke kl. ti. Og så en tirsdag, det var tirsdag 17. oktober, så svarte hun ikke. Og det er jo litt vanlig, så jeg tenkte ikke så mye over det. Men onsdagen svarte hun heller ikke, og da dro jeg og 'n Kristoffer hjem til henne, Haugerudveien 40, og hun lå på badet. Overdose. Hun overlevde, ambulansen kom, hun ble kjørt til Ullevål. Men hvis vi hadde hatt vanlig hjemmebesøk, så hadde vi vært der på tirsdagen. Det tenker jeg mye på.",
      e=["D:tirsdag 17. oktober", "P:Kristoffer", "A:Haugerudveien 40", "O:Ullevål"], k=["kl. ti"]),
    t("I", "Hvordan håndterte dere det i etterkant?"),
    t("P", "Vi hadde gjennomgang med lederen vår, Anita Bøe-Hansen, og vi ble enige om at ingen skal ha bare video. Det skal alltid være minst ett fysisk møte i måneden. Og så lagde vi en sånn sjekkliste, hvis noen ikke svarer to ganger på rad, så drar vi. Uansett. Det er liksom ikke rakettforskning, men det er sunn fornuft.",
      e=["P:Anita Bøe-Hansen"], k=["liksom"]),
    t("I", "Samarbeider dere med andre tjenester om dette?"),
    t("P", "Med NAV Alna, med DPS, med legevakta på Aker. Og med Oslo universitetssykehus, da, men det er tungt. De har sine systemer, vi har Gerica, og ingenting snakker sammen. Skal jeg sende noe til DPS, så må jeg sende brev. Fysisk brev! I dag!",
      e=["O:NAV Alna", "L:Aker", "O:Oslo universitetssykehus"], k=["DPS", "Gerica"]),
    t("I", "Hva tenker brukerne selv om det digitale?"),
    t("P", "De unge syns det er greit, de er vant til det. Men de eldre rusbrukerne, de over seksti, de har ofte dårlig syn, skjelvende hender, de får ikke til å trykke på lenken. Det er en gutt fra Stovner, eller gutt, han er femtini, han kaller nettbrettet «den jævla tavla». (ler) Han vil ha meg på kjøkkenet sitt med en kopp kaffe.",
      e=["L:Stovner", "G:femtini"]),
    t("I", "Er det noe du vil legge til?"),
    t("P", "Nei, bare... at det er relasjonen som hjelper. Ikke appen. Appen kan være en bro, men du må ha noe på den andre sida. Skjønner?"),
    t("I", "Skjønner. Tusen takk."),
])

# ---------------------------------------------------------------- P16 (nn)
doc("P16", "nn", [
    t("I", "Takk for at du tek deg tid. Kan du fortelje litt om deg sjølv?"),
    t("P", "Ja då. Eg er helsesjukepleiar på helsestasjonen i Stryn, og eg har vore her sidan eg flytta heim frå Oslo, det er snart ti år. Eg har skulehelsetenesta på Olden skule og i Loen, og så har eg ein del av småbarnskontrollane.",
      e=["L:Stryn", "L:Oslo", "O:Olden skule", "L:Loen"], k=["helsesjukepleiar", "snart ti år"]),
    t("I", "Korleis brukar de digitale verktøy på helsestasjonen?"),
    t("P", "Mykje meir enn før. Foreldra sender meldingar på Helsenorge, og vi har videokonsultasjon når det passar. Under korona var det nesten berre det. Og så har vi tolk over video, det har vore ein revolusjon for oss, for før måtte vi bestille tolk som køyrde frå Førde, og det tok heile dagen.",
      e=["L:Førde"], k=["Helsenorge", "korona"]),
    t("I", "Har du eit døme på ein familie der det digitale var viktig?"),
    t("P", "Ja. Det var ein familie som kom som kvoteflyktningar frå Syria, og dei budde først på ein gard ovanfor Loen. Mora, Rania, var gravid då dei kom, og ho fødde på Nordfjord sjukehus 1. juledag 2020. Eg hugsar det godt, for eg var på vakt i jula og fekk melding om fødselen. Vi hadde første heimebesøket med tolk på nettbrettet, og tolken snakka Damaskus-dialekt, sa Rania, og det syntest dei var litt morosamt.",
      e=["L:Syria", "L:Loen", "P:Rania", "O:Nordfjord sjukehus", "D:1. juledag 2020", "L:Damaskus"], k=["jula"]),
    t("I", "Korleis gjekk det vidare med familien?"),
    t("P", "Veldig bra, eigentleg. Guten, Yusuf, er tre år no og snakkar betre nynorsk enn eg. (ler) Faren fekk jobb på eit hotell i Loen, og no kjem dei sjølve på kontroll. Men eg hugsar at mora spurde meg: kven ser videoen? Blir han lagra? Ho var redd for at noko skulle hamne hos styresmaktene i heimlandet. Det er eit spørsmål vi ikkje alltid tenkjer på.",
      e=["P:Yusuf", "G:tre år", "L:Loen"]),
    t("I", "Kva svarte du?"),
    t("P", "Eg sa at det ikkje blir lagra, og det er sant, men eg måtte sjølv sjekke det med Gunnar på IT etterpå. Han sa at plattforma vi brukar ikkje tek opp noko. Men det er jo litt skummelt at eg ikkje visste det sjølv.",
      e=["P:Gunnar"]),
    t("I", "Samarbeider du med andre om dei eldre også, eller berre om barn?"),
    t("P", "Mest barn og unge. Men i Stryn er vi få, så vi hjelper kvarandre. Ho Vår, kollegaen min, ho har vore med i velferdsteknologiprosjektet for heimebuande eldre, og ho fortel at det er dei same spørsmåla der: kven ser, kven lagrar, kven bestemmer.",
      e=["L:Stryn", "P:Vår"]),
    t("I", "Har du kontaktopplysningar eg kan bruke til oppfølging?"),
    t("P", "Ja, send til helsestasjonen@stryn.kommune.no og merk det med namnet mitt, Astrid. Eller ring 57 87 40 12, det er sentralbordet på helsestasjonen.",
      e=["E:helsestasjonen@stryn.kommune.no", "P:Astrid", "T:57 87 40 12"]),
    t("I", "Tusen takk for praten."),
])

# ---------------------------------------------------------------- P17 (en)
doc("P17", "en", [
    t("I", "Welcome, Hodan. Tell me a bit about how you ended up in home care.", e=["P:Hodan"]),
    t("P", "Okay. I was born in Somalia, but I grew up in a refugee camp in Kenya, and I came to Norway when I was sixteen, to Hamar. I did the health line at Storhamar videregående, and now I have worked in hjemmetjenesten almost five years, in the Ingeberg zone, it is outside the city, a lot of farms.",
      e=["L:Somalia", "L:Kenya", "L:Norway", "G:sixteen", "L:Hamar", "O:Storhamar videregående", "L:Ingeberg"]),
    t("I", "And you work with the GPS trackers?"),
    t("P", "Yes, we have some users with GPS. It's a watch, or for some it's a small box in the jacket pocket. When they go outside the safe zone, it sends an alarm to our phone. I'm not the superbruker, that is Pål, but I was in the middle of the worst story, so everybody asks me about it.",
      e=["P:Pål"]),
    t("I", "Would you tell me that story?"),
    t("P", "Yes. It was the 9th of August, a Sunday, very hot. One of our users, Mr. Bjerke, he was born in 1934, he has vascular dementia, he lives with his wife on a small farm. In the afternoon the alarm came, he is outside the zone. And I looked at the map and the dot was moving very fast. Very fast! Like sixty kilometres per hour. And I thought, what, he is running? (laughs) No, he had taken the tractor.",
      e=["D:the 9th of August", "P:Bjerke", "G:1934"], k=["Sunday", "vascular dementia", "per hour"]),
    t("I", "The tractor!"),
    t("P", "Yes! An old Massey Ferguson. He drove it on the road towards Mjøsa, towards the lake. We called his wife, Solveig, and she had not noticed, she was sleeping in the garden chair. Then we called the police, and me and my colleague drove after the dot. We found him at a gas station in Stange, he was buying ice cream. Sitting on the tractor eating ice cream. He said, I have done this every summer for sixty years, why is everybody so excited?",
      e=["L:Mjøsa", "P:Solveig", "L:Stange"], k=["Massey Ferguson", "sixty years"]),
    t("I", "What happened afterwards?"),
    t("P", "We had a meeting with the family and with the GP, Dr. Nygaard, at the legekontor. The son, he took the key to the tractor. That was the solution, not technology. (laughs) But the GPS helped us find him in twenty minutes. Without it, I don't know.",
      e=["P:Nygaard"], k=["twenty minutes"]),
    t("I", "What do you think about the ethics of tracking people?"),
    t("P", "In my culture, family takes care. We don't put a watch on grandfather, we put the grandson next to him. But here the families live far away, in Oslo, in Trondheim. So the watch is like a thin rope to the family. I think it is okay if we ask the person. Mr. Bjerke said yes. He said, I don't care, as long as I keep my tractor. He did not keep his tractor.",
      e=["L:Oslo", "L:Trondheim", "P:Bjerke"]),
    t("I", "Has anything changed in how your team works?"),
    t("P", "Yes, now we check the battery at every morning visit. It is on the checklist. And Pål made a rule that the alarm goes to two phones, not one.",
      e=["P:Pål"]),
    t("I", "Thank you so much, that was wonderful."),
])

# ---------------------------------------------------------------- P18 (nb, speech-to-text)
doc("P18", "nb", stt=True, turns=[
    t("I", "ja nå tar den opp så bare snakk fritt du kan starte med å fortelle om mora di"),
    t("P", "ja mamma heter ragnhild enger hun er åttiåtte år og bodde alene i hunndalen i huset vi vokste opp i helt til i fjor vinter hun fikk diagnosen alzheimer for tre år siden og det har gått ganske fort nedover",
      e=["P:ragnhild enger", "G:åttiåtte år", "L:hunndalen"], k=["alzheimer"]),
    t("I", "hvordan kom dere i kontakt med velferdsteknologi"),
    t("P", "det var hjemmesykepleien som foreslo det og en av sykepleierne siv hun var helt fantastisk hun kom på kjøkkenet og forklarte mamma om kameraet og dørsensoren og mamma sa bare ja ja ja men hun skjønte jo ingenting og jeg satt der og tenkte er det her greit at vi bestemmer for henne",
      e=["P:siv"]),
    t("I", "hvordan opplevde du det"),
    t("P", "jeg var jo lettet for jeg bor i lillehammer og jobber turnus så jeg kunne ikke være der hele tida og broren min stig han bor i stockholm han er der kanskje to ganger i året så det var jeg som fikk alle telefonene og jeg har hatt mobilen på natta i to år",
      e=["L:lillehammer", "P:stig", "L:stockholm"], k=["turnus", "to ganger i året"]),
    t("I", "kan du fortelle om en konkret hendelse"),
    t("P", "ja det var natt til sjuende januar jeg fikk sms fra systemet at døra var åpnet klokka tre og jeg ringte hjemmesykepleien og de sa at de hadde sett på kameraet og hun sto i gangen med skoene på og de sendte bil men det tok tjuefem minutter fra gjøvik sentrum og da hadde hun gått ned til bussholdeplassen på hunndalsvegen i nattkjolen",
      e=["D:sjuende januar", "L:gjøvik", "L:hunndalsvegen"], k=["klokka tre", "tjuefem minutter"]),
    t("I", "og etter det"),
    t("P", "etter det søkte vi om sykehjemsplass og hun fikk plass på hunn sykehjem i februar avdeling to rom tjueseks og jeg er egentlig glad for det hun er trygg der men hun spør etter max hver gang jeg kommer max var naboen hennes i førti år og han kom innom hver morgen med avisa",
      e=["O:hunn sykehjem", "I:tjueseks", "P:max"]),
    t("I", "hvordan har kontakten med kommunen vært"),
    t("P", "den har vært grei men det er mye papir jeg har fått et vedtak med saksnummer tjuefire slash en to null null åtte og jeg har ringt servicetorget og de spør om fødselsnummeret hennes hver gang og jeg kan det utenat nå null seks en to tre fem og så personnummeret fire fire tre en sju",
      e=["I:tjuefire slash en to null null åtte", "I:null seks en to tre fem", "I:fire fire tre en sju"], k=["servicetorget"]),
    t("I", "hva ville du sagt til andre pårørende"),
    t("P", "at de må spørre om alt og skrive ned navnene på folk for det er så mange forskjellige som kommer og at det er lov å være sliten og så vil jeg si at pårørendeskolen på gjøvik bibliotek var veldig bra der traff jeg andre som hadde det likt",
      e=["O:gjøvik bibliotek"]),
    t("I", "tusen takk ingunn det var veldig fint at du ville dele", e=["P:ingunn"]),
    t("P", "ja takk selv"),
])

# ---------------------------------------------------------------- P19 (nb, sunnmørsk)
doc("P19", "nb", [
    t("I", "Takk for at du ville være med. Vil du presentere deg?"),
    t("P", "Ja, eg heiter Oddny, eg e sjukepleiar på Ulstein sjukeheim, på langtidsavdelinga. Eg har vore der sidan eg va ferdig utdanna i Ålesund, så det e jo... ja, det e tjueto år no. Eg e òg den som har ansvar for fallsensorane og sengealarmane på avdelinga.",
      e=["P:Oddny", "O:Ulstein sjukeheim", "L:Ålesund"], k=["sjukepleiar", "tjueto år"]),
    t("I", "Hvordan fungerer fallsensorene hos dere?"),
    t("P", "Det e ein sånn sensor på veggen, den ser om nokon ligg på golvet, og så e det matter ved senga på nokre. Før hadde vi berre matta, og den pip for alt, om ein tok på seg tøflane så pip ho. Folk vart heilt ør. No med sensoren e det mykje færre falske alarmar, kanskje tre-fire i veka i staden for tjue.",
      k=["tre-fire i veka"]),
    t("I", "Har du en historie om når det fungerte, eller ikke fungerte?"),
    t("P", "Å, ja. Rom 108, det va ein mann frå Hareid, Magne Nupen, han va nittiein, og han ville absolutt gå på do sjølv om natta. Den 3. vart han funnen på golvet av nattevakta, ho Jocelyn, og sensoren hadde ikkje gitt alarm. Det viste seg at nokon hadde sett ein kleskurv framfor sensoren så han ikkje såg golvet. (ler litt) Så det va ikkje teknologien, det va kleskurven.",
      e=["I:108", "L:Hareid", "P:Magne Nupen", "G:nittiein", "D:Den 3.", "P:Jocelyn"]),
    t("I", "Hvordan ble det fulgt opp?"),
    t("P", "Vi skreiv avvik, sjølvsagt. Og så laga ho Jocelyn ein liten plakat: «Ikkje set noko framfor auget!» med ei teikning av sensoren med augevipper. Den heng på alle romma no. Jocelyn e frå Filippinane, ho har vore her i fem år, og ho e den flinkaste eg veit med slike ting.",
      e=["P:Jocelyn", "L:Filippinane"]),
    t("I", "Hvordan opplever pårørende sensorene?"),
    t("P", "Dei fleste e nøgde. Men Nupen sin dotter, Aslaug, ho va skeptisk. Ho trudde det va kamera, at vi såg faren naken. Eg måtte vise ho på nettbrettet at det berre e ein strekfigur, ein sånn pinnemann. Då lo ho og sa at det va meir enn han hadde fått sjå av seg sjølv på lenge.",
      e=["P:Nupen", "P:Aslaug"]),
    t("I", "Får dere god nok opplæring?"),
    t("P", "Nja. Leverandøren hadde eit kurs på Teams, og så kom det ein mann frå Ålesund ein dag. Men han snakka berre om innstillingar, ikkje om kva ein gjer når det pip klokka tre om natta og ein e åleine med tjueto bebuarar. Den kunnskapen har vi laga sjølve. Det e ho Bodil på kveldsvakta som har skrive prosedyren, ho har eigentleg ikkje tid til det.",
      e=["L:Ålesund", "P:Bodil"], k=["Teams", "klokka tre"]),
    t("I", "Hvis jeg vil ta kontakt med Bodil, hvordan gjør jeg det?", e=["P:Bodil"]),
    t("P", "Ring avdelinga, 70 01 92 45, og spør etter ho. Eller send ein e-post til postmottaket i kommunen, dei sender det vidare. Ho har ikkje eigen jobbmail, det e ein annan ting vi har klaga på.",
      e=["T:70 01 92 45"]),
    t("I", "Tusen takk, Oddny.", e=["P:Oddny"]),
])

# ---------------------------------------------------------------- P20 (en)
doc("P20", "en", [
    t("I", "Thanks for joining, Dr. Haugom. Since the project team is international, we're doing this one in English, is that all right?",
      e=["P:Haugom"]),
    t("P", "Yes, yes, no problem, I studied medicine in Budapest, so I did six years in English, more or less. Call me Eivind, please, we are not so formal here in Tynset.",
      e=["L:Budapest", "P:Eivind", "L:Tynset"], k=["more or less"]),
    t("I", "Could you describe your practice?"),
    t("P", "We are five GPs at Tynset legekontor, and we also cover Alvdal two days a week. Big area, small population. Some patients drive ninety minutes one way to see me. So for us, digital solutions are not a trend, they are, how do you say, a necessity.",
      e=["O:Tynset legekontor", "L:Alvdal"], k=["two days a week", "ninety minutes"]),
    t("I", "Which digital tools do you use most?"),
    t("P", "Video consultations through Helsenorge, and e-konsultasjon, that's text messages, basically. And since last year we are part of a pilot with digital hjemmeoppfølging for COPD and heart-failure patients. They get a tablet and a pulse oximeter and they answer questions every morning, and a nurse at the kommune looks at the results. If something is red, she calls them, and if it's very red, she calls me.",
      k=["Helsenorge", "COPD"]),
    t("I", "Can you give a concrete example from the pilot?"),
    t("P", "Yes, there is one man from Folldal, sixty-eight years old, a former miner, heavy smoker. Let's call him Harald. Before the pilot he was admitted to Sykehuset Innlandet, in Elverum... no, Hamar... in Elverum, I think, four times in one winter. With the tablet, the nurse, Guro Brenden, saw his oxygen dropping on a Friday, and we started prednisolone and antibiotics the same day. He was not admitted at all that winter. He told me, this is the first Christmas in five years I eat pinnekjøtt at home.",
      e=["L:Folldal", "G:sixty-eight years old", "P:Harald", "O:Sykehuset Innlandet", "L:Elverum", "L:Hamar", "P:Guro Brenden"], k=["prednisolone", "Christmas"]),
    t("I", "That's a strong story. Are there challenges?"),
    t("P", "Of course. Documentation: the nurse writes in Profil, I write in our system, which is CGM, and the tablet has its own portal. I have to copy-paste. And the responsibility, who is responsible if the red flag comes on a Saturday and nobody looks? That was discussed a lot. We had a meeting on the second of June with the kommune and the hospital and we did not agree.",
      e=["D:the second of June"], k=["Profil", "CGM"]),
    t("I", "How did you resolve it?"),
    t("P", "We didn't, completely. But the kommunalsjef, Bente Moen, she made a written agreement that the monitoring is only on weekdays, and the patients get a paper that says: on weekends, call the legevakt. It's not perfect, but it's honest.",
      e=["P:Bente Moen"]),
    t("I", "And how do the patients find it?"),
    t("P", "Most are happy. Some older ladies think the tablet is spying on them. One said, I don't want the kommune in my living room. Fair enough. Harald, on the other hand, he sends me messages on Helsenorge about the elk hunting. (laughs) Not medical at all.",
      e=["P:Harald"]),
    t("I", "If other researchers want to contact you, is that okay?"),
    t("P", "Sure, they can write to eivind.haugom@tynsetlegekontor.no, or call the office, 62 48 11 70, and ask for me, but the secretary will protect me like a dragon. (laughs)",
      e=["E:eivind.haugom@tynsetlegekontor.no", "T:62 48 11 70"]),
    t("I", "Thank you very much, Eivind.", e=["P:Eivind"]),
])

# ---------------------------------------------------------------- P21 (nb, hallingmål)
doc("P21", "nb", [
    t("I", "Takk for at du stilte opp. Vil du fortelle litt om deg sjøl?"),
    t("P", "Ja, e e ambulansearbeidar, har køyrt ambulanse i dalen i fjorten år, mest ut frå stasjonen på Gol. Og så har e ei lita stilling på legevakta på Ål, på Hallingdal sjukestugu, når dei manglar folk. Så e ser både trygghetsalarmane frå bilen og frå legevaktsida.",
      e=["L:Gol", "L:Ål", "O:Hallingdal sjukestugu"], k=["ambulansearbeidar", "fjorten år"]),
    t("I", "Hvordan henger trygghetsalarmene sammen med ambulansetjenesten?"),
    t("P", "Når nokon trykkje på alarmen, går det til responssenteret, og dei ringe heimetenesta. Men om natta, når heimetenesta ikkje rekk fram, eller om det e alvorleg, så kjem det til AMK på Ringerike, og så blir me sende. Og det e ofte ikkje alvorleg. Ko skal me sei, det e nokon som e einsame klokka to om natta.",
      e=["L:Ringerike"], k=["AMK", "klokka to"]),
    t("I", "Har du et eksempel?"),
    t("P", "Ja. Det e ein kar oppi Hemsedal, Torleiv, han e åttisju og bur på ein gard heilt oppunder fjellet, i Ulsåk-grenda. Han trykka på alarmen seks gonger på ein månad i fjor vinter. Kvar gong køyrde me opp, førti minutt frå Gol, og kvar gong sat han der med kaffien klar. Den eine gongen, 1. påskedag 2023, hadde han faktisk datt og brote lårhalsen. Så ein kan ikkje slutte å ta det på alvor, sjølv om det e «ulv, ulv» ni av ti gonger.",
      e=["L:Hemsedal", "P:Torleiv", "G:åttisju", "L:Ulsåk", "L:Gol", "D:1. påskedag 2023"], k=["førti minutt", "ni av ti gonger"]),
    t("I", "Hvordan løste dere det?"),
    t("P", "Me tok det opp med heimetenesta i Hemsedal, og ho som leier der, Eli Bakke-Grøthe, ho fekk til at han fekk digitalt tilsyn i tillegg, ein sånn sensor, og så ein telefon frå frivilligsentralen kvar kveld. Etter det trykka han mykje mindre. Han trengde nokon å prate med, ikkje ein ambulanse.",
      e=["L:Hemsedal", "P:Eli Bakke-Grøthe"]),
    t("I", "Hvordan fungerer samarbeidet med legevakta?"),
    t("P", "Legevakta på Ål har dei same problema. Dei får telefonar om natta frå folk som e redde. Doktor Rustad, som har vore legevaktslege i mange år, seier at halve jobben hans e sosialarbeid. Og så har me eit problem med at legevakta ikkje ser alarmhistorikken. Dei veit ikkje at Torleiv har trykka seks gonger før.",
      e=["L:Ål", "P:Rustad", "P:Torleiv"]),
    t("I", "Hvilke systemer bruker dere?"),
    t("P", "I bilen har me eit eige journalsystem på nettbrett, og på legevakta e det CosDoc. Og responssenteret har sitt. Ingenting snakkar saman. E har skrive på ein lapp i bilen ko dei ulike nummera e, for e hugsar dei aldri. Responssenteret har eit direktenummer for oss, 32 08 55 60, det e det einaste e kan utanåt.",
      e=["T:32 08 55 60"], k=["CosDoc"]),
    t("I", "Er det noe du vil legge til?"),
    t("P", "Berre det at bygda e stor og folk e få. Og at ambulansen ikkje e ei løysing på einsemd. Men det e me som kjem når ingen andre kjem. Det e litt fint òg, eigentleg."),
    t("I", "Takk skal du ha."),
])

# ---------------------------------------------------------------- P22 (en, speech-to-text)
doc("P22", "en", stt=True, turns=[
    t("I", "so we are recording now is that okay"),
    t("P", "yes it's okay"),
    t("I", "can you tell me who you are and where you work"),
    t("P", "my name is ahmad i am from syria from homs i came to norway in the uh in the refugee time and first i lived in a reception centre in snåsa and now i live in steinkjer and i work at eggevegen omsorgssenter as a health worker i am taking the fagbrev next year inshallah",
      e=["P:ahmad", "L:syria", "L:homs", "L:norway", "L:snåsa", "L:steinkjer", "O:eggevegen omsorgssenter"], k=["fagbrev"]),
    t("I", "what kind of technology do you use at work"),
    t("P", "we have the sensor in the bed and the door alarm and the tablet for video call and the new system for medicine with the scanner you scan the bag and the wristband we have er about thirty two residents on my unit and two people on evening shift",
      k=["thirty two residents", "evening shift"]),
    t("I", "tell me about the video calls"),
    t("P", "yes this is my favourite thing there is a lady mrs aune in room two fourteen she is ninety she has a son in canada in calgary and every friday evening i help her to call him on the tablet and she is so happy she is telling him about the food about me she says the syrian boy is here again laughs and the son he sent a letter to the leader to say thank you",
      e=["P:aune", "I:two fourteen", "G:ninety", "L:canada", "L:calgary"], k=["friday evening"]),
    t("I", "that's lovely"),
    t("P", "yes and one time the son he asked can you send me the pictures and i said i can't use my own phone it's not allowed because of person vern so he gave me his email it was like a n d e r s dot aune at shaw dot ca and i gave it to my leader gunnhild and she sent it from the kommune mail",
      e=["E:a n d e r s dot aune at shaw dot ca", "P:gunnhild"], k=["person vern"]),
    t("I", "is language a problem with the technology"),
    t("P", "sometimes the system is in norwegian and the words are long like tilsyns registrering and also the old people speak the trøndersk dialect like æ e itj and i learned it quick actually now my friends in oslo they laugh at me because i speak like a farmer from inderøy",
      e=["L:oslo", "L:inderøy"]),
    t("I", "can you tell me about something that went wrong"),
    t("P", "yes on the fourth of march we had a bed sensor that did not give alarm the battery was dead and a man he fell out of the bed and was on the floor one hour it was the night shift and the nurse found him at the round he was okay only bruise but my colleague erik he was very angry because he told the project people three times about the batteries",
      e=["D:the fourth of march", "P:erik"], k=["one hour"]),
    t("I", "what happened after"),
    t("P", "now we have a list on the wall with all the batteries and the date when we change and erik is the boss of the list laughs he calls it the battery police",
      e=["P:erik"]),
    t("I", "thank you ahmad is there anything else", e=["P:ahmad"]),
    t("P", "no only i want to say thank you for asking the people who work on the floor not only the leaders"),
])

# ---------------------------------------------------------------- P23 (nn)
doc("P23", "nn", [
    t("I", "Velkomen. Kan du fortelje litt om korleis du vart besøksven?"),
    t("P", "Ja, eg vart pensjonist frå jobben som lærar på Hafstad vidaregåande skule for tre år sidan, og eg kjende at eg trong noko å gjere. Så eg melde meg på i Førde Røde Kors, dei hadde eit kurs for besøksvener. No har eg to faste eg besøkjer, og så er eg med på eit prosjekt der vi ringjer med video til nokre som bur langt ute, i Jølster og innover Naustdal.",
      e=["O:Hafstad vidaregåande skule", "O:Førde Røde Kors", "L:Jølster", "L:Naustdal"], k=["pensjonist", "lærar"]),
    t("I", "Kven er det du besøkjer?"),
    t("P", "Den eine er ein gamal mann som heiter Nils Bruland, han bur i Hafstadvegen 14, 6800 Førde, i ei lita blokk. Han er nittien, fødd i 1932, og har vore enkemann i tjue år. Han var snikkar, og han har bygd halve byen, seier han sjølv. (ler) Vi går tur langs elva når vêret er godt, og når det regnar, spelar vi kort.",
      e=["P:Nils Bruland", "A:Hafstadvegen 14, 6800 Førde", "G:nittien", "G:1932"]),
    t("I", "Og videoprosjektet, korleis fungerer det?"),
    t("P", "Det er nettbrett som kommunen har kjøpt inn, og Røde Kors står for samtalane. Eg har ei dame i Jølster, Kari-Anne heiter ho, ho er ikkje så gamal, sytti, men ho har MS og kjem seg ikkje ut om vinteren. Vi pratar kvar onsdag klokka to. Ho viser meg fuglane på brettet utanfor vindauget. Ho kan alle fuglane på latin.",
      e=["O:Røde Kors", "L:Jølster", "P:Kari-Anne", "G:sytti"], k=["MS", "onsdag", "klokka to"]),
    t("I", "Har det vore vanskeleg nokon gong?"),
    t("P", "Ja. Ein gong, det var 15. august i fjor, svarte ikkje Nils på døra. Eg hadde nøkkel frå naboen, men eg ville ikkje gå inn. Så ringde eg heimesjukepleia, og ho som kom, Marit Sande, fann han på golvet i stova. Han hadde hatt eit lite slag. Han kom på Førde sentralsjukehus og kom seg bra, men eg tenkte mykje på kva om eg ikkje hadde kome den dagen.",
      e=["D:15. august", "P:Nils", "P:Marit Sande", "O:Førde sentralsjukehus"]),
    t("I", "Korleis er samarbeidet med kommunen?"),
    t("P", "Det er godt, men vi er frivillige, så vi får ikkje vite så mykje. Teieplikt, du veit. Vi skriv under på det same som dei tilsette. Koordinatoren vår, Sigbjørn, seier at vi skal vere medmenneske, ikkje helsepersonell. Det er eit godt skilje, men det er ikkje alltid så lett.",
      e=["P:Sigbjørn"], k=["Teieplikt"]),
    t("I", "Kva betyr dette for deg sjølv?"),
    t("P", "Alt. Eg trudde eg skulle hjelpe dei, men det er like mykje dei som hjelper meg. Nils lærte meg å spele kasino. Eg hadde ikkje spelt det sidan eg var jente på Vassenden.",
      e=["P:Nils", "L:Vassenden"]),
    t("I", "Tusen takk for at du delte dette."),
    t("P", "Takk sjølv. Og hels til Kari-Anne om du nokon gong treffer ho, ho likar besøk!",
      e=["P:Kari-Anne"]),
])

# ---------------------------------------------------------------- P24 (nb, romsdalsk)
doc("P24", "nb", [
    t("I", "Kan du begynne med å fortelle om rollen din?"),
    t("P", "Ja, æ jobbe som innkjøpsrådgiver i Molde kommune, men vi gjør innkjøp for fleire kommuna i Romsdal, Aukra og Hustadvika og Rauma e med i samarbeidet. Æ har bakgrunn fra økonomi, ikkje helse, så velferdsteknologi va heilt nytt for mæ da æ begynte.",
      e=["O:Molde kommune", "L:Romsdal", "L:Aukra", "L:Hustadvika", "L:Rauma"], k=["innkjøpsrådgiver"]),
    t("I", "Hva var det dere kjøpte inn?"),
    t("P", "Den store va trygghetsalarm og responssenter, da alle skulle over fra analoge til digitale alarma. Konkurransen ligg på Doffin, saksnummer 2022/3318 om du vil sjå han. Vi fekk fem tilbod, og det va ein heil perm med dokumentasjon fra kvar leverandør.",
      e=["I:2022/3318"], k=["Doffin"]),
    t("I", "Hvordan involverte dere helsetjenesten?"),
    t("P", "Vi hadde ei referansegruppe med fire fra helse. Ho Liv fra hjemmetjenesten på Bolsøya... nei, på Kleive, ho va gull verd, for ho spurte om ting vi aldri hadde tenkt på. Som: ka skjer når straumen går på Gossen i en storm? Har alarmen batteri? Kor lenge? Det sto ikkje i kravspesifikasjonen.",
      e=["P:Liv", "L:Bolsøya", "L:Kleive", "L:Gossen"], k=["gull verd", "storm"]),
    t("I", "Hvem vant konkurransen?"),
    t("P", "Det va Tryggvakt AS, fra Ålesund. Dæm va ikkje billigast, men best på kvalitet. Og dæm hadde et responssenter med sjukepleiara, ikkje bare vektara. Tildelinga va fredag 2. desember, og æ hugse at æ satt på kontoret til ti på kvelden og skreiv begrunnelsa, for æ visste at nummer to kom til å klage. Og det gjorde dæm.",
      e=["O:Tryggvakt AS", "L:Ålesund", "D:fredag 2. desember"], k=["ti på kvelden"]),
    t("I", "Hvordan gikk det med klagen?"),
    t("P", "Den gikk til KOFA, og vi fekk medhald. Men det tok fire måneda, og i mellomtida måtte vi forlenge den gamle avtalen. Advokaten vår, Jostein Ugelvik, han sa at det va den grundigaste anskaffelsen han hadde sett fra ein kommune i fylket. Det tar æ som ein kompliment.",
      e=["O:KOFA", "P:Jostein Ugelvik"], k=["fire måneda"]),
    t("I", "Hvordan fungerer avtalen nå?"),
    t("P", "Stort sett bra. Vi har månedlige møter med kontaktpersonen deira, han heter Frank Solheim, og han e lett å få tak i på 958 20 413. Men det e ein ting vi bomma på, og det e opplæring. Vi kjøpte teknologi, men vi kjøpte ikkje tid til at folk skulle lære den.",
      e=["P:Frank Solheim", "T:958 20 413"]),
    t("I", "Hva ville du gjort annerledes?"),
    t("P", "Hatt med brukeran tidlegare. Ikkje bare ansatte. Ein eldre mann fra Elnesvågen sa til mæ på et folkemøte: dokker kjøpe alarma til oss, men ingen har spurt oss. Han hadde rett.",
      e=["L:Elnesvågen"]),
    t("I", "Takk for at du stilte opp."),
])

# ---------------------------------------------------------------- P25 (nb, østfold, focus group)
doc("P25", "nb", group="ABCD", turns=[
    t("I", "Velkommen alle sammen. Kan vi ta en runde der dere sier hvor dere jobber og hva dere gjør med medisindispenserne?"),
    t("A", "Je kan begynne, je. Je er sykepleier i hjemmetjenesten på Kråkerøy og har vært superbruker på dispenserne siden vi fikk dem. Og det er itte alltid like morsomt, skal je si.",
      e=["L:Kråkerøy"], k=["sykepleier"]),
    t("B", "Roger, helsefagarbeider, sone øst, Gressvik og utover mot Hvaler-brua. Je er han som ringer Wenche når noe itte virker. (latter)",
      e=["P:Roger", "L:Gressvik", "L:Hvaler", "P:Wenche"]),
    t("A", "Det stemmer, Roger. Hver eneste dag.", e=["P:Roger"]),
    t("C", "Og je er Nadia, je er sykepleier på natt i sentrum, og je kom fra Marokko for åtte år sia. Vi har færre dispensere på natta, men vi får alarmene når noen itte har tatt kveldsdosen.",
      e=["P:Nadia", "L:Marokko"], k=["åtte år"]),
    t("I", "Kan dere fortelle om en gang dispenseren gjorde en forskjell?"),
    t("B", "Je har en. Det var a Torbjørg, ute på Lervik, hun er nittito, helt klar i hue, men hun glemte...",
      e=["P:Torbjørg", "L:Lervik", "G:nittito"]),
    t("A", "Å, a Torbjørg! Hun med papegøyen!", e=["P:Torbjørg"]),
    t("B", "Ja, hun med papegøyen. (latter) Altså, papegøyen lærte seg lyden til dispenseren. Så den pep hele dagen, og a Torbjørg trodde det var medisintid hele tida. Hun prøvde å trykke på knappen ti ganger om dagen.",
      e=["P:Torbjørg"], k=["ti ganger om dagen"]),
    t("C", "Nei, det er itte sant!"),
    t("B", "Jo! Vi måtte få leverandøren til å bytte lyden. Det tok tre uker og fire e-poster.",
      k=["tre uker"]),
    t("I", "Hvordan håndterer dere det når noen ikke tar medisinen?"),
    t("C", "Om natta ringer vi først. Svarer dom itte, så kjører vi. Je hadde en natt, det var fredag 13. januar, hvor en mann i Gamle Fredrikstad itte hadde tatt kveldsdosen og itte svarte. Je kjørte dit, og han hadde reist til dattera i Sarpsborg uten å si fra. Dispenseren sto der aleine og pep.",
      e=["D:fredag 13. januar", "L:Gamle Fredrikstad", "L:Sarpsborg"]),
    t("D", "Det er det som er problemet, dom gir itte beskjed. Je er Lars, forresten, je er leder i sone vest. Vi har laget en rutine nå at pårørende skal melde fra til oss på 69 30 41 77 hvis brukeren reiser bort.",
      e=["P:Lars", "T:69 30 41 77"]),
    t("A", "Men det gjør dom jo itte, Lars.", e=["P:Lars"]),
    t("D", "Nei. Men nå har vi i alle fall en rutine. (latter)"),
    t("I", "Hva med samarbeidet med apoteket og legene?"),
    t("A", "Apoteket er bra. Legene... det varierer. Noen leger skjønner itte at endringer i multidosen tar tid. Dom ringer fredag klokka tre og vil ha endring fra lørdag.",
      k=["multidosen", "klokka tre"]),
    t("C", "Og på natta har vi ingen å ringe unntatt legevakta."),
    t("B", "Og dom vet itte hva en dispenser er en gang."),
    t("I", "Hvis dere skulle ønske én ting?"),
    t("A", "Mer tid til opplæring. Je bruker halve dagen på telefonen med Roger. (latter)", e=["P:Roger"]),
    t("B", "Hei! (latter) Men hun har rett, da."),
    t("I", "Tusen takk alle sammen."),
])

# ---------------------------------------------------------------- P26 (en, focus group)
doc("P26", "en", group="ABCD", turns=[
    t("I", "Welcome, everyone. Let's do a quick round: name, where you're from, and your role with the technology."),
    t("A", "I can start. I'm Joy, I'm from Manila, I've been a nurse at Solbakken for six years, and I'm the superbruker for the night supervision on the second floor.",
      e=["P:Joy", "L:Manila", "O:Solbakken"], k=["six years"]),
    t("B", "Piotr, from Kraków. Helsefagarbeider. I'm the one who fixes the tablets when they freeze, which is every day.",
      e=["P:Piotr", "L:Kraków"], k=["Helsefagarbeider"]),
    t("C", "Linnea, I'm Swedish, from Umeå, I'm the avdelingsleder, so I'm the one who says yes to buying things, and then regrets it. (laughs)",
      e=["P:Linnea", "L:Umeå"], k=["avdelingsleder"]),
    t("D", "And I'm Mehret, from Eritrea, I work evenings, and I'm new as ressursperson, since the first of December.",
      e=["P:Mehret", "L:Eritrea", "D:the first of December"]),
    t("I", "Joy, you mentioned the night supervision. What's your experience?", e=["P:Joy"]),
    t("A", "Mostly good. We have the sensors in eighteen rooms. But the tricky one is room 311, Mr. Fjeld. He's a retired engineer, he figured out the sensor is on the wall, so he hangs his towel over it.",
      e=["I:311", "P:Fjeld"], k=["eighteen rooms"]),
    t("B", "Every night! The towel!"),
    t("A", "Every night, Piotr. And then the system says 'sensor blocked', and I go in, and he is sleeping like a baby, and the towel is hanging there like a flag.",
      e=["P:Piotr"]),
    t("C", "We had to write it in his plan. 'Towel to be removed after he falls asleep.' I never thought I would write that as a leader."),
    t("D", "But is that okay? To take his towel? He doesn't want to be watched."),
    t("C", "That's the real question, Mehret. We discussed it with his son, and with Dr. Amundsen, and they agreed the sensor stays because he falls a lot. But it's not easy.",
      e=["P:Mehret", "P:Amundsen"]),
    t("I", "How is the training for staff who don't have Norwegian as their first language?"),
    t("B", "Terrible at first. The course was two hours in Norwegian, very fast, with a guy from the supplier. Half of us understood half. Then Gro from the kommune made videos with subtitles.",
      e=["P:Gro"], k=["two hours"]),
    t("A", "Gro is a hero.", e=["P:Gro"]),
    t("D", "The videos helped me a lot. I watch them on the bus from Sandvika.", e=["L:Sandvika"]),
    t("C", "And honestly, being Swedish, I thought I'd understand everything. But the system words, 'tilsynsrunde', 'hendelseslogg', I had to google them too.",
      k=["google"]),
    t("I", "What would you change if you could?"),
    t("B", "A button that says 'towel'. (laughter)"),
    t("A", "More staff at night, to be serious. Technology helps, but it doesn't replace hands."),
    t("I", "Thank you all."),
])

# ---------------------------------------------------------------- P27 (nb, finnmark, focus group)
doc("P27", "nb", group="ABCD", turns=[
    t("I", "Velkommen, alle sammen. Kanskje vi kan starte med en kort presentasjonsrunde?"),
    t("A", "Buorre beaivi. Æ heter Máret, æ jobbe i hjemmetjenesten i Karasjok, Kárášjohka på samisk. Æ snakke samisk med de fleste brukeran, det e jo morsmålet mitt.",
      e=["P:Máret", "L:Karasjok", "L:Kárášjohka"]),
    t("B", "Inga. Æ e helsefagarbeider på sykehjemmet her, og æ e fra Tana opprinnelig, fra Sirma.",
      e=["P:Inga", "L:Tana", "L:Sirma"], k=["helsefagarbeider"]),
    t("C", "Johan Mathis. Æ e sykepleier, og æ e den eneste mannen her, så æ får alle de tekniske oppgavan. (latter)",
      e=["P:Johan Mathis"], k=["sykepleier"]),
    t("D", "Og æ e Trude, æ e leder for helse og omsorg, og æ e den eneste som ikkje snakke samisk flytende. Æ kom fra Alta for tolv år sia.",
      e=["P:Trude", "L:Alta"], k=["tolv år"]),
    t("I", "Hvordan har dere opplevd innføringen av digitalt tilsyn?"),
    t("A", "Det første som skjedde, va at ei av brukeran, ho e nitti, ei ordentlig áhkku, sa at kameraet va et øye som stirre. Ho ville ikkje ha det. Og det forstår æ. For mange av de gamle e det noe med å bli sett på som e... ja, det e ikkje bare personvern, det e noe kulturelt òg.",
      e=["G:nitti"], k=["áhkku", "personvern"]),
    t("C", "Men Máret, du fikk det jo til til slutt, med ho Elle-Marja?",
      e=["P:Máret", "P:Elle-Marja"]),
    t("A", "Ja, fordi vi tok det med familien, på samisk, og fordi vi kalte det noe anna. Vi sa «nattvakt» i stedet for kamera. Og dattera hennes, ho bor i Kautokeino, ho kom hit og satt med henne en hel helg.",
      e=["L:Kautokeino"]),
    t("B", "Og så e det appen. Alt e på norsk. Æ spurte leverandøren om samisk språk, og de sa «ikke i denne versjonen». Det va sist i oktober 2021. Vi venter fortsatt.",
      e=["D:sist i oktober 2021"]),
    t("D", "Æ har tatt det opp med Sametinget og med KS, og vi har skrevet brev. Men det e et lite marked, sier de.",
      e=["O:Sametinget", "O:KS"]),
    t("C", "Lite marked! Vi e jo ikkje så få. (latter)"),
    t("I", "Finnes det situasjoner der teknologien har fungert godt?"),
    t("C", "Ja. Han Ánte, han e fødd i -29, gammel reindriftssame, han bodde alene langt ute mot Lakselv-veien. Om vinteren, når det va førti minus, kunne vi ikkje kjøre ut hver natt. Med sensoren visste vi at han va i senga og at det va varmt i huset. Det va en trygghet for oss, og for sønnen hans, som va på vidda med flokken.",
      e=["P:Ánte", "G:-29", "L:Lakselv"], k=["førti minus"]),
    t("B", "Og Ánte kalte sensoren for «guovža», bjørnen, fordi den alltid va våken. (latter)",
      e=["P:Ánte"]),
    t("A", "Det e typisk han."),
    t("I", "Hva tenker dere om framtida?"),
    t("D", "At vi må ha samisk språk i alle systemer. Ellers blir teknologien en ny form for fornorsking. Det høres dramatisk ut, men det e sånn det oppleves."),
    t("A", "Enig. Og at vi får være med å bestemme, ikkje bare få ferdige løsninger fra sør."),
    t("I", "Tusen takk, alle sammen. Giitu."),
])

# ---------------------------------------------------------------- P28 (nb, speech-to-text, focus group)
doc("P28", "nb", group="ABC", stt=True, turns=[
    t("I", "ok da er vi i gang velkommen alle tre kan dere si navn og rolle"),
    t("A", "ja jeg heter bente jeg er enhetsleder for hjemmetjenesten på byåsen i trondheim kommune",
      e=["P:bente", "L:byåsen", "O:trondheim kommune"], k=["enhetsleder"]),
    t("B", "ole-martin jeg jobber på it i kommunen i seksjon for velferdsteknologi og er prosjektleder for digitalt tilsyn",
      e=["P:ole-martin"]),
    t("C", "og jeg er farah jeg er sykepleier og super bruker på heimdal og jeg er opprinnelig fra pakistan men vokste opp på saupstad",
      e=["P:farah", "L:heimdal", "L:pakistan", "L:saupstad"], k=["sykepleier", "super bruker"]),
    t("I", "hvordan startet prosjektet"),
    t("B", "vi startet med en pilot med tolv brukere på byåsen for et par år siden og så ble det utvidet til hele byen første mars i fjor og leverandøren er vaktsom as de har kontor på lade",
      e=["L:byåsen", "D:første mars", "O:vaktsom as", "L:lade"], k=["tolv brukere"]),
    t("A", "og det var litt kaotisk i starten ole-martin du husker jo", e=["P:ole-martin"]),
    t("B", "ja jeg husker det veldig godt haha"),
    t("C", "det var kaotisk vi fikk alarmer for katter og for gardiner som blåste og en natt fikk vi alarm fordi en bruker hadde lagt en stor bamse i senga og sensoren trodde det var et menneske som lå på gulvet"),
    t("A", "bamsen til fru haugen ja", e=["P:haugen"]),
    t("C", "ja bamsen til fru haugen hun er sånn nittifem og elsker den bamsen vi kan ikke ta den fra henne så vi måtte justere sonen",
      e=["P:haugen", "G:nittifem"]),
    t("I", "hvordan har dere håndtert samtykke"),
    t("A", "det er vedtak etter helse og omsorgs tjeneste loven og vi har snakket med alle pårørende men noen har vært veldig kritiske en sønn han er advokat han sendte brev med kopi til statsforvalteren",
      e=["O:statsforvalteren"], k=["helse og omsorgs tjeneste loven"]),
    t("B", "og det var faktisk bra for da fikk vi gått gjennom rutinene ordentlig"),
    t("C", "men det tok mye tid fra oss på gulvet"),
    t("I", "er det noe dere vil legge til"),
    t("B", "bare at hvis andre kommuner vil vite mer så kan de sende meg en mail ole martin punktum ness at trondheim punktum kommune punktum no",
      e=["E:ole martin punktum ness at trondheim punktum kommune punktum no"]),
    t("A", "og husk at det er folk det handler om ikke sensorer"),
    t("I", "tusen takk alle sammen"),
])

# ---------------------------------------------------------------- P29 (nb, gudbrandsdalsk, focus group)
doc("P29", "nb", group="ABCD", turns=[
    t("I", "Velkommen til dere alle. Dere er alle pårørende til noen som bruker velferdsteknologi. Kan vi starte med en runde?"),
    t("A", "Ja, e heiter Kjellaug, og mor mi, ho e åttifire, bur åleine i Heidal. Ho har GPS og dørsensor. E bur sjøl på Otta, så e e itte langt unna, men langt nok.",
      e=["P:Kjellaug", "G:åttifire", "L:Heidal", "L:Otta"]),
    t("B", "Asbjørn. Far min bur på Otta omsorgssenter no, men før det hadde han digitalt tilsyn heime i Vågå i nesten to år.",
      e=["P:Asbjørn", "O:Otta omsorgssenter", "L:Vågå"], k=["nesten to år"]),
    t("C", "E e Rose. Ja, det e mitt ekte namn. (latter) Mannen min, Dag, ha Parkinson og demens, og vi har fått fallalarm og komfyrvakt.",
      e=["P:Rose", "P:Dag"], k=["Parkinson", "demens"]),
    t("D", "Og e e Stein, e e svigersonen til ei som bur i Lom. Ho e nittisju.",
      e=["P:Stein", "L:Lom", "G:nittisju"]),
    t("I", "Hva var det som gjorde at dere takket ja til teknologien?"),
    t("A", "For min del va det at mor gjekk seg bort. 7. juni i fjor, ho skulle på butikken og enda opp på ein seter to mil unna. Ho hadde gått i fem timar. Nokon turistar fann ho. Etter det sa e ja til alt.",
      e=["D:7. juni"], k=["to mil", "fem timar"]),
    t("C", "Å, Kjellaug, det hugsar e. Det sto i GD.", e=["P:Kjellaug", "O:GD"]),
    t("A", "Ja, det sto i avisa. Mor syntes det va stas. (latter)"),
    t("B", "For oss va det meir snikande. Far vart meir og meir forvirra, og heimetenesta kunne itte vere der heile natta. Så kom dei med kamera. E va skeptisk, e tenkte: skal kommunen sjå på far min når han søv? Men etter kvart... ja, e vart roligare."),
    t("D", "E e framleis skeptisk, e. Svigermor veit itte kva det e for noko som heng på veggen. Ho trur det e ein røykvarslar."),
    t("C", "Men Stein, e ho itte tryggare no?", e=["P:Stein"]),
    t("D", "Jo, kanskje. Men vi har aldri spurt ho. Det e det som plagar meg."),
    t("I", "Hvordan opplever dere kontakten med kommunen?"),
    t("B", "Bra, stort sett. Vi har ein kontaktperson, Turid, som ringer viss det skjer noko. Ho har gitt oss eit direktenummer, 61 23 07 95, og det e gull.",
      e=["P:Turid", "T:61 23 07 95"], k=["gull"]),
    t("A", "E fekk itte noko nummer! Kvifor fekk du nummer, Asbjørn?", e=["P:Asbjørn"]),
    t("B", "Fordi e mast. (latter)"),
    t("C", "Det e det som gjeld her i dalen. Den som mase, får."),
    t("I", "Takk alle sammen for at dere delte."),
])

# ---------------------------------------------------------------- P30 (en, focus group)
doc("P30", "en", group="ABCD", turns=[
    t("I", "Thanks for coming, all four of you. Since Tomas and Frederik prefer English, we'll run this in English. Could you introduce yourselves?",
      e=["P:Tomas", "P:Frederik"]),
    t("A", "Tomas Kazlauskas, GP at Notodden legesenter, originally from Vilnius. I've been here nine years.",
      e=["P:Tomas Kazlauskas", "O:Notodden legesenter", "L:Vilnius"], k=["nine years"]),
    t("B", "Frederik, municipal psychologist, from Copenhagen, but I've lived in Telemark so long my Danish is getting rusty. I work mostly with adults, mild to moderate, and I do a lot of video sessions with people up in Rjukan.",
      e=["P:Frederik", "L:Copenhagen", "L:Telemark", "L:Rjukan"], k=["mild to moderate"]),
    t("C", "I'm Siri, I work in rus og psykisk helse, follow-up in people's homes. Born and raised in Notodden.",
      e=["P:Siri", "L:Notodden"], k=["rus og psykisk helse"]),
    t("D", "Amina, helsesykepleier at the youth health clinic. I grew up here too, my parents came from Somalia.",
      e=["P:Amina", "L:Somalia"], k=["helsesykepleier"]),
    t("I", "What's your experience with digital follow-up?"),
    t("B", "Mixed, but mostly positive for my group. Video lowers the threshold. For someone with social anxiety, getting on the bus to the office is already the therapy goal, you know."),
    t("C", "But for my people, Frederik, the threshold is the phone itself. They lose it, they sell it...",
      e=["P:Frederik"]),
    t("B", "Sure, sure, different populations."),
    t("A", "From the GP side, the problem is the information. I don't see what Frederik writes, he doesn't see what I write. We have different journal systems. And the patient has to tell the story three times.",
      e=["P:Frederik"]),
    t("I", "Can anyone share a concrete situation?"),
    t("C", "There was a young woman, twenty-two, on New Year's Eve 2022, she sent me a message in the app, very late, saying goodbye, basically. And I was not working, I was at a party. I saw it by chance at midnight.",
      e=["G:twenty-two", "D:New Year's Eve 2022"]),
    t("D", "Oh, Siri...", e=["P:Siri"]),
    t("C", "I called 113, and they found her in time. She's doing okay now. But that's the danger, the app makes people think someone is there. At midnight on nyttårsaften, nobody is there.",
      k=["113", "nyttårsaften"]),
    t("A", "We changed the app text after that. Now it says in big letters: this is not monitored outside working hours."),
    t("B", "Which is honest, but also a bit sad."),
    t("I", "How do you coordinate now?"),
    t("D", "We have a monthly meeting, the four services, at the health house in Storgata 12. Tomas comes when he can.",
      e=["A:Storgata 12", "P:Tomas"]),
    t("A", "When I can. (laughs)"),
    t("I", "Thank you all."),
])


# ====================================================================== build
def speaker_id(pid, code):
    if code == "I":
        return "I1"
    if code == "P":
        return pid
    return pid + code


def occurs_as_word(text, turn):
    pat = r"(?<![\w])" + re.escape(text) + r"(?:s|'s|’s)?(?![\w])"
    return re.search(pat, turn) is not None


def main():
    problems, warnings = [], []
    gold = {}
    assert len(DOCS) == 30, len(DOCS)
    for d in DOCS:
        pid, turns = d["pid"], d["turns"]
        fname = pid + ".xml"
        group = d["group"]
        if group:
            parts = [pid + g for g in group]
            head = ('<interview xmlns="%s" id="%s" participant="%s" participants="%s" language="%s">'
                    % (NS, pid, parts[0], " ".join(parts), d["lang"]))
        else:
            parts = [pid]
            head = ('<interview xmlns="%s" id="%s" participant="%s" language="%s">'
                    % (NS, pid, pid, d["lang"]))
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', head, "  <body>"]
        ents, keeps = [], []
        prev = None
        for i, (code, text, e, k) in enumerate(turns):
            spk = speaker_id(pid, code)
            if spk != "I1" and spk not in parts:
                problems.append("%s turn %d: unknown speaker %s" % (pid, i, spk))
            if not group and prev == spk:
                problems.append("%s turn %d: no alternation" % (pid, i))
            prev = spk
            if d["stt"] and text != text.lower():
                problems.append("%s turn %d: upper case in STT" % (pid, i))
            if '"' in text:
                warnings.append("%s turn %d: straight double quote" % (pid, i))
            lines.append('    <turn speaker="%s">%s</turn>' % (spk, escape(text)))
            seen = set()
            for spec in e:
                code2, _, etext = spec.partition(":")
                if code2 not in TY:
                    problems.append("%s turn %d: bad type %r" % (pid, i, spec))
                    continue
                if etext in seen:
                    problems.append("%s turn %d: duplicate %r" % (pid, i, etext))
                seen.add(etext)
                if etext not in text:
                    problems.append("%s turn %d: entity not in turn: %r" % (pid, i, etext))
                elif not occurs_as_word(etext, text):
                    warnings.append("%s turn %d: entity only inside a word: %r" % (pid, i, etext))
                ents.append({"text": etext, "turn": i, "type": TY[code2]})
            for kt in k:
                if kt not in text:
                    problems.append("%s turn %d: keep not in turn: %r" % (pid, i, kt))
                for et in seen:
                    if kt in et or et in kt:
                        problems.append("%s turn %d: keep %r overlaps entity %r" % (pid, i, kt, et))
                keeps.append({"text": kt, "turn": i})
        lines += ["  </body>", "</interview>", ""]
        # consistency: an annotated text that also occurs unannotated in another turn
        by_turn = {}
        for en in ents:
            by_turn.setdefault(en["turn"], set()).add(en["text"])
        alltexts = {en["text"] for en in ents}
        for i, (code, text, e, k) in enumerate(turns):
            for et in alltexts:
                if et in by_turn.get(i, ()):
                    continue
                if occurs_as_word(et, text):
                    covered = any(et in other for other in by_turn.get(i, ()))
                    if not covered:
                        warnings.append("%s turn %d: %r occurs but is not annotated here" % (pid, i, et))
        n_turns = len(turns)
        if not 14 <= n_turns <= 30:
            problems.append("%s: %d turns" % (pid, n_turns))
        if not 12 <= len(ents) <= 20:
            problems.append("%s: %d entities" % (pid, len(ents)))
        if not 5 <= len(keeps) <= 10:
            problems.append("%s: %d keeps" % (pid, len(keeps)))
        xml = "\n".join(lines)
        path = os.path.join(HERE, fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(xml)
        root = ET.parse(path).getroot()
        body = root.find("{%s}body" % NS)
        xturns = body.findall("{%s}turn" % NS)
        if len(xturns) != n_turns:
            problems.append("%s: XML turn count mismatch" % pid)
        for en in ents:
            if en["text"] not in (xturns[en["turn"]].text or ""):
                problems.append("%s: %r not found in parsed XML turn %d" % (pid, en["text"], en["turn"]))
        for kp in keeps:
            if kp["text"] not in (xturns[kp["turn"]].text or ""):
                problems.append("%s: keep %r not in parsed XML turn %d" % (pid, kp["text"], kp["turn"]))
        gold[fname] = {"entities": ents, "keep": keeps}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    # summary
    from collections import Counter
    langs = Counter((d["lang"], d["stt"], bool(d["group"])) for d in DOCS)
    types = Counter(en["type"] for g in gold.values() for en in g["entities"])
    print("files:", len(gold))
    for key, n in sorted(langs.items(), key=str):
        print("  lang=%s stt=%s group=%s: %d" % (key[0], key[1], key[2], n))
    print("entities:", sum(types.values()), dict(sorted(types.items())))
    print("keeps:", sum(len(g["keep"]) for g in gold.values()))
    for d in DOCS:
        g = gold[d["pid"] + ".xml"]
        print("  %s %s turns=%d ents=%d keeps=%d" % (d["pid"], d["lang"], len(d["turns"]), len(g["entities"]), len(g["keep"])))
    for w in warnings:
        print("WARNING:", w)
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
