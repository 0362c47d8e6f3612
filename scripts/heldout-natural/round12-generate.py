#!/usr/bin/env python3
"""Generator for heldout-natural-12. Transcript text is held literally below.
Markup: [code|text] = identifier (p person, pl place, a address, o org, d date,
ag age, ph phone, e email, id id); {text} = keep (must not be redacted).
One-to-one: one line per turn, alternating I1 / participant starting with I1.
Focus group: lines start with 'I:' (moderator) or 'A:', 'B:' ... (participants)."""
import json, re, os
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape
T = []
T.append(("P01", "en", """
Okay, the recorder is on. Could you start by telling me a bit about your job and how long you've been there?
Sure. I'm a home-care nurse, I came to Norway from Manila in 2011, first to a nursing home in [pl|Sortland], and then I moved south. Now I am in [o|Hjemmetjenesten sone Nord] in [pl|Ringsaker], so that's, what, nine years in this district.
And the welfare technology part of your work, when did that begin?
It started with the medicine dispensers. My leader, [p|Guro Bakkehaug], she came to the morning meeting on [d|Monday 3rd of October 2022] and said, okay, we are getting {Evondos}, who wants to be superbruker. Nobody said anything. So I said yes, because my English was better than the manuals, hah.
What did that role actually involve in the first months?
A lot of phone calls. Like, the dispenser beeps, the patient doesn't press the button, and then an alarm goes to our phone. One lady on [a|Furnesvegen 41], she is [ag|eighty-something], she has {Parkinson} so her hands are shaking and she cannot press hard enough. I went there maybe twice {per week} just to show her again.
How did you solve that?
Me and [p|Tomas] from the IT side, [p|Tomas Lindqvist-Aas], we called the supplier and they sent a different button cover. Tomas is Swedish so he talks very fast on the phone, the supplier guy didn't understand him, so I took over, hah.
You mentioned the alarm goes to your phone. Is that a shared phone?
Yes, the vakttelefon. The number is [ph|416 02 883], everyone in the evening shift has it in the pocket. And then there is the short number internally, [ph|5512], that goes only to the coordinator, that is usually [p|Mette-Lise].
Have there been situations where the technology failed you, so to speak?
Once, yes. It was [d|the twelfth of January], very cold, minus twenty-five, and the mobile network was down in [pl|Brumunddal] for some hours. Three dispensers went offline. We didn't know who had taken their medicine, so we drove around with the car, the white Toyota, [id|EL 93 418], to all three. One man, [p|Sigurd], he had taken the pills out himself with a knife, I am not joking.
That sounds stressful. How did the leadership respond?
[p|Guro] wrote a deviation in {Gerica} and also to the municipality. And after that they made a routine, if network is down more than one hour we call the patients. It's written in the procedure now, {on line}, in the quality system.
What would you say to another municipality starting with dispensers?
Take the nurses with you from the start. Not only the project people in the town hall. And give the superbruker time, real time, not "when you have a minute". I don't have a minute, {anyone else} will tell you the same.
Thank you, that's very helpful.
You're welcome. And if you need more, you can mail me, [e|marisol.dizon@ringsaker.kommune.no], it's fine.
"""))

T.append(("P02", "en", """
Thank you for taking the time, [p|Jonas]. Can you tell me about your role?
Yeah, I'm [p|Jonas], [p|Jonas Wærnes], I work in the municipal IT department in [pl|Larvik], and I am kind of the technical contact for the velferdsteknologi project. Before that I was at [o|Vestfold Elektro AS] doing alarm installations.
How is the work with the care services organised?
We have a weekly meeting on {Teams}, {Thursdays} at nine. It's me, the project leader [p|Hanne-Marte Skjold], and two superbrukere from the nursing homes, one from [o|Nanset sykehjem] and one from the big one by the E18. And sometimes the procurement guy, [p|Espen], joins when there's contract stuff.
What kind of technology are you working with right now?
Mostly the digital night supervision, the {Roommate} sensors, and also door sensors in the dementia unit. We did a pilot on avdeling [id|2B] in [o|Nanset] from [d|1. februar 2023], {six rooms}.
How did the staff experience that pilot?
Mixed, honestly. Some loved it, they didn't need to open the door at night and wake people up. But one nurse, [p|Aud], she was very sceptical. She said, I can see on the screen he's lying there but I can't smell if he's had an accident, you know. Fair point.
Were there any privacy concerns raised?
Yes, a lot. The union rep, [p|Kjetil Brekke] from [o|Fagforbundet], he asked for a meeting. And there was one relative, a daughter, who wrote an e-mail and said she never agreed to camera. Her father was in room [id|214], he had {Alzheimer} and couldn't consent himself, so it was a proper case with the vedtak and everything.
How was that resolved?
We turned it off for that room. Took maybe a week. The daughter, she lives in [pl|Aarhus] actually, in [pl|Denmark], so everything was by e-mail. I have her mail somewhere, it was long, very angry, but polite.
Looking back, what would you change?
Involve the relatives before, not after. And we should have had a written info sheet in several languages. Half the night staff is from [pl|Poland] and [pl|Lithuania], and they explained it to the families in a kind of mix, {mer eller mindre}.
Anything else you'd like to add?
Just that the supplier support is up north and they are good, but the phone line closes at four. At night it's only me on my private mobile, [ph|+47 922 31 075], which is not a good system.
"""))

T.append(("P03", "en", """
So you've been a relative in this system for quite some time. Could you describe your situation?
Yes. My mother, [p|Ingrid Solhaug], she was [ag|born in 1931], and she has lived alone in the old house on [a|Kvernhusvegen 7, 2760 Brandbu] since my father died. I live in [pl|Gothenburg], I'm married to a Swede, so I drive up maybe {once a month}.
When did the GPS tracker come into the picture?
After she walked away. It was [d|sist i oktober 2021], no, sorry, it was [d|the 2nd of November], a {Tuesday}. She went out in her slippers and the neighbour, [p|Bjørn-Are], found her by the church, [o|Brandbu kirke], at eleven at night.
That must have been frightening.
Terrible. I got the call in the car. And the week after the home-care leader, [p|Randi Kvam], called and said we can apply for a {GPS-klokka}. I said yes immediately. My brother [p|Olav] was not so sure, he said it's like a dog collar. We argued a lot about that.
How did your mother herself react?
She called it "the bracelet from [p|Randi]", hah. Randi's name was on it, I think, on a sticker. She was okay with it mostly. But she took it off when she showered and then forgot to put it back on. {Dementia} is like that.
How did the alerts work in practice?
The zone was set around the house and down to the shop, the little one by the road. If she went outside, the alarm went to the home-care phone and to my phone and [p|Olav]'s. [p|Olav] lives in [pl|Jaren], much closer, {twenty minutes}.
Did you feel involved in the decisions?
Partly. The papers came by post, with her fødselsnummer on top, [id|120231 44871], and they wanted both me and [p|Olav] to sign. But nobody asked us what we needed. I needed to know who to call at night, that's all.
Is she still living at home?
No, she moved into [o|Hadeland helsetun] [d|in March last year]. She's [ag|ninety-two] now. She's okay. She doesn't need the watch there, they have door sensors.
Thank you for sharing all of this.
It's good to talk about it actually. Can I say one more thing? The nurse [p|Fatima] who came every evening, from [pl|Somalia] I think, she was the best. Please write that.
"""))
T.append(("P04", "en", """
Let's begin with your background. Where did you train?
In [pl|Kaunas], in [pl|Lithuania]. I'm a nurse there, but here in Norway I worked first as assistant because the authorisation took {two years}. Now I'm {helsefagarbeider} at [o|Solbakken omsorgssenter] in [pl|Steinkjer], night shift mostly.
And you are one of the ressurspersoner for the night supervision?
Yes, me and [p|Vår Eggen]. [p|Vår] is the day one, I'm the night one. Funny, her name means spring, and my colleagues say I'm the winter because I'm always in the dark, hah.
Can you describe a typical night with the sensors?
We are two on the floor for eighteen residents. The tablet shows the rooms, and if someone sits up at the edge of bed, it gives a signal. Room [id|112], that's a lady who falls a lot, so we have the sensitivity high there. Her daughter, [p|Linn Therese], she asked for that herself.
Has it changed how you work at night?
Yes. Before, we did the rounds {every two hours}, open door, shine the torch. Now, {mer eller mindre}, we look at the screen. But my colleague [p|Dag], he still does the rounds, he says "I don't trust a box". And you know, [d|in April 2023] he was right once. The {sensor} was unplugged because the cleaner had moved the bed.
What happened then?
The man in [id|room 118] had fallen between bed and wall. Nothing broken, thank God. We called {legevakt}, and the doctor came, Dr. no, sorry, I mean Dr. [p|Ahmadi], [p|Reza Ahmadi]. He said it was fine. But we wrote avvik, of course.
Did the event change any routines?
Now the cleaners have a checklist, and there's a sticker on every plug, "IKKE TREKK UT". [p|Vår] made them, she laminated them at home, hah.
How do you communicate with relatives about this technology?
Mostly the leader does that, [p|Kristin Hallan]. But at night, sometimes the relatives call. One son calls every night at eleven, Mr. [p|Strand], I know his voice now. He lives in the city, works in a bank.
What about your own training?
I had one day course in [pl|Trondheim] at [o|St. Olavs hospital], on [d|14. mars], and after that just learning by doing. I have an {MSc} from [pl|Kaunas] but that doesn't help with tablets, hah.
Is there anything you wish the researchers would understand?
That we are not against technology. We are against technology with no time to learn it. That's different. And, ehm, that the night staff should be in the meetings. The meetings are always at ten in the morning. I'm sleeping then!
"""))
T.append(("P05", "en", """
Hi, and thanks for coming in. Just to check, you're the pharmacist who works with the multi-dose packs?
Yes, that's me. [p|Sol Haugland]. People always think [p|Sol] is a nickname, but it's my real name, my mother was a hippie, hah. I work at [o|Apotek 1 Fjordsenteret] in [pl|Førde], and we do the {multidose} for the home care in three municipalities.
How does the cooperation with home care work day to day?
The packs come from the central dose factory, [o|Multidose Vest], every second {Wednesday}. We check them and then the home-care car picks them up. Usually it's [p|Ørjan], the driver, he comes with the small grey Caddy, [id|SF 47212], always ten minutes late.
And where does the welfare technology come in?
The {Pilly} dispensers. The home care started with them [d|6/5-23], and the packs have to fit in the machine. The first delivery, they didn't. The roll was too wide. So I was on the phone with the supplier for two days.
What happened with the patients in the meantime?
The nurses had to give by hand. One patient, a man in [pl|Naustdal], [ag|eighty-seven years old], he called the pharmacy himself and said, where is my machine, it doesn't talk to me anymore. He missed the voice, you know, the machine says "take your medicine now". He was lonely, I think.
That's a lovely detail. Did you document these issues somewhere?
We have an internal log, and I sent an e-mail to the municipality, to [e|tove.reksnes@sunnfjord.kommune.no]. [p|Tove] is the project nurse. She answered the same evening, even though it was a {Sunday}, haha.
How did the pharmacist and the GP's office coordinate changes in medication?
That's the weak point. The doctor changes something in the {e-resept}, and the dose factory needs four, five days. So there's a gap. Dr. [p|Bergum]... sorry, I mean Doctor [p|Hilde Bergum] at [o|Førde legekontor], she's very good, she calls me directly. Others just send it and hope.
Is there one case that stayed with you?
A woman, [ag|ninety-something], had her pills changed after a fall, and the old rolls were still in the dispenser. She got the old warfarin dose for three days. It was caught by the nurse, [p|Aleksandra], she's Polish, very sharp. We reported it later, to the authorities. Not a big harm, but it could have been.
What did you learn from that?
That someone has to own the whole chain. Now we have a contact person, it's [p|Aleksandra] actually, and she has a phone just for this, [ph|948 70 226].
Thank you so much.
No problem. Give my regards to [p|Håkon] at the university if you see him, we studied together.
"""))

