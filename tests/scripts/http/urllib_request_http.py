# urllib.request over HTTP against a local http.server: GET, POST data, request
# headers, redirects, HTTPError (and reading its body), a refused connection,
# Request objects, build_opener with addheaders, and install_opener.
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import HTTPServer, BaseHTTPRequestHandler


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def reply(self, code, body, ctype='application/json', extra=()):
        data = body if isinstance(body, bytes) else json.dumps(body, sort_keys=True).encode()
        self.send_response(code)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Length', str(len(data)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(data)

    def echo(self):
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length).decode() if length else None
        seen = {k: v for k, v in self.headers.items()
                if k in ('User-Agent', 'Content-Type', 'Content-Length', 'X-Custom',
                         'Connection', 'Host', 'Accept-Encoding', 'X-Extra')}
        if 'Host' in seen:
            seen['Host'] = seen['Host'].split(':')[0]
        self.reply(200, {'method': self.command, 'path': self.path, 'body': body,
                         'headers': seen})

    def route(self):
        if self.path.startswith('/redirect/'):
            code = int(self.path.split('/')[2])
            if self.command in ('POST', 'PUT'):
                self.rfile.read(int(self.headers.get('Content-Length') or 0))
            self.send_response(code)
            self.send_header('Location', '/echo?from=%d' % code)
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif self.path == '/chain':
            self.send_response(302)
            self.send_header('Location', 'http://127.0.0.1:%d/redirect/301'
                             % self.server.server_address[1])
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif self.path == '/loop':
            self.send_response(302)
            self.send_header('Location', '/loop')
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif self.path == '/forbidden-scheme':
            self.send_response(302)
            self.send_header('Location', 'file:///etc/passwd')
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif self.path == '/missing':
            self.reply(404, b'no such thing here', 'text/plain', [('X-Why', 'testing')])
        elif self.path == '/broken':
            self.send_error(500, 'Kaboom')
        elif self.path == '/text':
            self.reply(200, b'line one\nline two\nline three\n', 'text/plain; charset=utf-8')
        else:
            self.echo()

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = route


server = HTTPServer(('127.0.0.1', 0), Handler)
port = server.server_address[1]
base = 'http://127.0.0.1:%d' % port
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()


def fetch(*args, **kwargs):
    with urllib.request.urlopen(*args, **kwargs) as r:
        data = r.read()
        result = (r.status, r.reason, r.msg, r.url == r.geturl(), r.getcode(),
                  r.headers['Content-Type'])
    try:
        body = json.loads(data)
    except ValueError:
        body = data
    return result, body


print('-- GET')
print(fetch(base + '/echo?a=1&b=two'))
with urllib.request.urlopen(base + '/text') as r:
    print(r.readline(), r.info().get_content_type(), r.info().get_content_charset())
    print(list(r))
    print(r.closed, r.isclosed())
print(r.closed)

print('-- POST')
form = urllib.parse.urlencode({'name': 'Ada Lovelace', 'n': 42}).encode()
print(fetch(base + '/form', data=form))
req = urllib.request.Request(base + '/json', data=b'{"x": 1}',
                             headers={'Content-Type': 'application/json',
                                      'X-Custom': 'yes'})
print(fetch(req))
print(fetch(urllib.request.Request(base + '/put', data=b'abc', method='PUT')))
print(fetch(urllib.request.Request(base + '/del', method='DELETE')))
with urllib.request.urlopen(urllib.request.Request(base + '/head', method='HEAD')) as r:
    print(r.status, r.read(), r.headers['Content-Length'])
try:
    urllib.request.urlopen(base + '/form', data='a str')
except TypeError as e:
    print('TypeError:', e)

print('-- redirects')
for code in (301, 302, 303, 307, 308):
    result, body = fetch(base + '/redirect/%d' % code)
    print(code, result[0], body['path'], body['method'])
with urllib.request.urlopen(base + '/redirect/302') as r:
    print(r.url.replace(str(port), 'PORT'), r.geturl() == r.url)
