#!/usr/bin/env python3
"""Writes maxqda-style_project.qdpx: a REFI-QDA project shaped as MAXQDA 24 (Release 24.7.0) exports one, over text
written for Thematic's tests. The real MAXQDA export it copies the shape of (bedingjd/paper_themes, no licence) stays
out of the repository; Tests/Resources/SOURCES.md says where it is and what it holds.

What it keeps of MAXQDA's shape, as that export has it:
- `<Project>` with the schema location first, `origin="MAXQDA 24 (Release 24.7.0)"`, one-space indentation;
- upper-case GUIDs without braces; `sources/` in lower case, `plainTextPath="internal://<GUID>.txt"` named by the
  source's own GUID; the texts UTF-8 without a byte-order mark, LF line endings, one paragraph per line and a blank
  line between sections; the archive lists the texts first and `project.qde` last;
- one user; a code system two levels deep where every code, the parent categories too, is `isCodable="true"`, has
  a `color` shared by a category and its subcodes and a `<Description>` (MAXQDA's code memo);
- `TextSource`s with `modifyingUser`, `creatingUser`, `creationDateTime`, `modifiedDateTime`; document sets as
  `<Sets>` of `MemberSource`s; no cases;
- papers beside the interviews (the real project is one of conference papers), one quoting a short classroom
  exchange with speaker labels in the middle of its text.
What it adds, because the real export has no coding: `PlainTextSelection`s with MAXQDA's attributes (a name, the
positions, creating and modifying user and dates) and one `Coding` each, one running over two paragraphs, some on a
parent category; a coded paper; a memo (`Note`) on a code and on a document.

Deterministic: run it again and the bytes are the same (`python3 make_maxqda_style_project.py`).
"""
import hashlib
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
USER = "5B1E4C9A-2F7D-4E21-9C3B-8A6D0F1E2B47"
WHEN = "2025-03-04T09:12:40Z"


def guid(text):
    h = hashlib.sha1(text.encode()).hexdigest().upper()
    return f"{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# Category -> (colour, description, [(subcode, description)])
CODES = [
    ("Workload", "#ef8256", "Everything about the amount and rhythm of work. Code the category itself for general remarks.", [
        ("WL - Night rounds", "Rounds at night: how many, with whom."),
        ("WL - Paperwork", "Documentation, forms, double entry."),
    ]),
    ("Learning", "#32bd59", "How staff learn new routines.", [
        ("LRN - Shadowing", "Learning by following a colleague."),
        ("LRN - Formal course", "Courses, e-learning, certificates."),
    ]),
    ("Tools", "#ffca28", "Technology on the ward.", [
        ("TL - Tablet", "The tablet for notes."),
        ("TL - Alarm mats", "Alarm mats by the beds."),
    ]),
]

INTERVIEW_1 = """Interview 1, ward 3, night shift

I: Thanks for taking the time. Could you start with what a normal night looks like on the ward? #00:00:12-5#
B: Sure. We start at nine with the handover, and the first round is at ten. Two of us go together now, which is new since spring. #00:00:31-0#
I: What changed in spring? #00:00:40-2#
B: We got the alarm mats for the beds by the window, and a tablet for the notes.
The tablet took a while, honestly. The first weeks I wrote everything twice, on paper and on the tablet. #00:01:05-8#
I: And how did you learn the new routines? #00:01:12-0#
B: Mostly by shadowing. A colleague from the other ward came over for a week. There was a course as well, but we learned more from each other. #00:01:44-3#
I: Thank you. #00:01:46-0#
"""

INTERVIEW_2 = """Interview 2, ward 5, evening shift

I: How long have you worked on this ward? #00:00:05-1#
B: Six years, the last two as shift lead. #00:00:09-7#
I: What takes most of your time? #00:00:14-0#
B: Paperwork, still. The tablet was supposed to fix that, and it did for the medication lists, but not for the incident forms. #00:00:38-4#
I: And the nights? #00:00:41-2#
B: Quieter since the alarm mats. Fewer rounds where nothing happens. #00:00:52-9#
"""

# A paper, as the real project's sources are: an abstract, sections, and one short quoted exchange in the middle.
PAPER_LINES = [
    "Night Work and New Tools: A Study of Ward Routines",
    "",
    "Abstract: We studied how two wards took up tablets and alarm mats over one year of night shifts.",
    "Keywords: nursing, night shifts, technology adoption",
    "",
    "Introduction",
] + [
    f"Paragraph {n} of the introduction discusses earlier work on night shifts, staffing and the adoption of tools in care, with references to studies from several countries."
    for n in range(1, 13)
] + [
    "",
    "Findings",
    "The following exchange, recorded during a handover, shows how the tablet entered the routine:",
    "Nurse A: Did you put the fall in the tablet?",
    "Nurse B: Not yet, I wrote it on paper first.",
    "Nurse A: Then put it in now, the day shift reads only the tablet.",
    "Nurse B: Fine, doing it.",
] + [
    f"Paragraph {n} of the findings describes the routines that changed, the paperwork that remained and the training that staff received in the first months."
    for n in range(1, 11)
] + [
    "",
    "Discussion",
    "RQ1: How did the routines change? Mostly through shadowing rather than courses.",
    "RQ2: What remained? The incident forms, which the tablet did not cover.",
]
PAPER = "\n".join(PAPER_LINES) + "\n"

SOURCES = [
    ("Interview 1", INTERVIEW_1, "2024-11-02T10:15:00Z"),
    ("Interview 2", INTERVIEW_2, "2024-11-09T10:40:00Z"),
    ("Ward routines 2024", PAPER, "2024-12-01T08:00:00Z"),
]