T.append(("P06", "en", """
Could you say a little about who you are and where you work?
Okay. I'm from [pl|Eritrea], from [pl|Asmara]. I came in 2015 as refugee, I went to school in [pl|Kristiansand], and now I work as assistant at [o|Vennesla bo- og servicesenter]. My name is [p|Senait Tesfamariam], but at work they call me [p|Sena].
How did you get involved with the tablets for video calls?
During corona. The relatives couldn't visit, and the leader, [p|Frank Olsen], he bought six tablets. [p|Frank] is a funny man, he said "you are young, you fix it". I'm not so young, I'm [ag|forty-one], hah, but okay.
What did the video calls look like in practice?
I booked them in a calendar on paper, on the wall. Every day, ten to twelve and two to four. One lady, [p|fru Tveit], her son is in [pl|Canada], in [pl|Vancouver], so the time was difficult. We did the calls at seven in the morning for her.
Were there any problems with privacy or consent?
Yes, one time. A resident, [p|Einar], he didn't want video. His daughter wanted it very much. So, who decides? We asked the doctor, the sykehjemslege, and he said [p|Einar] can decide himself, he has no {dementia}, only {COPD}. So we stopped.
How did the staff manage all this on top of normal work?
It was hard. Some days I did it on my break. [p|Mona], my colleague, she helped, but she is also in the union, so she said, this should be paid time, [p|Senait]. And she was right.
Did anything change after the pandemic?
Now we use {Teams} and the family can book by themselves. It's more system. The municipality has a woman who manages it, [p|Kirsten], I only know her first name. You call [ph|38 13 72 00] and ask for welfare technology.
Is there something you'd like to tell me about being an immigrant care worker with this technology?
Sometimes the residents think I don't understand Norwegian, so they speak to the tablet instead of to me, hah. But the tablet doesn't answer. And I speak {Tigrinya}, Norwegian, English, a bit Arabic. One man from my country, he came to the home [d|in November 2021], I was the only one who could talk with him. The tablet was for his brother in [pl|Khartoum].
That's powerful. Anything else?
No, just that we need {Wi-Fi} that works in the old wing. Room [id|C-09] has no signal. It's a joke.
"""))
T.append(("P25", "en", """
I:Welcome, everyone, and thank you for coming. Maybe we can do a quick round, just first names and what you do.
A:I'm [p|Katarzyna], [p|Kasia] is fine. Helsefagarbeider at [o|Lindeberg sykehjem] in [pl|Oslo], eleven years.
B:[p|Ruth], I'm a nurse, also [o|Lindeberg], on the {dementia} unit. Originally from [pl|Malmö], so sorry for my Swedish-English, hah.
C:And I'm [p|Storm]. Yes, like the weather. Superbruker for the camera supervision, night shift.
I:Great. Maybe the superbruker can start. What has the night supervision changed for you?
C:Honestly, less walking. But more watching. I sit with the screen like a security guard. You know, when she took over my shift on [d|the 3rd of May] there were four alarms in ten minutes.
B:Four! And all from the same room. It was Mr... ehm, I shouldn't say the name, but it was [id|room 7], the one with the big radio.
A:Oh, him. He sits up every hour, he's always like this. The sensor thinks he's falling, he's just looking for his radio.
I:How do you deal with the false alarms?
A:We changed the zones. [p|Storm] and the man from the supplier, from [o|Tunstall], they moved the "edge of bed" line. After that it was better. But you know, {anyone else} who comes on a vikar shift doesn't know this, they panic.
C:Yeah, the vikarer. We had one from the vikarbyrå, nice girl, she called me at home at 2 a.m. on my private number. I said, okay, new rule: call [ph|23 49 18 00], that's the night coordinator at the {bydel}.
B:And that phone is with [p|Liv], she is super calm. [p|Liv Andreassen].
I:What about the relatives? How do they react to cameras?
B:Most are happy. One son, he asked if he could log in from home and watch his mother, from [pl|Stavanger]. We said no, of course not. He was angry, he wrote to the bydelsdirektør, [p|Paulsen].
A:I remember that. He sent it on [d|Christmas Eve 2022], can you imagine. During {jul}!
C:People are scared. Their mothers are ninety, alone in a room. I understand him.
I:Do you feel the technology respects the residents' dignity?
B:The {camera} is not a real camera, it's only a silhouette, like a shadow. I explain that a hundred times.
A:But the residents don't know that, [p|Ruth]. The lady in [id|room 12], she puts a towel over it every night.
C:Hah, yes! And every morning somebody takes it off, and every evening she puts it back. It's like a war.
I:Thank you all. Any final thoughts?
B:Just, please tell the municipality we need more people, not more sensors. {Mer eller mindre} that's all.
"""))
T.append(("P07", "nb", """
Da er opptakeren på. Kan du begynne med å fortelle litt om deg selv og jobben din?
Ja, altså, jeg heter [p|Eli Marie Fossheim], jeg er helsesekretær på [o|Kvinesdal legekontor], har vært der siden... ehm, {sytten år} nå? Ja. Sytten år.
Og hvordan kom du inn i arbeidet med velferdsteknologi?
Det var egentlig tilfeldig. Kommunen søkte om penger fra staten, og så trengte de noen fra legekontoret i prosjektgruppa. Og doktor [p|Thorsen], han sa bare, [p|Eli], du kan jo data. Jeg kan ikke data, jeg kan {Infodoc}, det er noe helt annet, liksom.
Hva gjorde prosjektgruppa konkret?
Vi skulle få til at fastlegene fikk varsler når pasientene ble lagt inn, og at hjemmetjenesten kunne sende {PLO-meldinger} rett inn. Det gikk... det gikk sånn passe. Første møtet var [d|tirsdag 4. april], på rådhuset i [pl|Liknes], og halvparten satt på {Teams} fra hytta, hehe.
Hvem var med i gruppa?
Det var [p|Jorunn] fra hjemmetjenesten, [p|Jorunn Ramsland], så var det en fra IT i [o|Lister IKT], [p|Amund], og prosjektlederen, hun het [p|Siv Aamodt]. [p|Siv] var veldig flink, men hun sluttet etter et halvt år og flyttet til [pl|Kristiansand].
Kan du fortelle om en situasjon der dette samarbeidet ble satt på prøve?
Ja, det var en eldre mann, [ag|nittitre år], bodde alene oppe i [pl|Feda]. Han hadde falt, og fallalarmen gikk til sentralen, men sentralen hadde feil nummer til hjemmetjenesten. De ringte legekontoret i stedet, altså meg, klokka halv åtte om morgenen før jeg egentlig hadde begynt.
Hva gjorde du da?
Jeg ringte {legevakt} og så ringte jeg [p|Jorunn] på privaten. Og så ble det bra, han hadde bare slått seg i hofta. Men etterpå fant vi ut at nummeret i alarmsentralen var et gammelt nummer som gikk til [p|Bodil], som hadde vært pensjonist i to år! Hun hadde fått tre sånne telefoner det året, og trodde det var svindel, haha.
Så dokumentasjonen av kontaktinfo var mangelfull?
Helt klart. Nå har vi en liste, og den oppdateres hver måned. Riktig nummer er [ph|38 35 00 11], det er hjemmetjenestens vakttelefon. Det står i saken vår, saksnummer [id|2023/1187], hvis du vil sjekke.
Hvordan er forholdet mellom legekontoret og hjemmetjenesten nå?
Bedre. Vi har fast møte annenhver {fredag}. Og [p|Jorunn] og jeg drikker kaffe sammen, det hjelper mer enn alle systemene, ikke sant.
Er det noe mer du vil si?
Nei... jo, at helsesekretærene må med fra starten. Vi sitter på telefonen hele dagen, vi vet hvem som ringer og hvorfor. Det er ikke bare legene som vet ting.
"""))

