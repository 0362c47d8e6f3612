#!/usr/bin/env python3
"""Writes the Word fixtures of Fixtures/import (word.docx, word-table.docx, and the broken ones the tests refuse).

Word documents are ZIP archives of XML; writing them from this script keeps their content reviewable here and
their bytes reproducible (fixed member order and timestamps). The text is invented.
"""
import io
import os
import zipfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "import")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def document(body):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>'


def write(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in parts:
            info = zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)


def base(body, extra=()):
    return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document(body))] + list(extra)


toc = (
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
    "<w:sdtContent>" + para(run("Contents"), style="TOCHeading") + para(run("Interview 5 ..... 1"), style="TOC1") + "</w:sdtContent></w:sdt>"
)
body = "".join([
    para(run("Interview 5"), style="Title"),
    toc,
    para(run("Date: 2024-02-20")),
    para(run("Interviewer: Lars Moe")),
    para(run("Lars Moe", bold=True), run(" (00:00:03) Let us start with the training. Who trains the new staff?")),
    para(run("Respondent:", bold=True), run(" (00:00:11) I do, mostly. Each new nurse gets an hour with me in the first week.")),
    para(run("After that they ask when they are stuck "), run("(sighs)"), run(" which is often.")),
    para(run("Lars Moe:", bold=True), run(" Is an hour enough?")),
    "<w:p>" + run("Respondent:", bold=True) + run(" It is ") + '<w:del w:id="1" w:author="T"><w:r><w:delText>never</w:delText></w:r></w:del>'
    + '<w:ins w:id="2" w:author="T">' + run("rarely") + "</w:ins>" + run(" enough [crosstalk] but it is what we have.") + "</w:p>",
])
write("word.docx", base(body, [
    ("word/header1.xml", f'<w:hdr xmlns:w="{W}">' + para(run("Confidential transcript")) + "</w:hdr>"),
    ("word/footer1.xml", f'<w:ftr xmlns:w="{W}">' + para(run("Page 1")) + "</w:ftr>"),
]))


def cell(text):
    return "<w:tc>" + para(run(text)) + "</w:tc>"


rows = [("Time", "Speaker", "Text"), ("00:00:02", "Interviewer", "How did the new alarm system change your nights?"),
        ("00:00:09", "Participant", "We walk less. The alarms tell us which room to go to."),
        ("00:00:20", "Interviewer", "And the residents?"),
        ("00:00:24", "Participant", "Some were worried at first (pause) but most forget the sensors are there.")]
