"""email.message: Message, an RFC 2822 message (a list of headers and a payload), as
CPython 3.11's email.message.Message behaves under its default (compat32) policy.

Headers keep their order and the case of their names; lookups ignore case. Message
offers the mapping-like header access (msg[name], get, get_all, keys, values, items, in,
iteration, del, len), add_header/replace_header, the Content-Type helpers
(get_content_type, get_content_maintype/subtype, get_param(s), set_param, del_param,
set_type, get_content_charset, get_charsets, get_filename, get_boundary, set_boundary,
get_content_disposition), payloads (get_payload with base64, quoted-printable and
uuencode decoding, set_payload, set_charset for the common charsets, attach, walk,
is_multipart), and output (as_string, __str__, as_bytes, __bytes__) with compat32's
header folding and RFC 2047 encoding of non-ASCII header text, multipart messages
included.

Left out: EmailMessage and MIMEPart (the newer policy-driven API), policies other than
compat32 (a policy argument is accepted and kept, but compat32 rules apply), and the
email.charset and email.header classes: a charset is named by a string (a small built-in
table gives the encodings of us-ascii, utf-8, the iso-8859 family and a few others), and
a header holding undecodable bytes is returned as a string with surrogate escapes rather
than as an email.header.Header.
"""

import base64
import binascii
import random
import re
import time

from email import errors
from email import utils

__all__ = ['Message']

SEMISPACE = '; '

# Characters that force a parameter value into quotes.
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')

_NL_ANY = re.compile(r'\r\n|\r|\n')
_EMBEDDED_HEADER = re.compile(r'\n[^ \t]+:')


class _Compat32:
    """The compat32 policy's settings that this package consults."""

    linesep = '\n'
    max_line_length = 78
    raise_on_defect = False
    mangle_from_ = True
    cte_type = '8bit'
    utf8 = False
    message_factory = None

    def __repr__(self):
        return 'Compat32()'

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        obj.defects.append(defect)


compat32 = _Compat32()


# --- character sets --------------------------------------------------------------------

_QP, _BASE64, _SHORTEST = 1, 2, 3

