# Reading response bodies from a local server: read(amt), readline, readlines, readinto,
# read1, peek, iteration, chunked transfer decoding (chunks split across reads, chunk
# extensions, trailers), HTTP/1.0 bodies read to the end of the connection, and the
# response as a context manager.
import http.client
import io
import socket
import threading


class Server:
    """Serves `responses` one connection each: reads the request head, sends the canned
    response (a list of byte strings, sent one by one), closes."""

    def __init__(self, responses):
        self.sock = socket.create_server(('127.0.0.1', 0))
        self.sock.settimeout(5)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self.run, args=(responses,))
        self.thread.start()

    def run(self, responses):
        for pieces in responses:
            conn, _ = self.sock.accept()
            conn.settimeout(5)
            try:
                data = b''
                while b'\r\n\r\n' not in data:
                    more = conn.recv(4096)
                    if not more:
                        break
                    data += more
                for piece in pieces:
                    conn.sendall(piece)
            finally:
                conn.close()

    def stop(self):
        self.thread.join()
        self.sock.close()


def chunked(*chunks, trailer=b''):
    out = b''
    for chunk in chunks:
        out += b'%x\r\n%s\r\n' % (len(chunk), chunk)
    return out + b'0\r\n' + trailer + b'\r\n'


BODY = b'first line\nsecond line\nthird line without end'
PLAIN = b'HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n' % len(BODY)
CHUNKED = b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n'

responses = [
    [PLAIN + BODY],                                        # read(amt)
    [PLAIN, BODY[:15], BODY[15:]],                         # readline, in two packets
    [PLAIN + BODY],                                        # iteration
    [PLAIN + BODY],                                        # readinto
    [CHUNKED + chunked(b'Hello, ', b'chunked ', b'world!')],   # chunked read()
    [CHUNKED + chunked(b'ab\ncd', b'ef\n', b'gh')],            # chunked readline
    [CHUNKED, b'5;name=value\r\nhello\r\n', b'6\r\n world\r\n',
     b'0\r\nX-Trailer: yes\r\n\r\n'],                      # extensions, trailer, read(amt)
    [CHUNKED + chunked(b'0123456789', b'abcdef')],         # chunked readinto, read1
    [b'HTTP/1.0 200 OK\r\nServer: old\r\n\r\n', b'no length, ', b'ends at close'],
    [PLAIN + BODY],                                        # read1, peek, context manager
]
server = Server(responses)
port = server.port


def get(path='/'):
    conn = http.client.HTTPConnection('localhost', port, timeout=5)
    conn.request('GET', path)
    return conn, conn.getresponse()


conn, resp = get()
print(resp.length, resp.read(5), resp.length, resp.read(0), resp.read(6), resp.length)
print(resp.read(1000), resp.length, resp.isclosed(), resp.read(5), resp.read())
conn.close()

conn, resp = get()
print(resp.readline(), resp.readline(3), resp.readline(), resp.readline(), resp.readline(), resp.isclosed())
conn.close()

conn, resp = get()
print(list(resp), resp.isclosed())
conn.close()

conn, resp = get()
buf = bytearray(16)
sizes = []
while True:
    n = resp.readinto(buf)
    if not n:
        break
    sizes.append((n, bytes(buf[:n])))
print(sizes, resp.isclosed())
conn.close()

conn, resp = get()
print(resp.chunked, resp.length, resp.getheader('transfer-encoding'), resp.read(), resp.isclosed())
conn.close()

conn, resp = get()
print(resp.readline(), resp.readline(), resp.readline(), resp.readline(), resp.isclosed())
conn.close()

conn, resp = get()
print(resp.read(3), resp.read(4), resp.read(100), resp.read(), resp.isclosed())
conn.close()

conn, resp = get()
buf = bytearray(7)
n = resp.readinto(buf)
print(n, bytes(buf[:n]), resp.read1(2), resp.read1(), resp.read1(100), resp.read1(), resp.isclosed())
conn.close()

conn, resp = get()
print(resp.version, resp.will_close, resp.length, conn.sock is None, resp.read(), resp.isclosed())
conn.close()

conn, resp = get()
with resp as r:
    print(r is resp, r.closed, r.read1(4), r.peek(1)[:1], r.read(6), r.readable(), r.seekable())
print(resp.closed, resp.isclosed(), resp.read(), resp.readline(), list(resp))
try:
    with resp:
        pass
except ValueError as exc:
    print('ValueError:', exc)
try:
    resp.fileno()
except AttributeError:
    print('fileno() of a closed response: AttributeError')
print(isinstance(resp, io.BufferedIOBase))
conn.close()
server.stop()

# expect: 45 b'first' 40 b'' b' line\n' 34
# expect: b'second line\nthird line without end' 0 True b'' b''
# expect: b'first line\n' b'sec' b'ond line\n' b'third line without end' b'' False
# expect: [b'first line\n', b'second line\n', b'third line without end'] False
# expect: [(16, b'first line\nsecon'), (16, b'd line\nthird lin'), (13, b'e without end')] True
# expect: True None chunked b'Hello, chunked world!' True
# expect: b'ab\n' b'cdef\n' b'gh' b'' True
# expect: b'hel' b'lo w' b'orld' b'' True
# expect: 7 b'0123456' b'78' b'9' b'abcdef' b'' True
# expect: 10 True None True b'no length, ends at close' True
# expect: True False b'firs' b't' b't line' True False
# expect: True True b'' b'' []
# expect: ValueError: I/O operation on closed file.
# expect: fileno() of a closed response: AttributeError
# expect: True