T.append(("P08", "nb", """
Takk for at du stilte opp. Kan du si litt om hvem du er?
Ja, æ e [p|Tor-Arne Hoel], æ jobbe som distriktsleder i hjemmesykepleien i [o|Malvik kommune], sone [pl|Hommelvik]. Og før det var æ ambulansearbeider i mange år, på [o|St. Olav]. Så æ har sett det meste, hehe.
Hvordan ser velferdsteknologien ut hos dere i dag?
Ja, vi har jo trygghetsalarmer, det har vi hatt lenge, og så har vi fått medisindispensere og digitalt tilsyn om natta. Og så GPS, men den bruke vi mindre enn vi trudde. Det e kanskje {fem-seks brukere} totalt.
Hvorfor mindre enn dere trodde?
Nei, altså, det e ikke så enkelt. Du må ha samtykke, eller vedtak etter {kapittel 4A}, og det tar tid. Og pårørende e ikke enige seg imellom. Æ hadde en sak i fjor, ei dame [ag|født i -38], der den ene sønnen bodde i [pl|Stjørdal] og ville ha GPS, og den andre bodde i [pl|Tromsø] og sa at mor skal få gå der ho vil.
Hvordan løste dere det?
Vi hadde et møte, alle sammen, på [o|Hommelvik helsesenter], [d|den 3.], det var i desember. Og fastlegen, [p|Maren Stokke], var med. Det endte med at vi prøvde i tre måneder. Og mora, ho [p|Astrid], ho likte det faktisk. Ho sa at da kunne ho gå på butikken uten at naboan ringte etter oss, hehe.
Hvordan opplever de ansatte teknologien?
Det e delt, {altså}. De unge e på, de yngste e født med mobil i handa. Men vi har noen eldre sykepleiera som... altså, æ skal ikke si navn. Jo, a [p|Gunvor], ho har sagt det sjøl på personalmøte, at ho ikke gidd å lære seg en app til. Ho går av {om to år}.
Har dere superbrukere?
Ja, to. [p|Wenche] og en gutt fra [pl|Filippinene], [p|Jomar]. [p|Jomar] e helt rå, han fikser alt. Han har laget små videoer på telefonen, med instruksjoner, på både norsk og engelsk.
Hvor er de videoene lagret?
På fellesområdet, tror æ. Eller på {Teams}. Æ har dem ikke sjøl. Men du kan spørre han direkte, han har nummer [ph|9 4 4 1 2 8 7 3], eh, altså [ph|944 12 873].
Hva er den største utfordringen fremover?
Folk, ikke teknologi. Vi mangler {tre sykepleiera} fra nyttår. Og kommunen skal spare. Teknologien bli brukt som argument for å kutte stillinger, og det e ikke greit.
Siste spørsmål: hvis du kunne bestemme alt, hva ville du gjort?
Æ ville gitt hver sone en egen velferdsteknolog, i fast stilling. Ikke prosjekt. Vi e lei prosjekt, {mer eller mindre} alle sammen.
"""))
T.append(("P09", "nb", """
Sånn, da er vi i gang. Vil du starte med å presentere deg?
Ja. Eg heter [p|Kjersti Nygård Haugland], men alle sier [p|Kjessi]. Eg er ergoterapeut i [o|Bergen kommune], i [pl|Åsane] bydel, og har vært det i elleve år. Før det var eg på [o|Haukeland].
Hva er din rolle i velferdsteknologiarbeidet?
Eg er den som går hjem til folk og ser på boligen, da. Om de trenger dørsensor, {komfyrvakt}, sånne ting. Og så kartlegger eg om de klarer å bruke ting sjøl. Det er ikkje alltid så lett å si til en mann på [ag|nitti] at han ikkje klarer nettbrettet, {ikkje sant}.
Kan du fortelle om et hjemmebesøk som gjorde inntrykk?
Ja, det var en dame oppe i [a|Hesthaugvegen 14], i en sånn gammel trehusleilighet, tredje etasje uten heis. Hun hadde {Alzheimer} i tidlig fase, og datteren, [p|Henriette], ville ha kamera i stuen. Og damen sa bare, "eg ska ikkje ha nokke TV-overvåking i mitt hus, eg har levd gjennom krigen". Og det forstår eg jo godt.
Hva ble resultatet?
Vi ble enige om en komfyrvakt og en dørsensor, ingen kamera. Og så koblet vi på frivillig besøksvenn fra [o|Røde Kors], en pensjonert lærer som heter [p|Stein]. Han kom hver {torsdag}. Stein og henne, de spilte kort, og hun jublet hver gang han tapte, hehe.
Hvordan dokumenterer dere slike vurderinger?
I {Gerica}, under tiltaksplan. Og så har vi et eget skjema for samtykke. Det var registrert [d|19.09.2022], husker eg, fordi det var dagen etter min egen bursdag.
Hvordan er samarbeidet med leverandørene?
Sånn passe. Komfyrvaktene kommer fra en grossist i [pl|Drammen], og de er flinke, men når noe går i stykker er det lang ventetid. Vi har en kontaktperson der, [p|Pål-Ivar], og eg har mailen hans: [e|pal-ivar.moe@trygghjemme.no]. Han svarer, men det tar tid.
Har dere erfart at teknologi skapte nye problemer?
Å ja. En gang gikk komfyrvakten hos en mann i [pl|Ulset] av midt i middagen. Han trodde det var brannalarmen, ringte 110, og så kom det to brannbiler. Naboen hans, [p|Svein], har ledd av det i to år.
Hvis du skulle gi et råd til en ny ergoterapeut?
Ta deg tid med folk. Drikk kaffen. Teknologien er det minste. Og spør alltid: hva er viktig for deg? Det spørsmålet, {liksom}, det er det viktigste.
Takk skal du ha.
Bare hyggelig! Og hils [p|Ingvild] på instituttet, vi var på kurs sammen i fjor.
"""))

T.append(("P10", "nb", """
Hei, og velkommen. Kan du fortelle litt om deg sjøl og arbeidsplassen?
Hei hei. Ja, æ heite [p|Ronny Jakobsen], æ e sykepleiar på [o|Skjervøy sykestue], og så e æ tillitsvalgt for [o|NSF] her oppe. Æ har jobba her i {snart tjue år}. Æ e født og oppvokst på [pl|Arnøya].
Hva slags velferdsteknologi har dere tatt i bruk?
Det e mest trygghetsalarma og digitalt tilsyn på sykehjemmet. Og så prøvde vi medisindispensera i hjemmetjenesten, men vi har jo folk ute på øyan, der e det dårlig nett, så det va ikkje no hit, for å si det sånn.
Kan du utdype det med dårlig nett?
Ja, altså, ei dame på [pl|Kågen], ho hadde dispenser i {tre uker}. Den mista nettet hver natt når det blåste. Og da fikk vi varsel, og så må vi ut med båt. Med båt! Vi har jo ingen båt sjøl, vi må ringe til [p|Kåre] på ferga, eller til sønnen hennes, [p|Geir-Ove].
Hva sa ledelsen om det?
Ledelsen, altså kommunalsjefen, [p|Elin Rasmussen], ho va enig med oss. Vi sendte en rapport, datert [d|1. juledag 2020], nei vent, det va [d|2. juledag], æ jobba hele høytida det året. Og så ble prosjektet satt på pause.
Hvordan opplever du rollen som tillitsvalgt i dette?
Det e klart, folk e redd for at teknologi skal erstatte dem. Og det e ikkje helt feil heller. I budsjettet for neste år sto det at velferdsteknologien skulle gi "gevinst tilsvarende {2,5 årsverk}". Det står svart på hvitt.
Hvordan har dere håndtert det som fagforening?
Vi hadde møte med {rådmannen}, og så skreiv vi et brev. Og så snakka æ med ei fra fylkeskontoret, [p|Line Wold] i [pl|Tromsø], ho e veldig flink på arbeidsrett. [p|Line] sa at vi måtte kreve drøftingsmøte, og det fikk vi.
Har du noen gode historier om teknologien?
Ja! Ein mann, [ag|åttifem år], han fikk nettbrett for å ha videosamtale med barnebarnet i [pl|Oslo]. Og han lærte seg å bruke det til å se {fotball} og {Dagsrevyen} i stedet, hehe. Han ringte barnebarnet en gang, og så ikkje mer. Men han va fornøyd.
Er det noe annet du vil legge til?
Bare at dokker som forske må komme nordover. Ikkje bare [pl|Oslo] og [pl|Bergen]. Det e en helt anna verden her oppe, med vær og båt og ferge.
Takk for det.
Og hvis dokker vil snakke mer, ring meg på [ph|nitti-fem, tjue-to, åtti-en, null-fire].
"""))
T.append(("P11", "nb", """
Da kan vi begynne. Fortell gjerne litt om deg selv.
Ja, eg e [p|Hildegunn Tjelta], eg e fysioterapeut i [o|Sola kommune], jobbe mest med {hverdagsrehabilitering}. Og så e eg med i velferdsteknologiprosjektet, [o|Trygg heime Jæren], det e et samarbeid mellom fire kommuner.
Hvordan kom du inn i prosjektet?
Det va egentlig [p|Sindre] sin idé. [p|Sindre] e leder for rehabteamet, og han så at mange av brukerne våres hadde fallalarm som de aldri brukte. Den lå i skuffen, {liksom}. Så vi ville se på hvorfor.
Hva fant dere ut?
At folk skamme seg. De vil ikkje se gamle ut. Ein mann på [pl|Tananger], han sa det rett ut: "eg e ikkje så gammal at eg treng sånn halsbånd". Han va [ag|sytti-ni]. Og {tre veke} etter falt han i trappa.
Hvordan gikk det med ham?
Brudd i håndleddet. Han låg en time før naboen fant han, hu [p|Målfrid], ho hørte han ropte. Etter det brukte han alarmen. Men det e jo trist at det skal gå sånn.
Hvordan har dere jobbet for å endre holdningene?
Vi har laga små kurs på [o|Sola helsehus], og så har vi brukt folk som selv har alarm som ambassadører. Ho [p|Torill Ree] har vært med og fortalt om sine erfaringer. [p|Torill] e [ag|82], og ho e skarp som en kniv.
Har dere samarbeidet med pårørende?
Ja, vi hadde et pårørendemøte [d|onsdag 8. november], og det kom {nesten førti stykker}. Kaffe og kake. Og det va mange spørsmål om personvern, om hvem som ser dataene.
Hvem ser dataene?
Alarmsentralen i [pl|Stavanger] og hjemmetjenesten. Og leverandøren, i teorien. Vi har en avtale, databehandleravtale, den ligger i arkivet under [id|22/04519-3]. Eg måtte slå det opp til et pårørendemøte, derfor husker eg det, haha.
Er det noe du synes fungerer spesielt godt?
Ja, når brukerne sjøl får bestemme. Vi har en dame i [pl|Sola sentrum] som har {gps-sko}, altså med sensor i sålen. Ho går tur hver dag til [pl|Solastranden], og ho sier at sønnen hennes sover bedre nå. Det e fint.
Til slutt, er det noe du ønsker deg?
Mer tid. Og at vi får beholde prosjektmidlene etter {2025}. Men det e vel det alle sier.
Tusen takk.
Takk sjøl! Du kan sende referatet til meg, [e|hildegunn.tjelta@sola.kommune.no].
"""))
T.append(("P12", "nb", """
Okei, vi kjører. Hvem er du, og hva jobber du med?
Jeg heter [p|Mohammed Al-Khatib], kom fra [pl|Homs] i 2016. Jeg jobber i rusomsorgen i [o|bydel Grorud], som miljøarbeider. Og så har jeg vært med i et prosjekt med digital oppfølging, altså videosamtaler med brukere i {LAR}.
Hvordan fungerer det, digital oppfølging?
Skikkelig bra for noen, helt håpløst for andre, ass. De som har egen telefon og fast bolig, de svarer. De andre... telefonen blir solgt, eller stjålet. En gutt, vi kaller han [p|Lillebror] på huset, han har hatt sju telefoner siden {påske}.
Har du et eksempel på hvor det funket godt?
Ja. En dame, [ag|45 år], bor i en kommunal leilighet i [a|Ammerudveien 92], hun er skikkelig flink. Hun ringer meg hver morgen klokka ni, på [ph|+47 477 80 312], det er jobbtelefonen. Og hvis hun ikke ringer, så vet vi at noe er galt. En gang var det en overdose, og vi fant henne i tide. Det var [d|lørdag 17. juni]. Jeg glemmer det aldri.
Hva skjedde den dagen?
Hun ringte ikke. Jeg ringte henne, ikke noe svar. Så jeg ringte kollegaen min, [p|Tonje], som var på jobb i nærheten, og hun dro bort. Døra var låst, så vi ringte [o|Oslo legevakt] og politiet. Hun hadde tatt for mye, men de ga nalokson, og hun overlevde.
Det må ha vært tøft.
Ja. Etterpå satt jeg i bilen, den gamle Elbilen, [id|EK 12345]... nei, [id|EK 21345], og bare grein. [p|Tonje] satt med meg. Hun er tøff, Tonje, hun har vært i rus i tjue år.
Hvordan har ledelsen fulgt opp dere etter slike hendelser?
Vi har debrief. Lederen vår, [p|Bjørnar Eek], han er flink, han tar det på alvor. Og vi har psykolog tilgjengelig, [p|Ragnhild] fra [o|DPS Groruddalen], én gang i måneden.
Hvordan er personvernet ivaretatt i videosamtalene?
Vi bruker en egen app, ikke {Messenger} eller sånn. Men ærlig talt, mange brukere vil heller bruke {Snapchat}, hehe. Og vi må si nei. Alt skal dokumenteres i {Profil}, med saksnummer, og det tar tid.
Hva tenker du om fremtiden for dette?
Jeg tror det blir mer. Men det må være mennesker bak skjermen, {ikke sant}. Brukerne mine trenger ikke en app, de trenger noen som bryr seg, liksom.
Er det noe mer?
Bare at jeg vil takke [p|Tonje]. Skriv det. Hun reddet et liv den dagen.
"""))

