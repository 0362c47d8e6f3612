#!/usr/bin/env python3
"""Generator for heldout-natural-11: 30 interview transcripts + gold.json.

Every transcript is written out literally below.  Inline markup:
  [[text|t]]  -> identifier; t in p=person pl=place a=address o=org d=date
                 ag=age ph=phone em=email id=id
  {{text}}    -> keep (must NOT be treated as identifier)
One line per turn: "I: ..." interviewer, "P: ..." participant (one-to-one),
"A: ...", "B: ..." focus-group participants (id + letter).
"""
import json, os, re, sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

TYPES = {"p": "person", "pl": "place", "a": "address", "o": "org", "d": "date",
         "ag": "age", "ph": "phone", "em": "email", "id": "id"}
MARK = re.compile(r"\[\[(.+?)\|(\w+)\]\]|\{\{(.+?)\}\}")
T = []


def add(pid, lang, body, group=None):
    T.append((pid, lang, body, group))

# ---------------------------------------------------------------- English
add("P01", "en", """
I: Okay, it's recording now. Thank you for meeting me, [[Agnieszka|p]]. Maybe you can start with what you do and how long you have been here.
P: Yes. So I am {{sykepleier}} in hjemmetjenesten in [[Elverum|pl]], we are the north zone, our office is in the basement of [[Elverum helsetun|o]]. I came from [[Gdańsk|pl]] in 2014, first I worked one year at a sykehjem, then I got fast stilling here. And for two years now I am also ressursperson for the medicine dispensers, the {{Evondos}} machines. We have, I think, forty-two of them out in the homes now.
I: How did you end up as the resource person?
P: Ha. Nobody raised the hand. Our avdelingsleder, [[Hilde Ruud-Skaret|p]] – she has the double name, everybody calls her just [[Hilde|p]] – she asked in the morning meeting if {{anyone else}} could take it, because [[Tomasz|p]] was already doing the GPS and the key boxes and he was, you know, drowning. So I said okay. I like technical things, my father was electrician.
I: What does it involve, day to day?
P: Mostly the alarms. When the patient doesn't take the dose, the machine sends a message to our phone after thirty minutes. Then somebody must drive there. And changing the rolls from the pharmacy, and checking in {{Gerica}} that the list is the same as what the doctor has. Many times it is not the same. Many, many times.
I: Could you tell me about a time when it went wrong?
P: Yes. Well. There is a man, he is [[ninety-three years|ag]], lives alone on a small place up in [[Sørskogbygda|pl]]. He has {{Parkinson}} and a little dementia. On [[Friday the 9th of June|d]] the machine gave alarm three times, morning, lunch, evening. And the phone with the alarms, that day it was with a summer vikar, [[Maja|p]], nineteen years, very sweet, and she thought it was a test. She told me after, "I thought the box was just beeping for fun."
I: What happened to him?
P: His daughter came Saturday morning – [[Randi|p]], she lives in [[Hamar|pl]] – and she found him on the kitchen floor, stiff, he could not stand up. She called legevakten and then she called me directly, on my private number, because she had it from before, [[952 18 447|ph]]. I was at my son's football match. I felt so bad. We wrote an avvik, it got the number [[AV-2023-0611|id]], I still remember it.
I: How was it followed up?
P: We had a meeting with the kommunalsjef, [[Øystein Lie|p]], and two people from the supplier, [[Pharmacall Norge|o]]. They said the alarm should go to two phones, never one. Now it goes to the team phone and also to the night nurse. That is good. But I still think about that man on the floor, you know.
I: Has it changed how you think about the technology?
P: I am not against it. I think it works for maybe {{eighty percent}} of the patients. But people start to think the machine is the nurse. It is not the nurse. It is a box that beeps. Somebody has to care that it beeps.
I: That's a good way to put it. Anything you would like to add?
P: Only – if you want to talk with [[Tomasz|p]] also, he is more honest than me. His e-mail is [[tomasz.wrobel@elverum.kommune.no|em]]. Tell him [[Aga|p]] sent you.
""")

add("P02", "en", """
I: Good morning, and thank you for staying after your night shift. You work nights at the nursing home, right?
P: Yes, nights, {{eighty percent}}. At [[Skoger bo- og omsorgssenter|o]] in [[Drammen|pl]], the dementia unit on the second floor. I'm from [[Iloilo|pl]] in the [[Philippines|pl]], I came in 2011 as au pair to a family in [[Asker|pl]], and then I took helsefagarbeider education at [[Åssiden videregående skole|o]]. So it's been a long road, haha.
I: And now you have the camera supervision at night?
P: Since last autumn, yeah, the digital tilsyn. {{Roommate}}. It's not really a camera, it's a sensor that shows like a shadow picture, a stick figure. The families had to sign consent. Some said no. One daughter said, "My mother is not a zoo animal." I understood her, honestly.
I: How does a night look with the system?
P: We are two on the floor, {{sixteen residents}}. Before we had to open every door every two hours, and they woke up, got scared, some hit us. Now I sit with the tablet and look. If the stick figure is sitting on the edge of the bed, I go. [[Room 214|id]] for example, she gets up every night at three, every night, like a clock, and goes looking for her husband who died in 1998.
I: What do you do then?
P: I go in and I say, "Hello, [[Signe|p]], it's [[Rose|p]]." She calls me the little Chinese girl, haha, but she is [[ninety-one|ag]], I forgive her. We make a cup of warm milk and she sleeps again. Before, with the door checks, we would not know she was up until she was already in the corridor, or fallen.
I: Have there been situations where the system failed?
P: Once, yes. [[14th of February|d]] this year, {{Valentine's}}, I remember because my boyfriend was angry I was working. The wifi went down in the whole building at one o'clock. All the tablets black. And the man in [[room 209|id]], Mr. [[Hovland|p]] – okay, I should not say names, sorry – he fell and lay there maybe forty minutes before [[Rose Ann|p]] found him. Rose Ann is my colleague, also Filipino, we have the same name almost, the residents mix us all the time.
I: Did anyone investigate what happened?
P: The IT people from the kommune came, a guy called [[Sindre|p]], he said the router was from 2009 or something. And our leader [[Kjersti Bråten|p]] wrote a long e-mail to [[Drammen kommune|o]] IT. Now we have a backup, if the wifi goes, the alarm goes to the phone with a beep. But nobody told the night staff about the backup for two months. I found out from [[Tor|p]], the vaktmester, he's the one who knows everything in that house.
I: Do the residents notice the sensors?
P: Some of them, the ones who are more clear. Mr. – okay, one man asked if the box on the ceiling was listening to him pray. I said no. I hope it is true, haha. I don't really know what it does with the data.
I: Thank you. Is there anything I didn't ask that you think is important?
P: Maybe just that night work is lonely. The technology helps, but sometimes I talk more with the tablet than with people. If you want, you can call me again, my number is [[+47 468 02 913|ph]]. I am free on {{Wednesdays}}.
""")

add("P03", "en", """
I: So you are from [[Sweden|pl]] originally?
P: Yes, from [[Arvika|pl]], not so far from the border actually. I studied physiotherapy in [[Karlstad|pl]] and then, well, the salaries, you know. I've been in [[Eidskog|pl]] kommune {{eleven years}} now, at the rehabilitation team, [[Eidskog helse- og omsorgssenter|o]] – we just say "helsesenteret".
I: What is your role with the welfare technology?
P: I'm kind of the one they send when it's about falls. Fall sensors, the hip airbags, the bed sensors from, what's it called, the little white ones. And I do the home visits before we install, to look at the threshold, the carpets, the lighting. Often the carpet is the whole problem, not the person, ha.
I: Can you give me an example of a home visit?
P: Sure. There was a couple in [[Magnor|pl]], he was [[eighty-eight|ag]] and she was [[eighty-five|ag]], and he had fallen four times in one month. They lived in [[Glassverkvegen 17|a]], old house, two floors, the bathroom upstairs. The son, [[Lars-Erik|p]], he wanted a fall alarm, the bracelet. But the man, [[Kåre|p]], he refused to wear it. He said, "I'm not a dog with a collar." So we talked and talked, and in the end we put the sensor on the floor by the bed instead, and moved the bed downstairs.
I: Did that work?
P: For a while, ja. Then in the autumn... no wait, it was later, it was [[the first Sunday of Advent|d]], because I remember the light in the window... he fell in the stairs, which there was no sensor for. Broken hip. He went to [[Kongsvinger sykehus|o]], and after that he came to short-term at the helsesenter, and he never moved home again.
I: How did you experience that?
P: Honestly I felt a bit guilty. We focused so much on the bed. But also, you can't put sensors everywhere, then it's a prison. I still remember [[Ingunn|p]]'s words, she's my leader:, "[[Elin|p]], you did what was possible." Elin is me, by the way. Sorry, I should have said at the beginning.
I: No problem. How do you work together with the home care on these cases?
P: We have a meeting on {{Tuesdays}}, tverrfaglig møte, where we go through new referrals. The home care coordinator, [[Siv|p]], she brings a list from {{CosDoc}}, I'm sorry, no, we changed to {{Profil}} – I always mix those. Anyway, and we look at who needs what. It's good, but the list is too long. Always too long.
I: What would make it better?
P: More hands, more time. And the suppliers should come more. The one we have now, [[Hjelpemiddelsentralen Innlandet|o]], they are good, but the waiting time for a bed sensor was {{seven weeks}} in the autumn. Seven weeks, for a person who falls every week.
I: Thank you, [[Elin|p]]. Is it okay if I contact you later to check some details?
P: Sure, use the work mail, [[elin.sandberg@eidskog.kommune.no|em]]. I don't read the private one, hah.
""")

add("P04", "en", """
I: Thank you for coming, [[Senait|p]]. Can you tell me a little about your background and your job now?
P: Yes. I am from [[Asmara|pl]], in [[Eritrea|pl]]. I came to Norway in 2015, first to an asylum center, and then I was settled in [[Skien|pl]]. I took the introduction program, Norwegian class, and then helsefagarbeider with praksis at [[Klyvetunet|o]]. Now I work in home care, [[hjemmetjenesten Gulset|o]], two years fast.
I: I understand you have been involved with GPS trackers for people with dementia?
P: Yes. We have maybe nine users with the GPS. It's a watch, the {{GPS-klokka}}, and the family can see on the app where the person is. I help the colleagues to charge and check. People forget to charge. The user forgets and also the staff forgets, haha.
I: Could you describe a situation where it mattered?
P: Yes, one I will never forget. A man, I call him only the grandfather, he was [[seventy-nine|ag]], strong body, he walked every day before. On [[the twelfth|d]] – it was in {{January}}, very cold, {{minus fifteen}} – he left the apartment in the evening. The neighbour called us. I looked in the app and the watch showed him at [[Menstad bridge|pl]], walking. I called my colleague [[Abdi|p]] who had the car, [[EL 41207|id]], the electric one, and we drove. We found him near the water. He was only in slippers.
I: That must have been frightening.
P: Very. His hands were white. We drove him to the legevakt... and [[Abdi|p]], he gave his own jacket. After that the family was very thankful. The wife, [[Gunvor|p]], she made us a cake, haha. But also, she said the watch should have given alarm earlier, when he left the home. It did not, because the zone was set too big. Somebody set the zone to the whole [[Gulset|pl]] area.
I: Who sets up the zones?
P: It should be the {{tech champion}}, in our team it is [[Mari Tveiten|p]], but she was on sick leave then. So a vikar did it. Nobody checked. After this, we made a checklist, and [[Mari|p]] is very strict now, she checks every new watch herself.
I: Are there differences in how families react to the GPS?
P: Yes, big. Some children want to follow the parent all day, like a parcel in the post. One son called me {{twenty times a day}}, "Why is my father at the shop? Why is he at the church?" I said, he is allowed to go to the shop! And some families think it is wrong to track a person. In my culture also, we would just keep the old person at home with the family, we don't have this.
I: Thank you. Is there anything else you would like to share?
P: Only that I want to take the bachelor in sykepleie later, maybe at [[USN|o]] in [[Porsgrunn|pl]]. If you need me again, my number is [[nine-nine-one, forty-two, three-eight-six|ph]].
""")

