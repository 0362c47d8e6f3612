#!/usr/bin/env python3
"""Generator for the heldout-natural-7 evaluation set.

Each transcript is held literally below. One turn per line:
  "I: ..."            interviewer (speaker I1)
  "P: ..."            participant of a one-to-one interview (speaker = file id)
  "A: ...", "B: ..."  focus-group participants (speaker = file id + letter)
Inline markup: {text|x} marks a gold span. x is one of
  p person, l place, a address, o org, d date, g age, t phone, e email, i id
  k  = a "keep" item (must NOT be treated as an identifier).
The markup is stripped when the XML is written; gold.json is derived from it.
Run:  python3 generate.py
"""
import json
import os
import re
import sys
from collections import Counter
from xml.sax.saxutils import escape, quoteattr
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {'p': 'person', 'l': 'place', 'a': 'address', 'o': 'org', 'd': 'date',
         'g': 'age', 't': 'phone', 'e': 'email', 'i': 'id'}
MARK = re.compile(r'\{([^{}|]+)\|([a-z])\}')
T = []


def add(tid, lang, text, parts=None, register='spoken'):
    T.append(dict(id=tid, lang=lang, text=text, parts=parts, register=register))


# ---------------------------------------------------------------- P01
add('P01', 'en', r"""
I: Thank you for taking the time, {Maricel|p}. Could you start by telling me a little about yourself and your job?
P: Yes, of course. So I came to Norway in, ehm, it was {March 2016|d}, from {Iloilo|l} in the {Philippines|l}. First I was au pair for a family in {Bærum|l}, and then I did the autorisasjon, the nursing authorisation, which took almost two years because of the language test. Now I work as {sykepleier|k} at {Lyngåsen bo- og omsorgssenter|o}, we just say {Lyngåsen|o}, on the dementia unit.
I: How did you first come into contact with the welfare technology there?
P: It was when they put in the sensors, the bed sensors and the door sensors, the {Roommate|k} system. My leader, {Hilde Marie Strand|p}, she asked if I wanted to be superbruker, because, she said, "you are not afraid of the buttons". (laughs) So I had a course in {Tønsberg|l} with the supplier, two days.
I: What was the course like?
P: Honestly? A bit too fast. The man from the supplier, {Jostein|p} something, he talked very fast Norwegian with a lot of dialect, and we were twelve people from different kommuner. I wrote many notes. But the practical part was good, we could try the app ourself.
I: Can you tell me about a situation where the technology made a difference?
P: Yes. There is one lady — I will not say her name — she is in room {118|i}, she is {ninety-one years old|g}, and she used to walk at night and fall. Many of them have {Alzheimer|k} or vascular dementia, but she is more, how do you say, restless. With the sensor, when she sits up on the edge of the bed, we get the alarm on the phone, and we can come before she stands. Before, we found her on the floor two times in one month. After the sensor, nothing since {the fourth of January|d}.
I: And what about night-time camera supervision, do you use that?
P: No, not at {Lyngåsen|o}, that is only in hjemmetjenesten. My friend {Jocelyn|p} works there, in {hjemmetjenesten Nord|o}, and she says it is good but a bit, ehm, scary for some of the old people. They think someone is watching TV of them.
I: Do relatives have opinions about the sensors?
P: Some. One son, he calls always, every evening, he lives in {Stavanger|l}. He thought the sensor was a camera. I explained maybe five times. In the end {Hilde Marie|p} wrote him a long e-mail with pictures of the sensor, and then he was okay.
I: How does it link to the documentation?
P: We document in {Gerica|k}, but the alarms come in a different system, so you have to write everything two times. That is the part I don't like. And at night when you are alone with twenty residents, you don't have time to write two times.
I: How much time do you get for training and follow-up?
P: Very little. {Per week|k} maybe one hour, if we are lucky, and it's often taken because someone is sick. I wish the leaders would protect that hour.
I: If I want to follow up with you later, what's the best way?
P: You can send to {maricel.dagohoy@sandefjord.kommune.no|e} or call me on {+47 918 40 227|t}. After {three o'clock|k} is best, before that I am on the floor.
I: Is there anything we haven't talked about that you want to add?
P: Only that the technology is good, but it doesn't hold a hand, you know? Somebody still has to go in the room.
""")

# ---------------------------------------------------------------- P02
add('P02', 'nb', r"""
I: Da starter vi. Kan du fortelle litt om hvem du er og hva du jobber med?
P: Ja, altså, eg heter {Synnøve Tveit|p}, og eg er {sykepleier|k} i hjemmesykepleien i {Åsane|l}, eh, {Åsane hjemmesykepleie distrikt nord|o} heter det visst nå, etter omorganiseringen. Eg har vært der i, ja, snart {fjorten år|k}.
I: Og du har jobbet en del med GPS-er, skjønte jeg?
P: Ja, det ble liksom min greie. Det begynte med en bruker — eg kan jo ikkje si navnet hans — men han var {åttiåtte år|g}, tidligere sjømann, og han gikk. Han gikk og gikk. Kona ringte oss, vi ringte politiet, og en gang fant de han nesten oppe ved {Fløyen|l}, i tøflene, i november. Det var da vi søkte om {GPS-klokka|k}.
I: Hvordan gikk søknadsprosessen?
P: Fysj, den var treg. Vi sendte søknad til {Bergen kommune|o}, til tildelingskontoret, og det tok — vent nå — eg tror vedtaket kom {sist i oktober 2021|d}, og da hadde han forsvunnet to ganger til. Eg har saksnummeret her et sted, {21/18834|i}, for eg måtte purre så mange ganger at eg kunne det utenat.
I: Hva skjedde da klokka kom?
P: Så kom den, og da var det ho {Gull-Britt|p} fra hjelpemiddel– nei, fra velferdsteknologiteamet, som kom og satte den opp. Hun var kjempeflink. Men problemet var jo at han ikkje ville ha den på. Han tok den av og la den i kjøkkenskuffen. Så da hadde vi en GPS som lå veldig trygt i {Hesthaugvegen 12|a}, vett du.
I: (ler) Hvordan løste dere det?
P: Vi fikk hjelp av sønnen, {Rune|p}. Han kom på ideen å feste den i beltet. Og så sa han til faren at det var en gave fra {Brann|o}, for faren er Brann-supporter heilt inn i margen. Og da, da gikk det.
I: Hvem får varslene når han går ut av sonen?
P: Det går til vaktelefonen vår, {55 56 21 40|t}, som den som har ansvarsvakta bærer på. Og så til {Rune|p} sin mobil. Men Rune bor jo på {Askøy|l}, så han kan ikkje komme fort, det er jo brua og alt.
I: Har det vært situasjoner der systemet ikke fungerte?
P: Ja. {Tirsdag 8. februar|d} — eg husker det fordi det var dagen før eg gikk ut i vinterferie — så var batteriet tomt. Ingen varsling. Han ble funnet av en bussjåfør ved terminalen. Etter det har vi en rutine der kveldsvakta sjekker lading, og det står i {Gerica|k} under tiltak.
I: Hva tenker du om etikken rundt dette?
P: Hm. Det er jo det store spørsmålet, altså. Er det frihetsberøvelse? Er det trygghet? Vi hadde et møte med fastlegen hans, doktor {Aarskog|p}, og en jurist fra kommunen, og vi ble enige om at han hadde samtykkekompetanse akkurat når det gjaldt dette, {mer eller mindre|k}. Han skjønte at klokka gjorde at han fikk gå tur alene. Det var viktig for han.
I: Hvordan er det for kollegaene dine?
P: Noen synes det er kjempegreit, andre er litt redde for det tekniske. Han {Stein|p}, som har vært hos oss siden åttitallet, han sier alltid "eg er for gammel for apper". Men han er faktisk den som bruker appen mest, så.
I: Er det noe du ønsker deg fremover?
P: At batteriene varer lenger! Og at vi slipper å dokumentere i tre systemer. Og kanskje at noen fra {Haukeland|o} snakker med oss før de skriver ut folk med demens på en fredag ettermiddag.
I: Takk. Kan jeg kontakte deg hvis jeg har oppfølgingsspørsmål?
P: Ja da, bare send på {synnove.tveit@bergen.kommune.no|e}, det er enklest. Eg svarer som regel på kvelden.
""")

# ---------------------------------------------------------------- P03
add('P03', 'nn', r"""
I: Kan du seie litt om deg sjølv først?
P: Ja. Eg heiter {Eli Myklebust|p}, eg er {fysioterapeut|k} i {Ørsta kommune|o}, og har vore det sidan eg kom heim frå studiet i {Bergen|l}. Eg jobbar mest med kvardagsrehabilitering, og så er eg med i prosjektgruppa for velferdsteknologi, sånn halvvegs, då.
I: Kva inneber det å vere med i prosjektgruppa?
P: Det er eit interkommunalt samarbeid, {Ørsta|l}, {Volda|l} og nokre av dei mindre kommunane rundt. Vi møtest på {Teams|k} annankvar {torsdag|k}. Eg skal vere ærleg: det meste handlar om innkjøp og avtalar, og eg sit der og tenkjer på kven som faktisk skal bruke dette.
I: Har du eit døme?
P: Ja, fallalarmar. Vi fekk inn eit parti med fallsensorar som skulle festast på beltet. Og den første brukaren eg prøvde det på, ein kar frå {Hovdebygda|l}, {sytti-ni år|g}, {Parkinson|k}, han hadde ikkje belte. Han gjekk i joggebukse! (latter) Så der stod vi.
I: Korleis løyste de det?
P: Eg ringde leverandøren, det var {Alarmhuset Vest|o}… nei, {Vestvakt Omsorg AS|o} heiter dei no, dei har skifta namn. Og dama der, {Torill|p}, ho var kjempegrei, sende ein variant med klips. Men det tok tre veker. I mellomtida fall han to gonger. Ein gong låg han i fleire timar før heimetenesta kom.
I: Korleis opplevde du det?
P: Det var tungt. Han sa til meg etterpå, «{Eli|p}, no er eg redd for å stå opp om morgonen». Og det er jo det stikk motsette av det vi vil med rehabilitering.
I: Kva med samarbeidet med heimetenesta?
P: Det er godt, stort sett. Ho {Bodil|p} som leiar {heimetenesta sone sør|o}, ho og eg har sett opp ei fast telefontid, så eg kan ringje ho på internnummeret {4172|t} mellom halv tolv og tolv kvar dag. Det har løyst mykje, for før gjekk alt via meldingar som ingen las.
I: Og digitale løysingar for trening, har de prøvd det?
P: Ja! Vi har hatt videotrening på nettbrett for ei gruppe heimebuande. Det var ei dame inst i {Hjørundfjorden|l}, ho hadde ikkje sjanse til å kome inn til senteret om vinteren, ferja går jo berre av og til. Ho var med kvar tysdag og fredag, {klokka ti|k}. Ho sa det var det beste som hadde hendt sidan mannen døydde.
I: Kva skal til for at slike tiltak blir varige?
P: Pengar, ærleg talt. Prosjektet fekk midlar frå {Helsedirektoratet|o} ut {31. desember 2023|d}, og etter det var det heilt uklart. Ingen visste kven som skulle eige nettbretta.
I: Kva skjedde med nettbretta?
P: Dei ligg i eit skap på kontoret. Eg er ikkje stolt av det. Eg har spurt leiinga tre gonger.
I: Korleis kan eg nå deg seinare?
P: Mobilen er {469 21 338|t}, eller e-post {eli.myklebust@orsta.kommune.no|e}. Men ikkje i {juli|k}, då er eg på hytta og der er det ikkje dekning i det heile.
""")

# ---------------------------------------------------------------- P04
add('P04', 'en', r"""
I: okay so um maybe you can start by saying who you are and what your role is
P: yeah so my name is {kjetil|p} i work in the it section at {lillestrøm kommune|o} we call it digitalisering now and i've been there since uh since the merger with {skedsmo|l} and {fet|l} before that i was at a private company
I: and how are you involved in the welfare technology
P: mostly the integration part so when they buy a new like sensor platform we have to make it talk to the journal system which is uh which is {gerica|k} for the home care and then the alarm central which is in um in {oslo|l} the responder service there
I: can you tell me about a time when that went wrong
P: oh yeah the big one was uh {the twelfth of november|d} no {the thirteenth|d} it was the night between saturday and sunday we had an update from the supplier {omsorgs link|o} or omsorg link i think they call it and all the door sensors in {strømmen|l} district went offline for like six hours and nobody got alarms
I: how did you discover it
P: a night nurse called me on my private phone because i'm on the vakt list her name is {siv|p} uh {siv andersen|p} and she called me at like {two thirty|k} in the morning on {nine one two eight three three five four|t} and she was very calm actually she just said {kjetil|p} nothing is beeping and something is wrong
I: what did you do then
P: we had to call every patient with a sensor basically the home care took the list and drove out with the cars i remember one car had a flat tire the one with the plates {e l seven three four oh two|i} so they had to borrow a private car and the sensors came back {on line|k} at around eight in the morning
I: was anyone harmed
P: no luckily not there was one lady who had gone out to the mailbox but a neighbour saw her so that was fine but it was like i didn't sleep for two days
I: what changed afterwards
P: we demanded a change log from them and we made a routine that updates only go on weekdays between nine and three and we have a test ward now at {kjeller bo og service senter|o} where it goes first
I: is there anything about data protection that worries you
P: yeah the camera supervision the digital night supervision we did a dpia the risk assessment and our data protection officer {beate|p} she was very strict the vendor wanted to store the images abroad and she said no way so they had to set up a server in norway
I: how is the collaboration with the health staff
P: good mostly the tech champions are the key there's one guy {bo|p} he's swedish from {värnamo|l} he's the superbruker in {skedsmokorset|l} and he basically fixes half the issues before they reach us i don't know if {anyone else|k} could do what he does
I: do you get enough resources
P: no never we are three people for like forty different systems and {per week|k} we get maybe sixty tickets just about welfare tech
I: if i have more questions how can i reach you
P: email is {kjetil dot brenna at lillestrom dot kommune dot no|e} that's the best one i don't always pick up the phone
""", register='stt')

