#!/usr/bin/env python3
"""Scores `thematic import` + `thematic analyze` on a round of real transcripts (issue 29).

Usage: score-real-rounds.py ROUND_DIR [ROUND_DIR ...] [--thematic PATH] [--work DIR] [--jobs N] [--no-analyze]

A round folder holds `SOURCES.md` (the collector's table) and `files/`. For every row of the table the file is
imported (`thematic import --out WORK/imp/X FILE`) and analysed (`thematic analyze WORK/imp/X/pipeline.yaml --out
WORK/out/X --key WORK/key/X.key`). A file is imported right when
  - the speakers match the collector's count of people, or of the labels they list as the file writes them (a label
    that stands for two people cannot be told apart by any import);
  - the turns match the collector's approximate count within 10% (or their range);
  - the interviewer or moderator the import chose has the label the collector names, or a label whose words hold
    theirs or are held by them ("Stuart Yeager" for "Yeager"; not checked where they say none, unclear, not marked or not
    labelled, nor where the file writes one speaker label and the import reads that one: no one else to interview);
  - no spoken text is lost: at least 90% of the source's words are in the turns (labels and numbers aside);
  - `thematic analyze` runs to the end.
A file without speakers is right when the import refuses it naming `--speaker-all` (the one-flag remedy).
Prints a row per file (what failed) and the total. The columns are found by their header names, so a round whose
SOURCES.md names them as rounds 2-5 do ("expected speakers", "interviewer label", "approx. turns", "local path",
"speaker labels as written") is scored with no other input.
"""
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = "{urn:thematic:interview:1}"
WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def table_rows(sources):
    """The rows of the first Markdown table whose header names a local path, as dicts by lower-cased header."""
    header, rows = None, []
    for line in open(sources, encoding="utf-8"):
        line = line.strip()
        if not line.startswith("|"):
            if header and rows:
                break
            continue
        # A cell may hold a pipe escaped as Markdown writes it (`Pablo Deymo \| Lambda`): no column boundary.
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip().removeprefix("|").removesuffix("|"))]
        if header is None:
            if any("local path" in c.lower() for c in cells):
                header = [c.lower() for c in cells]
            continue
        if set("".join(cells)) <= set("-: "):
            continue
        rows.append(dict(zip(header, cells)))
    return rows


def column(row, *names):
    for name in names:
        for key, value in row.items():
            if key.startswith(name):
                return value
    return ""


# A project's row that gives its figures per source ("admin-1: 3; board_2017: ~30"): not one figure to compare.
PER_SOURCE = re.compile(r"^[\w.-]+:\s")
NUMBER = re.compile(r"(?<![\w.])([≈~≥>]?)\s*(\d+)(?:\s*[–-]\s*(\d+))?(?![\w])")


def expected_range(cell, slack=0.0, labels=False):
    """The acceptable counts a cell states: its first number or range, within `slack` (10% where it says ≈ or ~),
    and with `labels` any 'N labels' it names (the labels a file writes for fewer people)."""
    cell = cell.replace("`", "")
    if not cell or cell.lower().startswith(("unknown", "n/a", "meaningless")) or PER_SOURCE.match(cell):
        return None
    ranges = []
    match = NUMBER.search(cell)
    if match:
        mark, low, high = match.group(1), int(match.group(2)), int(match.group(3) or match.group(2))
        if mark in "≥>" and mark:
            ranges.append((low, float("inf")))
        else:
            widen = max(slack, 0.10 if mark in "≈~" and mark else 0.0)
            ranges.append((low * (1 - widen), high * (1 + widen)))
    for named in re.finditer(r"(\d+)\s+(?:machine\s+|diarisation\s+|numbered\s+)?labels?\b", cell) if labels else []:
        count = int(named.group(1))
        ranges.append((count * 0.9, count * 1.1))
    # "~11 real (6 by label)": the turns as the file's labels give them, where the labels are wrong in a way no import
    # can see (one person's words under another's label); a count "by label" is what an import can reach.
    for named in re.finditer(r"(\d+)\s+by\s+label\b", cell) if not labels else []:
        count = int(named.group(1))
        ranges.append((count * 0.9, count * 1.1))
    return ranges or None


def within(value, ranges):
    return ranges is None or any(low - 0.5 <= value <= high + 0.5 for low, high in ranges)


