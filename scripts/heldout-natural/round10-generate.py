#!/usr/bin/env python3
"""Generator for the heldout-natural-10 evaluation set.

Every transcript is held literally below. Identifiers are marked inline as
[[text|type]] and words that must NOT be treated as identifiers as {{text}}.
The script strips the markup, writes PNN.xml and gold.json, and checks that
every gold text occurs in its turn and that every XML file parses.

Type codes: per=person pla=place adr=address org=org dat=date age=age
tel=phone ema=email id=id
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"per": "person", "pla": "place", "adr": "address", "org": "org",
         "dat": "date", "age": "age", "tel": "phone", "ema": "email", "id": "id"}

T = {}

T["P01"] = ("en", r"""
I1: Thank you for taking the time, [[Maricel|per]]. Could you start by telling me a little about your job and how you ended up here?
P01: Yes, of course. So I am a nurse, {{sykepleier}}, in the home care in [[Tromsø|pla]], in the zone we call [[Hjemmetjenesten Kvaløysletta|org]]. I came here in 2015. First I worked one year as assistant at [[Kroken sykehjem|org]] because my authorisation was not ready, and after that I got the Norwegian license. So now it's, ehm, {{eight years}} in home care, more or less.
I1: What does a normal day look like for you?
P01: There is no normal day, hah. We start {{half past seven}} with the report, and then we take the cars. I usually take the white Corolla, [[EL 43917|id]], because it has the studded tires, the other ones are, how do you say, not so trustworthy on the ice. And then maybe fourteen, fifteen patients before lunch. Many of them have the medicine robot now, the {{Evondos}}, so we don't need to drive out only for pills in the morning anymore.
I1: How has that been, the medicine dispensers?
P01: Mostly good, mostly. But I can tell you one story. We had a lady, [[Ragnhild Isaksen|per]], she lived out at [[Eidkjosveien 22, 9107 Kvaløya|adr]], and she was [[ninety-one years old|age]]. She had {{Alzheimer}} in the early stage, and the dispenser was beeping and beeping and she thought it was the telephone. So every time it beeped she called her son [[Frode|per]] down in [[Alta|pla]]. And [[Frode|per]] called us. Ten times in one week, I think. He said, "You know, the box is talking to my mother again."
I1: What did you do about it?
P01: We had a meeting with our tech champion, superbruker we say, her name is [[Siv Hanssen|per]], she knows everything about these machines. And she said, okay, we can change the sound so it is a voice, like "now it is time for your medicine". The supplier sent a technician up to fix it, on the [[3rd of February|dat]], I remember because it was the day after my daughter's birthday.
I1: And did it help?
P01: Yes and no. She liked the voice, she said it sounded like the radio, hah. But then in April she fell in the bathroom and she went to [[UNN|org]], and after the hospital she got a long-term place in a nursing home, actually the same one where I started. Small world. So the dispenser came back to our office, and we had to clean it and write it out in {{Gerica}}. Her number there was [[1184726|id]], I still remember it because I typed it so many times.
I1: You mentioned the son. How is the contact with relatives in general?
P01: It's different. Some relatives you never see. Some call every day. We have one daughter, I will not say who, she sends SMS to the zone phone, [[476 03 158|tel]], also at night, like two o'clock, asking if her mother drank enough water. And the night shift has to answer. But I understand her. If my mother was alone back home and I was here, I would also send SMS at two o'clock.
I1: Is your mother still in the [[Philippines|pla]]?
P01: Yes, she is [[seventy-eight|age]] now, she lives with my sister. We do video call every {{Sunday}}. Actually that's funny, because at work we try to make the old people use the tablet for video calls, and my mother is better with the phone than the Norwegian grandpas, hah.
I1: Tell me more about the tablets.
P01: It's a project in the kommune, the welfare technology project, they bought maybe twenty tablets. The coordinator is [[Øyvind Leinan|per]], he sends mails all the time, [[oyvind.leinan@tromso.kommune.no|ema]], we know it by heart. The problem is the old people don't want to charge them. They put it in the drawer. One man, he used it as a cutting board, I'm not joking, there was fish on it.
I1: [laughs] And the colleagues, how do they take the technology?
P01: The young ones are fine. The problem is more the people who have worked thirty years. Like [[Gunnvor|per]], she is lovely, she is the best nurse, but she says "I didn't study nursing to be the IT support." And she's right, a little bit. Sometimes we spend forty-five minutes on the phone with support, and the patient is waiting.
I1: If you could change one thing, what would it be?
P01: More time. Not more machines. Maybe one more person on each shift. Then the machines are good, because then we have time to learn them properly.
I1: Thank you so much, that was really helpful.
P01: You're welcome. Good luck with the project.
""")

T["P02"] = ("nb", r"""
I1: Da er opptakeren på. Kan du begynne med å fortelle litt om hva du jobber med?
P02: Ja. Eg er helsesekretær på [[Nygårdshøyden legesenter|org]], eller, vi heter jo egentlig noe med «AS» på papiret, men alle sier bare «legesenteret». Eg har vært der siden, ehm, 2009? Ja, 2009. Før det var eg på [[Haukeland|org]], på poliklinikken, men det var altfor stort for meg, altså. Eg trives bedre der du kjenner folk.
I1: Hvordan ser en vanlig dag ut i skranken?
P02: Telefonen. Det er telefonen hele dagen. Vi åpner linjene kvart over åtte, og da ligger det tjue stykker i kø allerede. Og så har du {{Helsenorge}} i tillegg, alle meldingene som kommer inn der, reseptfornyelser og «kan legen ringe meg» og sånn. Eg sier ikke at det er dårlig, altså, folk slipper å ringe, men det blir dobbelt opp, ikke sant.
I1: Har du et eksempel på en situasjon som har vært vanskelig?
P02: Ja, det var en mann, eg kan jo ikke si hele navnet... eg sier fornavnet, [[Bjarte|per]]. Han var [[femtito|age]], dårlig med hjertet, og han sendte melding på Helsenorge en fredag ettermiddag om at han hadde trykk i brystet. Fredag ettermiddag! Og ingen leste det før mandag. Heldigvis ringte han {{113}} selv til slutt, og han ble lagt inn. Men etter det laget dr. [[Solheim|per]], altså [[Kjersti Solheim|per]], hun er daglig leder hos oss, en rutine om at vi sjekker innboksen klokka tre hver fredag. Og det er eg som har det. Så nå er eg «fredagsdama», hehe.
I1: Hvordan er samarbeidet med hjemmetjenesten?
P02: Kjempegodt, egentlig. Vi har en fast kontakt der, [[Tone|per]] i [[Årstad hjemmesykepleie|org]], og eg har direktenummeret hennes, [[55 56 71 40|tel]], og det er gull verdt, for sentralbordet til kommunen, ja... du vet. Ellers går jo det meste på {{PLO-meldinger}} nå, og det er greit, men det er noe med å høre stemmen, ikke sant.
I1: Multidose, er det noe dere har med å gjøre på legekontoret?
P02: Å ja, hele tiden. Vi samarbeider mest med [[Apotek 1 Bystasjonen|org]]. Og der var det en gang, ka var det, høsten 2019 tror eg, en forveksling. To damer med nesten samme navn, begge het [[Else Marie|per]] til fornavn, og begge var født i [[1936|age]]. Og den ene fikk dosett med den andre sin blodfortynnende. Det ble oppdaget etter to dager, av hjemmesykepleien, heldigvis.
I1: Hvordan ble det oppdaget?
P02: Det var en sykepleier, [[Marte|per]], som så at det stod {{Marevan}} på rullen, og hun visste at akkurat denne damen ikke skulle ha det. Så hun ringte oss, og vi ringte apoteket, og eg måtte lese opp hele fødselsnummeret for å være sikker, [[03043649871|id]], sånn at de fant riktig person i systemet. Eg husker eg leste det to ganger, sakte. Null-tre, null-fire... ja.
I1: Hva tenker du om det i ettertid?
P02: At det er mennesker som gjør feil, ikke maskinene, liksom. Eller, både og. Men eg tror faktisk det var bra at det var en så rutinert sykepleier. En ny vikar hadde ikke sett det.
I1: Du nevnte at du bor et stykke unna?
P02: Ja, eg bor på [[Askøy|pla]], oppe på [[Florvåg|pla]], så eg kjører over brua hver morgen. Når det er kø på {{mandager}} kan det ta tre kvarter. Men eg har podkast, så, hehe.
I1: Er det noe du vil legge til før vi avslutter?
P02: Bare at dokker som forsker må huske oss i skranken. Alle snakker om legene og sykepleierne, men det er vi som tar imot alt først. Og eg har fått mange hyggelige ting også, altså. Det var en gammel mann, han [[Ingvald|per]], han kom med vafler til oss hver {{jul}} i ti år. Han døde i [[februar 2022|dat]]. Vi savner ham faktisk.
I1: Takk for at du delte det.
P02: Bare hyggelig.
""")
T["P03"] = ("nn", r"""
I1: Takk for at du ville vere med, [[Åshild|per]]. Kan du byrje med å fortelje litt om kvar du jobbar?
P03: Ja, eg er helsefagarbeidar på [[Luster omsorgssenter|org]] i [[Gaupne|pla]]. Eg byrja der då eg var nitten, som vikar om sommaren, og no har eg vore der i tjueein år, så... ja. Eg er oppvaksen på ein gard innover dalen, på [[Nedre Moldaberg|pla]], så eg har aldri vore langt heimanfrå, for å seie det sånn.
I1: Du jobbar mest natt, sa du?
P03: Mest natt, ja. Me er to helsefagarbeidarar på natt for tretti bebuarar, og så er det éin sjukepleiar som skal dekkje heile kommunen, heimetenesta og alt. Så om ho er ute i ei bygd, er me aleine, {{liksom}}. Difor har me fått sensorar på nokre av romma, {{Roommate}}, som varslar på telefonen når nokon set seg opp i senga eller går mot døra.
I1: Korleis har det fungert?
P03: Stort sett bra. Men eg hugsar [[1. juledag 2020|dat]], då gjekk det ikkje så bra. Det var ein mann på [[rom 14|id]], eg seier ikkje namnet hans, men han hadde {{Parkinson}} og var veldig uroleg den natta. Sensoren varsla, det har me sett i loggen etterpå, men telefonen hadde lade seg ut, og det var ingen som såg det. Det var ho [[Liv|per]] som fann han på golvet då ho gjekk runden sin klokka fire.
I1: Kva skjedde etterpå?
P03: Me skreiv avvik, sjølvsagt. Leiaren vår, [[Gunnar Hauge|per]], tok det veldig alvorleg, det skal han ha. Avviket fekk nummer [[2020-4471|id]], det hugsar eg fordi eg måtte skrive det på ein lapp til [[Liv|per]], ho skulle snakke med sonen hans dagen etter. Og etter det har me ein rutine om at telefonane skal stå i ladaren ved vaktskiftet, med ein liten lapp med namnet på den som har ansvaret.
I1: Du nemnde kollegaar frå andre land tidlegare. Kven jobbar du saman med?
P03: Åh, me har [[Senait|per]] frå [[Eritrea|pla]], ho er fantastisk med dei demente, ho syng for dei, på tigrinja, og dei roar seg heilt. Og så har me [[Tomasz|per]] som køyrer inn frå [[Sogndal|pla]] kvar natt, førti minutt kvar veg. Han seier han likar å køyre om natta for då er det ingen bobilar, hehe.
I1: Korleis er det med opplæring i teknologien?
P03: Det er superbrukaren vår som tek det, [[Reidun|per]]. Ho har internnummer [[4412|tel]], og me ringjer henne heile tida, sjølv om ho eigentleg jobbar dag. Ho seier «ring berre», men eg veit ikkje om ho meiner det, hehe. Ho har laga ein perm med bilete av kvar knapp på telefonen. Det er meir nyttig enn alle kursa på {{Teams}}, ærleg talt.
I1: Kva med pårørande, kva tenkjer dei om sensorane?
P03: Dei fleste er glade. Men det var ein dotter, ho budde i [[Bergen|pla]], som var redd for at det var kamera. Ho trudde me såg på far hennar heile natta. Så me måtte forklare at det er ikkje bilete, det er berre ein slags strek på skjermen som viser at nokon rører seg. Når ho forstod det, var ho nøgd.
I1: Er det noko du saknar i arbeidskvardagen?
P03: Éin person til på natt. Det er det same som alle seier, trur eg. Og kanskje at {{Profil}} ikkje logga oss ut kvart tiande minutt, hehe, det er så irriterande når du står med ein bebuar og skal skrive.
I1: Takk skal du ha, dette var veldig nyttig.
P03: Berre hyggjeleg. Eg håpar det vert noko av det.
""")

T["P04"] = ("en", r"""
i1: okay so it's recording now um could you just say a little bit about your role
p04: yeah sure so i work in the it department in [[asker kommune|org]] we are like eleven people in the team and i'm the one responsible for the welfare technology part so all the sensors and the the dispensers and the camera stuff before that i was at [[evry|org]] as a consultant for six years so i kind of know both sides of the table
i1: and how did the night supervision project start
p04: it started in uh [[march twenty twenty one|dat]] i think yeah because we were still on home office it was [[henrik|per]] our project leader [[henrik aas|per]] he had been on a conference and seen the camera supervision in [[sandnes|pla]] and he came back and he was like we have to do this and i was like okay but who is going to integrate it with the {{jerry car}}
i1: with what sorry
p04: the {{jerry car}} the the patient record system the one the nurses use so the alarms have to go somewhere right and the supplier at that time only had an integration with {{cosdoc}} not with ours so we had to build a small thing in between and that took uh longer than anyone thought like eight months
i1: who was the supplier
p04: it was [[vitalis omsorg|org]] they are a small company in [[trondheim|pla]] nice people but they were like five developers so every time something broke i called the same guy [[magnus|per]] and he would say i will look at it tonight and he did to be fair he did
i1: can you tell me about a time when something went wrong
p04: yeah so there was one night in [[november twenty two|dat]] where all the cameras at [[hovedgården sykehjem|org]] went offline at the same time and the night staff they didn't know for like two hours because the screen just showed the last picture it didn't say offline it just froze and one lady in room [[two one seven|id]] she had got out of bed and was sitting on the floor and nobody saw it until the round at four
i1: was she hurt
p04: no not badly thank god but it was a big deal there was a meeting with the the {{kommunalsjef}} and everybody and the case is in the archive as uh [[twenty two slash one four four nine eight|id]] if you want to look at it i think you can get access via the the archive people
i1: what did you change after that
p04: we made a heartbeat so every {{ninety seconds}} the system checks that the camera is alive and if not it sends an sms to the night phone and also to me which is great for my sleep as you can imagine [laughs] my wife is not a big fan
i1: how do you work with the nurses on the floor
p04: mostly through the super users there is one at each place at [[hovedgården|org]] it's [[tor inge|per]] he is very good he's like a nurse who should have been an engineer and if he says something doesn't work then it really doesn't work so i trust him more than the tickets honestly
i1: if somebody wants to contact you about the technical side how should they do that
p04: uh the best is just email it's [[sindre dot molvik at asker dot kommune dot no|ema]] that's me or you can call my work mobile [[nine two four one three three zero eight|tel]] but i don't always pick up i'm in meetings like {{fifty percent}} of the day
i1: last question what would you say to another municipality starting this
p04: start small do one department not the whole municipality and make sure somebody owns the integration from day one because the supplier will say it's {{plug and play}} and it's never plug and play never
i1: thank you that's great
p04: no problem
""")

T["P05"] = ("nb", r"""
I1: Da er vi i gang. Kan du fortelle litt om hvem du er og hva du jobber med?
P05: Jo, æ heite [[Per-Arne|per]], [[Per-Arne Grønning|per]], og æ e sykepleier i hjemmetjenesten i [[Stjørdal|pla]], sone nord. Og så e æ ressursperson for velferdsteknologi, da, sånn at når nånn itj får te dæ medisindispenseren eller {{GPS-klokka}}, så ringe dæm mæ. Æ har jobba her i snart femten år.
I1: Hvordan ble du ressursperson?
P05: Nei, det va vel itj nånn andre som ville, for å si det rett ut, hehe. Nei da, det va ho [[Marit|per]], lederen vår, som spurte. Ho sa at «du e jo så glad i dingsa, [[Per-Arne|per]]». Og det e no sant, æ har alltid vært sånn. Så æ var på kurs på [[Værnes|pla]] i [[mai 2021|dat]], og så har det baill på sæ.
I1: Hvilke dispensere har dere?
P05: Vi har {{Pilly}} hos de fleste no. Og det har gått greit, men det e jo ikke alle som skjønne det. Æ hadde en dame, ho va [[åttisju|age]], og ho trudde at den grønne lampa betydde at ho hadde tatt pillan. Mens det betydde at ho skulle ta dæm. Så i tre dager hadde ho itj tatt nåkka. Det va svigersønnen hennes, han [[Kåre|per]], som oppdaga det, for han kom innom med fisk.
I1: Hvordan løste dere det?
P05: Vi satt oss ned med ho, æ og ho [[Synnøve|per]] fra dagvakta, og lagde en sånn lapp med store bokstava: «GRØNT = TA NÅ». Og så tapa vi den på kjøleskapet. Det funka. Enkel teknologi, hehe. Ho bodde i [[Kirkeveien 7, 7500 Stjørdal|adr]], rett ved siden av kirka, og ho sa at no kunne ho høre både kirkeklokkan og medisinklokka.
I1: Hva med GPS-ene?
P05: Ja, det e en anna historie. Vi har hatt en mann, fødd i [[-38|age]], som gikk på tur hver dag. Han hadde {{demens}} av {{Alzheimer}}-typen, men han va sprek i beina, altså. Og en dag, det va [[6/5-23|dat]], æ husker det fordi det va dagen etter den store kroninga på TV, så var han borte. Klokka viste at han va ved [[Hegra festning|pla]]. Det e jo langt! Han hadde tatt bussen!
I1: Hva skjedde?
P05: Vi ringte kona hans, og så kjørte æ opp dit med bilen vår, den grå, [[EK 20588|id]], og der satt han på en benk og så på utsikten. Han sa «Æ har itj vært her sia æ va i militæret.» Så det va egentlig veldig fint. Men æ va svett, det kan æ si.
I1: Hvordan er samarbeidet med IT i kommunen?
P05: Det e ho [[Line|per]] på IT vi snakke med. Ho e kjempeflink, men ho sitt på rådhuset og ho har hele kommunen, skolan og alt. Så vi får vente. Æ har nummeret hennes, [[918 44 062|tel]], men æ prøve å itj ringe for ofte. Vi har også fått en sånn fellesadresse, [[velferdsteknologi@stjordal.kommune.no|ema]], men æ vet itj om nån leser den.
I1: Hva tenker kollegene om teknologien?
P05: Det e delt. Dem unge syns det e greit. Noen av dem eldre synes det e tull, altså. Ho [[Astrid|per]] sier alltid at «en maskin kan itj holde nån i hånda». Og det har ho jo rett i. Men en maskin kan minne dæm på medisinen {{klokka åtte}}, og da kan vi bruke tida på å holde dem i hånda, liksom.
I1: Det var fint sagt. Er det noe du vil legge til?
P05: Nei, æ trur æ har sagt det meste. Jo, kanskje at dokker forskera må komme ut og kjøre en dag med oss. Det e noe anna enn å sitte på {{kontoret}}.
I1: Det skal jeg ta med meg. Tusen takk.
P05: Bare hyggelig!
""")
T["P06"] = ("sv", r"""
I1: Tack för att du ställer upp, [[Helena|per]]. Kan du börja med att berätta lite om dig själv och ditt jobb?
P06: Ja, absolut. Jag är sjuksköterska, och jag kommer från [[Arvika|pla]] från början. Nu pendlar jag över gränsen varje dag till [[Magnor omsorgssenter|org]] i [[Eidskog|pla]]. Det tar typ tjugofem minuter, om det inte är älgar på vägen, hehe. Jag har jobbat där sen 2016, och innan dess var jag på [[Centralsjukhuset i Karlstad|org]], på medicinavdelningen.
I1: Varför valde du att jobba på norska sidan?
P06: Lönen, ärligt talat. Och schemat. Hemma på svenska sidan jobbade jag varannan helg, här är det var tredje. Men det är inte bara det, jag har fått en väldigt bra chef, [[Anne-Grethe Skaug|per]], hon lyssnar, alltså på riktigt. Det har jag inte varit med om förut.
I1: Ni har infört kameratillsyn på natten, har jag förstått?
P06: Ja, {{digitalt tilsyn}} säger vi på jobbet, fast jag säger tillsyn ibland och då skrattar norrmännen åt mig. Vi startade [[tisdagen den 4 april|dat]], det var precis innan {{påsk}}, vilket var lite dumt, för då var det mycket vikarier som inte hade gått kursen.
I1: Hur togs det emot av de boende?
P06: De flesta märkte knappt något. Men det var en man, [[Birger|per]], han bodde på [[rum 9|id]] och han var [[nittiotvå år|age]], och han var helt klar i huvudet. Han sa: «Jag vill inte bli filmad som en bankrånare.» Och det förstår jag ju. Hans fru [[Aslaug|per]] kom varje dag och satt hos honom, och hon var också emot det.
I1: Hur löste ni det?
P06: Vi hade ett möte med honom och sonen, [[Jon Olav|per]], och vi förklarade att det inte är video hela tiden, att vi bara tittar in i några sekunder, typ som när man öppnar dörren på glänt. Och så fick han bestämma själv. Han sa nej. Och då blev det nej. Vi gick in till honom som vanligt i stället. Jag tycker det var rätt.
I1: Hur är det att jobba med norska kollegor?
P06: Jättebra. Vi är flera svenskar, faktiskt. [[Bo|per]] är från [[Torsby|pla]], han jobbar natt som jag, och vi pratar svenska med varandra och då tittar [[Mona|per]] på oss och säger «nå snakker de svensk igjen». Men hon förstår allt, hon låtsas bara. Det som är svårt är journalsystemet, {{Gerica}}, alla förkortningar är ju norska.
I1: Finns det något som skiljer sig från där du jobbade förut, när det gäller teknik?
P06: På sjukhuset hade vi mycket mer, tror jag, men det var ju ett sjukhus. Här är det mer sånt praktiskt, sängsensorer, dörrlarm, och så {{Alzheimer}}-patienterna har armband. Men folk är mer nyfikna här, tycker jag, de vill testa. Min sambo jobbar i IT och han säger att det är samma sak i hans bransch, att norrmännen bara kör.
I1: Har det hänt något särskilt vid gränsen i ditt pendlande?
P06: Hehe, ja. Jag har svenska skyltar på bilen, [[MRT 63F|id]], och under pandemin stoppade de mig på [[Morokulien|pla]] nästan varje dag. Till slut kände tullarna igen mig, en av dem sa «god morgon, sjuksköterskan» innan jag ens hann öppna fönstret.
I1: Om vi behöver komma i kontakt med dig igen, hur gör vi då?
P06: Ni kan ringa mitt svenska nummer, [[+46 70 312 88 41|tel]], det har jag alltid på mig. Det norska jobbnumret lämnar jag i skåpet när jag går hem, det är min regel. Men inte på {{fredagar}}, då sover jag efter nattpasset.
I1: Sista frågan: vad skulle du vilja ändra på?
P06: Att vi fick mer tid till utbildning innan något nytt startar. Inte en halvtimme på {{Teams}} och sen «lycka till». Man måste få testa, trycka på knapparna, göra fel.
I1: Tack så mycket.
P06: Tack själv!
""")

T["P07"] = ("en", r"""
I1: Okay, we're recording. Could you introduce yourself a bit?
P07: Yes. My name is [[Agnieszka|per]], but everybody at work says [[Aga|per]], because Norwegians cannot say [[Agnieszka|per]], they say "[[Anjeska|per]]" or something, hah. I am from [[Gdańsk|pla]], I came here in 2012 with my husband, he works in the oil, on the supply base. I am helsefagarbeider, skilled worker, at [[Nordlandet bo- og servicesenter|org]] in [[Kristiansund|pla]].
I1: How did you start working in care?
P07: Back home I was working in a shop, actually. But here the kommune had a course, Norwegian language plus practice in the nursing home, and I liked it so much. The old people, they don't care if your grammar is wrong. They care if you are kind. So I took the {{fagbrev}}, it took me three years with evening school.
I1: Your unit has been testing GPS trackers, right?
P07: Yes. We have four people with the GPS now. The first one was a man, I say only his surname, [[Halvorsen|per]], an old fisherman, [[eighty-eight|age]]. He walks every day, every day, rain or snow. And before GPS, he walked out and we had to call the police maybe twice {{per month}}. One time they found him on the bridge to [[Frei|pla]], he wanted to go to his boat, but the boat was sold in the nineties.
I1: And with the GPS?
P07: With the GPS it's much better. When he goes out of the zone, the alarm comes on our phone, and we can see the map. But! The first week, the alarm came all the time, because the zone was too small, it was only the garden. So he went to the mailbox, beep. He went to smoke, beep. My colleague [[Ruth|per]] said, "This is worse than before," hah. So we made the zone bigger, to include the shop on the corner.
I1: Who decided how big the zone should be?
P07: That is a good question. It was a meeting with the family, his daughter [[Solveig|per]], and the doctor, and the leader [[Ole Storm|per]]. They talked about, what is it called, {{samtykke}}, consent, because he cannot really consent himself, he has {{Alzheimer}}. And the daughter said, "Dad has walked free his whole life, let him walk." I was crying a little bit in that meeting, honestly.
I1: Has anything gone wrong?
P07: One time, on [[the twelfth of January|dat]], the battery was dead. Nobody charged the watch in the night. And he was gone for three hours. The police found him in the centre, by the church, he was cold but okay. After that we made a list on the wall, who charges, which night. Like a {{dugnad}}, hah.
I1: How do you communicate with the family?
P07: Mostly with [[Solveig|per]], she is very nice. She lives in [[Molde|pla]], so she comes every {{weekend}}. If something happens, I call her, her number is forty-one, twenty-seven, sixty-six, zero three. Sorry, I mean, I have it in the phone, but I know it, hah. [[41 27 66 03|tel]]. We also write in the {{Helsenorge}} sometimes, but she prefers telephone.
I1: What about your own language, does it matter in the job?
P07: Sometimes. We have one Polish lady in the nursing home, [[Pani Krystyna|per]], she is ninety-something, she came after the war. And she is forgetting Norwegian now, with the dementia, so only Polish is left. So I am the only one she can talk to. When I am on holiday, she is sad, the colleagues say. That is heavy, a little bit.
I1: That sounds like an important role.
P07: Yes. But it's not in my job description, you know? Nobody pays for that. I think the kommune should see it. We have Filipinos, Eritreans, Lithuanians, and all of us, we are translators also, for free.
I1: Is there anything else you want to say?
P07: Only that technology is good, but it's the people who make it work. The GPS cannot hold his hand when he's cold. [[Ruth|per]] can. I can.
I1: Thank you very much, [[Aga|per]].
P07: Thank you.
""")

T["P08"] = ("nb", r"""
I1: Sånn, da går den. Kan du fortelle litt om rollen din?
P08: Ja, æ e enhetsleder for hjemmetjenesten i [[Sortland|pla]], og det har æ vært sia 2017. Før det jobba æ som sykepleier på [[Nordlandssykehuset Vesterålen|org]], på medisinsk. Så æ har vært på begge sider, kan du si. Æ har rundt nitti ansatte, {{mer eller mindre}}, fordelt på to soner, og så har vi ansvar for omsorgsboligan på [[Strand|pla]] òg.
I1: Hvordan kom dere i gang med velferdsteknologi?
P08: Det va egentlig et interkommunalt prosjekt, sammen med [[Hadsel|pla]] og [[Øksnes|pla]], der vi søkte om penga fra staten. Prosjektlederen va han [[Stein Arild Hanssen|per]], han satt i [[Hadsel|pla]], og han va ekstremt flink til å skrive søknada. Vi fikk tilskudd, og første møtet va sist i [[oktober 2021|dat]]. Æ huske det fordi det va snøstorm og halvparten satt på {{Teams}} fra bilen.
I1: Hva har vært den største utfordringen?
P08: Folk. Ikkje teknologien, folk. Altså, ikkje på en negativ måte, men folk e travle. Du kan ikkje be en sykepleier som har tolv pasienta før lunsj om å lære seg et nytt system på toppen. Så vi måtte frikjøpe noen. Vi fikk ho [[Berit|per]] og han [[Dag|per]] som ressurspersona, {{femti prosent}} hver.
I1: Kan du fortelle om en konkret hendelse som har gjort inntrykk?
P08: Ja... det va ei dame, æ kalle ho bare «ho på [[Holmstad|pla]]», for folk her vil vite kem det e. Ho va [[hundre og to|age]], og ho bodde aleina. Og ho hadde fallalarm, den gamle typen, med snor. Og en natt i {{februar}} ringte ho ikkje på alarmen, ho ringte rett til meg. På privaten. For ho hadde nummeret mitt fra nån gang i 2018, da æ va ute hos ho. Klokka halv tre.
I1: Hva gjorde du?
P08: Æ ringte nattpatruljen, og de va der på tjue minutta. Ho hadde falt i gangen. Men det æ tenkte på etterpå va: ho stolte ikkje på alarmen. Ho stolte på et menneske. Og det e litt kjernen i heile greia, syns æ.
I1: Har dere hatt tekniske problemer?
P08: Masse. Det verste va vel da en av tjenestebilan, en av elbilan, [[EL 77102|id]], kræsja i en fonn ved [[Sigerfjord|pla]] i vinter, og all utstyret som lå i bagasjerommet ble ødelagt. Nettbretta, to nye dispensera, alt sammen. Det va ingen som ble skada, heldigvis. Men forsikringsselskapet, det tok måneda.
I1: Hvordan er samarbeidet med fastlegene?
P08: Varierende. Vi har en lege, dr. [[Amundsen|per]], som e helt fantastisk, han ringe tilbake samme dag. Og så e det andre som, ja, ikkje nevne nåkken navn. Men vi får det til. Vi bruke mye {{PLO-meldinga}}, og så har vi fått en fast legevisitt annenhver {{torsdag}}.
I1: Hvis andre kommuner vil lære av dere, hvem skal de kontakte?
P08: Æ kan godt ta det. E-posten min e [[kirsten.wulff@sortland.kommune.no|ema]], og så kan de ringe sentralbordet og be om å få snakke med meg. Men egentlig burde de snakke med [[Berit|per]], det e ho som har gjort jobben.
I1: Til slutt, hva tenker du om framtida?
P08: Æ e bekymra for bemanninga. Vi har folk fra mange land, og de e fantastiske, men de blir ikkje nødvendigvis værende i [[Sortland|pla]] når de kan få jobb i [[Tromsø|pla]]. Så teknologien e en del av svaret, men den e ikkje heile svaret, for å si det sånn.
I1: Tusen takk for praten.
P08: Takk sjøl.
""")
T["P09"] = ("nb", r"""
i1: ja da har jeg trykket på opptak så du kan bare begynne å fortelle litt om deg selv og faren din
p09: ja altså jeg er datter da og pappa han heter [[arnfinn|per]] han er [[åttitre|age]] nå og han fikk diagnosen for to år siden {{alzheimer}} og han bor fortsatt hjemme i huset i [[storgata førtien to fire null åtte elverum|adr]] der har han bodd siden sytti noe og han vil ikke flytte det er helt uaktuelt
i1: og hvordan kom det inn med gps
p09: det var etter at han gikk seg bort første gang det var den [[femtende i sjette|dat]] i fjor og han hadde gått for å kjøpe avis og så kom han ikke hjem og jeg bor jo i [[hamar|pla]] så jeg fikk telefon fra naboen [[gunhild|per]] som sa at [[arnfinn|per]] sin bil står her men han er borte og da da fikk jeg helt panikk altså
i1: hvor fant dere ham
p09: han ble funnet av en buss sjåfør faktisk nede ved [[glomma|pla]] ved brua han satt bare og så på vannet og han visste ikke helt hvor han var og sjåføren ringte politiet og de kjørte ham hjem og han var jo helt fin men for meg var det ja det var den dagen jeg skjønte at vi må gjøre noe
i1: hvem tok initiativet til gps
p09: det var hjemme tjenesten altså det var en sykepleier der [[kristin|per]] [[kristin rønning|per]] som sa at kommunen har sånne {{jeg pe es}} klokker som man kan låne og hun fikset søknaden og alt det var utrolig greit egentlig vi fikk den på to uker
i1: hvordan var det for ham å bruke den
p09: i starten hatet han den han sa at han var ikke en hund med halsbånd og han tok den av og la den i brødboksen (latter) så vi fant klokka i brødboksen og ham fant vi ikke men så fant broren min på å si at det var en gave fra barnebarna at det var en sånn fin klokke og da begynte han å bruke den fordi han er så glad i [[lotte|per]] og [[mikkel|per]] barnebarna
i1: hvem får varslene når han går utenfor sonen
p09: det går til hjemmetjenesten på dagtid og til meg på kvelden og natta og jeg har jo fått nummeret deres på jobb mobilen ni to seks fire fire null en sju nei vent det var [[ni to seks fire fire null en syv|tel]] og så har jeg også lagt inn broren min [[geir|per]] han bor i [[løten|pla]] så han er nærmere
i1: har det vært situasjoner der varselet ikke kom
p09: ja en gang i [[romjula tjueto|dat]] det var noe med dekningen det var ikke nett der han gikk oppe i skogen ved [[hanstad|pla]] og da viste kartet bare at han stod stille i to timer men han gikk jo han gikk hele tiden og det var det var skummelt altså jeg var oppe og lette med lommelykt
i1: hvordan er samarbeidet med kommunen
p09: stort sett bra men det er så mange forskjellige folk vi har hatt sikkert tjue forskjellige på døra og pappa skjønner jo ikke hvem de er men han liker han ene som kommer på {{tirsdager}} han heter [[mustafa|per]] de snakker om fotball og pappa husker jo alt om fotball fra {{sekstitallet}}
i1: hvis du kunne endre på noe hva ville det vært
p09: at vi slapp å fylle ut så mye selv altså på {{helsenorge}} og alle skjemaene og at det var én person som hadde ansvaret for pappa og ikke ti {{liksom}} men jeg er ikke sur altså de gjør så godt de kan
i1: takk for at du ville dele dette
p09: ja takk selv
""")

T["P10"] = ("nn", r"""
I1: Takk for at du tok deg tid, [[Eirik|per]]. Kan du fortelje litt om jobben din?
P10: Ja, eg er {{fysioterapeut}} i [[Stord kommune|org]], eg har vore her i snart ti år. Eg jobbar mest med eldre, kvardagsrehabilitering, fallførebygging, den slags. Kontoret vårt er på [[Leirvik|pla]], men eg er ute og køyrer mesteparten av dagen, heilt ut til [[Huglo|pla]] med ferja.
I1: Kva slags teknologi brukar de i rehabiliteringa?
P10: Det har blitt meir og meir. Me har fallalarmar, sjølvsagt, men eg er meir oppteken av det førebyggjande. Så me har prøvd nettbrett med treningsvideoar, {{Otago}}-programmet, der dei kan trene heime med ein video av meg som seier «og så løftar me høgre fot». Det har vore litt artig å sjå seg sjølv, hehe.
I1: Har du eit døme på nokon som har hatt nytte av det?
P10: Ja, det er ei dame ute på [[Huglo|pla]], [[Sol|per]] heiter ho, [[Sol Kristin Tveit|per]], ho er [[syttifire|age]] og hadde brote hofta. Og ho sa rett ut at ho ikkje hadde tenkt å ta ferja inn til byen to gonger {{per veke}} for å trene. Så ho fekk nettbrettet. Og ho trente kvar einaste dag, med {{sola}} inn vindauget, sa ho. Etter tre månader gjekk ho utan stokk.
I1: Det høyrest ut som ein suksess.
P10: Ja, men så har du den andre sida. Ein mann på [[Sagvåg|pla]], han var nittiein, han ville ikkje røre nettbrettet. Han sa det var «for ungdomen». Og han datter hans, [[Ingunn|per]], ringde meg og var sint fordi ho meinte me hadde erstatta fysioterapeuten med ein skjerm. Og... ja, ho hadde litt rett. Så eg byrja å køyre dit igjen, {{annakvar veke}}.
I1: Korleis vart det avgjort kven som fekk nettbrett og kven som fekk besøk?
P10: Det var eit møte med leiaren for helse og omsorg, [[Torunn Eide|per]], i [[januar 2023|dat]], der me laga nokre kriterium. Men ærleg talt blir det ofte slik at den som ropar høgast, får mest. Og det likar eg ikkje.
I1: Samarbeider du med sjukehuset?
P10: Ja, med [[Stord sjukehus|org]], dei sender oss epikrise når nokon skal heim etter eit fall. Men det kjem ofte seint. Det var ein gong, [[onsdag 8. mars|dat]], då eg fekk epikrisa på ein pasient tre dagar etter at ho var komen heim, og då hadde ho allereie falle igjen. Det er slikt som gjer meg sint.
I1: Kva med fallalarmane, korleis fungerer dei?
P10: Dei fungerer stort sett, men folk brukar dei ikkje. Dei heng på knaggen. Eg har ein mann som har han på seg berre når det kjem besøk frå kommunen, for å vere snill, hehe. Så eg veit ikkje kor mykje det er verdt, {{mer eller mindre}}.
I1: Viss nokon vil ta kontakt med deg om treningsvideoane, korleis gjer dei det?
P10: Dei kan sende e-post til [[eirik.sandvik@stord.kommune.no|ema]], eller ringje [[53 49 62 15|tel]], det er kontortelefonen. Eg har òg sagt til [[Frisklivssentralen|org]] at dei kan dele videoane, men då må eg klippe bort biletet av stova mi, for eg filma dei heime i [[Fitjar|pla]] under pandemien, hehe.
I1: Er det noko anna du vil seie?
P10: Berre at teknologien må vere eit verktøy, ikkje ein erstatning. Folk treng å bli sett. [[Sol|per]] var flink med nettbrettet, men ho sa òg at ho gledde seg til å møte meg på ekte når ho var ferdig. Så me tok ein kaffi på kaien, ho og eg. Ja.
I1: Tusen takk.
P10: Takk sjølv.
""")

T["P11"] = ("en", r"""
I1: Thank you for coming, [[Yonas|per]]. Could you tell me a bit about your background?
P11: Yes, thank you. I am from [[Asmara|pla]]. I came in 2011, first to a reception centre in [[Nordkjosbotn|pla]], very cold, very dark, I did not know such darkness exists, hah. Then I got settled in [[Drammen|pla]], and I took the Norwegian course and then {{helsefagarbeider}} education at [[Åssiden videregående skole|org]]. Now I work at [[Marienlyst omsorgssenter|org]], in the dementia unit.
I1: What do you like about the job?
P11: The people. In my culture, the old people live with the family, always. So when I came here and saw the nursing home, I was shocked a little bit. But now I understand. Many of the families here, they want the best, but they work, they live far. So we are the family for some time.
I1: The unit has night camera supervision, is that right?
P11: Yes, since last year. There is one room, [[room 3B|id]], where the lady was born in [[1929|age]], she is the oldest one, and her son did not want the camera. He said it is like a prison. He is a lawyer, I think, very strong words. So she has a sensor only, no camera. The other rooms have both.
I1: How do you experience working with the cameras at night?
P11: It is good and not good. Good because you can check without opening the door, without waking them up. But I am thinking sometimes, if it was my mother, back home, would I want a man to look on a screen at her sleeping? No. So I always say good night before I look, even if she cannot hear me. My colleague [[Frank|per]] laughs at me, he says, "[[Yonas|per]], it's a screen, not a person." But for me it is a person.
I1: That's interesting. Do colleagues from different backgrounds think differently about this?
P11: Yes, I think so. We talk about it in the break. [[Lemlem|per]], she is Eritrean too, she agrees with me. The Norwegian colleagues, they think more about the practical. And the Filipino nurse, [[Joy|per]], she says back home they have cameras everywhere, so it's normal. Everybody is different.
I1: Has something happened at night that you remember especially well?
P11: Yes. It was [[Easter Sunday 2023|dat]], the Eritrean Easter, so I was working but my family was in the church, [[St. Mikael menighet|org]], and I was a little sad. And at {{three o'clock}} the sensor in one room gave alarm, and on the camera I saw a man standing by the window, and he was crying. He has {{Down syndrome}} and dementia together, it's common, they told us in the course. And I went in, and we sat together by the window until the sun came up. That was my Easter.
I1: That's a beautiful story.
P11: For me it was important. The camera told me something was happening, yes. But the camera could not sit with him.
I1: How is the training in technology?
P11: We had a course on {{Teams}}, two hours. Then the tech champion, [[Hilde Marie|per]], she came at night and showed us on the real screen. That was better. She gave us her mobile number, [[+47 932 18 574|tel]], and said call me if it's not working. Once I called at {{2 am}}, she answered! I felt very bad, hah.
I1: Is there anything that could be better?
P11: The language in the system. The alarms come in Norwegian with abbreviations, and some of the new colleagues, they don't understand. I asked if it could be in English also, the leader [[Kjetil Bråten|per]] said he will ask the supplier. That was in [[November 2023|dat]]. Still nothing, hah.
I1: Thank you so much for sharing this, [[Yonas|per]].
P11: Thank you for listening. Not {{anyone else}} asked me these questions before.
""")
T["P12"] = ("nb", r"""
I1: Da har vi startet. Kan du si litt om hvor du jobber og hva du gjør?
P12: Ja, eg e farmasøyt på [[Apotek 1 Kvadrat|org]], og eg har ansvaret for multidosen for hjemmesykepleien i [[Sandnes|pla]] og ein del av [[Stavanger|pla]]. Me har vel rundt seks hundre pasientar på {{multidose}} nå. Og så e eg oppvokst på [[Madla|pla]], så eg e [[Stavanger|pla]]-jente, det høre du vel, hehe.
I1: Kan du forklare hvordan multidosen fungerer i praksis?
P12: Ja, legen forskrive, me får resepten elektronisk, og så sende me bestillinga te produksjonen, og så kjem rullane tilbake med ein pose for kvar tid på døgnet. Og alt det e fint, når det fungere. Men det e så mange ledd, ikkje sant. Legen, apoteket, produksjonen, hjemmesykepleien, pasienten. Og viss éin endrar någe og ikkje sier det te dei andre, ja, då blir det rot.
I1: Har du et eksempel?
P12: Eg har mange, hehe. Men eg tar den eine. Det va ei dame, ho heitte [[Gull|per]], [[Gull Torkelsen|per]], gammaldags namn, ho va [[nittifire|age]]. Og fastlegen hennar seponerte {{Eliquis}} fordi ho hadde blødd, men han gjorde det på papir, på ein lapp te hjemmesykepleien, ikkje i {{e-resept}}. Så me visste ingenting. Me fortsatte å pakke inn Eliquis i fire veker.
I1: Hvordan ble det oppdaget?
P12: Det va ein sykepleiar, [[Sunniva|per]], som ringte meg [[14. mars|dat]], eg huske datoen fordi det va min fars bursdag, og sa: «Kvifor e det blodfortynnande i rullen te [[Gull|per]]?» Og eg sa: «Fordi det står på resepten.» Og ho sa: «Nei, legen stoppa det for fire veker sidan.» Eg fekk heilt vondt i magen.
I1: Hva gjorde dere da?
P12: Eg måtte ringe legekontoret, [[Hinna legesenter|org]], og få han te å seponere i systemet. Og så måtte eg identifisere ho skikkelig, for det va to med same etternamn på lista. Så sykepleiaren leste opp fødselsnummeret for meg, sånn i bitar: [[to-fire, null-tre, tre-en, fire-fire-en-sju-to|id]]. Eg skreiv det på ein gul lapp, eg har han faktisk enno, i skuffen.
I1: Gikk det bra med pasienten?
P12: Ja, heldigvis. Ho fekk ikkje nye blødningar. Men eg tenkte mykje på det. Viss [[Sunniva|per]] ikkje hadde vore så våken... Ho bodde i [[Lagårdsveien 58, 4010 Stavanger|adr]], og sykepleiarane der, dei kjenne pasientane sine, det må eg seie.
I1: Har dere endret rutinene etterpå?
P12: Ja, me har laga ein sjekkliste, og så har eg og kollegaen min [[Max|per]], han e frå [[Hamburg|pla]] og e kjempeflink, begynt å ringe legekontora {{ein gong i måneden}}, berre for å høre om det e någe me ikkje veit. Det e gammaldags, men det funke.
I1: Hvordan er det å samarbeide med legene?
P12: Det e litt opp og ned. Nokon e kjempeflinke. Og så e det nokon som aldri svare på telefon. Eg har fått direktenummeret te ein av dei, han svarer alltid, [[51 88 04 62|tel]], men det har eg lova å ikkje gi te nokon. Så du får ikkje det, hehe. Nei da. Det e ok, det står på nettsida deira.
I1: Hva med medisindispenserne, har du erfaring med dem?
P12: Litt. Nokre av pasientane har {{Pilly}} heime, og då må rullen passe i maskinen. Og det va ein periode der produksjonen hadde endra storleiken på posane med ein millimeter, og då sette dei seg fast. Me fekk ein e-post frå [[Ragnhild Bø|per]] på produksjonen, [[ragnhild.bo@multidosesenteret.no|ema]], som sa at «dette e løyst». Det va ikkje løyst, hehe.
I1: Hva tenker du om framtida for multidose?
P12: Eg trur det blir meir og meir. Men me må få betre kommunikasjon. Det hjelpe ikkje med robotar viss ikkje folk snakke saman. Det e {{liksom}} det viktigaste eg har lært.
I1: Takk for at du ville være med.
P12: Takk sjøl, det va kjekt.
""")

T["P13"] = ("en", r"""
i1: okay it's recording go ahead
p13: yeah so i'm a paramedic at the ambulance station in [[leknes|pla]] in [[lofoten|pla]] i've been there for about {{nine years}} before that i was in the army as a medic and um yeah i'm from [[ballstad|pla]] originally so i know most of the roads out here which helps a lot when the gps is wrong
i1: how often do you get calls related to elderly people at home
p13: oh all the time i'd say maybe half of our calls are older people who have fallen or who are confused or short of breath a lot of {{copd}} and the fall alarms those come through the the [[amk in bodø|org]] the emergency central and they send us out
i1: can you tell me about a specific call
p13: yeah there's one i think about a lot it was the [[third of may|dat]] last year early morning and we got a fall alarm from a lady in [[flakstad|pla]] she was [[ninety four|age]] lived alone and when we came there the door was locked and the the key box the code the code we got from amk was wrong
i1: what happened then
p13: so we stood there like idiots in the rain and my partner [[vegard|per]] he called the home care and the nurse there she said oh no the code was changed last week it's [[four seven one nine|id]] now and nobody had updated it in the system so we lost like {{twelve minutes}} just standing outside
i1: and the lady
p13: she was on the floor in the kitchen she had broken her hip she was cold and really scared but she was talking the whole way to the hospital she told us about her husband who was a fisherman and her name was uh i remember because she spelled it for us very proudly [[b e r g l j o t|per]] she said with g l j like in the old days
i1: what did you learn from that
p13: we made a complaint or an {{avvik}} to the kommune and the case number was uh [[two zero two three slash zero eight eight five|id]] and after that the home care started sending an sms to amk whenever they change a code but it depends on people remembering it's not automatic
i1: how is the communication with the home care in general
p13: it's good the people are good but the systems don't talk to each other at all we have our own journal they have {{gerica}} the hospital has {{dips}} and nobody sees everything so we often call the home care nurse directly there's one we always call [[marianne|per]] she has the night phone it's [[nine four zero two six six one five|tel]] and she picks up every time
i1: do you see the welfare technology when you come out to patients
p13: yes more and more the medicine robots and the sensors and sometimes we come in and there's a tablet on the wall with a video call going and some relative in [[oslo|pla]] shouting what's happening what's happening [laughs] which is a bit stressful honestly
i1: anything else you want to add
p13: maybe just that the ambulance car is like our office you know we have [[ek four four one two zero|id]] that's our car and it has everything but when we go into somebody's home we need to get in fast so the key box thing is really important that's like the simplest technology and it's the one that fails the most
i1: thank you very much
p13: sure no problem
""")

T["P14"] = ("nb", r"""
I1: Nå er vi i gang. Kan du begynne med å fortelle hvem du er og hva rollen din er?
P14: Ja, jeg er hovedtillitsvalgt for [[Fagforbundet|org]] i [[Bydel Alna|org]], og det har jeg vært i fem år snart. Før det var jeg hjelpepleier på [[Trosterud helsehus|org]] i tjue år, så jeg kjenner gulvet, {{lissom}}. Jeg er oppvokst på [[Furuset|pla]], bor der fortsatt, så jeg sykler til jobben, når det ikke er sørpe, da.
I1: Hva har velferdsteknologi betydd for medlemmene dine?
P14: Altså, det kommer an på hvem du spør. Ledelsen sier det frigjør tid. Medlemmene sier at tida forsvinner bare et annet sted. Og jeg mener begge har litt rett. Men det som har vært vanskelig, det er når dem bruker teknologien som argument for å kutte i bemanninga på natt. Det er der jeg har satt foten ned.
I1: Kan du fortelle om det?
P14: Ja, da vi fikk {{digitalt tilsyn}}, kamera og sensorer, på [[Trosterud|org]] i fjor, kom det et forslag fra bydelen om å gå ned fra fire til tre på natt. Og jeg sa nei. Det ble et drøftingsmøte [[fredag 13. oktober|dat]], jeg husker det fordi 'n [[Ola|per]] fra natta sa «fredag den trettende, det er et tegn». Hehe. Og det var et tegn, for det ble ganske heftig.
I1: Hvem var med i møtet?
P14: Det var bydelsdirektøren, 'a [[Kari Mette Lund|per]], og så en fra {{HR}}, og så meg og verneombudet, [[Tor|per]]. Og 'a [[Kari Mette|per]], hun er egentlig grei, men hun hadde fått beskjed ovenfra om å spare. Og jeg sa: kamera kan ikke løfte en pasient som har falt. Og [[Tor|per]] sa: og kamera kan ikke holde noen som dør. Og det ble helt stille i rommet.
I1: Hva ble utfallet?
P14: Vi fikk utsatt det. Vi fikk en evaluering først, {{seks måneder}}. Og evalueringa viste at det var flere uønska hendelser på de avdelingene som hadde prøvd tre på natt. Så det ble ikke noe av. Men det kommer igjen, det vet jeg. Det kommer alltid igjen.
I1: Hvordan opplever de ansatte selve teknologien?
P14: Mange er positive, særlig de unge. Vi har mange med innvandrerbakgrunn, fra [[Somalia|pla]], fra [[Sri Lanka|pla]], fra overalt, og de er veldig flinke med telefonene. Men det er noen eldre damer som har vært her i tretti år, som 'a [[Ruth-Elin|per]], hun er [[sekstifire|age]], og hun føler seg dum. Og det er ikke greit. Hun er ikke dum, hun er den beste på avdelinga, men hun har aldri hatt en smarttelefon.
I1: Hva gjorde dere for henne?
P14: Jeg fikk til at hun fikk ekstra opplæring, en-til-en, med superbrukeren, 'n [[Arild|per]]. Og nå er hun den som lærer opp vikarene, hehe. Så det snudde seg helt. Men det tok tid, og det måtte noen kjempe for.
I1: Hva med arbeidsmiljøet generelt?
P14: Det er tøft. Sykefraværet er høyt, og det er vanskelig å få tak i sykepleiere. Vi har hatt vikarer fra byrå som ikke kan {{Gerica}}, som ikke kjenner pasientene, og da hjelper det ikke med sensorer. Det er ikke teknologien som er problemet, det er at det er for få folk til å bruke den.
I1: Hvis noen vil kontakte deg om dette arbeidet, hvordan kan de gjøre det?
P14: De kan ringe meg, [[+47 913 08 266|tel]], eller sende mail til [[hovedtillitsvalgt.alna@fagforbundet.no|ema]]. Men ikke ring etter {{klokka ni}} på kvelden, da sover jeg, hehe. Jeg står opp {{halv seks}}.
I1: Til slutt, er det noe du vil at forskerne skal ta med seg?
P14: At dere snakker med dem på gulvet. Ikke bare med ledere og prosjektfolk. Det er de på natta som vet hvordan det egentlig er. Spør 'n [[Ola|per]]. Spør [[Tor|per]]. De vet.
I1: Takk for praten.
P14: Takk skal du ha.
""")
T["P15"] = ("da", r"""
I1: Så er optageren tændt. Vil du starte med at fortælle lidt om dig selv?
P15: Ja, selvfølgelig. Jeg er {{ergoterapeut}}, uddannet i [[Aarhus|pla]], og jeg flyttede herop for, øh, elleve år siden, fordi min kæreste var norsk. Nu arbejder jeg i [[Kristiansand kommune|org]], i hverdagsrehabiliteringsteamet, og vi holder til i [[Dronningens gate 31, 4608 Kristiansand|adr]], lige over for biblioteket.
I1: Hvad laver du konkret i forhold til velfærdsteknologi?
P15: Meget af det handler om {{hjælpemidler}}, altså det praktiske. Rollatorer, badetaburetter, men også sensorer, dørsensorer, faldalarmer. Jeg er den, der kommer hjem til folk og kigger på, hvordan de bor, og hvad der kan give mening. Og så samarbejder vi med [[NAV Hjelpemiddelsentral Agder|org]], og det er... ja, det er en verden for sig, ik'.
I1: Har du et eksempel på et hjemmebesøg, der gjorde indtryk?
P15: Ja. Der var en dame, hun hed [[Vår|per]], meget norsk navn, det havde jeg aldrig hørt før jeg kom hertil, og hun var i [[halvfemserne|age]]. Hun boede alene oppe på [[Lund|pla]], i et hus med trapper overalt. Og hun ville absolut ikke have faldalarm, for hun sagde, at hendes mand havde haft en, og den havde aldrig virket. Han var død i {{påsken}}, alene på badeværelset.
I1: Hvad gjorde du?
P15: Jeg prøvede ikke at overtale hende. Jeg sad bare og drak kaffe med hende i lang tid. Og så til sidst spurgte jeg, om hun ville vise mig, hvor hun var bange for at falde. Og så gik vi rundt i huset sammen. Og efter det sagde hun, at okay, hun ville prøve en alarm, men kun hvis jeg kom og satte den op selv. Ikke «en fra kontoret». Det var [[den 3. november|dat]], sidste år, tror jeg. Nej, oktober. [[Den 3.|dat]] oktober, i hvert fald.
I1: Hvordan gik det?
P15: Det gik godt. Hun brugte den faktisk to gange, og begge gange kom hjemmesygeplejen hurtigt. Hendes datter, [[Hanne Kristin|per]], ringede til mig bagefter og græd i telefonen og sagde tak. Det var en af de dage, hvor man tænker, at det her arbejde er det værd.
I1: Hvordan er det at arbejde som dansker i en norsk kommune?
P15: Sproget var det sværeste. Folk her på [[Sørlandet|pla]] taler jo hurtigt og med et skarrende r, som jeg egentlig godt kan lide, det minder lidt om hjemme. Men journalsystemet, {{Gerica}}, og alle forkortelserne, det tog mig et år. Og så siger jeg stadig «hvad» i stedet for «hva», og kollegerne griner. Min kollega [[Eskild|per]], han er også dansk, fra [[Esbjerg|pla]], og vi taler dansk, når vi er trætte.
I1: Hvad tænker du om teknologi versus menneskelig kontakt?
P15: Jeg tror, det er et både-og. Teknologien kan ikke erstatte besøget. Men den kan gøre, at folk tør bo hjemme længere. Der er en mand på [[Vågsbygd|pla]], han er [[firs|age]], og han har en dørsensor, fordi han går om natten. Og hans kone sover for første gang i to år. Det er ikke lidt.
I1: Hvordan fungerer samarbejdet med IT-afdelingen?
P15: Øh... det er lidt langsomt. Vi har en kontaktperson, [[Marius Tjomsland|per]], han er sød, men han har alt for meget at lave. Når vi bestiller noget, får vi et sagsnummer, og så venter vi. Jeg har en sag liggende nu, [[IT-23-0917|id]], som handler om en enkelt borger, som ikke får sin sensor koblet op. Den har ligget siden sommeren.
I1: Kan forskerne kontakte dig igen, hvis vi har flere spørgsmål?
P15: Ja, gerne. Min mail er [[dorthe.kjaer@kristiansand.kommune.no|ema]], og mit arbejdsnummer er [[38 07 51 94|tel]]. Men jeg er ude det meste af dagen, så skriv hellere. Og ikke om {{fredagen}}, der har jeg fri, jeg arbejder {{firs procent}}.
I1: Tak for at du ville være med.
P15: Selv tak, det var hyggeligt.
""")

T["P16"] = ("nn", r"""
I1: Då er opptaket i gang. Kan du seie litt om kva du jobbar med?
P16: Ja, eg er helsesjukepleiar på [[Volda helsestasjon|org]]. Eg har ansvar for sped- og småbarn, og så har eg skulehelsetenesta på [[Øyra skule|org]] {{to dagar i veka}}. Eg er utdanna ved [[Høgskulen i Volda|org]], så eg har eigentleg aldri flytta herifrå, hehe. Eg budde ein periode i [[Ørsta|pla]], men det tel nesten ikkje.
I1: Kva slags digitale verktøy brukar de på helsestasjonen?
P16: Me har byrja med videokonsultasjon, særleg for oppfølgingssamtalar, og så har me meldingar via {{Helsenorge}}. Og så har me ein chat for ungdom, «Spør helsesjukepleiaren», som er anonym. Det siste har vore ein suksess. Ungdomane skriv ting dei aldri ville sagt ansikt til ansikt.
I1: Kan du gje eit døme på når videokonsultasjon har fungert godt eller dårleg?
P16: Ja, eg tenkjer på ein familie frå [[Damaskus|pla]] som kom hit for tre år sidan. Dei fekk ein son i fjor, han heiter [[Ask|per]]. Dei ville gje han eit norsk namn, sa dei. Og då han var [[fire veker gammal|age]], hadde me heimebesøk på video, fordi faren var sjuk og dei ville ikkje at eg skulle kome. Me hadde {{tolk}} på telefon samtidig. Det var... kaotisk, hehe. Tre skjermar og ein baby som skreik.
I1: Korleis gjekk det?
P16: Det gjekk faktisk bra. Mora, [[Rania|per]], var veldig flink til å vise meg navlen og huda og alt på kameraet. Og tolken, han sat i [[Oslo|pla]], var kjempeflink. Men eg såg ikkje korleis dei budde, og det er ein viktig del av heimebesøket. Så eg kom uansett, to veker seinare.
I1: Kva med ungdomane, korleis brukar dei chatten?
P16: Det er mykje om psykisk helse, kjærleik, prevensjon. Og av og til ting som er alvorlege. Det var ein gong, [[tysdag 12. september|dat]], at ei jente skreiv om sjølvskading. Og fordi det er anonymt, kunne eg ikkje ringe henne. Eg skreiv at ho var velkomen til meg, og at ho kunne kome på kontoret utan timeavtale. Og ho kom. Dagen etter. Det var ei jente eg kjende frå før.
I1: Kva skjedde vidare?
P16: Me fekk kontakt med [[BUP Volda|org]], og ho fekk hjelp. Eg seier ikkje meir om det. Men det viste meg at chatten kan vere ein dør inn, {{liksom}}, ikkje ein erstatning for samtalen.
I1: Korleis er samarbeidet med kommunepsykologen og andre?
P16: Godt. Me har ein kommunepsykolog, [[Håkon Bjørdal|per]], som sit rett i gangen. Og det er gull, at eg kan banke på døra hans. Me hadde ikkje det før 2020. Før det måtte alt gå via {{fastlegen}}, og det tok veker.
I1: Korleis kan folk kome i kontakt med helsestasjonen?
P16: Sentralbordet er [[70 05 87 00|tel]], og så har me eigne telefontider. Eller så kan dei sende e-post til meg, [[ingvild.aarflot@volda.kommune.no|ema]], men ikkje med sensitive opplysningar, det seier me alltid. Folk sender jo likevel, fødselsnummer og diagnosar og alt, hehe.
I1: Har du eit døme på det?
P16: Ja, ein far sende meg heile journalnummeret til sonen sin frå sjukehuset, [[HVO-4471-22|id]], og skreiv «kan du sjekke dette». Eg måtte svare at eg ikkje har tilgang til sjukehusjournalen, og at han ikkje skulle sende slikt på e-post. Han vart litt fornærma, trur eg.
I1: Er det noko du vil leggje til?
P16: Berre at helsestasjonen er ein stad der folk kjem når dei er glade og når dei er redde, og at teknologien må tole begge delar. Og at me treng fleire helsesjukepleiarar, ikkje fleire app-ar. Eg kunne gjerne hatt ein kollega til i {{haust}}.
I1: Tusen takk.
P16: Takk sjølv.
""")

T["P17"] = ("en", r"""
I1: We're recording now. Thanks for doing this, [[Vaida|per]].
P17: No problem, I like to talk, hah. So I am from [[Kaunas|pla]], I came in 2008, first to a fish factory in [[Båtsfjord|pla]], then I met my husband and we moved south, to [[Gjøvik|pla]]. Now I am working at [[Hunndalen omsorgssenter|org]], as a skilled worker, {{fagarbeider}}, in the long-term unit. Fourteen years in the same place, can you believe it.
I1: What was it like during the pandemic?
P17: Oh. That was the hardest time. No visitors. And the old people did not understand why. So the kommune gave us tablets, and we started to do video calls with the families. I was the one who was good with it, so I became, like, the tablet lady, hah.
I1: Can you tell me about one of those calls?
P17: Yes, there was one man, Mr. [[Dahl|per]], he was [[ninety-six|age]], and he had a grandson in [[Melbourne|pla]]. So the time was crazy, we had to call at ten in the evening, and the grandson was having breakfast. And the first time, he did not believe it was his grandson, because the grandson had a beard now. He said "that's not [[Tobias|per]], that's a Russian!" Hah. We laughed so much.
I1: That's a lovely story.
P17: Yes. And then we did it every {{Sunday}}. And on [[24th of December 2020|dat]], Christmas Eve, the whole family was on the screen, I think eleven people, from the other side of the world and from [[Bergen|pla]] and from here. And they sang for him. I stood behind the tablet holding it, for forty minutes, my arms were dead, but I was crying. It was the last Christmas for him.
I1: Did the technology ever cause problems?
P17: Many times. The {{wifi}} in the building was terrible, especially on the second floor, [[room 112|id]] had no signal at all, so we had to move the lady in that room into the corridor for calls. And the sound was bad for people with hearing aids. And some of them, with the {{Parkinson's}}, could not hold the tablet. So somebody always had to be there. It's not technology that saves time, you know, at least not in the beginning.
I1: How were the colleagues with it?
P17: Most were good. My best colleague, [[Eli|per]], she is in her [[sixties|age]], she was afraid of it in the beginning, she said "I will break it". But then she became very good. She found that you can make the text big, and she did that for all the tablets. [[Eli|per]]'s idea, not mine. I must say that, hah.
I1: What happened to the tablets after the pandemic?
P17: Some are still used. Some are in a cupboard. We have one lady now, she talks with her sister in [[Šiauliai|pla]] {{every week}}, in Lithuanian, that's why they put her with me on the schedule when they can. She is Lithuanian also, came after the war. Small world.
I1: Who is responsible for the tablets now?
P17: It's the welfare technology coordinator in the kommune, [[Gro Elisabeth Haugli|per]]. She comes {{once a month}}. If there is a problem, we send a mail to her, [[gro.haugli@gjovik.kommune.no|ema]], or call the helpdesk, [[61 18 92 40|tel]]. But honestly, mostly I fix it myself. Or my son fixes it, he is fifteen.
I1: If you could decide, what would you change?
P17: I would give every nursing home one person, like half position, who only does this. The calls, the tablets, the charging, helping the old people. Because now it's me doing it between washing and feeding and the medicines, and it's too much. And I would pay the family members to come more, hah, no, I'm joking.
I1: Thank you so much.
P17: Thank you, it was nice to talk.
""")
T["P18"] = ("nb", r"""
I1: Buorre beaivi, og takk for at du stiller opp. Kan du fortelle litt om deg sjøl?
P18: Ja, buorre beaivi. Æ heter [[Máret Ánne|per]], [[Máret Ánne Somby|per]], og æ e helsefagarbeider på [[Karasjok helsesenter|org]], på sjukeheimsavdelinga. Æ e oppvokst i en reindriftsfamilie, så æ har flytta med flokken mellom vidda og kysten hele barndommen. Nu har æ jobba her i sytten år.
I1: Hva betyr det at du snakker samisk i jobben?
P18: Det betyr alt, egentlig. De fleste av dem som bor her, de har samisk som morsmål. Og når dem blir demente, da forsvinner norsken først. Så det e mange som bare kan snakke samisk til slutt. Vi hadde en mann, han [[Ánde|per]], han va [[åttini år|age]], og han hadde vært reineier hele livet. Det siste året snakka han bare om {{simlene}} og kalvene. Og hvis du ikke skjønte samisk, så skjønte du ingenting av han.
I1: Hvordan fungerer velferdsteknologien i en samisk setting?
P18: Ja, ka skal æ si. Teknologien e jo laga på norsk, eller engelsk. Den medisindispenseren vi har, den snakker norsk. «Nå er det tid for medisin.» Og da sa ei {{áhkku}}, ei gammel dame, «Kæm e det som snakker i boksen?» Hun trudde det va en norsk sjukepleier gjemt der inne, hehe. Så vi spurte leverandøren om de kunne lage samisk stemme, og det tok et halvt år, men nu har vi det.
I1: Hvem gjorde det?
P18: Det va ho [[Biret|per]] på kontoret som pressa på. Og så fikk vi hjelp fra [[Sámediggi|org]] til å oversette, og det va han [[Niillas Gaup|per]] som leste inn stemmen. Han har sånn fin, rolig stemme, alle damene likte han, hehe. Og [[6. februar 2023|dat]] satte vi den i gang, på {{samefolkets dag}}, det va [[Biret|per]] sin idé.
I1: Har dere GPS-sporing også?
P18: Ja, og det e en egen historie her. For folk her har alltid gått på vidda. Det e ikke som i byen, der du går deg bort i en gate. Her går du deg bort på vidda, i {{minus tretti}}. Vi hadde en kar som tok snøscooteren sin, han va over åtti, og kjørte mot [[Iešjávri|pla]]. Ingen visste kor han va. Han hadde ikke GPS da. Det va reinpolitiet som fant han, morgenen etter, han satt i en {{lávvu}} og kokte kaffe. Fullt fornøyd.
I1: Hva skjedde etterpå?
P18: Familien ville ha GPS, og det fikk han. Men han sa til meg, på samisk, «nå kan de se meg som en rein med halsbånd». Han va ikke sint, han lo. Men det sa noe, syns æ. Vi merker reinen. Nu merker vi folk. Æ vet ikke.
I1: Hvordan er samarbeidet med spesialisthelsetjenesten?
P18: Vi har [[Sámi klinihkka|org]] her i bygda, og det e en stor fordel, for der kan de samisk. Men når folk skal til [[Hammerfest|pla]] eller [[Tromsø|pla]], da blir det vanskelig. Da må vi ha tolk på video, og det fungerer sånn passe. Tolken sitter i [[Kautokeino|pla]], og nettet her e ikke alltid det beste.
I1: Hvordan kommer dere dere rundt i kommunen?
P18: Med bil, og det e langt. Vi har en firehjulstrekker, [[VD 58821|id]], som e den eneste som kommer fram om vinteren. Og den e alltid booka. Æ har kjørt den til [[Váljohka|pla]] i snøstorm med en kollega som holdt medisinene på fanget, hehe.
I1: Hvis forskerne vil kontakte deg igjen?
P18: Da kan dokker ringe helsesenteret, [[78 46 71 20|tel]], og spørre etter meg. Æ har ikke e-post på jobben, egentlig, bare den felles. Og æ svarer ikke etter klokka {{fire}}, da e æ i reingjerdet, hvis det e merking.
I1: Giitu, tusen takk.
P18: Giitu, det va hyggelig.
""")

T["P19"] = ("nb", r"""
i1: da kjører vi på kan du si litt om hvor du jobber
p19: ja jeg er sykepleier på [[haugesund legevakt|org]] og har vært det siden tjuesjutten før det var jeg på akutten på [[haugesund sjukehus|org]] i ni år så jeg har sett det meste altså ehm jeg bor på [[karmøy|pla]] på [[kopervik|pla]] så jeg kjører over brua hver dag
i1: hvordan er en typisk natt på legevakta
p19: det kommer an på det er helt ulikt {{fredag}} og lørdag er det fylla og slåsskamper og så tirsdag natt kan det være helt stille men det vi får veldig mye av er telefoner fra sykehjem og hjemmesykepleien om eldre som er dårlige og der er det ofte vanskelig fordi vi ikke ser pasienten {{ikke sant}}
i1: har dere tatt i bruk video i de samtalene
p19: ja vi har et prøveprosjekt med video fra sykehjemmene det startet i [[mars tjuetre|dat]] og det er egentlig ganske bra da kan legen se pasienten via nettbrett og snakke med sykepleieren der i stedet for å kjøre ut eller sende pasienten inn
i1: har du et eksempel der det gjorde en forskjell
p19: ja det var en natt i [[januar tjuefire|dat]] vi fikk en telefon fra [[solhaug sykehjem|org]] om en dame som var tung i pusten og sykepleieren der [[siv merete|per]] hun satte opp videoen og legen vår doktor [[ulvestad|per]] han kunne se at hun var blå rundt munnen og det ble sendt ambulanse med en gang og hun kom inn og fikk behandling for lungebetennelse og hun klarte seg
i1: hva tror du hadde skjedd uten video
p19: da hadde vi sikkert sagt gi {{paracet}} og ring tilbake hvis det blir verre og så kanskje det blitt for sent altså det er det man tenker på etterpå og hun var [[nittien år|age]] og skrøpelig og det er ikke sikkert de hadde sendt henne inn i det hele tatt
i1: hvilke utfordringer har dere hatt med videoløsningen
p19: nettverket først og fremst på noen av sykehjemmene er det nesten ikke dekning i kjelleren og så var det sånn at nettbrettet var låst i et skap og ingen hadde koden og den eneste som hadde koden det var avdelingslederen [[trond egil|per]] og han lå og sov så det ble et avvik på det avviksnummeret var [[to tusen tjuefire strek null null to seks|id]]
i1: hvordan samarbeider dere med journalsystemene
p19: vi bruker {{dip s}} sånn som sykehuset og sykehjemmene bruker noe annet så vi ser ikke det de skriver og de ser ikke det vi skriver og da blir det sånn at man ringer og leser opp fødselsnummer og medisinliste på telefonen og man staver navn bokstav for bokstav og det er jo ikke helt trygt
i1: kan du gi et eksempel på det
p19: ja det var en mann som het noe sånt som [[tormod|per]] og etternavn som ingen kunne stave så sykepleieren sa [[h e g g h e i m|per]] og jeg skrev det ned og så fant vi ham ikke i systemet og så viste det seg at det var med to g og ingen h på slutten eller noe sånt så det tok {{et kvarter}} å finne riktig pasient og fødselsnummeret [[ett to null fem tre fire fire sju en åtte en|id]] det måtte hun lese to ganger
i1: hvordan er det å jobbe nattevakt så lenge
p19: slitsomt men jeg liker det vi er et godt team og vi har en lege som har vært der lenge og som kjenner alle sykehjemmene og det er trygt men jeg er [[femtitre|age]] nå så jeg vet ikke hvor lenge til kroppen orker det
i1: er det noe mer du vil si
p19: nei egentlig ikke bare at video er bra men det er ikke magi det krever at det er noen der ute som kjenner pasienten og kan holde nettbrettet riktig {{liksom}}
i1: tusen takk
p19: bare hyggelig
""")

T["P20"] = ("en", r"""
I1: Thank you for taking the time, [[Nour|per]]. I know GPs are busy.
P20: Yes, it's fine, I have blocked the hour. So, I am a GP, {{fastlege}}, at [[Namsos legesenter|org]]. I studied medicine at [[Damascus University|org]], and I came in 2015 with my wife and our two kids. Then I had to do all the approval, the language test, the practical, it took almost four years before I could work as a doctor here. I worked in a fish farm in [[Rørvik|pla]] in the meantime, hah.
I1: How has the digital side of general practice changed since you started?
P20: A lot. When I started we had no {{e-konsultasjon}}, now maybe {{twenty percent}} of my contacts are digital. Video, text, {{Helsenorge}} messages. For young people it's perfect. For the old people, it's more difficult. But some old people surprise me, really.
I1: Could you give an example?
P20: Yes, I have one patient, I will say only his surname, [[Kolstad|per]], he is [[eighty-two|age]], he lives on [[Otterøya|pla]], the island, and he has {{Parkinson}}. And he loves the video consultation, because the ferry and the bus take him three hours each way. His daughter set it up, [[Mari Kolstad|per]], she lives in [[Trondheim|pla]], and she joins the call from her office. So we are three on the screen. It works very well.
I1: Are there limits to what you can do over video?
P20: Of course. I cannot listen to the lungs. I cannot feel the stomach. So I have a rule: the first time, always physical. And if I'm not sure, physical. But for follow-up of medication, for the tremor, I can see a lot on video. Actually sometimes I see more, because I see his home, I see if the floor is messy, if there are pills on the table.
I1: How do you work with the home care services?
P20: Closely. There is one nurse, [[Anne Lise Aune|per]], she is the contact for my patients in the home care, and she calls me directly. I gave her my direct number, [[741 29 388|tel]], which is maybe not allowed, hah. But it saves so much time. Otherwise she calls the switchboard, then waits, then my secretary takes a message, then I call back, and she is in a car somewhere.
I1: Have there been any mistakes or close calls with the digital systems?
P20: One. On [[1 June 2022|dat]], I renewed a prescription for a patient on multi-dose, and I changed the dose of the blood pressure medicine. But the pharmacy did not see the change because there was a problem with the {{Reseptformidleren}}, the national system. And the patient got the old dose for two weeks. Nothing dangerous, but it could be.
I1: How did you discover it?
P20: The health secretary, [[Synne|per]], she saw that the pharmacy had sent a message asking about something else, and she noticed the old dose was listed. She is very sharp. I always say she should have been the doctor, not me. She says no, she earns better than a doctor per hour, hah.
I1: Do you feel your own background plays a role in your work here?
P20: Sometimes. I have some patients who ask for me because they also speak Arabic, from [[Syria|pla]], from [[Iraq|pla]], from [[Sudan|pla]]. That is good. But I also have old Norwegian farmers who at first did not want a foreign doctor. Now they bring me eggs and moose meat. It takes time, but it comes.
I1: If other researchers want to contact you?
P20: They can write to [[nour.alhassan@namsos.kommune.no|ema]]. I read it in the evening. I also have a {{PhD}} application going to [[NTNU|org]], about digital consultations in rural areas, so maybe we will meet again, hah.
I1: That would be nice. Thank you so much.
P20: Thank you.
""")

T["P21"] = ("nb", r"""
I1: Sånn, nå tar den opp. Kan du fortelle litt om jobben din?
P21: Ja, je jobber med innkjøp i [[Sarpsborg kommune|org]], på anskaffelsesavdelinga. Je har vært der i tolv år snart. Og før det var je i privat sektor, på [[Borregaard|org]], med innkjøp der også. Så je har kjøpt alt fra kjemikalier til medisindispensere, hehe. Det er ikke så forskjellig som du tror.
I1: Hvordan var det å kjøpe inn velferdsteknologi?
P21: Det var vanskelig, altså. For det var ingen som visste åssen det skulle se ut. Vi hadde en konkurranse for dispensere i 2021, sammen med [[Fredrikstad kommune|org]] og [[Halden kommune|org]], og vi fikk inn fire tilbud, og alle sa at dems var best. Og vi hadde itte kompetanse til å vurdere det. Så vi måtte hente inn folk fra hjemmetjenesten til evalueringa.
I1: Hvem var med fra hjemmetjenesten?
P21: Det var hu [[Bente|per]], [[Bente Kjos|per]], som er sykepleier på [[Tune|pla]], og så en fra [[Fredrikstad|pla]], han [[Jan Erik|per]]. Og dom var gull verdt. For dom visste ting vi itte visste. Som at en av dispenserne var så høy at den itte passa under kjøkkenskapet til en vanlig pensjonist. Det sto itte noe om det i {{kravspesifikasjonen}}.
I1: Hvordan endte det?
P21: Det ble tildelt [[tirsdag 4. april|dat]], je husker det for det var dagen før {{påskeferien}}, og så klaga en av leverandørene, det var [[Medirobot Norden AS|org]], til [[KOFA|org]], klagenemnda. Og det tok et år. Et helt år. Og i mellomtida hadde vi itte kontrakt, så vi måtte leie dispensere fra den gamle leverandøren.
I1: Hva sa klagenemnda?
P21: Dom ga oss rett, stort sett. Men det var en liten ting om evalueringa, at vi hadde vekta brukervennlighet uten å definere det godt nok. Og det har je lært av. Nå skriver je alltid at brukervennlighet skal testes av de som faktisk bruker det, og at vi tar med pasienter. Vi hadde en pensjonist, han [[Rolf|per]], [[sytti år|age]], som testa alle dispenserne hjemme hos seg sjøl. Han var mer kritisk enn noen av oss, hehe.
I1: Det er interessant. Hvordan var samarbeidet med IT?
P21: Godt, egentlig. Vi har en IT-arkitekt, [[Frank|per]], som satt med på alle møtene, og han spurte om ting som integrasjon og datasikkerhet og sånt. Det er hans fortjeneste at vi krevde at dataene skulle lagres i [[Europa|pla]]. Je hadde itte tenkt på det i det hele tatt.
I1: Hva er det viktigste du har lært?
P21: At innkjøp ikke er papir, det er folk. At du må snakke med dom som skal bruke det. Og at leverandørene lover mer enn dom kan levere. {{Evondos}}, {{Pilly}}, alle sammen, dom sier at det er {{plug and play}}. Det er det aldri.
I1: Hvis noen i andre kommuner vil snakke med deg?
P21: Dom kan ringe meg på [[69 10 84 57|tel]], eller sende e-post, [[innkjop@sarpsborg.kommune.no|ema]], det er fellesadressa vår, men skriv at det er til meg, [[Torill|per]]. Je er her stort sett hver dag unntatt {{fredager}}, da jobber je hjemmefra.
I1: Er det noe annet du vil si?
P21: Bare at vi som jobber med innkjøp, vi blir ofte sett på som dom som sier nei. Men vi vil jo at det skal bli bra. Je har en mor på [[Greåker|pla]] som har trygghetsalarm, så je vet åssen det er å være pårørende også.
I1: Takk for at du ville være med.
P21: Takk sjøl.
""")
T["P22"] = ("en", r"""
I1: Okay, it's recording. Could you say a bit about yourself and your work?
P22: Yes. My name is [[Abdirahman|per]], but everybody says [[Abdi|per]]. I was born in [[Mogadishu|pla]], I came here as a teenager, in 2006, and I grew up in [[Skien|pla]]. Now I work in the drug and alcohol service, rus, in [[Skien kommune|org]]. I'm a social worker, bachelor from [[USN|org]].
I1: What kind of people do you work with?
P22: People with addiction, many of them also with mental health problems. Some are on {{LAR}}, the medicine-assisted treatment, with {{methadone}} or {{Subutex}}. And some are homeless, or almost. I do home visits, I help with the welfare office, with the doctor, with everything, really.
I1: Is technology part of your work at all?
P22: More than you think. We started with a medicine dispenser for some LAR patients, so they don't have to come to the pharmacy every day. It's locked, it opens only at the right time. And for some people it was like, freedom. They could have a job. One guy, I call him [[Storm|per]], that's his nickname, everybody in town knows him by that, he got a job at a warehouse because he didn't have to stand in the pharmacy line at {{nine every morning}}.
I1: That sounds like a big change.
P22: Huge. But also there was a bad story. Another client, a woman, [[thirty-four|age]], she broke the dispenser with a hammer because she wanted the next dose. And then it was like, who pays? The kommune? Her? She had nothing. We had a big meeting about it, with the leader, [[Hege Gundersen|per]], and the doctor from [[Sykehuset Telemark|org]], and in the end the kommune paid.
I1: How did you handle the relationship after that?
P22: I went to her the day after, and she was crying. She said "I'm a monster." And I said, no, you are sick. That's different. We are still in contact, she is doing better now. She's in a treatment place, at [[Blå Kors|org]], outside [[Oslo|pla]].
I1: Do you use digital tools to keep in contact with clients?
P22: Yes, SMS mostly. The work phone, [[469 12 884|tel]]. Some clients text me at {{3 in the night}}, "I'm scared." And I'm not supposed to answer at night, but sometimes I do. My wife is not happy about it, hah. We also tried video consultations, but many clients don't have data on their phone, or the phone is stolen every month.
I1: Does your own background matter in the work?
P22: Yes, sometimes. There are more young people from Somali families now with drug problems, and the parents, they don't want to talk about it. Shame, you know. And I can go to the family and speak Somali and explain. That helps. During {{Ramadan}} it's sometimes easier, people are more open, more reflective.
I1: Can you tell me about a specific situation like that?
P22: There was a boy, [[nineteen|age]], his mother called me, she found pills in his room. I went to the flat in [[Rådhusgata 9, 3717 Skien|adr]]. No, I shouldn't say the address. Please cut that. Anyway, we talked for three hours, the mother, the boy, his uncle, me. Tea, a lot of tea. And in the end the boy agreed to meet a counsellor. That was on [[the 17th of May 2021|dat]], actually, the national day, while everybody outside was walking with flags.
I1: How is the cooperation with other services?
P22: Good with the home care, they come for the LAR patients who can't come out. Difficult with the welfare office sometimes, long queues. And the police are okay, there is one officer, [[Kristoffer|per]], who calls me before he does anything with my clients. That's respect.
I1: If someone wants to contact you about your experience?
P22: They can write to [[abdirahman.farah@skien.kommune.no|ema]]. I answer within a week, usually, hah.
I1: Thank you so much, [[Abdi|per]].
P22: Thank you. It's good someone asks.
""")

T["P23"] = ("nn", r"""
I1: Då har eg starta opptaket. Kan du fortelje litt om bakgrunnen din?
P23: Ja, eg er {{cand.psychol.}}, utdanna i [[Bergen|pla]], og eg har vore kommunepsykolog i [[Sunnfjord kommune|org]] sidan samanslåinga i 2020. Før det var eg på [[Helse Førde|org]], på [[BUP Førde|org]], i seks år. Så eg har gått frå spesialisthelsetenesta til kommunen, som mange seier er feil veg, hehe.
I1: Kva slags arbeid gjer du no?
P23: Mykje lågterskel. Folk som ikkje er sjuke nok til spesialisthelsetenesta, men som slit. {{Angst}}, depresjon, samlivsbrot, sorg. Eg har mange unge vaksne, og eg har ein del eldre. Og så rettleiar eg andre tilsette, helsesjukepleiarar, heimesjukepleiarar, når dei står i tunge saker.
I1: Korleis brukar de digitale verktøy?
P23: Me har eit digitalt sjølvhjelpsprogram, basert på {{kognitiv terapi}}, som folk kan gjere heime på mobilen, og så har dei ein samtale med meg {{kvar veke}} på video. Det har gjort at eg kan ha folk frå heile kommunen, frå [[Naustdal|pla]] og [[Jølster|pla]] og heilt ut mot kysten, utan at dei må køyre i to timar. Særleg om vinteren er det viktig.
I1: Har du eit døme på ein pasient der det har fungert?
P23: Ja. Ei ung kvinne, [[tjuetre|age]], som hadde så sterk sosial angst at ho ikkje klarte å kome på kontoret. Ho budde heime hos foreldra på ein gard i [[Vassenden|pla]]. Og i starten hadde ho kameraet av. Eg snakka med ein svart skjerm i fire veker. Og så ein dag, det var [[2. juni 2021|dat]], eg hugsar det fordi det var så varmt, så slo ho på kameraet. Og eg såg henne for første gong. Ho sat i ei løe, med ein katt på fanget. Eg vart heilt rørt.
I1: Kva skjedde vidare?
P23: Etter fire månader kom ho til kontoret. Fysisk. Og no studerer ho i [[Trondheim|pla]]. Ho sende meg eit kort i fjor {{jul}}. Det heng på veggen min.
I1: Er det situasjonar der video ikkje fungerer?
P23: Ja, absolutt. Når det er vald i heimen, til dømes. Då kan ikkje folk snakke fritt, for partnaren kan sitje i rommet ved sida av. Eg hadde ei sak der eg skjønte at noko var gale fordi ho heile tida såg mot døra. Så då avtalte me at viss ho sa ordet «[[Rose|per]]», så var det fare. [[Rose|per]] var namnet på syster hennar. Og ein dag sa ho det.
I1: Kva gjorde du då?
P23: Eg ringde politiet medan eg heldt samtalen gåande, om heilt vanlege ting. Det var ein av dei verste timane i mitt liv. Det gjekk bra. Men sidan då har eg alltid ein plan B med alle eg har på video.
I1: Korleis er samarbeidet med fastlegane?
P23: Varierande, som alltid, hehe. Me har ein lege på [[Førde legesenter|org]], [[Mona Bjørlo|per]], som er utruleg flink, ho tek telefonen. Andre sender berre tilvisingar. Det er greitt, men det er ikkje samarbeid.
I1: Korleis kan folk kontakte deg?
P23: Gjennom tenestekontoret, [[57 72 20 00|tel]], eller på e-post, [[psykolog@sunnfjord.kommune.no|ema]]. Me prøver å svare innan ei veke. Me har venteliste, diverre, omtrent {{seks veker}} no.
I1: Er det noko anna du vil seie?
P23: Berre at teknologien har gjeve meg tilgang til folk eg aldri ville nådd. Men eg er redd for at kommunen skal tru at ein app kan erstatte ein psykolog. Det kan han ikkje. Appen er eit verktøy, ikkje ein terapeut. {{Teams}} er ikkje eit rom.
I1: Tusen takk.
P23: Takk sjølv.
""")

T["P24"] = ("nb", r"""
i1: nå tar den opp så du kan bare fortelle fritt
p24: ja altså jeg er besøksvenn i [[røde kors|org]] her i [[tønsberg|pla]] eller [[tønsberg røde kors|org]] heter det vel ja jeg har holdt på i snart seks år siden jeg ble pensjonist jeg var lærer på [[greveskogen videregående|org]] i førti år så jeg trengte noe å gjøre
i1: hvordan fungerer det å være besøksvenn
p24: man blir koblet med en person som er ensom og så besøker man dem {{en gang i uka}} og drikker kaffe og går tur og prater og jeg har hatt samme dame hele tiden hun heter [[dagny|per]] og bor på [[husøy|pla]] ute på [[tjøme|pla]] og hun er [[nittisju|age]] år gammel og skarp som en kniv
i1: hvordan kom teknologien inn i det
p24: det var under {{korona}} da fikk vi ikke besøke og da fikk hun et nettbrett fra kommunen og jeg skulle lære henne å bruke det over telefon tenk deg det {{ehm}} en pensjonert lærer som skal lære en nitti år gammel dame å trykke på en skjerm over telefon (latter) det tok tre uker
i1: men det gikk til slutt
p24: ja det gikk og så begynte vi å ha video {{hver tirsdag}} og så fant hun ut at hun kunne ringe barnebarnet sitt i [[spania|pla]] også [[marbella|pla]] tror jeg det er som hun ikke hadde sett på flere år og det var det var det fineste med hele greia
i1: hvordan er samarbeidet med kommunen
p24: godt egentlig vi har en koordinator hos oss [[line|per]] [[line sørensen|per]] som holder kontakt med hjemmesykepleien og hvis jeg ser noe som er bekymringsfullt så ringer jeg henne nummeret er [[nittifem tjueåtte sekstiseks null fire|tel]] og hun tar det videre
i1: har du opplevd noe bekymringsfullt
p24: ja en gang det var [[femte mai tjuetre|dat]] da jeg kom og [[dagny|per]] lå på sofaen og var helt forvirret hun visste ikke hvem jeg var og det var jo ikke likt henne og jeg ringte legevakta og det viste seg at hun hadde {{urinveisinfeksjon}} og var blitt akutt forvirret og etter en uke på [[sykehuset i vestfold|org]] var hun helt seg selv igjen
i1: hvordan var det for deg
p24: skummelt altså jeg er ikke helsepersonell jeg er lektor i norsk og historie og jeg tenkte hva om jeg ikke hadde kommet den dagen hun har {{trygghetsalarm}} men hun trykket ikke på den fordi hun visste ikke at hun var syk {{liksom}}
i1: hva tenker du om forholdet mellom frivillige og kommunen
p24: vi er et supplement ikke en erstatning og det må kommunen forstå jeg er bekymret for at de skal bruke oss som gratis arbeidskraft men samtidig får jeg så mye igjen selv hun har lært meg mer om øyene i gamle dager enn alle historiebøkene
i1: er det noe annet du vil si
p24: bare at alle burde bli besøksvenn det er det beste jeg har gjort og hvis noen vil vite mer kan de sende en mail til meg [[harald punktum vik at online punktum no|ema]] eller bare ta kontakt med oss
i1: takk for praten
p24: takk selv
""")
T["P25"] = ("nb", r"""
I1: Velkommen alle sammen, og takk for at dere kom. Kan vi ta en runde der dere sier hvem dere er og hva dere jobber med?
P25A: E kan byrje. E heiter [[Ragnhild|per]], e er sjukepleiar på natt på [[Sel omsorgssenter|org]], på [[Otta|pla]]. Har vøri der i tjuefem år, {{meir eller mindre}}.
P25B: Og e er [[Jo|per]], helsefagarbeidar, òg på natt. E bur oppi [[Heidal|pla]], så e køyrer ned kvar kveld. {{Tjue minutt}}, om det itte er elg.
P25C: E er avdelingsleiaren, så e er den som har fått skylda for kameraa, hehe.
P25D: Og e jobbe med IT i kommunen, e var prosjektleiar for det digitale tilsynet.
I1: Hvordan startet det med digitalt tilsyn hos dere?
P25D: Det var i [[mars 2022|dat]] vi sette opp dei første kameraa, på skjerma eining. Åtte rom. Og så lærte vi opp nattevaktene på ein kveld, og det var vel itte nok, vil e tru.
P25A: Nei, det var itte nok. Og e sa det med ein gong, du hugsar det, [[Mette|per]].
P25C: Det hugsar e godt. Du sa det høgt og tydeleg på {{personalmøtet}}. E trur heile huset høyrde det, hehe.
P25A: Ja, for e var redd. E tenkte at no skal dei ta vekk ein av oss på natt og erstatte med ein skjerm. Og det har dei itte gjort, det skal du ha, [[Mette|per]]. Men e var redd.
I1: Har dere opplevd situasjoner der kameraene har gjort en forskjell?
P25B: Ja, e kan ta ei. Det var ho på [[rom 6|id]], ho er over nitti, og ho står opp om natta og skal «heim og mjølke». Før måtte vi gå inn {{kvar halvtime}} og sjå, og då vakna ho kvar gong. No ser vi på skjermen, og vi går berre inn når ho set seg opp. Ho søv mykje betre. Dottera hennar, [[Kjellaug|per]], sa at mor hennar aldri hadde vore så utkvilt.
P25A: Men [[Jo|per]], fortel om den natta med straumbrotet òg.
P25B: Å ja. Det var [[2. juledag|dat]], i fjor, det var {{storm}}, og straumen gjekk i heile [[Sel|pla]]. Og då gjekk kameraa òg, sjølvsagt. Og aggregatet starta, men ruteren starta itte. Så vi var blinde i tre timar.
P25D: Og det var mi skuld. E hadde itte kopla ruteren til aggregatkursen. Det har e fiksa no. Men det var ein lærepenge.
P25C: [[Ivar|per]], du tok det veldig fint, du kom jo ned midt på natta.
P25D: Ja, frå [[Vågå|pla]], i storm. E har aldri køyrt så sakte... nei, vent, e har det, men uansett, det tok lang tid.
I1: Hvordan har de pårørende reagert på kameraene?
P25C: Dei fleste er positive. Men vi hadde ein son som budde i [[Lillehammer|pla]], og han ville ha tilgang til kameraet sjølv. Han ville sjå mor si på telefonen. Og det kan vi jo itte. Det er itte lov. Han vart ganske sint.
P25A: Han ringde meg heime, faktisk. På privaten. E veit itte korleis han fekk tak i nummeret.
P25B: Alle har alle sine nummer her, [[Ragnhild|per]], det er [[Gudbrandsdalen|pla]], hehe.
I1: Hva ville dere sagt til en annen kommune som vurderer dette?
P25A: At dei må ha nok folk i tillegg. Kameraet ser, men det kan itte gå.
P25D: Og at IT må vere med frå starten. Og ha ein ruter på aggregatet, hehe. Viss nokon vil spørje meg om det tekniske, kan dei sende e-post til [[ivar.bakken@sel.kommune.no|ema]].
P25C: Og at dei må ta nattevaktene på alvor. Dei veit kva som fungerer. Ikkje {{Teams}}-kurs, men folk som sit ved sida av deg ein heil natt.
I1: Tusen takk til alle sammen.
""")

T["P26"] = ("en", r"""
I1: Welcome, everybody. Let's start with a round of names and where you work.
P26A: Okay, I'll start. I'm [[Rosalie|per]], I'm a nurse in the home care in [[Lillestrøm|pla]], zone [[Strømmen|pla]]. I'm Filipino, I came in 2016 through an agency.
P26B: I am [[Tesfay|per]], I'm a {{helsefagarbeider}}, same zone as her. I came as a refugee in 2014.
P26C: [[Marta|per]], also helsefagarbeider, but in zone [[Skedsmokorset|pla]]. I'm from [[Wrocław|pla]]. Ten years here.
P26D: And I'm [[Linnea|per]], I'm Swedish, from [[Umeå|pla]], I'm the tech champion for both zones, so I know these three, hah.
I1: Let's talk about the medicine dispensers. What has your experience been?
P26A: For me, good. Most patients like them. But the language is a problem. The dispenser speaks Norwegian, and I speak Norwegian with an accent, and the patient speaks dialect, and the robot speaks like a newsreader. So nobody understands nobody, hah.
P26C: Yes! And you remember the man who thought the robot was his dead wife?
P26A: Oh, yes. That was so sad. He was, what, [[ninety|age]]?
P26C: Ninety-one. And the voice on the dispenser was a woman, and he started talking to it like it was his wife. "[[Solbjørg|per]], is that you?" Every morning.
P26B: I had him also. I didn't know what to do. Should I say it's a machine? He was so happy.
P26D: We talked about it in the team, [[Tesfay|per]], remember? And in the end we decided to change the voice to a man's voice. Because it wasn't honest, we thought.
P26B: Yes, but I was not sure it was the right decision. He was sad after that. He said she didn't come anymore.
I1: That's a hard ethical question. How did you make the decision?
P26D: We had a meeting with his son, [[Geir Åge|per]], and the doctor, and the leader [[Hanne Brekke|per]]. And the son said, change it. So we changed it. It was on, I think, [[the 9th of November|dat]]. I wrote it in {{Gerica}}.
P26C: But [[Linnea|per]], it was the right decision. You can't build a care on a lie.
P26A: I don't know, [[Marta|per]]. Back home we would say, let him have it. Let him be happy. It's a small thing.
P26B: I think both are right. That's the problem.
I1: Let's move on to another topic. How do you communicate as a team across languages?
P26D: English, Norwegian, Swedish, Polish, Tigrinya, {{Tagalog}}... in the break room, hah. But the documentation has to be Norwegian, and that is hard for some.
P26B: For me writing is hard. Talking is okay. So I write short. And then the nurse calls me and asks what I mean.
P26A: And we have a {{WhatsApp}} group for the zone, which we are not supposed to have.
P26D: [[Rosalie|per]]! We are being recorded!
P26A: Oh. Sorry. Delete that, hah. No, we have the official one now, on the work phones.
I1: If you could change one thing, what would it be?
P26C: More time with each patient. Not {{fifteen minutes}}. Thirty.
P26B: Language course during work time, paid.
P26A: Same. And a car that works. Our car, [[EL 90314|id]], it has been in the garage three times since {{Christmas}}.
P26D: And a proper phone for me as a champion. Now everybody calls my private number, [[+46 73 805 22 19|tel]], because I still have my Swedish one. That's crazy expensive, hah.
I1: Thank you all so much.
""")

T["P27"] = ("en", r"""
i1: okay we are recording so maybe just a quick round of introductions
p27a: yeah hi i'm [[sanna|per]] i'm a doctor at the {{legevakt}} in [[hammerfest|pla]] i'm swedish originally from [[luleå|pla]] so i'm used to the dark
p27b: [[ahmed|per]] paramedic at the ambulance station here for {{five years}} before that i was in [[alta|pla]]
p27c: and i'm [[kristoffer|per]] i'm a nurse in the home care here and i'm actually local grew up in [[rypefjord|pla]]
i1: great so i'd like to hear how you work together around elderly patients at home
p27c: so the way it works is the patients have the fall alarm or the trygghetsalarm and it goes to the alarm central and they call us in home care and if it's serious they call {{amk}} and then the ambulance comes
p27b: [laughs] yeah and then we meet in the hallway
p27a: and then i get the phone call at the legevakt asking should we bring her in or not and i'm sitting there with no information
p27c: but that's why we started the video right
p27a: yeah that's true that's true
i1: tell me about the video
p27a: so since [[september twenty three|dat]] the home care have a tablet and if they're in doubt they call me on video and i can see the patient i can talk to them and i can see the vital signs they measure and that helps so much with the decision
p27b: but it's only in town not out in the villages because the coverage in [[kvalsund|pla]] and [[havøysund|pla]] is still terrible
p27c: [[havøysund|pla]] is not even our kommune
i1: can you give an example of a case where the video helped
p27c: yeah so there was a man last winter [[eighty seven|age]] years old lives alone on the top of the hill at [[fuglenesveien fourteen|adr]] and he had fallen and he had pain in the hip and i called the legevakt and she could see the the leg was not rotated so she said probably not a fracture and we could avoid sending him five hours to [[tromsø|pla]]
p27a: yeah and that's important because the hospital is far and the helicopter is expensive and for him a trip like that would be really hard
p27b: and we had the ambulance free for something else that night which was good because we had a car crash near [[skaidi|pla]] the same night
i1: are there situations where it hasn't worked
p27b: yeah when the picture freezes or when the the nurse holds the tablet upside down [laughs]
p27c: that happened once okay once
p27a: it happened more than once [[kristoffer|per]]
i1: how do you share information across the services
p27a: that's the big problem honestly we all have different systems the legevakt has one the home care has {{gerica}} the hospital has {{dips}} and the ambulance has their own so we end up reading things aloud on the phone like {{fødselsnummer}} and allergies
p27b: and patient numbers like the amk number i read it out like [[a seven seven four two|id]] and they write it down by hand
i1: what would you want to change
p27c: one system or at least that the systems could talk to each other
p27a: and better coverage in the villages that's not health that's [[telenor|org]] but still
p27b: and more people we are two on the ambulance at night for a huge area
i1: thank you so much all three of you
""")
T["P28"] = ("nb", r"""
I1: Velkommen! Dere er alle superbrukere, har jeg forstått. Kan vi ta en kort presentasjonsrunde?
P28A: Ja, eg kan byrje. Eg heiter [[Oddny|per]], eg er sjukepleiar i heimetenesta i [[Ulstein|pla]], og eg har vore superbrukar sidan dei første sensorane kom.
P28B: [[Geir|per]] heiter eg, helsefagarbeidar på [[Ulstein omsorgssenter|org]]. Eg er superbrukar for dispensarane og for nettbretta.
P28C: Og eg er [[Liv-Marit|per]], eg jobbar i [[Hareid|pla]], i heimetenesta der, men me samarbeider jo over fjellet, så me kjenner kvarandre godt.
P28D: Og eg er [[Stian|per]], eg er den yngste her, hehe, eg er helsefagarbeidar og tok over superbrukarrolla etter ho [[Liv-Marit|per]]... nei, unnskyld, etter ho som slutta i fjor. Eg blandar alltid.
I1: Hva innebærer det å være superbruker i praksis?
P28A: Det er at folk ringjer deg. Heile tida. Om alt. «Du, skjermen er svart.» «Hei, dispensaren pip.» Og så har du dine eigne pasientar i tillegg.
P28C: Ja, det er akkurat det same hjå oss. Og me har ikkje fått noko tid til det. Det står at me har {{ti prosent}}, men kva er ti prosent når du har fjorten pasientar før lunsj?
P28B: Eg fekk faktisk frikjøpt {{ein dag i veka}} i fjor, men det forsvann då dei kutta i budsjettet i [[oktober 2023|dat]].
I1: Kan dere fortelle om en situasjon som har vært særlig utfordrende?
P28B: Ja, eg kan ta ein. Me hadde ein mann på [[Hasund|pla]], han var [[nittito|age]], og han hadde dispensar. Og ein helg, det var [[laurdag 17. februar|dat]], kom det varsel om at dosen ikkje var teken. Og det var ingen som reagerte, for varselet gjekk til ein telefon som låg i skuffen på vaktrommet. Det var eg som hadde lagt han der. Det var mi feil.
P28A: Det var ikkje di feil åleine, [[Geir|per]]. Det var rutinen som var feil.
P28B: Ja, men likevel. Han hadde ikkje teke medisinane sine på to dagar. Dottera fann han, ho [[Randi|per]], og ho var... ja, ho var sint. Med rette.
P28D: Og etter det laga me ei liste, {{ikkje sant}}, over kva telefon som skal ha kva varsel. Eg har den her, faktisk, på telefonen. Varsel for dispensarar går til vakttelefonen, [[913 45 720|tel]].
P28C: Og det må stå oppdatert, det er det viktigaste. Hjå oss hadde me ei liste som var tre år gamal.
I1: Hvordan er samarbeidet med leverandørene?
P28A: Blanda. Den eine leverandøren har ein kontaktperson, [[Eivind|per]], som svarar på e-post same dag. Den andre har berre eit kundesenter i [[Sverige|pla]], og der må du forklare alt frå byrjinga kvar gong.
P28D: Og dei snakkar ikkje {{nynorsk}}, hehe. Eg har prøvd.
P28C: Du, ingen snakkar nynorsk på telefonen, det er berre noko me skriv.
P28D: Me seier jo «eg», då. Det er nesten nynorsk.
I1: Hva med opplæring av nye ansatte?
P28C: Det er det som er tyngst. Om sommaren kjem det tjue vikarar, og alle skal lære {{Gerica}} og dispensarane og sensorane på ei veke. Det går ikkje. Så me har laga små videoar, me to, som me har lagt på ein felles stad.
P28A: Og dei har fått over hundre visningar, så noko fungerer, hehe.
I1: Hvis noen vil vite mer om superbrukerarbeidet deres?
P28A: Dei kan ta kontakt med meg, [[oddny.hjelle@ulstein.kommune.no|ema]]. Eller med [[Liv-Marit|per]], men ho er på ferie heile {{påska}}, så då blir det meg, hehe.
I1: Tusen takk alle sammen.
""")

T["P29"] = ("nb", r"""
I1: Takk for at dere ville komme. Dere er alle pårørende til noen som får tjenester fra kommunen. Kan dere si litt om hvem dere er?
P29A: Ja, æ heite [[Turid|per]], og mor mi bor på [[Kviltorp omsorgssenter|org]] i [[Molde|pla]]. Ho e [[åttiåtte|age]] og har demens. Æ e einebarn, så det e æ som har alt ansvaret.
P29B: [[Knut|per]]. Æ e pårørende te kona mi, ho bor heime fortsatt, på [[Gossen|pla]], ute i [[Aukra|pla]]. Ho har {{Parkinson}}, og æ e hennes primære omsorgsperson, som dem seie.
P29C: Og æ e [[Elin|per]], far min bor aleina i [[Elnesvågen|pla]], og han har GPS og dørsensor og alt som finnes, hehe.
I1: Hvordan opplever dere velferdsteknologien?
P29C: Æ e egentlig veldig positiv. Far min, han e fødd i [[-35|age]], og han ville aldri flytta på sjukeheim. Og med sensora og GPS-en kan han bo heime. Æ får {{varsel}} på telefonen viss han går ut om natta. Det har skjedd to gonga. Begge gongan satt han i bilen i garasjen og skulle «kjøre te [[Molde|pla]]». Han har itj hatt lappen sia 2019.
P29A: Men [[Elin|per]], e du ikkje redd heile tida?
P29C: {{Jo}}, [[Turid|per]], æ e redd. Men æ ville vært meir redd utan GPS-en.
P29B: Æ har det litt annerledes. Kona mi, ho vil ikkje ha nokka av det. Ho seie at ho ikkje e ei pakke som skal spores. Og æ respektere det. Men så e det æ som ikkje sov om natta, då.
I1: Hvordan er kontakten med kommunen?
P29A: Den e god med dem som jobbe der. Dem e fantastiske. Men det e så mange forskjellige. Æ har sikkert møtt tretti forskjellige pleiera sia mor flytta inn. Og ho kjenne ingen av dem. Ho kalle alle sammen for «jenta», også han ene som e gutt, hehe.
P29B: Men ka med primærkontakten? Har ikkje mor di det?
P29A: Jo, det e ho [[Ingrid Marie|per]], og ho e gull. Men ho jobbe jo ikkje heile tida. Ho har nummeret sitt på ein lapp på døra te mor, [[rom 211|id]], men æ vil ikkje ringe henne på fritida.
P29C: Æ har nummeret te hjemmesykepleien der oppe på kjøleskapet, [[71 26 44 90|tel]], og det e det nummeret far min ringe når han e forvirra. Dem e så tålmodige med han.
I1: Har dere opplevd at noe har gått galt?
P29B: Ja. Kona mi fikk ein dispenser i fjor, sjøl om ho ikkje ville. Og ein dag, det va [[fredag 8. september|dat]], så gikk den i stykker, og det kom ut alle tablettane for ein heil dag på éin gong. Heldigvis såg æ det. Men viss æ ikkje hadde vært der...
P29A: {{Fy søren}}, [[Knut|per]].
P29B: Ja. Og etter det sa æ nei takk. Vi gikk tilbake te {{dosett}}. Og ho va fornøgd.
I1: Hva ønsker dere dere fra kommunen framover?
P29C: Ein fast person. Éin. Som kjenne far min.
P29A: Og at dem snakke med oss pårørende. Æ har skreve e-post te leiaren, [[Svein Ove Rødal|per]], tre gonga, og fått svar éin gong.
P29B: Og at dem respektere at nokon vil ha teknologi og nokon ikkje vil. Det e ikkje {{ein fasit}}. Kona mi e ikkje ein statistikk.
I1: Tusen takk for at dere delte dette.
""")

T["P30"] = ("nb", r"""
I1: Velkommen alle sammen. Kan vi starte med en runde?
P30A: Ja. Eg heite [[Halvor|per]], og eg e sjukepleiar i heimetenesta i [[Gol|pla]]. Eg har jobba her i tretti år, så eg kjenne dei fleste husa i kommuna, og hundane deira, hehe.
P30B: [[Guri|per]]. Helsefagarbeidar, òg her, men eg bur i [[Hemsedal|pla]]. Eg har vore ressursperson for velferdsteknologi sidan prosjektet starta.
P30C: Og eg e [[Signe|per]], eg e leiar for heimetenesta i [[Ål|pla]]. Me samarbeider med dei om ein del ting, mellom anna nattpatruljen.
P30D: [[Olav|per]]. Eg jobbe på [[Hallingdal sjukestugu|org]], med {{observasjonsplassane}}, så eg ser dei pasientane som kjem inn når det går gale heime, for å seie det slik.
I1: Hvordan fungerer det med store avstander og teknologi her?
P30A: Avstandane e det store. Eg har pasientar som bur ein time unna, opp i lia, på gardar der det ikkje e mobildekning ein gong. Så GPS og digitalt tilsyn, det e fint i sentrum, men oppi fjellet hjelpe det lite.
P30B: Me hadde ein mann der, [[Halvor|per]], du veit kven eg meiner, han på garden [[Nordre Hallingstad|pla]], som hadde tryggleiksalarm. Og alarmen var kopla til fasttelefonen, og så la [[Telenor|org]] ned kobbarnettet. Og ingen sa ifrå. Så alarmen var død i {{to månader}}.
P30A: Ja, det var ein skandale. Ingen fanga det opp. Det var sonen hans, han [[Knut Arne|per]], som merka det då han testa knappen.
P30C: Og etter det gjekk me gjennom alle alarmane i begge kommunane. Me fann elleve til som ikkje fungerte. Elleve!
P30D: Og eg kan seie at me fekk inn ein pasient frå [[Hol|pla]] i den perioden som hadde lege på golvet i eit døgn. Eg veit ikkje om det var alarmen, men... det kan ha vore.
I1: Hvordan oppdaget dere de andre alarmene?
P30B: Eg køyrde rundt med ei liste. I tre veker. Me tok bilen, [[EK 63109|id]], og køyrde frå gard til gard og trykte på knappar. Folk trudde eg selde støvsugarar, hehe.
P30C: Ho [[Guri|per]] gjorde ein kjempejobb. Eg skreiv det i rapporten til kommunestyret i [[november 2023|dat]].
P30B: Takk. Men eg fekk ikkje overtid for det, då.
P30C: Nei, det er sant. Det burde du fått.
I1: Hva med samarbeidet med sjukestugu og sykehuset?
P30D: Me har {{DIPS}}, heimetenesta har {{Profil}}, så me ser ikkje kvarandre sine notat. Me ringjer. Eg ringjer heimetenesta minst {{tre gonger i veka}}, hehe.
P30A: Og eg svarar alltid, [[Olav|per]]. Men eg svarar frå bilen, og dekninga på brua der, forsvinn alltid midt i setninga.
P30D: Det er sant. Eg har høyrt halve epikriser.
I1: Hvis dere kunne endre én ting?
P30C: At staten forstår at ein kommune på fjellet ikkje er ein bydel i [[Oslo|pla]]. At avstand kostar.
P30A: At me får behalde folka våre. Me mistar unge sjukepleiarar til [[Drammen|pla]] heile tida.
P30B: At nokon har ansvar for å sjekke at alarmane faktisk virkar. Ikkje at eg skal køyre rundt med ei liste.
P30D: Og ei felles journal. Det er draumen, {{mer eller mindre}}.
I1: Tusen takk alle sammen.
""")

# transcripts that are raw speech-to-text output
STT = {"P04", "P09", "P13", "P19", "P24", "P27"}

MARK = re.compile(r"\[\[(.+?)\|(\w+)\]\]|\{\{(.+?)\}\}")


def parse_turn(raw):
    """Return plain text, list of (text, type) entities and list of keep texts."""
    out, ents, keeps, spans, kspans = [], [], [], [], []
    pos = 0
    length = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            text, code = m.group(1), m.group(2)
            if code not in TYPES:
                sys.exit("unknown type %r in %r" % (code, raw[:60]))
            ents.append((text, TYPES[code]))
            spans.append((length, length + len(text)))
        else:
            text = m.group(3)
            keeps.append(text)
            kspans.append((length, length + len(text)))
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(raw[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain or "{{" in plain or "}}" in plain:
        sys.exit("stray markup in %r" % plain[:80])
    return plain, ents, keeps, spans, kspans


def parse(tid, lang, src):
    turns = []
    for line in src.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        spk, _, raw = line.partition(": ")
        turns.append((spk.upper(), raw))
    return turns


def main():
    gold = {}
    problems = []
    stats = {"lang": {}, "types": {}, "keeps": 0, "entities": 0, "turns": 0}
    for tid in sorted(T):
        lang, src = T[tid]
        turns = parse(tid, lang, src)
        speakers = []
        for spk, _ in turns:
            if spk != "I1" and spk not in speakers:
                speakers.append(spk)
        focus = int(tid[1:]) >= 25
        if focus:
            for s in speakers:
                if not re.fullmatch(tid + "[A-E]", s):
                    problems.append("%s: bad speaker %s" % (tid, s))
            if not 3 <= len(speakers) <= 5:
                problems.append("%s: %d participants" % (tid, len(speakers)))
        else:
            if speakers != [tid]:
                problems.append("%s: speakers %s" % (tid, speakers))
            for i, (spk, _) in enumerate(turns):
                want = "I1" if i % 2 == 0 else tid
                if spk != want:
                    problems.append("%s: turn %d speaker %s should be %s" % (tid, i, spk, want))
        if not 14 <= len(turns) <= 30:
            problems.append("%s: %d turns" % (tid, len(turns)))
        ents, keeps, body = [], [], []
        all_ent_texts = set()
        parsed = []
        for i, (spk, raw) in enumerate(turns):
            plain, te, tk, spans, kspans = parse_turn(raw)
            parsed.append((plain, spans, kspans))
            seen = set()
            for text, typ in te:
                if text in seen:
                    continue
                seen.add(text)
                ents.append({"text": text, "turn": i, "type": typ})
                all_ent_texts.add(text)
            kseen = set()
            for text in tk:
                if text not in kseen:
                    kseen.add(text)
                    keeps.append({"text": text, "turn": i})
            body.append('    <turn speaker="%s">%s</turn>' % (spk, escape(plain)))
        # identifier texts that occur unmarked elsewhere in the same file
        for i, (plain, spans, kspans) in enumerate(parsed):
            for text in all_ent_texts:
                for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", plain):
                    if not any(a <= m.start() and m.end() <= b for a, b in spans + kspans):
                        problems.append("%s turn %d: unmarked %r" % (tid, i, text))
            for a, b in kspans:
                if any(not (b <= x or y <= a) for x, y in spans):
                    problems.append("%s turn %d: keep overlaps entity" % (tid, i))
        if not 12 <= len(ents) <= 20:
            problems.append("%s: %d entities" % (tid, len(ents)))
        if not 5 <= len(keeps) <= 10:
            problems.append("%s: %d keeps" % (tid, len(keeps)))
        if focus:
            head = '<interview xmlns="urn:thematic:interview:1" id="%s" participant="%s" participants="%s" language="%s">' % (
                tid, speakers[0], " ".join(speakers), lang)
        else:
            head = '<interview xmlns="urn:thematic:interview:1" id="%s" participant="%s" language="%s">' % (tid, tid, lang)
        xml = '<?xml version="1.0" encoding="UTF-8"?>\n' + head + "\n  <body>\n" + "\n".join(body) + "\n  </body>\n</interview>\n"
        path = os.path.join(HERE, tid + ".xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(xml)
        # verification against the written file
        root = ET.parse(path).getroot()
        xturns = [t.text or "" for t in root.iter("{urn:thematic:interview:1}turn")]
        if len(xturns) != len(turns):
            problems.append("%s: turn count mismatch" % tid)
        for e in ents + keeps:
            if e["text"] not in xturns[e["turn"]]:
                problems.append("%s: %r not in turn %d" % (tid, e["text"], e["turn"]))
        gold[tid + ".xml"] = {"entities": ents, "keep": keeps}
        reg = lang + ("-stt" if tid in STT else "")
        stats["lang"][reg] = stats["lang"].get(reg, 0) + 1
        for e in ents:
            stats["types"][e["type"]] = stats["types"].get(e["type"], 0) + 1
        stats["entities"] += len(ents)
        stats["keeps"] += len(keeps)
        stats["turns"] += len(turns)
        print("%s %s %2d turns %2d ents %2d keeps" % (tid, reg, len(turns), len(ents), len(keeps)))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