# ---------------------------------------------------------------- P05
add('P05', 'nb', r"""
I: Takk for at du stilte opp. Kan du begynne med å fortelle litt om deg sjøl?
P: Ja, æ e {Marit Uv|p}, hm, {Marit Johanne Uv|p} egentlig, men ingen kalle mæ det. Æ e {helsefagarbeider|k} i hjemmetjenesten i {Orkland|l}, sone {Orkanger|l}, og så e æ {superbruker|k} på det digitale tilsynet. Har jobba her i {ni år|k} no.
I: Hva innebærer det å være superbruker?
P: Det e egentlig at æ e den folk ringe når nåkka itj virke. (ler) Nei, men æ har hatt opplæring hos leverandøren i {Trondheim|l}, og så ska æ lær opp dem andre. Og æ sitt på nattevakta to netter i uka og følge med på skjermen.
I: Kan du beskrive en natt?
P: Ja. Vi har… la mæ sjå, {elleve brukera|k} på tilsyn no. Kameraet e itj et vanlig kamera, det vise bare en slags strekfigur, så vi ser om dem ligg i senga eller har falt. Og så ser vi på {kl. ett|k}, kl. tre og kl. fem, sånn som det står i vedtaket. En natt, æ huske det godt, det va {2. pinsedag 2022|d}, så såg æ at a {Oddny|p} — ja, æ ska itj si etternavnet — at ho låg på golvet i stua. Ho bor aleina på en gård oppi {Svorkmo|l}, og det tar tjue minutta å kjør dit.
I: Hva gjorde du?
P: Æ ringte han {Tor|p} som hadde bilvakta, og han kjørte med en gang. Og æ holdt kontakt med a {Oddny|p} gjennom høyttaleren, prata med a heile tida. Ho va {nittitre år|g} og klar i topplokket, og ho sa «itj stress, {Marit|p}, æ ligg godt her på golvet».
I: (ler) Det høres ut som hun tok det med ro.
P: Ho gjor det! Men ho hadde brukket lårhalsen, viste det sæ. Ho vart kjørt te {St. Olavs|o}, og der va ho i {fjorten dager|k}. Og hadde vi itj hatt tilsynet, hadde ho lagt der te morran.
I: Hva tenker du om personvernet?
P: Det e klart at det e nåkka med å sjå inn i soverommet te folk. Men alle har samtykka, eller pårørende har vært med når dem itj kan. Hos en mann på {Gjølme|l} hadde vi lang diskusjon med sønnen, for han ville itj at det skulle vær kamera, han trudde vi så alt. Så æ tok med mæ nettbrettet og viste han. Da sa han «å, det e jo bare en tegnefilm».
I: Hvordan er det med opplæring av nye kolleger?
P: Det e det tyngste. Vi har mange vikara, særlig om sommarn, og æ rekk itj å lær opp alle. Æ laga en sånn huskelapp som hæng ved skjermen: «Ved alarm: ring bilvakt {932 40 118|t}, så pårørende, så legevakt.» Og den har redda oss mange gang.
I: Er det noe annet du vil legge til?
P: Ja, at a {Mona|p} på kontoret fortjene en medalje. Ho har ordna alle vedtakan, og ho har holdt styr på alle samtykkan i en perm. Og… ja, at teknologien e bra, men det va folk som redda a {Oddny|p}, itj kameraet.
I: Hvis jeg vil ta kontakt senere, hvordan gjør jeg det?
P: Ring mæ på jobbtelefonen, {477 03 915|t}, eller send e-post te {marit.johanne.uv@orkland.kommune.no|e}. Æ svare nok fortere på telefonen, ærlig talt.
""")

# ---------------------------------------------------------------- P06
add('P06', 'sv', r"""
I: Du får gärna prata svenska, det går alldeles utmärkt. Kan du börja med att berätta lite om dig själv?
P: Ja, tack. Jag heter {Elin Sjöberg|p}, jag är från {Arvika|l} från början, och jag bor fortfarande i {Charlottenberg|l}, så jag pendlar över gränsen varje dag. Jag är sjuksköterska — {sykepleier|k} heter det ju här — i hjemmetjenesten i {Eidskog kommune|o}. Jag började den {1 februari 2018|d}, så det är en del år nu.
I: Varför valde du att jobba i Norge?
P: Lönen, ärligt talat. (skrattar) Och att det var brist här. Min kusin {Ida|p} jobbade redan på {Skotterud omsorgssenter|o}, och hon sa "kom hit, de är snälla och de har kaffe hela tiden". Och det stämde.
I: Vilken välfärdsteknik använder ni i ert distrikt?
P: Mest läkemedelsautomater, vi har {Evondos|k} hos ungefär trettio brukare. Och så har vi börjat med digitalt nattillsyn, med kamera alltså, i området kring {Magnor|l}. Det är bara sex brukare än så länge.
I: Berätta gärna om läkemedelsautomaterna.
P: De är bra när de fungerar. Men det är sårbart. Vi hade en man, {åttiofyra år|g}, som bodde ensam på en gård utanför {Matrand|l}, och automaten pep och pep för att han inte tog ut dosen. Han trodde att det var brandvarnaren! Så han plockade ut batteriet ur brandvarnaren. (skrattar) Då fick min kollega {Kristoffer|p} åka dit och förklara. Två gånger.
I: Hur fungerar samarbetet med apoteket?
P: Påsarna, multidos alltså, kommer från apoteket i {Kongsvinger|l}, och det har varit strul med leveranserna. Vid {påsk|k} kom det inga påsar för en brukare, och det märktes först när automaten larmade att den var tom. Jag ringde farmaceuten, {Ruth Aasen|p}, och hon körde ut själv mitt i helgen. {Ruth|p} är guld värd.
I: Hur är det att arbeta på två språk?
P: Det går mest bra. Men jag skriver på norska i {Profil|k}, eller jag tror att jag skriver norska, och kollegorna säger att det är svorska. En gång skrev jag att en brukare var "rolig", och på norska betyder det ju lugn, så det blev ingen skada, men på svenska hade det låtit konstigt.
I: Och nattillsynet, hur kom det igång?
P: Det var vår teamledare som drev på, {Vår Nilsen|p}. Det blir alltid förvirrat när jag säger det på svenska. Vi startade i mars, på en måndag, med en utbildning på {Teams|k} som leverantören höll, {Nordvakt Teknikk|o} heter de.
I: Har du något exempel från nattillsynet?
P: En kvinna med {Alzheimers|k} som var väldigt orolig på nätterna. Hennes dotter bor i utlandet och ringde nästan varje natt för att höra om mamma sov. Nu kan vi säga "vi tittade klockan två och hon sov" och dottern sover bättre själv. Det är nästan mer för dottern än för mamman, om jag ska vara ärlig.
I: Vad säger dina kollegor om kameratillsyn?
P: Delade meningar. {Vår|p} tycker det är framtiden. Andra säger att det är övervakning. Jag förstår båda. Men man måste fråga brukaren ordentligt, inte bara skriva "samtykke innhentet" och gå vidare.
I: Vill du lägga till något?
P: Bara att vi behöver bättre nätverk. Bredbandet i skogen här är inte mycket att hurra för. Och om du vill nå mig så är det lättast på {+47 481 22 907|t}, eller min svenska mobil {070-318 44 26|t}, eller mejl till {elin.sjoberg@eidskog.kommune.no|e}.
""")

# ---------------------------------------------------------------- P07
add('P07', 'nb', r"""
I: Kan du fortelle litt om rollen din?
P: Ja, æ e distriktsleder for hjemmetjenesten på yttersida av {Senja|l}, altså i {Senja kommune|o}, med base på {Gibostad|l}. Æ har vel… sju og tjue ansatte, hvis man tell med dem som går i små stillinga. Før det va æ {sykepleier|k} på {Finnsnes|l} i mange år.
I: Hva er de største utfordringene for dere?
P: Avstandan! Ka du trur? Vi har brukera fra {Husøy|l} og heilt inn i fjordbotnan, og det e ferje og fjellovergang og rasfare om vinteren. Så velferdsteknologi e ikkje en luksus for oss, det e rett og slett nødvendig.
I: Kan du gi et eksempel?
P: Ja, vi har en mann ute på {Husøy|l}, han e født i {1934|g}, gammel fisker, sta som et esel, unnskyld uttrykket. Han har kameratilsyn om natta. Og da veien va stengt etter raset ved {Skaland|l}, {3. februar 2023|d}, så va det kameraet og telefonen vi hadde. Ingen kom seg ut dit på {halvannet døgn|k}.
I: Hvordan håndterte dere det?
P: Æ sendte en melding te ho {Solveig|p} som hadde nattevakt. Æ har han her ennå, vent litt… her: «Solveig. Veien e stengt te minst i morra. Sjekk han på {Husøy|l} hver time på skjermen, og ring {Kari-Anne|p} på {909 87 612|t} hvis nåkka skjer, ho bor to hus bortafor og har nøkkel.» Og det gikk bra. Han sov som en stein heile natta, faktisk.
I: Hva med bilene deres? Jeg har hørt at det er en utfordring.
P: (ler) Ja, ja. Tjenestebilen, {EL 41287|i}, den elbilen, den va strandet på feil side av raset med tom batteri, og ladestasjonen på kaia va ute av drift. Så han {Dag|p} måtte låne bil fra svigerfar sin for å komme seg heim.
I: Hvordan samarbeider dere med sykehuset?
P: {UNN|o}, ja. Det e blitt bedre. Før fikk vi folk utskrevet på {fredag|k} kveld med ferja som siste transport, og ingen hadde sagt ifra. No har vi faste meldinga i {CosDoc|k}… eller, vi har jo ikkje CosDoc, men de meldingan kommer gjennom. Du skjønne.
I: Hvordan er det å lede når folk er så spredt?
P: Det e mye {Teams|k}. Og mye telefon. Æ har fast tid på {onsdag|k}, da kan alle ringe mæ. Og så kjøre æ rundt. Æ har en liten notatbok i bilen, der står det hvem æ har snakka med og når. Han {Per-Ivar|p} på {Botnhamn|l} sier at æ e den eneste lederen han har sett i virkeligheten. (ler)
I: Er det noe du er bekymret for fremover?
P: Rekruttering. Vi har fått to sykepleiera fra utlandet, og de e kjempeflinke, men det e vanskelig å få dem te å bli når det e mørketid og ingen kino. Og velferdsteknologien kan ikkje erstatte folk.
I: Kan jeg få kontaktinformasjonen din for oppfølging?
P: Ja, skriv: {gunnhild.mikkelsen@senja.kommune.no|e}. Og telefon, jobb, {77 85 10 43|t}, men den e ofte opptatt.
""")

# ---------------------------------------------------------------- P08
add('P08', 'en', r"""
I: Thank you for coming. Can you tell me a bit about yourself?
P: Yes. I am {Selam|p}, {Selam Tesfamariam|p}. I am from {Eritrea|l}, from {Keren|l}, a small city, not so small maybe. I came to Norway in 2014… no, wait, I came to the camp in 2014 and to {Kristiansand|l} in the summer after. Now I am {helsefagarbeider|k}, I took the fagbrev at {Kvadraturen skolesenter|o}, the adult class.
I: Where do you work now?
P: In the home care, {Vågsbygd hjemmetjeneste|o}. We drive around with the small cars, you know. I have been there six years.
I: What kind of welfare technology do you meet in your work?
P: Many things. The medicine robot, {Evondos|k}, the alarm, the smart door lock so we open with the phone, and some have {Pilly|k}, the small one. And the tablet, for the video visits.
I: Can you tell me about one patient where that worked well — or badly?
P: There is one man, he has {Down syndrome|k}, and now early dementia also, it comes early for them. He is in his {fifties|g}. He lives alone, with support. The medicine robot was very good for him because he loves when it talks. He calls it "my friend". He says good morning to it. (laughs) But once he pressed the button again and again and he got two bags — no, it is not possible, it gives only one, but he thought he had to take it out and put it in a cup, and then he forgot the cup. So we found the cup later under the sofa.
I: How did you solve that?
P: My leader {Trine|p}, she made a meeting with his sister and with the pharmacist, and we made a new routine. Now one of us calls him on the tablet every morning at {half past eight|k}, and we watch him take it. He likes that even more. He calls it "the TV with {Selam|p}".
I: Do you ever feel the technology takes time away from the patients?
P: Sometimes, yes. When the door lock doesn't work, you stand outside in the rain in {Flekkerøy|l} and you call the office and nobody answers. One time I stood forty minutes. I called {Ingeborg Lie-Halvorsen|p}, she is the superbruker, and she was at the dentist. (laughs) So I called {Yonas|p}, my colleague, he is also from my country, and he knew the trick, you turn off the Bluetooth and turn it on again.
I: Is language ever an issue?
P: For me now, not so much. But for the old people, sometimes. One lady told {Trine|p}, "I don't want the dark girl", and Trine said "then you don't get anybody today". (laughs) And after two weeks that lady only wanted me. She gave me a present for {jul|k}, a small angel.
I: How do you learn new systems?
P: Mostly from colleagues, e-learning is boring and in difficult Norwegian. {Yonas|p}'s wife, {Helen|p}, she works at {Sørlandet sykehus|o}, and she explained me the journal system first time, before my own leader did.
I: Is there anything you would change?
P: More time. And that the leaders listen to the people who drive the cars. The plan says fifteen minutes, but the plan doesn't know that the road is closed.
I: Can I contact you again if I have more questions?
P: Yes, my number is {+47 463 19 552|t}. Or at work you can call my leader on {3318|t}, that goes straight to her phone, and she will tell me. And the date for the next meeting you said, it was {3rd of May|d}, yes?
""")

