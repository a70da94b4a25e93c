#!/usr/bin/env python3
"""The Python baseline for scripts/bench/permissions-sddl: the same SDDL tokenising with `re`.

For each line: components, ACL flags and ACEs matched with regular expressions, rights and flags
split into two-letter tokens, SIDs mapped to aliases against the domain, and the canonical
string printed as Windows prints it (rights CCDCLCSWRPWPDTLOCRSDRCWDWO GA GX GW GR, flags
OICINPIOIDSAFA, lower-case GUIDs, hex where no letters fit). Covers the generator's subset of
SDDL; a line it cannot match is "refused".
Usage: permissions-sddl-peer.py FILE DOMAIN_SID
"""
import re
import sys

RIGHT_BITS = [("CC", 0x1), ("DC", 0x2), ("LC", 0x4), ("SW", 0x8), ("RP", 0x10), ("WP", 0x20),
              ("DT", 0x40), ("LO", 0x80), ("CR", 0x100), ("SD", 0x10000), ("RC", 0x20000),
              ("WD", 0x40000), ("WO", 0x80000), ("GA", 0x10000000), ("GX", 0x20000000),
              ("GW", 0x40000000), ("GR", 0x80000000)]
RIGHTS = dict(RIGHT_BITS)
COVERED = sum(b for _, b in RIGHT_BITS)
FILE_RIGHTS = [("FA", 0x1F01FF), ("FR", 0x120089), ("FW", 0x120116), ("FX", 0x1200A0)]
FLAG_BITS = [("OI", 1), ("CI", 2), ("NP", 4), ("IO", 8), ("ID", 0x10), ("SA", 0x40), ("FA", 0x80)]
FLAGS = dict(FLAG_BITS)
FIXED = {"WD": "S-1-1-0", "CO": "S-1-3-0", "SY": "S-1-5-18", "AU": "S-1-5-11", "ED": "S-1-5-9",
         "PS": "S-1-5-10", "BA": "S-1-5-32-544", "BU": "S-1-5-32-545", "AO": "S-1-5-32-548",
         "PO": "S-1-5-32-550", "RU": "S-1-5-32-554"}
RELATIVE = {"DA": 512, "DU": 513, "EA": 519, "SA": 518, "KA": 526}

COMPONENT = re.compile(r"\s*([OGDS]):")
SID = re.compile(r"(S-1-\d+(?:-\d+)*|[A-Za-z]{2})")
ACL_FLAGS = re.compile(r"\s*((?:P|AR|AI)*)\s*")
ACE = re.compile(
    r"\((OA|OD|A|D|AU|OU);([A-Z]*);([A-Z]*|0[xX][0-9a-fA-F]+);"
    r"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?;"
    r"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?;"
    r"\s*(S-1-\d+(?:-\d+)*|[A-Za-z]{2})\s*\)\s*")
PAIRS = re.compile(r"..")


class Refused(Exception):
    pass


def main():
    path, domain = sys.argv[1], sys.argv[2]
    to_sid = dict(FIXED)
    for alias, rid in RELATIVE.items():
        to_sid[alias] = "%s-%d" % (domain, rid)
    to_alias = {v: k for k, v in to_sid.items()}

    def sid_text(token):
        if token.startswith("S-"):
            return to_alias.get(token, token)
        full = to_sid.get(token.upper())
        if full is None:
            raise Refused()
        return to_alias[full]

    def rights_text(token):
        if token[:2] in ("0x", "0X"):
            mask = int(token, 16)
        else:
            mask = 0
            for pair in PAIRS.findall(token):
                if pair not in RIGHTS:
                    raise Refused()
                mask |= RIGHTS[pair]
            if len(token) % 2:
                raise Refused()
        if mask & ~COVERED == 0:
            return "".join(t for t, b in RIGHT_BITS if mask & b)
        for t, m in FILE_RIGHTS:
            if m == mask:
                return t
        return "0x%x" % mask

    def flags_text(token):
        bits = 0
        for pair in PAIRS.findall(token):
            if pair not in FLAGS:
                raise Refused()
            bits |= FLAGS[pair]
        return "".join(t for t, b in FLAG_BITS if bits & b)

    def canonical(text):
        pos, parts = 0, {}
        while pos < len(text):
            m = COMPONENT.match(text, pos)
            if not m or m.group(1) in parts:
                if text[pos:].strip() == "":
                    break
                raise Refused()
            letter, pos = m.group(1), m.end()
            if letter in "OG":
                s = SID.match(text, pos)
                if not s:
                    raise Refused()
                parts[letter] = sid_text(s.group(1))
                pos = s.end()
                continue
            f = ACL_FLAGS.match(text, pos)
            pos = f.end()
            flags = f.group(1)
            out = ("P" if "P" in flags.replace("AR", "").replace("AI", "") else "") + \
                ("AR" if "AR" in flags else "") + ("AI" if "AI" in flags else "")
            while pos < len(text) and text[pos] == "(":
                a = ACE.match(text, pos)
                if not a:
                    raise Refused()
                kind, fl, rights, obj, inh, trustee = a.groups()
                out += "(%s;%s;%s;%s;%s;%s)" % (
                    kind, flags_text(fl), rights_text(rights), (obj or "").lower(),
                    (inh or "").lower(), sid_text(trustee))
                pos = a.end()
            parts[letter] = out
        return "".join("%s:%s" % (k, parts[k]) for k in "OGDS" if k in parts)

    strings = refused = 0
    out = sys.stdout
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line:
                continue
            strings += 1
            try:
                out.write(canonical(line) + "\n")
            except Refused:
                refused += 1
                out.write("refused\n")
    out.write("%d SDDL string%s · %d refused\n" % (strings, "" if strings == 1 else "s", refused))


if __name__ == "__main__":
    main()
