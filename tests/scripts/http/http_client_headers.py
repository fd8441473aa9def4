# Headers: parse_headers() and HTTPMessage (an email.message.Message), headers received
# from a local server (repeated, folded, Latin-1), what set_debuglevel() prints (with a
# fake socket, so no port shows), and the email.utils date helpers HTTP uses.
import email.message
import email.utils
import http.client
import io
import socket
import threading

raw = (b'Content-Type: text/html; charset="ISO-8859-1"; q=0.5\r\n'
       b'Set-Cookie: one=1\r\n'
       b'set-cookie: two=2\r\n'
       b'X-Folded: first part\r\n'
       b'  second part\r\n'
       b'X-Latin: caf\xe9\r\n'
       b'Content-Length: 42\r\n'
       b'\r\n'
       b'body bytes stay unread')
fp = io.BytesIO(raw)
msg = http.client.parse_headers(fp)
print(type(msg).__name__, isinstance(msg, email.message.Message), fp.read())
print(len(msg), msg.keys())
print(msg['content-type'], '|', msg.get('CONTENT-LENGTH'), '|', msg['x-nothing'], '|', msg.get('x-nothing', 'dflt'))
print(msg.get_all('Set-Cookie'), msg.get_all('x-nothing'), msg.get_all('x-nothing', []))
print('set-cookie' in msg, 'Cookie' in msg, list(msg), msg.values()[:2])
print(msg.items()[3], repr(msg['X-Latin']))
print(msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype(), msg.get_content_charset())
print(msg.get_param('charset'), msg.get_param('q'), msg.get_param('nope'), msg.get_param('nope', 'x'), msg.get_params())
print(repr(msg.as_string()))
print(repr(str(msg)))
print(msg.getallmatchingheaders('Set-Cookie'))
empty = http.client.parse_headers(io.BytesIO(b'\r\n'))
print(len(empty), empty.get_content_type(), empty.get_content_charset(), empty.get_param('charset'), repr(str(empty)))
del msg['set-cookie']
msg['X-Added'] = 'new'
print(msg.keys())

# The headers of a real response
def serve(sock):
    conn, _ = sock.accept()
    conn.settimeout(5)
    try:
        data = b''
        while b'\r\n\r\n' not in data:
            more = conn.recv(4096)
            if not more:
                break
            data += more
        conn.sendall(b'HTTP/1.1 201 Created\r\n'
                     b'Location: /things/1\r\n'
                     b'Vary: Accept\r\n'
                     b'VARY: Cookie\r\n'
                     b'X-Long: a\r\n\tb\r\n'
                     b'Content-Type: application/json; charset=utf-8\r\n'
                     b'Content-Length: 2\r\n'
                     b'\r\n{}')
    finally:
        conn.close()

server = socket.create_server(('127.0.0.1', 0))
server.settimeout(5)
thread = threading.Thread(target=serve, args=(server,))
thread.start()
conn = http.client.HTTPConnection('localhost', server.getsockname()[1], timeout=5)
conn.request('POST', '/things', body=b'{}', headers={'Content-Type': 'application/json'})
resp = conn.getresponse()
print(resp.status, resp.reason, resp.msg is resp.headers, resp.info() is resp.msg)
print(resp.getheader('vary'), '|', repr(resp.getheader('x-long')), '|', resp.getheader('location'))
print(resp.getheaders())
print(resp.headers.get_content_type(), resp.headers.get_content_charset(), resp.read())
conn.close()
thread.join()
server.close()


# What the debug level prints, over a fake socket
class FakeSocket:
    def __init__(self, reply):
        self.reply = reply
        self.sent = b''

    def sendall(self, data):
        self.sent += data

    def makefile(self, mode, bufsize=None):
        return io.BytesIO(self.reply)

    def setsockopt(self, *args):
        pass

    def close(self):
        pass


