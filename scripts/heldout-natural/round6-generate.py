#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the heldout-natural-6 evaluation set (de-identification of
qualitative interviews from Norwegian municipal health and care services).

All transcript text is held literally below.  Inline markup:
  [[text|code]]  an identifier; code is one of p pl ad o d ag ph em id
  {{text}}       a word/number that must be KEPT (not an identifier)
The markup is stripped when writing the XML; gold.json is derived from it.

Run:  python3 generate.py      (writes P01.xml..P30.xml and gold.json, runs checks)
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "urn:thematic:interview:1"
TYPES = {"p": "person", "pl": "place", "ad": "address", "o": "org", "d": "date",
         "ag": "age", "ph": "phone", "em": "email", "id": "id"}
TOKEN = re.compile(r"\[\[(.+?)\|([a-z]+)\]\]|\{\{(.+?)\}\}")

TRANSCRIPTS = []


def T(pid, lang, register, script):
    TRANSCRIPTS.append((pid, lang, register, script))

# ---------------------------------------------------------------- P01 (en)
T("P01", "en", "English (Filipino nurse)", r"""
I: Thank you for taking the time, [[Maricel|p]]. Maybe you can start by telling me how you ended up in home care?
P: Yes, no problem. Ehm, so I'm a nurse from the [[Philippines|pl]], I studied in [[Cebu|pl]] and then I worked, like, four years in a private hospital in [[Dubai|pl]] before I came here. In the beginning I was working as helsefagarbeider because my autorisasjon was not ready, so nights in a nursing home. Then when the paper came I moved to hjemmetjenesten, in the [[Langhus|pl]] zone. That is {{eleven years}} ago now, can you believe it.
I: What does a normal day look like for you?
P: There is no normal day, haha. We meet at {{half past seven}}, we have the report, we check in {{Gerica}} who we have, and then we take the car. I usually have between twelve and sixteen visits on a day shift. Many of them are only medicine, eye drops, compression stockings, you know. And some of them have the dispenser now, the {{Evondos}}, so we don't need to go there every morning anymore.
I: How was it when the dispensers came?
P: Honestly, a bit chaos. The project leader from the kommune, [[Trine Aas|p]], she came to our morning meeting with slides and said from the [[1st of March|d]] we start with twenty users. Twenty! And we had not even touched one machine. So me and [[Gøril|p]], she is the other superbruker in our zone, we took two of them home to practise, in my living room. My husband was asking why is the box talking to us.
I: Could you describe a situation where it didn't go as planned?
P: Yes, there is one I always remember. A man, Mr. [[Bråten|p]], he lived alone in [[Kirkeveien 41|ad]], first floor, and he was [[ninety-three|ag]], very clever, very proud. The machine was beeping and beeping because he did not take the bag out, and after forty-five minutes it sends an alarm to us. We called, no answer. So I drove there, and he was sitting in the chair with the bag in his hand, and he said "I'm not a dog, I don't eat when the machine tells me". Haha. He was an officer in the army before, you see.
I: So what did you do then?
P: We talked with the daughter, [[Hilde|p]], and with his GP, {{Dr.}} [[Opsahl|p]] at [[Ski legesenter|o]], and we agreed to change the time from eight to ten, because he likes to sleep long. After that, no problem. Sometimes the solution is not technical, it's just to listen. But in the beginning we all thought it was the machine that was wrong, or him.
I: You mentioned the daughter. How involved are relatives in this?
P: Very different. Some are calling every day. [[Hilde|p]] was very good, she gave me her number and said call me anytime, [[924 18 377|ph]], I still have it in my phone actually, I should delete it now. But others, they live far away or abroad and they only come in {{jul}}, and then they are angry that the mother is thin.
I: What about training? How did you learn the systems?
P: Mostly from each other. There was one e-learning, forty minutes, and a paper from the supplier. But the real training is in [[Gøril|p]]'s car, between two visits, when she shows me. And now I am the one showing the new ones. We have a new nurse from [[Kerala|pl]], [[Anju|p]], so I'm showing her, and I tell her the same thing people told me: don't be afraid to ask {{anyone else}} if I'm not there.
I: If you could change one thing, what would it be?
P: More time. Not more machines, more time. And maybe that the alarms go to one phone, not three different. We have the dispenser alarm on one phone, the trygghetsalarm on another, and the door sensor to a third one. You are walking around like a Christmas tree, beeping everywhere.
I: That's a very vivid picture. Thank you so much.
""")

# ---------------------------------------------------------------- P02 (nb, Bergensk)
T("P02", "nb", "bokmål dialect (Bergensk)", r"""
I: Da kan vi bare begynne. Kan du fortelle litt om deg selv og jobben din?
P: Ja. Eg heter [[Sølvi Haukås|p]], eg e sykepleier i hjemmesykepleien i [[Åsane|pl]], har vært her i snart {{tjue år}}. Før det var eg på [[Haukeland|o]], på nevrologen, så eg har sett en del {{Parkinson}} og sånn, det kommer godt med nå. Altså, vi har hele området fra [[Eidsvåg|pl]] og opp til [[Tellevik|pl]], det e mye kjøring, kan du si.
I: Og velferdsteknologi, hvordan kom det inn i hverdagen deres?
P: Det kom vel egentlig... ka skal eg si, det kom litt snikende. Først var det trygghetsalarmene, de har jo vært der lenge. Så kom medisindispenserne, de {{Pilly}}-greiene, i tjuetjue... nei, tjuetjueen tror eg. Og så døralarmer til de med demens. Det var han [[Frank|p]] fra IKT i kommunen som rigget det meste, han kjørte rundt i en hvit Caddy, [[SV 41207|id]], vi kalte den velferdsbilen.
I: Kan du gi et eksempel på en bruker der det fungerte godt?
P: Ja, hu... altså, det var en dame, [[Ruth|p]], hun bodde oppe i [[Hesthaugvegen 8|ad]]. Hun var [[88 år|ag]] og hadde begynnende {{Alzheimer}}, og familien var livredd for at hun skulle gå ut om natten. Så vi satte opp en dørsensor, og den varsler til oss på telefonen om hun går ut mellom elleve og seks. Og ka tror du, første natten går alarmen fire ganger. Det var katten. Katten! Hun slapp ut katten, hehe. Så vi måtte justere.
I: Hvordan løste dere det?
P: Vi snakket med datteren, [[Mona|p]], og ble enige om at... nei vent, det var sønnen først, [[Stein|p]], men han bor i [[Oslo|pl]] så han var ikke så mye med. [[Mona|p]] var den som tok tak. Vi flyttet sensoren til ytterdøren i gangen i stedet for verandadøren, og så fikk katten en luke. Enkelt. Men det tok tre uker å finne ut av det.
I: Hvordan opplever du samarbeidet med kommunens IKT?
P: Vekslende. [[Frank|p]] e gull, altså, men han e alene. Når han har ferie så e det ingen som vet noe. Vi har et internnummer til han, [[4417|ph]], og hvis han ikke tar den så går det til en sentral i [[Fyllingsdalen|pl]] der de sier "har du prøvd å skru av og på". Og det e jo en trygghetsalarm, det e ikkje en PC!
I: Tenker du at teknologien har endret relasjonen til brukerne?
P: Ja og nei. Noen blir mer trygge. Men det e noe med at vi kommer sjeldnere. Før var vi innom tre ganger {{per dag}} hos mange, nå e det kanskje én. Og noen av de gamle, de har ingen andre enn oss. For dem e det jo ikkje medisinen som e viktigst, det e kaffekoppen og praten. Det kan ikkje en boks gjøre, uansett hvor fin den e.
I: Er det noe du savner i opplæringen?
P: Mer tid til å teste før vi setter det ut. Og at {{DIPS}} og {{Gerica}} kunne snakket sammen, men det e en helt annen historie. Skal eg begynne der så sitter vi her til {{påske}}, hehe.
I: Da tar vi kanskje ikke det i dag. Tusen takk, [[Sølvi|p]].
""")

# ---------------------------------------------------------------- P03 (nn, Sunnmøre)
T("P03", "nn", "nynorsk", r"""
I: Takk for at du ville stille opp. Kan du starte med å fortelje litt om deg sjølv?
P: Ja, eg heiter [[Ingebjørg|p]], men alle kallar meg [[Imma|p]]. Eg er helsefagarbeidar og har gått natt i heimetenesta i [[Sykkylven|pl]] sidan eg var ung, så det blir... ja, {{sytten år}} no. Eg budde i [[Straumgjerde|pl]] før, no bur eg på [[Ikornnes|pl]].
I: Kva var det som gjorde at de byrja med digitalt tilsyn om natta?
P: Det var pengar, for å vere ærleg. Kommunen skulle spare, og så var det eit prosjekt saman med [[Ålesund kommune|o]] og nokre andre, eg trur det heitte [[Digi Sunnmøre|o]]? Og så kom det kamera, eller dei kallar det ikkje kamera, dei kallar det "sensor med bilete", hehe, som om det skulle høyrast betre. {{Roommate}} heiter systemet. Vi fekk det inn hjå dei første tre brukarane [[sist i oktober 2021|d]].
I: Korleis fungerer det i praksis på ei natt?
P: Vi er to på vakt, eg og [[Kjellaug|p]] oftast, og vi har ein skjerm i bilen og ein på kontoret på [[Sykkylven omsorgssenter|o]]. Når nokon står opp og ikkje legg seg att innan {{ti minutt}}, så kjem det eit varsel, og så kan vi sjå inn. Berre eit omriss, ein slags strekfigur, ikkje ansiktet. Då ser vi om ho har falle eller om ho berre er på do.
I: Kan du fortelje om ei natt du hugsar spesielt?
P: Ja... det var ein vinter, rett etter {{nyttår}}. Ho eg tenkjer på budde heilt ute på [[Tusvik|pl]], [[Dagny|p]] heitte ho, ho døydde i fjor så... Ho var [[nittiein|ag]]. Varselet kom {{halv tre}}, og vi såg at ho låg på golvet ved senga. Og det er tjue minutt å køyre dit på glatt veg. Så eg ringde sonen, [[Arve|p]], han budde berre to hus borti, og han var der på fire minutt. Utan kameraet hadde ho lege der til morgonvakta kom klokka åtte.
I: Korleis var det for deg å sjå det på skjermen?
P: Det er rart. Du sit der og ser ein strekfigur som ikkje rører seg, og du veit ikkje om ho er i live. Eg skalv på hendene. Men det gjekk bra, ho hadde ikkje brote noko. Etterpå sa ho til meg: "Det var godt de såg meg, [[Imma|p]]." Ho kjende att stemma mi frå høgtalaren, sjå.
I: Har de hatt diskusjonar om personvern?
P: Ja, mykje. Det er jo samtykke og alt det, og vi har rutine på at biletet berre skal opnast når det kjem varsel. Men det var ein gong ein vikar, eg seier ikkje namn, som såg inn utan varsel, berre fordi ho var nysgjerrig. Det vart avvik, og ho fekk ikkje gå natt lenger. Alt er loggført. Avviket ligg i {{Profil}}... nei, i kvalitetssystemet, eg hugsar ikkje kvar.
I: Kva tenkjer du om framtida for natta i heimetenesta?
P: Eg trur det blir meir av dette. Men eg håpar ikkje dei tek bort bilen heilt. For nokre gonger er det ikkje nok å sjå, du må kjenne på panna, liksom. Ein skjerm kan ikkje lukte at det er noko gale.
I: Takk, [[Imma|p]]. Er det noko du vil leggje til?
P: Nei, berre at dersom de skriv om [[Sykkylven|pl]] så må de seie at vi var tidleg ute, hehe.
""")

# ---------------------------------------------------------------- P04 (STT en)
T("P04", "en", "speech-to-text English", r"""
I: okay so it's recording now can you just tell me a little bit about yourself and where you work
P: yes okay so my name is [[agnieszka wojcik|p]] i am from [[poland|pl]] from a small town close to [[rzeszow|pl]] and i came here {{twelve years}} ago first for cleaning and then i took the fagbrev as a help sir fag arbeider and now i work at [[åskollen sykehjem|o]] in [[drammen|pl]] on the second floor the dementia unit
I: and how is it to work there with the technology you have
P: it's okay it's good mostly we have the sensors in the beds and on the floor and the alarm goes to the phone we carry a phone and when somebody stand up in the night it's beeping and it's say the room number and you run
I: can you give me an example of when it really helped
P: yeah there was one night i was working with [[tor|p]] he is the nurse on the night and we have a man in room [[two fourteen|id]] mister [[holm|p]] he was [[eighty nine|ag]] very tall man and with {{parkinson}} so he is falling a lot and the alarm came and i was there in maybe one minute and he was just sitting on the edge so i could help him before he fall and [[tor|p]] said to me you are faster than the sensor ha ha
I: and were there times when it didn't work
P: yes oh yes so on the [[twelfth of january|d]] i remember because it was my daughter birthday the whole system was down from like ten in the evening to six in the morning nobody knew the phones just said no connection and we had to do the old way walking every hour and look in every room and i wrote avvik and the it guy [[kristoffer|p]] came the next day and said it was some update from the company [[sentinel omsorg as|o]]
I: how do you communicate with families about the sensors
P: mostly the nurse does it the sykepleier but sometimes they call me because i am there in the evening [[holm|p]] his daughter [[bente|p]] she was calling every evening at like seven and she gave me her number to write on the board in the office [[nine one two four four eight zero nine|ph]] and my boss said you can't write private numbers on the board with the name so we moved it into the {{gerika}}
I: what about language is that ever a challenge with the technology
P: sometimes because the menus are in norwegian and the words are very long like tilsyns varsel and i don't know but i ask [[ewa|p]] she is also polish she is here longer than me and she explain and also the residents some of them think i am {{swedish}} ha ha because of my accent
I: do you feel the technology changed your work
P: yes it's more calm in a way but also more stressful because you are alone with four five people and the phone is beeping all the time {{per night}} maybe {{thirty times}} and half of them is nothing is just somebody turning in the bed so you are tired not from walking but from the beeping
I: that's a good way to put it is there anything else you want to say
P: no i think that's it maybe only that they should ask us the night people before they buy the system because the day people they never hear the alarms
I: thank you [[agnieszka|p]]
""")