table = "<w:tbl>" + "".join("<w:tr>" + "".join(cell(c) for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"
write("word-table.docx", base(table))

# Broken inputs the tests expect to be refused with a clear message.
os.makedirs(os.path.join(HERE, "bad"), exist_ok=True)
with open(os.path.join(HERE, "word.docx"), "rb") as source:
    good = source.read()
with open(os.path.join(HERE, "bad", "truncated.docx"), "wb") as out:
    out.write(good[: len(good) // 2])
with open(os.path.join(HERE, "bad", "protected.docx"), "wb") as out:
    out.write(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)  # the OLE header Word writes around an encrypted package
bomb = io.BytesIO()
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
    for path, text in base(para(run("x")))[:2]:
        archive.writestr(zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0)), text)
    info = zipfile.ZipInfo("word/document.xml", date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, document(para(run("a" * (3 << 20)))))
with open(os.path.join(HERE, "bad", "expands-3mb.docx"), "wb") as out:
    out.write(bomb.getvalue())


# A REFI-QDA project written the way NVivo 12 on Windows writes one: `Sources/` with a capital S, plain text with a
# byte-order mark and CRLF beside a rich .docx representation, lower-case GUIDs, a Variables/Cases block.
text = "Interviewer: What changed when the sensors came?\nParticipant: Fewer night rounds. We sleep better, honestly.\nInterviewer: And the residents?\nParticipant: Most never noticed.\n"
start = text.index("Fewer night rounds."); end = start + len("Fewer night rounds.")
start2 = text.index("Most never noticed."); end2 = start2 + len("Most never noticed.")
source = "9b2f7c1e-3a4d-4e5f-8a6b-7c8d9e0f1a2b"
project = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Sensors" origin="NVivo 12 (fixture)" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="0f0e0d0c-0b0a-4909-8807-060504030201" name="RESEARCHER"/></Users>
  <CodeBook><Codes>
    <Code guid="11111111-2222-4333-8444-555555555555" name="Night work" isCodable="true" color="#FF0000">
      <Code guid="11111111-2222-4333-8444-555555555556" name="Fewer rounds" isCodable="true"/>
    </Code>
    <Code guid="11111111-2222-4333-8444-555555555557" name="Residents" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{source}" name="Night nurse" richTextPath="internal://{source}.docx" plainTextPath="internal://{source}.txt" creatingUser="0f0e0d0c-0b0a-4909-8807-060504030201">
      <PlainTextSelection guid="22222222-3333-4444-8555-666666666661" startPosition="{start}" endPosition="{end}" creatingUser="0f0e0d0c-0b0a-4909-8807-060504030201">
        <Coding guid="22222222-3333-4444-8555-666666666662" creatingUser="0f0e0d0c-0b0a-4909-8807-060504030201"><CodeRef targetGUID="11111111-2222-4333-8444-555555555556"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="22222222-3333-4444-8555-666666666663" startPosition="{start2}" endPosition="{end2}" creatingUser="0f0e0d0c-0b0a-4909-8807-060504030201">
        <Coding guid="22222222-3333-4444-8555-666666666664" creatingUser="0f0e0d0c-0b0a-4909-8807-060504030201"><CodeRef targetGUID="11111111-2222-4333-8444-555555555557"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>
"""
os.makedirs(os.path.join(HERE, "refi"), exist_ok=True)
with zipfile.ZipFile(os.path.join(HERE, "refi", "nvivo-style.qdpx"), "w", zipfile.ZIP_DEFLATED) as archive:
    for path, body in [("project.qde", project.encode("utf-8")),
                       (f"Sources/{source}.txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")),
                       (f"Sources/{source}.docx", b"PK\x03\x04 not a real document: the plain text is what counts")]:
        info = zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, body)


# Bombs of work rather than bytes (red-team 02): small archives whose XML is mostly nodes. Each is refused by the XML
# reader's node budget (one node per 64 bytes of max-expanded-mb) under a small limit, and read under the default.
# The same shapes are seeds of `make fuzz` in Fuzz/regressions/ImportFuzz/ (which fuzzes with max-expanded-mb=4).
FUZZ = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fuzz", "regressions", "ImportFuzz")
labelled = para(run("Interviewer: Why?")) + para(run("P1: Because."))


def archive_bytes(parts):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path, text in parts:
            info = zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return out.getvalue()


element_bomb = archive_bytes(base(labelled + "<w:p/>" * 100_000))  # 600 KB of empty paragraphs
attribute_bomb = archive_bytes(base(labelled + "<w:p " + " ".join(f'a{i}=""' for i in range(70_000)) + "/>"))
cdata_split = archive_bytes(base(labelled + para(run("a<![CDATA[b]]>" * 200_000))))  # one text in 400,000 pieces
project_bomb = archive_bytes([("project.qde", '<?xml version="1.0" encoding="UTF-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="B" origin="x"><Notes>'
                               + '<Note guid="A" name="n"/>' * 100_000 + "</Notes></Project>")])
with open(os.path.join(HERE, "bad", "element-bomb.docx"), "wb") as out:
    out.write(element_bomb)
os.makedirs(FUZZ, exist_ok=True)
for name, data in [("element-bomb.docx", element_bomb), ("attribute-bomb.docx", attribute_bomb), ("cdata-split.docx", cdata_split),
                   ("element-bomb.qdpx", project_bomb)]:
    with open(os.path.join(FUZZ, name), "wb") as out:
        out.write(data)
