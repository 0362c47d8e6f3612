#!/usr/bin/env python3
"""Generator for the heldout-natural-1 evaluation set (see BRIEF.md).

All transcript text is held literally below. Running this script writes
P01.xml .. P30.xml and gold.json into this folder and then checks that
  * every XML file parses (xml.etree) and has the expected shape,
  * speakers alternate I1 / participant, starting with I1,
  * every gold entity / keep text occurs verbatim in the turn it points to.

Turn format: (text, [(entity_text, type), ...], [keep_text, ...])
Turn index = position in the list (0-based); even = I1, odd = participant.
Types: person, place, address, org, date, age, phone, email, id.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "urn:thematic:interview:1"
TYPES = {"person", "place", "address", "org", "date", "age", "phone", "email", "id"}

INTERVIEWS = [
    {
        "id": "P01", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Okay, it's recording now. Thank you so much for taking the time, Marit. Maybe you could start by telling me a bit about your job?",
             [("Marit", "person")],
             []),
            # turn 1 (P01)
            ("Yes. So, I'm a nurse, I've been in home care here in Levanger for almost eleven years now. Before that I was at the surgical ward at Levanger sykehus, but I got tired of the nights, or — well, in home care you also have evenings and weekends, but it's different somehow, you are more your own boss in the car. We are about twenty-five people in our zone, we cover from the centre and out towards Skogn. It's a lot of driving.",
             [("Levanger", "place"), ("Levanger sykehus", "org"), ("Skogn", "place")],
             ["I've"]),
            # turn 2 (I1)
            ("When did the medicine dispensers come into the picture for you?",
             [],
             []),
            # turn 3 (P01)
            ("The first ones came the autumn before last, I think. Our leader, Torill Hegge, she had been to a seminar in Trondheim where one of the suppliers was showing them, and she came back completely fired up. She said we will have twenty of these before Christmas. We had four. (laughs) No, but to be fair, it was a good idea. Torill's thinking was that the patients who only needed us for the pills — four visits a day, that's twenty-eight visits per week for one person — they could manage with the machine, and then we could use the time on the heavy patients.",
             [("Torill Hegge", "person"), ("Trondheim", "place"), ("Torill", "person")],
             ["per week"]),
            # turn 4 (I1)
            ("Can you tell me about one of the first patients who got one?",
             [],
             []),
            # turn 5 (P01)
            ("Yes, I remember him very well. Can I say his first name? It's only for you, yes? He was Arnfinn, he lived alone in a small yellow house in Nordsivegen 14, up the hill behind the church. Eighty-seven years old and sharp as a knife, but he had Parkinson's, so the hands were shaking a lot, he couldn't open the blister packs himself. The first thing he said when we came with the box was, \"I'll never push buttons on a robot.\" And two weeks later he was calling the office to complain that the machine was three minutes late. (laughs)",
             [("Arnfinn", "person"), ("Nordsivegen 14", "address"), ("Eighty-seven years old", "age")],
             ["Parkinson", "I'll"]),
            # turn 6 (I1)
            ("How did the installation go?",
             [],
             []),
            # turn 7 (P01)
            ("The day we installed it was the 2nd of November, I remember because it was my son's birthday and I came home late. Per was with me, he's one of our tech guys, and Per is very, very patient, he sat with Arnfinn for over an hour. They practised taking the cup out, putting it back. We wrote the number to our office, 74 05 28 50, on a big yellow note on the fridge. And the daughter, she lives in Bergen, she got the alarm on her phone too, if he didn't take the dose.",
             [("2nd of November", "date"), ("Per", "person"), ("Arnfinn", "person"), ("74 05 28 50", "phone"), ("Bergen", "place")],
             []),
            # turn 8 (I1)
            ("So the relatives are also connected to the system?",
             [],
             []),
            # turn 9 (P01)
            ("Some of them. It depends. With Arnfinn it was the daughter, Gunn, she wanted everything. She sent e-mails to us almost every week, to the common address, sone2.hjemmetjenesten@levanger.kommune.no, and sometimes directly to me. She was nice, but it was a lot. I understand it, she is far away and he is old. But some relatives say no, we don't want the alarms, we have enough with our own lives. And that's also fine.",
             [("Arnfinn", "person"), ("Gunn", "person"), ("sone2.hjemmetjenesten@levanger.kommune.no", "email")],
             []),
            # turn 10 (I1)
            ("What happens in practice when a dose is not taken?",
             [],
             []),
            # turn 11 (P01)
            ("Then it goes to the dashboard, and we get it in Gerica... no, sorry, not in Gerica, it's a separate portal, that's one of the problems actually. The dispenser has its own web portal and the journal is in Gerica and they don't talk together. So someone has to look at the portal and then write a note in the journal. On Monday mornings it's usually me, because I'm the resource nurse for the dispensers. And if he hasn't taken it after, I think it's thirty minutes, we call him, and if he doesn't answer, we drive.",
             [],
             ["Gerica", "Monday"]),
            # turn 12 (I1)
            ("You said you're the resource nurse. How did you become that?",
             [],
             []),
            # turn 13 (P01)
            ("(laughs) Nobody else wanted to. No, that's not fair. Hegge asked in a staff meeting if anyone else than the leaders could take responsibility, and I said yes because I like that kind of thing, I have a smart watch, I'm not afraid of it. Then I went to a course in Stjørdal for two days, with people from Verdal and some other places. It was run by the company, Nordisk Dosering AS. It was okay. A lot of sales talk, but okay.",
             [("Hegge", "person"), ("Stjørdal", "place"), ("Verdal", "place"), ("Nordisk Dosering AS", "org")],
             ["anyone else"]),
            # turn 14 (I1)
            ("Were there patients where it didn't work?",
             [],
             []),
            # turn 15 (P01)
            ("Oh yes. There was a lady, Solveig, she was — I think ninety-two — and she had Alzheimer's, quite far along. We thought it would be good because she forgot the pills. But she didn't understand the sound, she thought it was the telephone, and then she went to the telephone, and nobody was there, and she got frightened. She took the whole machine and put it in the freezer once. We found it in the freezer! So after three weeks we took it back. The machine doesn't fix dementia, you know. Some people in the management, they think it's a solution for everything.",
             [("Solveig", "person"), ("ninety-two", "age")],
             ["Alzheimer"]),
            # turn 16 (I1)
            ("How did your colleagues feel about it in the beginning?",
             [],
             []),
            # turn 17 (P01)
            ("Mixed. The younger ones were fine. Some of the older ones, like Bjørg, who has been here since forever, she said this is the end of home care, soon we'll just be robots driving around to robots. And I understand her, because for some patients we are the only people they see. If Arnfinn doesn't get four visits, maybe he gets one visit, and then who sees that he has stopped eating? That's a real risk. So we made a rule that everybody with a dispenser gets at least one real visit a day, not only the machine.",
             [("Bjørg", "person"), ("Arnfinn", "person")],
             []),
            # turn 18 (I1)
            ("Did that rule hold?",
             [],
             []),
            # turn 19 (P01)
            ("Mostly. When we are short of people, like in the summer, it's difficult. In July we had a Polish nurse, Katarzyna — Kasia, we call her — she was alone on the evening shift in our zone with two summer students, and she had to prioritise. She did a very good job. But those days the dispenser patients are the ones who get skipped, because on paper they are \"taken care of\".",
             [("Katarzyna", "person"), ("Kasia", "person")],
             []),
            # turn 20 (I1)
            ("Looking back, what would you say to a municipality that is about to start with dispensers?",
             [],
             []),
            # turn 21 (P01)
            ("Start small. Choose the patients together with the people who know them, not from the office. And have somebody who has the time — it should be in the job description, not something you do between the insulin and the wound care. And check the phone numbers! We had one patient where the alarm went to 913 27 604, that was the son's old work phone, and nobody answered for a month. Nobody noticed. It was Torill who found it, actually.",
             [("913 27 604", "phone"), ("Torill", "person")],
             []),
            # turn 22 (I1)
            ("That's a good example. Is there anything you want to add?",
             [],
             []),
            # turn 23 (P01)
            ("No, I think — maybe only that it's not the machine that is the problem or the solution. It's how we organise around it. Arnfinn died this winter, at Levanger sykehus, he was eighty-nine. But he had his machine until the end, and he was so proud of it. He showed it to everyone who came to the house. (pause) Sorry. Yes. That's it.",
             [("Arnfinn", "person"), ("Levanger sykehus", "org"), ("eighty-nine", "age")],
             []),
            # turn 24 (I1)
            ("Thank you, Marit. I'll stop the recording now.",
             [("Marit", "person")],
             ["I'll"]),
        ],
    },
    {
        "id": "P02", "language": "nb", "register": "nb, standard",
        "turns": [
            # turn 0 (I1)
            ("Da er opptakeren på. Tusen takk for at du ville stille opp, Hanne. Kan du begynne med å fortelle litt om hva du jobber med?",
             [("Hanne", "person")],
             []),
            # turn 1 (P02)
            ("Ja. Ehm, jeg er helsesekretær, jeg har jobbet på Hunndalen legesenter i Gjøvik i … ja, det blir seks år nå i august. Før det var jeg på et tannlegekontor, så jeg er vant med skranke og telefon, liksom. Vi er tre sekretærer og fem leger, og så har vi en turnuslege. Eller LIS1 heter det nå, jeg glemmer det hele tida.",
             [("Hunndalen legesenter", "org"), ("Gjøvik", "place")],
             ["LIS1"]),
            # turn 2 (I1)
            ("Hvordan kom videokonsultasjonene inn i hverdagen deres?",
             [],
             []),
            # turn 3 (P02)
            ("Det var jo under korona, egentlig. Altså, vi hadde snakket om det før, men det var ingen som gadd. Så 12. mars 2020, da alt stengte, da satt Liv og jeg – Liv er den andre sekretæren som har vært her lengst – vi satt og ringte rundt til pasientene og forklarte hvordan de skulle logge inn på Helsenorge. Jeg tror jeg tok hundre telefoner den uka. Og halvparten var eldre som ikke hadde BankID.",
             [("12. mars 2020", "date"), ("Liv", "person")],
             ["Helsenorge", "BankID"]),
            # turn 4 (I1)
            ("Hvordan løste dere det med dem som ikke hadde BankID?",
             [],
             []),
            # turn 5 (P02)
            ("Ja, nei, det var litt så som så. Noen fikk hjelp av barnebarna. Noen kom rett og slett hit likevel, med munnbind og alt. Og så tok vi en del på vanlig telefon. Jeg husker spesielt en dame, fru Bakken, hun bodde oppe på Biri, og hun ringte meg hver tirsdag – hver eneste tirsdag – for å spørre om doktoren kunne ringe henne. Hun var åttiåtte år, hun hadde ikke smarttelefon, hun hadde ingenting. Men hun hadde ringt oss i førti år, sa hun. (ler)",
             [("Bakken", "person"), ("Biri", "place"), ("åttiåtte år", "age")],
             ["tirsdag"]),
            # turn 6 (I1)
            ("Hva tenker du om video i dag, etter at pandemien er over?",
             [],
             []),
            # turn 7 (P02)
            ("Det har gått ned igjen. Altså, det er noen av legene som bruker det mye. Doktor Sandvik, han er ung og synes det er kjempepraktisk, han har til og med hatt time med en pasient som satt på hytta på Beitostølen. Men de eldre legene, de vil ha folk i stolen. Og på en måte forstår jeg det. Du ser ikke om noen lukter alkohol eller har gått ned ti kilo, på en skjerm.",
             [("Sandvik", "person"), ("Beitostølen", "place")],
             []),
            # turn 8 (I1)
            ("Hva er din rolle når det er videokonsultasjon?",
             [],
             []),
            # turn 9 (P02)
            ("Jeg sender lenka. Eller – systemet sender lenka, men jeg legger inn timen og sjekker at det er riktig telefonnummer. Det høres enkelt ut, men du skulle visst hvor mange som har feil nummer registrert. Vi hadde en mann, Kjell Ove – nei, jeg sier ikke etternavnet – som hadde nummeret til ekskona registrert. Så hun fikk lenka til timen hans. (ler) Det ble ikke noe hyggelig. Etter det leser jeg alltid opp nummeret: «Er det fortsatt 481 22 907 vi skal bruke?» Og så venter jeg til de sier ja.",
             [("Kjell Ove", "person"), ("481 22 907", "phone")],
             []),
            # turn 10 (I1)
            ("Har dere hatt andre utfordringer med personvern?",
             [],
             []),
            # turn 11 (P02)
            ("Ja, altså, det er jo skranken. Den er helt åpen. Folk står i kø og hører når du sier navn og fødselsdato. Vi har fått beskjed om å ikke si fødselsnummeret høyt, men folk gjør det selv! De kommer bort og sier «14024538210» før jeg rekker å spørre. Jeg har tatt det opp med Ragnhild, kontorlederen, at vi trenger en glassvegg eller noe, men det har ikke vært penger. Han… nei, hun, ehm, hun sa at kommunen skal bygge nytt helsehus om noen år uansett.",
             [("14024538210", "id"), ("Ragnhild", "person")],
             ["Han"]),
            # turn 12 (I1)
            ("Hvordan er samarbeidet med hjemmetjenesten?",
             [],
             []),
            # turn 13 (P02)
            ("Det er mye telefon og e-meldinger. Vi sender fra journalsystemet vårt og de får det inn i Gerica, tror jeg. Eller de har kanskje byttet nå, jeg følger ikke helt med. Men det fungerer best når vi kjenner hverandre. Sykepleieren der oppe, Mona Sæther, hun ringer meg rett fra vakttelefonen, 61 18 40 00, og sier «Hanne, kan du be doktoren se på den og den». Det går mye raskere enn meldinger.",
             [("Mona Sæther", "person"), ("61 18 40 00", "phone"), ("Hanne", "person")],
             ["Gerica"]),
            # turn 14 (I1)
            ("Er det noen pasienter som har fått det bedre med de digitale løsningene?",
             [],
             []),
            # turn 15 (P02)
            ("Ja! Han som overrasket meg mest var en mann fra Snertingdal, Ivar, født i 1934. Barnebarnet hadde satt opp iPad til ham, og han var den første av de eldre som booket time selv på nett. Ivars barnebarn hadde skrevet en sånn lapp med alle trinnene, og den hadde han teipet på kjøkkenbenken. Han sendte meg en melding en gang bare for å si takk. Det var fint. Og Liv hang den opp på oppslagstavla med en lapp under, «fra oss alle, hilsen liv» – hun skriver alltid navnet sitt med liten forbokstav, det er liksom hennes greie.",
             [("Snertingdal", "place"), ("Ivar", "person"), ("1934", "date"), ("Liv", "person"), ("liv", "person")],
             []),
            # turn 16 (I1)
            ("Hva ville du endret, hvis du fikk bestemme?",
             [],
             []),
            # turn 17 (P02)
            ("Jeg skulle ønske at det var én kanal. Nå har vi telefon, Helsenorge-meldinger, SMS, video, og så de som bare møter opp i døra. Alt skal sjekkes hele tida. Og så trenger vi en sekretær til. Men det er vel sånn livet på et legekontor er, liksom. Det blir aldri ferdig.",
             [],
             ["Helsenorge", "livet"]),
            # turn 18 (I1)
            ("Tusen takk. Er det noe mer du vil si før vi avslutter?",
             [],
             []),
            # turn 19 (P02)
            ("Nei, altså – bare at vi sekretærene ofte blir glemt når det snakkes om digitalisering. Det er vi som tar imot alle som ikke får det til. Det må noen si.",
             [],
             []),
        ],
    },
    {
        "id": "P03", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("So, we're recording. Could you start by saying something about where you work and what your role is?",
             [],
             []),
            # turn 1 (P03)
            ("Sure. I work at Solvik bo- og omsorgssenter, it's a nursing home in Bekkestua, in Bærum. I'm an assistant nurse, helsefagarbeider, on the second floor, it's a unit for people with dementia, sixteen residents. And then, since about two years, I'm also what they call a tech champion. Superbruker, in Norwegian. It means when there is something new, I learn it first and then I teach the others. And I get the angry phone calls when it doesn't work. (laughs)",
             [("Solvik bo- og omsorgssenter", "org"), ("Bekkestua", "place"), ("Bærum", "place")],
             []),
            # turn 2 (I1)
            ("What kind of technology are we talking about on your unit?",
             [],
             []),
            # turn 3 (P03)
            ("Mostly the tablets. We got eight tablets from the municipality, for video calls with the families and some music and so on. And the door sensors, and the bed sensors at night. But the tablets were the big thing for me, because that was my project. Max from the IT department in Sandvika came with the boxes, and he said, \"Here you go, good luck.\" That was the training. (laughs) No, Max is nice, but he has two hundred units to look after.",
             [("Max", "person"), ("Sandvika", "place")],
             []),
            # turn 4 (I1)
            ("How did you start using the tablets with the residents?",
             [],
             []),
            # turn 5 (P03)
            ("We started with the families who were far away. There was one lady, Gerd, her daughter lives in Stockholm and she could only come maybe twice a year. So we set up a fixed time, every Sunday at four, and my colleague Maricel sat with Gerd in the living room with the tablet. Maricel's from the Philippines, she has such a calm way, Gerd loved her. The first time, Gerd didn't understand where the voice came from, she was looking behind the tablet. But after a few weeks she was waving and singing to her grandchildren.",
             [("Gerd", "person"), ("Stockholm", "place"), ("Maricel", "person"), ("Philippines", "place")],
             ["Sunday"]),
            # turn 6 (I1)
            ("Were there residents who didn't respond well?",
             [],
             []),
            # turn 7 (P03)
            ("Yes, definitely. There was a man — I'll just call him Lund, that's his surname — he got very agitated. He saw his son on the screen and he thought the son was trapped in there. He was hitting the tablet. It was really sad. So we stopped with him. You have to see the person, not the plan. I said that to Max also, the tablet is not for everyone, and he said, okay, but can you write that in the evaluation. So I did.",
             [("Lund", "person"), ("Max", "person")],
             []),
            # turn 8 (I1)
            ("You mentioned an evaluation. Who was doing that?",
             [],
             []),
            # turn 9 (P03)
            ("There was a researcher from the university, she had a PhD in something with health and technology, and my colleague Ole-Martin, who has an MSc in health informatics, he helped with the forms. They came every month and asked how many calls, how long, how did the resident react. It was a lot of forms. But it was good that someone asked, actually.",
             [("Ole-Martin", "person")],
             ["PhD", "MSc"]),
            # turn 10 (I1)
            ("How did the other staff react to you being the tech champion?",
             [],
             []),
            # turn 11 (P03)
            ("Some were happy, some were like, \"Oh, here she comes again with her gadgets.\" (laughs) Especially the night shift. Svein on nights, he's been there for thirty years, he said to me, \"Sigrid, I'm not going to talk to a computer at three in the morning.\" But then the bed sensors came and he was the one who liked them the most, because he didn't have to open every door and wake people up. So, things change.",
             [("Svein", "person"), ("Sigrid", "person")],
             []),
            # turn 12 (I1)
            ("I should have asked at the start — is it okay that your name is on the recording?",
             [],
             []),
            # turn 13 (P03)
            ("Yes, yes, it's fine, Sigrid Aas, you will anonymise it anyway, right? (laughs) I trust you.",
             [("Sigrid Aas", "person")],
             []),
            # turn 14 (I1)
            ("We will. Can you tell me more about the bed sensors?",
             [],
             []),
            # turn 15 (P03)
            ("They lie under the mattress, and they send a signal to the phone we carry if someone gets up. It's set up for each room, so for some residents it's only after midnight, for some it's the whole night. The tricky thing is the settings. We had a resident, Kåre, ninety-one, he got up every single night around half past two to go to the toilet, and he was fine with that, he was steady on his feet. But the sensor went off every night and the night staff ran in. And he was irritated — \"Can't a man pee in peace?\" (laughs) So we changed it for him. That's the kind of thing nobody tells you in the course.",
             [("Kåre", "person"), ("ninety-one", "age")],
             []),
            # turn 16 (I1)
            ("Who decides the settings?",
             [],
             []),
            # turn 17 (P03)
            ("In theory the nurse responsible and the doctor, and the family is informed. In practice it's me and the nurse, Hilde Brekke, sitting with the laptop on a Thursday afternoon. And we have to write it in the journal, in DIPS... no, we have Gerica here, DIPS is the hospital. I mix them up because my husband works at Bærum sykehus. (laughs)",
             [("Hilde Brekke", "person"), ("Bærum sykehus", "org")],
             ["Thursday", "DIPS", "Gerica"]),
            # turn 18 (I1)
            ("Have you had any situations with relatives that were difficult?",
             [],
             []),
            # turn 19 (P03)
            ("One. A son, I won't say his name, he wanted a camera in his mother's room so he could watch her from home. On his phone. He said, \"I pay for this, I want to see her.\" And we said no, that's not how it works, it's her room, she has the right to privacy even with dementia. He called the unit leader, he called the municipality, he sent e-mails to postmottak@baerum.kommune.no and I don't know where. In the end it was a meeting with the leader, Anders Wiik, and he explained the law. The son was still angry. I understand that he is afraid, but.",
             [("postmottak@baerum.kommune.no", "email"), ("Anders Wiik", "person")],
             []),
            # turn 20 (I1)
            ("What did you learn from that?",
             [],
             []),
            # turn 21 (P03)
            ("That we need to talk about the technology with the families from day one. Not when there is a problem. Now when someone moves in, we have a conversation, we show them the tablet, we explain the sensors, what we do and what we don't do. Since 1 March last year this is in our routine. Maricel and I made the checklist together.",
             [("1 March", "date"), ("Maricel", "person")],
             []),
            # turn 22 (I1)
            ("If you think about the next five years, what do you hope for?",
             [],
             []),
            # turn 23 (P03)
            ("I hope the systems can talk to each other. And I hope that the tech champions get time for it. Now I do it in my normal shift, and if there is a problem with a tablet and at the same time a resident falls, well, the resident wins. And I hope we don't forget that the residents are people. Sometimes the best technology is just sitting with Gerd and holding her hand, you know?",
             [("Gerd", "person")],
             []),
            # turn 24 (I1)
            ("Thank you, Sigrid, this was really helpful.",
             [("Sigrid", "person")],
             []),
            # turn 25 (P03)
            ("You're welcome. I'd like to read the report when it's ready, if that's possible.",
             [],
             ["I'd"]),
        ],
    },
    {
        "id": "P04", "language": "nb", "register": "nb, Trøndersk dialect",
        "turns": [
            # turn 0 (I1)
            ("Da er vi i gang. Kan du fortelle litt om deg selv og jobben din, Eli?",
             [("Eli", "person")],
             []),
            # turn 1 (P04)
            ("Ja. Æ e sykepleier i hjemmetjenesten her på Frosta, og æ har jobba her i … ja, snart femten år. Æ e fra Åsen opprinnelig, like over fjorden, så æ kjenne jo hele bygda etter kvart. Det e det som e både fint og litt vanskelig med en lita kommune, du kjøre heim til folk du har gått på skolen med, eller te mora tel nån du kjenne.",
             [("Frosta", "place"), ("Åsen", "place")],
             []),
            # turn 2 (I1)
            ("Dere har tatt i bruk GPS-klokker for personer med demens. Kan du fortelle om hvordan det startet?",
             [],
             []),
            # turn 3 (P04)
            ("Ja. Det va vel egentlig han Einar som starta det heile, om du kan si det sånn. Hainn va åttifire da, og hainn hadd Alzheimer, men hainn va i god form fysisk, gammel bonde, gikk tur kvar dag. Og så begynte hainn å gå sæ bort. Ho Ragna, kona hans, ho va heilt utslitt, ho sov jo itj om natta, ho låg og lytta etter døra.",
             [("Einar", "person"), ("åttifire", "age"), ("Ragna", "person")],
             ["Alzheimer"]),
            # turn 4 (I1)
            ("Hva skjedde?",
             [],
             []),
            # turn 5 (P04)
            ("Det va 6/5-23, en lørdag, æ husk det godt, for æ hadd vakt. Ho Ragna ringte i halv seks-tida om morran og sa at hainn va borte. Hainn hadd gått ut i tøflan. Og det va kaldt, det va fortsatt frost om natta. Vi leita, naboan leita, og te slutt va det en bonde som fant han nede ved sjøen, ved Vikanbukta, hainn sto bare og så utover fjorden. Hainn sa hainn skulle ta båten te Trondheim. Det går jo itj båt derifra lenger, det gjor det før.",
             [("6/5-23", "date"), ("Ragna", "person"), ("Vikanbukta", "place"), ("Trondheim", "place")],
             ["lørdag", "sjøen"]),
            # turn 6 (I1)
            ("Og etter det fikk han GPS-klokke?",
             [],
             []),
            # turn 7 (P04)
            ("Ja, det gikk fort. Kirsti på tildelingskontoret, ho e flink, ho fikk det igjennom på under to uker. Vi fikk ei klokke fra Trygghetsteknikk Midt AS, eller, det e kommunen som har avtale med dæm. Og så måtte vi sette opp soner. Heimen deres i Vollavegen 9, 7633 Frosta, og så ei sone rundt gården, og viss hainn gikk utafor, så fikk vi varsel. Og ho Ragna fikk varsel på telefonen sin.",
             [("Kirsti", "person"), ("Trygghetsteknikk Midt AS", "org"), ("Vollavegen 9, 7633 Frosta", "address"), ("Ragna", "person")],
             []),
            # turn 8 (I1)
            ("Hvordan opplevde Ragna det?",
             [("Ragna", "person")],
             []),
            # turn 9 (P04)
            ("Ho va letta, det va det første. Ho sa te mæ: «No kan æ sove litt igjen.» Men det va også vanskelig for ho, for ho synes det va som å ha hunden i bånd, sa ho. Hainn va jo mannen hennes i seksti år. Og hainn sjøl, Einar, hainn trudd det va ei vanlig klokke. Hainn va stolt over den, viste den te alle. «Sjå her, æ har fått klokke av kommunen!»",
             [("Einar", "person")],
             []),
            # turn 10 (I1)
            ("Var det etiske diskusjoner rundt det i personalgruppa?",
             [],
             []),
            # turn 11 (P04)
            ("Å ja. Vi hadd et møte, og han Yohannes, han e fra Eritrea, han har jobba hos oss i fire år, han sa nåkka som æ har tenkt mykje på. Han sa at der han kjem fra, så ville familien aldri latt en gammel mann gå aleine, det va heile familien som passa på. Og her passe ei klokke på. Han sa itj at det va feil, men at det va trist. Og det e jo litt sant. Men vi har itj storfamilien i samme hus lenger, ungan dæmmers bor i Oslo og Stavanger.",
             [("Yohannes", "person"), ("Eritrea", "place"), ("Oslo", "place"), ("Stavanger", "place")],
             []),
            # turn 12 (I1)
            ("Hva skjer rent praktisk når klokka varsler?",
             [],
             []),
            # turn 13 (P04)
            ("Varselet går te vakttelefonen vår, 948 02 117, og te pårørende. Og så må den som har telefonen sjekke kartet. Problemet e at GPS-en itj alltid e nøyaktig, særlig inne i hus eller når det e mykje skog. En gang sto det at hainn va midt ute på fjorden. (ler) Hainn satt på kjøkkenet og drakk kaffe. Så du lære dæ å itj tru på GPS-klokka hundre prosent.",
             [("948 02 117", "phone")],
             ["GPS-klokka"]),
            # turn 14 (I1)
            ("Hvem har ansvaret for å følge med på det?",
             [],
             []),
            # turn 15 (P04)
            ("Det skulle vært avklart bedre, det e æ ærlig på. I starten va det sånn at kæm som helst som hadd telefonen, og da ble det litt sånn – ja, ehm, du trudde at nån andre hadd sett det. Ho Marte Lien, avdelingslederen vår, ho laga ei rutine etter jul, og no e det sykepleieren på vakt som har ansvaret, punktum.",
             [("Marte Lien", "person")],
             ["kæm"]),
            # turn 16 (I1)
            ("Hvordan har det gått med Einar siden?",
             [("Einar", "person")],
             []),
            # turn 17 (P04)
            ("Hainn fikk plass på Frosta helsetun no i høst. Det va på tide. Ho Ragna klarte itj mer. Og klokka, den ligg i ei skuff på kontoret. Æ tenkte på det her om dagen, at den klokka kjøpte dæm kanskje et halvt år heime sammen. Et halvt år e mykje når du e over åtti.",
             [("Frosta helsetun", "org"), ("Ragna", "person")],
             []),
            # turn 18 (I1)
            ("Du nevnte at du kjenner mange i bygda. Hvordan er det med taushetsplikten?",
             [],
             []),
            # turn 19 (P04)
            ("Det e vanskelig. Folk spør på butikken. «Korleis går det med han Einar?» Og da sir æ bare at du får spørre ho Ragna sjøl. Men det va en gang ei dame som sa «æ såg at hjemmesykepleien sto utafor hos Einars i tre timer i går», og da skjønte æ at folk følge med. Bilan våre står jo der, med kommunelogoen på.",
             [("Einar", "person"), ("Ragna", "person")],
             []),
            # turn 20 (I1)
            ("Til slutt: hva tenker du at andre kommuner kan lære av dette?",
             [],
             []),
            # turn 21 (P04)
            ("At teknologi e ikkje nån erstatning for folk, men det kan gi folk litt pusterom. Og at dæm må snakke med de pårørende før, itj etterpå. Og ha nån som kjenne brukeren. Vi visste at han Einar alltid gikk mot sjøen, så vi la sona etter det. Det står itj i nån manual.",
             [("Einar", "person")],
             ["sjøen"]),
            # turn 22 (I1)
            ("Tusen takk, Eli. Det var veldig fint.",
             [("Eli", "person")],
             []),
            # turn 23 (P04)
            ("Takk sjøl. Æ håpe det va te nåkka nytte.",
             [],
             []),
        ],
    },
    {
        "id": "P05", "language": "nb", "register": "nb, standard",
        "turns": [
            # turn 0 (I1)
            ("Takk for at du tar deg tid. Kan du starte med å si litt om hvem du er og hva du gjør?",
             [],
             []),
            # turn 1 (P05)
            ("Ja, jeg heter Trond, jeg er enhetsleder på Fjellhagen sykehjem på Konnerud, i Drammen kommune. Vi har førtiåtte plasser fordelt på tre avdelinger, og én av dem er skjermet enhet for personer med demens. Jeg har vært leder her i – ehm – fire år. Før det var jeg avdelingssykepleier på Drammen sykehus, på medisinsk.",
             [("Trond", "person"), ("Fjellhagen sykehjem", "org"), ("Konnerud", "place"), ("Drammen", "place"), ("Drammen sykehus", "org")],
             ["enhetsleder", "demens"]),
            # turn 2 (I1)
            ("Jeg vet at dere har innført digitalt tilsyn om natta. Kan du fortelle om hvordan det kom i gang?",
             [],
             []),
            # turn 3 (P05)
            ("Ja. Det var – altså, det korte svaret er at vi manglet folk. Det lange svaret er at vi manglet folk og at kommunen hadde et prosjekt. (ler) Nei, men vi hadde en natt med tre på jobb for førtiåtte beboere, og det er jo … det er ikke forsvarlig, egentlig. Så da kom det et tilbud om å være pilot på digitalt tilsyn, med sensorer i rommene som kan se om noen står opp eller faller, og som sender varsel på telefonen til nattevakta. Leverandøren var Nattsyn Teknologi AS, et lite firma fra Horten.",
             [("Nattsyn Teknologi AS", "org"), ("Horten", "place")],
             []),
            # turn 4 (I1)
            ("Hva slags sensorer er det snakk om?",
             [],
             []),
            # turn 5 (P05)
            ("Det er en sånn optisk sensor i taket. Den filmer ikke – eller, den gjør jo det, på en måte, men den viser bare en slags strekfigur. Det var veldig viktig for oss, og for de pårørende. Vi hadde et informasjonsmøte i kantina 7. februar, og det kom vel tretti pårørende, og det første spørsmålet var: «Kan dere se mamma når hun er naken?» Og det var et helt rimelig spørsmål.",
             [("7. februar", "date")],
             []),
            # turn 6 (I1)
            ("Hvordan svarte dere på det?",
             [],
             []),
            # turn 7 (P05)
            ("Vi viste dem skjermbildet. Bare strekfigurer, ikke noe ansikt, ikke noe bilde. Og så sa vi at bildet bare vises når det er et varsel, og at det ikke lagres. Det beroliget de fleste. Ikke alle. Berg-familien – jeg kaller dem det fordi de var fem søsken som alltid kom samlet – de sa nei, og de sa nei veldig tydelig. Moren deres var i midten av nittiåra, og de mente at hun hadde klart seg uten kameraer i 94 år og skulle få slippe nå også. Og det respekterte vi. Hun har ikke sensor.",
             [("Berg", "person"), ("midten av nittiåra", "age"), ("94 år", "age")],
             []),
            # turn 8 (I1)
            ("Hvordan reagerte nattevaktene?",
             [],
             []),
            # turn 9 (P05)
            ("De var skeptiske, særlig i starten. Else – hun har gått natt hos oss i over tjue år – hun sa at hun var redd for at vi skulle bruke det som en unnskyldning for å kutte en stilling. Og det… hun hadde ikke helt feil, for det var jo diskutert. Jeg sa rett ut til henne at så lenge jeg er leder, så kutter vi ikke. Men jeg kan ikke love hva politikerne gjør. Ellers var hun veldig konstruktiv, hun kom med masse innspill.",
             [("Else", "person")],
             ["Ellers"]),
            # turn 10 (I1)
            ("Kan du gi et eksempel på en situasjon der tilsynet gjorde en forskjell?",
             [],
             []),
            # turn 11 (P05)
            ("Ja. Det var en natt i vinter, Hodan var på jobb – Hodan Warsame, hun er sykepleier, hun kom fra Somalia som ung og har tatt hele utdanningen sin i Norge – og hun fikk varsel om fall på rom fjorten. Hun var på den andre siden av huset med en annen beboer. Hun kunne se på telefonen at mannen lå på gulvet og beveget seg, han prøvde å reise seg. Så hun visste at det hastet, men at han var ved bevissthet. Hun var der på under to minutter. Før ville han kanskje ha ligget der til neste runde, en time etterpå.",
             [("Hodan", "person"), ("Hodan Warsame", "person"), ("Somalia", "place"), ("Norge", "place")],
             ["sykepleier"]),
            # turn 12 (I1)
            ("Har det vært tilfeller der teknologien har skapt problemer?",
             [],
             []),
            # turn 13 (P05)
            ("Falske alarmer. Masse. Særlig i starten. Når en beboer snur seg i senga, når dyna faller på gulvet. Én natt hadde de over seksti varsler. Da ringte Else meg klokka fem om morran og sa – jeg sier ikke hva hun sa. (ler) Men vi justerte det. Mathias fra leverandøren var her tre dager på rad og justerte vinkler og følsomhet. Han ga meg mobilnummeret sitt, 452 18 093, og sa at jeg kunne ringe når som helst, og det gjorde jeg. Også på en søndag.",
             [("Else", "person"), ("Mathias", "person"), ("452 18 093", "phone")],
             ["søndag"]),
            # turn 14 (I1)
            ("Hvordan dokumenterer dere varslene?",
             [],
             []),
            # turn 15 (P05)
            ("Det er litt tungvint. Varslene ligger i leverandørens system, og så skal det som er relevant inn i Gerica. Vi har sagt at fall skal dokumenteres som vanlig, med avviksmelding. Men ellers … nei, vi har ikke en god løsning. Det skal jeg være ærlig på. Jeg har sendt en lang e-post om det til velferdsteknologi@drammen.kommune.no, men jeg har ikke fått noe svar ennå.",
             [("velferdsteknologi@drammen.kommune.no", "email")],
             ["Gerica"]),
            # turn 16 (I1)
            ("Hva har det betydd for beboerne, tror du?",
             [],
             []),
            # turn 17 (P05)
            ("Det er det vanskeligste å si noe om, fordi mange av dem ikke kan fortelle oss det. Men vi ser at de sover bedre. Før gikk nattevakta inn med lommelykt hver time og sjekket, og det vekker folk. Nå går vi inn når det er grunn til det. En datter sa til meg at faren hennes hadde sluttet å være så sliten om morgenen, og hun lurte på om han hadde fått nye medisiner. (ler) Nei, vi har bare sluttet å vekke ham.",
             [],
             []),
            # turn 18 (I1)
            ("Hvis du skulle gitt et råd til andre ledere som vurderer dette, hva ville det vært?",
             [],
             []),
            # turn 19 (P05)
            ("Involver nattevaktene fra dag én. Det er de som skal leve med det. Og ha en plan for dokumentasjonen før dere starter, ikke etter. Og – ja, vær ærlig om økonomien. Hvis målet er å spare stillinger, så si det. Folk merker det uansett.",
             [],
             []),
            # turn 20 (I1)
            ("Tusen takk, Trond.",
             [("Trond", "person")],
             []),
            # turn 21 (P05)
            ("Bare hyggelig. Si ifra hvis du vil snakke med Hodan eller Else også, de har mye mer å si om nettene enn jeg har.",
             [("Hodan", "person"), ("Else", "person")],
             []),
        ],
    },
    {
        "id": "P06", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Thanks for agreeing to talk to me, Anne-Lise. As I said on the phone, we're interested in the relatives' side of things. Could you start by telling me a little about your father?",
             [("Anne-Lise", "person")],
             []),
            # turn 1 (P06)
            ("Yes. My father is Oddvar, he's eighty-six, born in 1937, and he lives in Tromsø, out on Kvaløya, in the house where I grew up. My mother died six years ago. I live in Oslo with my family, and my brother Rune lives in Harstad, so none of us is close. Rune is three hours away by car, I'm two hours by plane and then the bus and then — yeah. It's far.",
             [("Oddvar", "person"), ("eighty-six", "age"), ("1937", "date"), ("Tromsø", "place"), ("Kvaløya", "place"), ("Oslo", "place"), ("Rune", "person"), ("Harstad", "place")],
             []),
            # turn 2 (I1)
            ("When did you first notice that he needed more help?",
             [],
             []),
            # turn 3 (P06)
            ("Honestly, I think my mother covered for him for a long time. After she died it became obvious. He forgot to pay bills, he called me at night thinking it was morning. Then two years ago he got the diagnosis, Alzheimer's, from the memory clinic at UNN. And the GP, Dr. Mikalsen at Kvaløysletta legesenter, she was very good, she was the one who connected us with the home care.",
             [("UNN", "org"), ("Mikalsen", "person"), ("Kvaløysletta legesenter", "org")],
             ["Alzheimer"]),
            # turn 4 (I1)
            ("How did the GPS watch come up?",
             [],
             []),
            # turn 5 (P06)
            ("That was after the car. (laughs) Not funny at the time. On the 23rd of December, two years ago, he took the car — a grey Toyota, VD 48213, I still remember the number because I had to give it to the police — and he drove off to go to the cabin. In the middle of the polar night, in a snowstorm. He ended up in a ditch outside Skulsfjord. He was fine, a farmer found him. But after that, the home care said, we need to talk about safety.",
             [("23rd of December", "date"), ("VD 48213", "id"), ("Skulsfjord", "place")],
             []),
            # turn 6 (I1)
            ("And how did he react to the idea of a watch?",
             [],
             []),
            # turn 7 (P06)
            ("He said, \"Do you think I'm a reindeer? You want to put a bell on me?\" (laughs) He's a very proud man. He was a fisherman, then he worked at the harbour for thirty years. So it took time. In the end it was Jorunn from home care who convinced him. Jorunn Pedersen. She's his age group almost, well, no, she's sixty maybe, but she speaks his language. She said to him, \"Oddvar, this is so your daughter in Oslo can sleep at night.\" And he did it for me. That made me cry a little, to be honest.",
             [("Jorunn", "person"), ("Jorunn Pedersen", "person"), ("sixty", "age"), ("Oddvar", "person"), ("Oslo", "place")],
             []),
            # turn 8 (I1)
            ("How has it worked in practice?",
             [],
             []),
            # turn 9 (P06)
            ("Mostly well. He walks every day, down to the shop and back, and the watch just shows that. I have the app on my phone. I check it more than I should. My husband says I've got a new addiction. But twice it has actually mattered. Once he walked the wrong way in the dark and the home care found him after twenty minutes. The second time, the battery was dead, and nobody noticed for two days. That's the weak point. Someone has to charge it, and he doesn't remember.",
             [],
             ["I've"]),
            # turn 10 (I1)
            ("Whose responsibility is it to charge it?",
             [],
             []),
            # turn 11 (P06)
            ("That's a good question, and we didn't have a clear answer. The home care thought I had arranged it with him, I thought they did it in the evening visit. Now it's on their list. We had a meeting on Teams, me and Rune and Pedersen and the unit leader, and we made a plan. It's written down now. Charging every evening, and if the watch is offline for more than six hours, they call me.",
             [("Rune", "person"), ("Pedersen", "person")],
             ["Teams"]),
            # turn 12 (I1)
            ("How do you feel about being able to see where he is?",
             [],
             []),
            # turn 13 (P06)
            ("Mixed. It's a relief, obviously. But sometimes it feels like I'm spying on my own father. He's an adult. If he wants to walk to Kaldfjord on a Tuesday, why shouldn't he? I'd be furious if my kids tracked me. But then I think about that night in the snow. So, yeah. I don't have a clean answer.",
             [("Kaldfjord", "place")],
             ["Tuesday", "I'd"]),
            # turn 14 (I1)
            ("Have you been in touch with the home care service in other ways?",
             [],
             []),
            # turn 15 (P06)
            ("All the time. I call them maybe three times a week. I have the number saved as \"Pappa home care\", 77 79 05 10. Jorunn gave me her work mobile too, but I try not to use it, she has her own life. And I e-mail sometimes, but the e-mail is slow, they don't really read it until the next week. Phone is better.",
             [("77 79 05 10", "phone"), ("Jorunn", "person")],
             []),
            # turn 16 (I1)
            ("What would you want to say to the people designing these services?",
             [],
             []),
            # turn 17 (P06)
            ("Think about the relatives who are far away. A lot of us live in the south, and the parents are in the north. We are not there to charge the watch or to see if the fridge is empty. The technology gives us information, but we can't act on it. Then we just sit in Oslo and worry with more data. (laughs) That's maybe the most honest thing I can say.",
             [("Oslo", "place")],
             []),
            # turn 18 (I1)
            ("That's very honest. Is there anything else you want to add?",
             [],
             []),
            # turn 19 (P06)
            ("Only that the people in the home care in Tromsø are amazing. I know they are stressed and short of people. But they know my father. They know he wants his coffee black and that he doesn't want the radio on before the news. No watch knows that.",
             [("Tromsø", "place")],
             []),
            # turn 20 (I1)
            ("Thank you so much, Anne-Lise.",
             [("Anne-Lise", "person")],
             []),
        ],
    },
    {
        "id": "P07", "language": "en", "register": "speech-to-text, en",
        "turns": [
            # turn 0 (I1)
            ("okay so it's recording now could you just start by saying a bit about your role",
             [],
             []),
            # turn 1 (P07)
            ("yeah sure so i'm the it adviser for the health and care services in sandnes municipality i've been there since uh five years now before that i was at an it company in stavanger doing mostly networks and servers so health was new for me i had to learn what a nurse actually does all day which is a lot more than i thought",
             [("sandnes", "place"), ("stavanger", "place")],
             ["i've"]),
            # turn 2 (I1)
            ("and you were part of the switch to the new patient record system",
             [],
             []),
            # turn 3 (P07)
            ("yes that was basically my life for a year and a half we moved from the old system to gerica and it was uh the go live date was the twelfth of october i remember because my daughter was born two weeks before so i was not sleeping anyway haha the project leader was bodil solberg from the municipality and then there was me and kjetil from the it department and some super users in each unit",
             [("the twelfth of october", "date"), ("bodil solberg", "person"), ("kjetil", "person")],
             ["gerica"]),
            # turn 4 (I1)
            ("how did you organise the training",
             [],
             []),
            # turn 5 (P07)
            ("we did classroom training in the old school building in ganddal we had like twenty laptops on tables and people came in groups of fifteen every day for three weeks and then in the units we had super users that helped on the floor the problem was that the home care people could not leave the patients so many of them came after a night shift and they were falling asleep on the keyboard literally one guy tom from lura fell asleep and wrote like four pages of the letter k in a test journal",
             [("ganddal", "place"), ("tom", "person"), ("lura", "place")],
             []),
            # turn 6 (I1)
            ("what were the biggest problems after go live",
             [],
             []),
            # turn 7 (P07)
            ("the first week the mobile app for home care was not working properly on the phones so people had to write on paper and then type it in later and that's double work and then people get angry and they are right to be angry and the other thing was the medication lists the conversion from the old system was not perfect so some patients had medication lists that were wrong and we had to check every list manually solberg made a rule that two nurses had to check every list before anybody gave medication from it that took weeks",
             [("solberg", "person")],
             []),
            # turn 8 (I1)
            ("how did you handle the support requests",
             [],
             []),
            # turn 9 (P07)
            ("we had a support phone and it was me mostly the number was 51 33 50 95 and it was ringing all the time and we had the mailbox gerica dot support at sandnes dot kommune dot no which nobody really used because they wanted to talk to a person and i understand that when you have a patient waiting you don't want to write an email and wait for two days",
             [("51 33 50 95", "phone"), ("gerica dot support at sandnes dot kommune dot no", "email")],
             []),
            # turn 10 (I1)
            ("were there people or units that managed better than others",
             [],
             []),
            # turn 11 (P07)
            ("yes the nursing home at riskafjord they were amazing because they had one nurse ewa she's polish she had used the same system in another municipality before in sola i think so she knew all the tricks and she just took over the training there and they had no problems and i said to the project we should have found people like ewa in every unit before we started instead of picking the super users only because they were young",
             [("riskafjord", "place"), ("ewa", "person"), ("sola", "place")],
             []),
            # turn 12 (I1)
            ("that's interesting can you say more about how the super users were chosen",
             [],
             []),
            # turn 13 (P07)
            ("it was the unit leaders who chose and many of them just picked the youngest person because they think young people are good with computers but being good with tiktok is not the same as understanding a care plan and some of the older nurses were actually much better at it because they understood the work so yeah i would do that differently",
             [],
             []),
            # turn 14 (I1)
            ("what about the collaboration with the hospital and the gps",
             [],
             []),
            # turn 15 (P07)
            ("oh that's a whole other story the hospital uses dips and the gps use their own systems and everything goes with messages and when something goes wrong with a message nobody knows where it is stuck is it in our system is it in the network is it at the hospital i spent many hours on the phone with a guy at the hospital it department knut something we were like best friends by the end haha he called me on monday mornings just to say hi is anything stuck",
             [("knut", "person")],
             ["dips", "monday"]),
            # turn 16 (I1)
            ("how do you feel about it now looking back",
             [],
             []),
            # turn 17 (P07)
            ("i'm proud of it honestly it was hard and people were angry at me personally sometimes but now it works and nobody wants to go back and i learned so much about the care work i think every it person in the municipality should go with the home care for one day i did it with marianne in sandved and it changed how i think about the screens and buttons you have one hand on the patient and one hand on the phone and you need it to be simple",
             [("marianne", "person"), ("sandved", "place")],
             []),
            # turn 18 (I1)
            ("is there anything else you want to add",
             [],
             []),
            # turn 19 (P07)
            ("maybe just that the it people and the care people need to talk more not only when something is broken we have a meeting now every second thursday on teams where anyone can come and ask questions and it's actually good not many come but the ones who come they have good questions",
             [],
             ["thursday", "teams", "anyone"]),
            # turn 20 (I1)
            ("thank you",
             [],
             []),
            # turn 21 (P07)
            ("thank you it was nice to talk about it",
             [],
             []),
        ],
    },
    {
        "id": "P08", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Good, the recorder is running. Could you introduce yourself and your work?",
             [],
             []),
            # turn 1 (P08)
            ("Yes, hello. I'm an occupational therapist, ergoterapeut, in Stavanger municipality. I work in the team for rehabilitation and assistive technology, so we go out to people's homes and look at what they need — a walker, a raised toilet seat, a shower chair, and more and more now the sensors and alarms. I've been an OT for twelve years, and in this team for five. I did my bachelor in Bergen and then I came home to Rogaland.",
             [("Stavanger", "place"), ("Bergen", "place"), ("Rogaland", "place")],
             ["ergoterapeut", "I've"]),
            # turn 2 (I1)
            ("You mentioned sensors. What kind of sensors do you work with?",
             [],
             []),
            # turn 3 (P08)
            ("Fall sensors, door sensors, sensor mats in front of the bed, and the smoke detectors that are connected to the alarm central. And then the wrist alarm, the classic trygghetsalarm with the red button. The problem with the red button is that people don't press it. They fall and they lie there and they think, \"Oh, I don't want to bother anyone,\" and they lie there until the home care comes in the morning. That's why the automatic fall sensor is so interesting.",
             [],
             ["trygghetsalarm"]),
            # turn 4 (I1)
            ("Can you tell me about a case where you worked with that?",
             [],
             []),
            # turn 5 (P08)
            ("Yes. There was a lady on Hundvåg, she was in her mid-nineties, still living alone in a flat in Hundvågveien 88, third floor, no lift. Tough lady. Dagny. She had fallen three times in a year and every time she lay on the floor for hours. The last time it was eleven hours, and nobody — not home care, not anyone else — knew. Her neighbour, a young man, Frederik, heard her knocking on the floor and he called the ambulance. After that she was at Stavanger universitetssjukehus for two weeks, and the hospital said she can't go home. But she wanted to go home, very much.",
             [("Hundvåg", "place"), ("mid-nineties", "age"), ("Hundvågveien 88", "address"), ("Dagny", "person"), ("Frederik", "person"), ("Stavanger universitetssjukehus", "org")],
             ["anyone else"]),
            # turn 6 (I1)
            ("What did you do?",
             [],
             []),
            # turn 7 (P08)
            ("I went to the flat together with the nurse from home care, Else. Else has known Dagny for years. We looked at where she falls — always between the bedroom and the bathroom at night. So we put a sensor mat by the bed, a light that switches on automatically, and a fall sensor on the wrist. And we took away two rugs, she was very angry about the rugs. (laughs) She said they were from her mother. We rolled them up and put them in the storage room, so she knew they were still there.",
             [("Else", "person"), ("Dagny", "person")],
             []),
            # turn 8 (I1)
            ("Did it work?",
             [],
             []),
            # turn 9 (P08)
            ("She has fallen once since, and the fall sensor went off and the home care was there in fifteen minutes. Fifteen minutes instead of eleven hours. That's the difference. And she is still at home, she is, let me think, she had her birthday on the 4th of April, so she is ninety-six now. She invited me for cake! (laughs) I didn't go, we are not supposed to, but I was very touched.",
             [("the 4th of April", "date"), ("ninety-six", "age")],
             []),
            # turn 10 (I1)
            ("How do you work with the other professions around this?",
             [],
             []),
            # turn 11 (P08)
            ("It's getting better. Before, the OTs did the assessment and then we just sent the order and we were done. Now we have a weekly meeting with home care and the alarm central. The nurse coordinator, Kristoffer Lie, he made a system where every new alarm has a follow-up visit after two weeks and after three months. We call it the Lie-rota. (laughs) It's not a rota really, it's a checklist, but the name stuck.",
             [("Kristoffer Lie", "person"), ("Lie", "person")],
             []),
            # turn 12 (I1)
            ("You said alarm central — where is that located?",
             [],
             []),
            # turn 13 (P08)
            ("It's the municipal one, it's in the same building as the emergency room, Stavanger legevakt. They have a screen with all the alarms from the whole region, also Sola and Randaberg, I think. They call the person first, through the speaker in the alarm, and if there is no answer, they send home care. Sometimes they send the ambulance.",
             [("Stavanger legevakt", "org"), ("Sola", "place"), ("Randaberg", "place")],
             []),
            # turn 14 (I1)
            ("What are the main challenges you see?",
             [],
             []),
            # turn 15 (P08)
            ("Applications. (laughs) A lot of the equipment we apply for from NAV, the assistive technology centre, and it takes time. I had a case last autumn, the case number was 22/048871, I remember because I called them so many times. A man with Parkinson's who needed an electric bed and a lift, and it took seven weeks. In the meantime his wife was lifting him. She is eighty herself.",
             [("22/048871", "id"), ("eighty", "age")],
             ["Parkinson"]),
            # turn 16 (I1)
            ("How did you manage in the meantime?",
             [],
             []),
            # turn 17 (P08)
            ("We borrowed from the short-term storage in the municipality. We have a small storage where we can lend things out quickly. Arild who runs it, he's a miracle man, he finds things. He once found a bed in the basement of an old nursing home in Madla, nobody knew it was there. I called him, I said, \"Arild, I need a bed today,\" and he said, \"Give me two hours.\"",
             [("Arild", "person"), ("Madla", "place")],
             []),
            # turn 18 (I1)
            ("Have you been involved in any research projects?",
             [],
             []),
            # turn 19 (P08)
            ("Yes, there was a PhD student from Universitetet i Stavanger who followed us for a year, looking at how we choose the technology for each person. She was really nice, she came along on home visits. I think she is finishing now. She asked a lot of questions that I had never thought about, like why we choose what we choose. And the honest answer is often: because that's what we have in the storage. (laughs)",
             [("Universitetet i Stavanger", "org")],
             ["PhD"]),
            # turn 20 (I1)
            ("Is there anything you think the municipality should do differently?",
             [],
             []),
            # turn 21 (P08)
            ("More time for the follow-up. We are very good at installing things and not so good at checking if people use them. I have found alarm buttons in drawers, in the bread box, once in a flower pot. The technology is only good if it's part of the person's life. And listen to the home care — they see the person every day, we come once.",
             [],
             []),
            # turn 22 (I1)
            ("Thank you, that's very useful. Can I contact you later if I have follow-up questions?",
             [],
             []),
            # turn 23 (P08)
            ("Yes, of course. My work e-mail is kristin.tjelta@stavanger.kommune.no, or you can call me on 915 62 034. I'll be on holiday in July though. Not before that.",
             [("kristin.tjelta@stavanger.kommune.no", "email"), ("915 62 034", "phone")],
             ["I'll", "July"]),
        ],
    },
    {
        "id": "P09", "language": "nb", "register": "nb, Nordnorsk dialect",
        "turns": [
            # turn 0 (I1)
            ("Sånn, da tar vi opp. Kan du begynne med å fortelle litt om deg sjøl?",
             [],
             []),
            # turn 1 (P09)
            ("Ja, æ heter Bente, æ e hjelpepleier – eller helsefagarbeider heite det no, men æ har papira som hjelpepleier fra åttitallet – og æ går mest natt på Leknes omsorgssenter. Æ bor på Ballstad, så æ kjøre en tjue minutt hver vei. Om vinteren e det litt spennende, for å si det sånn.",
             [("Bente", "person"), ("Leknes omsorgssenter", "org"), ("Ballstad", "place")],
             ["helsefagarbeider"]),
            # turn 2 (I1)
            ("Hvordan er en vanlig natt for deg?",
             [],
             []),
            # turn 3 (P09)
            ("Vi e to på natt for heile huset, og så har vi en sykepleier i bakvakt som e på huset ved sida. Vi har trettito beboera. Før gikk vi runda hver time, men no har vi digitalt tilsyn på nesten alle romman, så vi får varsel på telefonen når nån står opp eller e urolig. Det e mye roligere no. Ehm, for beboeran, altså. For oss e det ikkje nødvendigvis roligere. (ler)",
             [],
             ["ikkje"]),
            # turn 4 (I1)
            ("Kan du fortelle om en natt som du husker spesielt godt?",
             [],
             []),
            # turn 5 (P09)
            ("Ja, natt til 17. januar. Det va storm, ordentlig uvær, og vi mista strømmen i nesten tre tima. Aggregatet starta, men det dekka bare lyset i gangen og kjøkkenet, ikkje nettverket. Så alle sensoran va døde. Og da sto vi der, æ og han Ola, og så på kverandre. Vi hadd ikkje gått runda på to år! Vi visste ikkje helt kor vi skulle begynne.",
             [("17. januar", "date"), ("Ola", "person")],
             []),
            # turn 6 (I1)
            ("Hva gjorde dere?",
             [],
             []),
            # turn 7 (P09)
            ("Vi tok lommelykta og gikk runda. Som i gamle dager. (ler) Han Ola tok første etasje og æ tok andre. Og det va faktisk en som hadd falt, en mann, han Gunnar, han låg på badegolvet. Han hadd Parkinson og va ganske ustø. Han hadd slått seg i panna, det blødde. Æ ringte ho Kari, sykepleieren, og ho kom med en gang, og vi bestemte at han måtte til Gravdal, til Lofoten sykehus, for å sy. Men ambulansen brukte lang tid, veien va stengt ved Bøstad, så han kom ikkje dit før i sju-tida.",
             [("Ola", "person"), ("Gunnar", "person"), ("Kari", "person"), ("Gravdal", "place"), ("Lofoten sykehus", "org"), ("Bøstad", "place")],
             ["Parkinson"]),
            # turn 8 (I1)
            ("Hvordan gikk det med ham?",
             [],
             []),
            # turn 9 (P09)
            ("Det gikk bra. Fire sting. Men det som æ tenkte på etterpå, det va at viss strømmen ikkje hadd gått, så hadd sensoren varsla oss med en gang han falt. Og viss vi ikkje hadd gått runda, så hadd han lagt der te morran. Så det e både og. Teknologien e bra, men den e bare bra så lenge den virke.",
             [],
             []),
            # turn 10 (I1)
            ("Hvordan reagerte de pårørende?",
             [],
             []),
            # turn 11 (P09)
            ("Gunnar sin kone, ho Edel, ho e sjøl nittito og bor fortsatt heime i Stamsund, ho va veldig opprørt. Ho ringte mæ dagen etter og sa: «Dokker sa jo at dokker hadd kamera som passa på han!» Og det va jo sant, vi hadd sagt det. Vi hadd kanskje solgt det inn litt for godt, på en måte. Så no sir vi alltid at det e et hjelpemiddel, ikkje en garanti.",
             [("Gunnar", "person"), ("Edel", "person"), ("nittito", "age"), ("Stamsund", "place")],
             []),
            # turn 12 (I1)
            ("Ble det gjort noe med strømproblemet etterpå?",
             [],
             []),
            # turn 13 (P09)
            ("Ja, etter en stund. Det ble skrevet avvik, og avdelingslederen, Frode Hanssen, han tok det videre te kommunen. Og no har de lagt inn en sånn batteribackup på nettverket, sånn at sensoran skal virke i fire tima uten strøm. Men det tok nesten et halvt år. Og i mellomtida hadd vi en rutine om at viss strømmen går, så går vi runde. Det hadd vi skrevet med tusj på en lapp ved vaktrommet. (ler) Høyteknologi.",
             [("Frode Hanssen", "person")],
             []),
            # turn 14 (I1)
            ("Hvordan er det å jobbe sammen med kolleger om teknologien?",
             [],
             []),
            # turn 15 (P09)
            ("Det e forskjellig. De unge, dæm e jo flinke. Vi har ei jente fra Thailand, Siriporn, dæm kalle ho Pim, ho e helt rå på det, ho har vært superbruker og lært opp alle. Og så har du oss gamle. (ler) Æ e ikkje så gammel, men æ e femtiåtte. Men æ har lært det. Æ va skeptisk, men no ville æ ikkje vært det foruten. Det e kæm som helst kan lære det, viss dæm får tid.",
             [("Thailand", "place"), ("Siriporn", "person"), ("Pim", "person"), ("femtiåtte", "age")],
             ["dæm", "kæm"]),
            # turn 16 (I1)
            ("Hva med beboerne – merker de noe til teknologien?",
             [],
             []),
            # turn 17 (P09)
            ("Nei, de fleste merke det ikkje. Og det e jo litt poenget. Men det va en dame, ho va tidligere lærer fra Svolvær, ho hadd en sånn skarp hjerne sjøl om kroppen va sliten, og ho spurte en natt: «Kæm e det som ser på mæ gjennom taket?» Ho hadd sett den lille lampa på sensoren. Så vi forklarte det, og ho sa «Jaja, så lenge dokker ikkje ser på mæ når æ kle av mæ». Det gjør vi ikkje. Men det va et godt spørsmål.",
             [("Svolvær", "place")],
             []),
            # turn 18 (I1)
            ("Om du tenker framover, hva bekymrer deg?",
             [],
             []),
            # turn 19 (P09)
            ("At dæm skal ta bort en nattevakt. Det snakkes om det. At med sensora trenger vi bare én på natt. Men sensoran kan ikkje holde en hand. Og de som dør, dæm dør ofte om natta, og da skal det være et menneske der. Det har æ sagt te dæm på personalmøtet og æ sie det te dæ også. Skriv det i rapporten.",
             [],
             ["nattevakt"]),
            # turn 20 (I1)
            ("Det skal jeg. Tusen takk, Bente.",
             [("Bente", "person")],
             []),
            # turn 21 (P09)
            ("Takk sjøl. Og viss du kjem te Lofoten om sommeren, så må du ta turen innom. Vi har verdens beste utsikt over sjøen fra stua.",
             [("Lofoten", "place")],
             ["sjøen"]),
        ],
    },
    {
        "id": "P10", "language": "nb", "register": "nb, standard",
        "turns": [
            # turn 0 (I1)
            ("Da har jeg startet opptaket. Vil du begynne med å fortelle hvem du er og hva du jobber med?",
             [],
             []),
            # turn 1 (P10)
            ("Ja. Jeg heter Amina, jeg er sykepleier i hjemmetjenesten i bydel Grorud, og så er jeg ressursperson for velferdsteknologi. Det betyr at jeg har litt avsatt tid, i teorien en dag i uka, til å følge opp medisindispenserne og de andre tingene. I praksis blir det vel en halv dag. (ler) Jeg har jobbet her siden jeg var ferdig utdannet, det er sju år siden.",
             [("Amina", "person"), ("Grorud", "place")],
             ["ressursperson"]),
            # turn 2 (I1)
            ("Hvor mange brukere har dere med medisindispenser?",
             [],
             []),
            # turn 3 (P10)
            ("Nå er det førtito, tror jeg. Eller førtitre, det kom en ny på onsdag. Vi startet med fem for tre år siden. De fleste bor på Romsås og Ammerud, det er mye blokker der, og mange eldre som bor alene. Og så er det ganske mange med annen språkbakgrunn enn norsk, og det har vært en egen, ehm, utfordring, kan man si.",
             [("Romsås", "place"), ("Ammerud", "place")],
             ["onsdag"]),
            # turn 4 (I1)
            ("Kan du fortelle mer om det?",
             [],
             []),
            # turn 5 (P10)
            ("Ja. Dispenseren snakker jo. Den sier «Det er tid for medisinene dine» og sånn. Og den snakket bare norsk i starten. Vi hadde en mann, Mohammad – han het noe mer, men la oss si Mohammad – sytti-ni år, diabetes, hjertesvikt, mange medisiner. Han bodde alene i Ammerudveien 41, 0958 Oslo – jeg husker det fordi jeg skrev det på så mange skjemaer – kona hans var død, og han snakket urdu og litt engelsk, nesten ikke norsk. Så den maskinen som snakket til ham på norsk, den skjønte han ingenting av. Han trodde den var sint på ham. (ler)",
             [("Mohammad", "person"), ("sytti-ni år", "age"), ("Ammerudveien 41", "address"), ("0958 Oslo", "address")],
             ["Han bodde"]),
            # turn 6 (I1)
            ("Hvordan løste dere det?",
             [],
             []),
            # turn 7 (P10)
            ("Barnebarnet hans, Bilal, han er sånn tjue år, han kom og – han tok opp lyden på telefonen sin, han sa de norske setningene på urdu og spilte dem av for bestefaren. Sånn at bestefaren lærte hva lydene betydde. Det var helt genialt, egentlig. Og etter hvert kom det en oppdatering fra leverandøren, Dosis Norge AS, med flere språk. Men det var ikke urdu. Det var polsk, engelsk, arabisk og noe mer, tror jeg. Så Bilals løsning var fortsatt den beste.",
             [("Bilal", "person"), ("Dosis Norge AS", "org")],
             []),
            # turn 8 (I1)
            ("Du nevnte polsk – har dere kolleger med annen språkbakgrunn også?",
             [],
             []),
            # turn 9 (P10)
            ("Masse. Vi er kanskje halvparten med annen bakgrunn enn norsk i gruppa vår. Tomasz, han er fra Polen, han er en av de beste på dispenserne, faktisk, han er veldig systematisk. Og Line, hun er norsk, hun var med fra starten sammen med meg. Line og Tomasz og jeg, vi var de tre første superbrukerne. Vi laget en egen perm med bilder, fordi bruksanvisningen fra leverandøren var på femti sider. Ingen leser femti sider.",
             [("Tomasz", "person"), ("Polen", "place"), ("Line", "person")],
             []),
            # turn 10 (I1)
            ("Hvordan er samarbeidet med apoteket?",
             [],
             []),
            # turn 11 (P10)
            ("Det er et eget kapittel. (ler) Medisinene kommer i multidoseruller fra apoteket, og de må legges inn i dispenseren. Når legen endrer noe, så må det gå via e-resept til apoteket, og så tar det noen dager før nye ruller kommer. I mellomtida må vi ofte ta medisinene ut manuelt. Vi har en fast kontakt på Apotek 1 Grorud, hun ringer fra 22 16 40 40 hver gang det er noe, og hun er kjempeflink. Men systemet er tregt.",
             [("Apotek 1 Grorud", "org"), ("22 16 40 40", "phone")],
             ["multidoseruller", "e-resept"]),
            # turn 12 (I1)
            ("Har det skjedd feil?",
             [],
             []),
            # turn 13 (P10)
            ("Ja. Én gang som jeg husker godt. Det var 3. oktober, en fredag, og en bruker fikk dobbel dose av en blodtrykksmedisin fordi den gamle rullen og den nye rullen ble lagt inn samtidig. Det var en vikar som gjorde det, hun hadde ikke fått opplæring. Brukeren ble svimmel og falt, men heldigvis gikk det bra, han brakk ingenting. Vi skrev avvik, og etter det har vi en regel om at bare de med opplæring får bytte ruller. Det står på lista på kontoret, Line laget den.",
             [("3. oktober", "date"), ("Line", "person")],
             ["fredag"]),
            # turn 14 (I1)
            ("Hvordan ble det fulgt opp fra ledelsen?",
             [],
             []),
            # turn 15 (P10)
            ("Bra, egentlig. Lederen vår, Eirik Strand, han tok det på alvor, han sa at dette er ikke en enkeltpersons feil, det er en systemfeil. Og det satte jeg pris på. Han sendte det videre til bydelen og til Sykehjemsetaten, eller, nei, det er ikke dem, det er Helseetaten som har velferdsteknologi. Jeg blander alltid etatene. (ler) Det er mange av dem i Oslo.",
             [("Eirik Strand", "person"), ("Sykehjemsetaten", "org"), ("Helseetaten", "org"), ("Oslo", "place")],
             []),
            # turn 16 (I1)
            ("Hvordan ser du på medisindispensere i dag, sammenlignet med da du startet?",
             [],
             []),
            # turn 17 (P10)
            ("Jeg var veldig entusiastisk i starten. Nå er jeg … realistisk? Det fungerer veldig bra for noen, på linje med et besøk, nesten. For andre fungerer det ikke i det hele tatt. Det er ikke sånn at alle skal ha det. Og det gjør meg litt bekymret når jeg hører politikerne si at «alle som kan, skal ha dispenser». Hvem er det som bestemmer hvem som kan?",
             [],
             ["på linje med"]),
            # turn 18 (I1)
            ("Er det noe du vil legge til?",
             [],
             []),
            # turn 19 (P10)
            ("Bare at hvis du skal skrive om dette, så skriv at det er sykepleiere som gjør jobben. Det er ikke maskinen. Maskinen er et verktøy. Og skriv at Bilal burde fått en medalje. (ler)",
             [("Bilal", "person")],
             []),
            # turn 20 (I1)
            ("Det skal jeg ta med. Tusen takk, Amina.",
             [("Amina", "person")],
             []),
        ],
    },
    {
        "id": "P11", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Okay, we're recording. Thanks for meeting me, Linnea. Would you prefer English or Norwegian, by the way?",
             [("Linnea", "person")],
             []),
            # turn 1 (P11)
            ("English is good. My Norwegian is okay for work, but it's a bit — it's a mix, the patients say I speak \"svorsk\". (laughs) I'm Swedish, I come from Arvika, it's just forty minutes from here. I trained as a nurse in Karlstad and then I came to Kongsvinger because the salary was better, like everybody. Now I've been in the home care here for nine years.",
             [("Arvika", "place"), ("Karlstad", "place"), ("Kongsvinger", "place")],
             ["I've"]),
            # turn 2 (I1)
            ("Are there many Swedes working in the services here?",
             [],
             []),
            # turn 3 (P11)
            ("Oh, yes. In our group we are four. There is Bo, he's from Charlottenberg, he drives across the border every day. Bo has been here even longer than me. And two young ones who came last year. The patients love Bo, he sings to them. Old Swedish songs, and they know them because they listened to Swedish radio when they were young. He has this deep voice. It's like a concert in the bathroom. (laughs)",
             [("Bo", "person"), ("Charlottenberg", "place")],
             []),
            # turn 4 (I1)
            ("What kind of welfare technology do you use in your zone?",
             [],
             []),
            # turn 5 (P11)
            ("We have the safety alarms, of course, and some medicine dispensers, and then the thing I've been most involved with, the night camera. Digital supervision at home. It's a small camera in the bedroom, and we can look in at agreed times in the night instead of driving out. We cover a big area, out to Brandval and up towards Roverud, so one night visit can be forty minutes of driving just for two minutes in the house.",
             [("Brandval", "place"), ("Roverud", "place")],
             []),
            # turn 6 (I1)
            ("How do patients feel about having a camera in the bedroom?",
             [],
             []),
            # turn 7 (P11)
            ("That's the big question. Some say no straight away, and that's it. Some say yes because they want to bo hjemme as long as possible, that's the phrase everybody uses here, \"bo hjemme lengst mulig\". And they know that if we have to drive out three times every night, it won't work in the long run. So they accept the camera as a kind of … price. I'm not always comfortable with that.",
             [],
             ["bo hjemme"]),
            # turn 8 (I1)
            ("Can you tell me about someone who accepted it?",
             [],
             []),
            # turn 9 (P11)
            ("Yes. There was a woman, Ingeborg, she was, hmm, ninety-three, she lived alone in a small house near the river, Vinnervegen 12. She had heart failure and she was falling at night. She said yes to the camera and she was very clear: \"You look at eleven, at two and at five, and nothing else.\" And then she laughed and said, \"And tell Bo he can sing to the camera if he wants.\" (laughs) She was funny. In Swedish we say \"rolig\", but in Norwegian \"rolig\" means calm, so the first time I said she was so rolig, my colleagues thought she was sleeping all the time.",
             [("Ingeborg", "person"), ("ninety-three", "age"), ("Vinnervegen 12", "address"), ("Bo", "person")],
             ["else"]),
            # turn 10 (I1)
            ("Did the camera help in her case?",
             [],
             []),
            # turn 11 (P11)
            ("Yes, twice we saw she had fallen. Once at two and once at five. And then we drove out and she was on the floor, not hurt badly, but she couldn't get up. Without the camera she would have been there until the morning visit. And the second time, this was on the 1st of September, she had broken the hip, so she went in the ambulance to Kongsvinger sykehus and from there to Elverum for the operation. She never came back home after that. She moved into the nursing home, Vennersberg.",
             [("the 1st of September", "date"), ("Kongsvinger sykehus", "org"), ("Elverum", "place"), ("Vennersberg", "org")],
             []),
            # turn 12 (I1)
            ("How do you document what you see on the camera?",
             [],
             []),
            # turn 13 (P11)
            ("Each look-in is registered automatically in the system, and if we see something, we write it in the journal. The journal system here is Profil. In Sweden I worked with another one, so I had to learn everything again. And the camera system has its own app on the work phone. So we have the phone with the camera app, the phone with the journal app, and the car key, and the door keys. Too many things. Mette, our leader, she is trying to get everything on one phone.",
             [("Sweden", "place"), ("Mette", "person")],
             ["Profil"]),
            # turn 14 (I1)
            ("You said you're not always comfortable. Can you say more?",
             [],
             []),
            # turn 15 (P11)
            ("It's about consent. When someone has dementia, who says yes? The family? We had one man, his daughter said yes to the camera, but he didn't understand what it was. And once he covered the camera with a towel. So, what does that mean? For me, that's a no. But the daughter said, \"Take the towel away, he doesn't know what he's doing.\" We discussed it a lot. In the end we took the camera down. Bo and I were the ones who pushed for that. I'd do the same again.",
             [("Bo", "person")],
             ["I'd"]),
            # turn 16 (I1)
            ("Do you feel that your Swedish background affects how you see these questions?",
             [],
             []),
            # turn 17 (P11)
            ("Maybe a little. In Sweden we had a big discussion about cameras in elderly care some years ago, and I remember the newspapers. So I'm maybe more careful. But mostly I think it's just being a nurse. You think, would I want this for my mother? My mother is still in Arvika, she's seventy-something, and she would throw the camera out of the window. (laughs)",
             [("Sweden", "place"), ("Arvika", "place"), ("seventy-something", "age")],
             []),
            # turn 18 (I1)
            ("If someone wants to contact you later, how would they reach you?",
             [],
             []),
            # turn 19 (P11)
            ("You can use my Swedish mobile, I never changed it, +46 70 312 45 87. Or the work e-mail, but I don't check it on my days off, I'm strict. Not on Saturday, not on Sunday.",
             [("+46 70 312 45 87", "phone")],
             ["Saturday", "Sunday"]),
            # turn 20 (I1)
            ("Thank you so much, Linnea.",
             [("Linnea", "person")],
             []),
            # turn 21 (P11)
            ("Tack! Oh — takk, sorry. (laughs)",
             [],
             []),
        ],
    },
    {
        "id": "P12", "language": "nb", "register": "speech-to-text, nb",
        "turns": [
            # turn 0 (I1)
            ("ja da er opptaket i gang du kan bare begynne å fortelle hva du jobber med",
             [],
             []),
            # turn 1 (P12)
            ("ja æ heter guro og jobber som helsefagarbeider i hjemmetjenesten i steinkjer sone sør det er sånn fra sentrum og ut mot egge og beitstad og så har æ vært med i det prosjektet med digital hjemmeoppfølging siden starten det var vel for to år siden ca",
             [("guro", "person"), ("steinkjer", "place"), ("egge", "place"), ("beitstad", "place")],
             ["helsefagarbeider"]),
            # turn 2 (I1)
            ("kan du forklare hva digital hjemmeoppfølging er",
             [],
             []),
            # turn 3 (P12)
            ("ja altså det er at pasientene får et nettbrett og så måler de sjøl blodtrykk og oksygen og vekt og sånn hjemme og svarer på noen spørsmål om hvordan de har det og så kommer det inn til oss på en skjerm på kontoret og så følger vi med og ringer hvis det er noe det er mest for de med kols og hjertesvikt",
             [],
             ["nettbrett", "kols"]),
            # turn 4 (I1)
            ("hvordan velger dere ut hvem som skal få det",
             [],
             []),
            # turn 5 (P12)
            ("det er sykepleieran som bestemmer i samråd med fastlegen da men i starten va det litt tilfeldig for å være ærlig det va de som vi trudde ville klare det teknisk liksom ikke nødvendigvis de som hadde mest nytte av det ho randi som er prosjektleder ho sa at vi måtte tenke motsatt de som er mest på sykehus skal ha det først",
             [("randi", "person")],
             ["fastlegen"]),
            # turn 6 (I1)
            ("har du et eksempel på en pasient som har hatt nytte av det",
             [],
             []),
            # turn 7 (P12)
            ("ja han kåre han har kols og va innlagt på sykehuset levanger sikkert seks sju ganger på et år og han va åttitre og bodde aleine på en gård oppi kvam og da han fikk nettbrettet så kunne vi se at oksygenmetningen gikk ned to tre dager før han ble dårlig og da fikk han antibiotika tidligere og så slapp han innleggelse han har vært innlagt en gang det siste året bare en gang",
             [("kåre", "person"), ("sykehuset levanger", "org"), ("åttitre", "age"), ("kvam", "place")],
             []),
            # turn 8 (I1)
            ("hvordan tok kåre imot nettbrettet",
             [("kåre", "person")],
             []),
            # turn 9 (P12)
            ("han va sur han sa at han hadde klart seg uten dataspill i åttitre år haha men så va det datteren hans ho tove som bor i namsos som satt med han første helga og etter det så gjorde han det hver morgen klokka åtte før kaffen han sa det va som å melke kuene bare mindre arbeid",
             [("åttitre år", "age"), ("tove", "person"), ("namsos", "place")],
             []),
            # turn 10 (I1)
            ("hva gjør du konkret i prosjektet",
             [],
             []),
            # turn 11 (P12)
            ("æ sitter på skjermen to dager per uke og så ringer æ pasientene hvis det er avvik og så lærer æ opp nye pasienter hjemme hos dem æ har laget en liten lapp med telefonnummeret vårt 74 16 92 40 som vi teiper på nettbrettet for det er mange som ikke husker hvem de skal ringe når det ikke funker og så ringer de legevakta i stedet og det blir jo bare rot",
             [("74 16 92 40", "phone")],
             ["per uke"]),
            # turn 12 (I1)
            ("hva er det vanskeligste med det",
             [],
             []),
            # turn 13 (P12)
            ("det vanskeligste det er når folk svarer at alt er bra og så er det ikke bra det er jo de eldre de vil ikke være til bry så de svarer fem av fem på alle spørsmål hver dag og så ser du at vekta har gått opp tre kilo på en uke og da må du ringe og spørre og da sier de nei da æ har det fint æ bare spiste litt mye søndag haha ja så det er litt detektivarbeid",
             [],
             ["søndag"]),
            # turn 14 (I1)
            ("hvordan er samarbeidet med de andre i hjemmetjenesten",
             [],
             []),
            # turn 15 (P12)
            ("det er bra men det va litt skepsis i starten han filmon som er fra eritrea han er sykepleier hos oss han sa at han va redd for at folk skulle bli ensomme hvis vi bare ringte i stedet for å dra på besøk og det er et godt poeng så vi har bestemt at alle på hjemmeoppfølging fortsatt skal ha minst ett besøk i uka det står i rutinen nå",
             [("filmon", "person"), ("eritrea", "place")],
             []),
            # turn 16 (I1)
            ("har det vært noen tekniske problemer",
             [],
             []),
            # turn 17 (P12)
            ("ja nettbrettene er leid fra et firma i trondheim helsepunkt midt as heter det tror æ og det har vært en del med at de mister nettet oppi bygdene og så har det vært en oppdatering som gjorde at alle nettbrettene logget seg ut samtidig det va andre februar i år æ husker det for da hadde vi tjue pasienter som ringte samme dag haha ho randi og æ satt med telefonen hele dagen",
             [("trondheim", "place"), ("helsepunkt midt as", "org"), ("andre februar", "date"), ("randi", "person")],
             []),
            # turn 18 (I1)
            ("har pårørende vært involvert",
             [],
             []),
            # turn 19 (P12)
            ("noen det kommer an på familien evensen familien de va veldig på de ville ha tilgang til alle målingene til faren sin og det kan de ikke få automatisk det er jo helseopplysninger så da må han samtykke og han ville ikke det han sa at ungan skulle ikke gå rundt og se på blodtrykket hans haha så da ble det sånn",
             [("evensen", "person")],
             []),
            # turn 20 (I1)
            ("hva tenker du om framtida for dette",
             [],
             []),
            # turn 21 (P12)
            ("æ tror det kommer til å bli mer av det for det er ikke nok folk til å kjøre rundt til alle men det må ikke bli sånn at skjermen erstatter oss helt det er noe med å sitte ved kjøkkenbordet og se om det er mat i kjøleskapet det ser du ikke på et nettbrett",
             [],
             []),
            # turn 22 (I1)
            ("tusen takk guro",
             [("guro", "person")],
             []),
            # turn 23 (P12)
            ("takk sjøl",
             [],
             []),
        ],
    },
    {
        "id": "P13", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Right, it's on. So, first, could you tell me about your position and your unit?",
             [],
             []),
            # turn 1 (P13)
            ("I'm the unit leader for home care in Fana, the southern part of Bergen. We have about ninety employees, if you count part-time, and something like four hundred patients. Our base is at Nesttun, just by the shopping centre. I've been leader for three years, before that I was a nurse in the same unit, so I know the job from the inside. Sometimes that's good, sometimes it's a curse. (laughs)",
             [("Fana", "place"), ("Bergen", "place"), ("Nesttun", "place")],
             ["I've"]),
            # turn 2 (I1)
            ("I understand you have a very diverse staff group.",
             [],
             []),
            # turn 3 (P13)
            ("Very. I think we have twenty-two nationalities. The largest group after Norwegians is Somali, maybe twelve, fifteen people. And then Filipino, Polish, Eritrean, some from Syria. Without them there would be no home care in Bergen. I say that every time someone complains about language. Without them, nothing.",
             [("Syria", "place"), ("Bergen", "place")],
             []),
            # turn 4 (I1)
            ("Do people complain about language?",
             [],
             []),
            # turn 5 (P13)
            ("Some patients, some relatives, and sometimes the staff among themselves. Mostly it's the documentation. When you write in the journal, it has to be precise. \"Patient was a bit unwell\" is not enough. And for someone who learned Norwegian five years ago, writing precise Norwegian after a long shift is hard. Faadumo said it very well — Faadumo Hassan, she's one of our most experienced helsefagarbeidere — she said, \"I know what I saw, I just don't know the Norwegian word for it.\" So the knowledge is there, it's the words.",
             [("Faadumo", "person"), ("Faadumo Hassan", "person")],
             ["helsefagarbeidere"]),
            # turn 6 (I1)
            ("How have you worked with that?",
             [],
             []),
            # turn 7 (P13)
            ("We did a few things. One was a writing course, two hours every second week, with a teacher from the adult education centre. And the other thing was the technology. Frank, he's our super user for Gerica, he made a list of standard phrases that you can pick in the mobile app. So you can tap \"Patient is more confused than usual\" instead of writing it. Some people said that's lazy, it makes the journal like a form. But Frank's point was that it's better with a good standard sentence than a bad free sentence. I agree with him, mostly.",
             [("Frank", "person")],
             ["Gerica"]),
            # turn 8 (I1)
            ("Is Frank a nurse?",
             [("Frank", "person")],
             []),
            # turn 9 (P13)
            ("He's a nurse, yes, and he's doing an MSc in health informatics part-time at the Western Norway University, so he is a bit of a nerd. (laughs) He's the one I call when the tablets don't work. He says, \"Gro, have you tried turning it off and on again?\" Every time. And every time it works.",
             [("Western Norway University", "org"), ("Gro", "person")],
             ["MSc"]),
            # turn 10 (I1)
            ("You mentioned patients too. Can you give an example?",
             [],
             []),
            # turn 11 (P13)
            ("Yes. We have a patient, an elderly Somali woman, I won't say her name, she is in her late eighties, came to Norway as a refugee in the nineties. She lives with her son in a flat in Ytrebygda. She speaks only Somali. And she has diabetes, she needs insulin twice a day. For her it was very important that the person coming was a woman and, if possible, Somali-speaking. And we try. But we can't always. So we tested video interpretation on a tablet — a \"skjermtolk\", they call it. When Abdirahman is on — he's a nurse, Somali, but a man, so he can't do everything with her — he can still do the phone follow-up and explain the insulin. And when no one Somali-speaking is available, we use the tablet interpreter.",
             [("late eighties", "age"), ("Norway", "place"), ("Ytrebygda", "place"), ("Abdirahman", "person")],
             ["skjermtolk"]),
            # turn 12 (I1)
            ("How did she react to the tablet interpreter?",
             [],
             []),
            # turn 13 (P13)
            ("She didn't like it at first. She said the interpreter on the screen was from the wrong region, she could hear it on the accent. (laughs) And that's a real thing, it matters. After a few times we asked the interpretation service for the same interpreter every time, and it got better. The number we use is the municipal interpretation service, 55 56 12 40, and you have to book two days in advance, which is not how home care works. Things happen now, not in two days.",
             [("55 56 12 40", "phone")],
             []),
            # turn 14 (I1)
            ("What other technologies are used in the unit?",
             [],
             []),
            # turn 15 (P13)
            ("The usual. Safety alarms, medicine dispensers, electronic door locks so we don't need keys. The e-locks were actually the biggest change for the staff. Before, we had a key cabinet at the base with four hundred keys. It was a nightmare. If someone took the wrong key, you drove twenty minutes for nothing. Now it's an app on the phone. When the app works. (laughs) On 14 February the server for the locks was down for six hours. Six hours! We had to call the patients and ask them to open the door, and some of them can't walk to the door. Frank was driving around with the spare keys like a taxi.",
             [("14 February", "date"), ("Frank", "person")],
             []),
            # turn 16 (I1)
            ("What was the reaction from the management above you?",
             [],
             []),
            # turn 17 (P13)
            ("We had a meeting on Teams the day after, with the department and the supplier. The supplier said it was a \"rare event\". I said, rare for you, not rare for the lady who waited for her breakfast until eleven. (laughs) I was a bit angry. I wrote a formal report, and I sent it to helse.og.omsorg@bergen.kommune.no, and I copied my director. It's being followed up, they say.",
             [("helse.og.omsorg@bergen.kommune.no", "email")],
             ["Teams"]),
            # turn 18 (I1)
            ("How do you see the role of the unit leader in all this technology?",
             [],
             []),
            # turn 19 (P13)
            ("I'm a translator, maybe. Between the people who buy the technology and the people who use it. The people who buy it sit in Bergen city centre and they see a presentation. The people who use it are in a bathroom in Ytrebygda with wet hands. I'd like the buyers to come with us for a day. Some have. Ingvild Sætre from the welfare technology office came with Faadumo for a whole shift, and afterwards she said, \"I had no idea.\" That's the point.",
             [("Bergen", "place"), ("Ytrebygda", "place"), ("Ingvild Sætre", "person"), ("Faadumo", "person")],
             ["I'd"]),
            # turn 20 (I1)
            ("Is there anything else you'd like to add?",
             [],
             []),
            # turn 21 (P13)
            ("Just that the diversity in the staff is a strength, also with technology. Many of our staff from other countries are much more used to doing everything on the phone than the Norwegians. Faadumo sends money to her family, she pays bills, everything, on her phone. She's faster than me. We shouldn't think \"foreign\" means \"not digital\". Often it's the opposite.",
             [("Faadumo", "person")],
             []),
            # turn 22 (I1)
            ("Thank you, Gro. That's a good place to stop.",
             [("Gro", "person")],
             []),
        ],
    },
    {
        "id": "P14", "language": "nb", "register": "nb, vestlandsk dialect",
        "turns": [
            # turn 0 (I1)
            ("Då er vi i gang. Kan du fortelje litt om deg sjølv først?",
             [],
             []),
            # turn 1 (P14)
            ("Ja. Eg heiter Torunn, eg er ergoterapeut i Sunnfjord kommune, og eg har kontor i Førde, men eg køyrer over heile kommunen, frå Naustdal til Jølster. Eg har vore ergoterapeut i tjue år, først på sjukehuset, på Førde sentralsjukehus, og så i kommunen dei siste tolv åra. Eg likar best å vere ute i heimane. Det er der ein ser korleis folk faktisk lever.",
             [("Torunn", "person"), ("Sunnfjord", "place"), ("Førde", "place"), ("Naustdal", "place"), ("Jølster", "place"), ("Førde sentralsjukehus", "org")],
             ["ergoterapeut"]),
            # turn 2 (I1)
            ("Kva slags teknologi jobbar du mest med no?",
             [],
             []),
            # turn 3 (P14)
            ("Ehm, det er mykje. Men det eg har jobba mest med i det siste er det me kallar tryggleiksteknologi, altså komfyrvakt, dørsensor, fallsensor, lys som slår seg på om natta. Og GPS, men det er meir heimesjukepleia som har det. Eg gjer kartlegginga, ser på huset og kva personen treng, og så bestiller eg utstyret og følgjer opp.",
             [],
             ["komfyrvakt"]),
            # turn 4 (I1)
            ("Har du ein situasjon som du tenkjer har vore viktig for deg?",
             [],
             []),
            # turn 5 (P14)
            ("Ja, det er eitt ektepar i Jølster som eg tenkjer mykje på. Han var nittiein, ho var åttiseks. Han hadde demens, ganske langt komen, og ho hadde dårleg hofte og gjekk med rullator. Dei budde på ein gard oppe i lia ved Vassenden, og dei ville ikkje flytte. Og så, 21. oktober – eg hugsar datoen fordi det var dagen før bursdagen til dottera mi – så ringde heimesjukepleia og sa at det hadde vore brann på kjøkkenet.",
             [("Jølster", "place"), ("nittiein", "age"), ("åttiseks", "age"), ("Vassenden", "place"), ("21. oktober", "date")],
             ["demens"]),
            # turn 6 (I1)
            ("Kva hadde skjedd?",
             [],
             []),
            # turn 7 (P14)
            ("Han hadde sett på ei gryte med poteter og så gått ut i fjøset. Det har ikkje vore dyr i fjøset på tjue år, men han gjekk dit kvar dag likevel. Og kona sov i stolen. Det var naboen, Sverre Myklebust, som såg røyken og sprang over. Ingen vart skadde, men kjøkkenet var svart. Og då var det mange som sa at no må dei på sjukeheim. Men dei ville ikkje. Ho sa til meg: «Eg har budd her sidan eg var nitten, eg skal døy her.»",
             [("Sverre Myklebust", "person"), ("nitten", "age")],
             []),
            # turn 8 (I1)
            ("Kva gjorde de då?",
             [],
             []),
            # turn 9 (P14)
            ("Me hadde eit møte heime hos dei, med meg, med Siv frå heimesjukepleia, og med sonen deira som kom frå Bergen. Og me sette opp komfyrvakt med ein gong, den slår av straumen på komfyren viss det blir for varmt eller viss ingen er i rommet. Og me sette opp dørsensor på ytterdøra som varslar kona på ein liten mottakar ho har rundt halsen, og så lys med rørslesensor i gangen. Siv ordna slik at heimesjukepleia kom innom éin gong ekstra om dagen, ved middagstid.",
             [("Siv", "person"), ("Bergen", "place")],
             []),
            # turn 10 (I1)
            ("Korleis fungerte det?",
             [],
             []),
            # turn 11 (P14)
            ("Godt, faktisk. Betre enn eg trudde. Komfyrvakta slo ut to gonger den første månaden. Og kona sa at mottakaren rundt halsen var det beste ho hadde fått, for no kunne ho sove i stolen utan å vere redd. (ler) Ho kalla den «halsbandet». Men det var ikkje berre teknologien. Det var også at Siv kjende dei. Siv er frå same bygda, ho visste at han alltid gjekk til fjøset, og då sa ho: «Då lèt me fjøsdøra stå open og set ein stol der.»",
             [("Siv", "person")],
             ["ikkje"]),
            # turn 12 (I1)
            ("Kva skjedde vidare med paret?",
             [],
             []),
            # turn 13 (P14)
            ("Han døydde heime, eit år seinare. I si eiga seng. Og ho bur der framleis, ho er åttiåtte no, og ho har fått tryggleiksalarm i tillegg. Sonen ringde meg etterpå og sa takk. Det har eg ikkje opplevd så ofte. Ein får ikkje så mykje takk i denne jobben, for å seie det slik.",
             [("åttiåtte", "age")],
             []),
            # turn 14 (I1)
            ("Kva er dei største utfordringane i jobben din?",
             [],
             []),
            # turn 15 (P14)
            ("Avstandane. Og at det tek lang tid å få utstyr. Me bestiller mykje frå hjelpemiddelsentralen i Førde, og det kan ta vekevis. Og så er det sjølvsagt dette med nettdekning. Det er gardar her kor det ikkje er mobildekning i det heile. Der fungerer ikkje GPS, der fungerer ikkje alarmane. Kinn-kollegaene mine seier det same om øyane ute ved Florø. Då må ein finne andre løysingar.",
             [("Førde", "place"), ("Kinn", "place"), ("Florø", "place")],
             []),
            # turn 16 (I1)
            ("Korleis er samarbeidet med leverandørane?",
             [],
             []),
            # turn 17 (P14)
            ("Blanda. Nokon er flinke. Det var ein mann frå Vestlandsk Tryggleik AS, Ørjan, han kom heilt frå Ålesund for å setje opp ein sensor, på ein laurdag. Andre sender berre ein pakke med ein bruksrettleiing på engelsk. Det er ikkje så lett for ein på nitti år.",
             [("Vestlandsk Tryggleik AS", "org"), ("Ørjan", "person"), ("Ålesund", "place")],
             ["laurdag"]),
            # turn 18 (I1)
            ("Viss du skulle gje eit råd til andre ergoterapeutar, kva ville det vere?",
             [],
             []),
            # turn 19 (P14)
            ("Gå heim til folk. Sjå kvar dei set seg, kvar dei går om natta, kva dei gjer om morgonen. Teknologien må passe inn i livet deira, ikkje omvendt. Og snakk med heimesjukepleia. Siv og eg har eit fast møte kvar torsdag, berre ein halvtime, men det er gull verdt.",
             [("Siv", "person")],
             ["torsdag"]),
            # turn 20 (I1)
            ("Takk skal du ha, Torunn.",
             [("Torunn", "person")],
             []),
            # turn 21 (P14)
            ("Berre hyggeleg. Eg håpar det var nyttig.",
             [],
             []),
        ],
    },
    {
        "id": "P15", "language": "nb", "register": "nb, Trøndersk dialect",
        "turns": [
            # turn 0 (I1)
            ("Takk for at du ville være med, Roar. Du er her som pårørende. Kan du fortelle litt om situasjonen?",
             [("Roar", "person")],
             []),
            # turn 1 (P15)
            ("Ja. Det e mor mi det gjeld. Ho heite Astrid, ho e i slutten av åttiåra, og ho bor fortsatt heime på gården i Hegra, der æ vokste opp. Far døde for fem år sia. Æ bor sjøl på Skatval, så det e en tjuefem minutt å kjøre, og søstra mi, ho Mona, ho bor i Trondheim. Mor fikk diagnosen demens i fjor vår. Ho e itj så ille, men ho glømme mye, og ho e einsom.",
             [("Astrid", "person"), ("slutten av åttiåra", "age"), ("Hegra", "place"), ("Skatval", "place"), ("Mona", "person"), ("Trondheim", "place")],
             ["demens"]),
            # turn 2 (I1)
            ("Hva slags hjelp får hun i dag?",
             [],
             []),
            # turn 3 (P15)
            ("Ho får hjemmesykepleie morra og kveld, for medisinan. Og så har ho trygghetsalarm. Og så har vi – det e æ som har ordna det – vi har en sånn Komp, den skjermen med én knapp, som vi kan sende bilda og ringe på. Det va ho Mona sin idé egentlig. Ho hadd lest om det i avisa.",
             [("Mona", "person")],
             ["trygghetsalarm", "Komp"]),
            # turn 4 (I1)
            ("Hvordan har det fungert med skjermen?",
             [],
             []),
            # turn 5 (P15)
            ("Første uka va det katastrofe. (ler) Mor trudd det va fjernsynet og prøvde å bytte kanal. Og så ringte vi, og bildet av Mona dukka opp, og mor ble så skremt at ho dro ut kontakten. Vi fikk itj tak i ho på to dager, og æ måtte kjøre opp. Men så, etter en stund, da ho skjønte det, så ble det gull. No ser ho frem til det. Ho Mona ringer kvar kveld klokka sju, og ungan hennes sender bilda fra fotballkamper og sånt.",
             [("Mona", "person")],
             []),
            # turn 6 (I1)
            ("Har hjemmesykepleien vært involvert i det?",
             [],
             []),
            # turn 7 (P15)
            ("Litt. Vi spurte om dæm kunne passe på at skjermen sto på, og det gjør dæm. Ho Kari Anne – hun e primærkontakten til mor – ho e kjempeflink, ho har sagt at ho skrur den på om den e av. Men dæm har itj noe ansvar for den, det e vår ting. Det va kommunen ganske tydelig på. Det e en privat ting. Vi betale for abonnementet sjøl.",
             [("Kari Anne", "person")],
             []),
            # turn 8 (I1)
            ("Du nevnte at du har ordnet ting for moren din digitalt. Kan du si mer om det?",
             [],
             []),
            # turn 9 (P15)
            ("Ja, altså, æ har fullmakt på Helsenorge. Sånn at æ kan se timene hennes og lese meldinga fra legen. Det va litt styr å få til. Vi måtte ha papira fra legen, og mor måtte samtykke, og ho skjønte itj helt ka det va. Og så skulle æ legge inn fødselsnummeret hennes, 03123512874, og det va feil første gangen, for æ hadd skrevet feil årstall. Ho e født i 1935, itj 1936. (ler) Men no funke det.",
             [("03123512874", "id"), ("1935", "date"), ("1936", "date")],
             ["Helsenorge"]),
            # turn 10 (I1)
            ("Hvordan er det å være pårørende på avstand, selv om det ikke er så langt?",
             [],
             []),
            # turn 11 (P15)
            ("Det e slitsomt, for å vær ærlig. Æ har jobb, æ e på Værnes, på flyplassen, æ jobbe skift. Og æ har unga sjøl. Og så ringer mor kanskje ti ganger om dagen, og spør det samme. Og æ vil jo itj vær sur på ho. Men det e tungt. Ho Mona og æ har delt det litt: ho tar kveldan, æ tar helgen.",
             [("Værnes", "place"), ("Mona", "person")],
             []),
            # turn 12 (I1)
            ("Har det vært noen kritiske hendelser?",
             [],
             []),
            # turn 13 (P15)
            ("Én. Det va 14. mars, en tirsdag. Mor hadd falt i trappa ned te kjelleren, ho skulle hente poteter. Ho hadd trygghetsalarmen på armen, men ho trøkk itj på den. Ho låg der i fleire tima. Det va ho Kari Anne som fant ho da ho kom på kveldsbesøk. Ho hadd brukket armen. Ho va på St. Olavs hospital i fire dager.",
             [("14. mars", "date"), ("Kari Anne", "person"), ("St. Olavs hospital", "org")],
             ["tirsdag"]),
            # turn 14 (I1)
            ("Hvorfor trykket hun ikke på alarmen, tror du?",
             [],
             []),
            # turn 15 (P15)
            ("Ho sa at ho itj ville være te bry. At ho trudd at ho skulle klare å reise seg. Det e den generasjonen. Ho vil itj mase. Og det e jo derfor æ tenke at fallsensor hadd vært bedre, en som varsle automatisk. Vi har søkt om det. Det ligg hos tildelingskontoret. Æ har sendt e-post te tildeling@stjordal.kommune.no tre ganger no.",
             [("tildeling@stjordal.kommune.no", "email")],
             []),
            # turn 16 (I1)
            ("Hvordan tenker du om fremtiden?",
             [],
             []),
            # turn 17 (P15)
            ("Æ vet itj. På et tidspunkt må ho vel på sjukeheim. Men ho vil itj. Ho har sagt at ho ska dø på gården. Og æ skjønne ho. Far døde der, bestefar døde der. Men ka skjer viss ho faller igjen og ingen kjem? Det e det æ tenke på når æ ligg og itj får sove.",
             [],
             ["itj"]),
            # turn 18 (I1)
            ("Er det noe du ønsker deg fra kommunen?",
             [],
             []),
            # turn 19 (P15)
            ("Én person å snakke med. No e det tildelingskontoret, hjemmesykepleien, fastlegen, og så Komp-firmaet når skjermen itj virke. Æ skulle ønske det va én person, en sånn koordinator, som æ kunne ringe. Ho Kari Anne e det nærmeste vi har, men det e itj jobben hennes. Ho har førti andre.",
             [("Kari Anne", "person")],
             ["fastlegen"]),
            # turn 20 (I1)
            ("Tusen takk, Roar. Det var veldig nyttig å høre.",
             [("Roar", "person")],
             []),
            # turn 21 (P15)
            ("Takk sjøl. Og viss du treff nån fra kommunen, så si at æ venter på svar på den fallsensoren. (ler)",
             [],
             []),
        ],
    },
    {
        "id": "P16", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Thank you for coming, Agnieszka. We can do this in English, as we agreed. Could you start by telling me about your background?",
             [("Agnieszka", "person")],
             []),
            # turn 1 (P16)
            ("Yes, thank you. So, I'm from Gdańsk, in Poland. I studied nursing there, but my Polish nursing licence was not — how to say — it was not fully approved here at first, so I started as an assistant. Pleieassistent. Now I have the Norwegian authorisation as helsefagarbeider, and I'm taking more courses. I came to Ålesund nine years ago, because my husband got a job at the shipyard in Ulsteinvik. Now we live in Spjelkavik.",
             [("Gdańsk", "place"), ("Poland", "place"), ("Ålesund", "place"), ("Ulsteinvik", "place"), ("Spjelkavik", "place")],
             ["Pleieassistent", "helsefagarbeider"]),
            # turn 2 (I1)
            ("Where do you work now?",
             [],
             []),
            # turn 3 (P16)
            ("At Blindheim omsorgssenter. It's a nursing home with about sixty residents. I work in a long-term unit, mostly day and evening shifts, sometimes weekends. I'd say it's a good place. The leader is good, the colleagues are good. Of course, it's hard work, and we are always too few. But that's everywhere, I think.",
             [("Blindheim omsorgssenter", "org")],
             ["I'd"]),
            # turn 4 (I1)
            ("I'm interested in your experiences with the digital systems. Can you tell me about when you started?",
             [],
             []),
            # turn 5 (P16)
            ("Oh, that was a funny story — or, not funny then, funny now. When I started, I didn't have a Norwegian personal number, only a D-number. 45058812345, I still know it by heart, because I had to write it on every form. And to log in to the journal system you needed BankID, and to get BankID you needed a personal number. So for almost four months I could not log in. I had to ask my colleagues to write for me. Mona — she was my mentor — she wrote everything I told her. She must have been so tired of me. (laughs)",
             [("45058812345", "id"), ("Mona", "person")],
             ["BankID"]),
            # turn 6 (I1)
            ("How did that affect your work?",
             [],
             []),
            # turn 7 (P16)
            ("I felt like a child. I could do the work with the residents, the washing, the feeding, talking with them, but then I had to go to Mona and say \"Please, can you write that Mrs. Vik ate only half of her dinner.\" And Mona is so patient, she always said \"Of course, Aga.\" Aga, that's what they call me here, because nobody can say Agnieszka. (laughs) Only Mona tries.",
             [("Mona", "person"), ("Vik", "person"), ("Aga", "person"), ("Agnieszka", "person")],
             []),
            # turn 8 (I1)
            ("Has the technology changed since then?",
             [],
             []),
            # turn 9 (P16)
            ("Very much. Two years ago we got the new medication system with scanning. Every resident has a wristband with a barcode, and every medicine package has a barcode, and you scan both before you give. If it doesn't match, the handheld says stop. It was the 9th of January when we started, in the middle of the flu season. Not a good time. (laughs)",
             [("the 9th of January", "date")],
             []),
            # turn 10 (I1)
            ("How did the residents react to the wristbands?",
             [],
             []),
            # turn 11 (P16)
            ("Most didn't care. Some took them off all the time. There was one man, Mr. Rønneberg, he was ninety-four, a former ship captain, very strong personality. He said, \"I am not a package in a shop.\" And he cut the wristband with scissors. Three times. So in the end we made an exception, we had his barcode on a card in his room. The nurse, Håvard, had to sign the exception in the system. Even the technology has to listen to a captain. (laughs)",
             [("Rønneberg", "person"), ("ninety-four", "age"), ("Håvard", "person")],
             []),
            # turn 12 (I1)
            ("Were there any errors with the new system?",
             [],
             []),
            # turn 13 (P16)
            ("In the beginning the scanners didn't always read the barcodes, especially the ones on small boxes. And then people start to type the numbers by hand, and then the whole point is gone. And one evening the wireless network was down in our unit, so the handhelds didn't work, and we had to use the paper list. Ewelina, who is also Polish, she was on the evening shift with me, she said it was like going back to Poland in the nineties. (laughs) But we managed.",
             [("Ewelina", "person"), ("Poland", "place")],
             []),
            # turn 14 (I1)
            ("How do you feel about working with the systems in Norwegian, when it's not your first language?",
             [],
             []),
            # turn 15 (P16)
            ("The systems are okay, you learn the buttons. The difficult part is writing the reports. The words. In Polish I could write beautiful reports. In Norwegian I write like a ten-year-old. I use the translation on my phone sometimes, but I know we are not supposed to put patient information in there. So I only use it for single words. Like, \"how do you say restless in Norwegian?\" Urolig. Now I know. (laughs)",
             [],
             []),
            # turn 16 (I1)
            ("Do you have any support for the writing?",
             [],
             []),
            # turn 17 (P16)
            ("We have a Norwegian course on Monday afternoons, in the nursing home, for everybody who wants. The teacher comes from the adult education centre. It's good. And the unit leader, Kjersti Ulstein, she says we should write short and clear, not long and beautiful. That helped me. I was trying to write too much.",
             [("Kjersti Ulstein", "person")],
             ["Monday"]),
            # turn 18 (I1)
            ("What do you think about the future of technology in nursing homes?",
             [],
             []),
            # turn 19 (P16)
            ("I think it will come more and more. But I hope it helps with the boring things, not the human things. The medicine scanning is good, it makes fewer mistakes. But if somebody thinks a robot can sit with Mrs. Vik when she is afraid in the evening, no. She holds my hand and she tells me about her sisters in Hareid. I know all their names now. That's the job.",
             [("Vik", "person"), ("Hareid", "place")],
             []),
            # turn 20 (I1)
            ("Is there anything you want to add?",
             [],
             []),
            # turn 21 (P16)
            ("Maybe — that the foreign workers, we are not only a problem with language. We bring things. In Poland we had less technology, so we learned to observe more. I can see when someone is getting a urinary infection before any test. That's also knowledge. I'll say that to anyone who listens. (laughs)",
             [("Poland", "place")],
             ["I'll"]),
            # turn 22 (I1)
            ("Thank you, Aga.",
             [("Aga", "person")],
             []),
        ],
    },
    {
        "id": "P17", "language": "en", "register": "speech-to-text, en",
        "turns": [
            # turn 0 (I1)
            ("okay i think it's recording yes so you are here as a relative could you tell me a bit about your grandmother",
             [],
             []),
            # turn 1 (P17)
            ("yes so my grandmother is called else else marie actually but everybody says else and she is ninety one she lives on innlandet in kristiansund which is like one of the islands in the city in the same house since the fifties and i'm her granddaughter i live in trondheim now i study there but i grew up in kristiansund so we are very close",
             [("else", "person"), ("else marie", "person"), ("ninety one", "age"), ("innlandet", "place"), ("kristiansund", "place"), ("trondheim", "place")],
             ["i'm"]),
            # turn 2 (I1)
            ("and how did you get involved in the technology around her",
             [],
             []),
            # turn 3 (P17)
            ("it started with the video calls with the doctor her gp dr vullum at nordlandet legesenter started offering video consultations after covid and my grandmother can't really travel so easy anymore because of her knees and the ferry to nordlandet or i mean the bridge it's a bridge now but it's still a long way for her so i set up the ipad for her and i sit with her on the screen from trondheim sometimes",
             [("vullum", "person"), ("nordlandet legesenter", "org"), ("nordlandet", "place"), ("trondheim", "place")],
             ["ipad"]),
            # turn 4 (I1)
            ("how does that work with three people on the call",
             [],
             []),
            # turn 5 (P17)
            ("it's a bit chaotic haha the doctor is in his office and my grandmother is in her kitchen and i'm in my student room in moholt and we are all on the screen and she talks to me instead of the doctor she says emma tell him that my knee is worse and i say grandma he can hear you he's right there but it works in a way because i can explain things she forgets like what medicines she's taking",
             [("moholt", "place"), ("emma", "person")],
             []),
            # turn 6 (I1)
            ("did the doctor have any concerns about that setup",
             [],
             []),
            # turn 7 (P17)
            ("yeah at the first time he asked if she agreed that i was there and she said of course she's my emma and he wrote it down and i think it's fine she wants me there but i also think about what if there are things she doesn't want me to know like about her body or something and i don't want to push so sometimes i leave the call for five minutes and come back",
             [("emma", "person")],
             []),
            # turn 8 (I1)
            ("what other support does your grandmother have",
             [],
             []),
            # turn 9 (P17)
            ("she has the home care twice a day in the morning and evening and she has the safety alarm the red button and since last year she has a medicine dispenser that beeps the home care nurse that comes most is gunhild and my grandmother loves her she calls her my girl haha and there is also a filipino nurse jhoanna who sings with her",
             [("gunhild", "person"), ("jhoanna", "person")],
             ["safety alarm"]),
            # turn 10 (I1)
            ("has anything happened where the technology made a difference",
             [],
             []),
            # turn 11 (P17)
            ("yes on the third of march this year she fell in the bathroom at night and she pressed the alarm for the first time ever she always says she doesn't want to bother anyone else but this time she pressed it and the home care came in like fifteen minutes and they called me at two in the morning and i was so scared i called my mum in oslo and we just sat on the phone until the home care called back and said she was okay just a bruise",
             [("the third of march", "date"), ("oslo", "place")],
             ["anyone else"]),
            # turn 12 (I1)
            ("how did your grandmother talk about it afterwards",
             [],
             []),
            # turn 13 (P17)
            ("she was a bit embarrassed i think she said she only pressed it because she thought it was the light switch haha i don't know if that's true i think she was scared but she doesn't want to admit it and after that she had to go to kristiansund sykehus for an x-ray just to check and she was there for one night and she hated it",
             [("kristiansund sykehus", "org")],
             []),
            # turn 14 (I1)
            ("you mentioned your mother is in oslo who else in the family is involved",
             [("oslo", "place")],
             ["else"]),
            # turn 15 (P17)
            ("my mum is the one who has the formal responsibility she has the power of attorney and she talks to the municipality but she works a lot and she is far away so in practice it's me because i can do the ipad and the apps and i'm home in the holidays my uncle terje lives in molde but he is not so involved he calls maybe once a month and then he has a lot of opinions haha",
             [("terje", "person"), ("molde", "place")],
             []),
            # turn 16 (I1)
            ("how do you feel about being the one who does a lot of the practical things",
             [],
             []),
            # turn 17 (P17)
            ("it's a lot sometimes i have exams and then my grandmother calls because the ipad is black and it's just because it's not charged and i tell her the cable is in the drawer and she can't find it so i call the home care and ask gunhild to look when she comes it's nice that they help but it's not really their job you know i feel bad asking",
             [("gunhild", "person")],
             []),
            # turn 18 (I1)
            ("have you had any contact with the municipality about the technology",
             [],
             []),
            # turn 19 (P17)
            ("i sent an email once to the service office about getting a simpler tablet for her because the ipad is too complicated and they said there is a project with special tablets for elderly but the waiting list is long they gave me a number to call seven one five seven four zero zero zero but nobody answered the three times i tried so i gave up haha",
             [("seven one five seven four zero zero zero", "phone")],
             []),
            # turn 20 (I1)
            ("what would you want to tell the municipality if you could",
             [],
             []),
            # turn 21 (P17)
            ("that the grandchildren are doing a lot of the work i know many of my friends who help their grandparents with the bank and the doctor and the apps and nobody sees that we are like a hidden part of the system and if i move abroad for my master next year i don't know who will do it for else honestly",
             [("else", "person")],
             []),
            # turn 22 (I1)
            ("thank you so much emma this has been really helpful",
             [("emma", "person")],
             []),
            # turn 23 (P17)
            ("thank you i hope it helps someone",
             [],
             []),
        ],
    },
    {
        "id": "P18", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("So, thanks for making time in your calendar, I know it's full. Could you describe your role?",
             [],
             []),
            # turn 1 (P18)
            ("Sure. I'm a project manager in the welfare technology unit in Trondheim municipality. We are a small team, six people, and we are responsible for — well, the short version is everything that has a battery and is used in health and care. (laughs) The long version is procurement, implementation, training, and making sure that the technology is actually used and not just sitting in a storage room. My background is nursing, and then I did an MSc in technology management at NTNU.",
             [("Trondheim", "place"), ("NTNU", "org")],
             ["MSc"]),
            # turn 2 (I1)
            ("What's the biggest project you've been involved in?",
             [],
             []),
            # turn 3 (P18)
            ("The biggest, and the most painful, was the change of supplier for the safety alarms and GPS trackers. We had around four thousand safety alarms and three hundred GPS units with one supplier, CareLink Nordic AS. And then, on the 28th of February 2023, we got an e-mail at eight in the morning saying that the company was in bankruptcy. I remember I read it on the bus and I thought it was a joke.",
             [("CareLink Nordic AS", "org"), ("the 28th of February 2023", "date")],
             []),
            # turn 4 (I1)
            ("What happened then?",
             [],
             []),
            # turn 5 (P18)
            ("Chaos, for about two months. (laughs) The alarms still worked, because the alarm central is ours, but the GPS units were running on the supplier's platform. So the question was, who is paying for the servers? Who is answering when a device stops? My colleague Tor, he's the procurement lawyer, he was on the phone with the bankruptcy administrator almost every day. Tor is very calm, he's like a Buddhist monk, but even he was swearing in those weeks. (laughs)",
             [("Tor", "person")],
             []),
            # turn 6 (I1)
            ("How did it affect the users and their families?",
             [],
             []),
            # turn 7 (P18)
            ("For most users, nothing visible, luckily. But we had a few cases. There was a man in Heimdal, seventy-nine, with frontotemporal dementia, very active, walks a lot. His wife called us because the app on her phone stopped updating his position. Three days. It turned out the app was connected to a server that was shut down. She had been checking the app and thinking he was at home, and he was actually at the shopping centre at City Syd. Nothing happened, but that was a wake-up call.",
             [("Heimdal", "place"), ("seventy-nine", "age"), ("City Syd", "place")],
             ["dementia"]),
            # turn 8 (I1)
            ("How did you find a new supplier so fast?",
             [],
             []),
            # turn 9 (P18)
            ("We used the national framework agreement, so we didn't need a full tender, which saved months. We went with Vårdteknik Sverige AB, they had a Norwegian branch. Their contact person was a guy called Henrik Lindqvist, Swedish, very direct. (laughs) He came to Trondheim the week after and he sat in our office for three days. And then we had to physically change three hundred GPS units. The home care people brought them in, and we had a station at the office at Ladeveien 42 — it's our demo apartment, actually, where we show the technology to citizens.",
             [("Vårdteknik Sverige AB", "org"), ("Henrik Lindqvist", "person"), ("Trondheim", "place"), ("Ladeveien 42", "address")],
             []),
            # turn 10 (I1)
            ("You mentioned training. How do you organise training for staff?",
             [],
             []),
            # turn 11 (P18)
            ("We have e-learning, which nobody likes, and we have the tech champions in every unit. And then the demo apartment. We have open days every first Wednesday of the month. People come and try the dispenser, the sensors, the screen for video calls. We even had a group from a secondary school. And then for the champions we have a network meeting on Teams once a month. Silje, she runs the network, she's amazing at getting people to actually talk and not just sit with their cameras off.",
             [("Silje", "person")],
             ["Wednesday", "Teams"]),
            # turn 12 (I1)
            ("How do you work with research?",
             [],
             []),
            # turn 13 (P18)
            ("We collaborate with a few researchers. There's a PhD candidate, Reza, from Iran originally, he's been following the GPS implementation. He's looking at how the families use the location data. What he found, which surprised us, is that many families look at the app much more than they need to. Some check it thirty times a day. It creates anxiety. So now, when we give out a GPS, we also talk about that. We say, you don't need to watch the dot. The alarm will tell you.",
             [("Reza", "person"), ("Iran", "place")],
             ["PhD"]),
            # turn 14 (I1)
            ("How do you handle data protection with all these devices?",
             [],
             []),
            # turn 15 (P18)
            ("That's a big part of my job, and honestly, the part that keeps me up at night. Every device needs a data processing agreement, a risk assessment, all that. And the data is very sensitive — location, health, daily patterns. After the bankruptcy we had to make sure that the old supplier's data was deleted. We got a deletion certificate in the end. Our data protection officer, Marianne Aune, she wrote a very long letter to the administrator. I was happy I was not the one getting that letter. (laughs)",
             [("Marianne Aune", "person")],
             []),
            # turn 16 (I1)
            ("How is the collaboration with the hospital?",
             [],
             []),
            # turn 17 (P18)
            ("St. Olavs hospital uses DIPS, we use our municipal systems, and there is a lot of messaging between. For welfare tech specifically, there is some collaboration on remote monitoring, for heart failure patients, for example. And the citizens see some of it in Helsenorge. But the different systems don't really talk to each other about devices. If a patient comes home from the hospital and needs a safety alarm, someone has to call us. Usually it's the coordinator at the hospital who sends an e-mail to velferdsteknologi@trondheim.kommune.no.",
             [("St. Olavs hospital", "org"), ("velferdsteknologi@trondheim.kommune.no", "email")],
             ["DIPS", "Helsenorge"]),
            # turn 18 (I1)
            ("If you look back at the bankruptcy, what did you learn?",
             [],
             []),
            # turn 19 (P18)
            ("Never put all eggs in one basket. And make sure you own your data. And have a plan B before you need it. Now we have it in the contracts that we can export all data, in a standard format, at any time. And we have an exit plan for every system. It sounds boring, but it's the most important thing I've done in this job. Tor calls it \"the divorce agreement\". (laughs)",
             [("Tor", "person")],
             ["I've"]),
            # turn 20 (I1)
            ("Thank you. Is there anything you'd like to add?",
             [],
             []),
            # turn 21 (P18)
            ("Just that welfare technology is not about technology. I know that sounds like a cliché. But every time something goes wrong, it's about people, roles, who calls whom. The technology is the easy part, almost. You can reach me on 926 13 480 if you need more — or better, send a message first, I'm in meetings all day.",
             [("926 13 480", "phone")],
             []),
        ],
    },
    {
        "id": "P19", "language": "nb", "register": "nb, standard",
        "turns": [
            # turn 0 (I1)
            ("Da er opptaket i gang. Vil du starte med å presentere deg og rollen din?",
             [],
             []),
            # turn 1 (P19)
            ("Ja, jeg heter Stian, og jeg er IT-rådgiver for helse og omsorg i Indre Østfold kommune. Vi ble jo slått sammen i tjuetjue, fem kommuner – Askim, Eidsberg, Spydeberg, Hobøl og Trøgstad – så det har vært, ehm, mye harmonisering, som vi sier. Fem av alt. Fem journalsystemer, nei, det var tre, men fem måter å bruke dem på. (ler)",
             [("Stian", "person"), ("Indre Østfold", "place"), ("Askim", "place"), ("Eidsberg", "place"), ("Spydeberg", "place"), ("Hobøl", "place"), ("Trøgstad", "place")],
             ["IT-rådgiver"]),
            # turn 2 (I1)
            ("Hva er det du jobber mest med nå?",
             [],
             []),
            # turn 3 (P19)
            ("Nå er det mobile enheter. Alle i hjemmetjenesten har en jobbtelefon med journalappen, og i fjor rullet vi ut nye telefoner til, hva er det, cirka fire hundre ansatte. Jeg og Per gjorde det meste. Per er den andre IT-rådgiveren i helse, han har vært her siden før sammenslåingen, han var i gamle Eidsberg. Per sa allerede første dag at dette kom til å ta tre ganger så lang tid som planlagt, og han fikk rett.",
             [("Per", "person"), ("Eidsberg", "place")],
             ["journalappen"]),
            # turn 4 (I1)
            ("Hvorfor tok det så lang tid?",
             [],
             []),
            # turn 5 (P19)
            ("Fordi alle telefonene må registreres i et system for mobil enhetsstyring, og alle må ha tofaktor, og alle må ha riktige apper, og – ja, og så må de ansatte faktisk møte opp og levere den gamle telefonen. Og hjemmetjenesten har ikke tid til å møte opp. Så vi kjørte rundt. Vi satt på pauserommet på basen i Mysen fra sju om morgenen, og bytta telefoner mellom morgenrapporten og første tur. Det var gjerne tjue bytter per uke på hver base, i snitt.",
             [("Mysen", "place")],
             ["per uke"]),
            # turn 6 (I1)
            ("Har det vært sikkerhetshendelser?",
             [],
             []),
            # turn 7 (P19)
            ("Ja. Den mest dramatiske var 22.11.2022. En sykepleier hadde lagt igjen telefonen på taket av bilen, og så kjørte hun. (ler) Den falt av et sted mellom Askim sentrum og Rakkestad. Den hadde tilgang til journalen for hele sonen. Hun oppdaget det etter en halvtime og ringte vakttelefonen til IT, og jeg hadde vakt. Jeg fjernslettet den innen ti minutter. Så ingen data kom på avveie, så vidt vi vet. Men det ble avviksmelding og hele pakka.",
             [("22.11.2022", "date"), ("Askim", "place"), ("Rakkestad", "place")],
             []),
            # turn 8 (I1)
            ("Ble telefonen funnet?",
             [],
             []),
            # turn 9 (P19)
            ("Ja! (ler) Det er det beste. En bonde fant den i grøfta dagen etter, og han ringte nummeret på baksiden – vi har en lapp med sentralbordnummeret, 69 68 10 00, på alle telefonene – og sa at han hadde funnet en telefon som «pipte hele tida». Det var varslene fra journalen. Han kjørte den inn til rådhuset sjøl. Han fikk en blomsterbukett av lederen for hjemmetjenesten, Heidi Kristiansen.",
             [("69 68 10 00", "phone"), ("Heidi Kristiansen", "person")],
             []),
            # turn 10 (I1)
            ("Hvordan jobber du med brukerne, altså de ansatte, for å unngå sånne ting?",
             [],
             []),
            # turn 11 (P19)
            ("Vi har laget en kort e-læring, ti minutter. Og så har vi superbrukere i hver sone. Og så snakker vi med dem. Jeg har vært med hjemmetjenesten på vakt flere ganger, og da skjønner du fort hvorfor folk legger telefonen på biltaket. Du har hendene fulle, du har en pose med medisiner, du skal låse bilen, det regner. Så vi har kjøpt inn sånne telefonholdere med snor. Litt som en gammeldags vaktmester. Folk ler av dem, men de bruker dem.",
             [],
             []),
            # turn 12 (I1)
            ("Hvordan er samarbeidet med sykehuset?",
             [],
             []),
            # turn 13 (P19)
            ("Med Sykehuset Østfold på Kalnes? Det er helt greit, men det er mest på meldingsutveksling. Når det stopper, så er det gjerne fordi et sertifikat har gått ut eller noe sånt. Vi har en kontaktperson der, Lena Bråthen, og vi har et fast møte på Teams annenhver mandag. Det har hjulpet masse. Før sendte vi bare e-poster til en felles postkasse og ventet.",
             [("Sykehuset Østfold", "org"), ("Kalnes", "place"), ("Lena Bråthen", "person")],
             ["Teams", "mandag"]),
            # turn 14 (I1)
            ("Har du vært borti velferdsteknologi i tillegg til journal og telefoner?",
             [],
             []),
            # turn 15 (P19)
            ("Litt. Nettverket er jo min ting. Og mange av de nye sensorene og dispenserne går på mobilnettet eller wifi. Vi hadde et omsorgsbolig-bygg i Trøgstad hvor ingenting fungerte fordi betongen var så tykk. Vi måtte sette opp ekstra antenner i gangen. Per og jeg sto på en stige i en hel dag. Han har høydeskrekk, så det var jeg som klatret. (ler)",
             [("Trøgstad", "place"), ("Per", "person")],
             ["Han"]),
            # turn 16 (I1)
            ("Hva tenker du om rollen til IT-rådgivere i helse og omsorg?",
             [],
             []),
            # turn 17 (P19)
            ("At vi må være mer ute. IT har lett for å sitte på et kontor og tenke at brukerne er dumme. De er ikke dumme, de er travle. Hvis en løsning krever at en sykepleier bruker fem minutter på å logge inn, så er det løsningen som er dum. Ikke sykepleieren. Det har vært min viktigste lærdom.",
             [],
             []),
            # turn 18 (I1)
            ("Har du noe du vil tilføye til slutt?",
             [],
             []),
            # turn 19 (P19)
            ("Nei, jo – kanskje at det blir veldig mye fokus på ny teknologi, og lite på drift. Det er kjedelig å drifte. Men det er der det går galt. Hvis dere vil snakke med Per også, så kan dere nå ham på per.ostby@io.kommune.no. Han har mange gode historier. Flere enn meg.",
             [("Per", "person"), ("per.ostby@io.kommune.no", "email")],
             []),
            # turn 20 (I1)
            ("Takk, Stian. Det tar vi gjerne imot.",
             [("Stian", "person")],
             []),
        ],
    },
    {
        "id": "P20", "language": "nb", "register": "nb, Nordnorsk dialect",
        "turns": [
            # turn 0 (I1)
            ("Sånn. Da går opptakeren. Fortell gjerne litt om deg sjøl og kor du jobber.",
             [],
             []),
            # turn 1 (P20)
            ("Ja, æ heter Tone, æ e sykepleier i hjemmetjenesten i Senja kommune, distrikt nord. Vi har base i sentrum, i Storgata 12, 9300 Finnsnes, men vi dekker et område som e – ja, det e større enn enkelte fylker sørpå, tror æ. (ler) Vi kjører ut te Gibostad, te Husøy, og rundt. Æ har jobba her i tolv år. Æ e oppvokst i Lenvik, som det het før.",
             [("Tone", "person"), ("Senja", "place"), ("Storgata 12", "address"), ("9300 Finnsnes", "address"), ("Gibostad", "place"), ("Husøy", "place"), ("Lenvik", "place")],
             ["sykepleier"]),
            # turn 2 (I1)
            ("Hvordan påvirker avstandene hverdagen din?",
             [],
             []),
            # turn 3 (P20)
            ("Alt handle om avstand. En vanlig kveldsvakt kan æ kjøre femten mil. Og om vinteren e det mørkt, det e glatt, det e snøfokk. Og så har vi fått elbiler, da. Det va et politisk vedtak, alle tjenestebilan skulle være elektriske. Og det e jo fint for miljøet, men, altså, når det e tjue minus, så går rekkevidden ned med en tredjedel. Minst.",
             [],
             ["elbiler"]),
            # turn 4 (I1)
            ("Har det skapt problemer?",
             [],
             []),
            # turn 5 (P20)
            ("Ja. Natt til 3. desember i fjor – æ husker det godt – så va æ på vei tilbake fra Husøy, og batteriet sto på to prosent ved Gibostad. Æ hadd itj sjans te å komme meg te Finnsnes. Bilen, det va den hvite, EL 47213, den har alltid vært dårligst på batteri, det vet alle. Æ ringte han Jostein, som hadd vakt, og han måtte kjøre ut med en annen bil og hente mæ. Og da hadd vi en pasient som venta på insulin. Han fikk den en time for seint.",
             [("3. desember", "date"), ("Husøy", "place"), ("Gibostad", "place"), ("Finnsnes", "place"), ("EL 47213", "id"), ("Jostein", "person")],
             []),
            # turn 6 (I1)
            ("Hva skjedde etter det?",
             [],
             []),
            # turn 7 (P20)
            ("Det ble skrevet avvik, selvfølgelig. Og ho Hege, lederen vår, ho tok det opp med kommunen. Og no har vi fått lov te å ha én dieselbil på vinteren, for de lengste turan. Ho Hege sa at ho hadd fått beskjed om at det va midlertidig. (ler) Vi får se. Men det e typisk – dæm som bestemmer, dæm sitter på et kontor, dæm har itj kjørt te Husøy i februar.",
             [("Hege", "person"), ("Husøy", "place")],
             ["dæm"]),
            # turn 8 (I1)
            ("Bruker dere noen former for velferdsteknologi for å redusere kjøringen?",
             [],
             []),
            # turn 9 (P20)
            ("Ja, vi har begynt med digitalt tilsyn, altså kamera, hos noen få. Og medisindispensere hos en del. Det e spesielt de som bor lengst unna. Vi har en mann på Husøy, han e først i nittiåra, gammel fisker, han bor aleine ved sjøen. Han har dispenser, og han har kamera som vi ser i på kveldstid. Han va skeptisk – «Dokker ska itj kikke på mæ» – men han sa ja når han skjønte at alternativet va at vi måtte kjøre dit fire ganger om dagen, og at han da kanskje måtte flytte. Han vil aldri flytte fra Husøy.",
             [("Husøy", "place"), ("først i nittiåra", "age")],
             ["sjøen"]),
            # turn 10 (I1)
            ("Hvordan fungerer det med kameraet for ham?",
             [],
             []),
            # turn 11 (P20)
            ("Det fungerer, men nettet e ustabilt. Når det e storm, så faller det ut. Og da må vi kjøre likevel. Og en gang så han bare rett inn i kameraet og sa: «Æ vet at du ser på mæ, Tone. Kom heller på kaffe.» (ler) Det va litt hjerteskjærende. Han e jo einsom. Kameraet tar vekk kjøreturen, men det tar også vekk den halvtimen vi satt og prata.",
             [("Tone", "person")],
             []),
            # turn 12 (I1)
            ("Har dere kolleger fra andre land i distriktet?",
             [],
             []),
            # turn 13 (P20)
            ("Ja, flere. Vi har ho Rowena fra Filippinan, og en mann fra Eritrea, og to fra Litauen. Ho Rowena e fantastisk, ho har vært her i seks år og snakke bedre nordnorsk enn æ. (ler) Ho har lært seg dialekten, ho sir «kæm» og «ka» og alt. Pasientan elske ho.",
             [("Rowena", "person"), ("Filippinan", "place"), ("Eritrea", "place"), ("Litauen", "place")],
             ["kæm"]),
            # turn 14 (I1)
            ("Hvordan er det for dem å kjøre i vinterføre?",
             [],
             []),
            # turn 15 (P20)
            ("Det va tøft i starten. Ho Rowena hadd aldri sett snø før ho kom hit. Første vinteren kjørte ho av veien ved Silsand, heldigvis gikk det bra, ho landa i en snøfonn. Etter det tok ho glattkjøringskurs, og no kjøre ho bedre enn han Jostein. (ler) Ikke si det te han.",
             [("Rowena", "person"), ("Silsand", "place"), ("Jostein", "person")],
             []),
            # turn 16 (I1)
            ("Hvordan ser du på framtida for hjemmetjenesten her?",
             [],
             []),
            # turn 17 (P20)
            ("Æ e bekymra. Det blir flere gamle, og færre unge. Og det e vanskelig å rekruttere sykepleiera te distriktet. Teknologien kan hjelpe litt, men den kan itj erstatte folk som kjører ut. Og viss de sentraliserer basen mer, så blir avstandene enda lengre. Æ tror vi må tenke nytt, kanskje ha folk som bor ute i bygdene og jobber derfra.",
             [],
             []),
            # turn 18 (I1)
            ("Er det noe mer du vil si?",
             [],
             []),
            # turn 19 (P20)
            ("Bare at dokker som forsker, dokker må komme hit og kjøre med oss en vinterkveld. Da skjønner dokker det. Ring mæ på jobbtelefonen, 913 40 622, så ordner vi det. Vi har ekstra ullpledd i bilen.",
             [("913 40 622", "phone")],
             ["ullpledd"]),
            # turn 20 (I1)
            ("Det tar jeg gjerne imot. Tusen takk, Tone.",
             [("Tone", "person")],
             []),
        ],
    },
    {
        "id": "P21", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Thank you for being here, Helen. Let's start with you — could you tell me a little about yourself and your work?",
             [("Helen", "person")],
             []),
            # turn 1 (P21)
            ("Okay. My name is Helen, Helen Tesfamariam. I'm from Eritrea, from Asmara. I came to Norway ten years ago, first to a reception centre in Hedmark, and then I got settled in Fredrikstad. I did the health worker education here, and now I work as helsefagarbeider at Kråkerøy sykehjem, on the unit for dementia. I have been there for five years. I like it very much.",
             [("Helen", "person"), ("Helen Tesfamariam", "person"), ("Eritrea", "place"), ("Asmara", "place"), ("Norway", "place"), ("Hedmark", "place"), ("Fredrikstad", "place"), ("Kråkerøy sykehjem", "org")],
             ["helsefagarbeider"]),
            # turn 2 (I1)
            ("How did you come to work in elderly care?",
             [],
             []),
            # turn 3 (P21)
            ("In Eritrea, the old people live with the family. My grandmother lived with us until she died. So for me, taking care of old people is normal, it's what you do. When I came here, I was shocked a little, that the old people live alone or in an institution. But now I understand, it's a different system. And I think I can give the residents a little bit of what my grandmother got. Respect, time.",
             [("Eritrea", "place")],
             ["live"]),
            # turn 4 (I1)
            ("What kind of technology do you use on your unit?",
             [],
             []),
            # turn 5 (P21)
            ("We have the electronic journal on the computer and on the phone. And we have sensors in the rooms for the night. And we have two tablets that we use for activities with the residents. Music, pictures, videos. That's the part I like the most. My colleague Liv started it. Liv is an activity worker, she is older, almost retired, and she said, \"I'm not good with the computer, but I know what the old people like.\" And I said, \"I'm good with the tablet, so together we are one good person.\" (laughs)",
             [("Liv", "person")],
             ["activity worker"]),
            # turn 6 (I1)
            ("Can you give me an example of how you use the tablets?",
             [],
             []),
            # turn 7 (P21)
            ("There was a man, he was a sailor all his life, from Gamlebyen, the old town. He had Alzheimer's and he didn't speak much anymore. He was very restless in the evenings, walking, walking. Liv found out that he sailed with the big ships from Fredrikstad in the fifties. So we searched on YouTube and found old films of ships, and pictures of the harbour. And when we showed him on the tablet, he started to talk! He pointed and said the names of the ships. He said, \"That one, I was on her for three years.\" His son came that evening and he cried when he saw his father talking.",
             [("Gamlebyen", "place"), ("Liv", "person"), ("Fredrikstad", "place")],
             ["Alzheimer", "YouTube"]),
            # turn 8 (I1)
            ("That's a powerful story.",
             [],
             []),
            # turn 9 (P21)
            ("Yes. After that we made a folder on the tablet for each resident, with their own pictures and music. The families helped. Ragnhild's daughter sent us the wedding pictures, and Ragnhild looked at them every day. She was ninety-seven, the oldest on the unit. She always said, \"Who is that handsome man?\" and it was her husband. (laughs) But she was happy.",
             [("Ragnhild", "person"), ("ninety-seven", "age")],
             []),
            # turn 10 (I1)
            ("Were there any concerns about using the tablets this way?",
             [],
             []),
            # turn 11 (P21)
            ("Yes, some. One thing was the privacy, the pictures of the families on a shared tablet. So we have passwords now, and the folders are only on the tablet, not on the internet. The other thing was that some staff said, \"We are not entertainers, we are carers.\" But I think the activity is care. When a person is calm and happy, you need less medicine. That's also care.",
             [],
             []),
            # turn 12 (I1)
            ("How has it been for you, working in Norwegian in the digital systems?",
             [],
             []),
            # turn 13 (P21)
            ("Writing is the hardest. When I started, I wrote short, because I was afraid to write wrong. My leader, Kenneth, he said to me, \"Helen, you observe very well, but I can't see it in the journal.\" So I practised. Now I write better. I also help the new colleagues, there are some who came from Sudan and Ethiopia, and I explain them the words. We have a small group, we meet on Friday after the shift, twenty minutes, just the language of the journal.",
             [("Kenneth", "person"), ("Helen", "person"), ("Sudan", "place"), ("Ethiopia", "place")],
             ["Friday"]),
            # turn 14 (I1)
            ("Do you see differences between colleagues in how they use the technology?",
             [],
             []),
            # turn 15 (P21)
            ("The young Norwegians are fast on the phone, but sometimes they forget to look at the resident. (laughs) The older ones are careful, sometimes too careful. And the people from other countries, we are different. Some are very good, some have never used a computer before they came. It is not about where you come from, it's about what you have done before.",
             [],
             []),
            # turn 16 (I1)
            ("Has anything gone wrong with the technology on your unit?",
             [],
             []),
            # turn 17 (P21)
            ("One time the night sensors stopped working, on the 6th of December. Nobody knew. In the morning we saw that one lady had been sitting on the floor next to her bed, maybe for some hours. She was cold, but not hurt. It was a software update, they said. After that, the night staff have to test the sensors at ten o'clock every evening. It takes five minutes. We have a list on the wall.",
             [("the 6th of December", "date")],
             []),
            # turn 18 (I1)
            ("What do you hope for in the future?",
             [],
             []),
            # turn 19 (P21)
            ("I hope they don't take away the people. Technology is good, I like it. But the old people need hands and voices. And I hope more people from my country can get education and work in the health sector, there are many who want to. I've told my cousin in Oslo she should do it, and now she is starting the course in August.",
             [("Oslo", "place")],
             ["I've"]),
            # turn 20 (I1)
            ("Thank you very much, Helen.",
             [("Helen", "person")],
             []),
            # turn 21 (P21)
            ("Thank you. If you want, you can call me and come to see the tablets, 466 28 391. I'd be happy to show you.",
             [("466 28 391", "phone")],
             ["I'd"]),
        ],
    },
    {
        "id": "P22", "language": "nb", "register": "speech-to-text, nb",
        "turns": [
            # turn 0 (I1)
            ("sånn nå tar den opp kan du si litt om deg selv og jobben",
             [],
             []),
            # turn 1 (P22)
            ("ja jeg heter ingunn jeg er sykepleier i hjemmesykepleien i kristiansand i sone vågsbygd og så har jeg en sånn ekstra rolle som koordinator for utskrivninger altså når pasienter kommer hjem fra sykehuset så er det jeg som tar imot meldingene og sørger for at vi er klare",
             [("ingunn", "person"), ("kristiansand", "place"), ("vågsbygd", "place")],
             ["sykepleier"]),
            # turn 2 (I1)
            ("hvordan foregår det i praksis",
             [],
             []),
            # turn 3 (P22)
            ("det går gjennom e-meldinger altså pleie og omsorgsmeldinger fra sørlandet sykehus de sender innleggelsesrapport og så sender de melding når pasienten er utskrivningsklar og så skal vi svare om vi kan ta imot og så kommer epikrisen og legemiddellista og alt det går inn i gerica hos oss og så sitter jeg og følger med på innboksen",
             [("sørlandet sykehus", "org")],
             ["gerica"]),
            # turn 4 (I1)
            ("hva fungerer bra og hva fungerer dårlig",
             [],
             []),
            # turn 5 (P22)
            ("det som fungerer bra er at det er mye raskere enn før før var det fax haha og telefon hele tiden det som fungerer dårlig er fredager fredag ettermiddag er sykehuset veldig ivrige på å skrive ut folk og da kommer meldingene klokka tre og vi har ikke folk til å ta imot og så står det en ambulanse utenfor døra og ingen har hentet medisiner",
             [],
             ["fax"]),
            # turn 6 (I1)
            ("har du et konkret eksempel",
             [],
             []),
            # turn 7 (P22)
            ("ja det var fjortende juni en fredag selvfølgelig en dame fra lund åttiseks år hun hadde hatt hjerteinfarkt og skulle hjem med ny medisinliste helt ny med blodfortynnende og alt og meldingen om at hun var utskrevet kom klokka tjue over fire og hun var allerede hjemme da per kom innom på kveldsrunden han ble helt paff hun satt i stolen med en pose medisiner og visste ikke hva hun skulle ta",
             [("fjortende juni", "date"), ("lund", "place"), ("åttiseks år", "age"), ("per", "person")],
             ["fredag"]),
            # turn 8 (I1)
            ("hva gjorde per da",
             [("per", "person")],
             []),
            # turn 9 (P22)
            ("han ringte meg men jeg hadde gått for dagen så han ringte sykepleieren på vakt tove jensen og hun ringte sykehuset og fikk snakket med en lege der og fikk gått gjennom lista på telefonen og så fikk damen riktig medisin den kvelden men det var flaks altså det kunne gått galt",
             [("tove jensen", "person")],
             []),
            # turn 10 (I1)
            ("ble det skrevet avvik",
             [],
             []),
            # turn 11 (P22)
            ("ja det ble skrevet avvik både hos oss og så sendte vi avvik til sykehuset det har saksnummer 23/04112 hvis noen skulle lure haha og så hadde vi et møte med sykehuset etterpå et samhandlingsmøte og de sa at de skulle prøve å unngå utskrivning etter klokka to på fredager men det er ikke alltid de får det til det er fullt der også",
             [("23/04112", "id")],
             ["avvik"]),
            # turn 12 (I1)
            ("hvordan er samarbeidet med sykehuset ellers",
             [],
             []),
            # turn 13 (P22)
            ("det er bra med noen avdelinger og dårlig med andre det kommer mye an på personer det er en sykepleier på medisinsk marianne eikeland som alltid ringer meg før hun sender melding og sier nå kommer fru sånn og sånn hun trenger det og det og det er gull da vet jeg hva som kommer men det er ikke systemet det er bare hun som er flink",
             [("marianne eikeland", "person")],
             []),
            # turn 14 (I1)
            ("hvor mange utskrivninger har dere i uka",
             [],
             []),
            # turn 15 (P22)
            ("i vår sone er det vel en åtte ti i uka i snitt noen ganger mer i ferier mye mer da er det jo mange vikarer både hos oss og på sykehuset og da blir det flere feil det er i hvert fall min erfaring og i fjor sommer hadde vi tre avvik på en uke",
             [],
             ["i fjor sommer"]),
            # turn 16 (I1)
            ("bruker dere noe annen teknologi i forbindelse med utskrivning",
             [],
             []),
            # turn 17 (P22)
            ("vi har begynt med en sånn digital oppfølging for noen med hjertesvikt de får et nettbrett og en vekt og så måler de seg hver dag og det kommer inn til en sentral i kristiansand som følger med og det er faktisk veldig bra for de som kommer hjem etter hjertesvikt for da ser vi med en gang om vekta går opp og vi slipper at de blir lagt inn igjen etter en uke og prisen per dag er visst lavere enn en innleggelse sier de",
             [("kristiansand", "place")],
             ["per dag"]),
            # turn 18 (I1)
            ("hvem følger med på den sentralen",
             [],
             []),
            # turn 19 (P22)
            ("det er to sykepleiere i en egen enhet nina og dawit dawit er fra etiopia opprinnelig og han har jobbet på sykehus i addis abeba så han er veldig flink på hjerte han ser ting på tallene som jeg ikke ser de kan nås på 38 07 52 60 på dagtid",
             [("nina", "person"), ("dawit", "person"), ("etiopia", "place"), ("addis abeba", "place"), ("38 07 52 60", "phone")],
             []),
            # turn 20 (I1)
            ("hvis du skulle endre en ting i utskrivningsprosessen hva ville det vært",
             [],
             []),
            # turn 21 (P22)
            ("at ingen skal skrives ut uten at medisinene er klare det er det viktigste og at meldingene kommer minst et par timer før pasienten og at vi kan si nei uten at det blir sånn drama for det føles ofte som vi må ta imot uansett og det er ikke trygt for pasienten",
             [],
             []),
            # turn 22 (I1)
            ("er det noe mer du vil si før vi avslutter",
             [],
             []),
            # turn 23 (P22)
            ("nei bare at koordinatorrollen min er på femti prosent og jeg bruker mye mer enn det så hvis noen fra kommunen leser dette så trenger vi en hel stilling haha",
             [],
             ["koordinatorrollen"]),
            # turn 24 (I1)
            ("tusen takk ingunn",
             [("ingunn", "person")],
             []),
        ],
    },
    {
        "id": "P23", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Okay, we're live. Could you start by telling me about yourself and what you do?",
             [],
             []),
            # turn 1 (P23)
            ("Yes. I'm Jørgen, I'm thirty-four, I'm a nurse, and I work in a serviced housing unit in Stange — omsorgsbolig, you know, where the residents have their own flats but there's staff around the clock. Thirty-two flats. And I'm the tech champion, which means I'm the one everybody calls when the phone beeps wrong. (laughs) I've been there for six years. Before that I was at Sykehuset Innlandet in Hamar, on the orthopaedic ward.",
             [("Jørgen", "person"), ("thirty-four", "age"), ("Stange", "place"), ("Sykehuset Innlandet", "org"), ("Hamar", "place")],
             []),
            # turn 2 (I1)
            ("What's the main technology you've been working with?",
             [],
             []),
            # turn 3 (P23)
            ("The nurse call system. Pasientvarsling. All the flats have a call button, and sensors on the door and some on the bed, and when someone presses or a sensor triggers, it goes to our work phones. Before, it went to a big screen in the corridor and a loud beep, which was terrible for the residents. The new system was installed last spring. The supplier is Varsla Nordic AS, they are in Gjøvik.",
             [("Varsla Nordic AS", "org"), ("Gjøvik", "place")],
             ["Pasientvarsling"]),
            # turn 4 (I1)
            ("How did the launch go?",
             [],
             []),
            # turn 5 (P23)
            ("(laughs) Do you want the honest version? The first week was a disaster. The phones were set up with profiles, so the calls should go to the people on shift. But somebody had set it up so that the calls went to the phones registered to the staff, not the phones at work. So on the first evening, my colleague Line — she was off, she was at home in Ottestad eating pizza with her kids — she got twenty-seven alarms on her private phone in one hour. She called me and said, \"Jørgen, why is flat fourteen calling me?\"",
             [("Line", "person"), ("Ottestad", "place"), ("Jørgen", "person")],
             []),
            # turn 6 (I1)
            ("How was it fixed?",
             [],
             []),
            # turn 7 (P23)
            ("I called the supplier's emergency number, +47 61 14 77 00, and a guy called Dragan answered. He's from Serbia, but he's been in Norway for twenty years, very calm guy. He logged in remotely and fixed the profiles while I was on the phone. It took two hours. The system was back on line around eleven. Everything working normally, I mean. But Line didn't trust it for weeks. She kept her private phone in the kitchen drawer. (laughs)",
             [("+47 61 14 77 00", "phone"), ("Dragan", "person"), ("Serbia", "place"), ("Norway", "place"), ("Line", "person")],
             ["on line"]),
            # turn 8 (I1)
            ("Were residents affected?",
             [],
             []),
            # turn 9 (P23)
            ("Luckily, no one was hurt. During those hours the calls also went to the phones at work, so the staff on shift got them too. It was more that the information went to people who shouldn't have it. That's a data protection problem. We had to report it as a breach. Our leader, Nina Solheim, wrote the report. She was not happy, but she said, \"This is what the reporting is for.\"",
             [("Nina Solheim", "person")],
             []),
            # turn 10 (I1)
            ("How do staff feel about having the alarms on the phone now?",
             [],
             []),
            # turn 11 (P23)
            ("Mixed. It's good that you can see who is calling and what type of alarm it is. A door alarm from flat nine at three in the morning is very different from a fall alarm. So you can prioritise. But it also means you are never free. Even when you sit down with a cup of coffee, the phone is there. Some of the older staff, like Tor-Arne, he says it feels like having a dog on a leash, only you're the dog. (laughs) I think that's a bit dramatic, but I understand.",
             [("Tor-Arne", "person")],
             []),
            # turn 12 (I1)
            ("Can you tell me about a resident where the system made a difference?",
             [],
             []),
            # turn 13 (P23)
            ("Yes. There's a resident, a woman, in her early seventies, she has MS and uses a wheelchair. Very smart, she was a teacher. Before, she had to press the button and wait, and she didn't know if anyone heard. Now, with the new system, she gets a message on her own tablet: \"Call received, staff on the way.\" It sounds small, but she said that changed a lot for her. She said, \"Now I know I'm not shouting into the void.\"",
             [("early seventies", "age")],
             []),
            # turn 14 (I1)
            ("How do you work as a tech champion in practice?",
             [],
             []),
            # turn 15 (P23)
            ("I have four hours per week that are supposed to be for this. In reality it's more, and it's spread out. I do short training sessions, like fifteen minutes after the morning report. And I made a small video on how to handle the phone, it's on our internal site. And every Wednesday I have a \"tech café\" in the break room — which mostly means people come with their private phones and ask me how to get Teams to work. (laughs)",
             [],
             ["per week", "Wednesday", "Teams"]),
            # turn 16 (I1)
            ("Do you feel the role is recognised?",
             [],
             []),
            # turn 17 (P23)
            ("Partly. My leader recognises it. But it's not in my salary, and it's not in the staffing plan. When someone is sick, the tech hours are the first to go. I said that in a meeting with the municipality, and a woman from the central administration said, \"But you enjoy it, don't you?\" Yes, I enjoy it. That's not the point.",
             [],
             []),
            # turn 18 (I1)
            ("What about collaboration with other tech champions in the region?",
             [],
             []),
            # turn 19 (P23)
            ("We have a network for Hamar, Stange, Løten and Ringsaker. We meet every second month. It's good to hear that the others have the same problems. There's a woman from Brumunddal, Astrid Kvale, she's been doing this for ten years, she's like the godmother of all of us. If I have a question, I send her an e-mail — astrid.kvale@ringsaker.kommune.no — and she answers in ten minutes. Even on Sundays.",
             [("Hamar", "place"), ("Stange", "place"), ("Løten", "place"), ("Ringsaker", "place"), ("Brumunddal", "place"), ("Astrid Kvale", "person"), ("astrid.kvale@ringsaker.kommune.no", "email")],
             []),
            # turn 20 (I1)
            ("Is there anything you'd like to add?",
             [],
             []),
            # turn 21 (P23)
            ("Only that if you write about tech champions, please write that it's a real job. I'd like to see it as a real position, with real hours. And maybe a bonus for anyone who has to answer twenty-seven alarms while eating pizza. (laughs) Line deserves that.",
             [("Line", "person")],
             ["I'd"]),
            # turn 22 (I1)
            ("I'll note that. Thank you, Jørgen.",
             [("Jørgen", "person")],
             ["I'll"]),
        ],
    },
    {
        "id": "P24", "language": "nb", "register": "nb, Trøndersk dialect",
        "turns": [
            # turn 0 (I1)
            ("Da har vi starta. Kan du si litt om deg sjøl og enheten du leder?",
             [],
             []),
            # turn 1 (P24)
            ("Ja. Æ heter Gunnhild, æ e enhetsleder for hjemmetjenesten i Orkland, sone øst, det vil si Orkanger og Fannrem og oppover mot Meldal. Vi e rundt sekstifem årsverk, og vi har godt og vel tre hundre brukera. Æ har vært leder i fem år, før det va æ sykepleier i samme sone, så æ kjenne både brukeran og folket.",
             [("Gunnhild", "person"), ("Orkland", "place"), ("Orkanger", "place"), ("Fannrem", "place"), ("Meldal", "place")],
             ["enhetsleder"]),
            # turn 2 (I1)
            ("Dere har startet med det dere kaller digitale hjemmebesøk. Hva er det?",
             [],
             []),
            # turn 3 (P24)
            ("Ja. Det e at noen av besøkan, de som handle om påminnelse – spise, drikke, ta medisin, gå en tur – de gjør vi på skjerm i stedet for å kjøre ut. Brukeren har en skjerm på kjøkkenbenken, og vi ringe opp på avtalt tid. Vi starta 2. januar i fjor, med tolv brukera. No har vi femti.",
             [("2. januar", "date")],
             []),
            # turn 4 (I1)
            ("Hvordan tok de ansatte imot det?",
             [],
             []),
            # turn 5 (P24)
            ("Det va motstand. Det skal æ innrømme. Det va særlig ei gruppe, de som har jobba lengst, de mente at dette va sparetiltak i forkledning. Og – ja, altså, det va en del av begrunnelsen. Vi har itj folk nok. Men æ prøvde å være ærlig på det. Æ sa: vi gjør dette for at vi skal ha tid te de tunge brukeran. Tillitsvalgt, han Bjørnar – vi kaller han Bønna – han sa at han ville se det før han trudde det. (ler) Og det va greit.",
             [("Bjørnar", "person"), ("Bønna", "person")],
             ["Tillitsvalgt"]),
            # turn 6 (I1)
            ("Hvordan ble brukerne valgt ut?",
             [],
             []),
            # turn 7 (P24)
            ("Sammen med primærkontaktan. Det e dem som kjenne brukeran best. Og vi spurte alle om samtykke. Noen sa nei med en gang. Og så va det noen pårørende som va veldig imot, Aune-familien, for eksempel, dem sendte et langt brev te kommunedirektøren om at mor dæmmers skulle få «ekte folk». Og det fikk ho. Vi tvinger ingen.",
             [("Aune", "person")],
             ["ingen"]),
            # turn 8 (I1)
            ("Kan du fortelle om noen der det har fungert godt?",
             [],
             []),
            # turn 9 (P24)
            ("Ja. En mann på Fannrem, han e sytti-åtte, han har lett demens og diabetes. Han hadd fire besøk om dagen, og flere av dem va bare for å minne han på å spise. No har han to fysiske besøk og to på skjerm. Og han e faktisk mer fornøyd, han sa at han slapp å rydde te vi kom. (ler) Og på skjermen va det oftest ho Ayaan som ringte, ho e fra Somalia opprinnelig, og de har en egen kjemi, de to. Ho spør om fotballen, han forteller om da han jobba i gruva på Løkken Verk.",
             [("Fannrem", "place"), ("sytti-åtte", "age"), ("Ayaan", "person"), ("Somalia", "place"), ("Løkken Verk", "place")],
             ["demens"]),
            # turn 10 (I1)
            ("Har det vært noen vanskelige situasjoner?",
             [],
             []),
            # turn 11 (P24)
            ("Én som æ tenke mye på. Det va en dame, i slutten av åttiåra, som svarte på skjermen hver morra i et halvt år. Og så en morra svarte ho itj. Den som ringte, det va han Pelle, han e svensk, han ringte tre ganger og så sendte han en bil. Ho hadd fått hjerneslag i løpet av natta. Ho overlevde, men det va nære på. Og da begynte vi å diskutere: kunne en fysisk kveldsrunde oppdaga det tidligere? Vi vet itj. Men det gjorde noe med oss.",
             [("slutten av åttiåra", "age"), ("Pelle", "person")],
             []),
            # turn 12 (I1)
            ("Hvordan har dere dokumentert de digitale besøkene?",
             [],
             []),
            # turn 13 (P24)
            ("Det går inn i journalen som vanlige besøk, men med en kode for skjermbesøk. Det va viktig for oss at det itj ble en annen type besøk, liksom av lavere verdi. Og så har vi en egen rutine for hva som skjer viss brukeren itj svarer. Den rutina ble skrevet etter den damen, og ho har journalnummer 4471-22 i avviket, viss du vil finne det igjen. Nei, det skal du vel itj. (ler) Sorry.",
             [("4471-22", "id")],
             []),
            # turn 14 (I1)
            ("Hva sier økonomien om dette?",
             [],
             []),
            # turn 15 (P24)
            ("Det spare kjøretid, særlig ute i distriktet. Men skjermene koste, abonnementet koste, og det tar tid å ringe også. Så det e itj den store gevinsten i kroner. Gevinsten e at vi har fått bedre tid te de som trenge oss fysisk. Og så har vi spart en del kilometer. Æ har regna på det, vi kjører omtrent tre hundre kilometer mindre per uke i sone øst.",
             [],
             ["per uke"]),
            # turn 16 (I1)
            ("Hvordan samarbeider dere med andre kommuner om dette?",
             [],
             []),
            # turn 17 (P24)
            ("Vi har et nettverk i Trøndelag, og vi har lært mye av Trondheim og av Melhus. Ho som leder prosjektet hos oss, Siri Hoff, ho har vært på flere samlinger. Æ har sagt te ho at ho må skrive en artikkel. Ho har en master, så ho kan. Ho e den som e flinkest med tall av oss.",
             [("Trøndelag", "place"), ("Trondheim", "place"), ("Melhus", "place"), ("Siri Hoff", "person")],
             []),
            # turn 18 (I1)
            ("Hva tenker du om framtida?",
             [],
             []),
            # turn 19 (P24)
            ("At vi kommer te å bruke mer skjerm, men at det må være fleksibelt. Det e itj sånn at en bruker e «skjermbruker» for alltid. Folk bli dårligere, og da må de ha mer fysisk. Og så håpe æ at vi klarer å holde på folka våre. Det e det viktigste. Teknologien kan vi kjøpe. Sykepleiera kan vi itj kjøpe.",
             [],
             ["itj"]),
            # turn 20 (I1)
            ("Takk, Gunnhild. Er det noe du vil legge til?",
             [("Gunnhild", "person")],
             []),
            # turn 21 (P24)
            ("Nei, bare at viss du vil snakke med Bønna, så kan du ringe han på 997 31 208. Han e itj så skeptisk lenger. Han e faktisk blitt en av dem som ringer mest på skjerm. (ler) Si itj at æ sa det.",
             [("Bønna", "person"), ("997 31 208", "phone")],
             []),
        ],
    },
    {
        "id": "P25", "language": "nb", "register": "nb, standard",
        "turns": [
            # turn 0 (I1)
            ("Tusen takk for at jeg fikk komme hjem til deg. Kan du begynne med å fortelle litt om dere?",
             [],
             []),
            # turn 1 (P25)
            ("Ja, værsågod, ta en kake. Jeg heter Randi, og mannen min heter Frank. Vi har vært gift i femtiseks år. Vi bor her i Heggedal, i Asker, i huset vi bygde sjøl på syttitallet. Frank fikk Parkinson for, ja, det er tolv år siden nå. Han er 84. Jeg er 81. Og i det siste har det blitt mye tyngre. Han sitter i stua nå og hører på radio, han ville ikke være med. Han synes det er nok snakk om sykdommen.",
             [("Randi", "person"), ("Frank", "person"), ("Heggedal", "place"), ("Asker", "place"), ("84", "age"), ("81", "age")],
             ["Parkinson"]),
            # turn 2 (I1)
            ("Hvordan er hverdagen for dere nå?",
             [],
             []),
            # turn 3 (P25)
            ("Den dreier seg om medisinene. Altså, med Parkinson er det så viktig at medisinene tas til riktig tid. Hvis han får dem en halvtime for sent, så stivner han. Han kan ikke reise seg fra stolen, han kan ikke svelge skikkelig. Så jeg har levd etter klokka i mange år. Alarm på telefonen fem ganger om dagen. Og om natta. Jeg har ikke sovet en hel natt på… jeg vet ikke.",
             [],
             ["Parkinson"]),
            # turn 4 (I1)
            ("Får dere hjelp fra kommunen?",
             [],
             []),
            # turn 5 (P25)
            ("Ja, hjemmesykepleien kommer morgen og kveld, og de hjelper ham med dusj to ganger i uka. Og så fikk vi en medisindispenser i høst. Det var sykepleieren, Cecilie, som foreslo det. Hun sa: «Randi, du kan ikke være hans medisinklokke resten av livet.» Og det hadde hun jo rett i. Den ble installert 3. mai, nei, det var i høst, hva sier jeg – 2. oktober. Jeg blander datoer nå. (ler)",
             [("Cecilie", "person"), ("Randi", "person"), ("3. mai", "date"), ("2. oktober", "date")],
             ["livet"]),
            # turn 6 (I1)
            ("Hvordan har det vært med dispenseren?",
             [],
             []),
            # turn 7 (P25)
            ("Det har vært en lettelse. Den piper, og så tar han koppen med tablettene. Han klarer det selv, med litt hjelp til å åpne lokket noen ganger. Men det som er litt skummelt, det er at han er så treg om morgenen, før medisinen virker. Så da har vi den første dosen klokka seks, og da må jeg likevel opp og hjelpe ham. Så natta har ikke blitt så mye bedre. Men dagen har blitt bedre. Jeg kan gå på butikken uten å stresse.",
             [],
             []),
            # turn 8 (I1)
            ("Har dere brukt noe annen teknologi?",
             [],
             []),
            # turn 9 (P25)
            ("Ja, vi hadde videotime med nevrologen på Bærum sykehus i vinter. Det var min datter som ordnet det, Kristin, hun bor i Oslo. Hun satt med oss her ved kjøkkenbordet med nettbrettet. Og det var jo mye enklere enn å kjøre til Sandvika. Før tok det en hel dag, å få ham i bilen, parkere, vente. Nå tok det en halvtime. Men legen kunne jo ikke kjenne på musklene hans gjennom skjermen, så vi må inn fysisk annenhver gang.",
             [("Bærum sykehus", "org"), ("Kristin", "person"), ("Oslo", "place"), ("Sandvika", "place")],
             []),
            # turn 10 (I1)
            ("Du nevnte bilen. Kjører dere fortsatt?",
             [],
             []),
            # turn 11 (P25)
            ("Nei. Det var en vond sak. Frank måtte levere førerkortet for tre år siden. Fastlegen sa at han ikke kunne kjøre lenger, med reaksjonstida og alt. Og bilen, det var en blå Volvo, DN 44120, den hadde han vært så stolt av. Vi solgte den til naboens sønn. Og hver gang Frank ser den kjøre forbi, så blir han stille. Jeg har ikke sertifikat selv, så nå er det drosje og buss. Og Kristin.",
             [("Frank", "person"), ("DN 44120", "id"), ("Kristin", "person")],
             ["Fastlegen"]),
            # turn 12 (I1)
            ("Hvordan er det å være pårørende i den situasjonen?",
             [],
             []),
            # turn 13 (P25)
            ("Ensomt. Det er det ordet jeg vil bruke. Vennene våre har blitt færre. Noen er døde, noen har flyttet, noen orker ikke. Og det er ingen som spør meg hvordan jeg har det. Alle spør om Frank. Det er jo naturlig. Men jeg er også her. Og jeg er også gammel. Jeg gikk på et pårørendekurs på Asker frivilligsentral i fjor, og det var fint, for der var det andre som hadde det akkurat som meg. En dame der, Bodil, hun har jeg fortsatt kontakt med. Vi ringer hverandre på søndager.",
             [("Frank", "person"), ("Asker frivilligsentral", "org"), ("Bodil", "person")],
             ["søndager"]),
            # turn 14 (I1)
            ("Har du fått informasjon om rettigheter og tilbud?",
             [],
             []),
            # turn 15 (P25)
            ("Litt. Vi har fått brosjyrer. Men det er så mye, og det står så mye rart. Jeg har ringt servicetorget mange ganger. Nummeret har jeg på kjøleskapet, 66 68 90 00. Og en gang fikk jeg en veldig hyggelig dame som forklarte meg om avlastning. Men så, når jeg ringte igjen, fikk jeg en annen som sa noe helt annet. Så jeg vet ikke helt hva vi har krav på.",
             [("66 68 90 00", "phone")],
             ["servicetorget"]),
            # turn 16 (I1)
            ("Hva tenker du om framtiden?",
             [],
             []),
            # turn 17 (P25)
            ("Jeg prøver å ikke tenke for langt. En dag om gangen, sier de. Men jeg vet at det kommer en dag da han må på sykehjem. Og da vet jeg ikke hva jeg gjør. Vi har aldri vært fra hverandre. Han ble født på Hvalstad, i 1939, og han har bodd i Asker hele livet, bortsett fra militæret i Nord-Norge. Han sier at han skal bli båret ut herfra. Og jeg vil at det skal bli sånn, hvis det går.",
             [("Hvalstad", "place"), ("1939", "date"), ("Asker", "place"), ("Nord-Norge", "place")],
             []),
            # turn 18 (I1)
            ("Er det noe du ønsker deg fra dem som lager tjenestene?",
             [],
             []),
            # turn 19 (P25)
            ("At de ser oss begge to. Og at det er de samme folkene som kommer. Vi har hatt så mange forskjellige i hjemmesykepleien. Noen ganger vet de ikke engang at han har Parkinson, de spør om han kan reise seg, og så står han der i ti minutter og prøver. Cecilie vet. Cecilie ser det på ham med en gang.",
             [("Cecilie", "person")],
             []),
            # turn 20 (I1)
            ("Tusen takk, Randi. Hils Frank.",
             [("Randi", "person"), ("Frank", "person")],
             []),
            # turn 21 (P25)
            ("Det skal jeg gjøre. Han kommer til å si at han ikke ville snakke med deg, men han kommer til å spørre hva vi snakket om. (ler)",
             [],
             []),
        ],
    },
    {
        "id": "P26", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Thanks for meeting me here at the office. Could you tell me what you do?",
             [],
             []),
            # turn 1 (P26)
            ("Yes. I work at the allocation office — tildelingskontoret — in Tønsberg municipality. I'm a health secretary by education, but here I'm what they call a case officer. I receive applications for home care, safety alarms, practical help, places in nursing homes, and I prepare the cases for the decision. The nurses and the OT do the assessments, and I do the paperwork, the phone calls, the letters. A lot of phone calls.",
             [("Tønsberg", "place")],
             ["tildelingskontoret", "health secretary"]),
            # turn 2 (I1)
            ("How does welfare technology come into your work?",
             [],
             []),
            # turn 3 (P26)
            ("More and more. Every safety alarm is a decision. Every GPS is a decision. Every dispenser. And the families often call us first, before they talk to home care. They read about it in the newspaper, or they see an advert, and they call and say, \"My father needs a GPS.\" And frankly, sometimes he does and sometimes he doesn't. Often it's the son or daughter who needs it, for their own peace of mind. (laughs)",
             [],
             ["frankly"]),
            # turn 4 (I1)
            ("Can you give an example of such a case?",
             [],
             []),
            # turn 5 (P26)
            ("Yes, there was a case last year. A man on Nøtterøy, he was 91, living with his wife. The son called me almost every day for two weeks. He wanted a GPS, cameras, door sensors, everything. The man himself — when the OT, Hilde Vang, went to visit — he said he didn't want any of it. He was not confused, he was just old and a bit slow. So the decision was only a safety alarm. The son was furious. He complained, it went to the County Governor, Statsforvalteren i Vestfold og Telemark, and they agreed with us. It took five months. The case number is still in my head, 2023/11873.",
             [("Nøtterøy", "place"), ("91", "age"), ("Hilde Vang", "person"), ("Statsforvalteren i Vestfold og Telemark", "org"), ("2023/11873", "id")],
             []),
            # turn 6 (I1)
            ("How do you handle relatives who are angry?",
             [],
             []),
            # turn 7 (P26)
            ("I listen. Most of the time people are angry because they are afraid. So I try to let them talk. And then I explain the rules, that it's the person who receives the service who decides, if he is able to. And I always say, \"I understand.\" Because I do. My own mother had dementia. I know how it feels. I had a colleague, Jens, who used to say, \"Let them empty the bucket first.\" Jens' method. Then they listen. He retired last year, I miss him.",
             [("Jens", "person")],
             []),
            # turn 8 (I1)
            ("How are decisions about technology documented?",
             [],
             []),
            # turn 9 (P26)
            ("Everything goes into Gerica, which is our journal system, and the decision letter goes to the person by mail or digitally, through Helsenorge or the digital mailbox. The old people often don't open the digital mail. So we send paper too, to be sure. We had a lady in Tjøme, eighty-something, she had a decision for a safety alarm in her digital mailbox for three weeks and she didn't know. Her daughter found it. Since then, we always send paper to everyone over seventy-five, even if they have a digital mailbox.",
             [("Tjøme", "place"), ("eighty-something", "age")],
             ["Gerica", "Helsenorge", "seventy-five"]),
            # turn 10 (I1)
            ("What are the main challenges in your role?",
             [],
             []),
            # turn 11 (P26)
            ("Time. We have too many cases. Each of us has maybe forty open cases. And the phone. Our number, 33 34 85 00, is open from nine to two, and in that time it rings nonstop. And then after two, we write. And then there is all the coordination with the hospital. When someone is ready to go home from Sykehuset i Vestfold, we have to decide very fast what help they get. Sometimes in one hour. On a Friday afternoon, it's like a war.",
             [("33 34 85 00", "phone"), ("Sykehuset i Vestfold", "org")],
             []),
            # turn 12 (I1)
            ("Do you have any contact with the patients yourself?",
             [],
             []),
            # turn 13 (P26)
            ("Mostly by phone, and sometimes they come to the office. There was a man who came every Monday for months, just to ask about his application. He lived alone in Re, he took the bus. Mr. Hansen. Hansen said the bus was his only trip out of the house. So I think it was more about having someone to talk to. We gave him coffee. And when he finally got his decision, he was almost sad. (laughs)",
             [("Re", "place"), ("Hansen", "person")],
             ["Monday"]),
            # turn 14 (I1)
            ("Have you seen changes in how people apply for services?",
             [],
             []),
            # turn 15 (P26)
            ("Yes, more people apply online now, through the municipal web page. That's good for the young relatives. But many of the elderly, they still call. Or they write letters. Real letters! I had a letter last month from a woman born in 1929, beautiful handwriting, three pages, about why she needed help with cleaning. I wanted to frame it.",
             [("1929", "date")],
             []),
            # turn 16 (I1)
            ("How do you collaborate with the other services?",
             [],
             []),
            # turn 17 (P26)
            ("We have a weekly meeting with home care, the OT, the nursing homes — on Teams, since the pandemic. It's efficient, but I miss the coffee. (laughs) And I have a direct line to the home care leaders. Siri Holt in the eastern zone, she answers any time. We send each other messages all day. If there's something urgent, I write to siri.holt@tonsberg.kommune.no and call at the same time.",
             [("Siri Holt", "person"), ("siri.holt@tonsberg.kommune.no", "email")],
             ["Teams"]),
            # turn 18 (I1)
            ("Is there something you think is missing in the way welfare technology is allocated?",
             [],
             []),
            # turn 19 (P26)
            ("Follow-up. We make a decision, the alarm is installed, and then nobody checks if it's working for the person. The decision is for, like, indefinite time. Some people have had an alarm for ten years without anybody asking if they still need it, or if they use it. One man had moved to Horten two years before and was still registered with an alarm on Kaldnes. (laughs) Nobody noticed. We're doing a review of all alarms now, one by one.",
             [("Horten", "place"), ("Kaldnes", "place")],
             []),
            # turn 20 (I1)
            ("Thank you very much. Anything you'd like to add?",
             [],
             []),
            # turn 21 (P26)
            ("Just that the allocation office is often seen as the bad guys. We say no. But we also say yes a lot. And we try to be fair. I'd like people to know that there are human beings behind the decision letters.",
             [],
             ["I'd"]),
        ],
    },
    {
        "id": "P27", "language": "en", "register": "speech-to-text, en",
        "turns": [
            # turn 0 (I1)
            ("okay so it's recording now thank you for doing this in english",
             [],
             []),
            # turn 1 (P27)
            ("no problem my english is better than my norwegian writing anyway haha so i'm sanna i'm a nurse in the home care in hammerfest i've worked here for eight years we cover the town and rypefjord and since the merger also kvalsund which is like an hour away when the road is open",
             [("sanna", "person"), ("hammerfest", "place"), ("rypefjord", "place"), ("kvalsund", "place")],
             ["i've"]),
            # turn 2 (I1)
            ("tell me about the technology you use in home care up here",
             [],
             []),
            # turn 3 (P27)
            ("we have the normal things safety alarms dispensers and some gps watches and then we have a lot of video because of the distances the doctor is not always here so we do video calls with the doctor from the patient's kitchen and we also use video interpreters for sami because some of the old patients they speak northern sami much better than norwegian especially when they get dementia they go back to the first language",
             [],
             ["dementia", "first language"]),
            # turn 4 (I1)
            ("can you tell me more about that",
             [],
             []),
            # turn 5 (P27)
            ("yes there is one man i can call him ánde it's not his real name or actually it is a very common name so it's fine he is eighty four he was a reindeer herder all his life from kautokeino originally but he moved to kvalsund when he married and now he has dementia and he speaks almost only sami now and i understand only a few words like buorre beaivi and giitu haha so we use an interpreter on the tablet from the sami language centre in karasjok and there is one interpreter máret who he really likes she talks with him about the reindeer and he lights up",
             [("ánde", "person"), ("eighty four", "age"), ("kautokeino", "place"), ("kvalsund", "place"), ("karasjok", "place"), ("máret", "person")],
             ["buorre beaivi", "giitu"]),
            # turn 6 (I1)
            ("and he also has a gps watch",
             [],
             []),
            # turn 7 (P27)
            ("yes because he still walks out every day he wants to go up to the mountain where the reindeer are in summer and his wife inga she is seventy nine and she can't follow him so we got the gps watch in the autumn and it has been used for real two times the first time was on the eleventh of november he went up behind the house and it was getting dark and snowing and the watch alarm went to inga's phone and to our duty phone and my colleague jon-inge drove out and found him after maybe forty minutes",
             [("inga", "person"), ("seventy nine", "age"), ("the eleventh of november", "date"), ("jon-inge", "person")],
             []),
            # turn 8 (I1)
            ("how did he react when he was found",
             [],
             []),
            # turn 9 (P27)
            ("jon-inge said he was completely calm he was just sitting on a rock looking at the view and he said something in sami and then in norwegian he said the reindeer are late this year haha so jon-inge just sat with him for a while and then they walked down together jon-inge is from alta and he has sami family so he understood him a little",
             [("jon-inge", "person"), ("alta", "place")],
             []),
            # turn 10 (I1)
            ("were there any ethical discussions about the watch",
             [],
             []),
            # turn 11 (P27)
            ("yes a lot because in the sami culture being free on the land is very important and putting a watch on him to track him some people thought it was like treating him like a reindeer with a collar actually his son said that exactly my father is not a reindeer you can't put a collar on him but then his wife said she would rather have a collar on him than find him dead in the snow and that ended the discussion haha",
             [],
             []),
            # turn 12 (I1)
            ("who else was involved in the decision",
             [],
             ["else"]),
            # turn 13 (P27)
            ("the unit leader kathrine ravna and the doctor dr solbakk and the family and we had the interpreter also because it was important that he understood as much as possible we had the meeting in their house in kvalsund on march 2nd and ravna spoke sami with him herself a little she is from tana so that helped",
             [("kathrine ravna", "person"), ("solbakk", "person"), ("kvalsund", "place"), ("march 2nd", "date"), ("ravna", "person"), ("tana", "place")],
             []),
            # turn 14 (I1)
            ("what about the practical side the battery and the network",
             [],
             []),
            # turn 15 (P27)
            ("the network is a problem in some places the mountains there is no coverage so if he walks far up the gps doesn't work and that's exactly where he wants to go haha so it's not perfect and the battery we charge every night inga does it she is very good with it she has a routine when she puts her own phone on charge she puts the watch also",
             [("inga", "person")],
             []),
            # turn 16 (I1)
            ("how do you feel about the use of video interpreters in general",
             [],
             []),
            # turn 17 (P27)
            ("it's good but it's not the same as a person in the room the tablet is small and the old people don't hear well and sometimes the connection is bad so the voice comes in pieces but it's much better than nothing before we used family to interpret and that's not good especially when it's about the body or about dying the family should not have to say those words we had a case where the grandson had to explain to his grandmother that she had cancer he was sixteen that should never happen",
             [("sixteen", "age")],
             []),
            # turn 18 (I1)
            ("is there anything you would like to see changed",
             [],
             []),
            # turn 19 (P27)
            ("more sami speaking staff that's the main thing and maybe that the technology is made with sami language also the dispensers speak norwegian and english but not sami the safety alarm operator speaks norwegian so if ánde presses the alarm and speaks sami nobody understands him that's a real risk i've written about it to the municipality i sent an email to postmottak@hammerfest.kommune.no in january but no answer yet",
             [("ánde", "person"), ("postmottak@hammerfest.kommune.no", "email")],
             []),
            # turn 20 (I1)
            ("thank you so much sanna",
             [("sanna", "person")],
             []),
            # turn 21 (P27)
            ("giitu thank you",
             [],
             []),
        ],
    },
    {
        "id": "P28", "language": "nb", "register": "nb, vestlandsk dialect",
        "turns": [
            # turn 0 (I1)
            ("Då startar eg opptaket. Vil du fortelje litt om deg sjølv og jobben?",
             [],
             []),
            # turn 1 (P28)
            ("Ja. Eg heiter Solfrid, eg er helsefagarbeidar i heimetenesta på Karmøy, i sone sør, det er Skudeneshavn og opp mot Åkrehamn. Eg har jobba der i tjueto år, eg byrja som ufaglært sommarvikar då eg var sytten, og så tok eg fagbrevet seinare. Eg er fødd og oppvaksen i Vedavågen, så eg kjenner jo dei fleste.",
             [("Solfrid", "person"), ("Karmøy", "place"), ("Skudeneshavn", "place"), ("Åkrehamn", "place"), ("sytten", "age"), ("Vedavågen", "place")],
             ["helsefagarbeidar"]),
            # turn 2 (I1)
            ("Eg har forstått at de har innført elektroniske dørlåsar. Kan du fortelje om det?",
             [],
             []),
            # turn 3 (P28)
            ("Ja, e-lås, ja. Det kom for, ehm, to år sidan. Før hadde me nøkkelskåp på basen med alle nøklane, og nøkkelboks på husveggen hos dei som ikkje kunne opne sjølv. No har brukarane fått ein lås på døra som me opnar med telefonen. Det er ein app. Og det er veldig praktisk, stort sett. Du slepp å leite etter nøklar, du slepp å køyre tilbake til basen fordi nokon har teke feil nøkkel. Det var eit stort problem før.",
             [],
             ["e-lås"]),
            # turn 4 (I1)
            ("Har det vore nokon problem med låsane?",
             [],
             []),
            # turn 5 (P28)
            ("Ja. (ler) Det er ein natt eg aldri gløymer. Det var natt til 9. februar, det var storm, ein av dei verste den vinteren. Ein dame i Skudeneshavn, ho er 87, ho trykte på tryggleiksalarmen klokka halv tre. Ho hadde falle i gangen. Og eg og kollegaen min, Rasa, me køyrde dit. Og då me kom, så ville ikkje låsen opne seg. Appen sa «ingen kontakt med lås». Batteriet i låsen var tomt.",
             [("9. februar", "date"), ("Skudeneshavn", "place"), ("87", "age"), ("Rasa", "person")],
             ["tryggleiksalarmen"]),
            # turn 6 (I1)
            ("Kva gjorde de då?",
             [],
             []),
            # turn 7 (P28)
            ("Me sto der i regnet og høyrde at ho ropte inne. Det var grusomt. Me banka på vindauget og sa at me var der. Eg ringte bakvakta, Tor, han er sjukepleiar, og han sa: ring låsesmeden. Så eg ringte vaktnummeret til Karmøy Lås og Nøkkel, 52 84 12 00, og dei sa at dei kunne vere der om ein time. Ein time! Til slutt var det Rasa som fann ut at vindauget på badet sto på gløtt. Ho er lita og sprek, ho klatra inn. (ler) Ho er frå Litauen, ho sa etterpå at det var sånn dei gjorde det i barndommen når dei hadde gløymt nøkkelen.",
             [("Tor", "person"), ("Karmøy Lås og Nøkkel", "org"), ("52 84 12 00", "phone"), ("Rasa", "person"), ("Litauen", "place")],
             ["bakvakta"]),
            # turn 8 (I1)
            ("Korleis gjekk det med dama?",
             [],
             []),
            # turn 9 (P28)
            ("Ho hadde slått seg i hofta, og me ringte ambulanse, og ho kom til Haugesund sjukehus. Ho hadde ikkje brot, heldigvis. Men ho hadde lege på golvet i nesten ein time og var kald og redd. Ho sa etterpå: «Eg høyrde dykk, men de kom ikkje inn. Eg trudde eg skulle døy med dykk ståande utanfor.» Det sit i meg framleis.",
             [("Haugesund sjukehus", "org")],
             []),
            # turn 10 (I1)
            ("Kva vart gjort etter hendinga?",
             [],
             []),
            # turn 11 (P28)
            ("Det vart skrive avvik, sjølvsagt. Og leiaren vår, Anne Grethe Stangeland, ho tok det vidare. Det viste seg at låsen hadde sendt varsel om lågt batteri i tre veker, men varselet gjekk til ei e-postadresse som ingen las. servicevarsel.heimeteneste@karmoy.kommune.no, eller noko sånt. Ein felles postkasse som nokon hadde laga og så gløymt. No går batterivarsla rett til teknisk ansvarleg, og me har i tillegg nøkkelboks som reserve hos alle som bur åleine.",
             [("Anne Grethe Stangeland", "person"), ("servicevarsel.heimeteneste@karmoy.kommune.no", "email")],
             []),
            # turn 12 (I1)
            ("Så de har gått tilbake til nøklar i tillegg?",
             [],
             []),
            # turn 13 (P28)
            ("Ja, som reserve. Og det er vel det eg har lært: teknologien må ha ein plan B. Alltid. Og nokon må eige varsla. Det er ikkje nok at systemet sender eit varsel, nokon må lese det. Det har me sagt mange gonger på personalmøta sidan, det er nesten vorte ein vits. «Kven eig varselet?» seier Tor kvar gong nokon kjem med ein ny idé. (ler)",
             [("Tor", "person")],
             ["Kven"]),
            # turn 14 (I1)
            ("Korleis opplever brukarane dei elektroniske låsane?",
             [],
             []),
            # turn 15 (P28)
            ("Dei fleste likar det. Dei slepp å ha nøkkelboks på veggen som alle naboane ser. Det er litt stigmatiserande med nøkkelboks, synest mange. Men nokre er redde. Ein eldre mann i Bygnesvegen 31, 4262 Avaldsnes – ja, no sa eg adressa, du får stryke den – spurde meg: «Kven andre kan opne døra mi med telefonen?» Og det er eit godt spørsmål. Me sa at det berre er dei på jobb i heimetenesta, og at alt blir logga. Men han hadde lese om hacking i Haugesunds Avis, så han var ikkje heilt trygg. (ler)",
             [("Bygnesvegen 31", "address"), ("4262 Avaldsnes", "address"), ("Haugesunds Avis", "org")],
             []),
            # turn 16 (I1)
            ("Kva tenkjer du om vegen vidare?",
             [],
             []),
            # turn 17 (P28)
            ("At me må bli flinkare på å teste ting i verkelegheita. Ikkje berre på kontoret. Den låsen fungerte perfekt på kontoret. Men i storm på Karmøy, med salt i lufta og regn som kjem vassrett, då er det andre ting som skjer. Ein leverandør frå Oslo tenkjer ikkje på det. Dei har aldri opplevd ein laurdag i februar i Skudeneshavn. (ler)",
             [("Karmøy", "place"), ("Oslo", "place"), ("Skudeneshavn", "place")],
             ["ikkje", "laurdag"]),
            # turn 18 (I1)
            ("Tusen takk, Solfrid.",
             [("Solfrid", "person")],
             []),
            # turn 19 (P28)
            ("Takk sjølv. Og helsing til Rasa om du treffer henne, ho er heltinna i den historia.",
             [("Rasa", "person")],
             []),
        ],
    },
    {
        "id": "P29", "language": "en", "register": "en, Norwegian English",
        "turns": [
            # turn 0 (I1)
            ("Okay, we're recording. Thank you for talking to me. Could you start by introducing yourself?",
             [],
             []),
            # turn 1 (P29)
            ("Yes, of course. My name is Maria Cristina Reyes, but everybody calls me Tina. I'm from the Philippines, from Cebu. I worked as a nurse in Manila for four years and then in Saudi Arabia for three years, and then I came to Norway through an agency. First I was an au pair — that was the only way at that time — and then I did the language and the authorisation. Now I'm a registered nurse at Råkhaugen omsorgssenter in Molde. It's almost seven years now.",
             [("Maria Cristina Reyes", "person"), ("Tina", "person"), ("Philippines", "place"), ("Cebu", "place"), ("Manila", "place"), ("Saudi Arabia", "place"), ("Norway", "place"), ("Råkhaugen omsorgssenter", "org"), ("Molde", "place")],
             []),
            # turn 2 (I1)
            ("That's quite a journey.",
             [],
             []),
            # turn 3 (P29)
            ("(laughs) Yes. A long one. When I got my Norwegian authorisation, I cried. I still remember my HPR number, 9144572, because I had to type it so many times on forms. I was so proud.",
             [("9144572", "id")],
             []),
            # turn 4 (I1)
            ("What is your role at the nursing home today?",
             [],
             []),
            # turn 5 (P29)
            ("I'm the nurse on a unit with twenty residents, long-term care. I have responsibility for the medicines, the care plans, the contact with the doctor and the families. And I'm also a super user for the video rounds with the doctor. That's new, since about a year and a half.",
             [],
             []),
            # turn 6 (I1)
            ("Can you explain how the video rounds work?",
             [],
             []),
            # turn 7 (P29)
            ("Our nursing home doctor, Dr. Eide, she is here physically every Tuesday. But the other days, if we need her, we do a video call. We have a tablet on a stand with wheels, like a small robot, and we roll it into the resident's room. The doctor sees the resident, she can talk to them, and I can show her things with the camera — a wound, a swollen leg, a rash. Before, we had to call her on the phone and describe everything, and she had to decide only on our words. Now she can see.",
             [("Eide", "person")],
             ["Tuesday"]),
            # turn 8 (I1)
            ("How have the residents reacted to the tablet on wheels?",
             [],
             []),
            # turn 9 (P29)
            ("They call it \"the robot\". (laughs) One lady, she is 96, she always says, \"Oh, the doctor is coming in her little car!\" And one man, he thought it was a television and he wanted to change to the news. But mostly it's fine. For residents with dementia it can be confusing, so we try to be close, hold their hand, I explain what is happening. The camera is not so good for the very confused ones.",
             [("96", "age")],
             []),
            # turn 10 (I1)
            ("Who helped you set it up?",
             [],
             []),
            # turn 11 (P29)
            ("My colleague Max. He's a helsefagarbeider, very young, very good with technology. Max and I did the training together. He did the technical part and I did the clinical part, what to show the doctor, how to describe. We were a good team. Max's from Hjelset, just outside Molde, he says he has never lived anywhere else and never will. (laughs) He is twenty-three and he already knows everyone in the municipality.",
             [("Max", "person"), ("Hjelset", "place"), ("Molde", "place"), ("twenty-three", "age")],
             ["helsefagarbeider"]),
            # turn 12 (I1)
            ("Can you tell me about a situation where the video round made a difference?",
             [],
             []),
            # turn 13 (P29)
            ("Yes. It was on the 2nd of June, a Saturday evening. A resident, a man with heart failure, he was breathing badly, and his legs were very swollen. Normally on a Saturday evening we would call the emergency doctor and probably he would be sent to Molde sjukehus in an ambulance. For an old, frail man that is very hard, sometimes they don't come back. But we could do a video call with the on-call doctor, and she saw him, she saw the legs, she listened to me, and she decided to give him more diuretic here and see. And he got better in two days. He stayed home. Home is here, for him.",
             [("the 2nd of June", "date"), ("Molde sjukehus", "org")],
             ["Saturday"]),
            # turn 14 (I1)
            ("Are there limits to what can be done by video?",
             [],
             []),
            # turn 15 (P29)
            ("Of course. The doctor can't listen to the lungs through the tablet. There is a stethoscope that can connect, but we don't have it yet. Maybe next year, they say. And the doctor can't feel the stomach. So I have to be her hands. That's a lot of responsibility for the nurse. Sometimes I feel the doctor is trusting me too much. I'm good, but I'm not a doctor.",
             [],
             []),
            # turn 16 (I1)
            ("How is it for you, doing this in Norwegian?",
             [],
             []),
            # turn 17 (P29)
            ("It's okay now. In the beginning, the medical words were fine, because many are Latin, the same as in English. But the small words, the feelings, how the resident is — \"uroleg\", \"slapp\", \"ikkje seg sjølv\" — those were difficult. And the dialect here! They speak nynorsk-style, very different from the Norwegian course. The first month I thought they were speaking another language. (laughs) Now I say \"ikkje\" myself.",
             [],
             ["ikkje"]),
            # turn 18 (I1)
            ("Are there other Filipino nurses where you work?",
             [],
             []),
            # turn 19 (P29)
            ("Yes, we are five in the nursing home. We have a small group, we meet on Sundays sometimes, we cook together. Jocelyn, she is the one who came first, she helped all of us. She gave me her number when I arrived, 48155902, and said call me for anything. I called her maybe a hundred times the first year. (laughs)",
             [("Jocelyn", "person"), ("48155902", "phone")],
             []),
            # turn 20 (I1)
            ("What would you say to the municipality about the video rounds?",
             [],
             []),
            # turn 21 (P29)
            ("Keep it, but invest in it. The tablet is old, the battery dies in the middle of a call. We need the stethoscope. And we need time for training new staff. Maybe max one hour per new person, but it has to be planned. I'd also like the families to be able to join the calls, sometimes. When the doctor talks about serious things, the daughter or son should be there, even if they live in Oslo.",
             [("Oslo", "place")],
             ["max", "I'd"]),
            # turn 22 (I1)
            ("Thank you, Tina. That was very interesting.",
             [("Tina", "person")],
             []),
            # turn 23 (P29)
            ("Thank you. I've enjoyed it. It's nice that someone asks the nurses.",
             [],
             ["I've"]),
        ],
    },
    {
        "id": "P30", "language": "nb", "register": "speech-to-text, nb",
        "turns": [
            # turn 0 (I1)
            ("sånn da er vi i gang kan du begynne med å si litt om deg sjøl",
             [],
             []),
            # turn 1 (P30)
            ("ja æ heter kjersti æ e ergoterapeut og jobbe på responssenteret i bodø kommune der vi tar imot alle alarmene fra trygghetsalarmer og sensorer og sånt og så e æ også ressursperson for velferdsteknologi i kommunen så æ kjøre rundt og lære opp folk æ har vært her i fire år og før det va æ på nordlandssykehuset på rehabilitering",
             [("kjersti", "person"), ("bodø", "place"), ("nordlandssykehuset", "org")],
             ["ergoterapeut", "responssenteret", "trygghetsalarmer"]),
            # turn 2 (I1)
            ("hva gjør dere på responssenteret",
             [],
             []),
            # turn 3 (P30)
            ("vi sitter to tre stykker på dagtid og en på natta og tar imot alarmer fra hele kommunen helt ut til kjerringøy og saltstraumen og når det kommer en alarm så snakker vi med brukeren gjennom høyttaleren og finner ut ka som skjer og så sender vi hjemmetjenesten hvis det trengs eller ambulanse hvis det e alvorlig og det meste e jo falsk alarm folk kommer borti knappen når de kle på seg",
             [("kjerringøy", "place"), ("saltstraumen", "place")],
             []),
            # turn 4 (I1)
            ("har du et eksempel på en alarm som du husker godt",
             [],
             []),
            # turn 5 (P30)
            ("ja det va en natt 7 desember i fjor en dame på rønvik ho e nittifem og ho trykte på alarmen og da æ snakka med ho så sa ho at ho hadde besøk av mannen sin og at ho trengte hjelp til å lage kaffe til han men mannen hennes døde for tjue år sia så da skjønte æ at ho va forvirra og sendte hjemmetjenesten og det va ho liv som dro dit ho liv e sykepleier og har kjent dama i mange år og ho satt der og lagde kaffe med ho midt på natta i to timer",
             [("7 desember", "date"), ("rønvik", "place"), ("nittifem", "age"), ("liv", "person")],
             []),
            # turn 6 (I1)
            ("det er en fin historie",
             [],
             []),
            # turn 7 (P30)
            ("ja det va det men det va også en sånn som gjorde at vi tok opp hele saken hennes for ho hadde bodd aleine lenge og ingen hadde skjønt at ho va blitt så forvirra og etter det fikk ho plass på korttidsavdelingen på mørkved og så videre til sykehjem ho har det bra no sier ho liv ho besøker ho av og til på fritida",
             [("mørkved", "place"), ("liv", "person")],
             []),
            # turn 8 (I1)
            ("hvordan er det å jobbe med alarmene når man ikke ser personen",
             [],
             []),
            # turn 9 (P30)
            ("det e rart i starten du må lytte veldig godt du hører pusten og bakgrunnen og om det e tv på og sånn ting og mange gamle snakke jo dialekt og noen snakker samisk eller kvensk og de som kommer fra utlandet snakker kanskje dårlig norsk så vi har en liste med kolleger som kan språk vi har han abdi som snakker somali og arabisk og ho natalia snakker russisk og så ringer vi dem hvis det trengs",
             [("abdi", "person"), ("natalia", "person")],
             []),
            # turn 10 (I1)
            ("har dere hatt noen situasjoner med personvern",
             [],
             []),
            # turn 11 (P30)
            ("ja en gang ringte en dame og skulle bekrefte hvem ho va og da leste ho opp hele fødselsnummeret sitt 12033148822 i høyttaleren og det va jo greit for ho va aleine hjemme men det kunne jo vært noen andre der og så har vi hatt pårørende som ringer oss og vil vite om mora har trykt på alarmen i natt og det kan vi jo ikke si uten samtykke så det blir noen sure telefoner",
             [("12033148822", "id")],
             []),
            # turn 12 (I1)
            ("du er også ressursperson hva innebærer det",
             [],
             []),
            # turn 13 (P30)
            ("æ har ansvar for opplæring av superbrukerne i hjemmetjenesten og på sykehjemman vi har et nettverk med cirka tjue superbrukere og vi møtes en gang i måneden på teams og så har vi fysiske samlinger to ganger i året i rådhuset og æ har laget en sånn kokebok med alle rutinene for alarmer og sensorer den ligger på intranettet men det e ingen som leser den haha så æ lager korte videoer i stedet",
             [],
             ["teams"]),
            # turn 14 (I1)
            ("hvilken teknologi er det mest utfordrende å få på plass",
             [],
             []),
            # turn 15 (P30)
            ("det e nok gps for personer med demens for der e det så mange etiske spørsmål og samtykke og sånn og så e det praktisk med lading og soner og kæm som skal følge med på kartet vi hadde en mann fra løding som gikk seg bort og gps-en viste at han va på brua men han va egentlig på butikken ved sida av så nøyaktigheten e ikke alltid så god haha",
             [("løding", "place")],
             ["gps", "demens", "kæm"]),
            # turn 16 (I1)
            ("hvordan samarbeider dere med leverandørene",
             [],
             []),
            # turn 17 (P30)
            ("vi har en hovedleverandør og de e flinke men det e et stort firma i oslo så det blir mye telefon og e-post og så sender de utstyret til kontoret vårt i kongens gate 40 8008 bodø i store pappesker det e en kontaktperson der espen karlsen han e grei men han har aldri vært nordpå tror æ han skjønner ikke at det e mørketid og at sensorene med lys oppfører seg annerledes om vinteren vi har sagt at han må komme opp i januar haha",
             [("oslo", "place"), ("kongens gate 40", "address"), ("8008 bodø", "address"), ("espen karlsen", "person")],
             ["mørketid"]),
            # turn 18 (I1)
            ("hva tenker du om framtida for responssenteret",
             [],
             []),
            # turn 19 (P30)
            ("æ tror det blir større og at vi kommer til å ta imot alarmer fra flere kommuner det e allerede snakk om fauske og saltdal og det e fint men da må vi bli flere folk og vi må ha folk som kjenner de lokale forholdene for det e forskjell på om noen bor i sentrum eller en time unna på en øy",
             [("fauske", "place"), ("saltdal", "place")],
             []),
            # turn 20 (I1)
            ("er det noe mer du vil si",
             [],
             []),
            # turn 21 (P30)
            ("bare at det e et viktig arbeid og at det e mye mer enn å trykke på knapper vi e de første folk snakker med når de e redd og alene om natta og det e et stort ansvar hvis du vil vite mer så kan du ringe responssenteret på 75 55 40 00 og spørre etter meg",
             [("75 55 40 00", "phone")],
             []),
            # turn 22 (I1)
            ("tusen takk kjersti",
             [("kjersti", "person")],
             []),
        ],
    },
]


def speaker(pid, i):
    return "I1" if i % 2 == 0 else pid


def write_xml(iv):
    pid = iv["id"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<interview xmlns="{NS}" id="{pid}" participant="{pid}" language="{iv["language"]}">',
             '  <body>']
    for i, (text, _e, _k) in enumerate(iv["turns"]):
        lines.append(f'    <turn speaker="{speaker(pid, i)}">{escape(text)}</turn>')
    lines += ['  </body>', '</interview>', '']
    path = os.path.join(HERE, f"{pid}.xml")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    return path


def build_gold():
    gold = {}
    for iv in INTERVIEWS:
        ents, keeps = [], []
        for i, (_text, e, k) in enumerate(iv["turns"]):
            for etext, etype in e:
                ents.append({"text": etext, "turn": i, "type": etype})
            for ktext in k:
                keeps.append({"text": ktext, "turn": i})
        gold[f'{iv["id"]}.xml'] = {"entities": ents, "keep": keeps}
    return gold


def check(gold):
    problems = []
    ids = [iv["id"] for iv in INTERVIEWS]
    if ids != [f"P{n:02d}" for n in range(1, 31)]:
        problems.append(f"unexpected ids: {ids}")
    for iv in INTERVIEWS:
        pid = iv["id"]
        path = os.path.join(HERE, f"{pid}.xml")
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            problems.append(f"{pid}: XML does not parse: {exc}")
            continue
        if root.tag != f"{{{NS}}}interview" or root.get("id") != pid or root.get("participant") != pid \
                or root.get("language") not in ("en", "nb"):
            problems.append(f"{pid}: bad root element/attributes")
        body = list(root)
        if len(body) != 1 or body[0].tag != f"{{{NS}}}body":
            problems.append(f"{pid}: expected exactly one body element")
            continue
        turns = list(body[0])
        if not 14 <= len(turns) <= 30:
            problems.append(f"{pid}: {len(turns)} turns")
        for i, t in enumerate(turns):
            if t.tag != f"{{{NS}}}turn" or len(t):
                problems.append(f"{pid} turn {i}: unexpected element")
            if t.get("speaker") != speaker(pid, i):
                problems.append(f"{pid} turn {i}: speaker {t.get('speaker')}")
            if t.text != iv["turns"][i][0]:
                problems.append(f"{pid} turn {i}: text does not round-trip")
        texts = [t.text or "" for t in turns]
        g = gold[f"{pid}.xml"]
        for e in g["entities"]:
            if e["type"] not in TYPES:
                problems.append(f"{pid}: bad type {e}")
            if not (0 <= e["turn"] < len(texts)) or e["text"] not in texts[e["turn"]]:
                problems.append(f"{pid}: entity not found in its turn: {e}")
        for k in g["keep"]:
            if not (0 <= k["turn"] < len(texts)) or k["text"] not in texts[k["turn"]]:
                problems.append(f"{pid}: keep not found in its turn: {k}")
        if not 5 <= len(g["keep"]) <= 10:
            problems.append(f"{pid}: {len(g['keep'])} keeps")
        if iv["register"].startswith("speech-to-text"):
            if any(x != x.lower() for x in texts):
                problems.append(f"{pid}: speech-to-text file has upper case")
    return problems


def main():
    for iv in INTERVIEWS:
        write_xml(iv)
    gold = build_gold()
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    problems = check(gold)
    for p in problems:
        print("PROBLEM:", p)
    regs = Counter(iv["register"].split(",")[0] if not iv["register"].startswith("speech") else iv["register"]
                   for iv in INTERVIEWS)
    types = Counter(e["type"] for g in gold.values() for e in g["entities"])
    print("interviews:", len(INTERVIEWS), dict(regs))
    print("entities:", sum(types.values()), dict(sorted(types.items())))
    print("keeps:", sum(len(g["keep"]) for g in gold.values()))
    print("turns:", sum(len(iv["turns"]) for iv in INTERVIEWS))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