for code in (301, 302, 303):
    result, body = fetch(base + '/redirect/%d' % code, data=b'payload')
    print('POST', code, body['method'], body['body'], body['headers'].get('Content-Type'))
for code in (307, 308):
    try:
        urllib.request.urlopen(base + '/redirect/%d' % code, data=b'payload')
    except urllib.error.HTTPError as e:
        print('POST', code, 'HTTPError', e.code, e.reason)
        e.close()
print(fetch(base + '/chain')[1]['path'])
try:
    urllib.request.urlopen(base + '/loop')
except urllib.error.HTTPError as e:
    print(e.code, e.reason.splitlines())
    e.close()
try:
    urllib.request.urlopen(base + '/forbidden-scheme')
except urllib.error.HTTPError as e:
    print(e.code, e.reason)
    e.close()

print('-- errors')
try:
    urllib.request.urlopen(base + '/missing')
except urllib.error.HTTPError as e:
    print(type(e).__name__, isinstance(e, urllib.error.URLError), isinstance(e, OSError))
    print(str(e), repr(e))
    print(e.code, e.reason, e.status, e.getcode(), e.headers['X-Why'], e.hdrs['X-Why'])
    print(e.url.endswith('/missing'), e.filename == e.url, e.geturl() == e.url)
    print(e.read())
    print(e.info()['Content-Type'])
    e.close()
try:
    urllib.request.urlopen(base + '/broken')
except urllib.error.HTTPError as e:
    print(e, e.headers['Content-Type'])
    print(e.read().decode().splitlines()[9:11])
    e.close()

# a port nobody listens on: bind, note the port, close
s = socket.socket()
s.bind(('127.0.0.1', 0))
closed_port = s.getsockname()[1]
s.close()
try:
    urllib.request.urlopen('http://127.0.0.1:%d/' % closed_port, timeout=5)
except urllib.error.URLError as e:
    print(type(e).__name__, e)
    print(type(e.reason).__name__, e.reason.errno, e.reason.strerror)
    print(e.args[0] is e.reason)

print('-- openers')
opener = urllib.request.build_opener()
print(opener.addheaders)
opener.addheaders = [('User-agent', 'MyAgent/2.0'), ('X-Extra', 'extra!')]
with opener.open(base + '/ua') as r:
    print(json.loads(r.read())['headers'])
print(sorted(type(h).__name__ for h in opener.handlers
             if type(h).__name__ not in ('FTPHandler', 'HTTPSHandler')))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


opener = urllib.request.build_opener(NoRedirect)
try:
    opener.open(base + '/redirect/302')
except urllib.error.HTTPError as e:
    print('not followed:', e.code, e.headers['Location'])
    e.close()


class Counting(urllib.request.BaseHandler):
    def __init__(self):
        self.seen = []

    def http_request(self, req):
        self.seen.append(req.get_method() + ' ' + req.selector)
        req.add_header('X-custom', 'from handler')
        return req

    def http_response(self, req, resp):
        self.seen.append(resp.status)
        return resp


counter = Counting()
urllib.request.install_opener(urllib.request.build_opener(counter))
result, body = fetch(base + '/redirect/303')
print(body['headers']['X-Custom'], counter.seen)
urllib.request.install_opener(None)
result, body = fetch(base + '/again')
print(body['headers'])

server.shutdown()
server.server_close()
thread.join()