add("P05", "en", """
I: Hi [[Frank|p]], thanks for doing this in English, my Norwegian is still, well, survival level.
P: No problem at all, it's good practice for me. We have so many international suppliers now anyway, half my meetings on {{Teams}} are in English. So – I'm innkjøpsrådgiver, procurement adviser, in [[Lillestrøm kommune|o]], in the central procurement unit at the town hall in [[Kjeller|pl]]... no, sorry, we moved, we're at [[Jonas Lies gate 18|a]] now, since the merger. I've done this for {{nine years}}.
I: How is welfare technology procured, in practice?
P: Slowly, haha. No, well. We are in a framework agreement together with other municipalities in the region, that's the [[Romerike innkjøpssamarbeid|o]]. But for the night supervision we ran our own competition, because the framework didn't cover cameras. The case number was [[22/04817|id]], if you want to look it up in the public journal, it's all open.
I: Can you tell me how that process went?
P: It started with a huge disagreement, actually. The health side wanted the best system, and of course the cheapest also. The project leader, [[Gro Amundsen|p]], she had visited [[Bærum|pl]] and seen something she liked. But we can't just buy what Bærum has, we need a proper process. We announced it publicly on [[the 2nd of September 2022|d]], deadline for offers was [[October 14th|d]], and we got five offers.
I: Five. Was that more or less than expected?
P: About what I expected. Two of them were really not relevant, one was a Danish company that sold, basically, baby monitors. The winner was [[Nattvakt Systemer AS|o]] from [[Trondheim|pl]]. Their salesman, [[Bjørn-Ivar|p]], he was very pushy, I'll say that. He called me on my direct number, [[67 93 44 17|ph]], at ten in the evening once. I told him, this is a public procurement, you can't call me like a friend.
I: Did the losing suppliers react?
P: One of them complained to the national complaints board. That took {{four months}}. So the whole project was delayed, and [[Gro|p]] was, let's say, not very happy with me. She said I was "the man who loves paragraphs". Which is a little true, haha.
I: What did you learn from the process?
P: That we should have involved the people who actually use it much earlier. We had one night nurse in the reference group, [[Vår|p]] from [[Skedsmotunet|o]], and she asked the most important question of all the meetings: "What happens when the nett goes down?" None of the suppliers had a good answer. {{Mer eller mindre}} none of them.
I: And how do you follow up the contract now?
P: Quarterly meetings, with a report on uptime and errors. {{Per month}} we get maybe thirty tickets. The contract runs until [[31.12.2026|d]], with option for two plus one years. If you want the documents, ask my colleague [[Ahmed Rashid|p]], he handles the innsyn requests, [[ahmed.rashid@lillestrom.kommune.no|em]]. He's faster than me with e-mails.
I: Great, that's very helpful. Anything you'd like to add?
P: Only that procurement is not the enemy. People think we just say no. We're trying to make sure the money is used right. Okay, and also that I need coffee, we've been talking an hour, haha.
""")

add("P06", "en", """
I: Thank you for taking the time between patients, Dr. [[Haddad|p]].
P: Please, call me [[Rami|p]]. Everyone at the office does, even the patients now. I have been fastlege here at [[Lyngdal legesenter|o]] since 2019. Before that I was in [[Aleppo|pl]], I finished medicine there in 2006, and then, you know, the war. I came through two other countries and then to Norway in 2014, did the authorization, the turnus here in the south. So a long way.
I: We're interested in how the GP office works with the home care services around medication. How does that look here?
P: Mostly through the e-messages, the pleie- og omsorgsmeldinger, in {{Infodoc}}. And the multidose from the pharmacy. I would say {{eighty percent}} of my elderly patients in home care are on multidose. When I change something, I must change in the e-resept, and the pharmacy must get it, and the home care must see it. Three systems, three chances for a mistake.
I: Can you give an example of a mistake?
P: Yes, a serious one, and I think it is useful. We had two patients with almost the same name, both [[Olav Tjomsland|p]], cousins, both born in the [[thirties|ag]], one in [[Austad|pl]] and one in the centre. The home care sent me a message about the wrong [[Olav|p]]. The one with the heart failure got the diuretics doubled — for the other one. It was discovered after {{three days}} because the nurse, [[Ragnhild|p]], saw he was dry like a raisin and confused.
I: How did it get mixed up?
P: Somebody typed the fødselsnummer from a handwritten paper. The numbers were almost the same, [[040633 41857|id]] and the other one's. Just two digits switched. Now, I told the health secretary, [[Line|p]], never from paper, always copy from the system. She was very upset, but it was not her fault really. It was the system.
I: What happened afterwards?
P: We reported to [[Statsforvalteren i Agder|o]], and we had a meeting on [[Thursday 16 March|d]] with the home care leader, [[Torunn Eikeland|p]], and the pharmacist from [[Apotek 1 Lyngdal|o]]. Now we have a rule: if the name is double in the area, we write the address in the message also. The [[Olav|p]] in [[Austad|pl]] lives at [[Austadveien 212|a]], the other one in the apartments by the church.
I: Do you also use video consultations with home care patients?
P: A little. Through {{Helsenorge}}. It works with the younger patients, for example one patient with {{Down syndrome}} who lives in a bofellesskap, he loves the video, he shows me his room, his posters. For the [[ninety-year-olds|ag]] it is more difficult. The sound, the hearing aid, the tablet falls over. They prefer that I come.
I: Last question: what would you change, if you could?
P: One system. One list of medicines that everyone sees, the same. They talk about the {{kjernejournal}} and the pasientens legemiddelliste for years. I hope I see it before I retire. I am [[forty-nine|ag]], so maybe, inshallah, haha.
""")

# ---------------------------------------------------------------- bokmål (dialect)
add("P07", "nb", """
I: Da er opptakeren på. Du er altså superbruker i hjemmesykepleien, kan du fortelle litt om det?
P: Ja, eg e – ehm, eg har vært superbruker for velferdsteknologi i [[Åsane hjemmesykepleie|o]] siden tjue-atten, tror eg. Egentlig e eg helsefagarbeider, men nå e det sånn at halve dagen går te å fikse nettbrett og sensorer, {{ikke sant}}. Vi holder te på [[Åsane senter|pl]], i tredje etasje over apoteket, hvis du vet kor det e.
I: Hvordan ble du superbruker?
P: Ha, det va hu [[Solveig|p]], avdelingslederen vår, [[Solveig Kvamme|p]], hu kom bort te meg på pauserommet og sa "[[Kine|p]], du e jo så flink med telefonen din, kan ikkje du ta det?" Og eg sa ja før eg skjønte ka eg sa ja te, haha. Så fikk eg to dagers kurs på [[Bergen kommune|o]] sitt kompetansesenter, og resten har eg liksom lært meg sjøl.
I: Hva er det du oftest hjelper kollegaene med?
P: Nettbrett, helt klart. Vi har sånne videosamtale-nettbrett hos brukerne, sånn at de kan snakke med oss eller med familien. Og det e alltid noe. Lyden e av, eller de har trykket på noe, eller hjemmehjelpen har trukket ut laderen for å støvsuge. Og så e det de nye dørsensorene. Og {{DIPS}}, det e jo ikkje vårt system, men folk spør meg om det og, fordi eg e "den som kan data".
I: Kan du fortelle om en gang det virkelig gjorde en forskjell?
P: Ja. Det va [[første juledag 2020|d]], midt i koronaen. Det va en mann på [[Ulset|pl]], eg sier ikkje navnet, han va [[åtti-sju|ag]] og bodde alene, og familien fikk ikkje komme. Og eg hadde satt opp nettbrettet hans dagen før, og så ringte datteren fra [[Oslo|pl]] og barnebarna fra – ehm, fra [[Stavanger|pl]] tror eg, og han satt der og gråt. Eg va der på kveldsvisitt og så det. Altså. Det e sånne ting som gjør at eg gidder.
I: Og når fungerte det ikke?
P: Å, mange ganger. En gang – det va i vinter – så slo dørsensoren hos en dame i [[Salhus|pl]] alarm hver natt {{klokka tre}}. Hver eneste natt. Nattevakta kjørte ut, det e {{tjue minutter}} hver vei, og hu lå og sov. Det viste seg at katten gikk ut og inn gjennom kattelemmen ved siden av døra, haha. Katten het [[Storm|p]], forresten. Så vi måtte flytte sensoren.
I: Bruker dere egne biler i tjenesten?
P: Ja, vi har elbiler, leasa. Nattevakta kjørte den grå, [[EV 39114|id]], og den har så dårlig rekkevidde om vinteren at hu nesten ikkje kom seg hjem den natta. [[Stein|p]] på nattevakt, han sa han skulle slutte hvis katten ikkje fikk ny sensor, haha. Nei, han sa det ikkje på ordentlig.
I: Hvordan er samarbeidet med IT-avdelingen?
P: Det e ... greit. Vi har en fast person, [[Håkon|p]], som man kan ringe direkte på internnummeret, [[5530|ph]], og han svarer nesten alltid. Men han e alene for hele bydelen. Og så har vi leverandøren, [[Tunstall|o]], men der havner du i kø i førti minutter.
I: Takk. Er det noe du vil legge til?
P: Bare at superbrukere burde få betalt for det. Eg får ingenting ekstra, {{liksom}}. Det står i prosjektplanen at vi skal ha {{ti prosent}} frikjøp, men det har eg aldri sett. Du kan skrive det, altså. Hu [[Solveig|p]] vet det.
""")

add("P08", "nb", """
I: Takk for at du ville være med. Du jobber som helsesekretær?
P: Ja, på [[Madla legesenter|o]], her i [[Stavanger|pl]]. Eg har jobba der i snart tjuetre år, så eg har sett det meste, altså. Vi e fem fastlegar og tre sekretærar, og så ein turnuslege innimellom.
I: Hvordan er kontakten med hjemmesykepleien?
P: Ka ska eg sei. Det meste går på e-meldingar no, men dei ringer og. Og nokon gonger – ja, eg ska fortelle deg om ei gong. Det kom ei melding i {{Helsenorge}}, eller nei, det va ein SMS til sjølve kontortelefonen, og eg las han høgt for legen fordi han ikkje trudde meg. Det stod: "Hei, dette er [[Torill|p]] fra [[hjemmesykepleien Hundvåg|o]]. Bruker på [[Hundvåg terrasse 4|a]] har falt og vil ikke til legevakt. Kan [[Mæland|p]] ringe meg på [[41 22 60 93|ph]]? Haster." Og det va jo fint, men det va ein SMS te ein fasttelefon, som eg berre fekk opp fordi nokon hadde slått på den SMS-funksjonen.
I: Hvordan løste dere det?
P: Doktor [[Mæland|p]] ringte, og det gjekk bra, han hadde berre forstua handleddet. Men etter det sa eg te sjefen, [[Kristin Nærland|p]], at no må me ha eit skikkelig system. Me kan ikkje drive med tilfeldige SMS-ar. Så no har me eit eige nummer for heimetenestene, og dei skal alltid bruke {{e-melding}} viss det ikkje e akutt.
I: Dere får også mange telefoner fra pårørende, regner jeg med?
P: Å, herregud, ja. Og dei vil gjerne lese opp fødselsnummeret, sant, "ja, det e for mor mi, det e [[2 3 0 8 3 1|id]]" – og så stopper dei, og eg seier "og dei fem siste?" – "[[4 7 6 2 2|id]]". Og så har eg jo ikkje lov te å seie noko te dei uansett, viss ikkje mor har gitt samtykke. Det e mykje forklaring.
I: Har det vært konflikter rundt det?
P: Ja, ein gong. Ein sønn, han kom heilt inn te skranken, stor kar, og han sa at eg va "ein byråkratisk heks". Det var [[tysdag 7. februar|d]], eg hugsar fordi det va same dag som me fekk ny straumregning, haha. Han ville vite ka mora hans [[Else|p]] hadde fått av medisinar. [[Else Marie|p]] heiter ho, forresten, ho e ein søt dame. Og eg kunne ikkje seie det. Han ringte etterpå te kontoret på [[Kvernevik|pl]] og klaga på meg.
I: Hva skjedde da?
P: Ingenting. Sjefen sa eg hadde gjort rett. Men eg gjekk heim og grein, altså. Eg e [[sekstien år|ag]], eg har ikkje tid te sånt. Men så kom han tilbake [[første uka i mars|d]] med blomar og sa unnskyld. Så det ordna seg.
I: Hvordan opplever du at digitaliseringen har endret jobben din?
P: Meir skjerm, mindre folk. Før snakka eg med alle, no svarer eg på meldingar. Og telefonkøen, {{ikkje sant}}, det e eit robotsystem no som seier "du er {{nummer sju i køen}}". Folk hatar det. Eg hatar det og.
I: Takk, dette har vært veldig nyttig.
P: Bare hyggelig. Viss du vil ha tak i meg igjen, send ein mail te [[sekretar.madla@legesenter-stavanger.no|em]], så ser eg det. Eg les den kvar morgon {{klokka åtte}}.
""")