T.append(("P13", "nb", """
Då er vi i gang. Kan du fortelje kven du er?
Ja, eg heiter [p|Oddbjørg Vartdal], eg er leiar for [o|Hareid omsorgssenter]. Eg har vore leiar der sidan [d|1. august 2009], så det er ei stund, hehe. Eg er frå [pl|Ulsteinvik] opphavleg.
Og korleis har velferdsteknologien kome inn hjå dykk?
Det starta eigentleg med ein brann. Ikkje hjå oss, men i nabokommunen, på ein omsorgsbustad i [pl|Vartdal], der ein bebuar døydde. Det var [d|i mars 2019]. Etter det fekk alle {komfyrvakt}, og då tenkte vi, kva meir kan vi gjere?
Kven var med og drog dette arbeidet?
Ho [p|Synnøve Brandal] frå IT, ho er fantastisk. Og så hadde vi ein ung sjukepleiar, [p|Max], han heiter faktisk [p|Maximilian Hjelle], men alle seier [p|Max]. Max er superbrukar. Han har laga eit lite hefte med bilete til dei tilsette.
Har du eit døme på ei utfordring de møtte?
Ja, med sengesensorane. Vi kjøpte frå [o|Sensio], og dei {første tre månadane} var det feilalarm heile tida. Det viste seg at sensorane reagerte på katten til bebuaren i rom [id|14B]. Han hadde fått lov å ha katt, ein stor raud hankatt, og den låg i senga heile natta, hehe.
Korleis løyste de det?
Vi justerte vekta, {mer eller mindre}. Og katten fekk si eiga seng. Dottera til bebuaren, [p|Reidun], ho strikka eit teppe til katten. Det er det finaste eg har sett.
Korleis samarbeider de med sjukehuset?
Med [o|Ålesund sjukehus] går det greitt, meldingane kjem elektronisk i {CosDoc}. Men det er framleis telefax i enkelte samanhengar, trur du det? I {2024}!
Kva med dei pårørande?
Dei fleste er positive. Men det er nokre som ringjer kvar dag. Ein son i [pl|Oslo] ringjer sjukepleiaren kvar kveld klokka ni. Vi har gitt han eit eige nummer, [ph|700 95 412], slik at han ikkje ringjer vaktrommet.
Kva vil du at forskinga skal få fram?
At leiarane treng støtte. Eg har stått i dette åleine i mange år. Kommunalsjefen, [p|Arnfinn], han er grei, men han har hundre ting på bordet.
Takk for samtalen.
Takk sjølv. Helsing [p|Oddbjørg], hehe.
"""))
T.append(("P14", "nb", """
Takk for at du ville være med. Kan du fortelle litt om bakgrunnen din?
Ja, jeg heter [p|Bo Kristoffersen], jeg er innkjøpsrådgiver i [o|Fredrikstad kommune]. Og ja, [p|Bo], bare to bokstaver, folk tror det er en skrivefeil, hæhæ. Jeg har jobba med anskaffelser i femten år, først i [o|Sarpsborg kommune] og så her.
Hvordan er du involvert i velferdsteknologi?
Jeg har hatt ansvar for anbudet på trygghetsalarmer og digitalt tilsyn. Det var en stor konkurranse, vi samarbeidet med [o|Hvaler kommune] og et par andre. Kunngjort i {Doffin} [d|15.01.2022], tilbudsfrist [d|1. mars].
Hva var de største utfordringene i anskaffelsen?
Å få helsefolka til å si hva de faktisk trenger. De sier "noe som virker", {liksom}. Og så får vi tilbud på hundre sider med tekniske spesifikasjoner. Jeg hadde en sykepleier med i evalueringa, [p|Mona Lie], og hun var gull. [p|Mona] kunne si, "dette her går ikke på natta, det er for mange knapper".
Var det noen konflikter underveis?
Ja, det ble klage. En av tilbyderne, jeg skal ikke si hvem, men de sendte klage til [o|KOFA]. Saken har nummer [id|2022/0388]. Den gikk i vår favør, men det tok et halvt år.
Hvordan gikk implementeringen?
Litt kaotisk. Leverandøren skulle bytte alle alarmene på seks uker, rundt {fire hundre brukere}. Og så ble det mangel på brikker, på grunn av det som skjedde i [pl|Kina] og sånn. Så vi fikk bare halvparten før {jul}.
Hvordan påvirket det brukerne?
Noen hadde gammel alarm og noen ny, og alarmsentralen visste ikke alltid hvem som hadde hva. En eldre mann på [pl|Kråkerøy], [ag|nittien år gammel], trykka på alarmen og den gikk til feil sentral. Heldigvis ringte han datteren sin også, [p|Grethe], og hun ringte oss.
Hva lærte du av det?
At vi må ha en overgangsplan som er skrevet av folk som jobber ute, ikke bare av oss på kontoret. Og at vi trenger en kontaktperson hos leverandøren som tar telefonen. Vi fikk det til slutt, [p|Patrick], han svarer på [ph|69 30 60 70], og han er rask.
Hvordan ser du på samarbeidet mellom innkjøp og helse i dag?
Bedre. Vi har {månedlige møter}. Og kommunalsjef [p|Heidi Bakke-Nilsen] har vært flink til å prioritere det. [p|Heidi] sier alltid at "teknologi er ikke et mål, det er et middel". Hun har sagt det så mange ganger at vi har det på en kopp, hæhæ.
Noe du vil legge til?
Nei, jo, at forskere burde se på hva som skjer med de gamle alarmene. Vi har et lager på [a|Tomteveien 8] fullt av gamle alarmer som ingen vet hva vi skal gjøre med.
"""))

