#!/usr/bin/env python3
"""Scores `thematic import` against a held-out set written by build-import-heldout.py.

Usage: score-import.py HELDOUT_DIR STUDY_DIR [--json]

For each file: the right number of turns, the right speaker sequence (labels, read back through
import-report.json), the exact words of every turn (events and timestamps out of the text), the events, and the start
times where the format has them. Prints per delivery kind the files right on every count, and the totals.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

NS = "{urn:thematic:interview:1}"


def spoken(turn):
    words, events = [], []

    def walk(element, in_event=False):
        if element.tag == NS + "event":
            events.append("".join(element.itertext()).strip())
            if element.tail:
                words.extend(element.tail.split())
            return
        if element.text:
            words.extend(element.text.split())
        for child in element:
            walk(child)
            if child.tag != NS + "event" and child.tail:
                words.extend(child.tail.split())
    if turn.text:
        words.extend(turn.text.split())
    for child in turn:
        walk(child)
        if child.tag != NS + "event" and child.tail:
            words.extend(child.tail.split())
    return words, events


def main():
    heldout, study = sys.argv[1], sys.argv[2]
    gold = json.load(open(os.path.join(heldout, "gold.json"), encoding="utf-8"))
    report = json.load(open(os.path.join(study, "import-report.json"), encoding="utf-8"))
    by_source = {os.path.basename(f["source"]): f for f in report["files"]}
    kinds, criteria = {}, {"turns": 0, "speakers": 0, "words": 0, "events": 0, "starts": 0}
    problems = []
    for name, truth in sorted(gold.items()):
        kind = name.split("-")[0]
        kinds.setdefault(kind, [0, 0])
        kinds[kind][1] += 1
        entry = by_source.get(name)
        if entry is None:
            problems.append(f"{name}: not imported")
            continue
        labels = {s["id"]: s["label"] for s in entry["speakers"]}
        root = ET.parse(os.path.join(study, entry["transcript"])).getroot()
        turns = root.find(NS + "body").findall(NS + "turn")
        got = [(labels.get(t.get("speaker")), *spoken(t), t.get("start")) for t in turns]
        want = truth["turns"]
        ok = {
            "turns": len(got) == len(want),
            "speakers": [g[0] for g in got] == [w["label"] for w in want],
            "words": [g[1] for g in got] == [w["words"] for w in want],
            "events": [g[2] for g in got] == [w["events"] for w in want],
            "starts": all(w["start"] is None or (g[3] is not None and abs(float(g[3]) - w["start"]) < 0.002) for g, w in zip(got, want)) and len(got) == len(want),
        }
        for key, value in ok.items():
            criteria[key] += value
            if not value:
                problems.append(f"{name}: {key} wrong")
        if all(ok.values()):
            kinds[kind][0] += 1
    total = len(gold)
    right = sum(k[0] for k in kinds.values())
    for kind, (good, count) in sorted(kinds.items()):
        print(f"{kind:10s} {good}/{count}")
    print("criteria: " + ", ".join(f"{k} {v}/{total}" for k, v in criteria.items()))
    print(f"files right on every count: {right}/{total} = {right / total:.3f}")
    for problem in problems:
        print("  " + problem)


if __name__ == "__main__":
    main()
