#!/usr/bin/env python3
"""Writes Sources/Stages/Anonymization/Resources/countries.txt from pycountry (pip install pycountry==24.6.1;
LGPL-2.1, its data from Debian's iso-codes, ISO 3166-1): English short and common names, plus common short forms.
The anonymizer uses the list as context for postcodes ("Poland 86021"), never replaces a country by itself."""
import pycountry

EXTRA = {"USA", "UK", "United States of America", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
         "Greenland", "Russia", "South Korea", "North Korea", "Iran", "Syria", "Vietnam", "Laos", "Bolivia", "Venezuela",
         "Tanzania", "Moldova", "Czech Republic", "Czechia", "Taiwan", "Palestine", "Kosovo", "Macedonia",
         "The Netherlands", "Holland"}

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