T.append(("P15", "nb", """
Da er opptaket i gang. Kan du presentere deg?
Je heiter [p|Kari-Anne Bø], og je er helsefagarbeider i heimetjenesten i [o|Vågå kommune]. Je har vøri der i {tjuge år}, ja. Før det var je på [o|Vågå sjukeheim].
Fortell gjerne om hva du gjør med velferdsteknologi.
Je er {ressursperson} for medisindispenserne, og så har je litt ansvar for GPS-en. Det er itj så mange som har det, vi er jo ein liten kommune, men det er nokon oppi dala som bur langt frå folk.
Har du et eksempel?
Ja, det er ein kar, han er [ag|sytti-to], bur på ein gard oppi [pl|Nordherad], [pl|Nordre Nyhus] heiter garden. Han har {Parkinson} og litt begynnende demens, og så går han i skogen. Hele tida. Han har gått i skogen heile livet, og det vil han framleis. Så han har {GPS-klokke}.
Hvordan har det gått?
Stort sett bra. Men ein gong, det var [d|sundag 24. september], da gikk klokka tom for straum. Og han kom itj heim. Sønnen, [p|Trond], ringte meg klokka seks om kvelden. Og da var det mørkt. Vi fekk med [o|Røde Kors Hjelpekorps] og leitte i tre timar.
Fant dere ham?
Ja, han satt på ein stein ved [pl|Tesse] og åt nistepakka si. Heilt roleg. Han skjønte itj kva alle gjorde der, hehe. Men [p|Trond] var heilt ferdig.
Hva ble gjort etter det?
Vi lagde ein rutine om lading. Heimetenesta sjekker batteriet kvar dag i {Gerica}, og så ringer vi om det er under {tjue prosent}. Og så fekk han ei ekstra klokke. [p|Gunnhild], leiaren vår, ordna det på ei veke.
Hvordan er det å være ressursperson i en liten kommune?
Je er ressursperson og helsefagarbeider og bilsjåfør og alt, hehe. Men det er kjekt. Je kjenner alle. Dei ringer meg på privaten, [ph|917 44 206], sjølv om dei itj skal. Je seier til dei at dei skal ringe {vakttelefonen}, men...
Hvordan er samarbeidet med legekontoret?
Godt. Legen vår, Dr. [p|Salvesen]... ho heiter [p|Elisabeth Salvesen], ho er fra [pl|Bergen] opphavleg, men ho har vore her i tjue år, ho er meir vågåværing enn oss, hehe.
Takk for at du delte dette.
Takk sjøl. Og helsing til [pl|Oslo], hehe.
"""))
T.append(("P26", "nb", """
I:Velkommen alle sammen. Kan vi ta en rask runde med navn og hva dere jobber med?
A:Ja, [p|Sigrid Myhre], sykepleier i heimesjukepleia i [o|Hol kommune], på [pl|Geilo]. Tjue år i år, ja.
B:[p|Anders Rudningen], e jobbe i same tenesta, men på natt. Og så e e superbrukar for tilsynskamera.
C:Og e heite [p|Gull-Britt], e e frå [pl|Molde], men har budd i [pl|Ål] i tretti år. E jobbe på [o|Ål bu- og behandlingssenter].
D:[p|Jan Tore], fagforbund. Tillitsvalgt.
I:Takk. Kan nattevakta starte med å fortelle om kameratilsynet?
B:Ja, altså, vi har det hos sju-åtte brukarar heime. Vi ser ikkje bilete, berre ein slags silhuett. Vi ringjer inn {tre gonger pr natt}. Og det sparer oss for masse kjøring, det er jo langt mellom folk her, frå eine enden av kommunen til den andre, det er jo halvannan time.
A:Men du hugsar vel den natta i januar, med ho på [a|Lienvegen 112]?
B:Ja, ja. Det var [d|natt til 12. januar]. Kameraet viste at ho låg på golvet, men det var ein skygge. Det var dyna, som hadde gledd ned. Vi kjørte opp likevel, ein time i snøstorm.
C:Dette er typisk, altså. Vi stolar ikkje heilt på det. Hos oss er det same.
D:Og det er eit poeng for oss i fagforbundet. Folk får ansvar for noko dei ikkje kan sjå skikkeleg. Kven har ansvaret om det går gale? Vi skreiv til kommunedirektøren [p|Kristin Fekjær] om det.
I:Fikk dere svar?
D:Etter to månader. Eit langt brev. Dato [d|28.03.2023]. Ho skreiv at dette "vert vurdert i samband med evalueringa".
A:Typisk. Hehe.
C:Men det er ikkje berre negativt. Hos oss har vi ein dame, [ag|nittiåtte år], som elskar nettbrettet. Ho skypar med barnebarnet i [pl|Australia]. Du kjenner ho vel, ho [p|Olaug]?
A:Ja! [p|Olaug] frå [pl|Torpo]. Ho er fantastisk.
I:Hva tenker dere om opplæringen?
B:For lite. Eg fekk ein dag på [o|Hallingdal sjukestugu], og resten har eg lært sjølv på {YouTube}.
C:Og nattevaktene får ingenting, {altså}. Dei er ikkje med på {dagkursa}.
D:Det har vi teke opp. Fleire gonger. {Mer eller mindre} kvart halvår.
I:Siste runde: hva er det viktigste budskapet deres?
A:Ikkje gløym folka som skal bruke det.
B:Gje oss tid til å lære.
C:Og ring meg om du treng meir, [ph|32 08 51 19], det er kontoret.
"""))

T.append(("P27", "nb", """
I:Hei, og velkommen. Skal vi starte med en presentasjonsrunde?
A:Ja, jeg kan begynne. [p|Else Sandberg], {helsesykepleier}, [o|Tønsberg kommune], jobber på [o|Kilen helsestasjon].
B:[p|Nils Aslak Sara], fra [pl|Kautokeino], jobber som sykepleier i [o|Sámi Klinihkka]... nei, eller, jeg jobber nå i [o|Alta kommune], hjemmetjenesten. Flyttet for {to år siden}.
C:Og jeg er [p|Amira], helsefagarbeider på [o|Træleborg sykehjem]. Opprinnelig fra [pl|Damaskus].
I:Fint. Kanskje du kan begynne med erfaringene dine med teknologi i nord?
B:Ja, det e mye avstand, mye vær. Vi har hatt prosjekt med {videokonsultasjon} med fastlege, og det fungerer fint for noen. Men mange eldre snakker bare samisk, og appen er på norsk. Så jeg sitter der og tolker, ja.
A:Det er jo interessant, for hos oss er det det samme, bare med andre språk. Du tolker jo hele tida.
C:Ja, arabisk. Og det er ikke min jobb, egentlig. Men hvem skal gjøre det? En mann fra [pl|Aleppo], [ag|68 år], han hadde {slag} og skulle ha alarmknapp. Han forsto ingenting av brosjyren.
B:Akkurat sånn. Hos oss, en dame, født [d|15. juni 1934], hun nektet alarmen til jeg forklarte på samisk at det var "som en telefon til [p|Nils]". Da ble det greit, hehe.
A:Haha! Så du er en alarm nå, [p|Nils]?
B:Ja, [p|Nils] sin alarm, hehe.
I:Og hvordan ser det ut fra helsestasjonen?
A:Vi jobber jo med de yngste. Men vi har digital helsestasjon, meldinger via {Helsenorge}, og så har vi chat for ungdom. En jente skrev til meg på chatten [d|natt til 1. januar], jeg var ikke på jobb, selvfølgelig, men meldinga lå der da jeg kom på jobb etter helga. Det var tungt.
C:Ja, det er ikke bra at det ikke er noen der.
A:Nei. Vi skrev avvik. Og nå har chatten autosvar med nummer til krisetelefonen.
I:Hva tenker dere om personvern i slike løsninger?
B:I [pl|Finnmark] kjenner alle alle. Hvis jeg ser på skjermen at [p|Biret] i [pl|Máze] har vært på legevakten, så vet hele bygda det i morgen. Eller, ikke fra meg, men...
C:Ja, det er små miljøer. Også blant syrerne her. Alle kjenner alle.
I:Hvis dere skulle anbefale noe til kommunene?
A:Språk. Tolketjenester som er en del av teknologien, ikke noe vi må ordne selv.
B:Og samiske skjermbilder. Det finnes, men ingen har kjøpt det.
C:Og betal oss for tolkingen, {ikke sant}. Eller gi oss {et kurs} i det minste.
"""))
T.append(("P16", "nn", """
Då er opptakaren på. Kan du fortelje litt om deg sjølv?
Ja. Eg heiter [p|Ragnvald Nesheim], eg er fastlege ved [o|Voss legesenter] og har vore det sidan {2004}. Eg er òg sjukeheimslege på [o|Voss sjukeheim], to dagar i veka.
Korleis har velferdsteknologien påverka arbeidet ditt som lege?
Mest gjennom meldingar. Før ringde sjukepleiarane, no kjem alt som elektroniske meldingar. Det er betre for dokumentasjonen, men dårlegare for samtalen. Eg saknar å høyre stemma til [p|Astri] på telefonen, ho veit alltid kva som er viktig, hehe.
Kven er [p|Astri]?
[p|Astri Lid], sjukepleiar i heimetenesta, ho har jobba med meg i femten år. Ho skriv dei beste meldingane i kommunen. Kort og presist.
Har du døme på at teknologien har hjelpt pasientane dine?
Ja. Ein pasient med {KOLS}, ein mann på [ag|seksti-sju], budde på [pl|Bulken]. Han fekk eit nettbrett med målingar, oksygenmetning og puls, som blei sendt til heimetenesta. Vi fanga opp ei forverring [d|fredag 10. februar], og han slapp innlegging på [o|Haukeland universitetssjukehus]. Det var første gong på tre år.
Kva med ulempene?
Det blir mykje data. Og det er uklart kven som har ansvaret for å sjå på tala i helga. Eg sa ifrå til kommuneoverlegen, [p|Halvor Gjerme], fleire gonger.
Har det vore situasjonar der personvernet var eit tema?
Ja, ein gong sende systemet ei melding om feil pasient. Fødselsnummeret var feil, det stod [id|030552 23118] i staden for rett pasient, og eg ringde straks til leverandøren. Det viste seg å vere ein tastefeil frå ein vikar, ikkje ein systemfeil.
Korleis vart det handtert?
Avviksmelding, samtale med vikaren. Ho var heilt knust, stakkars. Ho heiter [p|Nora], ho er frå [pl|Danmark], og det var hennar andre veke. No er ho ein av dei beste.
Kva tenkjer du om korleis legane er involverte i kommunens velferdsteknologi-arbeid?
Vi er for lite med. Eg fekk ein e-post frå prosjektleiaren, [e|solveig.dale@voss.herad.no], med spørsmål om innspel, med frist {same veke}. Det er ikkje medverknad, {liksom}.
Til slutt, kva ønskjer du deg?
Ein fast kontaktperson, og fagmøte ein gong i månaden. Og at [p|Solveig] kjem på legemøtet vårt ein {tysdag}, så kan vi snakke saman i staden for å sende e-post, hehe. {Mer eller mindre} kvar månad.
Takk for samtalen.
Takk sjølv. Og hels til professor [p|Utne] om du ser han, vi gjekk saman på medisinstudiet i [pl|Bergen].
"""))

