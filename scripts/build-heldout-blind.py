#!/usr/bin/env python3
"""Writes Fixtures/anonymization-blind/round{1,2}/{norwegian,international}: held-out anonymization sets (Interview XML +
gold.json for ../shared/tools/score_anon.py) from sentence templates written for them after the recognizers were
tuned, each round scored once before anything was changed (Docs/Anonymization.md reports those first figures). Round 1
and round 2 were then used to fix what they missed, so they are blind no longer; round 3 was written afterwards, scored
once, and left alone.

The tuning sets are ../shared/anonymization-dev, ../shared/anonymization-ext-dev and Fixtures/anonymization-heldout
(whose templates came from the same hand as the rules and so are not blind). These templates differ from all three in
wording; names, places and organisations are drawn from lists written here, many of them absent from the gazetteers.
Seeded: the same files every run. Identifiers are invented; numbers with check digits carry valid ones.

usage: scripts/build-heldout-blind.py
"""
import json
import os
import random
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "Fixtures", "anonymization-blind")

# --- Norwegian-style: municipal care in Norway, English transcripts with Norwegian passages, and two in Norwegian ---
NO_FIRST = ["Torgeir", "Solveig", "Halvard", "Gunnhild", "Audun", "Ragnhild", "Eirik", "Tone", "Amal", "Bashir", "Jolanta",
            "Vidar", "Åshild", "Snorre", "Liv", "Kjersti", "Mehmet", "Ingvar", "Randi", "Sigve"]
NO_LAST = ["Aasen", "Skjervold", "Bratberg", "Fjeldstad", "Hovde", "Ulvestad", "Nergård", "Sæther", "Kowalczyk", "Mahamud",
           "Engebretsen", "Tangen", "Rørvik", "Grønli", "Myhre", "Kvam", "Yilmaz", "Løvås"]
NO_PLACES = ["Meråker", "Frosta", "Selbu", "Rennebu", "Oppdal", "Hitra", "Frøya", "Namsos", "Steinkjer", "Verdal", "Inderøy",
             "Tydal", "Holtålen", "Malvik", "Skaun", "Melhus"]
NO_WORKPLACES = ["Fagerlia omsorgssenter", "Kvitstein sykehjem", "Solbakken bofellesskap", "Heimdal helsehus", "Lerkendal legesenter"]
NO_STREETS = ["Fjellveien", "Granåsvegen", "Kirkegata", "Bjørkelia", "Sjøgata", "Prestmoen", "Nedre Elvehavn"]


def fnr():
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]; w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        d = [random.randint(1, 28), random.randint(1, 12), random.randint(30, 99)]
        base = [int(c) for c in f"{d[0]:02d}{d[1]:02d}{d[2]:02d}{random.randint(0, 499):03d}"]
        k1 = 11 - sum(a * b for a, b in zip(w1, base)) % 11; k1 = 0 if k1 == 11 else k1
        if k1 == 10: continue
        k2 = 11 - sum(a * b for a, b in zip(w2, base + [k1])) % 11; k2 = 0 if k2 == 11 else k2
        if k2 == 10: continue
        s = "".join(map(str, base + [k1, k2]))
        return s if random.random() < 0.7 else s[:6] + " " + s[6:]


def no_phone():
    n = f"{random.choice([4, 9])}{random.randint(1000000, 9999999)}"
    return random.choice([n, f"{n[:3]} {n[3:5]} {n[5:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+47 {n[:3]} {n[3:5]} {n[5:]}"])


def no_date():
    months = ["January", "February", "March", "April", "June", "September", "October", "November"]
    return random.choice([f"{random.randint(1, 28)} {random.choice(months)} {random.randint(2019, 2024)}",
                          f"{random.randint(1, 28):02d}.{random.randint(1, 12):02d}.{random.randint(2019, 2024)}"])


