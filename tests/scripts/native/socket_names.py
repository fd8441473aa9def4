# socket's name services as CPython's on Linux (the C library's resolver, /etc/hosts):
# getaddrinfo with its enum members and AI_PASSIVE's wildcard address, getnameinfo,
# gethostbyname/_ex, gethostbyaddr, getfqdn, services and protocols by name, interface
# names, and the address conversions (inet_pton/ntop/aton/ntoa, htonl/htons...).
import socket

print(socket.getaddrinfo(None, 8000, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0])
print(socket.getaddrinfo(None, 8000, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_DGRAM))
print(socket.getaddrinfo('127.0.0.1', 80))
print(socket.getaddrinfo('localhost', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', 443, type=socket.SOCK_STREAM))
print(socket.getaddrinfo(b'127.0.0.1', b'53', proto=socket.IPPROTO_UDP))
info = socket.getaddrinfo('127.0.0.1', 9, flags=socket.AI_CANONNAME)[0]
print(info[3], type(info[0]).__name__, type(info[1]).__name__, type(info[2]).__name__)
for host, port in (('no.such.host.invalid', 80), ('localhost', 'no-such-service'), ('localhost', 1.5), (None, None)):
    try:
        socket.getaddrinfo(host, port)
    except socket.gaierror as e:
        print('gaierror', e.errno, e.strerror, isinstance(e, OSError))
    except OSError as e:
        print('OSError', e)

print(socket.gethostbyname('localhost'), socket.gethostbyname(''), socket.gethostbyname('<broadcast>'),
      socket.gethostbyname('10.1.2.3'))
name, aliases, addresses = socket.gethostbyname_ex('localhost')
print(name, '127.0.0.1' in addresses)
print(socket.gethostbyaddr('127.0.0.1')[0], socket.getfqdn('127.0.0.1'), socket.getfqdn('localhost'))
print(socket.getfqdn('no.such.host.invalid'), isinstance(socket.getfqdn(), str))
try:
    socket.gethostbyname_ex('no.such.host.invalid')
except socket.gaierror as e:
    print('gaierror', e)
try:
    socket.gethostbyaddr('10.255.255.1')
except socket.herror as e:
    print('herror', e, e.errno, issubclass(socket.herror, OSError))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('127.0.0.1', 22), socket.NI_NUMERICHOST))
print(socket.getservbyname('http'), socket.getservbyname('domain', 'udp'), socket.getservbyport(443),
      socket.getservbyport(22, 'tcp'), socket.getprotobyname('tcp'), socket.getprotobyname('udp'))
for call, args in ((socket.getservbyname, ('no-such-service',)), (socket.getservbyport, (70000,)),
                   (socket.getprotobyname, ('no-such-protocol',))):
    try:
        call(*args)
    except (OSError, OverflowError) as e:
        print(type(e).__name__, e)

print(socket.if_nametoindex('lo'), socket.if_indextoname(1), (1, 'lo') in socket.if_nameindex())
for call, arg in ((socket.if_nametoindex, 'no-such-if'), (socket.if_indextoname, 999999)):
    try:
        call(arg)
    except OSError as e:
        print('OSError', e)

print(socket.inet_pton(socket.AF_INET, '192.168.1.2'), socket.inet_pton(socket.AF_INET6, '::ffff:1.2.3.4'))
print(socket.inet_ntop(socket.AF_INET, b'\xc0\xa8\x01\x02'), socket.inet_ntop(socket.AF_INET6, bytes(15) + b'\x01'),
      socket.inet_ntop(socket.AF_INET6, bytes.fromhex('20010db8000000000000000000000001')))
print(socket.inet_aton('127.1'), socket.inet_ntoa(b'\x0a\x00\x00\x01'))
for call, args in ((socket.inet_pton, (socket.AF_INET, '1.2.3')), (socket.inet_pton, (99, '1.2.3.4')),
                   (socket.inet_ntop, (socket.AF_INET, b'abc')), (socket.inet_ntop, (99, b'abcd')),
                   (socket.inet_aton, ('x.y',)), (socket.inet_ntoa, (b'abc',))):
    try:
        call(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(socket.htonl(1), socket.ntohl(0x01020304), socket.htons(1), socket.ntohs(0x0102))
for call, arg in ((socket.htons, -1), (socket.htons, 1 << 16), (socket.htonl, -1), (socket.htonl, 1 << 32),
                  (socket.htonl, 1.5), (socket.ntohs, 'x')):
    try:
        call(arg)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(socket.MSG_PEEK), repr(socket.AI_PASSIVE | socket.AI_CANONNAME), socket.SOCK_NONBLOCK)
print(socket.has_ipv6, socket.SOMAXCONN, socket.INADDR_LOOPBACK, socket.IPPROTO_TCP, socket.SO_REUSEPORT)

# expect: (<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('0.0.0.0', 8000))
# expect: [(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('0.0.0.0', 8000))]
# expect: [(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_DGRAM: 2>, 17, '', ('127.0.0.1', 0))]
# expect: [(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('127.0.0.1', 80)), (<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_DGRAM: 2>, 17, '', ('127.0.0.1', 80)), (<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_RAW: 3>, 0, '', ('127.0.0.1', 80))]
# expect: [(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('127.0.0.1', 80))]
# expect: [(<AddressFamily.AF_INET6: 10>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('::1', 443, 0, 0))]
# expect: [(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_DGRAM: 2>, 17, '', ('127.0.0.1', 53))]
# expect: 127.0.0.1 AddressFamily SocketKind int
# expect: gaierror -2 Name or service not known True
# expect: gaierror -8 Servname not supported for ai_socktype True
# expect: OSError Int or String expected
# expect: gaierror -2 Name or service not known True
# expect: 127.0.0.1 0.0.0.0 255.255.255.255 10.1.2.3
# expect: localhost True
# expect: localhost localhost localhost
# expect: no.such.host.invalid True
# expect: gaierror [Errno -2] Name or service not known
# expect: herror [Errno 1] Unknown host 1 True
# expect: ('127.0.0.1', '80')
# expect: ('127.0.0.1', 'ssh')
# expect: 80 53 https ssh 6 17
# expect: OSError service/proto not found
# expect: OverflowError getservbyport: port must be 0-65535.
# expect: OSError protocol not found
# expect: 1 lo True
# expect: OSError no interface with this name
# expect: OSError [Errno 6] No such device or address
# expect: b'\xc0\xa8\x01\x02' b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\x01\x02\x03\x04'
# expect: 192.168.1.2 ::1 2001:db8::1
# expect: b'\x7f\x00\x00\x01' 10.0.0.1
# expect: OSError illegal IP address string passed to inet_pton
# expect: OSError [Errno 97] Address family not supported by protocol
# expect: ValueError invalid length of packed IP address string
# expect: ValueError unknown address family 99
# expect: OSError illegal IP address string passed to inet_aton
# expect: OSError packed IP wrong length for inet_ntoa
# expect: 16777216 67305985 256 513
# expect: OverflowError htons: can't convert negative Python int to C 16-bit unsigned integer
# expect: OverflowError htons: Python int too large to convert to C 16-bit unsigned integer
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError int larger than 32 bits
# expect: TypeError expected int, float found
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: <MsgFlag.MSG_PEEK: 2> <AddressInfo.AI_PASSIVE|AI_CANONNAME: 3> 2048
# expect: True 4096 2130706433 6 15
