"""urllib.error: the exceptions urllib.request raises — URLError (an OSError whose
reason says what failed; str() gives '<urlopen error REASON>'), HTTPError (an error
status from a server, which is also the response: code, reason, headers, read()) and
ContentTooShortError (urlretrieve got less than Content-Length said)."""

import io
import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """A URL could not be opened; reason is a message or the exception behind it."""

    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP error status. It can be read like the response it came with."""

    def __init__(self, url, code, msg, hdrs, fp):
        # as CPython, whose OSError leaves args empty when __init__ is overridden
        self.args = ()
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        if fp is None:
            fp = io.BytesIO()
        urllib.response.addinfourl.__init__(self, fp, hdrs, url, code)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """A download ended before Content-Length bytes; content is (filename, headers)."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
