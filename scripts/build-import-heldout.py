#!/usr/bin/env python3
"""Writes a held-out set of transcripts as real tools deliver them, with the truth beside them.

Usage: build-import-heldout.py OUT_DIR [--seed N] [--round 2]

Six deliveries — Zoom and Teams WebVTT, an Otter.ai text export, a Rev-style text export, WhisperX diarised SRT,
a transcription service's Word file, an EXMARaLDA-style TEI file, and a researcher's Markdown — three interviews
each, written from templates and word lists of their own (not the Fixtures/import ones the importers were written
against). OUT_DIR/gold.json gives, per file, the speaker label of every turn, its words (events and timestamps out),
its events and its start time where the format has one. The text is invented.

Round 2 delivers the same kinds with the variations other versions and settings of the tools write (written after
round 1 was scored and fixed, and scored once before any change): Zoom display names with pronouns or an
organisation in brackets, Teams voice spans left unclosed, Otter times past an hour, Rev's minute:second times,
Word transcripts as a time | speaker | text table with a bold label and no colon, unbracketed WhisperX prefixes with
cues wrapped over two lines, TEI tokenised into <w> and <pc> with the speaker on <u>, Markdown labels bolded without
the colon and quoted answers.
"""
import json
import os
import random
import sys
import uuid
import zipfile

ROUND = 2 if "--round" in sys.argv and sys.argv[sys.argv.index("--round") + 1] == "2" else 1

QUESTIONS = [
    "How did you end up as the one colleagues ask about the new systems?",
    "What does a typical week look like for you now?",
    "Can you describe the last time the medication robot failed?",
    "Who decides when an update is rolled out to the ward?",
    "How do the assistants learn the digital supervision routines?",
    "What would you change about how the role is organised?",
    "Do you get any hours set aside for this work?",
    "How do residents' families react to the night-time sensors?",
]
ANSWERS = [
    "Honestly it started because I was the only one who did not mind reading the manuals.",
    "Most weeks I spend two or three hours helping people log in, which nobody planned for.",
    "It stopped dispensing on a Sunday and we had to call the supplier's emergency line.",
    "The municipality decides, and we usually hear about it the day before it happens.",
    "We pair them with someone experienced for the first four shifts, then they manage alone.",
    "I would write the tasks into the job description so the role does not depend on goodwill.",
    "No, it all comes on top of the regular rota, so I often stay after my shift.",
    "Some were sceptical at first, but after a few weeks they said they slept better themselves.",
    "The camera supervision replaced most of the night rounds in the dementia unit.",
    "When the tablets froze we went back to paper lists for almost a month.",
    "My manager supports me, but the budget for training is gone by March every year.",
    "I keep a folder of screenshots so new staff can follow the steps on their own.",
]
FOLLOW_UPS = ["Could you give an example?", "Why do you think that is?", "And how did that feel?", "What happened next?"]
EVENTS = ["laughs", "pause", "sighs", "inaudible", "crosstalk"]
INTERVIEWERS = ["Hilde Sørbø", "Thomas Kverndal", "Ragnhild Opsahl", "Vegard Tveit"]
PARTICIPANTS = ["Solveig Ramstad", "Eirik Haugseth", "Gunnhild Brekke", "Snorre Falkenberg", "Marte Skaug",
                "Anders Vollan", "Ingebjørg Lie", "Kasper Myrvang", "Turid Aasen", "Øyvind Holte",
                "Linnea Bjørge", "Sverre Nordbø", "Astrid Kleppe", "Jostein Ravn", "Mona Fjeldheim",
                "Henrik Strøm", "Tuva Engen", "Petter Lund", "Randi Grønli", "Ola Sætre", "Nina Dyrvik",
                "Geir Bakkevold", "Kjersti Moen", "Rune Hovde"]