# expect: -- GET
# expect: ((200, 'OK', 'OK', True, 200, 'application/json'), {'body': None, 'headers': {'Accept-Encoding': 'identity', 'Connection': 'close', 'Host': '127.0.0.1', 'User-Agent': 'Python-urllib/3.11'}, 'method': 'GET', 'path': '/echo?a=1&b=two'})
# expect: b'line one\n' text/plain utf-8
# expect: [b'line two\n', b'line three\n']
# expect: False False
# expect: True
# expect: -- POST
# expect: ((200, 'OK', 'OK', True, 200, 'application/json'), {'body': 'name=Ada+Lovelace&n=42', 'headers': {'Accept-Encoding': 'identity', 'Connection': 'close', 'Content-Length': '22', 'Content-Type': 'application/x-www-form-urlencoded', 'Host': '127.0.0.1', 'User-Agent': 'Python-urllib/3.11'}, 'method': 'POST', 'path': '/form'})
# expect: ((200, 'OK', 'OK', True, 200, 'application/json'), {'body': '{"x": 1}', 'headers': {'Accept-Encoding': 'identity', 'Connection': 'close', 'Content-Length': '8', 'Content-Type': 'application/json', 'Host': '127.0.0.1', 'User-Agent': 'Python-urllib/3.11', 'X-Custom': 'yes'}, 'method': 'POST', 'path': '/json'})
# expect: ((200, 'OK', 'OK', True, 200, 'application/json'), {'body': 'abc', 'headers': {'Accept-Encoding': 'identity', 'Connection': 'close', 'Content-Length': '3', 'Content-Type': 'application/x-www-form-urlencoded', 'Host': '127.0.0.1', 'User-Agent': 'Python-urllib/3.11'}, 'method': 'PUT', 'path': '/put'})
# expect: ((200, 'OK', 'OK', True, 200, 'application/json'), {'body': None, 'headers': {'Accept-Encoding': 'identity', 'Connection': 'close', 'Host': '127.0.0.1', 'User-Agent': 'Python-urllib/3.11'}, 'method': 'DELETE', 'path': '/del'})
# expect: 200 b'' 173
# expect: TypeError: POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.
# expect: -- redirects
# expect: 301 200 /echo?from=301 GET
# expect: 302 200 /echo?from=302 GET
# expect: 303 200 /echo?from=303 GET
# expect: 307 200 /echo?from=307 GET
# expect: 308 200 /echo?from=308 GET
# expect: http://127.0.0.1:PORT/echo?from=302 True
# expect: POST 301 GET None None
# expect: POST 302 GET None None
# expect: POST 303 GET None None
# expect: POST 307 HTTPError 307 Temporary Redirect
# expect: POST 308 HTTPError 308 Permanent Redirect
# expect: /echo?from=301
# expect: 302 ['The HTTP server returned a redirect error that would lead to an infinite loop.', 'The last 30x error message was:', 'Found']
# expect: 302 Found - Redirection to url 'file:///etc/passwd' is not allowed
# expect: -- errors
# expect: HTTPError True True
# expect: HTTP Error 404: Not Found <HTTPError 404: 'Not Found'>
# expect: 404 Not Found 404 404 testing testing
# expect: True True True
# expect: b'no such thing here'
# expect: text/plain
# expect: HTTP Error 500: Kaboom text/html;charset=utf-8
# expect: ['        <p>Message: Kaboom.</p>', '        <p>Error code explanation: 500 - Server got itself in trouble.</p>']
# expect: URLError <urlopen error [Errno 111] Connection refused>
# expect: ConnectionRefusedError 111 Connection refused
# expect: True
# expect: -- openers
# expect: [('User-agent', 'Python-urllib/3.11')]
# expect: {'Accept-Encoding': 'identity', 'Connection': 'close', 'Host': '127.0.0.1', 'User-Agent': 'MyAgent/2.0', 'X-Extra': 'extra!'}
# expect: ['DataHandler', 'FileHandler', 'HTTPDefaultErrorHandler', 'HTTPErrorProcessor', 'HTTPHandler', 'HTTPRedirectHandler', 'UnknownHandler']
# expect: not followed: 302 /echo?from=302
# expect: from handler ['GET /redirect/303', 303, 'GET /echo?from=303', 200]
# expect: {'Accept-Encoding': 'identity', 'Connection': 'close', 'Host': '127.0.0.1', 'User-Agent': 'Python-urllib/3.11'}