# ---------------------------------------------------------------- P05 (en, Swedish physio)
T("P05", "en", "English (Swedish physiotherapist)", r"""
I: So, just to start, could you tell me about your role?
P: Sure. I'm [[Linnéa Bergqvist|p]], I'm a physiotherapist, I'm Swedish originally, from [[Arvika|pl]], which is, like, forty minutes from the border. I work for [[Eidskog kommune|o]], in the hverdagsrehabilitering team — everyday rehab, in English I guess. We're three: me, an occupational therapist called [[Bo|p]], he's also Swedish actually, and [[Siv|p]], who is a helsefagarbeider.
I: How did the tablets come into your work?
P: It was during corona, basically. We couldn't visit, so the kommune bought twenty tablets with a video solution, and we started doing exercise sessions on the screen. Twice {{per week}}, {{thirty minutes}}. At first I thought, no way, these are old people with bad hearing, this will never work.
I: And did it?
P: Some of them, yes, surprisingly well. There was one lady, [[Else|p]], she lived on a farm outside [[Magnor|pl]], [[Nordre Skotterud|pl]] it's called. She was [[eighty-six|ag]] and had had a stroke, and she was so stubborn. She would put the tablet on the kitchen table and do the exercises holding the kitchen bench, and if I said {{ten repetitions}} she did twelve, just to show me. Her granddaughter set it up every time, [[Sol|p]], she was maybe [[fifteen|ag]], very patient with her.
I: And the ones where it didn't work?
P: Mostly men, to be honest, haha. No, but — one man, I won't say his name, he just turned the tablet around so I was looking at the wall. For the whole session. And then he said "du kan gå nå, jenta mi". So. Also the network, out in the forest there is no coverage, especially towards [[Matrand|pl]]. The picture freezes and you have somebody frozen with their leg in the air.
I: What's it like being Swedish in a Norwegian municipality?
P: Mostly fine, ehm, the language is close, but the journal is the problem. Everything is in {{CosDoc}}, and the words, you know, "tiltak", "vedtak", I mixed them for a year. And the humour is a little bit different. My boss, [[Anne-Grethe Mo|p]], she always says I'm too polite, that Norwegians say "do that" and Swedes say "would you possibly maybe consider".
I: Have you had any contact with the Swedish side in your work?
P: Yes, actually, we had a small cross-border meeting with people from [[Region Värmland|o]] in [[Charlottenberg|pl]] on the [[3rd of May|d]]. About exactly this, video rehab in rural areas. They use a different system but the problems are the same: old people, bad coverage, and relatives who live far away. I still have the contact, a woman called [[Karin Ek|p]], if you want to talk to her, her email is [[karin.ek@regionvarmland.se|em]].
I: That would be great, thank you. Looking forward, what do you think is needed?
P: Honestly? Mobile coverage. And a person who can go out and fix the tablet when it stops working, not me driving forty minutes to press one button. And maybe more training {{on line}} with groups, for example for people with {{Parkinson}}, because the old people like to see each other too, not only me.
I: Thank you, [[Linnéa|p]].
P: Tack så mycket, it was nice.
""")

# ---------------------------------------------------------------- P06 (nb, Trøndersk)
T("P06", "nb", "bokmål dialect (Trøndersk)", r"""
I: Da er opptakeren på. Kan du starte med å si litt om hvem du er?
P: Jada. Æ heite [[Geir Inge Løkken|p]], æ e helsefagarbeider og har vært superbruker på velferdsteknologi i hjemmetjenesten her i [[Orkland|pl]] sia det starta, så... fem-seks år. Før det kjørte æ buss, faktisk, i {{tolv år}}. Så æ e vant med å kjør, hehe.
I: Hva betyr det å være superbruker hos dere?
P: Det betyr at alle ringe mæ når nåkka itj virke, hehe. Nei, men altså, vi e fire superbrukera, æ og ho [[Liv|p]] på [[Fannrem|pl]], og så to på natta. Vi har ansvar for å lær opp de andre, og så e vi bindeleddet mot prosjektet og mot leverandøren. Klokkene kjem fra [[Omsorgsteknikk Midt AS|o]], dæm har vi hatt avtale med sia starten.
I: Kan du fortelle om en gang GPS-en ble brukt i en reell situasjon?
P: Ja, han [[Per|p]]. Han va sånn [[sytti-åtte|ag]], tidligere bonde oppi [[Svorkmo|pl]], og han hadde {{Alzheimer}} men va sterk som en okse. Han gikk tur hver dag, og kona, ho [[Gunvor|p]], ho va livredd. Så vi fikk på han ei {{GPS-klokke}}. Og så en kveld, det va [[tirsdag 7. november|d]], æ husk det for det va første snøen, så ringe ho klokka {{halv ni}} og sei at han e borte.
I: Hva skjedde da?
P: Æ logga inn på portalen, og der så æ at klokka va nede ved [[Thamshavn|pl]], ved kaia. {{Tre kilometer}} fra heimen. Æ ringte politiet og sa at han va der, og så kjørte æ sjøl. Han sto og så på båtan. Heilt rolig. Han sa: "Æ ska på sjøen i mårra." Han hadde vært på fiske som ung, i [[Lofoten|pl]]. Så vi fikk han med i bilen og kjørte han heim, og ho [[Gunvor|p]] grein.
I: Hvordan påvirket det synet ditt på teknologien?
P: Det va da æ skjønt at det itj e dingsen som e poenget. Det e at nån følge med. For klokka hadde sendt varsel da han gikk ut av sona, men varselet gikk til en telefon som lå i ei skuff på kontoret i [[Orkanger|pl]], for ho som hadde vakta trudde at det va ho andre som hadde den. Så vi fant han fordi kona ringte, itj fordi systemet virka.
I: Hva endret dere etter det?
P: Vi laga ei rutine. Varslinga går no til vakttelefonen, [[952 40 118|ph]], og den e alltid på han eller ho som har ansvarsvakta. Og vi skreiv avvik, det ligg i kvalitetssystemet som [[AV-2023-0412|id]], og så hadde vi møte med ho [[Randi Hovde|p]], enhetslederen vår.
I: Hva med samtykke, hvordan håndterer dere det?
P: Det e vanskelig. Han [[Per|p]] sa ja, men huska det itj dagen etter. Så vi snakka med kona og med fastlegen hans, doktor [[Rønning|p]], og det blei vedtak på det. Men æ tenke av og te på det. E det rett å spor folk? Æ vet itj. Men æ vet at han fikk gå tur {{to år}} te, og det va det han levde for.
I: Det var en fin avslutning. Tusen takk, [[Geir Inge|p]].
P: Bare hyggelig, det.
""")

# ---------------------------------------------------------------- P07 (sv)
T("P07", "sv", "Swedish (nurse in Norway)", r"""
I: Takk for at du kunne komme. Kan du begynne med å fortelle litt om deg selv?
P: Ja, jag heter [[Jonna Lindström|p]], jag är sjuksköterska och kommer från [[Sundsvall|pl]] från början. Jag flyttade hit till [[Hamar|pl]] för... ja, det var kärleken, som man säger, haha. Nu jobbar jag på [[Grønnlia bofellesskap|o]] och har gjort det i {{fyra år}}.
I: Hva slags velferdsteknologi har dere der?
P: Vi har ganska mycket faktiskt. Digitala lås, så att hemtjänsten — hjemmetjenesten, förlåt, jag blandar hela tiden — kan gå in med mobilen. Sängsensorer, fallarm, och surfplattor för videosamtal. Det var en stor satsning från kommunen. Projektledaren hette [[Vår Kristiansen|p]], hon var fantastisk, hon ordnade allt.
I: Kan du fortelle om videosamtalene?
P: Ja. Det finns en herre hos oss, herr [[Dahl|p]]. Han är [[nittiotvå|ag]], och hans son bor i [[Málaga|pl]], i [[Spanien|pl]]. Förut ringde sonen på vanlig telefon, men herr [[Dahl|p]] hör dåligt så det blev mest "va? va?". Nu har vi surfplattan, och sonen, [[Rune|p]], ringer varje söndag klockan sex. Och herr [[Dahl|p]] sitter fint klädd, med slips! För sonen ska se honom. Det är så fint, alltså. Han klär upp sig för en skärm.
I: Har det vært utfordringer?
P: Javisst. Wifi:n. Routern sitter i personalrummet, och herr [[Dahl|p]]s rum är längst bort i korridoren, rum [[17|id]], så det hackar. [[Rune|p]] ringde mig en gång och var jättearg, det var i {{påskas}}. Han skrev sms till avdelningstelefonen: "Pappa fryser hela tiden på skärmen, kan ni fixa internet innan {{mors dag}}?" Och han hade ju rätt.
I: Hvordan opplever du det å jobbe i Norge som svensk?
P: Bra, mest. Lönen är bättre, det vet alla, haha. Men dokumentationen är annorlunda. I [[Sverige|pl]] jobbade jag på [[Sundsvalls sjukhus|o]] och där hade vi {{Cosmic}}, här är det {{Gerica}}. Och norska förkortningar, herregud. {{IPLOS}}, ADL, jag fattade ingenting första månaden.
I: Det digitale låset, hvordan fungerer det?
P: Det fungerar oftast. Men en gång i vintras, det var [[den 9 januari|d]], jag minns för att det var min första dag efter {{julledigheten}}, så slutade appen fungera hela natten. Batterierna i låsen. Nattpersonalen kom inte in till någon, de fick ringa vaktmästaren, [[Svein-Ove|p]], hemma klockan två på natten. Han kom i pyjamas, med nyckelknippan. Haha. Så nu har vi alltid en fysisk nyckel i ett låst skåp. Gammal teknik är inte så dum.
I: Hvis du kunne bestemme, hva ville du endret?
P: Att vi som jobbar på golvet får vara med när de köper in saker. Och att någon testar wifi:n innan de säger att surfplattor är lösningen på ensamhet. Den är inte det. Men den hjälper för vissa, som herr [[Dahl|p]].
I: Tusen takk, [[Jonna|p]].
P: Tack själv!
""")

# ---------------------------------------------------------------- P08 (STT nb)
T("P08", "nb", "speech-to-text bokmål", r"""
I: da er vi i gang kan du starte med å fortelle litt om deg selv og rollen din
P: ja eh jeg heter [[hanne marit sveen|p]] og er avdelingsleder eller distriktsleder som vi sier for hjemmetjenesten sone nord i [[gjøvik kommune|o]] det er {{liksom}} fra [[hunndalen|pl]] og oppover mot [[biri|pl]] nei ikke [[biri|pl]] det er [[snertingdal|pl]] jeg blander alltid og jeg har vært leder i {{ni år}} og sykepleier før det
I: hvordan har innføringen av velferdsteknologi vært sett fra ditt ståsted
P: altså det har vært en reise som man sier eh vi startet med medisin dispensere i tjue tjue to og nå har vi ca {{seksti brukere}} som har {{evon dos}} og det frigjør jo tid det er ikke tvil om det men det tar tid å komme dit første halvåret brukte vi mer tid ikke mindre
I: kan du si mer om det
P: ja det er jo opplæring av bruker opplæring av ansatte det er kontakt med apoteket som pakker multidose vi bruker [[apotek ett hunndalen|o]] og så er det jo pårørende som ringer og lurer og så hadde vi en runde med leverandøren der hele partiet av poser var feil kuttet så maskinen spiste dem
I: hvordan samarbeider dere med resten av kommunen
P: vi har en velferdsteknologi koordinator [[jon are lunde|p]] som sitter på servicetorget i [[storgata tjuefire|ad]] han er veldig flink men han har hele kommunen og i tillegg er det innkjøp som har sitt eget løp jeg sendte en mail til han [[den fjortende mars|d]] og jeg kan lese den for deg
I: ja gjerne
P: hei [[jon are|p]] vi har nå tre brukere som står uten dispenser fordi byttene ikke er kommet kan du sjekke med [[dosetek as|o]] hilsen [[hanne marit|p]] og så svarte han {{to uker}} etter ja det var altså to uker
I: hvordan påvirker dette de ansatte
P: noen er super entusiastiske som [[siv|p]] hun er ressursperson hos oss hun elsker det hun har laget egne hurtig guider med bilder og noen er skeptiske spesielt de som har jobbet {{tretti år}} de synes det tar bort det menneskelige og det skjønner jeg jo
I: har du eksempler på brukere der det ikke passet
P: ja en dame på [[nitti fire år|ag]] på [[vardal|pl]] hun hadde {{parkinson}} og klarte ikke å få posen ut av maskinen den var for stram så hun satt med tang hun hadde en tang he he og datteren hennes la igjen nummeret sitt på lappen [[ni to fem null sju sju åtte ni|ph]] og ba meg ringe så vi tok den ut og hun fikk multidose i vanlig rull igjen ikke alt passer alle
I: hva tenker du om framtiden
P: jeg tror vi må slutte å snakke om teknologi som noe eget det er bare en del av tjenesten som bilen eller telefonen og så må vi være ærlige om at det ikke sparer penger det første året kanskje ikke det andre heller
I: takk skal du ha [[hanne marit|p]]
""")

