#!/usr/bin/env python3
"""Writes qc-style_project.qdpx: a REFI-QDA project shaped as the `qc` 1.3.2 coding CLI exports one, with text
written for Thematic's tests (the real qc sample is AGPL and stays in ../shared/interop).

What it keeps of qc's shape: `plainTextPath` with no `internal://` scheme and sources named by file name; hard-wrapped
transcripts with padded `Name:   ` labels; one selection per coded line, named `line:N`, running to the line's end
(newline included), adjacent selections touching (never sharing a code, as in qc's sample); several codings on one selection by the same user; a source with no
codings; every code codable, three levels deep, with underscores in the names; GUIDs made from hex digits of text.

Deterministic: run it again and the bytes are the same (`python3 make_qc_style_project.py`).
"""
import hashlib
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = {
    "rq1_experience": {
        "workload": ["night_rounds", "paperwork", "staffing"],
        "learning": ["shadowing", "peer_advice", "formal_course"],
    },
    "rq2_change": {
        "tools": ["tablet", "alarm_mats", "shared_calendar"],
        "attitudes": ["doubt", "relief", "pride"],
    },
    "method_notes": {},
}

WARD = """Interviewer:        Thanks for taking the time. Could you start by telling me
what a normal night looks like on the ward these days?

nurse-3:     Sure. We start at nine with the handover, and then the first
round is at ten. Two of us go together now, which is new since spring.
Before that it was mostly one person and a lot of running back and forth.

Interviewer:        What changed in spring?

nurse-3:     We got the alarm mats for the beds by the window, and a tablet
for the notes. The tablet took a while, honestly. The first weeks I wrote
everything twice, on paper and on the tablet, because I did not trust it.

Interviewer:        And now?

nurse-3:     Now I mostly trust it. The shared calendar helps too, you see
who is on and who swapped. The paperwork is less, maybe half an hour less
each night, and that half hour goes to the residents instead.

Interviewer:        How did you learn the new routines?

nurse-3:     Mostly by shadowing. A colleague who had done it on the other
ward came over for a week. There was a formal course as well, but people
learned more from asking each other in the corridor, to be honest.

Interviewer:        Was anyone against it?

nurse-3:     Some were doubtful at first, me too. But after the first month
there was relief, fewer rounds where nothing happens. And some pride as
well, because other wards now come and ask us how we do it.
"""

OFFICE = """Interviewer:        This is the second conversation, with the planning office.

planner-1:     Yes, hello. I plan the rota for three wards.

Interviewer:        Did the new tools change your work?

planner-1:     A little. The calendar is easier than the old spreadsheet.
"""

# (line number in WARD counted from 1, codes). Lines are coded whole, as qc codes them. Touching selections (one
# line's end is the next line's start) never share a code, as in qc's own sample (35 touching pairs, none sharing):
# Thematic reads two touching codings of one code in one turn as one segment, so such a pair would come back as one.
CODINGS = [
    (4, ["night_rounds"]), (5, ["staffing", "relief"]), (6, ["night_rounds"]),
    (10, ["alarm_mats", "tablet"]), (11, ["doubt"]), (12, ["paperwork", "tablet"]),
    (16, ["tablet", "relief"]), (17, ["shared_calendar", "paperwork"]), (18, ["relief"]),
    (22, ["shadowing"]), (23, ["formal_course"]), (24, ["peer_advice", "shadowing"]),
    (28, ["doubt"]), (29, ["relief", "pride"]), (30, ["peer_advice"]),
    (1, ["method_notes"]),
]


def guid(*parts):
    """A GUID whose 32 hex digits are the hex codes of hash characters, as qc's GUIDs are (digits 3x and 6x)."""
    digest = hashlib.sha256("/".join(parts).encode()).hexdigest()[:16]
    digits = "".join(f"{ord(c):02x}" for c in digest)
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:32]}"


def code_xml(name, children, path):
    guid_attr = guid("code", *path, name)
    if not children:
        return f'<Code name="{name}" guid="{guid_attr}" isCodable="true" />'
    if isinstance(children, dict):
        inner = "".join(code_xml(child, grand, path + [name]) for child, grand in children.items())
    else:
        inner = "".join(code_xml(child, [], path + [name]) for child in children)
    return f'<Code name="{name}" guid="{guid_attr}" isCodable="true">{inner}</Code>'


def code_guids(tree, path=()):
    for name, children in tree.items():
        yield name, guid("code", *path, name)
        if isinstance(children, dict):
            yield from code_guids(children, path + (name,))
        else:
            for child in children:
                yield child, guid("code", *path, name, child)


def selections(text, user):
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    guids = dict(code_guids(CODES))
    out = []
    for number, codes in sorted(CODINGS):
        start, end = starts[number - 1], starts[number]
        codings = "".join(
            f'<Coding guid="{guid("coding", str(number), code)}" creatingUser="{user}"><CodeRef targetGUID="{guids[code]}" /></Coding>'
            for code in codes)
        out.append(f'<PlainTextSelection guid="{guid("selection", str(number))}" name="line:{number}" '
                   f'startPosition="{start}" endPosition="{end}">{codings}</PlainTextSelection>')
    return "".join(out)


def main():
    user = guid("user", "rb")
    codes = "".join(code_xml(name, children, []) for name, children in CODES.items())
    qde = ('<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'origin="qc 1.3.2" name="qc project">'
           f'<Users><User name="rb" guid="{user}" /></Users>'
           f'<CodeBook><Codes>{codes}</Codes></CodeBook>'
           f'<Sources><TextSource plainTextPath="ward_night.txt" guid="{guid("source", "ward")}">{selections(WARD, user)}</TextSource>'
           f'<TextSource plainTextPath="planning-1.txt" guid="{guid("source", "office")}" /></Sources></Project>')
    target = os.path.join(HERE, "qc-style_project.qdpx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [("project.qde", qde), ("sources/ward_night.txt", WARD), ("sources/planning-1.txt", OFFICE)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.encode("utf-8"))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
