# http.server: a BaseHTTPRequestHandler subclass answering GET and POST, error pages,
# unsupported methods, malformed request lines, HTTP/0.9 and keep-alive, talked to over
# a plain socket so that the exact bytes of each response can be checked.
import socket
import threading
from http import HTTPStatus
from http.server import HTTPServer, BaseHTTPRequestHandler

log = []


class Handler(BaseHTTPRequestHandler):
    server_version = "TestServer/1.0"

    def log_message(self, format, *args):
        # the address and the time vary: keep only the message
        log.append(format % args)

    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404)
            return
        if self.path == '/teapot':
            self.send_error(418, "I'm a <teapot>", "Short & stout")
            return
        if self.path == '/nocontent':
            self.send_error(HTTPStatus.NO_CONTENT)
            return
        body = ('you asked for %s with %s\n' % (self.path, self.request_version)).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers['Content-Length'])
        data = self.rfile.read(length)
        body = b'got ' + data.upper() + b' as ' + self.headers.get_content_type().encode()
        self.send_response(HTTPStatus.CREATED)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class KeepAliveHandler(Handler):
    protocol_version = "HTTP/1.1"


def read_response(f):
    """Status line, headers (without Date and Server) and body of one response."""
    status = f.readline().decode('latin-1')
    if not status.startswith('HTTP/'):
        # an HTTP/0.9 answer: no status line, no headers
        return '(no status line)', [], (status.encode('latin-1') + f.read())
    status = status.rstrip('\r\n')
    headers = []
    length = None
    while True:
        line = f.readline().decode('latin-1')
        if line in ('\r\n', '\n', ''):
            break
        name, value = line.rstrip('\r\n').split(': ', 1)
        if name.lower() == 'content-length':
            length = int(value)
        if name not in ('Date', 'Server'):
            headers.append(name + ': ' + value)
    if length is None:
        body = f.read()
    else:
        body = f.read(length)
    return status, headers, body


def exchange(port, raw):
    with socket.create_connection(('127.0.0.1', port)) as s:
        s.sendall(raw)
        f = s.makefile('rb')
        result = read_response(f)
        f.close()
    return result


def show(title, result):
    status, headers, body = result
    print('==', title)
    print(status)
    for h in headers:
        print('  ' + h)
    for line in body.decode('utf-8').splitlines():
        print('  | ' + line)


server = HTTPServer(('127.0.0.1', 0), Handler)
port = server.server_address[1]
print(server.server_port == port, server.allow_reuse_address)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()

show('GET', exchange(port, b'GET /hello?x=1 HTTP/1.0\r\n\r\n'))
show('POST', exchange(port, b'POST /form HTTP/1.0\r\nContent-Type: text/x-test\r\n'
                            b'Content-Length: 5\r\n\r\nabcde'))
show('404', exchange(port, b'GET /missing HTTP/1.0\r\n\r\n'))
show('418 custom', exchange(port, b'GET /teapot HTTP/1.0\r\n\r\n'))
show('204', exchange(port, b'GET /nocontent HTTP/1.0\r\n\r\n'))
show('501', exchange(port, b'BREW /pot HTTP/1.0\r\n\r\n'))
show('bad version', exchange(port, b'GET / HTTP/x.y\r\n\r\n'))
show('HTTP/2', exchange(port, b'GET / HTTP/2.0\r\n\r\n'))
show('bad syntax', exchange(port, b'GET / x HTTP/1.0\r\n\r\n'))
show('0.9 POST', exchange(port, b'POST /x\r\n'))
show('0.9 GET', exchange(port, b'GET /old\r\n\r\n'))
show('HEAD error', exchange(port, b'HEAD /x HTTP/1.0\r\n\r\n'))
show('double slash', exchange(port, b'GET //evil.example/x HTTP/1.0\r\n\r\n'))
show('414', exchange(port, b'GET /' + b'a' * 65540 + b' HTTP/1.0\r\n\r\n'))

server.shutdown()
server.server_close()
thread.join()

