#!/usr/bin/env python3
"""Generator for the heldout-natural-5 evaluation set (written to /work/heldout-natural-5; Fixtures/anonymization-natural/round5 is a copy) (de-identification).

All transcript text is held literally below.  Identifiers are marked inline as
{type:text} and words that must NOT be treated as identifiers as {k:text}:

    p  person    pl place    a  address   o  org      d  date
    ag age       ph phone    e  email     id id       k  keep

The markup is stripped when the XML is written; gold.json is derived from it.
Run:  python3 generate.py      (writes P01.xml..P30.xml and gold.json, checks them)
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "urn:thematic:interview:1"
TYPES = {"p": "person", "pl": "place", "a": "address", "o": "org", "d": "date",
         "ag": "age", "ph": "phone", "e": "email", "id": "id", "k": "keep"}
MARK = re.compile(r"\{(p|pl|a|o|d|ag|ph|e|id|k):([^{}]+)\}")
LINE = re.compile(r"^(I1|P\d\d[A-E]?): (.+)$")

TRANSCRIPTS = []  # (pid, lang, register, script)


def add(pid, lang, register, script):
    TRANSCRIPTS.append((pid, lang, register, script))

# ---------------------------------------------------------------- P01
add("P01", "en", "English (Polish care worker)", r"""
I1: Thank you for taking the time, {p:Agnieszka}. Before we get to the technology, could you tell me a bit about your job?
P01: Yes, of course. So I am helsefagarbeider in hjemmetjenesten, the home care, in {pl:Kongsberg}, in the north zone as we call it. I came from {pl:Wrocław} when my son was small, first I was cleaning at a hotel, then I took the fagbrev. Now I have maybe eighteen, twenty patients on a day shift. Many of them have the {k:Evondos} machine, the medicine robot, so I am the one they call when it is peeping.
I1: Peeping?
P01: Beeping, sorry! Pipe, in Norwegian. It beeps when the patient doesn't take the little bag out. There is one man, can I say his first name? {p:Olav}. He lives alone up in {pl:Saggrenda}, {ag:ninety-one years}, very proud man. He has had the machine since last winter. In the beginning every morning alarm, alarm, alarm, because he was already outside feeding the birds at six and the machine gives the dose at {k:half past seven}. So we changed the time in the system, and then it was better.
I1: Who changed the time, you or someone else?
P01: Not me, I don't have the rights in the portal. It's {p:Tor-Erik}, he is the superbruker for us. Or {p:Siv} when {p:Tor-Erik} is off in the weekend. You send him a message in {k:Gerica} or you call him on {ph:482 17 305}, everybody has this number on a yellow note in the car. He is very patient, he never says "you should know this already".
I1: You mentioned the car. Is it a lot of driving?
P01: Oh, a lot. We have the small electric ones, white, with the kommune logo. Mine is usually {id:EL 41672}, I know because the seat is broken, it goes down slowly while you drive, haha. Last winter, {d:the twelfth of January} — I remember because it's my son's birthday — there was so much snow, and I got the alarm from {p:Olav}'s machine and I could not go up the hill to his house. I called {p:Marta}, she is also from {pl:Poland}, she had the car with chains. We went together. He was sitting in the kitchen, fine, he just forgot. But if he was on the floor? This is what I think about.
I1: How did that make you feel?
P01: Honestly? Stressed. Because the machine only tells us he didn't take the medicine. It doesn't tell us if he fell. He has a trygghetsalarm also, the red button on the wrist, but he takes it off when he showers, like everybody does. His daughter {p:Ragnhild}, she lives in {pl:Drammen}, she wanted a fall sensor too, on the ceiling. We wrote it in the plan, but the kommune said there is a waiting list.
I1: Were you in contact with the daughter yourself?
P01: Many times. She calls the office, or she calls me on the work phone, I gave her the number, maybe I should not. She is nice but very worried. Once she sent a long e-mail to our leader, {p:Hege Brattlie}, {e:hege.brattlie@kongsberg.kommune.no}, with copy to me, with {k:eleven points} what is wrong. And some of them were right! Point four, that the machine was hanging too high on the wall for him, he has the shoulder problem. We moved it.
I1: Let's talk about training. How did you learn to use the dispenser?
P01: A course, one day. Not in the town hall, they were renovating, so it was in the parish hall at {o:Vestsiden kirke}. A man from the supplier, {o:Medisync Norge AS}, came with a big box. Everything in Norwegian, fast fast, and some Swedish words, I think he was Swedish. I understood maybe {k:sixty percent}. After, {p:Tor-Erik} made a little video on his phone, half Polish, half Norwegian, for me and {p:Marta}. That was the real course, haha.
I1: Is language an issue with the technology more generally?
P01: The machines are okay, they speak with pictures, lights. The problem is the documentation. In {k:Gerica} I write "pasienten tok ikke medisin kl. 07.30, ringte datter", and that is fine. But when something big happens, avvik, I need to write long and I am afraid the words are wrong. My colleague {p:Line} helps me, she reads it before I send. {p:Line Aasheim}, she has been there since forever, {k:thirty years} or something.
I1: Has anything changed for {p:Olav} since the sensor discussion?
P01: Yes, finally! They installed it on a Tuesday, {d:6th of March}. A man came from the firm with a ladder. Now if {p:Olav} falls in the living room we get the alarm on the phone directly, with his name and the address, {a:Gamle Saggrendvei 9}. But the bathroom is not covered. So. I still worry, but less.
I1: If you could decide, what would you change?
P01: More time. Not more machines. The machines are good, I am not against them, I like the tablet. But every alarm is ten minutes driving, and when you have {p:Olav} and then Mrs. {p:Kristoffersen} in {pl:Jondalen} at the same time... Before {k:jul} we had three alarms at once and only me and {p:Marta} on the road. You cannot be in two places.
I1: Is there anything else you'd like to add?
P01: Maybe one thing. Please don't write that the kommune is bad. They try. {p:Hege} fights for us in the meetings. It's just — the project people come with the new things, the GPS, the sensors, and then they are gone after the pilot, and we are left with the peeping. Beeping!
I1: Thank you, that's been really helpful.
P01: You're welcome. If you need more, you can call me, my private is {ph:9 3 8 4 0 2 1 7}, but after four, please, not when I'm driving.
""")

# ---------------------------------------------------------------- P02
add("P02", "nb", "bokmål, Bergen dialect (home-care nurse, superbruker)", r"""
I1: Da er opptakeren på. Kan du begynne med å fortelle hva du gjør til vanlig?
P02: Ja. Eg er sykepleier i {o:Årstad hjemmetjeneste}, altså hjemmesykepleien her i {pl:Bergen}, og så er eg superbruker på velferdsteknologi. Det betyr i praksis at når noe piper, så ringer dokker meg. Eller, ikkje dokker, men kollegaene. Haha. Eg har holdt på med det siden vi fikk de første GPS-ene, det må være fire–fem år siden.
I1: Kan du fortelle om en situasjon der GPS-en ble brukt?
P02: Ja, det er jo han ene som alle på kontoret husker. Eg kan kalle han {p:Arnfinn}, det er hans ekte fornavn, men det går vel greit? Han var født i {ag:-34}, tidligere maskinist, og han hadde {k:Alzheimer}. Bodde i {pl:Solheimsviken}, i en liten leilighet i {a:Kanalveien 41}, helt alene etter at kona døde. Og han gikk. Han gikk HELE tiden. Det var liksom sånn at kroppen husket veien ned til verftet, selv om verftet har vært nedlagt i {k:tredve år}.
I1: Hvordan fungerte det med klokka?
P02: Det funket... for det meste. Han hadde den {k:GPS-klokka} fra {o:Lokaliser Nord AS}. Den sendte varsel når han gikk ut av sonen, og sonen var tegnet sånn ca. fra {pl:Fløen} til kirken. Problemet var at varselet gikk til en telefon som lå i en skuff på kontoret! Ingen visste det. Det var hu {p:Mona} som fant det ut, {p:Mona Sæle}, hun jobber natt, og hu hørte at det surret i skuffen.
I1: (ler) Når var dette?
P02: Det var like før {k:påske}, {d:14. mars}, eller, nei, vent. Det var {d:den 13.}, for det var den mandagen... Ja, {d:mandag 13. mars}. Og da var han allerede på {pl:Nordnes}. I joggesko og pysjamas. I mars! Han hadde gått over brua og stod nede ved akvariet og snakket med en kar som fisket.
I1: Hvordan ble han funnet?
P02: {p:Mona} ringte meg. Eg hadde vakttelefonen den uka, {ph:932 05 118} — det er et nummer som går på rundgang, det er ikkje mitt private. Og eg så på kartet i appen at prikken stod ved {o:Akvariet i Bergen}. Så ringte eg sønnen, {p:Geir}, som bor på {pl:Laksevåg}, det er jo rett over, og han kjørte bort. Han kom dit før oss. Og {p:Arnfinn} sa bare "næmmen, {p:Geir}, ska du og fiske?". Haha. Eg får fortsatt litt klump i halsen.
I1: Hva skjedde etterpå, i systemet?
P02: Da skrev vi avvik, selvfølgelig. Det fikk nummer {id:AV-2023-0417} i kvalitetssystemet, eg husker det fordi eg måtte følge det opp i månedsvis. Og så ble det møte med {p:Geir} og fastlegen, doktor {p:Sandvik} på {o:Minde legesenter}. Og vi fant ut at varslene skulle gå til trygghetssentralen i stedet, ikkje til en skuff.
I1: Hvordan opplevde de andre ansatte den klokka?
P02: Blanda. Noen var kjempepositive. Andre syntes det var overvåking, at vi sporet en gammel mann som en hund. {p:Synnøve} på teamet mitt — hu er tillitsvalgt — hu tok det opp på personalmøtet, og det var faktisk bra, for da fikk vi snakket om samtykke. For {p:Arnfinn} kunne jo ikkje samtykke sånn egentlig. Det var {p:Geir} og vi som bestemte, og det ble et vedtak etter pasient- og brukerrettighetsloven kapittel {k:4A}.
I1: Hvis du tenker på opplæringen, hvordan var den?
P02: Ehm, altså... Det var et {k:Teams}-møte. En time. Med en fra leverandøren som satt i {pl:Trondheim} og delte skjermen sin, og halve tiden hang lyden. Så eg har lært meg det meste sjøl, ved å prøve og feile. Og så har eg laget en sånn perm. Den står i hylla på vaktrommet på {pl:Kronstad}-basen, full av gule lapper.
I1: Hva står på lappene?
P02: Alt mulig. Passord til ruteren i bilen. Hvordan man lader klokkene. Og nummeret til {p:Kjetil} på IT i kommunen, {ph:55 56 71 20}, for han er den eneste som svarer. Og en lapp der det står "IKKJE legg vakttelefonen i skuffen", med store bokstaver, haha, det var {p:Mona} som skrev den.
I1: Lever {p:Arnfinn} fortsatt?
P02: Nei. Han fikk plass på {o:Fyllingsdalen sykehjem}... nei, det var {o:Ytrebygda sykehjem}, eg blander dem. Han flyttet inn {d:1. september 2023}, og døde bare et par måneder etter, rett før {k:jul}. Stille og fredelig, sa de.
I1: Det var trist å høre. Hva tar du med deg fra den saken?
P02: At teknologien er ikkje bedre enn rutinene rundt den. Klokka virket. Det var vi som ikkje virket, den dagen. Og at pårørende er {k:gull}. Uten {p:Geir} hadde det gått mye verre. Han sendte oss forresten en kake etterpå, med marsipan, og et kort til "jentene på {pl:Kronstad}". Det henger fortsatt på kjøleskapet.
I1: Er det noe du vil legge til før vi avslutter?
P02: Bare at hvis dokker skriver om dette, så må dokker ikkje gjøre oss til helter eller skurker. Vi er bare folk som prøver. Og at eg heter {p:Therese}, men alle kaller meg {p:Tessa}, så hvis noen spør etter {p:Tessa} på {o:Årstad hjemmetjeneste}, så er det meg. Haha, det skulle eg kanskje ikkje sagt på bånd.
""")

# ---------------------------------------------------------------- P03
add("P03", "nn", "nynorsk (occupational therapist, Sogn)", r"""
I1: Velkomen, {p:Sigrid}. Kan du starte med å seie litt om kven du er og kva du jobbar med?
P03: Ja, eg er ergoterapeut i {o:Sogndal kommune}, har vore her sidan eg kom heim frå utdanninga. Eg jobbar mest med hjelpemiddel og tilrettelegging i heimen, og dei siste åra har det blitt meir og meir velferdsteknologi. Sensorar, dørvarslarar, sengematter, alt det der. Eg er liksom den som reiser rundt og monterer og forklarar.
I1: Korleis ser ein vanleg dag ut?
P03: Det finst ikkje vanlege dagar, ha-ha. Men i dag til dømes: eg starta på kontoret på {o:Sogndal helsesenter}, så køyrde eg ut til {pl:Kaupanger} for å sjå på eit bad, så hadde eg eit møte på {k:Teams} med prosjektgruppa, og no sit eg her med deg. I ettermiddag skal eg langt inn i fjorden, det er nesten ein time kvar veg.
I1: Kan du fortelje om ein brukar der sensorane har gjort ein skilnad?
P03: Ja. Det er ei dame, eg kallar ho berre {p:Borghild}, det er namnet hennar, ho er {ag:åttisju år} og bur åleine på garden {pl:Øvre Tjugum}, litt oppe i lia. Ho har {k:Parkinson} og har falle fleire gonger. Den verste gongen låg ho på kjøkkengolvet heile natta, frå ein gong på kvelden til heimesjukepleia kom klokka åtte. Det var {d:1. juledag 2020}. Eg hugsar det fordi eg fekk telefonen medan eg sat og åt pinnekjøt.
I1: Kva gjorde de etter det?
P03: Me sette opp ein fallsensor i taket på kjøkkenet og på soverommet, og ei sengematte som varslar viss ho ikkje er tilbake i senga innan {k:tjue minutt}. Det var heilt nytt for oss då, me hadde berre prøvd det på sjukeheimen før. Leverandøren var {o:Vestlandsalarm AS}, dei har kontor i {pl:Førde}. Ein kar der, {p:Ask} — han heiter faktisk {p:Ask}, {p:Ask Hovland} — kom og hjelpte meg. Me brukte heile dagen.
I1: Korleis tok {p:Borghild} imot det?
P03: Ho var skeptisk. "Skal de sjå på meg no?" sa ho. Og det skjønar eg godt. Så me brukte mykje tid på å forklare at det ikkje er kamera, berre ein slags radar som ser om det ligg nokon på golvet. Dottera hennar, {p:Gunvor}, var med på det møtet, og ho var viktig. Ho sa "mor, anten dette eller sjukeheimen". Det var litt hardt, men det verka.
I1: Har sensoren varsla sidan?
P03: Ja, to gonger på ekte, og mange falske. Ein gong var det {k:storm} og straumen gjekk, og då pipa alt. Den eine gongen på ekte hadde ho glidd på badet, og heimesjukepleia var der på tolv minutt. Det var {p:Senait} som køyrde, ho er frå {pl:Eritrea} og har jobba her i {k:fem år}, og ho er heilt fantastisk med {p:Borghild}. Dei pratar om kaffi, for {p:Borghild} har aldri smakt så god kaffi som den {p:Senait} lagar.
I1: Kva med sjølve installasjonen, kva er vanskeleg der?
P03: Nettet. Dekninga. Oppe på {pl:Øvre Tjugum} er det dårleg mobilnett, så me måtte setje opp ein ekstra ruter. Og det måtte godkjennast av IT, som er felles med {pl:Luster} og {pl:Leikanger}... nei, {pl:Leikanger} er jo ein del av {pl:Sogndal} no, det er {pl:Luster} og {pl:Aurland}. Det tok tre veker å få svar. Saka hennar hadde nummer {id:2021/1184}, eg hugsar det fordi eg måtte purre så mange gonger.
I1: Kven ringjer du når noko ikkje fungerer?
P03: Først {p:Ask} i {pl:Førde}, direkte, {ph:478 80 213}. Det er eigentleg ikkje meininga, me skal gå gjennom kundesenteret, men han svarar. Og om det gjeld nettverket, så er det {p:Rune} på IT, {e:rune.lidal@sogndal.kommune.no}. Han er litt treig, men grundig.
I1: Korleis er samarbeidet med heimesjukepleia?
P03: Godt, stort sett. Men dei har så mykje å gjere. Dei kjem ut, ser på sensoren, og tenkjer "det er ergoterapeuten sin greie". Eg prøver å lære opp ein ressursperson på kvar sone. I {pl:Kaupanger} er det {p:Eli}, {p:Eli Thue}, og ho er superflink. I sentrum har me ikkje nokon enno, etter at {p:Vår} slutta. Ja, ho heiter {p:Vår}, {p:Vår Nygård}, ho flytta til {pl:Oslo} i fjor.
I1: Kva tenkjer du om framtida for dette feltet?
P03: Eg trur det kjem meir, ikkje mindre. Men eg er redd for at me gløymer det menneskelege. Sensoren kan seie at nokon ligg på golvet, men han kan ikkje halde nokon i handa. Og {k:per i dag} er det eigentleg ingen som har ansvar for å sjå heilskapen.
I1: Er det noko du vil leggje til?
P03: Berre at {p:Borghild} fyller {ag:åtteogåtti} til sommaren, og ho har bede meg i selskapet. Så eg må vel det. Ha-ha. Det seier kanskje noko om kor nært ein kjem folk i denne jobben.
I1: Takk skal du ha.
P03: Takk sjølv.
""")
# ---------------------------------------------------------------- P04
add("P04", "en", "English (Filipino night nurse)", r"""
I1: So, {p:Maricel} — is it okay if I call you {p:Maricel}?
P04: Yes, or {p:Cel}, everybody at work calls me {p:Cel}. Only my mother calls me {p:Maricel}, and when she does I know I am in trouble.
I1: (laughs) Tell me how you ended up in {pl:Ålesund}.
P04: Long story! I finished nursing in {pl:Iloilo}, then I worked four years in a hospital in {pl:Riyadh}, then an agency brought a group of us to {pl:Norway}. First we were au pair, can you imagine, a nurse as au pair, in {pl:Bærum}, with a family with three boys. Then Norwegian course, then authorisation from {o:Helsedirektoratet}, that took almost two years. And then I got the job here at {o:Hessestranda}, on the night team. Now it is six years.
I1: You work nights. What is the technology like at night?
P04: At night we are three people for {k:forty-four residents}, two floors. So we have the digital tilsyn — the camera supervision, but it's not really a camera, it's more like a sensor that makes a... like a stick figure. {k:Roommate}, the system is called. On the screen in the vaktrom you see the room, and if someone sits up on the edge of the bed it makes a sound and shows yellow. If they are on the floor, red.
I1: Can you tell me about a night that stands out?
P04: There was one night, {d:the 3rd of May}, I remember because it was the day after my birthday and I was tired, haha. Room {id:214}. A lady in her {ag:late eighties}, Mrs. {p:Heggdal}, she has dementia and she is always trying to go "home to the farm" on {pl:Valderøya}. The screen showed yellow, yellow, yellow, many times, and I was with another resident, changing. My colleague {p:Bo} was on the other floor. When I came, she was already standing by the window trying to open it. Second floor. I get goosebumps now.
I1: What happened then?
P04: Nothing bad, thank God. I took her hand and we talked about cows. She had cows, she had names for all of them. We sat maybe half an hour. But after that night I wrote avvik, because the sound in the vaktrom is too low and you cannot hear it from the corridor. The leader, {k:sykepleier} {p:Frank} — {p:Frank Liavåg} — he was good, he took it seriously, he called the supplier the next morning.
I1: Did it get fixed?
P04: They gave us a pager thing. A small phone on the belt that vibrates. Better. But the battery is bad, and at four in the morning it's dead. Haha. So we charge it in the middle of the night, and when it's charging you don't have it on you. {p:Bo} made a system with two, one charging, one on the belt. {p:Bo} is very practical, he's Swedish, from {pl:Umeå}, he fixes everything.
I1: How do the residents' families react to this kind of supervision?
P04: Mixed. Some are very happy, they feel their mother is safe. Some think we are watching them like {k:Big Brother}. The son of Mrs. {p:Heggdal}, he is a lawyer in {pl:Oslo}, he wanted to see the written consent. Everything. He sent emails with paragraphs. But then after the window story he called me, directly, he said "thank you, {p:Cel}". That was nice. Now he sends a {k:Christmas} card to the night team.
I1: Do you feel the technology replaces anything?
P04: It doesn't replace a person. It can tell you someone is on the floor, it cannot tell you why she is sad. On nights I do my round anyway, {k:every two hours}, even if the screen is green. My Norwegian colleagues sometimes say "{p:Cel}, you don't need to, the system will tell you". But in the {pl:Philippines} we learned to look at the patient, not the machine. Maybe I'm old-fashioned.
I1: Are there things in the system that are hard to understand, language-wise?
P04: The manual is only in Norwegian, and it's nynorsk! Because the kommune writes nynorsk. I learned bokmål in the course, and then I come here and everything is "ikkje" and "kva". I called my friend {p:Jocelyn}, she works in {pl:Bergen}, and she laughed, she said "welcome to {pl:Vestlandet}".
I1: Is there a superbruker on your team?
P04: Yes, on day shift, {p:Ruth}. {p:Ruth Kvalsund}. She is from {pl:Hareid}. She is the one who knows the system, and she made a laminated paper for the night team. But at night we are alone, so we call the vakttelefon of the supplier, and sometimes you wait twenty minutes. I have the internal number of {p:Ruth}'s office, {ph:4471}, but at night nobody is there, so.
I1: What would you say to the leadership if you could?
P04: More people at night. And the screen should be bigger. And maybe ask us, the night people, before they buy the next thing. The project group had meetings at ten in the morning, when we are sleeping! Nobody from the night team was there. Only on {d:the 30th}, the last meeting, they invited us to see the result. Thank you very much. Haha.
I1: That's a very clear message. Anything else?
P04: No, I think that's all. Oh — if you want to talk with {p:Bo} also, he said okay, his number is {ph:plus four seven, nine nine one, three two, four five six}. Tell him {p:Cel} sent you.
""")

# ---------------------------------------------------------------- P05
add("P05", "nb", "bokmål, Trøndelag dialect (district leader)", r"""
I1: Hei, {p:Jørn}. Takk for at du ville være med. Kan du si litt om rollen din?
P05: Ja, æ e enhetsleder for hjemmetjenesten i {o:Orkland kommune}, sone sør, så det e {pl:Meldal} og {pl:Løkken} og oppover dær. Æ har vært leder i snart ni år, men æ begynte som vanlig sykepleier på {o:Meldal helsetun} i sin tid. Så æ kjenne jo... ja, æ kjenne de fleste pasientan, egentlig. Det e både en fordel og en ulempe.
I1: Hvordan kom dere i gang med velferdsteknologi?
P05: Det va sammenslåinga. Når {pl:Orkdal}, {pl:Meldal}, {pl:Agdenes} og en bit av {pl:Snillfjord} ble slått sammen, da fikk vi plutselig fire forskjellige systemer for trygghetsalarm og to forskjellige journalsystem. Så det va jo kaos. Og så kom det et prosjekt, med statlige midler, og da ble det bestemt at vi sku ta inn medisindispensera i hele kommunen samtidig. Æ syns det va litt for fort, ærlig talt.
I1: Kan du fortelle om innkjøpet?
P05: Ja, herregud. Det va ho {p:Liv} på innkjøp som dro det, {p:Liv Brekken}, og ho e kjempeflink, men ho hadd aldri sett en dispenser. Vi hadd en anbudskonkurranse, og det va to tilbydera igjen på slutten. Den ene va {o:Doseringspartner Norden AB}, fra {pl:Sverige}, den andre va et norsk firma. Og svenskan vant på pris. Kontrakten ble signert {d:sist i oktober 2021}, og så sku alt være i drift fra nyttår. Itj realistisk, nei.
I1: Hva skjedde da?
P05: Jo, første leveranse kom itj før i {k:februar}, og da va halvparten feil konfigurert. Det sto svensk på skjermen! «Ta din medicin nu». Haha. Pasientan trudd det va noe tull. Ei dame på {pl:Svorkmo}, ho {p:Magnhild}, ho ringte mæ på privaten og sa "{p:Jørn}, æ forstår itj ka den maskina vil mæ". Og da hadd ho rett, altså.
I1: Hvordan løste dere det?
P05: {p:Stein}, prosjektlederen, han kjørte rundt sjøl med en PC i fanget og konfigurerte om alle sammen. {k:Førti-tre} dispensera på tre uker. Han bodde nesten i bilen, {id:VH 20815}, den grå Toyotaen, alle visste at når den sto utafor, så va det {p:Stein}. Vi kalle han {p:Steinen}, fordi han e så stabil. Haha, det e litt internhumor.
I1: Hvordan har det gått med pasientene over tid?
P05: Bedre enn æ trudd, egentlig. Vi har mindre feilmedisinering, det ser vi i avvikssystemet. Og vi spare kjøring, spesielt i helgan. Men det e en del som itj passe. Han {p:Oddvar} oppi {pl:Resdalen}, {ag:nittitre år}, hadd dispenser i fjorten dager og så kasta han den i søppelkassa. Bokstavelig talt. Hainn sa at hainn itj ville ha en robot som bestemte over han. Og det må vi jo respektere.
I1: Hvordan var samarbeidet med IT?
P05: IT sitt på {pl:Orkanger}, og de e flinke, men de e få. {p:Dag} e den som kan integrasjonen mellom dispenserportalen og {k:CosDoc}... eller, vi bytta til {k:Profil}, ja... nei, vi har {k:CosDoc}. Æ blir så forvirra. Poenget e at {p:Dag} e den eneste, og når {p:Dag} har ferie, så stoppe alt. Vi hadd et stort problem {d:tirsdag 4. april} i fjor, integrasjonen falt ned, og {p:Dag} va i syden på ferie. Vi ringte han der. Han fiksa det fra bassengkanten.
I1: Hvordan involverer dere de ansatte i sånne prosesser?
P05: Vi har ressurspersona på hver base. På {pl:Løkken} e det {p:Kine} og {p:Tone Marie}... {p:Tone Marie Kvernmo}, ho har vært med fra starten. De får to timer {k:per uke} fritatt fra vanlig drift, og så har vi møte en gang i måneden. Men æ ska være ærlig: de to timan forsvinn ofte, fordi det e sjukdom og vi mangle folk. Det e det største problemet, egentlig. Itj teknologien. Folk.
I1: Har dere en oversikt over hvem som har hva?
P05: Ja, i et regneark, som ligg på {k:Teams}. Med navn og adresse og serienummer på dispenseren. Æ veit at det itj e heilt etter boka, personvernmessig, og vi har fått beskjed om å flytte det inn i fagsystemet. Ei av de første på lista e {p:Magnhild}, {a:Svorkmoveien 112, 7327 Svorkmo}... æ ska itj si mer. Haha.
I1: Hva er din viktigste lærdom?
P05: At man må ta det i den takten folka klare. Og at leverandøran må snakke norsk. Og at man må ha flere enn én {p:Dag}. Haha. Nei, men seriøst: teknologien e et verktøy. Det e itj sånn at den løse bemanningskrisa. Det sa æ til rådmannen også, {p:Eriksen}, på et møte {d:6/5-23}, og han va itj så glad for å høre det.
I1: Takk for praten.
P05: Bare hyggelig. Ring om det e noe, {ph:72 48 03 91} e direktenummeret mitt på kontoret.
""")
# ---------------------------------------------------------------- P06
add("P06", "en", "speech-to-text, English (Eritrean home-care worker)", r"""
I1: okay so it's recording now {p:semhar} thank you for coming
P06: yes no problem thank you for inviting me
I1: can you start by telling me a bit about your work
P06: yes so i work in home care in {pl:fredrikstad} we say hjemmetjenesten i am in the team for {pl:kråkerøy} and the islands it is maybe {k:three years} now before that i was at the nursing home in {pl:gamlebyen} for one year as vikar and before that norwegian school you know introduksjonsprogrammet i came from {pl:eritrea} from {pl:asmara} but the way was long through {pl:sudan} and {pl:libya} and the sea it was a long way
I1: and what kind of technology do you use in your daily work
P06: many things the phone first of all we have the app for the list and the journal it's called jerry car no {k:gerica} sorry and the key box the digital key so we open the door with the phone and then the trygghets alarm the red button and some patients have the medicine machine and some have the gps
I1: can you tell me about a time the alarm was important
P06: yes there was one lady fru {p:berg} she is {ag:ninety eight} now i think she was {ag:ninety seven} then she lives alone in a yellow house on {pl:kråkerøy} near the church and one night in {k:november} i had evening shift until ten and the alarm came at {k:nine forty} from her the red button and when i called she didn't answer on the speaker so i drove very fast and she was on the floor in the bathroom between the toilet and the wall
I1: that sounds frightening
P06: it was but you know you learn to be calm in the moment and afterwards you shake so i called {k:one one three} and they asked me the personnummer and i had to find it in the app with my hands shaking it was {id:two nine zero one two five} and then the five last numbers i don't remember now and the ambulance came from {pl:kalnes} {o:sykehuset østfold} after maybe {k:twenty five minutes}
I1: what happened with her after that
P06: she was in hospital for one week with the hip and then she came home again she is very strong she said {p:semhar} i will die in my own house not in the hospital and her son he lives in {pl:oslo} he came and he was angry at first not at me but at the system why didn't she have the fall sensor and i said you have to ask the kommune and then he wrote to the newspaper {o:fredriksstad blad}
I1: did anything change after the letter
P06: yes they put the sensor in the bathroom after one month a man from the company came {o:trygghetspartner} i think and my leader {p:kari anne} she called me to the office and said you did good {p:semhar} that made me happy because you know sometimes you feel invisible
I1: invisible how
P06: like when you are the one with the accent the patients sometimes ask for the norwegian nurse and my colleagues they are kind but in the meetings they talk very fast and the ones who speak in the meetings are always the same {p:mona} and {p:tor inge} and the leader and i have ideas also but when i find the words the topic is finished
I1: what ideas do you have about the technology
P06: for example the key box the digital lock at mister {p:johansen} on {pl:lisleby} he has a big dog and the lock is on the inside door and the dog is jumping and you cannot use the phone and open at the same time so i said we should move the lock to the garage door it's a small thing but nobody asked me so i told {p:kari anne} directly
I1: and did she listen
P06: yes she said send me email so i wrote to {e:kari anne dot solberg at fredrikstad dot kommune dot no} and she answered the same day and they moved it {d:the thirteenth of january} i remember because it was the same day i took my driving license finally after {k:four tries}
I1: congratulations how is it to drive in the job
P06: scary in winter haha the cars are the small electric ones and on {pl:kråkerøy} the roads are narrow i had one accident small one with the car {id:e l five two three eight one} i hit the mailbox of a lady and she came out in her nightgown and said it's okay it's okay it was already broken so haha norwegians are very nice sometimes
I1: is there anything you would like to say about the training you got
P06: the training was okay for the phone but for the sensors we got nothing i learned from a {k:youtube} video in tigrinya there is a man in {pl:sweden} who makes videos about everything haha and also from {p:tor inge} he is the superbruker he is patient if you ask him twice or three times
I1: okay we are almost at the end is there anything else
P06: maybe only that if you write the report please send it to me also my number is {ph:nine zero eight four four one three two} and i will read it with {k:google translate} if it's too difficult haha
I1: i will thank you so much {p:semhar}
P06: thank you
""")

# ---------------------------------------------------------------- P07
add("P07", "nb", "bokmål, North Norwegian dialect (home-care nurse, Vesterålen)", r"""
I1: Da er vi i gang. Vil du begynne med å si litt om deg selv, {p:Randi}?
P07: Ja, æ heite {p:Randi}, æ e sykepleier i hjemmetjenesten i {pl:Sortland}, og æ har jobba her i {k:trettiett år}, så du kan tenke dæ. Æ e oppvokst på {pl:Holmstad}, heilt innerst i {pl:Eidsfjorden}. Så æ kjenne hver sving på veian her.
I1: Hva slags teknologi har dere tatt i bruk de siste årene?
P07: Ka har vi ikkje tatt i bruk? Haha. Elektroniske dørlåsa, medisindispensera, trygghetsalarma — dem har vi jo hatt lenge — og så nattlig tilsyn med kamera. Det siste e det mest kontroversielle. Vi har sju brukera som har det no, og det e natteteamet i {pl:Sortland} sentrum som sitt og følge med på skjerm, også førr folk ute på {pl:Hadseløya}... nei, ikkje {pl:Hadseløya}, det e jo {pl:Hadsel} kommune. Førr folk på {pl:Langøya} og oppover.
I1: Kan du fortelle om en natt der kameratilsynet ble viktig?
P07: Ja. Æ skal fortelle om han {p:Kåre}. Han va {ag:åttito} i fjor, så... ja. Han bor på en gammel gård på {pl:Maurnes}, og kona ligg på sykehjemmet, og han har vært litt ustø. Det va {d:den 28. november}, æ husker det førr det va {k:storm} — skikkelig storm, vindkast på tretti meter — og natteteamet så på skjermen at han lå på golvet i gangen. Klokka halv tre. Og veien va stengt på grunn av et tre som hadd gått over veien.
I1: Hvordan kom dere fram?
P07: Han {p:Max} — han e en ung vikar, sykepleierstudent, ein lang slamp på to meter — han satt på natta, og han ringte brannvesenet. Og de kom med motorsag og fikk ryddet veien, og {p:Max} kjørte bak dem med tjenestebilen, {id:EV 30518}, den med det knuste baklyset. Det tok førti minutta. {p:Kåre} lå der hele tida, men han va ved bevissthet, han snakka med {p:Max} gjennom høyttaleren på kameraet. Han sang førr han, visstnok. {k:«Nordlandsnætter»}. Haha.
I1: Han sang for ham?
P07: Ja, {p:Max} sang! Førr å holde han våken. Det e jo ikkje noe som står i prosedyren, eller? Men det e sånn det e her. Man gjør det man må. Etterpå ble {p:Kåre} kjørt til {o:Nordlandssykehuset} på {pl:Stokmarknes} og va der i fire-fem dager. Han hadd brukket et ribbein.
I1: Hvordan ble hendelsen fulgt opp?
P07: Vi hadd en debrief dagen etter, med lederen vår, {p:Solveig Pedersen}, og {p:Max} og natteteamet. Og det vi fant ut, det va at kameraet funka perfekt, men vi hadd ingen plan førr når veien e stengt. Så no har vi laget en avtale med brannvesenet og med {o:Sortland Røde Kors}, at de kan rykke ut. Og vi har fått en nøkkel til {p:Kåre} hos naboen, {p:Ingrid}... nei, naboen heite {p:Inger}, {p:Inger Hansen}, førr ho bor bare to hundre meter unna.
I1: Hva tenker dere om personvern i forbindelse med kamera?
P07: Ja, det e jo det store spørsmålet. Vi har vedtak på alle, og alle har samtykka sjøl eller via verge. Men æ veit at noen av de ansatte syns det e ubehagelig. {p:Rose} — ho e fra {pl:Filippinene}, ho har jobba natt her i mange år — ho sa at det kjentes som å kikke inn vinduet til folk. Og det har ho jo rett i. Så vi har sagt at kameraet bare skal brukes når sensoren varsle, ikkje sånn at man sitt og glor. Det står i rutina, punkt {k:3.2}.
I1: Hvordan fungerer det med videokonsultasjoner?
P07: Nettbretta, ja. Vi har prøvd ut videosamtale med fastlegen førr pasientan på øyan. Det e {o:Sortland legekontor} som e med, og særlig doktor {p:Amundsen} har vært positiv. Han syns det e greit å slippe å kjøre ut på øyan førr å se på et sår. Men nettet... Nettet e problemet. Der ute har du en strek dekning hvis du står på kjøkkenbenken.
I1: Er det noen kontaktpersoner du vil nevne som jobber med dette i kommunen?
P07: Koordinatoren førr velferdsteknologi heite {p:Torbjørn Eliassen}, {e:torbjorn.eliassen@sortland.kommune.no}. Og så har du {p:Monica} på servicetorget, ho e {k:gull verdt}, ho veit alt om alarman. Direktenummeret hennes e {ph:76 10 97 32}.
I1: Hvis du ser fremover, hva bekymrer deg mest?
P07: At vi blir førr få. Vi har stillinga som står ledig i månedsvis. Det e ikkje kamera som skifte bleie. Og at kommunen tror at teknologien skal spare penga, og så kutte de i folk. Det har æ sagt på allmøte, og æ sie det til dæ no. Skriv det gjerne.
I1: Det skal jeg. Takk for at du delte dette.
P07: Bare hyggelig. Og hils {p:Max} hvis du treffe han, han har flytta til {pl:Tromsø} no, han studere videre.
""")

# ---------------------------------------------------------------- P08
add("P08", "en", "English (Lithuanian IT advisor)", r"""
I1: Thanks for meeting me here, {p:Rūta}. Could you describe your role?
P08: Sure. I work in the IT department in {o:Sandnes kommune}, my title is "rådgiver digitalisering", advisor, but in practice I sit between procurement and the health services. I translate. Not Lithuanian–Norwegian, haha, although that also, but between what the nurses want and what the suppliers sell.
I1: How did you end up in that role?
P08: I studied informatics at {o:Kaunas University of Technology}, then I came to {pl:Stavanger} with my husband, he works offshore, this was... long ago. I started on the helpdesk, resetting passwords for home-care nurses at five in the morning. That's actually how I learned everything. You learn a lot about an organisation when people call you crying because they cannot log in to {k:Gerica} before the first visit.
I1: Can you walk me through a procurement you've been part of?
P08: The biggest one was the medicine dispensers and the new alarm platform together, it was one tender. Everything is in the postjournal, if you are curious, most of it is public. We started with market dialogue in the spring, then we announced on {k:Doffin}, and the deadline was {d:20.11.2022}. We got five offers. I was in the evaluation group with {p:Stein Arne} from procurement and {p:Mari Holte}, she's a nurse, she represented the home care.
I1: What was the hardest part of the evaluation?
P08: Integration. Everybody promises "full integration with your EPR". And then you ask, okay, show me, and they show a {k:PowerPoint}. We have {k:Gerica} in the municipality and the hospital has {k:DIPS}, and the dispenser portal has to talk with Gerica so the nurses see the alarms in one place. Only one supplier could demonstrate it live, {o:Helsetek Integrasjon AS} from {pl:Trondheim}, so they won. Also the price was okay.
I1: And how did the implementation go?
P08: The first months were terrible, honestly. On {d:March 2nd}, the day we went live in {pl:Riska}, half the dispensers didn't show up in the system. The nurses had to check two screens. {p:Mari} was furious. She called me at home at seven in the morning and said "{p:Rūta}, I have eleven patients, two screens and one pair of eyes". She was at the home-care base in {pl:Hommersåk}.
I1: How was it resolved?
P08: Their developer came down from {pl:Trondheim}, a young guy, {p:Sølve Aune}. He sat with us in the basement of the town hall for a week. The problem was the mapping of the patient ID: their system used the {k:fødselsnummer} and ours used the internal number for some patients, the ones with reserved identity, and the matching failed. Very technical. But it took a week to find.
I1: Were there privacy concerns?
P08: A lot. And there should be. We had one case where a relative asked for the log — who has looked at his father's alarm data. It became a formal innsyn request, archive number {id:23/01955}, and I had to pull the logs from the supplier. That was a learning experience. The log showed the name of every nurse who had opened the father's profile, and some of the nurses were not happy that the son could see that.
I1: What is your view on the tech champions, the superbrukere?
P08: They are the real heroes. Without them, nothing works. In {pl:Sandnes} we have one in each district, and the best one is in {pl:Ganddal}, her name is {p:Sol}, {p:Sol Bergsvik}. Like the sun, yes. She makes these little videos, {k:thirty seconds} each, "how to reset the dispenser", "how to change the battery in the GPS". I put them on the intranet. She should get a medal, but she gets two hours {k:per week}.
I1: How do you communicate with the suppliers day to day?
P08: Mostly e-mail and {k:Teams}. The project leader on their side is {p:Knut Vatne}, {e:knut.vatne@helsetek.no}, and he's fine. For urgent things we have a hotline, {ph:+47 400 19 270}, it's supposed to be {k:twenty-four seven} but at night you get a call centre in... I don't know, somewhere. They don't know our municipality. Once they asked me if {pl:Sandnes} was in {pl:Sweden}.
I1: Looking back, what would you have done differently?
P08: Involve the night shift. And involve the superbrukere from day one, not after the contract was signed. And I would have asked for a test environment with realistic data — anonymised, of course. We tested with fake patients, and real life is not fake patients. Real life is a man in {pl:Figgjo} with the same name as his father, who is also in the system, and the dispenser alarm goes to the wrong one.
I1: Is there anything else you'd like to add?
P08: Only that people think IT is the enemy. We are not. Call us. My direct line is {ph:51 68 22 04}. I answer, usually, unless I am in a meeting about meetings, haha.
I1: Thank you, {p:Rūta}.
P08: Ačiū — that's thank you in Lithuanian. You're welcome.
""")
# ---------------------------------------------------------------- P09
add("P09", "sv", "Swedish (Swedish care worker in Halden, commutes from Sweden)", r"""
I1: Da setter vi i gang. Du kan snakke svensk, det går helt fint. Kan du begynne med å si litt om deg selv?
P09: Ja, okej. Jag heter {p:Lena}, jag är undersköterska, eller helsefagarbeider som ni säger, och jag jobbar på {o:Tistedalen omsorgssenter} i {pl:Halden}, på den skjermede avdelningen, för personer med demens. Jag bor i {pl:Strömstad}, så jag pendlar över {pl:Svinesund} varje dag. Fyrtio minuter. Det är okej, jag lyssnar på podd.
I1: Hvor lenge har du jobbet der?
P09: I {k:nio år} nu. Innan det jobbade jag på ett äldreboende i {pl:Uddevalla}, men lönen i {pl:Norge}... ja, du vet. Alla vi svenskar här säger samma sak, haha. Men också att det är lugnare här, faktiskt. Mer personal {k:per brukare}.
I1: Kan du fortelle om teknologien dere bruker på avdelingen?
P09: Vi har dörrlarm på alla rum, sensorer som piper när någon går ut på natten, och så har vi GPS till några som får gå ut själva på dagen. Det är det som är så fint med just vårt boende, vi har en stor trädgård och en stig ner mot {pl:Femsjøen}, och vissa boende får gå där med en {k:GPS-klocka}, så de har frihet. Det är inte alla kommuner som tillåter det.
I1: Har du et eksempel?
P09: Ja. {p:Gunnar}. Han är {ag:åttiofem år}, gammal skogsarbetare, han har gått i de där skogarna hela sitt {k:liv}. Om man låser in honom blir han som ett djur i bur, han blir arg, han slår. Men med klockan kan han gå sin runda, ner till sjön och tillbaka, och vi ser på skärmen var han är. Hans dotter, {p:Elisabeth}, kämpade för det. Hon skrev brev till kommunen, hon ringde {o:Statsforvalteren}, hon gav sig inte.
I1: Har det vært situasjoner der det gikk galt?
P09: En gång. Förra sommaren, {d:den 23 juni}, på {k:sankthansaften}. Det var varmt, folk var ute, det var bål nere vid sjön, och {p:Gunnar} gick ut på sin runda vid sex. Men klockan hade inte laddats. Den dog. Och ingen märkte det förrän han inte kom tillbaka till middagen. Jag var på jobb med {p:Bosse} — {p:Bo Andersson}, han är också svensk, från {pl:Bengtsfors} — och vi sprang ut och letade. Vi hittade honom efter en timme, han satt vid ett bål med några tonåringar och åt korv. Helt nöjd.
I1: Hva lærte dere av det?
P09: Att laddningen är ett ansvar som måste stå i rutinen, inte bara "någon gör det". Nu står det på tavlan i personalrummet: klockan laddas varje natt, nattvakten kvitterar. Och vi har lagt in ett larm i systemet när batteriet är under {k:tjugo procent}. Det skickas till vakttelefonen, {ph:69 17 44 80}. Det borde vi haft från början.
I1: Hvordan er det å jobbe med norsk dokumentasjon som svensk?
P09: Haha, det är en rolig fråga. Och just "rolig" är ett bra exempel! På norska betyder det lugn, på svenska betyder det kul. Jag skrev en gång i journalen att en boende var "rolig", och sykepleieren trodde att han var lugn, men jag menade att han var skämtsam hela kvällen. Sånt. Och ibland skriver jag "sjuksköterska" istället för "sykepleier". Men {k:Gerica} rättar inte stavningen, så ingen märker, haha.
I1: Hvordan er samarbeidet med de pårørende rundt teknologien?
P09: Olika. {p:Elisabeth} är fantastisk, hon ringer varje {k:söndag} kl. 18. Andra pårørende är mer oroliga, de vill att vi ska låsa dörren. En son till en dam på avdelningen, han bor i {pl:Oslo}, han ville ha en kamera i rummet så han kunde se sin mamma från telefonen. Det fick han inte, såklart. Det är inte tillåtet. Men han blev väldigt arg, han skrev ett klagomål, ärendet har nummer {id:2023/7712} hos kommunen, tror jag.
I1: Hva med opplæring i GPS-systemet?
P09: Det var en kvinna från {o:Tryggvakt AS}, {p:Ellinor} hette hon, som kom en dag i {k:mars}. Och sedan har vi {p:Elsa} på dagskiftet, hon är superbruker, hon kan allt. Om jag inte kan något skickar jag sms till {p:Elsa}. Hennes nummer har jag som "{p:Elsa} GPS" i telefonen, haha. Hon är min livlina.
I1: Er det noe spesielt med å jobbe så nært grensen, teknisk?
P09: Ja! Roaming. Klockorna har norska SIM-kort, men nere vid sjön tar de ibland den svenska masten, från andra sidan, från {pl:Ed}, tror jag. Och då kommer positionen med fördröjning. En gång trodde systemet att {p:Gunnar} var i {pl:Sverige}. Han var tjugo meter från verandan, haha.
I1: Er det noe annet du vil si?
P09: Nej, kanske bara att ni som forskar, kom och jobba en natt hos oss. Det säger mer än alla intervjuer. Om du vill kan du ringa mig, {ph:+46 70 512 38 66}, jag har svenskt nummer fortfarande.
I1: Tusen takk, {p:Lena}.
P09: Tack själv!
""")

# ---------------------------------------------------------------- P10
add("P10", "nb", "bokmål, Oslo east dialect (health secretary)", r"""
I1: Sånn, nå går den. Kan du fortelle hva du jobber med?
P10: Ja, jeg er helsesekretær i hjemmetjenesten i {o:Bydel Alna}, vi sitter på {pl:Furuset}, i andre etasje over apoteket. Jeg har vært der i... fjorten år nå? Femten. Så jeg har sett alt komme og gå, jeg. Faks, personsøker, den første mobilen, {k:Gerica}, alt.
I1: Hva er din rolle når det gjelder velferdsteknologi?
P10: Ja, det er liksom... uoffisielt er jeg lageret. Haha. Alt som kommer inn av utstyr, det havner på pulten min. Nøkkelbokser, nettbrett, alarmer som skal tilbake til leverandøren. Jeg registrerer serienummer og hvem som har hva, og så er det jeg som ringer når noe itte er levert tilbake. Det står ikke i stillingsbeskrivelsen min, men det er ingen andre som gjør det, {k:ikke sant}.
I1: Kan du fortelle om nettbrettene?
P10: Åh, nettbrettene. Det begynte med korona. Det var {d:fredag 13. mars}, den dagen alt stengte, og a {p:Kari}, {p:Kari Sætre}, hu er avdelingssykepleier, hu kom inn på kontoret mitt og sa "{p:Anita}, vi må få de gamle til å snakke med barnebarna sine på video". Og så fikk vi tjue nettbrett fra {o:Oslo kommune} sentralt en uke etterpå, med en sånn forenkla app, bare store knapper. Det var kaos, men det var fint kaos, skjønner du.
I1: Hvordan ble de fordelt?
P10: Vi tok dem som var mest alene først. Fru {p:Olsen} på {pl:Lindeberg}, for eksempel, hu har ingen igjen i {pl:Norge}, bare en sønn i {pl:Chicago}. Hu var {ag:nittifire} den gangen. Hu hadde aldri holdt et nettbrett før. Første gangen vi ringte sønnen, holdt hu det opp ned, så han så bare taket. Men hu lo så hu grein. Og etter det ringte de hver {k:søndag}. Klokka fem hennes tid, ti om morran hans tid.
I1: Hvem hjalp de eldre med selve teknologien?
P10: 'N {p:Per}. {p:Per Vollan}. Han er superbruker, eller ressursperson som det heter hos oss. Han er egentlig {k:hjelpepleier}, fra {pl:Haugerud}, gammel rocker, har hestehale og alt. Men han er helt rå på sånt. Han dro rundt med sykkel i hele bydelen med nettbrett i sekken. Og han hadde en lapp med oppskrift, "trykk på det grønne fjeset", haha. 'N {p:Per} er grunnen til at det funka.
I1: Hva skjedde med nettbrettene etter pandemien?
P10: Ja, det er det som er litt trist. Prosjektet ble avsluttet {d:31.12.2021}, og så skulle alle nettbrettene samles inn igjen. Og jeg måtte ringe rundt. Noen hadde dem fortsatt i bruk, de hadde jo vent seg til det. Og fru {p:Olsen}... jeg klarte itte å ta det fra a. Jeg sa til lederen at det var "tapt". Det er det eneste jeg har løyet om på jobb. Serienummeret står fortsatt som savnet i lista, {id:R52N70QXKLM}, haha, nå har jeg sagt det på bånd.
I1: Hvordan er det med kontakten med pårørende?
P10: Det er jeg som tar telefonen, så jeg får alt. Pårørende som er sinte, pårørende som er redde. Det er en sønn, jeg sier itte navnet, men han ringer hver dag {k:kvart over ni} og spør om mora har tatt medisinen. Hver dag! Og den informasjonen har jo dispenseren, så nå har vi gitt han tilgang til en sånn pårørende-app. Han ringer fortsatt. Men nå spør han om andre ting. Haha.
I1: Hvordan opplever du samarbeidet med IT?
P10: Det er {o:Utviklings- og kompetanseetaten}, {o:UKE}, sentralt i kommunen, og de er langt unna, liksom. Vi har en kontaktperson, 'n {p:Ola Berg}, han er grei, men han sitter i {a:Kristian Augusts gate}... nei, de har flytta, de sitter på {pl:Helsfyr} nå. Og når ting itte virker, sender jeg e-post til {e:ola.berg@uke.oslo.kommune.no} og venter. Eller jeg ringer {p:Per}. {p:Per} fikser det på fem minutter. Ikke si det til {o:UKE}.
I1: Er det noe som bekymrer deg?
P10: At jeg blir pensjonist om sju år og ingen vet hvor ting er. Haha. Nei, men seriøst, alt sitter i hodet mitt. Og i en {k:Excel}-fil. Jeg har prøvd å få dem til å kjøpe et ordentlig system, men det er ingen penger. Det sa jeg til bydelsdirektøren, {p:Tone Bakken-Aas}, på julebordet i fjor, kanskje itte riktig arena, haha.
I1: Har du noe å tilføye til slutt?
P10: Bare at hvis døkker skal skrive om velferdsteknologi, så må døkker huske oss som sitter i resepsjonen. Det er vi som tar imot alt. Og hvis du trenger noe mer, ring sentralbordet, {ph:23 47 18 50}, og spør etter {p:Anita} på hjemmetjenesten på {pl:Furuset}. Det fins bare én.
I1: Tusen takk, {p:Anita}.
P10: Bare hyggelig, vennen.
""")
# ---------------------------------------------------------------- P11
add("P11", "nb", "speech-to-text, bokmål (daughter of man with dementia)", r"""
I1: da er vi i gang tusen takk for at du stilte opp {p:hilde} kan du starte med å fortelle litt om faren din
P11: ja altså pappa heter {p:arne} han er født i {ag:trettiåtte} så han er {ag:åttifem} nå eller {ag:åttiseks} i høst og han fikk diagnosen demens for fire år siden {k:alzheimer} sa de på sykehuset på {pl:gjøvik} og han bor fortsatt hjemme i {a:bjørkelia fjorten} på {pl:nordre ål} i det huset de bygde mamma og han på {k:sekstitallet}
I1: hvordan kom det seg at han fikk gps
P11: det var etter at han forsvant første gang det var i fjor høst han skulle gå til butikken på {pl:søre ål} som han har gjort i {k:femti år} men han gikk feil vei og havnet helt nede ved {pl:mjøsa} ved {pl:vingnesbrua} og det var en dame som kjente ham igjen fra kirkekoret som ringte meg og jeg jobber jo på {pl:hamar} så jeg kjørte som en gal
I1: og så
P11: og så tok jeg kontakt med hjemmetjenesten og de sa at han kunne søke om en sånn gps klokke og det tok jo tid det tok {k:seks uker} og da hadde han forsvunnet en gang til den gangen fant politiet ham på skysstasjonen han skulle ta toget til {pl:oslo} for å besøke mamma som døde for ti år siden
I1: hvordan fungerer klokka i hverdagen
P11: den fungerer helt greit når den er ladet men han tar den av og legger den i fryseren ikke spør meg hvorfor haha og det er en sånn svart klokke fra en leverandør i {pl:trondheim} jeg husker ikke navnet og varslene går til meg og til broren min {p:per jørgen} som bor på {pl:fåberg}
I1: hvem er det som får varslene først
P11: det er meg på telefon nummer {ph:ni to fire fire en åtte seks null} og så {p:per jørgen} på {ph:fire åtte to ni ni null tre en} og hvis ingen av oss svarer så går det til hjemmetjenesten og de har en vakttelefon men det nummeret husker jeg ikke
I1: har det vært noen situasjoner der varslingen ikke fungerte
P11: ja det var den {d:tirsdagen fjerde april} jeg satt i møte på jobben og hadde telefonen på lydløs og {p:per jørgen} var på hytta på {pl:sjusjøen} der det ikke er dekning så varselet gikk til hjemmetjenesten og hun som var på jobb der het noe med s {p:sunniva} tror jeg hun var helt ny og hun visste ikke hvordan hun skulle åpne kartet så det tok over en time før noen fant pappa han satt på en benk utenfor {o:lillehammer kirke} og frøs
I1: det høres skummelt ut
P11: det var det og etterpå klagde jeg og saken fikk et nummer jeg har det her i mailen {id:to tre skråstrek null fire fire fem to} og jeg fikk et brev fra kommunen med beklagelse og de lovet opplæring for alle de nye
I1: hvordan er kontakten med hjemmetjenesten ellers
P11: den er god mest det er en som heter {p:liv} som er primærkontakten til pappa {p:liv hagen} og hun er fantastisk hun har humor og pappa blir glad når hun kommer hun kaller ham sjefen og han liker det han var jo formann på {o:hunderfossen kraftverk} i mange år
I1: hva tenker faren din selv om klokka
P11: han kaller den fotlenken haha han sier at han sitter i husarrest men han går jo med den og jeg tror innerst inne at han skjønner at den gjør at han kan bo hjemme litt lenger og det er det han vil mer enn noe det huset er jo hele hans {k:liv}
I1: hvis du skulle gi råd til andre pårørende hva ville du sagt
P11: søk tidlig ikke vent til det skjer noe og skriv ned alt og sørg for at det er flere enn én som får varslene og ta kontakt med {o:nasjonalforeningen for folkehelsen} de har kurs for pårørende på {pl:lillehammer} hver torsdag i {k:november}
I1: er det noe mer du vil si
P11: nei bare at hvis dere trenger mer kan dere sende meg en e post {e:hilde punktum bjørnstad krøllalfa gmail punktum com} eller ringe og husk at pappa skal ikke kunne kjennes igjen han ville blitt så sur haha
I1: selvfølgelig takk {p:hilde}
P11: takk
""")

# ---------------------------------------------------------------- P12
add("P12", "nn", "nynorsk (physiotherapist, Voss)", r"""
I1: Hei, {p:Torstein}, og takk for at du tok deg tid. Vil du byrje med å fortelje litt om jobben din?
P12: Ja, gjerne. Eg er fysioterapeut i {o:Voss herad}, i kvardagsrehabiliteringsteamet. Me er fire: to fysioterapeutar, ein ergoterapeut og ein sjukepleiar. Me reiser heim til folk som har vore sjuke eller har falle, og så trenar me saman i seks til åtte veker, i deira eigen heim. Eg har halde på med dette i {k:tolv år}, og eg er framleis glad i det.
I1: Kvar kjem teknologien inn?
P12: Det byrja med nettbrett under pandemien. Me kunne ikkje reise like mykje, så me prøvde treningsvideo over nettbrett. Det var ein app frå ein leverandør i {pl:Bergen}, eg hugsar ikkje namnet, dei gjekk konkurs... Og no har me eit nytt opplegg der folk får øvingane som video og kan sende meldingar til oss gjennom {k:Helsenorge}. Det fungerer betre.
I1: Kan du fortelje om ein brukar?
P12: Ja. Det er ei dame eg tenkjer mykje på. Ho heiter {p:Gull}, {p:Gull Mørkve}, ho er fødd i {ag:-38}, og ho bur på ein gard i {pl:Myrkdalen}, langt oppe. Ho fall på isen i fjor vinter og braut handleddet, og etterpå var ho så redd for å falle at ho slutta å gå ut. Heilt slutta. Sonen hennar, {p:Lars}, ringde oss og sa at mor har blitt ein annan.
I1: Korleis gjekk de fram?
P12: Fyrst var eg der fysisk, tre gonger. Me gjekk i trappa, me gjekk på tunet. Og så la me inn ei nettbrett-økt kvar {k:tysdag} og fredag, der ho kunne gjere øvingane medan eg såg på frå kontoret på {pl:Vossevangen}. Det var ikkje lett. Ho sa "eg er ikkje noko TV-stjerne", ha-ha. Men etter ei stund så likte ho det. Ho sminka seg før øktene, sa {p:Lars}.
I1: Fekk ho hjelp til å bruke nettbrettet?
P12: Barnebarnet, {p:Ingeborg}, var den som sette det opp. Ho var {ag:sytten} og gjekk på {o:Voss gymnas}, og ho laga ein lapp med tre steg. Og elles var det {p:Kristoffer Storm}, han er ressursperson for velferdsteknologi i heimetenesta, som køyrde opp med ein ekstra ruter. Mobildekninga i {pl:Myrkdalen} er elendig, særleg om vinteren når det ligg mykje snø på mastene.
I1: Kva var resultatet?
P12: Etter åtte veker gjekk ho ned til postkassa åleine. Det er tre hundre meter, i bratt bakke. Og {d:2. påskedag 2023} gjekk ho til {o:Vinje kyrkje}, fyrste gongen på tre år. {p:Lars} sende meg eit bilete av ho i bunad på kyrkjebakken. Det har eg framleis på telefonen.
I1: Er det andre døme der det ikkje gjekk så bra?
P12: Ja, sjølvsagt. Ein mann på {pl:Evanger}, eg kallar han berre {p:Nils}, han ville ikkje ha nettbrett i huset. "Eg har klart meg utan data i {ag:nittien år}", sa han. Og det får ein respektere. Me køyrde ut, kvar gong, sjølv om det var ein time kvar veg. Og han vart betre, han òg. Så teknologien er ikkje alltid svaret.
I1: Korleis dokumenterer de øktene?
P12: I {k:Profil}. Og det er eit kapittel for seg. Det er ikkje laga for video-økter, så me skriv alt i fritekst. Og så er det problemet med samtykke. Me må ha skriftleg samtykke til videooverføring, og det ligg på papir i ein perm på kontoret. {p:Gull} sitt samtykke er datert {d:den 3. oktober}, og eg har det i permen, men det er ikkje skanna inn. Revisjonen kjem til å ta oss på det ein dag.
I1: Kven samarbeider de med utanfor kommunen?
P12: Med {o:Voss sjukehus} og med {o:Haukeland}, når folk blir utskrivne. Det er ein koordinator på sjukehuset, {p:Synnøve Dale}... nei, ho heiter {p:Synnøve Lid}, eg blandar alltid. Ho er den som ringjer oss når nokon skal heim, og ho har direktenummer, {ph:56 53 80 27}. Det er {k:gull}, ein direkte linje.
I1: Korleis ser du på framtida?
P12: Eg trur me kjem til å bruke meir video, men eg håpar ikkje at det blir billig-løysinga. At nokon i administrasjonen tenkjer at ein fysioterapeut kan ha tretti pasientar på skjerm samstundes. Det går ikkje. Ein må kjenne på kor stiv skuldra er. Ein må sjå korleis folk reiser seg frå stolen. Det ser du ikkje på ein skjerm.
I1: Er det noko du vil leggje til?
P12: Berre at {p:Gull} fyller {ag:åttiseks} no i {k:mai}, og ho har sagt at ho skal opp på {pl:Hangursnuten}... ho skal i alle fall ta gondolen, ha-ha. Ho er tøffare enn meg.
I1: Takk, {p:Torstein}.
P12: Takk sjølv.
""")
# ---------------------------------------------------------------- P13
add("P13", "en", "English (Syrian care worker, Gjøvik)", r"""
I1: {p:Mahmoud}, thank you for doing this in English, I know you could have done it in Norwegian too.
P13: It's okay, my English is maybe better than my Norwegian, I studied English literature in {pl:Damascus} before the war. Two years only, then everything stopped. Norwegian I learned here in {pl:Gjøvik}, at the voksenopplæring, and from the old ladies at work, haha, so I speak like an old lady from {pl:Toten}, my colleagues say.
I1: Tell me about your work.
P13: I am helsefagarbeider at {o:Nordbyen sykehjem}, on the second floor, it's a unit for people with dementia, {k:sixteen residents}. I've been there since I finished the fagbrev. Mostly evening shifts, because I have small kids and my wife works days at the hospital, at {o:Sykehuset Innlandet}, in the kitchen. So we do the relay, one comes in, the other goes out.
I1: What kind of technology do you have on the unit?
P13: Sensor mats by the beds, door alarms, and the nurse call system with the phones. Everybody has a phone on the belt, like a cowboy, haha. When a resident steps on the mat at night, your phone rings and it shows the room number and "sengematte". And we have one resident with a GPS because she goes out in the garden and she is very fast.
I1: Can you tell me about a situation where the technology mattered?
P13: Yes, there is one I think about often. {p:Else Marie} — she is {ag:ninety-six}, she was a teacher at the folkehøgskole in {pl:Biri} for forty years — she is in room {id:11}. One evening in {k:Ramadan}, I was fasting, I was just going to break the fast, I had {k:a date in my hand}, you know, the fruit, haha, not a date with a woman, and the phone rang: room {id:11}, sengematte. I ran. She was standing, trying to go to the toilet alone, and she was shaking. I took her arm just before she fell.
I1: So the mat made the difference.
P13: The mat made the difference, yes. Without the mat I would be in the break room with my date and my water, and she would be on the floor. But you know, afterwards her daughter, {p:Siri}, she said to me "{p:Mo}, you have to eat, you can't run around hungry". Haha. Everybody calls me {p:Mo}. {p:Mahmoud} is too long for Norwegians, they say "{p:Mamud}" or "{p:Mahmut}", so {p:Mo} is easier.
I1: Are there any downsides with the sensors?
P13: False alarms. So many. The mat rings when a resident turns in the bed, or when the cat jumps on it — we have a cat on the unit, very fat. And when the phone rings twenty times a night for nothing, you get tired, and then one time you don't run. That's the dangerous part. My colleague {p:Mona Rustad}, she wrote about this in her videreutdanning, the master at {o:NTNU} in {pl:Gjøvik}, she counted, and only {k:one in seven} alarms was real, or something like that.
I1: How did management respond?
P13: Our leader, {p:Bjørg}, she listened. We changed the settings on the mats, so they wait ten seconds before they ring. And the cat is not allowed in the rooms anymore, only in the living room. The cat was not happy. Haha. But the false alarms went down a lot.
I1: How was the training when the sensors came?
P13: When I started it was already there. Nobody trained me. The first evening, a colleague, {p:Frode}, he gave me the phone and said "when it rings, you run". That was the training. Later there was a course on {k:Teams} from the kommune, welfare technology basics, with a test at the end. I failed the first time! Because the questions were in very difficult Norwegian, "hvilket av følgende utsagn er ikke riktig". Double negative. I took it again and passed.
I1: Do you think the residents understand the technology?
P13: Most of them don't know it's there. The mat is under the carpet. {p:Else Marie} thinks the phone on my belt is a radio, she asks me for the news every evening, "what's happening in {pl:Syria}, {p:Mo}?" So I tell her. She knows more about {pl:Syria} than my Norwegian colleagues. She had a pen friend in {pl:Aleppo} when she was young, imagine.
I1: What about the families — do they ask about it?
P13: Some. One son, he wanted a camera, he said his mother was falling and nobody saw it. We explained the mat. He didn't believe it. Then we showed him the log, every time she stood up, with the time. {k:03:12}, 03:40, 04:05. He was quiet, then he said okay, you are there more than I thought. This was {d:Wednesday the 18th}, I remember because after the meeting I went straight to the football with my son, he plays for {o:Raufoss IL}.
I1: If you could change one thing, what would it be?
P13: The phones. They are heavy and the battery is finished after eight hours and the shift is eight and a half. Haha. No, seriously: more staff in the evening. Three people for sixteen residents with dementia, and one is always on break or in the medicine room. The technology helps, but it cannot lift somebody from the floor.
I1: Anything else you'd like to add?
P13: Only that my story is not special. There are many of us, from {pl:Syria}, {pl:Eritrea}, {pl:Afghanistan}, who work in the nursing homes in {pl:Norway} now. Without us, who would do it? Write that, please. And if you want to contact me later, my number is {ph:468 02 319}, or send SMS, I answer after the children sleep.
I1: Thank you, {p:Mahmoud}.
P13: Thank you. Shukran.
""")

# ---------------------------------------------------------------- P14
add("P14", "nb", "bokmål, Stavanger dialect (union representative, night worker)", r"""
I1: Da er vi i gang. Kan du fortelle litt om deg selv og rollen din?
P14: Ja. Eg heter {p:Kjersti}, eg e helsefagarbeider på {o:Lassahagen sjukeheim} på {pl:Madla}, og så e eg hovedtillitsvalgt for {o:Fagforbundet} på helse og omsorg her i {pl:Stavanger}. Så eg har to hatter, kan du si. Eg har jobba natt i {k:elleve år}, så eg kjenne natta godt.
I1: Jeg vet at dere har innført digitalt nattilsyn. Hvordan har det vært?
P14: Ja, ka skal eg seie. Det e to sider. På den ene siden e det flott for beboerne, at me slepp å gå inn og lyse med lommelykt i ansiktet på folk kvar time. Det e jo en verdighet i det, å få sova. Men så kom det et notat fra kommunen der det stod at med digitalt tilsyn kunne bemanningen på natt reduseres fra fire til tre. Og då, då ble eg sint. Det va {d:torsdag 19. januar}, eg husker det godt, eg leste det på telefonen på bussen heim.
I1: Hva gjorde du da?
P14: Eg ringte {p:Tor Arne}, han e leder i {o:Fagforbundet Stavanger}. Og så ringte eg {p:Heidi} i {o:Norsk Sykepleierforbund}, for de har jo medlemmer på natt òg. Og me krevde et drøftingsmøte. Me fikk det {d:den 8. februar}. Eg hadde med meg tall: antall alarmer {k:per natt}, kor lang tid det tar å komme fra den ene enden av bygget til den andre. {k:Hundre og tjue meter}. Me målte det med skritteller, {p:Rune} og eg. Haha.
I1: Hva ble resultatet av drøftingene?
P14: Kompromiss. Fire på natt i hovedhuset, tre i avdelingen for korttid. Og en evaluering etter seks måneder. Evalueringen e ikkje ferdig ennå, men eg kan seie deg at det har vært to hendelser som me har meldt avvik på. Den ene va på rom {id:3B}, ei dame på {ag:to og nitti år}, som lå på golvet i tjuefem minutter før nokon kom. Sensoren varsla, men me va to stykker på et anna rom med en beboer som hadde kasta opp.
I1: Hvordan ble det fulgt opp?
P14: Det ble avvik, med nummer i {k:Compilo} — eg har nummeret her, vent — {id:AVV-11873}. Og så ble det et møte med pårørende. Sønnen hennar, {p:Eivind}, han va heilt rolig, faktisk. Han sa at han heller ville at mor lå tjuefem minutter på golvet enn at ho ble vekt av lommelykt kvar time. Det hadde eg ikkje venta. Så det e ikkje svart-hvitt.
I1: Hvordan opplever de ansatte å sitte og følge med på skjermen?
P14: Det e blanda. Noen liker det. Andre føle seg som vektere. {p:Florence} — ho kommer fra {pl:Kenya}, nei, fra {pl:Uganda}, eg blander alltid — ho sa at det føltes som å se på fjernsyn der folk sov. Og me har hatt ei sak der en vikar tok et bilde av skjermen med sin egen telefon. Det ble en stor sak. Vedkommende jobber ikkje her lenger.
I1: Har det vært opplæring i personvern?
P14: Ja, etter den saken. {p:Lise Marie Hovda} fra personvernombudet i kommunen kom og holdt kurs for alle på natt. Ho va flink, ho brukte eksempler fra virkeligheten. Men kurset va klokka to om ettermiddagen. Nattevakter sove klokka to om ettermiddagen! Så me fikk det flyttet til kveldstid, på {k:Teams}. Ikkje ideelt, men bedre.
I1: Hvordan er forholdet til ledelsen nå?
P14: Greit. Me har en ny virksomhetsleder, {p:Øyvind Skadsem}, han kom fra {o:Sola kommune} i fjor, og han e lydhør. Han har sagt at han ikkje vil kutte i natt før evalueringa e ferdig. Men budsjettet e stramt, og det e politikerne som bestemmer. Eg har sendt brev til helse- og velferdsstyret, saksnummer... ja, det husker eg ikkje.
I1: Hvordan tror du framtiden blir for nattarbeidet?
P14: Eg tror at teknologien kommer til å bli bedre. Mer presis. Færre falske alarmer. Men eg e redd for at den blir brukt som unnskyldning for å spare. Det e det eg kjemper mot. Ikkje mot teknologien. Mot at den blir en sparepost. Det e en viktig forskjell, og den forsvinne lett i debatten.
I1: Er det noe du vil legge til?
P14: Ja, at hvis nokon vil snakke med meg om dette, så kan de sende e-post til {e:kjersti.tjelta@fagforbundet.no}... nei, vent, det e {e:kjersti.tjelta2@fagforbundet.no}, med totall, for det va en annen {p:Kjersti Tjelta} før meg. Haha. Eller ringe {ph:930 11 472}.
I1: Takk, {p:Kjersti}.
P14: Takk skal du ha. Og lykke til med forskinga.
""")
# ---------------------------------------------------------------- P15
add("P15", "en", "speech-to-text, English (Somali home-care worker, Tromsø)", r"""
I1: okay i think it's recording now yes so {p:hodan} thank you for meeting me
P15: you're welcome it's cold outside eh haha welcome to {pl:tromsø}
I1: haha yes very cold could you tell me about your work
P15: yes i work in the home care in {o:tromsø kommune} in the district of {pl:kvaløya} we cover {pl:kvaløysletta} and out to the islands i have been there six years before i was in {pl:kirkenes} for two years when i came to {pl:norway} first they sent me to {pl:kirkenes} can you imagine from {pl:mogadishu} to {pl:kirkenes} haha i thought it was the end of the world
I1: what technology do you use in your daily work
P15: the digital keys that is the biggest change before we had the key cabinet with maybe {k:two hundred keys} now we open with the phone and the medicine robot even dose no {k:evondos} and the alarm and for some patients the tablet for the video visit at night we call them instead of driving if they only need to take the pill
I1: can you tell me about a patient where the technology helped
P15: there is a somali lady {p:halima} she is {ag:eighty one} and she doesn't speak norwegian only somali and a little italian from the old time and she had the {k:evondos} but the machine speaks norwegian so she was afraid of it she thought it was a spirit haha really she covered it with a cloth
I1: how did you solve that
P15: i went with my colleague {p:maret} she is from {pl:kautokeino} she is sami and she said we have the same problem with the sami old people the machine doesn't speak sami so we made a recording with my voice in somali and the supplier put it in i think it was the first time they did this the man from the company his name was {p:geir} something {p:geir hammer} he was very nice he came from {pl:oslo}
I1: that's a wonderful story
P15: yes and now {p:halima} takes the medicine {k:every day} she says good morning to the machine haha and her son {p:abdirahman} he lives in {pl:tromsdalen} he was so happy he brought cake to the office sambusa and cake
I1: are there other patients from other language backgrounds
P15: many many we have from {pl:eritrea} from {pl:afghanistan} from {pl:russia} from {pl:thailand} and also sami and kven and the old norwegian people from the islands who speak very strong dialect that i don't understand haha when mister {p:mikkelsen} on {pl:sommarøy} speaks i understand only ja and nei
I1: how is it working nights in {pl:tromsø}
P15: in the winter it is dark all the time the {k:mørketid} and the roads are ice and the car is small i have had two times the car in the ditch one time with the car {id:z d four four one nine zero} on the road to {pl:sommarøy} at two o'clock in the night and i called the night nurse {p:inga} and she came with the big car and a rope
I1: that sounds scary
P15: it was scary after that they gave us the training in winter driving with a man from the police on {d:the twenty first of november} i think it was a saturday we drove on the ice at the airport haha very fun
I1: do you feel the technology has changed your job
P15: yes for sure less driving more time on the phone sometimes i feel i am a call center not a nurse my leader {p:tor magne} he says it is the future and maybe he is right but the old people they want to see a face not a screen
I1: what about the electronic patient record how do you use that
P15: we have the {k:profil} on the phone i write short notes after every visit but the voice typing doesn't understand my accent haha it writes very funny things one time i said the patient is calm and it wrote the patient is kamel like the animal
I1: haha that's funny
P15: yes everybody laughed but it is also a problem because if it writes wrong and i don't see it then it's in the journal forever
I1: okay is there anything else you would like to say
P15: maybe that the city should use the people like me more we are a bridge to the families and if you want you can call me my number is {ph:four one two three three four five six} or email {e:hodan dot warsame at tromso dot kommune dot no}
I1: thank you so much {p:hodan}
P15: you're welcome take care in the cold
""")
# ---------------------------------------------------------------- P16
add("P16", "da", "Danish (Danish nurse in Kristiansand)", r"""
I1: Velkommen, {p:Mette}. Du kan snakke dansk, jeg skal prøve å henge med. Kan du fortelle litt om deg selv?
P16: Ja, tak. Jeg hedder {p:Mette}, {p:Mette Kjærgaard}, og jeg er {k:sygeplejerske} — sykepleier — i hjemmesykepleien i {pl:Kristiansand}, i {o:Lund hjemmetjeneste}. Jeg kommer fra {pl:Viborg} oprindelig, jeg uddannede mig i {pl:Aarhus}, og så mødte jeg en nordmand på en ferie, og nu har jeg boet her i {k:tolv år}. Så mit dansk er blevet lidt norsk, og mit norsk er stadig meget dansk, siger mine kolleger. Haha.
I1: Hvordan er det å sammenligne {pl:Danmark} og {pl:Norge} når det gjelder velferdsteknologi?
P16: Åh, det er et godt spørgsmål. I {pl:Danmark} var vi lidt hurtigere med nogle ting, synes jeg. Da jeg arbejdede i {o:Aarhus Kommune}, havde vi allerede elektroniske låse og medicinrobotter, og vi havde det fælles medicinkort, {k:FMK}, så alle kunne se den samme medicinliste. Her i {pl:Norge} er det først nu, med {k:pasientens legemiddelliste}, at det kommer. Men til gengæld er nordmænd mere forsigtige, og det er måske ikke så dumt.
I1: Kan du gi et konkret eksempel fra arbeidet ditt her?
P16: Ja. Der er en dame på {pl:Lund}, fru {p:Tønnessen}, hun er {ag:halvfems}... {ag:nitti}, undskyld, jeg tænker stadig på dansk. Hun har en medicinrobot, og den fungerede fint i et halvt år. Men så, {d:2. juledag 2022}, gik strømmen i hele gaden i halvanden time på grund af {k:stormen}, og robotten udleverede ikke morgenmedicinen. Og hun er diabetiker, så det var ret alvorligt.
I1: Hva skjedde?
P16: Robotten sendte en alarm, men alarmen gik til en server, og serveren sendte den videre til vores vagttelefon, og den lå hos {p:Tor}, som var alene på vagt i hele {pl:Vågsbygd} og {pl:Lund} den dag, fordi det var {k:jul} og der var sygdom. {p:Tor} ringede til mig, for jeg bor tæt på, i {a:Kuholmsveien 44}, og jeg gik derover i mine juletøfler. Hun sad og spiste kransekage i mørket. Hun sagde "{p:Mette}, jeg har jo ikke fået noget", og så gav jeg hende medicinen manuelt fra den reservepose, vi har i køleskabet.
I1: Hvordan ble det fulgt opp etterpå?
P16: Vi skrev et avvik, og så holdt vi møde med leverandøren, {o:Medirobot Scandinavia}, de sidder i {pl:Göteborg}. De sagde, at robotten har batteri-backup i fire timer. Men batteriet var dødt, fordi ingen havde skiftet det i to år. Og hvis ansvar er det? Leverandørens? Kommunens? Det diskuterede vi i tre måneder. Til sidst blev det {p:Tor}, der lavede en liste over alle robotter og batterierne. Han er vores superbruger nu, helt frivilligt.
I1: Hvordan fungerer de elektroniske dørlåsene?
P16: Godt, for det meste. Vi åbner med mobilen. Men i {pl:Randesund} er der en herre, hr. {p:Aasland}, født i {ag:1931}, og han har sin gamle dørkæde på indersiden. Så mobilen åbner låsen, men kæden holder døren. Og han hører dårligt. Så vi står udenfor og banker og råber. Vi har bedt ham fjerne kæden, men han siger, at den satte hans kone på, da de flyttede ind, og den bliver der. Hvad skal man sige? Det forstår jeg godt.
I1: Har språket noen gang vært et problem med pasientene?
P16: Ja, især med de ældste. De forstår ikke altid mit dansk. En gang sagde jeg til en patient, at hun skulle "tage sit tøj af", og hun forstod "ta sitt tog", og hun troede, jeg ville have hende til at tage toget. Haha. Og tal! Danske tal er en katastrofe her. {k:Halvtreds, tres, halvfjerds}. Jeg siger altid tallene på norsk nu, når det gælder medicin. Ellers går det galt. {k:To milligram} siger jeg, tydeligt, på norsk.
I1: Hvordan er opplæringen i teknologien hos dere?
P16: Vi har et e-læringskursus, og så har vi {p:Tor}. Haha. Og {p:Kirsten}, som er projektleder for velferdsteknologi i kommunen, {p:Kirsten Birkeland}, hun holder et møde hver anden måned. Man kan skrive til hende på {e:kirsten.birkeland@kristiansand.kommune.no}, og hun svarer altid, også om aftenen, hvad jeg synes er lidt for meget. Hun skal også have fri.
I1: Hvordan opplever du kjøringen i jobben?
P16: Jeg elsker det, egentlig. Jeg har altid den samme bil, {id:EK 71209}, en lille hvid elbil. Den har en bule på døren, som {p:Tor} lavede, men han siger, det var mig. Haha. Om sommeren kører jeg langs havet ud til {pl:Hamresanden}, og så tænker jeg, det her er det bedste job i verden. Om vinteren tænker jeg noget andet.
I1: Har du noen tanker om fremtiden?
P16: Jeg tror, vi kommer til at have flere robotter og færre besøg, og det gør mig lidt trist. Min mor bor stadig i {pl:Viborg}, hun er {ag:otteogfirs}, og hun får besøg af hjemmeplejen tre gange om dagen, og det er hendes eneste selskab nogle dage. Hvis de blev erstattet af en robot, ville hun visne. Så vi skal passe på.
I1: Er det noe mer du vil si?
P16: Kun at hvis du vil tale med mig igen, så er mit nummer {ph:+45 28 14 77 03}, jeg har stadig mit danske nummer, fordi jeg er for doven til at skifte. Eller mit norske arbejdsnummer, {ph:38 07 52 16}. Det er lettest om formiddagen.
I1: Tusen takk, {p:Mette}.
P16: Selv tak!
""")

# ---------------------------------------------------------------- P17
add("P17", "nb", "bokmål, Sunnmøre dialect (nursing-home assistant)", r"""
I1: Takk for at du ville snakke med meg. Kan du begynne med å fortelle litt om jobben din, {p:Jorunn}?
P17: Ja, altså, eg e assistent, eg har ikkje fagbrev, eg har berre jobba. På {o:Eggesbønes omsorgssenter} i {pl:Herøy}, på langtidsavdelinga. Eg begynte der som sommarvikar då eg var {ag:seksten}, og så blei eg verande. No har eg jobba der i... tjuefire år? Ja. {k:Tjuefire år}. Utan papir. Haha.
I1: Hvordan opplever du teknologien på jobb?
P17: Altså, det e heilt greit, men eg får ikkje lov til å bruke det meste. Eg e jo assistent. Eg har ikkje tilgang til journalen, berre til å lese litt i... me har {k:Profil} her. Og dei nye nettbretta med pasientvarslinga, dei har me fått opplæring på, men eg har ikkje eigen pålogging. Eg må låne pålogginga til {p:Else}. Og det e jo ikkje lov. Men kva skal eg gjere?
I1: Kan du fortelle mer om det?
P17: Ja, det e sånn: når ein bebuar trykker på alarmen, så kjem det opp på nettbrettet kven det e og kva rom. Men eg får ikkje kvittere, for eg har ikkje tilgang. Så {p:Else} sitt namn står på alle kvitteringane, sjølv om det var eg som gjekk. Ho seier at det e greit, men viss det skjer noko, så e det ho som står ansvarleg. Det e ikkje rett overfor ho heller. {p:Else Kvalsvik} e {k:sjukepleiar}, ho har nok å bere.
I1: Har du tatt det opp med ledelsen?
P17: Ja, med {p:Jostein}, avdelingsleiaren. Han sa at det va IT sitt ansvar, og IT sa at det va lisensar, at kvar lisens kosta så og så mykje, og at assistentar ikkje sto på lista. Eg skreiv ein e-post til {p:Stig Remøy} på IT, han e frå {pl:Remøy} faktisk, haha, han heiter det same som øya, og eg fekk svar etter tre veker: "Saka er sendt vidare."
I1: Kan du fortelle om en beboer der teknologien har betydd noe?
P17: {p:Ragna}. Ho e {ag:hundre og to år}. Ho va fødd på {pl:Runde}, og ho har aldri budd nokon annan stad enn på {pl:Runde} og her. Ho har ein sånn sensor i senga som varslar viss ho prøver å stå opp, og det har redda ho fleire gonger. Men det eg tenker på med {p:Ragna}, det e nettbrettet. Barnebarnet hennar, {p:Kjetil}, bur i {pl:Canada}, i {pl:Vancouver}, og dei har videosamtale kvar {k:tysdag}, for då har han fri. Og ho e så glad etterpå. Ho seier "no har eg sett guten".
I1: Hvem hjelper til med videosamtalene?
P17: Det e meg, mest. For eg jobbar tysdagane. Eg set opp nettbrettet på bordet, eg trykkjer på det grøne, og så går eg ut. Det e deira tid. Men ein gong, {d:tysdag 14. november}, va det feil på nettet, og {p:Kjetil} fekk ikkje kontakt. Han ringde til avdelinga på det vanlege nummeret, {ph:70 08 13 60}, og eg måtte halde telefonen til øyret hennar i ein time. Armen min sovna. Haha.
I1: Hvordan er det å være assistent uten formell utdanning i dag?
P17: Det e tøffare no enn før. Før va det ingen som spurde. No skal alt dokumenterast, alt skal vere digitalt. Og eg e ikkje så flink med data. Dottera mi, {p:Sunniva}, ho seier at eg må ta fagbrev, at eg kan ta det som praksiskandidat. Kanskje. Men eg e {ag:førti}, og eg har tre ungar og ein mann som jobbar på {o:Ulstein Verft} og e borte heile veka.
I1: Hva tenker de andre ansatte om det nye prosjektet for velferdsteknologi i kommunen?
P17: Prosjektet... Ja. Det heiter «Trygg heime i {pl:Herøy}». Det kom nokon frå prosjektet og hadde kick-off i {o:Fosnavåg Konserthus} {d:17/8-22}, med kaker og {k:powerpoint}. Og så har me ikkje høyrt så mykje etterpå. Eg trur mange er litt lei av prosjekt. Det kjem eit nytt kvart år, og så forsvinn det når pengane e brukte.
I1: Hvis du kunne bestemme, hva ville du endret?
P17: Gje assistentane tilgang. Me e så mange. På helg e det meir assistentar enn sjukepleiarar på jobb. Og lær oss opp ordentleg, ikkje berre "her e nettbrettet, lykke til". Og la {p:Else} sleppe å ha namnet sitt på alt eg gjer. Ho fortener betre.
I1: Er det noe du vil legge til?
P17: Nei... Jo! At {p:Ragna} fyller {ag:hundre og tre} {d:den 3. mars}, og då blir det stort selskap på avdelinga. {k:Ordføraren} kjem kanskje. Viss du vil, kan du kome. Ring meg på internnummeret {ph:2214}, så kan eg seie meir om tidspunktet.
I1: Tusen takk, {p:Jorunn}, det er hyggelig tilbudt.
P17: Berre hyggeleg.
""")
# ---------------------------------------------------------------- P18
add("P18", "en", "English (Sámi nurse, Karasjok)", r"""
I1: Thank you for meeting me, {p:Biret}. You said English was easier than Norwegian for this?
P18: For you, yes! Haha. My first language is Sámi, North Sámi, then Norwegian, then English from school and from travelling. But I think if we do Norwegian you will miss half, and if we do Sámi you will miss everything. So English is the fair compromise.
I1: Could you tell me a little about your work?
P18: I'm a nurse at {o:Karasjok helsesenter}, and I also work some shifts in home care, because we are a small municipality, everybody does everything. I grew up on a farm outside {pl:Karasjok}, by the river, and my family had reindeer, my brother still has. So I know most of the old people here, or their grandchildren, or their reindeer, haha.
I1: What kind of welfare technology do you use here?
P18: The same as everywhere, more or less: safety alarms, the medicine dispensers, some door sensors. And GPS for people with dementia. But GPS here is a different story. In {pl:Oslo}, the person walks out of the door and down the street. Here, an old reindeer herder with dementia walks out of the door and towards the {k:vidda}, because that's where his body thinks it has to go. And the vidda is big.
I1: Is there a particular story you can share?
P18: Yes. There was an old man, I will call him {p:Ánte} — that's his real first name, but there are many {p:Ánte}s here. He was {ag:eighty-eight}. Two winters ago, in {k:March}, he walked out at night in {k:minus thirty}. He had the GPS in his pocket, thank God. His daughter, {p:Elle}, got the alarm on her phone in {pl:Lakselv}, and she called me, and I called {p:Niillas}, my colleague, he has a snowmobile. We thought he was heading for {pl:Iešjávri}... no, not so far, he was by the old road to {pl:Karigasniemi}, maybe eight kilometres out. Sitting on a stone, singing a {k:joik}.
I1: That must have been quite a night.
P18: It was {d:the 14th of March}, I remember because my son had his birthday the day after, and I was supposed to bake. I didn't bake. Haha. {p:Ánte} was fine, a bit cold in the feet. He said he was going to check on the reindeer. His reindeer were sold twenty years ago.
I1: How does language come into it with the technology?
P18: Everywhere. The alarm centre for the whole of {pl:Finnmark} is in {pl:Hammerfest} — no, it was moved, now it's in {pl:Alta}, I think — and when an old person presses the alarm button, the operator answers in Norwegian. Many of our old people speak Norwegian, but when they are afraid or confused, they go back to Sámi. So the operator hears "{k:veahkki}, veahkki" and doesn't understand it means help. We have asked many times for a Sámi-speaking operator.
I1: Has anything been done about that?
P18: A little. The kommune wrote a letter to the alarm centre, and to {o:Sámediggi}, the {o:Sámi Parliament}, and there was a meeting on {d:the 21st of April}, in {pl:Kautokeino}. I was there. Everybody agreed it was a problem. Nothing happened. Then our district leader, {p:Sara} — {p:Sara} is her surname, {p:Ingrid Sara} — she made a list of all the Sámi-speaking users and their phone numbers and sent it to the alarm centre, so the operator knows to call a Sámi speaker at the health centre. That works, sort of.
I1: Do you use video or tablets?
P18: We tried video consultations with {o:Finnmarkssykehuset}, in {pl:Kirkenes} and {pl:Hammerfest}, with the specialist. It works when the internet works. And we have had an interpreter on video. But for the old people it's strange to talk to a screen. One lady asked the doctor on the screen if he had eaten, because it was lunch time and she wanted to offer him coffee. That's Sámi hospitality, haha. You offer coffee even to a screen.
I1: What about documentation — which language do you write in?
P18: Norwegian. Always Norwegian. The journal system, we have {k:CosDoc}, is only in Norwegian. So I talk to a patient in Sámi, and I translate in my head, and I write in Norwegian, and something is always lost. We have a word, "{k:dearvvašvuohta}", it means health, but also more, like being whole. There's no box for that in CosDoc. Haha.
I1: Who helps colleagues with the technology here?
P18: {p:Niillas}. He's the tech person, the superbruker. He's young, he fixes snowmobiles and GPS and the Wi-Fi at the health centre. His number is on the wall in the nurses' room, {ph:917 40 886}, and everybody calls him for everything. Even the doctor calls {p:Niillas} when the printer doesn't work. Poor {p:Niillas}.
I1: If you could send one message to the people who decide about welfare technology, what would it be?
P18: Come here. Come in winter. Drive from {pl:Karasjok} to {pl:Kautokeino} in a snowstorm with a patient's GPS alarm blinking on your phone. Then design the technology. Don't design it in an office in {pl:Oslo} or {pl:Trondheim} where the biggest risk is a bicycle.
I1: Is there anything else you'd like to add?
P18: Only that we celebrate on {k:the 6th of February}, {k:Sámi National Day} — if you come then, you'll see everybody in gákti at the health centre, even the patients. And you can write to me if you have more questions: {e:biret.anne.somby@karasjok.kommune.no}. Giitu — thank you.
I1: Giitu, {p:Biret}.
P18: Haha, very good pronunciation!
""")

# ---------------------------------------------------------------- P19
add("P19", "nb", "speech-to-text, bokmål (procurement advisor, Kristiansund)", r"""
I1: sånn nå tar den opp {p:kristian} kan du si litt om hvem du er
P19: ja jeg heter {p:kristian} og jeg er innkjøpsrådgiver i {o:kristiansund kommune} og jeg har jobba med anskaffelser i {k:ti år} først i privat næringsliv på et oljeserviceselskap og så her i kommunen de siste fire årene mest innenfor helse og omsorg
I1: hvilke anskaffelser innen velferdsteknologi har du vært med på
P19: den største er trygghetsalarmene og responssenteret det gjelder nesten {k:tusen brukere} på hele {pl:nordmøre} fordi vi kjøpte sammen med {pl:averøy} {pl:tingvoll} og {pl:gjemnes} i et interkommunalt samarbeid som heter {o:nordmøre innkjøpssamarbeid} og så har vi hatt medisindispensere og litt sensorer
I1: kan du fortelle om prosessen med trygghetsalarmene
P19: ja det er en litt dramatisk historie for vi hadde en leverandør som het {o:alarmhuset nord as} og de vant konkurransen og alt gikk fint i et år og så {d:den åttende juni tjuetjueto} fikk jeg en telefon klokka halv åtte om morgenen fra {p:mari ann} på responssenteret som sa at de ikke fikk kontakt med serveren og da viste det seg at {o:alarmhuset} hadde gått konkurs over natta
I1: hva gjorde dere da
P19: panikk først haha nei men vi hadde heldigvis en beredskapsplan som {p:frank} hadde skrevet {p:frank ødegård} han er beredskapskoordinator og planen sa at alle alarmer skulle rutes til legevakta midlertidig så det gjorde vi men legevakta har jo ikke kapasitet til å ta imot alarmer fra tusen brukere så vi måtte få på plass en ny leverandør på noen dager
I1: hvordan er det mulig rent juridisk
P19: det er mulig med en sånn direkte anskaffelse på grunn av uforutsette omstendigheter {k:paragraf tretten} fjerde ledd bokstav b tror jeg og jeg satt med en jurist fra {o:ks advokatene} hele helga det var {k:sol} ute og alle andre var på stranda og jeg satt inne med {k:lovdata} haha
I1: og hvem ble den nye leverandøren
P19: det ble et selskap fra {pl:bergen} som heter {o:vestvakt sikkerhet as} og de hadde kapasitet og de var raske og avtalen ble signert {d:den femtende juni} sju dager etter og vi fikk flytta alle alarmene i løpet av tre uker med hjelp av hjemmetjenesten som kjørte rundt og bytta sim kort i hver eneste alarm
I1: det høres ut som en stor jobb
P19: det var det og jeg må si at superbrukerne i hjemmetjenesten gjorde en enorm innsats særlig {p:sol elin} på {pl:nordlandet} og hun {p:lisa} på {pl:frei} de jobbet overtid i tre uker og fikk en blomst og et gavekort på {k:femhundre kroner} det er for lite
I1: var det brukere som merket noe
P19: ja noen fikk ikke svar på alarmen de første dagene en dame på {pl:innlandet} på {ag:nitti år} trykket på alarmen tre ganger uten å få svar hun hadde falt i gangen og ble funnet av naboen etter to timer det ble en avvikssak og det var med i avisa {o:tidens krav} og det var jo ikke bra men hun klarte seg heldigvis
I1: hvordan ble den saken fulgt opp
P19: den ble meldt til {o:statsforvalteren} og har saksnummer {id:tjueto strek null tre tre en to} hos dem og vi har fått en rapport med anbefalinger hovedpoenget var at vi burde hatt exit klausuler i kontrakten som sikret overføring av data og det er helt riktig
I1: hva har dere lært
P19: at kontraktene må ha krav om at data eies av kommunen og at det skal være mulig å flytte til ny leverandør på kort tid og at vi må ha en reserveløsning som faktisk er testet ikke bare skrevet vi har nå en øvelse en gang i året siste gang var {d:tredje i tredje} i år
I1: er det noen andre i kommunen som burde snakke med meg
P19: ja du burde snakke med {p:frank} og med {p:tove} som er prosjektleder velferdsteknologi hun heter {p:tove kristin strand} og du kan ringe henne på {ph:sju en sju fire null to null null} eller sende på {e:tove kristin punktum strand krøllalfa kristiansund punktum kommune punktum no}
I1: takk det skal jeg gjøre noe mer fra deg
P19: nei egentlig ikke jo kanskje at innkjøp ikke bare handler om pris vi valgte den billigste første gang og det kostet oss dyrt
I1: takk for praten {p:kristian}
P19: takk i like måte
""")
# ---------------------------------------------------------------- P20
add("P20", "nn", "nynorsk (care worker, Hardanger)", r"""
I1: Hei, {p:Astrid}. Kan du byrje med å fortelje kven du er?
P20: Ja. Eg heiter {p:Astrid}, eg er helsefagarbeidar og har jobba på {o:Kinsarvik bu- og omsorgssenter} i snart tjue år. Eg er fødd og oppvaksen på {pl:Utne}, tvers over fjorden, og bur der framleis, så eg tek ferja kvar dag. Det er fint, eg får kaffi og ser på fjorden. {k:Tjue minutt} med ro før alt startar.
I1: Kva slags teknologi har de på omsorgssenteret?
P20: Me har dørsensorar på alle romma på demensavdelinga, og så har me ein skjerm på vaktrommet som viser kven som går ut. Og så har me fått nytt pasientvarslingsanlegg i fjor. Det var eit heilt prosjekt i {o:Ullensvang kommune}, etter samanslåinga med {pl:Odda} og {pl:Jondal}. Alt skulle samordnast. Og det tok tid, kan du tru.
I1: Korleis har dørsensorane fungert i praksis?
P20: Godt, stort sett. Men eg skal fortelje om {p:Sjur}. Han var ein gamal fruktbonde frå {pl:Lofthus}, {ag:nittifire år}, og han vakna kvar natt {k:klokka fire}, for det var då han alltid stod opp for å sprøyte epletrea. Og sensoren varsla, og me gjekk inn, og han sa "eg skal ut i hagen". Kvar natt. Til slutt sa {p:Yonas}, kollegaen min, "kvifor ikkje la han gå ut?" Og det var jo eit godt spørsmål.
I1: Kva gjorde de då?
P20: Me snakka med leiaren, {p:Helge}, og med dottera til {p:Sjur}, {p:Brita}. Og så fekk me lov til å ta han med ut i hagen, med jakke og lue, om natta, når sensoren varsla. Berre ti minutt. Han gjekk rundt eplet... eple-treet... me har to epletre bak bygget. Han tok på borken. Så gjekk han inn att og sov til åtte. {p:Yonas} gjorde det mest, for han jobba natt. Han er frå {pl:Eritrea}, og han sa at bestefaren hans var bonde i fjellet utanfor {pl:Asmara} og hadde det på same måten.
I1: Det er ei fin historie. Har det vore ting som har gått gale?
P20: Ja. Ein gong, {d:fredag 13. oktober}, ha-ha, sjølvsagt ein {k:fredag}, gjekk straumen i heile {pl:Kinsarvik} i to timar fordi eit tre hadde falle over linja. Og naudstraumen slo ikkje inn for pasientvarslinga. Me hadde ingen sensorar. Me var tre på jobb og gjekk rundt med lommelykt. Og ei dame, eg seier ikkje namnet, hadde gått ut og sat på benken ved inngangsdøra i nattkjolen. I {k:oktober}! Ho hadde det bra, men det var flaks.
I1: Korleis vart det følgt opp?
P20: Avvik, møte, og så kom ein frå leverandøren, {o:Vestnorsk Tryggleik}, dei sit i {pl:Haugesund}. Det viste seg at batteriet i sentralen var gått ut på dato. Ingen hadde sjekka det. No er det {p:Siv} som har ansvaret for å sjekke det kvar månad, {p:Siv Utne}, ho er ressursperson. Og ja, etternamnet er det same som bygda, og ho bur der, som meg. Me køyrer ferja saman. Ho er tremenningen min, faktisk.
I1: Korleis er det med språk og teknologi på arbeidsplassen?
P20: Me er mange frå ulike land. {p:Yonas} frå {pl:Eritrea}, {p:Feven} òg, og så {p:Agata} frå {pl:Polen} og {p:Jurgita} frå {pl:Litauen}. Skjermane er på norsk, og det går greitt for dei fleste. Men opplæringsvideoen frå leverandøren var på bokmål og i ein fart som ingen kunne følgje. {p:Jurgita} sette på teksting på telefonen og omsette til litauisk. Ho sa at det vart berre tull. Ha-ha.
I1: Har de hatt problem med personvern?
P20: Ein gong. Ein vikar las opp heile fødselsnummeret til ein bebuar høgt i telefonen, i gangen, medan pårørande sat i stova. "{id:120429 38511}", sånn, med ein pause i midten. Eg hugsar det fordi eg tenkte: no veit alle i stova kva dag ho er fødd. Ho er fødd i {ag:1929}, og det var sjukehuset i {pl:Odda} som ville ha nummeret. Vikaren fekk ein prat etterpå. Men det er ikkje lett, me er ikkje opplærde i det.
I1: Korleis samarbeider de med sjukehuset?
P20: {o:Helse Fonna} har sjukehus i {pl:Odda} og {pl:Haugesund}. Når nokon kjem tilbake frå sjukehuset, kjem epikrisen elektronisk, og det fungerer. Men telefonen... Å få tak i ein lege på {o:Haugesund sjukehus} om natta er som å vinne i {k:Lotto}. Me har eit direktenummer til {k:vakthavande}, {ph:52 73 24 90}, men det er alltid opptatt.
I1: Kva tenkjer du om framtida?
P20: Eg trur det kjem meir sensorar, og kanskje kamera. Og eg er ikkje imot det. Men eg håpar at me framleis får gå ut i hagen med ein gamal mann klokka fire om natta. Det står ikkje i nokon prosedyre. Det er berre rett.
I1: Er det noko meir du vil seie?
P20: Berre at {p:Sjur} døydde i fjor haust, {d:1/11-23}, stille, i senga si. {p:Brita} kom med ei kasse eple til oss etterpå. Frå treet hans. Me åt dei på vaktrommet. Eg får tårer i auga berre eg tenkjer på det.
I1: Takk for at du delte det, {p:Astrid}.
P20: Takk sjølv.
""")
# ---------------------------------------------------------------- P21
add("P21", "en", "English (son abroad of a woman with dementia)", r"""
I1: Hi {p:Eirik}, can you hear me okay?
P21: Loud and clear. Sorry about the background, I'm in the kitchen, the kids are watching telly next door. Go ahead.
I1: Could you start by telling me a bit about your mother and the situation?
P21: Sure. Mum is {ag:eighty-three}, she lives on her own in the house I grew up in, in {pl:Molde}, up at {pl:Hjelset}, with the view of the fjord. She was a teacher at {o:Hjelset skole} for {k:thirty-something years}, everybody knows her. She was diagnosed with vascular dementia about three years ago. My sister {p:Hanne} lives in {pl:Ålesund}, which is an hour away, and I've been in {pl:London} for, God, twenty years now. So it's complicated.
I1: How does technology figure in the way you stay in touch?
P21: Massively. We got her a tablet — well, the kommune provided it through a pilot — one of those simplified ones with just big photos of us on the screen, and you press the face and it calls. Every evening at seven my time, eight hers, I call. The kids say goodnight to "{k:Bestemor}". Sometimes she's very with it, sometimes she asks me if I've finished my homework. I'm {ag:forty-eight}.
I1: That must be hard.
P21: It is and it isn't. I'd rather she asks about my homework than not recognise me at all. The tablet also means that the home care nurses can see her — there's a thing where they can do a video check-in in the evening instead of driving out. There's one nurse, {p:Mari}, {p:Mari Ekrem}, who calls her every night at nine and they chat about the weather. Mum thinks {p:Mari} is her niece. {p:Mari} plays along. I think that's lovely.
I1: Have there been difficulties with the technology?
P21: Oh, plenty. The worst was {d:Boxing Day 2022}. The tablet had updated itself overnight and the big faces had disappeared, it was back to a normal {k:Android} screen with a hundred icons. Mum couldn't call anyone. She rang {p:Hanne} on the landline in tears, {p:Hanne} rang me, and I spent two hours on the phone from {pl:London} trying to talk her through it. In the end {p:Hanne} drove over, in a snowstorm, on the {k:E39}.
I1: Who did you contact about it?
P21: I tried the kommune switchboard, but of course it was a holiday. Then I found the supplier's name on the back of the tablet, {o:Kvikk Omsorg AS}, and emailed them, {e:support@kvikkomsorg.no}, and got an automatic reply saying they'd respond within {k:five working days}. Five working days! Eventually a woman from the kommune, {p:Sissel Rakvåg}, who runs the welfare technology project, rang me back on my UK mobile, {ph:+44 7700 900418}, which I'd left on about six different voicemails. She was brilliant. She sorted it in a day.
I1: What about other technology — dispensers, alarms?
P21: She has an alarm pendant, and a medicine dispenser that was installed last spring. The dispenser's been good, actually, because she was double-dosing on her heart pills. She'd forget she'd taken them. GPS we talked about, but she doesn't really go out alone anymore, so it didn't feel necessary. Although — {k:last Thursday}, she apparently walked to the {o:Coop} at {pl:Hjelset} in her slippers. So maybe we'll revisit that.
I1: How do you and your sister share the responsibility?
P21: Not equally, if I'm honest. {p:Hanne} does the heavy lifting. She's the one who goes to the meetings at the health centre, the one who gets the calls when Mum's alarm goes off at {k:3 a.m.} I do the admin from a distance — I deal with the paperwork, I call the kommune, I'm the one who reads the vedtak and asks awkward questions. We've had rows about it. She once said "you do the emails, I do the bum-wiping", which was fair.
I1: Have you thought about a nursing home?
P21: Constantly. Mum's name is on the waiting list for {o:Bergmo omsorgssenter} — her case number is {id:24/00731}, I've quoted it so many times I know it by heart. But she doesn't want to go. She says she'll leave {pl:Hjelset} "in a box". And honestly, with the tablet and the dispenser and {p:Mari} calling every night, she's managing. Just about.
I1: What's it like being so far away?
P21: Guilt, mostly. I fly back four or five times a year, {pl:London} to {pl:Ålesund} via {pl:Oslo}, or to {pl:Molde} directly when there's a flight. Every time I walk into the house I'm looking for signs — is the fridge full, has she been eating, is the post piling up. Last time, on {d:the 2nd of September}, the fridge had nine jars of jam in it and nothing else. That was a bad visit.
I1: Is there anything you think the municipality could do better?
P21: Communicate with families who aren't there. Everything assumes you're around the corner. The meetings are at ten on a Tuesday in {pl:Molde}. There's no {k:Teams} option half the time. And the information comes in letters to Mum's address, {a:Kleivevegen 12, 6450 Hjelset}, which she then puts in a drawer and forgets about. I've asked them a hundred times to copy me by email.
I1: Anything else you'd like to add?
P21: Just that the technology is only as good as the people around it. The tablet is a lump of plastic without {p:Mari} calling. The dispenser is useless if nobody fills it. And if you want to follow up, my email's {e:eirik.aaro@outlook.com} — happy to talk more.
I1: Thank you so much, {p:Eirik}.
P21: Thanks for doing this. Tusen takk.
""")

# ---------------------------------------------------------------- P22
add("P22", "nb", "bokmål, Telemark dialect (home-care nurse, dispenser superbruker)", r"""
I1: Hei, {p:Gro}. Fint at du ville være med. Kan du fortelle hva du jobber med?
P22: Ja, eg e sjukepleiar, eller sykepleier, i heimetenesta i {pl:Seljord}, og eg e superbruker på dispensera. Me har {k:tjueåtte dispensera} ute no, og eg har hand om alle. Eg har jobba i {o:Seljord kommune} sia eg var ferdig på {o:Høgskolen i Telemark}, det e snart tjue år sia.
I1: Hvordan begynte det med dispenserne hos dere?
P22: Det var {p:Frank} som tok det inn. Han var leiar før, {p:Frank Kjos}, han e pensjonist no. Han hadde vore på ei messe, og der sto det ein kar og viste fram ein dispenser, og {p:Frank} kom heim og sa "dette ska me ha". Og så tok det to år med søknader og prosjektmidlar før me fekk dei. Dei første kom {d:onsdag 1. februar}, det hugsar eg, for det var så kaldt at bilen ikkje ville starte.
I1: Hvordan tok pasientene det imot?
P22: Blanda. Det var ei dame i {pl:Flatdal}, {p:Aslaug}, ho blei {ag:hundre} i fjor, og ho var heilt fantastisk. Ho sa "no har eg fått ein ny kjærast" og klappa på dispenseren. Haha. Men så var det ein kar i {pl:Åmotsdal}, {p:Halvor}, gammal tømmerhoggar, han ville ikkje ha nåke av det. Han slo av straumen på dispenseren kvar kveld, for han meinte han brukte straum. "Kå trur du den kostar i måna?" sa han. Haha.
I1: Hvordan løste dere det med {p:Halvor}?
P22: Me fekk ein elektrikar til å kople han på ein eigen kurs som ikkje kunne slås av frå stikkontakten. {p:Halvor} oppdaga det etter ei veke og klaga til {k:ordføraren}. Ordføraren, {p:Solveig}... nei, ho heiter {p:Sigrid}, {p:Sigrid Bjåland}, ho ringde meg og spurde kå som foregjekk. Eg forklarte, og ho lo. Ho kjende {p:Halvor} frå før. Alle kjenner alle her.
I1: Hvordan er samarbeidet med apoteket?
P22: Apoteket på {pl:Bø} fyller multidosene, og det går stort sett bra. Men ein gong var det feil i ein rull, {d:den 22. i 9.}, to tablettar for mykje av blodfortynnande til ei dame i {a:Brøløsvegen 8}. Me oppdaga det då me sjekka, heldigvis. {p:Marit} på apoteket var heilt fortvila. Det blei avvik på begge sider, og dei har endra rutinane.
I1: Hvordan lærer du opp kollegaer?
P22: Eg har laga ein perm, og så tar eg dei med ut. Eg har sjølv lært det meste av {p:Per Olav} hjå leverandøren, {o:Dosevakta AS}, han har mobilnummer {ph:936 28 417}, og eg har sagt at ingen andre får det. Haha. Men no har eg lært opp {p:Kamil}, han e frå {pl:Polen}, og han e den beste av oss alle, han e ingeniør frå før. Han forstår korleis dei tenkjer, dei som har laga maskina.
I1: Hvordan er kjøringen i en så spredt kommune?
P22: Lang. Frå {pl:Seljord} sentrum til {pl:Åmotsdal} e det tretti minutt kvar veg. Og om vinteren meir. Bilen min e ein gammal {k:Berlingo}, {id:UE 42930}, og han har gått over {k:tjue tusen mil}. Han lyt byttast, men det e ikkje pengar. Dispenserane sparar køyring, det e sant, men dei sparar ikkje alt. Nokon må framleis fylle dei og sjekke dei.
I1: Har det vært situasjoner der dispenseren varslet og det var alvorlig?
P22: Ja. {d:Nyttårsaftan 2021}. {p:Aslaug} hadde ikkje tatt medisinen {k:klokka åtte} om kvelden, og dispenseren varsla. Eg ringde, ingen svarte. Eg køyrde, og ho låg i senga med feber, heilt forvirra. Det var lungebetennelse. Ho kom til {o:Notodden sjukehus} same natta. Og ho kom seg! Ho sa etterpå at dispenseren redda livet hennar. Eg seier at det var eg. Haha. Nei, det var begge.
I1: Hva tenker du om fremtiden?
P22: At det kjem meir. Og at me må passe på dei som ikkje passar inn. {p:Halvor} har framleis ikkje dispenser, me køyrer dit {k:to gonger om dagen}, og det e greitt. Ikkje alle skal ha robot.
I1: Er det noe mer du vil legge til?
P22: Berre at dokk må gjerne ringe meg om dokk vil snakke meir, {ph:35 06 51 10} e kontortelefonen, eller send til {e:gro.lunde@seljord.kommune.no}. Og hels frå {p:Aslaug} — ho har nettopp blitt {ag:hundre og eitt}, og ho vil gjerne vere med i forskinga, seier ho. Haha.
I1: Takk, {p:Gro}!
P22: Takk sjølv.
""")
# ---------------------------------------------------------------- P23
add("P23", "en", "English (Norwegian district leader, Bodø)", r"""
I1: Thank you for taking the time, {p:Merete}. I know you're busy.
P23: No problem, it's nice to talk about something other than budgets. And sorry in advance, my English is a bit rusty, I did a year abroad as a student but that was a long time ago.
I1: Could you describe your role?
P23: I'm the district leader, {k:avdelingsleder}, for home care in {pl:Bodø}, the eastern district, so that's {pl:Hunstad}, {pl:Mørkved}, out to {pl:Saltstraumen}. About {k:ninety employees}, five hundred users roughly. And for the last two years I've also been the line manager for the welfare technology team, because nobody else wanted it, haha.
I1: What's the biggest welfare technology change you've overseen?
P23: The switch to the new safety alarms with automatic fall detection. We replaced about eight hundred alarms across the whole kommune, from analogue to digital, between {d:the 1st of August 2022} and {k:Christmas}. Every single alarm had to be visited. It was... an experience.
I1: How did the fall detection work in practice?
P23: In theory, beautifully. In practice, we got a lot of false alarms at first. The sensor reacts to sudden movements. So we had one man in {pl:Saltstraumen}, a retired fisherman, still goes out in his boat, and every time he started the outboard motor with a jerk, the alarm went off. The alarm central would call him, he couldn't hear with the motor going, so they sent a nurse. {p:Liv}, my most experienced nurse, drove out three times the first week to find him sitting in his boat waving at her.
I1: (laughs) How did you solve that?
P23: {p:Liv} sat down with him over coffee and they agreed he takes off the pendant when he's in the boat and puts on a life jacket instead. Which is arguably safer anyway. The alarm central notes it in his profile: user number {id:50144}, "in boat — call mobile". It's a very {pl:Nordland} solution.
I1: Were there more serious situations?
P23: Yes. One I think about is a woman in {pl:Rønvik}, in her {ag:late seventies}, who fell in the bathroom, and the fall detection didn't trigger because she sort of slid down along the wall. Slowly. No sudden movement. She lay there for almost four hours before the morning visit. It was {d:January the 9th}, a Monday. After that we did a review with the supplier, {o:Nordic Safe Living}, and it turns out the algorithm needs a certain acceleration. We didn't know that. Nobody had told us.
I1: What changed after that?
P23: We now tell every user and family clearly: the fall detector is not a guarantee, you must still press the button if you can. We put it in the information letter, in bold. And we put a simple pull cord in the bathrooms of those at high risk. Very low-tech. Sometimes the old solutions are the best.
I1: How do you work with immigrant staff on the technology?
P23: We have a lot of staff from abroad: {pl:Lithuania}, {pl:Somalia}, {pl:Syria}. {p:Vytautas} — we call him {p:Vytas} — he's from {pl:Klaipėda}, he's our superbruker for the alarms, and he's amazing with the technical side. He was an electrician before. The challenge is sometimes the communication with the users, especially the old people on the islands who speak strong dialect. {p:Vytas} once spent ten minutes on the phone with a man on {pl:Helligvær} before he understood the man was asking if he was the weather forecast.
I1: And contact with the suppliers — how does that work?
P23: We have a contract manager on their side, {p:Jonas Lindqvist}, he's Swedish, sits in {pl:Stockholm}. His email is {e:jonas.lindqvist@nordicsafeliving.se}. And we have a monthly {k:Teams} meeting. But for urgent things I've got his mobile, {ph:plus four six, seven oh, three two one, fifty-five, eighteen}. I've used it twice. Both times on a {k:Sunday}.
I1: What's your relationship with the hospital like?
P23: Good, mostly. {o:Nordlandssykehuset} is right here in {pl:Bodø}, so it's close. We have a shared coordinator, {p:Ragnar Skjæveland}, who deals with discharges. But their system is {k:DIPS} and ours is {k:Gerica}, and they don't talk to each other properly, so things still go by fax sometimes. Fax! In this day and age! It's embarrassing.
I1: If you could change one thing?
P23: Time for training. We rolled out eight hundred alarms and gave the staff a one-hour course. That's not enough. The users got a leaflet. Not enough either. Next time I want two weeks of nothing but training before anything goes live. I've said this to the kommunaldirektør, {p:Arnt Bjørkli}, and he nodded, and then the budget came.
I1: Anything else?
P23: Only that the people in home care are heroes, and I'm not saying that because I'm their boss. Well, maybe a little. If you need anything else, my direct number is {ph:75 55 62 18}, or email {e:merete.hansen-aune@bodo.kommune.no}. Oh, and if you're still here on {k:Saturday}, come to {pl:Aspmyra}, {o:Glimt} are playing at home. You haven't seen {pl:Bodø} until you've seen that.
I1: Thank you, {p:Merete}, I might just do that.
P23: Do it!
""")

# ---------------------------------------------------------------- P24
add("P24", "nb", "bokmål, standard (welfare-technology project leader)", r"""
I1: Da er opptakeren på. Kan du starte med å si litt om hvem du er og hva du jobber med?
P24: Ja. Jeg heter {p:Håkon Rud}, jeg er prosjektleder for velferdsteknologi i {o:Lørenskog kommune}, og har vært det siden {d:1.10.2020}. Før det var jeg ergoterapeut i {k:tolv år}, så jeg har et praktisk utgangspunkt. Jeg tror det er viktig, egentlig. At man har vært ute i hjemmene.
I1: Hva har vært de viktigste milepælene i prosjektet?
P24: Ehm... la meg tenke. Vi startet med trygghetsalarmer, som alle andre. Så kom medisindispensere, så GPS, og nå sist digitalt tilsyn i bofellesskapene. Vi har fått midler fra {o:Nasjonalt velferdsteknologiprogram} i to runder, og det har vært helt avgjørende. Uten de pengene hadde vi ikke vært der vi er. Altså, det er bare sånn det er.
I1: Kan du fortelle om en konkret sak som har vært vanskelig?
P24: Ja. Det er en sak jeg har tenkt mye på. En ung mann i et av bofellesskapene, {p:Trond}, han er {ag:tjueåtte år}, og han har {k:Huntington}... nei, beklager, det er feil, det skal jeg ikke si. Han har en sjelden nevrologisk sykdom, la oss si det sånn. Han har epileptiske anfall om natta, og familien ønsket kamera på rommet. Og han selv... han kunne ikke si ja eller nei på en tydelig måte. Og da står man der. Hva er til hans beste?
I1: Hva gjorde dere?
P24: Vi brukte lang tid. Vi hadde møter med moren, {p:Anne-Grete}, og med fastlegen, og med {o:Ahus}, nevrologisk avdeling. Og vi fikk en vurdering fra personvernombudet. Til slutt ble det vedtak om en sensor som registrerer anfallsbevegelser, ikke kamera. Et kompromiss. Vedtaket har nummer {id:2022/1187-6}, hvis du vil sjekke, men det er selvfølgelig unntatt offentlighet. Haha.
I1: Hvordan har det fungert?
P24: Bra, faktisk. Sensoren har varslet ved {k:sju anfall} det siste halvåret, og personalet har vært der innen {k:to minutter} hver gang. Moren er fornøyd. Og {p:Trond} har beholdt privatlivet sitt. Men jeg vet ikke om vi gjorde det riktig. Jeg tror det er sånn at man aldri vet helt i denne jobben.
I1: Hvordan involverer dere brukerne selv i prosjektet?
P24: Vi har en brukergruppe som møtes fire ganger i året. Der sitter det blant annet en kvinne med {k:Down syndrom}, {p:Jenny}, hun er {ag:førtito}, og hun er den skarpeste av alle. Hun testet nettbrettløsningen vår og sa "det er for mange knapper, og knappene er for små, og hvorfor står det 'avslutt samtale' i stedet for 'ha det'?". Hun hadde helt rett. Vi endret det.
I1: Hvem andre har vært viktige i prosjektet?
P24: Ressurspersonene. Jeg har én i hver enhet. {p:Storm} på {pl:Fjellhamar} — ja, han heter faktisk {p:Storm}, {p:Storm Aksnes} — og {p:Rasha} på {o:Lørenskog sykehjem}. {p:Rasha} er fra {pl:Syria}, hun var farmasøyt der, og hun har en helt annen forståelse av medisindispensere enn oss andre. Hun har funnet feil i doseringsoppsettet som leverandøren ikke så.
I1: Hvordan er samarbeidet med nabokommunene?
P24: Vi samarbeider med {pl:Lillestrøm} og {pl:Rælingen} om enkelte anskaffelser. Det er både lett og vanskelig. Lett fordi vi deler kostnader, vanskelig fordi vi har forskjellige journalsystemer. {pl:Lillestrøm} har {k:CosDoc}, vi har {k:Gerica}. Og dispenserne må integreres med begge. Det tar tid. Vi har et felles prosjektmøte annenhver {k:tirsdag}.
I1: Har dere hatt kontakt med {o:Datatilsynet}?
P24: Én gang. Det var en klage fra en pårørende på GPS-sporing, i fjor høst. Pårørende mente at kommunen lagret posisjonsdata for lenge. Og det hadde de rett i, faktisk. Vi hadde ikke satt opp sletting. Saken hos {o:Datatilsynet} fikk nummer {id:23/02311}, og vi fikk en reprimande — nei, ikke reprimande, en sånn veiledning. Vi har ryddet opp nå. Alle data slettes etter {k:tretti dager}.
I1: Hvordan ser du på balansen mellom trygghet og frihet?
P24: Det er kjernen i alt. Hver gang vi setter inn en sensor, tar vi litt frihet. Hver gang vi lar være, tar vi litt trygghet. Og det er ikke vi som skal bestemme den balansen alene. Det er brukeren, og når brukeren ikke kan, så er det pårørende og fagfolk sammen. Jeg har sagt det på {o:KS} sine samlinger, og jeg sier det til deg.
I1: Har du noe du vil legge til?
P24: Kanskje bare at jeg slutter i stillingen {d:31. august}. Jeg skal begynne i {o:Helsedirektoratet}. Så hvis du vil ha oppfølging, er det {p:Anniken Skogstad} som tar over. Hun nås på {e:anniken.skogstad@lorenskog.kommune.no} eller {ph:67 93 40 12}. Hun er flink. Flinkere enn meg.
I1: Takk for en god samtale, {p:Håkon}.
P24: Takk selv.
""")
# ---------------------------------------------------------------- P25
add("P25", "en", "speech-to-text, English (Lithuanian night worker, Haugesund)", r"""
I1: okay it's on now so {p:tomas} thanks a lot for staying after your night shift
P25: no problem i am awake anyway my body doesn't know what time it is anymore haha
I1: can you tell me a bit about yourself and your job
P25: yes so i am {p:tomas} i am from {pl:lithuania} from a small town near {pl:shauliai} you know {pl:shiauliai} the city with the {pl:hill of crosses} and i came to {pl:norway} for the fish factory first on {pl:karmøy} in the filet line and then i took the education to helsefagarbeider in the evening and now i work night in home care in {pl:haugesund} {k:six years}
I1: what does a night in home care look like
P25: we are two cars for the whole city at night me and a colleague mostly {p:rose} she is from the {pl:philippines} and we have maybe {k:fifteen visits} planned and then the alarms that come and we have the phone with everything on it the list the journal and the keys all the doors are electronic now the digital lock so the phone is everything if you lose the phone you lose everything
I1: has that ever happened
P25: yes to me haha that's why i wanted to talk with you it was {d:the seventh of october} a saturday night very windy i was at a patient in {pl:skåre} and i put the phone on the roof of the car while i was carrying the bag and i drove away and the phone flew off somewhere on the road and i didn't notice until the next visit
I1: what did you do
P25: first i panicked then i called {p:rose} from the patient's landline and she called the night nurse {p:bjørn inge} and he called the it support they have an emergency line and they blocked the phone remotely and all the keys in maybe {k:twenty minutes} but in those twenty minutes the phone was somewhere on the road with keys to {k:two hundred homes}
I1: was the phone found
P25: yes in the morning a man walking his dog found it in the ditch and gave it to the police and the police called the kommune because the phone had the kommune sticker the screen was completely destroyed and the it people checked the logs no doors were opened so nothing happened but i had to write a long avvik and talk with the leader
I1: how was that conversation
P25: it was okay the leader is a good person {p:marianne} {p:marianne tveit} she said {p:tomas} it can happen to everybody but now we make a rule the phone is always in the pocket with a string like for children's gloves haha and now we all have the string
I1: what other technology do you meet at night
P25: the alarms the trygghetsalarm from the old people and now the new ones with the fall detection and the door sensors for some with dementia and the camera for two patients on {pl:karmøy} that the night nurse looks at from the office in the town hall and the medicine robots but at night they sleep haha
I1: tell me about an alarm that stays with you
P25: there is a lady mrs {p:sørensen} on {pl:avaldsnes} she is {ag:eighty nine} and she presses the alarm every night at three and when we come she says i just wanted to see a human face and first i was irritated because you drive {k:thirty minutes} but then i understood she is alone all the day her husband died last year and her son is in {pl:stavanger} and now i like to go there i sit five minutes we talk about her garden and then i go
I1: you mentioned the camera supervision what do you think about it
P25: it is good for the patients with epilepsy for example there is a young man in {pl:kopervik} who has the camera and the sensor under the mattress and when he has the seizure the nurse sees it and calls us and we are there in ten minutes before that his mother slept on the floor in his room for years
I1: how is it to work as a foreigner in norwegian home care
P25: mostly good the old people they ask where are you from and when i say {pl:lithuania} they say aha my brother was a sailor in {pl:klaipeda} in {k:the seventies} or something always a story and the colleagues are okay but the language in the avvik and the documentation is hard i write and then i ask {p:rose} to read but she is also not norwegian so we are two foreigners checking each other haha
I1: what about training on the technology
P25: it was on the computer e learning with a test and then one day with the superbruker {p:dalia} she is also lithuanian from {pl:vilnius} and she explained everything in lithuanian so it was easier but the official course was only in norwegian and very fast
I1: is there anything you would want the people who decide to know
P25: that the night is different in the day there are many people and at night we are two and if something happens at the same time in {pl:kopervik} and in {pl:haugesund} we cannot be in two places and the technology makes more alarms not less work and also please give us better cars our car has the number plate {id:k h one two seven four four} and the heater doesn't work in winter we drive with the jacket and gloves
I1: i'll pass that on is there anything else
P25: no i think this is all if you have more questions my phone is {ph:nine four six two three zero eight eight} or email {e:tomas dot petrauskas at haugesund dot kommune dot no} but not in the day i sleep haha
I1: thank you {p:tomas} sleep well
P25: thank you bye
""")
# ---------------------------------------------------------------- P26 (focus group)
add("P26", "nb", "bokmål focus group (home-care staff and allocation office, Hamar)", r"""
I1: Velkommen alle sammen. Kan vi ta en rask runde der dere sier navn og hva dere jobber med?
P26A: Jeg kan begynne. {p:Marte}, sykepleier i hjemmetjenesten i {pl:Hamar}, sone {pl:Ankerskogen}, og superbruker på medisindispensere og trygghetsalarmer.
P26B: {p:Geir Ove}. Hjelpepleier, eller helsefagarbeider som det heter nå, på {pl:Ridabu}. Jeg er vel her fordi jeg er den som klager mest på teknologien. Haha.
P26C: Jeg heter {p:Ayan}, jeg er fra {pl:Somalia}, jeg jobber som helsefagarbeider i samme team som {p:Marte}. Jeg er ressursperson for GPS.
P26D: Og jeg er {p:Bente}, jeg sitter på tildelingskontoret, jeg er den som skriver vedtakene. Så det er min skyld at dere får all teknologien. Haha.
I1: Hva tenker dere om hvordan teknologien har endret hverdagen?
P26B: Altså, jeg skal være ærlig. Det er mer pip. Før hadde vi en liste, og så kjørte vi den. Nå har vi en liste, og så piper telefonen hele tida. Dispensere som varsler, alarmer som varsler, dørsensorer. Jeg får ikke tenkt.
P26A: Men {p:Geir Ove}, du må jo innrømme at vi kjører mindre enn før. Før var det fire besøk om dagen hos {p:Bjørg} på {pl:Vang} bare for medisiner. Nå er det ett.
P26B: Ja, ja. Men {p:Bjørg} var jo glad for de besøkene! Hun satte på kaffe hver gang.
P26C: Det er sant. Hun trykker på alarmen nå bare for å prate. Jeg var der forrige {k:torsdag}, hun hadde stekt vafler.
I1: {p:Ayan}, kan du fortelle om GPS-arbeidet?
P26C: Ja. Vi har elleve brukere med GPS nå. Den vanskeligste var en mann fra {pl:Ottestad}, han var bare {ag:sytti}, ung for demens, han var lastebilsjåfør før. Han gikk ikke — han kjørte! Han hadde fortsatt bilnøklene. En natt kjørte han helt til {pl:Elverum} før politiet stoppet ham. GPS-en lå i jakka, og jakka hang hjemme.
P26D: Det var den saken som gjorde at vi endret rutinene for bilnøkler. Jeg husker det godt, det var {d:6. desember}... nei, {d:7. desember}, dagen etter {pl:Hamar}-julebordet.
I1: (ler) Hva endret dere?
P26D: Vi fikk til et samarbeid med {o:Statens vegvesen} og fastlegene om førerkort. Og vi begynte å spørre om bilnøkler i kartleggingen. Det står nå i skjemaet, punkt {k:7.3}. Men den mannen, han fikk ikke førerkortet tilbake, og kona hans, {p:Wenche}, hun sa at det var som om han hadde dødd litt. Han var så glad i den bilen.
P26C: Han satt i bilen i garasjen hver dag etterpå. Uten nøkler. Bare satt der.
I1: Hvordan er opplæringen for dere?
P26A: For dispenserne var den god, synes jeg. Vi hadde {p:Sølvi} fra leverandøren, {o:Nordic Pill Systems}, hun var her i to dager.
P26B: To dager for deg! Jeg fikk en time på {k:Teams}, fordi jeg var på hytta i {pl:Trysil}. Nei da, jeg var syk. Haha.
P26C: Jeg lærte mest av {p:Marte}. Og av {k:YouTube}. Og nå er det {p:Marte} som holder kursene selv, hun har nesten blitt leverandøren.
I1: {p:Bente}, hvordan er det å skrive vedtak om velferdsteknologi?
P26D: Vanskelig, ærlig talt. Teknologien endres raskere enn lovverket. Og noen ganger skriver jeg vedtak om noe jeg aldri har sett. Jeg ber alltid om å få se utstyret først. {p:Marte} tar meg med ut noen ganger. Vi var hos en dame i {a:Furnesvegen 110} i forrige uke, og hun viste meg dispenseren sin like stolt som om det var et barnebarn.
I1: Hva med personvern?
P26B: Det er jeg bekymret for. Vi har alle disse opplysningene på telefonen. Navn, adresse, {k:fødselsnummer}, diagnoser. Og så glemmer noen telefonen på kafeen. Det skjedde med {p:Tobias}, han vikaren, i sommer. Telefonen lå på {o:Kaffebrenneriet} på {pl:Stortorget} i en time. Og koden var {k:1234}!
P26A: Den var låst, {p:Geir Ove}. Og det var ikke 1234, det var fire like tall, han sa det selv.
I1: Hvis dere kunne ønske dere én ting, hva ville det vært?
P26C: Flere språk i utstyret. Jeg har brukere som snakker somali, arabisk, polsk. Dispenseren snakker bare norsk.
P26B: Færre pip. Og mer tid til kaffe hos {p:Bjørg}.
P26A: En ordentlig stilling som superbruker. Ikke bare to timer i uka som forsvinner.
P26D: At vi som skriver vedtak og dere som gjør jobben snakker mer sammen. Som nå. Dette var fint.
""")

# ---------------------------------------------------------------- P27 (focus group)
add("P27", "en", "English focus group (immigrant staff, Oslo nursing home)", r"""
I1: Welcome, everyone, and thanks for staying after your shift. Let's go round — first names, and where you're from, if you like.
P27A: I'm {p:Joy} — well, {p:Jocelyn}, but nobody calls me that except the bank. I'm from {pl:Cebu}, in the {pl:Philippines}, and I'm a nurse here at {o:Ammerud}, on the second floor. Eight years now.
P27B: {p:Kasia}. {p:Katarzyna Nowak}, officially. From {pl:Kraków}. Helsefagarbeider, third floor, six years. Before this I was in a hotel in {pl:Oslo}, in the laundry.
P27C: My name is {p:Daniel}, {p:Daniel Tesfaye}, I am from {pl:Eritrea}, from {pl:Keren}. I work nights, mostly, on all floors. Helsefagarbeider also.
P27D: And I'm {p:Anders}. From {pl:Luleå}, in the north of {pl:Sweden}. I'm the token Swede, haha. {k:Sykepleier} at {o:Ammerud bo- og omsorgssenter}, and I'm the superbruker for the sensor system.
I1: Let's start with the technology you use every day. What comes to mind?
P27B: The phone. Always the phone. Everything is on the phone — alarms, the journal, the doors. If the phone dies, I'm blind.
P27A: And the sensors. We have those mats, and the motion sensors in the ceiling. {p:Anders} installed half of them himself, I think.
P27D: Not half! Maybe a third. The technician from the supplier, {o:Vaktkonsult AS}, came twice, and then I did the rest with the manual and a ladder.
P27C: At night it's the most important. Three of us for sixty residents. Without the sensors we would walk around all night opening doors, and everyone would wake up.
I1: {p:Daniel}, can you give an example from a night?
P27C: Yes. There is a man on the third floor, in room {id:305} — {p:Kasia} knows him — he is {ag:ninety-nine}, he was a sea captain, and he has {k:Parkinson's}. He gets up to go "on watch", he says. The sensor tells me, I go, and we stand by the window and look at {pl:Groruddalen} like it is the sea. Five minutes. Then he sleeps.
P27B: Captain {p:Hauge}, yes. He calls me "matros". Sailor. I don't mind.
P27A: He calls me "the cook", haha, because on his ship the cooks were from {pl:Manila}.
I1: How do you find the language side of the technology?
P27A: The screens are okay. The documentation is the hard part. You write in {k:Gerica}, and the nurse in charge reads it, and if your Norwegian is not perfect, she thinks you are not a good nurse. That's how it feels sometimes.
P27B: For me it's the phone calls. When the alarm goes to the relatives and they call back, and they talk fast, in dialect — I don't understand people from {pl:Bergen} at all, sorry.
P27D: Swedish helps, but it's also a trap. False friends. I told a lady her new cardigan was "rar" — in Swedish that means sweet, lovely — and in Norwegian it means weird. She didn't speak to me for a week.
P27C: For me the course was the problem. The course for the sensors was {k:on line}, on {k:Teams}, two hours, and I work nights — so I watched it at four in the morning with the sound low. I understood maybe half. Then {p:Anders} explained it again in the staff room, with drawings.
I1: Does {k:anyone else} have experiences with the training?
P27A: Yes, me. When the new phones came, on {d:Friday the 2nd of June} — I remember because it was my daughter's graduation — the training was the same day, nine to eleven. I asked to change. They said no. So I missed the graduation speech. Small thing, but.
P27B: {p:Joy}, you never told me that!
P27A: I don't complain, {p:Kasia}, you know me. Haha.
I1: What would make things easier for you?
P27D: A superbruker on every shift, not just me on day shift. {p:Daniel} should be the night one — he knows the system better than the leader.
P27C: But they don't pay for it. Two hours {k:per week}, they said, and then there is no one to cover the two hours.
P27B: Also, translations. The supplier has the manual in English and Norwegian. Why not Polish, Tagalog, Tigrinya? We are half of the staff here.
P27A: Our leader, {p:Hilde Granum}, she tried. She wrote to the supplier. They said "not in this version". Always "not in this version".
I1: Thank you all. If anyone wants to add something later, you can write to me.
P27D: And if you need the technical stuff, I'm on {ph:22 98 40 17}, that's my office line. {p:Joy}, don't give it to the relatives again, haha.
""")
# ---------------------------------------------------------------- P28 (focus group)
add("P28", "nn", "nynorsk focus group (nursing-home staff, Førde)", r"""
I1: Velkomne, alle fire. Kan de seie namnet og kva de gjer her, så tek me det derifrå?
P28A: Eg er {p:Solfrid}, sjukepleiar, eg har gått natt på {o:Hafstad bu- og behandlingssenter} sidan eg flytta frå {pl:Bergen}, det er {k:elleve år} no.
P28B: {p:Ole Kristian}. Helsefagarbeidar, dagtid, og så er eg superbrukar på fallsensorane. Eg er frå {pl:Naustdal}, eigentleg, men bur i {pl:Førde} no.
P28C: {p:Hiwet}. Eg er frå {pl:Eritrea}, eg har jobba her i fire år, mest kveld. Eg tok fagbrevet i fjor.
P28D: Og eg er {p:Jarle}, eg er avdelingsleiar for andre etasje. Eg skal prøve å halde meg i bakgrunnen, så dei andre får snakke. Ha-ha.
I1: Kva for teknologi er viktigast i kvardagen dykkar?
P28B: Fallsensorane, utan tvil. Me har dei på alle rom no. Og kamera på nokre få, med samtykke.
P28A: For natta er det kamera. Eller «digitalt tilsyn», som det heiter i vedtaka. Eg kallar det kamera. Det er stor skilnad på å kunne sjå at nokon søv og å opne døra og vekkje dei.
P28C: Men {p:Solfrid}, du går jo inn likevel, eg har sett deg! Ha-ha.
P28A: Ja, av og til. Når eg får ei kjensle. {p:Hiwet}, du gjer det same.
I1: Kan de fortelje om ei natt der teknologien gjorde ein skilnad?
P28A: Eg tenkjer på han {p:Dag} på rom {id:12}. Han er {ag:nittisju år}, tidlegare {k:lensmann} i {pl:Jølster}. Ei natt i desember — {d:laurdag 2. desember}, trur eg — viste kameraet at han sat på sengekanten og skalv. Det var ikkje eit fall, så sensoren varsla ikkje. Men eg såg det på skjermen, og eg gjekk inn, og han hadde feber over førti. Han vart send til {o:Førde sentralsjukehus} same natta. Lungebetennelse.
P28B: Og det er poenget. Sensoren fangar fall. Han fangar ikkje at nokon er sjuke.
P28D: Og {p:Dag} var på beina att etter ei veke. Han spurde kven som hadde sett han. "Det var kameraet, {p:Dag}", sa {p:Solfrid}, og han sa "då får eg vel takke kameraet". Ha-ha.
I1: {p:Hiwet}, korleis opplever du teknologien?
P28C: Eg likar det. Men i byrjinga var eg redd for å gjere feil. Alt er på norsk, og sensorskjermen har mange forkortingar. {p:Ole Kristian} laga ein lapp til meg med kva alt betyr. Eg har han framleis i lomma. Og heime i {pl:Asmara} har ikkje mor mi straum heile {k:dagen} ein gong, så når eg fortel om kamera og sensorar, trur ho at eg jobbar på eit sjukehus i {pl:Amerika}.
P28B: Den lappen har eg laga til fleire, eigentleg. Han ligg på {k:Teams} òg, men ingen finn han der. Ha-ha.
I1: {p:Jarle}, korleis er det frå leiarsida?
P28D: Krevjande. Det er eg som må forklare kvifor me treng fleire folk, sjølv om me har fått teknologi. {o:Sunnfjord kommune} har ein plan der det står at velferdsteknologi skal gje «frigjort tid». Eg har bede om å få sjå kvar den tida er. Eg sende e-post til kommunalsjef {p:Torill Ness} {d:sist i januar 2022}, og eg ventar framleis. Nei, ho svarte til slutt, det skal ho ha.
P28A: {p:Jarle} har kjempa for natta. Det skal han ha òg.
I1: Har de hatt nokre vanskelege saker med personvern?
P28B: Ja, ein pårørande som ville ha opptak frå kameraet etter at mora fall. Men me tek ikkje opp. Det er berre direkte bilete. Han trudde ikkje på oss. Han fekk innsyn i loggen, sak nummer {id:2023/4471} i arkivet, og då såg han at det stemte.
P28C: Han var sint på meg fordi eg var på jobb den kvelden. Men det var ikkje mi skuld. Ho datt mellom to rundar.
P28D: Me hadde møte med han etterpå, og med advokaten hans frå {pl:Florø}, {p:Hallvard Sunde}. Det gjekk fint til slutt. Han sende blomar til {p:Hiwet}.
I1: Kva ønskjer de dykk for framtida?
P28C: Sensorar som snakkar fleire språk. Og at eg får bli sjukepleiar. Eg har søkt på {o:Høgskulen på Vestlandet}.
P28A: Det blir du, {p:Hiwet}. Du er betre enn halvparten av oss.
P28B: At me får tid til opplæring. Eg har éin time {k:per månad} som superbrukar. Éin time! Ring {ph:3310} om de vil høyre meir, det er internnummeret mitt.
P28D: Og at nokon høyrer på oss før dei kjøper neste system. Skriv gjerne til meg, {e:jarle.myklebust@sunnfjord.kommune.no}.
I1: Tusen takk, alle saman.
""")

# ---------------------------------------------------------------- P29 (focus group, speech-to-text)
add("P29", "nb", "speech-to-text, bokmål focus group (leader, IT, superbruker, Trondheim)", r"""
I1: da er vi i gang og takk for at dere kom alle tre kan dere si navnet og hva dere jobber med
P29A: ja jeg er {p:kari} jeg er enhetsleder i hjemmetjenesten på {pl:heimdal} og har vært det i snart seks år
P29B: {p:per arne} jeg jobber i digitaliseringsavdelingen i {o:trondheim kommune} med velferdsteknologi og integrasjoner og sånt
P29C: og jeg er {p:stein} helsefagarbeider på {pl:saupstad} og superbruker for medisindispenserne og gps
I1: hva har vært den største endringen de siste årene
P29A: det er nok {k:helseplattformen} ja altså det sier seg selv det har vært et helt år med kaos og velferdsteknologien vår den ble liksom satt på vent fordi alle skulle lære det nye journalsystemet
P29B: og integrasjonene måtte lages på nytt alle sammen dispenserne trygghetsalarmene alt som hadde snakket med det gamle systemet måtte kobles om og det tok mye lenger tid enn planlagt
P29C: vi gikk tilbake til papir i {k:tre uker} på {pl:saupstad} med dispenservarslene vi skrev dem på ei tavle på vaktrommet haha den tavla har vi fortsatt
I1: kan dere gi et eksempel på hvordan det påvirket brukerne
P29C: ja det var en dame på {pl:kolstad} fru {p:lie} hun var {ag:nittito} og hadde dispenser og i omleggingen så ble varslene hennes borte i systemet i fire dager ingen fikk beskjed når hun ikke tok medisinen og hun er diabetiker så det var flaks at naboen {p:gunnar} kom innom {k:hver dag}
P29A: ja og den saken ble meldt som avvik og den har nummer {id:tjueto skråstrek en null sju åtte} hos oss og det var en av grunnene til at vi fikk ekstra ressurser
P29B: og det var delvis min feil fordi mappingen av brukere hadde en feil for de som hadde bytta adresse i perioden og fru {p:lie} hadde flytta fra {pl:byåsen} til {pl:kolstad} bare en måned før
I1: hvordan er samarbeidet mellom it og tjenestene
P29A: det har blitt bedre {p:per arne} har nesten flytta inn hos oss haha han sitter på {pl:heimdal} {k:to dager i uka}
P29B: ja det var et bevisst valg etter den saken jeg skjønte at jeg ikke kan sitte i {a:munkegata} og tro at jeg vet hvordan det er ute
P29C: og det hjelper at han kan svare på ting med en gang i stedet for at vi må lage en sak i servicedesken og vente i to uker
I1: {p:stein} kan du fortelle om gps arbeidet
P29C: ja vi har sånn femten brukere på {pl:saupstad} og {pl:kattem} med gps og det meste går fint men det er en mann jeg tenker på han har kjørt buss i førti år og han går alltid samme rute fra {pl:tiller} og inn mot sentrum og en gang gikk han helt til {o:st olavs hospital} og satte seg på venterommet på akutten
P29A: og han sa at han venta på skiftet sitt haha
P29C: ja han sa det og sykepleieren på akutten skjønte det heldigvis og ringte oss for nummeret sto i gps appen og vi kom og henta han med bilen {id:zh fem null sju to en}
I1: hva tenker dere om etikken rundt gps
P29A: det er vanskelig vi har alltid vedtak men noen ganger føler jeg at vi sporer folk mer for vår egen trygghet enn for deres men vi har bygd opp kompetansen {k:stein på stein} og nå har vi et etisk refleksjonsforum hver måned som ledes av ei fra {o:ntnu} {p:ingvild fjær}
P29B: og der har vi også med pårørende og en representant fra eldrerådet
P29C: det som er bra med forumet er at vi som jobber ute får snakke det er ikke bare ledere
I1: hvis dere skulle sende en beskjed til de som bestemmer hva ville det vært
P29B: test før dere ruller ut og ha en plan for hva som skjer med velferdsteknologien når journalsystemet byttes
P29A: gi tjenestene tid og ikke tro at teknologi erstatter folk og {p:stein} trenger en ordentlig stilling som superbruker ikke bare tre timer {k:per uke}
P29C: takk {p:kari} haha ja det hadde vært fint og forresten om du vil snakke mer med meg så er nummeret mitt {ph:nitti sju tolv åtti null fire} eller {e:stein punktum gran krøllalfa trondheim punktum kommune punktum no}
I1: tusen takk alle sammen
""")
# ---------------------------------------------------------------- P30 (focus group)
add("P30", "nb", "bokmål focus group (relatives, Arendal)", r"""
I1: Velkommen, alle sammen, og takk for at dere ville komme. Dere er her fordi dere er pårørende. Kan vi begynne med en runde — hvem er dere, og hvem er dere pårørende til?
P30A: Jeg kan starte. {p:Torill}. Mamma bor på {pl:Tromøy}, hun er født i {ag:-31}, så hun er... ja, {ag:nittito} nå. Hun har demens og bor fortsatt hjemme, med GPS og dispenser og hele pakka.
P30B: {p:Jan Erik}. Jeg er gift med {p:Randi}, hun har {k:Parkinson}, og vi bor på {pl:His}. Jeg er pårørende og hjemmesykepleier og sjåfør og kokk. Haha.
P30C: {p:Linda}. Svigermora mi, {p:Gerd}, bor på {o:Myra omsorgssenter}, på skjermet avdeling. Hun er {ag:åttiåtte}.
P30D: {p:Ahmed}. Min far bor alene i en leilighet på {pl:Stoa}, her i {pl:Arendal}. Han kom fra {pl:Kirkuk} på {k:nittitallet}, og han snakker lite norsk. Han har diabetes og begynnende demens.
I1: Hva er deres erfaringer med velferdsteknologien så langt?
P30A: Blandet. GPS-en har reddet mamma én gang, helt sikkert. {d:Skjærtorsdag 2023} gikk hun ut og tok bussen til {pl:Grimstad}. Vi aner ikke hvorfor. Jeg så prikken på kartet bevege seg langs {k:E18} og trodde telefonen var ødelagt.
P30D: Hun tok bussen? Alene?
P30A: Alene, {p:Ahmed}! Med busskort og alt. Sjåføren ringte politiet i {pl:Grimstad}, og de kjørte henne hjem. Hun syntes det var en fin tur.
P30B: For oss er det dispenseren. {p:Randi} klarer ikke å åpne pilleglass lenger, hendene skjelver for mye. Nå kommer pillene ut av seg selv. Men lyden! Den piper som en lastebil som rygger. {p:Randi} kaller den {k:«Sjefen»}. Jeg kjører henne til fysio hver {k:tirsdag} i den gamle Volvoen, {id:BP 18442}, og da er det deilig å slippe den pipinga en time.
P30C: På {o:Myra} har de sensorer på rommene, og kamera om natta for noen. {p:Gerd} har ikke kamera, det sa vi nei til. Hun har vært så privat hele livet. Men jeg vet at mange pårørende vil ha det.
I1: {p:Ahmed}, hvordan er det for din far?
P30D: Vanskelig. Dispenseren snakker norsk. Alarmen snakker norsk. Min far snakker kurdisk og litt arabisk. Så når alarmsentralen ringer, forstår han ingenting og legger på. Jeg har bedt kommunen om at de skal ringe meg i stedet, på {ph:41 22 90 37}, men det står ikke riktig i systemet. De ringer ham, han legger på, og så sender de hjemmesykepleien. Det har skjedd fire ganger.
P30B: Det er jo helt galt.
P30D: Ja. Og da de kom sist, {d:den 30.}, sa han at han ikke hadde bedt om besøk, og ville ikke åpne. Han trodde de var fra politiet. I {pl:Irak} betyr det noe annet når noen banker på døra om natta.
P30A: Har dere prøvd tolk?
P30D: Ja, men det er vanskelig om natta. Det er jo ikke tolk på vakt {k:klokka tre}.
I1: Hvordan er kontakten med hjemmetjenesten og sykehjemmet?
P30C: God, med de fleste. Det er én sykepleier, {p:Kristin} på skjermet, {p:Kristin Omdal}, hun ringer meg hvis det er noe, og også når det ikke er noe. Bare for å si at {p:Gerd} har hatt en fin dag. Det betyr alt.
P30B: Jeg savner én person å ringe. Det er en ny hver gang. Jeg har en lapp på kjøleskapet med sju navn. Og {p:Randi} husker dem ikke, så hun kaller alle «jenta». Også han som heter {p:Stian}.
P30A: Hjemmetjenesten på {pl:Tromøy} har fått en pårørende-app nå, har dere fått den? Der ser jeg når mamma har tatt medisinen. Jeg sjekker den {k:tjue ganger om dagen}. Det er ikke sunt. Haha.
P30C: Det høres ut som et mareritt, {p:Torill}.
P30A: Nei, det er trygt! Men det er litt et mareritt også.
I1: Har dere opplevd noe dere synes var krenkende for personvernet?
P30B: Én gang. Da {p:Randi} var innlagt på {o:Sørlandet sykehus} i fjor, sto navnet hennes og romnummeret på en tavle i gangen. «{p:Randi Lauvstad}, {id:14}». Alle som gikk forbi kunne se det.
P30D: Det er jo også en form for trygghet, da. At de vet hvem som ligger hvor.
P30B: Ja, men ikke for hele verden, {p:Ahmed}.
I1: Hvis dere kunne ønske dere én ting av kommunen, hva ville det vært?
P30C: At de spør oss. Vi kjenner våre egne.
P30D: Språk. At utstyret og folka snakker med min far på et språk han forstår. Og at de ringer meg. Skriv det ned: {e:ahmed.karim@outlook.com}, hvis noen fra kommunen leser dette.
""")

# ====================================================================== build
def parse_turn(raw):
    """Strip the markup; return clean text, entity spans and keep spans."""
    out, ents, keeps, pos = [], [], [], 0
    clean_len = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        clean_len += len(chunk)
        kind, text = m.group(1), m.group(2)
        span = (clean_len, clean_len + len(text))
        (keeps if kind == "k" else ents).append((TYPES[kind], text, span))
        out.append(text)
        clean_len += len(text)
        pos = m.end()
    out.append(raw[pos:])
    clean = "".join(out)
    if "{" in clean or "}" in clean:
        raise SystemExit("stray brace in: " + raw[:80])
    return clean, ents, keeps


def word_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def build():
    errors, warnings = [], []
    gold, stats = {}, []
    all_entity_texts = set()
    parsed = []
    for pid, lang, register, script in TRANSCRIPTS:
        turns = []
        for line in script.strip("\n").split("\n"):
            m = LINE.match(line)
            if not m:
                errors.append(f"{pid}: bad line: {line[:60]}")
                continue
            clean, ents, keeps = parse_turn(m.group(2))
            turns.append((m.group(1), clean, ents, keeps))
        parsed.append((pid, lang, register, turns))
        for t in turns:
            for typ, text, _ in t[2]:
                all_entity_texts.add(text)

    for pid, lang, register, turns in parsed:
        fname = pid + ".xml"
        speakers = [t[0] for t in turns]
        focus = any(len(s) == 4 for s in speakers if s != "I1")
        if not 14 <= len(turns) <= 30:
            errors.append(f"{pid}: {len(turns)} turns")
        if focus:
            parts = sorted({s for s in speakers if s != "I1"})
            if not all(s[:3] == pid for s in parts) or not 3 <= len(parts) <= 5:
                errors.append(f"{pid}: bad focus-group speakers {parts}")
        else:
            parts = [pid]
            for i, s in enumerate(speakers):
                want = "I1" if i % 2 == 0 else pid
                if s != want:
                    errors.append(f"{pid}: turn {i} speaker {s}, expected {want}")
        if "speech-to-text" in register:
            for i, t in enumerate(turns):
                if t[1] != t[1].lower():
                    errors.append(f"{pid}: turn {i} not lower case")

        # XML
        head = (f'<interview xmlns="{NS}" id="{pid}" participant="{parts[0]}"'
                + (f' participants="{" ".join(parts)}"' if focus else "")
                + f' language="{lang}">')
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', head, "  <body>"]
        for spk, clean, _, _ in turns:
            lines.append(f'    <turn speaker="{spk}">{escape(clean)}</turn>')
        lines += ["  </body>", "</interview>", ""]
        path = os.path.join(HERE, fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        root = ET.parse(path).getroot()
        xturns = root.findall(f"{{{NS}}}body/{{{NS}}}turn")
        if [(x.get("speaker"), x.text) for x in xturns] != [(t[0], t[1]) for t in turns]:
            errors.append(f"{pid}: XML round trip differs")

        # gold
        entities, keep, seen = [], [], {}
        file_entity_texts = set()
        for i, (spk, clean, ents, keeps) in enumerate(turns):
            for typ, text, _ in ents:
                file_entity_texts.add(text)
                if text not in clean:
                    errors.append(f"{pid}: turn {i}: '{text}' not in turn")
                key = (i, text)
                if key in seen:
                    if seen[key] != typ:
                        errors.append(f"{pid}: turn {i}: '{text}' typed {seen[key]} and {typ}")
                    continue
                seen[key] = typ
                entities.append({"text": text, "turn": i, "type": typ})
            for _, text, _ in keeps:
                if (i, text) in seen:
                    errors.append(f"{pid}: turn {i}: keep '{text}' is also an entity")
                if text not in clean:
                    errors.append(f"{pid}: turn {i}: keep '{text}' not in turn")
                if {"text": text, "turn": i} not in keep:
                    keep.append({"text": text, "turn": i})
        if not 5 <= len(keep) <= 10:
            errors.append(f"{pid}: {len(keep)} keeps")
        gold[fname] = {"entities": entities, "keep": keep}

        # consistency: an identifier text (from any file) left unmarked somewhere
        for i, (spk, clean, ents, keeps) in enumerate(turns):
            covered = [s for _, _, s in ents] + [s for _, _, s in keeps]
            for text in all_entity_texts:
                if len(text) < 3:
                    continue
                local = text in file_entity_texts
                for m in word_re(text).finditer(clean):
                    if any(a <= m.start() and m.end() <= b for a, b in covered):
                        continue
                    warnings.append(f"{pid} turn {i}: unmarked '{text}'"
                                    + ("" if local else " (entity elsewhere)"))
        distinct = len({e["text"] for e in entities})
        stats.append((pid, lang, register, len(turns), len(entities), distinct, len(keep)))
    return gold, stats, errors, warnings


def main():
    gold, stats, errors, warnings = build()
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for w in sorted(set(warnings)):
        print("warning:", w)
    for s in stats:
        print("%s %-3s turns=%2d entities=%2d distinct=%2d keep=%2d  %s" % (s[0], s[1], s[3], s[4], s[5], s[6], s[2]))
    types = Counter(e["type"] for f in gold.values() for e in f["entities"])
    print("entities by type:", dict(sorted(types.items())), "total", sum(types.values()))
    print("keeps:", sum(len(f["keep"]) for f in gold.values()))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("ok:", len(gold), "files")


if __name__ == "__main__":
    main()