add("P09", "nb", """
I: Fint, da er vi i gang. Kan du si litt om hva du jobber med?
P: Ja. Jeg er ruskonsulent i [[bydel Alna|o]], på [[Furuset|pl]], ved siden av [[Nav Alna|o]] – vi deler kantine med dem, det er både bra og dårlig, hæhæ. Jobba der i {{sju år}}. Før det var jeg i [[Uteseksjonen|o]] i fem år. Så jeg kjenner typ halve byen sine rusere, for å si det sånn.
I: Hvordan bruker dere teknologi i oppfølgingen?
P: Altså, det store nå er videosamtaler. Vi har fått sånne nettbrett som vi låner ut, med sim-kort, for folk som ikke har egen telefon som funker. Og det er jo – mange av brukerne mine har mista telefonen fem ganger i måneden, eller {{solgt'n}}, {{ikke sant}}. Så det er litt sånn, ja. Men for noen har det vært helt gull.
I: Kan du gi et eksempel?
P: Ja, det er en gutt – eller mann, han er jo [[trettifire|ag]] – som bor på [[Haugerud|pl]], i en kommunal leilighet i [[Tvetenveien 156|a]]. Han har angst, kommer seg ikke ut av døra. Før så var det at jeg dro dit, og han åpna ikke. Og jeg sto der i gangen og ringte på som en idiot. Nå ringer vi på video hver {{tirsdag}} {{klokka elleve}}, og han svarer nesten alltid. Han har sagt at det er lettere, for da kan han ligge i senga og snakke, hæhæ.
I: Hvordan reagerer kollegaene dine på den måten å jobbe på?
P: Noen synes det er latskap. A [[Mona|p]], hun som har jobba her lengst, hun sier "rus er relasjon, relasjon er å sitte i samme rom". Og hun har jo et poeng. Men 'n [[Frode|p]], sjefen vår, han elsker sånt, han var med og skrev søknaden til [[Helsedirektoratet|o]]. Vi fikk penger fra [[15. januar|d]], tror jeg det var, og prosjektet går til sommeren.
I: Har det vært noen vanskelige situasjoner med teknologien?
P: Ja. Én ting. En dame, [[Anita|p]], hun ringte meg på video helt ruset, sent på kvelden, selv om nettbrettet skulle være stengt etter fire. Noen hadde tukla med innstillingene. Og så ser jeg at det er flere folk i rommet bak henne, og hun sier "kan du ikke bare komme, [[Jonny|p]] har fått krampe". Jeg ringte {{113}} og ga dem adressa, [[Trosterudveien 9|a]], og så ringte jeg legevakta. Det gikk bra med han. Men det var helt på kanten av hva vi egentlig skal gjøre.
I: Hvordan fulgte dere opp det?
P: Vi hadde debrief dagen etter, med psykologen vår, doktor... nei, hun er ikke doktor, [[Hege Lunde|p]], psykolog. Og vi skrev et avvik. Og så snakka vi om at nettbrettet kanskje må være av, helt av, på kveldene. Men [[Anita|p]] sa etterpå: "Hvis den hadde vært av, hadde [[Jonny|p]] vært død." Og hva sier du til det? Jeg vet ikke.
I: Hva tenker du om framtida for dette?
P: At det må være både og. Skjerm er ikke nok. Men skjerm er bedre enn en låst dør. Og vi trenger mer folk, ærlig talt, ikke flere nettbrett. Jeg sier det til alle som spør, {{mer eller mindre}} hver dag.
I: Takk skal du ha. Vil du at jeg skal bruke navnet ditt eller ikke?
P: Nei, ikke bruk navnet mitt. Skriv bare "ruskonsulent i [[Oslo|pl]]", det er nok folk som heter [[Kenneth|p]] her uansett, hæhæ.
""")

add("P10", "nb", """
I: Takk for at du stilte opp. Du er pårørende, altså?
P: Ja, eg er dotter til ho som bur på [[Ørsta sjukeheim|o]], eller – no heiter det [[Ørsta omsorgssenter|o]], dei har skifta namn to gonger sidan mor flytta inn. Mor er [[åttiseks|ag]], fødd i [[-37|ag]], og har hatt {{Alzheimer}} i, ja, kanskje seks-sju år no. Eg bur sjølv i [[Hovdebygda|pl]], så det er ikkje langt.
I: Kan du fortelle om hvordan det var før hun flyttet inn?
P: Ja, det var jo der GPS-en kom inn i biletet. Ho budde heime i [[Vikegata 22|a]], i det gule huset ved elva, og ho begynte å gå. Gå og gå. Ein gong fann dei ho i [[Volda|pl]], ho hadde gått heile vegen langs riksvegen, midt på natta. Det var [[3. november 2019|d]], eg hugsar det fordi det var bursdagen til eldstemann min. Eg fekk telefon frå lensmannen klokka halv tre om natta.
I: Og da fikk hun GPS?
P: Ja, heimetenesta foreslo ei sånn {{GPS-klokke}}. Og eg var skeptisk, altså, det kjendest som å overvake ho. Men broren min, [[Eirik|p]], han bur i [[Ålesund|pl]], han meinte det var heilt naudsynt. Så vi krangla litt om det, for å seie det sånn. Til slutt var det mor sjølv som sa "ja, ja, gje meg den klokka då", ho trudde det var ei vanleg klokke, stakkar.
I: Hvordan fungerte det?
P: Det fungerte, teknisk sett. Appen viste kvar ho var. Men ho tok ho av. Ho la klokka i kjøleskapet, i smørboksen! Ikkje spør meg kvifor. Så ein dag sa appen at mor var heime, og ho var i [[Ørsta kyrkje|o]], ho hadde gått på ei gravferd til ein ho ikkje kjende, haha. Kyrkjetenaren, [[Oddvar|p]], ringte meg.
I: Hvem hadde du mest kontakt med i kommunen?
P: Ho som var primærkontakt i heimetenesta, [[Synnøve Bjørdal|p]]. Ho var fantastisk. Eg hadde direktenummeret hennar, [[70 04 18 52|ph]], og ho svara alltid, også når ho ikkje var på jobb. Eg trur ho brann litt ut, eigentleg. Ho slutta i fjor og byrja i [[Volda kommune|o]] i staden.
I: Hvordan er det på sjukeheimen nå?
P: Betre, og verre. Ho er trygg. Men ho er på [[rom 112|id]] og ho er ikkje glad der. Ho spør etter far, som døydde i 2008. Og dei har ikkje nok folk. Når eg kjem på besøk klokka fire, sit ho åleine i stova med tv-en på, {{Dagsrevyen}} i reprise.
I: Er det noe du ønsker at forskerne tar med seg?
P: At vi pårørande også er ein del av tenesta. Vi får ikkje betalt, vi får ingen opplæring, men vi gjer masse. Eg har brukt {{kvar helg}} i fire år. Og eg er {{sjukepleiar}} sjølv, så eg veit kva eg ser. Det er det som er vanskelegast, eigentleg.
""")

add("P11", "nb", """
I: Buorre beaivi – sa jeg det riktig?
P: Haha, ja, nesten. Buorre beaivi. Æ e [[Máret Inga Somby|p]], men alle sier [[Máret|p]]. Æ jobbe som helsefagarbeider i hjemmetjenesten i [[Karasjok|pl]], og æ har jobba her siden æ va ferdig på [[Samisk videregående skole|o]]. Det e snart tjue år.
I: Hvor viktig er det samiske språket i jobben din?
P: Det e alt. Altså – mange av de eldste, de snakke norsk når de va friske, men når demensen kommer, så forsvinner norsken først. Det e som om de går tilbake til barndommen. Det e en dame oppi [[Šuoššjávri|pl]], hun e [[nitti år|ag]], og hun skjønne ikke et ord norsk lenger. Om det kommer en vikar fra sør, så e det bare gråt og kaos.
I: Hvordan fungerer velferdsteknologien i en slik sammenheng?
P: Nja. Det kom en medisindispenser, den {{Pilly}}, og den snakke bare norsk. "Det er tid for medisinene dine." Og áhkku – æ kalle henne áhkku, det e ikke min bestemor altså, men – hun trodde det va en radio. Så æ ringte leverandøren og spurte om de kunne få inn samisk stemme. De sa det va "ikke prioritert i denne versjonen". Haha. Så [[Ánde|p]], sønnen hennes, han tok opp sin egen stemme på mobilen, og vi spilte den av før medisinen. Det funka.
I: Det var kreativt.
P: Ja, vi må jo det her. Det e langt mellom folk. Fra kontoret til den lengste brukeren e det nesten {{åtti kilometer}}, mot [[Levajok|pl]]. Vi kjøre i den hvite {{Toyotaen}}, [[VH 20318|id]], den har fire hundre tusen kilometer på seg. Om vinteren, {{minus førti}}, så e det ikke sikkert at den starte. Da tar vi scooter, ærlig talt.
I: Har det vært situasjoner der teknologien sviktet?
P: Ja. Trygghetsalarmen. Det va [[17. januar i fjor|d]], storm, og mobilnettet falt ut i hele [[Tana|pl]]-området og her. En mann trykte på alarmen, men det gikk ingenting. Han lå på gulvet hele natta. Kollegaen min [[Biret|p]] fant han om morran. Han overlevde, men han e ikke den samme. Etterpå hadde vi møte med [[Finnmarkssykehuset|o]] og kommunen, og noen fra [[Telenor|o]] i [[Alta|pl]], og alle skylte på hverandre.
I: Hvordan er det å være samisktalende i en slik tjeneste?
P: Man blir tolk for alle. Legen, fysioterapeuten, han fra kommunen. Æ har ikke tolkeutdanning, æ får ikke betalt for det, men hvem ellers skal gjøre det? Det e bare meg og [[Nils Ánte|p]] på dagtid som snakke flytende.
I: Takk. Er det noe du vil legge til?
P: At de som lage systemene må komme hit. Ikke bare sende en e-post fra [[Oslo|pl]]. Komme hit i {{januar}}, i mørket, og kjøre med oss en dag. Da skjønne de. Du kan si det til dem fra meg, du kan gi dem nummeret mitt, [[+47 481 37 206|ph]], haha.
""")

add("P12", "nb", """
I: Du er enhetsleder for hjemmetjenesten her?
P: Ja, eg er einingsleiar for heimetenesta i [[Gol|pl]], har vore det sidan 2017. Før det var eg {{sjukepleiar}} på [[Hallingdal sjukestugu|o]] på [[Ål|pl]] i mange år. Så eg kjenner dalen, for å seie det sånn. Og eg er leiar for velferdsteknologiprosjektet i [[Hallingdal|pl]], det er eit samarbeid mellom dei seks kommunane.
I: Hvordan startet det prosjektet?
P: Det starta med ein søknad i 2020, eller – nei, det var hausten 2019 vi begynte å skrive. [[Dag Rustad|p]], som var rådmann i [[Nes|pl]] då, han var veldig pådrivar. Og vi fekk ein rådgjevar frå [[KS|o]], ho [[Gunhild|p]], som hjelpte oss. Men den store ting var at alle seks skulle bli einige. Det er ikkje berre-berre her i dalen, skal eg seie deg.
I: Hva var de største uenighetene?
P: Pengar. Kven skal betale for kva. [[Hemsedal|pl]] har masse hytteturistar og ein liten fast befolkning, og dei meinte dei ikkje skulle betale like mykje {{per innbyggjar}}. Og [[Hol|pl]] ville ha eigen leverandør. Så vi hadde eit møte [[sist i oktober 2021|d]] på [[Pers hotell|o]] som varte i {{seks timar}}. Seks timar! Og kaffien var kald.
I: Hva kom dere frem til?
P: Eit kompromiss, som alltid. Felles responssenter for trygghetsalarmane, i [[Drammen|pl]], og felles leverandør. Men kvar kommune har sin eigen ressursperson. Hos oss er det [[Ingrid-Marie|p]], ho er helsefagarbeidar og ein eldsjel. [[Ingrid-Marie|p]]s "teknologirom" er i kjellaren på [[Gol helsetun|o]] og der testar ho alt før det kjem ut til brukarane.
I: Hvordan har brukerne tatt imot det?
P: Blanda. Dei eldste gardbrukarane, dei vil ikkje ha noko på seg. Eg hugsar ein mann, 'n [[Ola|p]] på [[Vike|pl]] – han var [[nittien|ag]] – han sa "eg har klart meg åleine i nitti år, eg treng ikkje ein knapp rundt halsen". Og så fall han i fjøset, og låg der til naboen kom. Etter det var han med på alt, haha. Han fekk til og med nettbrett.
I: Hva er utfordringene fremover?
P: Folk. Vi har ikkje nok helsepersonell, og vi får ikkje tak i sjukepleiarar. Teknologi kan ikkje erstatte folk, men den kan hjelpe oss å bruke folka rett. Det er det eg seier til politikarane {{kvar gong}}, {{ikkje sant}}. Og så er det nettet. Oppe i fjellet, i [[Golsfjellet|pl]], der er det ikkje dekning nokon stad.
I: Takk for samtalen.
P: Takk sjølv. Send meg rapporten når han er klar, på [[berit.haugo@gol.kommune.no|em]]. Og skriv at dalen vår er best, haha.
""")

