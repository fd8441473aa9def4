"""urllib.request: opening URLs. urlopen() opens http:// (over http.client), file://
and data: URLs; Request describes a request (URL, data, headers, method); an
OpenerDirector made by build_opener() runs it through handlers: proxies from the
environment, HTTP with redirects (301, 302, 303, 307, 308), HTTP errors raised as
HTTPError, Basic authentication (HTTPBasicAuthHandler, ProxyBasicAuthHandler with the
HTTPPasswordMgr classes), cookies (HTTPCookieProcessor, given a cookie jar), local
files and data URLs. Also urlretrieve, urlcleanup, pathname2url, url2pathname,
getproxies and proxy_bypass.
Left out: https:// unless an ssl module and http.client.HTTPSConnection exist (without
them it is an unknown url type, as in a CPython built without ssl), ftp:// (FTPHandler,
CacheFTPHandler), Digest authentication, and the deprecated URLopener and
FancyURLopener."""

import base64
import bisect
import contextlib
import email
import email.utils
import http.client
import io
import os
import re
import socket
import string
import sys
import tempfile

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urlsplit, urljoin, urlunparse, quote, unquote,
                          unquote_to_bytes)
from urllib.response import addinfourl, addclosehook

try:
    import ssl
except ImportError:
    _have_ssl = False
else:
    _have_ssl = True

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'HTTPCookieProcessor', 'ProxyHandler',
    'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm',
    'HTTPPasswordMgrWithPriorAuth', 'AbstractBasicAuthHandler',
    'HTTPBasicAuthHandler', 'ProxyBasicAuthHandler', 'HTTPHandler',
    'FileHandler', 'DataHandler', 'UnknownHandler', 'HTTPErrorProcessor',
    'urlopen', 'install_opener', 'build_opener',
    'pathname2url', 'url2pathname', 'getproxies',
    'urlretrieve', 'urlcleanup',
]

# the version the User-Agent header gives: Python-urllib/3.11
__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


# --- splitting URLs (the old urllib.parse helpers) -----------------------------------

def _unwrap(url):
    # '<URL:scheme://host/path>' -> 'scheme://host/path'
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


_scheme_re = re.compile('([^/:]+):(.*)', re.DOTALL)


def _splittype(url):
    # 'http://host/x' -> ('http', '//host/x'); no scheme -> (None, url)
    match = _scheme_re.match(url)
    if match:
        scheme, rest = match.groups()
        return scheme.lower(), rest
    return None, url


_authority_re = re.compile('//([^/#?]*)(.*)', re.DOTALL)


def _splithost(url):
    # '//host:port/path' -> ('host:port', '/path'); otherwise (None, url)
    match = _authority_re.match(url)
    if match:
        host, path = match.groups()
        if path and not path.startswith('/'):
            path = '/' + path
        return host, path
    return None, url


def _splituser(host):
    # 'user:pw@host' -> ('user:pw', 'host')
    user, at, rest = host.rpartition('@')
    return (user if at else None), rest


def _splitpasswd(user):
    # 'user:pw' -> ('user', 'pw')
    name, colon, password = user.partition(':')
    return name, (password if colon else None)


_port_re = re.compile('(.*):([0-9]*)', re.DOTALL)


def _splitport(host):
    # 'host:80' -> ('host', '80'); no (or an empty) port -> (host, None)
    match = _port_re.fullmatch(host)
    if match:
        name, port = match.groups()
        if port:
            return name, port
    return host, None


def _splittag(url):
    # '/path#frag' -> ('/path', 'frag')
    path, hash, tag = url.rpartition('#')
    if hash:
        return path, tag
    return url, None


# --- the simple interface ------------------------------------------------------------

def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
            *, cafile=None, capath=None, cadefault=False, context=None):
    """Opens url (a string or a Request), sending data (bytes) as a POST body if given.
    For http:// the result is the http.client.HTTPResponse (with url, and with msg
    giving the reason phrase); for file: and data: it is an addinfourl. Raises
    HTTPError for an error status and URLError when the URL cannot be opened."""
    global _opener
    if cafile or capath or cadefault:
        import warnings
        warnings.warn("cafile, capath and cadefault are deprecated, use a "
                      "custom context instead.", DeprecationWarning, 2)
        if context is not None:
            raise ValueError("You can't pass both context and any of cafile, "
                             "capath, and cadefault")
        if not _have_ssl:
            raise ValueError('SSL support not available')
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH,
                                             cafile=cafile, capath=capath)
        context.set_alpn_protocols(['http/1.1'])
        opener = build_opener(HTTPSHandler(context=context))
    elif context:
        if 'HTTPSHandler' not in globals():
            raise ValueError('SSL support not available')
        opener = build_opener(HTTPSHandler(context=context))
    elif _opener is None:
        _opener = opener = build_opener()
    else:
        opener = _opener
    return opener.open(url, data, timeout)


