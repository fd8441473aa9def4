# Tests for the ipaddress module.
import ipaddress as ip

a = ip.ip_address("192.168.1.10")
print(repr(a), str(a), int(a), a.packed, a.version, a.max_prefixlen)
print(a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_reserved, a.is_link_local)
print(a + 5, a - 10, a.reverse_pointer, a.exploded, a.compressed)
for s in ["8.8.8.8", "127.0.0.1", "224.0.0.1", "100.64.0.1", "0.0.0.0", "169.254.1.1", "240.0.0.1"]:
    x = ip.ip_address(s)
    print(s, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_reserved, x.is_unspecified)
b = ip.ip_address("2001:db8:0:0:1:0:0:1")
print(repr(b), b.exploded, b.compressed, b.is_private, b.is_global)
for s in ["::1", "::", "fe80::1", "ff02::1", "2606:4700::1111", "1:0:0:2::", "0:1:0:1:0:1:0:1", "::ffff:10.0.0.1", "fec0::5"]:
    x = ip.IPv6Address(s)
    print(repr(x), x.is_loopback, x.is_link_local, x.is_multicast, x.is_private, x.is_site_local, x.ipv4_mapped)
print(ip.IPv6Address("fe80::1%eth0"), ip.IPv6Address("fe80::1%eth0").scope_id)
print(ip.IPv4Address(b"\x01\x02\x03\x04"), ip.IPv6Address(1), ip.IPv6Address(2**128 - 1))
print(ip.ip_address(3232235777), ip.ip_address(2**32))
print(ip.IPv6Address("::ffff:1.2.3.4").ipv4_mapped, b.reverse_pointer)

n = ip.ip_network("192.168.0.0/24")
print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.num_addresses, n.prefixlen)
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, n.is_private, n.is_global)
print(list(ip.ip_network("10.0.0.0/29").hosts()))
print(list(ip.ip_network("10.0.0.0/31").hosts()), ip.ip_network("10.0.0.1/32").hosts())
print(list(n.subnets(2)), list(n.subnets(new_prefix=26))[1])
print(n.supernet(), n.supernet(new_prefix=16), n.supernet(prefixlen_diff=3))
print(ip.ip_address("192.168.0.77") in n, ip.ip_address("192.168.1.1") in n)
print(n.overlaps(ip.ip_network("192.168.0.128/25")), n.overlaps(ip.ip_network("10.0.0.0/8")))
print(ip.ip_network("192.168.0.64/26").subnet_of(n), n.supernet_of(ip.ip_network("192.168.0.64/26")), n.subnet_of(ip.ip_network("192.168.0.64/26")))
print(n[0], n[-1], n[5])
print(ip.IPv4Network("10.0.0.0/255.255.0.0"), ip.IPv4Network("10.0.0.0/0.0.0.255"), ip.IPv4Network(("10.1.0.0", 16)))
print(ip.ip_network("10.1.2.3/8", strict=False))
print(list(ip.ip_network("192.0.2.0/28").address_exclude(ip.ip_network("192.0.2.1/32"))))
n6 = ip.ip_network("2001:db8::/32")
print(repr(n6), n6.num_addresses, n6.netmask, n6.hostmask, n6.broadcast_address, n6.exploded)
print(list(ip.ip_network("2001:db8::/126").hosts()))
print(list(n6.subnets(prefixlen_diff=2)))
print(sorted([ip.ip_address("10.0.0.2"), ip.ip_address("10.0.0.1"), ip.ip_address("9.255.255.255")]))
print(sorted([ip.ip_network("10.0.0.0/16"), ip.ip_network("10.0.0.0/8"), ip.ip_network("9.0.0.0/8")]))
print(ip.ip_address("1.2.3.4") == ip.IPv4Address("1.2.3.4"), ip.ip_address("1.2.3.4") != ip.ip_address("::1"))
print(ip.ip_address("1.2.3.4") < ip.ip_address("1.2.3.5"), ip.ip_network("1.0.0.0/8") <= ip.ip_network("1.0.0.0/8"))
print(len({ip.ip_address("1.2.3.4"), ip.ip_address("1.2.3.4"), ip.ip_network("1.2.3.4/32")}))
print(hash(ip.ip_address("1.2.3.4")) == hash(ip.IPv4Address("1.2.3.4")))
print(list(ip.summarize_address_range(ip.IPv4Address("192.0.2.0"), ip.IPv4Address("192.0.2.130"))))
print(list(ip.summarize_address_range(ip.IPv6Address("::1"), ip.IPv6Address("::8"))))
print(list(ip.collapse_addresses([ip.ip_network("192.0.2.0/25"), ip.ip_network("192.0.2.128/25"), ip.ip_address("192.0.3.0"), ip.ip_network("192.0.2.64/26")])))
i = ip.ip_interface("192.168.5.9/24")
print(repr(i), i.ip, i.network, i.netmask, i.with_prefixlen, i.with_netmask, i.hostmask)
i6 = ip.ip_interface("2001:db8::5/64")
print(repr(i6), i6.ip, i6.network)
print(f"{a}", format(a, "b")[:8], format(b, "x"))

