#!/usr/bin/env python3
"""Generator for the heldout-natural-2 evaluation set (de-identification).

All interview text is written literally below.  Identifiers and "keep" words
are marked inline with double square brackets:

    [[surface text|TYPE]]

TYPE is one of PER (person), PLC (place), ADR (address), ORG (org),
DAT (date), AGE (age), TEL (phone), EML (email), ID (id) or KEEP (a word
that must NOT be treated as an identifier).  The markup is stripped when
the XML is written; gold.json is derived from it.

Each interview script has one turn per line.  Lines starting with "I:" are
the interviewer (speaker I1), lines starting with "P:" the participant.

Run:  python3 generate.py      (writes P01.xml .. P30.xml and gold.json,
                                then re-checks everything it wrote)
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape
import xml.etree.ElementTree as ET

OUT = Path(__file__).resolve().parent
NS = "urn:thematic:interview:1"
TYPES = {
    "PER": "person", "PLC": "place", "ADR": "address", "ORG": "org",
    "DAT": "date", "AGE": "age", "TEL": "phone", "EML": "email", "ID": "id",
}
MARK = re.compile(r"\[\[([^\[\]|]+?)\|(PER|PLC|ADR|ORG|DAT|AGE|TEL|EML|ID|KEEP)\]\]")

INTERVIEWS = []


def interview(pid, lang, register, script):
    INTERVIEWS.append({"pid": pid, "lang": lang, "register": register,
                       "script": script})


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def parse_turn(raw, where):
    clean, spans, pos = "", [], 0
    for m in MARK.finditer(raw):
        clean += raw[pos:m.start()]
        start = len(clean)
        clean += m.group(1)
        spans.append((start, len(clean), m.group(1), m.group(2)))
        pos = m.end()
    clean += raw[pos:]
    for bad in ("[[", "]]", "|"):
        if bad in clean:
            raise SystemExit(f"{where}: leftover markup {bad!r} in: {clean[:120]}")
    return clean, spans


def occurrences(text, needle):
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def build(iv):
    pid = iv["pid"]
    lines = [l.strip() for l in iv["script"].strip().splitlines() if l.strip()]
    turns = []
    for n, line in enumerate(lines):
        want = "I:" if n % 2 == 0 else "P:"
        if not line.startswith(want):
            raise SystemExit(f"{pid} turn {n}: expected {want} got {line[:40]!r}")
        speaker = "I1" if want == "I:" else pid
        clean, spans = parse_turn(line[2:].strip(), f"{pid} turn {n}")
        turns.append((speaker, clean, spans))
    if not 14 <= len(turns) <= 30:
        raise SystemExit(f"{pid}: {len(turns)} turns (need 14-30)")
    if iv["register"].startswith("stt"):
        for n, (_, text, _) in enumerate(turns):
            if text != text.lower():
                raise SystemExit(f"{pid} turn {n}: speech-to-text must be lower case")
    return turns


def gold_for(pid, turns):
    entities, keep = [], []
    seen_e, seen_k = {}, set()
    for n, (_, text, spans) in enumerate(turns):
        for (s, e, surf, t) in spans:
            assert text[s:e] == surf
            if t == "KEEP":
                if (n, surf) not in seen_k:
                    seen_k.add((n, surf))
                    keep.append({"text": surf, "turn": n})
                continue
            typ = TYPES[t]
            key = (n, surf)
            if key in seen_e:
                if seen_e[key] != typ:
                    raise SystemExit(f"{pid} turn {n}: {surf!r} typed both {seen_e[key]} and {typ}")
                continue
            seen_e[key] = typ
            entities.append({"text": surf, "turn": n, "type": typ})
    # the same surface text must not be both entity and keep in one turn
    for item in keep:
        if (item["turn"], item["text"]) in seen_e:
            raise SystemExit(f"{pid} turn {item['turn']}: {item['text']!r} is both entity and keep")
    # keep spans must not overlap entity spans
    for n, (_, text, spans) in enumerate(turns):
        ks = [(s, e) for (s, e, _, t) in spans if t == "KEEP"]
        es = [(s, e) for (s, e, _, t) in spans if t != "KEEP"]
        for a in ks:
            for b in es:
                if a[0] < b[1] and b[0] < a[1]:
                    raise SystemExit(f"{pid} turn {n}: keep overlaps entity")
    # every word-bounded occurrence of an entity text, in any turn of the
    # interview, must be covered by some marked span (entity or keep)
    texts = {e["text"] for e in entities}
    for n, (_, text, spans) in enumerate(turns):
        for surf in texts:
            for (s, e) in occurrences(text, surf):
                if not any(a <= s and e <= b for (a, b, _, _) in spans):
                    raise SystemExit(f"{pid} turn {n}: unmarked occurrence of {surf!r}: ...{text[max(0,s-40):e+40]}...")
    return entities, keep


def write_xml(iv, turns):
    pid = iv["pid"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<interview xmlns="{NS}" id="{pid}" participant="{pid}" language="{iv["lang"]}">',
           '  <body>']
    for speaker, text, _ in turns:
        out.append(f'    <turn speaker="{speaker}">{escape(text)}</turn>')
    out += ['  </body>', '</interview>', '']
    path = OUT / f"{pid}.xml"
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def verify(path, iv, turns, entities, keep):
    root = ET.parse(path).getroot()
    assert root.tag == f"{{{NS}}}interview", root.tag
    assert root.get("id") == iv["pid"] and root.get("participant") == iv["pid"]
    assert root.get("language") in ("en", "nb", "nn")
    kids = list(root)
    assert len(kids) == 1 and kids[0].tag == f"{{{NS}}}body"
    xturns = list(kids[0])
    assert len(xturns) == len(turns)
    for xt, (speaker, text, _) in zip(xturns, turns):
        assert xt.tag == f"{{{NS}}}turn" and len(list(xt)) == 0
        assert xt.get("speaker") == speaker
        assert (xt.text or "") == text
    for item in entities + keep:
        t = xturns[item["turn"]].text or ""
        if item["text"] not in t:
            raise SystemExit(f"{path.name}: gold text {item['text']!r} not in turn {item['turn']}")


def main():
    ids = [iv["pid"] for iv in INTERVIEWS]
    assert ids == [f"P{n:02d}" for n in range(1, 31)], ids
    gold = {}
    by_reg = Counter()
    by_type = Counter()
    n_keep = 0
    problems = []
    for iv in INTERVIEWS:
        turns = build(iv)
        entities, keep = gold_for(iv["pid"], turns)
        path = write_xml(iv, turns)
        verify(path, iv, turns, entities, keep)
        if not 5 <= len(keep) <= 10:
            problems.append(f"{iv['pid']}: {len(keep)} keeps")
        if not 10 <= len(entities) <= 24:
            problems.append(f"{iv['pid']}: {len(entities)} entities")
        gold[path.name] = {"entities": entities, "keep": keep}
        by_reg[(iv["lang"], iv["register"])] += 1
        for e in entities:
            by_type[e["type"]] += 1
        n_keep += len(keep)
        print(f"{iv['pid']} {iv['lang']} {iv['register']:<22} turns={len(turns):2d} "
              f"entities={len(entities):2d} keep={len(keep):2d} "
              f"words={sum(len(t[1].split()) for t in turns)}")
    (OUT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                   encoding="utf-8")
    # re-read gold.json and re-check against the XML files on disk
    again = json.loads((OUT / "gold.json").read_text(encoding="utf-8"))
    for fname, g in again.items():
        root = ET.parse(OUT / fname).getroot()
        xturns = list(list(root)[0])
        for item in g["entities"] + g["keep"]:
            assert item["text"] in (xturns[item["turn"]].text or ""), (fname, item)
    print()
    for k, v in sorted(by_reg.items()):
        print("register", k, v)
    for k, v in sorted(by_type.items()):
        print("type", k, v)
    print("entities total", sum(by_type.values()), "keeps total", n_keep)
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ")
        sys.exit(1)


# ---------------------------------------------------------------------------
# interviews
# ---------------------------------------------------------------------------

interview("P01", "en", "en-spoken", r"""
I: Thank you for taking the time today. Maybe you could start by telling me a little about yourself and what you do?
P: Yes, sure. So I'm [[Hilde Brattli|PER]], I'm a nurse, and I have worked in the home care in [[Trondheim|PLC]] for, hmm, almost fifteen years now. First out in the south and then I moved over to the zone that covers [[Byåsen|PLC]]. I took my bachelor at [[NTNU|ORG]], well, it was something else back then, and later a further education in elderly care. No master, no [[PhD|KEEP]], I'm not like you people, haha.
I: Haha, we need all kinds. When did the medicine dispensers come into your daily work?
P: It was in the autumn of... no, that's wrong. It was the [[2nd of March 2020|DAT]], I'm quite sure, because it was the week before everything closed down with corona. We got twelve dispensers from [[Medisinpartner AS|ORG]] and a woman from them came and showed us how to fill the rolls and so on. Honestly, that first day nobody understood anything. And then the country closed, and she couldn't come back, so we did the rest on [[Teams|KEEP]], with the camera pointing at the machine.
I: Do you remember who the first patients were?
P: Oh yes, very well. The first one was an old gentleman up in [[Munkvollvegen 12|ADR]], [[Arnfinn|PER]], he was [[eighty-seven|AGE]] and had [[Parkinson|KEEP]], quite advanced, so the hands were shaking and the pills ended up on the floor, under the sofa, in the cat's bowl, everywhere. His daughter phoned us maybe four times [[per week|KEEP]] because she was so worried. So he was the perfect candidate, we thought. And he hated it. The first week he pulled the plug out, he said it was beeping like a lorry that is backing up.
I: How did you handle that?
P: I just sat with him. I had the long route on Tuesdays, so I could take twenty minutes extra. We had coffee and talked about the machine like it was a person. After a while he started to call it [[Hilde|PER]] number two, which, ehm, I decided to take as a compliment.
I: You mentioned his daughter. How were relatives involved?
P: [[Mona|PER]]'s a bit special, in a good way. She's a nurse herself, she works at [[St. Olavs hospital|ORG]], on the neurology side, so she had a lot of opinions. She wanted the alarm from the dispenser to go to her phone also, not only to us. And that was not possible at first, the system only sent to our duty phone, [[934 11 620|TEL]]. In the end [[Medisinpartner|ORG]] fixed it so a relative can get a text message, but that took more than a year.
I: And your colleagues, how did they take it?
P: Mixed. Very mixed. We have [[Gulnara|PER]], she is from Central Asia originally, a fantastic nurse, she took to it at once, she's the one who made the laminated cheat sheet that we still use. And then some of the older ones said a machine can't see if the patient is pale or confused. Which is true! That's the whole thing. When you come in the door with the pills you also see the person. The dispenser doesn't see anything.
I: Did you experience any consequences of fewer visits?
P: Yes. One case I think about a lot. A woman, [[ninety-one|AGE]], who lived alone in [[Flatåsen|PLC]]. She had the dispenser and it worked perfectly, every dose taken, green lights all the way in the log. So because it worked, we reduced her visits from three a day to one. And then one evening in [[November|KEEP]] she fell in the bathroom. She had a safety alarm, but it was hanging on the hook by the door. The evening dose was not taken, and the alarm did come to the phone, but the colleague who had the phone that evening thought, ah, she's just late again.
I: What happened afterwards, in the service?
P: We had a big meeting with our leader, [[Kjersti Aune|PER]], and the welfare technology people from [[Trondheim kommune|ORG]]. We wrote a deviation report, it was number [[2021-4471|ID]] or something close to that. And now the rule is that a missed dose must be followed up by phone within thirty minutes, and if nobody answers, somebody drives there. That should have been the rule from day one, if you ask me.
I: If you could change one thing about how these technologies are introduced, what would it be?
P: Time. Only time. We got the machines on a [[Monday|KEEP]] and were expected to use them the same week. I wish somebody like her, the cheat-sheet lady, got a few hours every week to be the, what do you call it, the super-user. And that patients could try before they decide. [[Arnfinn|PER]] ended up liking it, you know. He moved into [[Byåsen sykehjem|ORG]] at the end, and the staff there told me he asked for his machine. They had to explain they do the pills by hand there.
I: That's a lovely detail. Is there anything else you want to add?
P: No, I think that's it. If you need more, you have my mail, [[hilde.brattli@trondheim.kommune.no|EML]]. Or just call me, I [[don't|KEEP]] mind.
""")

interview("P02", "nb", "nb-trondersk", r"""
I: Først: hvem er du, og hvor jobber du?
P: Ja. Æ heite [[Randi|PER]], [[Randi Follo|PER]], æ e assistent, ufaglært egentlig, men æ har gått her i snart tjue år, så æ kan vel det meste no. Æ jobbe natt på [[Grønnåsen omsorgssenter|ORG]] i [[Orkanger|PLC]]. Eller i [[Orkland|PLC]] ska æ vel si, etter sammenslåinga, men for oss e det [[Orkanger|PLC]].
I: Og dere har tatt i bruk digitalt tilsyn om natta?
P: Ja, det har vi. Vi testa litt i fjor høst, men de førstte kameraan kom opp [[14. mars|DAT]], det husk æ fordi at det va bursdagen tel [[Bo|PER]]. Han e nattsykepleier hos oss. Og vi hadd kake klokka tre om natta og satt og glodde på skjermen alle sammen. Han [[Bo|PER]] va skeptisk fra dag én, han sa at det her e overvåking, det e itj omsorg.
I: Hvordan fungerer det rent praktisk?
P: [[Altså|KEEP]], det e en sånn boks oppi taket, og når nån står opp av senga så får vi varsel på telefonen. Og så kan vi trykk og se en... ja, en sånn strekfigur, itj et ordentlig bilde. Det e litt som å sjå på et gammelt dataspill. Men du ser om nån ligg på golvet, og det e jo det som e poenget. Før måtte vi opp og åpne døra, og da våkna de jo, og da va natta øydelagt for dem.
I: Kan du fortelle om en situasjon der det gjorde en forskjell?
P: Ja, det e ei dame, æ kan itj si navnet, men hu e [[90 år|AGE]] og har [[Alzheimer|KEEP]], og hu står opp, æ veit itj, seks-sju gong om natta. Før gikk vi inn hver gong. Hu blei redd, hu trudde vi va innbruddstyva. No ser vi på skjermen at hu bare sett sæ på sengekanten og legg sæ igjen, og så lar vi ho være. Hu søv mye bedre no. Og det sa sønnen hennes og, han [[Geir Ove|PER]], han som va så imot det i starten.
I: Han var imot det?
P: Å ja. Han ringte [[Kari Hoel|PER]], som e avdelingsleder, og sa at han ville ha det skriftlig at ingen satt og så på mora hans. Det blei et helt vedtak ut av det, med saksnummer og alt, [[22/01873|ID]], det sto på alle papiran. Og juristen i kommunen måtte skriv et brev. Men så kom han på besøk en kveld og fikk sjå kor lite det faktisk vises på skjermen, og da snudde han helt.
I: Hvordan opplevde kollegaene dine overgangen?
P: Ho [[Liv|PER]] syns det e kjempebra, hu e jo han [[Bo|PER]] sin motsetning, hu e den som les manualen. [[Siv|PER]] derimot, hu e litt eldre enn mæ, hu sa hu fikk dårlig samvittighet av å sitt på vaktrommet. Hu følte at hu itj gjorde jobben sin. Det tok lang tid før hu skjønte at det å la folk sove e en del av jobben.
I: Har det vært tekniske problemer?
P: Ja, herregud. Nettet i andre etasje, det fall ut hele tida den første måneden. Vi ringte [[Frank|PER]] på IT, og han kom opp hit fra [[Fannrem|PLC]] midt på natta en gong, i joggebukse. Så fant de ut at det va en ruter som sto bak et kjøleskap. Leverandøren, [[Vaktsomt AS|ORG]], de sa bare at det va kommunens nett. Og kommunen sa det va leverandøren. Du kjenn jo den leken.
I: Hvordan har arbeidsdagen – eller natta – din endret seg?
P: Det e roligere. Det e færre runder. Før gikk vi runde hver time, [[liksom|KEEP]], inn og ut av romman. No går vi når det e grunn tel det. Men æ savne litt det å titte inn, for du ser jo ting. En pust som e rar, en lukt, en som e varm i panna. Det ser du itj på en strekfigur. Så vi har blitt enige om at vi går i hvert fall én runde i løpet av natta uansett.
I: Hva tenker du om at folk skal bo hjemme lenger, og at slike løsninger kanskje brukes hjemme også?
P: Æ skjønne at folk ska [[bo|KEEP]] heime lengst mulig, og at det e politikken. Men heime e det jo ingen som sitt på vaktrommet. Det e en ting at kameraet varsle, men nån må jo kjør ut. Søstra mi bor ute på [[Agdenes|PLC]], og dit e det førti minutt med bil fra basen. Førti minutt på golvet e lenge når du e [[åttifem|AGE]].
I: Til slutt, er det noe du vil at vi skal ta med oss fra dette intervjuet?
P: At nattevaktan må være med fra starten. Alt blir bestemt på dagtid, på møter klokka ti på en [[tirsdag|KEEP]], og vi får en lapp i posthylla. Hadd dokker spurt oss først, så hadd vi sagt det med ruteren bak kjøleskapet med en gong, haha.
""")

interview("P03", "en", "en-spoken", r"""
I: Could you tell me a bit about your background, and how you came to work here?
P: Okay. So my name is [[Maricel Dizon|PER]], I am from a small town in the [[Philippines|PLC]], and I came to [[Norway|PLC]] in [[2014|DAT]]. First I was an au pair in [[Bærum|PLC]], with a family with three kids, very nice family. Then I took the Norwegian courses and I got my authorization as a nurse from [[Helsedirektoratet|ORG]], it took almost two years, so much paper! And after that I came north, and now I am in [[Bodø|PLC]], at [[Hunstad sykehjem|ORG]], on the dementia unit.
I: What kind of technology do you use in your unit?
P: We have tablets for the residents, for music and for video calls, and then the sensor mats, and of course the documentation in [[Gerica|KEEP]]. Gerica, hmm, I have a love and hate relationship with Gerica. When I came it was very difficult, because all the words are in Norwegian, and the nursing words also, so I had my little notebook with translations.
I: You said tablets for video calls. How did that start?
P: That was with the corona, the spring when there was no visit allowed. Our leader, [[Ellen-Margrethe|PER]], we call her [[Ellemor|PER]], haha, she came with five tablets, she got them from [[Lions Club Bodø|ORG]], they donated. And she said, [[Maricel|PER]], you are young, you do this. I am not so young! But okay. So I made a list of all relatives and when they can call.
I: How did the residents react to seeing their families on a screen?
P: Some were very happy. Some were confused. There was one man, Mr. [[Hansen|PER]], I can say [[Hansen|PER]] because there are a thousand Hansens up here. Hmm, no, sorry, not Mr. [[Hansen|PER]]. I mean, maybe I should not say. Anyway, he was [[ninety-four|AGE]] and his grandson was calling from [[Oslo|PLC]], and he thought the grandson was inside the tablet, stuck. He was knocking on the screen. It was sad and also a little bit funny. After that we always had a nurse sitting with them, so it was more like a visit with three persons.
I: Did the relatives find it worked?
P: Mostly yes. One daughter, [[Else Marie|PER]], she lived far up north and she called every [[Sunday|KEEP]] at six, exactly six, you could set the clock after her. She sent me an email afterwards, to our unit email, [[demens.hunstad@bodo.kommune.no|EML]], to say thank you, and that she will never forget it. I printed it and we have it on the wall in the staff room.
I: Do colleagues come to you for help with the technology?
P: Yes, all the time now. It is funny, because when I came, I was the one who did not understand anything. Now [[Torunn|PER]], she is working here thirty years, she comes to me and asks, how do I make the sound work. And [[Jocelyn|PER]], she is also from the [[Philippines|PLC]], she came last year, I help her with Gerica in [[Tagalog|KEEP]] when it is very difficult, and then I feel like, okay, I made the circle.
I: That's a nice way to put it. Are there things that are difficult with the sensor mats?
P: Yes, the mats. They are, how do you say, too sensitive? When a resident turns in the bed, sometimes the alarm goes. And then the phone is beeping all night. There was a night, I think it was in [[January 2022|DAT]], I got forty-two alarms on one night shift. Forty-two! I wrote it in the report. And the next day [[Per|PER]] from the technical department came and changed the setting. [[Per|PER]] is very kind. Now it is maybe ten per night.
I: How do you feel when the alarm goes that often?
P: You become tired. Like, tired in your head. And then the danger is you think, ah, it is only the mat again. And one time it is not only the mat. I think you understand what I mean. We had no serious accident, thank God, but I think about it.
I: Looking back, what helped you most in learning all of this?
P: Honestly? The colleagues. Not the courses. The courses from the municipality are on line, a video and then a quiz, and you click, click, click. Hmm, it's "[[on line|KEEP]]", sorry, online. But to have somebody beside you who says, no, not like that, like this. That is how I learn. I think that is how [[anyone else|KEEP]] learns also.
I: Thank you, [[Maricel|PER]]. Any last words for the people who plan these things?
P: Only that we need more people, not more machines. But maybe both, okay, both. You can write that the Filipino nurse says both, haha.
""")

interview("P04", "nb", "nb-sorlandsk", r"""
I: Hei, og takk for at du stiller opp. Vil du fortelle litt om jobben din?
P: Ja da, det er bare hyggelig. Ej heter [[Bente|PER]], ej er helsesekretær på [[Vågsbygd legesenter|ORG]], her i [[Kristiansand|PLC]]. Ej har vært der siden, ehm, det var det året [[Start|ORG]] rykket ned. Nei, det sier dokker ingenting, ha ha. Siden [[2007|DAT]]. Så ej har sett det meste, både papirjournal og alt det nye.
I: Hva er det nye, slik du ser det?
P: Det er jo video, først og fremst. Og [[Helsenorge|KEEP]], at folk skal sende meldinger i stedet for å ringe. Og det er jo fint i teorien, men de gamle, de ringer jo. De ringer klokka åtte og ett minutt, og da står telefonen kje stille før halv ti. Vårt nummer, [[38 01 22 40|TEL]], det har stått i telefonkatalogen i førti år, og det er det de kan.
I: Hvordan ble videokonsultasjoner innført hos dere?
P: Det var doktor [[Tønnessen|PER]] som var ivrig, han er sånn teknisk type, han kjøpte kamera sjøl og hadde det på kontoret før noen andre. Og så kom pandemien, og da måtte alle. Vi hadde en dag, det var [[16. mars 2020|DAT]], det glemmer ej aldri, da ringte vi rundt til over hundre pasienter og sa at timen deres var blitt til video. Og halvparten sa: ka for no? Ej har kje data.
I: Hvordan løste dere det for de som ikke hadde utstyr?
P: Mye ble telefon, bare vanlig telefon. Men det var en dame, hun var født i [[1931|AGE]], og hun ville absolutt prøve. Så dattera, [[Solveig|PER]], kjørte ned fra [[Lillesand|PLC]] med et nettbrett, og så satt de to sammen på kjøkkenet og vinket til doktoren. Ej hørte om det i flere uker etterpå, hun ringte og takket. Det var så koselig.
I: Har det vært episoder der teknologien skapte problemer?
P: Å ja. Det var jo den gangen med systemet. [[6/5-23|DAT]], da gikk hele journalsystemet ned en hel formiddag. Vi hadde fullt venterom, og ingen kunne se noe. Ej måtte skrive på gule lapper, navn og fødselsnummer, og legge dem i ei skoeske. Og da sier en mann ute i skranken fødselsnummeret sitt høyt så hele venterommet hører det, [[04115239817|ID]], og ej bare, nei, nei, nei, ikke si det høyt! Ej husker det fortsatt, ser du, det er jo helt gæernt.
I: Det er et interessant poeng om personvern. Hvordan tenker dere rundt det?
P: Vi er veldig nøye nå. Vi har fått egen e-postadresse for ting som ikke er sensitivt, [[post@vagsbygdlegesenter.no|EML]], og så skal alt annet gå gjennom [[Helsenorge|KEEP]]. Men folk sender jo likevel. De sender bilde av utslett på mail, de sender røntgensvar. Da må ej slette og ringe dem og forklare. Det er mange telefoner, det.
I: Hvordan er samarbeidet med hjemmesykepleien i kommunen?
P: Det er bedre enn før. Vi har en fast kontakt, [[Kjell Arne|PER]], han sitter i [[Kirsten Flagstads vei 30|ADR]] og er koordinator i hjemmetjenesten for [[Vågsbygd|PLC]] og [[Flekkerøy|PLC]], og han er gull. Han svarer alltid. Men de har jo sitt system, [[CosDoc|KEEP]], og vi har vårt, og de snakker kje sammen. Så det blir elektroniske meldinger, og når de kje kommer frem, så blir det faks. Jo, faks! I dag!
I: Hvordan opplever du egen rolle i alt dette?
P: Ej er vel en slags tolk. Mellom legene og pasientene, og mellom pasientene og maskinene. [[Liksom|KEEP]], ej forklarer hvordan man logger inn med BankID på mobilen, og så forklarer ej hvorfor doktoren kje kan ringe tilbake før fredag. Det står ingenting om det i stillingsbeskrivelsen min, ha ha.
I: Tror du venterommet ser likt ut om ti år?
P: Ej tror det blir mer video, helt sikkert. Men ej håper de husker at det finnes folk som [[Solveig|PER]] si mor. Altså folk som vil, men trenger noen ved siden av seg. Uten dattera hadde det ikke gått. Og ikke alle har en datter som kan kjøre fra [[Lillesand|PLC]] en [[onsdag|KEEP]] formiddag.
I: Tusen takk, [[Bente|PER]]. Har du noe på hjertet som vi ikke har vært innom?
P: Nei, ej tror ej har pratet nok nå. Men ring meg hvis det er noe, du har jo direktenummeret. Og hils doktor [[Tønnessen|PER]] hvis du treffer han på konferansen, han sier han skal til [[Bergen|PLC]] i juni.
""")

interview("P05", "nn", "nn-spoken", r"""
I: Kan du fortelje litt om deg sjølv og kva du jobbar med?
P: Ja. Eg heiter [[Gunnhild Ormberg|PER]], og eg er fysioterapeut i [[Luster kommune|ORG]]. Eg har kontoret mitt i [[Gaupne|PLC]], men eg køyrer over heile kommunen, frå den eine enden av fjorden til den andre. Det blir mange mil i veka. Eg jobbar mest med kvardagsrehabilitering og med dei som har falle eller står i fare for å falle.
I: Korleis kom fallsensorane inn i arbeidet ditt?
P: Det var eit prosjekt saman med [[Sogndal|PLC]] og nokre andre kommunar, i [[påska 2021|DAT]] fekk vi dei første sensorane. Det er ein liten boks på veggen som skal merke viss nokon dett. Og så går det varsel til heimetenesta. Eg var med i prosjektgruppa fordi leiaren vår, [[Audun|PER]], meinte at ein fysioterapeut burde vere med. Det var eg glad for.
I: Kva var din rolle i prosjektgruppa?
P: Eg skulle vel vere den som tenkte på kvar folk fell, og kvifor. Det er ikkje tilfeldig, veit du. Dei fleste fell på veg til badet om natta, eller når dei reiser seg for fort frå godstolen. Så vi gjekk rundt i heimane og såg kvar sensoren burde stå. Saman med [[Ask|PER]], han er ergoterapeut, ung og flink, [[Ask Hauge|PER]]. Han teikna kart over kvar einaste stove.
I: Kan du fortelje om nokon av brukarane?
P: Det var ein mann på [[Veitastrond|PLC]], han var [[åttiåtte år|AGE]], og han budde heilt åleine i eit gammalt hus utan straum i andre etasje. Han hadde [[Parkinson|KEEP]] og hadde falle tre gonger den vinteren. Sonen hans budde i [[Bergen|PLC]] og ringde kvar kveld. Då sensoren kom på plass, sa han at no kunne han endeleg sove, sonen altså, ikkje faren. Faren syntest det var tull heile greia.
I: Fungerte sensoren?
P: Ja og nei. Han fall ein gong i [[oktober 2021|DAT]]? Nei, det var i [[november|KEEP]], og då kom varselet som det skulle. Men det tek førti minutt å køyre frå [[Gaupne|PLC]] til [[Veitastrond|PLC]]. Så han låg der likevel. Han sa etterpå at han visste at dei var på veg, og at det var noko anna enn å ligge og ikkje vite. Det har eg tenkt mykje på.
I: Korleis bruker de nettbrett i rehabiliteringa?
P: Vi har treningsprogram med video på nettbrettet. Så kan brukarane trene sjølv når eg ikkje er der, og eg kan sjå i ein logg kva dei har gjort. Ho [[Vår|PER]] i heimetenesta, [[Vår Nesheim|PER]], ho har lagt inn alle øvingane og spelt inn video av seg sjølv. Brukarane kjenner henne igjen no, dei seier: der er ho frå videoen!
I: Er det nokon som ikkje vil bruke det?
P: Mange. Og det er heilt greitt. Det var ei dame oppe i dalen, [[nitti år|AGE]] gamal, som sa ho ikkje ville ha ei fjernsynsdame til å seie kva ho skulle gjere i si eiga stove. Ho ville ha meg. Så då køyrde eg. Eg trur vi må tole at det er slik. Teknologi skal vere eit tilbod, ikkje ein regel.
I: Kva har vore det vanskelegaste for deg personleg?
P: Dokumentasjonen, trur eg. Vi skriv i [[Profil|KEEP]], og sensorloggane ligg i eit anna system, og treningsloggane i eit tredje. Så eg sit om kvelden og klipper og limer. Eg har sagt det til [[Audun|PER]] på kvart einaste møte på [[måndagar|KEEP]]. Han seier at det kjem ei løysing. Det har han sagt sidan [[2021|DAT]].
I: Kva tenkjer du om framtida for denne typen teknologi i ein kommune som [[Luster|PLC]]?
P: Vi er ein stor kommune med lange vegar og få folk. Så vi treng det. Men teknologien gjer ikkje vegane kortare. Eg vil heller at vi bruker sensorane til å vite meir, så vi kan kome før nokon fell, ikkje berre etter. Det er der fysioterapien kjem inn, [[altså|KEEP]].
I: Då er eg gjennom spørsmåla mine. Har du noko meir?
P: Berre at viss de vil snakke med fleire, så bør de ringje [[Ask|PER]]. Han har mykje på hjartet. Nummeret hans er [[90644213|TEL]], eg har spurt han om det er greitt.
""")

interview("P06", "en", "stt-en", r"""
I: okay it's recording now so maybe just start by telling me a bit about your role
P: yeah so um i'm [[tor-erik lund|PER]] i work in the home care in [[drammen|PLC]] and i'm what they call a tech champion or teknologiambassadør in norwegian so i'm based at the office up in [[konnerud|PLC]] and i have been doing the champion thing since [[september twenty twenty two|DAT]] before that i was just a regular nurse like [[everybody else|KEEP]]
I: what does a normal week look like for you
P: it's um half and half half normal nursing and half tech stuff so on [[monday|KEEP]] and tuesday i do the the gps watches and the door sensors and the rest of the week i'm out on the route like before me and [[max|PER]] share it [[max amundsen|PER]] he's the other champion he's more the it guy i'm more the people guy so we complement each other i think
I: can you tell me about the gps watches how do you work with them
P: yeah so the [[gps-klokka|KEEP]] as we call it it's a watch with a sim card and you set up a zone and if the person walks out of the zone the alarm goes to the relatives or to us and um the first real case we had was a man [[seventy nine|AGE]] with [[alzheimer|KEEP]] living in [[åssiden|PLC]] and his wife [[else|PER]] she called us in panic on the [[third of may|DAT]] because he was gone and it turned out the watch was on the kitchen table so that was lesson number one
I: what happened that time
P: the police found him actually he had walked all the way down to [[drammen stasjon|PLC]] he said he was going to work he used to work at the at the paper factory down by the river like forty years ago so in his head it was a normal morning and [[else|PER]] she cried on the phone to me and said she couldn't do this anymore so after that we sat down with her and with their daughter and we made a plan
I: what did the plan look like
P: um first the watch has to be on all the time so we changed to a model you can't take off without a tool and we got a new decision from the municipality because it is a kind of restriction you know so there's a case number on that i think it was [[23 4417|ID]] something like that and his wife has a copy in the kitchen drawer and the supplier [[trygg hjemme as|ORG]] came and set up a zone around the house in [[austadveien 14|ADR]] and the shop
I: how did he react to wearing it
P: he loved it actually he thought it was a fancy watch he told everybody it was a present from his grandson and um that's not true but we let him have that story you know it's his story
I: how do your colleagues relate to the technology
P: it's different some are super keen and some are like please don't give me another app like [[siv|PER]]'s reaction the first time i showed her the dashboard she said [[tor-erik|PER]] i have eleven patients before lunch i don't have time to look at a map and she's right you know she's not wrong the dashboard is not made for people who are driving a car between patients
I: so what did you do about that
P: we complained a lot haha we sent a long list to the it department to [[frank|PER]] he's the contact person there and his email is [[frank dot berg at drammen dot kommune dot no|EML]] i'm sure he's fine with me saying that everybody sends him everything anyway and he pushed the supplier to make a simple view on the phone just a red dot and a green dot and now it's much better
I: what about training how did people learn to use it
P: to be [[frank|KEEP]] the training from the supplier was terrible it was a video on line with a man talking very fast in swedish so me and [[amundsen|PER]] we made our own little course two hours in the lunch room with coffee and buns and that worked much better you can [[max|KEEP]] do six people at a time though otherwise it gets messy
I: you mentioned ethics earlier how do you think about the restriction part
P: um yeah it's a hard one because on one side he has the right to walk where he wants and on the other side it was november and dark and he was in slippers you know so we talked about it a lot in the team and with dr. [[holm|PER]] at the health centre no sorry just [[holm|PER]] he's the gp at [[strømsø legesenter|ORG]] and the family and i think we did the right thing but i'm not sure we always do
I: is there anything you would like to add before we finish
P: only that if other municipalities want to come and see how we do it they can just call me my work phone is [[four seven six two two one nine zero|TEL]] or they can ask [[max|PER]] he knows more about the tech side and um yeah thanks for asking about this it's nice that somebody cares
""")

interview("P07", "nb", "nb-oslo-east", r"""
I: Vil du starte med å si litt om hvem du er og hva slags enhet du leder?
P: Ja. Jeg heter [[Wenche Dahl|PER]], jeg er enhetsleder for hjemmetjenesten på [[Stovner|PLC]], har vært det i seks år nå. Før det var jeg sykepleier på [[Furuset|PLC]], og før det igjen var jeg på [[Aker sykehus|ORG]] da det fantes. Så jeg er øst-kanten helt gjennom, ass. Født og oppvokst på [[Romsås|PLC]].
I: Hva slags velferdsteknologi bruker dere i dag?
P: Vi har medisinautomater, vi har elektroniske dørlåser, så vi slipper nøkkelbokser, og så har vi GPS til en del med demens. Og trygghetsalarmer, selvfølgelig, men de har vi hatt i hundre år. Og så er det jo [[Gerica|KEEP]] på nettbrett da, at du dokumenterer ute hos bruker. Det var et lite helvete å få på plass, men nå funker det. Sånn cirka.
I: Du nevnte dørlåsene. Hvordan har det vært?
P: Det er egentlig en morsom historie. Eller, ikke morsom da, men... Vi hadde en bil som ble stjålet, [[andre juledag 2022|DAT]], fra parkeringen på [[Haugenstua|PLC]]. En hvit elbil, [[EL 48213|ID]], jeg husker skiltet fordi jeg måtte skrive det på sju forskjellige skjemaer. Og i bilen lå det en nøkkelboks med nøkler til fjorten brukere. Fjorten! Så da måtte vi bytte låser hos alle sammen samme natt. Jeg sto sjøl i oppgangen i [[Fossumberget 22|ADR]] klokka tre og holdt lommelykta.
I: Hvordan løste dere det?
P: Jeg ringte han [[Kenneth|PER]] i [[Lås & Nøkkel Service|ORG]], han har vi brukt i mange år, og han kom ut med to gutter og jobba til fem om morran. Og det var egentlig det som fikk oss over på de elektroniske låsene. For etter det sa jeg til bydelsdirektøren at dette gjør vi ikke igjen. Nå låser vi opp med telefonen, og hvis en telefon blir borte, så sperrer vi den fra kontoret. Ferdig.
I: Hvordan tok de ansatte imot låsene?
P: Blandet. De yngre syns det var dritbra. Men vi har en del eldre ansatte og en del som ikke har norsk som morsmål, og appen var bare på norsk og engelsk. A [[Fatima|PER]], hun er en av de beste jeg har, hun sa at hun følte seg dum for første gang på jobb. Det var vondt å høre. Så vi fikk han [[Ahmed|PER]], som er sånn teknisk, til å lage videoer på arabisk og somali. Han gjorde det på fritida, det må jeg si.
I: Det høres ut som mye skjer på uformelle måter?
P: Alt skjer på uformelle måter! [[Liksom|KEEP]], det er planer og prosjekter og styringsgrupper i [[Oslo kommune|ORG]], og så er det a [[Fatima|PER]] og han [[Ahmed|PER]] som sitter på pauserommet og finner ut av det. Jeg prøver å få det inn i budsjettet, at noen skal ha tid til sånt, men det er tungt.
I: Du nevnte GPS. Kan du si noe om det?
P: Ja, vi har kanskje femten brukere med GPS nå. De fleste har [[Alzheimer|KEEP]] eller en annen demens, og pårørende vil ha det mer enn brukerne sjøl, sånn er det bare. Vi hadde en mann, [[78|AGE]] tror jeg, som gikk hjemmefra hver kveld og ville til [[Vålerenga|PLC]], han hadde bodd der som gutt. Kona hans ringte hver gang, og vi fant han på [[T-banen|KEEP]] ved [[Tøyen|PLC]] to ganger. Med GPS-en ble det sånn at vi visste hvor han var før kona rakk å bli redd.
I: Er det noe dere har vært uenige om i personalgruppa?
P: Ja, om når det er greit å bruke. Noen mener at GPS er frihet, for folk kan gå ut alene uten at noen må være med. Andre mener det er å sette en lapp på folk som om de var hunder. Vi har hatt mange diskusjoner på personalmøter på [[fredager|KEEP]]. Jeg tror begge har litt rett. Det kommer an på hvem du spør og når.
I: Hvordan er samarbeidet med leverandørene?
P: Hakke noe imot dem som folk, men de er vanskelige å få tak i. Vi har en kontaktperson, [[Marius Strand|PER]], og han skifter jobb hvert år, tror jeg, for det er alltid en ny [[Marius|PER]]. Nei da. Men supporten stenger klokka fire, og vi jobber hele døgnet. Det sa jeg rett ut på et møte i [[KS|ORG]] en gang, og det ble stille i salen.
I: Helt til slutt – hva ville du sagt til en annen leder som skal i gang med dette?
P: Snakk med dem som faktisk skal bruke det. Ikke bare med meg. Og ha en plan for når ting går galt, for det gjør det. Og skriv ned skiltnummeret på bilene, ha ha. Hvis noen vil ringe meg, så er det bare å ta kontakt, [[926 30 114|TEL]], jeg svarer som regel, med mindre jeg står i en lås et sted.
""")

interview("P08", "en", "en-spoken", r"""
I: Thank you for agreeing to talk to me. Could you start by telling me about your father and your situation?
P: Yes. So, my father is [[Olav|PER]], he is [[eighty-six|AGE]] now, born in [[1937|AGE]], and he lives alone in a house in [[Sandnes|PLC]], in [[Austrått|PLC]], where I grew up. My mother died in [[2019|DAT]]. And I live in [[Stavanger|PLC]], so it is only twenty minutes, but I have a job and two teenagers, so. And my brother, [[Geir|PER]], he is in [[Ålesund|PLC]], so it's mostly me, you know how it is. It's always the daughter.
I: When did you start noticing that he needed help?
P: Ehm, it's hard to say exactly. Looking back, I think it started before Mum died, and she covered for him. But the first time I really understood was when he drove to [[Forus|PLC]], to the office where he worked for thirty years, on a [[Saturday|KEEP]], and he couldn't get in with his card, and he sat in the car park for four hours. A security guard called me. I will never forget that phone call.
I: What happened after that?
P: We got the diagnosis in the autumn, [[Alzheimer|KEEP]], early stage they said. And then the car. That was the war. His car, the old blue Volvo, [[RF 23109|ID]], it was his pride. The doctor reported to the authorities that he couldn't drive, and Dad thought I had done it. For months he said I had stolen his car. I hadn't. I only hid the keys afterwards, in my handbag. Okay, that part was me.
I: How did the GPS come into the picture?
P: It was the home care nurse, [[Line|PER]], who suggested it, she was really good. She said the [[GPS-klokka|KEEP]] could give us both a bit more freedom. He could walk to the shop and to the church like before, and I could see on my phone that he was okay. We got it through [[Sandnes kommune|ORG]], there was a form and a meeting, and it was on his wrist a few weeks later.
I: How has that worked for you?
P: In the beginning I was looking at the app all the time. At work, in meetings, in the middle of the night. My husband said I was addicted. And then one day, the [[17th of August 2022|DAT]], he was not home and the dot was moving up towards [[Dalsnuten|PLC]], the mountain, where he used to walk with Mum. I drove like crazy. And he was sitting on a bench halfway up, eating a chocolate, completely happy. He said, what are you doing here? So, yes, it worked, but it also made me more worried in a way.
I: That's interesting. Can you say more about that?
P: Before the watch, I didn't know where he was, so I had to trust. Now I know, all the time, and so every little thing becomes a question. Why is he at the petrol station? Why is the dot not moving? Is he lying on the ground? I actually called the emergency [[line|KEEP]] once, and he was just in the toilet at the library. I talked to a woman from [[Nasjonalforeningen for folkehelsen|ORG]], at one of their courses for relatives, and she said many feel like this. That helped a little.
I: Were there other services you used from them?
P: Yes, the course, and the phone, they have a number for relatives, the demenslinjen, I called that a few times late at night. And I went to a group in [[Stavanger|PLC]] with others in the same situation, every second [[Thursday|KEEP]]. There was a man there whose wife was only [[sixty-two|AGE]]. [[Sixty-two|AGE]]! That put things in perspective for me. I don't think [[Nasjonalforeningen|ORG]] gets enough money for what they do.
I: How do you experience the contact with the home care service?
P: Good people, too little time. They come twice a day now, morning and evening, maybe fifteen minutes. [[Line|PER]] moved to another zone, which was sad, and now it's a new person almost every time. Some of them are from abroad, which is fine, but Dad gets confused when he can't understand them, and then he gets angry, and he is not an angry man. I wrote about it on the feedback form and then I got a phone call from the leader, [[Sissel|PER]], she was very understanding.
I: Looking forward, what are you thinking about?
P: A place for him. A nursing home. He's on the list for [[Lura bo- og aktivitetssenter|ORG]], close to where he lives, but they say it can take a long time. I feel guilty even saying it. But I can't keep going like this, checking a dot on my phone. And I think he is lonely, the watch doesn't help with that.
I: Thank you so much for sharing all this. Is there anything else you would like to say?
P: Just that the technology is good, but it's not a person. I [[wouldn't|KEEP]] want anybody to think that now that he has the watch, he's fine. He's not fine. He's safe, maybe. That's not the same.
""")

interview("P09", "nb", "nb-nordnorsk", r"""
I: Hvis du skulle forklart jobben din til noen i et selskap, hva ville du sagt?
P: Hm. Æ ville sagt at æ heite [[Ørjan Nilsen|PER]] og jobbe i IT-avdelinga i [[Tromsø kommune|ORG]], sånn koordinerende for helse og omsorg. Æ e egentlig utdanna dataingeniør fra [[UiT|ORG]], og så har æ tatt en [[master|KEEP]] i helseinformatikk ved sida av. Æ havna her litt tilfeldig, æ skulle egentlig jobbe med olje, men så kom æ hit i [[2015|DAT]] og blei.
I: Hva er de største utfordringene slik du ser det fra IT-siden?
P: [[Altså|KEEP]], det e integrasjon. Det e alltid integrasjon. Vi har [[Gerica|KEEP]] for pleie og omsorg, sykehuset har [[DIPS|KEEP]], legekontoran har sine systema, og så kommer velferdsteknologien med sine egne plattforma. Og ingen av dem snakke sammen sånn av seg sjøl. Så det blir min jobb å få dem til å prate. Æ føle mæ som en tolk på et FN-møte, bare at ingen av partan vil høre på tolken.
I: Kan du gi et konkret eksempel?
P: Ja. Medisindispenseran. Vi ville at når en dose ikke blir tatt, så skal det komme et varsel rett inn i journalen, ikke bare på en telefon som ligg i ei lomme på nån i hjemmetjenesten på [[Kvaløya|PLC]]. Det prosjektet startet vi i [[januar 2022|DAT]]. Og æ trudde det skulle ta et halvt år. Det tok halvannet. For leverandøren av dispenseran og leverandøren av journalen, [[Tietoevry|ORG]], de måtte bli enige om et grensesnitt, og så måtte juristan bli enige om databehandleravtala, og så...
I: Hva skjedde da det endelig ble satt i drift?
P: Det gikk live [[1. november 2023|DAT]], en onsdag, og æ satt på vaktrommet på [[Tromsdalen|PLC]] med kaffe og tre skjerma. Og det funka! I to timer. Så kom det hundre og førti varsel på én gang, fordi det var en feil i tidssona. Alle dosene sto som ikke tatt fordi systemet trudde det var en time seinere. Sommertid og vintertid, sjø. Den glemmer æ aldri.
I: Hvordan håndterte dere det?
P: Æ ringte [[Eli|PER]], ho e fagsykepleier og min beste venn på helsesida, og ho sa: slå det av, [[Ørjan|PER]], slå det av nu. Så æ slo det av. Og så satt vi der til elleve på kvelden med han fra leverandøren på [[Teams|KEEP]] fra [[Oslo|PLC]] og fant feilen. Ho [[Eli|PER]] sin mann kom med pizza. Det e sånne ting ingen skriv i sluttrapporten.
I: Hvordan samarbeider du med de som jobber ute i tjenestene?
P: Æ prøve å være ute så mye som mulig. Det e lett å sitte på rådhuset og tegne piler. Men det e noe annet å stå i en gang i en kommunal bolig i [[Kroken|PLC]] og se at det ikke e dekning på mobilen. Så æ har vært med på kveldsvakt et par ganga. Æ kan ikke stell, men æ kan bære ting og holde kjeft.
I: Hva med personvern og informasjonssikkerhet?
P: Det tar halve tida mi. Hver ny løsning skal ha risikovurdering og personvernkonsekvensvurdering, og det skal signeres av nån. Vi hadde en avvikssak i fjor der en ansatt hadde sendt et bilde av en medisinliste på SMS til en kollega. Helt uskyldig ment, men navn og fødselsnummer sto på lista. Det blei meldt, det fikk saksnummer [[2023/11874|ID]], og æ måtte være med på å rydde opp. Æ skjønne godt hvorfor ho gjorde det. Det var raskere enn å finne frem i systemet.
I: Hvor går dette, tror du, de neste fem årene?
P: Æ trur det blir mer, ikke mindre. [[Helse Nord|ORG]] vil ha felles løsninga, og det e bra, men det e lang vei fra [[Tromsø|PLC]] til [[Karlsøy|PLC]] og enda lenger til [[Kåfjord|PLC]], både i kilometer og i nettverk. Æ e redd for at de små kommunan blir hengende etter. De har kanskje én IT-person, og han e også vaktmester.
I: Er det noe du vil legge til helt til slutt?
P: Bare at vi som jobbe med IT må høre mer på de som e ute. Og hvis du vil ha dokumentasjon på det prosjektet, så kan du sende mæ en mail på [[orjan.nilsen@tromso.kommune.no|EML]], så skal æ se ka æ kan dele. Men ikke forvent at det e pent. Det e skrevet klokka elleve om kvelden, [[ehm|KEEP]], med pizza.
""")

interview("P10", "nn", "nn-spoken", r"""
I: Korleis vart du helsefagarbeidar, og kvar jobbar du no?
P: Ja, eg heiter [[Margit Lydvo|PER]], og eg er helsefagarbeidar på [[Vangen omsorgssenter|ORG]] på [[Voss|PLC]]. Eg har jobba der sidan eg var [[nitten|AGE]], og no er eg [[femti|AGE]], så du kan rekne ut sjølv. Eg er frå [[Vinje|PLC]] på [[Voss|PLC]] opphavleg, [[altså|KEEP]] grenda [[Vinje|PLC]], ikkje kommunen i [[Telemark|PLC]], det blir folk alltid forvirra over.
I: Kva slags teknologi har de teke i bruk på avdelinga?
P: Det har vore mykje dei siste åra. Sengesensorar, som merkar om nokon står opp, og nettbrett til bebuarane, og no sist elektronisk medisinskap som opnar seg med kort. Og så skriv vi jo i [[CosDoc|KEEP]], det har vi gjort lenge. Eg var ikkje så glad i alt det nye i starten, skal eg vere ærleg.
I: Kva endra seg for deg?
P: Det var han [[Tor|PER]]. Han var ein av bebuarane, han var [[nittiein|AGE]], gamal gardbrukar frå ein gard inst i dalen, og han hadde ikkje sagt eit ord på månader. Og så fekk vi nettbrettet, og ho [[Eli|PER]], kollegaen min, fann gamle filmar frå jazzfestivalen og frå slåttonna i bygda på internett. Og då han såg ein film med hardingfele, så byrja han å nynne. Eg måtte gå ut på gangen og grine litt.
I: Det er ei sterk historie. Brukte de nettbrettet meir etter det?
P: Ja, då var eg omvendt. Vi laga ei liste over kva kvar einaste bebuar likte. Nokon ville sjå [[Brann|ORG]]-kampar, ein ville sjå fjella rundt bygda, ei dame ville høyre på andakten på radio kvar [[søndag|KEEP]]. Det tok tid å finne ut av, men det var verdt det. [[Eli|PER]] og eg brukte mange kveldar på det.
I: Korleis var det med sengesensorane?
P: Dei var meir krevjande. Dei pip mykje. Og dei skil ikkje mellom ein som snur seg og ein som er på veg ut av senga. Vi hadde ein periode i [[februar 2023|DAT]] der nattevaktene fekk over hundre varsel [[per natt|KEEP]]. [[Halvor|PER]], han som var nattsjukepleiar då, han skreiv eit langt avvik og sende til leiinga. Etter det kom leverandøren, [[Nordisk Omsorgsteknologi|ORG]], og justerte alt saman.
I: Kva med dei pårørande? Korleis har dei opplevd endringane?
P: Det er ulikt. Det var ein son som budde i [[Minnesota|PLC]], hans far var ein av bebuarane våre, og han ringde på video kvar [[laurdag|KEEP]] morgon, som var fredag kveld for han. Han sa at han aldri hadde snakka så mykje med faren sin før. Men det var også ei dotter som meinte at vi brukte nettbrettet i staden for å vere saman med mor hennar. Det var ikkje heilt urettferdig, det heller.
I: Korleis har leiinga støtta arbeidet?
P: Einingsleiaren vår, [[Torbjørg|PER]], ho har vore flink. Ho gav oss ein time i veka til teknologiarbeid. Men det er ofte den timen som ryk når det er sjukdom og mangel på folk. Då seier ho: i dag må vi prioritere stell. Og det er jo rett, men då blir det aldri tid. Eg har sagt det til [[Voss herad|ORG]] på eit allmøte også.
I: Kva med opplæringa?
P: Det meste har vi lært av kvarandre. Det var eit kurs på [[Høgskulen på Vestlandet|ORG]] som nokre av oss var med på, om velferdsteknologi, og det var nyttig for å forstå kvifor. Men korleis, det lærte vi på golvet. Og vi har fleire nye kollegaer frå andre land, [[Oksana|PER]] frå [[Ukraina|PLC]] til dømes, og ho er betre på nettbrett enn alle oss andre til saman.
I: Kva vil du at vi skal hugse frå denne samtalen?
P: At vi må halde fast på at det er menneske vi jobbar med. [[Tor|PER]] døydde i fjor haust, og eg var der. Det var ikkje nettbrett der då, berre eg og han og radioen. Men eg trur han hadde det godt den siste tida, og noko av det var takka vere musikken. Så både og, trur eg.
I: Tusen takk for at du ville snakke med meg.
P: Takk sjølv. Eg håpar det var til nytte. Og skriv gjerne at [[Eli|PER]] fortener ein medalje, ho ville aldri sagt det sjølv.
""")

interview("P11", "en", "en-spoken-group", r"""
I: Thanks for coming. As we agreed, you'll answer on behalf of your team today. Maybe start by introducing yourself and the team?
P: Yes, okay. I am [[Agnieszka Nowak|PER]], I am from [[Gdańsk|PLC]] originally, but I have lived in [[Norway|PLC]] for sixteen years now. I lead a home care team in [[Bærum kommune|ORG]], we are based in [[Sandvika|PLC]] and we cover the area down to [[Bekkestua|PLC]]. We are eleven nurses and health workers, and before this interview we had a meeting, so I have notes from everybody. So when I say "we", it is really we. Sometimes I will say who said what, if they allowed me.
I: That's great. What is the team's overall experience with welfare technology?
P: The short answer is: it depends on the day. The long answer, hmm. We use the safety alarms, the medicine dispensers, and since last year also camera supervision at night for some patients, through a tablet. Most in the team say the dispensers are the best thing that happened. [[Kristin|PER]], she is the oldest in the team, she said, and I wrote it down, "I was against it and I was wrong". That is a big thing for [[Kristin|PER]] to say, believe me.
I: And the camera supervision?
P: More mixed. The night group, [[Jan Erik|PER]] and [[Sana|PER]], they work mostly nights, they said it saves them a lot of driving. Before, they drove to [[Rud|PLC]] three times in one night for one lady, just to look if she was sleeping. Now they look at the tablet. But [[Sana|PER]] said something I think is important: she said, when I drive there, I also check the stove, the door, if she has eaten. The camera only shows the bed. So they want a checklist for what the camera cannot see.
I: Did the patients themselves have opinions about the cameras?
P: Oh yes. One man, he was [[a hundred and one|AGE]], the oldest patient we ever had, he said absolutely no. He said, in the war the Germans were watching me, I don't need you also. And of course we respected that. His daughter, who is a lawyer at [[Wikborg Rein|ORG]], she was actually for the camera, but he decided. He is the patient, not her. That was a good discussion in the team, about who decides.
I: How did the team experience the training?
P: Not good, honestly. The team was quite united on that. The course was two hours on [[Teams|KEEP]] with the supplier, [[Omsorgsvakt Norge AS|ORG]], and then we were supposed to know everything. [[Sol|PER]], she is our youngest, [[twenty-three|AGE]], she said she learned more from watching a video on the phone in the car. So now we have a system where [[Sol|PER]] and one more person are the "superbrukere" and they have one hour [[per week|KEEP]] where people can come and ask.
I: Did anyone in the team have a particularly difficult experience?
P: Yes, [[Marek|PER]], he is also Polish, we joke that we are the Polish mafia of [[Sandvika|PLC]]. He had a night, it was [[October 12th, 2022|DAT]], where the camera showed a patient lying on the floor, and he drove there and it was the blanket. Only the blanket, on the floor, in a shape like a person. He laughed afterwards, but in the moment his heart was, you know, boom boom. And he said, it is good that I went, because next time maybe it is not the blanket.
I: What about cooperation with the hospital?
P: That is a big topic for us, not only technology. When patients come home from [[Bærum sykehus|ORG]], the information is sometimes missing, sometimes it comes on paper in a plastic bag with the patient. The team wants the hospital and the municipality to share the medication list properly. We had one case, a man with [[Parkinson|KEEP]], where the medicines in the dispenser were from before the hospital, and nobody noticed for two days. That was serious. We wrote a deviation, and [[Vestre Viken|ORG]] answered, very politely, that they will look at their routines.
I: What do you as a team think would make things better?
P: Three things, we agreed. First, time for training, real time, not two hours. Second, somebody to call at night when the technology fails, because the supplier's phone is closed after four o'clock. And third, that we are asked before things are bought. [[Jan Erik|PER]] said, half joking, that the next time the municipality buys something, they should send one of the bosses on night shift with it first.
I: Did anyone disagree with those points?
P: Not really. [[Kristin|PER]] said maybe we also need to be more open, because sometimes we say no before we try. I think that's fair. I [[don't|KEEP]] think we are against technology. We are against bad introduction of technology.
I: Is there anything the team wanted me to hear that we haven't talked about?
P: Yes, one thing from [[Sana|PER]]. She said: please write that the patients are not stupid. They understand more than we think, and if we explain properly, most of them say yes. The ones who say no, like the old man, they have their reasons. I think that is a good place to end.
I: I agree. Thank you, and please thank the team.
P: I will. And you can send the summary to me, [[agnieszka.nowak@baerum.kommune.no|EML]], I will share it with them on the [[Wednesday|KEEP]] meeting.
""")

interview("P12", "nb", "stt-nb", r"""
I: da er opptaket i gang så kan du begynne med å fortelle litt om situasjonen til mora di
P: ja [[altså|KEEP]] mamma hun heter [[astrid|PER]] [[astrid solbakken|PER]] og hun er født i [[1929|AGE]] så hun er [[nittifire|AGE]] nå og hun bor fortsatt hjemme i leiligheten sin i [[grønnegata 31 2317 hamar|ADR]] og det vil hun gjøre til hun dør sier hun og jeg bor selv på [[ottestad|PLC]] så det er ikke så langt men jeg jobber turnus på [[sykehuset innlandet|ORG]] så jeg er ikke alltid tilgjengelig
I: når fikk hun medisinautomaten
P: det var i [[mars 2022|DAT]] tror jeg eller nei det var rett etter at hun kom hjem etter lårhalsbruddet så det må ha vært i april eller tidlig i mai og hjemmesykepleien sa at nå skulle hun få en sånn dispenser som piper og gir henne tablettene og at de da kunne komme sjeldnere og mamma hun sa ja med en gang fordi hun syns det var flaut at de kom så ofte
I: hvordan har det fungert
P: eh i begynnelsen var det helt kaos fordi den piper jo og hun hører dårlig så hun hørte den ikke og da gikk det en alarm til hjemmetjenesten og de ringte henne og hun hørte ikke telefonen heller og så ringte de meg på jobb midt i en operasjon nesten og det skjedde tre fire ganger den første uka
I: hva gjorde dere med det
P: det var han [[per|PER]] fra hjemmetjenesten han er sånn teknologiansvarlig for dem han kom hjem til henne og satte opp en sånn lampe som blinker i tillegg til lyden og flytta automaten fra kjøkkenbenken til ved siden av godstolen der hun sitter hele dagen og etter det har det gått mye bedre han [[per|PER]] han har jeg stor respekt for
I: hvordan opplever du kontakten med hjemmesykepleien ellers
P: den er god men det er mange forskjellige folk det kommer nye hele tiden og mamma hun husker ikke navnene men hun husker ansiktene og hun liker best ho [[bente|PER]] som har vært der lengst hun sier at [[bente|PER]] er den eneste som vet hvordan kaffen hennes skal være
I: er det andre ting du tenker på når det gjelder teknologien
P: ja det er jo det at de kommer sjeldnere nå hun fikk besøk tre ganger [[per|KEEP]] dag før og nå er det en gang om morgenen og så er det automaten resten av dagen og det er fint for pillene men hun blir jo ensom hun snakker med automaten jeg har hørt henne si takk til den og det er jo litt søtt men også litt trist
I: har du snakket med noen om det
P: ja jeg tok det opp med saksbehandleren i [[hamar kommune|ORG]] hun heter [[randi aas|PER]] og hun foreslo dagsenter to dager i uka på [[ankerskogen|PLC]] og det har vært bra mamma protesterte i tre uker og nå er det det beste hun vet det er der hun har venninna si [[signe|PER]] som er [[hundre og én|AGE]] og som fortsatt strikker
I: hvordan har du selv opplevd å være pårørende i dette
P: det er slitsomt altså jeg er enebarn og pappa døde i [[2011|DAT]] så det er bare meg og jeg har telefonen på hele tiden også når jeg sover og hjemmetjenesten har nummeret mitt [[916 27 448|TEL]] og jeg har bedt dem ringe heller en gang for mye enn en gang for lite men det betyr jo at jeg aldri er helt fri
I: hva tenker du om framtiden
P: jeg vet ikke helt hun sier hun ikke vil på sykehjem og jeg vil respektere det men hun falt igjen [[fjortende februar|DAT]] i år og lå på gulvet i to timer før hun fikk trykket på alarmen så kanskje det er på tide med en sånn fallsensor også [[eh|KEEP]] det har jeg søkt om men det har ikke kommet noe svar enda det står bare mottatt på [[helsenorge|KEEP]]
I: er det noe mer du har lyst til å si
P: nei bare at de som jobber der gjør en kjempejobb men de har for dårlig tid og at automaten ikke kan erstatte [[bente|PER]] og kaffen hennes [[liksom|KEEP]] det er det jeg vil si
""")

interview("P13", "nb", "nb-standard", r"""
I: Kan du begynne med å fortelle litt om rollen din?
P: Ja, [[ehm|KEEP]], jeg heter [[Stian Kristoffersen|PER]], jeg er sykepleier og har en sånn, ja, vi kaller det ressursperson for velferdsteknologi på [[Kråkerøy bo- og behandlingssenter|ORG]], her i [[Fredrikstad|PLC]]. Det betyr i praksis at jeg har tjue prosent av stillingen til å hjelpe kollegaer med alt som har en ledning eller en app. Og resten av tiden går jeg vanlige vakter på skjermet avdeling.
I: Hvordan ble du ressursperson?
P: Det var, [[altså|KEEP]], det var ikke noe jeg søkte på. Det var mer sånn at jeg var den som alltid fikk printeren til å virke. Og så kom lederen min, [[Mona Jahren|PER]], en dag i [[2021|DAT]] og sa at kommunen ville ha en ressursperson på hvert sykehjem, og at det var meg. Jeg sa ja før jeg tenkte. Det gjør jeg ofte, ha ha.
I: Hva slags teknologi jobber du med?
P: Mest sensorer. Vi har sånne, hva heter det, bevegelsessensorer i taket på alle rommene på skjermet, og de er koblet til en skjerm på vaktrommet og telefonene. Leverandøren er [[Varslingspartner AS|ORG]], eller [[Varslingspartner|ORG]] som vi sier. Og så har vi nettbrett, og så har vi [[Gerica|KEEP]], som alle andre. Og i det siste har vi begynt med elektroniske medisinrom, men det er et annet kapittel.
I: Kan du fortelle om en typisk dag med ressursperson-oppgaver?
P: En typisk dag... ehm, det er ikke noe typisk. Men la oss si en [[torsdag|KEEP]]. Da har jeg ressurstid. Da kommer [[Line|PER]] fra avdeling to og sier at telefonen hennes ikke får varsler. Så finner jeg ut at hun har skrudd på forstyrr ikke. Så kommer en nyansatt, [[Thi Hoa Nguyen|PER]], og vil lære hvordan hun skal kvittere ut et varsel, og det tar en halvtime fordi vi snakker om alt mulig annet også. Og så ringer [[Varslingspartner|ORG]] og vil oppdatere programvaren midt på dagen. Nei, sier jeg, det vil dere ikke.
I: Hvorfor ikke midt på dagen?
P: Fordi da er det stell og måltider og alt skjer samtidig. Den forrige oppdateringen, den var [[torsdag 9. februar|DAT]], husker jeg, da var sensorene nede i tre timer og vi visste ikke om det. Vi trodde bare det var en rolig ettermiddag. Så gikk en beboer ut på balkongen i februar i tynn nattkjole. Det gikk bra, men det var flaks. Etter det har vi en avtale om at oppdateringer skjer mellom klokka ett og fire om natta, og at nattevakta får beskjed.
I: Hvordan er samarbeidet med kommunen sentralt?
P: Det er, hm, det er blitt bedre. Det er en velferdsteknologikoordinator i [[Fredrikstad kommune|ORG]], han heter [[Ivar|PER]], og han er god. Men han har ansvar for femten sykehjem og hele hjemmetjenesten, så han er jo overalt og ingen steder. Vi har et nettverk av ressurspersoner som møtes én gang i måneden på [[Gamlebyen|PLC]], i et møterom over en kafé i [[Voldportgata 73, 1632 Gamle Fredrikstad|ADR]], og det er kanskje det som har hjulpet mest. Der kan vi klage sammen, ha ha. Og lære av hverandre, selvfølgelig.
I: Har du fått noen opplæring selv?
P: Jeg tok et videreutdanningsemne i velferdsteknologi på [[Høgskolen i Østfold|ORG]] for et par år siden. Ti studiepoeng. Det var nyttig for teori, men det var ingen der som hadde prøvd å koble en sensor til et trådløst nett i en murbygning fra syttitallet. [[HiØ|ORG]] burde kanskje ha et emne i det, ha ha.
I: Hva med de ansatte som ikke er så komfortable med teknologi?
P: Ja, det er mange. Og jeg tror, altså, jeg tror det er viktig å ikke gjøre narr av noen. Vi har ei som har jobbet her i førti år, hun er i [[sekstiåra|AGE]], og hun var livredd for telefonen. Så vi gikk gjennom det sammen, én ting av gangen, over flere uker. I dag er hun den som kjefter på de unge når de ikke kvitterer ut varslene. Det er den beste suksesshistorien min, egentlig.
I: Hvordan påvirker sensorene beboerne, tror du?
P: Jeg tror de sover bedre. Vi går ikke inn og ut hele natten. Men, [[ehm|KEEP]], vi hadde en diskusjon med en pårørende, sønnen til en beboer, [[Eriksen|PER]] heter han, som syntes det var for mye overvåking. Han hadde lest om det i [[Fredriksstad Blad|ORG]]. Vi inviterte ham inn på vaktrommet og viste hva vi ser, og det er jo bare prikker og streker. Etter det var han roligere, men han har fortsatt ikke skrevet under på samtykket. Det respekterer vi.
I: Hvis du skulle gi råd til andre som skal bli ressurspersoner?
P: Ta tiden du får. Ikke la den bli spist opp av vakter. Og ha et sted å skrive ned alt, for du glemmer. Jeg har en notatbok, og den er full. Og spør om hjelp. Min e-post er [[stian.kristoffersen@fredrikstad.kommune.no|EML]], hvis noen vil spørre meg, så bare send. Jeg svarer, ehm, som regel innen en uke.
""")

interview("P14", "en", "en-spoken", r"""
I: Could you start by telling me who you are and how you ended up in [[Lillehammer|PLC]]?
P: Sure. I'm [[Jens Hoffmann|PER]], I'm a physiotherapist, originally from [[Cologne|PLC]], [[Köln|PLC]] in German. I did my bachelor there and then an [[MSc|KEEP]] in rehabilitation abroad. And then I met a Norwegian woman at a conference, which is the classic story, no? So I moved to [[Lillehammer|PLC]] on the [[1st of September 2016|DAT]], I remember because it was raining horizontally. I have worked for [[Lillehammer kommune|ORG]] since then, in the rehabilitation team.
I: What is your experience with technology in rehabilitation?
P: A lot of it started with the pandemic. Before that we had a fall prevention group at the health house in [[Fåberg|PLC]], twice a week, fifteen elderly people doing exercises with music. Very social, a lot of coffee. Then everything closed, and we thought, what do we do now? These are people who will lose strength very quickly if they sit at home. So we tried to run the group on tablets.
I: How did that go?
P: At first, a disaster, honestly. We borrowed tablets from the library, and half the participants could not turn them on. So my colleague [[Sigrun|PER]] and I drove around and set them up in the living rooms. We put tape on the button to press, a big red sticker. And then on [[Teams|KEEP]] we had this grid of fifteen faces, mostly foreheads, because they held the tablet wrong. But after two weeks it worked. [[Sigrun|PER]] was the hero there, she has patience like nobody.
I: Could you tell me about one of the participants?
P: Yes. One man, Mr. [[Bakken|PER]], I will call him that, he was [[ninety-three|AGE]] and a former ski jumper, not famous, but he jumped in [[Lysgårdsbakken|PLC]] in the fifties. Very competitive. On the video he was always trying to do more repetitions than the others, and he would shout the number. Fifty-one! Fifty-two! The others found it a bit annoying, I think, but it was good for everyone's motivation.
I: Were there participants who did not want to join on video?
P: Of course. Maybe a third. One lady further up the valley, she said, I don't want people to see my living room. Which I understand completely. For her we printed the exercises on paper and I called her [[per week|KEEP]], every Monday, to ask how it went. She did them, I think, most of the time. At least she said so.
I: After the pandemic, did you keep the video groups?
P: Partly. We now have a hybrid. The group in [[Fåberg|PLC]] is back in person on [[Tuesdays|KEEP]], and on Thursdays we do video for the ones who live far out or who can't travel in winter. [[Bakken|PER]]'s daughter told me he still asks if it's a video day, because he misses shouting at the screen, haha.
I: How is the cooperation with the hospital regarding rehabilitation?
P: With [[Sykehuset Innlandet|ORG]] it is okay. They send us referrals when people are discharged after a hip fracture or a stroke. But the information is often thin. I get a paper that says "mobilise" and that's it. I would like to know what they did at the hospital, how far the person could walk, and so on. We have to call, and then we get the switchboard, and the switchboard says the physio is in a meeting. I have said this to [[Dr.|KEEP]] [[Haugen|PER]], who is the municipal chief doctor, and she agrees, but it is slow.
I: Do you see any risks with more technology in your field?
P: Yes. Physiotherapy is about the body, and touch, and seeing how somebody moves. On a tablet you see a small person from a strange angle. You cannot feel if the knee is unstable. So I think there is a risk that the municipality sees video as cheaper and forgets what we lose. I told this to our leader, [[Trond Mysen|PER]], in a meeting, and he said, [[Jens|PER]], nobody wants to replace you. But I am not sure about the people who make the budget.
I: If you compare with [[Germany|PLC]], is there anything that surprises you?
P: The distances! In [[Germany|PLC]] I never drove forty minutes to see one patient. Here I do it every day in winter, and the car, a little electric one, [[EV 81344|ID]], is not happy at minus twenty-five. But also the trust. Here the patients trust the municipality. In [[Germany|PLC]] people would be much more suspicious of a camera or a tablet from the state. I don't know if the trust here is always deserved, but it makes my job easier.
I: We're almost out of time. Anything I should have asked but didn't?
P: Only that if you write about this, please include the older participants' voices, not only ours. [[Sigrun|PER]] and I made a small evaluation with quotes from the group. You can have it if you want. The best quote was from an [[88-year-old|AGE]] who said, "I didn't know I could be in a gym in my own kitchen."
""")

interview("P15", "nb", "nb-nordnorsk", r"""
I: Hvordan ser en vanlig arbeidsuke ut for deg, og hvor foregår den?
P: Ja, æ e [[Ingrid Mathisen|PER]], sykepleier i hjemmetjenesten i [[Alta|PLC]], sone øst, som vi kalle det. Det vil si alt fra sentrum og ut til [[Rafsbotn|PLC]] og opp mot [[Talvik|PLC]] på andre sida, nei, [[Talvik|PLC]] e jo vest, æ blanda. Vi har jo hele fjorden, og det e langt. Æ har jobba her i snart ti år. Æ e oppvokst i [[Kautokeino|PLC]], så æ snakke samisk også, og det e mye bruk for.
I: Hvordan bruker dere teknologi for å håndtere avstandene?
P: Vi har begynt med avstandsoppfølging for nån av de kronisk syke. Det vil si at de har et nettbrett og måleutstyr heime, blodtrykk, oksygen, vekt, og så måler de sjøl hver morgen, også på [[søndaga|KEEP]], og det kommer inn til oss. Og så har vi videosamtala, både med oss og med legen, på en sånn [[Teams|KEEP]]-løsning. Det startet i samarbeid med [[Finnmarkssykehuset|ORG]] for et par år sia.
I: Kan du fortelle om en av pasientene som har dette?
P: Ja, det e en mann, [[Nils Ante|PER]], han har sagt at æ kan bruke navnet hans, han e stolt av det. Han e i [[syttiåran|AGE]] og har [[KOLS|KEEP]] og bor ute på en plass langs fjorden der det tar en time å kjør fra basen, og på vinteren stenger veien av og til. Før var han innlagt på [[Klinikk Hammerfest|ORG]] tre-fire ganga i året. Nu har han vært innlagt én gang på to år. Han sier sjøl at nettbrettet har gitt han livet tilbake, og han mener det, han e ikke den som overdriv.
I: Hvordan skjer det i praksis, når målingene viser noe bekymringsfullt?
P: Da ringer vi. Som regel ringer vi på video, for da ser vi han, om han e grå i ansiktet, om han puste tungt. [[Nils Ante|PER]] svarer alltid i full stas, med skjorte, [[liksom|KEEP]]. Og hvis vi e bekymra, så kan vi sett opp en videotime med legen på [[Alta helsesenter|ORG]] samme dag. En gang, det var [[27. januar|DAT]], husker æ, det va mørketid og minus tretti, da så vi at oksygenen va helt nede, og da sendte vi ambulanse. Hadde vi ikke hatt det, hadde han ligget der til neste gang vi kom.
I: Hvilken rolle spiller språket i dette?
P: En stor rolle. Mange av de eldre snakker [[samisk|KEEP]] best, og når de blir syke eller redde, så blir det bare samisk. [[Nils Ante|PER]] e tospråklig, men ho [[Máret|PER]], en dame på vidda som æ har kontakt med via en kollega, ho snakker nesten bare samisk. Og appen på nettbrettet e bare på norsk. Så æ har skrevet lappa med samiske ord til knappan. Det e ikke akkurat offisielt, men det funke.
I: Hvordan opplever kollegaene dine arbeidsformen?
P: De fleste e positive. Men det e litt sånn at de som e gode på det, får alt. Æ og [[Rune|PER]], han e også sykepleier, vi blir ringt hele tida. Og [[Aleksandr|PER]], han kom fra [[Murmansk|PLC]] for fem år sia, han e kjempeflink med teknikken men sliter litt med språket på telefon, så han har lagd en liste med standardfraser. Den bruke æ sjøl nu, ha ha.
I: Hva er de største problemene med løsningen?
P: Nettverket. Det e hull i dekninga langs fjorden. [[Nils Ante|PER]] har vi flyttet nettbrettet tre ganga i huset før vi fant et sted det var dekning, og det endte med å stå i gangen ved siden av skohylla. Og så e det strømbrudd når det stormer. Da ligg alt nede. Og så har vi supporten, den e jo i [[Oslo|PLC]], og de skjønner ikke ka det vil si at veien e stengt.
I: Har dere hatt noen situasjoner med personvern?
P: Ja, en gang. Ei dame fikk feil pasient på videoskjermen sin, det va en kobling som va gal. Ho ringte og sa at det va en fremmed mann på nettbrettet hennes som målte blodtrykk. Vi meldte det som avvik, og det fikk nummer [[AVV-2023-0386|ID]] i systemet. Det va en feil hos leverandøren, og de fiksa det samme dag. Men det viser jo kor sårbart det e.
I: Hva tenker du om framtida for denne typen tjenester i [[Finnmark|PLC]]?
P: Æ trur vi må ha det. Vi får ikke nok sykepleiera hit. Men æ e redd for at det blir brukt som en unnskyldning for å legge ned ting. Hvis helsesenteret på [[Talvik|PLC]] forsvinn fordi vi har nettbrett, da har vi tapt. Nettbrettet e et tillegg, ikke en erstatning.
I: Det var alt jeg hadde. Vil du si noe mer før jeg skrur av?
P: Bare at hvis dokker vil snakke med [[Nils Ante|PER]] sjøl, så vil han gjerne. Han har telefon [[78 43 91 07|TEL]], men ring etter klokka elleve, for om morran må han måle og så må han ha kaffe i fred.
""")

interview("P16", "nn", "nn-spoken", r"""
I: Kan du fortelje kort om kven du er og kva du har ansvar for?
P: Ja. Eg heiter [[Oddny Vartdal|PER]], og eg er einingsleiar for heimetenestene i [[Ørsta kommune|ORG]]. Eg har vore leiar i sju år, og før det var eg sjukepleiar på [[Ørsta sjukeheim|ORG]] i mange år. Eg er fødd og oppvaksen på [[Hovdebygda|PLC]], så eg kjenner dei fleste brukarane frå før, på godt og vondt.
I: Korleis vart velferdsteknologi ein del av arbeidet ditt som leiar?
P: Det kom ovanfrå, skal eg vere ærleg. Det var ein nasjonal satsing, og så vart det bestemt at kommunane på [[Søre Sunnmøre|PLC]] skulle samarbeide om innkjøp. Så vi fekk eit interkommunalt prosjekt saman med [[Volda|PLC]] og nokre av dei andre, og eg vart sett i styringsgruppa. Første møtet var [[4. september 2019|DAT]], det hugsar eg fordi det var same dagen som dottera mi begynte på skulen.
I: Korleis fungerte samarbeidet mellom kommunane?
P: Det var lærerikt, skal vi seie. Vi har ulike kulturar, sjølv om vi bur ti minutt frå kvarandre. [[Volda kommune|ORG]] ville ha alt skriftleg og formelt, vi i [[Ørsta|PLC]] ville helst berre prøve ut ting. Prosjektleiaren, [[Bjarte Myklebust|PER]], han var frå [[Volda|PLC]] og han hadde ein tålmodighet som eg aldri har sett maken til. [[Myklebust|PER]] fortener ein statue på torget, seier eg alltid.
I: Kva teknologi valde de å satse på?
P: Vi starta med digitale tryggleiksalarmar, fordi dei gamle analoge slutta å fungere då telenettet vart lagt om. Det var eigentleg ikkje eit val, det var eit tvang. Og så la vi til medisindispenserar og GPS for personar med demens. [[GPS-klokka|KEEP]] har vore det mest omdiskuterte, for her i bygda går folk ut, det er ein del av livet. Ingen vil at mor skal gå med ein lenke.
I: Kan du seie meir om den diskusjonen?
P: Ja. Vi hadde ein brukar, ein tidlegare fiskar, han var [[82 år|AGE]] og hadde [[Alzheimer|KEEP]]. Han gjekk ned til kaia kvar morgon, som han hadde gjort heile livet. Ein dag gjekk han ut på ein båt som ikkje var hans. Det vart eit heilt drama med [[Redningsselskapet|ORG]] og alt. Etterpå ville kona hans, [[Else|PER]], ha GPS. Han sjølv sa nei. Og [[Else|PER]] sa: då går eg med han kvar morgon. Og det gjorde ho, i to år. Eg har aldri gløymt det.
I: Korleis handterer de slike situasjonar der brukar og pårørande er ueinige?
P: Vi snakkar mykje. Vi har lært at det ikkje finst ein fasit. Vi har laga ein rutine der vi alltid har ein samtale med brukaren åleine først, og så med familien. Og vi skriv det ned i journalen. Det var [[Ragnhild|PER]], fagsjukepleiaren vår, som laga rutinen. Ho har ein [[master|KEEP]] i etikk, så ho er den vi spør når det er vanskeleg.
I: Kva har vore den største utfordringa for deg som leiar?
P: Å halde folk oppe. Ikkje teknologien, men folka. Dei tilsette har fått så mykje nytt dei siste åra, nytt journalsystem, ny kommunestruktur, pandemi, teknologi, og det er dei same folka som skal gjere alt. Eg har hatt folk som har grått på kontoret mitt fordi dei ikkje fekk til ein app. Det er ikkje appen dei gret for, det er alt det andre.
I: Kva har hjelpt?
P: Små ting. Vi har ein fast teknologitime kvar [[fredag|KEEP]], der [[Sindre|PER]], som er helsefagarbeidar og ung og flink, sit i lunsjrommet og hjelper alle som kjem. Og vi har hatt fagdagar saman med [[Høgskulen i Volda|ORG]], der studentane har vore med og lært bort. Det var fint, for då var det dei unge som var ekspertane, og dei gamle fekk vere pasientar for ein dag.
I: Korleis har samarbeidet med sjukehuset vore?
P: Med [[Volda sjukehus|ORG]] har vi alltid hatt god kontakt, det er jo naboen. Men no er mykje flytta til [[Ålesund|PLC]], og då vert det lenger veg, både bokstaveleg og på telefonen. Vi har byrja med videomøte ved utskriving, og det fungerer godt når det fungerer. Men nettet på sjukeheimen er ikkje det beste, [[altså|KEEP]].
I: Har du eit døme på kor det ikkje fungerte?
P: Ja, det var eit utskrivingsmøte [[2. mars|DAT]] i fjor der vi sat fire personar rundt ein PC og berre såg eit frose bilete av ein lege i [[Ålesund|PLC]]. Til slutt ringde vi på vanleg telefon på høgtalar. Det fungerte fint. Eg seier ikkje at det gamle alltid er betre, men det nye er ikkje alltid betre heller.
I: Til slutt, kva vil du seie til andre leiarar?
P: Ta vare på dei tilsette. Teknologien kan vente ei veke, men ein utbrent sjukepleiar kjem ikkje tilbake. Og høyr på pårørande som [[Else|PER]]. Dei veit ting vi aldri får vite. Viss du vil ha kontakt seinare, så er det berre å sende e-post, [[oddny.vartdal@orsta.kommune.no|EML]].
""")

interview("P17", "en", "en-spoken", r"""
I: Let's begin with you. What's your job, on paper and in reality?
P: On paper, I'm [[Knut Ravn|PER]], project manager for welfare technology in [[Asker kommune|ORG]]. I sit in the digitalisation unit, so technically I'm IT, but I spend most of my time in meetings with health people, which I actually enjoy. I came from the private sector, I was at [[Telenor|ORG]] for twelve years, in R&D, so the public procurement world was, let's say, a cultural shock.
I: In what way?
P: In every way. In the private sector, if a supplier doesn't deliver, you call them and you shout a bit. In the municipality, everything goes through the contract, and the contract was written three years ago by people who have left. When I started, on the [[3rd of May 2021|DAT]], the first thing I inherited was a dispute with the supplier of the safety alarms. Nobody had told me. I found out when I opened my email on the first day and there were forty-two unread messages from their lawyer.
I: What was the dispute about?
P: Response times, basically. The contract said the alarm centre should answer within sixty seconds. They were answering within sixty seconds on average, but some calls took five, six minutes at night. And a woman in [[Slemmestad|PLC]] had fallen, and she pressed the alarm, and nobody answered for eight minutes. She was okay, but her son, [[Petter Lie|PER]], went to the newspaper, [[Budstikka|ORG]], and then it was a political issue.
I: How did that end?
P: It ended with the supplier going bankrupt, actually. [[Trygghetsteknikk AS|ORG]]. In [[December 2021|DAT]]. So we had to find a new alarm centre in two weeks, over [[Christmas|KEEP]]. I remember sitting in the office on the [[twenty-third|DAT]] with my colleague [[Mette|PER]] from the health side, calling every alarm centre in the region and asking if they could take twenty-two hundred users from the [[first of January|DAT]]. We ended up with the inter-municipal one, [[Viken Responssenter|ORG]], and they have been fine.
I: That must have been an intense period.
P: It was, it was. My wife still calls it the [[Christmas|KEEP]] of the alarms. But I learned something. The technology is the easy part. The hard part is what happens around it. Who answers the phone. Who drives out. Who has the key. In [[Hurum|PLC]], which became part of [[Asker|PLC]] in the merger, there were users with the alarm but no key box, so the responders couldn't get in. That was not in any system. We found out by calling people one by one.
I: How do you work with the health services on new technology?
P: I try to start with them, not with the supplier. So, before we bought the medicine dispensers, I spent two weeks driving with the home care in [[Røyken|PLC]]. I was in the car with a nurse called [[Tor|PER]], who told me very clearly that if the dispenser made his job more complicated, he would throw it out of the window. So that became our requirement: it must save time for [[Tor|PER]]. We actually wrote that in the internal document. Well, not his name, but the idea.
I: What do you think about the national role in all this?
P: It's getting better. [[Helsedirektoratet|ORG]] has guidance now, and there are networks through [[KS|ORG]] where municipalities share experiences. But there are three hundred and fifty-something municipalities all buying their own things. I talk to my counterpart in [[Bærum|PLC]] every month, we are neighbours, and we still have different suppliers for the same thing. It's a bit absurd, to be [[frank|KEEP]].
I: Are there any technologies you have decided not to use?
P: Yes, some. We tested a robot for social interaction in a nursing home, a little seal thing, and the residents loved it, but the staff hated cleaning it. Infection control. So that ended. And we said no to cameras in private homes for now, because the legal side was too unclear, and honestly, I wasn't sure we could explain to people what we were doing. If I can't explain it to my mother, I [[don't|KEEP]] want to do it.
I: How do you follow up on the contracts now?
P: Much more closely. We have quarterly meetings with each supplier, with numbers. For the dispensers, the contract is [[2022/0417|ID]], and I can tell you the uptime for every month since we started. That's the IT side of me. But I also ask the nurses. Numbers are nice, but [[Tor|PER]] telling me the dispenser in a specific house beeps at the wrong time, that's more useful than a dashboard.
I: Last question: what do you wish the health people understood about your side?
P: Hmm. Maybe the other way around, actually: that the people in health are very patient with people like me. I didn't know what a "[[vedtak|KEEP]]" was when I started. Now I know more than I want to. If you need documents, send me a mail, [[knut.ravn@asker.kommune.no|EML]], and I'll see what I can share. Not the lawyer emails, though.
""")

interview("P18", "nb", "nb-standard", r"""
I: Takk for at du ville være med. Kan du fortelle litt om deg og mannen din?
P: Ja, det kan jeg. Jeg heter [[Turid Amundsen|PER]], og mannen min heter [[Odd|PER]]. Han er født i [[1944|AGE]], så han er [[sytti-ni|AGE]] nå, og jeg er fire år yngre. Vi har bodd i samme hus i [[Bakkegata 9, 2815 Gjøvik|ADR]], oppe i [[Hunndalen|PLC]], siden sekstitallet. [[Odd|PER]] fikk [[Parkinson|KEEP]] for elleve år siden. Det begynte med at han skalv på den ene hånda når han skulle helle kaffe.
I: Hvordan har hverdagen deres endret seg?
P: Å, helt. Det har gått sakte, men helt. Han var snekker, han kunne alt med hendene, og nå kan han ikke kneppe skjorta. Jeg er blitt, ja, sykepleier, sekretær og sjåfør. Det er ikke noe jeg klager på, [[altså|KEEP]], vi har hatt et godt [[liv|KEEP]]. Men det er mye. Og så er det medisinene. Han har medisiner fem ganger om dagen, og de må tas til riktig tid, ellers stivner han helt.
I: Hvordan har dere fått hjelp med medisinene?
P: Først gjorde jeg det selv, med en sånn dosett. Men det ble for mye, for jeg må jo også sove. Så fikk vi en medisindispenser fra kommunen. Det var en hyggelig sykepleier, [[Kamilla|PER]], som kom med den. Og den er god. Den sier ifra med en stemme: «Nå er det tid for medisin». [[Odd|PER]] kaller den for svigermor, ha ha. Det er fordi den maser.
I: Har dere annen teknologi i hjemmet også?
P: Ja, vi har trygghetsalarm, og vi har fått en sånn fallsensor i taket på soverommet. Den kom etter at han falt [[julaften 2022|DAT]]. Jeg fikk ikke løftet ham, og jeg ville ikke ringe [[112|KEEP]] på julaften. Så vi satt på gulvet i to timer. Til slutt ringte jeg dattera vår, [[Liv|PER]], og hun kom fra [[Biri|PLC]] og hjalp meg. Hun ble sint på meg fordi jeg ikke hadde ringt før. Hun har rett, men det er ikke så lett.
I: Hvordan opplever dere fallsensoren?
P: Den gir meg trygghet. Jeg kan gå på butikken nå. Før turte jeg ikke gå fra ham. Men den har gått av noen ganger uten grunn, og da kommer det en bil fra hjemmetjenesten midt på natta og vi våkner begge to. En gang var det barnebarnet vårt, [[Max|PER]], som hadde sovet over og gikk på do midt på natta. Da lo vi, da, alle tre, klokka halv fire.
I: Du nevnte at dere har hatt kontakt med spesialisthelsetjenesten. Hvordan foregår det?
P: Han går til kontroll hos nevrolog på [[Sykehuset Innlandet Gjøvik|ORG]]. Før var det fysisk hver gang, men nå har vi hatt videokonsultasjon to ganger. Det var [[Liv|PER]] som satte det opp på nettbrettet. Jeg er ikke så flink med det. Legen, doktor [[Aasland|PER]], var kjempehyggelig, og det var fint å slippe å kjøre. Men han fikk ikke sett hvordan [[Odd|PER]] går, så neste gang må vi likevel inn.
I: Hvordan er det å være pårørende over tid?
P: Det er ensomt, innimellom. Vennene våre har blitt færre. Noen er døde, noen har flyttet. Jeg er med i en pårørendegruppe i [[Norges Parkinsonforbund|ORG]], vi møtes på et bibliotek i [[Raufoss|PLC]] én gang i måneden. Der er det folk som skjønner. Der kan jeg si at jeg er lei, uten at noen ser rart på meg. Det er verdt mye.
I: Har du fått nok informasjon fra kommunen om hjelpen dere kan få?
P: Nei, egentlig ikke. Man må vite hva man skal spørre om. Jeg fant ut om avlastning fra ei i pårørendegruppa, ikke fra kommunen. Og da jeg søkte, måtte jeg fylle ut et skjema på nett, og det var ikke lett. [[Liv|PER]] hjalp meg igjen. Saken fikk nummer [[23/14566|ID]], det står på brevet, og nå har han fått to uker avlastning på [[Gjøvik omsorgssenter|ORG]] i året. Det er litt, men det er noe.
I: Når du ser framover, hva er du mest opptatt av?
P: Jeg vil at vi skal bo sammen så lenge det går. Det er det viktigste. Teknologien hjelper, det gjør den. Men den kan ikke hjelpe ham på do eller holde ham i hånda. Det må noen gjøre. Og en dag klarer jeg det ikke, det vet jeg. Men ikke ennå.
I: Tusen takk for at du delte dette med meg.
P: Takk selv. Det var godt å snakke om det. Ring meg gjerne hvis du vil spørre om mer, bare ikke på [[søndager|KEEP]], [[61 17 48 20|TEL]], det er fasttelefonen, vi har fortsatt det, ha ha. Da er det størst sjanse for at jeg hører det, for mobilen ligger alltid i en annen jakke.
""")

interview("P19", "en", "stt-en", r"""
I: okay so we are recording now can you tell me a little about yourself
P: yes my name is [[hodan warsame|PER]] i am from [[somalia|PLC]] from [[hargeisa|PLC]] and i came to [[norway|PLC]] in [[two thousand and nine|DAT]] i was [[nineteen years|AGE]] old and now i am working as a helsefagarbeider in the home care in [[grorud|PLC]] in [[oslo|PLC]] i have been there for seven years i took my education at the adult school and then the apprentice at [[romsås sykehjem|ORG]]
I: what is a normal day like for you
P: normal day [[um|KEEP]] i start at seven thirty we have the meeting and then i take the tablet and the keys no not the keys anymore now we have the phone with the app for the doors and i drive to maybe ten twelve patients before lunch in [[ammerud|PLC]] and [[romsås|PLC]] and then i write in [[gerica|KEEP]] on the tablet in the car because there is no time in the office
I: how was it when the electronic locks came
P: for me it was good because before with the keys it was so stressful you know the key box and sometimes the code did not work and it was raining and you are standing outside and the patient is waiting but for some of my colleagues it was difficult like [[tesfay|PER]] he is from [[eritrea|PLC]] he is older than me and he did not have a smartphone before and now suddenly everything is on the phone
I: how did he learn it
P: i helped him and also [[bo|PER]] he is swedish [[bo lindqvist|PER]] he is the team leader he sat with [[tesfay|PER]] in the lunch for many days and showed him and now [[tesfay|PER]] is very good he even helps the new ones so it is like a chain you know
I: can you tell me about a situation where the technology made a difference
P: yes there was a lady [[eighty two years|AGE]] old with [[alzheimer|KEEP]] and she was living alone and one day i think it was [[the fifth of june twenty twenty three|DAT]] she did not open the door and with the old key box i would have to wait for the key from the office but with the app i could open directly and she was on the floor in the bathroom she was okay but she was cold and very scared and i stayed with her until the ambulance came and i think if i had to wait she would be much worse
I: how did that feel for you
P: i was shaking after i sat in the car and i called my sister and cried a little bit and then i went to the next patient because the list does not stop you know that is the job but later i talked with [[bo|PER]] and he said i did everything right and that was important for me
I: are there any difficulties with language and technology in your work
P: yes sometimes the app and gerica they use words that even norwegians [[don't|KEEP]] understand and for us it is double and also with the patients some patients they are old and they are not used to people like me and they say things but i don't take it personal most of them when they know you they like you there is one man [[ninety years|AGE]] old he calls me his somali daughter
I: how do relatives react
P: mostly good sometimes they call the office and complain that the helper did not speak good norwegian and then my leader she says that the helper did her job very well and that is the end of the discussion i like my leader she is called [[anne-lise|PER]] she is strong
I: what do you think could be better
P: more time [[per patient|KEEP]] and more training in the technology not just one time but many times and also that the office asks us before they buy new things we are the ones who use it every day not the people in the office at [[oslo kommune|ORG]] sorry if that sounds rude
I: no not at all is there anything you would like to add
P: only that people like [[tesfay|PER]] and me we are also part of the technology future not only the young norwegians we can learn everything if you give us time and somebody who is patient like [[bo|PER]] thank you for asking me
""")

interview("P20", "nb", "nb-trondersk", r"""
I: Du sitter i sentralbordet, har jeg skjønt. Hva innebærer det?
P: Ja, æ e helsesekretær på legevakta, [[Innherred legevakt|ORG]], som ligg på [[Sykehuset Levanger|ORG]]. Æ heite [[Janne Kolstad|PER]]. Æ sitt i sentralbordet og tar imot telefona, og så ordne æ med innkomst og papira og sånn. Vi dekke [[Levanger|PLC]], [[Verdal|PLC]], [[Frosta|PLC]] og noen fler. Æ har vært her sia [[2012|DAT]].
I: Hvordan har teknologien endret jobben din?
P: Åh, mye. Før va det telefon og papir. No har vi videokonsultasjon for nån pasienta, vi har chat, og vi får meldinga fra [[Helsenorge|KEEP]], og så ligg alt i journalen. Og så har vi fått inn trygghetsalarman fra nån av kommunan på nattestid, når responssenteret itj får tak i hjemmetjenesten. Da ringe de oss. Det va itj planlagt, det bare blei sånn.
I: Kan du fortelle om en sånn situasjon?
P: Ja, det va ei natt, [[andre påskedag 2023|DAT]], æ husk det godt. Responssenteret ringte og sa at ei dame på [[Skogn|PLC]] hadd trykt på alarmen, men at hjemmesykepleien va opptatt med et dødsfall. Og dama hørtes forvirra ut. Så æ fikk nummeret hennes og ringte. Ho sa at ho va [[hundre år|AGE]] og at ho ville ha nån å prat med. Det va hele greia. Ho va einsom. Æ prata med ho i tjue minutt, og så la ho sæ.
I: Hvordan opplevde du det?
P: Det va fint, egentlig. Men æ tenkte etterpå, det e jo itj dette vi e her for. Hvis det hadd kommet en ambulanseoppdrag samtidig, så hadd æ måtta legg på. Æ tok det opp med [[Tor-Egil|PER]], han e leder for sentralbordet, og han sa at vi ska skriv det ned hver gang, så vi har dokumentasjon. Så no har vi ei liste. Den e lang.
I: Hva med videokonsultasjonene? Hvordan fungerer de på legevakta?
P: Blanda. Det e bra for enkle ting, utslett, øyekatarr, sånn. Legen kan sjå på et bilde eller en video og si at det e itj farlig. Men de eldre, de har itj alltid smarttelefon. Eller de har det, men de veit itj kor kameraet e. Æ har hatt en mann som holdt telefonen opp mot øret hele tida mens doktor [[Rønning|PER]] prøvde å sjå på kneet hans, ha ha.
I: Er det ting med personvern som er utfordrende for deg i sentralbordet?
P: Ja, hele tida. Folk ringe og sie fødselsnummeret sitt før æ har spurt. Og noen ringe om andre, naboen eller mora, og da må æ vær forsiktig med ka æ sie. En gang ringte en kar og sa at han va sønn til en pasient, og ba om å få vite ka som va gjort. Det viste sæ at han itj va sønnen i det hele tatt, han va en nabo som va nysgjerrig. Han hadd til og med [[fødselsnummeret|KEEP]] hennes, [[21033817462|ID]], sto på ei lapp han hadd funnet. Det e skummelt.
I: Hvordan er arbeidsmiljøet blant sekretærene?
P: Det e godt. Vi e fem stykka, og vi har det morsomt sjøl om det e travelt. Ho [[Line|PER]] og æ har jobba sammen i ti år, og vi kan nesten lese tankan til hverandre. Og så har vi fått ei ny, [[Sunniva|PER]], som e [[tjuetre|AGE]] og kjempeflink med alt det nye. Ho har lært oss å bruk hurtigtasta i journalen. Det har spart oss for mange timer, [[altså|KEEP]].
I: Hva med samarbeidet med kommunene?
P: Det varierer. [[Verdal kommune|ORG]] e flinke, de har en egen person vi kan ring til når det e noe med hjemmetjenesten. Andre steder e det vanskeligere. Og så har vi de som bor på [[Frosta|PLC]], der e det ferje, nei, det e det itj, det e bru no. Æ blanda alltid. Uansett e det langt.
I: Hvis du kunne bestemt, hva ville du endret?
P: Æ ville hatt et eget nummer for de ensomme. Ei linje der det sitt nån som har tid. For det e mange som ringe fordi de e einsom, og det e ikke noe gærent med det, men det e feil plass. Legevakta e for akutte ting. Og så ville æ hatt bedre kamera på telefonen til de eldre, ha ha, eller kanskje bare bedre tid på [[mandager|KEEP]].
I: Tusen takk for at du stilte opp.
P: Bare hyggelig. Og hils ho dama på [[Skogn|PLC]] hvis du treffe ho, ho va hyggelig å prat med. Nei, du kan itj det, ho e anonym. Men du skjønne ka æ mene. Hvis du vil snakke mer, så ring sentralbordet på [[74 09 81 00|TEL]] og spør etter [[Janne|PER]], så sett de deg over. Itj på en [[fredag|KEEP]] kveld, da.
""")

interview("P21", "en", "en-spoken", r"""
I: First of all, who are you, and how did you end up on the west coast?
P: Yes, of course. My name is [[Rasa Petrauskienė|PER]], I am from [[Lithuania|PLC]], from [[Klaipėda|PLC]], a harbour city like here. I came to [[Ålesund|PLC]] in [[2012|DAT]] because my husband got a job at a fish factory out on the islands. I was a nurse in [[Lithuania|PLC]] already, but I worked as a cleaner for two years until my authorisation was ready. Now I am a nurse at [[Spjelkavik sjukeheim|ORG]] and also, what they call it, "teknologiagent". Technology agent. Like a secret agent in the films, my colleagues say.
I: What does being a technology agent involve?
P: I have four hours [[per week|KEEP]] where I only work with the technology. I teach the new staff, I talk with the supplier when something is wrong, and I go to a network meeting once a month with agents from other nursing homes in [[Ålesund kommune|ORG]]. The rest of the time I am a normal nurse on the ward, with the residents, with the medicines, with everything.
I: Which technologies are you responsible for?
P: Mostly the sensors. We have sensors in the rooms that see if somebody gets up or falls, and they send a message to our phones. The supplier is [[Sensevakt AS|ORG]], and the support person is a young man called [[Even|PER]], who is always very polite but never knows the answer the first time. Then we have tablets with a calendar for residents with early dementia. And of course the journal, [[Gerica|KEEP]], which everybody complains about.
I: Can you tell me about a time the sensors made a difference?
P: Yes. There was a lady, Mrs. [[Aarflot|PER]], in her late [[seventies|AGE]], she was new with us, and she was very restless at night. The first week the sensor sent alarms every hour and the night staff were going crazy. But then [[Jan Ove|PER]], he is the night nurse, he looked at the log and saw the pattern. She got up always at ten past two, ten past three, ten past four. Like a clock. And he understood she was waiting for the morning milking, she grew up on a farm in [[Sykkylven|PLC]]. So he started to sit with her at two with a coffee and talk about cows. After one week she slept.
I: That's a wonderful story. So the log was useful?
P: The log was useful, but it was [[Jan Ove|PER]] who was clever. The machine only said "movement, movement, movement". A person had to think. That is what I say in my courses. The machine gives you a question, not an answer.
I: How is it to be a technology agent when Norwegian is not your first language?
P: Sometimes it is difficult. The manuals are in Norwegian and in very technical Norwegian. But also it is an advantage, because many of our staff are also from other countries, from [[Eritrea|PLC]], from Asia, from everywhere, and they see that I learned it, so they think, okay, I can also. And I explain more simple, because I have to. My colleague [[Jurgita|PER]], she is also Lithuanian, she says I explain better in Norwegian than in Lithuanian, haha.
I: What has been the most difficult situation for you as an agent?
P: The update in the autumn. The supplier made an update on the [[24th of November|DAT]], on a [[Friday|KEEP]], at four o'clock, and after that no alarms came to the phones for the whole weekend. Nobody knew. We found out on Monday when [[Jan Ove|PER]] said, it is very quiet, too quiet. We had a resident who fell on [[Saturday|KEEP]] night and was found by the morning staff. He was okay, but he was lying there for maybe three hours. I wrote the deviation, and it went all the way up to [[Helse Møre og Romsdal|ORG]] because he was sent to the hospital.
I: How did the organisation follow that up?
P: There was a big meeting. Our leader, [[Kristine Brunstad|PER]], she was very angry, I have never seen her like that. She said the supplier must never again make updates on a Friday. Now it is in the agreement. And we have a routine that every evening the night nurse tests one sensor, to see that the alarm comes. It takes two minutes. It should have been like this from the beginning.
I: Do you think the residents are aware of the sensors?
P: Some yes, some no. We inform them and the families, and they sign. One resident, he is a former sea captain, he said, "I have had radar all my life, I can have it in my room also." Others forget. The families sometimes ask if we can see them on a camera, and we say no, it is not a camera, it is only a sensor. Many are relieved.
I: What would you like to see in the future?
P: More time for the agents. Four hours is too little. And I would like that the technology talks with [[Gerica|KEEP]], so we don't have to write everything two times. And maybe, this is a dream, a course for the agents at the university, at [[NTNU i Ålesund|ORG]], so it is a real competence, not just "ask [[Rasa|PER]]". I like to help, but sometimes I also want to do my own job.
I: Thank you very much, [[Rasa|PER]].
P: You're welcome. If you need more, my number at work is [[+47 70 16 44 92|TEL]]. Ask for the technology agent, they will find me, or they will find somebody who knows where I am, haha.
""")

interview("P22", "nb", "nb-standard-group", r"""
I: Som avtalt snakker du på vegne av hele gruppa i dag. Vil du presentere deg og dem først?
P: Ja. Jeg heter [[Hanne Sørli|PER]], jeg er teamleder på en langtidsavdeling på [[Eikveien sykehjem|ORG]] i [[Tønsberg|PLC]], altså selve huset ligger i [[Gartnerveien 5, 3122 Tønsberg|ADR]], ikke i [[Eikveien|ADR]], det er en lang historie. Vi er, ehm, tretten faste på avdelingen, sykepleiere og helsefagarbeidere, og så noen assistenter og vikarer. Vi hadde et personalmøte sist [[onsdag|KEEP]] der vi snakket om spørsmålene dine, og jeg har notater. Så det jeg sier nå, er det vi kom fram til sammen, mer eller mindre.
I: Flott. Hvordan har gruppa opplevd overgangen til nytt journalsystem?
P: Tungt. Det var nesten det første ordet som kom. Vi gikk fra [[Gerica|KEEP]] til det nye systemet [[2. oktober 2023|DAT]], og det var, ja. Folk var veldig slitne den høsten. Han [[Per|PER]], han er den eldste av oss, han sa at han har vært med på tre journalbytter og at dette var det verste. Men han sa også at det nå, et halvt år etter, er bedre enn det gamle. Så det er kanskje historien i et nøtteskall.
I: Hva gjorde overgangen så tung?
P: Opplæringen var for kort, og den var for tidlig. Vi hadde kurs i [[august|KEEP]], og så skulle vi bruke det i oktober. Da hadde alle glemt alt. Og superbrukerne, det var to på huset, de ble jo helt nedrent. [[Marthe|PER]], som var en av dem, hun fortalte at hun fikk over tjue telefoner på en kveldsvakt. Og så skulle hun ha ansvar for fire beboere i tillegg. Det går jo ikke.
I: Var det uenighet i gruppa om noe av dette?
P: Litt. Noen mente vi burde ha ventet til etter jul, at det var for mye på en gang. Andre, særlig de yngre, syntes det var greit å få det overstått. [[Ahmad|PER]] sa at han hadde brukt lignende systemer i [[Sverige|PLC]], der han jobbet før, og at det bare tar tid. Han var egentlig ganske rolig i hele overgangen. Vi andre var ikke så rolige, ha ha.
I: Hvordan har samarbeidet med sykehuset blitt påvirket av det nye systemet?
P: Det er et tema gruppa har mye meninger om. Vi hadde håpet at meldingene med [[Sykehuset i Vestfold|ORG]] skulle gå lettere, men i starten forsvant det meldinger. En beboer kom tilbake fra [[SiV|ORG]] uten at vi hadde fått epikrisen, og vi visste ikke at medisinene var endret. Det ble et avvik, det fikk nummer [[1187|ID]] i kvalitetssystemet, og det ble fulgt opp. Nå går det bedre, men folk er fortsatt litt på vakt.
I: Bruker dere annen velferdsteknologi på avdelingen?
P: Vi har sensorer på rommene, og vi har nettbrett til aktivitet. Nettbrettene brukes mest av [[Siv|PER]], hun er aktivitør, hun har laget en hel quiz om gamle [[Tønsberg|PLC]], med bilder fra brygga og fra [[Nøtterøy|PLC]] og [[Tjøme|PLC]] som det så ut på femtitallet. Beboerne elsker det. Det er ikke høyteknologi, [[liksom|KEEP]], men det er det gruppa nevnte først da vi snakket om teknologi som funker.
I: Og sensorene?
P: Mer blandet. Nattevaktene er fornøyde. Dagvaktene merker dem ikke så mye. Men det kom fram på møtet at det er litt ulik praksis på hvor raskt man går når det varsler. Noen går med en gang, andre venter og ser på skjermen først. Det var en god diskusjon. Vi ble enige om en felles rutine, at man alltid går innen to minutter, uansett. [[Svein|PER]] skal skrive den ned.
I: Hva tenker gruppa om ledelsens rolle i dette?
P: Her må jeg være litt forsiktig, for jeg er jo en del av ledelsen, ha ha. Men gruppa sa rett ut at de savnet at avdelingsleder, [[Gro Helene Vik|PER]], var mer til stede i overgangen. Hun satt mye i møter i kommunen. Og det var forståelig, men folk ville ha henne på gulvet. Jeg har tatt det videre til henne, og hun tok det fint.
I: Er det noe gruppa ønsker seg framover?
P: Tre ting. Mer tid til opplæring, også for vikarer og sommervikarer. At superbrukerne får fritid fra vanlige oppgaver [[per|KEEP]] vakt når de skal hjelpe andre. Og at kommunen lytter til oss før neste innkjøp. Det siste sa alle, faktisk. [[Tønsberg kommune|ORG]] har en velferdsteknologiplan, men det var ingen på avdelingen som hadde sett den. Jeg hadde ikke sett den selv heller, før jeg googlet den etter møtet.
I: Var det noe som overrasket deg i diskusjonen med gruppa?
P: Ja, at så mange egentlig er positive. Jeg trodde det skulle bli en klagerunde. Men folk var opptatt av hva som funker og hva vi kan gjøre bedre. [[Per|PER]] sa noe fint på slutten. Han sa at det ikke er teknologien som gjør oss gode, det er at vi snakker sammen sånn som nå. Jeg skrev det ned ord for ord.
I: Tusen takk til deg og gruppa.
P: Takk! Jeg skal sende dem en hilsen. Og hvis du trenger noe mer, er det bare å sende en mail til [[hanne.sorli@tonsberg.kommune.no|EML]], så tar jeg det med på neste møte.
""")

interview("P23", "nn", "nn-spoken", r"""
I: Kan du fortelje litt om deg sjølv og om mor di?
P: Ja. Eg heiter [[Synnøve Hegrenes|PER]], og eg bur i [[Førde|PLC]]. Mor mi heiter [[Brita|PER]], ho er fødd i [[1932|AGE]], og ho bur framleis åleine i huset vi vaks opp i, i [[Naustdalsvegen 118, 6817 Naustdal|ADR]]. Det er om lag tjue minutt å køyre frå meg. Eg har ein bror, [[Arvid|PER]], men han bur langt sørpå, så det er stort sett eg som har ansvaret. Slik er det ofte, trur eg.
I: Kva slags hjelp får mor di i dag?
P: Ho har heimesjukepleie morgon og kveld, og så har ho tryggleiksalarm. Og sidan i fjor har ho hatt GPS, fordi ho har byrja å gå seg bort. Det er [[Sunnfjord kommune|ORG]] som har ordna alt saman, etter samanslåinga. Før var det [[Naustdal kommune|ORG]], og då kjende vi alle, no er det meir, ja, meir byråkrati.
I: Kva skjedde som gjorde at de fekk GPS?
P: Det var [[17. mai 2022|DAT]]. Vi skulle i toget i [[Naustdal|PLC]], og ho skulle kle seg i bunaden medan eg henta kaffi. Og då eg kom tilbake, var ho borte. Heile bygda leita. Det var folk i bunad over alt som ropte på [[Brita|PER]]. Til slutt fann naboen, [[Johannes|PER]], ho på kyrkjegarden, ved grava til far. Ho hadde gått dit for å vise han bunaden. Eg gret i tre dagar etterpå.
I: Korleis kom GPS-en inn i biletet?
P: Eg ringde til kommunen den veka og spurde kva vi kunne gjere. Det var ein sakshandsamar, [[Linn Therese|PER]], som var veldig god. Ho kom heim til mor og forklarte om [[GPS-klokka|KEEP]]. Mor syntest det var ei fin klokke, ho trudde det var ein gåve. Vi fekk vedtaket på [[Helsenorge|KEEP]] nokre veker seinare, det hadde saksnummer [[22/3391|ID]], eg har det i ei mappe heime.
I: Korleis har det fungert i kvardagen?
P: Stort sett godt. Eg har appen på telefonen, og eg ser kvar ho er. Ho går dei same rundane, til butikken, til kyrkja, til naboen. Av og til går ho til bussen og vil til byen for å handle, og då ringjer eg ho og seier at eg kjem og hentar ho. Men det er ein ting eg ikkje hadde tenkt på: at eg aldri kjem meg heilt vekk. Eg var på ferie i utlandet i fjor, og eg sjekka appen kvar time. Mannen min meinte det var sjukt.
I: Har det vore situasjonar der teknologien ikkje fungerte?
P: Ja. Ein [[laurdag|KEEP]] i vinter var batteriet tomt. Ho hadde ikkje lada klokka, for ho skjønar ikkje ladaren. Og akkurat den dagen gjekk ho ut i snøen utan sko. Det var ein bilist som såg ho langs vegen og ringde politiet. Ho var kald, men elles i orden. Etter det har heimesjukepleia ansvar for å lade klokka kvar kveld. Det står i tiltaksplanen no.
I: Korleis opplever du samarbeidet med heimesjukepleia?
P: Dei er fantastiske, men dei er så mange. Det er nye ansikt heile tida. Mor kjenner best igjen ho [[Aud|PER]], som har vore der lengst, og ein ung gut, [[Yonas|PER]], som kjem frå [[Etiopia|PLC]]. Mor seier at [[Yonas|PER]] har dei finaste hendene. Ho trur han er ein prest, av ein eller annan grunn. Han har sagt at det er greitt, [[altså|KEEP]], han ler av det.
I: Kva tenkjer du om framtida for mor di?
P: Ho vil ikkje på sjukeheim. Ho har sagt det sidan far døydde. Men eg ser at det går nedover. Ho har [[Alzheimer|KEEP]], det har legen sagt, og det blir ikkje betre. Eg har snakka med [[Helse Førde|ORG]] om ei utgreiing, og med kommunen om korttidsopphald. Men det er vanskeleg å ta den avgjerda for ein annan person, sjølv om det er mor di.
I: Korleis har du det sjølv i dette?
P: Eg er sliten. Eg har full jobb på [[Førde sentralsjukehus|ORG]], på laboratoriet, og så har eg dette. Eg har vore på eit pårørandekurs i regi av [[Nasjonalforeininga|ORG]], det var nyttig. Der lærte eg at det er lov å vere lei. Det hadde eg ikkje tenkt at eg hadde lov til.
I: Er det noko anna du vil fortelje?
P: Berre at teknologien har gitt mor meir fridom, og meg meir uro. Begge delar er sant. Og at eg ikkje veit kva vi hadde gjort utan [[Johannes|PER]] og dei andre naboane. Dei er den eigentlege tryggleiksalarmen. Viss du vil snakke meir, kan du ringje meg på [[957 20 318|TEL]], helst etter arbeidstid.
""")

interview("P24", "nb", "stt-nb", r"""
I: ok nå er opptaket på kan du fortelle litt om hvor du jobber og hva du gjør
P: ja jeg heter [[kristin aase|PER]] og jeg er sykepleier i hjemmesykepleien i [[bergen kommune|ORG]] i [[fyllingsdalen|PLC]] og jeg har jobbet der i snart åtte år før det var jeg på [[haukeland|ORG]] på medisinsk avdeling men jeg ville ut av sykehuset jeg ville møte folk hjemme hos seg selv
I: hva slags teknologi bruker dere i det daglige
P: vi har medisindispensere til ganske mange vi har trygghetsalarmer vi har digitale nøkler og så har vi telefonene som vi dokumenterer på og som vi får alle varslene på og det er det som er litt greia at alt kommer på den ene telefonen varsler fra dispenserne fra alarmene meldinger fra kollegaer og så ringer folk på den også
I: hvordan er det å ha alt på én telefon
P: det er [[eh|KEEP]] stressende [[altså|KEEP]] det piper hele tiden og man må hele tiden vurdere hva som er viktig og hva som kan vente og hvis jeg sitter og steller en pasient og det piper så må jeg velge om jeg skal se på telefonen eller fortsette med pasienten og det føles aldri riktig uansett hva jeg gjør
I: kan du gi et eksempel på en sånn situasjon
P: ja det var en morgen [[tredje januar|DAT]] tror jeg det var rett etter nyttår jeg var hos en dame i [[laksevåg|PLC]] som skulle få sårstell og så fikk jeg varsel om at en mann i [[loddefjord|PLC]] ikke hadde tatt medisinene sine og så ringte jeg til ham og han tok ikke telefonen og da måtte jeg ringe til koordinator som var [[vår|PER]] den dagen [[vår lunde|PER]] og hun sendte en annen men det tok førti minutter og han hadde bare sovet over seg heldigvis
I: hvordan er rutinene for sånne varsler
P: det er at man skal ringe pasienten først og så hvis ikke man får svar så skal noen dra ut men problemet er at det er ingen som har ledig tid i en vanlig morgen så da må man ta fra noen andre og det blir som et puslespill og det har blitt verre i [[vår|KEEP]] fordi vi har hatt mange sykmeldte og det er koordinatoren som må legge det hun har en egen tavle på [[teams|KEEP]] som hun flytter folk rundt på
I: hvordan påvirker det pasientene tror du
P: jeg tror mange av dem er fornøyde med dispenserne de føler seg mer selvstendige men noen av dem blir ensomme fordi vi kommer sjeldnere det er en mann som jeg har vært hos i mange år han er [[åttini år|AGE]] og bor i [[sælenveien 12|ADR]] og han sa til meg før jul at jeg var den eneste han snakket med hele uka og det var fordi vi ikke kommer så ofte lenger etter at han fikk automaten det har jeg tenkt mye på
I: har du tatt det opp med noen
P: ja jeg har skrevet det i journalen og tatt det opp med lederen min som heter [[trond|PER]] og han har søkt om at mannen skal få besøksvenn fra [[røde kors|ORG]] og det har han fått nå en gang [[per|KEEP]] uke det er en pensjonert lærer og de spiller sjakk
I: det høres fint ut hva med de digitale nøklene
P: de er kjempebra når de fungerer men telefonen må ha strøm og dekning og i noen av blokkene i [[fyllingsdalen|PLC]] er det dårlig dekning i kjelleren der nøkkelboksen er og da står du der og venter en gang stod jeg i tjue minutter og til slutt ringte jeg vaktmesteren i borettslaget og han heter [[frank|PER]] og han kom og åpnet med en vanlig nøkkel
I: ha ha ja bruker dere bil i tjenesten
P: ja vi har elbiler og det er fint men det er for få ladere på basen så noen morgener må man ta en bil som bare har tjue prosent og det går ikke på en lang rute jeg hadde en bil [[ev 30417|ID]] som gikk tom i [[fana|PLC]] en gang og jeg måtte ta taxi til de siste pasientene det ble en sak om det
I: hva tenker du om fremtiden for hjemmesykepleien
P: jeg tror det blir mer teknologi og færre folk og det bekymrer meg litt fordi det er så mye vi ser når vi er hjemme hos folk som ingen sensor ser men jeg tror også at teknologien kan gi oss mer tid hvis den blir gjort riktig hvis den blir laget sammen med oss og ikke bare kjøpt inn og sendt ut
I: er det noe du vil legge til
P: nei bare at hvis du vil snakke med flere så kan du ringe koordinatoren [[vår|PER]] hun har mange meninger nummeret er [[55 56 71 20|TEL]] og så er det bare å spørre etter henne
""")

interview("P25", "en", "en-spoken", r"""
I: Thank you for doing this in English. Could you introduce yourself and your unit?
P: No problem, I'm used to it, we have several colleagues from abroad. I'm [[Marianne Holt|PER]], I'm the unit leader at [[Madshaugen sykehjem|ORG]] in [[Kongsberg|PLC]]. We have forty-two residents in three wards, and about seventy employees if you count all the part-timers. I've been leader here since [[2017|DAT]]. Before that I was a nurse in [[Notodden|PLC]], and before that I started a [[PhD|KEEP]] that I never finished, which is a long story.
I: Maybe another day for that one. How would you describe the role of welfare technology in your unit?
P: Growing, and a bit chaotic. We've added one thing at a time, and nobody has really looked at the whole picture. Sensors in the rooms, an electronic medicine room, tablets for activities, a communication robot we tested for a while. And the patient record, of course. Each came with its own project, its own supplier and its own training. So for the staff it can feel like a new thing every month. I'm trying now to make a plan that ties it all together.
I: How are you going about that?
P: I started by asking the staff. We had a workshop on the [[15th of January 2024|DAT]], three hours, pizza, the usual. I asked them to write on post-it notes what they use, what they hate, what they would miss if it disappeared. The sensors came out on top of "would miss". The robot came out on top of "hate", which didn't surprise me at all, haha.
I: Why did they dislike the robot?
P: It was supposed to chat with residents and remind them about activities. But it misunderstood everything. One resident, she's in her [[nineties|AGE]] and speaks a very broad dialect from [[Numedal|PLC]], she asked it about the weather and it started playing a song. She was furious. And [[Frank|PER]], who is one of our night nurses, found it in a dark corridor once with its eyes glowing and almost had a heart attack. After that we called it the ghost, and it went back to the supplier after six months.
I: How do you support staff to learn new systems?
P: We have two technology champions, [[Siv|PER]] and [[Ibrahim|PER]]. [[Siv|PER]] has been here forever and knows everybody. [[Ibrahim|PER]] came from [[Syria|PLC]] in [[2016|DAT]], started as an assistant and is now a nurse, and he's a natural teacher. They have a few hours [[per week|KEEP]] each. Honestly, I think they're the most important investment we've made, more than any of the equipment.
I: Have there been situations where technology caused problems for residents?
P: Yes. One serious one. A resident with [[Parkinson|KEEP]] fell, and the sensor didn't trigger because the room had been rearranged and the sensor was now looking at the wardrobe. The family had moved the furniture during a visit, which they're allowed to do, it's her home. She lay there until the next round, about forty minutes. Her son, [[Helge Sandvik|PER]], was very upset, understandably. We met with him, apologised, and changed the routine so that the sensor is checked whenever furniture is moved.
I: How was that meeting with the son?
P: Difficult, but good in the end. He said he had trusted the technology more than he should have. And I said, so had we. I think that honesty helped. He's now on our user council, actually, and he's one of the most constructive people there. [[Sandvik|PER]] is an engineer at [[Kongsberg Gruppen|ORG]], so he asks very precise questions about how the sensors work, which keeps the supplier on their toes.
I: How is the cooperation with the municipality's central administration?
P: Mixed. [[Kongsberg kommune|ORG]] has a small welfare technology team, two people, and they're good but stretched. They cover home care and all the nursing homes. Decisions about purchases are often made centrally, and we find out afterwards. I've argued that each unit should at least be consulted before anything is bought. I think they're listening now, slowly.
I: What would you say to a unit leader who is just starting with this?
P: [[Don't|KEEP]] buy anything before you know what problem you want to solve. And don't think the supplier's training is enough. Budget for your own people's time. And listen to the night shift, they see things [[nobody else|KEEP]] sees. Also, keep a list of everything you have. I found three boxes of fall sensors in a storage room last year that nobody knew we owned, still in plastic.
I: That's a great piece of advice. Anything before we wrap up?
P: Only that I'd be happy to share the plan when it's finished. You can reach me at [[marianne.holt@kongsberg.kommune.no|EML]]. And if you want to talk to [[Siv|PER]] or [[Ibrahim|PER]], I'm sure they'd be glad to. Especially [[Siv|PER]], she has opinions about everything, in the best way. I'd avoid calling on a [[Thursday|KEEP]] though, that's our meeting day.
""")

interview("P26", "nb", "nb-sorlandsk", r"""
I: For opptakets skyld: hvem er du, og hva jobber du med?
P: Ja da, [[ehm|KEEP]], jeg heter [[Tone Reinertsen|PER]], og jeg er fysioterapeut i [[Arendal kommune|ORG]]. Jeg jobber i hverdagsrehabiliteringsteamet, vi er fire stykker, to fysioer, en ergo og en sykepleier. Vi har base på [[Stoa|PLC]], men vi kjører over hele kommunen, fra [[Tromøy|PLC]] til inn mot [[Froland|PLC]]-grensa. Jeg er oppvokst på [[His|PLC]], så jeg kjenner jo halve byen, og den andre halvparten kjenner mor mi, ha ha.
I: Hva går hverdagsrehabilitering ut på, slik dere gjør det?
P: Det er intensiv trening hjemme hos folk, i fire-seks uker, på det de sjøl syns er viktig. Ikke det vi syns er viktig, det er hele poenget. Så vi spør: ka er viktig for deg i livet ditt nå? Og så sier én at hun vil klare å gå ned til postkassa, og en annen at han vil fiske fra brygga igjen. Og så trener vi på akkurat det.
I: Hvordan bruker dere teknologi i dette arbeidet?
P: Vi har begynt med nettbrett med treningsvideoer. Det kom i gang etter et prosjekt med [[Universitetet i Agder|ORG]], der noen masterstudenter laget videoer av øvelsene. Og så kan brukerne trene når vi kje er der, og vi kan se i appen om de har gjort det. Det er jo ikke alle som gidder, [[altså|KEEP]], men noen elsker det. Og så har vi videosamtaler noen ganger, på [[Teams|KEEP]], når vi kje rekker å kjøre ut.
I: Har du et eksempel på en bruker der det fungerte godt?
P: Ja, det var en mann på [[Tromøy|PLC]], han [[Sverre|PER]], han har sagt ja til at jeg nevner han. Han var [[84|AGE]], hadde hatt hjerneslag, og det han ville, det var å komme seg ut i båten sin igjen. Så vi trente balanse, vi trente å gå over dørstokker, vi trente å gå på noe som gynger. Han trente med nettbrettet hver dag, morgen og kveld, og han sendte meg meldinger i appen: «Gjort. Hva nå?» Han var helt rå.
I: Klarte han målet sitt?
P: Ja! [[8. juni 2021|DAT]] var han ute i båten, og dattera hans, [[Eli|PER]], sendte meg et bilde av han med en makrell i hånda. Jeg har det fortsatt på telefonen. Det er kanskje det fineste bildet jeg har fått i jobben. Eller i livet, nesten.
I: Er det brukere dette ikke passer for?
P: Mange. Det er de som har demens, de får det jo kje helt til med appen. Og så er det de som rett og slett ikke vil. Vi hadde ei dame inne i byen, [[nittién år|AGE]], som sa at hun hadde trent nok i livet, hun hadde vasket trapper på [[Hotel Phønix|ORG]] i førti år. Hun ville ha kaffe og en prat. Og det fikk hun. Og så snek vi inn noen øvelser mens vi drakk kaffe, ha ha.
I: Hvordan samarbeider dere med sykehuset?
P: Vi får henvisninger fra [[Sørlandet sykehus|ORG]], fra [[SSHF|ORG]] som vi sier, når folk skrives ut. Og det har blitt bedre. Før fikk vi bare en lapp, nå får vi en ordentlig epikrise med funksjonsnivå og alt. Men det kommer i et system som vi ikke har tilgang til, så sykepleieren må skrive det ut for oss. Det er litt sånn typisk, [[liksom|KEEP]].
I: Hvordan opplever kollegaene dine teknologien?
P: Det er forskjellig. [[Per Arne|PER]], den andre fysioen, han er over [[seksti|AGE]] og han sier rett ut at han ikke vil se folk gjennom en skjerm. Han vil kjenne på muskelen. Og jeg forstår han. Men han er også den som fikser wifi hos brukerne, for han er sånn hobbyelektriker. Så han er egentlig mer teknisk enn han vil innrømme. Og så har vi [[Nadia|PER]], ergoen, hun er fra [[Marokko|PLC]] og snakker fire språk, og hun lager videoer på arabisk og fransk til de brukerne som trenger det.
I: Har dere opplevd noen problemer med personvern eller sikkerhet?
P: En gang. En bruker hadde fått feil nettbrett, altså et som var satt opp for en annen bruker, med navnet og treningsprogrammet hennes. Det ble oppdaget etter to dager. Vi meldte det som avvik, og kommunens personvernombud, [[Kjetil|PER]], kom og snakket med oss. Det var ikke så farlig, men det var en vekker. Nå har vi en sjekkliste, og det står navn på en lapp bak på hvert nettbrett. Gammeldags, men det funker.
I: Hvis du fikk bestemme budsjettet, hvor ville pengene gått?
P: Til folk, ikke til flere nettbrett. Men ikke misforstå, vi må ha begge deler, vi må bare passe på at det kje blir bare teknologi. Det er relasjonen som gjør at folk trener. [[Sverre|PER]] trente fordi han visste at jeg så på, og fordi han ville vise meg makrellen. Det gjør ikke en app alene.
I: Da runder vi av. Har du noe mer?
P: Nei, jeg tror jeg har sagt det meste. Men hvis dokker vil se videoene, så kan dokker sende meg en mail, [[tone.reinertsen@arendal.kommune.no|EML]], så kan jeg sende en lenke. Men bare ikke på en [[fredag|KEEP]], da er det fisketur, ha ha. Nei, tuller. Litt.
""")

interview("P27", "en", "en-spoken", r"""
I: Could you tell me about your role at the response centre?
P: Yes. My name is [[Jørgen Sæther|PER]], I work with IT and operations at the response centre for safety alarms. We are hosted by [[Sarpsborg kommune|ORG]], but we serve eight municipalities in the region, [[Halden|PLC]], [[Rakkestad|PLC]] and so on. We have about six thousand users. I'm not a nurse, I'm an engineer, so I'm the one who makes sure the systems are running and that the alarms actually reach the operators.
I: How does the technical side of the response centre work?
P: Simply put: the user presses the button, the alarm goes through the mobile network to our platform, it pops up on the operator's screen with the name, address and relevant health information, and the operator talks to the user through the speaker in the base unit. If it's serious, they contact the home care or the emergency services. Everything is logged. It sounds simple, but there are a lot of places where it can go wrong.
I: Can you give an example of something going wrong?
P: Yes, I'll tell you about the worst night I've had. It was the night between the [[11th and 12th of February 2022|DAT]]. An alarm came in from a man, [[95 years|AGE]] old, in [[Skjeberg|PLC]]. The operator, [[Ask|PER]], a young guy, very calm, he talked with the man, who said he had fallen. [[Ask|PER]] sent the home care. And the home care drove to [[Storgata 14|ADR]] and there was nobody there. Because the man actually lived in [[Storgata 41|ADR]]. Someone had typed the numbers the wrong way around when he was registered.
I: What happened to the man?
P: He was found about forty minutes later, when the home care figured it out and went to the right house. He was lying on the floor, conscious, but cold and scared. He recovered, but it could have ended very differently. And I felt terrible, because it's my system. Even if it was a manual typing error, it's my system that let it happen.
I: How did you follow up on that?
P: A lot of things. First, we went through every single address in the register and compared it with the national population register. We match on the national identity number now, automatically. That took two months. I had to [[ask|KEEP]] for help from three people in the municipality's IT department. We found another forty-one addresses that were wrong. Forty-one! Some of them were just old, people who had moved into a nursing home or died. But some were simply wrong.
I: That's a significant finding.
P: Yes. And second, we changed the routine so that when home care arrives at a house and nobody is there, they call us immediately and we do a second check. And third, we made a report to the [[Norwegian Board of Health Supervision|ORG]], [[Helsetilsynet|ORG]], as required. The case number there was [[2022/1183|ID]]. They didn't give us any reaction, but they asked good questions.
I: How did the operators experience all this?
P: They were shaken. [[Ask|PER]] especially, he thought it was his fault, which it wasn't. We had a debriefing with the leader of the centre, [[Elin Rød|PER]], and she was very good at making clear that this was a system failure, not a person failure. I think that was important for the culture. People need to feel safe to report things, [[don't|KEEP]] you think?
I: Absolutely. How does your work connect to the home care services' systems?
P: That's the next big thing. Right now the operator can't see the patient record. Some municipalities use [[Gerica|KEEP]], some use [[CosDoc|KEEP]], and we can't integrate with all of them at once. So the operator calls the home care and asks, and the home care looks it up. It works, but it's slow. We are working on a solution with the suppliers, but it's a long process. I would guess two more years. At least.
I: Do you see any risks in the move to digital alarms?
P: Yes. The analogue ones worked through the phone line, and they were very stable. The digital ones depend on the mobile network. In some areas around [[Aremark|PLC]] and [[Marker|PLC]], the coverage is poor, and we've had alarms that didn't come through. So we test every unit when it's installed, and we have a weekly automatic test signal. If a unit doesn't send its test, we call the user. We discovered a dead one last [[Monday|KEEP]], actually, at a user who had put the base unit in a drawer because the light bothered her.
I: Is there anything about the users themselves that surprised you?
P: How many of them press the button just to talk. Maybe a third of the alarms at night are loneliness, not emergencies. The operators talk with them for a few minutes, and that's part of the job, but it shows there's a need that the services don't meet. There was one lady, [[a hundred and two|AGE]], who called every night at eleven to say good night. When she died, the operators sent flowers to the funeral. That's the kind of thing you don't see in the statistics.
I: I think we're at the end of my list. Any final thoughts?
P: Only that if you want numbers, I have them, lots of them. You can call me at [[69 10 80 00|TEL]], that's the central switchboard, and ask for me, or email [[jorgen.saether@sarpsborg.com|EML]]. Yes, it's dot com, not dot kommune dot no, don't ask me why. Historical reasons.
""")

interview("P28", "en", "en-spoken", r"""
I: Where would you like to start, with yourself or with your father-in-law?
P: With myself, I think, that's easier. My name is [[Rohan Mehta|PER]], I'm originally from [[Pune|PLC]] in [[India|PLC]], and I've lived in [[Molde|PLC]] for nine years. I work as an engineer at [[Equinor|ORG]], in the office outside town. My wife, [[Ingvild|PER]], is Norwegian, from here, and her father, [[Leif|PER]], is the reason we are talking today, I suppose. He is [[eighty-one|AGE]] and he has been at a nursing home since last year.
I: How did that come about?
P: He had a stroke in [[December 2020|DAT]], right in the middle of the pandemic. He was at [[Molde sjukehus|ORG]] for three weeks and then at a rehabilitation place, and then the home care tried for some months, but he fell often and his speech was affected, so he couldn't use the phone properly. In the end he got a place at [[Glomstua omsorgssenter|ORG]]. My wife was relieved and also very sad. She is an only child, so it was all on her. Well, on us.
I: What role has technology played in staying in touch with him?
P: A big one, and it started with me, actually, because I'm the one who is used to video calls. My own parents are back home, so I've been doing video calls every [[Sunday|KEEP]] for nine years. When he went into the nursing home, during the pandemic, visits were restricted, so I set up a tablet for him with a very simple app. One big button with my wife's face on it. Press it and she answers.
I: Did the nursing home allow that?
P: At first they were a bit hesitant because of the wifi and the privacy, but the unit leader, [[Anne Grete|PER]], was very open. She said, if you can make it work, we'll support it. And then one of the nurses, [[Ajith|PER]], he is from [[Sri Lanka|PLC]], he and I became the tablet team, haha. When something was wrong, he called me, and I talked him through it. We still do that sometimes.
I: How did your father-in-law experience the video calls?
P: In the beginning, confused. He didn't understand where the picture came from. But he loves his granddaughter, [[Maya|PER]], she's six, and when she appeared on the screen and started singing, he just lit up. His speech is not good, but he can sing. [[Isn't|KEEP]] that strange? He can't say a full sentence, but he can sing the old songs from the radio. So now they sing together twice a week.
I: Are there limitations you've noticed?
P: Yes, of course. A tablet can't hug him. And sometimes the staff are too busy to help him answer, so the call goes unanswered and my wife worries. We had an arrangement that they would text us if something happened, but the number changed and nobody told us. For a few months we were texting the wrong phone. She found out when she visited and saw that her messages were sitting unread on a phone that was in a drawer in the office.
I: How did you resolve that?
P: We sat down with the leader and made a simple agreement, on paper. Which number to call, [[71 11 62 40|TEL]], which times are good, who to contact if it's urgent. It's a bit old-fashioned, but it works. I think sometimes engineers like me think technology solves everything, and actually the solution was a piece of paper on the wall.
I: How do you see the role of relatives from different backgrounds in these services?
P: That's an interesting question. I think in [[India|PLC]] the family would do much more of the care directly. Here the state does it, and the family visits. At first I found that strange, even a bit cold. But now I see that it gives [[Ingvild|PER]] space to be his daughter, not only his nurse. My mother back home doesn't understand it, though. She asks every time why we don't take him home to live with us.
I: Has the municipality involved you in any way in developing these services?
P: Not really. I offered to help, because I could see so many small things that could be better. I wrote an email to [[Molde kommune|ORG]] with some suggestions, about standard tablets and a simple setup guide for relatives. I got a polite reply that they would consider it. That was in [[March 2022|DAT]]. I haven't heard anything since. Maybe it's in a drawer with the phone, haha.
I: What would you say to other families in a similar situation?
P: Try the simple things first. [[Don't|KEEP]] wait for the perfect system. And find the person in the staff who is interested, like [[Ajith|PER]]. There is always someone. And be patient with the old people. [[Leif|PER]] was a fisherman, he had a boat out at [[Bud|PLC]] for fifty years, and he never touched a computer in his life. Now he sings with his granddaughter on a screen. That's quite a journey for [[anyone|KEEP]], at that age.
I: Thank you for sharing this.
P: You're welcome. I hope it helps [[someone else|KEEP]]. And if you want, you can talk to [[Ingvild|PER]] too, she has her own perspective. She might not agree with everything I said, haha, but that's marriage.
""")

interview("P29", "nb", "nb-oslo-east", r"""
I: Hvordan havnet du der du jobber i dag?
P: Ja, jeg heter [[Sandra Kristiansen|PER]], jeg er helsefagarbeider på [[Lindeberg omsorgssenter|ORG]], på [[Furuset|PLC]]. Har jobba der i ni år, siden jeg var [[tjue|AGE]], tjueen, noe sånt. Jeg er fra [[Trosterud|PLC]], bare to stopp unna med banen, så jeg kan nesten gå til jobben. Gjør det aldri, da, ha ha.
I: Hva slags teknologi bruker dere på avdelingen?
P: Vi har nettbrett til beboerne, sånne [[iPader|KEEP]] med store knapper, og så har vi sensorer i gulvet på noen rom, og så dokumenterer vi på telefonen. Men det jeg vil snakke om, det er egentlig nettbretta. For det var der jeg ble sånn, ja, teknologi-dama på huset. Helt uten at jeg hadde planlagt det.
I: Hvordan skjedde det?
P: Det var da korona kom. [[13. mars 2020|DAT]], den [[fredagen|KEEP]] da alt stengte. Vi fikk beskjed om at ingen pårørende fikk komme på besøk. Og det var helt krise, for mange av beboerne våre har demens og skjønte ikke hvorfor ingen kom. A [[Gerd|PER]], hun var [[nittisju|AGE]], hun satt ved vinduet hele dagen og venta på sønnen sin. Det var hjerteskjærende, [[ass|KEEP]].
I: Hva gjorde dere?
P: Lederen vår, a [[Mona|PER]], ringte rundt og fikk tak i fem nettbrett fra et firma, [[Groruddalen Elektro|ORG]], som ga dem gratis. Og så sa hun: [[Sandra|PER]], du er ung, fiks det. Og jeg var [[liksom|KEEP]], okei? Jeg hadde aldri satt opp et nettbrett for en annen person før. Men jeg fant ut av det. Jeg lagde en liste med alle pårørende og telefonnumre, og så satte vi opp tider. Det var som en resepsjon, ass, jeg satt med en timeplan.
I: Hvordan reagerte beboerne?
P: Helt forskjellig. A [[Gerd|PER]] skjønte det med en gang. Hun kyssa skjermen når sønnen kom. Mens han [[Tor|PER]], han var gammel trikkefører, han trodde det var fjernsyn og prata til nyhetsoppleseren etterpå, ha ha. Og noen ble redde. Vi hadde en dame som trodde hun var i fengsel fordi hun så seg sjøl i det lille bildet i hjørnet. Så vi lærte at vi måtte skru av det bildet.
I: Hvordan var det for de pårørende?
P: De fleste var så takknemlige. Sønnen til a [[Gerd|PER]], han heter [[Kjetil Bråthen|PER]], han sendte blomster til avdelingen etterpå, med et kort der det sto at vi hadde holdt mora hans i live. Det henger fortsatt på pauserommet. Men det var også noen som ble sinte, fordi de ikke fikk tid når de ville. Vi hadde jo bare fem nettbrett og over tretti beboere.
I: Hvordan var samarbeidet med kollegaene i den perioden?
P: Det var fint, egentlig. Det var en sånn vi-mot-verden-følelse. A [[Thuy|PER]], hun er fra [[Vietnam|PLC]], hun hjalp meg med å ringe til de pårørende som ikke snakka norsk så godt. Og han [[Shirin|PER]], nei, hun, sorry, a [[Shirin|PER]], hun lagde en sånn plakat med instruksjoner på persisk. Vi var liksom en hel FN-avdeling. Jeg tror det var da jeg skjønte hvor bra kollegaer jeg har.
I: Bruker dere nettbrettene fortsatt?
P: Ja, men mer til aktiviteter nå. Vi har musikk, vi har quiz, vi har gamle bilder fra bydelen. Vi fant et arkiv med bilder fra da det her var bondeland, og beboerne elsker å se det. Han [[Tor|PER]] kunne peke ut hvor trikken gikk før. Og de pårørende ringer fortsatt på video, men mest de som bor langt unna. En datter bor på andre sida av jorda, og hun ringer hver [[lørdag|KEEP]] morgen, som er lørdag kveld for henne. Eller motsatt. Jeg blander alltid.
I: Har det vært utfordringer med teknologien?
P: Ja, wifi-en. Den er elendig i andre etasje. Vi har klaga i to år. IT i [[Sykehjemsetaten|ORG]] sier det er på lista. Og så er det passordene, de bytter hele tiden, og da står nettbrettene og er låst når man skal bruke dem. Jeg har passordet på en post-it-lapp i en skuff. Si ikke det til noen, ha ha.
I: Og du selv, hvor ser du deg om noen år?
P: Jeg har lyst til å ta fagskole i velferdsteknologi, faktisk. Jeg har sett på en på [[Fagskolen i Viken|ORG]]. For jeg har skjønt at jeg liker dette, å være den som hjelper folk med sånt. Men jeg vil ikke slutte å jobbe med beboerne. Så jeg vil være sånn halvt og halvt, [[liksom|KEEP]].
I: Tusen takk for at du ville være med.
P: Null stress. Og hils a [[Mona|PER]] hvis du treffer henne, hun har sluttet nå, hun jobber på [[Ullevål|ORG]]. Hun var den beste lederen jeg har hatt. Si at jeg sier hei.
""")

interview("P30", "nb", "nb-trondersk", r"""
I: Kan vi starte med tittelen din? Teknologiveileder, sto det i e-posten.
P: Ja. Æ heite [[Hallvard Moe|PER]], æ e helsefagarbeider og teknologiveileder i hjemmetjenesten i [[Malvik|PLC]]. Æ har jobba her i femten år, mest i [[Hommelvik|PLC]]-sona, og så har æ hatt veilederrolla sia vi fikk [[Helseplattformen|KEEP]] og all den nye teknologien samtidig. Det va itj heilt heldig timing, ska æ si deg.
I: Hva består rollen som teknologiveileder i?
P: Det e litt av alt. Æ lære opp nye, æ hjelpe dem som står fast, æ snakke med leverandøran, og æ e den som blir ringt når nån har mista telefonen i do. Det har skjedd tre gonga i år. Og så blir det vel ei telefon [[per|KEEP]] dag om ting som itj e så farlig. Æ har femti prosent veileder og femti prosent vanlig turnus. Men veiledertida forsvinn fort når det e sjukdom, [[altså|KEEP]].
I: Du nevnte at du ville fortelle om en spesiell hendelse. Kan du det?
P: Ja. [[Ehm|KEEP]], det va natt tel [[6. desember|DAT]] i fjor. Nei, det va i forfjor. [[6/12-22|DAT]], det står i avviket. Vi har ei dame, æ kan kall ho [[Sol|PER]], det e itj det ekte navnet, men ho e som ei sol, ho. Ho bor åleine i et gammelt hus på [[Sveberg|PLC]], og ho e [[nitti-to|AGE]]. Ho har fallsensor i stua og på soverommet. Og den natta kom det et fallvarsel klokka kvart over to.
I: Hva skjedde da?
P: Nattpatruljen va i [[Vikhammer|PLC]] hos en anna bruker, og det tar en kvarter å kjør. Ho som hadd vakta, [[Ingvild Rønning|PER]], ho ringte først til [[Sol|PER]], men fikk itj svar. Så kjørte ho. Og da ho kom fram, så va huset mørkt og døra låst, og den elektroniske låsen ville itj åpne. Telefonen hadd itj dekning akkurat der. Så ho sto der i snøen og ringte mæ, for æ va bakvakt for teknologi den natta.
I: Hva gjorde du?
P: Æ satt i senga i [[Hommelvik|PLC]] med telefonen og prøvde å få låsen tel å åpne fra systemet. Det gikk itj. Så sa æ tel [[Ingvild|PER]] at ho måtte gå rundt huset og sjå etter et vindu. Og ho fant ei kjellerdør som va åpen. Ho krabba inn gjennom kjelleren, i uniform og med lommelykt. Og der oppe i stua låg [[Sol|PER]] på golvet. Ho va våken og sa: «Æ visste dokker kom.»
I: Hvordan gikk det med henne?
P: Ho hadd brukket hofta. Ho blei kjørt tel [[St. Olav|ORG]] og operert dagen etter. Ho kom hjem igjen etter et par måneda, med mer hjelp. Og ho fortelle fortsatt om jenta som kom gjennom kjelleren. Ho har fortalt det tel alle, [[liksom|KEEP]], tel frisøren, tel presten, tel han som lese av strømmen.
I: Hva lærte dere av den hendelsen?
P: Mye. Først at sensoren funka. Den gjorde akkurat det den skulle. Det va alt rundt som svikta. Låsen va avhengig av mobildekning, og det hadd ingen sjekka på den adressa. Så vi gikk gjennom alle brukeran med elektronisk lås og testa dekninga ved døra. Vi fant sju adressa med dårlig dekning. Sju! Og så har alle de nå fått en nøkkel i tillegg, i en kodeboks. Gammeldags, men sikkert.
I: Hvordan ble det fulgt opp i kommunen?
P: Det blei et avvik, sjølsagt, og så blei det tatt opp i kvalitetsutvalget i [[Malvik kommune|ORG]]. Enhetslederen vår, [[Gunn Tove Aunet|PER]], ho tok det på alvor fra første stund. Ho ringte leverandøren, [[Låsteknikk Midt AS|ORG]], og ba om et møte samme uke. De va itj vant tel at nån i en kommune va så bestemt, tror æ. Og ho skreiv ei sak tel politikeran om at vi må ha dekningskartlegging før vi kjøpe noe mer.
I: Hvordan var det for [[Ingvild|PER]] i etterkant?
P: Ho va stolt, tror æ, men også sliten. Det e skummelt å krabbe gjennom en kjeller midt på natta. Vi hadd en samtale etterpå, æ og ho og [[Gunn Tove|PER]]. Ho sa at ho aldri hadd vært så redd og så glad på samme tid. Ho fikk en blomsterbukett fra [[Sol|PER]] sin datter, og et kort der det sto: «Til kjellerhelten.» Det henge på kontoret no.
I: Hvordan ser du på rollen din framover?
P: Æ trur den blir viktigere. Det kommer meir og meir, og folk treng nån å spør. Men æ trur også at vi må bli flinkere tel å tenk på alt rundt teknologien. Kem kjøre, kor lang tid det tar, ka som skjer hvis nettet e nede. Det e det som e den eigentlige jobben. Æ har begynt å lag ei sjekkliste for hver ny bruker. Den har tjueto punkt no.
I: Takk, [[Hallvard|PER]]. Noe mer før vi avslutter?
P: Bare at hvis andre kommuna vil ha sjekklista, så kan dem ring mæ, [[482 17 036|TEL]]. Og at dem ska hils tel [[Ingvild|PER]]. Ho fortjene en medalje. Eller i hvert fall en ny lommelykt, den gamle mista ho i kjelleren, ha ha.
""")

if __name__ == "__main__":
    main()