def install_opener(opener):
    """Makes urlopen() use opener."""
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copies what url names into filename (a new temporary file if None) and returns
    (filename, headers). reporthook(block_number, block_size, total_size) is called
    at the start and after each block. A local file: URL without filename returns the
    file's own path. Raises ContentTooShortError if less than Content-Length came."""
    url_type, path = _splittype(url)
    with contextlib.closing(urlopen(url, data)) as fp:
        headers = fp.info()
        if url_type == "file" and not filename:
            return os.path.normpath(path), headers
        if filename:
            target = open(filename, 'wb')
        else:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _url_tempfiles.append(filename)
        with target:
            result = filename, headers
            block_size = 1024 * 8
            size = -1
            read = 0
            block_number = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(block_number, block_size, size)
            while True:
                block = fp.read(block_size)
                if not block:
                    break
                read += len(block)
                target.write(block)
                block_number += 1
                if reporthook:
                    reporthook(block_number, block_size, size)
    if size >= 0 and read < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes"
                                   % (read, size), result)
    return result


def urlcleanup():
    """Removes urlretrieve()'s temporary files and forgets the installed opener."""
    global _opener
    for name in _url_tempfiles:
        try:
            os.unlink(name)
        except OSError:
            pass
    del _url_tempfiles[:]
    if _opener:
        _opener = None