# ---------------------------------------------------------------- P09
add('P09', 'nb', r"""
I: ja da er opptakeren på så kan du si litt om hva du jobber med
P: ja ehm jeg jobber som helsesekretær på {bjørkelangen legekontor|o} i {aurskog høland|l} jeg heter {lene|p} forresten {lene marie dahl|p} og jeg har vært der i elleve år ehm før det var jeg på sykehjemmet
I: hva går en vanlig dag ut på
P: telefon telefon og telefon altså vi åpner telefonen klokka åtte og da ringer det {liksom|k} tretti stykker samtidig og så er det {helsenorge|k} meldinger og så er det hjemmesykepleien som ringer om {multidose|k} og resepter det er veldig mye multidose
I: hvordan er samarbeidet med hjemmesykepleien
P: det er bra men det er mye dobbeltarbeid de sender elektroniske meldinger og så ringer de i tillegg for å sjekke at vi har fått meldingen det er en sykepleier der {mona|p} hun er veldig flink hun ringer bare når det brenner ikke sant
I: kan du gi et eksempel på når det har gått galt
P: ja det var en gang i fjor {fredag 7 juli|d} tror jeg det var rett før fellesferien og multidosen til en pasient ble stoppa fordi legen hadde seponert noe og apoteket fikk ikke beskjed og så sto hjemmesykepleien der med tom robot og pasienten var ehm skulle hatt parkinsonmedisin da og det er jo tidskritisk
I: hva skjedde da
P: jeg ringte doktor {hammer|p} som var på hjemmebesøk og han ringte apoteket og så ble det fiksa på en time men det var en time for mye hvis du skjønner for sånne med {parkinson|k} så er det ikke bare å vente
I: hvordan håndterer dere personopplysninger på telefon
P: ja det er en utfordring vi ber jo om fødselsnummer for å finne riktig pasient og noen eldre de sier det høyt på venterommet en mann sa liksom null fire null tre tre ni og så stoppa han og så fire åtte to en fem og alle hørte det så jeg skrev det ned {null fire null tre tre ni fire åtte to en fem|i} og så sa jeg kom du kan gå inn her bak
I: hva med digitale løsninger for pasientene
P: helsenorge er bra for de yngre men de eldre vil ringe og så er det de pårørende som ringer på vegne av mor og far en datter hun ringte fra {spania|l} fra {alicante|l} hver uke og vi hadde ikke fullmakt så vi kunne ikke si noe og det ble en stor sak
I: hvordan ble den saken løst
P: vi fikk fullmakt etterhvert på helsenorge men det tok måneder og hun klaga til kommunen og fylkesmannen eller statsforvalteren heter det vel nå saken har nummer {tjuetre skråstrek tolv sju sju fire|i} for jeg måtte skrive et notat til den
I: føler du at du har nok opplæring
P: nei egentlig ikke vi får ting lagt på oss og så skal vi bare kunne det {dr sandvik|p} han er den som er flink med data han har en sånn ehm {phd|k} i noe annet og han hjelper oss når systemet henger
I: hvordan var det under pandemien
P: det var kaos vi satt med vaksinelister og ringte alle over {sytti pluss|k} i hele kommunen jeg husker at jeg ringte en dame på {løken|l} hun var {hundre og to år|g} og hun sa at hun hadde overlevd spanskesyken og hun ville ha vaksinen med en gang
I: har du noe du vil legge til
P: bare at helsesekretærer blir glemt i sånne prosjekter vi er de som tar telefonen og hvis du vil snakke med flere av oss så kan du ringe kontoret {sekstitre 85 19 20|t} eller meg direkte på {lene punktum dahl krøllalfa ah kommune punktum no|e}
""", register='stt')

# ---------------------------------------------------------------- P10
add('P10', 'nn', r"""
I: Takk for at du ville vere med. Kan du fortelje litt om mor di og situasjonen hennar?
P: Ja. Mor mi heiter {Brita|p}, {Brita Hjelle Lid|p} om du vil ha heile namnet. {Ho|k} er fødd i {-38|g}, så ho har runda åtti for lengst. Ho bur framleis på garden, {Nedre Lid|l}, oppe i {Raundalen|l}, ein god halvtime frå {Vossevangen|l}. Og ho vil ikkje flytte. Det har ho sagt sidan far døydde.
I: Når byrja de å merke at ho trengde meir hjelp?
P: Det var vel ein gradvis ting, men den dagen eg hugsar best er {1. juledag 2020|d}. Ho skulle i kyrkja, trudde ho, men det var ingen gudsteneste det året på grunn av {korona|k}. Ho gjekk likevel, i snøen, i finskorne. Bror min, {Sjur|p}, fann ho ved bussskuret nede ved vegen, og ho hadde ikkje skjøna at det var stengt. Ho sa at ho skulle til {Voss kyrkje|o}, men det er jo fleire mil.
I: Kva skjedde etter det?
P: Då fekk ho diagnosen. {Alzheimer|k}, tidleg fase. Og heimetenesta i {Voss herad|o} kom på banen. Dei var veldig flinke, særleg ho {Kjellaug|p}, som har kjent mor heile livet, dei song i same koret.
I: Og GPS-en, korleis kom den inn i biletet?
P: Det var ho i heimetenesta som foreslo det. Og mor var imot, sjølvsagt. «Eg er ikkje ei ku», sa ho. (ler) Men så viste bror min ho at det var same typen klokke som han sjølv hadde til å springe med, og då var det greitt. No har ho {GPS-klokka|k} på seg stort sett heile tida, bortsett frå når ho badar.
I: Kven får varsel når ho går utanfor sona?
P: Det går til heimetenesta først, og så til meg. Eg bur i {Bergen|l}, så eg kan ikkje gjere stort, men eg kan ringje naboen. Han heiter {Lars Olav|p}, og han er alltid heime, han har kyr. Nummeret hans har eg lagra som «Lars Olav ku», {950 11 873|t}. (ler)
I: Har det vore situasjonar der det ikkje fungerte?
P: Ein gong i {påska|k} vart ho borte i tre timar. Klokka viste at ho var heime, men ho var ikkje heime. Det viste seg at ho hadde teke den av og hengt den på spikaren i fjøset. Bror min fann ho til slutt hjå naboen på {Lid|l}, ho sat og drakk kaffi og var heilt blid.
I: Korleis opplever du kommunikasjonen med heimetenesta?
P: Mest god. Men det er mange namn å halde styr på. Eg skreiv ned alle i ei bok. Og eg får ikkje alltid svar på e-post. Eg sende ein lang e-post {tysdag 14. mars|d} om at mor gløymde å ete, og det tok ei veke før nokon svara.
I: Kva tenkjer du om framtida?
P: Eg veit ikkje. Eg har søkt om plass på {Vangen omsorgssenter|o} for sikkerheits skuld, men eg har ikkje fortalt det til mor. Ho kjem til å bli rasande. Det kjennest som eit svik, om eg skal vere ærleg.
I: Er det noko meir du vil seie?
P: Berre at pårørande òg treng nokon å snakke med. Om du vil nå meg seinare, er det {ragnhild.lid@gmail.com|e}, eller mobil {416 28 004|t}.
""")

# ---------------------------------------------------------------- P11
add('P11', 'nb', r"""
I: Kan du begynne med å si litt om hvor du jobber og hva du gjør?
P: Ja, eg e farmasøyt, {provisorfarmasøyt|k} egentlig, og eg jobbe på {Hillevåg Apotek|o} her i {Stavanger|l}. Me har en ganske stor del av jobben vår som går på {multidose|k} til hjemmesykepleien og sykehjemmene, både i Stavanger og litt i {Sola|l}. Eg heter forresten {Kenneth|p}, det glemte eg.
I: Hvordan fungerer samarbeidet med kommunen?
P: Det e… ja, det fungere, men det e mye som kan gå galt. Me får resepten elektronisk, så pakke {Multidose Vest|o} rullane, og så kommer de hit, og så kjøre sjåføren ut. Og hvis legen endre noe på en {tirsdag|k}, så e rullen allerede pakka for neste uke. Så da må me ta ut poser manuelt, og det e jo der feilene skjer.
I: Har du et konkret eksempel?
P: Ja, eg huske en dame på {Hundvåg|l}, hu va {nittifem|g}, og legen hadde seponert en blodtrykksmedisin etter et fall. Det kom aldri frem te oss. Så hu fikk medisinen i to uker te, og falt igjen. Det ble en avviksmelding, eg har nummeret her på en lapp, {AV-2023-0417|i}, og det e fortsatt ikkje avklart hvem som hadde skylden.
I: Hvordan opplevde du det?
P: Dårlig. Sånn skikkelig dårlig. Men det handle jo om systemet. Legen trudde at det gikk automatisk, sykepleieren trudde legen hadde ringt, og me trudde alt va i orden. Dokter {Sørbø|p} ringte meg etterpå og beklaga, og det va fint av han.
I: Hva med medisindispenserne, har dere noe med dem å gjøre?
P: Ja, litt. Noen bruke {Pilly|k}, noen bruke andre. Rullane passe ikkje alltid, så me har måttet lage spesialpakking. Ho {Line|p} på avdelingen vår e den som kan det, hu har vore på kurs i {Danmark|l} for å lære det.
I: Hva tenker du om at farmasøyter er så lite synlige i disse prosjektene?
P: Det irritere meg, ærlig talt. Velferdsteknologiprosjektet i kommunen hadde oppstartsmøte {30. august|d}, og ingen apotek va invitert. Eg fikk høre om det fra ei venninne som jobbe på {Madlamark sykehjem|o}. Så eg sendte e-post te prosjektlederen, {Hege Tjelta|p}, og da ble eg invitert te neste møte.
I: Hvordan gikk det møtet?
P: Bra, faktisk. Me fikk på plass en rutine med at hjemmesykepleien sende en melding te oss via {Helsenorge|k}… nei, via e-link, ikkje Helsenorge, det blanda eg. Men uansett, det funke bedre no.
I: Hvordan er det med leveransene når det er helligdager?
P: Jul og påske e et mareritt. Me må pakke to uker på forhånd, og alle endringa i den perioden blir manuelle. I {jul|k} hadde me vakt hele romjula, eg og {Dag|p}, og me kjørte selv ut poser te {Kvitsøy|l} med båt fordi sjåføren va sjuk. Det va faktisk litt koselig.
I: Har du noe du vil legge til?
P: Bare at dere bør snakke med sjåførane også. De ser mer enn folk tror. Og om du treng meg igjen, ring apoteket på {51 88 73 20|t} og spør etter {Kenneth|p}.
""")

# ---------------------------------------------------------------- P12
add('P12', 'en', r"""
I: Thank you for taking part. Could you introduce yourself?
P: Yes. My name is {Rasa Kazlauskienė|p}, but at work they call me {Rasa|p}, only Rasa, it's easier. I am from {Lithuania|l}, from {Šiauliai|l}, and I came to {Haugesund|l} in, eh, autumn 2011? No — I came the {15th of September 2011|d}, I remember because it was my son's birthday and I was on the plane.
I: And where do you work?
P: I'm assistant, {pleieassistent|k}, at {Bakarøy sykehjem|o}. Not skilled worker, not yet, I am taking the {fagbrev|k} now in evenings. We have forty residents and I work mostly on the second floor, the {skjermet avdeling|k}, for dementia.
I: What kind of technology do you use there?
P: Bed sensors, door alarms, and the tablets. The tablets was very important in the corona time. We did video calls with relatives every day, on {Teams|k} first and then on another app because Teams was too complicated for the old ones.
I: Can you tell me about that time?
P: Oh. It was hard. The doors were closed, no visitors, from {12. mars 2020|d}. And the families were crying on the phone. There was one man, I will not say his name, he was ninety… {ninety-six|g}, and his daughter lived in {Karmøy|l}, just twenty minutes, but she could not come. So every evening at seven I held the tablet, and she sang for him. Norwegian hymns. I don't know the words but after three weeks I knew them. (laughs)
I: That sounds like a strong memory.
P: Yes. He died in May, and the daughter came to the funeral, and she hugged me. She said, "you were there when I could not". I still have her message, she wrote: "Kjære {Rasa|p}, takk for at du holdt pappa i hånden for meg. Hilsen {Torunn|p}." I keep it in the phone.
I: How was the training for the tablets?
P: There was no training! (laughs) My colleague {Oksana|p}, she is from {Ukraine|l}, and she is very good with phones, she showed us. And the IT man from the kommune, {Frank|p}, he came one time and put the app on all the tablets, and then he said "call me if there is problem", and gave the number {52 74 30 00|t}, but it was the main number, so you never got him.
I: Have there been any problems with the sensors?
P: Sometimes false alarms. The bed sensor in room {214|i}, it rings when the lady turns in the bed, so we go there maybe {ten times a night|k}. We told the leader, {Gunn Iren|p}, many times. Then she contacted the supplier and they changed the sensitivity, and now it is better.
I: Does being from another country affect how you are seen by residents or colleagues?
P: Some residents, in the beginning, they were sceptical. But dementia is funny, sometimes they think I am their sister, or a nurse from the war. One lady always asks me if I came with the boat from {Klaipėda|l}. And I say yes, and she is happy. Colleagues, mostly good. We are many nationalities at Bakarøy now.
I: Is there anything else you want to say?
P: That the assistants also need to be in the project groups. We are the ones in the room at night. And if you want, you can write me on {rasa.kazl@online.no|e}.
""")

