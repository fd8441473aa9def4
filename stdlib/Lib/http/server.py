"""http.server: HTTP servers built on socketserver. HTTPServer and ThreadingHTTPServer
listen; BaseHTTPRequestHandler reads requests (HTTP/0.9, 1.0 and 1.1, with keep-alive
for 1.1), dispatches them to do_<METHOD> methods and writes responses, error pages and
an access log on sys.stderr; SimpleHTTPRequestHandler serves the files and directory
listings of a directory (GET and HEAD). test() and `python -m http.server` run a server.
Left out: CGIHTTPRequestHandler and the CGI helpers (--cgi)."""

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler"]

import datetime
import email.utils
import html
import http.client
import io
import mimetypes
import os
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse

from http import HTTPStatus

try:
    import posixpath
except ImportError:  # a build whose os.path cannot be imported by that name
    posixpath = os.path


# The page send_error() writes, filled in with the code, the message and the explanation.
DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"


def _fully_qualified_name(name):
    """socket.getfqdn(), from /etc/hosts when the socket module has no reverse look-up."""
    getfqdn = getattr(socket, 'getfqdn', None)
    if getfqdn is not None:
        return getfqdn(name)
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = socket.gethostname()
    try:
        address = socket.gethostbyname(name)
    except OSError:
        return name
    try:
        with open('/etc/hosts', encoding='utf-8', errors='replace') as hosts:
            for line in hosts:
                fields = line.split('#', 1)[0].split()
                if len(fields) >= 2 and fields[0] == address:
                    for candidate in fields[1:]:
                        if '.' in candidate:
                            return candidate
                    return fields[1]
    except OSError:
        pass
    return name


# --- servers -------------------------------------------------------------------------

class HTTPServer(socketserver.TCPServer):
    """A TCP server for HTTP: reuses its address, and knows its server_name and
    server_port once bound."""

    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = _fully_qualified_name(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """An HTTPServer that handles each connection in a daemon thread of its own."""

    daemon_threads = True


# --- the request handler -------------------------------------------------------------

def _control_char_escapes():
    table = {}
    for code in list(range(0x20)) + list(range(0x7f, 0xa0)):
        table[code] = '\\x%02x' % code
    table[ord('\\')] = '\\\\'
    return table


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads HTTP requests from a connection and answers each with its do_<COMMAND>()
    method (do_GET for GET...). The request is in command, path, request_version,
    requestline, headers (an http.client.HTTPMessage) and rfile (the body); the answer
    goes out through send_response(), send_header(), end_headers() and wfile."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__

    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE

    # what a response says before the request line has been understood
    default_request_version = "HTTP/0.9"

    # the version of the responses; "HTTP/1.1" allows persistent connections
    protocol_version = "HTTP/1.0"

    MessageClass = http.client.HTTPMessage

    responses = {status: (status.phrase, status.description)
                 for status in HTTPStatus.__members__.values()}

    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    _control_char_table = _control_char_escapes()

    def parse_request(self):
        """Understands self.raw_requestline and reads the headers. Returns True when
        the request can be served; otherwise an error has been sent and it returns
        False."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if not words:
            return False

        if len(words) >= 3:
            version = words[-1]
            number = self._version_number(version)
            if number is None:
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % version.split('/', 1)[1])
                return False
            self.request_version = version

        if len(words) not in (2, 3):
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[0], words[1]
        if len(words) == 2:
            # HTTP/0.9: a bare GET, no headers, and the connection ends after it
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path

        # '//host/x' would read as a URL naming another host: keep a single slash
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')

        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Line too long", str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Too many headers", str(err))
            return False

        connection = self.headers.get('Connection', "").lower()
        if connection == 'close':
            self.close_connection = True
        elif connection == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False

        expect = self.headers.get('Expect', "").lower()
        if (expect == "100-continue" and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    @staticmethod
    def _version_number(version):
        # 'HTTP/1.1' -> (1, 1); None unless it is HTTP/<digits>.<digits> (RFC 2145)
        if not version.startswith('HTTP/'):
            return None
        parts = version[5:].split('.')
        if len(parts) != 2:
            return None
        for part in parts:
            if not part.isdigit() or len(part) > 10:
                return None
        try:
            return int(parts[0]), int(parts[1])
        except ValueError:
            return None

    def handle_expect_100(self):
        """Answers 'Expect: 100-continue' with a 100 Continue; return False (having
        sent an error) to refuse the body instead."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Reads, parses and answers one request."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ''
                self.request_version = ''
                self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            method_name = 'do_' + self.command
            if not hasattr(self, method_name):
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            getattr(self, method_name)()
            self.wfile.flush()
        except TimeoutError as e:
            # the client was too slow: give up on this connection
            self.log_error("Request timed out: %r", e)
            self.close_connection = True
            return

    def handle(self):
        """Answers requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Sends an error response: the status line, Server, Date, Connection: close
        and (unless the code has no body) an HTML page giving code, message and
        explanation, which default to the code's phrase and description. Logs it."""
        try:
            short, long = self.responses[code]
        except KeyError:
            short, long = '???', '???'
        if message is None:
            message = short
        if explain is None:
            explain = long
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')

        body = None
        # 1xx, 204, 205 and 304 responses have no body
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            page = self.error_message_format % {
                'code': code,
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False),
            }
            body = page.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()

        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Logs the request, then buffers the status line and the Server and Date
        headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        """Buffers the status line alone (nothing for an HTTP/0.9 request)."""
        if self.request_version != 'HTTP/0.9':
            if message is None:
                message = self.responses[code][0] if code in self.responses else ''
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            line = "%s %d %s\r\n" % (self.protocol_version, code, message)
            self._headers_buffer.append(line.encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        """Buffers a header line; 'Connection: close' or 'keep-alive' also decides
        whether the connection stays open."""
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            line = "%s: %s\r\n" % (keyword, value)
            self._headers_buffer.append(line.encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = True
            elif value.lower() == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        """Ends the headers with a blank line and sends what was buffered."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        """Writes the buffered status line and headers to wfile."""
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        """Logs the request line with the response code (and size)."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        """Logs an error; by default as log_message() does."""
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Writes 'client - - [date] message' to sys.stderr, the message being
        format % args with control characters escaped."""
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (
            self.address_string(), self.log_date_time_string(),
            message.translate(self._control_char_table)))

    def version_string(self):
        """The Server header's value: server_version and sys_version."""
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """A time (by default now) as a Date header gives it."""
        if timestamp is None:
            timestamp = time.time()
        return email.utils.formatdate(timestamp, usegmt=True)

    def log_date_time_string(self):
        """The local time now, as the log gives it: 03/Dec/2026 09:47:00."""
        now = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            now[2], self.monthname[now[1]], now[0], now[3], now[4], now[5])

    def address_string(self):
        """The client's address, for the log."""
        return self.client_address[0]


