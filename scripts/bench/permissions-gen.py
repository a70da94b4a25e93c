#!/usr/bin/env python3
"""Writes a realistic AD LDIF export for the permissions benchmark.

Usage: permissions-gen.py OUT OBJECTS shared|distinct

Nested OUs (depth up to 8), users, inetOrgPersons, contacts, groups with nested membership,
protected accounts (Domain Admins members, adminCount=1), OUs with inheritance blocked, explicit
denies, and valid self-relative binary nTSecurityDescriptors of realistic size (15-30 ACEs).
'shared': descriptors repeat the way AD's single-instance store shares them (a few hundred
distinct ones); 'distinct': every descriptor differs (one ACE names the object's own SID).
The domain head carries an Entra Connect install's grants for BENCH\\aadsync (AdSyncConfig's
forms: basic read, hash sync, password writeback on user, ms-DS-ConsistencyGuid, Exchange hybrid
read/write all properties, group writeback, Unexpire Password).
"""
import base64, random, struct, sys, uuid

out, n, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rnd = random.Random(7)
DOM = "DC=bench,DC=example,DC=com"
DOMSID = [21, 101, 202, 303]

def sid(*subs, authority=5):
    return struct.pack("<BB", 1, len(subs)) + authority.to_bytes(6, "big") + b"".join(
        struct.pack("<I", s) for s in subs)
def dsid(rid): return sid(*DOMSID, rid)
def guid(text): return uuid.UUID(text).bytes_le

USER = "bf967aba-0de6-11d0-a285-00aa003049e2"; INETORG = "4828cc14-1437-45bc-9b07-ad6f015e5f28"
GROUP = "bf967a9c-0de6-11d0-a285-00aa003049e2"; CONTACT = "5cb41ed0-0e4c-11d0-a286-00aa003049e2"
COMPUTER = "bf967a86-0de6-11d0-a285-00aa003049e2"
PWDLASTSET = "bf967a0a-0de6-11d0-a285-00aa003049e2"; LOCKOUT = "28630ebf-41d5-11d1-a9c1-0000f80367c1"
RESET = "00299570-246d-11d0-a768-00aa006e0529"; CHANGE = "ab721a53-1e2f-11d0-9819-00aa0040529b"
REPL = "1131f6aa-9c07-11d1-f79f-00c04fc2dcd2"; REPLALL = "1131f6ad-9c07-11d1-f79f-00c04fc2dcd2"
PERSONAL = "77b5b886-944a-11d1-aebd-0000f80367c1"; PUBLIC = "e48d0154-bcf8-11d1-8702-00c04fb96050"
CONNECTOR = dsid(1107)
AU, SY, PS, WD = sid(11), sid(18), sid(10), sid(0, authority=1)
DA, EA = dsid(512), dsid(519)

def ace(kind, flags, mask, trustee, obj=None, inh=None):
    """kind: 0 allow, 1 deny (object forms 5/6 when a GUID is given)."""
    if obj or inh:
        body = struct.pack("<II", mask, (1 if obj else 0) | (2 if inh else 0))
        body += (guid(obj) if obj else b"") + (guid(inh) if inh else b"") + trustee
        kind += 5
    else:
        body = struct.pack("<I", mask) + trustee
    return struct.pack("<BBH", kind, flags, 4 + len(body)) + body

def sd(aces, owner=DA, group=DA, protected=False):
    acl = b"".join(aces)
    dacl = struct.pack("<BBHHH", 4, 0, 8 + len(acl), len(aces), 0) + acl
    control = 0x8004 | 0x0400 | (0x1000 if protected else 0)
    off_dacl = 20; off_owner = off_dacl + len(dacl); off_group = off_owner + len(owner)
    return struct.pack("<BBHIIII", 1, 0, control, off_owner, off_group, 0, off_dacl) + dacl + owner + group

CI, IO = 0x02, 0x08
FULL, READ = 0xF01FF, 0x20094
root_aces = [ace(0, 0, READ, AU), ace(0, 0, FULL, DA), ace(0, CI, FULL, EA), ace(0, 0, FULL, SY),
  ace(0, 0, 0x100, CONNECTOR, REPL), ace(0, 0, 0x100, CONNECTOR, REPLALL)]
for cls in (COMPUTER, USER, INETORG, GROUP, CONTACT):
    root_aces.append(ace(0, CI | IO, 0x10, CONNECTOR, None, cls))
for attr, mask in ((RESET, 0x100), (LOCKOUT, 0x20), (PWDLASTSET, 0x20)):
    root_aces.append(ace(0, CI | IO, mask, CONNECTOR, attr, USER))
root_aces.append(ace(0, CI, 0x000F00FF & ~0x100, CONNECTOR, None, GROUP))
CONSISTENCY = "23773dc2-b63a-11d2-90e1-00c04fd91ab1"
root_aces.append(ace(0, CI | IO, 0x30, CONNECTOR, CONSISTENCY, USER))
for cls in (USER, INETORG, GROUP, CONTACT):  # Exchange hybrid, AdSyncConfig's form
    root_aces.append(ace(0, CI | IO, 0x30, CONNECTOR, None, cls))
root_aces.append(ace(0, CI, 0x100, CONNECTOR, "ccc2dc7d-a6ad-4a7a-8846-c04e3cc53501"))