# ---------------------------------------------------------------- P13
add('P13', 'nb', r"""
I: Du er tillitsvalgt. Kan du fortelle litt om det?
P: Ja, jeg er hovedtillitsvalgt for {Fagforbundet|o} i {bydel Stovner|o}, har vært det i… fire år nå? Fire år. Og før det var jeg {helsefagarbeider|k} på {Stovner helsehus|o} i tjue år, så jeg kjenner gølvet, {lissom|k}. Jeg heter {Tone|p}, forresten, {Tone Kristiansen|p}, men det vet du jo.
I: Hvilke saker om velferdsteknologi har havnet på bordet ditt?
P: Hæ, åssen skal jeg si det… Det meste handler ikke om pasientene, det handler om de ansatte. Altså, når du innfører digitalt tilsyn og nøkkelfrie låser og alt det der, så logges jo de ansatte også. Hvem åpna døra når. Og plutselig så bruker ledelsen de loggene til å sjekke om folk er for lenge hos brukerne.
I: Har det skjedd?
P: Ja, det har skjedd. Det var en sak med 'n {Frank|p} — han er helt grei, han, jobba på {Haugenstua|l} i mange år — og så fikk han beskjed om at han hadde brukt «for lang tid» hos en bruker, fordi loggen viste førti minutter i stedet for tjue. Men han hadde sittet og ventet på legevakta med en dame som hadde falt, {ikke sant|k}. Det stod ikke i loggen.
I: Hvordan ble saken løst?
P: Vi hadde et drøftingsmøte {tirsdag 4. april|d}, jeg husker det fordi det var rett før {påske|k}, og da fikk vi til en protokoll om at loggene ikke skal brukes til kontroll av enkeltansatte. Det var a {Bente|p} fra bydelsadministrasjonen og jeg som skrev den, vi satt til seks om kvelden.
I: Og bilene? Jeg har hørt at det også er sporing der.
P: Å ja, bilene. Alle tjenestebilene har GPS. Det er greit nok for ruteplanlegging. Men en natt ble bil {EK 10556|i} stoppet på {Furuset|l} fordi noen i ledelsen trudde at den ble brukt privat. Det var 'n {Ahmed|p} som hadde kjørt innom bensinstasjonen for å kjøpe kaffe på nattevakt! Sjæl om han hadde lov til det.
I: Hvordan reagerte de ansatte?
P: De ble forbanna, for å si det rett ut. Og noen av de med utenlandsk bakgrunn ble redde, de trodde de skulle miste jobben. {Ahmed|p} ringte meg klokka to om natta. Jeg sa «slapp av, du har ikke gjort noe galt».
I: Er det noe positivt med teknologien, sett fra din side?
P: Sjølsagt! Jeg er ikke mot teknologi. Medisinrobotene sparer tid, og {Gerica|k} er bedre enn de gamle permene. Når det funker. Men folk må få opplæring i arbeidstida, ikke på fritida. Vi har hatt folk som satt hjemme på søndagen og tok e-læringskurs uten å få betalt.
I: Hvordan er samarbeidet med arbeidsgiver i prosjektet?
P: Bedre nå enn før. Den nye prosjektlederen, {Mohammed Ali|p}, han er ordentlig, han inviterer oss med fra starten. Men før ham var det en konsulent fra {Accenture|o} som ikke ante hva en nattevakt var, ærlig talt.
I: Er det noe du vil legge til?
P: Bare at lønn og bemanning er viktigere enn dingser, {mer eller mindre|k}. Og hvis du vil snakke med flere tillitsvalgte, så har vi kontor i {Karl Fossums vei 20|a}, eller du kan ringe meg på {928 71 044|t}. E-post {tone.kristiansen@fagforbundet.no|e}.
""")

# ---------------------------------------------------------------- P14
add('P14', 'en', r"""
I: okay it's recording now so could you start by telling me what you do
P: yes so i work as a nurse at {ringerike legevakt|o} and also some shifts on the ambulance in {hønefoss|l} i've been in the emergency services for um eighteen years now and i'm originally from {sunne|l} in {sweden|l} but i've lived here so long i dream in norwegian
I: how does welfare technology show up in your work at the legevakt
P: mostly the alarms so when someone presses the safety alarm at home it goes to the alarm central and if the home care can't come they call us or they call {one one three|k} and then we go out and very often it's a fall you know an old person on the floor who can't get up
I: can you tell me about a specific call
P: yeah there's one i think about a lot it was {the third of february|d} very cold like {minus twenty five|k} and we got a call about a man with a gps tracker who had walked out from his house in {tyristrand|l} and the tracker showed him down by the lake {tyrifjorden|l} and the battery was at like five percent
I: what happened
P: me and my colleague {max|p} we drove out and the police came and the signal died right when we got there so we were walking in the snow with headlamps shouting his name and it was max who found him he was sitting on a bench by the water totally calm he was {eighty seven years old|g} and he said he was waiting for the boat
I: was he okay
P: hypothermic but okay we took him to {ringerike sykehus|o} and he was home again after three days his daughter {lisbeth|p} she wrote a letter to the legevakt to say thank you it's still on the wall in the break room
I: what do you think about the gps system based on that experience
P: i think it saved his life honestly but the battery thing is a real issue nobody checks them the home care thinks the family checks and the family thinks the home care checks and i mean i've seen it so many times {anyone else|k} you ask will say the same
I: do you have access to the patients records when you go out
P: we have the {kjernejournal|k} and sometimes we can see the municipal record but not always so we call the home care and the nurse on duty is usually {ingvild|p} at night ingvild {hovland|p} and she has the number {four one five two two nine zero eight|t} that we all have saved and she will just look in {gerica|k} and read it out to us
I: is that a good solution
P: it works because of people not because of the system if {ingvild|p} is sick then it's chaos and also the old people they are often on {multidose|k} so we don't know what they actually took that day
I: how about the ambulance side anything with technology there
P: the ambulance is a different world we have our own journal and it doesn't talk to anything we write on paper sometimes and then type it later and there's a car we call the old lady it's {hb 27 419|i} it's an old mercedes and the tablet in that car never works so we just use our phones
I: any stories from the ambulance about relatives
P: oh there's so many one time a son called from {oslo|l} because his mother's fall alarm had gone off twice in ten minutes and he was so stressed and he called the legevakt directly on the number for doctors we had to ask him how did you get this number and he said from doctor {aas|p} who is a family friend
I: anything else you want to add
P: just that we should be included when they plan these things the legevakt and the ambulance always gets the problems at three in the morning and you can reach me on {anna dot lindqvist at ringerike dot kommune dot no|e}
""", register='stt')

# ---------------------------------------------------------------- P15
add('P15', 'nb', r"""
I: Vil du starte med å presentere deg?
P: Ja. Æ heite {Ingrid Sæbø|p}, og æ e {ergoterapeut|k} i {Molde kommune|o}. Æ har vore her sida tjueseksten, og før det va æ på rehabiliteringa på {Hjelset|l}. Så æ har vore innom det meste, sjø.
I: Hva jobber du mest med nå?
P: Tilrettelegging i heimen, og der kjem jo teknologien inn. Alt fra {komfyrvakt|k} te smarthus-løsninga. Og så e æ med i velferdsteknologigruppa, der vi prøve å finne ut kæ som faktisk fungere for folk og ikkje berre i en brosjyre.
I: Har du et eksempel på en bruker der det har gjort en forskjell?
P: Ja. Det e en ung mann, han heite {Ask|p} — ja, som treet — han e {tjuesju år|g}, og han har {Down syndrom|k}. Han bur i en leilighet i {Fannestrandvegen 41, 6415 Molde|a}, og han ville så gjerne bu for seg sjøl. Så vi satte opp et nettbrett med bilder på kjøkkenet: «no e det frokost», «no kjem bussen», sånne ting. Og komfyrvakt, og en dørsensor som sende melding te bemanninga i bofellesskapet.
I: Hvordan har det gått?
P: Over all forventning, egentlig. Han tok bussen aleina te jobben på {Moldegaard|o} — ja, det e en vernet bedrift — etter bare tre uker. Mora hans, {Berit|p}, gråt da ho så det. Ho hadde vore redd for dette i tjue år.
I: Har det vært noen problemer underveis?
P: Jada. Nettbrettet gikk i svart en helg fordi det kom en oppdatering, og da visste han ikkje kæ han skulle gjøre. Så han ringte {Berit|p} tjueåtte ganger på én morgon. (ler) Etter det lagde vi en plan B på papir, som henge på kjøleskapet.
I: Hvordan samarbeider dere med hjelpemiddelsentralen?
P: Det e {NAV Hjelpemiddelsentral Møre og Romsdal|o}, og det e greit, men det tar tid. Vi søkte om en spesialtilpassa alarm {6/5-23|d}, og den kom i slutten av august. Saksbehandleren der, {Torstein|p}, han e flink, men han har alt for mange saker.
I: Hva med eldre brukere, er det annerledes?
P: Ja, det e det. Eldre folk vil ofte ikkje ha noe som ser «teknisk» ut. Æ hadde en dame på {Bolsøya|l}, ho va {åttini|g}, og ho ville ha fallalarmen i et smykke og ikkje i et armbånd, for «armbånd e for fanga». Så vi fant et smykke. Og ho gikk med det heile tida.
I: Hva tenker du om hvordan kommunen prioriterer?
P: At det blir for mye innkjøp og for lite tid te oppfølging. Vi kjøpe inn ting på {fredag|k} og forventa at det virke på {mandag|k}. Men det e jo folk som skal bruke det. Og sjefen min, {Øyvind Rødal|p}, han er einig, men han har ikkje budsjett.
I: Er det noe mer du vil si?
P: Berre at ergoterapeutan burde vore med tidligere. Og du kan nå mæ på {ingrid.sabo@molde.kommune.no|e} eller {71 11 14 62|t}, det e internlinja mi på kontoret på {Kirkebakken|l}.
I: Takk skal du ha.
P: Bare hyggelig. Og hils {Ask|p} om du treff han — nei, det gjør du jo ikkje. (ler) {Ha det|k}.
""")

# ---------------------------------------------------------------- P16
add('P16', 'da', r"""
I: Du må gerne tale dansk, det er helt fint. Vil du fortælle lidt om dig selv?
P: Ja, tak. Jeg hedder {Mette Kjærgaard|p}, jeg er uddannet {sygeplejerske|k} i {Aarhus|l}, og jeg kom til Norge i, øh, {januar 2015|d}, fordi min mand fik job i {Bodø|l}. Så nu arbejder jeg på {Mørkved omsorgssenter|o}, på en afdeling for {demente|k}.
I: Hvordan var det at komme til Norge som sygeplejerske?
P: Altså, sproget var ikke det sværeste, det var mere kulturen. Hjemme er vi vant til at sige tingene direkte, og her skal man ligesom pakke det lidt ind. Min første leder, {Randi|p}, hun sagde til mig efter en måned: «{Mette|p}, du er veldig flink, men du må ikke si 'det er dumt' på personalmøtet». (griner)
I: Hvilken velfærdsteknologi har I på afdelingen?
P: Vi har sengesensorer, døralarmer, og så har vi fået de der tablets til videoopkald. Og så er vi lige begyndt med digitalt nattilsyn på to stuer. Det er et pilotprojekt sammen med {Nordlandssykehuset|o}, og det er {Storm|p} — ja, han hedder Storm, han er også dansk — som er {superbruger|k}.
I: Kan du fortælle om en situation hvor teknologien spillede en rolle?
P: Ja. Der er en dame, hun er {fireoghalvfems|g}, og hun bor på stue {7|i}. Hun falder tit om natten. Efter vi fik sensoren, så fik vi et alarm {den 3.|d} — nej, natten til den {4. oktober|d}, og {Storm|p} var der på under et minut, og hun havde lige sat benene på gulvet. Så vi fangede hende. Men hendes søn, han var først imod sensoren, han syntes det var overvågning.
I: Hvordan håndterede I sønnens bekymring?
P: Vi inviterede ham til et møde. Han kom helt oppe nordfra. Og vi viste ham, hvad sensoren registrerer og hvad den ikke registrerer. Han sagde til sidst: «OK, men hvis I nogensinde sætter et kamera op, så flytter jeg hende til {Danmark|l}». (griner) Det var en joke, tror jeg.
I: Hvad med journalen, dokumentationen?
P: Vi bruger {Gerica|k}, og det fungerer fint nok, men alarmerne bliver ikke logget automatisk. Så man skal huske at skrive det. Og om natten, når man er to på tredive beboere, så glemmer man det. Det er det ærlige svar.
I: Er der forskel på dansk og norsk tilgang til velfærdsteknologi, synes du?
P: Ja, jeg synes {Danmark|l} er længere fremme med det digitale, men Norge er bedre til at tage sig tid til at spørge beboeren. Min søster {Line|p} er leder på et plejecenter derhjemme, og vi snakker tit om det. Hun synes jeg er blevet helt norsk. (griner)
I: Hvordan er samarbejdet med kollegaerne?
P: Godt. Vi er mange nationaliteter. Der er {Jomar|p} og {Dawit|p}, som kommer langvejs fra, og så os to danskere. Om {torsdagen|k} har vi fælles frokost, og så laver vi mad fra alle landene. I {jul|k} lavede jeg risalamande, og nordmændene syntes det var mærkeligt med kirsebærsauce.
I: Er der andet du vil tilføje?
P: Bare at teknologien skal give mere tid til beboerne, ikke mindre. Og hvis I vil kontakte mig, så er min mail {mette.kjaergaard@bodo.kommune.no|e}.
""")