add("P13", "nb", """
I: Takk for at du tar deg tid. Du er farmasøyt?
P: Ja, je er provisorfarmasøyt på [[Apotek 1 Sarpsborg|o]], og je har ansvaret for multidosen til hjemmetjenesten i [[Sarpsborg kommune|o]] og en del av [[Rakkestad|pl]]. Det er snart tolv hundre pasienter, altså, som får dosene sine fra oss hver fjortende dag. Det er produsert i maskin, da, på [[Multidose Øst|o]] i [[Kløfta|pl]], vi pakker itte sjøl.
I: Hvordan er samarbeidet med hjemmetjenesten?
P: Det er bra, men det er mye som kan gå galt, skjønner du. Legen endrer i e-resepten, og så må vi få beskjed, og så må hjemmetjenesten få beskjed om at det er endra fra neste rull. Og hvis legen glemmer å si det – og det gjør'n ofte – så står det feil i {{Gerica}} i to uker.
I: Har du et konkret eksempel?
P: Ja, je har et som je bruker på kurs, faktisk. Det var en dame på [[Hafslundsøy|pl]], hu var [[åttini år|ag]], og legen satte ned dosen av {{Marevan}} etter et fall, [[6/5-23|d]]. Det var en lørdag, tror je. Men beskjeden kom aldri til oss, så hu fikk full dose i to uker til. Og så fikk hu en blødning og ble lagt inn på [[Kalnes|pl]]. Det var a [[Liv|p]] på hjemmetjenesten som oppdaga at noe var galt, hu så blåmerkene.
I: Hvordan ble det fulgt opp?
P: Vi sendte avvik, og det var et møte med fastlegen, doktor... nei, vent, je skal itte si navnet. Men vi satt sammen, hjemmetjenesten, legen og meg, i [[Sarpsborg rådhus|o]], og så gikk vi gjennom hele løypa. Og det var ingen som hadde gjort noe direkte feil, altså. Det var systemet. Det er alltid systemet.
I: Bruker dere noe elektronisk for å gi beskjed om endringer?
P: Ja, i dag er det meldinger. Men – hold deg fast – vi har fortsatt faks. Faks! Det er to legekontorer som sender endringsmeldinger på faks. Faksnummeret vårt er [[69 10 42 88|ph]], og je sier til dem hele tida at dere må slutte med det. Den ene legen er [[sytti|ag]], han sier han skal slutte å fakse når han pensjonerer seg, hehe.
I: Hvordan ser du på dispensere som {{Pilly}} og {{Evondos}}?
P: Je synes de er bra, men de gjør oss mer sårbare på én måte. Når multidoserullen er inne i en maskin hjemme hos noen, så er den vanskeligere å bytte ut raskt. Hvis legen ringer [[fredag 12. mai|d]] klokka tre og sier at nå må vi seponere noe, så får ikke hjemmetjenesten bytta rullen før {{mandag}}. Det er {{mer eller mindre}} umulig.
I: Hva slags opplæring får nye sykepleiere i dette?
P: For lite. Je har et kurs {{to ganger i året}}, på [[Sarpsborg helsehus|o]], men det kommer kanskje åtte stykker. Ta kontakt med [[Kine Ødegård-Lie|p]] i kommunen, hun er fagutviklingssykepleier, hun organiserer det. Eller meg, da, [[pernille.saetre@apotek1.no|em]], men je er dårlig på mail.
I: Takk. Noe mer du vil si?
P: Bare at farmasøyter burde vært med mye tidligere når kommunene kjøper dispensere. Vi blir spurt når alt er bestemt. Det har je sagt til [[Øyvind|p]] i innkjøp mange ganger, hehe.
""")

add("P24", "nb", """
I: Du er hovedtillitsvalgt?
P: Ja, je er hovedtillitsvalgt for [[Fagforbundet|o]] i [[Tønsberg kommune|o]]. Og så jobber je {{tjue prosent}} som helsefagarbeider på [[Træleborgodden omsorgssenter|o]] – je vil itte miste kontakten med gølvet, skjønner du. Je har vørri tillitsvalgt siden 2012, så je har sett noen omorganiseringer, hehe.
I: Hvordan har dere som fagforening forholdt dere til innføringen av digitalt tilsyn om natta?
P: Vi var skeptiske. Ikke fordi vi er mot teknologi, altså, men fordi vi visste hva det ville bli brukt til. Og det ble det. Tre måneder etter at sensorene kom, så kom det et forslag om å kutte en nattevakt på [[Eik|pl]]-avdelinga. Fra tre til to. Og da sa vi stopp.
I: Hvordan gikk dere fram?
P: Vi tok det opp i {{AMU}}, arbeidsmiljøutvalget, [[tirsdag 24. oktober|d]]. Je leste opp en mail fra en av medlemmene, med hennes tillatelse. Den lød: "Hei [[Randi|p]]. Jeg er alene på avdelingen fra {{01 til 05}}. Når to alarmer går samtidig må jeg velge hvem jeg skal svikte. Hilsen [[Ewa|p]], nattevakt [[Nøtterøy|pl]]." Og det ble helt stille i rommet. Det var a kommunaldirektøren, [[Heidi Bakke-Gran|p]], som sa etterpå at det var det sterkeste innlegget hun hadde hørt i AMU.
I: Ble kuttet stoppet?
P: Utsatt. Det er alltid utsatt, hehe. Vi fikk en evaluering, gjort av [[Universitetet i Sørøst-Norge|o]], som skulle se på hendelser før og etter. Og de fant at det var færre fall, men flere "sene responser" når to alarmer gikk samtidig. Så det ble ikke kutta. Men je er ikke naiv, det kommer igjen i neste budsjett.
I: Hvordan opplever medlemmene selve teknologien?
P: Mange liker den. Særlig de som jobber alene. Det er mindre å gå og åpne dører og vekke folk. 'N [[Kjetil|p]] på [[Husøy|pl]], han er helt frelst, han har vært med og laga rutiner, og [[Kjetil|p]] sine rutiner bruker vi no på alle avdelingene. Men de eldre, de som har jobba i {{tretti år}}, de synes det er rart å "se" pasientene på en skjerm. En sa til meg: "Je ble helsefagarbeider for å ta på folk, itte for å se på prikker."
I: Har det vært personvernsaker?
P: Én. Det var et bilde – altså, en skjermdump fra nettbrettet – som havna i en {{Snapchat}}-gruppe. Det viste bare en strekfigur, men romnummeret sto i hjørnet, [[rom 3-17|id]], og alle på jobben visste hvem som bodde der. Den som sendte det ble sagt opp. Det var trist, for hu var ung, [[nitten år|ag]], og skjønte itte alvoret.
I: Hva mener du er viktigst framover?
P: At de ansatte er med fra start. Itte når alt er kjøpt. Og at gevinstene ikke bare tas ut i kroner, men i kvalitet. Det står faktisk i {{NOU}}-en også, men ingen leser den, hehe.
I: Takk for at du stilte opp.
P: Bare hyggelig. Ring meg om det er noe, [[913 05 872|ph]], eller send SMS, je svarer på kvelden. Spør etter [[Randi Kløvstad|p]] om du ringer sentralbordet.
""")

# ---------------------------------------------------------------- nynorsk
add("P14", "nn", """
I: Takk for at du tok deg tid. Kan du fortelje kva du arbeider med?
P: Ja, eg er fysioterapeut i [[Luster kommune|o]], med kontor på [[Gaupne omsorgssenter|o]]. Eg har vore her i {{fjorten år}}, og før det var eg på [[Haukeland|o]] ei kort stund, men det vart for stort for meg. Eg er frå [[Hafslo|pl]] opphavleg, så eg ville heim.
I: Kva rolle har velferdsteknologi i arbeidet ditt?
P: Den største endringa er dei digitale treningsprogramma. Me har eit nettbrett med øvingar som brukarane får heim etter at dei har vore på korttidsopphald. Det er video av meg, faktisk, haha, så eg har vorte litt "kjendis" blant dei eldre i bygda. Ein mann sa til meg på butikken: "Du er ho frå nettbrettet!"
I: Korleis fungerer det for brukarane?
P: For nokre veldig godt. Eg tenkjer på ei dame i [[Skjolden|pl]], ho var [[åttitre|ag]] då ho fekk nettbrettet, etter eit lårhalsbrot i fjor vinter. Ho trena kvar dag, og dotter hennar, [[Eli|p]], sende meg bilete av ho på tredemølla. Men det var jo fordi Eli var der og pusha. Dei som bur åleine og ikkje har nokon, dei gjer det ikkje. Nettbrettet blir liggjande i skuffa.
I: Har du døme på det?
P: Ja. Ein kar i [[Fortun|pl]], gardbrukar, han fekk nettbrettet [[tredje juni|d]], og då eg kom på heimebesøk [[den 3.|d]] i neste månad, hadde han ikkje slått det på ein einaste gong. Han sa: "Eg trenar i fjøsen, eg." Og det er jo sant, han gjer det. Han ber høy og går i bakkane. Så kva skal han med eit nettbrett? Det lærte eg mykje av.
I: Korleis samarbeider du med heimetenesta om fallførebygging?
P: Me har eit fast møte kvar {{onsdag}}, der eg, ergoterapeuten [[Ask Bjørkhaug|p]] og ein sjukepleiar frå heimetenesta går gjennom dei som har falle siste veka. Ask er ny, han kom frå [[Bergen|pl]] i haust, og han er veldig flink med sensorar. Han har sett opp fallsensorar hos {{åtte brukarar}} no, ein slik radar-sensor som ikkje er kamera.
I: Har det vore vanskelege situasjonar?
P: Éin. Ein sensor i [[Marifjøra|pl]] gav ikkje alarm då brukaren fall, fordi han låg bak sofaen, i ein "blindsone". Han låg der i {{fire timar}}, til heimetenesta kom på kveldsvisitt. Me hadde eit avviksmøte med leverandøren, [[Vestlandsk Tryggleik AS|o]], og dei sa at sensoren "ikkje er meint å dekkje heile rommet". Då vart [[Torbjørg|p]], leiaren vår, sint. Ho er aldri sint. Men då vart ho sint.
I: Korleis er arbeidsdagen din prega av avstandane?
P: Heilt. Det er {{ti mil}} frå [[Turtagrø|pl]] til [[Solvorn|pl]], omtrent. Me har to tenestebilar, og den eine er alltid på verkstad. Eg køyrer ofte min eigen, og får kilometergodtgjersle. Det er nok mange som ikkje skjønar kor mykje tid som går i bil.
I: Takk. Er det noko du vil leggje til?
P: Berre at folk er forskjellige, og at teknologien må passe til folk, ikkje omvendt. Det høyrest banalt ut, men det er det viktigaste eg har lært. Du kan nå meg på [[57 68 55 31|ph]], det er direktenummeret på kontoret.
""")

