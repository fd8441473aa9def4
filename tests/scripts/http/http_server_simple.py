# http.server: SimpleHTTPRequestHandler serving a temporary directory — files with their
# Content-Type and Content-Length, a directory listing, index.html, the redirect of a
# directory named without its trailing slash, 404, HEAD and If-Modified-Since.
import functools
import http.client
import os
import tempfile
import threading
from http.server import HTTPServer, SimpleHTTPRequestHandler

statuses = []


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        statuses.append(args[1] if format.startswith('"') else 'error: ' + args[1])


tmp = tempfile.TemporaryDirectory()
root = tmp.name
with open(os.path.join(root, 'hello.txt'), 'w') as f:
    f.write('Hello, world!\n')
with open(os.path.join(root, 'page.html'), 'w') as f:
    f.write('<p>A page</p>\n')
with open(os.path.join(root, 'data.json'), 'w') as f:
    f.write('{"a": 1}')
with open(os.path.join(root, 'archive.tar.gz'), 'wb') as f:
    f.write(b'\x1f\x8b not really')
with open(os.path.join(root, 'blob.unknownext'), 'wb') as f:
    f.write(bytes(range(5)))
with open(os.path.join(root, 'a & <b>.txt'), 'w') as f:
    f.write('odd name')
os.mkdir(os.path.join(root, 'sub'))
os.mkdir(os.path.join(root, 'Site'))
with open(os.path.join(root, 'Site', 'index.html'), 'w') as f:
    f.write('<h1>index</h1>\n')
for dirpath, dirnames, filenames in os.walk(root):
    for name in filenames:
        os.utime(os.path.join(dirpath, name), (1234567890, 1234567890))
os.utime(os.path.join(root, 'hello.txt'), (1000000000, 1000000000))

server = HTTPServer(('127.0.0.1', 0), functools.partial(Quiet, directory=root))
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()


def get(path, method='GET', headers={}):
    conn = http.client.HTTPConnection('127.0.0.1', port)
    conn.request(method, path, headers=headers)
    r = conn.getresponse()
    body = r.read()
    wanted = ('Content-type', 'Content-Length', 'Location', 'Last-Modified', 'Connection')
    shown = ['%s: %s' % (k, v) for k, v in r.getheaders() if k in wanted]
    r.close()
    conn.close()
    return r.status, r.reason, shown, body


for path in ['/hello.txt', '/page.html', '/data.json', '/archive.tar.gz',
             '/blob.unknownext', '/a%20%26%20%3Cb%3E.txt', '/hello.txt?query=1#frag',
             '/sub/../hello.txt', '/Site/', '/Site/index.html']:
    status, reason, headers, body = get(path)
    print(path, status, reason, headers)
    print('  ', body)

print('-- listing')
status, reason, headers, body = get('/')
print(status, reason, headers)
print(body.decode())
status, reason, headers, body = get('/sub/')
print(status, headers)
print(body.decode())

print('-- redirects and errors')
for path in ['/sub', '/Site?x=1', '/nothere.txt', '/hello.txt/', '/sub/missing']:
    status, reason, headers, body = get(path)
    print(path, status, reason, headers, len(body))
status, reason, headers, body = get('/nothere.txt')
print(body.decode())

print('-- HEAD and If-Modified-Since')
print(get('/hello.txt', 'HEAD'))
print(get('/', 'HEAD')[:3])
print(get('/hello.txt', headers={'If-Modified-Since': 'Sun, 09 Sep 2001 01:46:40 GMT'})[:3])
print(get('/hello.txt', headers={'If-Modified-Since': 'Sun, 09 Sep 2001 01:46:39 GMT'})[:2])
print(get('/hello.txt', headers={'If-Modified-Since': 'Sunday, 09-Sep-01 02:00:00 GMT'})[:2])
print(get('/hello.txt', headers={'If-Modified-Since': 'Sun Sep  9 02:00:00 2001'})[:2])
print(get('/hello.txt', headers={'If-Modified-Since': 'not a date'})[:2])
print(get('/hello.txt', headers={'If-Modified-Since': 'Sun, 09 Sep 2001 01:46:40 GMT',
                                 'If-None-Match': '"x"'})[:2])