NO_KINDS = {
    "person": (lambda: f"{random.choice(NO_FIRST)} {random.choice(NO_LAST)}", "person"),
    "first": (lambda: random.choice(NO_FIRST), "person"),
    "last": (lambda: random.choice(NO_LAST), "person"),
    "place": (lambda: random.choice(NO_PLACES), "city"),
    "workplace": (lambda: random.choice(NO_WORKPLACES), "org"),
    "street": (lambda: f"{random.choice(NO_STREETS)} {random.randint(1, 60)}{random.choice(['', '', 'B'])}", "address"),
    "postplace": (lambda: f"{random.randint(1000, 9899)} {random.choice(NO_PLACES)}", "address"),
    "fnr": (fnr, "id"),
    "phone": (no_phone, "phone"),
    "email": (lambda: f"{random.choice(NO_FIRST).lower()}.{random.choice(NO_LAST).lower()}@{random.choice(NO_PLACES).lower()}.kommune.no"
              .translate(str.maketrans("æøåÆØÅ", "eoaEOA")), "email"),
    "age": (lambda: str(random.randint(58, 101)), "age"),
    "date": (no_date, "date"),
}

NO_TEMPLATES_EN = [
    "To be honest, {first} is the one everybody phones when the medicine robot stops.",
    "We borrowed the routine from the team in {place}, they had it running a year before us.",
    "There was a lady at {street} who refused the sensor mat for weeks.",
    "The parcel with the new tablets went to {postplace} instead of to us.",
    "My neighbour, who is {age}, asked me to set up video calls with her grandchildren.",
    "One resident turned {age} last winter and still wants to learn the tablet.",
    "At {workplace} they had two champions on every shift.",
    "I sent the report to {email} and never heard back.",
    "If the alarm fails at night, ring {phone} and someone comes out.",
    "Somebody typed the birth number {fnr} into the message field, so we reported a breach.",
    "The go-live was on {date}, right before the holidays.",
    "Our leader, {person}, fought for the extra hours.",
    "{person} from the IT department came up twice a week in the beginning.",
    "I talked it through with {last} from the union before I said yes.",
    "It was {first} who suggested the Friday drop-in sessions.",
    "Then we had the training day in {place} with {person} as the teacher.",
    "The user at {street} has a door sensor that beeps for nothing.",
    "The gentleman is {age} years of age and lives by himself in {place}.",
    "Han fylte {age} i fjor og bor fortsatt hjemme.",
    "Dattera hans, {first}, ringer oss hver gang sensoren piper.",
    "Vi hadde opplæring på {workplace} i to dager.",
    "I remember {person} crying after the first week, it was that hard.",
    "The supplier's contact was {person}, and her number was {phone}.",
    "When I started at {workplace} nobody knew what a welfare technology champion was.",
    "They moved her from {place} to a flat at {street}.",
    "our manager {first} {last} said we had to take it step by step",
    "the lady at {street} in {place} has the new medicine dispenser",
]
NO_TEMPLATES_NB = [
    "Jeg snakket med {person} om alarmen i går.",
    "Brukeren i {street} er {age} år og vil ikke ha kamera.",
    "Ring meg på {phone} hvis nettbrettet ikke virker.",
    "Vi var på besøk i {place} for å se hvordan de gjorde det.",
    "Lederen vår, {first}, ga oss tid til opplæring.",
    "Hun er {age} år og har bodd alene siden mannen døde.",
    "Send rapporten til {email} før fredag.",
    "Fødselsnummeret {fnr} sto skrevet på en lapp ved skjermen.",
    "På {workplace} har de hatt dette i tre år.",
    "Pakken ble sendt til {postplace} ved en feil.",
    "Det var {person} som lærte oss å bruke systemet.",
    "Vi startet opp {date} med fire brukere.",
]
NO_KEEP = ["medicine", "robot", "sensor", "tablets", "tablet", "training", "alarm", "champions", "breach", "union", "dispenser",
           "opplæring", "nettbrettet", "systemet", "rapporten"]

# --- International: English, formats of many countries, names from many places ---
INT_FIRST = ["Chiamaka", "Takumi", "Bogdan", "Leilani", "Søren", "Anneliese", "Ravi", "Mariela", "Kofi", "Zofia", "Ewan",
             "Thandiwe", "Iñaki", "Yerlan", "Dagný", "Hamid", "Priya", "Oisín", "Mateus", "Weronika", "Tobiah", "Ines"]