def interviewer_labels(cell):
    """The labels the collector names for the interviewer, or None when they name none."""
    text = cell.strip()
    lowered = text.lower().lstrip("*")
    if not text or lowered.startswith(("unclear", "none", "n/a", "meaningless", "unknown", "not labelled", "not labeled", "not marked", "no label")) or PER_SOURCE.match(text):
        return None
    quoted = re.findall(r"`([^`]+)`|'([^']+)'", text)
    names = [a or b for a, b in quoted][:1]
    if not names:
        # "Dominik Böhler (opens), then Florian Wahl (moderates)": either.
        names = [re.split(r"\s*[(;,]", part)[0] for part in re.split(r",?\s+then\s+", text)]
    return [normal(name) for name in names if normal(name)]


def same_person(chosen, wanted):
    """A label and the collector's name for it are one person when one's words are all in the other's: the import
    may unify "Stuart Yeager" and "Yeager" under the full name."""
    chosen_words, wanted_words = set(chosen.split()), set(wanted.split())
    return chosen == wanted or (chosen_words and wanted_words and (chosen_words <= wanted_words or wanted_words <= chosen_words))


def normal(label):
    label = re.sub(r"[\[\]*`]", "", label).strip()
    label = re.sub(r"[\s:–—-]+$", "", label)
    label = re.sub(r"\s+N$", "", label)  # "Question N:" names the numbered question label
    return label.strip().lower()


def labels_written(row):
    """How many labels the collector lists as the file writes them (`A`, `B` or 'A', 'B'), or None."""
    cell = column(row, "speaker labels as written")
    quoted = {normal(a or b) for a, b in re.findall(r"`([^`]+)`|'([^']+)'", cell)}
    # Round 2 names the column "speakers" and counts them: "5 labels: A1, A5, P10, Speaker 1, Speaker 3".
    counted = re.match(r"\s*(\d+)\s+labels?\b", cell or column(row, "speakers"))
    return len(quoted) or (int(counted.group(1)) if counted else None)


def says_no_speakers(row):
    cell = column(row, "speaker labels as written", "speakers").lower()
    return cell.startswith("none") or "unlabelled" in cell or "no names" in cell or cell.startswith("1 (no")


# Encodings a collector names in a row (its layout or oddities column): the source's words are read in it, not
# guessed, so an import that decodes it wrongly keeps no words.
ENCODINGS = [("cp949", "cp949"), ("euc-kr", "cp949"), ("shift_jis", "cp932"), ("shift-jis", "cp932"), ("cp932", "cp932"),
             ("euc-jp", "euc_jp"), ("gb18030", "gb18030"), ("gbk", "gb18030"), ("gb2312", "gb18030"), ("big5", "big5"),
             ("windows-1251", "cp1251"), ("cp1251", "cp1251"), ("koi8-r", "koi8_r"), ("utf-16", "utf-16")]


def row_encoding(row):
    text = " ".join(row.values()).lower()
    return next((codec for name, codec in ENCODINGS if name in text), None)


def source_words(path, encoding=None):
    """The words of the source file, as a list (for XML and JSON, the distinct words of its text)."""
    extension = path.lower().rsplit(".", 1)[-1]
    try:
        if extension == "docx":
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if re.match(r"word/document\d*\.xml$", n)]
                xml = archive.read(names[0]).decode("utf-8", "replace")
            xml = re.sub(r"<w:delText[^>]*>.*?</w:delText>", " ", xml, flags=re.S)
            text = re.sub(r"<[^>]+>", " ", re.sub(r"</w:p>|<w:br/>|<w:tab/>", "\n", xml))
            return WORD.findall(unescape(text).lower()), False
        if extension == "qdpx":
            return None, True
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode(encoding or "cp1252", "replace")
        if extension in ("htm", "html", "xhtml"):
            # A page's words are its body's text: not its tags, head, scripts or styles.
            text = re.sub(r"(?is)<(head|script|style)\b.*?</\1\s*>|<!--.*?-->", " ", text)
            text = re.sub(r"<[^>]+>", " ", text)
        if extension == "json":
            text = " ".join(json_text(json.loads(text)))
        if extension in ("xml", "eaf", "exb", "json", "tei"):
            text = re.sub(r"<[^>]+>", " ", text)
            return sorted(set(WORD.findall(unescape(text).lower()))), True
        if extension in ("vtt", "srt"):
            # Cue identifiers (a Teams GUID), timing lines and the header are no words of the text.
            lines = text.splitlines()
            lines = [line for i, line in enumerate(lines) if "-->" not in line and not (i + 1 < len(lines) and "-->" in lines[i + 1])]
            text = re.sub(r"<[^>]+>", " ", "\n".join(lines[1:] if extension == "vtt" else lines))
        if extension == "cha":
            # CHAT: speech is the main tiers (`*CHI:` and their tab-indented continuations); dependent tiers (%mor,
            # %gra) are analyses beside it, headers are metadata, `[…]` codes and time bullets are notation.
            speech, main = [], False
            for line in text.splitlines():
                if line.startswith("*"):
                    main = True
                    speech.append(line.split(":", 1)[-1])
                elif line.startswith("\t") and main:
                    speech.append(line)
                else:
                    main = False
            text = re.sub(r"\[[^\]]*\]|\x15[^\x15]*\x15|\b(xxx|yyy|www)\b", " ", "\n".join(speech))
            # `(es)cucha` is one word, escucha, with a sound the speaker left out.
            text = re.sub(r"\((\w+)\)(?=\w)|(?<=\w)\((\w+)\)", lambda m: m.group(1) or m.group(2), text)
        return WORD.findall(unescape(text).lower()), False
    except (OSError, zipfile.BadZipFile, IndexError, ValueError):
        return None, True