# keep-alive: two requests on one connection with HTTP/1.1, then Connection: close
server = HTTPServer(('127.0.0.1', 0), KeepAliveHandler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()
with socket.create_connection(('127.0.0.1', port)) as s:
    f = s.makefile('rb')
    s.sendall(b'GET /one HTTP/1.1\r\nHost: x\r\n\r\n')
    show('keep-alive 1', read_response(f))
    s.sendall(b'GET /two HTTP/1.1\r\nHost: x\r\n\r\n')
    show('keep-alive 2', read_response(f))
    s.sendall(b'GET /three HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    show('keep-alive 3', read_response(f))
    print('after close:', f.read())
    f.close()
with socket.create_connection(('127.0.0.1', port)) as s:
    f = s.makefile('rb')
    s.sendall(b'GET /ten HTTP/1.0\r\n\r\n')
    show('1.0 to a 1.1 server', read_response(f))
    print('after 1.0:', f.read())
    f.close()
with socket.create_connection(('127.0.0.1', port)) as s:
    f = s.makefile('rb')
    s.sendall(b'POST /up HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n'
              b'Content-Length: 3\r\nConnection: close\r\n\r\n')
    print(f.readline(), f.readline())
    s.sendall(b'xyz')
    show('after 100-continue', read_response(f))
    f.close()
server.shutdown()
server.server_close()
thread.join()

print('-- log')
for line in log:
    print(line[:80])

# the handler's tables and helpers
print(Handler.responses[404], Handler.responses[HTTPStatus.OK][0])
print(BaseHTTPRequestHandler.server_version, BaseHTTPRequestHandler.protocol_version)
print(BaseHTTPRequestHandler.sys_version.startswith('Python/3.'))
print(BaseHTTPRequestHandler.default_request_version,
      BaseHTTPRequestHandler.error_content_type)
h = BaseHTTPRequestHandler.__new__(BaseHTTPRequestHandler)
h.client_address = ('10.1.2.3', 5555)
print(h.address_string(), h.date_time_string(0), h.date_time_string(1e9 + 0.7))
print(h.version_string().split()[0])
print(len(h.log_date_time_string()), h.log_date_time_string()[2] == '/')
print(BaseHTTPRequestHandler.weekdayname[:2], BaseHTTPRequestHandler.monthname[:3])

# expect: True 1
# expect: == GET
# expect: HTTP/1.0 200 OK
# expect:   Content-Type: text/plain
# expect:   Content-Length: 39
# expect:   | you asked for /hello?x=1 with HTTP/1.0
# expect: == POST
# expect: HTTP/1.0 201 Created
# expect:   Content-Length: 24
# expect:   | got ABCDE as text/x-test
# expect: == 404
# expect: HTTP/1.0 404 Not Found
# expect:   Connection: close
# expect:   Content-Type: text/html;charset=utf-8
# expect:   Content-Length: 330
# expect:   | <!DOCTYPE HTML>
# expect:   | <html lang="en">
# expect:   |     <head>
# expect:   |         <meta charset="utf-8">
# expect:   |         <title>Error response</title>
# expect:   |     </head>
# expect:   |     <body>
# expect:   |         <h1>Error response</h1>
# expect:   |         <p>Error code: 404</p>
# expect:   |         <p>Message: Not Found.</p>
# expect:   |         <p>Error code explanation: 404 - Nothing matches the given URI.</p>
# expect:   |     </body>
# expect:   | </html>
# expect: == 418 custom
# expect: HTTP/1.0 418 I'm a <teapot>
# expect:   Connection: close
# expect:   Content-Type: text/html;charset=utf-8
# expect:   Content-Length: 329
# expect:   | <!DOCTYPE HTML>
# expect:   | <html lang="en">
# expect:   |     <head>
# expect:   |         <meta charset="utf-8">
# expect:   |         <title>Error response</title>
# expect:   |     </head>
# expect:   |     <body>
# expect:   |         <h1>Error response</h1>
# expect:   |         <p>Error code: 418</p>
# expect:   |         <p>Message: I'm a &lt;teapot&gt;.</p>
# expect:   |         <p>Error code explanation: 418 - Short &amp; stout.</p>
# expect:   |     </body>
# expect:   | </html>
# expect: == 204
# expect: HTTP/1.0 204 No Content
# expect:   Connection: close
# expect: == 501
# expect: HTTP/1.0 501 Unsupported method ('BREW')
# expect:   Connection: close
# expect:   Content-Type: text/html;charset=utf-8
# expect:   Content-Length: 357
# expect:   | <!DOCTYPE HTML>
# expect:   | <html lang="en">
# expect:   |     <head>
# expect:   |         <meta charset="utf-8">
# expect:   |         <title>Error response</title>
# expect:   |     </head>
# expect:   |     <body>
# expect:   |         <h1>Error response</h1>
# expect:   |         <p>Error code: 501</p>
# expect:   |         <p>Message: Unsupported method ('BREW').</p>
# expect:   |         <p>Error code explanation: 501 - Server does not support this operation.</p>
# expect:   |     </body>
# expect:   | </html>
# expect: == bad version
# expect: (no status line)
# expect:   | <!DOCTYPE HTML>
# expect:   | <html lang="en">
# expect:   |     <head>
# expect:   |         <meta charset="utf-8">
# expect:   |         <title>Error response</title>
# expect:   |     </head>
# expect:   |     <body>
# expect:   |         <h1>Error response</h1>
# expect:   |         <p>Error code: 400</p>
# expect:   |         <p>Message: Bad request version ('HTTP/x.y').</p>
# expect:   |         <p>Error code explanation: 400 - Bad request syntax or unsupported method.</p>
# expect:   |     </body>
# expect:   | </html>
# expect: == HTTP/2
# expect: (no status line)
# expect:   | <!DOCTYPE HTML>
# expect:   | <html lang="en">
# expect:   |     <head>
# expect:   |         <meta charset="utf-8">
# expect:   |         <title>Error response</title>
# expect:   |     </head>
# expect:   |     <body>
# expect:   |         <h1>Error response</h1>
# expect:   |         <p>Error code: 505</p>
# expect:   |         <p>Message: Invalid HTTP version (2.0).</p>
# expect:   |         <p>Error code explanation: 505 - Cannot fulfill request.</p>
# expect:   |     </body>
# expect:   | </html>
# expect: == bad syntax
# expect: HTTP/1.0 400 Bad request syntax ('GET / x HTTP/1.0')
# expect:   Connection: close
# expect:   Content-Type: text/html;charset=utf-8
# expect:   Content-Length: 371
# expect:   | <!DOCTYPE HTML>
# expect:   | <html lang="en">
# expect:   |     <head>
# expect:   |         <meta charset="utf-8">
# expect:   |         <title>Error response</title>
# expect:   |     </head>
# expect:   |     <body>
# expect:   |         <h1>Error response</h1>
# expect:   |         <p>Error code: 400</p>
# expect:   |         <p>Message: Bad request syntax ('GET / x HTTP/1.0').</p>
# expect:   |         <p>Error code explanation: 400 - Bad request syntax or unsupported method.</p>
# expect:   |     </body>
# expect:   | </html>
# expect: == 0.9 POST
# expect: (no status line)
# expect:   | <!DOCTYPE HTML>
# expect:   | <html lang="en">
# expect:   |     <head>
# expect:   |         <meta charset="utf-8">
# expect:   |         <title>Error response</title>
# expect:   |     </head>
# expect:   |     <body>
# expect:   |         <h1>Error response</h1>
# expect:   |         <p>Error code: 400</p>
# expect:   |         <p>Message: Bad HTTP/0.9 request type ('POST').</p>
# expect:   |         <p>Error code explanation: 400 - Bad request syntax or unsupported method.</p>
# expect:   |     </body>
# expect:   | </html>
# expect: == 0.9 GET
# expect: (no status line)
# expect:   | you asked for /old with HTTP/0.9
# expect: == HEAD error
# expect: HTTP/1.0 501 Unsupported method ('HEAD')
# expect:   Connection: close
# expect:   Content-Type: text/html;charset=utf-8
# expect:   Content-Length: 357
# expect: == double slash
# expect: HTTP/1.0 200 OK
# expect:   Content-Type: text/plain
# expect:   Content-Length: 44
# expect:   | you asked for /evil.example/x with HTTP/1.0
# expect: == 414
# expect: HTTP/1.0 414 Request-URI Too Long
# expect:   Connection: close
# expect:   Content-Type: text/html;charset=utf-8
# expect:   Content-Length: 327
# expect:   | <!DOCTYPE HTML>
# expect:   | <html lang="en">
# expect:   |     <head>
# expect:   |         <meta charset="utf-8">
# expect:   |         <title>Error response</title>
# expect:   |     </head>
# expect:   |     <body>
# expect:   |         <h1>Error response</h1>
# expect:   |         <p>Error code: 414</p>
# expect:   |         <p>Message: Request-URI Too Long.</p>
# expect:   |         <p>Error code explanation: 414 - URI is too long.</p>
# expect:   |     </body>
# expect:   | </html>
# expect: == keep-alive 1
# expect: HTTP/1.1 200 OK
# expect:   Content-Type: text/plain
# expect:   Content-Length: 33
# expect:   | you asked for /one with HTTP/1.1
# expect: == keep-alive 2
# expect: HTTP/1.1 200 OK
# expect:   Content-Type: text/plain
# expect:   Content-Length: 33
# expect:   | you asked for /two with HTTP/1.1
# expect: == keep-alive 3
# expect: HTTP/1.1 200 OK
# expect:   Content-Type: text/plain
# expect:   Content-Length: 35
# expect:   | you asked for /three with HTTP/1.1
# expect: after close: b''
# expect: == 1.0 to a 1.1 server
# expect: HTTP/1.1 200 OK
# expect:   Content-Type: text/plain
# expect:   Content-Length: 33
# expect:   | you asked for /ten with HTTP/1.0
# expect: after 1.0: b''
# expect: b'HTTP/1.1 100 Continue\r\n' b'\r\n'
# expect: == after 100-continue
# expect: HTTP/1.1 201 Created
# expect:   Content-Length: 21
# expect:   | got XYZ as text/plain
# expect: -- log
# expect: "GET /hello?x=1 HTTP/1.0" 200 -
# expect: "POST /form HTTP/1.0" 201 -
# expect: code 404, message Not Found
# expect: "GET /missing HTTP/1.0" 404 -
# expect: code 418, message I'm a <teapot>
# expect: "GET /teapot HTTP/1.0" 418 -
# expect: code 204, message No Content
# expect: "GET /nocontent HTTP/1.0" 204 -
# expect: code 501, message Unsupported method ('BREW')
# expect: "BREW /pot HTTP/1.0" 501 -
# expect: code 400, message Bad request version ('HTTP/x.y')
# expect: "GET / HTTP/x.y" 400 -
# expect: code 505, message Invalid HTTP version (2.0)
# expect: "GET / HTTP/2.0" 505 -
# expect: code 400, message Bad request syntax ('GET / x HTTP/1.0')
# expect: "GET / x HTTP/1.0" 400 -
# expect: code 400, message Bad HTTP/0.9 request type ('POST')
# expect: "POST /x" 400 -
# expect: "GET /old" 200 -
# expect: code 501, message Unsupported method ('HEAD')
# expect: "HEAD /x HTTP/1.0" 501 -
# expect: "GET //evil.example/x HTTP/1.0" 200 -
# expect: code 414, message Request-URI Too Long
# expect: "" 414 -
# expect: "GET /one HTTP/1.1" 200 -
# expect: "GET /two HTTP/1.1" 200 -
# expect: "GET /three HTTP/1.1" 200 -
# expect: "GET /ten HTTP/1.0" 200 -
# expect: "POST /up HTTP/1.1" 201 -
# expect: ('Not Found', 'Nothing matches the given URI') OK
# expect: BaseHTTP/0.6 HTTP/1.0
# expect: True
# expect: HTTP/0.9 text/html;charset=utf-8
# expect: 10.1.2.3 Thu, 01 Jan 1970 00:00:00 GMT Sun, 09 Sep 2001 01:46:40 GMT
# expect: BaseHTTP/0.6
# expect: 20 True
# expect: ['Mon', 'Tue'] [None, 'Jan', 'Feb']