def conversation(rng, turns):
    """Alternating turns: (role, [sentences], [(position, event)])."""
    out = []
    for index in range(turns):
        if index % 2 == 0:
            sentences = [rng.choice(QUESTIONS if index == 0 or rng.random() < 0.6 else FOLLOW_UPS)]
            events = []
        else:
            sentences = rng.sample(ANSWERS, rng.randint(1, 3))
            events = [(rng.randint(1, len(sentences)), rng.choice(EVENTS))] if rng.random() < 0.5 else []
        out.append(("interviewer" if index % 2 == 0 else "participant", sentences, events))
    return out


def clock(seconds, comma=False, hours=True):
    ms = int(round(seconds * 1000))
    text = f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}" if hours else f"{ms // 60000}:{ms // 1000 % 60:02d}"
    return text


def timed(seconds, comma=False):
    ms = int(round(seconds * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}{',' if comma else '.'}{ms % 1000:03d}"


def gold_turn(label, sentences, events, start=None):
    return {"label": label, "words": " ".join(sentences).split(), "events": [e for _, e in events], "start": start}


def with_events(sentences, events, style):
    """Sentences joined, each event after the sentence it follows, written in the delivery's notation."""
    parts = []
    for index, sentence in enumerate(sentences, start=1):
        parts.append(sentence)
        for position, event in events:
            if position == index:
                parts.append(style.format(event))
    return " ".join(parts)


def cues_for(rng, sentences):
    """A turn split into subtitle cues of one or two sentences, as captioners do."""
    cues, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if len(current) == 2 or rng.random() < 0.5:
            cues.append(" ".join(current))
            current = []
    if current:
        cues.append(" ".join(current))
    return cues


def zoom(rng, labels, talk):
    lines, gold, t, n = ["WEBVTT", ""], [], 1.5, 1
    for role, sentences, _ in talk:
        label = labels[role]
        start = t
        for cue in cues_for(rng, sentences):
            end = t + 0.35 * len(cue.split())
            shown = label if ROUND == 1 else label + (" (she/her)" if role == "interviewer" else " (Helse Midt)")
            lines += [str(n), f"{timed(t)} --> {timed(end)}", f"{shown}: {cue}", ""]
            n, t = n + 1, end + 0.2
        gold.append(gold_turn(label, sentences, [], round(start, 3)))
        t += 0.6
    return "\n".join(lines), gold


def teams(rng, labels, talk):
    lines, gold, t = ["WEBVTT", "", "NOTE", "This transcript was generated automatically.", ""], [], 0.8
    base = str(uuid.UUID(int=rng.getrandbits(128)))
    for index, (role, sentences, _) in enumerate(talk):
        label = labels[role]
        start = t
        for part, cue in enumerate(cues_for(rng, sentences)):
            end = t + 0.33 * len(cue.split())
            voice = f"<v {label}>{cue}</v>" if ROUND == 1 else f"<v {label}>{cue}"
            lines += [f"{base}/{index + 10}-{part}", f"{timed(t)} --> {timed(end)}", voice, ""]
            t = end
        gold.append(gold_turn(label, sentences, [], round(start, 3)))
        t += 0.5
    return "\n".join(lines), gold


def otter(rng, labels, talk):
    lines, gold, t = [], [], 0 if ROUND == 1 else 3590
    for role, sentences, events in talk:
        label = labels[role]
        lines.append(f"{label}  {clock(t, hours=False) if t < 3600 else clock(t)}")
        # Otter breaks long answers into paragraphs without repeating the label.
        body = with_events(sentences, events, "({})")
        words = body.split()
        cut = len(words) // 2 if len(words) > 24 else len(words)
        lines.append(" ".join(words[:cut]))
        if cut < len(words):
            lines += ["", " ".join(words[cut:])]
        lines.append("")
        gold.append(gold_turn(label, sentences, events, t))
        t += 4 + len(words) // 3
    return "\n".join(lines), gold


def rev(rng, labels, talk):
    lines, gold, t = [], [], 2
    for role, sentences, events in talk:
        label = labels[role]
        when = clock(t) if ROUND == 1 else clock(t, hours=False)
        lines += [f"{label} ({when}):", with_events(sentences, events, "[{}]"), ""]
        gold.append(gold_turn(label, sentences, events, t))
        t += 5 + len(" ".join(sentences).split()) // 3
    return "\n".join(lines), gold


def whisperx(rng, labels, talk):
    lines, gold, t, n = [], [], 0.03, 1
    for role, sentences, _ in talk:
        label = labels[role]
        start = t
        for cue in cues_for(rng, sentences):
            end = t + 0.31 * len(cue.split())
            if ROUND == 1:
                payload = [f"[{label}]: {cue}"]
            else:
                words = cue.split()
                payload = [f"{label}: " + " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2:])]
            lines += [str(n), f"{timed(t, comma=True)} --> {timed(end, comma=True)}"] + payload + [""]
            n, t = n + 1, end + 0.15
        gold.append(gold_turn(label, sentences, [], round(start, 3)))
        t += 0.4
    return "\r\n".join(lines), gold


def markdown(rng, labels, talk):
    lines, gold = ["# Interview notes", "", "Date: 2024-05-02", ""], []
    for role, sentences, events in talk:
        label = labels[role]
        if ROUND == 1:
            lines += [f"**{label}:** {with_events(sentences, events, '*({})*')}", ""]
        else:
            quote = "> " if role == "participant" else ""
            lines += [f"{quote}**{label}** {with_events(sentences, events, '_[{}]_')}", ""]
        gold.append(gold_turn(label, sentences, events))
    return "\n".join(lines), gold


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word(rng, labels, talk):
    def run(text, bold=False):
        return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'
    paragraphs = [f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{run("Transcript")}</w:p>',
                  f"<w:p>{run('Interview date: 14.06.2024')}</w:p>", f"<w:p>{run('Length: 52 minutes')}</w:p>"]
    gold, t = [], 4
    if ROUND == 2:
        def cell(text, bold=False):
            return f"<w:tc><w:p>{run(text, bold)}</w:p></w:tc>"
        rows = ["<w:tr>" + cell("Time") + cell("Speaker") + cell("Transcript") + "</w:tr>"]
        for role, sentences, events in talk:
            label = labels[role]
            rows.append("<w:tr>" + cell(clock(t)) + cell(label, True) + cell(with_events(sentences, events, "({})")) + "</w:tr>")
            gold.append(gold_turn(label, sentences, events, t))
            t += 6 + len(" ".join(sentences).split()) // 3
        paragraphs.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
        talk = []
    for role, sentences, events in talk:
        label = labels[role]
        body = with_events(sentences, events, "[{}]")
        words = body.split(" ")
        if len(words) > 20 and rng.random() < 0.7:
            # A tracked change: the transcriber's correction, to be read as accepted.
            at = rng.randint(3, len(words) - 3)
            body = " ".join(words[:at]) + " "
            rest = " ".join(words[at:])
            paragraphs.append(f"<w:p>{run(label + ':', True)}{run(f' [{clock(t)}] ' + body)}"
                              f'<w:del w:id="1" w:author="QA"><w:r><w:delText>uh, </w:delText></w:r></w:del>{run(rest)}</w:p>')
        else:
            paragraphs.append(f"<w:p>{run(label + ':', True)}{run(f' [{clock(t)}] ' + body)}</w:p>")
        gold.append(gold_turn(label, sentences, events, t))
        t += 6 + len(words) // 3
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>{"".join(paragraphs)}<w:sectPr/></w:body></w:document>'
    return document, gold


def tei(rng, labels, talk, people):
    speakers = "".join(f'<person xml:id="{labels[role]}" role="{"interviewer" if role == "interviewer" else "interviewee"}"><persName>{people[role]}</persName></person>'
                       for role in ("interviewer", "participant"))
    whens, blocks, gold, t = ['<when xml:id="T0" absolute="09:00:00"/>'], [], [], 0.0
    for index, (role, sentences, events) in enumerate(talk):
        label = labels[role]
        end = t + 0.4 * len(" ".join(sentences).split())
        whens.append(f'<when xml:id="T{2 * index + 1}" interval="{t:.2f}" since="#T0"/>')
        whens.append(f'<when xml:id="T{2 * index + 2}" interval="{end:.2f}" since="#T0"/>')
        segs = []
        for position, sentence in enumerate(sentences, start=1):
            if ROUND == 1:
                segs.append("<seg>" + "".join(f"<w>{w}</w>" for w in sentence.split()) + "</seg>")
            else:
                tokens = []
                for w in sentence.split():
                    core, mark = (w[:-1], w[-1]) if w[-1] in ".,?!" else (w, "")
                    tokens.append(f"<w>{core}</w>" + (f"<pc>{mark}</pc>" if mark else ""))
                segs.append("\n  " + " ".join(tokens))
            for at, event in events:
                if at == position:
                    segs.append(f"<vocal><desc>{event}</desc></vocal>" if event in ("laughs", "sighs") else f'<pause dur="PT2S"/>' if event == "pause" else f'<gap reason="{event}"/>')
        if ROUND == 1:
            blocks.append(f'<annotationBlock who="#{label}" start="#T{2 * index + 1}" end="#T{2 * index + 2}"><u>{"".join(segs)}</u></annotationBlock>')
        else:
            blocks.append(f'<u who="#{label}" start="#T{2 * index + 1}" end="#T{2 * index + 2}">{"".join(segs)}</u>')
        gold.append(gold_turn(label, sentences, [("x", "pause (PT2S)" if e == "pause" else e) for _, e in events], round(t, 2)))
        t = end + 0.5
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>'
            f'<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc><profileDesc><particDesc><listPerson>{speakers}</listPerson></particDesc></profileDesc></teiHeader>'
            f'<text><timeline unit="s">{"".join(whens)}</timeline><body>{"".join(blocks)}</body></text></TEI>\n')
    return text, gold


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 2026
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    gold, people = {}, iter(PARTICIPANTS)
    kinds = [("zoom", ".vtt", zoom, "names"), ("teams", ".vtt", teams, "names"), ("otter", ".txt", otter, "names"),
             ("rev", ".txt", rev, "roles"), ("whisperx", ".srt", whisperx, "diarised"), ("markdown", ".md", markdown, "names"),
             ("word", ".docx", word, "roles"), ("tei", ".xml", tei, "ids")]
    for kind, extension, writer, labelling in kinds:
        for number in range(1, 4):
            interviewer, participant = rng.choice(INTERVIEWERS), next(people)
            labels = {"names": {"interviewer": interviewer, "participant": participant},
                      "roles": {"interviewer": "Interviewer", "participant": f"Participant {number}" if number != 2 else "Respondent"},
                      "diarised": {"interviewer": "SPEAKER_00", "participant": "SPEAKER_01"},
                      "ids": {"interviewer": "SPK0", "participant": f"INF{number}"}}[labelling]
            talk = conversation(rng, rng.randint(6, 14))
            if kind == "tei":
                text, turns = tei(rng, labels, talk, {"interviewer": interviewer, "participant": participant})
            else:
                text, turns = writer(rng, labels, talk)
            name = f"{kind}-{number}{extension}"
            if kind == "word":
                with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as archive:
                    for path, body in [("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                                       ("word/document.xml", text),
                                       ("word/footer1.xml", f'<w:ftr xmlns:w="{W}"><w:p><w:r><w:t>Confidential</w:t></w:r></w:p></w:ftr>')]:
                        archive.writestr(zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0)), body)
            else:
                with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
            gold[name] = {"turns": turns, "names": [interviewer, participant] if labelling in ("names", "ids") else []}
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
