#!/usr/bin/env python3
"""Writes Sources/Stages/Anonymization/Resources/countries.txt from pycountry (pip install pycountry==24.6.1;
LGPL-2.1, its data from Debian's iso-codes, ISO 3166-1): English short and common names, plus common short forms, and
the names bokmål, nynorsk, Swedish and Danish give them (iso-codes' translations).
The anonymizer uses the list as context for postcodes ("Poland 86021") and replaces a country only where it says where
someone lives ("she grew up in Poland"). Also writes subdivisions.txt (ISO 3166-2 first-level subdivisions)."""
import pycountry

EXTRA = {"USA", "UK", "United States of America", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
         "Greenland", "Russia", "South Korea", "North Korea", "Iran", "Syria", "Vietnam", "Laos", "Bolivia", "Venezuela",
         "Tanzania", "Moldova", "Czech Republic", "Czechia", "Taiwan", "Palestine", "Kosovo", "Macedonia",
         "The Netherlands", "Holland", "Turkey"}

names = set(EXTRA)
for country in pycountry.countries:
    for attribute in ("name", "common_name"):
        value = getattr(country, attribute, None)
        if value and "," not in value and "(" not in value:
            names.add(value)
# The same countries as Scandinavian interviewees name them ("sønnen bor i Spania", "han er fra Polen", "hon kommer från
# Tyskland"): the bokmål, nynorsk, Swedish and Danish names of iso-codes' translations that pycountry ships. A name that
# is also an English word ("Island", Iceland in all four) is left out: it would make a country of "on the island".
# They go to a list of their own, which says where someone lives or comes from ("bor i spania") and nothing else: a
# capitalised "Sverige" no list knows stays a guess of the safety net, as before.
import gettext
scandinavian = set()
ARTICLES = {"den", "de", "dei", "det", "øya", "republikken", "staten", "sankt", "st.", "mindre", "ny", "nya"}
english_words = {line.strip().lower() for line in open("Sources/Stages/Anonymization/Resources/english-words.txt", encoding="utf-8")
                 if line.strip() and not line.startswith("#")}
for language in ("nb", "nn", "sv", "da"):
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            value = getattr(country, attribute, None)
            if not value:
                continue
            # "Luxembourg; Luxemburg": a translation may give two names.
            for local in translation.gettext(value).split("; "):
                # A long form that opens with an article or a common word ("Den russiske føderasjon", "Øya Man") would
                # make that word the start of a country everywhere; the short form ("Russland") is there.
                first = local.split(" ")[0].lower()
                if local != value and "," not in local and "(" not in local and local.lower() not in english_words and first not in ARTICLES:
                    scandinavian.add(local)
scandinavian -= names
with open("Sources/Stages/Anonymization/Resources/country-names-scandinavian.txt", "w", encoding="utf-8") as out:
    out.write("\n".join(["# Countries as bokmål, nynorsk, Swedish and Danish name them, from the translations of iso-codes that pycountry",
                         "# 24.6.1 ships (LGPL-2.1); regenerate with scripts/build-countries.py. Where someone lives or comes from only."]
                        + sorted(scandinavian)) + "\n")
header = ["# Countries (English short and common names). Generated from pycountry 24.6.1 (LGPL-2.1; data: Debian iso-codes,",
          "# ISO 3166-1) plus common short forms; regenerate with scripts/build-countries.py. Used as postcode context only."]
with open("Sources/Stages/Anonymization/Resources/countries.txt", "w", encoding="utf-8") as out:
    out.write("\n".join(header + sorted(names)) + "\n")

# First-level subdivisions (states, provinces, regions, counties, cantons …) for "lives in Texas", "grew up in Bavaria".
KINDS = {"State", "Province", "Region", "County", "Canton", "Prefecture", "Land", "Autonomous region", "Territory", "Country",
         "Two-tier county", "Council area", "Governorate", "Department", "Autonomous community", "Federal district",
         "Autonomous province", "Administrative region", "Emirate", "Voivodship", "Oblast", "Republic", "Metropolitan region"}
subdivisions = set()
for subdivision in pycountry.subdivisions:
    if subdivision.type in KINDS and subdivision.parent_code is None and "," not in subdivision.name and "(" not in subdivision.name:
        subdivisions.add(subdivision.name)
subdivisions |= {"Texas", "California", "Bavaria", "Lower Saxony", "North Rhine-Westphalia", "Saxony", "Thuringia", "Hesse",
                 "Trøndelag", "Finnmark", "Nordland", "Rogaland", "Vestland", "Viken", "Innlandet", "Agder", "Troms",
                 "Møre og Romsdal", "Vestfold", "Telemark", "Østfold", "Akershus", "Buskerud"}
header = ["# First-level subdivisions (states, provinces, regions, counties). Generated from pycountry 24.6.1 (LGPL-2.1; data:",
          "# Debian iso-codes, ISO 3166-2) plus English and Norwegian forms; regenerate with scripts/build-countries.py.",
          "# Replaced where they say where someone lives (\"lives in Texas\"), like countries."]
with open("Sources/Stages/Anonymization/Resources/subdivisions.txt", "w", encoding="utf-8") as out:
    out.write("\n".join(header + sorted(subdivisions)) + "\n")
print(len(names), "countries,", len(subdivisions), "subdivisions")