# ---------------------------------------------------------------- P09 (en, Eritrean)
T("P09", "en", "English (Eritrean care worker)", r"""
I: Thank you for coming, [[Senait|p]]. Can we start with your story – how did you come to work in care?
P: Yes. So I came from [[Eritrea|pl]] through [[Sudan|pl]], and then I came here as a refugee. First I lived in a reception centre in [[Vadsø|pl]], very very cold, haha, I had never seen snow like that. Then they sent me to [[Sandnes|pl]]. I did the introduksjonsprogram, the {{Norwegian}} course, and then the helsefagarbeider education at [[Vågen videregående skole|o]].
I: Where do you work now?
P: At [[Lura bo- og servicesenter|o]], in the skjermet avdeling, for people with dementia. I have worked there {{six years}} now, mostly evening and some weekends.
I: What kind of technology do you use in your daily work?
P: The phone is the main thing. Everything comes on the phone, the call bell, the door alarm, the sensor in the bed. And we document on the tablet in {{Profil}}. In the beginning I wrote very slowly, Norwegian spelling is difficult, so I was writing my notes on paper first and then typing. My colleague [[Hege|p]] said, [[Senait|p]], just write, nobody will laugh. But some did laugh, haha. Not [[Hege|p]].
I: Can you tell me about a moment that was difficult?
P: There was a resident, an old man, he was [[eighty-nine|ag]], a former fisherman from [[Kvitsøy|pl]]. He had dementia, and when I came in the night because of the sensor, he shouted at me, bad words, you know, about my skin. Every night. And the sensor sends me, because I am the one with the phone. So I asked [[Torbjørn|p]], the nurse, can you take the alarms from room [[214|id]] tonight. And he said yes. He took them for {{three weeks}}.
I: How did the unit handle that?
P: Our leader, [[Ingvild Sæland|p]], she had a meeting with us and with the son. The son was very sorry. He said, "Pappa was not like this before". I believe him. The disease takes away the filter. We made a plan: two people in his room at night, and the alarm goes to two phones. After {{some months}} he was calmer, and at the end he was holding my hand. He called me "[[Sunniva|p]]", like his sister. I didn't correct him.
I: That's a powerful story. What about your own network — who supports you?
P: My church, mostly. The Eritrean congregation, we meet in [[St. Petri kirke|o]] on {{Sundays}}, they rent us a room in the basement. And my cousin [[Yohannes|p]], he is a nurse at [[Stavanger universitetssjukehus|o]], he helps me with the medical Norwegian.
I: Is there anything about the technology you would change?
P: The language in the phone. When it says "Utgang" and a room number, okay, I understand. But the new people, they don't understand. Maybe the phone can speak also English. And the training, it should be with hands, not with video. We get a video from the company and a test, multiple choice, and you pass, but you still don't know how to change the battery.
I: Thank you very much, [[Senait|p]].
P: Thank you. And takk for kaffen, haha.
""")

# ---------------------------------------------------------------- P10 (nb, Nordnorsk, Sámi)
T("P10", "nb", "bokmål dialect (Nordnorsk, Sámi speaker)", r"""
I: Kan du begynne med å fortelle litt om deg sjøl?
P: Ja. Æ heite [[Máret Ánne Sara|p]], men på jobben e æ bare [[Máret|p]]. Æ e født og oppvokst i [[Kárášjohka|pl]], eller [[Karasjok|pl]] på norsk, og æ har jobba i heimetjenesten her i {{femten år}}. Æ snakke {{samisk}} og norsk, og det e egentlig derfor æ har den jobben æ har, for mange av de eldre her snakke helst samisk, og når de blir demente så forsvinn norsken først.
I: Hva betyr det for hvordan dere bruker teknologi?
P: Mye! Du skjønne, trygghetsalarmen, den første vi hadde, den snakka bare norsk. Så når den sa "Alarmen er mottatt, hjelp er på vei", så skjønte ikkje han [[Ánte|p]] ka den sa. Han trudde det va radioen. Han va [[åttifem år|ag]] og hadde snakka samisk hele livet, nesten. Så han trykte og trykte. Og sentralen, den lå i [[Alta|pl]] da, de snakka ikkje samisk, så de ringte oss.
I: Hvordan løste dere det?
P: Vi fikk ei ordning der alarmene fra samisktalende går direkte til vakttelefonen vår i stedet for, ehm, i stedet for sentralen først. Og så har ho [[Elle|p]], kollegaen min, spilt inn ei melding på samisk som de kunne bruke. Det tok et år med mas, æ sendte e-post til kommunen, til leverandøren og til og med til [[Sametinget|o]]. Haha. Til slutt va det en fyr hos leverandøren som fiksa det på en ettermiddag.
I: Fortell gjerne om GPS-bruken dere har.
P: Ja, det e en spesiell historie. Det va en mann, reindriftsutøver, ja pensjonert, han hadde {{Alzheimer}} og han ville alltid tilbake til vårbeitet. Hver vår! Han va fødd i [[-36|ag]], og han gikk ut på vidda. Familien ville at han skulle få gå, de sa at det e hans liv, men de ville vite kor han va. Så han fikk GPS, og sønnen hans, [[Niillas|p]], hadde appen på telefonen. Æ husker en gang, det va [[lørdag 20. mai|d]], så ringte [[Niillas|p]] og sa at faren va ved [[Iešjávri|pl]], langt innpå vidda. De dro med ATV og henta han. Han va helt fornøyd. Han hadde sett på reinen.
I: Hvordan vurderte dere det etiske i det?
P: Vi hadde lange samtaler. I samisk tenkning så e familien sterkere med i avgjørelsene, ikkje bare individet. Det passe ikkje alltid med norske skjema. Så vi satt med hele familien i stua hos dem, kanskje {{tolv personer}}, og kaffe, og diskuterte. Fastlegen va med på telefon, doktor [[Bongo|p]]. Det tok {{tre timer}}. Men det va rett.
I: Bruker dere andre løsninger også, for eksempel video?
P: Ja, vi har videokonsultasjon med [[SANKS|o]], den samiske psykiatrien, og med sykehuset i [[Hammerfest|pl]]. Det e lange avstander her. Til [[Hammerfest|pl]] e det over tre timer å kjør. Så når en gammel dame skal til kontroll og det tar hele dagen og ho blir sliten i en uke etterpå, da e det bedre med skjerm. Men tolken må være der, og det e ofte æ, hehe. Æ e både helsefagarbeider og tolk og IT-support.
I: Hva skulle du ønske at de som planlegger dette visste?
P: At språk ikkje e et tillegg. Det e sjølve omsorgen. Og at dem spør oss før dem kjøpe. Ho [[Elle|p]] og æ har sagt det i alle møter, og no har vi fått en ny kollega, han [[Ask|p]], han e fra nabokommunen og snakke også samisk, så no e vi tre. Det e en liten revolusjon, haha.
I: {{Giitu}}, [[Máret|p]]. Tusen takk.
P: Giitu. Bare hyggelig.
""")

# ---------------------------------------------------------------- P11 (nn, ergoterapeut, Sogn)
T("P11", "nn", "nynorsk", r"""
I: Takk for at du tek deg tid. Kan du seie litt om kven du er og kva du jobbar med?
P: Ja då. Eg heiter [[Synnøve Hauge Ormberg|p]], eg er {{ergoterapeut}} i [[Luster kommune|o]], og har vore det i snart {{ti år}}. Eg er frå [[Hafslo|pl]] sjølv, så eg kjenner bygda, og bygda kjenner meg, på godt og vondt, hehe.
I: Kva rolle har ergoterapeuten i velferdsteknologiarbeidet hos dykk?
P: Vi er vel dei som kartlegg. Før nokon får ein sensor eller ein alarm, så skal det vere ei kartlegging: kva treng personen, kva klarer han sjølv, korleis ser huset ut. Og så har vi kontakten med [[NAV Hjelpemiddelsentral Vestland|o]], for mykje av utstyret kjem derifrå. Og med [[Sogn lokalmedisinske senter|o]] i [[Lærdal|pl]] når folk kjem heim etter opphald der. Vi har nokre yngre brukarar òg, mellom anna ein ung mann med {{Downs syndrom}} som har fått smarthusløysing i bustaden sin.
I: Kan du ta eit døme?
P: Ja, eg tenkjer på eit ektepar i [[Gaupne|pl]]. Ho hadde hatt fleire fall, og mannen, [[Olav|p]], han var redd for å gå ut i fjøset, for han visste ikkje om ho låg på golvet når han kom inn att. Så vi var der på heimebesøk, det var [[6/5-23|d]], eg har det i notatane. Adressa var [[Prestegardsvegen 7, 6868 Gaupne|ad]], eit gammalt hus med trappar overalt. Ho var fødd i [[-41|ag]], så ho var ikkje så gammal, men ho var skrøpeleg.
I: Kva gjorde de?
P: Vi sette inn fallsensor, ein sånn som heng på veggen og ser rørsle, ikkje kamera, og ein tryggleiksalarm som ho bar rundt halsen. Og så fekk [[Olav|p]] ein app på telefonen, så han fekk varsel i fjøset. Det var det som gjorde skilnaden, eigentleg. Han fekk gå til kyrne sine utan å vere redd. Ho sa til meg: "No får han endeleg gjere noko anna enn å passe på meg."
I: Har det vore vanskelege saker òg?
P: Ja, sjølvsagt. Ein mann på [[Skjolden|pl]] som absolutt ikkje ville ha noko. Sonen hadde bestilt alt, han budde i [[Stavanger|pl]] og var bekymra, men faren kasta alarmen i fjorden. Bokstaveleg talt. Han gjekk ned på kaia og kasta han uti. Og kva skal ein seie då? Det er hans val. Vi respekterer det. Men sonen ringde meg i vekesvis etterpå, [[Kjetil Moen|p]], og han var ikkje blid.
I: Korleis samarbeider de med heimesjukepleia?
P: Tett. Vi sit i same bygg, på [[Luster omsorgssenter|o]]. Eg har eit internnummer, [[3312|ph]], og dei ringjer meg når dei ser at noko endrar seg. Det er [[Vigdis|p]] som er {{teamleiar}} der no, og ho er flink til å fange opp ting tidleg. Før hadde vi møte {{kvar tysdag}}, no er det meir at vi berre går inn til kvarandre.
I: Kva tenkjer du er det viktigaste for at teknologien skal fungere i distrikta?
P: Dekning. Og folk. Det hjelper ikkje med ein alarm når mobilnettet forsvinn kvar gong det er {{storm}}. Og så må det vere nokon som kan køyre ut. Teknologien flyttar berre problemet, frå å sjå til å køyre.
I: Takk skal du ha, [[Synnøve|p]].
P: Berre hyggeleg!
""")

# ---------------------------------------------------------------- P12 (STT en, municipal IT)
T("P12", "en", "speech-to-text English", r"""
I: okay we're recording thanks for joining can you introduce yourself
P: yeah sure so i'm [[thomas kristiansen|p]] but everybody calls me [[tommy|p]] i work in the it department in [[bodø kommune|o]] i'm responsible for the welfare technology platform so the the servers and integrations and the alarm reception basically i have a {{msc}} in informatics and i've been in the kommune for {{seven years}} before that i worked for [[telenor|o]]
I: what does the platform consist of
P: so we have the alarm central that receives from trygghets alarmer door sensors fall sensors the gps units and then the digital supervision at night and all of that goes into one system from the supplier it's [[nordavind helseteknikk|o]] they're based in [[tromsø|pl]] and then we have integration to the journal system {{gerica}} which is which is honestly a nightmare because the integration is not real time it's like every fifteen minutes
I: can you give an example of when the technical side caused problems for care
P: yeah okay so there was a case i remember very well it was the [[twenty third of december two thousand and twenty two|d]] right before {{christmas}} of course everything happens before christmas and we had an update on the alarm server and the certificates expired basically so for like three hours the alarms from [[løding|pl]] and [[saltstraumen|pl]] were not coming in they were going to a fallback number that nobody was answering and a lady in [[skjerstad|pl]] she she fell and she pressed her alarm many times and nobody came until the morning visit
I: what happened afterward
P: it was a big avvik we had meetings with the kommuneoverlege and with [[helsetilsynet|o]] and i personally wrote the report it has case number [[22 slash 4419|id]] the lady was okay she was bruised and cold but okay her son was very angry understandably and i don't blame him at all
I: did anything change in how you work with the care services
P: yes a lot now we have a superbruker in each zone and we have a {{teams}} channel where they can write to us directly and we have a meeting {{every tuesday}} at nine with the project leader [[anne lise|p]] from the health side so we see each other and we plan updates together not just on a friday night when it's convenient for it ha ha
I: how do you see the relationship between it and the care staff
P: it's better but there's still a language gap we say things like latency and failover and they say things like she was so scared and i think we need to understand each other like the nurse [[rose marie|p]] in the [[rønvik|pl]] zone she taught me more about the alarms than the supplier did because she knows what happens at three in the morning when the thing doesn't work
I: that's interesting is there anything you wish the researchers would look at
P: yeah maybe the the hidden work like who changes batteries who moves the sensor when the bed is moved nobody has that in their job description it's just done by whoever is there [[ole|p]] in our team he spends maybe {{twenty percent}} of his time driving around changing batteries
I: thank you that's very helpful can i contact you if i have follow up questions
P: yes of course my email is [[tommy dot kristiansen at bodo dot kommune dot no|em]] or just call me [[nine oh four one two two six eight|ph]]
I: great thanks [[tommy|p]]
""")