TEXT_KEYS = {"text", "transcript", "punctuated_word", "word", "words", "utterance", "content", "sentence"}


def json_text(value, key=None):
    """The strings a transcript JSON holds under its text keys (not ids, models or labels)."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in json_text(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in json_text(v, key)]
    return [value] if isinstance(value, str) and key in TEXT_KEYS else []


def unescape(text):
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&quot;", '"')


def imported_words(study, entries):
    words = []
    for entry in entries:
        root = ET.parse(os.path.join(study, entry["transcript"])).getroot()
        for element in root.iter():
            if element.tag in (NS + "turn", NS + "p", NS + "document") or element.tag.endswith("}turn"):
                words += WORD.findall("".join(element.itertext()).lower())
    return words


def coverage(source, imported, distinct, labels):
    """The share of the source's words the import kept (labels, metadata keys and tool words aside)."""
    if source is None:
        return None
    label_words = set(WORD.findall(" ".join(labels).lower()))
    wanted = [w for w in source if w not in label_words]
    if not wanted:
        return None
    # A header before the first turn (title, date, place) is not speech: count from where the first turn's words are.
    if not distinct and len(imported) >= 3:
        opening = imported[:3]
        start = next((i for i in range(len(wanted) - 2) if wanted[i:i + 3] == opening), 0)
        wanted = wanted[start:]
    if distinct:
        have = set(imported)
        return sum(w in have for w in set(wanted)) / len(set(wanted))
    pool = {}
    for w in imported:
        pool[w] = pool.get(w, 0) + 1
    kept = 0
    for w in wanted:
        if pool.get(w, 0) > 0:
            pool[w] -= 1
            kept += 1
    return kept / len(wanted)