# ---------------------------------------------------------------- P17
add('P17', 'nb', r"""
I: {Buorre beaivi|k}! Og takk for at du tok deg tid.
P: {Buorre beaivi|k}, ja. (ler) Æ heite {Máret Ánne Sara|p}, og æ jobbe som {helsefagarbeider|k} i hjemmetjenesten i {Kárášjohka|l}, altså {Karasjok|l}. Æ snakke samisk og norsk, og det e jo ofte derfor æ blir sendt te de eldste.
I: Hvorfor er språket så viktig i jobben?
P: Fordi mange av de gamle, når de blir demente, så mister de norsken først. Det e det siste språket de lærte. Så sitt de der og snakke bare samisk, og hvis det kommer en vikar fra sør som ikkje forstår, så blir det utrygt for dem. Vi har en {áhkku|k}, en bestemor, hun e {nittisju år|g}, og hun har aldri snakka norsk godt. Hun kalle mæ bare «{Máret|p} min».
I: Hvordan passer velferdsteknologi inn i dette?
P: Vettu, det e det som e rart. Alle talemeldingan på medisinrobotan e på norsk. «Det er tid for medisin.» Og da hun hørte det, trodde hun det va en fremmed mann i huset! Så vi spurte leverandøren om samisk tale. De sa det va for dyrt. Men så fikk {Nils Ánde|p}, kollegaen min, lov te å spille inn på samisk sjøl, og no sier robotan «{Dál lea dálkkasáigi|k}». Og da smilte hun.
I: Det er en fin historie. Hvordan fikk dere til det?
P: Det va gjennom prosjektet med {Sámi klinihkka|o} og kommunen. Og det va a {Biret|p} hos kommunen som pressa på, ho e prosjektleder for velferdsteknologi. Vi hadde møte {11. april 2022|d}, og der sa ho rett ut at hvis ikkje det kom på samisk, så kom ikkje {Karasjok|l} te å være med.
I: Hva med GPS og tilsyn, brukes det her?
P: Litt. Men det e spesielt her. Noen av de gamle har vært i reindrifta heile livet, og de går ut på vidda. En mann, han forsvant fra huset sitt i {Šuoššjávri|l}, og GPS-en viste at han va på vei mot sommerbeitet. Han va ikkje forvirra, han visste akkurat kor han skulle. Det va vi som va forvirra. (ler)
I: Hvordan er samarbeidet med sykehuset?
P: Det e langt te {Hammerfest|l}, og de har ikkje alltid tolk. Vi har hatt folk som har blitt skrevet ut uten at noen har forklart dem på samisk kva som har skjedd. Så da e det vi som må gjøre det. Ofte på telefon. Æ har hatt samtala med leger fra {Finnmarkssykehuset|o} der æ sitt og tolke mellom to telefona.
I: Blir den ekstra jobben anerkjent?
P: Nei. Det står ikkje i noen stillingsbeskrivelse. Men det e jo vårt folk, så vi gjør det. Og vi får av og til tørrfisk eller bidos te {jul|k} som takk. (ler)
I: Hvis jeg vil snakke med deg igjen?
P: Ring mæ på {+47 990 56 311|t}. Eller send e-post te {maret.anne.sara@karasjok.kommune.no|e}. {Giitu|k}!
""")

# ---------------------------------------------------------------- P18
add('P18', 'en', r"""
I: Thank you, doctor. Would you introduce yourself briefly?
P: Of course. I am {Khaled Haddad|p}, I'm a {GP|k}, {fastlege|k}, at {Raufoss legekontor|o} in {Vestre Toten|l}. I studied medicine in {Damascus|l}, then I came to Norway in the end of 2015 as a refugee, and I had to do everything again, the language, the tests, the internship in {Gjøvik|l}. People call me Dr. {Khaled|p}, the patients cannot say my surname properly, they say "{Hadad|p}" like a farm. (laughs)
I: How do you experience the welfare technology from the GP office?
P: Mostly indirectly. I see the consequences. The home care has the sensors, the medicine robots, and I am the one who gets the message that "the robot says the patient did not take the dose". And then, what do I do? I cannot drive out. So I send a message back, and it becomes a ping-pong in the e-messages.
I: Could you give an example?
P: Yes. A man, {eighty-one|g}, with {Parkinson|k}, on many medicines, many times a day. His timing is critical. The robot gives at eight, twelve, four and eight, but his real pattern was different, he woke at six. So for months he was stiff in the morning. His wife, {Astrid|p}, came to me and said "doctor, the machine is making him worse". She was right. The robot followed the old schedule from the hospital, from {Sykehuset Innlandet|o}, nobody had adjusted it.
I: How did you resolve it?
P: I called the nurse responsible, {Solfrid|p}, and we sat together with the wife, in my office, and we made a new plan. It took one hour. One hour is a lot for a GP. But after that he was much better. {Astrid|p} sent me a card, "takk for at du lyttet".
I: Do patients use digital services to contact you?
P: Yes, {Helsenorge|k} is very used now, even by old people, because their children do it for them. Sometimes a son in {Oslo|l} writes for his mother in {Bøverbru|l}, and I don't know if the mother agrees. That is an ethical thing. We have had discussions in the office about it, with Dr. {Nymoen|p}? — no, I will just say with my colleagues.
I: What about the night-time camera supervision, do you have opinions?
P: As a doctor I think it is useful, but as a person from {Syria|l}… you know, we had cameras and surveillance for other reasons. So I understand the old people who are sceptical. I don't say "it is only for your safety" so easily. Safety for whom?
I: How is the collaboration with the emergency services?
P: Good. The legevakt is in {Gjøvik|l}, and they are very professional. The problem is the nights, when a patient with a sensor has an alarm and the home care has only one nurse for the whole {kommune|k}. Then it is the ambulance, and the ambulance is forty minutes away.
I: Do you have any formal role in the municipal welfare-technology project?
P: I was invited once, to a meeting {the 19th of October|d}, and I said many things, but I was not invited again. (laughs) Maybe I said too much. I have a {PhD|k} — from before, in pharmacology — so I was very interested in the medicine dispensers. But they wanted a GP who just says yes.
I: Is there anything you would want to add?
P: Only that the GP must be in the loop. The technology is connected to the home care, the pharmacy, the hospital, but not to me. If you want to talk more, the office number is {61 19 22 50|t}, ask for me, or write to {khaled.haddad@raufosslege.no|e}.
""")

# ---------------------------------------------------------------- P19
add('P19', 'nn', r"""
I: Kan du starte med å fortelje kven du er og kva du arbeider med?
P: Ja. Eg heiter {Solveig Kvamme|p}, og eg er {helsesjukepleiar|k} på {helsestasjonen i Sogndal|o}. Eg har vore her i tolv år, og før det var eg på føden på {Lærdal sjukehus|o}, før dei la den ned.
I: Korleis kjem velferdsteknologi inn i ditt arbeid?
P: Det er kanskje ikkje det første ein tenkjer på, men vi har hatt eit prosjekt med digitale heimebesøk, video, for nybakte foreldre som bur langt unna. Sogndal er jo stor no etter samanslåinga, med {Leikanger|l} og {Balestrand|l}, og det er langt å køyre for eit barselbesøk.
I: Korleis har det fungert?
P: Over venta, faktisk. Særleg for dei som bur ute i {Fjærland|l}. Eg hugsar ei mor, ho var {nitten år|g}, ho var åleine med babyen og kjæresten jobba offshore. Ho var så redd for å gjere feil. Vi hadde videosamtale kvar {tysdag|k} i seks veker. Ho sa etterpå at det var det som fekk ho gjennom den første tida.
I: Er det noko som ikkje fungerer så godt?
P: Ja, dekninga. I nokre av grendene fell linja ut heile tida. Og vi kan jo ikkje sjå babyen ordentleg på skjermen, vi kan ikkje kjenne på fontanella eller vege han. Så det er eit supplement, ikkje ein erstatning. Det er eg heilt klar på.
I: Korleis har personvernet vore handtert?
P: Det var ein stor diskusjon. Vi brukte ei løysing som kommunen hadde godkjent, og personvernombodet vårt, {Arne Hjelmeland|p}, gjekk gjennom alt. Men foreldra sende oss jo bilete på SMS, av utslett og bleier og alt mogleg, og det kunne vi ikkje ta imot. Så vi måtte lage ein rutine: «Ikkje send bilete, ring oss på {57 65 42 30|t}».
I: Har du opplevd at teknologien har avdekt noko alvorleg?
P: Ein gong. Eg vil vere varsam her. Men eg såg på video at det var noko som ikkje stemde i ein heim, og eg bad om eit fysisk besøk same dag. Eg køyrde ut saman med kollegaen min, {Vår|p}. Ho er nyutdanna og veldig flink. Og det enda med ei bekymringsmelding til {barnevernet|k}. Saka har nummer {2022/4471|i}, og meir kan eg ikkje seie.
I: Korleis har det vore for deg personleg å jobbe slik?
P: Blanda. Ein er jo inne i heimen til folk, men samstundes ikkje. Og ein tek det med seg heim. Mannen min, {Eirik|p}, seier at eg snakkar om babyane i søvne. (ler)
I: Kva med samarbeid med fastlegane?
P: {Sogndal legekontor|o} er flinke. {Dr. Øvrebø|p} der ringjer alltid tilbake same dag. Men vi har ikkje felles journalsystem, vi har {CosDoc|k}? nei, vi har {HsPro|k}, og legane har sitt eige, så det er mykje telefon.
I: Er det noko du vil leggje til?
P: Berre at eg håpar prosjektet held fram. Det vart lagt fram for kommunestyret {13. juni 2023|d}, og vi venta framleis på svar i {august|k}. Om du vil vite meir, skriv til {solveig.kvamme@sogndal.kommune.no|e}.
""")

# ---------------------------------------------------------------- P20
add('P20', 'nb', r"""
I: da er vi i gang kan du fortelle litt om rollen din
P: ja jeg jobber i innkjøpsavdelingen i {gjøvik kommune|o} eh vi har et innkjøpssamarbeid med flere kommuner i {valdres|l} og {land|l} og jeg er rådgiver på anskaffelser og har hatt velferdsteknologi som ansvarsområde de siste tre årene
I: hvordan foregår en anskaffelse av for eksempel medisindispensere
P: ja det er jo en konkurranse etter anskaffelsesregelverket og vi lager en kravspesifikasjon sammen med fagfolkene og så lyser vi ut på {doffin|k} og så kommer tilbudene inn og så evaluerer vi pris og kvalitet og sånne ting den siste konkurransen hadde saksnummer {tjueto stryk null null fire fem sju|i} og den tok nesten ett år
I: hvem var med i evalueringen
P: det var meg og så var det to sykepleiere fra hjemmetjenesten {turid|p} og eh {mari|p} og så en fra it {hans petter|p} og vi satt på {skumstadvegen|l} i et møterom med alle demoutstyrene og testa dem
I: hva var utfordrende i den prosessen
P: at fagfolkene og vi snakker forskjellige språk de sier vi vil ha noe som er lett å bruke og jeg sier ja men hvordan skal jeg måle det og så blir det {liksom|k} ti prosent på brukervennlighet og nitti prosent på pris og det ble {evondos|k} den gangen
I: var fagfolkene fornøyd med valget
P: noen ja noen nei {turid|p} var ikke fornøyd hun ville ha den andre leverandøren {omsorgsteknikk nord as|o} eller hva de heter fordi den var lettere å fylle men de tapte på pris med noen få prosent og så klaga de faktisk på tildelingen
I: hva skjedde med klagen
P: den ble behandla av klagenemnda {kofa|o} og vi fikk medhold men det tok fra {ellevte januar|d} til sommeren og i mellomtida kunne vi ikke signere kontrakten så hjemmetjenesten måtte leie utstyr og det kosta jo penger
I: hvordan er kontakten med leverandørene etter kontraktsinngåelse
P: det er varierende den vi har nå har en kundeansvarlig som heter {rose marie|p} nei {rose-marie bakken|p} hun er veldig grei og svarer alltid på telefon hun har nummer {nittifire åtte sju ti sekstien|t} jeg har det på en lapp her hun sa ring når som helst
I: har dere opplevd problemer etter at utstyret er tatt i bruk
P: ja en gang så var det en hel batch med dispensere som hadde feil i programvaren og da måtte leverandøren bytte ut alle og det var {per|k} da sju og tretti stykker i tre kommuner og det tok to uker og hjemmetjenesten måtte dele ut medisiner manuelt igjen det var ikke populært
I: hva tenker du om fremtiden for slike anskaffelser
P: at vi må bli flinkere til å ta med brukerne altså de gamle selv og de pårørende og at vi kanskje må gjøre mer markedsdialog før vi lyser ut vi hadde et dialogmøte på {strand hotell|o} i fjor med tolv leverandører og det var veldig nyttig {ehm|k} mer nyttig enn jeg trodde
I: har du noe mer du vil si
P: nei egentlig ikke bare at innkjøp ikke er kjedelig {mer eller mindre|k} (ler) men om du trenger noe mer så er det {ole kristian punktum moe krøllalfa gjovik punktum kommune punktum no|e} eller bare ring sentralbordet og spør etter meg
""", register='stt')

