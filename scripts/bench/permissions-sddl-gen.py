#!/usr/bin/env python3
"""Writes N SDDL strings shaped like AD descriptors for scripts/bench/permissions-sddl.

Rights, flags and aliases come in arbitrary order and case (Windows stores default descriptors
as RPWPCRCCDCLCLORCWOWDSDDTSW), GUIDs in either case, SIDs numeric or by alias, masks sometimes
in hex; one line in a hundred is malformed in a way Windows refuses. Deterministic (seed 1903).
Usage: permissions-sddl-gen.py N OUT
"""
import random
import sys

RIGHTS = ["CC", "DC", "LC", "SW", "RP", "WP", "DT", "LO", "CR", "SD", "RC", "WD", "WO", "GA", "GR", "GW", "GX"]
FLAGS = ["OI", "CI", "NP", "IO", "ID"]
ALIASES = ["DA", "DU", "EA", "SY", "AU", "BA", "ED", "PS", "RU", "WD", "CO", "AO", "PO", "SA", "KA"]
GUIDS = [
    "bf967a0a-0de6-11d0-a285-00aa003049e2", "bf967aba-0de6-11d0-a285-00aa003049e2",
    "28630ebf-41d5-11d1-a9c1-0000f80367c1", "00299570-246d-11d0-a768-00aa006e0529",
    "4828cc14-1437-45bc-9b07-ad6f015e5f28", "bf967a86-0de6-11d0-a285-00aa003049e2",
    "1131f6aa-9c07-11d1-f79f-00c04fc2dcd2", "4c164200-20c0-11d0-a768-00aa006e0529",
    "77b5b886-944a-11d1-aebd-0000f80367c1", "e48d0154-bcf8-11d1-8702-00c04fb96050",
]
DOMAIN = "S-1-5-21-1-2-3"


def sid(r):
    pick = r.random()
    if pick < 0.6:
        return r.choice(ALIASES)
    if pick < 0.8:
        return "%s-%d" % (DOMAIN, r.choice([512, 513, 519, 1105, 1106, 2201, 3300]))
    return "S-1-5-32-%d" % r.choice([544, 545, 548, 550, 554, 560])


def ace(r):
    kind = r.choice(["A", "A", "D", "OA", "OA", "OD"])
    flags = "".join(r.sample(FLAGS, r.randint(0, 3)))
    if r.random() < 0.1:
        rights = "0x%x" % r.choice([0x20094, 0xF01FF, 0x100, 0x30, 0x1200A9])
    else:
        rights = "".join(r.sample(RIGHTS[:13], r.randint(1, 10)))
    object_type = inherited = ""
    if kind.startswith("O"):
        if r.random() < 0.8:
            object_type = r.choice(GUIDS)
        if r.random() < 0.5:
            inherited = r.choice(GUIDS)
        if r.random() < 0.3:
            object_type = object_type.upper()
    return "(%s;%s;%s;%s;%s;%s)" % (kind, flags, rights, object_type, inherited, sid(r))


def line(r):
    parts = []
    if r.random() < 0.7:
        parts.append("O:%sG:%s" % (sid(r), sid(r)))
    parts.append("D:" + r.choice(["", "P", "AI", "PAI"]) + "".join(ace(r) for _ in range(r.randint(3, 25))))
    if r.random() < 0.3:
        parts.append("S:AI(AU;SA;%s;;;WD)" % "".join(r.sample(RIGHTS[:13], 3)))
    text = "".join(parts)
    if r.random() < 0.01:
        broken = r.choice([("(A;", "(A;;GA ;;;WD)(A;"), (";DA)", ";XX)"), (")", ""), (";bf967aba", ";{bf967aba")])
        text = text.replace(broken[0], broken[1], 1) if broken[0] in text else text[:-1]
    return text


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    r = random.Random(1903)
    with open(out, "w") as f:
        for _ in range(n):
            f.write(line(r) + "\n")


if __name__ == "__main__":
    main()