# name: (header encoding, body encoding, output charset)
_CHARSETS = {
    'us-ascii': (None, None, None),
    'utf-8': (_SHORTEST, _BASE64, 'utf-8'),
    'big5': (_BASE64, _BASE64, None),
    'gb2312': (_BASE64, _BASE64, None),
    'koi8-r': (_BASE64, _BASE64, None),
    'euc-jp': (_BASE64, None, 'iso-2022-jp'),
    'shift_jis': (_BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (_BASE64, None, None),
    'windows-1252': (_QP, _QP, None),
    'viscii': (_QP, _QP, None),
}
for _n in range(1, 16):
    _CHARSETS['iso-8859-%d' % _n] = (_QP, _QP, None)
del _n

_ALIASES = {'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1', 'latin1': 'iso-8859-1',
            'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
            'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15',
            'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr',
            'ascii': 'us-ascii', 'utf8': 'utf-8'}


class _Charset:
    """A character set and how message text in it is encoded (a minimal stand-in for
    email.charset.Charset)."""

    def __init__(self, input_charset='us-ascii'):
        name = str(input_charset).lower()
        name = _ALIASES.get(name, name)
        self.input_charset = name
        header, body, output = _CHARSETS.get(name, (_SHORTEST, _BASE64, None))
        self.header_encoding = header
        self.body_encoding = body
        self.output_charset = output or name
        self.input_codec = name
        self.output_codec = self.output_charset

    def __str__(self):
        return self.input_charset

    __repr__ = __str__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def __hash__(self):
        return hash(str(self))

    def get_output_charset(self):
        return self.output_charset

    def header_encode(self, string):
        """string as an RFC 2047 encoded word of this charset (unchanged for charsets
        whose headers are not encoded, such as us-ascii)."""
        codec = self.output_codec or 'us-ascii'
        data = string.encode(codec)
        if self.header_encoding == _BASE64:
            use_base64 = True
        elif self.header_encoding == _QP:
            use_base64 = False
        elif self.header_encoding == _SHORTEST:
            use_base64 = _b64_length(data) < _q_length(data)
        else:
            return string
        if not data:
            return ''
        return _encode_word(string, codec, use_base64)

    def get_body_encoding(self):
        if self.body_encoding == _QP:
            return 'quoted-printable'
        if self.body_encoding == _BASE64:
            return 'base64'
        return _encode_7or8bit

    def body_encode(self, string):
        if not string:
            return string
        if self.body_encoding == _BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _base64_body(string)
        if self.body_encoding == _QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _qp_body(string.decode('latin-1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string


def _encode_7or8bit(msg):
    data = msg.get_payload(decode=True)
    if data is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        data.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def _base64_body(data, maxlinelen=76):
    step = maxlinelen * 3 // 4
    return ''.join(binascii.b2a_base64(data[i:i + step]).decode('ascii')
                   for i in range(0, len(data), step))


_QP_SAFE = set(range(33, 127)) - {ord('=')}
_QP_SAFE.update((ord(' '), ord('\t')))


def _qp_body(text, maxlinelen=76, eol='\n'):
    """text (code points below 256) in quoted-printable, lines wrapped with soft breaks
    at maxlinelen characters."""
    if not text:
        return text
    encoded = ''.join(ch if (ord(ch) in _QP_SAFE or ch in '\r\n') else '=%02X' % ord(ch)
                      for ch in text)
    out = []
    width = maxlinelen - 1
    for line in encoded.splitlines():
        start = 0
        last_start = len(line) - 1 - maxlinelen
        while start <= last_start:
            stop = start + width
            # never cut an =XX escape in two
            if line[stop - 2] == '=':
                out.append(line[start:stop - 1])
                start = stop - 2
            elif line[stop - 1] == '=':
                out.append(line[start:stop])
                start = stop - 1
            else:
                out.append(line[start:stop] + '=')
                start = stop
        if line and line[-1] in ' \t':
            # white space at the end of a line must be protected
            room = start - last_start
            last = '=%02X' % ord(line[-1])
            if room >= 3:
                tail = last
            elif room == 2:
                tail = line[-1] + '=' + eol
            else:
                tail = '=' + eol + last
            out.append(line[start:-1] + tail)
        else:
            out.append(line[start:])
    if encoded[-1] in '\r\n':
        out.append('')
    return eol.join(out)


_HEX = '0123456789abcdefABCDEF'


def _qp_decode(data):
    """Quoted-printable bytes decoded: =XX escapes, soft line breaks removed."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte != 0x3D:  # '='
            out.append(byte)
            i += 1
            continue
        rest = data[i + 1:i + 3]
        if rest[:1] == b'\n':
            i += 2
        elif rest == b'\r\n':
            i += 3
        elif len(rest) == 2 and chr(rest[0]) in _HEX and chr(rest[1]) in _HEX:
            out.append(int(rest, 16))
            i += 3
        elif i + 1 == n:
            i += 1
        else:
            # trailing blanks before a soft break, or a stray '='
            j = i + 1
            while j < n and data[j] in b' \t':
                j += 1
            if j < n and data[j] in b'\r\n':
                i = j + (2 if data[j:j + 2] == b'\r\n' else 1)
            elif j == n:
                i = n
            else:
                out.append(byte)
                i += 1
    return bytes(out)


def _uu_line(line):
    """One line of uuencoded data decoded."""
    line = line.rstrip(b'\r\n')
    if not line:
        return b''
    count = (line[0] - 32) & 63
    out = bytearray()
    body = line[1:]
    for i in range(0, len(body), 4):
        group = [((c - 32) & 63) for c in body[i:i + 4]]
        group += [0] * (4 - len(group))
        out.append(((group[0] << 2) | (group[1] >> 4)) & 0xFF)
        out.append(((group[1] << 4) | (group[2] >> 2)) & 0xFF)
        out.append(((group[2] << 6) | group[3]) & 0xFF)
    if len(out) < count:
        raise ValueError('Truncated input')
    return bytes(out[:count])


def _decode_uu(data):
    lines = iter(data.splitlines())
    for line in lines:
        if line.startswith(b'begin '):
            mode = line[6:].partition(b' ')[0]
            try:
                int(mode, 8)
            except ValueError:
                continue
            break
    else:
        raise ValueError('`begin` line not found')
    out = []
    for line in lines:
        if not line:
            raise ValueError('Truncated input')
        if line.strip(b' \t\r\n\f') == b'end':
            break
        out.append(_uu_line(line))
    return b''.join(out)


def _decode_base64(msg, data):
    """base64 data decoded as leniently as CPython does, defects noted on msg."""
    data = b''.join(data.splitlines())
    missing = len(data) % 4
    padding = b'==='[:4 - missing] if missing else b''
    attempts = ((data + padding, True, [errors.InvalidBase64PaddingDefect] if missing else []),
                (data, False, [errors.InvalidBase64CharactersDefect]),
                (data + b'==', False, [errors.InvalidBase64CharactersDefect,
                                       errors.InvalidBase64PaddingDefect]))
    for candidate, strict, defects in attempts:
        try:
            value = base64.b64decode(candidate, validate=strict)
        except (binascii.Error, ValueError):
            continue
        for defect in defects:
            msg.policy.handle_defect(msg, defect())
        return value
    msg.policy.handle_defect(msg, errors.InvalidBase64LengthDefect())
    return data


# --- parameters ------------------------------------------------------------------------

def _splitparam(param):
    value, sep, rest = str(param).partition(';')
    if not sep:
        return value.strip(), None
    return value.strip(), rest.strip()


def _formatparam(param, value=None, quote=True):
    """param=value for a header, quoted when asked or needed; RFC 2231 for 3-tuples and
    non-ASCII values."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        return '%s*=%s' % (param, utils.encode_rfc2231(value[2], value[0], value[1]))
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return '%s*=%s' % (param, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


def _parseparam(s):
    """The ';'-separated pieces of a header value (a ';' inside quotes does not count),
    each stripped, parameter names lowercased."""
    s = str(s)
    pieces = []
    rest = ';' + s
    while rest[:1] == ';':
        rest = rest[1:]
        end = rest.find(';')
        while end > 0 and (rest.count('"', 0, end) - rest.count('\\"', 0, end)) % 2:
            end = rest.find(';', end + 1)
        if end < 0:
            end = len(rest)
        piece = rest[:end]
        if '=' in piece:
            name, _, value = piece.partition('=')
            piece = name.strip().lower() + '=' + value.strip()
        pieces.append(piece.strip())
        rest = rest[end:]
    return pieces


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


# --- header output ---------------------------------------------------------------------

_CHROME_LEN = 7    # the '=?', '?b?' and '?=' around an encoded word's charset and text


def _header_bytes(text, charset):
    if charset == 'unknown-8bit':
        return utils._surrogates_to_bytes(text, 'ascii')
    return text.encode(charset)


def _b64_length(data):
    return (len(data) + 2) // 3 * 4


def _q_length(data):
    return len(utils._q_encode_header(data))


def _encode_word(text, charset='utf-8', use_base64=None):
    """text as one RFC 2047 encoded word ('' for no text): base64 or Q as asked, or
    whichever is shorter (Q on a tie)."""
    data = _header_bytes(text, charset)
    if not data:
        return ''
    if use_base64 is None:
        use_base64 = _b64_length(data) < _q_length(data)
    if use_base64:
        return '=?%s?b?%s?=' % (charset, base64.b64encode(data).decode('ascii'))
    return '=?%s?q?%s?=' % (charset, utils._q_encode_header(data))


def _encoded_lines(text, charset, maxlengths):
    """text as encoded words, each fitting the next of maxlengths (an iterator); a None
    first item means not even one character fits on the current line."""
    whole = _header_bytes(text, charset)
    use_base64 = _b64_length(whole) < _q_length(whole)
    measure = _b64_length if use_base64 else _q_length
    extra = len(charset) + _CHROME_LEN
    lines = []
    current = ''
    limit = next(maxlengths) - extra
    for ch in text:
        if measure(_header_bytes(current + ch, charset)) > limit:
            if not lines and not current:
                lines.append(None)
            else:
                lines.append(_encode_word(current, charset, use_base64))
            current = ch
            limit = next(maxlengths) - extra
        else:
            current += ch
    lines.append(_encode_word(current, charset, use_base64))
    return lines


class _HeaderFormatter:
    """Lays out a header value as lines of (white space, text) pieces, splitting a line
    that grows past maxlen at the last ';', else ',', else white space."""

    SPLIT_CHARS = ';, \t'

    def __init__(self, header_len, maxlen):
        self.maxlen = maxlen
        self.lines = []
        self.pieces = []
        self.indent = header_len    # room taken on the first line by 'Name: '

    def _length(self):
        return self.indent + sum(len(ws) + len(text) for ws, text in self.pieces)

    def _text(self):
        return ''.join(ws + text for ws, text in self.pieces)

    def newline(self):
        last = self.pieces.pop() if self.pieces else ('', '')
        if last != (' ', ''):
            self.pieces.append(last)
        if self._length() > 0:
            text = self._text()
            if self.indent == 0 and (not self.pieces or text.isspace()) and self.lines:
                self.lines[-1] += text
            else:
                self.lines.append(text)
        self.pieces = []
        self.indent = 0

    def add_transition(self):
        self.pieces.append((' ', ''))

    def feed_ascii(self, ws, text):
        parts = re.split(r'([ \t]+)', ws + text)
        if parts[0]:
            parts.insert(0, '')
        else:
            parts.pop(0)
        for i in range(0, len(parts) - 1, 2):
            self._append(parts[i], parts[i + 1])

    def feed_encoded(self, ws, text, charset):
        def maxlengths():
            yield self.maxlen - self._length()
            while True:
                yield self.maxlen - 1
        words = _encoded_lines(text, charset, maxlengths())
        first = words.pop(0)
        if first is not None:
            self._append(ws, first)
        if not words:
            return
        last = words.pop()
        self.newline()
        self.pieces.append((' ', last))
        for word in words:
            self.lines.append(' ' + word)

    def _append(self, ws, text):
        self.pieces.append((ws, text))
        if self._length() <= self.maxlen:
            return
        for ch in self.SPLIT_CHARS:
            for i in range(len(self.pieces) - 1, 0, -1):
                if ch.isspace():
                    before_ws = self.pieces[i][0]
                    if before_ws and before_ws[0] == ch:
                        break
                previous = self.pieces[i - 1][1]
                if previous and previous[-1] == ch:
                    break
            else:
                continue
            break
        else:
            # nowhere to split: on the first line, move the piece to a line of its own
            ws, text = self.pieces.pop()
            if self.indent > 0:
                self.newline()
                if not ws:
                    ws = ' '
            self.pieces.append((ws, text))
            return
        rest = self.pieces[i:]
        del self.pieces[i:]
        self.lines.append(self._text())
        self.pieces = rest
        self.indent = 0

    def result(self, linesep):
        self.newline()
        return linesep.join(self.lines)


def _fold_value(name, value, maxlen=0, linesep='\n', binary=False):
    """The text after 'Name: ' for a header, as compat32 writes it: the lines of the value
    kept (continuation lines with their leading white space), non-ASCII text as RFC 2047
    encoded words (bytes a message was parsed from as unknown-8bit words, or as they
    were when writing bytes), and lines longer than maxlen (if not 0) split."""
    value = str(value)
    charset = None
    if utils._has_surrogates(value):
        if binary:
            return value
        charset = 'unknown-8bit'
    else:
        try:
            value.encode('ascii')
        except UnicodeEncodeError:
            charset = 'utf-8'
    formatter = _HeaderFormatter(len(name) + 2, maxlen if maxlen else 1000000)
    lines = value.splitlines()
    for index, line in enumerate(lines or ['']):
        if index:
            formatter.newline()
        if charset is not None:
            if index:
                formatter.feed_encoded(' ', ' ' + line.lstrip(), charset)
            else:
                formatter.feed_encoded('', line, charset)
        else:
            stripped = line.lstrip() if index else line
            formatter.feed_ascii(line[:len(line) - len(stripped)], stripped)
    if len(lines) > 1:
        formatter.newline()
    formatter.add_transition()
    result = formatter.result(linesep)
    if _EMBEDDED_HEADER.search(result):
        raise errors.HeaderParseError(
            "header value appears to contain an embedded header: {!r}".format(result))
    return result


# --- the message -----------------------------------------------------------------------

class Message:
    """An email message: headers (name, value) in order, and a payload — a string, or a
    list of Message objects for a multipart (or message/rfc822) message."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    # --- output ---

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message as text: headers, a blank line, the body (lines end with \\n).
        maxheaderlen > 0 wraps long header lines."""
        return _Generator(maxheaderlen).flatten(self, unixfrom)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The whole message as bytes (what as_string gives, in ASCII, with any raw bytes
        the message was parsed from restored)."""
        text = _Generator(0, binary=True).flatten(self, unixfrom)
        return utils._surrogates_to_bytes(text, 'ascii')

    # --- payload ---

    def is_multipart(self):
        """Whether the payload is a list of sub-messages."""
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Adds payload (a Message) to the list of sub-messages."""
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with a"
                                " non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload: the list of sub-messages (or its item i) of a multipart message,
        else the body string. decode=True gives the body as bytes, undoing a base64,
        quoted-printable or uuencode Content-Transfer-Encoding (None for a multipart)."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str):
            if utils._has_surrogates(payload):
                raw = utils._surrogates_to_bytes(payload, 'ascii')
                if not decode:
                    try:
                        payload = raw.decode(self.get_param('charset', 'ascii'), 'replace')
                    except LookupError:
                        payload = raw.decode('ascii', 'replace')
            elif decode:
                try:
                    raw = payload.encode('ascii')
                except UnicodeError:
                    raw = utils._raw_unicode_escape(payload)
        if not decode:
            return payload
        if cte == 'quoted-printable':
            return _qp_decode(raw)
        if cte == 'base64':
            return _decode_base64(self, raw)
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            try:
                return _decode_uu(raw)
            except ValueError:
                return raw
        if isinstance(payload, str):
            return raw
        return payload

    def set_payload(self, payload, charset=None):
        """Sets the payload; with a charset, the text is encoded in it (and the MIME
        headers set, as set_charset does)."""
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, _Charset):
                charset = _Charset(charset)
            payload = payload.encode(charset.output_charset)
        if hasattr(payload, 'decode'):
            self._payload = payload.decode('ascii', 'surrogateescape')
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Declares the payload's charset: adds MIME-Version, a Content-Type charset
        parameter and a Content-Transfer-Encoding, encoding the payload to match. None
        removes the charset parameter."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, _Charset):
            charset = _Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            if callable(cte):
                cte(self)
            else:
                payload = self._payload
                if payload:
                    try:
                        payload = utils._surrogates_to_bytes(payload, 'ascii')
                    except UnicodeError:
                        payload = payload.encode(charset.output_charset)
                self._payload = charset.body_encode(payload)
                self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # --- headers as a mapping ---

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Adds a header (an existing one of that name is kept: del it first to replace)."""
        self._headers.append((name, val))

    def __delitem__(self, name):
        """Removes every header of that name (no error if there is none)."""
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for name, value in self._headers:
            yield name

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self._fetch(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self._fetch(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        """The value of the first header of that name, or failobj."""
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self._fetch(k, v)
        return failobj

    @staticmethod
    def _fetch(name, value):
        return value

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """The values of all headers of that name, in order, or failobj if none."""
        name = name.lower()
        found = [self._fetch(k, v) for k, v in self._headers if k.lower() == name]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        """Adds a header with parameters: add_header('Content-Disposition', 'attachment',
        filename='a.txt') (underscores in names become dashes; None gives a bare name)."""
        parts = []
        for key, value in _params.items():
            key = key.replace('_', '-')
            parts.append(key if value is None else _formatparam(key, value))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replaces the value of the first header of that name, in place; KeyError if
        there is none."""
        lname = _name.lower()
        for index, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[index] = (k, _value)
                return
        raise KeyError(lname)

    # --- content type ---

    def get_content_type(self):
        """'maintype/subtype' of Content-Type, lowercased; the default type when there is
        no Content-Type, text/plain when it is malformed."""
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for piece in _parseparam(value):
            name, sep, val = piece.partition('=')
            if sep:
                params.append((name.strip(), val.strip()))
            else:
                params.append((piece.strip(), ''))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The header's value split into (name, value) pairs, the first being
        (main value, ''); failobj if the header is missing."""
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """The value of one parameter of the header (names compared without case): a
        string, or (charset, language, value) for an RFC 2231 value; failobj if absent."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Sets (or replaces) a parameter of the header (Content-Type is created as
        text/plain if missing)."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            pieces = []
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    pieces.append(_formatparam(param, value, requote))
                else:
                    pieces.append(_formatparam(old_param, old_value, requote))
            ctype = SEMISPACE.join(p for p in pieces if p) if pieces else ''
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        """Removes a parameter from the header."""
        if header not in self:
            return
        pieces = [_formatparam(p, v, requote)
                  for p, v in self.get_params(header=header, unquote=requote)
                  if p.lower() != param.lower()]
        new_value = SEMISPACE.join(p for p in pieces if p)
        if new_value != self.get(header):
            del self[header]
            self[header] = new_value

    def set_type(self, type, header='Content-Type', requote=True):
        """Sets 'maintype/subtype' of the header, keeping its parameters (and adding
        MIME-Version for Content-Type)."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition (or name of Content-Type)."""
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        """The boundary parameter of Content-Type."""
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Sets the boundary parameter of Content-Type, where the header stands."""
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        new_params = []
        found = False
        for key, value in params:
            if key.lower() == 'boundary':
                new_params.append(('boundary', '"%s"' % boundary))
                found = True
            else:
                new_params.append((key, value))
        if not found:
            new_params.append(('boundary', '"%s"' % boundary))
        text = SEMISPACE.join(k if v == '' else '%s=%s' % (k, v) for k, v in new_params)
        self._headers = [(h, text) if h.lower() == 'content-type' else (h, v)
                         for h, v in self._headers]

    def get_content_charset(self, failobj=None):
        """The charset parameter of Content-Type, lowercased; failobj if there is none
        or it is not ASCII."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            declared = charset[0] or 'us-ascii'
            try:
                charset = str(utils._raw_unicode_escape(charset[2]), declared)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """The content charset of this message and of each part within it."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """The Content-Disposition value ('inline', 'attachment'...) lowercased, or None."""
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        """This message and every part inside it, depth first."""
        yield self
        if self.is_multipart():
            for part in self.get_payload():
                yield from part.walk()


# --- writing a message out -------------------------------------------------------------

class _Generator:
    """Writes a Message as text the way compat32's Generator does (no From mangling)."""

    NL = '\n'

    def __init__(self, maxheaderlen=0, binary=False):
        self.maxheaderlen = maxheaderlen
        self.binary = binary

    def flatten(self, msg, unixfrom=False):
        out = []
        if unixfrom:
            ufrom = msg.get_unixfrom()
            if not ufrom:
                ufrom = 'From nobody ' + time.ctime(time.time())
            out.append(ufrom + self.NL)
        self._write(msg, out)
        return ''.join(out)

    def _write(self, msg, out):
        body = []
        msg = self._dispatch(msg, body)
        for name, value in msg.raw_items():
            folded = _fold_value(name, value, self.maxheaderlen, self.NL, self.binary)
            out.append('%s: %s%s' % (name, folded, self.NL))
        out.append(self.NL)
        out.extend(body)

    def _dispatch(self, msg, out):
        main = msg.get_content_maintype()
        if main == 'multipart':
            self._multipart(msg, out)
        elif main == 'message':
            self._message(msg, out)
        else:
            msg = self._text(msg, out)
        return msg

    def _lines(self, text, out):
        if not text:
            return
        pieces = _NL_ANY.split(text)
        for piece in pieces[:-1]:
            out.append(piece)
            out.append(self.NL)
        if pieces[-1]:
            out.append(pieces[-1])

    def _text(self, msg, out):
        payload = msg.get_payload()
        if payload is None:
            return msg
        if not isinstance(payload, str):
            raise TypeError('string payload expected: %s' % type(payload))
        if utils._has_surrogates(msg._payload):
            if self.binary:
                self._lines(msg._payload, out)
                return msg
            charset = msg.get_param('charset')
            if charset is not None:
                import copy
                msg = copy.deepcopy(msg)
                del msg['content-transfer-encoding']
                msg.set_payload(payload, charset)
                payload = msg.get_payload()
        self._lines(payload, out)
        return msg

    def _flatten_part(self, part):
        piece = []
        self._write(part, piece)
        return ''.join(piece)

    def _multipart(self, msg, out):
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, str):
            out.append(parts)
            return
        elif not isinstance(parts, list):
            parts = [parts]
        texts = [self._flatten_part(part) for part in parts]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self.NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            self._lines(msg.preamble, out)
            out.append(self.NL)
        out.append('--' + boundary + self.NL)
        for index, text in enumerate(texts):
            if index:
                out.append(self.NL + '--' + boundary + self.NL)
            out.append(text)
        out.append(self.NL + '--' + boundary + '--' + self.NL)
        if msg.epilogue is not None:
            self._lines(msg.epilogue, out)

    def _message(self, msg, out):
        payload = msg._payload
        if isinstance(payload, list):
            out.append(self._flatten_part(msg.get_payload(0)))
        elif payload is not None:
            out.append(payload)

    @staticmethod
    def _make_boundary(text):
        token = random.randrange(10 ** 18)
        boundary = ('=' * 15) + ('%019d' % token) + '=='
        candidate = boundary
        counter = 0
        while re.search('^--' + re.escape(candidate) + '(--)?$', text, re.MULTILINE):
            candidate = boundary + '.' + str(counter)
            counter += 1
        return candidate