# ---------------------------------------------------------------- P21
add('P21', 'nb', r"""
I: Du er besøksvenn i Røde Kors. Kan du fortelle litt om det?
P: Ja, æ har vørti besøksvenn i {Vågå Røde Kors|o} i snart sju år, sia æ vart {pensjonist|k} fra posten. Æ heite {Halvor Bakken|p}, men alle kaller meg {Halvor Posten|p}, for æ gikk jo med posten i førti år her i bygda. (ler) Så æ kjenner kvar einaste postkasse.
I: Hvem besøker du?
P: No har æ tre faste. Ei dame på {Lalm|l}, ho er {nittiåtte|g}, og så en kar på sjukeheimen, og så 'n {Ola|p} — {Ola Nedre|p}, som vi sier — han bur aleine oppå ein gard i lia ovafor bygda. Han har itte hatt besøk av anna enn hjemmesykepleien på mange år før æ kom.
I: Hvordan er det å besøke ham?
P: Det er fælt kjekt, altså. Vi sitt og drikk kaffe og prater om gamle dager, om da han kjørte tømmer og æ kom med posten. Og han har jo fått sånn alarm no, på armen, og han er itte begeistra. «Ka skal æ med den, æ kan jo rope», sier han. Men han bur tre kilometer fra nærmaste nabo.
I: Har du vært med på at alarmen ble brukt?
P: Ja, det har æ. Det var {fredag 17. november|d}, æ kom på besøk og fann 'n i gangen. Han hadde datt, og han hadde itte trykt på alarmen, for han «ville itte bry nokon». Så æ trykte sjøl, og så svarte dem fra alarmsentralen, og så kom ambulansen fra {Otta|l}. Det tok tre kvarter.
I: Hvordan var det for deg?
P: Æ var skjelven etterpå. Men æ sat hos'n heile tida. Og etterpå, når han kom heim fra {Sjukehuset Innlandet Lillehammer|o}, så sa han til meg at no skulle han bruke den alarmen. Så no har han den på seg. Sia den gongen.
I: Har Røde Kors noen rolle i velferdsteknologien?
P: Itte formelt. Men vi er med og viser folk. Ho {Liv|p}, som er leder i besøkstjenesta, ho har fått opplæring i nettbrett for eldre. Så vi har vore med og lært gamle folk å ringe barnebarna på video. Ei dame ringte barnebarnet i {Australia|l} for første gong på fem år. Ho gret.
I: Er det noe som er vanskelig ved å være frivillig i dette?
P: {Taushetsplikta|k}. Æ veit mye, og æ kan itte seie noko. Og så er det at æ itte er {helsepersonell|k}, så når æ ser at nokon har det dårleg, veit æ itte alltid kven æ skal ringe. Æ ringer oftest ho {Tora|p} i hjemmesykepleien, på {61 21 78 02|t}, for ho kjenner alle.
I: Hva ønsker du deg fremover?
P: At det kjem fleire unge. Vi er mest pensjonistar. Og at kommunen huskar på oss når dem planlegg. {Vågå kommune|o} har no eit prosjekt om «aktiv omsorg», og vi vart itte spurt. Men {Liv|p} sendte brev til ordføraren, så vi får sjå.
I: Hvor kan folk melde seg som besøksvenner?
P: Dem kan komme innom lokalet vårt i {Vågåvegen 35, 2680 Vågå|a}, {tysdag|k} kveld, eller ringe meg på {48 02 11 96|t}. Og kaffen er gratis. (ler)
I: Takk for praten, {Halvor|p}.
P: Takk sjøl. Og hils 'n {Ola|p} om du kjem forbi — nei, du kjenner'n jo itte. {Ha det bra|k}.
""")

# ---------------------------------------------------------------- P22
add('P22', 'en', r"""
I: Welcome, and thank you for joining. Please tell me a little about yourself.
P: Thank you. I'm {Hodan Warsame|p}. I was born in {Mogadishu|l}, but I grew up mostly in a camp in {Kenya|l}, in {Dadaab|l}, and I came to Norway when I was sixteen. Now I work in the rus-team, the drug and alcohol service, in {Skien kommune|o}. I have a bachelor in social work and an {MSc|k} in public health from {Universitetet i Sørøst-Norge|o}.
I: What does welfare technology mean in your field?
P: Honestly, at first I thought it was only for old people, the sensors and the robots. But we use it too. Some of our clients have medicine robots for their substitution medication, and we have the video follow-up on phone, especially for the ones who live far out, like in {Gvarv|l} or out on {Langøya|l}, no — I mean {Siljan|l}, the ones in Siljan.
I: How does the video follow-up work in practice?
P: We call them, we see them, they show us their day. Some love it because they don't have to sit in a waiting room where everybody knows why they are there. One young man told me, "{Hodan|p}, on video nobody sees me coming into your office". That is dignity. For others, the phone is the first thing they sell when it is bad. (laughs, sadly)
I: Can you tell me about a difficult situation?
P: Yes. In {Ramadan|k} last year — I was fasting, I remember I was very tired — a client did not answer the video call in the morning, and not at lunch. His mother called me, she lives in {Porsgrunn|l}. I went with my colleague {Tor Erik|p} to his flat, at {Kverndalsgata 7|a}. We found him on the floor. He was breathing, but very weak. We gave {naloxone|k}, and called the ambulance.
I: That must have been intense.
P: Yes. He survived. He is {twenty-four|g}, you know. After that, he asked to have the video call every day, not three times {per week|k}. He said, "if you don't see me, you must come". And we wrote that in the plan.
I: How do you document these contacts?
P: In {Profil|k}. And we have to be careful, because the rus-information is very sensitive. Not everybody in the kommune should see it. Our leader, {Mona Hegg|p}, she fought very hard to get a separate access group. It took almost a year.
I: Do you feel your background affects your work?
P: Yes, in good ways. Many of the Somali families in {Skien|l} do not talk about drugs, it is very much shame. The mother in the story, she only wanted to talk to me, because I could speak Somali and I understood what it means for her. We sat for two hours in her kitchen with tea. She gave me her number and said "call me, always": {+47 412 09 866|t}. I have it still.
I: What would you want the decision makers to know?
P: That technology cannot replace the relationship. The video call worked because he knew me. If it is a stranger, he would never pick up. And that we need interpreters in the systems, the robot should speak Somali, Arabic, Tigrinya. Not only Norwegian.
I: Thank you. Can I get your contact information?
P: Yes, it is {hodan.warsame@skien.kommune.no|e}. And if you want to visit us, we are on the second floor, just ask for me or for {Mona|p}.
""")

# ---------------------------------------------------------------- P23
add('P23', 'nb', r"""
I: Du jobber i ambulansetjenesten. Kan du fortelle litt om deg sjøl?
P: Ja, je heter {Kjell-Arne Holt|p}, je er {paramedic|k}, eller ambulansearbeider med videreutdanning da, og je har kjørt ambulanse i {Tønsberg|l} i nitten år. Stasjonen vår ligger under {Sykehuset i Vestfold|o}, {SiV|o} som vi sier.
I: Hvor møter du velferdsteknologi i jobben?
P: Overalt, skjønner du. Nøkkelfrie låser, trygghetsalarmer, medisinroboter. Og det er jo bra, men det er også nye måter å stå fast på. Den klassiske er at vi kommer fram til en adresse, og så er det elektronisk lås, og vi har ikke tilgang. Så står vi der og venter på at hjemmesykepleien skal komme og låse opp. Med en pasient som kanskje har hjertestans der inne.
I: Har det skjedd?
P: Ja. {Lørdag 22. juli|d}, ute på {Tjøme|l}. Sommer, fullt av folk, køer på veien. Vi fikk melding om en mann, {sekstiåtte år|g}, som hadde falt og trykket på alarmen. Vi kom fram, og døra var låst med sånn digital lås. Hjemmesykepleien var på {Nøtterøy|l}, tjue minutter unna. Så vi knuste et vindu. Je har aldri gjort det før eller siden.
I: Hvordan gikk det med mannen?
P: Det gikk bra, faktisk. Han hadde brukket hofta, men var ved bevissthet. Og kona hans, {Sol|p}, ja, hu heter Sol, hu kom hjem fra butikken mens vi holdt på, og hu var mest opptatt av vinduet. (ler) «Hvem skal betale for det?» sa hu. Vi sendte regninga til {Færder kommune|o} til slutt.
I: Ble det gjort endringer etterpå?
P: Ja, vi fikk en avtale om at {AMK|o} kan få tilgang via en app. Men den virker ikke alltid, og på bil {EK 78310|i}, som er den gamle bilen vår, er det dårlig dekning i skuffen der telefonen ligger. (ler) Så vi har fortsatt en perm med nødnøkkelkoder, innlåst. Det er litt tilbake til {nittitallet|k}.
I: Hvordan opplever du samarbeidet med legevakta og hjemmesykepleien?
P: Bra, stort sett. Vi kjenner hverandre. {Tønsberg legevakt|o} har en lege som heter {Marte|p}, hu er helt rå, hu ringer oss direkte og sier hva hu tenker. Og så har du nattsykepleierne i hjemmetjenesten, a {Gro|p} på {Nøtterøy|l} for eksempel, som har jobba der i hundre år og vet hvor alle bor.
I: Er det noen historie som har gjort særlig inntrykk?
P: Ja, det var en gammel dame på {Hvasser|l}, ute ved {Verdens Ende|l}, hu hadde fallalarm og trykket på den hver natt. Hver natt. I en måned. Vi kom ut, og hu ville bare ha noen å snakke med. Hu var {nittien|g} og enke, og hu sa «dere er de eneste som kommer». Til slutt fikk vi kontakt med Røde Kors besøkstjeneste, og etter det trykket hu bare {én gang i uka|k}. (ler)
I: Hva tenker du om at alarmen brukes sånn?
P: Det er et symptom. Ensomhet er ikke en diagnose, men det er det vi rykker ut på. Je mener ikke at hu misbrukte noe. Hu brukte det hu hadde. Det er samfunnet som har misbrukt henne, på en måte.
I: Er det noe du vil tilføye?
P: At {ambulansearbeidere|k} burde vært med i planleggingen. Og ring meg gjerne, {934 18 260|t}, je jobber {to døgn|k} på, fire av, så det er ikke alltid je svarer. {Lissom|k}, det er ikke personlig.
""")

# ---------------------------------------------------------------- P24
add('P24', 'en', r"""
I: hi can you hear me okay yes great so could you start by telling me a bit about yourself and your mother
P: yeah hi so i'm {erik|p} i'm norwegian but i've lived in {manchester|l} for twenty two years now with my wife and kids and my mum {gunvor|p} she lives in {halden|l} still in the house where i grew up in {tistedal|l} and she's {eighty nine|g} and she has {alzheimer's|k} early stage they said
I: how do you stay in touch with her and with the care services
P: mostly by phone and the tablet they gave her the kommune gave her a tablet with a simple video thing there's only one button and my face is on it so she presses me and i appear it's actually lovely and i talk to her like most evenings around {half seven|k} uk time
I: and the care services how do you communicate with them
P: that's harder i have a contact person at {halden kommune|o} in the home care her name is uh {hege|p} {hege pettersen|p} and she's great but i can never reach her on the phone so we do email and sometimes {teams|k} when there's a meeting i've been in three of those meetings from my office in {stockport|l}
I: can you tell me about a situation where the technology mattered
P: yes so {the twenty second of december|d} mum went missing she'd gone out to buy {christmas|k} presents in the dark and she forgot where she was she has a {gps watch|k} but the home care didn't see the alert for like an hour because it went to the wrong phone and i got a text from my cousin {ingunn|p} saying your mum is at the bus stop by the church in her slippers
I: how did you feel
P: helpless honestly i was sitting in my kitchen and i just kept refreshing the app and i could see the little dot by {immanuels kirke|o} and i couldn't do anything so i called her on {plus four seven nine zero four four one two three one|t} and she drove there and picked her up
I: what happened afterwards
P: i wrote a complaint to the kommune and they had a meeting and found out the alert went to a phone that had been replaced and nobody updated the number it's all in a case number {twenty three slash zero eight eight one two|i} i got a letter with it
I: has the situation improved
P: a bit the alert now goes to three people me {ingunn|p} and the home care phone but i'm not much use from over here as you can imagine and i worry that ingunn gets tired she's got her own family in {sarpsborg|l}
I: what about your mum's own view of the technology
P: she likes the tablet she hates the watch she says it's a handcuff and she takes it off when she goes to the bathroom and then forgets it so it lies next to the sink a lot {per week|k} i'd say three or four times it's there when the nurses come
I: are there any plans for her to move
P: there's a waiting list for {remmen omsorgssenter|o} and she's on it but she doesn't know and i don't know how to tell her she was born in {nineteen thirty five|g} and she's lived in that house since she got married
I: thank you is there anything you want to add
P: just that relatives abroad are a big group especially in norway so many of us live somewhere else and the systems are made for someone who lives around the corner you can email me if you want at {erik dot gunvorsen at gmail dot com|e}
""", register='stt')

