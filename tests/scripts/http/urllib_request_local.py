# urllib.request without a network: Request objects, file:// and data: URLs,
# urlretrieve, pathname2url/url2pathname, proxies from the environment, unknown and
# unsupported URL types, and the urllib.response wrappers.
import io
import os
import tempfile
import urllib.error
import urllib.request
import urllib.response
from urllib.request import Request

print('-- Request')
r = Request('http://user@Example.com:8080/a/b?q=1#frag')
print(r.full_url, r.type, r.host, r.selector, r.fragment, r.origin_req_host)
print(r.get_method(), r.data, r.headers, r.unverifiable, r.has_proxy())
r.add_header('x-custom-HEADER', 'v1')
r.add_unredirected_header('cookie', 'c=1')
print(r.headers, r.unredirected_hdrs)
print(r.has_header('X-custom-header'), r.has_header('x-custom-header'), r.has_header('Cookie'))
print(r.get_header('X-custom-header'), r.get_header('Cookie'), r.get_header('Nope', 'dflt'))
print(sorted(r.header_items()))
r.remove_header('Cookie')
print(r.header_items())
r.data = b'abc'
print(r.get_method(), r.data)
r.add_header('Content-length', '3')
r.data = b'abcd'
print(r.has_header('Content-length'))
del r.data
print(r.data, r.get_method())
r2 = Request('http://h/', method='PATCH', headers={'a': 'b'})
print(r2.get_method(), r2.headers, r2.get_full_url())
r2.full_url = 'http://other.example/x#y'
print(r2.full_url, r2.host, r2.selector, r2.fragment)
print(Request('<URL:http://wrapped.example/p>').full_url)
r3 = Request('http://www.python.org')
print(repr(r3.selector), r3.host)
r3.set_proxy('proxy.example:3128', 'http')
print(r3.host, r3.selector, r3.type, r3.has_proxy())
for bad in ['no-scheme', '/just/a/path']:
    try:
        Request(bad)
    except ValueError as e:
        print('ValueError:', e)

print('-- file://')
tmp = tempfile.TemporaryDirectory()
path = os.path.join(tmp.name, 'some file.txt')
with open(path, 'w') as f:
    f.write('first\nsecond\n')
os.utime(path, (1000000000, 1000000000))
url = 'file://' + urllib.request.pathname2url(path)
print(url.replace(tmp.name, 'TMP'))
with urllib.request.urlopen(url) as r:
    print(type(r).__name__, r.status, r.getcode(), r.geturl().replace(tmp.name, 'TMP'))
    print(r.headers['Content-type'], r.headers['Content-length'], r.headers['Last-modified'])
    print(r.readline(), r.read())
print(r.closed)
with urllib.request.urlopen('file://localhost' + urllib.request.pathname2url(path)) as r:
    print(r.read(), r.url.replace(tmp.name, 'TMP'))
with urllib.request.urlopen(Request(url)) as r:
    print(list(r))
html = os.path.join(tmp.name, 'p.html')
with open(html, 'w') as f:
    f.write('<p>')
with urllib.request.urlopen('file://' + html) as r:
    print(r.info()['Content-type'], r.read())
try:
    urllib.request.urlopen('file://' + os.path.join(tmp.name, 'missing.txt'))
except urllib.error.URLError as e:
    print(type(e).__name__, type(e.reason).__name__, e.reason.errno, e.reason.strerror)
    print(str(e).replace(tmp.name, 'TMP'))
try:
    urllib.request.urlopen('file://far.away.example/etc/hosts')
except urllib.error.URLError as e:
    print(e)

print('-- data:')
for u in ['data:,Hello%2C%20World!',
          'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==',
          'data:text/html;charset=utf-8,%3Ch1%3Ehi%3C%2Fh1%3E',
          'data:;base64,AAEC']:
    with urllib.request.urlopen(u) as r:
        print(r.read(), r.info()['Content-type'], r.info()['Content-length'], r.status,
              r.geturl() == u)

print('-- urlretrieve')
target = os.path.join(tmp.name, 'copy.bin')
calls = []
name, headers = urllib.request.urlretrieve('data:;base64,AAECAw==', target,
                                           lambda *a: calls.append(a))
print(name == target, open(target, 'rb').read(), headers['Content-length'], calls)
name, headers = urllib.request.urlretrieve(url)
print(name.replace(tmp.name, 'TMP'), headers['Content-type'])
name, headers = urllib.request.urlretrieve('data:,temporary')
print(open(name, 'rb').read(), os.path.exists(name))
urllib.request.urlcleanup()
print(os.path.exists(name))

print('-- paths')
for p in ['/a b/c%d', '/tmp/x.txt', '/ü/€', 'rel/path']:
    u = urllib.request.pathname2url(p)
    print(repr(p), repr(u), urllib.request.url2pathname(u) == p)
print(urllib.request.url2pathname('/a%20b/%E2%82%AC'))

print('-- proxies')
for name in list(os.environ):
    if name.lower().endswith('_proxy'):
        del os.environ[name]
print(urllib.request.getproxies())
os.environ['http_proxy'] = 'http://proxy.example:3128'
os.environ['HTTPS_PROXY'] = 'http://secure-proxy.example:8080'
os.environ['no_proxy'] = 'localhost,.internal.example'
print(sorted(urllib.request.getproxies().items()))
print(urllib.request.proxy_bypass('localhost'), urllib.request.proxy_bypass('a.internal.example'),
      urllib.request.proxy_bypass('www.python.org'), urllib.request.proxy_bypass('localhost:80'))