# --- serving files -------------------------------------------------------------------

class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD requests from a directory (by default the current one):
    files with the type guess_type() gives them, and a listing for a directory that
    has no index.html or index.htm."""

    server_version = "SimpleHTTP/" + __version__

    # compressed files are served as what they are, not as what they contain
    extensions_map = _encodings_map_default = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }

    def __init__(self, *args, directory=None, **kwargs):
        if directory is None:
            directory = os.getcwd()
        self.directory = os.fspath(directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        """Sends the headers and then the file (or listing)."""
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        """Sends the headers only."""
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Sends the status and headers for GET and HEAD. Returns the open file whose
        content is to follow (the caller closes it), or None when there is nothing
        more to send (a redirect, an error, 304 Not Modified)."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith('/'):
                # a directory's links are relative to it: send the browser to '.../'
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                new_url = urllib.parse.urlunsplit(
                    (parts[0], parts[1], parts[2] + '/', parts[3], parts[4]))
                self.send_header("Location", new_url)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for index in ("index.html", "index.htm"):
                index = os.path.join(path, index)
                if os.path.isfile(index):
                    path = index
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        # 'file/' names no file, even where the system would open it
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            f = open(path, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None

        try:
            fs = os.fstat(f.fileno())
            if "If-Modified-Since" in self.headers and "If-None-Match" not in self.headers:
                try:
                    since = email.utils.parsedate_to_datetime(
                        self.headers["If-Modified-Since"])
                except (TypeError, IndexError, OverflowError, ValueError):
                    since = None  # an unreadable date is ignored
                if since is not None:
                    if since.tzinfo is None:
                        # the obsolete forms without a zone are in UTC
                        since = since.replace(tzinfo=datetime.timezone.utc)
                    if since.tzinfo is datetime.timezone.utc:
                        modified = datetime.datetime.fromtimestamp(
                            fs.st_mtime, datetime.timezone.utc).replace(microsecond=0)
                        if modified <= since:
                            self.send_response(HTTPStatus.NOT_MODIFIED)
                            self.end_headers()
                            f.close()
                            return None

            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(fs[6]))
            self.send_header("Last-Modified", self.date_time_string(fs.st_mtime))
            self.end_headers()
            return f
        except:
            f.close()
            raise

    def list_directory(self, path):
        """Sends the headers of an HTML listing of the directory and returns the
        listing as a file (or sends 404 and returns None if it cannot be read)."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=lambda name: name.lower())
        try:
            shown_path = urllib.parse.unquote(self.path, errors='surrogatepass')
        except UnicodeDecodeError:
            shown_path = urllib.parse.unquote(self.path)
        shown_path = html.escape(shown_path, quote=False)
        encoding = sys.getfilesystemencoding()
        title = 'Directory listing for ' + shown_path
        lines = [
            '<!DOCTYPE HTML>',
            '<html lang="en">',
            '<head>',
            '<meta charset="%s">' % encoding,
            '<title>%s</title>\n</head>' % title,
            '<body>\n<h1>%s</h1>' % title,
            '<hr>\n<ul>',
        ]
        for name in names:
            full = os.path.join(path, name)
            shown = link = name
            if os.path.isdir(full):
                shown = link = name + "/"
            if os.path.islink(full):
                # a link to a directory shows '@' but still links with '/'
                shown = name + "@"
            lines.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link, errors='surrogatepass'),
                html.escape(shown, quote=False)))
        lines.append('</ul>\n<hr>\n</body>\n</html>\n')
        encoded = '\n'.join(lines).encode(encoding, 'surrogateescape')
        f = io.BytesIO()
        f.write(encoded)
        f.seek(0)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % encoding)
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        return f

    def translate_path(self, path):
        """The file a URL path names under self.directory: the query and fragment
        are dropped, %-escapes decoded, and '.', '..' and anything that is not a plain
        name skipped. A trailing '/' is kept."""
        path = path.split('?', 1)[0]
        path = path.split('#', 1)[0]
        trailing_slash = path.rstrip().endswith('/')
        try:
            path = urllib.parse.unquote(path, errors='surrogatepass')
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        path = posixpath.normpath(path)
        result = self.directory
        for word in path.split('/'):
            if not word:
                continue
            if os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        if trailing_slash:
            result += '/'
        return result

    def copyfile(self, source, outputfile):
        """Copies the file's data to the connection."""
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The Content-type for a file: from extensions_map (as written, then in lower
        case), then from mimetypes, else application/octet-stream."""
        base, ext = posixpath.splitext(path)
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        guess, _ = mimetypes.guess_type(path)
        if guess:
            return guess
        return 'application/octet-stream'


# --- running a server ----------------------------------------------------------------

def _get_best_family(*address):
    infos = socket.getaddrinfo(*address, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, type, proto, canonname, sockaddr = next(iter(infos))
    if address[0] is None and sockaddr[0] in ('127.0.0.1', '::1'):
        # a passive look-up of no host stands for every interface
        sockaddr = ('0.0.0.0' if family == socket.AF_INET else '::',) + tuple(sockaddr[1:])
    return family, sockaddr


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol="HTTP/1.0", port=8000, bind=None):
    """Serves with HandlerClass on port (all interfaces unless bind) until Ctrl-C."""
    ServerClass.address_family, addr = _get_best_family(bind, port)
    HandlerClass.protocol_version = protocol
    with ServerClass(addr, HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        url_host = '[%s]' % host if ':' in host else host
        print("Serving HTTP on %s port %s (http://%s:%s/) ..." % (host, port, url_host, port))
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print("\nKeyboard interrupt received, exiting.")
            sys.exit(0)


def _main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('-b', '--bind', metavar='ADDRESS',
                        help='bind to this address (default: all interfaces)')
    parser.add_argument('-d', '--directory', default=os.getcwd(),
                        help='serve this directory (default: current directory)')
    parser.add_argument('-p', '--protocol', metavar='VERSION', default='HTTP/1.0',
                        help='conform to this HTTP version (default: %(default)s)')
    parser.add_argument('port', default=8000, type=int, nargs='?',
                        help='bind to this port (default: %(default)s)')
    args = parser.parse_args()

    class DualStackServer(ThreadingHTTPServer):
        def server_bind(self):
            # accept IPv4 on an IPv6 socket where the system allows it
            try:
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            except Exception:
                pass
            return super().server_bind()

        def finish_request(self, request, client_address):
            self.RequestHandlerClass(request, client_address, self,
                                     directory=args.directory)

    test(HandlerClass=SimpleHTTPRequestHandler, ServerClass=DualStackServer,
         port=args.port, bind=args.bind, protocol=args.protocol)


if __name__ == '__main__':
    _main()