fake = FakeSocket(b'HTTP/1.1 200 OK\r\nServer: fake\r\nContent-Length: 5\r\n\r\nhello')
conn = http.client.HTTPConnection('example.com')
conn._create_connection = lambda *args: fake
conn.set_debuglevel(1)
conn.request('POST', '/debug', body=b'payload', headers={'X-One': '1'})
resp = conn.getresponse()
print(resp.read())
conn.set_debuglevel(0)
print(fake.sent)
conn.close()

# Dates as HTTP writes them
print(email.utils.formatdate(0, usegmt=True))
print(email.utils.formatdate(1700000000))
print(email.utils.parsedate_to_datetime('Sun, 06 Nov 1994 08:49:37 GMT'))
print(email.utils.parsedate('Sunday, 06-Nov-94 08:49:37 GMT'))
print(email.utils.parsedate_tz('Sun Nov  6 08:49:37 1994'))
print(email.utils.mktime_tz(email.utils.parsedate_tz('Sun, 06 Nov 1994 08:49:37 +0100')))

# expect: HTTPMessage True b'body bytes stay unread'
# expect: 6 ['Content-Type', 'Set-Cookie', 'set-cookie', 'X-Folded', 'X-Latin', 'Content-Length']
# expect: text/html; charset="ISO-8859-1"; q=0.5 | 42 | None | dflt
# expect: ['one=1', 'two=2'] None []
# expect: True False ['Content-Type', 'Set-Cookie', 'set-cookie', 'X-Folded', 'X-Latin', 'Content-Length'] ['text/html; charset="ISO-8859-1"; q=0.5', 'one=1']
# expect: ('X-Folded', 'first part\r\n  second part') 'café'
# expect: text/html text html iso-8859-1
# expect: ISO-8859-1 0.5 None x [('text/html', ''), ('charset', 'ISO-8859-1'), ('q', '0.5')]
# expect: 'Content-Type: text/html; charset="ISO-8859-1"; q=0.5\nSet-Cookie: one=1\nset-cookie: two=2\nX-Folded: first part\n  second part\nX-Latin: =?utf-8?b?Y2Fmw6k=?=\nContent-Length: 42\n\n'
# expect: 'Content-Type: text/html; charset="ISO-8859-1"; q=0.5\nSet-Cookie: one=1\nset-cookie: two=2\nX-Folded: first part\n  second part\nX-Latin: =?utf-8?b?Y2Fmw6k=?=\nContent-Length: 42\n\n'
# expect: []
# expect: 0 text/plain None None '\n'
# expect: ['Content-Type', 'X-Folded', 'X-Latin', 'Content-Length', 'X-Added']
# expect: 201 Created True True
# expect: Accept, Cookie | 'a\r\n\tb' | /things/1
# expect: [('Location', '/things/1'), ('Vary', 'Accept'), ('VARY', 'Cookie'), ('X-Long', 'a\r\n\tb'), ('Content-Type', 'application/json; charset=utf-8'), ('Content-Length', '2')]
# expect: application/json utf-8 b'{}'
# expect: send: b'POST /debug HTTP/1.1\r\nHost: example.com\r\nAccept-Encoding: identity\r\nContent-Length: 7\r\nX-One: 1\r\n\r\n'
# expect: send: b'payload'
# expect: reply: 'HTTP/1.1 200 OK\r\n'
# expect: header: Server: fake
# expect: header: Content-Length: 5
# expect: b'hello'
# expect: b'POST /debug HTTP/1.1\r\nHost: example.com\r\nAccept-Encoding: identity\r\nContent-Length: 7\r\nX-One: 1\r\n\r\npayload'
# expect: Thu, 01 Jan 1970 00:00:00 GMT
# expect: Tue, 14 Nov 2023 22:13:20 -0000
# expect: 1994-11-06 08:49:37+00:00
# expect: (1994, 11, 6, 8, 49, 37, 0, 1, -1)
# expect: (1994, 11, 6, 8, 49, 37, 0, 1, -1, 0)
# expect: 784108177
