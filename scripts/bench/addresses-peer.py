#!/usr/bin/env python3
"""The Python peer of the address benchmark, on the standard `ipaddress` module only.

classify FILE: per-class counts like `hybridbench addr --file FILE --summary --format json`
(most specific IANA special-purpose block wins; 'multicast'; else 'global unicast').
overlaps FILE: overlapping pairs like `hybridbench overlaps FILE --count --format json`,
by sort and sweep with a stack of enclosing ends.
"""
import ipaddress
import json
import sys

# (block, IANA name), live rows of the IANA special-purpose registries (terminated ones left out).
REGISTRY = [
    ("0.0.0.0/8", '"This network"'), ("0.0.0.0/32", '"This host on this network"'),
    ("10.0.0.0/8", "Private-Use"), ("100.64.0.0/10", "Shared Address Space"),
    ("127.0.0.0/8", "Loopback"), ("169.254.0.0/16", "Link Local"),
    ("172.16.0.0/12", "Private-Use"), ("192.0.0.0/24", "IETF Protocol Assignments"),
    ("192.0.0.0/29", "IPv4 Service Continuity Prefix"), ("192.0.0.8/32", "IPv4 dummy address"),
    ("192.0.0.9/32", "Port Control Protocol Anycast"),
    ("192.0.0.10/32", "Traversal Using Relays around NAT Anycast"),
    ("192.0.0.170/32", "NAT64/DNS64 Discovery"), ("192.0.0.171/32", "NAT64/DNS64 Discovery"),
    ("192.0.2.0/24", "Documentation (TEST-NET-1)"), ("192.31.196.0/24", "AS112-v4"),
    ("192.52.193.0/24", "AMT"), ("192.88.99.2/32", "6a44-relay anycast address"),
    ("192.168.0.0/16", "Private-Use"), ("192.175.48.0/24", "Direct Delegation AS112 Service"),
    ("198.18.0.0/15", "Benchmarking"), ("198.51.100.0/24", "Documentation (TEST-NET-2)"),
    ("203.0.113.0/24", "Documentation (TEST-NET-3)"), ("240.0.0.0/4", "Reserved"),
    ("255.255.255.255/32", "Limited Broadcast"),
    ("::1/128", "Loopback Address"), ("::/128", "Unspecified Address"),
    ("::ffff:0:0/96", "IPv4-mapped Address"), ("64:ff9b::/96", "IPv4-IPv6 Translat."),
    ("64:ff9b:1::/48", "IPv4-IPv6 Translat."), ("100::/64", "Discard-Only Address Block"),
    ("100:0:0:1::/64", "Dummy IPv6 Prefix"), ("2001::/23", "IETF Protocol Assignments"),
    ("2001::/32", "TEREDO"), ("2001:1::1/128", "Port Control Protocol Anycast"),
    ("2001:1::2/128", "Traversal Using Relays around NAT Anycast"),
    ("2001:1::3/128", "DNS-SD Service Registration Protocol Anycast"),
    ("2001:2::/48", "Benchmarking"), ("2001:3::/32", "AMT"), ("2001:4:112::/48", "AS112-v6"),
    ("2001:20::/28", "ORCHIDv2"),
    ("2001:30::/28", "Drone Remote ID Protocol Entity Tags (DETs) Prefix"),
    ("2001:db8::/32", "Documentation"), ("2002::/16", "6to4"),
    ("2620:4f:8000::/48", "Direct Delegation AS112 Service"), ("3fff::/20", "Documentation"),
    ("5f00::/16", "Segment Routing (SRv6) SIDs"), ("fc00::/7", "Unique-Local"),
    ("fe80::/10", "Link-Local Unicast"),
]

def tables():
    """Per version: [(shift, {network >> shift: name})], longest prefix first."""
    by = {4: {}, 6: {}}
    for block, name in REGISTRY:
        net = ipaddress.ip_network(block)
        shift = net.max_prefixlen - net.prefixlen
        by[net.version].setdefault(shift, {})[int(net.network_address) >> shift] = name
    return {v: sorted(t.items()) for v, t in by.items()}

def lines(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for raw in data.split(b"\n"):
        line = raw.strip(b" \t\r")
        if line and not line.startswith(b"#"):
            yield line

def classify(path):
    t = tables()
    counts = {}
    total = invalid = 0
    for raw in lines(path):
        total += 1
        try:
            a = ipaddress.ip_address(raw.decode("utf-8", "replace"))
        except ValueError:
            invalid += 1
            continue
        n = int(a)
        name = None
        for shift, table in t[a.version]:
            name = table.get(n >> shift)
            if name is not None:
                break
        if name is None:
            name = "multicast" if a.is_multicast else "global unicast"
        counts[name] = counts.get(name, 0) + 1
    by_class = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return {"total": total, "invalid": invalid, "by_class": by_class}

def overlaps(path):
    keys = []
    invalid = 0
    for raw in lines(path):
        try:
            net = ipaddress.ip_network(raw.decode("utf-8", "replace"))
        except ValueError:
            invalid += 1
            continue
        keys.append((net.version, int(net.network_address), net.prefixlen,
                     int(net.broadcast_address)))
    keys.sort()
    pairs = 0
    stack = []
    version = None
    for v, start, _, end in keys:
        if v != version:
            stack = []
            version = v
        while stack and stack[-1] < start:
            stack.pop()
        pairs += len(stack)
        stack.append(end)
    return {"prefixes": len(keys), "overlapping_pairs": pairs, "invalid": invalid}

def main():
    mode, path = sys.argv[1], sys.argv[2]
    result = classify(path) if mode == "classify" else overlaps(path)
    print(json.dumps(result))

main()
