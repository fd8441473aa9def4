# urllib.request: Basic authentication through HTTPBasicAuthHandler and the password
# managers, urlretrieve over HTTP (with a report hook, and ContentTooShortError for a
# truncated body), bodies of unknown length (sent chunked), and the header parsers.
import base64
import io
import os
import tempfile
import threading
import urllib.error
import urllib.request
from http.server import HTTPServer, BaseHTTPRequestHandler

GOOD = 'Basic ' + base64.b64encode(b'alice:wonderland').decode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, format, *args):
        pass

    def send_body(self, body, code=200, length=None):
        self.send_response(code)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith('/private'):
            if self.headers.get('Authorization') != GOOD:
                self.send_response(401)
                self.send_header('WWW-Authenticate', 'Basic realm="Secret Area"')
                self.send_header('Content-Length', '0')
                self.end_headers()
                return
            self.send_body(b'welcome ' + self.path.encode())
        elif self.path == '/big':
            self.send_body(b'0123456789' * 2000)
        elif self.path == '/truncated':
            self.send_body(b'only this', length=100)
            self.close_connection = True
        else:
            self.send_body(b'public')

    def do_POST(self):
        if self.headers.get('Transfer-Encoding') == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline().strip(), 16)
                chunk = self.rfile.read(size + 2)[:size]
                if not size:
                    break
                data += chunk
            kind = 'chunked'
        else:
            data = self.rfile.read(int(self.headers['Content-Length']))
            kind = 'length ' + self.headers['Content-Length']
        self.send_body(('%s: %r' % (kind, data)).encode())


server = HTTPServer(('127.0.0.1', 0), Handler)
port = server.server_address[1]
base = 'http://127.0.0.1:%d' % port
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()

print('-- Basic authentication')
try:
    urllib.request.urlopen(base + '/private')
except urllib.error.HTTPError as e:
    print(e.code, e.reason, e.headers['WWW-Authenticate'])
    e.close()

manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
manager.add_password(None, base + '/private', 'alice', 'wonderland')
opener = urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(manager))
with opener.open(base + '/private/page') as r:
    print(r.status, r.read())

manager = urllib.request.HTTPPasswordMgr()
manager.add_password('Secret Area', '127.0.0.1:%d' % port, 'alice', 'wonderland')
handler = urllib.request.HTTPBasicAuthHandler(manager)
with urllib.request.build_opener(handler).open(base + '/private/two') as r:
    print(r.read())

handler = urllib.request.HTTPBasicAuthHandler()
handler.add_password('Secret Area', base, 'alice', 'wrong')
try:
    urllib.request.build_opener(handler).open(base + '/private/x')
except urllib.error.HTTPError as e:
    print('wrong password:', e.code)
    e.close()

prior = urllib.request.HTTPPasswordMgrWithPriorAuth()
prior.add_password(None, base, 'alice', 'wonderland', is_authenticated=True)
print(prior.is_authenticated(base + '/private/y'), prior.find_user_password(None, base + '/a'))
with urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(prior)).open(
        base + '/private/prior') as r:
    print(r.read())

m = urllib.request.HTTPPasswordMgr()
m.add_password('r', ['http://example.com/docs/', 'example.org:8080'], 'u', 'p')
for uri in ['http://example.com/docs/a', 'http://example.com:80/docs/', 'example.com/docs',
            'http://example.com/other', 'http://example.org:8080/x', 'example.org:8080']:
    print(uri, m.find_user_password('r', uri))
print(m.find_user_password('other', 'http://example.com/docs/'))
print(m.reduce_uri('https://h/p'), m.reduce_uri('h:1'), m.reduce_uri('http://h', False))

print('-- urlretrieve over HTTP')
tmp = tempfile.TemporaryDirectory()
target = os.path.join(tmp.name, 'big.txt')
hooks = []
name, headers = urllib.request.urlretrieve(base + '/big', target,
                                           lambda n, bs, size: hooks.append((n, bs, size)))
print(name == target, os.path.getsize(target), headers['Content-Length'], hooks)
try:
    urllib.request.urlretrieve(base + '/truncated', os.path.join(tmp.name, 't.txt'))
except urllib.error.ContentTooShortError as e:
    print(type(e).__name__, e, e.content[0].endswith('t.txt'), e.content[1]['Content-Length'])
except Exception as e:
    # http.client notices the short body first
    print(type(e).__name__, e)
tmp.cleanup()

print('-- request bodies')
for data in [b'bytes body', bytearray(b'bytearray'), io.BytesIO(b'a file'),
             iter([b'it', b'er', b'able'])]:
    req = urllib.request.Request(base + '/post', data=data)
    with urllib.request.urlopen(req) as r:
        print(type(data).__name__, r.read(), req.get_header('Content-length'),
              req.get_header('Transfer-encoding'))
req = urllib.request.Request(base + '/post', data=b'x', headers={'Content-length': '1'})
with urllib.request.urlopen(req) as r:
    print(r.read())

server.shutdown()
server.server_close()
thread.join()

print('-- parsers')
print(urllib.request.parse_http_list('a, b="c, d", e\\,f, "g\\"h", , i'))
print(urllib.request.parse_keqv_list(['realm="x y"', 'nonce=abc', 'q=""']))
print(urllib.request.request_host(urllib.request.Request('http://WWW.Example.COM:81/x')))
print(urllib.request.HTTPRedirectHandler.max_repeats,
      urllib.request.HTTPRedirectHandler.max_redirections)
print(urllib.request.BaseHandler.handler_order, urllib.request.ProxyHandler.handler_order,
      urllib.request.HTTPErrorProcessor.handler_order)
print(urllib.request.AbstractBasicAuthHandler.rx.findall('Basic realm="one", Digest realm=two'))

# expect: -- Basic authentication
# expect: 401 Unauthorized Basic realm="Secret Area"
# expect: 200 b'welcome /private/page'
# expect: b'welcome /private/two'
# expect: wrong password: 401
# expect: True ('alice', 'wonderland')
# expect: b'welcome /private/prior'
# expect: http://example.com/docs/a ('u', 'p')
# expect: http://example.com:80/docs/ ('u', 'p')
# expect: example.com/docs (None, None)
# expect: http://example.com/other (None, None)
# expect: http://example.org:8080/x ('u', 'p')
# expect: example.org:8080 ('u', 'p')
# expect: (None, None)
# expect: ('h:443', '/p') ('h:1', '/') ('h', '/')
# expect: -- urlretrieve over HTTP
# expect: True 20000 20000 [(0, 8192, 20000), (1, 8192, 20000), (2, 8192, 20000), (3, 8192, 20000)]
# expect: ContentTooShortError <urlopen error retrieval incomplete: got only 9 out of 100 bytes> True 100
# expect: -- request bodies
# expect: bytes b"length 10: b'bytes body'" 10 None
# expect: bytearray b"length 9: b'bytearray'" 9 None
# expect: BytesIO b"chunked: b'a file'" None chunked
# expect: list_iterator b"chunked: b'iterable'" None chunked
# expect: b"length 1: b'x'"
# expect: -- parsers
# expect: ['a', 'b="c, d"', 'e\\', 'f', '"g"h"', '', 'i']
# expect: {'realm': 'x y', 'nonce': 'abc', 'q': ''}
# expect: www.example.com
# expect: 4 10
# expect: 500 100 1000
# expect: [('Basic', '"', 'one'), ('Digest', '', 'two')]
