#!/usr/bin/env python3
"""Writes a synthetic Interview XML v1 corpus for benchmarks: seeded, so every run measures the same bytes.

usage: generate_corpus.py OUTDIR [--interviews N] [--turns N] [--seed N] [--full-pipeline]

With --full-pipeline, pipeline.yaml runs the bundled study's stage list (anonymization, descriptives,
keywords-in-context, coding with codebook.yaml, saturation, themes, report, refi-qda); write the codebook with
generate_codebook.py.
"""
import argparse
import itertools
import os
import random

WORDS = ("the we it and to a of in is that for on with as was at by this be are from have or one had not but what all "
         "were when your can said there use an each which she do how their if will up other about out many then them "
         "these so some her would make like him into time has look two more write go see number no way could people "
         "my than first water been call who oil its now find long down day did get come made may part nurse patient "
         "sensor alarm colleague training record system manager supplier municipality medicine dispenser cabinet "
         "scanner report deviation champion motivate support help explain show frustration decision network").split()
# A long tail of invented content words with Zipf-like frequencies, so that, as in real talk, a few words are
# common and most are rare (a uniform draw from a short list would put every rule word in every sentence).
_SYLLABLES = "ba be bi bo bu da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi".split()
_TAIL_RNG = random.Random(99)
TAIL = sorted({"".join(_TAIL_RNG.choice(_SYLLABLES) for _ in range(_TAIL_RNG.randint(2, 4))) for _ in range(8000)})
_TAIL_RNG.shuffle(TAIL)
CONTENT = WORDS[WORDS.index("nurse"):] + TAIL
CONTENT_CUMULATIVE = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(CONTENT))))
FUNCTION = WORDS[:WORDS.index("nurse")]
NAMES = ["Randi", "Kjetil", "Marit", "Sindre", "Ingvild", "Hanne", "Øystein", "Siv", "Arne", "Åse"]


# The bundled study's stage list (Fixtures/tech-champions/pipeline.yaml) with this corpus' keywords and attributes.
FULL_STAGES = """  - anonymization
  - descriptives
  - stage: keywords-in-context
    options:
      keywords: [sensor, alarm*, supplier*, frustrat*, champion*, training]
      window: 8
  - stage: coding
    options:
      codebook: codebook.yaml
  - saturation
  - stage: themes
    options:
      cite: [profession]
  - report
  - refi-qda
"""


def sentence(rng):
    length = rng.randint(6, 18)
    words = [rng.choice(FUNCTION) for _ in range(length)]
    content = rng.choices(CONTENT, cum_weights=CONTENT_CUMULATIVE, k=length)
    for index in range(length):
        if rng.random() < 0.4:
            words[index] = content[index]
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])


def turn(rng, speaker, sentences):
    parts = []
    for _ in range(sentences):
        parts.append(sentence(rng))
        if rng.random() < 0.05:
            parts.append("<event>laughs</event>")
    return f'    <turn speaker="{speaker}">{" ".join(parts)}</turn>\n'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--interviews", type=int, default=2000)
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument("--seed", type=int, default=20231)
    parser.add_argument("--full-pipeline", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.outdir, "transcripts"), exist_ok=True)
    with open(os.path.join(args.outdir, "study.yaml"), "w", encoding="utf-8") as study:
        study.write("id: bench\ntitle: Synthetic benchmark corpus\nteam:\n  interviewers:\n    - id: I1\nparticipants:\n")
        for index in range(1, args.interviews + 1):
            study.write(f"  - {{id: B{index:05d}, profession: {rng.choice(['nurse', 'physiotherapist'])}}}\n")
    for index in range(1, args.interviews + 1):
        pid = f"B{index:05d}"
        body = []
        for number in range(args.turns):
            body.append(turn(rng, "I1", 1) if number % 2 == 0 else turn(rng, pid, rng.randint(3, 9)))
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<interview xmlns="urn:thematic:interview:1" id="{pid}" participant="{pid}" language="en">\n'
                f'  <meta>\n    <interviewer>I1</interviewer>\n    <date>2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}</date>\n'
                f'    <duration unit="min">{rng.randint(40, 65)}</duration>\n  </meta>\n  <body>\n' + "".join(body) + "  </body>\n</interview>\n")
        with open(os.path.join(args.outdir, "transcripts", f"{pid}.xml"), "w", encoding="utf-8") as handle:
            handle.write(text)
    with open(os.path.join(args.outdir, "pipeline.yaml"), "w", encoding="utf-8") as pipeline:
        pipeline.write("study: study.yaml\ntranscripts:\n  - transcripts/*.xml\nstages:\n")
        pipeline.write(FULL_STAGES if args.full_pipeline else "  - descriptives\n")
        pipeline.write("output: out\n")


if __name__ == "__main__":
    main()