# ---------------------------------------------------------------- P13 (en, Lithuanian nurse)
T("P13", "en", "English (Lithuanian nurse)", r"""
I: Thanks for meeting me. Could you start by telling me a bit about yourself?
P: Yes, sure. My name is [[Rasa Petrauskienė|p]], I'm from [[Lithuania|pl]], from [[Kaunas|pl]]. I'm a nurse, I studied there, and I came here {{fourteen years}} ago. First to the coast, then to [[Molde|pl]] because my husband got a job at the hospital. Now I work at [[Bergmo omsorgssenter|o]] as sykepleier on the long-term ward.
I: What does technology mean in your work?
P: A lot, more every year. We have electronic medicine administration now, so we scan the multidose bag and the wrist... no, not wristband, we scan the resident's card. Every resident has a card with a barcode, by the medicine trolley. It's good because before we had paper lists and signing, and sometimes someone forgot to sign and you don't know if she got it or not.
I: Has that changed anything about safety?
P: Yes, definitely. But also new problems. One time the system showed that a lady got her {{Marevan}} twice, because the scanner was double-clicking. She was [[ninety-four|ag]], very small, and on blood thinner, so of course I was very scared. I called the doctor, Dr. [[Hatlehol|p]], at night, and he said check the bag, and the bag was only opened once. So it was the scanner, not the patient. But I {{didn't}} sleep that night.
I: How do relatives engage with these systems?
P: Some of them want to see everything. There is one daughter — I will not say the resident's name — but the daughter, she sends me messages all the time. I can read one, I have it still. She wrote: "Hei [[Rasa|p]], mamma sier hun ikke fikk tablettene i dag morges. Kan du sjekke? Ring meg på [[413 52 960|ph]]. Hilsen [[Lill-Tove|p]]". And I checked, and she had got them. The system showed the exact time, {{08:12}}. So in that way the system helps, I could say: here, look, she got it.
I: Do you feel the systems were introduced in a good way?
P: Not really, haha. It came [[1. oktober 2022|d]] — I remember because it was the same day as the new kitchen opened, so it was chaos two times. We had {{two hours}} training with a person from [[Apotek 1|o]]... no, from the supplier, [[MedTrace Nordic|o]], and then go. I was superuser, so people called me for everything. My private phone, in my free time. I had to say stop.
I: You mentioned being a superuser. How did you become one?
P: My leader, [[Frode|p]], he asked, and I think because I was good with computers. In [[Lithuania|pl]] we had a lot of this already in the hospital, so I was not afraid. Also, I think... it's easier to say yes when you are foreign. You want to show that you are useful. My {{Norwegian}} colleague [[Guri|p]] said no, and nobody asked her again, haha.
I: What is it like to be a nurse from abroad in this kind of role?
P: Mostly good now. In the beginning, the residents said things like "du snakker rart", and one old man always called me "the {{Russian}} girl". I told him I'm not Russian, and he said, "same thing", haha. He was born in [[1929|ag]], he remembered the war, so I understand. In the end we were friends. He called me his Lithuanian angel.
I: Thank you, [[Rasa|p]].
P: Thank you, it was nice to talk.
""")

# ---------------------------------------------------------------- P14 (nb, Stavanger, GP)
T("P14", "nb", "bokmål dialect (Stavanger)", r"""
I: Du er fastlege – kan du si litt om praksisen din?
P: Ja, eg e fastlege på [[Tasta legesenter|o]] her i [[Stavanger|pl]], har vært her i snart {{tolv år}}. Me e fem leger og to {{LIS}}-leger, og eg har en liste på rundt {{elleve hundre}} pasienter, mange eldre, for me ligge jo like ved [[Tasta sykehjem|o]]. Eg tok ein {{PhD}} på hjertesvikt før eg begynte i allmennpraksis, så det e litt min greie.
I: Hvordan kommer velferdsteknologi inn i din hverdag som fastlege?
P: Det e mest indirekte, egentlig. Eg får meldinger fra heimesykepleien, PLO-meldinger, om at den og den har fått medisindispenser, eller at nattkameraet har fanget opp uro. Og så har me vært med i et prosjekt med digital hjemmeoppfølging, der pasienter med {{KOLS}} og hjertesvikt måler seg sjøl heime og sender inn. Det har vært... ja, blanda.
I: Kan du gi et eksempel?
P: Ja. Eg hadde en pasient, la meg kalle han... nei, han har gitt meg lov å bruke navnet, han e stolt av det. [[Stein Ove Tjelta|p]]. [[Syttini år|ag]], hjertesvikt, bor aleine på [[Hundvåg|pl]]. Han fikk nettbrett og vekt og pulsoksymeter gjennom prosjektet. Og det e jo en mann som alltid har sagt at det går fint, ikkje sant, ringe du han så e alt fint. Men vekta lyge ikkje. Så en morgen, det va [[tysdag 14. mars|d]], hadde han gått opp {{to kilo}} på to dager, og sykepleieren på oppfølgingssentralen, [[Dagrun|p]], ringte meg.
I: Hva gjorde du da?
P: Eg økte vanndrivende, ringte han, og han sa: "Ka e det du mase om, doktor, eg har det fint." Og så sa eg: "[[Stein|p]], vekta di sie noko anna." Og då lo han. Han ble ikkje innlagt den gangen. Før prosjektet hadde han vært innlagt på [[SUS|o]] fire ganger på ett år. Året etter var det én gang.
I: Du sa blandet. Hva har ikke fungert?
P: Det e ein del pasientar som ikkje klarer det, som sende inn målinger klokka tre om natta fordi dei ikkje får sove, eller som sende inn verdier som e heilt feil fordi oksymeteret sitte på feil finger. Og så e det meg som får meldingane. Eg fekk ein gong tolv meldingar frå same pasient på ei helg. Ho va vel [[nittien|ag]] og syntes det va koselig at nokon svarte.
I: Hvordan er samarbeidet med kommunen rundt dette?
P: Godt, stort sett. Eg har ein direkte linje til koordinatoren i heimesykepleien i [[Hillevåg|pl]]-sona, det e ho [[Bodil Vik|p]], og eg ringe henne på [[51 50 72 14|ph]]. Ho e gull. Men eg skulle ønske PLO-meldingane og {{Helsenorge}} og det nye prosjektsystemet snakka saman. Eg har tre innbokser. Tre! Og {{Infodoc}} i tillegg.
I: Hva tenker du om betydningen for legerollen?
P: Ein blir litt meir ein… ka skal eg seie, ein som følge med på tall. Eg må passe på at eg ikkje slutte å sjå pasientane. For [[Stein Ove|p]], han sa det sjøl: "Doktor, du har ikkje sett meg på tre månader, berre vekta mi." Og det e jo sant. Så no har eg han inne på kontroll {{kvar tredje månad}} uansett kva tala sie.
I: Det er et godt poeng. Takk for at du tok deg tid.
P: Bare hyggelig. Ring om det e noko, du har nummeret til sentralbordet.
""")

# ---------------------------------------------------------------- P15 (da)
T("P15", "da", "Danish (nurse in Norway)", r"""
I: Fint. Kan du begynne med å fortelle litt om deg selv?
P: Ja. Jeg hedder [[Mette Krogh Jensen|p]], jeg er sygeplejerske, uddannet i [[Aarhus|pl]], og jeg har boet her i... ja, {{otte år}} nu. Jeg arbejder i hjemmesykepleien i [[Arendal|pl]], distrikt øst, som dækker [[Tromøy|pl]] og [[His|pl]], og lidt af byen.
I: Du har erfaring med skjermbesøk fra [[Danmark|pl]]?
P: Ja, meget. I [[Danmark|pl]] har man haft skærmbesøg i mange år, i [[Aarhus Kommune|o]] havde vi hundredvis af borgere på skærm. Altså, man ringer ind på en tablet om morgenen og ser at borgeren tager sine piller, eller man snakker bare lidt, {{ikk'}}. Så da jeg kom her, og de sagde at de ville starte et pilotprojekt, så tænkte jeg: nåh ja, det kender jeg.
I: Hvordan gikk oppstarten her?
P: Langsommere, haha. Nej, men det er også fordi... nordmændene er mere skeptiske, tror jeg, over for at skærmen skal erstatte besøget. Og det er ok. Vi startede med seks brugere i [[februar 2021|d]]. Seks. Derhjemme startede vi med {{halvtreds}}. Men her skulle der være samtykke og risikovurdering og møder med IT og jurister og alt muligt.
I: Har du et eksempel på en bruker som har hatt nytte av det?
P: Ja, der er en dame ude på [[Tromøy|pl]], jeg kalder hende bare fru [[Stiansen|p]]. Hun er [[niogfirs|ag]], og hendes mand, [[Max|p]], døde [[1. juledag 2020|d]]. Og siden har hun været meget alene. Så de {{ti minutter}} på skærmen hver formiddag, det er... ja, hun venter på dem. Hun sidder klar med kaffe og har redt håret. Hun fortalte mig om [[Max|p]] hver dag i et halvt år.
I: Hva med de ansatte – hvordan har de tatt det imot?
P: Blandet. Der er nogle, som [[Turid|p]], som synes det er fantastisk, for hun har en dårlig ryg og skal køre mindre. Og nogle siger, det er ikke sygepleje at sidde foran en skærm. Jeg forstår begge dele. Men vi må være ærlige: vi har ikke nok folk. Vi har stillinger, der har stået tomme i et år.
I: Har det vært utfordringer med teknologien?
P: Ja, lyden! Mange hører dårligt, og tabletten har en dårlig højttaler. Og så var der en mand på [[Hisøy|pl]], som hele tiden trykkede på knappen og afsluttede samtalen. Han troede, det var en fjernbetjening. Og internettet, i øvrigt. Hans barnebarn, [[Kasper|p]], måtte komme og lave et nyt netværk. Han gjorde det på fem minutter.
I: Hva tenker du om forskjellene mellom landene?
P: I [[Danmark|pl]] er det mere... digitalt først, kan man sige. Alle har {{e-Boks}}, alle har {{MitID}}. Her er det mere frivilligt. Og jeg synes faktisk, det er godt, at man her spørger: hvem er det godt for? Ikke bare: hvor meget kan vi spare?
I: Tusen takk, [[Mette|p]].
P: Selv tak. Det var hyggeligt.
""")

# ---------------------------------------------------------------- P16 (STT nb, relative)
T("P16", "nb", "speech-to-text bokmål", r"""
I: da har vi startet opptaket kan du fortelle litt om hvem du er og hvorfor du ville være med
P: ja jeg heter [[gunn elin strand|p]] jeg er datter av eh en dame med demens som bor i [[fredrikstad|pl]] på [[kråkerøy|pl]] og jeg ville være med fordi jeg har hatt så mange tanker om dette med teknologi og mamma det har vært en lang reise for å si det sånn
I: kan du fortelle om din mor
P: mamma heter [[else|p]] hun er [[åttiseks|ag]] hun var lærer på [[gressvik skole|o]] i over {{tretti år}} og hun fikk diagnosen {{alzheimer}} for fire år siden og hun bor fortsatt hjemme i huset i [[smed bakken åtte|ad]] med pappa han er [[nittien|ag]] men han er klar i hodet
I: hvilken teknologi har dere tatt i bruk
P: hun har trygghets alarm selvfølgelig og så har hun {{gps klokke}} og dør sensor og så fikk hun medisin dispenser i fjor men den fungerte ikke for hun ble redd av stemmen hun trodde det var noen i huset så den tok vi bort igjen etter {{tre uker}}
I: hvordan var prosessen med å få gps
P: det var en kamp {{altså}} jeg søkte i [[mai tjue tjue to|d]] og fikk vedtak i {{september}} det tok fire måneder og i mellomtiden gikk hun seg bort to ganger den ene gangen ble hun funnet av en buss sjåfør ved [[fredrikstad brua|pl]] han ringte politiet og de kjørte henne hjem
I: og da dere fikk den hvordan fungerte det
P: veldig bra faktisk jeg har appen på telefonen og pappa har den også og jeg får melding når hun går ut av sonen jeg kan lese en melding jeg fikk for eksempel her står det [[else|p]] har forlatt trygg sone [[tjuefjerde november|d]] {{klokka fjorten null sju}} og så et kart og så ringte jeg pappa og han fant henne i hagen hos naboen [[reidun|p]] hun skulle bare låne egg
I: hvordan er kontakten med hjemmetjenesten
P: variabel det er så mange forskjellige folk noen dager kommer det fem forskjellige men det er en som er fast og det er [[anita|p]] hun er primærkontakt og hun er helt fantastisk hun ga meg direkte nummeret til teamet [[seksti ni tretti seks null fem tolv|ph]] og hun ringer meg hvis det er noe
I: har dere diskutert kamera eller digitalt tilsyn om natten
P: ja og der er vi uenige i familien min bror [[leif|p]] han bor i [[drammen|pl]] og han synes det er overvåkning og at mamma ville hatet det og det har han kanskje rett i hun var veldig privat men pappa sover ikke om natten fordi han er redd for at hun skal gå ut så hvem sin trygghet er det vi snakker om
I: det er et viktig spørsmål
P: ja jeg vet ikke svaret men jeg vet at pappa har gått ned {{seks kilo}} og det er ikke bra for noen
I: takk for at du delte dette [[gunn elin|p]]
""")

