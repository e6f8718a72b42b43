#!/usr/bin/env python3
"""Aggregates PIT mutations.xml files (one per package run by mutation/run.sh) into a per-package and total table.

Usage: python3 mutation/score.py REPORT_DIR [--equivalents mutation/equivalents.tsv] [--survivors]

A mutant counts as killed when PIT detected it: KILLED, TIMED_OUT, MEMORY_ERROR or RUN_ERROR (PIT's own
"detected"). The score is killed / all mutants, nothing left out; a second column leaves out the mutants listed
in the equivalents file (each with its reason), which is printed alongside so that the difference is visible.
A mutant reported by two files (overlapping runs) is counted once, and said so.
"""
import argparse
import collections
import glob
import os
import sys
import xml.etree.ElementTree as ET

DETECTED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}
PREFIX = "org.shrinkagelab."


def package_of(cls):
    """The package a mutated class is reported under (engine's own classes as 'engine')."""
    name = cls.split("$")[0]
    pkg = name.rsplit(".", 1)[0]
    return pkg[len(PREFIX):] if pkg.startswith(PREFIX) else pkg


def key(m):
    """What identifies one mutant across runs: class, method, line, mutator and PIT's instruction index."""
    mutator = m.findtext("mutator").rsplit(".", 1)[-1]
    indexes = ",".join(i.text for i in m.iter("index"))
    return (m.findtext("mutatedClass"), m.findtext("mutatedMethod"), m.findtext("lineNumber"), mutator, indexes)


def read_equivalents(path):
    """Tab-separated: class, method, line, mutator, indexes, reason; '#' starts a comment line."""
    out = {}
    if not path or not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 6:
                sys.exit(f"{path}:{n}: expected 6 tab-separated cells, found {len(cells)}")
            out[tuple(cells[:5])] = cells[5]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("reports")
    ap.add_argument("--equivalents", default=os.path.join(os.path.dirname(__file__), "equivalents.tsv"))
    ap.add_argument("--survivors", action="store_true", help="list every mutant not killed")
    a = ap.parse_args()
    equivalents = read_equivalents(a.equivalents)
    mutants = {}
    duplicates = 0
    partial = []
    for path in sorted(glob.glob(os.path.join(a.reports, "*.xml"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if "</mutations>" not in text:
            # a run still going (PIT writes each mutant as it finishes): read what is complete so far
            partial.append(os.path.basename(path))
            text = text[:text.rfind("</mutation>") + len("</mutation>")] + "\n</mutations>"
        for m in ET.fromstring(text).iter("mutation"):
            k = key(m)
            if k in mutants:
                duplicates += 1
                if mutants[k]["status"] not in DETECTED and m.get("status") in DETECTED:
                    mutants[k]["status"] = m.get("status")
                continue
            mutants[k] = {"status": m.get("status"), "file": os.path.basename(path),
                          "description": m.findtext("description")}
    rows = collections.OrderedDict()
    classes = collections.defaultdict(set)
    for k, m in sorted(mutants.items()):
        classes[package_of(k[0])].add(k[0].split("$")[0])
        r = rows.setdefault(package_of(k[0]), collections.Counter())
        r["total"] += 1
        r[m["status"]] += 1
        if m["status"] in DETECTED:
            r["killed"] += 1
        elif k in equivalents:
            r["equivalent"] += 1
    for name, r in rows.items():
        r["classes"] = len(classes[name])
    total = sum(rows.values(), collections.Counter())
    head = f"{'package':<16}{'killed':>8}{'total':>7}{'score':>8}{'survived':>10}{'no cov':>8}{'t/o':>5}" \
           f"{'equiv':>7}{'w/o equiv':>11}{'classes':>9}"
    print(head)
    print("-" * len(head))
    for name, r in list(rows.items()) + [("TOTAL", total)]:
        rest = r["total"] - r["equivalent"]
        print(f"{name:<16}{r['killed']:>8}{r['total']:>7}{100 * r['killed'] / r['total']:>7.1f}%"
              f"{r['SURVIVED']:>10}{r['NO_COVERAGE']:>8}{r['TIMED_OUT']:>5}{r['equivalent']:>7}"
              f"{100 * r['killed'] / rest if rest else 0:>10.1f}%{r['classes']:>9}")
    if partial:
        print(f"\nPARTIAL (run not finished): {', '.join(partial)}")
    if duplicates:
        print(f"\n{duplicates} mutants appeared in more than one file; each is counted once.")
    stale = [k for k in equivalents if k not in mutants or mutants[k]["status"] in DETECTED]
    listed = [(k, equivalents[k]) for k in equivalents if k in mutants and mutants[k]["status"] not in DETECTED]
    print(f"\nEquivalent mutants left out of the last column ({len(listed)}):")
    for k, reason in listed:
        print(f"  {k[0].replace(PREFIX, '')}.{k[1]} line {k[2]} {k[3]}: {reason}")
    if stale:
        print(f"\nListed as equivalent but killed or not generated any more ({len(stale)}): "
              + "; ".join(f"{k[0].replace(PREFIX, '')}.{k[1]}:{k[2]} {k[3]}" for k in stale))
    if a.survivors:
        print("\nNot killed:")
        for k, m in sorted(mutants.items()):
            if m["status"] not in DETECTED:
                mark = " [equivalent]" if k in equivalents else ""
                print("\t".join(k) + f"\t{m['status']}\t{m['description']}{mark}")


if __name__ == "__main__":
    main()
