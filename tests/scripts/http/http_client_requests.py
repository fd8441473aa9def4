# http.client against a tiny local server: GET and POST with bodies, headers sent and
# received, keep-alive (two requests on one connection), a 404, Connection: close and
# reconnecting, HEAD, and bodies sent from a file and an iterable (chunked).
import http.client
import io
import socket
import threading


class Reader:
    """Reads HTTP requests from a socket (with recv only)."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = b''

    def _more(self):
        data = self.sock.recv(4096)
        self.buf += data
        return bool(data)

    def line(self):
        while b'\n' not in self.buf and self._more():
            pass
        end = self.buf.find(b'\n') + 1 or len(self.buf)
        line, self.buf = self.buf[:end], self.buf[end:]
        return line

    def exact(self, n):
        while len(self.buf) < n and self._more():
            pass
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def request(self):
        first = self.line()
        if not first:
            return None
        headers = []
        while True:
            line = self.line()
            if line in (b'\r\n', b''):
                break
            name, _, value = line.decode('latin-1').partition(':')
            headers.append((name, value.strip()))
        lower = {k.lower(): v for k, v in headers}
        body = b''
        if 'content-length' in lower:
            body = self.exact(int(lower['content-length']))
        elif lower.get('transfer-encoding') == 'chunked':
            sizes = []
            while True:
                size = int(self.line(), 16)
                sizes.append(size)
                if size == 0:
                    self.line()
                    break
                body += self.exact(size)
                self.line()
            headers.append(('(chunk sizes)', str(sizes)))
        return first.decode().strip(), headers, body


class Server:
    """Accepts `count` connections one after another in a thread; handler(sock, n, log)
    serves connection n."""

    def __init__(self, handler, count=1):
        self.sock = socket.create_server(('127.0.0.1', 0))
        self.sock.settimeout(5)
        self.port = self.sock.getsockname()[1]
        self.log = []
        self.thread = threading.Thread(target=self.run, args=(handler, count))
        self.thread.start()

    def run(self, handler, count):
        for n in range(count):
            conn, _ = self.sock.accept()
            conn.settimeout(5)
            try:
                handler(conn, n, self.log)
            finally:
                conn.close()

    def stop(self):
        self.thread.join()
        self.sock.close()
        for entry in self.log:
            print('server:', entry)


def shown_headers(headers):
    # the Host header names the (changing) port: show it without
    return [(k, 'localhost:PORT' if k == 'Host' else v) for k, v in headers]


def echo(conn, n, log):
    # Answers each request on the connection with a description of it, keeping the
    # connection open, until the client closes it.
    reader = Reader(conn)
    count = 0
    while True:
        request = reader.request()
        if request is None:
            break
        count += 1
        line, headers, body = request
        log.append('conn %d request %d: %s %s %r' % (n, count, line, shown_headers(headers), body))
        if line.startswith('GET /missing'):
            payload = b'no such page'
            conn.sendall(b'HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n'
                         b'Content-Length: %d\r\n\r\n%s' % (len(payload), payload))
            continue
        if line.startswith('GET /bye'):
            conn.sendall(b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\nbye')
            break
        payload = ('%s; body=%r' % (line, body)).encode()
        head = (b'HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n'
                b'Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Request-Number: %d\r\n'
                b'Content-Length: %d\r\n\r\n' % (count, len(payload)))
        if line.startswith('HEAD'):
            conn.sendall(head)
        else:
            conn.sendall(head + payload)


server = Server(echo, count=2)
conn = http.client.HTTPConnection('localhost', server.port, timeout=5)
print(conn.host, conn.sock)

# GET with headers
conn.request('GET', '/index.html?q=1', headers={'User-Agent': 'minitest/1.0', 'X-Number': 7})
first_sock = conn.sock
resp = conn.getresponse()
print(resp.status, resp.reason, resp.version, resp.getcode())
print(resp.getheader('Content-Type'), resp.getheader('set-cookie'), resp.getheader('X-Missing'),
      resp.getheader('X-Missing', 'default'))
print(resp.headers.get_all('Set-Cookie'), resp.msg['x-request-number'], 'content-length' in resp.msg)
print([name for name, value in resp.getheaders()])
print(resp.read())
print(resp.isclosed(), resp.closed, conn.sock is first_sock)

# POST with a bytes body, on the same (kept-alive) connection
conn.request('POST', '/form', body=b'name=value&x=1',
             headers={'Content-Type': 'application/x-www-form-urlencoded'})
resp = conn.getresponse()
print(resp.status, resp.getheader('X-Request-Number'), resp.read(), conn.sock is first_sock)

# POST with a str body (sent as Latin-1), PUT without a body
conn.request('POST', '/text', body='caf\xe9')
print(conn.getresponse().read())
conn.request('PUT', '/empty')
print(conn.getresponse().read())

# a body from a file object and from an iterable: sent chunked
conn.request('POST', '/file', body=io.BytesIO(b'file contents'))
print(conn.getresponse().read())
conn.request('POST', '/iter', body=iter([b'one,', b'', b'two,', b'three']))
print(conn.getresponse().read())
conn.request('POST', '/explicit', body=[b'ab', b'cd'], headers={'Content-Length': '4'})
print(conn.getresponse().read())

# HEAD: headers only
conn.request('HEAD', '/head')
resp = conn.getresponse()
print(resp.status, resp.getheader('Content-Length'), resp.read(), resp.isclosed())

# a 404
conn.request('GET', '/missing')
resp = conn.getresponse()
print(resp.status, resp.reason, resp.read(), resp.status == http.client.NOT_FOUND,
      http.client.responses[resp.status])

# Connection: close ends the connection: the response keeps the socket until read
conn.request('GET', '/bye')
resp = conn.getresponse()
print(resp.will_close, conn.sock is None, resp.read(), resp.isclosed())

# the next request opens a new connection
conn.request('GET', '/again')
resp = conn.getresponse()
print(resp.read(), conn.sock is first_sock)
conn.close()
print(conn.sock)
server.stop()

# expect: localhost None
# expect: 200 OK 11 200
# expect: text/plain; charset=utf-8 a=1, b=2 None default
# expect: ['a=1', 'b=2'] 1 True
# expect: ['Content-Type', 'Set-Cookie', 'Set-Cookie', 'X-Request-Number', 'Content-Length']
# expect: b"GET /index.html?q=1 HTTP/1.1; body=b''"
# expect: True False True
# expect: 200 2 b"POST /form HTTP/1.1; body=b'name=value&x=1'" True
# expect: b"POST /text HTTP/1.1; body=b'caf\\xe9'"
# expect: b"PUT /empty HTTP/1.1; body=b''"
# expect: b"POST /file HTTP/1.1; body=b'file contents'"
# expect: b"POST /iter HTTP/1.1; body=b'one,two,three'"
# expect: b"POST /explicit HTTP/1.1; body=b'abcd'"
# expect: 200 29 b'' True
# expect: 404 Not Found b'no such page' True Not Found
# expect: True True b'bye' True
# expect: b"GET /again HTTP/1.1; body=b''" False
# expect: None
# expect: server: conn 0 request 1: GET /index.html?q=1 HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity'), ('User-Agent', 'minitest/1.0'), ('X-Number', '7')] b''
# expect: server: conn 0 request 2: POST /form HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity'), ('Content-Length', '14'), ('Content-Type', 'application/x-www-form-urlencoded')] b'name=value&x=1'
# expect: server: conn 0 request 3: POST /text HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity'), ('Content-Length', '4')] b'caf\xe9'
# expect: server: conn 0 request 4: PUT /empty HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity'), ('Content-Length', '0')] b''
# expect: server: conn 0 request 5: POST /file HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity'), ('Transfer-Encoding', 'chunked'), ('(chunk sizes)', '[13, 0]')] b'file contents'
# expect: server: conn 0 request 6: POST /iter HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity'), ('Transfer-Encoding', 'chunked'), ('(chunk sizes)', '[4, 4, 5, 0]')] b'one,two,three'
# expect: server: conn 0 request 7: POST /explicit HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity'), ('Content-Length', '4')] b'abcd'
# expect: server: conn 0 request 8: HEAD /head HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity')] b''
# expect: server: conn 0 request 9: GET /missing HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity')] b''
# expect: server: conn 0 request 10: GET /bye HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity')] b''
# expect: server: conn 1 request 1: GET /again HTTP/1.1 [('Host', 'localhost:PORT'), ('Accept-Encoding', 'identity')] b''
