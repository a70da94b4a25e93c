#!/usr/bin/env python3
"""Generates the address benchmark inputs (standard library only, fixed seed).

addresses.txt: N mixed IPv4/IPv6 addresses, one a line, with special-purpose, multicast, random
and a few malformed lines, CRLF on some lines, and a UTF-8 BOM.
prefixes.txt: N prefixes: nested RFC 1918 plans, random IPv4 /20-/29, IPv6 ULA /48-/64.
"""
import random
import sys

def addresses(n, rnd):
    specials4 = [(10 << 24, 8), (172 << 24 | 16 << 16, 12), (192 << 24 | 168 << 16, 16),
                 (100 << 24 | 64 << 16, 10), (169 << 24 | 254 << 16, 16), (127 << 24, 8),
                 (192 << 24 | 0 << 16 | 2 << 8, 24), (198 << 24 | 18 << 16, 15),
                 (224 << 24, 4), (240 << 24, 4), (192 << 24, 24)]
    specials6 = [(0xfd00 << 112, 8), (0xfe80 << 112, 10), (0x20010db8 << 96, 32),
                 (0x2002 << 112, 16), (0x20010000 << 96, 32), (0xff02 << 112, 16),
                 (0x3fff << 112, 20), ((0xffff << 32), 96)]
    out = []
    for i in range(n):
        r = rnd.random()
        if r < 0.001:
            out.append(rnd.choice(["10.0.0.256", "010.1.2.3", "2001:db8::1::2", "garbage",
                                   "1.2.3", "fe80::1%", "::ffff:1.2.03.4"]))
            continue
        if r < 0.6:
            if rnd.random() < 0.5:
                base, plen = rnd.choice(specials4)
                v = base | rnd.getrandbits(32 - plen)
            else:
                v = rnd.getrandbits(32)
            out.append("%d.%d.%d.%d" % (v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255))
        else:
            if rnd.random() < 0.5:
                base, plen = rnd.choice(specials6)
                v = base | rnd.getrandbits(128 - plen)
            else:
                if rnd.random() < 0.8:
                    v = 0x2000 << 112 | rnd.getrandbits(125)
                else:
                    v = rnd.getrandbits(128)
            groups = ["%x" % ((v >> (112 - 16 * k)) & 0xffff) for k in range(8)]
            if rnd.random() < 0.3:
                groups[3:6] = ["0", "0", "0"]
            text = ":".join(groups)
            if (v >> 32) == 0xffff:
                text = "::ffff:%d.%d.%d.%d" % (
                    (v >> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255)
            out.append(text)
    return out

def prefixes(n, rnd):
    out = []
    for i in range(n):
        r = rnd.random()
        if r < 0.2:
            plen = rnd.randint(16, 29)
            v = (10 << 24 | rnd.getrandbits(12) << 12) & (0xffffffff << (32 - plen)) & 0xffffffff
            out.append("%d.%d.%d.%d/%d" % (v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255, plen))
        elif r < 0.8:
            plen = rnd.randint(20, 29)
            v = rnd.getrandbits(32) & (0xffffffff << (32 - plen)) & 0xffffffff
            out.append("%d.%d.%d.%d/%d" % (v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255, plen))
        else:
            plen = rnd.randint(48, 64)
            v = (0xfd << 120 | rnd.getrandbits(56) << 64) & (((1 << 128) - 1) << (128 - plen))
            groups = ["%x" % ((v >> (112 - 16 * k)) & 0xffff) for k in range(4)]
            out.append(":".join(groups) + "::/%d" % plen)
    return out

def main():
    kind, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rnd = random.Random(20141128)
    lines = addresses(n, rnd) if kind == "addresses" else prefixes(n, rnd)
    with open(path, "wb") as f:
        if kind == "addresses":
            f.write(b"\xef\xbb\xbf")
        for i, line in enumerate(lines):
            f.write(line.encode() + (b"\r\n" if i % 10 == 0 else b"\n"))

main()