T.append(("P17", "nn", """
Velkomen. Vil du fortelje kven du er og kva du arbeider med?
Takk. Eg heiter [p|Aina Bjørkedal], eg er helsefagarbeidar på [o|Volda omsorgssenter], på {skjerma eining}. Eg har vore superbrukar for sengesensorane sidan [d|hausten 2021], eller, eigentleg frå [d|1. oktober 2021].
Korleis er ein vanleg arbeidsdag for deg?
Eg jobbar mest dag. Om morgonen går eg gjennom nattrapporten frå sensorane, og så snakkar eg med nattevaktene. Ofte er det [p|Lukas], han er frå [pl|Litauen], og han skriv på engelsk i rapporten fordi norsken hans ikkje er så god enno. Eg omset for dei andre, hehe.
Kva har vore den største utfordringa?
Å få folk til å stole på det. Ein gong i [d|februar 2022] fekk vi alarm frå rom [id|6], og det var ingen der. Bebuaren var på do. Men sensoren meinte at ho hadde falle. Etter det var det mange som ikkje tok alarmane på alvor.
Kva gjorde de då?
Eg og leiaren vår, [p|Inger-Johanne Slettebakk], laga ein plan. Vi gjekk gjennom kvar einaste {feilalarm} i ein månad. Det viste seg at det var kablane som var dårlege. Vi fekk nye frå leverandøren, [o|Nordic Care Solutions], og etter det har det vore betre.
Korleis reagerte dei pårørande på sensorane?
Dei fleste var positive. Men ein son, [p|Vegard Hustad], skreiv eit langt brev om at mora hans ikkje skulle ha sensor. Han meinte det var overvaking. Vi hadde eit møte med han og [p|Trude] frå [o|Pasient- og brukarombodet i Møre og Romsdal].
Kva enda det med?
At vi tok bort sensoren. Mora døydde [d|jonsokhelga 2022], ho var [ag|hundre og to år]. Eg tenkjer ofte på ho. Ho var så fin, og ho song salmar heile tida, særleg rundt {påske}.
Kva tenkjer du om superbrukarrolla?
Det er kjekt, men eg får ikkje tid. Eg skulle hatt {20 prosent} fristilt, men det har eg aldri fått. Det står i avtalen, men {mer eller mindre} ingen hugsar det.
Har du noko meir du vil seie?
Berre at dei som er vikarar og ringevikarar må få opplæring. Ein vikar frå [o|Orkidé Helse] trudde ein gong at tablet-en var ein TV, hehe.
Takk for at du stilte opp, [p|Aina].
Det var så lite. Ring meg gjerne på [ph|70 07 41 90] om det er noko.
"""))

T.append(("P18", "nn", """
Då startar vi. Kan du presentere deg kort?
Ja, eg heiter [p|Leiv Aasen Rønneberg], eg er pensjonist og frivillig besøksven i [o|Raude Kross Sogndal]. Og eg er pårørande, kona mi, [p|Brit], er på [o|Sogndal helse- og omsorgssenter] no.
Korleis har du opplevd velferdsteknologien som pårørande?
Det har vore ei blanding. Før ho flytta inn, budde vi på [a|Stedjevegen 31, 6856 Sogndal], og ho hadde {tryggleiksalarm} og {dørsensor}. Eg var sjølv [ag|åttito] då, eller, [ag|åtti-to], og eg klarte ikkje å passe på ho heile døgnet.
Korleis fungerte dørsensoren?
Når ho gjekk ut om natta, fekk heimetenesta varsel. Men ofte var eg vaken før dei kom, hehe. Ein gong, det var [d|nyttårsaftan 2021], gjekk ho ut i berre nattkjolen, og eg fann ho ved postkassa. Ho trudde det var {sommar}.
Korleis var det å ta imot hjelp frå heimetenesta?
Dei var fantastiske. Særleg ei som heitte [p|Marta], frå [pl|Polen]. Ho snakka med [p|Brit] som om dei hadde kjent kvarandre heile livet. Brit kalla ho "vesle [p|Marta]", hehe.
Du er også frivillig besøksven. Kva gjer du der?
Eg besøkjer to menn kvar {onsdag}. Den eine er [p|Ottar], han er [ag|nittifire], tidlegare fiskar. Vi drikk kaffi og snakkar om båtar. Han har nettbrett, men han brukar det berre til å sjå vêrmeldinga, hehe.
Korleis ser du på teknologien i lys av det frivillige arbeidet?
Teknologien kan ikkje erstatte ein kaffikopp. Men han kan hjelpe. [p|Ottar] fekk ein videosamtale med dotter si i [pl|Stockholm] i {jula}, og han gret etterpå. Det var fint.
Kva med personvernet? Er du uroa for noko?
Litt. Eg fekk brev i posten med [p|Brit] sitt fødselsnummer på framsida, [id|110942 338 71], eg meiner, det er ikkje så lurt. Postkassa står ute ved vegen. Kven som helst kan ta det.
Korleis har kontakten med sjukeheimen vore?
God. Avdelingsleiaren, [p|Kjellaug], ringjer meg kvar veke. Og eg har fått eit eige nummer til avdelinga, [ph|57 62 84 00], så slepp eg sentralbordet.
Takk for at du delte dette.
Takk sjølv. Og om du vil vite meir om besøkstenesta, kan du snakke med [p|Gerd] på kontoret.
"""))
T.append(("P28", "nn", """
I:Velkomne alle. Kan de starte med å seie namnet og kva de jobbar med?
A:Eg er [p|Torunn Hovland], fysioterapeut i [o|Stord kommune].
B:[p|Ask Eidesvik], IT-konsulent, same kommune, eg jobbar med velferdsteknologi på heiltid.
C:Og eg er [p|Jolanta], sjukepleiar på [o|Stord sjukeheim], eg kjem frå [pl|Gdańsk] opphavleg.
D:[p|Ingebjørg Tveit], leiar for heimetenesta i [pl|Fitjar].
I:Takk. Kan de fortelje om korleis samarbeidet mellom kommunane fungerer?
D:Det fungerer, men det er tungt. Vi er ein liten kommune, og vi kjøper teknologi saman med [pl|Stord]. Men Stord har alltid meir pengar, hehe. [p|Ask], du veit kva eg meiner.
B:Ja, ja. Men vi prøver å dele. Den nye digitale heimeoppfølginga, den starta vi i lag, [d|sist i august 2022].
C:For oss på sjukeheimen var det mest {nattkamera}. Og det var skummelt i starten. Ein pasient i rom [id|211] sa at kameraet var eit auge frå Gud, hehe.
A:Eg hugsar det, [p|Jolanta]! Han som var prest?
C:Ja, pensjonert prest, frå bygda her. Han var [ag|nitti år] og heilt klar i hovudet.
I:Korleis handterte de det?
C:Eg snakka med han. Og med dottera, [p|Ranveig]. Vi vart samde om at kameraet skulle vere av om dagen.
B:Og teknisk er det enkelt, ein knapp. Men det må dokumenterast i {Visma Profil}, og det er der det stoppar. Ingen veit kvar ein skal skrive det.
A:For meg som {fysioterapeut} er dette med fallsensorar viktig. Vi hadde ein studie, eller eit lite prosjekt, med [o|Høgskulen på Vestlandet], om fall i heimen.
D:[p|Torunn], var det det med [p|Sven-Erik]? Den svenske studenten?
A:Ja! Han frå [pl|Umeå]. Han var her i {seks veker} og samla data.
I:Kva var resultata?
A:Det var få deltakarar, {berre tolv}, men vi såg færre fall når dei hadde sensor og trening saman. Ikkje berre sensor. Det er poenget.
B:Og det er det eg prøver å seie til leiinga. Teknologi åleine gjer ingenting.
I:Har de noko de vil seie til slutt?
C:At vi treng fleire hender. {Ikkje sant}, [p|Ingebjørg]?
D:Jo. Og at nattevaktene må med når vi planlegg. Alltid.
"""))
T.append(("P19", "sv", """
Då sätter vi igång. Kan du berätta lite om dig själv?
Ja, jag heter [p|Linnea Wikström], jag är undersköterska, eller helsefagarbeider som det heter här, på [o|Eidsberg sykehjem] i [pl|Mysen]. Jag kommer från [pl|Karlstad] och flyttade hit {2018}, för lönen, ärligt talat, hehe.
Hur kom du in på välfärdsteknik?
Min chef, [p|Per Ivar Berg], frågade om jag ville vara superbrukare för de digitala tillsynen på natten. Jag hade jobbat med liknande i [pl|Sverige], på [o|Sundstagården] i [pl|Karlstad], så jag sa ja direkt.
Hur skiljer sig arbetet här från där hemma?
I [pl|Sverige] var det mer systematiskt, tycker jag. Här är det mer, ja, "vi prövar och ser". Det är både bra och dåligt. Men kollegorna är jättefina. Särskilt [p|Ingvild] och [p|Rose], [p|Rose] är från [pl|Filippinerna], hon kan allt om {surfplattor}.
Kan du berätta om en situation med tekniken som du minns särskilt?
Ja, det var en kvinna, [ag|åttiofyra år], i rum [id|23]. Hon hade {Lewy body-demens} och såg saker. Och när sensorn blinkade i taket trodde hon att det var ett öga. Hon blev jätterädd. Vi fick täcka lampan med tejp, haha.
Hur hanterades det?
Vi pratade med hennes son, [p|Henrik], och sedan med leverandören. De kom och bytte till en modell utan ljus. Det tog {fyra veckor}. Under tiden satt vi vakt på natten. Det var tungt.
Har du några tankar om integritet och samtycke?
Ja, mycket. Där hemma har vi ju en annan lagstiftning, och jag var osäker på vad som gällde här. Vi fick en utbildning av kommunjuristen, [p|Anette Brenna], den [d|7 september 2022], och det hjälpte.
Hur är det att arbeta som svensk i en norsk kommun?
Det går bra! Alla förstår mig, tror jag. Ibland säger jag "rolig" och menar kul, och norrmännen tror att det är lugnt, hehe. Och vi har en till svensk, [p|Mattias], han jobbar på {legevakten}.
Vad skulle du vilja förbättra?
Fler {utbildningstimmar}. Och att nattpersonalen får vara med på mötena. Det är ju vi som använder tekniken mest.
Något mer?
Bara att ni gärna får ringa mig, [ph|+46 70 412 88 15], jag har fortfarande svenskt nummer, haha. Eller mejla, [e|linnea.wikstrom@indre-ostfold.kommune.no].
"""))

