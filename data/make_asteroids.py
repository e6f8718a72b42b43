#!/usr/bin/python3
"""Rebuilds data/asteroids.csv byte for byte from Debian's kstars-data package.

Run by hand (not in CI), with Debian's python3 (standard library only):

    cd /tmp && apt-get download kstars-data && dpkg -x kstars-data_*.deb kstars-root
    /usr/bin/python3 data/make_asteroids.py /tmp/kstars-root/usr/share/kstars/asteroids.dat > data/asteroids.csv

The source is JSON: a "signature" naming the NASA/JPL SBDB query API, a "fields" list and a
"data" array of rows. Fields are looked up by name, never by position. Only the asteroids with a
geometric albedo are kept, in the order of the source file.
"""
import csv
import hashlib
import io
import json
import sys

EXPECTED_SHA256 = "e1aea5ca3e947ca03d57c58f3203fd7166ac26f72c8fbdc1405406f3a07e7bbd"
COLUMNS = ["name", "class", "H", "diameter_km", "albedo", "rot_per_h", "a_au", "e", "i_deg"]


def decimal_text(text):
    """The source's decimal text as written, with a leading zero added ('.0786' -> '0.0786') and a
    bare trailing point dropped ('5.' -> '5')."""
    t = text.strip()
    float(t)  # refuses anything that is not a number
    if t.startswith("."):
        t = "0" + t
    elif t.startswith("-."):
        t = "-0" + t[1:]
    if t.endswith("."):
        t = t[:-1]
    return t


def rounded(text, digits):
    """An orbital element to a fixed number of decimals (the source carries 16 digits of noise)."""
    return "%.*f" % (digits, float(text))


def main(path):
    with open(path, "rb") as f:
        raw = f.read()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != EXPECTED_SHA256:
        sys.exit("%s: sha256 %s, expected %s (another kstars-data version?)" % (path, digest, EXPECTED_SHA256))
    doc = json.loads(raw.decode("utf-8"))
    index = {name: i for i, name in enumerate(doc["fields"])}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in doc["data"]:
        def field(name):
            return row[index[name]]
        if field("albedo") is None:
            continue
        rot = field("rot_per")
        writer.writerow([
            " ".join(field("full_name").split()),
            field("class").strip(),
            decimal_text(field("H")),
            decimal_text(field("diameter")),
            decimal_text(field("albedo")),
            "" if rot is None else decimal_text(rot),
            rounded(field("a"), 6),
            rounded(field("e"), 6),
            rounded(field("i"), 4),
        ])
    sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_asteroids.py PATH/TO/asteroids.dat > data/asteroids.csv")
    main(sys.argv[1])