bad = [
    lambda: ip.ip_address("1.2.3"),
    lambda: ip.ip_address("hello"),
    lambda: ip.IPv4Address("1.2.3"),
    lambda: ip.IPv4Address("1.2.3.256"),
    lambda: ip.IPv4Address("1.2.3.x"),
    lambda: ip.IPv4Address("1.2.03.4"),
    lambda: ip.IPv4Address("1..3.4"),
    lambda: ip.IPv4Address("1.2.3.1234"),
    lambda: ip.IPv4Address(""),
    lambda: ip.IPv4Address("1.2.3.4/24"),
    lambda: ip.IPv4Address(-1),
    lambda: ip.IPv4Address(2**32),
    lambda: ip.IPv4Address(b"\x01"),
    lambda: ip.IPv6Address("1:2"),
    lambda: ip.IPv6Address("1::2::3"),
    lambda: ip.IPv6Address("1:2:3:4:5:6:7:8:9"),
    lambda: ip.IPv6Address("g::1"),
    lambda: ip.IPv6Address("12345::1"),
    lambda: ip.IPv6Address(":1:2:3:4:5:6:7"),
    lambda: ip.IPv6Address("1:2:3:4:5:6:7:"),
    lambda: ip.IPv6Address("1:2:3:4:5:6:7"),
    lambda: ip.IPv6Address("1:2:3:4::5:6:7:8"),
    lambda: ip.ip_network("192.168.0.1/24"),
    lambda: ip.ip_network("10.0.0.0/33"),
    lambda: ip.IPv4Network("10.0.0.0/33"),
    lambda: ip.IPv4Network("10.0.0.0/255.0.255.0"),
    lambda: ip.IPv4Network("1.2.3.4/5/6"),
    lambda: ip.IPv6Network("::/129"),
    lambda: ip.ip_interface("nope"),
    lambda: ip.ip_address("1.2.3.4") < ip.ip_address("::1"),
    lambda: ip.ip_address("1.2.3.4") < ip.ip_network("1.2.3.4/32"),
    lambda: list(ip.ip_network("10.0.0.0/8").subnets(new_prefix=4)),
    lambda: list(ip.ip_network("10.0.0.0/8").subnets(prefixlen_diff=30)),
    lambda: ip.ip_network("10.0.0.0/8").supernet(new_prefix=12),
    lambda: ip.ip_network("10.0.0.0/8").supernet(prefixlen_diff=9),
    lambda: ip.ip_network("10.0.0.0/30")[4],
    lambda: list(ip.summarize_address_range(ip.IPv4Address("1.1.1.2"), ip.IPv4Address("1.1.1.1"))),
    lambda: list(ip.collapse_addresses([ip.ip_address("1.1.1.1"), ip.ip_address("::1")])),
    lambda: ip.ip_network("10.0.0.0/8").subnet_of(ip.ip_network("::/0")),
]
for f in bad:
    try:
        print("no error", f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
# expect: IPv4Address('192.168.1.10') 192.168.1.10 3232235786 b'\xc0\xa8\x01\n' 4 32
# expect: True False False False False False
# expect: 192.168.1.15 192.168.1.0 10.1.168.192.in-addr.arpa 192.168.1.10 192.168.1.10
# expect: 8.8.8.8 False True False False False False
# expect: 127.0.0.1 True False True False False False
# expect: 224.0.0.1 False True False True False False
# expect: 100.64.0.1 False False False False False False
# expect: 0.0.0.0 True False False False False True
# expect: 169.254.1.1 True False False False False False
# expect: 240.0.0.1 True False False False True False
# expect: IPv6Address('2001:db8::1:0:0:1') 2001:0db8:0000:0000:0001:0000:0000:0001 2001:db8::1:0:0:1 True False
# expect: IPv6Address('::1') True False False True False None
# expect: IPv6Address('::') False False False True False None
# expect: IPv6Address('fe80::1') False True False True False None
# expect: IPv6Address('ff02::1') False False True False False None
# expect: IPv6Address('2606:4700::1111') False False False False False None
# expect: IPv6Address('1:0:0:2::') False False False False False None
# expect: IPv6Address('0:1:0:1:0:1:0:1') False False False False False None
# expect: IPv6Address('::ffff:a00:1') False False False True False 10.0.0.1
# expect: IPv6Address('fec0::5') False False False False True None
# expect: fe80::1%eth0 eth0
# expect: 1.2.3.4 ::1 ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
# expect: 192.168.1.1 ::1:0:0
# expect: 1.2.3.4 1.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa
# expect: IPv4Network('192.168.0.0/24') 192.168.0.0 192.168.0.255 255.255.255.0 0.0.0.255 256 24
# expect: 192.168.0.0/24 192.168.0.0/255.255.255.0 192.168.0.0/0.0.0.255 True False
# expect: [IPv4Address('10.0.0.1'), IPv4Address('10.0.0.2'), IPv4Address('10.0.0.3'), IPv4Address('10.0.0.4'), IPv4Address('10.0.0.5'), IPv4Address('10.0.0.6')]
# expect: [IPv4Address('10.0.0.0'), IPv4Address('10.0.0.1')] [IPv4Address('10.0.0.1')]
# expect: [IPv4Network('192.168.0.0/26'), IPv4Network('192.168.0.64/26'), IPv4Network('192.168.0.128/26'), IPv4Network('192.168.0.192/26')] 192.168.0.64/26
# expect: 192.168.0.0/23 192.168.0.0/16 192.168.0.0/21
# expect: True False
# expect: True False
# expect: True True False
# expect: 192.168.0.0 192.168.0.255 192.168.0.5
# expect: 10.0.0.0/16 10.0.0.0/24 10.1.0.0/16
# expect: 10.0.0.0/8
# expect: [IPv4Network('192.0.2.8/29'), IPv4Network('192.0.2.4/30'), IPv4Network('192.0.2.2/31'), IPv4Network('192.0.2.0/32')]
# expect: IPv6Network('2001:db8::/32') 79228162514264337593543950336 ffff:ffff:: ::ffff:ffff:ffff:ffff:ffff:ffff 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff 2001:0db8:0000:0000:0000:0000:0000:0000/32
# expect: [IPv6Address('2001:db8::1'), IPv6Address('2001:db8::2'), IPv6Address('2001:db8::3')]
# expect: [IPv6Network('2001:db8::/34'), IPv6Network('2001:db8:4000::/34'), IPv6Network('2001:db8:8000::/34'), IPv6Network('2001:db8:c000::/34')]
# expect: [IPv4Address('9.255.255.255'), IPv4Address('10.0.0.1'), IPv4Address('10.0.0.2')]
# expect: [IPv4Network('9.0.0.0/8'), IPv4Network('10.0.0.0/8'), IPv4Network('10.0.0.0/16')]
# expect: True True
# expect: True True
# expect: 2
# expect: True
# expect: [IPv4Network('192.0.2.0/25'), IPv4Network('192.0.2.128/31'), IPv4Network('192.0.2.130/32')]
# expect: [IPv6Network('::1/128'), IPv6Network('::2/127'), IPv6Network('::4/126'), IPv6Network('::8/128')]
# expect: [IPv4Network('192.0.2.0/24'), IPv4Network('192.0.3.0/32')]
# expect: IPv4Interface('192.168.5.9/24') 192.168.5.9 192.168.5.0/24 255.255.255.0 192.168.5.9/24 192.168.5.9/255.255.255.0 0.0.0.255
# expect: IPv6Interface('2001:db8::5/64') 2001:db8::5 2001:db8::/64
# expect: 192.168.1.10 11000000 20010db8000000000001000000000001
# expect: ValueError: '1.2.3' does not appear to be an IPv4 or IPv6 address
# expect: ValueError: 'hello' does not appear to be an IPv4 or IPv6 address
# expect: AddressValueError: Expected 4 octets in '1.2.3'
# expect: AddressValueError: Octet 256 (> 255) not permitted in '1.2.3.256'
# expect: AddressValueError: Only decimal digits permitted in 'x' in '1.2.3.x'
# expect: AddressValueError: Leading zeros are not permitted in '03' in '1.2.03.4'
# expect: AddressValueError: Empty octet not permitted in '1..3.4'
# expect: AddressValueError: At most 3 characters permitted in '1234' in '1.2.3.1234'
# expect: AddressValueError: Address cannot be empty
# expect: AddressValueError: Unexpected '/' in '1.2.3.4/24'
# expect: AddressValueError: -1 (< 0) is not permitted as an IPv4 address
# expect: AddressValueError: 4294967296 (>= 2**32) is not permitted as an IPv4 address
# expect: AddressValueError: b'\x01' (len 1 != 4) is not permitted as an IPv4 address
# expect: AddressValueError: At least 3 parts expected in '1:2'
# expect: AddressValueError: At most one '::' permitted in '1::2::3'
# expect: AddressValueError: Exactly 8 parts expected without '::' in '1:2:3:4:5:6:7:8:9'
# expect: AddressValueError: Only hex digits permitted in 'g' in 'g::1'
# expect: AddressValueError: At most 4 characters permitted in '12345' in '12345::1'
# expect: AddressValueError: Leading ':' only permitted as part of '::' in ':1:2:3:4:5:6:7'
# expect: AddressValueError: Trailing ':' only permitted as part of '::' in '1:2:3:4:5:6:7:'
# expect: AddressValueError: Exactly 8 parts expected without '::' in '1:2:3:4:5:6:7'
# expect: AddressValueError: Expected at most 7 other parts with '::' in '1:2:3:4::5:6:7:8'
# expect: ValueError: 192.168.0.1/24 has host bits set
# expect: ValueError: '10.0.0.0/33' does not appear to be an IPv4 or IPv6 network
# expect: NetmaskValueError: '33' is not a valid netmask
# expect: NetmaskValueError: '255.0.255.0' is not a valid netmask
# expect: AddressValueError: Only one '/' permitted in '1.2.3.4/5/6'
# expect: NetmaskValueError: '129' is not a valid netmask
# expect: ValueError: 'nope' does not appear to be an IPv4 or IPv6 interface
# expect: TypeError: 1.2.3.4 and ::1 are not of the same version
# expect: TypeError: '<' not supported between instances of 'IPv4Address' and 'IPv4Network'
# expect: ValueError: new prefix must be longer
# expect: ValueError: prefix length diff 38 is invalid for netblock 10.0.0.0/8
# expect: ValueError: new prefix must be shorter
# expect: ValueError: current prefixlen is 8, cannot have a prefixlen_diff of 9
# expect: IndexError: address out of range
# expect: ValueError: last IP address must be greater than first
# expect: TypeError: ::1 and 1.1.1.1 are not of the same version
# expect: TypeError: 10.0.0.0/8 and ::/0 are not of the same version