add("P15", "nn", """
I: Du er helsesjukepleiar i skulehelsetenesta?
P: Ja, eg er helsesjukepleiar på [[Voss ungdomsskule|o]] og på [[Voss gymnas|o]], fordelt halvt-halvt. Eg heiter [[Sol Lidal|p]], forresten, og ja, alle spør om namnet, det var mor som likte sola, haha. Eg har vore helsesjukepleiar i [[Voss herad|o]] sidan 2015.
I: Korleis nyttar de digitale verktøy i arbeidet?
P: Den store greia dei siste åra er chatten. Ungdommane kan skrive anonymt til oss, og me svarar på kveldstid {{to dagar i veka}}. Det er heilt fantastisk kor mykje dei skriv når dei slepp å sjå oss i augo. Dei skriv om ting dei aldri hadde sagt på kontoret.
I: Kan du gje eit døme?
P: Utan å avsløre nokon, ja. Ein kveld, ein {{torsdag}}, fekk eg ei melding som eg hugsar ord for ord: "hei jeg heter ikke noe men jeg bor på [[Bømoen|pl]] og jeg vil ikke leve mer". Og det var ein slik kveld der eg var åleine på vakt. Eg hadde ikkje namn, ikkje telefonnummer. Berre chatten.
I: Kva gjorde du?
P: Eg heldt praten gåande i nesten {{to timar}}. Og til slutt skreiv ho namnet sitt, berre fornamnet, [[Sunniva|p]], og at ho gjekk i tiande klasse. Då ringde eg kollegaen min, [[Magne Hylland|p]], som er psykolog i kommunen, og så fekk me tak i foreldra via skulen. Eg trur det var [[15. november|d]], eller rundt der. Ho har det mykje betre no, ho har vore innom kontoret fleire gonger.
I: Korleis fylgde de opp systemet etter dette?
P: Me fekk på plass ein rutine om at det alltid skal vere to på vakt når chatten er open. Og me fekk ein avtale med [[Voss legevakt|o]], slik at eg kan ringje direkte på [[56 53 08 00|ph]] utan å stå i kø. Det var [[Kari-Anne|p]], leiaren min, som ordna det. Ho kjempa for det i eit halvt år.
I: Korleis er det med dokumentasjonen?
P: Vanskeleg. Chatten er anonym, men straks dei fortel namnet, må eg dokumentere i journalen, i {{HsPro}}. Og då er dei ikkje anonyme lenger. Ungdommane veit ikkje alltid det. Eg har ein ungdom – journalnummer [[HS-2019-0448|id]] – som vart sint fordi mor hennar fekk vite noko ho sa i chatten. Ho var [[seksten|ag]], og då har foreldra ein viss rett til innsyn. Det er ei vanskeleg balansegang.
I: Er det andre teknologiar som er viktige for deg?
P: Vaksinasjonsregisteret, {{SYSVAK}}, og {{Helsenorge}}. Og telefonen. Mange av dei eldre innvandrarforeldra, til dømes frå [[Somalia|pl]], vil heller ringje enn å skrive. Då bruker eg tolk på telefon. Det fungerer greitt.
I: Takk for at du delte dette.
P: Takk sjølv. Eg håpar det kan vere til nytte. Om du treng meir, send ein e-post til [[sol.lidal@voss.herad.no|em]].
""")

add("P16", "nn", """
I: Velkomen. Kan du seie litt om deg sjølv og arbeidet ditt?
P: Takk. Eg er ergoterapeut i [[Sunnfjord kommune|o]], og eg har kontor i [[Førde|pl]], i andre etasje på [[Førde helsehus|o]]. Eg har vore ergoterapeut i {{tjue år}}, dei siste fem med mykje velferdsteknologi. Eg er også ein av ressurspersonane i prosjektet "{{Trygg heime}}", saman med [[Gull-Britt Rognsøy|p]], som er prosjektleiar.
I: Kva gjer ein ressursperson i det prosjektet?
P: Me kartlegg, me installerer, me lærer opp. Og me svarar på telefonen når ting ikkje verkar, haha. Det er mykje dørsensorar, komfyrvakt, lys som slår seg på når du set føtene på golvet om natta. Små ting, men dei gjer mykje. Og så er det dei meir avanserte løysingane, som «smarthus» for yngre brukarar.
I: Kan du fortelje om ein slik brukar?
P: Ja, med samtykke. Det er ein ung mann, [[trettiåtte år|ag]], med {{MS}}, som bur i ei tilpassa leilegheit i [[Naustdal|pl]]. Han heiter [[Ruben|p]], og han sa at eg gjerne kunne nemne han med fornamn. Han styrer dører, lys og gardiner med stemma, og han har ein robotarm til å ete. Me søkte [[NAV Hjelpemiddelsentral Vestland|o]] om utstyret i [[mars 2022|d]], og han fekk det ikkje før i [[september same året|d]]. Eit halvt år.
I: Kvifor tok det så lang tid?
P: Papirarbeid. Og fordi ingen visste kven som skulle betale for kva. Kommunen sa staten, staten sa kommunen. [[Ruth Strand|p]] på hjelpemiddelsentralen, ho var den som til slutt løyste det. Ho ringde meg ein fredag ettermiddag og sa "no køyrer me, eg tek ansvaret". Eg kunne ha kyssa ho.
I: Korleis har det gått for [[Ruben|p]] sidan?
P: Mykje betre. Før hadde han heimeteneste {{fem gonger om dagen}}. No er det to. Han seier sjølv at han har fått livet tilbake. Han spelar dataspel på nett med folk over heile verda, og han har byrja å studere på nett ved [[Høgskulen på Vestlandet|o]]. Men så kom straumbrotet [[2. februar|d]], då var han innestengd i leilegheita i seks timar fordi døra ikkje opna seg. Ingen hadde tenkt på det.
I: Kva lærte de av det?
P: At alt treng ein manuell reserve. No har han ein nøkkelboks ute, og heimetenesta har koden, [[4-1-8-8|id]], den står i tiltaksplanen hans. Og me har snakka med straumselskapet om å få varsel når det er planlagt straumbrot i området.
I: Korleis er det å vere ergoterapeut i eit så stort geografisk område?
P: Det er krevjande. [[Sunnfjord|pl]] er fire tidlegare kommunar slått saman, og frå [[Gaular|pl]] til [[Jølster|pl]] er det langt. Men eg er glad i det. Eg er fødd og oppvaksen her, i [[Vassenden|pl]], og eg kjenner mange av brukarane frå før. Det er både ein styrke og ei utfordring, {{ikkje sant}}.
I: Takk for samtalen.
P: Takk skal du ha. Send gjerne spørsmål til meg på [[ingvild.heggdal@sunnfjord.kommune.no|em]], så svarar eg når eg er på kontoret, som regel {{måndag}} og {{fredag}}.
""")

# ---------------------------------------------------------------- Swedish / Danish
add("P17", "sv", """
I: Tack för att du ställer upp. Du pratar svenska, det går bra, jag förstår.
P: Ja, det är skönt, min norska blir lite konstig när jag är trött, haha. Jag heter [[Bo Lindqvist|p]], och jag är sjuksköterska på [[Rødsfjellet sykehjem|o]] i [[Halden|pl]]. Jag bor i [[Strömstad|pl]] och pendlar över gränsen varje dag, det är {{fyrtio minuter}} med bil. Jag har jobbat i Norge sedan 2010, först som bemanningsvikarie genom [[Medicarpa|o]], och sedan fast här.
I: Hur var det att komma in i det norska systemet?
P: Det var mycket som var likt, men journalsystemet var helt nytt. Vi hade {{Cosmic}} i [[Västra Götaland|pl]], här är det {{Gerica}}. Och orden! "Tilsyn", "vedtak", "fastlege". Jag fick en liten ordlista av en kollega, [[Max|p]], han är också svensk, från [[Uddevalla|pl]]. Han skrev den för hand och jag har den fortfarande i fickan.
I: Hur arbetar ni med välfärdsteknologi på sykehjemmet?
P: Vi har sängsensorer och rörelselarm på alla rum i demensavdelningen. Och nu testar vi de här tysta larmen, där det inte låter i korridoren utan bara i telefonen. Det är mycket lugnare. Förut var det som på en flygplats, pip pip pip hela natten.
I: Finns det någon situation du minns särskilt?
P: Ja. En kvinna på [[rum 8|id]], hon var [[hundra och ett år|ag]], född i [[Idd|pl]] – hon var den äldsta i kommunen. Hennes sängsensor larmade [[den 3:e mars|d]] klockan fem på morgonen, och jag gick in, och hon satt på sängkanten och sa att hon skulle till kyrkan. Det var en {{söndag}}. Hon hade inte varit i kyrkan på tjugo år, men hon mindes att det var söndag. Sådant är fint. Hon gick bort i våras.
I: Hur är samarbetet med de svenska myndigheterna, med tanke på att du pendlar?
P: Det är skatten som är svårt, inte jobbet, haha. Jag har ett norskt fødselsnummer och ett svenskt personnummer, och ibland blandar de ihop dem. En gång fick jag ett brev från [[Skatteetaten|o]] som var adresserat till mitt svenska nummer, [[19761104-5532|id]]. Det tog tre månader att reda ut. Jag ringde [[Grensetjänsten|o]] i [[Strömstad|pl]] säkert tio gånger.
I: Hur upplever kollegorna dig som svensk?
P: Bra tror jag. Vi är många svenskar här. Ibland skojar de, "där kommer svensken med sin {{fika}}". Och det är ju sant, jag tar med kanelbullar på {{fredagar}}. Men vår chef, [[Anne-Lise Brekke|p]], hon säger att svenskarna har gjort avdelningen mer lugn. Vi pratar mer, diskuterar mer. Kanske för mycket, haha.
I: Är det något mer du vill säga?
P: Bara att gränsen är mer osynlig än man tror. Under pandemin stängdes den, och då var det kaos. Jag fick sova på ett hotell i [[Halden|pl]] i tre veckor. Det var [[Thon Hotel Halden|o]], de gav oss rabatt. Det glömmer jag aldrig. Du kan nå mig på [[+46 70 318 22 49|ph]] om du vill fråga mer.
""")

add("P18", "da", """
I: Tak fordi du ville være med. Du arbejder på legevakten?
P: Ja, jeg er sygeplejerske på [[Kristiansand legevakt|o]], og har været det i seks år nu. Jeg kommer fra [[Aalborg|pl]], jeg uddannede mig der og arbejdede på [[Aalborg Universitetshospital|o]] på akutmodtagelsen, inden jeg flyttede herop med min mand. Han er fra [[Søgne|pl]], så det var ligesom hans tur, ikke?
I: Hvordan bruger dere teknologi i arbejdet på legevakten?
P: Telefonen er det vigtigste. Vi tager imod alle opkald på {{116 117}}, og så skal vi sortere, hvem skal komme ind, hvem skal have ambulance, hvem kan vente. Vi bruger {{Manchester Triage}}, eller, nej, det er den norske indeks, {{Norsk indeks for medisinsk nødhjelp}}. Og så har vi fået videokonsultation nu, hvor sygeplejersken kan se på et sår, eller et udslæt, via mobilen.
I: Har du et eksempel på et opkald, der gjorde indtryk?
P: Ja. Det var [[den 28. december|d]], lige efter {{jul}}, klokken to om natten. En kvinde ringede og sagde, at hendes far var forsvundet fra huset i [[Vågsbygd|pl]]. Han havde {{Alzheimer}} og havde en GPS-tracker, men hun kunne ikke finde appen på sin nye telefon. Så jeg fik hende til at læse brugernavnet og koden op for mig, bogstav for bogstav, og vi loggede ind sammen. Han var nede ved [[Vågsbygd havn|pl]], ved vandet.
I: Hvad skete der så?
P: Vi sendte politi og ambulance. Og ambulancefolkene, det var [[Kenneth|p]] og en ny pige, [[Mette|p]], også dansk faktisk, fra [[Esbjerg|pl]], de fandt ham. Han var [[otteogfirs|ag]] og iført kun pyjamas. Kropstemperatur {{34 grader}}. Han blev indlagt på [[Sørlandet sykehus|o]] og klarede sig. Datteren – hun ringede bagefter og takkede. Hun hed [[Tove|p]], husker jeg.
I: Er der nogle udfordringer med den teknologi?
P: Mange. Forskellige apps, forskellige leverandører, og pårørende, der ikke ved, hvordan de bruger dem. Og vi har ikke adgang til kommunens systemer. Hvis en borger har en tracker fra hjemmesygeplejen, kan vi ikke se den. Vi må ringe til hjemmesygeplejens nattevagt på [[38 07 54 10|ph]] og spørge. Det er spildt tid.
I: Hvordan oplever du at være dansker på en norsk legevakt?
P: Folk forstår mig for det meste. Men i telefonen er det svært. Nogle ældre fra [[Setesdal|pl]] har en dialekt, jeg næsten ikke forstår, og de forstår mig heller ikke. Så siger jeg "et øjeblik" og giver røret til en kollega, tit [[Marit|p]]. Hun griner af mig, men hun hjælper.
I: Tak. Er der noget, du vil tilføje?
P: Kun at legevakten er kommunens ansigt om natten. Når alt andet er lukket, er det os. Vi burde have bedre adgang til de systemer, hjemmesygeplejen har. Jeg har skrevet til vores leder, [[Sindre Aas|p]], om det flere gange. Og til kommunen, [[Kristiansand kommune|o]]. Vi venter stadig.
""")

