#!/usr/bin/env python3
"""Writes word97.doc and word95.doc, our own small binary Word files (OLE compound file, FIB, text), for the .doc
importer's tests: Word 97-2003 with a piece table of one 8-bit (compressed) and one 16-bit piece in a 1Table stream,
and Word 95 saved in full with its text from fcMin. Streams are padded past the 4096-byte mini-stream cut-off."""
import struct, sys, os

def cfb(streams):
    """A version 3 compound file (512-byte sectors) holding `streams` (name -> bytes, each >= 4096 bytes)."""
    ss = 512
    sectors, fat = [], []
    def add(data):
        start = len(sectors)
        chunks = [data[i:i + ss].ljust(ss, b"\0") for i in range(0, len(data), ss)] or [b"\0" * ss]
        for i, chunk in enumerate(chunks):
            sectors.append(chunk)
            fat.append(start + i + 1 if i + 1 < len(chunks) else 0xFFFFFFFE)
        return start
    entries = [("Root Entry", 5, 0xFFFFFFFE, 0)]
    for name, data in streams.items():
        entries.append((name, 2, add(data), len(data)))
    def entry(name, kind, start, size, left, right, child):
        raw = name.encode("utf-16le") + b"\0\0"
        return raw.ljust(64, b"\0") + struct.pack("<HBBIII", len(raw), kind, 1, left, right, child) + b"\0" * 36 + struct.pack("<III", start, size, 0)
    directory = b""
    count = len(entries)
    for i, (name, kind, start, size) in enumerate(entries):
        child = 1 if kind == 5 else 0xFFFFFFFF
        right = i + 1 if kind == 2 and i + 1 < count else 0xFFFFFFFF
        directory += entry(name, kind, start, size, 0xFFFFFFFF, right, child)
    directory_start = add(directory)
    fat_start = len(sectors)
    fat.append(0xFFFFFFFD)
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat).ljust(ss, b"\xff")
    sectors.append(fat_bytes)
    header = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, directory_start, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    header += struct.pack("<109I", fat_start, *([0xFFFFFFFF] * 108))
    return header + b"".join(sectors)

TEXT8 = "Interview with Ola Berg\rMSM:\tWhen did you start on the ward?\rBerg:\tIn 1994, I think. It was \u201cnew\u201d then.\r"
TEXT16 = "MSM:\tAnd the system\x0bwas it hard?\rBerg:\tNot at all \x13 PAGE \x14" + "3\x15 for us.\r"

def word97():
    word = bytearray(4096)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0xC1)
    struct.pack_into("<H", word, 10, 0x0200)
    total = len(TEXT8) + len(TEXT16)
    struct.pack_into("<I", word, 0x4C, total)
    fc8, fc16 = 2048, 2400
    word[fc8:fc8 + len(TEXT8)] = TEXT8.encode("cp1252")
    word[fc16:fc16 + 2 * len(TEXT16)] = TEXT16.encode("utf-16le")
    cps = [0, len(TEXT8), total]
    pcds = struct.pack("<HIH", 0, (fc8 * 2) | 0x40000000, 0) + struct.pack("<HIH", 0, fc16, 0)
    plc = b"".join(struct.pack("<I", c) for c in cps) + pcds
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    table = bytearray(4096)
    table[100:100 + len(clx)] = clx
    struct.pack_into("<II", word, 0x1A2, 100, len(clx))
    return cfb({"WordDocument": bytes(word), "1Table": bytes(table)})

def word95():
    word = bytearray(4096)
    struct.pack_into("<HH", word, 0, 0xA5DC, 104)
    text = (TEXT8 + TEXT16.replace("\x13 PAGE \x14", "").replace("\x15", "")).encode("cp1252")
    struct.pack_into("<II", word, 0x18, 768, 768 + len(text))
    struct.pack_into("<I", word, 0x34, len(text))
    word[768:768 + len(text)] = text
    return cfb({"WordDocument": bytes(word)})

def cfb_tree(entries_spec):
    """A compound file with storages: `entries_spec` is (name, kind 1 storage or 2 stream, bytes, parent index;
    0 is the root), each storage's children chained by their right-sibling pointers."""
    ss = 512
    sectors, fat = [], []
    def add(data):
        start = len(sectors)
        chunks = [data[i:i + ss].ljust(ss, b"\0") for i in range(0, len(data), ss)] or [b"\0" * ss]
        for i, chunk in enumerate(chunks):
            sectors.append(chunk)
            fat.append(start + i + 1 if i + 1 < len(chunks) else 0xFFFFFFFE)
        return start
    entries = [["Root Entry", 5, 0xFFFFFFFE, 0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF]]
    children = {0: []}
    for name, kind, data, parent in entries_spec:
        index = len(entries)
        start, size = (add(data), len(data)) if kind == 2 else (0, 0)
        entries.append([name, kind, start, size, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF])
        children.setdefault(parent, []).append(index)
        children.setdefault(index, [])
    for parent, kids in children.items():
        if kids:
            entries[parent][6] = kids[0]
            for a, b in zip(kids, kids[1:]):
                entries[a][5] = b
    def entry(name, kind, start, size, left, right, child):
        raw = name.encode("utf-16le") + b"\0\0"
        return raw.ljust(64, b"\0") + struct.pack("<HBBIII", len(raw), kind, 1, left, right, child) + b"\0" * 36 + struct.pack("<III", start, size, 0)
    directory_start = add(b"".join(entry(*e) for e in entries))
    fat_start = len(sectors)
    fat.append(0xFFFFFFFD)
    sectors.append(b"".join(struct.pack("<I", v) for v in fat).ljust(ss, b"\xff"))
    header = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, directory_start, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    header += struct.pack("<109I", fat_start, *([0xFFFFFFFF] * 108))
    return header + b"".join(sectors)

def word97_streams(text):
    """WordDocument and 1Table streams of a Word 97 document whose text is one 16-bit piece."""
    word = bytearray(4096)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0xC1)
    struct.pack_into("<H", word, 10, 0x0200)
    struct.pack_into("<I", word, 0x4C, len(text))
    word[2400:2400 + 2 * len(text)] = text.encode("utf-16le")
    plc = struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, 2400, 0)
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    table = bytearray(4096)
    table[100:100 + len(clx)] = clx
    struct.pack_into("<II", word, 0x1A2, 100, len(clx))
    return bytes(word), bytes(table)

def word97_with_embedded_document():
    """A Word 97 document holding an embedded Word object (ObjectPool/_1234/WordDocument) listed before its own streams."""
    main_word, main_table = word97_streams(TEXT8 + TEXT16)
    embedded_word, embedded_table = word97_streams("Speaker:\tEmbedded chart caption.\rSpeaker:\tAnother caption.\r")
    return cfb_tree([("ObjectPool", 1, None, 0), ("_1234", 1, None, 1), ("WordDocument", 2, embedded_word, 2),
                     ("1Table", 2, embedded_table, 2), ("WordDocument", 2, main_word, 0), ("1Table", 2, main_table, 0)])

folder = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(folder, "word97.doc"), "wb").write(word97())
open(os.path.join(folder, "word95.doc"), "wb").write(word95())
open(os.path.join(folder, "word97-embedded.doc"), "wb").write(word97_with_embedded_document())
