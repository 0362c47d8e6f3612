#!/usr/bin/env python3
"""Generator for the heldout-natural-4 evaluation set.

All transcript text is written literally below.  Identifiers are marked
inline as [[text|code]] and words that must be kept (non-identifiers) as
{{text}}.  The markup is stripped when the XML is written; gold.json is
derived from it.

codes: per=person plc=place adr=address org=org dat=date age=age
       tel=phone eml=email id=id

Each transcript: T["PNN"] = (language, turns) where turns is a block of
lines "SPEAKER| text".  SPEAKER is I1, P (the participant of a one-to-one
interview) or A, B, C ... (focus-group participants PNNA, PNNB ...).
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "urn:thematic:interview:1"
TYPES = {"per": "person", "plc": "place", "adr": "address", "org": "org",
         "dat": "date", "age": "age", "tel": "phone", "eml": "email",
         "id": "id"}
MARK = re.compile(r"\[\[(.+?)\|(per|plc|adr|org|dat|age|tel|eml|id)\]\]|\{\{(.+?)\}\}")

T = {}

# ---------------------------------------------------------------- P01 en
T["P01"] = ("en", r"""
I1| Okay, it's recording now. So, first of all, thank you, [[Agnieszka|per]], for taking the time on your day off.
P| No problem. It's nice to talk about it, actually, because at work nobody really asks. {{Ehm}}... where do I start?
I1| Maybe just tell me a bit about yourself and how you ended up in home care here.
P| Okay. So I am a nurse from [[Poland|plc]], from [[Bydgoszcz|plc]]. I worked six years on a surgical ward there. Then my husband got a job at the shipyard in [[Ulsteinvik|plc]], so we came — it's long ago now. After two winters there we moved to [[Askøy|plc]] because his brother lives here, and now I'm in hjemmesykepleien, in [[Hjemmetjenesten Nord|org]]. We are based at [[Kleppestø|plc]], in the same building as the library.
I1| And what does a normal day look like?
P| There is no normal day, haha. We meet at half past seven, morning report, and then I take the car. Usually I get the white one, [[EL 38214|id]], the one where the seat heating is broken, everybody fights to not get that car in January. I drive my route, maybe fourteen, fifteen visits before lunch. A lot of it is medicines. We have the {{Evondos}} machines now for, I think, twenty-two patients in our zone.
I1| How was it when the dispensers came?
P| In the beginning, honestly, chaos. The project leader came with the boxes at the end of [[October twenty twenty-one|dat]] — I remember because we had the first snow and the boxes were wet. He said, okay, this will save you so much time. And after some months, yes, it did. But the first weeks the machines were beeping all the time and the patients called the alarm central because they thought it was the fire alarm. One lady, she is [[ninety-four|age]], she put a tea towel over the machine so it would "sleep". She said it was looking at her.
I1| Who was the project leader?
P| [[Tor Magne Hauge|per]]. He is from the kommune, from the welfare tech project. He is nice, but he is not a nurse, so he doesn't see everything. For him the machine gives the pill at {{08:00}} and finished. For us — the patient must also eat, must drink, we must see if she is confused, if she is sad.
I1| Can you tell me more about the lady with the tea towel?
P| Hmm. I must be careful. She lives in [[Strusshamn|plc]], in the yellow house just after the shop, alone. Her daughter [[Else|per]] is in [[Stavanger|plc]] and calls every evening. [[Else|per]] was the one who wanted the machine, the lady didn't want it at all. She said to me — she calls me [[Aga|per]], she can't say the long name — "[[Aga|per]], I have taken pills since before you were born, I don't need a robot." And it's true, she was born in [[1929|age]].
I1| So how did it go in the end?
P| In the end it was not the robot that was the problem, it was the {{Alzheimer}}. She started to take the pills out of the cup and put them in the flower pot. We found eleven tablets in the geranium on — wait, I have it in my calendar because I wrote the avvik — [[Tuesday the 8th of March|dat]]. Then we had a meeting with the doctor, Dr. [[Sæle|per]] at [[Askøy legesenter|org]], and [[Else|per]] was on {{Teams}} from [[Stavanger|plc]], and the lady got the home visits back, three times {{per day}}.
I1| You mentioned writing an avvik. How does that work with the systems you have?
P| We write everything in {{Gerica}}, and the avvik goes in Compilo, which is a different login. Sometimes I write the same thing three times. And the dispenser has its own portal. So for one lady, three systems, four passwords. My colleague [[Per-Arne|per]] has all his passwords on a yellow note in the car, in the sun visor. I told him, [[Per-Arne|per]], this is not okay. He just laughs.
I1| Is there someone you go to when the technology doesn't work?
P| Yes, we have a superbruker, [[Liv|per]]. [[Liv|per]] is fantastic. She is [[sixty-one|age]] and she knows more than the IT department. If something is wrong I send her a message on the work phone, her number is [[480 36 112|tel]], I know it by heart. Or if she's not there I call the IT support in the kommune, but then you wait forty minutes. Is there {{anyone else}}? Not really. It's [[Liv|per]].
I1| What about the night — do you have any digital supervision?
P| Not in our zone yet. The nursing home, [[Hetlevik omsorgssenter|org]], they have the {{Roommate}} sensors in some rooms. My friend [[Marta|per]] works nights there, she is also Polish, from [[Gdańsk|plc]]. She says the sensor is good, but it gives alarms when the dog jumps on the bed. One resident, in room [[112|id]], has a small dog, which is allowed there, and every night, beep, beep.
I1| If you could change one thing, what would it be?
P| One login. Seriously. And more time for people. The machines give pills, but they don't sit down and ask how you are. And maybe also a car with heating, haha. Not [[EL 38214|id]].
I1| Thank you so much. Is there anything you want to add?
P| Just — please don't write my name anywhere. There are only two Polish nurses in the zone, everyone will know.
I1| Of course, everything will be anonymised before anyone else reads it.
""")

# ---------------------------------------------------------------- P02 nb (Bergensk)
T["P02"] = ("nb", r"""
I1| Da er opptakeren på. Hyggelig at du ville stille, [[Solveig|per]].
P| Ja, det er greit. Eg har jo lovet det lenge, så. {{Altså}}, eg vet ikkje kor mye eg kan bidra med, men.
I1| Du jobber i hjemmesykepleien?
P| Ja, i [[hjemmesykepleien i Fana|org]], basen på [[Nesttun|plc]]. Eg har vært der i — hm, {{elleve år}} nå i høst. Før det var eg på [[Haukeland|org]], på nevrologen, så eg er jo vant med litt av kvert.
I1| Jeg er interessert i GPS-ene. Kan du fortelle hvordan dere bruker dem?
P| Ja. Altså, vi har vel... sju, åtte brukere med {{GPS-klokka}} nå. De fleste er demente, tidlig fase, som fortsatt går tur alene. Og det er jo hele poenget, at de skal få gå tur. Men så er det dette med kem som svarer når alarmen går, sant. Det er det ingen som har tenkt skikkelig gjennom.
I1| Har du et eksempel?
P| Ja, æsj, eg har et veldig godt eksempel. Han — eg kan kalle han [[Arnfinn|per]], for det heter han, han bryr seg ikkje, men dokker må jo endre det. Han bor i [[Skjoldskiftet 27, 5236 Rådal|adr]], sammen med kona, ho [[Ruth|per]]. [[Ruth|per]] er sterk, men ho er jo [[åttitre|age]] selv. Og det var [[14. mars|dat]] i fjor. Han gikk ut klokka fem om morgenen, i tøfler. Og klokka varslet fordi han gikk ut av sonen, men varselet gikk til [[Ruth|per]] sin telefon, og ho sov, sant, ho hadde satt den på lydløs.
I1| Hva skjedde da?
P| Vel, ka skjedde. Kl. sju kom [[Frank|per]], kollegaen min, for morgenstellet, og da var [[Arnfinn|per]] borte. [[Frank|per]] ringte meg, og eg satt på kontoret og logget meg inn i portalen, og der så vi at han var på [[Lagunen|plc]]. Han hadde gått helt fra [[Rådal|plc]] og ned, i tøfler, i mars! Han satt på en benk utenfor et bakeri. [[Frank|per]] kjørte ned og hentet han. [[Arnfinn|per]] var helt blid, sa han skulle kjøpe wienerbrød til [[Ruth|per]].
I1| Så teknologien fungerte, på en måte?
P| Ja og nei. Teknologien fungerte. Men rutinen var ikkje der. Etter det hadde vi et møte med [[Tone Lill|per]] som er avdelingsleder, og en kar fra kommunen, han som har velferdsteknologien. Og så bestemte vi at varselet skal gå til vakttelefonen vår også, den har nummer [[915 20 447|tel]], så den som har vakta får det. Men det tok nesten to måneder før det var på plass, fordi leverandøren måtte inn og endre oppsettet.
I1| Hvem er leverandøren?
P| Det er [[Nordvakt Trygghet AS|org]]. De er greie nok, men det er et callsenter i [[Trondheim|plc]], og du får aldri den samme personen to ganger. Eg har skrevet navnet på ho som var flinkest på en post-it på skjermen: [[Marit Søvik|per]]. Får du ho, da er det løst på ti minutter.
I1| Hva tenker de pårørende om GPS?
P| Det er veldig forskjellig. [[Ruth|per]] syns det er en trygghet, men hun syns det er flaut også. Hun sa til meg: «[[Solveig|per]], eg føler eg har hengt en bjelle på mannen min, som på en sau.» Og det... det satt litt, det. Mens sønnen, [[Kjetil|per]], han bor i [[Oslo|plc]], han vil helst at vi skal ha kamera også. Han ringer hver {{fredag}} og vil ha rapport.
I1| Hvordan opplever du det etisk?
P| Hm. Eg tenker... det er jo ikkje vi som skal bestemme. Det skal være samtykke, og [[Arnfinn|per]] skrev under, men han skrev under på en dag han var god. Er det gyldig da? Eg vet ikkje. Det er sånt eg tenker på når eg kjører hjem. {{Liksom}}, eg har ikkje noe svar.
I1| Har dere fått opplæring i det etiske?
P| Vi hadde et halvdagskurs [[6/5-23|dat]], med [[Utviklingssenteret for sykehjem og hjemmetjenester|org]]. Det var bra, men det var mye lovverk og lite praksis. {{Kapittel 4A}} og sånn. Eg ble ikkje klokere, for å si det sånn. Og [[Nordvakt|org]] var ikkje med i det hele tatt, enda det er deres utstyr.
I1| Hvis du skal tenke fremover, hva trenger dere?
P| Tid. Og at noen tar ansvar for rutinene før ting kjøpes inn, ikkje etterpå. Og kanskje at [[Frank|per]] slutter å kjøre som en gal i [[Fanabakken|plc]], haha, nei, det må du ikkje skrive.
I1| Det skal jeg ikke skrive. Tusen takk, [[Solveig|per]].
""")

# ---------------------------------------------------------------- P03 nn (Sunnmøre)
T["P03"] = ("nn", r"""
I1| Då er me i gang. Takk for at du ville vere med, [[Ingrid|per]].
P| Jau, det er berre kjekt. Eg er litt nervøs, eg har aldri vore intervjua før.
I1| Det går fint. Kan du fortelje litt om kvar du jobbar?
P| Eg er helsefagarbeidar på [[Bakketunet|org]], det er sjukeheimen i [[Hovdebygda|plc]], like utanfor [[Ørsta|plc]] sentrum. Eg har vore der sidan eg var nitten, så det blir... {{tjuetre år}} no. Eg jobbar mest natt. Tre netter i veka, {{meir eller mindre}}.
I1| Og de har fått digitalt nattilsyn?
P| Ja, det kom rett før {{jul}}, eg hugsar det fordi det var så mykje styr elles òg. Dei monterte sensorar i åtte rom i [[desember 2020|dat]], og så var meininga at me skulle starte opp etter nyttår.
I1| Men det vart ikkje slik?
P| Nei. Første natta me brukte det skarpt var faktisk [[1. juledag 2020|dat]], fordi me var så få på jobb, og [[Stein|per]], han er sjukepleiaren som hadde ansvaret, han sa at no prøver me. Betre å ha noko enn ingenting, sa han.
I1| Korleis fungerte det den første natta?
P| Å, du. (ler) Det var ei dame på rom [[14|id]]. Ho hadde {{Parkinson}}, og ho rørte seg heile tida, så sensoren — det er ikkje eit vanleg kamera, det er sånn som ser omriss — han meldte fall kvart tjuande minutt. Og kvar gong måtte me springe ned gangen. Ho var [[nittiein|age]] og hadde budd på ein gard i [[Bjørke|plc]] heile livet, og ho var vand med å stå opp klokka fire og mjølke.
I1| Kva gjorde de med det?
P| Me ringde leverandøren. Det var [[Sentinel Omsorg|org]] — eller, no heiter dei noko anna, dei vart kjøpte opp. Dei har eit supportnummer, men den natta var det ein svensk mann som svarte, og han skjøna ingenting av kva [[Stein|per]] sa, for [[Stein|per]] snakkar breiaste sunnmørsk. (ler) Til slutt tok ho [[Mari|per]] telefonen, ho er frå [[Trondheim|plc]] og snakkar meir... normalt.
I1| Er det noko som har endra seg sidan?
P| Ja, mykje. No har me fått ein ressursperson, og det er meg, faktisk. (ler) Avdelingsleiaren, [[Vår Eikrem|per]], ringde meg — det var [[den 3.|dat]], eg hugsar det fordi det var bursdagen til veslejenta mi — og spurde om eg ville ta det. No er det eg som lærer opp dei nye, og eg har laga ein perm med alt. Og eg har skrive telefonnummeret til vakthavande teknikar på framsida: [[nittito førtifem tjueein sytti|tel]].
I1| Korleis opplever bebuarane og dei pårørande sensorane?
P| Dei fleste tenkjer ikkje over det, ærleg talt. Dei har samtykt, eller pårørande har samtykt. Men det var ein son som var veldig imot, [[Rune Bjørlykke|per]]. Han kom heilt frå [[Bergen|plc]] for å sjå på rommet til far sin. Faren var fødd i [[-38|age]] og hadde vore på sjøen i førti år, og sonen sa at far hans aldri hadde hatt nokon som glante på han medan han sov, og det skulle han ikkje ha no heller. Så på det rommet er det ikkje sensor. Og det skjønar eg godt.
I1| Kva tenkjer du sjølv om det?
P| Eg er todelt. For dei som er urolege om natta er det ei velsigning, me slepp å gå inn og vekkje dei med lommelykt kvar andre time. Men mi eiga mor, ho bur framleis heime på [[Hareid|plc]], ho er [[åttisju år|age]], og eg veit ikkje om eg ville ha det for henne. Kanskje. Viss ho fekk {{Alzheimer}}.
I1| Du nemnde at du har ein perm. Kva står i han?
P| Alt mogleg. Brukarnamn til {{Profil}}, korleis ein loggar inn i nattilsynsløysinga, kven som har ansvar for kva. E-posten til [[Vår|per]], [[vaar.eikrem@orsta.kommune.no|eml]]. Og så har eg ei liste over kva rom som har sensor og kven som bur der. Den skulle eg kanskje ikkje hatt liggjande framme, no når eg tenkjer meg om.
I1| Kva med opplæringa, korleis var ho?
P| Me hadde to timar med leverandøren på {{Teams}}. To timar! Og halve tida var det lyden som ikkje fungerte. Resten har me lært sjølve, ved å prøve og feile. [[Stein|per]] og eg sat ei heil natt i {{februar}} og gjekk gjennom alle innstillingane, rom for rom.
I1| Har du noko du vil leggje til?
P| Berre at me treng fleire folk, ikkje berre fleire sensorar. Sensoren kan sjå at nokon har falle, men han kan ikkje reise dei opp att.
I1| Takk skal du ha, [[Ingrid|per]].
""")

# ---------------------------------------------------------------- P04 en (Filipino)
T["P04"] = ("en", r"""
I1| So, just to start — I'm [[Hilde|per]], I'm doing my {{PhD}} on welfare technology in the municipalities, and this is completely voluntary. Is it okay that I record?
P| Yes, yes, it's okay.
I1| Great. Can you say a little bit about yourself, [[Maricel|per]]?
P| So I'm from the [[Philippines|plc]], from [[Iloilo|plc]], but I studied in [[Manila|plc]]. I'm a nurse there, but here I'm working as assistant because my authorisation is still... it's still in process, with [[Helsedirektoratet|org]], so many papers, you know. I came here as au pair first, with a family in [[Stabekk|plc]], and then I started at [[Alnahjemmet|org]] as a vikar. Now I have a fixed position, {{sixty percent}}.
I1| What's your experience with technology at [[Alnahjemmet|org]]?
P| The biggest thing for me was the tablets, during the corona. Because the relatives could not come in, so the kommune bought iPads, I think ten, for the whole sykehjem, and we had to help the residents to call. And for me it was — how do you say — very close to my heart, because my own lola, my grandmother, she was alone at home also, and I was calling her {{on line}} every day. So I know how it is.
I1| Could you tell me about one of those calls?
P| Yes. There is one I will never forget. A lady on our floor, she's [[ninety-two|age]], we called her Fru [[Dahl|per]], because she insisted, fru, fru, not first name. Her son lives in [[Canada|plc]], in [[Calgary|plc]], and he had not seen her since before the pandemic. We set up the call on the [[3rd of May|dat]], I remember because it was two days before my birthday. And she didn't understand where he was, she was looking behind the iPad, like, where is he hiding? (laughs) But then he started singing, some old song from [[Trøndelag|plc]], where she grew up, and she sang with him. The whole song. She has {{Alzheimer}}, strong, she doesn't remember what she ate, but the song — all the words.
I1| That's a beautiful story.
P| Yes. I cried in the toilet after. [[Rose|per]] found me there — she's also Filipina, from [[Cebu|plc]] — and she said, [[Cel|per]], you are too soft. [[Cel|per]] is what they call me at work. And Fru [[Dahl|per]]'s son sent us flowers after, to the whole floor.
I1| Were there any difficulties with the tablets?
P| Of course, many. The wifi was only on the first floor, so on the second floor we had to stand in the corridor near the window. And the passwords, the Apple ID, was on a paper in the office, and one day the paper was gone. Then nobody could use them for two weeks until [[Max|per]] from the IT came. [[Max|per]] is the only one who understands, you can reach him on internal number [[4471|tel]], but only until {{three o'clock}}.
I1| And after the pandemic, are the tablets still used?
P| Less. Some residents use them with family. One young man — he's not old, he's [[fifty-eight|age]], he has {{Down syndrome}}, and he lives with us because his mother died — he uses it every evening to watch videos of trains. He knows all the stations between [[Oslo|plc]] and [[Bergen|plc]]. His room is [[218|id]], the one with the big train poster on the door, everybody knows.
I1| How is it working with Norwegian colleagues around the technology?
P| Mostly good. Sometimes they think because I'm from the [[Philippines|plc]] I'm not so good with the technology, but it's opposite, I am better than many. [[Gunnhild|per]], the avdelingssykepleier, she asked me to be superbruker for the new sensors, and I said yes, but I want it in my contract, the extra time. She said she will talk to [[Per Kristian|per]] in the administration. That was on the [[twelfth|dat]] — of January, I think. Still waiting. (laughs)
I1| What would you want from the kommune?
P| Take the authorisation faster, haha. No, but seriously — a language course in work hours. My Norwegian is okay, but to write in {{Gerica}}, the medical words, it's hard. If you want to talk more you can send me an email, [[maricel.santos84@gmail.com|eml]], or my number is [[+47 936 12 804|tel]].
I1| Thank you, I'll keep it safe. That's all my questions.
P| Thank you also, [[Hilde|per]]. Salamat!
""")

# ---------------------------------------------------------------- P05 nb (Trøndersk)
T["P05"] = ("nb", r"""
I1| Sånn, nå tar den opp. Du heter altså [[Synnøve|per]], og du er superbruker?
P| Ja, det stemme. Superbruker, ressursperson, kall det ka du vil. Æ e den som folk ringe når någe pipe. (ler)
I1| Kan du fortelle litt om bakgrunnen din?
P| Æ e helsefagarbeider, har vært det i {{femten år}}. Æ begynte på [[Skogn helsetun|org]], og så gikk æ over te hjemmetjenesten i [[Levanger kommune|org]] for... ja, sju år sia. Vi hold til i kjelleren på rådhuset. Og æ bor på [[Ytterøya|plc]], så æ tar ferja kvar dag. Det e en halvtime med ferja, det e min fritid, det. (ler)
I1| Hvordan ble du superbruker?
P| Det va itj akkurat frivillig. (ler) Nei da. Det va han [[Dag|per]], lederen vår, som spurte. Han sa at du e jo så flink med telefonen din, [[Synnøve|per]], du kan vel ta dette. Og så va æ superbruker. Ingen ekstra lønn, ingen ekstra tid. Det e fire år sia no.
I1| Hva gjør du som superbruker, i praksis?
P| Alt mulig. Æ lære opp nye i medisindispenseran, vi har {{Pilly}} og noen få av de gamle. Æ går med montøren når han sett opp dørsensora. Og så e det æ som ringe leverandøren når ting itj virke. Det e [[Omsorgsteknikk Midt|org]], de sitt i [[Trondheim|plc]], og æ har nummeret på hurtigvalg: [[73 80 44 19|tel]]. Og om æ ringe og får a [[Kari|per]], da e æ glad, for a [[Kari|per]] vet ka hu snakke om. [[Kari|per]]s direktenummer har æ itj fått, det e visst hemmelig.
I1| Kan du fortelle om en gang det gikk galt?
P| Ja, å du. [[Tirsdag 4. april|dat]], det glømme æ aldri. Æ va på veg te en bruker på [[Åsen|plc]] — nei, vent, det va på [[Skogn|plc]] — og så ringe 'n [[Ola|per]] fra kontoret og sir at dispenseren te ei dame har sluppet ut alle dosan på én gang. Alle! Fjorten poser, {{tre dager}} med medisiner, på kjøkkenbenken. Og hu hadde tatt to av dem. Hu e [[nittito|age]], og det e hjertemedisiner. Så æ måtte snu, og kjøre alt æ kunne med bilen, [[EK 71409|id]] — den e så treg i bakkan — og vi ringte legevakta.
I1| Hvordan gikk det med henne?
P| Det gikk bra, heldigvis. Hu ble lagt inn på [[Sykehuset Levanger|org]] en natt for observasjon, og så kom hu heim igjen. Men æ måtte skrive avvik, og leverandøren måtte ha dispenseren tilbake for undersøkelse. Og æ hadde lagt en lapp oppi esken, med navnet og fødselsnummeret hennes, sånn at de skulle vite kæm sin det va. [[120331 16525|id]] — æ husker det fordi æ skreiv det så mange ganger den uka. Og det... det skulle æ itj ha gjort, skjønte æ etterpå. Det e jo personopplysninger som ble sendt i posten te [[Sverige|plc]].
I1| Hva skjedde da?
P| Æ ringte han som e personvernombud i kommunen, [[Stig Rønning|per]], og han va egentlig veldig grei. Han sa at det viktigste e at æ meldte fra sjøl. Men det ble et avvik på det òg. Så det ble to avvik den uka, og begge hadde mitt navn på. (ler)
I1| Hvordan er det med tid til superbrukerrollen?
P| Det finnes itj. Altså, på papiret har æ to timer {{per uke}}. Men i praksis e det sånn at æ har full liste, og så ringe folk meg mens æ står og steller. Æ har sagt det te [[Dag|per]] mange ganger. Han sir ja, ja, [[Synnøve|per]], vi ska se på det. Han har sagt det sia {{jul}}.
I1| Hva med kollegene, hvordan tar de imot teknologien?
P| Det e delt. De unge e greie. Men vi har en, æ ska itj si navnet... hu [[Eli|per]]. Nei, nå sa æ det. (ler) Hu [[Eli|per]] har jobba her i tretti år, og hu vil ha papirlista. Hu skriv ut alt fra {{Gerica}} og går med det i lomma, og [[Eli|per]] sine papirlapper ligg overalt i bilen. Og egentlig, æ skjønne henne. Papiret går itj tom for strøm.
I1| Hva tenker du om framtida?
P| Æ tror det kommer mer og mer. Kommunen har søkt penger fra [[Helsedirektoratet|org]] te et nytt prosjekt med sensora i heimen, og æ har sagt at æ ska være med, men bare om æ får tid. Og et skikkelig kontor. Ikkje kjelleren.
I1| Tusen takk for at du tok deg tid.
P| Bare hyggelig. Ring om det e någe, æ e på [[97 41 20 86|tel]].
""")

# ---------------------------------------------------------------- P06 en (speech-to-text)
T["P06"] = ("en", r"""
I1| okay so it's recording now thank you [[hodan|per]] for coming in today
P| yeah no problem thank you for having me
I1| could you tell me a little about your job
P| yes so i'm working in the home care in [[drammen|plc]] in the [[fjell|plc]] area we are maybe twenty people in the team and i'm helsefagarbeider i took the {{fagbrev}} here after i came from [[somalia|plc]] i came from [[mogadishu|plc]] but i lived in [[nairobi|plc]] some years before so
I1| what kind of technology do you use with your patients
P| mostly the alarm the trick it's alarm the button on the arm and when they push it it goes to the alarm central in [[kongsberg|plc]] no sorry in [[larvik|plc]] i think and then they call us and we go also we have some door sensors for the people with the mention you know the {{alzheimer}}
I1| can you tell me about a time when the alarm was used
P| yes there is one lady she is [[eighty nine years|age]] i think she lives alone in a small house on [[konnerudgata twenty three|adr]] and she fell in the bathroom in the night it was on the [[twenty second of november|dat]] i remember because it was my daughter's birthday and she pushed the alarm but the alarm central they called her and she didn't answer because she was on the floor you know so they called us and me and [[per|per]] we drove there and it took like {{twenty five minutes}} because the car was not charged
I1| what happened when you got there
P| the key box was the problem because the code for the key box was changed and nobody wrote it in {{jerica}} so we stood outside in the snow and [[per|per]] called the leader [[mona|per]] on her private phone and she said the code is in the message book so we called the office and [[ahmed|per]] read it to us and then we went in she was okay she was lying there she was cold but she was okay she said oh [[hodan|per]] i knew you would come
I1| that must have been stressful
P| yes very after that we made a new routine that the key box code must be in the system and also on the paper in the car the car is the blue one [[el 51 288|id]] there is a paper in the glove box
I1| do you think the technology makes the work easier
P| sometimes yes sometimes no because the alarm is good but if the people don't wear it it's nothing you know many of them they take it off in the shower and then they fall in the shower the same lady her son [[geir olav|per]] he lives in [[spain|plc]] in [[alicante|plc]] and he calls me sometimes on my private number which is not okay but he got it from his mother she has it on the fridge
I1| how do you handle that
P| i told [[mona|per]] and she said i should tell him to call the office number it's [[three two two one four zero zero zero|tel]] but he still calls me he is nice but it's many times {{per week}}
I1| what about the language do you feel the systems are easy to understand
P| the system is all in norwegian and the words are difficult i used google translate in the beginning for the reports in {{gerica}} and i learned a lot from [[liv|per]] she was my mentor when i started she's retired now she lives in [[svelvik|plc]] she was born in [[nineteen fifty two|age]] so she is not so young but she is so good with the computer
I1| is there anything you would like to add
P| no i think that's it maybe that the kommune should ask us before they buy things because we are the ones who use it every day you know not the leaders
I1| thank you so much [[hodan|per]]
""")

# ---------------------------------------------------------------- P07 nb (Oslo-øst)
T["P07"] = ("nb", r"""
I1| Okei, da kjører vi. Kan du begynne med å si litt om hva du jobber med?
P| Ja. Jeg heter [[Kenneth|per]], ehm, ja, det vet du jo. (ler) Jeg jobber på IT i [[Lillestrøm kommune|org]], egentlig på en sånn — vi kaller det digitaliseringsavdelinga, men det er jo bare IT med nytt navn, {{ikke sant}}. Og så har jeg vært sånn teknisk kontakt for velferdsteknologi i snart {{fire år}}. Før det var jeg på [[Elkjøp|org]] på [[Strømmen|plc]], så jeg har solgt vaskemaskiner, jeg. (ler)
I1| Hvordan var overgangen, fra [[Elkjøp|org]] til kommunen?
P| Sjokk. Altså, i butikken selger du en ting og så er du ferdig. Her kjøper vi en ting og så er det fem år med integrasjoner og avtaler og møter. Og alle har en mening. Sykepleierne har en mening, ledelsen har en mening, [[KS|org]] har en mening, og leverandøren har en helt annen mening. Og jeg sitter i midten og prøver å få det til å snakke sammen.
I1| Kan du gi et eksempel på noe som har vært vanskelig?
P| Integrasjonen mellom alarmplattformen og {{Gerica}}. Tanken var at når en sensor går, så skal det {{liksom}} dukke opp i journalen, sånn at sykepleieren ser det. Det har vi holdt på med siden — hm, jeg tror kickoff-møtet var [[6. desember 2021|dat]], det var rett før julebordet i hvert fall, for [[Bo|per]] var så bakfull dagen etter. [[Bo|per]] er den andre teknikeren, han er dansk. Og nå er vi her, og det funker i test. I test!
I1| Hva er det som gjør at det tar så lang tid?
P| Kontrakt, for det meste. Vi kjøpte plattformen i en felles anskaffelse med flere kommuner på [[Romerike|plc]], og da må alt gjennom en felles styringsgruppe. Hver endring er et møte. Og leverandøren — det er [[Tryggheim AS|org]], dem sitter i [[Sandvika|plc]] — dem sier at integrasjonen er klar på deres side, og [[Tieto|org]] sier at den er klar på deres side, og likevel går det ikke. Åssen kan det ha seg? Det er alltid i midten det skjærer seg. Og i midten sitter jeg.
I1| Har det fått noen konsekvenser for brukerne?
P| Ja. Det... ja. Det var en hendelse i vinter som jeg tenker mye på. En eldre mann på [[Skedsmokorset|plc]], [[åttifire|age]] tror jeg, han hadde fallsensor, og sensoren gikk, men varselet havna i en kø som ingen så på, fordi vi var midt i en oppdatering. Han lå på gulvet i nesten to timer. Det gikk bra, altså, han brakk ingenting, men. Det ble en stor avvikssak, den har nummer [[23/11873|id]] i arkivet, og jeg har lest den sikkert tjue ganger. Dattera hans, [[Mona Kristiansen|per]], hu ringte meg direkte etterpå. Jeg veit ikke åssen hu fikk nummeret mitt. Og hu var ikke blid.
I1| Hvordan var den samtalen?
P| Tung. Hu hadde all rett til å være sint. Jeg sa det som det var, at det var en feil hos oss. Og så la jeg på og satt litt i bilen. [[Tor|per]], sjefen min, sa etterpå at jeg ikke skulle ha tatt den samtalen, at sånt skal gå via tjenesten. Men hva skal du gjøre når noen ringer deg og gråter? Du kan jo ikke bare legge på.
I1| Hvordan samarbeider du med de ansatte ute i tjenestene?
P| Vi har superbrukere, og noen av dem er {{gull}}. [[Sara Haddad|per]] i hjemmetjenesten på [[Kjeller|plc]], for eksempel, hu sender meg skjermbilder og klokkeslett og alt, sånn at jeg kan finne feilen. Andre sender bare en sms: «funker ikke». Ja, takk. (ler)
I1| Har hun laget noe eget system for det?
P| Ja, hu har et lite skjema hu har laga sjæl, vi kaller det [[Sara|per]]-skjemaet. Det burde vi brukt i hele kommunen, men det er jo ikke godkjent av noen, så. Jeg har sendt det oppover to ganger.
I1| Hva med personvern, hvordan tenker dere rundt det?
P| Vi har en {{DPIA}} for alt, og vi har et personvernombud. Men ærlig talt, de største personvernbruddene er ikke i systemene, dem er på post-it-lapper. Jeg var ute på en base på [[Lørenskog|plc]] — nei, vent, det var hos oss, på [[Lillestrøm|plc]] — og på kjøleskapet hang det en liste med nøkkelbokskoder og adresser. [[Storgata 14|adr]], kode sånn og sånn. Ja. Hele lista. Jeg tok bilde av den og sendte til lederen.
I1| Hvis du skulle gitt et råd til en annen kommune som skal i gang?
P| Ha en teknisk person med fra dag én. Ikke kjøp noe før noen har testa det på en ekte base med ekte folk. Og snakk med dem som skal bruke det, på deres tid, ikke sånn at dem må komme på møte etter en vakt. Det kan du skrive med store bokstaver.
I1| Det skal jeg gjøre. Er det greit om jeg tar kontakt igjen hvis jeg har oppfølgingsspørsmål?
P| Klart det. Send en mail til [[kenneth.aas@lillestrom.kommune.no|eml]], eller ring, [[468 02 351|tel]]. Jeg svarer ikke alltid, men jeg ringer tilbake.
""")

# ---------------------------------------------------------------- P08 en (Swedish)
T["P08"] = ("en", r"""
I1| Okay, we're recording. Thanks for meeting me here at the health centre.
P| Ja, of course. Sorry, my English is a bit, how do you say, rusty? I speak Swedish-Norwegian mix every day, so English is — okay, we try.
I1| It's perfect. Can you tell me about your background?
P| I'm a physiotherapist, I trained in [[Göteborg|plc]], but I grew up in [[Örebro|plc]]. I came to Norway for, hmm, it was supposed to be one summer. That was {{eleven years}} ago. (laughs) Now I'm at [[Halden kommune|org]], in the rehabilitation team — hverdagsrehabilitering, everyday rehab. We are four physios and two ergos, and we sit at [[Tistedal helsesenter|org]].
I1| And what technology are you working with?
P| Mainly the tablets for home training. We started a pilot where the patients after hip fracture get a tablet with videos of exercises, and once a week we do a video call instead of driving home to them. It's {{Physitrack}}, on an iPad, with a very big stand so they don't drop it.
I1| How has it worked?
P| Mixed. Some patients love it. There's one man, he's [[seventy-nine|age]], an old sailor, he lives out at [[Svinesund|plc]], by the bridge, and for us it's a long drive in the winter. So for him the video is perfect. He does the exercises every morning, he sends me little messages, "[[Linnéa|per]], today I did twenty squats", with a smiley. His wife helps him with the iPad. [[Storm|per]] is the surname, it's such a good name for a sailor. Mr. [[Storm|per]]. (laughs) Sorry, I should not say.
I1| And the ones who don't like it?
P| Oh, many. A lot of the older women, they want the physio to come in the house, have a coffee. The social part. One lady said to me, "I don't want to exercise with a television." And I understand. Also, the technical part. The wifi. We have so many without wifi, and the mobile coverage is bad in the valleys. [[Siv|per]], my colleague, drove out to a lady in [[Prestebakke|plc]] three times to fix the tablet, and in the end it was the router, the router was older than me.
I1| Have there been any incidents?
P| Yes, one. A patient fell during a video session. We saw it on the screen. It was the [[2nd of February|dat]] — I remember because I had just come back from skiing in [[Sälen|plc]]. She was doing the balance exercise, standing on one leg, and she just... went. And we are on the screen, we can't do anything. I was shouting, "[[Gudrun|per]], [[Gudrun|per]], are you okay?" And she was not answering. So I called {{113}} from my other phone, and [[Siv|per]] drove there.
I1| How did it end?
P| She broke her wrist, not the hip, thank God. She was at [[Sykehuset Østfold|org]] for two days. But after that we changed the rules. Now for the balance exercises, somebody must be there, a relative or home care. Her son, [[Magnus Lie-Andersen|per]], he's the contact person, and he was very angry, he wrote to the kommune and to [[Statsforvalteren i Oslo og Viken|org]]. It became a tilsynssak. They have a case number, [[2023/4418|id]], I have it written on my whiteboard because I have to answer them before the end of the month.
I1| That sounds stressful.
P| Ja, it was. Jag menar — yes. (laughs) Sometimes the Swedish comes out. But the leader, [[Åse|per]], has been very supportive. She said we follow the procedure, we write everything in {{Profil}}, and then it's okay. And [[Magnus|per]] — actually after some weeks he called me and said thank you. Because we saw it immediately. If she was alone without the video, she could have lain there all day.
I1| How do you feel about working as a Swede in the Norwegian system?
P| It's fine, it's almost the same. The jokes are different. (laughs) Some patients want to speak Swedish with me, because many of them worked in [[Strömstad|plc]] or shopped there, everybody goes to [[Strömstad|plc]] for the cheap meat. In the journal I write in Norwegian, but sometimes there's a Swedish word, and [[Frode|per]], my other colleague, he corrects me. With a red pen, he says. Not really a red pen, but you know.
I1| If you could design the perfect solution, what would it look like?
P| Something that works without wifi. (laughs) And a simple button. One button. The old people don't want the apps, the updates, the passwords. My own grandmother in [[Örebro|plc]], she's [[ninety-six|age]], she has one button on her phone that calls my mother. That's the perfect technology.
I1| That's a great answer. {{Anything else}} you'd like to add?
P| Maybe — if you want to see the tablets, you can come to the team meeting. Write to me, [[linnea.sjoberg@halden.kommune.no|eml]]. We meet {{Tuesdays}} at nine.
""")

# ---------------------------------------------------------------- P09 nb (Nordnorsk)
T["P09"] = ("nb", r"""
I1| Sånn, da er vi i gang. Velkommen, og takk for at du tok deg tid midt i en travel uke.
P| Ja, det e alltid travelt, så det e ikkje nån bedre uke. (ler) Æ heite [[Rolf Ingebrigtsen|per]], æ e enhetsleder for hjemmetjenesten i [[Vågan kommune|org]].
I1| Hva er de største utfordringene dere har?
P| Avstandan. Og folk. Vi har brukera fra [[Henningsvær|plc]] i vest te [[Laukvik|plc]] på andre sida, og når det e {{storm}} så e halve veian stengt. Og så mangle vi sykepleiera, som alle andre. Vi har {{tre stillinga}} utlyst no. Ingen søkera. Altså — ein søker, fra [[Litauen|plc]], og ho va god, men ho fikk jobb i [[Tromsø|plc]] i staden.
I1| Hvordan bruker dere teknologi for å møte det?
P| Vi har satsa på digitalt tilsyn om natta. Før så kjørte nattevakta rundt, to stykka i ein bil, og det kunne ta tre timer å gå runden. No har vi kamera og sensora hos... tjueni brukera, trur æ. Og nattevakta sitt på [[Svolvær|plc]] og følge med på skjermen, og kjøre bare når det e nødvendig. Det har vært ein heilt anna hverdag.
I1| Kan du fortelle om hvordan innføringen gikk?
P| Ho [[Gull-Britt|per]] va prosjektleder, ho har jobba i tjenesten sia åttitallet og kjenne alle brukeran personlig. Det va {{gull}} verdt. Vi starta forsiktig, med fem brukera i [[Kabelvåg|plc]], og første natta va natt te [[2. januar|dat]], og da kom det snøfokk, sjølsagt. (ler) {{Strømmen}} gikk i halve [[Kabelvåg|plc]], og alle kameraan va svarte. Så da måtte vi kjøre likevel. [[Gull-Britt|per]] sto sjøl og måka ut bilen {{klokka tre}} om natta.
I1| Hvordan reagerte brukerne og de pårørende?
P| Dem fleste va positive. Ein del va skeptiske te kamera, så dem fikk bare sensor. Og så va det ein mann — æ ska ikkje si navn — men han bodde aleine ute på [[Skrova|plc]], og han sa at han ikkje hadde hatt ei kvinne på soverommet sia kona døde, og han hadde ikkje tenkt å begynne med ei elektronisk ei. (ler) Så han fikk ikkje. Og det e hans rett.
I1| Hva med de ansatte?
P| Nattevaktan va faktisk mest skeptiske. Dem va redde for at dem ble overflødige. Og ein av dem, [[Sol|per]] — ho heite egentlig [[Solfrid|per]], men alle sie [[Sol|per]] — ho sa opp. Ho sa at ho ikkje hadde blitt {{sykepleier}} for å sitte og glo på ein skjerm. Ho jobbe på [[Nordlandssykehuset|org]] i [[Gravdal|plc]] no. Og æ forstår ho godt, æ gjør det.
I1| Har dere hatt noen hendelser der teknologien har spilt en avgjørende rolle?
P| Ja. Ei dame på [[Ørsvågvær|plc]], ho va [[nittien|age]], og sensoren registrerte at ho ikkje kom tilbake fra badet. Nattevakta så det på skjermen og kjørte, og ho hadde fått slag. Ho kom te [[Bodø|plc]] med luftambulansen innen ein time. Dattera hennes, [[Hilde Marie|per]], ringte meg etterpå og takka. [[Hilde Marie|per]] si mor e heime igjen no, med litt hjelp. Det va ein sånn dag da æ tenkte at ja, dette e verdt det.
I1| Hvordan er samarbeidet med leverandørene?
P| Varierende. Vi har ein leverandør på kamera og ein på sensora og ein tredje på responssenteret, som ligg på [[Fauske|plc]]. Og ingen av dem snakke sammen. Når det e feil, så peke alle på kverandre. Æ har ein mann i [[Telenor|org]] som æ ringe direkte, [[Tommy|per]], han e fra [[Leknes|plc]], og han hjelpe meg sjøl om det ikkje e hans jobb. Nummeret hans har æ her: [[+47 922 81 654|tel]]. Men det e jo ikkje et system, det e ein [[Tommy|per]].
I1| Hva tenker du om framtiden for tjenesten?
P| Æ e bekymra, for å være ærlig. Vi blir fleire gamle og færre unge. Teknologien hjelpe, men den e ikkje ei løsning på alt. Og æ skulle ønske at dem på [[Stortinget|org]] kom hit ein vinterkveld og kjørte runden med oss. Fra [[Henningsvær|plc]] te [[Laukvik|plc]], i snøfokk, i ein bil som [[EV 20573|id]], som har rekkevidde på papiret og ingenting i virkeligheta.
I1| Det er et godt bilde. Tusen takk, [[Rolf|per]].
P| Takk sjøl.
""")

# ---------------------------------------------------------------- P10 nn (Sogn)
T["P10"] = ("nn", r"""
I1| Då startar me opptaket. Kan du presentere deg kort?
P| Ja. Eg heiter [[Eirik Hauglum|per]], eg er ergoterapeut i [[Sogndal kommune|org]], har vore det i {{ni år}}. Før det jobba eg på [[Helse Førde|org]], på rehabiliteringa. Og eg er oppvaksen i [[Lærdal|plc]], så eg har ikkje kome langt. (ler)
I1| Kva er rolla di når det gjeld velferdsteknologi?
P| Eg gjer mykje av kartlegginga. Når det kjem ein søknad om tryggleiksalarm eller komfyrvakt eller sensorar, så er det ofte eg som reiser heim til folk og ser korleis dei bur. Og det er der eg ser ting ingen andre ser. At dei har tre trappetrinn ut til postkassa, at dei har katt som utløyser sensoren, at dei har ein son som kjem innom kvar dag og eigentleg gjer alt. Teknologien må passe inn i eit {{liv}} som alt er der.
I1| Kan du gi eit døme?
P| Eg hadde ei dame i [[Kaupanger|plc]] i fjor haust. Ho var [[nittiein år|age]], budde åleine i eit stort gamalt hus, og dottera — ho bur i [[Oslo|plc]] — hadde søkt om komfyrvakt fordi mora hadde gløymt ei kaffikjele på plata. Så eg reiste dit, og det viste seg at mora ikkje brukte komfyren i det heile. Ho hadde ein vedomn som ho kokte kaffi på! (ler) Og den kan du ikkje setje komfyrvakt på.
I1| Kva gjorde du då?
P| Me snakka lenge, ho og eg. Ho heitte — ja, eg seier berre [[Målfrid|per]]. Ho sa at ho ikkje ville ha noko som pipte. Så me enda opp med ein røykvarslar kopla til alarmsentralen, og at heimetenesta skulle innom ein ekstra gong om ettermiddagen. Det var eigentleg ikkje teknologi i det heile, det var ein kopp kaffi kvar dag {{klokka tre}}.
I1| Korleis samarbeider du med [[Hjelpemiddelsentralen|org]]?
P| [[NAV Hjelpemiddelsentral Vestland|org]]? Det går greitt. Dei held til i [[Førde|plc]], så det er ein times køyring, eller meir om vinteren. Eg har ein fast kontakt der, [[Anne-Lise Nes Kvamme|per]], og ho er fantastisk. Men systemet er tungt. Alt skal gjennom skjema. Og så er det dette med kva som er kommunen sitt ansvar og kva som er staten sitt. Ein tryggleiksalarm er kommunen. Ein {{GPS}} er... ja, det kjem an på. Ingen veit eigentleg.
I1| Har du opplevd at teknologi har vorte brukt på ein måte du ikkje var komfortabel med?
P| Ja. Ein gong. Det var ein mann med demens, i [[Hafslo|plc]], og sonen hans ville ha GPS og dørsensor og kamera i stova. Alt. Og faren hadde ikkje samtykkekompetanse, så det vart eit vedtak etter {{kapittel 4A}}. Eg var usamd, eg syntest det var for mykje. Men det vart vedteke [[fredag 13. januar|dat]], eg hugsar det fordi eg tenkte at det var ein dårleg dag for slikt. (ler) Vedtaket har saksnummer [[23/00781|id]], og eg har skrive ein merknad i det.
I1| Kva skjedde vidare med han?
P| Han vart verande heime til sommaren. Så kom han på [[Sogndal helse- og omsorgssenter|org]], på rom [[12|id]], nede ved inngangen. Og det var eigentleg ein lette for alle, trur eg. Sonen, [[Dag Inge|per]], kom bort til meg på butikken seinare og sa at han hadde vore for hard. Det sette eg pris på.
I1| Korleis vil du beskrive kollegaene si haldning til teknologien?
P| Blanda. Dei unge tek det fort. Dei eldre er skeptiske, men dei er skeptiske av gode grunnar, dei har sett mykje kome og gå. Me hadde eit prosjekt for nokre år sidan med nettbrett for videosamtalar som berre... forsvann. Ingen veit kor nettbretta er no. Han [[Jon|per]] på IT trur dei ligg i eit skap på [[Leikanger|plc]]. (ler)
I1| Kvar ser du at ergoterapeuten kan bidra meir?
P| Tidlegare. Eg vil inn før vedtaket, ikkje etter. Eg har skrive eit notat om det til leiaren min, [[Kristin Ølmheim|per]], og ho er einig, men det handlar om ressursar. Me er to ergoterapeutar i heile kommunen. To!
I1| Til slutt, er det greitt at eg kontaktar deg om eg treng meir?
P| Ja då. Eg sit på kontoret i [[Fjørevegen 8, 6856 Sogndal|adr]] dei fleste dagane, eller du kan ringje sentralbordet og be om [[5024|tel]], det er direktelinja mi. E-post er [[eirik.hauglum@sogndal.kommune.no|eml]].
I1| Tusen takk, [[Eirik|per]].
""")

# ---------------------------------------------------------------- P11 nb (speech-to-text)
T["P11"] = ("nb", r"""
I1| ja da er vi i gang da takk for at du ville være med [[turid|per]]
P| ja det er bare hyggelig jeg vet ikke om jeg har så mye å si men
I1| kan du fortelle litt om hva du gjør
P| jeg er helsesekretær på [[orkanger legesenter|org]] og har vært det i {{tjueto år}} nå så jeg har sett det meste jeg begynte da vi hadde papirjournaler i hyllene og nå er alt på {{helse norge}} og meldinger og e resepter og alt mulig
I1| hva er det som har endret seg mest
P| alt egentlig men mest at pasientene skriver til oss hele tiden før ringte de og da kunne man spørre hva mener du nå men nå kommer det bare en melding og så står det hei det gjelder pillene til mor og så må du finne ut hvem mor er {{liksom}}
I1| har du et eksempel på at det har blitt vanskelig
P| ja det var en gang i fjor vi hadde to damer som het det samme [[ingrid johansen|per]] begge to og begge var født i [[trettiåtte|age]] den ene bodde på [[fannrem|plc]] og den andre på [[svorkmo|plc]] og dattera til den ene skrev og ba om fornyelse av en resept og så ble det fornyet på feil dame
I1| hvordan oppdaget dere det
P| det var apoteket som ringte farmasøyten der [[mari anne|per]] hun kjente igjen navnet og sa at denne damen har jo aldri brukt {{marevan}} før så da sjekket vi fødselsnummeret og da så vi at det var feil person det var [[to tre null ni tre åtte null sju sju seks seks|id]] og den andre hadde et helt annet nummer men samme navn og samme år
I1| hva skjedde med pasienten
P| heldigvis hadde hun ikke hentet det ennå så det gikk bra men vi måtte skrive avvik og legen doktor [[stokke|per]] han var ganske sur for det var hans navn på resepten vi har hatt et møte med kommunen om det og nå skal alle sjekke fødselsnummer i tillegg til navn og adresse men det sier seg jo selv egentlig
I1| hvordan er det med de eldre pasientene og det digitale
P| mange av dem har ikke bank id og da kan de ikke logge inn så da er det barna som gjør det og det er jo greit med fullmakt men mange har ikke fullmakt de bare låner mors bank id og det vet vi jo men hva skal vi gjøre vi har en dame som er [[hundre og to år|age]] og hun ringer fortsatt selv hver {{mandag}} {{klokka åtte}} presis og spør om legen har fått blodprøvesvarene hun er min favoritt altså
I1| hva synes du om teknologien som kommunen har innført
P| noe er bra det med video konsultasjon det har vært bra for de som bor langt ute på [[hemne|plc]] og [[agdenes|plc]] men legene våre er ikke så glade i det bare han unge legen [[eivind|per]] han er fra [[tromsø|plc]] og han bruker det hele tiden han har til og med hatt konsultasjon med en fisker som satt i båten
I1| er det noe som har gått galt med systemene
P| ja i {{januar}} var det nede i tre dager hele journalsystemet {{infodoc}} og vi måtte ringe alle som hadde time og [[siv|per]] og jeg satt med papir og penn og det var som i gamle dager faktisk litt koselig
I1| du nevnte kommunen har dere noen kontaktperson der
P| ja vi har [[ragnhild|per]] på e helse hun sitter på rådhuset på [[orkanger|plc]] hun er veldig flink man kan ringe henne på [[nittito fire tre seksti åtte en|tel]] eller sende mail til [[ragnhild punktum berg at orkland punktum kommune punktum no|eml]] og hun svarer samme dag nesten alltid
I1| har du noe du vil legge til
P| nei bare at det hadde vært fint om de som lager systemene kom og satt en dag i skranken hos oss en mandag morgen etter {{påske}} da skjønner de hvordan det er
I1| takk skal du ha [[turid|per]]
""")

# ---------------------------------------------------------------- P12 en (Eritrean)
T["P12"] = ("en", r"""
I1| Hi, welcome. Shall we start? You're [[Semhar|per]], right?
P| Yes, [[Semhar|per]]. Thank you. My English is better than my Norwegian, I think, so it is good we do English.
I1| Could you tell me how you came to work in elderly care?
P| I came to Norway as a refugee, I was [[seventeen|age]]. I came from [[Eritrea|plc]], through [[Sudan|plc]] and [[Libya|plc]] and [[Italy|plc]]... the long way. Then I lived in a reception centre in [[Evje|plc]] and then I got a place in [[Kristiansand|plc]]. I went to the adult school, and I took the helsefagarbeider education, the {{fagbrev}}. It was four years. Now I'm working at [[Slettheia omsorgssenter|org]], in the dementia unit, mostly evenings and some nights.
I1| What kinds of technology do you use in the dementia unit?
P| We have the bed sensors, the ones that tell when someone stands up. And door alarms. And now a new thing — it's not {{Roommate}}, it's a different one, a small box on the ceiling. I forget the name. It sends a message to the phone we carry, and on the screen it says the room and what happened.
I1| How did you learn to use it?
P| The supplier came one day, they showed for one hour, but I was on the night shift, so I missed it. So I learned from [[Line|per]]. [[Line|per]] is the superbruker on our floor. She is very patient, she explained two, three times. And there is a paper on the wall in the nurses' room with the steps. For me the hard part was the Norwegian words on the screen. "Ute av seng". "Ingen aktivitet". In the beginning I had to think. And in the night you don't have time to think.
I1| Can you tell me about a night when the technology made a difference?
P| Yes. There was a man, he is gone now, he passed away in the spring. He was a fisherman from [[Flekkerøy|plc]]. Very strong man, even at [[ninety|age]]. And every night {{at three, four}}, he wanted to go out to his boat. He would stand up and go to the door, and the door was locked, and he would get angry and bang. Before the sensor, we found him at the door. With the sensor, we were there when he stood up, and I could sit with him and talk about the boat. He liked when I asked about the fish. He called me "[[Semmi|per]]", because he couldn't say my name.
I1| So the sensor gave you time.
P| Yes, exactly. The sensor gave time. But sometimes it takes time also. Because the alarm goes for the man in room [[23|id]] who just turns around in his sleep, and at the same time the lady at the end of the corridor is really falling. And you can't be two places. One night I was alone with [[Ask|per]] — he is a student, he works weekends — and we had {{eleven alarms}} in one hour. Eleven! [[Ask|per]] was almost crying. He's young, he is like [[twenty|age]].
I1| How do the residents' families react to the sensors?
P| Most families are happy, they feel safe. Some don't understand. One daughter asked if she can see her mother on video, she thought it was a camera. I said no, it's only a sensor, it sees movement, like a shadow. She said okay, but then she complained to the leader, [[Torunn Aabel|per]], that we are watching her mother naked. (laughs) So the leader had a meeting with her and explained everything again. That was just before {{Easter}}, and it was a long meeting.
I1| Do you feel respected as a colleague, as someone from [[Eritrea|plc]]?
P| Mostly, yes. With the colleagues, yes. With some residents it is difficult. Some of them, with the dementia, they say things. One lady said to me, "go home to [[Africa|plc]]". But the next day she held my hand and said I have beautiful eyes. (laughs) It's the sickness. I don't take it personal. What helps me is my church. We have [[Medhane Alem|org]], the Eritrean Orthodox church, we meet in a rented hall in [[Lund|plc]] every {{Sunday}}.
I1| What would you change about the technology?
P| The language, first. It should be possible to choose English. Or {{Tigrinya}}. (laughs) No, but English at least. And more people at night. The technology can't replace people. It can only tell you where to run.
I1| Is there {{anything else}} you want to say?
P| Maybe that you can contact me if you want more. My number is [[465 22 819|tel]], or email, [[semhar.t@hotmail.com|eml]].
I1| Thank you, [[Semhar|per]].
P| Thank you.
""")

# ---------------------------------------------------------------- P13 nb (Stavanger)
T["P13"] = ("nb", r"""
I1| Sånn, nå er opptakeren på. Tusen takk for at du ville stille opp, [[Kjersti|per]].
P| Ja, eg tenkte det va viktig. For me har hatt... ja, me har hatt en del erfaringer, kan du si.
I1| Kan du fortelle litt om situasjonen deres?
P| Ja. Det gjelde pappa. Han heite [[Svein Olav|per]], han e [[syttiåtte|age]], og han fekk diagnosen for... tre år sia? Ja, tre år. Demens, {{Alzheimer}}-type. Han og mamma bur på [[Hana|plc]], i [[Sandnes|plc]], i huset dei bygde sjøl på søttitallet. Og mamma, ho [[Gunvor|per]], ho e jo frisk, men ho e sliten. Ho e så sliten.
I1| Hvordan kom teknologien inn i bildet?
P| Det starta med bilen. Pappa ville ikkje slutta å kjøra. Han hadde sertifikatet fortsatt, og han kjørte rundt i den gamle {{Volvoen}}, en grønn en, [[RF 83119|id]], som alle på [[Hana|plc]] kjente igjen. Og så en dag ringte politiet. Han hadde kjørt til [[Egersund|plc]] — han skulle på jobb, sa han. Han har ikkje jobba sia han gjekk av med pensjon fra [[Statoil|org]]. Og då... då skjønte me at nå må me gjøra nåkke.
I1| Hva gjorde dere?
P| Fastlegen tok sertifikatet. Det va et helvete, unnskyld. Han va så sint. Og så søkte me om GPS hos kommunen, og han fekk ei sånn klokke. Det tok — eg har det i mappa mi — søknaden gjekk inn [[17/10-22|dat]], og klokka kom først i januar. Tre månader! Og i mellomtida forsvann han to gonger. Den eine gongen fant me han på [[Madla|plc]], ved den gamle barneskulen hans. Han sto bare der ved porten og venta.
I1| Hvordan har det vært med klokka?
P| Ja, klokka... Den funke, teknisk sett. Men han tar den av. Han seie at den klør. Så nå har me sydd en brikke inn i jakka hans. Det va min bror sin idé, [[Bjarte|per]] sin. [[Bjarte|per]] e ingeniør, han bur i [[Tananger|plc]], og han e sånn som fikse alt. Han kjøpte en {{AirTag}} på nettet og sydde den inn i fôret. Og den virke faktisk bedre enn kommunen sin.
I1| Hva sier tjenesten om det?
P| Dei va litt skeptiske. [[Hjemmetjenesten Sandnes øst|org]] sa at dei kunne ikkje følga med på den, fordi den va ikkje godkjent. Så nå e det eg som følge med. På telefonen min. Om natta òg. Eg sove med telefonen på puten. Mannen min, [[Ruben|per]], han seie at eg har blitt nattevakt. (ler) Men det e ikkje morsomt egentlig.
I1| Hvordan er kontakten med de ansatte?
P| Den e god, med de fleste. Det e ei {{sykepleier}} som heite [[Mona|per]], og ho e helt fantastisk. Ho ringe meg når nåkke skjer, ho skrive til meg på {{Helsenorge}}, og ho huske ting om pappa. At han likte fotball, at han spelte i [[Viking|org]] som ung. Sånt betyr mykje.
I1| Har dere vurdert sykehjem?
P| Ja. Me har søkt. Han står på venteliste til [[Lura bo- og aktivitetssenter|org]]. Det va et møte [[den 8.|dat]] med tildelingskontoret, og dei sa at han e «høgt prioritert». Ka det betyr, veit eg ikkje. Pappa sjøl vil ikkje. Han seie at han ska dø i huset han bygde. Og... eg skjønne han. Men mamma klare ikkje mer.
I1| Hvordan har det vært for deg personlig?
P| Tungt. Eg jobbe fullt, eg e lærer på [[Ganddal skole|org]], og eg har to ungar. Og så e eg på telefonen hele tida. Eg sjekke kartet i friminuttene. Kollegaen min sa at eg måtte gå til legen, og eg har vært sykmeldt {{to veker}} i høst. Ja. Det e sånn det e.
I1| Hva ønsker du deg fra kommunen?
P| At dei ser heile familien. Ikkje bare pappa. Mamma e jo også en bruker, på en måte. Og at dei tar den teknologien som funke, sjøl om den ikkje e «godkjent». Og at nåken ringe tilbake. Eg har ringt tildelingskontoret på [[51 68 50 00|tel]] sikkert tjue gonger. Dei seie dei ska ringa tilbake.
I1| Takk for at du delte dette. Er det noe mer du vil si?
P| Nei. Jo — hils [[Mona|per]] om du treffe ho. (ler) Nei, det kan du jo ikkje. Glem det.
""")

# ---------------------------------------------------------------- P14 en (Lithuanian)
T["P14"] = ("en", r"""
I1| Okay. So first — no, sorry, I don't need your name for the recording. Let's just start with your work.
P| It's okay, you can write it, I'm [[Jurgita|per]]. Everyone knows me at work anyway, I'm the only Lithuanian there now, after [[Dovilė|per]] moved back to [[Kaunas|plc]].
I1| All right. So, your work?
P| I'm working nights at [[Moelv bo- og servicesenter|org]], in [[Ringsaker|plc]]. {{Three nights a week}}, sometimes four. I'm assistant, I don't have the fagbrev yet, I'm studying for it on the weekends. Before, in [[Lithuania|plc]], I was a bookkeeper, in [[Šiauliai|plc]]. Different life. (laughs)
I1| What is a night shift like?
P| We are two on nights for thirty-two residents, on two floors. Me and usually [[Tor Einar|per]], he's a nurse, he's been there forever, or some vikar. We start at {{a quarter past nine}}, we get the report, and then we walk the rounds. Or — we used to walk. Now we have the cameras.
I1| Tell me about the cameras.
P| So, they came last year, in the autumn. The kommune had a project, and our house was the pilot. They put small cameras in the ceiling in, I think, fourteen rooms. It's not real video, you see only like a — how to say — a drawing of the person, lines. The system has a Finnish name I can't pronounce. We have a tablet in the nurses' room and a phone in the pocket, and if someone is sitting on the edge of the bed, it tells you, and you can look.
I1| How was it for you to start using it?
P| Honestly, the first weeks I didn't trust it. I went into the rooms anyway, with the flashlight, like before. [[Tor Einar|per]] was laughing at me. He said, [[Jurgita|per]], you are making double work. But I had one experience, with my grandmother — she fell at night in her flat in [[Vilnius|plc]] and lay there until morning — so for me, to see with my own eyes, it was important. After maybe a month I started to trust it.
I1| Has there been a night where the camera changed what happened?
P| Yes, one. A lady, [[Astrid|per]], in room [[208|id]] — she is very small, very thin, [[ninety-seven years|age]]. She had a urinary infection and she was very confused. At {{two o'clock}} the camera showed she was on the floor, next to the bed. And I was in the other end, with another resident, and I saw it on my phone, and I ran. She didn't hit her head. If I did the normal rounds, I would come to her room maybe at four. Two hours on the floor, at that age...
I1| How did the relatives react?
P| Her son came the next day. [[Kjell-Arne|per]]. He is a big man, a farmer from [[Nes|plc]], and he was crying a little in the corridor, and he hugged me. Norwegian men don't hug! (laughs) And after that he brought us a cake from the bakery in [[Brumunddal|plc]] every {{Friday}} for a month.
I1| Are there any downsides?
P| Yes. Some colleagues sit with the phone all night and don't move. They watch it like {{Netflix}}. (laughs) I think it's dangerous, because the camera doesn't see everything. It doesn't see if the person is sad, or in pain. You have to go in and see the face. Also the technical — one night in {{February}} the whole system was down, because of an update, and nobody told us. We found out when [[Ruth|per]] — she is the leader — came in the morning and saw the error message on the tablet. She was very angry with the supplier. She sent them an email at six in the morning.
I1| Do you get enough training?
P| No. We had one day, one course, with the supplier, a man from [[Oslo|plc]] who talked very fast. I think he thought we were stupid. For me the language is the biggest problem, because the course was in fast Norwegian, with words like "varslingsinnstillinger" and "hendelseslogg". Now I am the one who explains to the new vikars. I made a list with the Norwegian and English and Lithuanian words. (laughs) [[Ruth|per]] said she will put it in the quality system, in {{Compilo}}.
I1| What do you think about the future of night work?
P| I think there will be fewer of us. That is what the kommune wants, I know. But I hope they remember that at night people are most scared. When you are old and you wake up in the dark, you want a voice you know, not a beep.
I1| Thank you, that's a beautiful way to end. Can I contact you if I need to follow up?
P| Yes, of course. My phone is [[+47 405 88 172|tel]]. I'm sleeping in the day, so send a message first. (laughs)
""")

# ---------------------------------------------------------------- P15 nb (Telemark)
T["P15"] = ("nb", r"""
I1| Da er vi i gang. Du er hovedtillitsvalgt?
P| Ja, for [[Fagforbundet|org]] i [[Notodden kommune|org]]. Eg har hatt det vervet i... ja, {{sju år}} nå. Før det var eg helsefagarbeider på [[Heddal bo- og servicesenter|org]] i tjue år. Så eg kjenner begge sider av bordet, kan du si. Eg heter [[Torgeir|per]], forresten, det har eg visst ikkje sagt.
I1| Hva er din erfaring med velferdsteknologi som tillitsvalgt?
P| Hm. Kor ska eg begynne. Eg er ikkje imot teknologi, det vil eg ha sagt med en gang. Men eg er imot at teknologi blir brukt som ei unnskyldning for å kutte stillinger. Og det er det som skjer, kver eneste gong. Først kjem prosjektet med fine ord om kvalitet og trygghet, og så, et år etter, kjem budsjettet. Og då står det «gevinstrealisering». Det er et ord som betyr at nåken ska miste jobben.
I1| Har du et konkret eksempel?
P| Ja. Med nattilsynet. Me hadde tre på natt på sykehjemmet. Då kameraene kom, vart det to. Og det vart vedtatt på et møte [[onsdag 15. november|dat]], der eg satt og var den eneste som stemte imot. Eg har protokollen, eg kan sjå om eg finn'n. Det var ikkje engang nå risikovurdering i saka. Den kom etterpå. Etterpå! Den ska komme før.
I1| Hva skjedde med dem som mistet nattstillingene?
P| Dom fekk tilbud om andre stillinger, på dag og kveld, så formelt mista ingen jobben. Men det er jo ikkje det samme. Ho [[Siv|per]], ho har gått natt i {{tjuefem år}}, fordi ho har en gutt med {{Downs syndrom}} heime, og ho må vere heime på dagtid. Natta var det eneste som passa. Nå er ho sykmeldt. Og det står ikkje i nån gevinstrealiseringsrapport.
I1| Hvordan har arbeidsgiver tatt imot innspillene deres?
P| Det er ulikt. Rådmannen — kommunedirektøren, heter det nå — [[Ottar Haugland|per]], han lytter, men han har ikkje penger. Og så har me prosjektlederen for velferdsteknologi, ho [[Benedicte|per]] fra [[Oslo|plc]], ho er ung og flink og trur på alt leverandørane seier. (ler) Nei, det var urettferdig. Ho er flink. Men ho har aldri stelt en pasient.
I1| Du nevnte overvåking av ansatte i forarbeidet?
P| Ja, dette er nåkke eg er urolig for. Bilane i hjemmetjenesten har fått GPS nå. Det seier dom er for tryggheten, om nåken kjører av vegen om vinteren, og det skjønner eg jo, her er det glatt. Men så fekk me ei sak der en leder brukte loggen for å sjekke kor lenge [[Stein-Åge|per]] var hos en bruker i [[Gransherad|plc]]. Han hadde vært der i {{førti minutter}} i staden for tjue, fordi mannen var einsom og lei seg. Og så fekk [[Stein-Åge|per]] spørsmål om det, som om han hadde gjort nåkke galt. Bilen var [[EL 94602|id]], eg husker det fordi eg skreiv det inn i klagen.
I1| Hvordan endte den saken?
P| Me fekk en avtale om at GPS-data ikkje ska brukes til å kontrollere enkeltpersoner. Det står nå i en protokoll fra [[11. desember|dat]]. Men en protokoll er bare papir. Eg har sagt til alle medlemmene: viss nåken spør deg om loggen, ring meg. Nummeret mitt henger på oppslagstavla, [[917 33 208|tel]]. Og mange ringer. Eg har to telefoner, en privat og en for vervet. Kona mi seier eg er gift med [[Fagforbundet|org]]. (ler)
I1| Hvordan er det å være tillitsvalgt i en liten kommune?
P| Du kjenner alle. Det er det beste og det verste. Eg har gått på skolen med halve ledergruppa. Lederen for hjemmetjenesten, [[Anne Grethe|per]], ho satt ved sida av meg i andreklasse på [[Lisleherad skole|org]]. Så når me krangler i møter, så krangler me som folk som kjenner kverandre. Det er kanskje en fordel.
I1| Hva er ditt råd til andre tillitsvalgte?
P| Vere med fra starten. Krev å få sitte i prosjektgruppa. Les kontrakten med leverandøren. Og snakk med folka på golvet, dom veit ka som funker. Ikkje stol på det som står i {{powerpointen}}.
I1| Takk, [[Torgeir|per]].
P| Bare hyggelig. Og send meg rapporten når'n er ferdig, [[torgeir.flatland@fagforbundet.no|eml]].
""")

# ---------------------------------------------------------------- P16 en (speech-to-text)
T["P16"] = ("en", r"""
I1| okay we're recording now so thanks for joining me on the call [[kristoffer|per]]
P| yeah no problem sorry about the noise i'm in the office in [[tromsø|plc]] and there's a lot of people here today
I1| no worries could you start by describing your role
P| sure so i'm the project manager for the {{well fair}} technology program in [[tromsø kommune|org]] which means that i coordinate all the the implementation of things like medicine dispensers digital supervision and the gps solutions across the the home care districts we have four districts and about seventy nursing home beds in the pilot i've been doing this for about {{three years}} before that i was at [[unn|org]] the hospital in the it department
I1| what has been the hardest part of the implementation
P| honestly the hardest part is not the technology it's the the organisation the change management you know like when we rolled out the {{even dose}} dispensers in [[tromsdalen|plc]] we had the machines ready in the warehouse but the nurses didn't have the training and the pharmacy wasn't ready with the the multidose so the machines sat in boxes for like six weeks
I1| can you tell me about a specific case where it went well
P| yeah there's one that i use a lot in presentations actually an old guy on [[kvaløya|plc]] he's [[ninety one|age]] and he lives alone out in [[kaldfjord|plc]] which is like forty minutes drive from the home care base and before he had home care visits three times a day just for medication and now with the dispenser it's once a day and he was actually happy about it because he said the nurses were always in a hurry anyway
I1| and cases where it didn't go well
P| oh yeah plenty there was a lady in [[hamna|plc]] who had {{parkinson's}} and she couldn't press the button to take out the pills because of the tremor so the machine alarmed every morning and the alarm went to the response centre which is run by [[nordic care tech|org]] and they called the home care and nobody knew why and it took us until the [[fourteenth of june|dat]] to figure out it was just her hands and that she needed a different model
I1| who figured it out in the end
P| that was [[stein|per]] one of our super users in the east district [[stein|per]]'s really good he actually went to her flat at [[storgata one twenty|adr]] and sat with her one morning and watched and then he just emailed me a video and said [[kristoffer|per]] look at this and i was like oh of course
I1| how do you handle data protection with these systems
P| we have a {{dpia}} for each solution and a a data processing agreement with the suppliers but the difficult part is the the logs for example the digital supervision it stores the alarm history and a few months ago we got a request for access from a relative who wanted to see the log for her father in room [[one fourteen|id]] at [[kroken sykehjem|org]] and we didn't have a procedure for that so it went to the legal department it has the case number [[23 slash 04481|id]] and it's still not closed
I1| how is the collaboration with other municipalities
P| pretty good we're in a network with [[bodø|plc]] and [[harstad|plc]] and some of the smaller ones like [[balsfjord|plc]] and [[karlsøy|plc]] and we meet on {{teams}} every second {{tuesday}} and [[ks|org]] the association of municipalities they have the national program which helps a lot with the templates and so on
I1| what about the staff how do they feel
P| mixed some are super enthusiastic others are like why are we doing this and i get it you know if you've been a nurse for thirty years and suddenly you're supposed to look at a dashboard instead of the patient my own mother is a nurse she's been at [[unn|org]] for {{thirty two years}} and she's my toughest critic
I1| if people want to contact you about the program what's the best way
P| email is best it's [[kristoffer dot lund at tromso dot kommune dot no|eml]] or my mobile [[plus four seven nine nine two one four eight three zero|tel]]
I1| great thanks so much [[kristoffer|per]]
P| thanks bye
""")

# ---------------------------------------------------------------- P17 nb (samisk bakgrunn, Finnmark)
T["P17"] = ("nb", r"""
I1| Da er opptakeren på. {{Buorre beaivi}}, og takk for at du ville være med.
P| Buorre beaivi! (ler) Ja, det går fint. Jeg heter [[Elle Máret|per]], men alle kaller meg [[Ellen|per]] på jobben, fordi de ikke klarer å uttale det riktig.
I1| Kan du fortelle litt om hvor du jobber?
P| Jeg jobber på [[Karasjok omsorgssenter|org]], på den skjermede avdelingen, med demente. Jeg er helsefagarbeider, har vært det i snart {{tjue år}}. Nesten alle beboerne våre snakker samisk, og mange av dem har mistet norsken når demensen kommer. Det er sånn med demens, at det språket du lærte sist, det forsvinner først. Så jeg er nesten tolk like mye som helsefagarbeider.
I1| Hvordan fungerer teknologien i den sammenhengen?
P| Dårlig. (ler) Nei, altså. Det er ikke laget for oss. Ta medisindispenseren, den som snakker. Den sier «Det er tid for medisiner» på norsk. Og ei {{áhkku}} som bare forstår samisk, hun hører en fremmed stemme på kjøkkenet som sier noe hun ikke skjønner. Vi hadde ei i hjemmesykepleien, ute i [[Valjok|plc]], hun trodde det var radioen og trakk ut kontakten. Hver morgen. I en hel uke fikk hun ikke medisinene sine før vi skjønte hva som skjedde.
I1| Har dere prøvd å få samisk språk inn i løsningene?
P| Ja! Vi spurte leverandøren om de kunne legge inn samisk tale. De sa det var mulig, men det kostet ekstra, og det måtte bestilles gjennom kommunen, og kommunen måtte søke penger fra [[Sametinget|org]]. Så [[Niillas|per]] — han er {{sykepleier}} her og snakker både nordsamisk og litt enaresamisk, fordi mora er fra [[Inari|plc]] på finsk side — han spilte inn lydfiler på kveldstid, helt gratis. Det ble sendt til leverandøren [[13. april|dat]] i fjor. Og vi har fortsatt ikke hørt noe.
I1| Hva med GPS?
P| Å, GPS er et eget kapittel her. Vi har en mann, han har vært reineier hele livet, han er [[åttiseks|age]] nå, og om våren, når reinen skal mot kysten, da blir han urolig. Han vil ut på vidda. Han kjenner hver {{stein}} mellom [[Karasjok|plc]] og [[Porsanger|plc]]. Og han har gått ut flere ganger. Så familien ville ha GPS. Men dekningen! Det er ikke dekning på vidda. Klokka viser bare at han er «et sted nord for bygda». Ja, takk. (ler)
I1| Hvordan løste dere det?
P| Det var barnebarnet hans, [[Ánde|per]], som fant løsningen. Han sa at {{ádjá}} alltid går samme vei, langs den gamle flyttleia. Så når han er borte, kjører [[Ánde|per]] snøscooter den veien og finner ham. Tre ganger har det skjedd. Det er ikke teknologi, det er kunnskap. Men [[Ánde|per]] har GPS på scooteren, så han kan sende posisjonen til oss, så det er litt teknologi også.
I1| Bruker dere videosamtaler?
P| Ja, faktisk mye. Om våren, under flyttinga, er mange av familiene ute på vidda i ukevis. Da har vi nettbrett, så de kan ringe hjem til mor eller far på avdelingen. Vi hadde ei dame, [[Biret Ravna|per]], som fikk se oldebarnet sitt for første gang på skjermen, fra et telt i [[Stabbursdalen|plc]]. Hun joiket for babyen. Alle på vakta gråt. (ler)
I1| Hvordan er samarbeidet med kommunen og spesialisthelsetjenesten?
P| Med kommunen går det greit, [[Karasjok kommune|org]] er liten og vi kjenner hverandre. Med spesialisthelsetjenesten er det [[SANKS|org]], de er gode, de forstår. Men når noen må til [[Hammerfest|plc]] på sykehus, da er det vanskelig. Ingen snakker samisk der. Jeg har vært med som tolk i ambulansen flere ganger, på fritida mi.
I1| Har du noen tanker om hvordan det kan bli bedre?
P| At de som lager teknologien tenker på oss fra starten. Ikke som et tillegg. Og at kommunen har penger til tolk. Og at vi som jobber her får betalt for språket. Jeg får ikke noe tillegg for at jeg snakker samisk, selv om det er halve jobben min. Lederen vår, [[Kristin|per]], har sendt det videre til [[KS|org]] flere ganger.
I1| Det er viktige poenger. Kan jeg kontakte deg igjen?
P| Ja, send en e-post til [[ellemaret.somby@karasjok.kommune.no|eml]]. Eller ring jobben, [[78 46 73 00|tel]], og spør etter [[Ellen|per]]. {{Giitu}}!
""")

# ---------------------------------------------------------------- P18 en (Syrian)
T["P18"] = ("en", r"""
I1| Thank you for meeting me, [[Rami|per]]. Is it okay that we do this in English?
P| Yes, yes, it's better for the details. My Norwegian is good for work, but for talking about feelings, English is easier. Or Arabic. (laughs)
I1| Tell me a bit about your background.
P| I studied nursing in [[Damascus|plc]], at the university, and I worked in the emergency department in [[Homs|plc]] during the war. Then I left, with my wife, through [[Lebanon|plc]], and we came to Norway as quota refugees. We were placed in [[Molde|plc]]. I had to take the whole process — the language, the exam, the authorisation from [[Helsedirektoratet|org]], a practice period at the hospital. All together it took almost {{five years}} before I could work as a nurse again. Now I'm in the home care, [[Hjemmetjenesten vest|org]].
I1| What is your experience with the electronic systems?
P| Ah. This is my favourite topic. (laughs) In [[Syria|plc]] everything was paper. Here everything is electronic, which is good, but there are so many systems and they don't talk. We write in {{Gerica}}. The hospital, [[Molde sjukehus|org]], writes in {{DIPS}}. And between us there are these messages, PLO-meldinger they call them. And when a patient comes home from the hospital, sometimes the message comes two days later. Or it comes to the wrong district.
I1| Could you give an example?
P| Yes. Last winter. A man, he's [[eighty-three|age]], came home from the hospital after a heart attack, and the discharge message went to the home care in [[Aukra|plc]], because his old address was there. He had moved to his daughter's house in [[Kleive|plc]] one month before. So for two days nobody from us visited him. The daughter, [[Hanne|per]], called the office on the second day, very worried, because he had new medicines and she didn't understand the list. I went there. And his medicines were completely wrong. He was taking double {{Albyl}}.
I1| What happened?
P| We fixed it, he was okay. But I wrote an avvik, and we found that the hospital system still had the old address, nobody had updated it. The avvik has number [[2023-1147|id]], and I followed it all the way, because I wanted to know where it broke.
I1| How do you think the system could be improved?
P| One journal. (laughs) Everyone says this, I know. But also — the people. My leader, [[Ingvild Sætre|per]], she created a routine that every morning the nurse in charge calls the hospital ward and asks, who is coming home today? Just a phone call. It's simple. And it works better than the system. She is from a farm in [[Eresfjord|plc]], and she says on the farm you don't wait for the machine, you just do.
I1| Do you use any other welfare technology in your district?
P| Yes, dispensers, alarms, a few GPS. And we tested video visits with tablets. For some patients it's good. For example, there is a Syrian family in our district, the grandfather lives with them, he's in his [[eighties|age]] and has diabetes, and I do the video visit in Arabic to check his blood sugar. The family knows me, they invite me for food at {{Ramadan}}. (laughs) I have to say no, because of the rules, but sometimes I take one {{date}}. The fruit, I mean. Not a date like this.
I1| How do your colleagues react to having a Syrian nurse?
P| Mostly good. Some patients, in the beginning, they ask for a Norwegian nurse. One old man out on [[Årø|plc]] said, I don't want the foreigner. And [[Ingvild|per]] said, okay, then you get no nurse today, because [[Rami|per]] is the only one. (laughs) And now he asks for me. He calls me "doktoren". I told him I'm not a doctor, I'm a {{sykepleier}}, but he doesn't care.
I1| How do you get help with the technology when something doesn't work?
P| We have a tech person in our district, [[Dag|per]], he is the superbruker, and the kommune has an IT helpdesk. [[Dag|per]] is better, you can reach him on [[3318|tel]] from the internal phone, and if he doesn't answer, he is in the car, the red one, [[EB 55031|id]], driving between the patients like the rest of us.
I1| Is there anything you'd like to add?
P| Maybe that — many of us immigrants, we have a lot of competence from home. In [[Homs|plc]] I was doing things that nurses here never do. Please, use us. Don't only put us on the night shift.
I1| Thank you, [[Rami|per]].
""")

# ---------------------------------------------------------------- P19 nb (standard, Asker)
T["P19"] = ("nb", r"""
I1| Takk for at du tok deg tid, [[Anette|per]].
P| Ja, selvfølgelig. Jeg har satt av en time, men så er det jo sånn at telefonen min ringer, så hvis den ringer, så... ja, da tar jeg den ikke. (ler)
I1| Kan du fortelle om jobben din?
P| Jeg er helsesekretær — eller, det står saksbehandler på kontrakten nå, men jeg er utdannet helsesekretær — på [[Tjenestekontoret|org]] i [[Asker kommune|org]]. Det er vi som tar imot søknader om hjemmetjenester, sykehjemsplass, trygghetsalarm, alt det der. Og så er det vi som skriver vedtakene. Jeg har vært der i {{seks år}}, og før det var jeg på et legekontor på [[Vollen|plc]] i ti år.
I1| Hvordan kommer velferdsteknologi inn i arbeidet ditt?
P| Det har blitt mer og mer. Nå er det sånn at når noen søker om hjemmetjenester, så skal vi alltid vurdere teknologi først. «Teknologi først», det er {{liksom}} mottoet. Så hvis noen søker om tilsyn om natten, er det første spørsmålet om det kan løses med sensor. Og det er fint i teorien, men... ja. Det kommer an på.
I1| Hva mener du med at det kommer an på?
P| Altså, det er mange som ikke vil. Og det er mange pårørende som vil mer enn brukeren vil. Og vi sitter midt i. Jeg hadde en sak — det var i {{august}}, jeg husker det var varmt — hvor en sønn ringte og ville ha kamera hos moren sin. Hun var [[nittifire|age]] og bodde alene i [[Heggedal|plc]]. Han var veldig bestemt. Og han ga meg personnummeret hennes over telefonen, sånn — [[null fire null seks tjueni|id]] — og så de fem siste, [[førtiåtte fem ti|id]] — og jeg sa at jeg ikke trengte det, jeg hadde navnet, men han bare fortsatte. Folk er så vant til å gi fra seg fødselsnummer at de ikke tenker over det.
I1| Hva ble utfallet i den saken?
P| Vi dro hjem til henne, jeg og en ergoterapeut, [[Kaja|per]]. Og damen — hun het [[Else Marie|per]], eller, heter — satt der med kaffe og vafler og var helt klar i hodet. Hun sa: «Han [[Per Gunnar|per]] er så redd for meg, men det er han som trenger kamera, ikke jeg.» (ler) Så hun fikk trygghetsalarm og ikke noe mer. Og sønnen klaget. Klagen gikk til [[Statsforvalteren|org]], og vi fikk medhold.
I1| Hvordan er det å skrive vedtak om teknologi?
P| Vanskelig, faktisk. Teknologien endrer seg hele tiden, og vedtakene må være presise. Og så er det dette med at trygghetsalarm er en tjeneste, mens en GPS kan være et hjelpemiddel fra [[NAV|org]], og dørsensor er... ja, noen ganger er det tjeneste, noen ganger ikke. Vi har en jurist, [[Mats|per]], som vi spør. Han sier alltid «det kommer an på». (ler) Så det har jeg lært av ham.
I1| Er det noen saker som har gjort inntrykk på deg?
P| Ja. En mann i [[Slemmestad|plc]], han var ikke så gammel, [[sekstisju|age]], med tidlig debut av demens. Kona hans var helt utslitt. Og han hadde en vane med å gå ut om natten og ned til sjøen. De bodde i [[Bråtenveien 3, 3430 Spikkestad|adr]] — nei, det var før de flyttet. Vi fikk på plass dørsensor som varslet kona på telefonen. Men det betydde at hun aldri sov. Hver gang han sto opp for å tisse, pep telefonen. Etter {{tre uker}} ringte hun meg og gråt og sa at hun ikke orket å høre den pipingen en natt til. Det... det har jeg tenkt mye på.
I1| Hva skjedde videre?
P| Vi endret det slik at varselet gikk til responssenteret i stedet, og til nattpatruljen. Og han fikk avlastning på [[Fusdal sykehjem|org]], en uke av gangen. Og så kom han på langtidsplass til slutt, [[mandag 2. oktober|dat]], det husker jeg fordi kona sendte meg et kort. Med blomster. Det er ikke ofte vi får det.
I1| Hvordan samarbeider dere med de som faktisk utfører tjenestene?
P| Det kunne vært bedre. Vi sitter i andre etasje på rådhuset, og de er ute. Vi ser ikke hverdagen deres. Jeg har foreslått at vi skal hospitere én dag {{per kvartal}} — en dag ute med hjemmetjenesten. Lederen vår, [[Line Bergersen|per]], syntes det var en god idé, men så ble det aldri noe av.
I1| Har du noe du vil legge til?
P| Bare at... at teknologi ikke er en tjeneste i seg selv. Det er et verktøy. Og noen ganger er det riktige verktøyet en person som kommer innom og drikker kaffe. Det lærte jeg av [[Else Marie|per]].
I1| Takk, [[Anette|per]].
""")

# ---------------------------------------------------------------- P20 nn (Hallingdal)
T["P20"] = ("nn", r"""
I1| Takk for at du ville stille opp, [[Knut Olav|per]].
P| Ja, det var ingen sak. Eg har jo mykje på hjartet når det gjeld mor, så. (ler)
I1| Kan du fortelje litt om mora di og situasjonen hennar?
P| Mor heiter [[Sigrid|per]], ho er fødd i [[-31|age]], så ho blir [[nittitre|age]] no i haust. Ho bur framleis på garden, [[Nystølen|plc]], oppe i [[Hemsedal|plc]], heilt åleine sidan far døydde. Det er {{sju kilometer}} til næraste butikk, og vegen er bratt. Og ho vil ikkje flytte. Ho har sagt at ho skal berast ut frå [[Nystølen|plc]], ikkje køyrast.
I1| Kva for tenester har ho i dag?
P| Ho har heimesjukepleie {{to gongar om dagen}}, og så har ho tryggleiksalarm og medisindispenser. Og eit nettbrett, som eg og syster mi kjøpte. Syster mi, [[Tone|per]], bur i [[Trondheim|plc]], og eg bur i [[Drammen|plc]], så det er langt for oss begge. Nettbrettet var for at ho skal kunne sjå barnebarna. Og heimehjelpa, ho [[Liv|per]], hjelper henne med å lade det kvar fredag.
I1| Korleis har det gått med nettbrettet?
P| (ler) Ja, det er ei lang historie. Me sette det opp i {{jula}}, på eit stativ på kjøkkenbordet. Det var ein app som skulle vere «enkel for eldre», med store knappar. Mor trykte på knappen med biletet av [[Tone|per]] og fekk opp [[Tone|per]] sitt andlet, og ho vart så rørt at ho gret. Men så, ei veke etter, kom det ei oppdatering, og alle knappane var borte. Og eg sat i [[Drammen|plc]] og prøvde å forklare over telefonen: «Mor, sveip opp.» Ho sveipte kaffikoppen i golvet. (ler)
I1| Korleis løyste de det?
P| Ein av dei i heimesjukepleia, ein ung gut som heiter [[Eskil|per]], tok det på seg. Han er frå [[Ål|plc]], og han er flink med slikt. Han sette det opp att, og teipa ein lapp på stativet: «Ikkje rør noko anna enn den raude knappen.» (ler) Han gjorde det på fritida si, eigentleg. Eg sende ei melding til leiaren og sa at han burde få ein premie.
I1| Har tryggleiksalarmen vore i bruk?
P| Ja, ein gong skikkeleg. Det var [[sist i oktober 2021|dat]]. Ho hadde gått ut til fjøset — det er ikkje dyr der lenger, men ho går dit likevel, av gamal vane — og så skrensa ho på isen og datt. Ho hadde alarmen på armen, heldigvis. Alarmsentralen ringde heimesjukepleia, og dei kom etter {{tjue minutt}}. Ho låg på isen og frøys, men ho hadde ikkje brote noko. Ho sa at ho låg og såg på stjernene. (ler) Mor er sånn.
I1| Kva tenkjer du om framtida hennar?
P| Eg veit ikkje. Eg ser jo at ho blir skrøpelegare. Men ho har hugsen i behald, og det er hennar val. Eg har prata med fastlegen, {{doktor}} [[Bråten|per]] på [[Hemsedal legekontor|org]], og han seier at så lenge ho klarer seg med hjelp, så skal ho få bu heime. Og eg er einig. Men eg ligg vaken om nettene.
I1| Korleis er kontakten med kommunen?
P| God, eigentleg. Det er ei lita bygd. Alle kjenner mor. Presten i [[Hemsedal kyrkje|org]], ho [[Ruth|per]], kjem innom kvar månad. Og [[Jorunn|per]], som er leiar for heimetenestene, gjekk på skule med meg. Eg har nummeret hennar privat, [[947 30 544|tel]]. Men eg prøver å ikkje bruke det. Ein skal ikkje misbruke at ein kjenner folk.
I1| Har du tankar om kva som kunne vore betre?
P| At teknologien var laga for folk som mor. Ikkje for folk som meg. Ho treng éin knapp, og den skal alltid vere der. Og så at nokon hadde tid til å sitje ned med henne. Ho er så einsam, sjølv om ho aldri seier det. Ho har radioen på heile dagen, [[NRK|org]] {{P1}}, berre for å høyre stemmer.
I1| Er det noko meir du vil leggje til?
P| Nei, trur ikkje det. Jo — viss du vil snakke med mor sjølv, så kan eg spørje henne. Ho elskar besøk. Adressa er [[Nystølvegen 112, 3560 Hemsedal|adr]], og ho har alltid kaffi på. (ler)
I1| Det kan eg godt tenkje meg. Takk, [[Knut Olav|per]].
""")

# ---------------------------------------------------------------- P21 nb (speech-to-text)
T["P21"] = ("nb", r"""
I1| sånn da er vi i gang du heter [[marianne|per]] og jobber i hjemmetjenesten
P| ja det stemmer jeg er {{sykepleier}} i [[kongsberg kommune|org]] i [[sone sør|org]] vi holder til på [[skollenborg|plc]] og jeg har vært der siden jeg var ferdig utdannet så det er {{tolv år}} snart
I1| og du er også superbruker
P| ja jeg er superbruker for medisindispenserne og for e læringen og litt for alt egentlig jeg ble spurt av [[tor|per]] som var leder da han har sluttet nå han jobber i [[drammen|plc]] men han spurte meg fordi jeg var den eneste som ikke sa nei
I1| hvordan var opplæringen du fikk
P| den var på {{teams}} to timer med leverandøren og så fikk vi en perm og en lenke til en video og det var det og så var det bare å sette i gang og lære opp de andre og det var ikke lett for vi har folk fra mange land hos oss vi har [[mulugeta|per]] fra [[etiopia|plc]] og [[joanna|per]] fra [[polen|plc]] og [[ahmad|per]] og alle skal lære det samme på norsk
I1| hvordan løste du det
P| jeg lagde en sånn bildeguide med bilder av hver knapp og så oversatte vi den sammen i lunsjen [[joanna|per]] skrev polsk og [[mulugeta|per]] skrev amharisk og det ble faktisk veldig bra og så hang vi den opp på kontoret og så kom han fra kommunen [[stein ove|per]] og tok bilde av den og sa at den skulle brukes i hele kommunen men det har jeg ikke sett noe mer til
I1| har det skjedd noe spesielt med dispenserne
P| ja det var en gang rundt {{andre juledag}} da en dispenser hos en dame i [[hvittingfoss|plc]] sluttet å virke fordi strømmen gikk og batteriet var dødt og hun fikk ikke medisinene sine hun har {{parkinson}} så det er veldig viktig at hun får dem på riktig tid og hun ringte ikke for hun trodde det var hennes feil hun er så beskjeden
I1| hvordan ble det oppdaget
P| det var sønnen hennes [[geir|per]] som kom på besøk om kvelden og han ringte meg på vakttelefonen [[nittien tjuetre førti fem seksti sju|tel]] og jeg kjørte ut dit med bilen [[el fire null to en en|id]] og da var klokka {{halv ni}} og hun hadde ikke fått morgendosen eller middagsdosen
I1| hva gjorde dere etterpå
P| vi skrev avvik og så fikk alle dispenserne nye batterier og vi lagde en rutine om at vi skal ringe alle med dispenser når det er strømbrudd og vi har en liste med navn og telefonnummer som ligger i [[sone sør|org]] sin mappe på fellesområdet
I1| hvordan opplever brukerne dispenserne
P| de fleste liker dem etter en stund en mann på [[jondalen|plc]] han sa at dispenseren var den beste kjæresten han hadde hatt den sier alltid hei og husker alt han er født i [[trettitre|age]] og han er så morsom
I1| hva med kollegaene dine hva synes de
P| blandet noen synes det er supert at de slipper å dele ut medisiner andre savner at de ikke får sett brukerne så ofte [[anne-berit|per]] hun har jobbet her i trettifem år hun sier at før hadde hun tid til en kopp kaffe og en prat og nå er det bare inn og ut
I1| har du kontakt med andre kommuner om dette
P| ja vi har et nettverk i [[buskerud|plc]] vi møtes en gang i måneden på nett og jeg har lært mye av en sykepleier i [[flesberg|plc]] som heter [[randi|per]] hun har holdt på lengre enn oss
I1| er det noe du vil legge til
P| bare at vi trenger tid til å være superbrukere det er ikke noe som går av seg selv og hvis du vil ha bildeguiden kan du sende mail til meg [[marianne punkt holt krøllalfa kongsberg punkt kommune punkt no|eml]]
I1| tusen takk [[marianne|per]]
""")

# ---------------------------------------------------------------- P22 en (Danish)
T["P22"] = ("en", r"""
I1| Okay, we're recording. Thanks for taking the time, [[Mette|per]].
P| Of course. And sorry in advance for my English, it's Danish English with Norwegian words, a complete salad. (laughs)
I1| Can you tell me about your role?
P| I'm innkjøpsrådgiver — procurement advisor — in [[Sarpsborg kommune|org]]. I came from [[Aarhus|plc]] {{eight years}} ago, I worked for [[Region Midtjylland|org]] before, with hospital procurement, so beds, pumps, that kind of thing. Here I do everything from toilet paper to — well, to welfare technology. (laughs) The last three years, mostly welfare technology.
I1| What was the biggest procurement you've led in this area?
P| The digital night supervision. We did it together with [[Fredrikstad|plc]] and [[Moss|plc]] and two smaller municipalities, a joint tender. It was big, the estimated value was around {{forty million}} over the contract period. We announced it on {{Doffin}} and in the EU database on the [[1st of March|dat]], and the deadline for offers was in May. And then we did the evaluation over the summer, which was a bad idea, because everybody was on holiday. (laughs) Never again.
I1| How did you involve the users and the staff in the process?
P| That was the part I was proud of. We had a reference group with nurses, night workers, a union rep, and one relative. The relative was a woman called [[Randi Ødegård|per]], her husband was in a nursing home in [[Greåker|plc]], and she was — oh, she was sharp. At the Q&A with the suppliers she asked questions they couldn't answer. Where is the data stored, who can see the pictures, what happens when the contract ends. One of the sales managers was sweating. (laughs)
I1| What happened with the evaluation?
P| We chose [[Sentio Care|org]], a Norwegian company, they sit at [[Fornebu|plc]]. And then the second one, a Swedish company, complained. They sent the complaint to [[KOFA|org]], the complaints board. It took {{eleven months}}. Eleven months where we couldn't sign the contract, and the nursing homes were waiting. In the end [[KOFA|org]] said we did everything correct. But eleven months!
I1| What did the delay mean for the services?
P| For the night staff at, for example, [[Tuneheimen|org]], it meant another winter of doing rounds with flashlights. And they had been promised. The leader there, [[Bente Halvorsen Lie|per]] — she has a double surname and she insists on both — she called me every week. "[[Mette|per]], is it signed?" "No, not yet." (laughs) I think she had my number on speed dial.
I1| Were there any issues with data protection in the contract?
P| Yes, big. The original solution had the servers in [[Ireland|plc]], with a subcontractor in the [[US|plc]], and our personvernombud, [[Kasper|per]] — he is also Danish, actually, from [[Odense|plc]], we are a small Danish mafia in the kommune (laughs) — he said no. Transfer to the [[US|plc]], no. So we negotiated that everything stays in the EU, in a data centre in [[Stockholm|plc]].
I1| How does procurement of this kind of technology differ from other procurements?
P| It's much more about people. When I buy beds, a bed is a bed. Here you buy a system that changes how people work at night, how they feel about their patients. And you can't write that in a kravspesifikasjon. I tried. (laughs) We had a requirement that the solution should "support the dignity of the resident". How do you evaluate that? Give it points from {{one to ten}}?
I1| What would you do differently next time?
P| Start earlier with the staff. Do pilots before the tender, not after. And not evaluate in {{July}}. (laughs) My boss, [[Frank|per]], said the same. [[Frank|per]] is good, he lets me make mistakes. And maybe not a joint tender with five municipalities, because five municipalities is five opinions, five lawyers, five politicians.
I1| Is there {{anything else}} you'd like to share?
P| Only that I think procurement people should be in the research also, like this. We are usually forgotten. If you need documents, the public ones, you can write to me, [[mette.kjaergaard@sarpsborg.com|eml]] — yes, dot com, the kommune has dot com, it's a long story — or the mobile, [[+47 452 19 930|tel]].
I1| Thank you, [[Mette|per]].
""")

# ---------------------------------------------------------------- P23 nb (Sunnmørsk)
T["P23"] = ("nb", r"""
I1| Da er vi i gang. Takk for at du tok deg tid etter vakta.
P| Ja, det går fint. Eg e litt trøtt, så du får unnskylde om eg surre. (ler)
I1| Kan du fortelle litt om deg selv og jobben?
P| Ja. Eg heite [[Hege|per]], eg e helsefagarbeider på [[Blindheim omsorgssenter|org]], oppe ved [[Spjelkavik|plc]]. Eg har jobba der i {{fjorten år}}, mest på kveld og natt. Før det jobba eg på fiskebruket på [[Vigra|plc]], så eg har gått fra fisk til folk, som eg seie. (ler)
I1| Hvilken teknologi bruker dere på avdelingen?
P| Me har sensorar på alle romma nå. Me fekk {{Roommate}} i fjor. Det e sånne boksar i taket som ser om nåken står opp, eller dett, eller går ut av rommet. Og så får me varsel på telefonen. Og det e jo bra, når det funke.
I1| Når fungerer det ikke?
P| (ler) Ka ska eg seie. Når det e varmt, til dømes. I sommar, det va jo den hetebølgja, og då va det varmt på romma, og sensorane reagerte på varmen, trur eg, for me fekk så mange falske alarmar. [[6. juni|dat]] — det huske eg, for det va dagen etter at eg kom heim fra ferie — då hadde me tjueseks alarmar på éi natt. {{Tjueseks}}! Og to va ekte.
I1| Hva gjorde dere?
P| Me ringte leverandøren, og dei sa at det va «kjent problematikk». (ler) Kjent problematikk! Og så sendte dei ein mann, [[Kjell-Magne|per]], fra [[Molde|plc]], som justerte nåkke. Han va kjempegrei, han åt vaflar med oss. Men det hjelpte ikkje før det ble kaldare igjen i {{august}}.
I1| Har sensorene gjort en forskjell for beboerne?
P| Ja, absolutt. Me har ei dame, ho e [[nittiåtte|age]], [[Oddny|per]], og ho har falle mange gonger. Før måtte me gå inn kvar time for å sjekke, og då vakna ho kvar gong og ble sur. Nå kan me la ho sove, og me veit at om ho står opp, så får me beskjed. Ho seie at ho søv bedre nå enn på ti år. Og ho ska fylle [[hundre|age]] til {{våren}}! Ordføraren kjem, me ska ha kake. [[Oddny|per]]s dotter har allerede bestilt bløtkake fra bakeriet.
I1| Har det vært noen vanskelige situasjoner?
P| Ja, ein. Og den e eg ikkje stolt av. Me har ei {{Messenger}}-gruppe, nattevaktane, for å bytte vakter og sånn. Og ein kollega, [[Tor|per]], han la ut eit skjermbilde fra sensoren, bare omrisset, av ein beboer som låg på golvet, for å vise at det va ein falsk alarm, at ho bare hadde lagt seg på golvet fordi det va så varmt. Og det sto romnummeret i bildet, rom [[114|id]]. Og det va jo... Ja. Det va personvernbrudd. Det ble avvik, og [[Tor|per]] fekk ein samtale med leiaren. Han angra veldig. Han e ein snill gut, han tenkte ikkje.
I1| Hvordan ble det håndtert?
P| Leiaren vår, [[Ingebjørg Rise|per]], tok det veldig seriøst. Det ble meldt til personvernombudet i kommunen og til [[Datatilsynet|org]], trur eg. Og så fekk me alle eit kurs i personvern, og nå e det forbudt å dele nåkke fra systemet i private kanalar. Egentlig bra. Me lærte mykje. Men det va tungt for [[Tor|per]].
I1| Hvordan opplever du nattevakten nå sammenlignet med før?
P| Det e roligare på ein måte. Men det e også einsamt. Før gjekk me runden og prata med dei som va vakne. Nå sitt me med telefonen. Eg har sagt til [[Ingebjørg|per]] at eg vil gå ein runde likevel, kvar natt {{klokka tre}}, bare for å sjå ansiktan. Og det fekk eg lov til.
I1| Hva tenker du om fremtiden?
P| Eg trur det kjem meir teknologi. Og det e greit, så lenge det ikkje blir færre folk. [[Ålesund kommune|org]] har jo dårlig økonomi, så eg e litt redd. Men me får sjå. Kanskje eg går tilbake til fisken. (ler)
I1| Tusen takk, [[Hege|per]].
P| Takk sjøl. Om du treng meir, ring meg, [[958 41 372|tel]].
""")

# ---------------------------------------------------------------- P24 en (speech-to-text)
T["P24"] = ("en", r"""
I1| so we're recording now thanks for doing this [[tomasz|per]]
P| yeah yeah no problem you can call me [[tomek|per]] everybody does
I1| okay [[tomek|per]] tell me about where you work
P| i work on [[stord|plc]] at the nursing home [[vabakken sjukeheim|org]] i'm helsefagarbeider i took the fagbrev here {{four years}} ago before that i was a carpenter in [[wrocław|plc]] so i'm good with tools that's why they made me the tech guy ha ha
I1| what does being the tech guy involve
P| everything with batteries ha ha no it's the sensors the door alarms the fall alarms the the tablets for video calls and also the the camera system at night we have digital night supervision in twelve rooms and when something doesn't work they call me even when i'm home even on my day off my wife is not happy
I1| can you give me an example of a time you were called
P| yeah like last {{easter}} i was at my cabin in [[fitjar|plc]] and [[siv|per]] called me she was on night shift and the system showed all the rooms as offline and she was alone with a vikar a young girl from [[ukraine|plc]] [[olena|per]] and they didn't know if the residents were okay so i told them to go around with a flashlight like old times and in the morning i drove back it was the router again the router in the basement somebody unplugged it to charge the vacuum cleaner
I1| how do the residents feel about the cameras
P| most of them don't know they're there or they forget we have one gentleman he was a teacher at [[stord vidaregåande|org]] for {{forty years}} and he's [[ninety|age]] now and he says good night to the camera every evening good night little eye he calls it and he waves ha ha he's in room [[two oh six|id]] and the girls love him
I1| do you think the technology has changed the work
P| yes for sure before at night we walked every two hours and woke everybody up now we let them sleep and the statistics show less falls at least that's what the project leader [[vigdis|per]] from the kommune says she had a presentation with graphs the falls went down like {{thirty percent}} but i don't know if that's because of the cameras or because we got a new floor ha ha
I1| what about training your colleagues
P| that's the hard part we have many nationalities in the staff and many older norwegian ladies who don't like the phones so i made a {{whatsapp}} group and i post small videos like how to reset the sensor and how to log in and i set the {{max}} volume on all the phones because the ladies can't hear the beep one of them [[gunn-heidi|per]] she's [[sixty four|age]] and she says [[tomek|per]] i'm too old for this and now she's the best one she knows everything
I1| have you had any incidents with privacy
P| one time a relative asked to see the video from the night her mother fell but the system doesn't save video only the alarm log so we couldn't and she didn't believe us she thought we were hiding something she wrote to the [[statsforvalter|org]] and then there was a case with a number i have it somewhere [[twenty two slash eleven forty|id]] something like that
I1| what would make your role easier
P| money ha ha no seriously time in the rota two hours {{per week}} at least for the tech work and maybe a better phone right now the support number is on a sticker on my fridge [[five three four nine one two zero zero|tel]] that's the kommune it support and my own number everybody has it [[nine zero one double four seven six two|tel]]
I1| is there {{anything else}} you want to add
P| just that the the project people should come at night one time and see come on a {{saturday}} night at three and see how it is
I1| thanks [[tomek|per]] this was great
""")

# ---------------------------------------------------------------- P25 nb (somalisk bakgrunn, Oslo)
T["P25"] = ("nb", r"""
I1| Hei, og velkommen. Er det greit at vi snakker norsk?
P| Ja, det går bra. Jeg snakker norsk hver dag på jobben. Men hvis jeg ikke finner ordet, jeg sier på engelsk. (ler)
I1| Helt greit. Kan du fortelle litt om deg selv?
P| Jeg heter [[Faadumo|per]]. Jeg kommer fra [[Somalia|plc]], fra [[Baidoa|plc]]. Jeg kom til Norge da jeg var [[tjueto år|age]], og nå jeg har vært her i {{femten år}}. Jeg har fagbrev som helsefagarbeider, og jeg jobber i hjemmetjenesten i [[Bydel Søndre Nordstrand|org]]. Vi har kontor på [[Mortensrud|plc]].
I1| Hvordan er en vanlig dag for deg?
P| Vanlig dag, jeg starter {{halv åtte}}. Vi får liste på telefonen, hvem vi skal besøke. Jeg har mange brukere som er somaliske, fordi jeg snakker språket. Og også noen norske gamle, og noen pakistanske. Jeg kjører bil, [[EL 23617|id]], eller hvis det er nært, jeg går. Det er mye bakker på [[Holmlia|plc]]. (ler) Jeg er sprek!
I1| Hvordan er det å jobbe med somaliske eldre og teknologi?
P| Det er vanskelig, ærlig. De gamle somaliske, mange kan ikke lese, ikke på somali og ikke på norsk. Så trygghetsalarm, okei, det er en knapp, det går. Men medisinrobot som snakker norsk? Nei. Og mange vil ikke ha, de sier familien skal passe på, ikke en maskin. Det er skam, litt, at du har maskin og ikke familie.
I1| Har du et eksempel?
P| Ja. Det er en dame, jeg kaller henne [[Hawa|per]], hun er [[åttien år|age]]. Hun bor sammen med sønnen sin, men sønnen kjører taxi om natten. Så på natten hun er alene. Og hun falt, to ganger. Kommunen ville gi henne sensor på soverommet. Men hun sa nei, fordi hun trodde sensoren er kamera, og hun vil ikke at noen skal se henne uten hijab. Jeg forstår henne veldig godt.
I1| Hvordan løste dere det?
P| Jeg satt med henne og sønnen, [[Abdirahman|per]], og forklarte. Jeg tok min telefon og viste henne bildet som sensoren lager, bare en strek, som en tegning. Hun lo! Hun sa, det ser ut som en pinne, det er ikke meg. (ler) Og da sa hun ja. Det tok {{tre besøk}}. Min leder, [[Per|per]], han sa, [[Faadumo|per]], du bruker for mye tid. Men jeg sa, [[Per|per]], hvis jeg bruker tre besøk nå, vi sparer mange besøk senere. Og han forsto.
I1| Det høres ut som du er en viktig brobygger.
P| Ja, kanskje. Men det står ikke i stillingen min. Jeg er ikke tolk. Men hver dag ringer noen meg: [[Faadumo|per]], kan du komme og forklare for fru sånn og sånn? Og kollegaene mine, de ringer [[4522|tel]] — det er mitt nummer inne i systemet — og spør. Noen ganger fem, seks ganger på en dag. Jeg liker å hjelpe. Men jeg er sliten.
I1| Hvordan har opplæringen i teknologi vært for deg?
P| Det er bra, egentlig. Vi hadde kurs på [[Lambertseter|plc]] i {{januar}}. Og det var en superbruker, [[Marit Nymoen|per]], hun er veldig flink. Hun lagde video på {{YouTube}}, bare for oss, ikke offentlig, om hvordan man bruker {{Gerica}} på mobilen. Jeg så den mange ganger. Og det er lettere enn å lese. Jeg ønsker at det var flere ting som video. Også på somali!
I1| Har du opplevd at teknologi har skapt problemer for brukerne?
P| Ja. En gammel mann, norsk, han bodde i [[Rosenholmveien 27, 1252 Oslo|adr]]. Han hadde dispenser, og han har epilepsi. En dag det var strømbrudd i hele blokka, og dispenseren ga ikke medisin. Han ringte ikke, fordi han trodde maskinen ville fikse seg selv. Det var [[13. februar|dat]]. Jeg kom {{klokka ti}} og han lå på gulvet, han hadde hatt anfall. Jeg ringte {{113}}. Han ble kjørt til [[Ullevål|org]]. Han klarte seg. Men jeg tenkte: hva hvis jeg ikke kom?
I1| Hva tenker du kommunen bør gjøre annerledes?
P| Snakke med de som bruker det. Og ansette flere som snakker språk. I bydelen vi har folk fra hundre land, nesten. Og teknologien er bare på norsk. Også, kanskje ikke bare sende brev. Mange gamle kan ikke lese brev. Ring. Eller kom. Eller send meg, jeg kommer. (ler)
I1| Det er et godt poeng. Er det noe mer du vil si?
P| Nei. Bare at jeg er glad noen spør. Vi som jobber på gulvet, vi vet mye. Hvis dere vil snakke mer, min e-post er [[faadumo.ali@bsn.oslo.kommune.no|eml]]. Eller ring meg, [[921 67 045|tel]].
I1| Tusen takk, [[Faadumo|per]].
""")

# ---------------------------------------------------------------- P26 en (Norwegian manager)
T["P26"] = ("en", r"""
I1| Right, it's recording. Thanks for doing this in English, [[Hallvard|per]] — my Norwegian isn't quite there yet.
P| No problem at all. I did my {{MSc}} in [[Edinburgh|plc]], so I'm used to it, though it's been a while. You'll have to forgive the Norwenglish. (laughs)
I1| Could you describe your role?
P| I'm the unit manager — enhetsleder — for home care in the eastern part of [[Trondheim|plc]], so [[Ranheim|plc]], [[Charlottenlund|plc]], up towards [[Vikhammer|plc]], though [[Vikhammer|plc]] is actually [[Malvik|plc]] — different municipality, we just share the road. (laughs) I have {{a hundred and ten employees}}, around four hundred service users. Been in this job since just before the pandemic.
I1| How has welfare technology changed your unit?
P| Enormously, and less than promised, both at the same time. (laughs) The big one for us has been digital home follow-up for people with {{COPD}} and heart failure. They measure their oxygen and pulse and weight at home on a tablet, and a nurse at our monitoring centre looks at the numbers every morning. That's been genuinely good. We've had fewer readmissions to [[St. Olavs hospital|org]]. Not dramatically, but measurably.
I1| Can you describe how you introduced it?
P| We piloted it with twelve patients in the autumn, together with a research group at [[NTNU|org]]. There was a {{PhD}} student following it, [[Ingrid Løvaas|per]], very thorough. And the nurse who ran it day to day was [[Mari|per]], she's a specialist nurse in lung disease, and she was — I can't overstate this — the reason it worked. She knew every patient personally. She'd phone them if the numbers were off, but also if the numbers were too perfect, because, she said, that means someone else is doing the measuring. (laughs)
I1| Were there patients for whom it didn't work?
P| Of course. One gentleman in his late [[seventies|age]] — a former ship's engineer, very technical — decided the oximeter was wrong, took it apart and reassembled it. After that it always showed {{ninety-nine percent}}. (laughs) [[Mari|per]] went out to [[Være|plc]], where he lived, and found the thing held together with electrical tape.
I1| How do you handle the economic side, the benefit realisation?
P| This is where I get a bit cynical. The municipality expects us to document savings — gevinstrealisering — and to be fair, some of it's real. We save driving time, we save visits. But the savings get taken out of my budget before they've actually materialised. For next year they've cut {{four full-time positions}} based on projected gains from the medication dispensers. Projected! My director, [[Siri Aune|per]], fought it, but the city council decided.
I1| How did your staff react?
P| Not well. We had a staff meeting on the — I think it was the [[second of November|dat]], and the union rep, [[Geir Ove|per]] from [[Fagforbundet|org]], stood up and read out a list of every dispenser error in the past year. Anonymised, thankfully. {{Twenty-three incidents}}. And the room went quiet. He's not wrong, you know. The technology isn't as reliable as the brochure says.
I1| What's your own view on the dispensers?
P| They're good for the right patient. Someone cognitively intact, on stable medication, who wants independence. They're risky for someone who's confused and lives alone. The problem is the pressure to put them in everywhere. I had one case — a woman in [[Jakobsli|plc]], [[eighty-eight|age]], with dementia — where the family insisted on a dispenser because they didn't want "strangers" coming in three times a day. Her daughter is a nurse herself, at [[Øya helsehus|org]], so she felt she knew best. It went badly. The mother learned to pull the whole roll of sachets out, and took the evening dose at breakfast because she liked to get it over with.
I1| How do you deal with disagreements like that with families?
P| Carefully. (laughs) I've learned to bring the data. Show them the log from the dispenser. It's hard to argue with a timestamp. But you also have to acknowledge their fear. That daughter, [[Kristin|per]], was terrified of her mother going into a nursing home, because her own father had died in one during the pandemic, alone, when nobody could visit. So of course she wanted anything but that. We got there in the end, with a mix of visits and the dispenser.
I1| Looking ahead, what are your priorities?
P| Keeping my staff through the next big change. We left {{Gerica}} for {{Helseplattformen}}, as you know, and — you've probably read the newspapers. (laughs) I had nurses crying in my office. I'm not going to say more on record.
I1| Fair enough. If I want to follow up, how do I reach you?
P| Email's best, [[hallvard.moen@trondheim.kommune.no|eml]]. Or my assistant, [[Vår|per]], on [[72 54 11 38|tel]] — she knows my calendar better than I do.
I1| Thank you, [[Hallvard|per]].
""")

# ---------------------------------------------------------------- P27 nb focus group (Gjøvik/Toten)
T["P27"] = ("nb", r"""
I1| Velkommen alle sammen, og takk for at dere kom. Kan vi ta en rask runde rundt bordet, bare fornavn og hva dere jobber med?
A| Ja, je kan begynne. [[Vibeke|per]], {{sykepleier}}, har jobba på [[Hunndalen helse- og omsorgssenter|org]] i... tja, {{nitten år}} nå. Fagansvarlig i andre etasje, så je har vært med på alt sammen.
B| [[Dag|per]]. Helsefagarbeider. Samme sted. Superbruker for sensorene, mot min vilje. (ler)
C| Jeg er [[Jolanta|per]], jeg er fra [[Polen|plc]], fra [[Kraków|plc]]. Jeg er helsefagarbeider også, mest nattevakt.
D| Og [[Ola|per]], je er student på sykepleien på [[NTNU Gjøvik|org]], jobber helger og ferier.
I1| Takk. Jeg vil gjerne høre om da sensorene kom. Hvem vil begynne?
B| Det var je som fikk boksene i fanget. Det var — [[Vibeke|per]], var det [[første desember|dat]]?
A| Nei, den tredje. [[Tredje desember|dat]]. Je husker det fordi det var adventsfesten for pårørende samme kvelden, og vi sto og skrudde opp sensorer mens folk kom med kaker. Og leverandøren hadde sendt feil fester, så vi måtte låne drill av vaktmesteren, han [[Knut|per]].
C| Og jeg kom på natt den første natten, og ingen hadde fortalt meg noe! Telefonen begynte å pipe, pipe, pipe, og jeg trodde det var brannalarm.
D| (ler) Det var meg som glemte å skrive det i rapporten. Sorry, [[Jolanta|per]].
I1| Hvordan har det gått siden?
A| Bedre. Mye bedre. Vi har færre fall, det viser statistikken. Men det er mange falske alarmer. [[Dag|per]], hvor mange var det i snitt, sa du?
B| Rundt tjue {{per natt}} i starten. Nå kanskje åtte, ti. Vi har justert følsomheten på de fleste rommene. Unntatt rom [[211|id]], der bor det en mann som har sånn uro i beina, han sparker dyna av seg hele natta, og hver gang sier sensoren «ute av seng».
C| Det er han [[Reidar|per]], ja. Å, unnskyld, jeg skulle ikke si navn, men dere anonymiserer, {{ikke sant}}? [[Reidar|per]] er veldig søt. Han er [[nittiseks|age]], og han var skogsarbeider på [[Biri|plc]] hele livet. Når alarmen går og jeg kommer inn, han sier alltid «Er det brann, jenta mi?» (ler) Hver natt. Vi kaller det [[Reidar|per]]-alarmen nå.
D| Men det er jo litt det som er problemet, da. At vi vekker'n hver gang vi går inn for å sjekke en falsk alarm. Så er vi tilbake der vi var før sensorene.
A| Nei, [[Ola|per]], det er ikke helt riktig. Før gikk vi inn til alle, hver andre time. Nå går vi bare inn der det piper.
B| Der har'n et poeng, [[Vibeke|per]]. Hos'n piper det jo hver andre time! (ler)
I1| Hva med dispenserne? Jeg har hørt at dere har dem i hjemmetjenesten her.
A| Ikke vi, men mannen min jobber i hjemmetjenesten på [[Raufoss|plc]], og de har {{Evondos}}. Han er itte fan. (ler) Søstera til [[Dag|per]] har en sånn til svigermora si på [[Kapp|plc]], og der fungerer den fint. Men hu er skarp i hodet, da.
I1| [[Jolanta|per]], du nevnte at du jobber mest natt. Hvordan er teknologien om natta?
C| Om natta vi er bare to på hele huset, {{trettiseks beboere}}. Så telefonen er veldig viktig. Men en gang — det var [[fredag 13. oktober|dat]], jeg husker fordi kollegaen min sa det er ulykkesdag — telefonen døde. Batteriet. Og laderen var borte. Vi måtte gå runder som før, hele natta. Og om morgenen jeg fant laderen i lomma på en jakke til [[Ola|per]].
D| Nei! Var det min? Den grønne? Å, det... det beklager jeg. (ler)
B| Vi har laga en rutine nå at laderen skal henge fast på veggen med strips. Og hvis noe annet er galt, ringer je [[Hanne Sofie|per]] på IT i kommunen, internnummer [[6615|tel]]. Hu er god. Leverandøren har telefonkø i [[Sverige|plc]].
I1| Har personvern og kamera vært diskutert hos dere?
A| Vi har ikke kamera, bare sensorer som viser omriss. Men pårørende tror ofte det er kamera. Det var en datter til fru [[Lien|per]] — [[Dag|per]], husker du henne? — som ble helt fra seg. Hu skrev klage til kommunen og ringte [[Oppland Arbeiderblad|org]]!
D| Je var på jobb da journalisten kom. Hu hette [[Thea|per]] et-eller-annet, vi gikk på [[Gjøvik videregående skole|org]] samtidig. Hu så på skjermen i to minutter og skjønte at det bare var en strek, og så ble det ingen sak.
I1| Hvis dere skulle gitt ett råd til ledelsen, hva ville det vært?
B| Tid til superbrukerne. Je har fått null timer til dette. Null!
C| Mer folk på natt. Og ikke ta bort nattevakt fordi det kommer sensor.
A| Involver oss før de kjøper, ikke etter. Og bedre wifi i kjelleren, sier [[Ola|per]]. (ler)
""")

# ---------------------------------------------------------------- P28 en focus group (Bergen, international staff)
T["P28"] = ("en", r"""
I1| Okay, welcome everyone, and thanks for coming straight after your shift. Let's do a quick round — first name and where you're from originally.
A| Hi, I'm [[Joy|per]], from the [[Philippines|plc]], from [[Davao|plc]]. I'm assistant here at [[Eidsvåg omsorgssenter|org]] for, hmm, six years now.
B| [[Bo|per]]. I'm from [[Malmö|plc]]. Nurse. Three years in [[Bergen|plc]] and I still don't understand what people say. (laughs)
C| [[Mehret|per]], from [[Eritrea|plc]]. Helsefagarbeider. I work in the dementia unit, mostly nights.
D| I'm [[Kasia|per]] — [[Katarzyna|per]] on paper — from [[Łódź|plc]] in [[Poland|plc]]. I'm the superbruker for the tablets and the night cameras.
I1| Great. Let's start with the night cameras. [[Kasia|per]], maybe you can explain what you have?
D| So we have digital supervision in the dementia unit since the spring. {{Sixteen rooms}}. It's not a real camera picture, it's like a shadow. It alerts on the phone if someone gets up, falls, or leaves the room. And we can look in for a few seconds, a "virtual round".
C| It changed my nights, honestly. Before, I walked and walked. Now I sit more — but I am more tired in the head, not the legs. (laughs)
B| That's interesting, [[Mehret|per]]. I feel exactly the same. It's a different kind of tired.
I1| Can you say more about that?
C| Because you are always waiting for the beep. You cannot relax, even when it's quiet. And some nights it's not quiet. One night in {{January}} we had a man — he's gone now — who went out of the room eleven times. Eleven. Every time I bring him back, and he says "I have to go to work, the boat is leaving". He was a captain on [[Hurtigruten|org]] for {{thirty years}}.
A| Oh, I remember him! Captain [[Sælen|per]]. He always saluted me. (laughs)
C| Yes, [[Joy|per]], he saluted everyone. Even the cleaner.
I1| What about the tablets, the video calls?
D| That's my other job. (laughs) We have four tablets. Most families use them at weekends. The biggest user is a lady in room [[14|id]] — her grandson is in [[Australia|plc]], in [[Perth|plc]], so the time difference is terrible. He calls at {{six o'clock}} in the morning our time, and the night shift has to help her.
C| That is me! Every {{Sunday}}. (laughs)
A| But it's beautiful, no? I helped her once, she was showing him her knitting, a sweater for his new baby, holding it up to the camera, and he was crying on the other side of the world.
I1| Do you find the technology is designed for people with Norwegian as a second language?
B| Not at all. Everything is in Norwegian, and not normal Norwegian, it's kommune-Norwegian. The alarm says "Bevegelse registrert utenfor sengesone". I mean, come on. (laughs)
A| For me the worst is writing the report in {{CosDoc}}. My colleague [[Torill|per]] reads it every day and fixes my grammar. It's nice, but it's also a little bit — how do you say — embarrassing. (laughs)
I1| How do the Norwegian colleagues treat you as tech champions?
D| Mostly good. Some of the older ones prefer to ask [[Stein|per]], our leader, even if he doesn't know. Because he's Norwegian and a man. (laughs) But [[Stein|per]] sends them back to me. He says, "{{Ask}} [[Kasia|per]], she knows." That helps.
B| [[Stein|per]] is good. He defended me when a relative complained she couldn't understand my Swedish and wanted a "real Norwegian nurse". He told her, fine, you can wait for one, it will take about three months. (laughs) She took me.
I1| Have you had situations where the technology failed?
C| Yes! On the [[fifth of December|dat]] the whole system went down. The wifi. And we didn't know for almost one hour, because the phones showed nothing, and we thought, oh, a quiet night. Then [[Kasia|per]] called from home because she got an error message on her email.
D| I'm on the list for system errors, so my phone beeps even at home. My husband hates it. If {{anyone}} from the kommune wants my list of ideas, they can email me, [[kasia.wozniak@bergen.kommune.no|eml]]. (laughs)
I1| Last question. If you could say one thing to the municipality, what would it be?
A| Give us Norwegian course in work time. With the words we actually use.
B| Make the systems in English too. It's not hard!
C| Ask us before you buy things. We are the ones awake at three in the morning.
""")

# ---------------------------------------------------------------- P29 nn focus group (Sunnfjord)
T["P29"] = ("nn", r"""
I1| Velkomne alle saman. Kan de seie namnet og rolla dykkar, så byrjar me?
A| Eg er [[Solfrid|per]], prosjektleiar for velferdsteknologi i [[Sunnfjord kommune|org]].
B| [[Atle Vassbotn|per]], IKT-rådgjevar. Eg er den som får skulda når ting ikkje verkar. (ler)
C| [[Brita|per]], {{sjukepleiar}} i heimesjukepleia i [[Naustdal|plc]]. Eg har vore med i prosjektgruppa frå starten.
D| [[Trond|per]]. Eg er hovudtillitsvald for [[Norsk Sykepleierforbund|org]] her, og så er eg pårørande, mor mi har GPS. Så eg har fleire hattar på.
I1| [[Solfrid|per]], kan du fortelje kort om prosjektet?
A| Ja. Me starta då kommunane slo seg saman — [[Førde|plc]], [[Naustdal|plc]], [[Jølster|plc]] og [[Gaular|plc]] — og då hadde alle fire ulike løysingar. Så første oppgåve var å samordne. No har me medisindispensarar, GPS, digitalt tilsyn på to sjukeheimar og tryggleiksalarmar til om lag {{åtte hundre}} brukarar. Og me har eit felles responssenter på helsehuset.
B| Og eg vil berre seie at samordninga tok {{to år}}. To år med integrasjonar. (ler)
A| Ja, [[Atle|per]], me veit. (ler)
I1| [[Brita|per]], korleis har det vore å vere i prosjektgruppa som heimesjukepleiar?
C| Lærerikt. Og frustrerande. Eg har kjent meg høyrd, det skal [[Solfrid|per]] ha. Men det er ein avstand mellom det me bestemmer i møta og det som skjer ute. Til dømes med {{Pilly}}-dispensarane. Me bestemte at alle nye brukarar skulle vurderast for dispensar. Men ingen sa kven som skulle gjere vurderinga. Så det vart oss, utan ekstra tid.
D| Det er jo det me i [[NSF|org]] har sagt heile vegen.
C| Ja, [[Trond|per]], eg veit du har sagt det. (ler)
I1| [[Trond|per]], du nemnde at mor di har GPS. Vil du fortelje om det?
D| Ja. Mor bur på [[Vassenden|plc]], ho er [[åttiein år|age]], og ho har byrja å gløyme. Ho gjekk seg bort ein kveld, [[måndag 11. mars|dat]], og me fann ho nede ved [[Jølstravatnet|plc]], i joggesko og nattkjole. Etter det fekk ho GPS. Og eg må seie, som pårørande, at det har gjeve meg mykje ro. Men som tillitsvald ser eg at det er heimesjukepleia som må rykkje ut når alarmen går, og dei har ikkje fått fleire folk.
C| Og det er ofte eg som køyrer, [[Trond|per]]. (ler) Eg har henta mor di to gonger.
D| Eg veit det, [[Brita|per]], og eg er evig takksam.
I1| [[Atle|per]], korleis ser det ut frå IT-sida?
B| Kaotisk, men betre. Me har no éin plattform for alarmane, og han er integrert med {{Profil}} — me har Profil i heile kommunen no. Det største problemet er nettdekninga. Ute i [[Sande|plc]] og oppover [[Haukedalen|plc]] er det hol i dekninga, og då veit ikkje GPS-en kvar folk er. Eg har ei liste over kvite flekkar som eg har sendt til [[Telenor|org]] fleire gonger. Ingen svar.
A| Me har òg teke det opp med [[Statsforvaltaren i Vestland|org]]. Utan at det har hjelpt.
I1| Kva med digitalt tilsyn på sjukeheimane?
A| Det er på [[Naustdal omsorgssenter|org]] og på [[Bruhaugen|org]] i [[Førde|plc]]. Det har gått ganske bra. Men det var ein vanskeleg situasjon i haust, då ein bebuar på rom [[27|id]] på [[Bruhaugen|org]] vart liggjande på golvet i nesten {{ein time}}, fordi varselet gjekk til ein telefon som låg i ladaren på vaktrommet.
B| Og teknisk sett fungerte alt. Det er det som er så frustrerande. Teknologien gjorde jobben sin.
D| Men det er jo nettopp poenget, [[Atle|per]]. Teknologien er aldri betre enn folka rundt han.
I1| Om de skulle gje eitt råd til ein annan kommune, kva ville det vore?
A| Ha ein plan for kven som gjer kva, før du kjøper.
B| Sørg for nettdekning før du kjøper GPS. (ler)
C| Spør oss som køyrer bilen om natta. Og ikkje rekn med innsparing før du har sett ho, seier [[Trond|per]] alltid.
I1| Takk alle saman. Om det kjem spørsmål i etterkant, kan eg sende dei til deg, [[Solfrid|per]]?
A| Ja, [[solfrid.hovland@sunnfjord.kommune.no|eml]], eller [[57 72 20 00|tel]] — det er sentralbordet, be om meg.
""")

# ---------------------------------------------------------------- P30 nb focus group (speech-to-text, Bodø)
T["P30"] = ("nb", r"""
I1| okei da er opptaket i gang velkommen alle sammen kan vi ta en runde med navn først
A| ja jeg er [[kine|per]] jeg er {{sykepleier}} i hjemmetjenesten i [[bodø|plc]] sone [[rønvik|plc]]
B| [[jan erik|per]] helsefagarbeider samme sone jeg har vært der i {{tjue år}} eller no
C| og jeg er [[liv|per]] jeg er ergoterapeut i kommunen og jobber med tildeling av hjelpemidler
D| [[mustafa|per]] jeg jobber natt i hjemmetjenesten og er superbruker for alarmene
I1| fint jeg tenkte vi kunne starte med trygghetsalarmene hvordan fungerer de i dag
D| de fungerer stort sett men vi har mange som ikke bruker dem de har den i skuffen eller på nattbordet og da hjelper det jo ikke
A| vi hadde en mann på [[mørkved|plc]] i vinter han hadde alarmen hengende på en spiker ved døra
B| ja var det han som falt i gangen
A| ja og lå der hele natta det var [[tjuende i tolvte|dat]] jeg husker det for det var rett før {{jul}} og det var {{minus femten}} ute
C| jeg var hjemme hos ham etterpå og vi fikk en ny alarm som er en klokke i stedet men han tar den av når han dusjer og det er jo da de faller
D| vi har prøvd å få leverandøren til å lage en som er vanntett men de sier den er vanntett det er bare at folk ikke tror det
I1| hva med gps hvor mange har det
C| vi har vel {{trettien brukere}} med gps nå og det øker
B| og halvparten av dem bor på [[kjerringøy|plc]] eller [[saltstraumen|plc]] hvor det ikke er dekning
C| nei det er ikke halvparten [[jan erik|per]] det er kanskje fem
B| ja ja fem da men det føles som halvparten
I1| kan dere fortelle om en gang gps har vært i bruk
D| ja jeg kan det det var natt til [[femtende august|dat]] en dame med demens på [[hundholmen|plc]] hun var [[åttiseks|age]] og hun gikk ut klokka to og gpsen varslet meg og jeg så at hun gikk mot kaia og jeg kjørte med [[e v tre fire null null ni|id]] det er den elbilen som aldri har strøm og jeg fant henne på en benk ved [[glasshuset|plc]] hun satt og så på båtene
A| det var hun [[astrid|per]] {{ikke sant}}
D| jeg sier ikke navn [[kine|per]]
I1| det er helt greit vi anonymiserer hvordan reagerte familien
D| sønnen kom fra [[fauske|plc]] neste dag og han var veldig takknemlig men han ville også ha kamera i stua og det fikk han ikke for hun kunne ikke samtykke
C| og det er jo der det blir vanskelig for vi må vurdere etter {{kapittel fire a}} og det er jeg som skriver de vurderingene og det tar lang tid jeg har hatt en sak liggende siden [[tredje mars|dat]] med saksnummer [[tjuetre skråstrek null fem fem to en|id]] og den er fortsatt ikke ferdig
I1| hvordan er samarbeidet med sykehuset
A| det går greit med [[nordlandssykehuset|org]] men meldingene kommer ofte sent vi hadde en pasient som kom hjem en {{fredag}} ettermiddag og vi fikk epikrisen på {{mandag}} og da hadde hun tatt feil medisiner hele helgen
B| det skjer hele tiden
I1| hvis dere skulle ønske dere én ting hva ville det vært
C| at vi fikk være med når ting kjøpes inn
D| og at noen svarer på telefonen på natta for hvis jeg ringer leverandøren da er det en telefonsvarer og hvis jeg ringer [[helge|per]] på it på [[nittien førtifire tjueto tretti|tel]] så sover han
""")

# ======================================================================
# machinery
# ======================================================================
STT = {"P06", "P11", "P16", "P21", "P24", "P30"}
FOCUS = {"P27", "P28", "P29", "P30"}


def parse(pid, block):
    """Return list of turns: dict(speaker, text, ents=[(s,e,text,type)], keeps=[(s,e,text)])."""
    turns = []
    for raw in block.strip("\n").split("\n"):
        if not raw.strip():
            continue
        spk, sep, body = raw.partition("| ")
        if not sep:
            raise SystemExit("%s: bad line %r" % (pid, raw[:60]))
        spk = spk.strip()
        if spk == "I1":
            speaker = "I1"
        elif spk == "P":
            speaker = pid
        elif len(spk) == 1 and spk.isupper():
            speaker = pid + spk
        else:
            raise SystemExit("%s: bad speaker %r" % (pid, spk))
        out, ents, keeps, pos = [], [], [], 0
        for m in MARK.finditer(body):
            out.append(body[pos:m.start()])
            start = sum(len(x) for x in out)
            if m.group(1) is not None:
                txt = m.group(1)
                ents.append((start, start + len(txt), txt, TYPES[m.group(2)]))
            else:
                txt = m.group(3)
                keeps.append((start, start + len(txt), txt))
            out.append(txt)
            pos = m.end()
        out.append(body[pos:])
        text = "".join(out)
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text or "|" in text:
            raise SystemExit("%s: leftover markup in %r" % (pid, text[:80]))
        turns.append(dict(speaker=speaker, text=text, ents=ents, keeps=keeps))
    return turns


def occurrences(text, needle):
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?=(?:s|'s|\u2019s)?(?!\w))")
    return [m.start() for m in pat.finditer(text)]


def covered(pos, length, spans):
    return any(s <= pos and pos + length <= e for s, e in spans)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def build(write=True):
    errors, warnings = [], []
    gold = {}
    stats = {"files": {}, "types": {}, "keeps": 0, "register": {}}
    for pid in sorted(T):
        lang, block = T[pid]
        turns = parse(pid, block)
        fname = pid + ".xml"
        # ---- structure checks
        if not 14 <= len(turns) <= 30:
            errors.append("%s: %d turns" % (pid, len(turns)))
        speakers = [t["speaker"] for t in turns]
        if pid in FOCUS:
            parts = sorted({s for s in speakers if s != "I1"})
            if not 3 <= len(parts) <= 5 or any(not re.fullmatch(pid + "[A-E]", s) for s in parts):
                errors.append("%s: bad focus-group speakers %s" % (pid, parts))
        else:
            parts = [pid]
            for i, s in enumerate(speakers):
                want = "I1" if i % 2 == 0 else pid
                if s != want:
                    errors.append("%s turn %d: speaker %s, expected %s" % (pid, i, s, want))
        if pid in STT:
            reg = "stt-" + lang
            for i, t in enumerate(turns):
                if t["text"] != t["text"].lower():
                    errors.append("%s turn %d: STT text not lower case" % (pid, i))
                if re.search(r"[.!?;:](?=\s|$)", t["text"]):
                    warnings.append("%s turn %d: STT sentence punctuation" % (pid, i))
        else:
            reg = lang
        stats["register"][reg] = stats["register"].get(reg, 0) + 1
        # ---- gold
        ents_out, keeps_out = [], []
        all_ent_texts = set()
        for i, t in enumerate(turns):
            seen = {}
            for s, e, txt, typ in t["ents"]:
                all_ent_texts.add(txt)
                if txt in seen:
                    if seen[txt] != typ:
                        warnings.append("%s turn %d: %r marked as %s and %s" % (pid, i, txt, seen[txt], typ))
                    continue
                seen[txt] = typ
                ents_out.append({"text": txt, "turn": i, "type": typ})
            kseen = set()
            for s, e, txt in t["keeps"]:
                if txt in kseen:
                    continue
                kseen.add(txt)
                keeps_out.append({"text": txt, "turn": i})
                for es, ee, etxt, _ in t["ents"]:
                    if overlaps((s, e), (es, ee)):
                        errors.append("%s turn %d: keep %r overlaps entity %r" % (pid, i, txt, etxt))
                for etxt in seen:
                    if txt.lower() in etxt.lower() or etxt.lower() in txt.lower():
                        warnings.append("%s turn %d: keep %r vs entity %r share text" % (pid, i, txt, etxt))
            # distinct entity texts nested in each other in one turn
            names = list(seen)
            for a in names:
                for b in names:
                    if a != b and a in b:
                        warnings.append("%s turn %d: entity %r inside entity %r" % (pid, i, a, b))
        # unmarked occurrences of any marked string anywhere in the file
        for i, t in enumerate(turns):
            spans = [(s, e) for s, e, _, _ in t["ents"]] + [(s, e) for s, e, _ in t["keeps"]]
            for txt in all_ent_texts:
                for p in occurrences(t["text"], txt):
                    if not covered(p, len(txt), spans):
                        warnings.append("%s turn %d: unmarked %r" % (pid, i, txt))
        # every gold text must occur in its turn
        for g in ents_out + keeps_out:
            if g["text"] not in turns[g["turn"]]["text"]:
                errors.append("%s: gold %r not in turn %d" % (pid, g["text"], g["turn"]))
        if not 5 <= len(keeps_out) <= 10:
            errors.append("%s: %d keeps" % (pid, len(keeps_out)))
        gold[fname] = {"entities": ents_out, "keep": keeps_out}
        stats["files"][pid] = (reg, len(turns), len(ents_out), len({g["text"] for g in ents_out}), len(keeps_out))
        stats["keeps"] += len(keeps_out)
        for g in ents_out:
            stats["types"][g["type"]] = stats["types"].get(g["type"], 0) + 1
        # ---- XML
        lines = ['<?xml version="1.0" encoding="UTF-8"?>']
        if pid in FOCUS:
            lines.append('<interview xmlns="%s" id="%s" participant="%s" participants="%s" language="%s">'
                         % (NS, pid, parts[0], " ".join(parts), lang))
        else:
            lines.append('<interview xmlns="%s" id="%s" participant="%s" language="%s">' % (NS, pid, pid, lang))
        lines.append("  <body>")
        for t in turns:
            lines.append('    <turn speaker="%s">%s</turn>' % (t["speaker"], escape(t["text"])))
        lines.append("  </body>")
        lines.append("</interview>")
        xml = "\n".join(lines) + "\n"
        try:
            root = ET.fromstring(xml.encode("utf-8"))
            got = root.findall("{%s}body/{%s}turn" % (NS, NS))
            if [(x.get("speaker"), x.text) for x in got] != [(t["speaker"], t["text"]) for t in turns]:
                errors.append("%s: XML round trip differs" % pid)
            if len(list(root)) != 1 or any(len(list(x)) for x in got):
                errors.append("%s: unexpected XML elements" % pid)
        except ET.ParseError as exc:
            errors.append("%s: XML does not parse: %s" % (pid, exc))
        if write:
            with open(os.path.join(HERE, fname), "w", encoding="utf-8") as fh:
                fh.write(xml)
    if write:
        with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        # re-parse everything that was written
        for pid in sorted(T):
            ET.parse(os.path.join(HERE, pid + ".xml"))
        g2 = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
        for fname, g in g2.items():
            root = ET.parse(os.path.join(HERE, fname)).getroot()
            texts = [x.text for x in root.findall("{%s}body/{%s}turn" % (NS, NS))]
            for e in g["entities"] + g["keep"]:
                if e["text"] not in texts[e["turn"]]:
                    errors.append("%s: gold %r not in written turn %d" % (fname, e["text"], e["turn"]))
    return errors, warnings, stats


def main():
    errors, warnings, stats = build(write="--check" not in sys.argv)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("files:", len(stats["files"]))
    for pid, (reg, nt, ne, nd, nk) in sorted(stats["files"].items()):
        print("  %s %-7s turns=%2d entities=%2d distinct=%2d keeps=%2d" % (pid, reg, nt, ne, nd, nk))
    print("register:", dict(sorted(stats["register"].items())))
    print("entity types:", dict(sorted(stats["types"].items())), "total", sum(stats["types"].values()))
    print("keeps:", stats["keeps"])
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
