# uuid (parsing, views, uuid1/3/4/5, ordering, immutability), secrets, errno and os.strerror.
import uuid, secrets, errno, os
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time, u.clock_seq, u.node)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'x'))
v4 = uuid.uuid4(); v1 = uuid.uuid1()
print(v4.version, v4.variant, len(str(v4)), v1.version, v1.variant, uuid.uuid1() != v1, v1 < uuid.uuid1() or True, len({uuid.uuid4() for _ in range(100)}))
for bad in (lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: setattr(u, 'int', 3), lambda: uuid.UUID(int=1, version=9)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), hash(u) == hash(u.int), int(u) == u.int, u.is_safe)
print(len(secrets.token_bytes()), len(secrets.token_hex(8)), len(secrets.token_urlsafe(16)), 0 <= secrets.randbelow(10) < 10, secrets.choice("ab") in "ab", secrets.randbits(8) < 256, secrets.compare_digest(b"a", b"a"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
print(errno.ENOENT, errno.EEXIST, errno.errorcode[errno.EACCES], os.strerror(errno.ENOENT))
try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])

# expect: 12345678-1234-5678-1234-567812345678 UUID('12345678-1234-5678-1234-567812345678') 12345678123456781234567812345678 24197857161011715162171839636988778104 b'\x124Vx\x124Vx\x124Vx\x124Vx' b'xV4\x124\x12xV\x124Vx\x124Vx' (305419896, 4660, 22136, 18, 52, 95073701484152) None reserved for NCS compatibility urn:uuid:12345678-1234-5678-1234-567812345678 466142576285865592 4660 95073701484152
# expect: True True True True True
# expect: 6fa459ea-ee8a-3ca4-894e-db77e160355e 886313e1-3b8a-5372-9b90-0c9aee199e5d 4cd605e7-afa2-5360-b5b9-c5e9fb5c76f4
# expect: 4 specified in RFC 4122 36 1 specified in RFC 4122 True True 100
# expect: ValueError badly formed hexadecimal UUID string
# expect: TypeError one of the hex, bytes, bytes_le, fields, or int arguments must be given
# expect: ValueError int is out of range (need a 128-bit value)
# expect: TypeError UUID objects are immutable
# expect: ValueError illegal version number
# expect: [UUID('00000000-0000-0000-0000-000000000002'), UUID('00000000-0000-0000-0000-000000000005')] True True SafeUUID.unknown
# expect: 32 16 22 True True True True
# expect: Upper bound must be positive.
# expect: 2 17 EACCES No such file or directory
# expect: True ENOENT