# (source, quoted text, code); a quote may run over a line break (one selection over two paragraphs).
CODINGS = [
    ("Interview 1", "Two of us go together now, which is new since spring.", "WL - Night rounds"),
    ("Interview 1", "We got the alarm mats for the beds by the window", "TL - Alarm mats"),
    ("Interview 1", "and a tablet for the notes.\nThe tablet took a while, honestly.", "TL - Tablet"),
    ("Interview 1", "The first weeks I wrote everything twice, on paper and on the tablet.", "WL - Paperwork"),
    ("Interview 1", "Mostly by shadowing.", "LRN - Shadowing"),
    ("Interview 1", "There was a course as well, but we learned more from each other.", "LRN - Formal course"),
    ("Interview 1", "We start at nine with the handover", "Workload"),
    ("Interview 2", "Paperwork, still.", "WL - Paperwork"),
    ("Interview 2", "The tablet was supposed to fix that", "TL - Tablet"),
    ("Interview 2", "Quieter since the alarm mats.", "TL - Alarm mats"),
    ("Interview 2", "Six years, the last two as shift lead.", "Workload"),
    ("Ward routines 2024", "Mostly through shadowing rather than courses.", "LRN - Shadowing"),
    ("Ward routines 2024", "Nurse A: Then put it in now, the day shift reads only the tablet.", "TL - Tablet"),
]


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def main():
    code_guid = {}
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Project xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:QDA-XML:project:1.0" '
        'origin="MAXQDA 24 (Release 24.7.0)" name="Ward routines" modifiedDateTime="2025-03-04T09:12:40Z">',
        " <Users>",
        f'  <User guid="{USER}" name="researcher"/>',
        " </Users>",
        " <CodeBook>",
        "  <Codes>",
    ]
    memo_code = None
    for name, colour, description, children in CODES:
        code_guid[name] = guid("code:" + name)
        lines.append(f'   <Code color="{colour}" guid="{code_guid[name]}" name="{esc(name)}" isCodable="true">')
        lines.append(f"    <Description>{esc(description)}</Description>")
        for child, child_description in children:
            code_guid[child] = guid("code:" + child)
            lines.append(f'    <Code color="{colour}" guid="{code_guid[child]}" name="{esc(child)}" isCodable="true">')
            lines.append(f"     <Description>{esc(child_description)}</Description>")
            if child == "TL - Tablet":
                memo_code = child
                lines.append(f'     <NoteRef targetGUID="{guid("note:tablet")}"/>')
            lines.append("    </Code>")
        lines.append("   </Code>")
    lines += ["  </Codes>", " </CodeBook>", " <Sources>"]
    source_guid = {}
    for name, text, created in SOURCES:
        source_guid[name] = guid("source:" + name)
        g = source_guid[name]
        lines.append(f'  <TextSource modifyingUser="{USER}" guid="{g}" creatingUser="{USER}" creationDateTime="{created}" '
                     f'name="{esc(name)}" plainTextPath="internal://{g}.txt" modifiedDateTime="{created}">')
        for index, (source, quote, code) in enumerate(CODINGS):
            if source != name:
                continue
            start = text.index(quote)
            end = start + len(quote)
            sel = guid(f"selection:{index}")
            lines.append(f'   <PlainTextSelection modifyingUser="{USER}" guid="{sel}" creatingUser="{USER}" creationDateTime="{WHEN}" '
                         f'name="{esc(quote.splitlines()[0][:40])}" startPosition="{start}" endPosition="{end}" modifiedDateTime="{WHEN}">')
            lines.append(f'    <Coding guid="{guid(f"coding:{index}")}" creatingUser="{USER}" creationDateTime="{WHEN}">')
            lines.append(f'     <CodeRef targetGUID="{code_guid[code]}"/>')
            lines.append("    </Coding>")
            lines.append("   </PlainTextSelection>")
        if name == "Ward routines 2024":
            lines.append(f'   <NoteRef targetGUID="{guid("note:paper")}"/>')
        lines.append("  </TextSource>")
    lines += [
        " </Sources>",
        " <Notes>",
        f'  <Note modifyingUser="{USER}" guid="{guid("note:tablet")}" creatingUser="{USER}" creationDateTime="{WHEN}" name="{esc(memo_code)}" modifiedDateTime="{WHEN}">',
        "   <PlainTextContent>Code only the tablet itself, not the paper forms it replaced.</PlainTextContent>",
        "  </Note>",
        f'  <Note modifyingUser="{USER}" guid="{guid("note:paper")}" creatingUser="{USER}" creationDateTime="{WHEN}" name="Ward routines 2024" modifiedDateTime="{WHEN}">',
        "   <PlainTextContent>Our own paper: the quoted exchange is from a handover, not an interview.</PlainTextContent>",
        "  </Note>",
        " </Notes>",
        " <Sets>",
        f'  <Set guid="{guid("set:interviews")}" name="Interviews 2024">',
        f'   <MemberSource targetGUID="{source_guid["Interview 1"]}"/>',
        f'   <MemberSource targetGUID="{source_guid["Interview 2"]}"/>',
        "  </Set>",
        f'  <Set guid="{guid("set:papers")}" name="Papers">',
        f'   <MemberSource targetGUID="{source_guid["Ward routines 2024"]}"/>',
        "  </Set>",
        " </Sets>",
        "</Project>",
    ]
    qde = "\n".join(lines) + "\n"
    path = os.path.join(HERE, "maxqda-style_project.qdpx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text, _ in SOURCES:
            info = zipfile.ZipInfo(f"sources/{source_guid[name]}.txt", date_time=(2025, 3, 4, 9, 12, 40))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
        info = zipfile.ZipInfo("project.qde", date_time=(2025, 3, 4, 9, 12, 40))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, qde.encode("utf-8"))
    print(path)


if __name__ == "__main__":
    main()
