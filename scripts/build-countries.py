#!/usr/bin/env python3
"""Writes Sources/Stages/Anonymization/Resources/countries.txt from pycountry (pip install pycountry==24.6.1;
LGPL-2.1, its data from Debian's iso-codes, ISO 3166-1): English short and common names, plus common short forms.
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
