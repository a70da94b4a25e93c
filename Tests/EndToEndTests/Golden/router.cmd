@echo off
rem Windows IPv6 router for a 6in4 tunnel: run from an elevated prompt on the router.
rem Written by hybridbench VERSION 'export netsh' with environment 'contoso-lab'.
rem Tunnel server 216.66.80.26, this router 192.168.1.10, tunnel 2001:470:1f0a:5a::/64, routed 2001:470:1f0b:5a::/64.
rem Review it before running it; it changes this machine's network configuration.
rem Teredo off first: its 2001::/32 route would compete with the tunnel for IPv6
rem   source: Microsoft, Netsh Commands for Interface Teredo (netsh interface teredo), learn.microsoft.com
netsh interface teredo set state type="disabled"
rem the 6in4 tunnel (IP protocol 41) from this router to the broker's server
rem   source: Microsoft, Netsh Commands for Interface IPv6 (netsh interface ipv6), learn.microsoft.com; RFC 4213 section 3
netsh interface ipv6 add v6v4tunnel interface="IP6Tunnel" localaddress="192.168.1.10" remoteaddress="216.66.80.26"
rem this router's end of the tunnel: ::2 in the tunnel /64
rem   source: Microsoft, Netsh Commands for Interface IPv6 (netsh interface ipv6), learn.microsoft.com
netsh interface ipv6 add address interface="IP6Tunnel" address="2001:470:1f0a:5a::2/64"
rem the IPv6 default route through the broker (::1), published so it can be advertised
rem   source: Microsoft, Netsh Commands for Interface IPv6 (netsh interface ipv6), learn.microsoft.com
netsh interface ipv6 add route prefix="::/0" interface="IP6Tunnel" nexthop="2001:470:1f0a:5a::1" publish="yes"
rem forward packets arriving on the tunnel to the LAN
rem   source: Microsoft, Netsh Commands for Interface IPv6 (netsh interface ipv6), learn.microsoft.com
netsh interface ipv6 set interface interface="IP6Tunnel" forwarding="enabled"
rem the router's own address on the LAN: ::1 in the routed /64
rem   source: Microsoft, Netsh Commands for Interface IPv6 (netsh interface ipv6), learn.microsoft.com
netsh interface ipv6 add address interface="Ethernet 2" address="2001:470:1f0b:5a::1/64"
rem the routed /64 on the LAN, published: router advertisements carry it for SLAAC
rem   source: Microsoft, Netsh Commands for Interface IPv6 (netsh interface ipv6), learn.microsoft.com; RFC 4862
netsh interface ipv6 add route prefix="2001:470:1f0b:5a::/64" interface="Ethernet 2" publish="yes"
rem forward and send router advertisements on the LAN; advertisedefaultroute makes clients use this router as their IPv6 gateway
rem   source: Microsoft, Netsh Commands for Interface IPv6 (netsh interface ipv6), learn.microsoft.com; RFC 4861 section 6
netsh interface ipv6 set interface interface="Ethernet 2" forwarding="enabled" advertise="enabled" routerdiscovery="enabled" advertisedefaultroute="enabled"
rem no temporary addresses on this router, so its addresses stay the ones above
rem   source: Microsoft, Netsh Commands for Interface IPv6 (netsh interface ipv6), learn.microsoft.com; RFC 8981
netsh interface ipv6 set privacy state="disabled"
