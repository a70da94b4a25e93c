import Findings
import EnvironmentModel
/// The built-in demo environment `contoso-lab`, shipped in the binary so the tool is useful the
/// moment it starts. It exercises every section and carries the seed problems (see its comments).
public enum DemoEnvironment {
  /// The name `load demo` gives it.
  public static let name = "contoso-lab"
  /// The file name its elements point to in findings.
  public static let file: FileReference = "demo:contoso-lab"

  /// Loads the demo; it is valid native YAML, so this cannot fail on a correct build.
  public static func load() throws -> LoadResult {
    try EnvironmentLoader.load(bytes: Array(yaml.utf8), file: file, name: name)
  }

  /// The demo's native YAML text (also in examples/contoso-lab.yaml).
  public static let yaml = #"""
# contoso-lab: the built-in demo environment (load demo). A small hybrid lab with a handful of
# the problems hybridbench finds: see docs/environment-format.md for every key.
name: contoso-lab
description: Contoso hybrid lab - one Azure vnet pair, an Oslo office, corp.contoso.com
azure:
  dns_servers:
    - name: dc1
      address: 10.1.1.4
  vnets:
    - name: lab
      location: West Europe
      # 172.32.0.0/16 is public space (not RFC 1918): the 2014 rules reject it, today's allow it.
      address_space: [10.1.0.0/16, 172.32.0.0/16]
      dns_servers: [dc1]
      subnets:
        - name: infra
          prefix: 10.1.1.0/24
        - name: apps
          prefix: 10.1.2.0/24
        - name: dmz
          prefix: 172.32.1.0/24
        - name: GatewaySubnet
          prefix: 10.1.255.0/27
      gateway:
        name: lab-gw
        type: Vpn
        vpn_type: RouteBased
        sku: VpnGw1
        client_address_pool: [192.168.200.0/24]
        bgp:
          asn: 65010
          peering_addresses: [10.1.255.30]
    - name: hub
      location: West Europe
      address_space: [10.2.0.0/16]
      subnets:
        - name: shared
          prefix: 10.2.1.0/24
        - name: GatewaySubnet
          prefix: 10.2.255.0/27
  local_sites:
    # Oslo's 10.1.0.0/16 overlaps the lab vnet (it contains subnet lab/apps).
    - name: oslo
      gateway_address: 203.0.113.10
      prefixes: [10.1.0.0/16, 192.168.10.0/24]
      bgp:
        asn: 65020
        peering_addresses: [192.168.10.1]
  connections:
    - name: lab-to-oslo
      vnet: lab
      local_site: oslo
      type: IPsec
      tunnel_inside_addresses: [169.254.21.1, 169.254.21.2]
      bgp_enabled: true
      has_shared_key: true
  peerings:
    - name: lab-to-hub
      vnet: lab
      remote_vnet: hub
      allow_forwarded_traffic: true
      use_remote_gateways: false
  vms:
    - name: dc1
      cloud_service: contoso-lab-infra
      vnet: lab
      subnet: infra
      start_order: 1
      addresses: [10.1.1.4]
    - name: app1
      cloud_service: contoso-lab-apps
      vnet: lab
      subnet: apps
      start_order: 2
      addresses: [10.1.2.10]
hosts:
  - name: RRAS1
    os: Windows Server 2012 R2
    roles: [rras]
    ip_routing: true
    interfaces:
      - name: Ethernet
        kind: ethernet
        dhcp: false
        addresses:
          - address: 192.168.10.5
            mask: 255.255.255.0
            state: preferred
          - address: fe80::5efe:c0a8:a05%12
            kind: link-local
            state: preferred
        gateways: [192.168.10.1]
        dns_servers: [10.1.1.4]
      # A 6in4 tunnel (RFC 4213, IP protocol 41) to a tunnel broker.
      - name: he-ipv6
        kind: tunnel
        tunnel: 6in4
        description: Hurricane Electric 6in4 tunnel
        addresses:
          - address: 2001:470:1f0a:a6f::2
            mask: "64"
            state: preferred
        gateways: ["2001:470:1f0a:a6f::1"]
        tunnel_local: 192.168.10.5
        tunnel_remote: 216.66.80.26
  - name: LAPTOP7
    os: Windows 10
    interfaces:
      - name: Wi-Fi
        kind: wireless
        dhcp: true
        autoconfiguration: true
        addresses:
          - address: 169.254.33.7
            mask: 255.255.0.0
            kind: autoconfiguration
            state: preferred
          - address: 2001:db8:10::1c2d
            kind: temporary
            state: deprecated
      - name: Teredo Tunneling Pseudo-Interface
        kind: tunnel
        tunnel: teredo
        media_disconnected: true
domain:
  dns_name: corp.contoso.com
  netbios_name: CORP
  sid: S-1-5-21-1004336348-1177238915-682003330
  sync_account:
    name: CORP\AAD_4f2a
    dn: CN=AAD_4f2a,CN=Users,DC=corp,DC=contoso,DC=com
  writeback: [password, group]
  objects:
    - dn: DC=corp,DC=contoso,DC=com
      classes: [top, domain, domainDNS]
      sid: S-1-5-21-1004336348-1177238915-682003330
      sddl: O:BAG:BAD:AI(A;;RP;;;AU)(OA;CIIO;CR;00299570-246d-11d0-a768-00aa006e0529;bf967aba-0de6-11d0-a285-00aa003049e2;S-1-5-21-1004336348-1177238915-682003330-1107)
    - dn: OU=Staff,DC=corp,DC=contoso,DC=com
      classes: [top, organizationalUnit]
      sddl: O:DAG:DAD:AI(A;;LCRPLORC;;;AU)(A;CI;CCDC;bf967aba-0de6-11d0-a285-00aa003049e2;;S-1-5-21-1004336348-1177238915-682003330-1105)
    - dn: OU=Servers,DC=corp,DC=contoso,DC=com
      classes: [top, organizationalUnit]
    - dn: OU=Workstations,DC=corp,DC=contoso,DC=com
      classes: [top, organizationalUnit]
    - dn: OU=Groups,DC=corp,DC=contoso,DC=com
      classes: [top, organizationalUnit]
    - dn: OU=Service Accounts,DC=corp,DC=contoso,DC=com
      classes: [top, organizationalUnit]
    - dn: CN=Users,DC=corp,DC=contoso,DC=com
      classes: [top, container]
    - dn: CN=Computers,DC=corp,DC=contoso,DC=com
      classes: [top, container]
    - dn: CN=AdminSDHolder,CN=System,DC=corp,DC=contoso,DC=com
      classes: [top, container]
      sddl: O:DAG:DAD:PAI(A;;GA;;;DA)(A;;GA;;;EA)(A;;GA;;;SY)(A;;RPLCLORC;;;AU)
    # A protected admin: adminCount=1 and a protected DACL (SDProp, every 60 minutes).
    - dn: CN=Ann Admin,OU=Staff,DC=corp,DC=contoso,DC=com
      classes: [top, person, organizationalPerson, user]
      sid: S-1-5-21-1004336348-1177238915-682003330-1104
      member_of: ["CN=Domain Admins,CN=Users,DC=corp,DC=contoso,DC=com"]
      admin_count: 1
      sddl: O:DAG:DAD:PAI(A;;GA;;;DA)(A;;GA;;;EA)(A;;GA;;;SY)(A;;RPLCLORC;;;AU)
      attributes:
        sAMAccountName: ann.admin
        userPrincipalName: ann.admin@corp.contoso.com
    # An inetOrgPerson user: a subclass of user that some tools and rules overlook.
    - dn: CN=Ian Org,OU=Staff,DC=corp,DC=contoso,DC=com
      classes: [top, person, organizationalPerson, user, inetOrgPerson]
      sid: S-1-5-21-1004336348-1177238915-682003330-1106
      member_of: ["CN=Lab Users,OU=Groups,DC=corp,DC=contoso,DC=com"]
      attributes:
        sAMAccountName: ian.org
    - dn: CN=Bob User,OU=Staff,DC=corp,DC=contoso,DC=com
      classes: [top, person, organizationalPerson, user]
      sid: S-1-5-21-1004336348-1177238915-682003330-1108
      member_of: ["CN=Lab Users,OU=Groups,DC=corp,DC=contoso,DC=com"]
      attributes:
        sAMAccountName: bob.user
    - dn: CN=AAD_4f2a,CN=Users,DC=corp,DC=contoso,DC=com
      classes: [top, person, organizationalPerson, user]
      sid: S-1-5-21-1004336348-1177238915-682003330-1107
      attributes:
        sAMAccountName: AAD_4f2a
        description: Entra Connect sync connector account
    - dn: CN=svc-join,OU=Service Accounts,DC=corp,DC=contoso,DC=com
      classes: [top, person, organizationalPerson, user]
      sid: S-1-5-21-1004336348-1177238915-682003330-1105
      attributes:
        sAMAccountName: svc-join
    - dn: CN=Domain Admins,CN=Users,DC=corp,DC=contoso,DC=com
      classes: [top, group]
      sid: S-1-5-21-1004336348-1177238915-682003330-512
      members: ["CN=Ann Admin,OU=Staff,DC=corp,DC=contoso,DC=com"]
      admin_count: 1
    - dn: CN=Lab Users,OU=Groups,DC=corp,DC=contoso,DC=com
      classes: [top, group]
      sid: S-1-5-21-1004336348-1177238915-682003330-1110
      members:
        - CN=Ian Org,OU=Staff,DC=corp,DC=contoso,DC=com
        - CN=Bob User,OU=Staff,DC=corp,DC=contoso,DC=com
    - dn: CN=APP1,OU=Servers,DC=corp,DC=contoso,DC=com
      classes: [top, person, organizationalPerson, user, computer]
      sid: S-1-5-21-1004336348-1177238915-682003330-1111
      attributes:
        sAMAccountName: APP1$
machines:
  # The answer file puts the computer in CN=Computers, a container, not an OU.
  - name: app1
    answer_file_text: |
      <?xml version="1.0" encoding="utf-8"?>
      <unattend xmlns="urn:schemas-microsoft-com:unattend">
        <settings pass="specialize">
          <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64"
              publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <Identification>
              <Credentials>
                <Domain>CORP</Domain>
                <Username>svc-join</Username>
                <Password>*SENSITIVE*DATA*DELETED*</Password>
              </Credentials>
              <JoinDomain>corp.contoso.com</JoinDomain>
              <MachineObjectOU>CN=Computers,DC=corp,DC=contoso,DC=com</MachineObjectOU>
            </Identification>
          </component>
        </settings>
      </unattend>
"""#
}