# ---------------------------------------------------------------- P25
add('P25', 'nb', r"""
I: Velkommen alle sammen. Kan dere ta en rask runde og si hvem dere er?
A: Je kan begynne. {Anita|p}, {sykepleier|k} i hjemmetjenesten på {Kråkerøy|l}, i {Fredrikstad kommune|o}. Tjueto år i gamet.
B: {Rolf|p}. {Helsefagarbeider|k}. Samme sted som henne, men je kjører mest kveld. Og je er superbruker på de nøkkelfrie låsene, mot min vilje. (latter)
C: Og je er {Jannicke|p}, je er ny, altså, jobba her siden i fjor sommer. Kom fra sykehuset, fra {Kalnes|o}.
I: {Rolf|p}, du sa «mot min vilje». Fortell!
B: Hæ, ja. Det var lissom sånn at lederen vår spurte på et personalmøte hvem som var flink med mobil, og alle så på meg, fordi je hadde vist 'n {Kjetil|p} hvordan man skrur av lyden på telefonen. Det var hele kvalifikasjonen. (latter)
A: Men du ble jo flink da. Det må du innrømme.
B: Je ble flink fordi je måtte. Når låsen ikke går opp {kl. halv elleve|k} om kvelden ute på {Hvaler|l}, så er det ingen andre å ringe.
C: Det var jo det som skjedde med a {Gerd|p} i høst, var det ikke?
B: Jo! {Onsdag 8. november|d}. Je sto utafor døra hennes i regnet i tretti minutter. Låsen svarte ikke. Til slutt ringte je leverandøren på nødnummeret, {69 30 12 12|t}, og en kar på svensk svarte og sa at serveren var nede.
A: Og da hadde hu sittet inne og venta på kveldsmedisinen, og hu er jo {åttifem år|g} og veldig engstelig.
C: Men hvordan kom du inn til slutt?
B: Naboen hadde reservenøkkel. Gamle gode nøkkelen. (latter) Je skrev avvik på det, og det var første av mange.
I: {Jannicke|p}, hvordan er det å komme ny inn i alt dette?
C: Overveldende. Je fikk {liksom|k} tre apper, to telefoner og en bil første dagen. Og bilen, {EB 45 230|i}, hadde ikke lader som passet til telefonen. Så je kjørte rundt med {fem prosent|k} batteri hele første uka.
A: Den bilen er forbanna. Den hadde samme problemet da {Mari|p} kjørte den.
I: Har dere noen gode historier også?
A: Ja! Medisinrobotene. Vi har en mann her ute, tidligere sjømann, som er født i {1931|g}, og han har fått tilbake litt selvstendighet med roboten. Før måtte vi inn fire ganger om dagen. Nå går vi inn én gang, og resten tar roboten. Han sier at roboten er bedre selskap enn kona. (latter) Ikke si det til kona hans.
C: Det er vel en fin ting, men vi ser ham jo mindre også. Je tenker på det. Før hadde han fire besøk. Nå har han ett.
B: Det er poenget, {Jannicke|p}. Det er det ingen som snakker om i de der prosjektene.
I: Hvis dere skulle gi ett råd til kommunen, hva ville det vært?
A: Spør oss før dere kjøper. Og gi {Rolf|p} lønnstillegg. (latter)
B: Ha en reserveplan som ikke er avhengig av en server i {Sverige|l}.
C: Og ha opplæring som ikke er på {Teams|k} kl. sju om morran.
""", parts='ABC')

# ---------------------------------------------------------------- P26
add('P26', 'nn', r"""
I: Velkomne. Vil de seie kven de er og kvar de jobbar?
A: Eg kan byrje. {Kari Fure|p}, eg er avdelingsleiar på {Hafstadtunet sjukeheim|o} i {Førde|l}. Vi har førti bebuarar fordelt på tre avdelingar.
B: {Hallvard|p}, nattevakt, {helsefagarbeidar|k}. Sju år på natt. Eg søv når de andre er på jobb. (latter)
C: {Grete Sunde|p}, {sjukepleiar|k} på dagtid på skjerma eining.
D: Og eg er {Abdi|p}, eg er frå {Somalia|l}, eg jobbar som assistent og tek {fagbrevet|k} no. Mest natt saman med {Hallvard|p}.
I: De to som jobbar natt. Korleis har sensorane endra nattarbeidet?
B: Før gjekk vi runde kvar time. Opna døra, lyste med lommelykt, vekte halve avdelinga. No ser vi på skjermen, og går berre inn når det er noko. Det er betre for dei som søv.
D: Ja, men det er òg meir stress. For når alarmen går, så må ein springe. Og når to alarmar går samtidig, og vi er berre to…
B: …då må ein velje. Ja. Det er ikkje gøy.
I: Kan de fortelje om ein slik situasjon?
D: Ja. Natt til {2. januar 2024|d}. Alarm frå rom {12|i} og rom {19|i} samtidig. Eg sprang til 12, {Hallvard|p} til 19. På 19 var det ingenting, berre at ho hadde snudd seg. På 12 låg han på golvet.
B: Og då hadde vi ikkje fått nokon alarm før han låg der. For sensoren der var sett opp feil. Han hadde flytta senga sjølv, han er ein sterk kar, tidlegare bonde frå {Naustdal|l}.
C: Det var eg som fekk ta telefonen med sonen dagen etter. Han var ikkje blid, for å seie det mildt.
A: Nei. Og han skreiv eit brev til {Sunnfjord kommune|o}. Eg har det her, han skreiv mellom anna: «Far min var {åtti og sju år|g} og sterk som ein okse, men han låg på golvet i førti minutt utan at nokon visste det.» Det var ikkje sant, det var ti minutt. Men eg skjønar han.
I: Kva gjorde de etter det?
A: Vi fekk leverandøren, {Omsorgsteknikk Vest|o}, til å kome og sjekke alle sensorane. Det var fleire som var feil. {Grete|p}, det var du som følgde opp det, var det ikkje?
C: Jau. Eg og ein mann frå leverandøren, {Sindre|p}, gjekk gjennom alle romma ein {laurdag|k}. Vi fann fire til med feil vinkel.
I: Korleis opplever de samarbeidet med pårørande om teknologien?
C: Det varierer. Nokre vil ha alt, kamera og alt, og nokre vil ikkje ha noko. Ei dotter kravde at mor hennar skulle ha kamera på rommet, men mor sa nei, og ho har {samtykkekompetanse|k}. Så då vart det nei.
D: I {Somalia|l} er det familien som bestemmer. Her er det pasienten. Det var nytt for meg.
B: Det er nytt for mange nordmenn òg, {Abdi|p}. (latter)
I: Viss de kunne ønskje dykk éin ting?
B: Éin person til på natt.
D: Ja, same.
A: Eg ville ønskt at sensorsystemet snakka med {Gerica|k}, så vi slapp å skrive alt to gonger.
C: Og at nokon testa alt før vi tok det i bruk. Ikkje etter.
""", parts='ABCD')

# ---------------------------------------------------------------- P27
add('P27', 'nb', r"""
I: Takk for at dere kom, alle fire. Dere er superbrukere i hver deres kommune i Hallingdal. Kan vi ta en runde?
A: Ja, eg heiter {Gunn|p}, eg er {superbruker|k} i {Gol|l}, i hjemmetjenesten. Eg har vore med sia prosjektet starta.
B: {Knut Ivar|p}, {Nesbyen|l}, sjukeheimen. Eg er vel den eldste her, eg byrja som {pleieassistent|k} i åttitallet. (latter)
C: {Ragnhild|p}, eg er frå {Ål|l}, og eg jobbar på {Ål bu- og behandlingssenter|o}. Og så er eg med i den interkommunale gruppa.
D: Og eg e {Stian|p}, {Hemsedal|l}. Eg e {helsefagarbeider|k} og kom hit fra {Drammen|l} for skiinga, og så ble eg værande. (latter)
I: Hva er det vanligste dere blir spurt om av kollegaene?
A: Passord. Definitivt passord. Kvar einaste dag. «{Gunn|p}, eg har gløymt koden te nettbrettet.»
D: Hos oss e det lading. Ingen lader noe. Eg har hengt opp lapper.
B: Hos oss er det at folk er redde for å gjere feil. Dei eldre tilsette spesielt. Eg seier alltid at det er ikkje mogleg å øydelegge noko ved å trykke på feil knapp. Men det stemmer jo ikkje heilt. (latter)
C: Nei, {Knut Ivar|p}, du sletta jo heile vaktlista i fjor!
B: Det var ikkje eg, det var systemet. (latter)
I: Har dere opplevd at teknologien ikke fungerte når det gjaldt?
C: Ja. Ein dame hos oss, ho hadde GPS fordi ho gjekk seg bort. Ein natt i februar var det straumbrot i heile {Torpo|l}, og mobilnettet gjekk ned. Vi visste ikkje kor ho var. Ho hadde gått ut i snøen. Vi fann ho etter to timar, heldigvis i live. Ho var kald, men ho klarte seg. Men eg har ikkje sove godt etter det.
A: Det hugsar eg. Du ringde meg {klokka tre|k} på natta.
C: Ja, fordi du hadde nummeret til han i {Hallingdal sjukestugu|o} som kunne sjekke om ho var komen inn dit.
I: {Stian|p}, hvordan har du opplevd det å være ny i en liten kommune?
D: Det e annerledes. I byen var det alltid noen andre som visste. Her e det meg. Når dispenseren hos en mann på {Tuv|l} slutta å virke en søndag, måtte eg ringe leverandøren sjøl. Dem har en kundeservice som heter {Medimatic Norge|o}, og dem svarte på svensk. (latter)
A: Dei er jo svenske alle saman.
D: Ja. Men dem var greie. Dame som het {Birgitta|p}. Ho fiksa det over telefon på ti minutter.
I: Hvordan er samarbeidet mellom kommunene?
C: Godt, eigentleg. Vi har møte første {måndag|k} i månaden på {Teams|k}, og så treffest vi fysisk to gonger i året. Sist gong var på {Pers hotell|o}, {18. oktober|d}.
B: Med god mat. Det er viktig. (latter)
A: Og det er der vi lærer mest. Ikkje på kursa. Men i pausane.
I: Hvis dere skulle sagt én ting til ledelsen?
D: Gi superbrukerne tid. Eg har ikkje én time i turnusen sett av te dette.
A: Og betal oss for det. Eg har ikkje fått ei krone ekstra.
B: Og ikkje kjøp nye ting før dei gamle verkar.
C: Og hugs at det er folk i den andre enden. Ikkje berre brukarar. Folk.
""", parts='ABCD')

# ---------------------------------------------------------------- P28
add('P28', 'en', r"""
I: Welcome, everybody. We'll do this in English since that's what we all share. Could you introduce yourselves?
A: Okay, I start. {Agnieszka|p}, from {Poland|l}. I'm {helsefagarbeider|k} in home care in {Drammen|l}, eleven years now.
B: I'm {Rami|p}. From {Homs|l}. I was a pharmacist there, here I work as assistant at {Fjell bo- og omsorgssenter|o} while I wait for the authorisation. It has been, eh, three years waiting.
C: {Fartun|p}. I'm Somali, but I lived in {Sweden|l} first, so sometimes my Norwegian is Swedish. (laughs) I work nights at the same place as him.
D: And I'm {Joy|p}, Filipino, I'm a nurse, {sykepleier|k}, in home care, same district as her. We are the international team. (laughs)
I: What has it been like to learn the welfare technology systems in a second or third language?
A: Hard in the beginning. The e-learning is in very formal Norwegian. "Vennligst bekreft at du har lest og forstått." I didn't understand half. {Joy|p}, you remember, we sat together in the car and translated with {Google|k}.
D: Yes! In the car outside a patient's house up the hill, with the engine running because it was {minus fifteen|k}. (laughs)
B: For me the technical part is easy, but the documentation is the problem. When I write in the journal, I am afraid my Norwegian looks stupid. So I write very short. Then the nurse says "you must write more". It's a circle.
C: Same. And on nights, when I am alone, and the alarm comes from the sensor, I must call the nurse on duty, and she speaks fast dialect on the phone…
B: …and you say "ja, ja" and you don't know what you agreed to. (laughs)
C: Exactly, {Rami|p}!
I: Can you tell me about a situation that stayed with you?
D: Yes. There was a lady, {ninety years old|g}, living alone near the river. She had a medicine dispenser, {Evondos|k}. One morning it said she had not taken the medicine. I called, no answer. I drove there, and she was sitting in the chair, confused, low blood sugar. If the machine didn't tell us, maybe we come at lunch. So I am a fan of the machine. That day I am a fan.
A: But remember the time with the man who hit the machine with a {hammer|k}?
D: Oh yes. (laughs) The hammer man. He thought it was spying on him. The kommune had to buy a new one.
I: {Rami|p}, you were a pharmacist. How do you see the medication technology?
B: It's good, but nobody asks me. I see errors in the {multidose|k} sometimes, and I am only "assistant" so I can't say. Once I saw that a patient got two blood thinners, and I told the nurse, {Siri|p}. She checked, and I was right. After that she always asks me. But officially, nothing.
I: {Fartun|p}, how do relatives react to you on nights?
C: Mostly good. Sometimes a relative calls at night and hears my accent and asks for "a Norwegian". Once a son said that, and the Norwegian nurse that night was {Mohammed|p}. (laughs) He is born in {Lier|l}! I just gave him the phone.
A: That is the best story.
I: Is there anything the municipality could do better for international staff?
A: Language support in work time. Not only courses in the evening. I did the Norwegian course at {Drammen voksenopplæring|o} after twelve-hour shifts. Crazy.
B: Faster authorisation. I am a pharmacist, my case is {24/09913|i} at the directorate and I call them every month.
D: And mentors. When I came, I had {Ruth|p}. She is retired now, but she was the reason I stayed. Ruth taught me that you don't say "ja ja" when you don't understand.
C: Yes, a mentor. And that they ask us in the projects, not only the Norwegians. We see different things.
""", parts='ABCD')

