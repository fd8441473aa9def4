# urllib.parse: urlparse/urlsplit (netloc parts, ports, IPv6), urljoin (RFC 3986's examples),
# quote/unquote, urlencode (doseq), parse_qs/parse_qsl, urldefrag, urlunsplit/urlunparse.
from urllib.parse import *
import urllib.parse
u = urlparse('https://user:pw@Example.com:8443/a/b;p?q=1&r=two#frag')
print(u)
print(u.hostname, u.port, u.username, u.password, u.geturl(), u._replace(query='x=1').geturl())
print(urlsplit('http://[::1]:80/x?y#z'), urlsplit('mailto:a@b.c'), urlsplit('//host/path'), urlsplit('relative/path?q'))
for rel in ('c', './c', '../c', '../../../g', '/g', '//other/x', '?y', '#s', 'g;x?y#s', '', '..', 'http://x/y'):
    print(rel, '->', urljoin('http://a/b/c/d;p?q', rel))
print(quote('a b&c/d é'), quote('a b', safe=''), quote_plus('a b+c'), unquote('a%20b%C3%A9%zz'), unquote_plus('a+b%2B'), quote(b'\x00\xff'))
print(urlencode({'q': 'hello world', 'n': 1, 'list': [1, 2]}), urlencode({'list': [1, 2], 's': 'x y'}, doseq=True), urlencode([('a', 'b'), ('a', 'c')]))
print(parse_qs('a=1&b=2&a=3&empty=&sp=x+y%21'), parse_qsl('a=1&b=&c', keep_blank_values=True), parse_qs(''))
print(urldefrag('http://x/y#frag'), urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunparse(('https', 'h', '/p', 'par', 'q', '')))
try:
    urlsplit('http://[::1/x')
except ValueError as e:
    print(e)
try:
    urlparse('http://h:99999').port
except ValueError as e:
    print(e)

# expect: ParseResult(scheme='https', netloc='user:pw@Example.com:8443', path='/a/b', params='p', query='q=1&r=two', fragment='frag')
# expect: example.com 8443 user pw https://user:pw@Example.com:8443/a/b;p?q=1&r=two#frag https://user:pw@Example.com:8443/a/b;p?x=1#frag
# expect: SplitResult(scheme='http', netloc='[::1]:80', path='/x', query='y', fragment='z') SplitResult(scheme='mailto', netloc='', path='a@b.c', query='', fragment='') SplitResult(scheme='', netloc='host', path='/path', query='', fragment='') SplitResult(scheme='', netloc='', path='relative/path', query='q', fragment='')
# expect: c -> http://a/b/c/c
# expect: ./c -> http://a/b/c/c
# expect: ../c -> http://a/b/c
# expect: ../../../g -> http://a/g
# expect: /g -> http://a/g
# expect: //other/x -> http://other/x
# expect: ?y -> http://a/b/c/d;p?y
# expect: #s -> http://a/b/c/d;p?q#s
# expect: g;x?y#s -> http://a/b/c/g;x?y#s
# expect:  -> http://a/b/c/d;p?q
# expect: .. -> http://a/b/
# expect: http://x/y -> http://x/y
# expect: a%20b%26c/d%20%C3%A9 a%20b a+b%2Bc a bé%zz a b+ %00%FF
# expect: q=hello+world&n=1&list=%5B1%2C+2%5D list=1&list=2&s=x+y a=b&a=c
# expect: {'a': ['1', '3'], 'b': ['2'], 'sp': ['x y!']} [('a', '1'), ('b', ''), ('c', '')] {}
# expect: DefragResult(url='http://x/y', fragment='frag') http://h/p?q#f https://h/p;par?q
# expect: Invalid IPv6 URL
# expect: Port out of range 0-65535