# ---------------------------------------------------------------- raw speech-to-text, English
add("P19", "en", """
I: okay so it should be recording now can you just say your name and where you work
P: yes my name is [[jurgita|p]] [[jurgita paulauskiene|p]] and i work in [[barman haugen omsorgssenter|o]] in [[kristiansund|pl]] on the second floor the long term ward i am helse fag arbeider since twenty seventeen before i was in [[kaunas|pl]] working in a private clinic for old people
I: and how did you come to norway
P: my cousin [[ruta|p]] she was already here she worked on the fish factory on [[nordlandet|pl]] and she said come there is work and i came with the bus from [[vilnius|pl]] two days on the bus i was twenty six years old and i did not speak one word only hei and takk
I: can you tell me how you use the technology on the ward
P: yes so we have the {{jerry car}} for the documentation and we have the bed sensors and the door alarm and now also the tablet for the families to call on {{teams}} during covid this was very much used every day during {{corona}} some families call from [[oslo|pl]] no sorry from all over
I: any situation that you remember in particular
P: yes one man he was [[ninety seven years|ag]] old and his wife she was in [[molde|pl]] in the hospital and they could not meet because of corona and every evening at seven we put the tablet and they talked and she was singing for him old songs and then on the [[fourth of april|d]] she died and he did not understand and he was waiting every evening at seven for the tablet it was very hard for us
I: how did you handle that
P: our leader [[kjersti|p]] she said we should tell him every time gently and the priest came from [[nordlandet church|o]] the priest [[johannes|p]] he was very good also the daughter she came from [[trondheim|pl]] and sat with him
I: do you think the technology has changed the work
P: yes more {{documentation}} less time with the people i think ehm every shift i sit maybe one hour with the computer and before in [[lithuania|pl]] we wrote on paper and it was faster honestly but paper also gets lost
I: is there anything about language at work you want to say
P: the patients here speak very strong dialect i did not understand first one lady she said all the time kæ du heite and i did not know what is it now i know haha and some colleagues are not patient when i write the {{rapport}} with wrong words but [[mona|p]] she helps me she reads it before i send
I: thank you is it okay that i contact you again
P: yes of course my number is [[nine four five oh two two six one|ph]] or you can write on email [[jurgita p at gmail dot com|em]]
""")

add("P20", "en", """
I: thanks for taking this in english [[kenneth|p]] can you tell me what you do
P: sure so i'm it consultant in [[ålesund kommune|o]] i sit in the health and care it team we are four people and we support all the welfare tech in the municipality the tablets the alarms the sensors the whole thing and the journal system of course i've been here since the merger in twenty twenty when [[ålesund|pl]] and [[skodje|pl]] and [[haram|pl]] and the others became one
I: how many devices are we talking about
P: oh i think around two thousand three hundred units give or take we have them in an {{excel}} sheet which is not ideal i know we're getting a proper system the project is called {{vt forvaltning}} [[per|p]] our boss named it
I: what are the biggest challenges
P: the network no question especially on the islands out on [[vigra|pl]] and [[giske|pl]] the coverage is bad and the sensors lose connection and then the nurses think they're broken and call us and we drive out and it's just the router one time [[per hansen|p]] drove out to a lady on [[godøy|pl]] three times in one week for the same thing
I: do you have a system for registering those issues
P: yes we have tickets in {{top desk}} so the one i'm thinking of was ticket number [[two three dash zero four four one seven|id]] i remember because it was so absurd in the end it was the lady's grandson who unplugged the router every evening to use the socket for his {{playstation}} charger
I: how do you work with the suppliers
P: we have three main suppliers for alarms for medicine dispensers and for the camera supervision the contact person at the alarm company [[sikkerhet sunnmøre|o]] is a guy named [[geir arne|p]] he's good but they're small so when he's on holiday nothing happens in {{july}} it's dead
I: what about the users do you meet them
P: sometimes when i install one lady she was [[a hundred and two|ag]] she lived alone in [[brunholmgata six|a]] in the center and she asked me if the sensor could also turn on the coffee machine in the morning and i thought you know that's actually a very good idea
I: ha thats great anything else you want to say
P: just that it people in the kommune are often forgotten in these projects we're not in the health plans but nothing works without us {{per week}} i do maybe ten home visits which is not in my job description at all you can email me [[kenneth dot vik at alesund dot kommune dot no|em]]
""")

add("P21", "en", """
I: so you volunteer as a visitor for old people
P: yes i am besøks venn with [[red cross tromsø|o]] two years now i came to norway from [[homs|pl]] in [[syria|pl]] in twenty sixteen with my family we lived first in [[finnsnes|pl]] and then we moved to [[tromsø|pl]] for the university my wife she studies nursing at [[uit|o]]
I: who do you visit
P: an old man on [[kvaløya|pl]] his name is [[harald|p]] he is [[eighty nine|ag]] and he was a fisherman all his life he lives alone in a small red house his children are in [[oslo|pl]] and abroad we drink coffee we play cards he taught me a card game called {{sjavs}} no that is faroese something like that anyway he wins all the time
I: how does technology come into it
P: ah yes this is interesting he has the {{safety alarm}} the trygghets alarm on the wrist but he never wears it he hangs it on the nail by the door like a key and one time he fell in the shower and i found him when i came on [[tuesday the twenty first|d]] he was sitting on the floor for i don't know maybe many hours
I: what did you do
P: i called the {{one one three}} and the ambulance came and they took him to [[unn|o]] the hospital and after i called the coordinator [[solveig|p]] and she called the home care and they had a big meeting and now he must wear the alarm but he still does not always he says it is for old people haha he is [[eighty nine|ag]]
I: how do you travel to him
P: i have no car so they give me to borrow their car sometimes it's a white caddy the number is [[e b four four seven two nine|id]] or the bus number {{forty two}} but the bus in {{winter}} is not good
I: what do you get from this volunteering
P: i learned the dialect from [[harald|p]] haha he says æ and kæ and he taught me many words that my language teacher does not know and i feel i have a norwegian grandfather my own grandfather died in [[syria|pl]] in the war i could not go to the funeral so for me [[harald|p]] is important
I: is there anything you'd like to add
P: only that many old people are alone here and the technology is not a friend it is only a button and if you want to talk more my name is [[ahmad|p]] you can call me [[four seven nine zero three one one eight|ph]]
""")

# ---------------------------------------------------------------- raw speech-to-text, bokmål
add("P22", "nb", """
I: da har vi startet opptaket og du jobber i hjemmesykepleien her i [[kongsberg|pl]]
P: ja jeg er {{sykepleier}} i hjemmesykepleien [[sone sentrum|o]] i [[kongsberg|pl]] og så er jeg også superbruker på de elektroniske låsene ehm de digitale nøklene som vi kaller det vi byttet fra nøkkelbokser til elektroniske lås i fjor høst eller ja det var [[sist i september|d]] vi startet
I: hvordan har det fungert
P: det har vært både og altså det er jo veldig bra at vi slipper å ha sånn nøkkelskap med {{hundre nøkler}} og at vi ikke må ringe på og vente men når batteriet går tomt på låsen da står du der ute i kulda og kommer ikke inn jeg husker en gang hos en mann på [[gamle gomsrud vei tolv|a]] så sto jeg og [[liv|p]] ute i {{tjue minutter}} og han inne og ropte hvem er det hvem er det
I: hva gjorde dere
P: vi ringte han til slutt på fasttelefonen og han kom og åpnet han er jo [[nitti to|ag]] år så det tok litt tid men det gikk fint og etterpå ringte jeg leverandøren [[lås og trygghet kongsberg|o]] og de sa at det var varsel i appen om lavt batteri i tre uker men ingen hadde sett det fordi varselet gikk til en epost som ingen leser post mottak ehm [[hjemmetjenesten post at kongsberg kommune punktum no|em]]
I: hvem har ansvaret for å følge med på det nå
P: nå er det meg og [[anders|p]] og vi har laget en sjekkliste som vi går gjennom hver {{mandag}} morgen og så har vi fått [[tor erling|p]] på it til å sende varslene til vaktelefonen også det er han som er flinkest på det der
I: har det vært andre utfordringer
P: ja personvern det er jo logg på hver gang noen låser opp og en gang var det en datter som ville se loggen for mora si fordi hun mente at vi ikke hadde vært der på tilsyn og hun ringte og leste opp fødselsnummeret til mora [[null tre null fire tre én fire fire to fem tre|id]] og ville ha utskrift og det kan vi jo ikke bare gi sånn på telefon
I: hvordan løste dere det
P: jeg sendte det videre til avdelingsleder [[ingunn sætre|p]] og hun tok det med [[kongsberg kommune|o]] sitt personvernombud og datteren fikk innsyn til slutt men det tok lang tid og hun var veldig sur hun skrev klage til [[statsforvalteren|o]] også mener jeg det var [[den tjuende november|d]]
I: hva tenker du om teknologien fremover
P: jeg tenker det er bra men vi må ha folk som passer på den vi har ikke tid til det i tillegg til alt annet jeg har ehm {{tjueåtte}} pasienter på en dagvakt noen ganger så det er {{mer eller mindre}} umulig å sitte med apper og sånn også
I: takk skal du ha
P: ja bare hyggelig og hvis du trenger noe mer så bare ring meg på nummer [[ni åtte fire null tre to seks en|ph]]
""")

add("P23", "nb", """
I: kan du starte med å fortelle hva du jobber med
P: ja jeg er ambulansearbeider på [[ambulansestasjonen i molde|o]] har vært der i {{elleve år}} og før det var jeg på [[kristiansund|pl]] men jeg er fra [[vevang|pl]] opprinnelig så jeg kjenner hele [[romsdalen|pl]] og [[nordmøre|pl]] nesten som min egen bukselomme
I: hvordan møter du velferdsteknologien i jobben din
P: ja vi møter den jo hele tida det er trygghetsalarmer som går til responssenteret og så blir vi kalt ut hvis det er alvorlig og det er gps klokker på folk med demens og fallsensorer og noen ganger står det en sånn medisinrobot på kjøkkenbenken som piper mens vi driver med {{hjerte lunge redning}} {{ikke sant}} det er litt spesielt
I: har du et eksempel
P: ja det var en dame i [[bolsøya|pl]] eller det er jo [[bolsøy|pl]] da hun hadde trykket på alarmen og responssenteret fikk ikke kontakt med henne så vi ble sendt klokka tre på natta og hun lå i gangen og hadde brukket hofta og hun var [[åttisju|ag]] og det første hun sa var har dere husket å ta av dere skoa haha
I: hvordan er samarbeidet med responssenteret
P: ja det varierer det er jo [[responssenteret i ålesund|o]] for oss nå og de er flinke men de kjenner ikke stedene de sa en gang at adressen var [[kirkebakken fire|a]] og det fins tre kirkebakken i distriktet så vi kjørte til feil sted i [[aukra|pl]] det kosta oss {{tjue minutter}} det kan være forskjellen på liv og død
I: hva ble gjort med det
P: vi skrev avvik og det var et møte med [[helse møre og romsdal|o]] og kommunen og nå skal de legge inn gårds og bruksnummer i tillegg og [[geir|p]] som er stasjonslederen vår han har vært veldig på det han sier adresse er liv
I: er det noe spesielt med bilene dere bruker
P: ja bilene våre har jo gps og vi har kart men kartet er ikke alltid oppdatert vi hadde en tur i [[fræna|pl]] der veien ikke fantes på kartet i det hele tatt og bilen var [[zd seks åtte to ni ti|id]] den gamle den gule og den sto fast i snøen i en time det var [[andre juledag|d]] i fjor
I: fikk pasienten hjelp
P: ja heldigvis en kollega [[siv anita|p]] hun gikk de siste to hundre meterne med sekken og så kom brannvesenet fra [[elnesvågen|pl]] og trakk oss ut pasienten klarte seg han hadde {{kols}} og var dårlig men han klarte seg
I: takk er det noe mer
P: nei bare at vi trenger at de som lager teknologien snakker med oss som kommer når den piper og du kan sende epost til meg på [[trond punktum aasen krøll alfa helse minus mr punktum no|em]] jeg heter [[trond|p]] forresten eller bare ring stasjonen
""")