def score(round_dir, row, thematic, work, analyze):
    local = column(row, "local path").strip("`").strip()
    local = local[len("files/"):] if local.startswith("files/") else local
    path = os.path.join(round_dir, "files", local)
    name = re.sub(r"[^A-Za-z0-9]+", "-", local).strip("-")[-60:]
    result = {"file": local, "problems": [], "right": False}
    if not os.path.exists(path):
        result["problems"].append("file missing")
        return result
    study, out, key = (os.path.join(work, part, name) for part in ("imp", "out", "key"))
    for folder in (study, out):
        shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.dirname(key), exist_ok=True)
    imported = subprocess.run([thematic, "import", "--out", study, path], capture_output=True, text=True, timeout=900)
    if imported.returncode != 0:
        message = (imported.stderr.strip().splitlines() or ["?"])[-1]
        if "--speaker-all" in imported.stderr and says_no_speakers(row):
            result.update(right=True, summary="refused naming --speaker-all")
        else:
            result["problems"].append("import refused: " + message[:140])
        return result
    report = json.load(open(os.path.join(study, "import-report.json"), encoding="utf-8"))
    entries = [f for f in report["files"] if f.get("kind") != "document"] or report["files"]
    speakers = {(s["label"].lower(), s["id"]) for f in entries for s in f["speakers"]}
    people = {s["id"] for f in entries for s in f["speakers"]}
    turns = sum(f["turns"] for f in entries)
    interviewers = {normal(s["label"]) for f in entries for s in f["speakers"] if s["role"] == "interviewer"}
    labels = [s["label"] for f in entries for s in f["speakers"]]
    result["summary"] = f"{len(people)} speakers, {turns} turns, interviewer {sorted(interviewers) or '-'}"
    want_speakers = expected_range(column(row, "expected speakers", "expected distinct speakers"), labels=True)
    # "5 (+ unknown for 2 cues)": the collector counts the voice the tool left unnamed apart from the people.
    if want_speakers and re.search(r"\+\s*unknown", column(row, "expected speakers", "expected distinct speakers")):
        want_speakers += [(low + 1, high + 1) for low, high in want_speakers]
    written = labels_written(row)
    if written and want_speakers is not None:
        want_speakers.append((written, written))
    if not within(len(people), want_speakers) and not within(len(speakers), want_speakers):
        result["problems"].append(f"speakers {len(people)} (want {column(row, 'expected speakers', 'expected distinct speakers')[:40]})")
    want_turns = expected_range(column(row, "approx turns", "approx. turns"), slack=0.10)
    if not within(turns, want_turns):
        result["problems"].append(f"turns {turns} (want {column(row, 'approx turns', 'approx. turns')[:40]})")
    want_interviewer = interviewer_labels(column(row, "interviewer label", "interviewer / moderator label"))
    # A file that writes one speaker label (a lecture's Zoom captions all under the host's name) has no second voice
    # to interview: making its one label the interviewer would leave no participant, so no import can pick one.
    if written == 1 and len(set(labels)) == 1:
        want_interviewer = None
    if want_interviewer and not any(same_person(chosen, wanted) for chosen in interviewers for wanted in want_interviewer):
        result["problems"].append(f"interviewer {sorted(interviewers) or '-'} (want {want_interviewer})")
    source, distinct = source_words(path, row_encoding(row))
    kept = coverage(source, imported_words(study, entries), distinct, labels)
    result["coverage"] = kept
    # ELAN and EXMARaLDA files keep translations, glosses and words in tiers beside the speech: their share is shown,
    # not judged.
    if kept is not None and kept < 0.90 and not path.lower().endswith((".eaf", ".exb")):
        result["problems"].append(f"text kept {kept:.0%}")
    if analyze:
        ran = subprocess.run([thematic, "analyze", os.path.join(study, "pipeline.yaml"), "--out", out, "--key", key],
                             capture_output=True, text=True, timeout=3600)
        if ran.returncode != 0:
            result["problems"].append("analyze failed: " + (ran.stderr.strip().splitlines() or ["?"])[-1][:140])
    result["right"] = not result["problems"]
    return result


def main():
    args = sys.argv[1:]
    thematic, work, jobs, analyze = ".build/debug/thematic", "/tmp/score-real-rounds", 2, True
    rounds = []
    while args:
        arg = args.pop(0)
        if arg == "--thematic":
            thematic = args.pop(0)
        elif arg == "--work":
            work = args.pop(0)
        elif arg == "--jobs":
            jobs = int(args.pop(0))
        elif arg == "--no-analyze":
            analyze = False
        else:
            rounds.append(arg)
    if not rounds:
        sys.exit(__doc__)
    thematic = os.path.abspath(thematic)
    grand = [0, 0]
    for round_dir in rounds:
        rows = table_rows(os.path.join(round_dir, "SOURCES.md"))
        round_work = os.path.join(work, os.path.basename(os.path.normpath(round_dir)))
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            results = list(pool.map(lambda row: score(round_dir, row, thematic, round_work, analyze), rows))
        print(f"## {round_dir}")
        for result in results:
            mark = "right" if result["right"] else "WRONG"
            detail = "; ".join(result["problems"]) or result.get("summary", "")
            kept = result.get("coverage")
            kept = f" kept {kept:.0%}" if kept is not None else ""
            print(f"{mark:5s}  {result['file'][:70]:70s}  {detail}{kept if result['right'] or 'kept' not in detail else ''}")
        right = sum(r["right"] for r in results)
        print(f"imported right: {right} / {len(results)} ({right / max(1, len(results)):.0%})\n")
        grand[0] += right
        grand[1] += len(results)
    if len(rounds) > 1:
        print(f"all rounds: {grand[0]} / {grand[1]} ({grand[0] / max(1, grand[1]):.0%})")


if __name__ == "__main__":
    main()