_port_suffix_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host (RFC 2965's request-host): lower case, without the port."""
    host = urlparse(request.full_url)[1]
    if host == "":
        host = request.get_header("Host", "")
    host = _port_suffix_re.sub("", host, 1)
    return host.lower()


class Request:
    """A URL request: full_url (with type, host and selector taken from it), data
    (the body: bytes, a file or an iterable of bytes; None for none), headers (by
    capitalized name) and method (by default POST with data, else GET)."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = _unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            # a Content-length computed for the old body is wrong now
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """The HTTP method: the one given, else POST if there is data, else GET."""
        return getattr(self, 'method', "POST" if self.data is not None else "GET")

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        """Sends the request through the proxy at host."""
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        """Adds a header (sent on redirects too); the name is capitalized."""
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        """Adds a header that a redirected request does not carry."""
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name,
                                self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


class OpenerDirector:
    """Opens requests by passing them through its handlers: <type>_request methods
    prepare a request, <type>_open methods open it, <type>_response methods process
    the response and http_error_<code> methods handle error statuses. addheaders are
    added to every HTTP request that lacks them."""

    def __init__(self):
        self.addheaders = [('User-agent', "Python-urllib/%s" % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        """Registers each of the handler's methods named <protocol>_open,
        <protocol>_request, <protocol>_response or <protocol>_error_<kind>, in
        handler_order."""
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for name in dir(handler):
            if name in ("redirect_request", "do_open", "proxy_open"):
                continue
            underscore = name.find("_")
            protocol = name[:underscore]
            condition = name[underscore + 1:]
            if condition.startswith("error"):
                kind = name[condition.find("_") + underscore + 2:]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                table = self.handle_error.setdefault(protocol, {})
            elif condition == "open":
                kind, table = protocol, self.handle_open
            elif condition == "response":
                kind, table = protocol, self.process_response
            elif condition == "request":
                kind, table = protocol, self.process_request
            else:
                continue
            handlers = table.setdefault(kind, [])
            if handlers:
                bisect.insort(handlers, handler)
            else:
                handlers.append(handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        # the first handler that returns something (not None) wins
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Opens a URL or a Request (with data as its body if given)."""
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type

        name = protocol + "_request"
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, name)(req)

        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit('urllib.Request', req.full_url, req.data, req.headers, req.get_method())
        response = self._open(req, data)

        name = protocol + "_response"
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, name)(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default', 'default_open', req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol, protocol + '_open', req)
        if result:
            return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Passes an error to the handlers: for http(s), args are (request, response,
        code, msg, headers) and http_error_<code> then http_error_default are tried."""
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            kind = args[2]
            name = 'http_error_%s' % kind
            result = self._call_chain(table, kind, name, *args)
            if result:
                return result
            return self._call_chain(table, 'default', 'http_error_default', *args)
        name = proto + '_error'
        result = self._call_chain(self.handle_error, proto, name, *args)
        if result:
            return result


def build_opener(*handlers):
    """An OpenerDirector with the default handlers (proxies, unknown types, HTTP,
    errors, redirects, files, data URLs) and the given ones (instances or classes).
    A default handler is left out when a given one is of its class or a subclass."""
    opener = OpenerDirector()
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]
    if 'HTTPSHandler' in globals():
        defaults.append(HTTPSHandler)
    replaced = set()
    for klass in defaults:
        for given in handlers:
            if isinstance(given, type):
                if issubclass(given, klass):
                    replaced.add(klass)
            elif isinstance(given, klass):
                replaced.add(klass)
    for klass in defaults:
        if klass not in replaced:
            opener.add_handler(klass())
    for given in handlers:
        if isinstance(given, type):
            given = given()
        opener.add_handler(given)
    return opener


class BaseHandler:
    """A handler of an OpenerDirector; handlers run in handler_order (lowest first)."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            # a handler that knows nothing of the order goes after the known ones
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Sends every response whose status is not 2xx to the error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not (200 <= code < 300):
            response = self.parent.error('http', request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """Raises HTTPError for an error status no other handler dealt with."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows redirects (301, 302, 303, 307 and 308) for GET and HEAD, and for POST
    on 301, 302 and 303 (as a GET without the body); gives up with HTTPError after
    max_repeats visits to one URL or max_redirections in all."""

    max_repeats = 4
    max_redirections = 10

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to make for a redirect to newurl (None: let another handler
        decide); raises HTTPError when the redirect is not to be followed."""
        method = req.get_method()
        if not (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
                or code in (301, 302, 303) and method == "POST"):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(' ', '%20')
        kept = {name: value for name, value in req.headers.items()
                if name.lower() not in ("content-length", "content-type")}
        return Request(newurl, headers=kept, origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None

        parts = urlparse(newurl)
        # only http, https and ftp targets (or relative ones) are followed
        if parts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code,
                            "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        if not parts.path and parts.netloc:
            parts = list(parts)
            parts[2] = "/"
        newurl = urlunparse(parts)
        # the header was decoded as Latin-1: percent-encode what is not plain ASCII
        newurl = quote(newurl, encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)

        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None

        # the URLs visited so far, to notice a loop
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if (visited.get(newurl, 0) >= self.max_repeats
                    or len(visited) >= self.max_redirections):
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1

        # the old response is done with only now (HTTPError above still needed it)
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    inf_msg = ("The HTTP server returned a redirect error that would lead to an "
               "infinite loop.\nThe last 30x error message was:\n")


def _parse_proxy(proxy):
    """(scheme, user, password, 'host:port') of a proxy given as a URL or as an
    authority ('user:pw@host:port'); scheme is None for an authority."""
    scheme, rest = _splittype(proxy)
    if not rest.startswith("/"):
        scheme = None
        authority = proxy
    else:
        if not rest.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        if '@' in rest:
            end = rest.find("/", rest.find('@'))
        else:
            end = rest.find("/", 2)
        authority = rest[2:] if end == -1 else rest[2:end]
    userinfo, hostport = _splituser(authority)
    if userinfo is not None:
        user, password = _splitpasswd(userinfo)
    else:
        user = password = None
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    """Sends requests through proxies: {scheme: proxy URL}, by default getproxies()
    (the *_proxy environment variables; no_proxy lists the hosts to reach directly)."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, 'keys'), "proxies must be a mapping"
        self.proxies = proxies
        for type, url in proxies.items():
            type = type.lower()
            setattr(self, '%s_open' % type,
                    lambda r, proxy=url, type=type, meth=self.proxy_open: meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        original_type = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = original_type
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            credentials = '%s:%s' % (unquote(user), unquote(password))
            token = base64.b64encode(credentials.encode()).decode("ascii")
            req.add_header('Proxy-authorization', 'Basic ' + token)
        req.set_proxy(unquote(hostport), proxy_type)
        if original_type == proxy_type or original_type == 'https':
            return None  # the handlers of that type open it
        # a proxy of another type: start again so that its handlers get it
        return self.parent.open(req, timeout=req.timeout)


# --- passwords and Basic authentication ----------------------------------------------

class HTTPPasswordMgr:
    """User names and passwords by realm and URI (a URI covers those below it)."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        if isinstance(uri, str):
            uri = [uri]
        realm_table = self.passwd.setdefault(realm, {})
        for default_port in (True, False):
            reduced = tuple(self.reduce_uri(u, default_port) for u in uri)
            realm_table[reduced] = (user, passwd)

    def find_user_password(self, realm, authuri):
        table = self.passwd.get(realm, {})
        for default_port in (True, False):
            reduced = self.reduce_uri(authuri, default_port)
            for uris, authinfo in table.items():
                for uri in uris:
                    if self.is_suburi(uri, reduced):
                        return authinfo
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) of a URI or of a bare 'host[:port]'; with default_port
        the scheme's port is written out."""
        parts = urlsplit(uri)
        if parts[1]:
            scheme, authority, path = parts[0], parts[1], parts[2] or '/'
        else:
            scheme, authority, path = None, uri, '/'
        host, port = _splitport(authority)
        if default_port and port is None and scheme is not None:
            known = {"http": 80, "https": 443}.get(scheme)
            if known is not None:
                authority = "%s:%d" % (host, known)
        return authority, path

    def is_suburi(self, base, test):
        """Whether the reduced URI test is base or below it."""
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1]
        if not prefix.endswith('/'):
            prefix += '/'
        return test[1].startswith(prefix)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """Falls back on the passwords added with realm None."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class HTTPPasswordMgrWithPriorAuth(HTTPPasswordMgrWithDefaultRealm):
    """Also remembers which URIs are known to need the credentials, so that they are
    sent without waiting for a 401."""

    def __init__(self, *args, **kwargs):
        self.authenticated = {}
        super().__init__(*args, **kwargs)

    def add_password(self, realm, uri, user, passwd, is_authenticated=False):
        self.update_authenticated(uri, is_authenticated)
        if realm is not None:
            super().add_password(None, uri, user, passwd)
        super().add_password(realm, uri, user, passwd)

    def update_authenticated(self, uri, is_authenticated=False):
        if isinstance(uri, str):
            uri = [uri]
        for default_port in (True, False):
            for u in uri:
                self.authenticated[self.reduce_uri(u, default_port)] = is_authenticated

    def is_authenticated(self, authuri):
        for default_port in (True, False):
            reduced = self.reduce_uri(authuri, default_port)
            for uri in self.authenticated:
                if self.is_suburi(uri, reduced):
                    return self.authenticated[uri]


class AbstractBasicAuthHandler:
    """Answers a Basic challenge with the credentials of the password manager."""

    # a challenge: scheme realm="..." (single quotes or none are accepted too)
    rx = re.compile('(?:^|,)[ \t]*([^ \t,]+)[ \t]+realm=(["\']?)([^"\']*)\\2', re.I)

    def __init__(self, password_mgr=None):
        if password_mgr is None:
            password_mgr = HTTPPasswordMgr()
        self.passwd = password_mgr
        self.add_password = self.passwd.add_password

    def _parse_realm(self, header):
        found = False
        for match in AbstractBasicAuthHandler.rx.finditer(header):
            scheme, quote_char, realm = match.groups()
            if quote_char not in ('"', "'"):
                import warnings
                warnings.warn("Basic Auth Realm was unquoted", UserWarning, 3)
            yield scheme, realm
            found = True
        if not found:
            yield (header.split()[0] if header else ''), None

    def http_error_auth_reqed(self, authreq, host, req, headers):
        challenges = headers.get_all(authreq)
        if not challenges:
            return None
        unsupported = None
        for header in challenges:
            for scheme, realm in self._parse_realm(header):
                if scheme.lower() != 'basic':
                    unsupported = scheme
                    continue
                if realm is not None:
                    return self.retry_http_basic_auth(host, req, realm)
        if unsupported is not None:
            raise ValueError("AbstractBasicAuthHandler does not support the following "
                             "scheme: %r" % (scheme,))

    def retry_http_basic_auth(self, host, req, realm):
        user, password = self.passwd.find_user_password(realm, host)
        if password is None:
            return None
        raw = "%s:%s" % (user, password)
        auth = "Basic " + base64.b64encode(raw.encode()).decode("ascii")
        if req.get_header(self.auth_header, None) == auth:
            return None  # these credentials were refused already
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)

    def http_request(self, req):
        if (not hasattr(self.passwd, 'is_authenticated')
                or not self.passwd.is_authenticated(req.full_url)):
            return req
        if not req.has_header('Authorization'):
            user, password = self.passwd.find_user_password(None, req.full_url)
            token = base64.standard_b64encode(('%s:%s' % (user, password)).encode()).decode()
            req.add_unredirected_header('Authorization', 'Basic %s' % token.strip())
        return req

    def http_response(self, req, response):
        if hasattr(self.passwd, 'is_authenticated'):
            self.passwd.update_authenticated(req.full_url, 200 <= response.code < 300)
        return response

    https_request = http_request
    https_response = http_response


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    """Answers '401 Unauthorized' with Basic credentials."""

    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('www-authenticate', req.full_url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    """Answers '407 Proxy Authentication Required' with Basic credentials."""

    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('proxy-authenticate', req.host, req, headers)


# --- HTTP ----------------------------------------------------------------------------

class AbstractHTTPHandler(BaseHandler):
    """Prepares HTTP requests (Host, Content-type, Content-length, the opener's
    addheaders) and opens them with an http.client connection class."""

    def __init__(self, debuglevel=0):
        self._debuglevel = debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(request.data,
                                                              request.get_method())

    def do_request_(self, request):
        host = request.host
        if not host:
            raise URLError('no host given')

        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a "
                                "file object. It cannot be of type str.")
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type',
                                                'application/x-www-form-urlencoded')
            if (not request.has_header('Content-length')
                    and not request.has_header('Transfer-encoding')):
                length = self._get_content_length(request)
                if length is not None:
                    request.add_unredirected_header('Content-length', str(length))
                else:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')

        selector_host = host
        if request.has_proxy():
            scheme, rest = _splittype(request.selector)
            selector_host, _ = _splithost(rest)
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', selector_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Sends req over a new http_class connection and returns its response
        (with url set, and msg giving the reason phrase)."""
        host = req.host
        if not host:
            raise URLError('no host given')

        h = http_class(host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)

        headers = dict(req.unredirected_hdrs)
        for name, value in req.headers.items():
            if name not in headers:
                headers[name] = value
        # one request per connection: the response is read until the server closes
        headers["Connection"] = "close"
        headers = {name.title(): value for name, value in headers.items()}

        if req._tunnel_host:
            tunnel_headers = {}
            if "Proxy-Authorization" in headers:
                # for the proxy only, not for the server behind it
                tunnel_headers["Proxy-Authorization"] = headers.pop("Proxy-Authorization")
            h.set_tunnel(req._tunnel_host, headers=tunnel_headers)

        try:
            try:
                h.request(req.get_method(), req.selector, req.data, headers,
                          encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            r = h.getresponse()
        except:
            h.close()
            raise

        # The response now owns the connection: closing the socket here leaves it open
        # until the response (which reads it through a makefile() file) is closed.
        if h.sock:
            h.sock.close()
            h.sock = None

        r.url = req.get_full_url()
        r.msg = r.reason
        return r


class HTTPHandler(AbstractHTTPHandler):
    """Opens http:// requests."""

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


if _have_ssl and hasattr(http.client, 'HTTPSConnection'):

    class HTTPSHandler(AbstractHTTPHandler):
        """Opens https:// requests."""

        def __init__(self, debuglevel=0, context=None, check_hostname=None):
            AbstractHTTPHandler.__init__(self, debuglevel)
            self._context = context
            self._check_hostname = check_hostname

        def https_open(self, req):
            return self.do_open(http.client.HTTPSConnection, req, context=self._context,
                                check_hostname=self._check_hostname)

        https_request = AbstractHTTPHandler.do_request_

    __all__.append('HTTPSHandler')


class HTTPCookieProcessor(BaseHandler):
    """Adds the cookies of a cookie jar to requests and stores those responses set."""

    def __init__(self, cookiejar=None):
        if cookiejar is None:
            import http.cookiejar
            cookiejar = http.cookiejar.CookieJar()
        self.cookiejar = cookiejar

    def http_request(self, request):
        self.cookiejar.add_cookie_header(request)
        return request

    def http_response(self, request, response):
        self.cookiejar.extract_cookies(response, request)
        return response

    https_request = http_request
    https_response = http_response


class UnknownHandler(BaseHandler):
    """The last resort: a URL type no handler opens is an error."""

    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


def parse_keqv_list(l):
    """{key: value} of 'key=value' strings (quotes around a value are removed)."""
    parsed = {}
    for item in l:
        key, value = item.split('=', 1)
        if value[0] == '"' and value[-1] == '"':
            value = value[1:-1]
        parsed[key] = value
    return parsed


def parse_http_list(s):
    """The items of a comma-separated header list (RFC 2068), where a double-quoted
    string may hold commas and a backslash escapes inside quotes."""
    items = []
    current = ''
    escaped = in_quotes = False
    for ch in s:
        if escaped:
            current += ch
            escaped = False
        elif in_quotes:
            if ch == '\\':
                escaped = True
                continue
            if ch == '"':
                in_quotes = False
            current += ch
        elif ch == ',':
            items.append(current)
            current = ''
        else:
            if ch == '"':
                in_quotes = True
            current += ch
    if current:
        items.append(current)
    return [item.strip() for item in items]


# --- local files and data URLs -------------------------------------------------------

def _safe_gethostbyname(host):
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


class FileHandler(BaseHandler):
    """Opens file: URLs of this host."""

    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and (req.host and req.host != 'localhost'):
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        else:
            return self.open_local_file(req)

    # the addresses of this host
    names = None

    def get_names(self):
        if FileHandler.names is None:
            by_name_ex = getattr(socket, 'gethostbyname_ex', None)
            try:
                if by_name_ex is not None:
                    FileHandler.names = tuple(by_name_ex('localhost')[2]
                                              + by_name_ex(socket.gethostname())[2])
                else:
                    FileHandler.names = (socket.gethostbyname('localhost'),
                                         socket.gethostbyname(socket.gethostname()))
            except socket.gaierror:
                FileHandler.names = (socket.gethostbyname('localhost'),)
        return FileHandler.names

    def open_local_file(self, req):
        import mimetypes
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            modified = email.utils.formatdate(stats.st_mtime, usegmt=True)
            mtype = mimetypes.guess_type(filename)[0]
            headers = email.message_from_string(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n'
                % (mtype or 'text/plain', size, modified))
            port = None
            if host:
                host, port = _splitport(host)
            if not host or (not port and _safe_gethostbyname(host) in self.get_names()):
                if host:
                    origurl = 'file://' + host + filename
                else:
                    origurl = 'file://' + filename
                return addinfourl(open(localfile, 'rb'), headers, origurl)
        except OSError as exp:
            raise URLError(exp)
        raise URLError('file not on local host')


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397): data:[<mediatype>][;base64],<data>."""

    def data_open(self, req):
        url = req.full_url
        scheme, rest = url.split(":", 1)
        mediatype, data = rest.split(",", 1)
        # base64 data may be %-escaped too
        data = unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-7]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\n"
                                            % (mediatype, len(data)))
        return addinfourl(io.BytesIO(data), headers, url)


# --- paths, proxies ------------------------------------------------------------------

def url2pathname(pathname):
    """The local path a file: URL's path names (its %-escapes decoded)."""
    return unquote(pathname)


def pathname2url(pathname):
    """The file: URL path of a local path (%-escaped)."""
    return quote(pathname)


def getproxies_environment():
    """{scheme: proxy URL} from the <scheme>_proxy environment variables (a lower-case
    variable wins over an upper-case one; HTTP_PROXY is ignored in a CGI script)."""
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == '_proxy':
            proxies[name[:-6]] = value
    # a CGI script's HTTP_PROXY may come from a client's 'Proxy:' header
    if 'REQUEST_METHOD' in os.environ:
        proxies.pop('http', None)
    for name, value in os.environ.items():
        if name[-6:] == '_proxy':
            name = name.lower()
            if value:
                proxies[name[:-6]] = value
            else:
                proxies.pop(name[:-6], None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """Whether host is to be reached without a proxy, by no_proxy: '*' or a
    comma-separated list of host names and domain suffixes."""
    if proxies is None:
        proxies = getproxies_environment()
    try:
        no_proxy = proxies['no']
    except KeyError:
        return False
    if no_proxy == '*':
        return True
    host = host.lower()
    hostonly, port = _splitport(host)
    for name in no_proxy.split(','):
        name = name.strip()
        if not name:
            continue
        name = name.lstrip('.').lower()
        if hostonly == name or host == name:
            return True
        name = '.' + name
        if hostonly.endswith(name) or host.endswith(name):
            return True
    return False


getproxies = getproxies_environment
proxy_bypass = proxy_bypass_environment


def localhost():
    """The IP address of 'localhost'."""
    global _localhost
    if _localhost is None:
        _localhost = socket.gethostbyname('localhost')
    return _localhost


_localhost = None