# ---------------------------------------------------------------- focus groups
add("P25", "nb", """
I: Velkommen alle sammen. Kan dere begynne med en rask runde, hvem dere er og hvor dere jobber?
A: Ja, æ kan begynn. Æ e [[Guri|p]], helsefagarbeider på [[Havstein sykehjem|o]] i [[Trondheim|pl]], nattevakt i {{femten år}}. Og æ va med da dæm innført det digitale tilsynet.
B: Æ e [[Torstein|p]], sykepleier samme plass, men dag. Og æ e superbruker, så æ e han dæm ringe når skjermen e svart, hehe.
C: [[Amina|p]]. Æ jobbe på [[Ila bo- og helsehus|o]], ehm, som assistent. Æ kom fra [[Somalia|pl]] for ti år sia.
D: Og æ e [[Marit Skjetne|p]], æ e avdelingsleder på [[Havstein|o]]. Så æ e vel sjefen tell et par stykka her, hehe. Men vi e venna.
I: [[Guri|p]], du var med fra starten. Hvordan var det?
A: Det va kaos, ærlig talt. Dæm kom med sensoran [[i påskeuka i 2021|d]], midt i {{korona}}, og vi fikk {{to timer}} opplæring. To timer! Og så sto vi der første natta, æ og ei vikar, og skjermen viste sånne grønne strekmenn, og vi skjønt itj ka vi så på.
B: Ja, men det va jo fordi leverandøren... nei, det va dem fra universitetet som va med på evalueringa, og dæm sa at...
A: Itj avbryt, [[Torstein|p]], æ e itj ferdig! Hehe. Nei, men det æ ville si, det va ei natt – det va en beboer på [[rom 14|id]], en eldre mann, og strekmannen hass låg plutselig på golvet. Og æ sprang inn, og han låg i senga og sov. Det va dyna som hadd datt ned. Sensoren trudd dyna va han.
C: Det samme skjedde hos oss! Med en stol. Æ gikk inn tre ganga.
D: Og det e jo det vi lært, at sensoren må kalibreres for kvart rom. Det tok oss et halvt år. Og det va [[Bjørnar|p]] fra [[Trondheim kommune|o]] sitt velferdsteknologiteam som til slutt kom og gikk gjennom alle romman med oss.
I: [[Amina|p]], hvordan er det for deg å jobbe med dette?
C: For meg e det bra. Æ va redd for å gå inn på romman om natta i starten, fordi noen beboera blir redd, og noen sier ting – ja, om hudfargen min. Så når æ kan se på skjermen først, så e æ mer trygg. Men også, ja, æ savner å prate med dem. Før så satt æ litt med en dame som itj fikk sove, [[Ingeborg|p]], og vi snakket om krigen og om gården hennes i [[Selbu|pl]]. Det skjer itj no.
B: Det e et godt poeng, [[Amina|p]]. Vi har blitt flinkere til å sove dem, men dårligere til å være der.
D: Æ vil bare legg til at antall fall om natta e gått ned med nesten en tredjedel, {{ifølge}} vår egen statistikk. Så det e itj bare negativt.
A: Nei da, [[Marit|p]], det e ingen som sier at det e bare negativt. Men du sitt itj der {{klokka fire om natta}}.
I: Hvordan snakker dere med pårørende om dette?
D: Vi har samtykkeskjema. Og noen sier nei. Det e en sønn, han e jurist, og han sa at han itj ville at faren sku "overvåkes av staten". Og det må vi respektere.
B: Og så har vi de som vil ha det på, men vil se bildan sjøl. Det kan vi jo itj.
I: Takk, dette har vært veldig nyttig. Noe siste ord?
C: Bare at vi trenger mer opplæring på {{norsk}}, enkelt språk. Og kanskje på andre språk også.
A: Og kaffe på nattevakt. Hehe.
""", group="ABCD")

add("P26", "nb", """
I: Takk for at dere kom. Vi starter med en presentasjonsrunde.
A: Ja, æ e [[Kristin|p]], æ e sykepleier i hjemmetjenesten i [[Vågan|pl]], vi holde te i sentrum. Og så e æ ressursperson for velferdsteknologi.
B: [[Frank|p]] heite æ, æ e helsefagarbeider i samme tjeneste, men på [[Henningsvær|pl]]-ruta. Så æ kjøre mye bil, og båt noen ganga.
C: Og æ e [[Hanne|p]], æ e fra [[Bodø|pl]], men jobbe som koordinator i [[Lofotrådet|o]], på det interkommunale velferdsteknologiprosjektet. Så æ e litt mer på kontoret, dessverre.
I: [[Frank|p]], du nevnte båt. Hvordan er det å jobbe med velferdsteknologi i øysamfunn?
B: Det e mye vær. Og mye dårlig nett. Du kan ha verdens beste sensor, men om det ikkje e dekning på [[Skrova|pl]], så hjelpe det ikkje. Æ huske en gang, det va [[tjueførste januar 2023|d]] eller deromkring, det blåste {{storm}}, og ferja gikk ikkje, og vi fikk alarm fra en dame der ute. Og vi kunne ikkje komme oss dit.
A: Ja, det va jo ho som...
B: Ja, æ sier ikkje navnet, [[Kristin|p]]. Men vi ringte redningsskøyta, og dæm kjørte ut med en sykepleier fra [[Lofoten legevakt|o]]. Det gikk bra. Men det va {{tre timer}} før nokken va der.
C: Og det e jo derfor vi jobbe med å få inn videotilsyn, sånn at man i det minste kan se og snakke med folk når man ikkje kommer seg ut.
A: Men [[Hanne|p]], det forutsette at dæm har nett.
C: Ja, ja, æ vet, æ vet. Vi har en søknad inne hos staten om bedre dekning. Men det tar tid.
I: [[Kristin|p]], hvordan er det å være ressursperson?
A: Det e givende, men æ føle mæ aleine. Æ har ikkje en kollega som kan det samme, så når æ e på ferie, så stoppe alt. I fjor sommer va æ på {{ferie}} i to uker, og æ fikk {{sjutten telefona}} fra jobben. Sjutten! Fra han som va vikar, [[Stian|p]].
B: Hehe, det va mæ som gav han nummeret ditt.
A: Det va du, ja, [[Frank|p]]! Det visste æ.
I: Har dere opplevd at teknologien har endret relasjonen til brukerne?
B: Ja. Det e en kar på [[Kabelvåg|pl]], han e [[nitti|ag]], gammel fisker, og han syns det e {{tullball}} alt sammen. Men han elske nettbrettet, fordi han kan se på fiskeprogramma på tv. Så han bruke det, bare ikkje te det vi vil.
C: Og det e jo egentlig helt greit. Vi må slutte å tenke at teknologien skal brukes "riktig". Folk bruke ting som dæm vil.
A: Ja, men han trykke ikkje på alarmen når han faller, det e problemet.
I: Takk. Noe til slutt?
C: Send meg gjerne spørsmål i etterkant, [[hanne.johansen@lofotradet.no|em]]. Æ kan samle inn tall fra alle kommunan.
""", group="ABC")

add("P27", "en", """
I: Welcome, everybody, and thank you for coming on your {{day off}}. We'll do it in English, but feel free to use Norwegian words. Let's start with names and where you work.
A: Okay, I start. I am [[Dorota|p]], from [[Poland|pl]], from [[Lublin|pl]]. I work at [[Lindeberg omsorgssenter|o]], eleven years now.
B: I'm [[Jonalyn|p]], but everyone calls me [[Jona|p]]. From the [[Philippines|pl]]. I work in hjemmetjenesten in [[Bydel Grorud|o]]. Six years.
C: [[Hodan|p]]. I come from [[Hargeisa|pl]]. I am helsefagarbeider in the same house as [[Dorota|p]], we are on the same floor, haha.
D: And I'm [[Mikkel|p]], I'm the Danish one, I'm a nurse but now I work as tech champion for the whole district, so I run around with the tablets and the dispensers.
I: Thank you. Let's start with language. How does language affect working with the technology?
A: For me, the worst is the phone calls from the alarm central. They speak fast, dialect, and they say the address, and I must write it. One time they said "[[Trondheimsveien 290|a]]" and I heard another number, I went to the wrong door, wrong building. Luckily my colleague was close by in the car.
D: Haha, yes, that was a {{Saturday}}, I remember. And honestly, I also misunderstand them sometimes, and I've been here {{sixteen years}}.
B: For me it's the documentation. In {{Gerica}} you have to write in a certain way, the "fagspråk". I write "the patient was sad", and my leader says no, you must write "bruker fremsto nedstemt". Okay! Same thing, haha.
C: And the dispenser speaks only Norwegian. The old people from other countries don't understand it. I had one man, from my own country, he thought the machine was the government spying on him. He put a towel over it. So I sat with him and explained in Somali, many times. And I asked our tech champion if we can have the voice in Somali.
D: Yes, and I said I would ask the supplier. And I did. I sent an e-mail on [[19 September|d]] to the contact, a woman named [[Ingrid Solheim|p]]. She answered after one month: "not possible at this time". So that's where we are.
A: Always "not possible at this time", hah.
I: [[Jona|p]], you work in home care. Is it different there?
B: Yes, because you are alone in the car, alone in the house. And when the tablet doesn't work, there is nobody to ask. Only the tech champion on the phone, and he has, what, fifty people calling him?
D: {{More or less}}. My work phone is [[22 86 31 45|ph]] and I think every nurse in the district has it, haha. I don't mind. But I can't be everywhere.
B: One time I was at a lady's house, she is [[ninety-four|ag]], in [[Ammerud|pl]], and the dispenser was blinking red, and I called him, and he talked me through it, step by step, for {{twenty minutes}}. We fixed it together. After that she called me "the machine girl".
I: What would make your work easier?
A: Courses in Norwegian for the technology, not only the language course. And respect. Sometimes the Norwegian colleagues think because I speak bad Norwegian, I also think bad. This is not true.
C: Yes, she is right. Also time to learn. We learn on the job, always in a hurry.
D: And a second tech champion. Please. Write that in your report, with big letters.
""", group="ABCD")

