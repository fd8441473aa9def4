# socket.socket is a class derived from _socket.socket, as in CPython: programs derive
# their own classes from it (with attributes, __slots__, overridden methods, weak
# references); family and type are enum members; accept() gives socket.socket objects.
import _socket
import socket
import weakref

print(socket.socket.__mro__, socket.SocketType is _socket.socket)
print(socket.socket.__slots__, socket.socket.__module__)


class Counting(socket.socket):
    """A socket that counts what it sends."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sent = 0

    def send(self, data, *flags):
        n = super().send(data, *flags)
        self.sent += n
        return n


server = Counting()
server.bind(('127.0.0.1', 0))
server.listen()
print(type(server).__name__, isinstance(server, socket.socket), isinstance(server, _socket.socket))
print(repr(server).startswith('<__main__.Counting fd='), 'laddr=(' in repr(server), server.sent)
client = socket.create_connection(server.getsockname())
conn, address = server.accept()
print(type(conn), address == client.getsockname(), conn.getpeername() == address)
print(client.proto, conn.proto, server.proto, repr(client.family), repr(client.type))
text = repr(client)
print(text[:15], 'proto=6' in text, 'raddr=(' in text)
c2 = Counting(fileno=client.detach())
print(c2.send(b'hello'), c2.send(b' world'), c2.sent, conn.recv(100))
c2.close()
conn.close()
server.close()
print(repr(server).startswith('<__main__.Counting [closed] fd=-1, family=2, type=1, proto=0'))


class Tagged(socket.socket):
    __slots__ = ('tag',)


t = Tagged(socket.AF_INET, socket.SOCK_DGRAM)
t.tag = 'udp'
try:
    t.other = 1
except AttributeError as e:
    print('AttributeError:', e)
print(t.tag, t.type, t.family, t.gettimeout())
r = weakref.ref(t)
print(r() is t)
t.close()
del t
print(r())

with Counting(socket.AF_UNIX, socket.SOCK_STREAM) as u:
    print(u.family, u.getsockname() == '', u.sent)
print(u.fileno(), u._closed)


class Bare(_socket.socket):
    pass


b = Bare()
b.note = 'dict'
print(b.note, b.family, type(b.family).__name__, repr(b).startswith('<socket object, fd='))
b.close()
raw = _socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(raw.type, type(raw.type).__name__, raw.proto, repr(raw).endswith('family=2, type=2, proto=0>'))
try:
    raw.note = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    weakref.ref(raw)
except TypeError as e:
    print('TypeError:', e)
raw.close()
print(repr(raw))

# expect: (<class 'socket.socket'>, <class '_socket.socket'>, <class 'object'>) True
# expect: ['__weakref__', '_io_refs', '_closed'] socket
# expect: Counting True True
# expect: True True 0
# expect: <class 'socket.socket'> True True
# expect: 6 0 0 <AddressFamily.AF_INET: 2> <SocketKind.SOCK_STREAM: 1>
# expect: <socket.socket  True True
# expect: 5 6 11 b'hello world'
# expect: True
# expect: AttributeError: 'Tagged' object has no attribute 'other'
# expect: udp 2 2 None
# expect: True
# expect: None
# expect: 1 True 0
# expect: -1 True
# expect: dict 2 int True
# expect: 2 int 0 True
# expect: AttributeError: '_socket.socket' object has no attribute 'note'
# expect: TypeError: cannot create weak reference to '_socket.socket' object
# expect: <socket object, fd=-1, family=2, type=2, proto=0>
