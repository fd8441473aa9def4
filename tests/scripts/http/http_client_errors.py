# Failures with a local server: IncompleteRead (short Content-Length body, truncated and
# malformed chunked bodies), RemoteDisconnected when the server closes without answering,
# BadStatusLine and UnknownProtocol, 100 Continue skipped, and the connection's state
# errors (CannotSendRequest, CannotSendHeader, ResponseNotReady, InvalidURL).
import http.client
import socket
import threading


class Server:
    """Serves one connection per entry of `responses`: reads the request head, sends the
    bytes (None: sends nothing), then closes."""

    def __init__(self, responses):
        self.sock = socket.create_server(('127.0.0.1', 0))
        self.sock.settimeout(5)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self.run, args=(responses,))
        self.thread.start()

    def run(self, responses):
        for data in responses:
            conn, _ = self.sock.accept()
            conn.settimeout(5)
            try:
                request = b''
                while b'\r\n\r\n' not in request:
                    more = conn.recv(4096)
                    if not more:
                        break
                    request += more
                if data is not None:
                    conn.sendall(data)
            finally:
                conn.close()

    def stop(self):
        self.thread.join()
        self.sock.close()


responses = [
    b'HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\nonly ten b',           # read()
    b'HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\nonly ten b',           # read(amt)
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n8\r\nefg',
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\nzz\r\n',
    None,                                                                # no answer
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n',  # no last chunk
    b'SPAM/1.0 200 OK\r\n\r\n',
    b'HTTP/1.1 2x0 OK\r\n\r\n',
    b'HTTP/3 200 OK\r\n\r\n',
    b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone',
]
server = Server(responses)


def attempt(label, action):
    try:
        result = action()
    except http.client.HTTPException as exc:
        print(label, '->', type(exc).__name__, repr(exc))
        return exc
    except ConnectionError as exc:
        print(label, '->', type(exc).__name__, exc)
        return exc
    print(label, '->', result)


def request():
    conn = http.client.HTTPConnection('localhost', server.port, timeout=5)
    conn.request('GET', '/')
    return conn


conn = request()
resp = conn.getresponse()
exc = attempt('read()', resp.read)
print(exc.partial, exc.expected, str(exc) == object.__str__(exc), resp.isclosed())
conn.close()

conn = request()
resp = conn.getresponse()
print(resp.read(5), resp.read(100), resp.read(100), resp.isclosed())
conn.close()

conn = request()
resp = conn.getresponse()
exc = attempt('chunked read()', resp.read)
print(exc.partial, exc.expected, repr(exc.__cause__), resp.isclosed())
conn.close()

conn = request()
resp = conn.getresponse()
exc = attempt('bad chunk size', resp.read)
print(exc.partial, resp.isclosed())
conn.close()

conn = request()
exc = attempt('no answer', conn.getresponse)
print(isinstance(exc, http.client.RemoteDisconnected), isinstance(exc, ConnectionResetError),
      isinstance(exc, http.client.BadStatusLine), exc.args, conn.sock)
conn.close()

conn = request()
resp = conn.getresponse()
exc = attempt('no last chunk', resp.read)
print(exc.partial)
conn.close()

for label in ('bad protocol', 'bad status', 'unknown version'):
    conn = request()
    exc = attempt(label, conn.getresponse)
    print(exc.args, conn.sock is None)
    conn.close()

conn = request()
resp = conn.getresponse()
print(resp.status, resp.reason, resp.read())
conn.close()
server.stop()

# State errors (no network needed: nothing is sent)
conn = http.client.HTTPConnection('localhost', 1)
attempt('getresponse() before a request', conn.getresponse)
attempt('putheader() before putrequest()', lambda: conn.putheader('X', 'y'))
attempt('endheaders() before putrequest()', conn.endheaders)
conn.putrequest('GET', '/')
attempt('putrequest() twice', lambda: conn.putrequest('GET', '/'))
attempt('getresponse() before endheaders()', conn.getresponse)
attempt('bad URL', lambda: http.client.HTTPConnection('localhost', 1).putrequest('GET', '/a b'))
attempt('bad host', lambda: http.client.HTTPConnection('local\nhost', 1))
try:
    http.client.HTTPConnection('localhost', 1).putrequest('GET\r\n', '/')
except ValueError as exc:
    print('ValueError:', exc)
for name, value in (('Bad Name:', 'v'), ('X', 'line\nbreak')):
    c = http.client.HTTPConnection('localhost', 1)
    c.putrequest('GET', '/')
    try:
        c.putheader(name, value)
    except ValueError as exc:
        print('ValueError:', exc)
conn.close()

# expect: read() -> IncompleteRead IncompleteRead(10 bytes read, 10 more expected)
# expect: b'only ten b' 10 True True
# expect: b'only ' b'ten b' b'' True
# expect: chunked read() -> IncompleteRead IncompleteRead(4 bytes read)
# expect: b'abcd' None IncompleteRead(3 bytes read, 5 more expected) False
# expect: bad chunk size -> IncompleteRead IncompleteRead(4 bytes read)
# expect: b'abcd' True
# expect: no answer -> RemoteDisconnected RemoteDisconnected('Remote end closed connection without response')
# expect: True True True ('Remote end closed connection without response',) None
# expect: no last chunk -> IncompleteRead IncompleteRead(4 bytes read)
# expect: b'abcd'
# expect: bad protocol -> BadStatusLine BadStatusLine('SPAM/1.0 200 OK\r\n')
# expect: ('SPAM/1.0 200 OK\r\n',) False
# expect: bad status -> BadStatusLine BadStatusLine('HTTP/1.1 2x0 OK\r\n')
# expect: ('HTTP/1.1 2x0 OK\r\n',) False
# expect: unknown version -> UnknownProtocol UnknownProtocol('HTTP/3')
# expect: ('HTTP/3',) False
# expect: 200 OK b'done'
# expect: getresponse() before a request -> ResponseNotReady ResponseNotReady('Idle')
# expect: putheader() before putrequest() -> CannotSendHeader CannotSendHeader()
# expect: endheaders() before putrequest() -> CannotSendHeader CannotSendHeader()
# expect: putrequest() twice -> CannotSendRequest CannotSendRequest('Request-started')
# expect: getresponse() before endheaders() -> ResponseNotReady ResponseNotReady('Request-started')
# expect: bad URL -> InvalidURL InvalidURL("URL can't contain control characters. '/a b' (found at least ' ')")
# expect: bad host -> InvalidURL InvalidURL("URL can't contain control characters. 'local\\nhost' (found at least '\\n')")
# expect: ValueError: method can't contain control characters. 'GET\r\n' (found at least '\r')
# expect: ValueError: Invalid header name b'Bad Name:'
# expect: ValueError: Invalid header value b'line\nbreak'