add("P28", "nn", """
I: Velkomne alle saman. Kan de presentere dykk kort?
A: Eg er [[Astrid|p]], sjukepleiar på [[Stord sjukeheim|o]], og eg er ein av superbrukarane der.
B: Eg heiter [[Håvard Eide|p]], eg er fysioterapeut i [[Stord kommune|o]], og eg jobbar mykje med fallførebygging, både heime og på institusjon.
C: Og eg er [[Ragna|p]], eg er dotter til ein bebuar på sjukeheimen, og eg sit i pårørandeutvalet. Far min er [[nittiseks|ag]] og har budd der i {{tre år}}.
I: [[Ragna|p]], korleis opplevde du det då sjukeheimen innførte sensorar?
C: Eg var skeptisk. Eg fekk eit brev [[tysdag 4. april|d]] om at dei skulle installere «digitalt tilsyn», og at eg måtte skrive under på samtykke innan {{fjorten dagar}}. Det var mykje fagord. Eg ringde [[Astrid|p]], faktisk, fordi eg kjende ho frå før – me gjekk på skule saman på [[Leirvik|pl]].
A: Ja, du ringde meg ein {{søndagskveld}}, hugsar eg, haha.
C: Unnskyld! Men du forklarte det så godt. At det ikkje er kamera, at ingen ser far min naken, at det berre er eit slags strekbilete.
B: Og det er viktig, det med korleis me forklarar. Me fysioterapeutar ser at tryggleik er avgjerande. Om folk er redde for å bli overvaka, så sov dei dårlegare, og då fell dei meir.
I: [[Håvard|p]], har de sett endringar i talet på fall?
B: Ja, på den eine avdelinga, [[Fjordtunet|o]], gjekk fall om natta ned frå {{tjueein til ni}} det første halvåret. Men på den andre avdelinga var det ingen endring. Me trur det handlar om kor godt personalet brukar systemet.
A: Det stemmer. På [[Fjordtunet|o]] har dei [[Lars Inge|p]] som nattevakt, og han er heilt fantastisk med teknologi. Han har laga eigne rutinar. På den andre avdelinga har dei mykje vikarar.
C: Far min er på [[Fjordtunet|o]], så eg er heldig, då.
I: Korleis fungerer kommunikasjonen med pårørande elles?
C: Det er blitt betre. Me får meldingar på telefonen no, via ein app. Men eg sakna at nokon ringjer. Ein gong fall far min, [[1. mai|d]], og eg fekk vite det via ei melding i appen: «Bebuar har hatt eit fall, ingen synlege skadar». Det var alt. Eg vart så redd.
A: Det har me teke lærdom av, [[Ragna|p]]. No skal pårørande alltid få telefon når det er fall. Det står i prosedyren.
B: Og [[Helse Fonna|o]] har starta eit prosjekt om dette, med [[Haugesund sjukehus|o]], der dei ser på korleis informasjon om fall går mellom sjukehus og kommune.
I: Takk. Har de nokre siste tankar?
A: Superbrukarane treng tid. Eg har ikkje {{ein einaste time}} avsett til det. Alt skjer i pausar.
C: Og pårørande treng å bli tekne med. Me kjenner pasienten best.
B: Og eg vil berre seie at teknologien ikkje erstattar trening. Ein sensor gjer ingen sterkare i beina, {{ikkje sant}}.
""", group="ABC")

add("P29", "nb", """
I: velkommen alle sammen vi tar en rask runde først hvem dere er og hvor dere jobber
A: ja jeg kan starte jeg heter [[tone|p]] og er avdelingsleder i hjemmetjenesten [[sone nord|o]] i [[lillehammer kommune|o]] har vært leder i fire år og sykepleier i sånn ehm tjue før det
B: jeg heter [[mohammed|p]] jeg er helsefagarbeider og superbruker på [[søre ål omsorgssenter|o]] kom fra [[damaskus|pl]] i tjue femten og har jobbet her siden tjue atten
C: og jeg er [[per-ola|p]] jeg jobber på it og alle tror jeg heter [[per|p]] men det er per-ola med bindestrek ehm uansett jeg har ansvaret for å rulle ut dispenserne og nettbrettene
I: [[tone|p]] kan du si noe om hvordan innføringen av medisindispenserne gikk
A: ja vi fikk de første {{evondos}} i fjor det var [[åttende mai|d]] tror jeg og vi fikk sekstifem stykker på en gang og det var altfor mange på en gang vi hadde ikke opplæring nok og folk var stressa {{ikke sant}}
B: ja men [[tone|p]] det var jo ikke bare opplæringa det var at pasientene ikke var valgt ut ordentlig det var en dame i [[vingrom|pl]] hun var [[åtti|ag]] og helt klar i hodet og hun ville ikke ha den hun sa jeg har tatt medisinene mine sjøl i sytti år så hvorfor skal en maskin gjøre det
C: og så var det nettet da vi hadde masse problemer med at dispenserne mista forbindelsen jeg har en sak som jeg husker nummeret på fordi den var åpen så lenge saksnummer [[to tre slash null null seks en to|id]] den var åpen i fire måneder
A: ja den saken har jeg hørt om i hvert eneste møte hehe
I: [[mohammed|p]] hvordan er det å være superbruker for deg
B: det er bra jeg liker teknologi men noen kolleger spør meg om ting fordi de tror jeg er it-person og jeg er ikke det jeg er helsefagarbeider jeg kan {{gerica}} og dispenserne men ikke printeren haha og så er det noen eldre kolleger som ikke vil lære de sier de er for gamle men de er femti
C: det er sant jeg får mange telefoner {{per uke}} om ting som ikke er mine ting som printere og {{teams}} og passord
A: vi har diskutert at vi trenger flere superbrukere men det koster jo og budsjettet for neste år er kutta med {{tre prosent}} så jeg vet ikke
I: takk er det noe dere vil legge til til slutt
B: bare at vi trenger at lederne forstår at superbruker er en ekstra jobb du kan ringe meg hvis du vil snakke mer [[ni to seks åtte en tre null fire|ph]] jeg svarer etter {{klokka fire}}
""", group="ABC")

add("P30", "nb", """
I: Takk for at dere kom. Vi starter med en runde rundt bordet.
A: Ja. E heite [[Eldbjørg|p]], og e e dotter tå ei som bur på [[Lom helseheim|o]]. Mor e [[åttitre år|ag]], og ho har {{Alzheimer}}. E bur sjøl i [[Bøverdalen|pl]].
B: E e [[Dag Inge|p]], helsefagarbeidar på helseheimen og tillitsvalt. Ha vøre der i {{tjue år}} snart.
C: [[Oddny Sletten|p]], sjukepleiar i heimesjukepleia i [[Skjåk|pl]]. Og e e den som har hatt ansvaret for GPS-ane hos oss.
D: I am [[Olena|p]]. Sorry, e snakke litt norsk. Æ kom fra [[Kharkiv|pl]] i [[Ukraina|pl]] i tjuetjueto, og no jobbe æ som assistent på helseheimen.
I: [[Eldbjørg|p]], du nevnte at mor di har {{Alzheimer}}. Hvordan har GPS-en vært for dere?
A: Ja. Det va jo før ho kom på helseheimen. Ho hadde GPS-klokke heime, og ho gjekk. Ho gjekk alltid mot setra, [[Raudsetra|pl]], ho hadde vøre budeie der {{kvar sommar}} som ung. Og på [[sankthansaftan i 2022|d]] så forsvann ho. Klokka viste at ho va på veg opp i lia, men så døydde batteriet.
C: Det va den natta, ja. E va på vakt. E hugse det godt.
A: Ja, du va der, [[Oddny|p]]. Og lensmannen og halve bygda. Dom fann ho {{klokka fire om morgonen}}, ho sat på trappa på setra og venta på kyrne. Som om det va nitten-førtifem.
B: Og det va etter det vi fekk rutine på lading. Før va det ingen som hadde ansvaret, det va bare "nokon" som skulle lade.
C: Ja, no har vi ei liste. Og kvar klokke har eit nummer, mora di hadde [[GPS-07|id]], og den står på lista med kven som lader og når.
I: [[Olena|p]], hvordan opplever du teknologien på helseheimen?
D: It is... det e godt. But the language. Systemet e på norsk, og alarmen e på norsk, og beboera snakke dialekt. Han der hjelpe mæ mykje.
B: Ho e flink, ho [[Olena|p]]. Ho lærte seg {{Gerica}} fortare enn meg, hehe.
D: No, no, [[Dag Inge|p]], you are kind. Men e ha ikkje norsk autorisasjon ennå, så e kan ikkje gjere alt.
I: Hva tenker dere om personvern og GPS?
B: Det e vanskeleg. Ho mor hennar, ho sa ja til klokka sjøl, medan ho enno kunne. Men mange andre, det e familien som bestemmer. Og det e ikkje alltid lett å vite kå den gamle sjøl hadde villa.
A: E tenkte aldri på det som overvaking. E tenkte på det som at e kunne sove om natta.
C: Men det e jo ein grunn til at vi må ha vedtak. Det kom eit brev frå [[Statsforvaltaren i Innlandet|o]] om det i fjor, og [[Lom kommune|o]] måtte gå gjennom alle vedtaka på nytt.
I: Takk. Noen siste tanker?
A: Bare at e e takknemleg. Både for klokka og for folka. Det va folka som fann ho, ikkje klokka.
D: Yes. Takk for meg.
""", group="ABCD")


# ---------------------------------------------------------------- build
def build(outdir):
    gold = {}
    problems = []
    for pid, lang, body, group in T:
        lines = [l.strip() for l in body.strip().split("\n") if l.strip()]
        turns = []
        for ln in lines:
            spk, text = ln.split(": ", 1)
            if spk == "I":
                spk = "I1"
            elif spk == "P":
                spk = pid
            else:
                assert group and spk in group, (pid, spk)
                spk = pid + spk
            turns.append((spk, text))
        ents, keeps, xturns = [], [], []
        for idx, (spk, raw) in enumerate(turns):
            plain, pos, seen_e, seen_k = [], 0, set(), set()
            for m in MARK.finditer(raw):
                plain.append(raw[pos:m.start()])
                if m.group(1) is not None:
                    txt, typ = m.group(1), TYPES[m.group(2)]
                    if txt not in seen_e:
                        seen_e.add(txt)
                        ents.append({"text": txt, "turn": idx, "type": typ})
                else:
                    txt = m.group(3)
                    if txt not in seen_k:
                        seen_k.add(txt)
                        keeps.append({"text": txt, "turn": idx})
                plain.append(txt)
                pos = m.end()
            plain.append(raw[pos:])
            text = "".join(plain)
            for bad in ("[[", "]]", "{{", "}}", "|"):
                if bad in text:
                    problems.append((pid, idx, "leftover markup " + bad))
            xturns.append((spk, text))
        # checks
        n = len(xturns)
        if not 14 <= n <= 30:
            problems.append((pid, "turns", n))
        if not 12 <= len(ents) <= 20:
            problems.append((pid, "entities", len(ents)))
        if not 5 <= len(keeps) <= 10:
            problems.append((pid, "keeps", len(keeps)))
        for e in ents + keeps:
            if e["text"] not in xturns[e["turn"]][1]:
                problems.append((pid, "missing", e))
        # same text both entity and keep in one turn
        for e in ents:
            for k in keeps:
                if k["turn"] == e["turn"] and (k["text"] in e["text"] or e["text"] in k["text"]):
                    problems.append((pid, "overlap", e["text"], k["text"]))
        if group:
            spk_ids = [pid + g for g in group]
            part_attr = ' participant="%s" participants="%s"' % (spk_ids[0], " ".join(spk_ids))
            used = {s for s, _ in xturns if s != "I1"}
            if used != set(spk_ids):
                problems.append((pid, "speakers", used))
        else:
            part_attr = ' participant="%s"' % pid
            for i, (s, _) in enumerate(xturns):
                if s != ("I1" if i % 2 == 0 else pid):
                    problems.append((pid, "alternation", i))
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<interview xmlns="urn:thematic:interview:1" id="%s"%s language="%s">' % (pid, part_attr, lang),
               "  <body>"]
        for s, t in xturns:
            out.append('    <turn speaker="%s">%s</turn>' % (s, escape(t)))
        out += ["  </body>", "</interview>", ""]
        xml = "\n".join(out)
        fn = os.path.join(outdir, pid + ".xml")
        with open(fn, "w", encoding="utf-8") as f:
            f.write(xml)
        root = ET.parse(fn).getroot()
        ns = "{urn:thematic:interview:1}"
        parsed = [t.text or "" for t in root.iter(ns + "turn")]
        if parsed != [t for _, t in xturns]:
            problems.append((pid, "xml roundtrip"))
        gold[pid + ".xml"] = {"entities": ents, "keep": keeps}
    with open(os.path.join(outdir, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(gold.items())), f, ensure_ascii=False, indent=1)
    return gold, problems


if __name__ == "__main__":
    outdir = os.path.dirname(os.path.abspath(__file__))
    gold, problems = build(outdir)
    for p in problems:
        print("PROBLEM", p)
    from collections import Counter
    c = Counter(e["type"] for g in gold.values() for e in g["entities"])
    print(len(gold), "files;", sum(c.values()), "entities", dict(c),
          ";", sum(len(g["keep"]) for g in gold.values()), "keeps")
    for k, g in gold.items():
        print(k, len(g["entities"]), len(g["keep"]))
    sys.exit(1 if problems else 0)