T.append(("P20", "da", """
Så er vi i gang. Vil du fortælle lidt om dig selv?
Ja, jeg hedder [p|Mette Søgaard Lund], jeg er sygeplejerske og kommer fra [pl|Esbjerg]. Jeg har boet i Norge i tolv år nu, og jeg arbejder i hjemmesygeplejen i [o|Kristiansund kommune].
Hvordan kom du ind i arbejdet med velfærdsteknologi?
Det var [p|Kenneth], vores teamleder, der spurgte. Han vidste, at jeg havde arbejdet med medicinrobotter i [o|Esbjerg Kommune], så han tænkte, at jeg kunne hjælpe. Jeg er ressourceperson for medicindispenserne nu.
Hvordan går det med dispenserne?
Det går godt, for det meste. Vi har {omkring fyrre brugere}. Men det er nogle, der ikke kan finde ud af det. En mand på [pl|Nordlandet], han på [ag|91], han troede, at maskinen var en radio, og han prøvede at finde P1, haha.
Hvordan løste I det?
Vi satte et klistermærke på med stor skrift: "MEDISIN". Og så kom hans datter, [p|Tove-Lill], og forklarede det igen. Hun kommer fra [pl|Averøy] hver {søndag}.
Har der været hændelser, hvor teknologien svigtede?
Ja, én alvorlig. Det var [d|den 14. december 2022]. En dispenser gav ikke alarm, da en dame ikke tog sin medicin. Hun havde {diabetes} og blev dårlig. Vi fandt hende næste morgen. Hun klarede sig, men det var tæt på.
Hvad skete der bagefter?
Vi skrev en afvigelse, og sagen fik nummer [id|AV-2022-1441]. Leverandøren, [o|Evondos Norge], undersøgte det, og det var en softwarefejl. Den blev rettet efter {to uger}.
Hvordan er det at være dansker i en norsk arbejdsplads?
Det er fint. Folk griner lidt af mit sprog. Min kollega, [p|Arnt], siger altid, at jeg lyder som en, der har {kartofler i munden}, hehe. Men patienterne forstår mig godt.
Hvad tænker du om fremtiden?
Jeg håber, vi får mere tid til opfølgning. Vi er alt for få. Og jeg håber, at kommunen holder fast i projektet, også efter {2025}.
Er der noget, du vil tilføje?
Bare at [p|Kenneth] fortjener ros. Han har kæmpet for det her. Og hvis I vil vide mere, kan I skrive til ham på [e|kenneth.fuglem@kristiansund.kommune.no].
"""))
T.append(("P21", "en", """
okay so its recording now can you just tell me your name and what you do
yeah sure so my name is [p|dagny ruud] im a night nurse at [o|kleppestø sykehjem] in [pl|askøy] and ive been there for like twelve years now
and the welfare technology how does that fit into your nights
so we got the the digital supervision in in two thousand and twenty one i think it was [d|march twenty twenty one] and before that we walked around {every hour} now we just check the {screen} mostly
how did that go at first
honestly it was chaos the first week the system was going off like {every five minutes} and [p|jostein] who is the other night nurse he called the supplier at three in the morning and nobody answered so he left like a voice message that was not very polite haha
did anyone from the supplier get back to you
yes a guy called [p|ruben] from [o|safe care as] he came out the week after and he adjusted everything and he gave us his number which is [ph|nine two six four four one zero eight] so we call him directly now not the support line
how do the residents feel about it
mixed most of them dont know its there but there was one lady in room [id|thirty one] she was a retired teacher she was very sharp and she said i dont want any eyes on me so we had to turn it off her name was [p|berit] and she died last spring she was [ag|a hundred and one]
what about the families
the families mostly like it because they think we see everything but we dont we just see like movement one son he came from [pl|london] to visit his dad and he asked to see the screen and we said no and he got angry and he called the the leader [p|solfrid] the next morning
how did she handle that
she was good she explained it like the law and the consent and everything and then she wrote a letter to him on [d|the fourteenth of june] with all the details and after that he was fine actually he sent us chocolate haha
do you think the technology has made your job easier
yes and no its easier in the body i walk less but its harder in the head because you have to trust the machine and i dont always trust it you know {per week} maybe one or two times the system drops out and then we have to go round like before
what would you change
more training and more people i mean we are two on night for {twenty eight residents} and if something happens in two rooms at once we cant be in two places you know
thank you [p|dagny]
thank you and you can email me if you want at [e|dagny dot ruud at askoy dot kommune dot no] or just call the ward
"""))

T.append(("P22", "en", """
so yeah thank you for doing this could you introduce yourself
yes hello my name is [p|abdirahman yusuf] im from [pl|somalia] from [pl|mogadishu] i came to norway in two thousand and nine and now i work as a a health worker in the home care in [o|drammen kommune] in the [pl|fjell] area
and how long have you been working with the medicine dispensers
since [d|the first of september twenty twenty two] yes so a little more than a year and im one of the the super users we are three me and [p|hege] and [p|kristoffer]
what does a normal day look like for you
i start at {seven thirty} we have a meeting and then i drive out with the car its a small electric car [id|e v one two three four five] no sorry [id|ev 12354] i always forget and then i visit maybe {ten twelve patients} and i check the dispensers and the patients
can you tell me about a patient where the dispenser made a difference
yes there is a man he is [ag|seventy nine] he has {parkinson} and also a little bit of memory problem and before the dispenser he was taking the pills like wrong two times or no times and his daughter [p|anne lise] she was very worried she lives in [pl|tromsø] far away
and after the dispenser
after it was much better the machine talks to him it says take your medicine and he says thank you to the machine every time haha he is very polite and the daughter she calls me sometimes on my work phone [ph|four seven six two eight eight one nine] to ask how he is
are there challenges with language with the patients
yes sometimes some old people they dont like that im black or that i speak different norwegian one lady she said i want a norwegian nurse and my leader [p|gro anita] she said no this is your nurse and after some months the lady she liked me very much she gave me a cake on my birthday
thats a lovely story
yes its true and she is [ag|ninety five] now and still at home with the dispenser
what do you wish the municipality would do
more {courses} maybe in english or somali also not only norwegian and the the manual from the supplier is very long and complicated and i think also they need to pay the super users more we do extra work {every day}
is there anything else you want to add
yes just that my colleague [p|hege] she is the best teacher she teach me everything about the system and the {gerica} and the {dips} also and i want to say thank you to her
"""))
T.append(("P29", "en", """
I:okay welcome everybody lets just go around and say your first name and your job
A:hi im [p|maja] im a occupational therapist at [o|bærum kommune] at the the rehab team in [pl|sandvika]
B:im [p|tomasz] im from [pl|wrocław] i work in the home care night shift in [pl|bekkestua]
C:and im [p|eden] im a assistant nurse at [o|dønski bo og behandlingssenter] i came from [pl|eritrea] eight years ago
I:thank you so maybe we can start with the gps trackers you mentioned them before we started
B:yes so we have maybe {fifteen users} with {gps} and the problem is the battery always the battery one man mister [p|halvorsen] he is on [a|gamle ringeriksvei forty two] he takes the watch off every night and then in the morning he forgets it and goes out for a walk without it
A:oh i know him he walks to the the bakery every morning
B:yes exactly and one time in in [d|january twenty twenty three] he walked all the way to [pl|kolsås] in the snow and we found him because the baker called us not the gps haha
C:this is the same with us the technology is only as good as the people around it
I:can you say more about that
C:yes so we have door sensors on the {dementia} ward and they work okay but the the real alarm is the other patients one lady in room [id|fourteen] she always tells us when somebody is walking out she is like our security guard haha her name is [p|gunvor] she is [ag|ninety three]
A:haha i love that
I:and what about the rehabilitation side
A:so for us its more the the fall sensors and the stove guards i did a home visit on [d|the ninth of may] to a lady who had {three falls in one month} and we installed a sensor and she said she feels safer now but her son [p|erlend] he is not sure he thinks its too much
B:the families always disagree among themselves its normal
C:yes and sometimes they call us at night to ask why the alarm went off and we have to explain on the phone in norwegian which is not easy for me at {three am} haha
I:how do you feel about training
C:not enough i had one day with [p|kari] from the it and that was it
A:she is good but she is only one person for the whole kommune
B:we need more people like her and also the the super users need time {per week} not just on paper
I:thank you all so much
A:thank you and if you want the report from the home visits you can send to [e|maja dot lindgren at baerum dot kommune dot no]
"""))
T.append(("P23", "nb", """
ja da er vi i gang kan du si litt om deg selv
ja jeg heter [p|liv-marit dahle] og jeg er helsesekretær på [o|legevakta i gjøvik] eller [o|gjøvik interkommunale legevakt] som det heter egentlig og jeg har jobbet der i {fjorten år}
hva slags teknologi jobber dere med på legevakta
ja vi har jo det med videokonsultasjon nå og så har vi fått inn sånn digital triage i helsenorge og så tar vi imot alarmer fra trygghetsalarmene på natta fra {fem kommuner}
kan du fortelle om en natt som gjorde inntrykk
ja det var [d|natt til søndag tjueåttende november] jeg husker det fordi det var {første søndag i advent} og da ringte en trygghetsalarm fra [a|skolegata femten i raufoss] og det var en eldre mann [ag|født i tjuetto] eller [ag|nittien år] eller noe sånt og han sa bare at han ikke fikk puste
hva gjorde du da
jeg sendte ambulanse med en gang og så ringte jeg hjemmetjenesten i [o|vestre toten kommune] og det var [p|stig] som tok telefonen han er alltid så rolig og han kjørte bort og var der før ambulansen faktisk
hvordan gikk det med mannen
det gikk bra han hadde {lungebetennelse} og ble lagt inn på [o|sykehuset innlandet gjøvik] men han kom hjem igjen etter {en uke} og datteren hans [p|hilde] hun ringte og takket oss det skjer ikke så ofte
hvordan er samarbeidet med kommunene
det er forskjellig noen kommuner har gode rutiner og andre ikke og det er mye å holde styr på vi har en perm med alle numrene og han [p|ole kristian] som er fagansvarlig han oppdaterer den {hver måned}
har det vært feil i de numrene
ja en gang sto det feil nummer til nattevakta i [pl|søndre land] det sto [ph|sekstien tretti tjue femti] men det riktige var [ph|61 13 20 50] så vi ringte feil i {to uker} og det var en pensjonist som fikk alle samtalene
hva sa han
han var blid han sa at han syntes det var fint å få litt selskap på natta haha han het [p|hansen] tror jeg
hva tenker du om videokonsultasjonene
det er bra for noen ting utslett og sånn men ikke for pust eller brystsmerter da må de inn uansett og mange eldre klarer ikke å bruke {helsenorge} appen
takk for at du delte
takk selv og hvis du trenger mer kan du sende mail til [e|liv marit punktum dahle alfakrøll gjovik punktum kommune punktum no] eller noe sånt
"""))
T.append(("P24", "nb", """
okei da starter vi kan du presentere deg
ja hei jeg heter [p|frode myrvang] jeg er psykolog i [o|hamar kommune] i rus og psykisk helse tjenesten og så har jeg vært med i et prosjekt om digital hjemmeoppfølging for folk med psykiske lidelser
hvordan har det prosjektet vært
det har vært interessant vi startet [d|i januar tjuetjueto] og vi hadde {tolv deltakere} som fikk nettbrett med en app der de kunne skrive dagbok og ha videosamtaler med oss og vi så på om det reduserte innleggelser på [o|sykehuset innlandet sanderud]
og hva fant dere
at det fungerte for noen men ikke for alle de yngste var veldig fornøyde mens en eldre mann [ag|sekstiåtte] han bare ringte på telefonen i stedet for han syntes appen var tull og det er jo greit det også
kan du fortelle om en deltaker som gjorde inntrykk
ja en ung kvinne hun var [ag|tjuefire år] hun bodde på [pl|ottestad] og hun hadde mye angst og hun turte ikke å gå ut og med videosamtalene kunne hun snakke med meg uten å møte opp og etter {tre måneder} kom hun faktisk på kontoret i [a|parkgata trettifire] for første gang det var stort
hvordan samarbeidet dere med fastlegene
det var litt vanskelig fastlegene var ikke så involvert vi sendte {epikriser} men vi fikk lite tilbake bortsett fra doktor [p|sæther] på [o|storhamar legesenter] han var veldig engasjert han ringte meg ofte
hvordan var personvernet ivaretatt
vi brukte en godkjent plattform og alle data ble lagret i norge men en gang sendte en kollega en melding til feil deltaker det var [p|anne grete] hun var helt ødelagt etterpå vi meldte det som avvik med nummer avvik [id|tjuetre null fire ni to] og det ble fulgt opp
hvordan reagerte deltakeren som fikk feil melding
han var egentlig veldig grei han sa at han skjønte at det var en feil men det var jo alvorlig uansett og vi hadde et møte med han og [p|kristine] fra personvernombudet
hva tenker du om fremtiden for dette
jeg tror det kommer mer men vi må ikke glemme relasjonen teknologi kan ikke erstatte den og mange av våre brukere har {bipolar lidelse} eller {schizofreni} og trenger stabile folk rundt seg
er det noe du vil legge til
ja at prosjektlederen [p|randi helene] fortjener mye ros hun har jobbet så hardt og hun fikk prosjektet videreført til [d|trettiførste desember tjuetjuefem]
takk [p|frode]
takk selv bare ring hvis du lurer på noe [ph|nitti to null åtte to fire seks sju]
"""))