# ---------------------------------------------------------------- P29
add('P29', 'nb', r"""
I: da tar vi opp nå så kanskje dere kan si navn og rolle
A: ja jeg er {torild|p} jeg er prosjektleder for velferdsteknologiprosjektet i {ringsaker kommune|o} og har vært det siden oppstart i {januar tjuetjueto|d}
B: {asbjørn|p} jobber på it i {brumunddal|l} på rådhuset og er teknisk ansvarlig i prosjektet
C: og jeg er {elisabeth stensrud|p} jeg er {sykepleier|k} og {ressursperson|k} fra hjemmetjenesten i {moelv|l} og er så og si brukernes stemme i gruppa
I: hva har vært den største utfordringen i prosjektet
A: altså jeg tror det er at vi har gått for fort fram vi har innført digitalt tilsyn medisindispensere og nøkkelfrie låser på to år og det er mye for en organisasjon
C: ja og det er vi i hjemmetjenesten som merker det {torild|p} du sitter jo ikke der når det går galt {klokka tre|k} om natta
A: nei det er sant det {elisabeth|p}
B: og fra it sin side så er problemet at alt er forskjellige leverandører og ingenting snakker sammen vi har fem systemer som skal integreres med {gerica|k} og bare to av dem gjør det
I: kan dere gi et konkret eksempel på når det gikk galt
C: ja det var i fjor høst en av brukerne våre i {næroset|l} han hadde digitalt tilsyn og en natt så kom det ikke noe varsel selv om han hadde stått opp og gått ut og han ble funnet av en nabo om morgenen ute på tunet heldigvis ikke skadet
B: det var fordi kameraet mista nettet ruteren hans hadde gått i dvale vi fant det ut etterpå i loggen det er logget på hans brukernummer {sju fire to null tre|i}
A: og det ble en avvikssak og vi måtte melde til statsforvalteren og det var vel {den sjuende oktober|d} vi sendte den
C: og sønnen hans ringte meg på privaten etter det og sa at han skulle gå til {hamar arbeiderblad|o} jeg forsto han godt
I: hva skjedde videre
A: vi satte ned en arbeidsgruppe med oss tre og noen fra leverandøren {tryggvakt as|o} og vi lagde en rutine med daglig sjekk av nettverksstatus
B: som jeg fortsatt mener burde vært automatisk men ja
C: men {asbjørn|p} det er jo det jeg mener vi kan ikke vente på det automatiske
I: hvordan involverer dere brukerne og pårørende
A: vi har hatt to dialogmøter på {ringsaker bibliotek|o} i {moelv|l} og det kom mange pårørende og noen brukere og det var nyttig men også tøft en dame på {åtti fire|g} sa at hun ikke ville ha kamera fordi mannen hennes hadde vært i krigen og visste hva overvåking var
C: og det er sånne ting vi må høre
B: ja og så må vi ha bedre informasjon vi har laget en brosjyre men den er på {ehm|k} ganske vanskelig norsk
I: til slutt hvis dere skal si en ting til andre kommuner som skal starte
B: test nettverket før dere kjøper kamera
C: ta med hjemmetjenesten fra dag én {ikke sant|k}
A: og sett av penger til drift ikke bare til innkjøp og ring meg gjerne om noen vil høre mer {sekstito tre tre fire fem seks sju|t} eller send meg e-post
""", parts='ABC', register='stt')

# ---------------------------------------------------------------- P30
add('P30', 'en', r"""
I: Thanks for staying after the night shift, I know you're tired. Since we have a few languages here, let's keep it in English. A quick round of names?
A: {Johan|p}, Swedish, nurse, I've worked nights in {Kongsberg|l} for six years. I'm the one who watches the screens most.
B: {Sofie Brandt|p}. Danish. Also nurse. I'm more on the driving side, I go out when he sees something.
C: {Tomas|p}, Lithuanian, {helsefagarbeider|k}, I drive with {Sofie|p}. Or I drive, and she talks. (laughs)
D: And I'm {Marthe|p}, the only Norwegian, sorry. (laughs) I'm the night coordinator for the home care at {Kongsberg kommune|o}, and I was in the project group when we set up the digital night supervision.
I: {Marthe|p}, can you describe how the night service is organised?
D: We have one screen room at the health centre in town, {Kongsberg helsehus|o}, and from there we supervise people both in {Kongsberg|l} and, through an agreement, some in {Flesberg|l}. One nurse sits with the screens, and one car drives.
A: One car for a very big area. That's the thing. If something happens up the valley and something in town at the same time, we have a problem.
B: Which happened, {Johan|p}. Tell about the night with the two ladies.
A: Yes. That was {the night of the 9th of March|d}. At around two, I saw a lady up there sitting on the floor, not lying, sitting, and at the same time a man in town set off his fall alarm. I called the car and said, you take the man, I keep talking to the lady through the speaker.
C: And the man, when we came, he was fine, he had pressed the alarm because he wanted to know what time it was. (laughs)
B: It's always at the worst time.
A: So then they drove up there, forty minutes, and I talked with the lady the whole time. She told me about her husband, about the war, about her farm. When they arrived she said, "oh, you are the voice". She was {ninety-four|g}.
I: How do you feel about talking to people through a speaker at night?
B: Where I come from we started earlier with this, and I was sceptical. But I've changed. The voice helps. The problem is when people don't understand where the voice comes from. One man thought it was God. (laughs)
C: Or the ones with {Alzheimer|k}, for them it can be scary. We had a man out in the valley, he got very afraid of the voice, so we stopped using the speaker for him. Only the camera.
D: And we wrote that in his plan. The nurse responsible, {Eli-Sofie|p}, she was careful with that.
I: What about the cars? I keep hearing about cars.
C: The cars! The night car is {EV 19472|i}, an electric car, and in {January|k} when it's {minus twenty|k}, the battery goes down very fast. Twice we had to stop and charge at the gas station on the way. With a patient waiting.
B: {Tomas|p}, you slept in the car that time, at the charger. (laughs)
C: Only ten minutes! I was not sleeping. I was resting my eyes.
I: If you could change one thing, what would it be?
D: Two cars at night. I have written that in every budget proposal since 2021. My leader {Henrik Lia|p} agrees, but the money is not there.
A: Better internet in the small places. The camera picture freezes and you don't know if the person is lying still or the picture is frozen.
B: Training in English or Scandinavian for the ones who are new. The e-learning is only in Norwegian.
C: And a coffee machine in the screen room. (laughs) Seriously. He sits there {eight hours|k} with nothing.
A: That's true. Put it in the report, please.
I: Noted. If anyone wants to follow up, how can I reach you?
D: Write to me, {marthe.rud@kongsberg.kommune.no|e}, and I'll forward to the others. Or call the night phone {+47 32 86 44 10|t} after {ten in the evening|k}.
""", parts='ABCD')


# ================================================================ build
def parse(t):
    turns = []
    for line in t['text'].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        code, sep, rest = line.partition(':')
        assert sep, (t['id'], line[:40])
        code = code.strip()
        rest = rest.strip()
        if code == 'I':
            spk = 'I1'
        elif t['parts'] is None:
            assert code == 'P', (t['id'], code)
            spk = t['id']
        else:
            assert code in t['parts'], (t['id'], code)
            spk = t['id'] + code
        turns.append((spk, rest))
    return turns


def strip(raw, tid, idx):
    ents, keeps = [], []
    plain = MARK.sub(lambda m: m.group(1), raw)
    for m in MARK.finditer(raw):
        txt, code = m.group(1), m.group(2)
        if code == 'k':
            if txt not in keeps:
                keeps.append(txt)
        else:
            assert code in TYPES, (tid, idx, code)
            e = (txt, TYPES[code])
            if e not in ents:
                ents.append(e)
    for ch in '{}|':
        assert ch not in plain, (tid, idx, ch, plain[:80])
    return plain, ents, keeps


def main():
    gold = {}
    errors = []
    type_counts = Counter()
    lang_counts = Counter()
    keep_total = 0
    ids = [t['id'] for t in T]
    assert ids == ['P%02d' % i for i in range(1, 31)], ids
    for t in T:
        tid = t['id']
        turns = parse(t)
        out_turns = []
        ents_all, keeps_all = [], []
        for idx, (spk, raw) in enumerate(turns):
            plain, ents, keeps = strip(raw, tid, idx)
            out_turns.append((spk, plain))
            seen = {}
            for txt, typ in ents:
                if txt in seen and seen[txt] != typ:
                    errors.append('%s turn %d: %r typed twice' % (tid, idx, txt))
                seen[txt] = typ
                ents_all.append({'text': txt, 'turn': idx, 'type': typ})
            for txt in keeps:
                keeps_all.append({'text': txt, 'turn': idx})
        # structural checks
        n = len(out_turns)
        if not 14 <= n <= 30:
            errors.append('%s: %d turns' % (tid, n))
        if t['parts'] is None:
            for idx, (spk, _) in enumerate(out_turns):
                want = 'I1' if idx % 2 == 0 else tid
                if spk != want:
                    errors.append('%s turn %d: speaker %s, expected %s' % (tid, idx, spk, want))
            participants = [tid]
        else:
            participants = [tid + c for c in t['parts']]
            if not 3 <= len(participants) <= 5:
                errors.append('%s: %d participants' % (tid, len(participants)))
            spoke = {s for s, _ in out_turns}
            for p in participants:
                if p not in spoke:
                    errors.append('%s: %s never speaks' % (tid, p))
            for idx in range(1, n):
                if out_turns[idx][0] == out_turns[idx - 1][0]:
                    errors.append('%s turn %d: same speaker twice in a row' % (tid, idx))
        # consistency: a name/place/org marked somewhere in the file must be
        # marked wherever it recurs (outside other marked spans)
        names = set()
        for e in ents_all:
            if e['type'] in ('person', 'place', 'org', 'address'):
                names.add(e['text'])
                if e['type'] == 'person':
                    names.update(w for w in e['text'].split(' ') if len(w) > 2)
        for idx, (_, txt) in enumerate(out_turns):
            here = sorted((e['text'] for e in ents_all if e['turn'] == idx), key=len, reverse=True)
            rest = txt
            for h in here:
                rest = rest.replace(h, ' ')
            for nm in names:
                if nm in here:
                    continue
                if re.search(r'(?<![\w])' + re.escape(nm) + r'(?![\w])', rest):
                    errors.append('%s turn %d: %r occurs unmarked' % (tid, idx, nm))
        if not 12 <= len(ents_all) <= 20:
            errors.append('%s: %d entities' % (tid, len(ents_all)))
        if not 5 <= len(keeps_all) <= 10:
            errors.append('%s: %d keeps' % (tid, len(keeps_all)))
        # gold texts must occur in their turn
        for e in ents_all + keeps_all:
            if e['text'] not in out_turns[e['turn']][1]:
                errors.append('%s turn %d: %r not found' % (tid, e['turn'], e['text']))
        # stt register must be lower case
        if t['register'] == 'stt':
            for idx, (_, txt) in enumerate(out_turns):
                if idx % 2 == 1 or t['parts'] is not None:
                    if out_turns[idx][0] != 'I1' and txt != txt.lower():
                        errors.append('%s turn %d: stt text not lower case' % (tid, idx))
        # write XML
        if t['parts'] is None:
            head = '<interview xmlns="urn:thematic:interview:1" id=%s participant=%s language=%s>' % (
                quoteattr(tid), quoteattr(tid), quoteattr(t['lang']))
        else:
            head = '<interview xmlns="urn:thematic:interview:1" id=%s participant=%s participants=%s language=%s>' % (
                quoteattr(tid), quoteattr(participants[0]), quoteattr(' '.join(participants)), quoteattr(t['lang']))
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', head, '  <body>']
        for spk, txt in out_turns:
            lines.append('    <turn speaker=%s>%s</turn>' % (quoteattr(spk), escape(txt)))
        lines += ['  </body>', '</interview>', '']
        path = os.path.join(HERE, tid + '.xml')
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(lines))
        # re-parse and compare
        root = ET.parse(path).getroot()
        ns = '{urn:thematic:interview:1}'
        got = [(el.get('speaker'), el.text or '') for el in root.iter(ns + 'turn')]
        if got != out_turns:
            errors.append('%s: XML round trip mismatch' % tid)
        gold[tid + '.xml'] = {'entities': ents_all, 'keep': keeps_all}
        for e in ents_all:
            type_counts[e['type']] += 1
        keep_total += len(keeps_all)
        reg = t['lang'] + ('-stt' if t['register'] == 'stt' else '') + ('-focus' if t['parts'] else '')
        lang_counts[reg] += 1
        print('%s %-3s %-6s turns=%2d ents=%2d keeps=%2d' % (
            tid, t['lang'], t['register'], n, len(ents_all), len(keeps_all)))
    with open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    print('registers:', dict(lang_counts))
    print('entity types:', dict(type_counts), 'total', sum(type_counts.values()))
    print('keeps:', keep_total)
    if errors:
        print('ERRORS:')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