def filler(k):
    """Default-descriptor ACEs every object carries (SELF, Everyone, Domain Admins...)."""
    base = [ace(0, 0, FULL, DA), ace(0, 0, FULL, SY), ace(0, 0, READ, AU),
            ace(0, 0, 0x100, WD, CHANGE), ace(0, 0, 0x100, PS, CHANGE),
            ace(0, 0, 0x30, PS, PERSONAL), ace(0, 0, 0x10, AU, PUBLIC)]
    # Delegations to helpdesk groups: the variation that makes a few hundred descriptors.
    for j in range(8 + k % 12):
        base.append(ace(0, 0, 0x30 if j % 2 else 0x10, dsid(3000 + (k * 7 + j) % 400), PUBLIC))
    return base

POOL = 300
if mode == "shared":
    templates = [sd(filler(k)) for k in range(POOL)]
def template(i, kind):
    """Most objects carry their class's default descriptor; one in ten a delegated variant."""
    return kind if rnd.random() < 0.9 else 8 + i % (POOL - 8)
def object_sd(i, rid, extra=(), protected=False, kind=0):
    k = template(i, kind)
    aces = list(extra) + filler(k)
    if mode == "distinct":
        aces.append(ace(0, 0, 0x10, dsid(rid), PUBLIC))
    elif not extra and not protected:
        return templates[k]
    return sd(aces, protected=protected)

def fold(line):
    parts = [line[:76]]; rest = line[76:]
    while rest: parts.append(" " + rest[:75]); rest = rest[75:]
    return "\n".join(parts)
def b64(name, value): return fold(f"{name}:: " + base64.b64encode(value).decode())

with open(out, "w") as f:
    def record(dn, classes, rid=None, extra_lines=(), descriptor=None):
        lines = [f"dn: {dn}"] + [f"objectClass: {c}" for c in classes]
        if rid is not None:
            lines.append(b64("objectSid", dsid(rid)))
        lines += list(extra_lines)
        if descriptor is not None:
            lines.append(b64("nTSecurityDescriptor", descriptor))
        f.write("\n".join(lines) + "\n\n")
    f.write("version: 1\n\n")
    record(DOM, ["top", "domain", "domainDNS"], None,
           [fold("objectSid:: " + base64.b64encode(sid(*DOMSID)).decode())], sd(root_aces))
    record(f"CN=System,{DOM}", ["top", "container"], descriptor=sd(filler(0)))
    holder = [ace(0, 0, 0x100, WD, CHANGE), ace(0, 0, 0x100, PS, CHANGE), ace(0, 0, FULL, DA),
              ace(0, 0, FULL, EA), ace(0, 0, READ, AU), ace(0, 0, FULL, SY)]
    record(f"CN=AdminSDHolder,CN=System,{DOM}", ["top", "container"], descriptor=sd(holder, protected=True))
    record(f"CN=Users,{DOM}", ["top", "container"], descriptor=sd(filler(1)))
    record(f"CN=aadsync,CN=Users,{DOM}", ["top", "person", "organizationalPerson", "user"], 1107,
           ["sAMAccountName: aadsync"], sd(filler(2)))
    admins = []
    # OUs: a tree of depth up to 8; about one object in 60 is an OU; one OU in 25 is protected.
    n_ous = max(8, n // 60)
    ous = []
    for k in range(n_ous):
        depth = 1 if k < 4 else rnd.randint(1, 8)
        parents = [o for o in ous if o[1] == depth - 1] if depth > 1 else []
        parent = rnd.choice(parents)[0] if parents else DOM
        if depth > 1 and not parents: depth = 1
        dn = f"OU=Unit{k},{parent}"
        protected = k % 100 == 99 and depth >= 2
        deny = [ace(1, CI, 0x20, AU, LOCKOUT)] if k % 40 == 39 else []
        record(dn, ["top", "organizationalUnit"], descriptor=object_sd(k, 500000 + k, deny, protected, 4))
        ous.append((dn, depth))
    groups = []
    rid = 10000
    made = 6 + n_ous
    i = 0
    while made < n:
        i += 1; rid += 1
        ou = ous[rnd.randrange(len(ous))][0]
        kind = rnd.random()
        extra = []
        if kind < 0.08:
            dn = f"CN=Group{i},{ou}"; classes = ["top", "group"]
            groups.append(dn)
            if len(groups) > 1 and rnd.random() < 0.3:
                extra.append(f"memberOf: {rnd.choice(groups[:-1])}")
        elif kind < 0.12:
            dn = f"CN=Contact{i},{ou}"; classes = ["top", "person", "organizationalPerson", "contact"]
        else:
            person = ["top", "person", "organizationalPerson", "user"]
            classes = person + ["inetOrgPerson"] if kind < 0.17 else person
            dn = f"CN=User{i},{ou}"
            extra.append(f"sAMAccountName: u{i}")
            if groups: extra.append(f"memberOf: {rnd.choice(groups)}")
        denies = [ace(1, 0, 0x20, WD, PWDLASTSET)] if i % 500 == 0 else []
        if "user" in classes and i % 1000 == 0:
            admins.append(dn); extra.append("adminCount: 1")
            descriptor = sd(holder, protected=True)
        else:
            descriptor = object_sd(i, rid, denies, kind=len(classes))
        record(dn, classes, None if "contact" in classes else rid, extra, descriptor)
        made += 1
    record(f"CN=Domain Admins,CN=Users,{DOM}", ["top", "group"], 512,
           [f"member: {a}" for a in admins], sd(holder, protected=True))