handler = urllib.request.ProxyHandler()
print(sorted(handler.proxies), hasattr(handler, 'http_open'))
req = Request('http://www.python.org/doc')
handler.http_open(req)
print(req.host, req.selector, req.type, req.has_proxy())
req = Request('http://localhost/doc')
print(handler.http_open(req), req.host, req.selector)
handler = urllib.request.ProxyHandler({'http': 'http://joe:secret@proxy.example:3128'})
req = Request('http://www.python.org/')
handler.http_open(req)
print(req.host, req.headers)
for name in ['http_proxy', 'HTTPS_PROXY', 'no_proxy']:
    del os.environ[name]
print(urllib.request.getproxies())

print('-- unknown types')
for u in ['ftpx://example.com/', 'gopher://example.com/']:
    try:
        urllib.request.urlopen(u)
    except urllib.error.URLError as e:
        print(e, repr(e.reason))
try:
    urllib.request.urlopen('http:///path-without-host')
except urllib.error.URLError as e:
    print(e)

print('-- response wrappers')
a = urllib.response.addinfourl(io.BytesIO(b'x\ny\n'), {'k': 'v'}, 'http://u/', 200)
print(a.read(1), a.readline(), list(a), a.info(), a.geturl(), a.getcode(), a.status, a.code)
print(repr(a).startswith('<addinfourl at '), a.name, a.closed)
a.close()
print(a.closed)
log = []
h = urllib.response.addclosehook(io.BytesIO(b'data'), log.append, 'closed!')
with h as same:
    print(same is h, h.read())
h.close()
print(log)
try:
    with h:
        pass
except ValueError as e:
    print('ValueError:', e)
err = urllib.error.URLError('reason text', 'fname')
print(err, err.reason, err.filename, err.args)
short = urllib.error.ContentTooShortError('too short', ('f', None))
print(short, short.content, isinstance(short, urllib.error.URLError))
e = urllib.error.HTTPError('http://x/', 503, 'Busy', {'Retry-After': '5'}, None)
print(e, repr(e), e.read(), e.headers, e.reason, e.code)
tmp.cleanup()

# expect: -- Request
# expect: http://user@Example.com:8080/a/b?q=1#frag http user@Example.com:8080 /a/b?q=1 frag user@example.com
# expect: GET None {} False False
# expect: {'X-custom-header': 'v1'} {'Cookie': 'c=1'}
# expect: True False True
# expect: v1 c=1 dflt
# expect: [('Cookie', 'c=1'), ('X-custom-header', 'v1')]
# expect: [('X-custom-header', 'v1')]
# expect: POST b'abc'
# expect: False
# expect: None GET
# expect: PATCH {'A': 'b'} http://h/
# expect: http://other.example/x#y other.example /x y
# expect: http://wrapped.example/p
# expect: '' www.python.org
# expect: proxy.example:3128 http://www.python.org http True
# expect: ValueError: unknown url type: 'no-scheme'
# expect: ValueError: unknown url type: '/just/a/path'
# expect: -- file://
# expect: file://TMP/some%20file.txt
# expect: addinfourl None None file://TMP/some%20file.txt
# expect: text/plain 13 Sun, 09 Sep 2001 01:46:40 GMT
# expect: b'first\n' b'second\n'
# expect: True
# expect: b'first\nsecond\n' file://localhostTMP/some%20file.txt
# expect: [b'first\n', b'second\n']
# expect: text/html b'<p>'
# expect: URLError FileNotFoundError 2 No such file or directory
# expect: <urlopen error [Errno 2] No such file or directory: 'TMP/missing.txt'>
# expect: <urlopen error file not on local host>
# expect: -- data:
# expect: b'Hello, World!' text/plain;charset=US-ASCII 13 None True
# expect: b'Hello, World!' text/plain 13 None True
# expect: b'<h1>hi</h1>' text/html;charset=utf-8 11 None True
# expect: b'\x00\x01\x02' text/plain;charset=US-ASCII 3 None True
# expect: -- urlretrieve
# expect: True b'\x00\x01\x02\x03' 4 [(0, 8192, 4), (1, 8192, 4)]
# expect: TMP/some%20file.txt text/plain
# expect: b'temporary' True
# expect: False
# expect: -- paths
# expect: '/a b/c%d' '/a%20b/c%25d' True
# expect: '/tmp/x.txt' '/tmp/x.txt' True
# expect: '/ü/€' '/%C3%BC/%E2%82%AC' True
# expect: 'rel/path' 'rel/path' True
# expect: /a b/€
# expect: -- proxies
# expect: {}
# expect: [('http', 'http://proxy.example:3128'), ('https', 'http://secure-proxy.example:8080'), ('no', 'localhost,.internal.example')]
# expect: True True False True
# expect: ['http', 'https', 'no'] True
# expect: proxy.example:3128 http://www.python.org/doc http True
# expect: None localhost /doc
# expect: proxy.example:3128 {'Proxy-authorization': 'Basic am9lOnNlY3JldA=='}
# expect: {}
# expect: -- unknown types
# expect: <urlopen error unknown url type: ftpx> 'unknown url type: ftpx'
# expect: <urlopen error unknown url type: gopher> 'unknown url type: gopher'
# expect: <urlopen error no host given>
# expect: -- response wrappers
# expect: b'x' b'\n' [b'y\n'] {'k': 'v'} http://u/ 200 200 200
# expect: True <urllib response> False
# expect: True
# expect: True b'data'
# expect: ['closed!']
# expect: ValueError: I/O operation on closed file
# expect: <urlopen error reason text> reason text fname ('reason text',)
# expect: <urlopen error too short> ('f', None) True
# expect: HTTP Error 503: Busy <HTTPError 503: 'Busy'> b'' {'Retry-After': '5'} Busy 503
