#!/usr/bin/env python3
"""The peer for scripts/bench/permissions: the same core work in plain Python, written the
straightforward way (a dict of objects, each descriptor's DACL decoded with struct, inherited
ACEs computed from the parent, one first-match check per right), so the ratio says what the
design buys. Checks WP pwdLastSet, WP lockoutTime and Reset Password on users and RP on every
object for one account SID; prints the number of denials."""
import base64, struct, sys, uuid

path, account = sys.argv[1], sys.argv[2]

def sid_bytes(text):
    parts = text.split("-")
    subs = [int(p) for p in parts[3:]]
    return struct.pack("<BB", 1, len(subs)) + int(parts[2]).to_bytes(6, "big") + b"".join(
        struct.pack("<I", s) for s in subs)

ACCOUNT = sid_bytes(account)
TOKEN = {ACCOUNT, sid_bytes("S-1-1-0"), sid_bytes("S-1-5-11"), sid_bytes("S-1-5-2")}
USER = uuid.UUID("bf967aba-0de6-11d0-a285-00aa003049e2").bytes_le
CLASSES = {"user": USER, "inetorgperson": uuid.UUID("4828cc14-1437-45bc-9b07-ad6f015e5f28").bytes_le}
CHECKS = [(0x20, uuid.UUID("bf967a0a-0de6-11d0-a285-00aa003049e2").bytes_le),
          (0x20, uuid.UUID("28630ebf-41d5-11d1-a9c1-0000f80367c1").bytes_le),
          (0x100, uuid.UUID("00299570-246d-11d0-a768-00aa006e0529").bytes_le)]

def records(path):
    rec, last = {}, None
    with open(path, "r", encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith(" ") and last is not None:
                last[1] += line[1:]; continue
            if last is not None:
                name, value = last
                value = base64.b64decode(value[1:].strip()) if value.startswith(":") else value.strip()
                rec.setdefault(name.lower(), []).append(value)
                last = None
            if not line:
                if rec: yield rec
                rec = {}; continue
            name, _, value = line.partition(":")
            last = [name, value]
    if rec: yield rec

def dacl(sd):
    control, off_dacl = struct.unpack_from("<H", sd, 2)[0], struct.unpack_from("<I", sd, 16)[0]
    aces, at = [], off_dacl + 8
    for _ in range(struct.unpack_from("<H", sd, off_dacl + 4)[0]):
        kind, flags, size = struct.unpack_from("<BBH", sd, at)
        mask = struct.unpack_from("<I", sd, at + 4)[0]
        obj = inh = None; p = at + 8
        if kind in (5, 6):
            present = struct.unpack_from("<I", sd, p)[0]; p += 4
            if present & 1: obj = sd[p:p + 16]; p += 16
            if present & 2: inh = sd[p:p + 16]; p += 16
        aces.append((kind, flags, mask, obj, inh, sd[p:at + size]))
        at += size
    return control & 0x1000 != 0, aces

objects, order = {}, []
for r in (r for r in records(path) if "dn" in r):
    dn = r["dn"][0]
    classes = [c.lower() for c in r.get("objectclass", [])]
    sd = r.get("ntsecuritydescriptor", [None])[0]
    objects[dn.lower()] = (classes, sd)
    order.append(dn.lower())

effective = {}
def effective_dacl(key):
    if key in effective: return effective[key]
    classes, sd = objects[key]
    protected, aces = dacl(sd) if sd else (True, [])
    own = [a for a in aces if not a[1] & 0x10]
    parent = key.split(",", 1)[1] if "," in key else None
    inherited = []
    if not protected and parent in objects:
        cls = CLASSES.get(classes[-1]) if classes else None
        for kind, flags, mask, obj, inh, trustee in effective_dacl(parent):
            if not flags & 0x02: continue
            io = 0 if inh is None or inh == cls else 0x08
            inherited.append((kind, (flags & 0x03) | io | 0x10, mask, obj, inh, trustee))
    effective[key] = own + inherited
    return effective[key]

denied = 0
for key in order:
    classes = objects[key][0]
    checks = [(0x10, None)] + (CHECKS if "user" in classes else [])
    entries = effective_dacl(key)
    for bit, guid in checks:
        decided = None
        for kind, flags, mask, obj, inh, trustee in entries:
            if flags & 0x08 or trustee not in TOKEN or not mask & bit: continue
            if obj is not None and guid is not None and obj != guid: continue
            if obj is not None and guid is None: continue
            decided = kind in (0, 5); break
        if not decided: denied += 1
print(denied, "denials")