# ---------------------------------------------------------------- P17 (en, Syrian pharmacist)
T("P17", "en", "English (Syrian pharmacist)", r"""
I: Thank you for joining, [[Rami|p]]. Could you tell me a little about your background?
P: Of course. I'm a pharmacist, I studied in [[Aleppo|pl]], at the university there, and I worked in a hospital pharmacy for six years before the war made it impossible. I came here almost {{ten years}} ago. Then it took me three years to get the Norwegian authorisation, I had to take exams at [[NTNU|o]], language test, everything. Now I work at [[Boots apotek Heimdal|o]] in [[Trondheim|pl]].
I: And how are you involved with the municipal care services?
P: We are responsible for multidose for a lot of the home-care patients in [[Heimdal|pl]] and [[Byneset|pl]]. So the doctor sends the e-prescription, we check it, and then the bags are produced centrally, and we deliver to the home-care base and also now directly to some patients who have the dispenser. I drive the delivery myself on {{Thursdays}}, in the pharmacy car, the little electric one, [[EL 84219|id]]. Haha, everybody knows it.
I: Can you tell me about a case where something went wrong?
P: Yes, there is one I think about often. A man, he was [[77|ag]], with heart disease. His doctor changed the dose of his {{Metoprolol}}, from 50 to {{25 milligrams}}, but the change came after the production deadline, which is {{Tuesday}} at twelve. So the new bags came one week late. The home-care nurse, [[Kristin Bakken|p]], called me and she read me his fødselsnummer so I could find him, [[030246 51387|id]], and I saw immediately that the old dose was in the bags. So I told her, please take out the evening tablet manually for these seven days.
I: Did that work?
P: For {{six days}}, yes. On the seventh day, a substitute nurse came and she didn't know, and he got the old dose and fell in the bathroom, low blood pressure. Nothing broken, but he was at [[St. Olavs hospital|o]] one night. And after that we made a system: every change after Tuesday, we send a message in red, and I personally call the zone leader. In [[Heimdal|pl]] it is [[Åse|p]], I have her direct number.
I: How is it, as a pharmacist, to be between the doctors and home care?
P: Sometimes like a postman, haha. Everybody thinks the other one knows. The doctor thinks home care knows, home care thinks the pharmacy knows. And I am the one holding the bag, literally. In [[Syria|pl]] the pharmacist was more... how to say, respected? Here also, but they forget we exist, until there is a mistake.
I: What about the medicine dispensers — how has that affected your work?
P: More work, at first. The dispensers need the bags in a specific roll, and if the roll is wrong the machine stops. I have had calls from [[Olga|p]] at the welfare technology office many times — is the roll broken, is it our fault, is it the machine? Usually it's the machine, haha, I say that because I'm the pharmacist. But honestly, they are good for patients who forget. Especially the ones with early dementia.
I: Is there anything about your own experience as a newcomer that shaped how you see this?
P: Yes. My father, in [[Homs|pl]], he had diabetes and nobody helped him with his medicines after we left. My sister tried by phone from [[Germany|pl]], but it's not the same. So when I see an old man alone in [[Kolstad|pl]] with his bags and a machine that talks to him, I think, at least somebody is checking. Maybe not a person, but something.
I: Thank you, that's a very moving perspective.
P: Thank you for asking about pharmacies. Nobody does, haha.
""")

# ---------------------------------------------------------------- P18 (nb, Oslo øst, union)
T("P18", "nb", "bokmål dialect (Oslo øst)", r"""
I: Da er vi i gang. Kan du si litt om hvem du er?
P: Ja, jeg er [[Roger Haugerud|p]], hovedtillitsvalgt for [[Fagforbundet|o]] i [[Bydel Alna|o]]. Jobba som helsefagarbeider på [[Furuset|pl]] i hjemmetjenesten i {{atten år}} før jeg ble frikjøpt, så jeg kjenner gata, for å si det sånn.
I: Hvordan ser fagforeningen på velferdsteknologi?
P: Vi er ikke imot, ass. Det er viktig å si. Folk tror at vi er sånn gammeldagse, men vi er ikke imot teknologi, vi er imot at teknologi blir brukt til å kutte folk. Og det er en forskjell. Når a [[Nina|p]] på [[Haugerud|pl]] slipper å kjøre {{tre ganger}} over [[Trosterud|pl]] for å se at en pasient har tatt medisinen, så er det bra. Men når det betyr at stillinga hennes blir kutta... da blir det noe annet.
I: Har dere hatt konkrete saker?
P: Ja, den store saka var digitale nøkler. Vi fikk elektroniske dørlåser hos brukerne i hele bydelen, og det var fint, slipper nøkkelskapet. Men så oppdaga vi at låsene logga hvem som låste opp og når. Og så fikk jeg en mail fra en avdelingsleder, jeg kan lese den, jeg har den her: "Hei [[Roger|p]]. Vi ser av loggen at enkelte ansatte bruker kortere tid enn vedtaket tilsier hos flere brukere. Vi ønsker å ta dette opp i medarbeidersamtaler. {{Mvh}} [[Kjersti Nyhus|p]]." Og det, altså, der gikk grensa for meg.
I: Hva gjorde dere?
P: Jeg tok det opp i {{IDF}}-møtet [[den 3.|d]], altså møtet rett etter {{påske}}, og sa at dette er kontroll av ansatte, og det krever drøfting og det krever at reglene fra [[Datatilsynet|o]] følges. Og så ringte jeg 'n [[Kåre|p]] i forbundet sentralt, han er advokat, og han sa at det var helt klart ulovlig å bruke det sånn uten at det var avtalt.
I: Hvordan endte det?
P: Det endte med en avtale. Logger brukes bare ved avvik, ikke til å måle folk. Det står i en protokoll, datert [[22.05.23|d]]. Men det tok lang tid, og folk var redde i mellomtida. A [[Fatima|p]], hun er fra [[Somalia|pl]] og jobber natt, hun kom til meg og gråt og sa at hun var redd for å miste jobben fordi hun var raskere enn de andre hos en pasient. Hun var jo raskere fordi hun er flink! Ikke fordi hun jukser.
I: Hvordan opplever dine medlemmer teknologien i hverdagen?
P: Det er jo {{mer eller mindre}} blanda. De unge er vant til det. De eldre sliter litt, særlig med appene. Og så er det tempoet. Alt piper hele tida. 'N [[Terje|p]] på natta sa til meg at han får sånn fantomvibrasjoner i lomma når han er hjemme. Han kjenner telefonen vibrere når den ikke er der. Det sier noe, hæ?
I: Hva ønsker dere fra arbeidsgiver framover?
P: At vi er med fra starten. Ikke at vi får et ferdig opplegg på et allmøte en {{fredag}}. Og at gevinsten av teknologien går tilbake til tjenesten, ikke til kassa på rådhuset. Har du spørsmål senere kan du sende meg en mail, [[roger.haugerud@fagforbundet.no|em]], eller ringe, [[+47 918 44 062|ph]].
I: Tusen takk, [[Roger|p]].
P: Null problem.
""")

# ---------------------------------------------------------------- P19 (nn, helsesjukepleiar)
T("P19", "nn", "nynorsk", r"""
I: Vil du starte med å fortelje litt om deg sjølv og arbeidet ditt?
P: Ja. Eg heiter [[Astrid Mjelde|p]], eg er helsesjukepleiar i [[Voss herad|o]], og eg har skulehelsetenesta på [[Voss ungdomsskule|o]] og litt på helsestasjonen. Eg har vore helsesjukepleiar i {{sju år}}, og før det var eg på barneavdelinga på [[Haukeland universitetssjukehus|o]].
I: Korleis brukar de digitale verktøy i helsesjukepleiararbeidet?
P: Mykje meir enn før korona. Vi har digital dialog med foreldre gjennom {{Helsenorge}}, vi har videokonsultasjonar når det passar, og så har vi ein chat for ungdom som vi starta opp for to år sidan, saman med [[Ulvik|pl]] og [[Vaksdal|pl]]. Den er open {{tysdag}} og {{torsdag}} ettermiddag, og det er overraskande mange som skriv.
I: Kva slags ting tek ungdomane opp på chatten?
P: Alt. Kropp, prevensjon, mobbing, foreldre som krangla, at dei ikkje får sove. Det er lettare å skrive enn å banke på døra mi, for då ser heile klassen at du går til helsesjukepleiaren. På chatten er du anonym, i alle fall til du sjølv vel å seie kven du er.
I: Har det vore situasjonar der det har vore krevjande?
P: Ja. Det var ein tysdag i... eg trur det var [[tysdag 28. februar|d]]. Ei jente skreiv at ho ikkje orka meir. Ho var anonym først, men så skreiv ho namnet sitt, [[Silje|p]], og at ho var [[fjorten|ag]] og budde på [[Bulken|pl]]. Chatten skulle stengje {{klokka fire}}, og klokka var fem på. Så eg sat der og skreiv med henne til {{halv seks}}, og samstundes ringde eg til [[Jorunn|p]] på barnevernet og til legevakta. Eg hadde ikkje mobilnummeret hennar, berre chatten.
I: Korleis gjekk det?
P: Det gjekk bra, til slutt. Mora hennar kom og henta henne, og ho fekk time hos kommunepsykologen, [[Halvard|p]], dagen etter. Ho kom innom kontoret mitt veka etter og sa takk. Men eg sov ikkje den natta. Og vi hadde ingen rutine for det, det var berre meg. Etterpå laga vi ein rutine for kva vi gjer når nokon på chatten er i fare.
I: Korleis er samarbeidet med andre tenester?
P: Det er godt, men det er mykje telefon. Vi har ein direkte linje til legevakta, og eg har nummeret til barnevernsvakta lagra på mobilen. Kommunepsykologen sit i same bygg som oss, på [[Voss helsehus|o]] i [[Uttrågata 11|ad]], så eg kan gå ned ein etasje og banke på. Og foreldre kan sende e-post til meg på [[astrid.mjelde@voss.kommune.no|em]], men eg seier alltid at det ikkje er for noko som hastar.
I: Kva tenkjer du om framtida for den digitale helsestasjonen?
P: Eg trur det blir meir. Men eg er redd for at det blir for mykje skjerm mellom oss og ungane. Nokre ting må du sjå. Ein blåveis, til dømes. Eller korleis ein unge sit i stolen. Det ser du ikkje på ein chat. Så vi må ha begge delar.
I: Takk, [[Astrid|p]].
P: Takk sjølv.
""")

# ---------------------------------------------------------------- P20 (STT en, ambulance)
T("P20", "en", "speech-to-text English", r"""
I: okay so the recording is on can you just start by telling me who you are and what you do
P: yeah sure so i'm [[even rud|p]] i work as a paramedic in the ambulance service in [[hallingdal|pl]] we are based in [[gol|pl]] and i've been doing this for {{fifteen years}} or so and i also do some shifts at the legevakt in [[ål|pl]]
I: how does welfare technology show up in your work
P: mostly through the alarms the trygghets alarm so when an elderly person presses the button it goes to the alarm central and if they can't reach the home care or it's serious they call {{amk}} and amk calls us and the problem is that we often come to a door that is locked and the home care has the digital key and we don't
I: can you tell me about a specific situation
P: yeah there was one night it was the [[fourteenth of january|d]] i think a lady in [[hemsedal|pl]] up at [[tuv|pl]] she was [[ninety two|ag]] she had a fall sensor and it went off at like two in the morning and we drove from [[gol|pl]] it's like {{thirty five minutes}} in winter and when we got there the door was locked and no key box and the home care was in [[nesbyen|pl]] on another call so we had to call the fire brigade to open the door and i read her personal number to amk [[zero four zero five three one|id]] and then the five [[four four two one nine|id]] so they could find her journal
I: what happened to her
P: she was okay she was on the floor in the bathroom for like an hour and a half and she was cold and confused but no fracture we took her to [[hallingdal sjukestugu|o]] for observation and she was there {{two days}} her son came from [[oslo|pl]] and he was furious not at us but at the system he said mum has a sensor and a camera and nobody can open her door what is the point
I: has anything changed since then
P: yes we have now a system where the ambulances get access to the digital keys through the alarm central it took a year of meetings with the six kommunes and [[vestre viken|o]] and the supplier but now it works mostly our car the one with the plate [[dn three four five six one|id]] has a tablet where we can see it
I: how do you experience the collaboration with home care
P: it's good up here because we know each other it's a small place like i know [[marit|p]] in the home care in [[hemsedal|pl]] since school and we just call each other on the phone her number is in my phone as [[marit|p]] heimetenesta ha ha but it's also vulnerable because if she's off then you don't know who to call
I: are there any patients you see often because of the alarms
P: yeah there are some frequent ones i won't say names but there's a man in [[torpo|pl]] who calls maybe {{twice a week}} and he's not sick he's lonely and the alarm is the only way he knows to get someone to come and talk so we come and we have coffee and we check his blood pressure and we go and that's also health care i think
I: that's a good point is there {{anything else}} you'd like to add
P: maybe just that the technology needs to think about who comes at night not just the home care it's us and the fire brigade and the neighbours sometimes we can't {{even}} get in the door
I: thank you [[even|p]]
""")

