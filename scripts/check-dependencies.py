#!/usr/bin/env python3
"""Checks that every target's declared dependencies match its imports.

Reads `swift package dump-package` and the `import` lines of each target's sources. A target that imports a module
of this package (or a package product) it does not declare fails, and so does a declared dependency it never imports
— except the two kinds that are used without an import: the stage targets of `ThematicBuiltInStages` and the importer targets
of `ThematicBuiltInImporters` (imported by the generated registries) and the executable the CLI tests run.

usage: scripts/check-dependencies.py   (run by `make test`)
"""
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PRODUCTS = {"ArgumentParser", "Yams", "FlyingFox"}
USED_WITHOUT_IMPORT = {("ThematicBuiltInStages", re.compile(r".*Stage$")), ("ThematicBuiltInImporters", re.compile(r".*Importer$")),
                       ("ThematicCLITests", re.compile(r"^thematic$"))}


def main():
    manifest = json.loads(subprocess.run(["swift", "package", "dump-package"], cwd=ROOT, check=True, capture_output=True, text=True).stdout)
    targets = {}
    for target in manifest["targets"]:
        if target["type"] in ("system", "plugin"):
            continue
        path = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", target["name"])
        declared = {dependency[kind][0] for dependency in target.get("dependencies", []) for kind in ("byName", "target", "product") if kind in dependency}
        targets[target["name"]] = (path, declared)
    known = set(targets) | PRODUCTS
    problems = []
    for name, (path, declared) in sorted(targets.items()):
        imports = set()
        for source in glob.glob(os.path.join(ROOT, path, "**", "*.swift"), recursive=True):
            with open(source, encoding="utf-8") as handle:
                imports |= set(re.findall(r"^(?:@testable |@_exported )?import (\w+)", handle.read(), re.M))
        for missing in sorted((imports & known) - declared):
            problems.append(f"{name}: imports {missing} without declaring it in Package.swift")
        for unused in sorted((declared & known) - imports):
            if not any(name == owner and pattern.match(unused) for owner, pattern in USED_WITHOUT_IMPORT):
                problems.append(f"{name}: declares {unused} but never imports it")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"dependencies match imports in {len(targets)} targets" if not problems else f"{len(problems)} dependency problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