INT_LAST = ["Adeyemi", "Kurosawa", "Petrescu", "Kahananui", "Vestergaard", "Brandauer", "Raghunathan", "Quispe", "Mensah",
            "Wiśniewska", "MacLeod", "Dlamini", "Etxeberria", "Abenov", "Sigurðardóttir", "Rahimi", "Venkatesh", "Ó Briain",
            "Carvalho", "Zielińska", "Holloway", "Marchetti"]
INT_CITIES = ["Tbilisi", "Kraków", "Rosario", "Daejeon", "Leuven", "Cluj-Napoca", "Arequipa", "Kumasi", "Tromsø", "Hobart",
              "Linz", "Pune", "Galway", "Tartu", "Bilbao", "Almaty", "Akureyri", "Curitiba"]
INT_ORGS = ["Brightwell Analytics Ltd", "Quantara Systems Inc.", "Hoffmeyer Logistik GmbH", "Pacific Rim Holdings LLC",
            "Van der Berg Zorg B.V.", "Solvik Medtech AS", "Maple & Finch Consulting Ltd.", "Orsini Farmaceutici S.p.A."]
US_STREETS = ["Maple Avenue", "Cedar Lane", "Willow Creek Road", "Harbor View Drive", "Elmwood Court", "Juniper Street"]
UK_STREETS = ["Kingsway", "Rosebery Crescent", "Abbey Road", "Castle Terrace", "Mill Lane", "Albion Street"]
STATES = [("Portland", "OR"), ("Albany", "NY"), ("Boise", "ID"), ("Tucson", "AZ"), ("Savannah", "GA"), ("Madison", "WI")]


def luhn(prefix, length):
    digits = [int(c) for c in prefix] + [random.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return random.choice([s, " ".join(s[i:i + 4] for i in range(0, len(s), 4)), "-".join(s[i:i + 4] for i in range(0, len(s), 4))])


def ssn():
    area = random.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{random.randint(1, 99):02d}-{random.randint(1, 9999):04d}"


def nhs():
    while True:
        d = [random.randint(0, 9) for _ in range(9)]
        check = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, d + [check]))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def iban():
    country, length = random.choice([("GB", 18), ("DE", 18), ("NL", 14), ("FR", 23)])
    if country == "GB":
        bban = "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(str(random.randint(0, 9)) for _ in range(14))
    elif country == "NL":
        bban = "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(str(random.randint(0, 9)) for _ in range(10))
    else:
        bban = "".join(str(random.randint(0, 9)) for _ in range(length))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    s = f"{country}{98 - number % 97:02d}{bban}"
    return random.choice([s, " ".join(s[i:i + 4] for i in range(0, len(s), 4))])


def uk_postcode():
    return f"{random.choice(['EH', 'LS', 'BS', 'CF', 'NE', 'G'])}{random.randint(1, 19)} {random.randint(1, 9)}{random.choice('ABDEFGHJLNPQRSTUWXYZ')}{random.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def us_address():
    city, state = random.choice(STATES)
    return f"{random.randint(12, 9800)} {random.choice(US_STREETS)}, {city}, {state} {random.randint(10000, 99999)}"


def us_phone():
    a, b, c = random.randint(201, 989), random.randint(200, 999), random.randint(1000, 9999)
    return random.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"])


def uk_phone():
    return random.choice([f"07{random.randint(100, 999)} {random.randint(100000, 999999)}", f"+44 20 {random.randint(7000, 8999)} {random.randint(1000, 9999)}"])