# ---------------------------------------------------------------- P21 (en, Somali drug/alcohol worker)
T("P21", "en", "English (Somali-Norwegian rus worker)", r"""
I: Thanks for talking to me, [[Abdi|p]]. Maybe start with how you ended up in this work?
P: Yeah. So, full name is [[Abdirahman Warsame|p]], but nobody here can say it, so [[Abdi|p]]. I came here when I was [[twelve|ag]], from [[Mogadishu|pl]], and grew up in [[Sarpsborg|pl]]. I studied social work at [[Høgskolen i Østfold|o]], and now I'm a ruskonsulent in the municipality, in the rus and psychiatry service. {{Eight years}} now.
I: Where does technology come into your work?
P: Honestly, I was skeptical. We got a pilot with digital follow-up, a tablet app where clients can check in, answer some questions about mood and cravings, and have video sessions with us. For {{LAR}} patients also a locked medicine dispenser, so they can take the medicine at home instead of going to the pharmacy every day. And I thought, my guys, they sell the tablet the first week, haha. But I was wrong. Mostly.
I: Can you tell me about someone it worked for?
P: Yeah. One guy, everybody in town knows him as "[[Storm|p]]", because... long story. He's in his [[forties|ag]], {{twenty years}} of heroin, then LAR. He was going to the pharmacy at [[Sarpsborg Storsenter|o]] every day {{at nine}}, and he hated it, because everybody sees you standing there in the line. With the locked dispenser he could take it at home. And he started working, a few hours a week at [[Fretex|o]]. The dispenser gave him back his mornings, he said.
I: And where it didn't work?
P: There was one woman, young, she broke the dispenser open with a screwdriver on the second day. Like, it's a lock, not a safe. So then we had to report it, and she lost the home dose, and she was angry at me. I understand. We sat in my office in [[Glengsgata 19|ad]], and she cried, and I cried a bit too, honestly.
I: How do the video sessions work for your clients?
P: Mixed. Some love it, they don't need to take the bus. Some have no internet, no privacy at home, maybe the girlfriend is listening. And for the {{Somali}} families I work with, there's a cultural thing — they want to meet, sit, drink tea. A screen feels cold. My colleague [[Hodan|p]] says the same. She does a lot of work with the mosque, [[Masjid Tawfiiq|o]], and with the parents, and they never want video.
I: Have you had situations where technology created risk?
P: Yes. One client sent me messages at three in the night on the app. I don't work at night. So the messages were just sitting there until morning. He wrote — I remember it word for word — "[[abdi|p]] i cant do this tonight". And I saw it at eight. He was alive, thank God, the legevakt had picked him up because his sister, [[Amina|p]], called them. But I think about that message. After that we put a clear text on the app: this is not monitored at night, call {{113}}.
I: What about your own background — does it shape how you do the job?
P: Definitely. I know what it is to be between two worlds. And with the Somali youth in [[Sarpsborg|pl]], some of them start with khat, then other stuff. Their parents don't have the words for it. My own uncle, [[Farah|p]], he still doesn't understand what I do. He thinks I'm a police, haha.
I: Thank you, [[Abdi|p]].
P: Thank you, it was good.
""")

# ---------------------------------------------------------------- P22 (nb, Sørlandet, helsesekretær)
T("P22", "nb", "bokmål dialect (Sørlandet)", r"""
I: Kan du fortelle litt om deg selv og jobben?
P: Ja, jei heter [[Torunn Salvesen|p]], jei er helsesekretær på [[Lillesand legesenter|o]], og har vært det i... huff, {{tjueto år}}. Jei er fra [[Høvåg|pl]] opprinnelig, bor der fortsatt, så det er kort vei. Vi er fire leger og tre sekretærer, og så en turnuslege av og til.
I: Hvordan har jobben endret seg med digitaliseringen?
P: Åssen skal jei si det... før satt vi med telefonen hele dagen. Nå sitter vi med telefonen OG skjermen hele dagen, hehe. Det kommer meldinger fra {{Helsenorge}}, e-konsultasjoner, PLO-meldinger fra hjemmesykepleien, og så har vi fått et sånt tilbakeringingssystem, der folk legger igjen nummeret sitt og så ringer vi dem opp. Det er bra for køen, men det blir jo masse lapper og meldinger.
I: Har du eksempler på hvordan eldre pasienter takler det?
P: Å ja. De eldste bruker jo ikke Helsenorge. De ringer. Og noen av dem legger igjen hele livshistorien på svareren. Jei hadde en mann, han la igjen en melding, jei husker den nesten ord for ord, for vi lo, snill latter altså: "Ja, hallo, det er [[Ingolf Tveit|p]], født [[tolvte i tredje førtitre|d]], fødselsnummer [[120343 48215|id]], jei trenger mer av de hvite pillene, de små, ikke de store, ring mei på [[37 27 18 45|ph]], jei er hjemme etter {{klokka tolv}}, for før det er jei på butikken." Hehe. Han var vel [[nittito|ag]].
I: Hvordan håndterer dere slike meldinger med tanke på personvern?
P: Vi skriver det inn i journalen med én gang og sletter beskjeden. Men lappene, altså. Før var det lapper overalt. På doktor [[Mydland|p]]s kontor var det en hel vegg med post-it-lapper med navn og telefonnummer, og en dag kom det en pasient inn på kontoret og så lappen om sin egen nabo. Da ble det avvik og vi fikk rutine om rent bord. Nå er alt i {{Infodoc}}.
I: Har dere samarbeid med hjemmetjenesten om velferdsteknologi?
P: Litt. Vi får beskjed når noen får medisindispenser, for da må legen forordne multidose. Og så er det sånn at når hjemmesykepleien ringer så har de en egen linje inn til oss, et kort nummer, [[4050|ph]], så de slipper køen. Det er sykepleier [[Line|p]] som ringer mest, hun er koordinator i [[Lillesand kommune|o]] for dispenserne, og hun er alltid blid. [[Line|p]] er gull.
I: Hvordan opplever du det å være bindeledd mellom pasientene og systemene?
P: Det er litt som å være tolk. Jei oversetter mellom doktor-språk og folk-språk, og nå også mellom app-språk og folk-språk. Jei hjalp [[Gerd|p]] – hun er naboen min i [[Høvåg|pl]], [[åttiåtte|ag]] – med å sette opp Helsenorge på telefonen. Vi satt på kjøkkenet hennes i {{tre timer}}. Og så glemte hun passordet dagen etter, hehe. Men hun prøver, det skal hun ha.
I: Hva skulle du ønske var annerledes?
P: At de som lager systemene hadde sittet en dag i resepsjonen på en {{mandag}} morgen i {{januar}}. Da hadde de forstått.
I: Takk skal du ha, [[Torunn|p]].
P: Bare hyggelig, det var kjekt å bli spurt.
""")

# ---------------------------------------------------------------- P23 (nn, innkjøp)
T("P23", "nn", "nynorsk", r"""
I: Kan du fortelje litt om rolla di?
P: Ja. Eg heiter [[Gunnar Eide Solheim|p]], eg er innkjøpsrådgjevar i [[Sunnfjord kommune|o]], og eg har hatt ansvaret for velferdsteknologiavtalane sidan samanslåinga. Før det var eg i [[Førde kommune|o]], og før det i privat næringsliv, i eit oljeservicefirma, så det var eit lite kultursjokk, hehe.
I: Korleis går ein fram når ein kommune skal kjøpe velferdsteknologi?
P: Det er ein lang prosess. Først behovskartlegging saman med tenestene, så marknadsdialog, der vi inviterer leverandørar til å presentere seg, så konkurransegrunnlag, kunngjering på {{Doffin}}, evaluering og kontrakt. Ein rammeavtale som den vi har no for tryggleiksalarmar og sensorar, den gjeld i {{fire år}} med moglegheit for forlenging. Vi gjorde det saman med [[Kinn kommune|o]] og [[Stad kommune|o]].
I: Kva har vore det vanskelegaste?
P: Å få dei som jobbar på golvet med tidleg nok. Vi i innkjøp snakkar om krav og vekting, og dei snakkar om at alarmen må tole å bli dusja med. Det er like viktig! Men det må skrivast ned som eit krav. Eg hugsar ein superbrukar, [[Kari-Anne|p]] frå heimetenesta på [[Naustdal|pl]], som sa i eit møte: "Har nokon av dykk prøvd å trykkje på den knappen med revmatisme?" Og då vart det stille i rommet. Vi la inn eit krav om knappestorleik etter det.
I: Har de hatt problem med leverandørar?
P: Ja, eitt stort. Vi hadde avtale med eit firma, [[Vestavind Trygg AS|o]], og dei gjekk konkurs [[sist i november 2022|d]]. Med {{600 alarmar}} ute. Sekshundre! Og alarmsentralen deira stengde. Eg fekk telefon frå bubestyraren ein {{fredag}} ettermiddag. Vi hadde ei helg på oss.
I: Kva gjorde de?
P: Vi ringde rundt. Eg, [[Bjørg|p]] frå helse, og IT-sjefen vår, [[Arnfinn|p]]. Vi fekk ein mellombels avtale med alarmsentralen i [[Bergen|pl]] på {{laurdag}} kveld, og så køyrde heimetenesta rundt heile sundagen og testa alarmar. Eg har aldri jobba så mykje ei helg. Direktekontrakt, sjølvsagt, så i etterkant måtte vi grunngje det og lyse ut på nytt. Saka har arkivnummer [[22/08871|id]], om du vil sjå papira.
I: Korleis vurderer de personvern i anskaffingane?
P: Det er ein stor del no. Databehandlaravtale, risikovurdering, kvar dataene blir lagra. Ein leverandør ville lagre alt i [[USA|pl]], og det gjekk jo ikkje. Vi har eit personvernombod, [[Torhild Nygard|p]], som les alle kontraktane. Ho er nøye, og det er bra. Ho finn ting eg aldri hadde sett.
I: Kva ville du gjort annleis om du byrja på nytt?
P: Teke med brukarane tidlegare. Og pårørande. Vi har hatt ein brukarrepresentant frå [[Pensjonistforbundet|o]], [[Kåre Hjelmeland|p]], han var [[åttien|ag]] og sa alltid at vi måtte hugse at "eldre" ikkje er ei gruppe. Det er like stor skilnad på {{to på åtti}} som på to på tjue. Det har eg teke med meg.
I: Takk, [[Gunnar|p]].
P: Berre hyggeleg.
""")

# ---------------------------------------------------------------- P24 (nb, Helgeland, Røde Kors)
T("P24", "nb", "bokmål dialect (Helgeland)", r"""
I: Da er vi i gang. Vil du fortelle litt om deg sjøl?
P: Ja, æ heite [[Kjellrun Strand|p]], æ e pensjonert lærer og har vært besøksvenn i [[Røde Kors|o]] i [[Sandnessjøen|pl]] i... ja, sia æ slutta å jobbe, så det blir {{sju år}}. Æ underviste på videregående i {{trettifem år}}, norsk og historie.
I: Hva gjør en besøksvenn?
P: Vi besøke folk som e aleine. En time eller to {{i uka}}, drikke kaffe, prate, gå tur om dem klarer det. Æ har hatt tre faste opp gjennom. No har æ ho [[Ragna|p]], ho e [[hundreogto|ag]]! Og skarp som ei kniv. Ho va {{jordmor}} på [[Herøy|pl]] i førti år, ho har tatt imot halve distriktet, sie ho sjøl.
I: Har teknologi kommet inn i besøkstjenesten?
P: Ja, litt. Det va et prosjekt med nettbrett, der vi besøksvennan skulle hjelpe de eldre å bruke videosamtale med familien. Og det va jo ho [[Ragna|p]] sin store drøm, å se barnebarnet på andre sida av jorda. Han bor i [[Perth|pl]], [[Håvard|p]], og han hadde fått ei lita jente som ho aldri hadde sett.
I: Hvordan gikk det?
P: Åh, det va et prosjekt, ja. Tidsforskjellen, for det første. Når det e kveld her e det morgen der, eller omvendt, æ huske aldri. Og wifi hadde ho ikkje, så vi måtte få ordna det, og det tok tre uker med internettleverandøren. Men så, en søndag, det va [[tredje desember|d]], æ husk det for det va {{adventsgudstjeneste}} i kirka og vi kom rett derfra, så satt vi der, ho [[Ragna|p]] og æ, og så kom han [[Håvard|p]] opp på skjermen med ei lita jente på fanget. Og ho sa ingenting på lenge. Så sa ho bare: "Ho har hakan til far min."
I: Det høres ut som et sterkt øyeblikk.
P: Det va det. Æ grein, ho grein ikkje, hehe. Ho e av den gamle sorten. Men etterpå har dem snakka sammen kvar {{søndag}}. Og no kan ho faktisk ringe sjøl. Ho trykke på bildet av han, og så ringer det.
I: Har du sett utfordringer med teknologi hos de du besøker?
P: Ja da. En annen dame æ besøkte før, ho [[Gull|p]], ho het egentlig [[Gullborg|p]] men alle sa [[Gull|p]], ho hadde trygghetsalarm, men ho hadde den i skuffa, for ho syns den va stygg. Ho sa det va et hundehalsbånd. Og da ho datt, i [[mars 2019|d]], så låg ho på golvet i gangen i [[Havnegata 14|ad]] til æ kom på besøk dagen etter. Ho overlevde, men ho kom aldri heim igjen. Ho døde på sjukeheimen året etter.
I: Hvordan samarbeider dere med kommunen?
P: Det e litt tilfeldig. Æ har nummeret til ho som koordinerer i hjemmetjenesten, [[Wenche|p]], og hvis æ e bekymra så ringe æ henne. Men det e ingen formell linje. Og [[Røde Kors|o]] har sin egen koordinator, ho [[Tove-Lill|p]], som vi rapporterer til.
I: Tusen takk for at du ville dele dette, [[Kjellrun|p]].
P: Det va kjekt. Ho ville sikkert sagt at æ prata for mye, hehe.
""")