print(get('/hello.txt', 'POST')[:2])

server.shutdown()
server.server_close()
thread.join()
print(statuses)

# translate_path and guess_type on their own
h = Quiet.__new__(Quiet)
h.directory = '/srv/www'
for p in ['/', '/a/b.txt', '/a/../../etc/passwd', '/a%2Fb', '/x/?q', '//x//y/',
          '/./c', '/d%20e']:
    print(repr(p), h.translate_path(p))
for name in ['x.html', 'x.HTML', 'x.gz', 'x.tar.gz', 'x.Z', 'x.bz2', 'x.xz', 'x.png',
             'x.js', 'x', 'x.weird', 'x.txt', 'x.css', 'x.svg']:
    print(name, h.guess_type(name))
print(Quiet.server_version, sorted(Quiet.extensions_map))
tmp.cleanup()

# expect: /hello.txt 200 OK ['Content-type: text/plain', 'Content-Length: 14', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT']
# expect:    b'Hello, world!\n'
# expect: /page.html 200 OK ['Content-type: text/html', 'Content-Length: 14', 'Last-Modified: Fri, 13 Feb 2009 23:31:30 GMT']
# expect:    b'<p>A page</p>\n'
# expect: /data.json 200 OK ['Content-type: application/json', 'Content-Length: 8', 'Last-Modified: Fri, 13 Feb 2009 23:31:30 GMT']
# expect:    b'{"a": 1}'
# expect: /archive.tar.gz 200 OK ['Content-type: application/gzip', 'Content-Length: 13', 'Last-Modified: Fri, 13 Feb 2009 23:31:30 GMT']
# expect:    b'\x1f\x8b not really'
# expect: /blob.unknownext 200 OK ['Content-type: application/octet-stream', 'Content-Length: 5', 'Last-Modified: Fri, 13 Feb 2009 23:31:30 GMT']
# expect:    b'\x00\x01\x02\x03\x04'
# expect: /a%20%26%20%3Cb%3E.txt 200 OK ['Content-type: text/plain', 'Content-Length: 8', 'Last-Modified: Fri, 13 Feb 2009 23:31:30 GMT']
# expect:    b'odd name'
# expect: /hello.txt?query=1#frag 200 OK ['Content-type: text/plain', 'Content-Length: 14', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT']
# expect:    b'Hello, world!\n'
# expect: /sub/../hello.txt 200 OK ['Content-type: text/plain', 'Content-Length: 14', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT']
# expect:    b'Hello, world!\n'
# expect: /Site/ 200 OK ['Content-type: text/html', 'Content-Length: 15', 'Last-Modified: Fri, 13 Feb 2009 23:31:30 GMT']
# expect:    b'<h1>index</h1>\n'
# expect: /Site/index.html 200 OK ['Content-type: text/html', 'Content-Length: 15', 'Last-Modified: Fri, 13 Feb 2009 23:31:30 GMT']
# expect:    b'<h1>index</h1>\n'
# expect: -- listing
# expect: 200 OK ['Content-type: text/html; charset=utf-8', 'Content-Length: 559']
# expect: <!DOCTYPE HTML>
# expect: <html lang="en">
# expect: <head>
# expect: <meta charset="utf-8">
# expect: <title>Directory listing for /</title>
# expect: </head>
# expect: <body>
# expect: <h1>Directory listing for /</h1>
# expect: <hr>
# expect: <ul>
# expect: <li><a href="a%20%26%20%3Cb%3E.txt">a &amp; &lt;b&gt;.txt</a></li>
# expect: <li><a href="archive.tar.gz">archive.tar.gz</a></li>
# expect: <li><a href="blob.unknownext">blob.unknownext</a></li>
# expect: <li><a href="data.json">data.json</a></li>
# expect: <li><a href="hello.txt">hello.txt</a></li>
# expect: <li><a href="page.html">page.html</a></li>
# expect: <li><a href="Site/">Site/</a></li>
# expect: <li><a href="sub/">sub/</a></li>
# expect: </ul>
# expect: <hr>
# expect: </body>
# expect: </html>
# expect: 
# expect: 200 ['Content-type: text/html; charset=utf-8', 'Content-Length: 195']
# expect: <!DOCTYPE HTML>
# expect: <html lang="en">
# expect: <head>
# expect: <meta charset="utf-8">
# expect: <title>Directory listing for /sub/</title>
# expect: </head>
# expect: <body>
# expect: <h1>Directory listing for /sub/</h1>
# expect: <hr>
# expect: <ul>
# expect: </ul>
# expect: <hr>
# expect: </body>
# expect: </html>
# expect: 
# expect: -- redirects and errors
# expect: /sub 301 Moved Permanently ['Location: /sub/', 'Content-Length: 0'] 0
# expect: /Site?x=1 301 Moved Permanently ['Location: /Site/?x=1', 'Content-Length: 0'] 0
# expect: /nothere.txt 404 File not found ['Connection: close', 'Content-Length: 335'] 335
# expect: /hello.txt/ 404 File not found ['Connection: close', 'Content-Length: 335'] 335
# expect: /sub/missing 404 File not found ['Connection: close', 'Content-Length: 335'] 335
# expect: <!DOCTYPE HTML>
# expect: <html lang="en">
# expect:     <head>
# expect:         <meta charset="utf-8">
# expect:         <title>Error response</title>
# expect:     </head>
# expect:     <body>
# expect:         <h1>Error response</h1>
# expect:         <p>Error code: 404</p>
# expect:         <p>Message: File not found.</p>
# expect:         <p>Error code explanation: 404 - Nothing matches the given URI.</p>
# expect:     </body>
# expect: </html>
# expect: 
# expect: -- HEAD and If-Modified-Since
# expect: (200, 'OK', ['Content-type: text/plain', 'Content-Length: 14', 'Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT'], b'')
# expect: (200, 'OK', ['Content-type: text/html; charset=utf-8', 'Content-Length: 559'])
# expect: (304, 'Not Modified', [])
# expect: (200, 'OK')
# expect: (304, 'Not Modified')
# expect: (304, 'Not Modified')
# expect: (200, 'OK')
# expect: (200, 'OK')
# expect: (501, "Unsupported method ('POST')")
# expect: ['200', '200', '200', '200', '200', '200', '200', '200', '200', '200', '200', '200', '301', '301', 'error: File not found', '404', 'error: File not found', '404', 'error: File not found', '404', 'error: File not found', '404', '200', '200', '304', '200', '304', '304', '200', '200', "error: Unsupported method ('POST')", '501']
# expect: '/' /srv/www/
# expect: '/a/b.txt' /srv/www/a/b.txt
# expect: '/a/../../etc/passwd' /srv/www/etc/passwd
# expect: '/a%2Fb' /srv/www/a/b
# expect: '/x/?q' /srv/www/x/
# expect: '//x//y/' /srv/www/x/y/
# expect: '/./c' /srv/www/c
# expect: '/d%20e' /srv/www/d e
# expect: x.html text/html
# expect: x.HTML text/html
# expect: x.gz application/gzip
# expect: x.tar.gz application/gzip
# expect: x.Z application/octet-stream
# expect: x.bz2 application/x-bzip2
# expect: x.xz application/x-xz
# expect: x.png image/png
# expect: x.js text/javascript
# expect: x application/octet-stream
# expect: x.weird application/octet-stream
# expect: x.txt text/plain
# expect: x.css text/css
# expect: x.svg image/svg+xml
# expect: SimpleHTTP/0.6 ['.Z', '.bz2', '.gz', '.xz']