INT_KINDS = {
    "person": (lambda: f"{random.choice(INT_FIRST)} {random.choice(INT_LAST)}", "person"),
    "first": (lambda: random.choice(INT_FIRST), "person"),
    "last": (lambda: random.choice(INT_LAST), "person"),
    "city": (lambda: random.choice(INT_CITIES), "city"),
    "org": (lambda: random.choice(INT_ORGS), "org"),
    "usaddress": (us_address, "address"),
    "ukaddress": (lambda: f"{random.randint(1, 140)} {random.choice(UK_STREETS)}", "address"),
    "flat": (lambda: f"Flat {random.randint(1, 40)}", "address"),
    "ukpostcode": (uk_postcode, "zip"),
    "ssn": (ssn, "id"),
    "card": (lambda: luhn(random.choice(["4", "51", "37"]), random.choice([16, 16, 15])), "id"),
    "nhs": (nhs, "id"),
    "iban": (iban, "id"),
    "ip": (lambda: ".".join(str(random.randint(1, 254)) for _ in range(4)), "id"),
    "usphone": (us_phone, "phone"),
    "ukphone": (uk_phone, "phone"),
    "email": (lambda: f"{random.choice(INT_FIRST).lower()}{random.randint(1, 99)}@{random.choice(['mailbox.example', 'post.example.net', 'inbox.example.org'])}"
              .translate(str.maketrans("øñíéá", "oniea")), "email"),
    "age": (lambda: str(random.randint(19, 97)), "age"),
    "url": (lambda: f"https://www.{random.choice(INT_LAST).lower().replace(' ', '')}-{random.randint(1, 99)}.example.com/profile"
            .translate(str.maketrans("óśńðíéáú", "osndieau")), "url"),
}

INT_TEMPLATES = [
    "Honestly, {first} was the only one on the ward who understood the dashboards.",
    "The pilot ran in {city} first, and then they rolled it out here.",
    "Please post the forms to {usaddress}.",
    "Our office moved to {ukaddress}, {city} {ukpostcode} last year.",
    "She rents {flat}, {ukaddress}, and the landlord won't allow the key safe.",
    "He gave his social security number, {ssn}, over the phone, which worried me.",
    "The refund went back to the card ending up on the form as {card}.",
    "His NHS number is {nhs}; I only had it because of the referral.",
    "They asked us to transfer the deposit to {iban}.",
    "The logs showed someone signing in from {ip} at three in the morning.",
    "You can get hold of the coordinator on {usphone} during office hours.",
    "If nobody answers, try {ukphone} instead.",
    "Her personal address is {email}, but don't share it.",
    "My father is {age} and he still fixes his own computer.",
    "We support a woman who has just turned {age} and lives on her own.",
    "At {age} he decided he wanted a smartwatch.",
    "I was contracted through {org} for the whole project.",
    "{org} supplied the sensors, and honestly they were awful.",
    "There's a blog about it at {url} if you want to read more.",
    "I spoke with {person} from the vendor, and she promised a fix.",
    "{person} and {person} ran the evening sessions together.",
    "The consultant, {last}, wrote most of the procedures.",
    "Ask {first} about it, she keeps the spreadsheet.",
    "She flew home to {city} when her mother got ill.",
    "The training was delivered by {person} of {org}.",
    "my colleague {first} {last} does the night shifts",
    "send it to {email} and copy in {first}",
]
INT_KEEP = ["dashboards", "pilot", "forms", "landlord", "referral", "deposit", "logs", "coordinator", "smartwatch", "sensors",
            "procedures", "spreadsheet", "training", "sessions"]


def norwegian_kinds(first, last, places, workplaces, streets, house_letters, max_house, email):
    """The Norwegian-style kinds of a round: its own people, places, workplaces and streets."""
    kinds = dict(NO_KINDS)
    kinds.update({
        "person": (lambda: f"{random.choice(first)} {random.choice(last)}", "person"),
        "first": (lambda: random.choice(first), "person"),
        "last": (lambda: random.choice(last), "person"),
        "place": (lambda: random.choice(places), "city"),
        "workplace": (lambda: random.choice(workplaces), "org"),
        "street": (lambda: f"{random.choice(streets)} {random.randint(1, max_house)}{random.choice(house_letters) if house_letters else ''}", "address"),
        "postplace": (lambda: f"{random.randint(1000, 9899)} {random.choice(places)}", "address"),
        "email": (email, "email"),
    })
    return kinds


def international_kinds(first, last, cities, orgs):
    """The international kinds of a round: its own people, cities and organisations."""
    kinds = dict(INT_KINDS)
    kinds.update({
        "person": (lambda: f"{random.choice(first)} {random.choice(last)}", "person"),
        "first": (lambda: random.choice(first), "person"),
        "last": (lambda: random.choice(last), "person"),
        "city": (lambda: random.choice(cities), "city"),
        "org": (lambda: random.choice(orgs), "org"),
    })
    return kinds