# ================================================================ focus groups
# ---------------------------------------------------------------- P25 (nb, superbrukere)
T("P25", "nb", "bokmål (focus group, superbrukere)", r"""
I: Velkommen alle sammen, og takk for at dere stiller. Kan vi ta en runde der dere sier navn og hvor dere jobber?
A: Ja, jeg kan begynne. Jeg heter [[Kine|p]], jeg er sykepleier på skjermet avdeling på [[Solsiden sykehjem|o]], og jeg har vært superbruker siden vi fikk det nye pasientvarslingsanlegget.
B: [[Mohammed Al-Khatib|p]], helsefagarbeider, jobber på korttidsavdelingen, andre etasje. Superbruker for, eh, sensorene og nattilsynet. Jeg er fra [[Latakia|pl]] opprinnelig, men har bodd i [[Brumunddal|pl]] i {{ni år}}.
C: [[Tor|p]] heter jeg, og jeg er vel den eldste her, hehe. Hjelpepleier i {{trettito år}}, og så ble jeg superbruker fordi ingen andre ville. Er det ikke sånn, [[Randi|p]]?
D: Jo, det er sånn det var, haha. Jeg er [[Randi|p]], avdelingsleder. Jeg er ikke superbruker selv, men jeg er den som har valgt dem ut, så jeg får ta støyten.
I: Hva innebærer det å være superbruker hos dere?
A: For meg er det egentlig å være den alle spør. "[[Kine|p]], alarmen virker ikke." "[[Kine|p]], hvordan logger jeg på?" Og det er midt i stellet, {{ikke sant}}. Jeg skrev ned hva jeg gjorde i løpet av en vakt i {{oktober}}, og det var elleve avbrytelser på {{tre timer}}. Elleve.
B: Men det er jo fordi du er så flink. Folk spør meg også, men mest om natta. Da er det ingen andre.
C: Og så får vi ikke betalt for det, det må jeg bare si. Vi har bedt om et tillegg. Hvor mye var det vi ba om, [[Randi|p]]? Det var ikke mye.
D: Vi foreslo {{femten tusen}} i året, og det ble avslått i lønnsforhandlingene. Det var [[den 12. juni|d]], jeg husker det, for jeg måtte gå ut og si det til dere. Det var ikke en god dag.
I: Kan dere fortelle om en situasjon der superbrukerrollen fikk stor betydning?
B: Ja. Det var en natt, en beboer på rom [[2-17|id]], en eldre mann, [[nittisju|ag]], og sensoren sa at han sto opp hele tida, kanskje tjue ganger. De andre på vakt ville skru den av. Men jeg så på mønsteret, og han sto opp og gikk tre skritt og la seg igjen. Det var ikke uro, det var pusten. Han fikk ikke puste liggende. Vi ringte legevakta og han hadde lungeødem.
A: Det var den natta du ringte meg klokka fire, [[Mohammed|p]]!
B: Ja, sorry, haha. Men du svarte.
C: Det er det jeg mener. Det er sånne ting man ikke kan lære på et e-læringskurs fra leverandøren. [[Caretech Norge|o]] sendte oss en video på {{tjue minutter}}. Tjue minutter! Og så skulle vi være eksperter.
D: Nå er du litt urettferdig, [[Tor|p]]. De hadde jo kurset på [[Hamar|pl]] også.
C: Som vi ikke fikk dra på fordi det ikke var folk til å dekke opp vaktene. Jeg sier ikke at det er din feil.
I: Hva tenker dere er det viktigste for at superbrukerrollen skal fungere?
A: Tid. Avsatt tid i turnusen. En dag i måneden i det minste.
B: Og at vi er med når de kjøper. Ikke at vi får det etterpå.
C: Og et tillegg som gjør at folk vil. Ellers blir det bare oss gamle dinosaurer og de snille, som [[Kine|p]].
D: Jeg skriver meg det bak øret. Og det skal inn i rapporten til [[Ringsaker kommune|o]], det lover jeg.
I: Tusen takk alle sammen.
""")

# ---------------------------------------------------------------- P26 (en, international care workers)
T("P26", "en", "English (focus group, immigrant care workers)", r"""
I: Welcome, everyone. We'll do this in English since not everyone is comfortable in Norwegian yet — is that okay? Maybe introduce yourselves first.
A: Yes, okay. I'm [[Jerome|p]], from [[Davao|pl]]. I'm working at [[Kvadraturen helsehus|o]], {{four years}} now, helsefagarbeider.
B: I'm [[Kasia|p]] — [[Katarzyna|p]], but everybody says [[Kasia|p]]. From [[Gdańsk|pl]]. I'm a nurse, same place as him, but in the other building.
C: My name is [[Mebrat|p]], I'm from [[Asmara|pl]]. I work in home care, in [[Vågsbygd|pl]]. Also helsefagarbeider.
D: And I'm [[Emil|p]], {{Swedish}}, so I'm the, eh, the cheating one here, haha, because Swedish and Norwegian is almost the same. Nurse on the dementia unit.
I: Let's start with language. How do you experience the language in the technology you use?
B: For me the worst was the voice thing. We tested speech recognition for the journal, you speak and it writes. And for me it wrote complete nonsense. I said "pasienten har spist frokost" and it wrote something like "pass a tent hair spiced frog coast". Haha. It worked better for the Swede, no?
D: Better, but not good. It made me sound like I was from [[Skåne|pl]], haha. No, but seriously, it understood me maybe {{eighty percent}}. For her it was—
C: Zero. It was zero. I stopped after one day. I write by hand in the car and then type. It takes longer, but at least it's correct.
A: Same for me. But you told me you use the translator on the phone also?
C: Yes, for the messages from relatives. Sometimes they write long messages in {{Helsenorge}}, very emotional, and I want to understand exactly. There was one daughter, she wrote that her mother, she is [[ninety-six|ag]], was crying in the night, and I needed to understand every word.
I: Has the technology ever made you feel less competent, or more?
A: Both. When the medicine dispenser came, I was the one who understood it first, because back home we are very used to phones and apps. My leader, [[Solveig|p]], she said "[[Jerome|p]], you teach the others". And some of the older colleagues, they didn't like that, you know, the foreigner teaching them.
B: Yes! Exactly the same with me. One colleague, I won't say who, she said "she can't even speak {{Norwegian}} properly and she is teaching me the {{iPad}}".
D: But [[Kasia|p]], that's not about the technology, that's about... you know.
B: I know. But the technology makes it visible.
C: For me it is the opposite. In home care, the old people sometimes don't want me to come in. One man in [[Slettheia|pl]], he opened the door and said "no, no", and closed. We use the digital key, and my colleague said just go in, you have the key. But I don't want to go in if he says no. So I called my leader and she came.
I: How did that resolve?
C: After some weeks he accepted me. Now he calls me "[[Mebbe|p]]". He's [[eighty-nine|ag]], he was a sailor, he has been everywhere, even in [[Massawa|pl]]! In my country! So now we talk about the sea.
A: That's beautiful.
I: Any final thoughts on what employers should know?
D: Give people time with the technology before they have to use it on patients. And don't assume the Swede is fine, haha.
B: And pay for the Norwegian courses. I paid myself, at a private school, {{twelve thousand kroner}}.
A: Yes. And listen to us. We have seen other systems, in other countries. We are not only workers, we have experience.
I: Thank you all so much.
""")

# ---------------------------------------------------------------- P27 (nb, Sunnmørsk, home-care team)
T("P27", "nb", "bokmål dialect (Sunnmørsk, focus group)", r"""
I: Velkommen. Kan dere starte med å presentere dere, så vi vet hvem som snakker?
A: Ja, eg heiter [[Brit Helen|p]], eg er sjukepleiar i heimetenesta i [[Ulstein|pl]], og har vore det sidan eg var ferdig utdanna.
B: [[Ørjan|p]]. Helsefagarbeidar. Same team som [[Brit Helen|p]]. Eg har vore her i {{fire år}}, før det var eg på sjøen, på supplyskip.
C: Og eg er [[Dag|p]], eg er teamleiar. Eg har vore i tenesta i... tja, {{tjuefem år}}, før det nye bygget på [[Ulsteinvik|pl]] kom.
I: Dere har tatt i bruk medisindispensere. Hvordan gikk det?
A: Det gjekk... ja, kva skal ein seie, [[Dag|p]]? Det gjekk opp og ned.
C: Det gjekk opp og ned, ja. Me starta med fem brukarar i [[januar 2022|d]], no har me tjueåtte. Men dei første månadane var det mykje alarmar, og me måtte køyre ut like mykje som før.
B: Hugsar du han på [[Hasund|pl]]? Han som tok maskina med seg på hytta?
A: Haha, ja! [[Ørjan|p]], det må du fortelje.
B: Ja, altså, ein mann, ca. [[sytti|ag]], pensjonert maskinist, han var veldig sjølvstendig. Han hadde dispenser heime, og så ein {{fredag}} kjem alarmen om at medisinen ikkje er teken. Me køyrer dit, ingen heime. Ringer han — han er på hytta på [[Dimna|pl]], og har teke med seg dispenseren! Han hadde kopla han til straum på hytta, men det var ikkje mobildekning der, så maskina fekk ikkje sendt at han tok medisinen.
C: Så alarmen gjekk {{kvar dag}} heile helga, og me ringde han kvar dag. Han var litt irritert til slutt.
A: Men han tok medisinen! Det var berre maskina som ikkje visste det.
I: Hva med bilene – jeg har hørt dere har hatt diskusjoner om det?
C: Åh, bilane. Me har seks tenestebilar, og ein av dei, den kvite Yarisen — [[SF 41822|id]] — den har me kalla "dispenserbilen", for den står alltid med dispenserposar i bagasjerommet. Han som har ansvar for bilane, [[Stig Rune|p]], han blir gal.
B: Og det var eg som fekk bot med den bilen i [[Volda|pl]]. Parkert på feil plass utanfor [[Volda legekontor|o]] for å levere ein dispenser. {{Seks hundre kroner}}.
A: [[Ørjan|p]], du fekk jo refundert den!
B: Etter tre månader, ja.
I: Hvordan opplever brukerne overgangen?
A: Det kjem an på. Nokre er glade, nokre er einsame. Ei dame eg hadde, [[Sigrun|p]], [[åttisju|ag]], ho sa at ho sakna meg. Ho sa "før kom du kvar morgon, no kjem berre den raude boksen". Og det gjorde vondt å høyre.
C: Det er difor me har halde på ein kaffeprat {{i veka}} for dei som er aleine. Det står ikkje i vedtaket, men me gjer det.
I: Takk til dere alle tre.
""")

# ---------------------------------------------------------------- P28 (nb, Valdres, relatives)
T("P28", "nb", "bokmål dialect (Valdres, focus group)", r"""
I: Takk for at dere kom. Dere er alle pårørende til noen som bruker velferdsteknologi. Kan vi begynne med en kort runde?
A: E kan begynne. E heite [[Solveig Bakke|p]], e e dotter til ei som bur på [[Fagerlund omsorgssenter|o]]. Ho e [[åttini|ag]]. E bur like ved sjøl, så e e innom ofte.
B: [[Knut|p]] heite e. Far min bur heime enno, på ein gard oppi [[Vang|pl]], og han har GPS og dørsensor. Han e kje glad i det, men...
C: E e [[Liv|p]], og det e mannen min som har demens. Me bur på [[Bagn|pl]]. Han har kamera om natta no, digitalt tilsyn, kalla dei det.
D: Og e e [[Mari|p]], dotter til [[Knut|p]], så det e bestefar min han snakka om. E studere i byen, men e heime {{kvar helg}} nesten.
I: [[Liv|p]], du nevnte kamera om natta. Hvordan har det vært?
C: Det va vanskeleg i starten. E syntest det va rart at nokon skulle sjå inn på soverommet vårt. Me har sove i same seng i {{femtiseks år}}, han og e. Og så skulle det vere ein sensor på veggen. Men e har ikkje sove ei heil natt på {{to år}}, så... E sa ja for min eigen del, eigentleg. Det må e vere ærleg om.
A: Det e akkurat det same som med mor mi. Det e like mykje for oss som for dei.
B: Ja, men det e nå ein skilnad. Far min ville aldri sagt ja til kamera. Aldri. Han har vore sin eigen herre på garden heile livet.
D: Pappa, han sa jo ja til {{GPS-en}}.
B: Fordi du maste, [[Mari|p]].
D: Ja, fordi han gjekk seg bort! Det va [[nyttårsaftan 2022|d]]. Han skulle til naboen for å sjå rakettane, og så gjekk han feil veg i snøen. Heimetenesta fann han ikkje, det va naboen, [[Ivar Hegge|p]], som fann han ved brua.
I: Hvordan opplever dere kommunikasjonen med kommunen om dette?
A: Det e ho [[Hilde|p]] på omsorgssenteret som e kontakten vår, og ho e flink. Men det e så mange skjema. Samtykke, vedtak, risikovurdering... e fekk eit brev med saksnummer [[23/00917|id]] som e aldri har skjønt ka gjaldt.
C: Same her! E har ein heil perm.
B: E ringde til kommunen og fekk svar etter {{tre veker}}. Tre veker! Og då va det ein ny person.
A: [[Knut|p]], du må ringe ho [[Hilde|p]]. Ho svarar. Nummeret e [[61 36 44 90|ph]].
B: E skal skrive det opp.
I: Hvis dere kunne gi ett råd til kommunen, hva ville det vært?
D: Snakk med oss unge òg. E fiksa appen til pappa og til bestefar. Dei på kommunen tek berre kontakt med den eldste ungen.
C: Og ikkje gløym at me pårørande òg blir gamle. E e [[åttitre|ag]] sjøl. E klarar ikkje alt dette på data.
A: Nei, det e sant.
I: Tusen takk alle sammen.
""")

