#!/usr/bin/env python3
"""Writes Fixtures/import/libreoffice.odt: an interview in the shape LibreOffice saves OpenDocument text (ours, invented).

The `mimetype` member first and stored, content.xml with automatic styles (T1 bold), a heading, `Name:` paragraphs,
a bold label without a colon, text:s runs of spaces, a tab, a line break before a label, a footnote, an annotation,
a tracked deletion, and a speaker | time | words table."""
import os
import zipfile

OFFICE = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' \
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' \
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'

CONTENT = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {OFFICE} office:version="1.3">
<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T2" style:family="text" style:parent-style-name="T1"/>
</office:automatic-styles>
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Removed words</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Interview 7 — Station B</text:h>
<text:p>Interviewer: How did the<text:s text:c="3"/>new system arrive?<text:change text:change-id="c1"/></text:p>
<text:p><text:span text:style-name="T1">Åse Dahl</text:span><text:tab/>It came in 2019.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Checked in the minutes.</text:p></text:note-body></text:note> Nobody asked us.</text:p>
<text:p>We just got it.<office:annotation><dc:creator>Coder</dc:creator><text:p>important</text:p></office:annotation></text:p>
<text:list><text:list-item><text:p>Interviewer: And then?<text:line-break/>Åse Dahl: Then we <text:span text:style-name="T2">learned</text:span> it (laughs).</text:p></text:list-item></text:list>
<table:table table:name="Table1">
<table:table-column/><table:table-column/><table:table-column/>
<table:table-row><table:table-cell><text:p>Interviewer</text:p></table:table-cell><table:table-cell><text:p>00:04:10</text:p></table:table-cell><table:table-cell><text:p>Thank you.</text:p></table:table-cell></table:table-row>
</table:table>
</office:text></office:body></office:document-content>
'''

MANIFEST = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
'''

here = os.path.dirname(os.path.abspath(__file__))
with zipfile.ZipFile(os.path.join(here, "libreoffice.odt"), "w") as archive:
    fixed = (2024, 1, 1, 0, 0, 0)
    archive.writestr(zipfile.ZipInfo("mimetype", fixed), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
    for name, text in [("content.xml", CONTENT), ("META-INF/manifest.xml", MANIFEST)]:
        archive.writestr(zipfile.ZipInfo(name, fixed), text, compress_type=zipfile.ZIP_DEFLATED)