def fill(template, kinds):
    text, entities = "", []
    parts = template.split("{")
    text += parts[0]
    for part in parts[1:]:
        kind, rest = part.split("}", 1)
        value = kinds[kind][0]()
        entities.append((value, kinds[kind][1]))
        text += value + rest
    return text, entities


def corpus(folder, prefix, templates_by_language, kinds, keep_words, count, turns):
    os.makedirs(folder, exist_ok=True)
    gold = {}
    for number in range(1, count + 1):
        language = "nb" if prefix == "N" and number > count - 2 else "en"
        templates = templates_by_language[language]
        texts, entities, keep = [], [], []
        for index in range(turns):
            text, found = fill(random.choice(templates), kinds)
            # Speech-to-text output now and then: all lower case.
            if random.random() < 0.05:
                text, found = text.lower(), [(value.lower(), kind) for value, kind in found]
            texts.append(text)
            entities += [{"turn": index, "text": value, "type": kind} for value, kind in found]
            keep += [{"turn": index, "text": word} for word in keep_words if word in text.split(" ") or word + "." in text or word + "," in text]
        ident = f"{prefix}{number:02d}"
        body = "\n".join(f'    <turn speaker="{"I1" if i % 2 else ident}">{escape(t)}</turn>' for i, t in enumerate(texts))
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<interview xmlns="urn:thematic:interview:1" id="{ident}" participant="{ident}" '
               f'language="{language}">\n  <body>\n{body}\n  </body>\n</interview>\n')
        with open(os.path.join(folder, ident + ".xml"), "w", encoding="utf-8") as handle:
            handle.write(xml)
        gold[ident + ".xml"] = {"entities": entities, "keep": keep}
    with open(os.path.join(folder, "gold.json"), "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1, sort_keys=True)
    print(folder, sum(len(g["entities"]) for g in gold.values()), "identifiers in", len(gold), "transcripts")


# Round 2: other people, places and sentences, written after round 1 had been scored and used to fix what it missed.
NO_FIRST_2 = ["Bjørnar", "Hildegunn", "Arvid", "Synnøve", "Kåre", "Marte", "Espen", "Gro", "Fadumo", "Tadeusz", "Oddvar",
              "Ylva", "Trygve", "Ingebjørg", "Hussein", "Margit", "Øystein", "Nora"]
NO_LAST_2 = ["Brandtzæg", "Haugland", "Stokke", "Vikan", "Ottesen", "Aune", "Lyngstad", "Hegge", "Nowak", "Abdullahi",
             "Bjerkan", "Storvik", "Rian", "Kjelstad", "Valstad", "Moe"]
NO_PLACES_2 = ["Orkdal", "Midtre Gauldal", "Åfjord", "Indre Fosen", "Ørland", "Snåsa", "Lierne", "Grong", "Levanger",
               "Stjørdal", "Røros", "Heim", "Osen", "Flatanger"]
NO_WORKPLACES_2 = ["Borgåsen sykehjem", "Lade helsehus", "Strinda omsorgssenter", "Byåsen bo- og helsesenter", "Moholt legekontor"]
NO_STREETS_2 = ["Skolevegen", "Storgata", "Tunveien", "Lundgårdsvegen", "Bakkegata", "Furuhaugen"]
NO_KINDS_2 = norwegian_kinds(NO_FIRST_2, NO_LAST_2, NO_PLACES_2, NO_WORKPLACES_2, NO_STREETS_2, ['', '', 'A'], 80,
                             lambda: f"{random.choice(NO_FIRST_2).lower()}{random.randint(1, 9)}@{random.choice(['online', 'hotmail', 'gmail'])}.example"
                             .translate(str.maketrans("æøåÆØÅ", "eoaEOA")))
NO_TEMPLATES_EN_2 = [
    "Before the merger I worked two years in {place}, where they had nothing of this.",
    "{first} and I sat down one evening and wrote the checklist together.",
    "A man who lives in {street} pressed the alarm forty times in one night.",
    "The district nurse, {person}, was against it at first.",
    "You would think a {age}-year-old would not manage, but she does video calls every day.",
    "His wife is {age}, so she cannot lift him any more.",
    "The lady was born in {place} and has never lived anywhere else.",
    "We got the sensors from the pilot at {workplace}.",
    "I think {last} wrote the procedure, but I am not sure.",
    "Please call {phone} and ask for the technician on duty.",
    "His birth number, {fnr}, was on the screen when the relatives came in.",
    "We used her private e-mail, {email}, for the first invitations.",
    "The key box at {street}, {postplace} had the wrong code.",
    "The change happened on {date}, and the phones did not work for a week.",
    "Oh, {first}? She is brilliant with the older users.",
    "I asked my colleague {first} to cover the evening round.",
    "When the mayor of {place} visited, {person} showed her the robot.",
    "He is almost {age} now and still refuses the fall sensor.",
    "the daughter lives in {place} so she follows the camera from there",
    "we called {first} from the municipality and she came the same day",
]
NO_TEMPLATES_NB_2 = [
    "Mora hennes er {age} og bor på {workplace}.",
    "Jeg sendte en melding til {first} om vaktlista.",
    "Han flyttet fra {place} i fjor.",
    "Adressen er {street}, {postplace}.",
    "Telefonen til vakthavende er {phone}.",
    "{person} var med på det første møtet.",
    "Vi hadde kurs i {place} sammen med {person}.",
    "Pasienten er født {date} og har fødselsnummer {fnr}.",
]

INT_FIRST_2 = ["Aoife", "Nnamdi", "Radek", "Kalani", "Henrike", "Sanjay", "Luciana", "Yaw", "Małgorzata", "Callum", "Nomvula",
               "Aitor", "Dinara", "Hrafn", "Parisa", "Deepa", "Cormac", "Thiago", "Agnieszka", "Ezra"]
INT_LAST_2 = ["Okonkwo", "Dvořák", "Akana", "Lindqvist", "Subramaniam", "Fernández", "Boateng", "Kowalczyk", "Fraser",
              "Nkosi", "Arrieta", "Sadykova", "Einarsson", "Tehrani", "Pillai", "Gallagher", "Nogueira", "Lewandowska", "Whitfield"]
INT_CITIES_2 = ["Yerevan", "Poznań", "Mendoza", "Gwangju", "Ghent", "Timișoara", "Cusco", "Tamale", "Bergen", "Launceston",
                "Graz", "Nagpur", "Limerick", "Pärnu", "San Sebastián", "Shymkent", "Ísafjörður", "Florianópolis"]
INT_ORGS_2 = ["Northgate Health Partners Ltd", "Lumenis Devices Inc.", "Brückner Pflege GmbH", "Cascade Ridge Solutions LLC",
              "De Vries Techniek B.V.", "Fjordline Sensor AS", "Thornbury & Webb Ltd.", "Bellandi Sistemi S.p.A."]
INT_KINDS_2 = international_kinds(INT_FIRST_2, INT_LAST_2, INT_CITIES_2, INT_ORGS_2)
INT_TEMPLATES_2 = [
    "I trained {first} on the new rota software in about an hour.",
    "Most of our agency staff came from {city} that winter.",
    "Invoices should go to {usaddress}, attention of accounts.",
    "The clinic is at {ukaddress}, just off the high street, {ukpostcode}.",
    "He lives in {flat} at {ukaddress} with his two cats.",
    "For the background check she had to give her SSN, {ssn}.",
    "They charged {card} twice for the same order.",
    "The referral letter quoted NHS number {nhs}.",
    "Her salary is paid into {iban}.",
    "The tablet kept losing the connection to the router at {ip}.",
    "The helpline number is {usphone}, open until eight.",
    "Her mobile is {ukphone} if the landline is busy.",
    "You can write to me at {email}.",
    "Mum turned {age} in March, and she still does the crossword in ink.",
    "A {age}-year-old gentleman taught me more about the app than the vendor did.",
    "When she was {age} she moved into sheltered housing.",
    "We outsourced the monitoring to {org}.",
    "The contract with {org} ends next spring.",
    "All the slides are on {url}.",
    "{person} chaired the steering group for two years.",
    "I shared an office with {person} and {last}.",
    "Dr {last} signed off the protocol.",
    "Thanks to {first}, the night shift finally got proper chargers.",
    "We visited a care home in {city} to see their set-up.",
    "the rollout was led by {person} at {org}",
    "you can ring {first} on {ukphone} after six",
]

# Round 3: written after round 2 had been scored and fixed; scored once and left alone (the blind figure).
NO_FIRST_3 = ["Jostein", "Borghild", "Steinar", "Vigdis", "Rune", "Anniken", "Helge", "Turid", "Ahmed", "Katarzyna", "Leif",
              "Wenche", "Petter", "Sissel", "Abdirahman", "Målfrid", "Geir", "Elin"]
NO_LAST_3 = ["Holmen", "Berntsen", "Solberg", "Eggen", "Ramstad", "Dahle", "Furu", "Kristoffersen", "Wiśniewski", "Hassan",
             "Lien", "Sandvik", "Krogstad", "Tveit", "Hårstad", "Bakken"]
NO_PLACES_3 = ["Namdalseid", "Overhalla", "Verran", "Rindal", "Surnadal", "Hemne", "Agdenes", "Bjugn", "Roan", "Leka",
               "Frosta", "Klæbu", "Hommelvik", "Soknedal"]
NO_WORKPLACES_3 = ["Rosten sykehjem", "Tiller helsesenter", "Saupstad omsorgssenter", "Ranheim helse- og velferdssenter", "Nidarvoll legekontor"]
NO_STREETS_3 = ["Hegdalsvegen", "Industrigata", "Myrvollveien", "Skogsstien", "Lillegårdsbakken", "Solsikkevegen"]
NO_KINDS_3 = norwegian_kinds(NO_FIRST_3, NO_LAST_3, NO_PLACES_3, NO_WORKPLACES_3, NO_STREETS_3, None, 99,
                             lambda: f"{random.choice(NO_LAST_3).lower()}@{random.choice(['vikt', 'omsorg', 'helse'])}.example.no"
                             .translate(str.maketrans("æøåÆØÅśŚ", "eoaEOAsS")))
NO_TEMPLATES_EN_3 = [
    "I was sceptical, but {first} convinced me in the end.",
    "She was moved to {workplace} after the fall.",
    "We have a user in {place} who is {age} and lives on a farm.",
    "The technician drove all the way from {place} for nothing.",
    "My mother-in-law, who is {age}, uses the tablet more than I do.",
    "The equipment is registered at {street}, so the alarms go there.",
    "According to {last}, the budget was already spent.",
    "Nobody told us that {person} had left the project.",
    "Then {first} said, why don't we just try it for a month?",
    "Everything is logged under his birth number, {fnr}, which worries me.",
    "You can reach the coordinator on {phone} most days.",
    "I mailed {email} three times about the battery problem.",
    "It was delivered to {postplace} on {date}.",
    "Our unit leader {person} was on sick leave that autumn.",
    "The gentleman, aged {age}, was the first to get the GPS watch.",
    "Back then I lived in {place} and commuted every day.",
    "the nurse at {workplace} showed us the dispenser",
    "ask {first} {last}, she knows the supplier",
]
NO_TEMPLATES_NB_3 = [
    "Jeg ringte {first} med en gang alarmen gikk.",
    "Han er {age} år og bruker rullator.",
    "Hun bor i {street} sammen med datteren.",
    "Vi fikk utstyret fra {workplace}.",
    "Det var {person} som tok ansvaret for opplæringen.",
    "Kommunen har kontor i {postplace}.",
    "Du kan ringe {phone} på dagtid.",
    "Mannen hennes ble {age} i vinter.",
]
INT_FIRST_3 = ["Siobhan", "Emeka", "Jiří", "Keoni", "Friederike", "Arjun", "Valentina", "Kwabena", "Bożena", "Lachlan",
               "Zanele", "Unai", "Aigerim", "Snorri", "Shirin", "Lakshmi", "Declan", "Rafael", "Joanna", "Micah"]
INT_LAST_3 = ["Nwosu", "Horák", "Kealoha", "Schreiber", "Iyer", "Gutiérrez", "Asante", "Kamińska", "McAllister", "Zulu",
              "Goikoetxea", "Nurlanova", "Gunnarsson", "Karimi", "Menon", "Doherty", "Almeida", "Nowicka", "Prescott"]
INT_CITIES_3 = ["Batumi", "Wrocław", "Córdoba", "Ulsan", "Bruges", "Iași", "Trujillo", "Takoradi", "Stavanger", "Devonport",
                "Innsbruck", "Mysore", "Waterford", "Narva", "Pamplona", "Karaganda", "Egilsstaðir", "Joinville"]
INT_ORGS_3 = ["Redfern Care Systems Ltd", "Altavia Health Inc.", "Kessler Medizintechnik GmbH", "Blue Heron Analytics LLC",
              "Jansen Zorgtechniek B.V.", "Nordlys Telecare AS", "Whitmore & Dale Ltd.", "Ferraresi Servizi S.p.A."]
INT_KINDS_3 = international_kinds(INT_FIRST_3, INT_LAST_3, INT_CITIES_3, INT_ORGS_3)
INT_TEMPLATES_3 = [
    "It was {first} who noticed the readings were off.",
    "We recruited two nurses straight out of {city}.",
    "The replacement kit was shipped to {usaddress}.",
    "The team sits at {ukaddress}, {city}, {ukpostcode}.",
    "Her flat is {flat}, {ukaddress}.",
    "The form wanted his social security number: {ssn}.",
    "I paid for the pilot licences with {card}.",
    "Is {nhs} the right NHS number for him?",
    "The grant was transferred to {iban} last week.",
    "We whitelisted {ip} for the remote access.",
    "Call the service desk on {usphone}.",
    "Or text her on {ukphone}.",
    "Send the minutes to {email}.",
    "My grandmother is {age} and she video-calls us every Sunday.",
    "He was {age} when the stroke happened.",
    "A resident of {age} asked whether the camera could see her at night.",
    "The devices came from {org}.",
    "We are renegotiating with {org} this year.",
    "There is a short video at {url}.",
    "{person} from procurement signed the order.",
    "I worked under {last} for almost a decade.",
    "Professor {last} reviewed the evaluation.",
    "Without {first} the whole thing would have collapsed.",
    "Our sister site in {city} went live first.",
    "the evaluation was done by {person} from {org}",
    "text {first} on {usphone} if the door locks again",
]

random.seed(4711)
corpus(os.path.join(OUT, "round1", "norwegian"), "N", {"en": NO_TEMPLATES_EN, "nb": NO_TEMPLATES_NB}, NO_KINDS, NO_KEEP, 8, 30)
random.seed(4712)
corpus(os.path.join(OUT, "round1", "international"), "X", {"en": INT_TEMPLATES}, INT_KINDS, INT_KEEP, 8, 30)
random.seed(5811)
corpus(os.path.join(OUT, "round2", "norwegian"), "N", {"en": NO_TEMPLATES_EN_2, "nb": NO_TEMPLATES_NB_2}, NO_KINDS_2,
       NO_KEEP + ["checklist", "merger", "procedure", "technician", "invitations", "robot", "camera", "vaktlista", "kurs"], 8, 30)
random.seed(5812)
corpus(os.path.join(OUT, "round2", "international"), "X", {"en": INT_TEMPLATES_2}, INT_KINDS_2,
       INT_KEEP + ["rota", "invoices", "clinic", "cats", "router", "helpline", "crossword", "monitoring", "contract", "slides", "protocol", "chargers"], 8, 30)
random.seed(6911)
corpus(os.path.join(OUT, "round3", "norwegian"), "N", {"en": NO_TEMPLATES_EN_3, "nb": NO_TEMPLATES_NB_3}, NO_KINDS_3,
       NO_KEEP + ["technician", "budget", "battery", "farm", "equipment", "rullator", "utstyret"], 8, 30)
random.seed(6912)
corpus(os.path.join(OUT, "round3", "international"), "X", {"en": INT_TEMPLATES_3}, INT_KINDS_3,
       INT_KEEP + ["readings", "kit", "licences", "grant", "minutes", "stroke", "camera", "devices", "video", "procurement", "evaluation"], 8, 30)