# ---------------------------------------------------------------- P29 (STT nb, legevakt/ambulanse)
T("P29", "nb", "speech-to-text bokmål (focus group)", r"""
I: da er opptakeren på kan vi ta en presentasjonsrunde
A: ja jeg er [[hans petter|p]] lege på [[kongsberg interkommunale legevakt|o]] jobber mest natt
B: [[mia|p]] sykepleier samme sted snart {{seks år}}
C: [[sindre aas|p]] ambulansearbeider stasjonert i [[kongsberg|pl]] men vi dekker også [[flesberg|pl]] og hele dalen oppover
D: og jeg er [[eva|p]] jeg sitter på legevaktsentralen og tar imot telefonene så det er meg dere snakker med når dere ringer {{ett ett seks ett ett sju}}
I: hvordan kommer velferdsteknologien inn i hverdagen deres
D: masse trygghets alarmene går jo først til respons senteret og så hvis de ikke får tak i hjemmetjenesten så ringer de oss og da må jeg vurdere og noen netter er det {{tjue tretti}} sånne
C: og så er det vi som kjører og så står vi utenfor en låst dør ikke sant [[mia|p]] du husker den på [[veggli|pl]]
B: ja herregud den gamle damen i [[sandsetvegen tolv|ad]] hun lå på gulvet og vi hørte henne gjennom døra og nøkkelen var hos hjemmetjenesten som var på [[rødberg|pl]] det var [[andre påskedag tjue tjueen|d]]
C: så vi knuste et vindu til slutt hun var [[nittifire|ag]] og hadde brukket hofta
A: og det var da vi begynte å snakke om de digitale nøklene på alvor jeg ringte [[kirsten|p]] i kommunen dagen etter
I: hva skjedde etter det
A: det tok {{et halvt år}} men nå har ambulansene tilgang via appen men legevaktbilen har det ikke fortsatt
B: nei og det er meg som kjører den bilen [[hans petter|p]]
A: ja ja jeg vet
I: dere har også prøvd videokonsultasjon mot sykehjemmene
A: ja vi har en pilot med [[lågdalstunet|o]] og [[kongsberg helsehus|o]] der de ringer oss på video i stedet for at vi kjører ut om natta og det fungerer faktisk bra for mange ting sår urinveis infeksjon uro vi ser pasienten og snakker med sykepleieren men det krever at sykepleieren på sykehjemmet er trygg
B: og at internett fungerer på rommet jeg har sett en pasient bare som et stort grått bilde i {{ti minutter}}
C: det er som på hytta til [[eva|p]] ha ha
D: hold deg unna hytta mi [[sindre|p]]
I: hvordan tenker dere om framtiden
D: jeg tror vi får mer video og mindre kjøring men vi må ha noen som kjører for det går ikke an å løfte noen opp fra gulvet på video
C: nei der har du et poeng
I: tusen takk alle sammen
""")

# ---------------------------------------------------------------- P30 (nb, ledere/IT/innkjøp)
T("P30", "nb", "bokmål (focus group, leaders/IT/procurement)", r"""
I: Velkommen til alle. Kan vi ta en rask runde rundt bordet?
A: [[Ingrid Fossum|p]], distriktsleder for hjemmetjenesten i [[Heggedal|pl]] og [[Vollen|pl]].
B: [[Frank|p]], fra digitaliseringsavdelingen. Jeg har ansvar for integrasjonene.
C: [[Marianne Opsal|p]], innkjøp. Jeg kom inn i dette for {{to år}} siden.
D: [[Jørgen|p]], prosjektleder for velferdsteknologi i [[Asker kommune|o]]. Har vært med siden starten.
E: Og jeg er [[Eli|p]], ressurssykepleier og superbruker i [[Borgen|pl]]-sonen.
I: Hvordan opplever dere overgangen fra prosjekt til drift?
D: Det er vel der det butter, for å være ærlig. Så lenge det er prosjekt, har vi penger og folk. Når det blir drift, skal det inn i budsjettene til distriktene. Og da, [[Ingrid|p]], da blir det plutselig din hodepine.
A: Ja, takk for den, [[Jørgen|p]]. Nei, men det stemmer. Jeg har fått ansvaret for {{seksti dispensere}} og førti GPS-er, men ikke en krone ekstra til drift.
B: Og lisensene! Alle glemmer lisensene. Vi betaler {{per enhet per måned}} til leverandøren.
C: Som vi forhandlet ned, [[Frank|p]]. Det må jeg få sagt. I den nye avtalen med [[Alarmtek Norden|o]] fikk vi ned prisen med {{tolv prosent}}.
E: Men kan jeg bare si noe fra gulvet? For oss er ikke det store problemet pengene. Det er at alt kommer på ulike skjermer. Jeg har en telefon for alarmer, en for GPS-varsler, og journalen på en tredje. En kveld, jeg tror det var [[onsdag 15. november|d]], fikk jeg tre varsler samtidig på tre ulike enheter, og jeg visste ikke hvilken som var viktigst.
B: Ja, det er det vi jobber med. En felles plattform. Men det er tungt.
A: [[Eli|p]], hva skjedde den kvelden?
E: Det gikk bra. En var en dame på [[Bondi|pl]] som hadde gått ut, en var en dørsensor hos en mann som bare skulle ut med søpla, og en var en dispenser som var tom. Jeg tok dama først. Hun sto i nattkjolen ved bussholdeplassen. Hun var [[84|ag]].
D: Den saken har vi tatt med i evalueringen til direktoratet, anonymisert selvfølgelig.
I: [[Marianne|p]], hvordan ser innkjøpssiden på brukerinvolvering?
C: Vi prøver. I siste konkurranse hadde vi med to superbrukere i evalueringsteamet. Og det ga oss mye.
E: Det var første gang jeg følte at noen spurte meg før og ikke etter.
B: Men det gjorde også prosessen {{et halvt år}} lengre. Det må vi også være ærlige om.
D: Det er verdt det. Heller et halvt år lengre enn {{fem år}} med feil system.
A: Helt enig. Og så må jeg si: vi må få dette inn i turnusen. [[Eli|p]] og de andre superbrukerne kan ikke gjøre dette på fritida.
I: Tusen takk, alle sammen. Dette var nyttig.
""")


# =====================================================================
# Build and check
# =====================================================================
SPEAKER_CODES = {"I", "P", "A", "B", "C", "D", "E"}


def parse_turn(raw):
    out, ents, keeps = [], [], []
    pos = 0
    cursor = 0
    for m in TOKEN.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        cursor += len(chunk)
        if m.group(1) is not None:
            text, code = m.group(1), m.group(2)
            if code not in TYPES:
                raise ValueError("unknown type code %r in %r" % (code, raw[:60]))
            ents.append((text, TYPES[code], cursor, cursor + len(text)))
        else:
            text = m.group(3)
            keeps.append((text, cursor, cursor + len(text)))
        out.append(text)
        cursor += len(text)
        pos = m.end()
    out.append(raw[pos:])
    plain = "".join(out)
    for bad in ("[[", "]]", "{{", "}}", "|"):
        if bad in plain:
            raise ValueError("markup left in turn: %r" % plain[:80])
    return plain, ents, keeps


def parse_script(pid, script):
    turns = []
    for line in script.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        code, sep, rest = line.partition(": ")
        if not sep or code not in SPEAKER_CODES:
            raise ValueError("%s: bad line %r" % (pid, line[:60]))
        if code == "I":
            spk = "I1"
        elif code == "P":
            spk = pid
        else:
            spk = pid + code
        plain, ents, keeps = parse_turn(rest.strip())
        turns.append((spk, plain, ents, keeps))
    return turns


def word_occurrences(text, hay):
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(hay)]


def main():
    errors = []
    gold = {}
    stats_lang = Counter()
    stats_reg = Counter()
    stats_type = Counter()
    n_keep = 0
    seen_ids = set()
    for pid, lang, register, script in TRANSCRIPTS:
        if pid in seen_ids:
            errors.append("duplicate id " + pid)
        seen_ids.add(pid)
        turns = parse_script(pid, script)
        fg = int(pid[1:]) >= 25
        speakers = [t[0] for t in turns]
        if not 14 <= len(turns) <= 30:
            errors.append("%s: %d turns" % (pid, len(turns)))
        if speakers[0] != "I1":
            errors.append(pid + ": first turn not I1")
        if fg:
            parts = sorted(set(s for s in speakers if s != "I1"))
            if not 3 <= len(parts) <= 5:
                errors.append("%s: %d participants" % (pid, len(parts)))
            for s in parts:
                if not re.fullmatch(pid + "[A-E]", s):
                    errors.append("%s: bad speaker %s" % (pid, s))
        else:
            parts = [pid]
            for i, s in enumerate(speakers):
                want = "I1" if i % 2 == 0 else pid
                if s != want:
                    errors.append("%s: turn %d speaker %s, expected %s" % (pid, i, s, want))
        # gold
        ents_out, keeps_out = [], []
        all_ent_texts = set()
        for ti, (spk, plain, ents, keeps) in enumerate(turns):
            seen = set()
            for text, typ, a, b in ents:
                all_ent_texts.add(text)
                if (text, typ) in seen:
                    continue
                for (t2, typ2) in seen:
                    if t2 == text and typ2 != typ:
                        errors.append("%s turn %d: %r with two types" % (pid, ti, text))
                seen.add((text, typ))
                ents_out.append({"text": text, "turn": ti, "type": typ})
                stats_type[typ] += 1
            kseen = set()
            ent_texts_here = set(e[0] for e in ents)
            for text, a, b in keeps:
                if text in ent_texts_here:
                    errors.append("%s turn %d: keep %r equals an entity" % (pid, ti, text))
                if text in kseen:
                    continue
                kseen.add(text)
                keeps_out.append({"text": text, "turn": ti})
        # every occurrence of an identifier text must be marked (or kept) in every turn
        for ti, (spk, plain, ents, keeps) in enumerate(turns):
            covered = [(a, b) for _, _, a, b in ents] + [(a, b) for _, a, b in keeps]
            for text in all_ent_texts:
                for a, b in word_occurrences(text, plain):
                    if not any(ca <= a and b <= cb for ca, cb in covered):
                        errors.append("%s turn %d: unmarked occurrence of %r" % (pid, ti, text))
        for e in ents_out:
            if e["text"] not in turns[e["turn"]][1]:
                errors.append("%s: gold text %r not in turn %d" % (pid, e["text"], e["turn"]))
        for k in keeps_out:
            if k["text"] not in turns[k["turn"]][1]:
                errors.append("%s: keep text %r not in turn %d" % (pid, k["text"], k["turn"]))
        if not 12 <= len(ents_out) <= 20:
            errors.append("%s: %d entities" % (pid, len(ents_out)))
        if not 5 <= len(keeps_out) <= 10:
            errors.append("%s: %d keeps" % (pid, len(keeps_out)))
        n_keep += len(keeps_out)
        stats_lang[lang] += 1
        stats_reg[register] += 1
        # xml
        attrs = 'id="%s" participant="%s"' % (pid, parts[0])
        if fg:
            attrs += ' participants="%s"' % " ".join(parts)
        attrs += ' language="%s"' % lang
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<interview xmlns="%s" %s>' % (NS, attrs),
                 "  <body>"]
        for spk, plain, ents, keeps in turns:
            lines.append('    <turn speaker="%s">%s</turn>' % (spk, escape(plain)))
        lines += ["  </body>", "</interview>", ""]
        fname = pid + ".xml"
        path = os.path.join(HERE, fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        # parse back and compare
        root = ET.parse(path).getroot()
        xturns = root.findall("{%s}body/{%s}turn" % (NS, NS))
        if len(xturns) != len(turns):
            errors.append(pid + ": xml turn count mismatch")
        for ti, xt in enumerate(xturns):
            if xt.text != turns[ti][1] or xt.get("speaker") != turns[ti][0]:
                errors.append("%s: xml turn %d differs" % (pid, ti))
        for e in ents_out:
            if e["text"] not in xturns[e["turn"]].text:
                errors.append("%s: gold %r not in parsed xml turn %d" % (pid, e["text"], e["turn"]))
        gold[fname] = {"entities": ents_out, "keep": keeps_out}
        print("%s %-3s %-38s turns=%2d entities=%2d keep=%2d" % (
            pid, lang, register, len(turns), len(ents_out), len(keeps_out)))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    print()
    print("transcripts:", len(TRANSCRIPTS))
    print("languages:", dict(stats_lang))
    print("registers:", dict(stats_reg))
    print("entities by type:", dict(stats_type), "total", sum(stats_type.values()))
    print("keeps:", n_keep)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