T.append(("P30", "nb", """
I:ja velkommen alle sammen kan vi ta en runde der dere sier navn og hva dere jobber med
A:ja jeg heter [p|vibeke] jeg er sykepleier i hjemmetjenesten i [o|lillestrøm kommune] i [pl|strømmen]
B:[p|eirik] ambulansearbeider på [o|ahus] prehospital på stasjonen i [pl|lillestrøm]
C:og jeg er [p|jonas] eller [p|joe] som de kaller meg jeg er fra [pl|cebu] på [pl|filippinene] og jobber som helsefagarbeider på [o|skedsmotun]
I:takk kan dere si noe om hvordan dere samarbeider rundt trygghetsalarmer
B:ja altså det er jo sånn at når alarmen går og det er fall så ringer alarmsentralen oss noen ganger i stedet for hjemmetjenesten og da kjører vi ut med ambulanse til noe som egentlig var en som trengte hjelp til å komme opp fra gulvet
A:ja det skjedde jo med hu på [a|solheimveien sju] [p|vibeke] husker du henne eller nei det er jeg som er vibeke haha jeg mener [p|eirik] husker du
B:ja ja [d|tredje juledag] eller var det [d|fjerde] i hvert fall i {romjula} vi kom dit og hun satt på gulvet og så på tv og hadde det helt fint
C:hos oss på sykehjemmet har vi ikke trygghetsalarmer men vi har sensorer i gangen og vi har en beboer som vi kaller [p|kapteinen] fordi han var sjømann han går alltid til døra {klokka fire om natta} og sier at han skal på vakt
A:åh så fint
I:hvordan opplever dere opplæringen i teknologien
C:for lite jeg lærte mest av [p|randi] som er superbruker hun er veldig tålmodig og hun forklarer alt på engelsk også
A:vi fikk et kurs i [pl|oslo] for {to år siden} på et kurs fra direktoratet eller hva det var men det var mest {powerpoint}
B:vi får ingenting om dette i ambulansen vi lærer det på jobb {mer eller mindre}
I:hva tenker dere om personvern
A:det er vanskelig når vi har så mange systemer vi har {gerica} og så {helseplattformen} nei ikke helseplattformen det er i midt-norge vi har {dips} og alt snakker ikke sammen
C:og noen pårørende ringer og spør om alt og vi vet ikke hva vi kan si en datter ringer hver dag til meg på [ph|sytti fire ni null null to fire fire] det er avdelingens nummer og spør om faren sin
B:det er sånn det er
I:takk for at dere delte dette
A:takk og hvis du vil ha mer kan du ringe meg direkte på jobb
"""))

# ---------------------------------------------------------------- engine
CODES = {"p": "person", "pl": "place", "a": "address", "o": "org", "d": "date",
         "ag": "age", "ph": "phone", "e": "email", "id": "id"}
TOK = re.compile(r"\[(p|pl|a|o|d|ag|ph|e|id)\|([^\]\[|{}]+)\]|\{([^{}\[\]|]+)\}")


def parse_turn(raw):
    out, ents, keeps, pos = [], [], [], 0
    for m in TOK.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            ents.append((m.group(2), CODES[m.group(1)]))
            out.append(m.group(2))
        else:
            keeps.append(m.group(3))
            out.append(m.group(3))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "[" not in text and "]" not in text and "{" not in text and "|" not in text, raw
    return text, ents, keeps


def build(pid, lang, src):
    lines = [l.strip() for l in src.strip().split("\n") if l.strip()]
    fg = pid >= "P25"
    turns, gold_e, gold_k, speakers = [], [], [], []
    for i, l in enumerate(lines):
        if fg:
            tag, l = l.split(":", 1)
            spk = "I1" if tag == "I" else pid + tag
            if spk not in speakers and spk != "I1":
                speakers.append(spk)
        else:
            spk = "I1" if i % 2 == 0 else pid
        text, ents, keeps = parse_turn(l.strip())
        seen = set()
        for t, ty in ents:
            if t not in seen:
                seen.add(t)
                gold_e.append({"text": t, "turn": i, "type": ty})
        for k in dict.fromkeys(keeps):
            gold_k.append({"text": k, "turn": i})
        turns.append((spk, text))
    attrs = 'id="%s" participant="%s"' % (pid, speakers[0] if fg else pid)
    if fg:
        attrs += ' participants="%s"' % " ".join(sorted(speakers))
    xml = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<interview xmlns="urn:thematic:interview:1" %s language="%s">' % (attrs, lang),
           "  <body>"]
    for spk, text in turns:
        xml.append('    <turn speaker="%s">%s</turn>' % (spk, escape(text)))
    xml += ["  </body>", "</interview>", ""]
    return "\n".join(xml), turns, gold_e, gold_k, fg, speakers


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    gold, problems = {}, []
    ids = [t[0] for t in T]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for pid, lang, src in T:
        xml, turns, ge, gk, fg, spk = build(pid, lang, src)
        fn = pid + ".xml"
        with open(os.path.join(here, fn), "w", encoding="utf-8") as f:
            f.write(xml)
        root = ET.parse(os.path.join(here, fn)).getroot()
        parsed = [t.text or "" for t in root.iter("{urn:thematic:interview:1}turn")]
        assert len(parsed) == len(turns)
        for g in ge + gk:
            if g["text"] not in parsed[g["turn"]]:
                problems.append("%s: %r not in turn %d" % (pid, g["text"], g["turn"]))
        # unmarked occurrences of an entity text in other turns
        marked = {(g["turn"], g["text"]) for g in ge}
        for g in ge:
            if len(g["text"]) < 3:
                continue
            pat = re.compile(r"(?<!\w)" + re.escape(g["text"]) + r"(?!\w)")
            for i, t in enumerate(parsed):
                if (i, g["text"]) not in marked and pat.search(t):
                    covered = any(o["turn"] == i and g["text"] in o["text"] for o in ge)
                    if not covered:
                        problems.append("%s: unmarked %r in turn %d" % (pid, g["text"], i))
        n = len(ge)
        if not (12 <= n <= 20):
            problems.append("%s: %d entities" % (pid, n))
        if not (5 <= len(gk) <= 10):
            problems.append("%s: %d keeps" % (pid, len(gk)))
        if not (14 <= len(turns) <= 30):
            problems.append("%s: %d turns" % (pid, len(turns)))
        if fg and not (3 <= len(spk) <= 5):
            problems.append("%s: %d participants" % (pid, len(spk)))
        gold[fn] = {"entities": ge, "keep": gk}
    with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    for p in sorted(set(problems), key=problems.index):
        print("PROBLEM", p)
    from collections import Counter
    c = Counter(e["type"] for v in gold.values() for e in v["entities"])
    print(len(gold), "files;", dict(c), "keeps", sum(len(v["keep"]) for v in gold.values()))
    print(Counter(l for _, l, _ in T))
    return not problems


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
