#!/usr/bin/env python3
"""Writes Fixtures/anonymization-heldout: a held-out anonymization set in the format of ../shared's corpora
(Interview XML + gold.json for tools/score_anon.py), from sentence templates written for it and never used to tune
the recognizers (those were tuned on ../shared/anonymization-dev and anonymization-ext-dev). Seeded: the same files
every run. Identifiers are invented; the valid-looking numbers carry correct check digits.
"""
import json, random, os
from xml.sax.saxutils import escape

random.seed(20261126)
OUT = "Fixtures/anonymization-heldout"

FIRST = ["Oddbjørg", "Ngozi", "Csanád", "Motoko", "Aleksander", "Ingunn", "Tarjei", "Sunniva", "Yusuf", "Marit", "Kwame", "Eldbjørg"]
LAST = ["Tveiten", "Okafor", "Szabó", "Hayashi", "Brekkan", "Vollan", "Haugerud", "Warsame", "Lindqvist", "Oyelaran", "Fossheim", "Rønning"]
CITIES = ["Nicosia", "Eindhoven", "Keflavík", "Trondheim", "Levanger", "Bodø", "Gdańsk", "Porto", "Tampere", "Aalborg"]
ORGS = ["Telenor ASA", "Tieto Oyj", "Vestfold Data AS", "Norbit Systems Ltd", "Kongsberg Care Inc.", "Helseteknikk GmbH"]
STREETS = ["Pollen Crescent", "Storgata", "Rua das Flores", "Via Roma", "Lindenstraße", "Kirkeveien"]


def fnr():
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]; w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        d = [random.randint(1, 28), random.randint(1, 12), random.randint(40, 99)]
        base = [int(c) for c in f"{d[0]:02d}{d[1]:02d}{d[2]:02d}{random.randint(0, 499):03d}"]
        k1 = 11 - sum(a * b for a, b in zip(w1, base)) % 11; k1 = 0 if k1 == 11 else k1
        if k1 == 10: continue
        k2 = 11 - sum(a * b for a, b in zip(w2, base + [k1])) % 11; k2 = 0 if k2 == 11 else k2
        if k2 == 10: continue
        return "".join(map(str, base + [k1, k2]))


def luhn_card():
    digits = [4] + [random.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def iban():
    bban = "".join(str(random.randint(0, 9)) for _ in range(11))
    number = int("".join(str(int(c, 36)) for c in bban + "NO00"))
    check = 98 - number % 97
    return f"NO{check:02d}{bban}"


def person():
    return f"{random.choice(FIRST)} {random.choice(LAST)}"


# Each template: text with {kind} slots; kinds map to (generator, gold type).
KINDS = {
    "person": (person, "person"),
    "first": (lambda: random.choice(FIRST), "person"),
    "city": (lambda: random.choice(CITIES), "city"),
    "org": (lambda: random.choice(ORGS), "org"),
    "fnr": (fnr, "id"),
    "card": (luhn_card, "id"),
    "iban": (iban, "id"),
    "ip": (lambda: ".".join(str(random.randint(11, 254)) for _ in range(4)), "id"),
    "usphone": (lambda: f"({random.randint(201, 989)}) {random.randint(200, 999)}-{random.randint(1000, 9999)}", "phone"),
    "nophone": (lambda: f"{random.randint(400, 999)} {random.randint(10, 99)} {random.randint(100, 999)}", "phone"),
    "ukphone": (lambda: f"07700 {random.randint(100, 999)} {random.randint(100, 999)}", "phone"),
    "email": (lambda: f"{random.choice(FIRST).lower()}.{random.choice(LAST).lower()}@example.org".replace("ø", "o").replace("á", "a").replace("ó", "o"), "email"),
    "age": (lambda: str(random.randint(61, 99)), "age"),
    "street": (lambda: f"{random.choice(STREETS)} {random.randint(2, 90)}", "address"),
    "zip": (lambda: f"{random.randint(10000, 99999)}", "zip"),
}

TEMPLATES = [
    "Last spring {person} took over the alarm rota, and nobody complained.",
    "I rang {first} about the tablets, but she was at a course.",
    "The supplier sent {person} to us for two days of training.",
    "Her daughter moved to {city} and now calls every Sunday.",
    "We bought the sensors through {org}, which also runs the call centre.",
    "His national number, {fnr}, was written on the box by mistake.",
    "The invoice was paid with card {card} from the project account.",
    "Refunds go to account {iban} at the municipal bank.",
    "The dispenser reported from address {ip} all night.",
    "You can reach the night team on {nophone} until six.",
    "The vendor's helpdesk is {usphone}, and they answer in English.",
    "My old colleague in Leeds is on {ukphone} if you need her.",
    "Send the list to {email} before Friday.",
    "A man of {age} lives alone up in the valley.",
    "The oldest user of the alarm is {age} and still cycles.",
    "Han er {age} år og bor alene.",
    "She turns {age} in May, and the family is planning a party.",
    "They live at {street}, on the second floor.",
    "The parcel came back from Springfield, IL {zip} unopened.",
    "I worked with {person} and {person} on the first pilot.",
    "When {first} started, she knew nothing about the system.",
    "The conference in {city} changed how we think about it.",
]
KEEP = ["alarm", "sensors", "tablets", "training", "invoice", "dispenser", "helpdesk", "conference", "parcel", "pilot"]


def write(number):
    turns, entities, keep = [], [], []
    for index in range(24):
        template = random.choice(TEMPLATES)
        text, parts = "", template.split("{")
        text += parts[0]
        for part in parts[1:]:
            kind, rest = part.split("}", 1)
            value = KINDS[kind][0]()
            entities.append({"turn": index, "text": value, "type": KINDS[kind][1], "raw": kind})
            text += value + rest
        for word in KEEP:
            if word in text: keep.append({"turn": index, "text": word})
        turns.append(text)
    name = f"H{number:02d}.xml"
    body = "\n".join(f'    <turn speaker="{"I1" if i % 2 else f"H{number:02d}"}">{escape(t)}</turn>' for i, t in enumerate(turns))
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<interview xmlns="urn:thematic:interview:1" id="H{number:02d}" participant="H{number:02d}" language="en">
  <body>
{body}
  </body>
</interview>
'''
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f: f.write(xml)
    return name, {"entities": entities, "keep": keep}


os.makedirs(OUT, exist_ok=True)
gold = dict(write(n) for n in range(1, 6))
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f: json.dump(gold, f, ensure_ascii=False, indent=1, sort_keys=True)
print(sum(len(g["entities"]) for g in gold.values()), "identifiers in", len(gold), "transcripts")
