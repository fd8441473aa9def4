"""email.utils: helpers for dates, addresses and parameters in message headers, as in
CPython 3.11: formatdate, format_datetime, parsedate, parsedate_tz, parsedate_to_datetime,
mktime_tz, localtime, formataddr, parseaddr, getaddresses, quote, unquote, make_msgid,
and the RFC 2231 helpers (encode_rfc2231, decode_rfc2231, decode_params,
collapse_rfc2231_value).

Left out: the email.charset.Charset class (formataddr() takes a charset name, or any
object with a header_encode method), the deprecated AddressList interface, and the
strict= argument of later CPython versions.
"""

import datetime
import os
import random
import re
import socket
import time
import urllib.parse

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
           'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
           'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
           'unquote']

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """Whether s holds lone surrogates (bytes smuggled in by 'surrogateescape')."""
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


def _surrogates_to_bytes(s, encoding='ascii'):
    """s encoded with `encoding`, each surrogate U+DC80..U+DCFF giving back its byte
    (the 'surrogateescape' error handler, done by hand)."""
    out = bytearray()
    run = []
    for ch in s:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:
            if run:
                out += ''.join(run).encode(encoding)
                run = []
            out.append(code - 0xDC00)
        else:
            run.append(ch)
    if run:
        out += ''.join(run).encode(encoding)
    return bytes(out)


def _sanitize(string):
    """string with smuggled bytes decoded as utf-8, undecodable ones replaced."""
    return _surrogates_to_bytes(string, 'utf-8').decode('utf-8', 'replace')


def _raw_unicode_escape(text):
    """text as the 'raw-unicode-escape' codec encodes it: code points below 256 as one
    byte each, the others as \\uXXXX or \\UXXXXXXXX escapes."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 256:
            out.append(code)
        elif code < 0x10000:
            out += b'\\u%04x' % code
        else:
            out += b'\\U%08x' % code
    return bytes(out)


# --- quoting ---------------------------------------------------------------------------

def quote(str):
    """str with backslashes and double quotes escaped by a backslash (for use inside a
    quoted-string; the surrounding quotes are not added)."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """str without its surrounding double quotes (unescaping \\\\ and \\") or angle
    brackets; any other string is returned unchanged."""
    if len(str) > 1:
        if str[0] == '"' and str[-1] == '"':
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str[0] == '<' and str[-1] == '>':
            return str[1:-1]
    return str


# --- dates -----------------------------------------------------------------------------

_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
           'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
_DAY_ABBR = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

# Zone names RFC 822 defines, as hours and minutes (HHMM) east of UTC. The military
# single letters other than Z are not trusted (RFC 1123), so they are not here.
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400, 'CST': -600, 'CDT': -500,
          'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def _parsedate_tz(data):
    """The fields of an RFC 2822 date as a list [year, month, day, hour, minute, second,
    0, 1, -1, offset], offset in seconds east of UTC (None for '-0000'); None when data is
    not a date."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    # A day name (with or without its comma) is skipped; "Tue,1" loses its "Tue,".
    if words[0].endswith(',') or words[0].lower() in _DAYS:
        del words[0]
    else:
        comma = words[0].rfind(',')
        if comma >= 0:
            words[0] = words[0][comma + 1:]
    if len(words) == 3:
        # RFC 850: 01-Jan-99 10:00:00 GMT
        pieces = words[0].split('-')
        if len(pieces) == 3:
            words = pieces + words[1:]
    if len(words) == 4:
        # the zone may be glued to the time: 10:00:00+0100
        last = words[3]
        sign = last.find('+')
        if sign == -1:
            sign = last.find('-')
        if sign > 0:
            words[3:] = [last[:sign], last[sign:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHS:
        # "Jan 01" order
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    month = _MONTHS.index(mm) % 12 + 1
    if dd[-1] == ',':
        dd = dd[:-1]
    if yy.find(':') > 0:
        # asctime order: the time comes before the year
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    hms = tm.split(':')
    if len(hms) == 2:
        hh, mi = hms
        ss = '0'
    elif len(hms) == 3:
        hh, mi, ss = hms
    elif len(hms) == 1 and '.' in hms[0]:
        hms = hms[0].split('.')
        if len(hms) == 2:
            hh, mi = hms
            ss = 0
        elif len(hms) == 3:
            hh, mi, ss = hms
        else:
            return None
    else:
        return None
    try:
        year = int(yy)
        day = int(dd)
        hour = int(hh)
        minute = int(mi)
        second = int(ss)
    except ValueError:
        return None
    if year < 100:
        # two-digit years: 69..99 are 1969..1999, 00..68 are 2000..2068 (POSIX)
        year += 1900 if year > 68 else 2000
    offset = None
    tz = tz.upper()
    if tz in _ZONES:
        offset = _ZONES[tz]
    else:
        try:
            offset = int(tz)
        except ValueError:
            pass
        if offset == 0 and tz.startswith('-'):
            offset = None
    if offset:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [year, month, day, hour, minute, second, 0, 1, -1, offset]


def parsedate_tz(data):
    """An RFC 2822 date as a 10-tuple: the 9 fields of a time tuple, then the zone's offset
    from UTC in seconds (0 when unknown); None if data cannot be parsed."""
    fields = _parsedate_tz(data)
    if not fields:
        return None
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """An RFC 2822 date as a 9-tuple usable with time.mktime(); None if unparsable."""
    fields = parsedate_tz(data)
    if isinstance(fields, tuple):
        return fields[:9]
    return fields


def mktime_tz(data):
    """The POSIX timestamp of a 10-tuple from parsedate_tz() (local time if it has no
    offset)."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """An RFC 2822 date as a datetime: aware with its offset, or naive for '-0000'."""
    fields = _parsedate_tz(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    offset = fields[9]
    if offset is None:
        return datetime.datetime(*fields[:6])
    return datetime.datetime(*fields[:6],
                             tzinfo=datetime.timezone(datetime.timedelta(seconds=offset)))


def _format_date(tt, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAY_ABBR[tt[6]], tt[2], _MONTH_ABBR[tt[1] - 1], tt[0], tt[3], tt[4], tt[5], zone)


def format_datetime(dt, usegmt=False):
    """dt as an RFC 2822 date string; its zone is its offset (+HHMM), -0000 for a naive
    datetime, or GMT when usegmt is true (dt must then be aware and in UTC)."""
    tt = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime('%z')
    return _format_date(tt, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """A time (a timestamp, now by default) as an RFC 2822 date string, e.g.
    'Fri, 09 Nov 2001 01:08:47 -0000'. localtime=True gives the local time and its offset;
    usegmt=True writes the zone as 'GMT' (as HTTP wants) when localtime is false."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc).replace(tzinfo=None)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


def localtime(dt=None, isdst=-1):
    """dt (now by default) as an aware datetime in the local time zone; a naive dt is taken
    to be local time already."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    seconds = time.mktime(dt.timetuple()[:-1] + (isdst,))
    local = time.localtime(seconds)
    try:
        tz = datetime.timezone(datetime.timedelta(seconds=local.tm_gmtoff), local.tm_zone)
    except AttributeError:
        delta = dt - datetime.datetime(*time.gmtime(seconds)[:6])
        dst = time.daylight and local.tm_isdst > 0
        gmtoff = -(time.altzone if dst else time.timezone)
        if delta == datetime.timedelta(seconds=gmtoff):
            tz = datetime.timezone(delta, time.tzname[dst])
        else:
            tz = datetime.timezone(delta)
    return dt.replace(tzinfo=tz)


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID, '<time.pid.random[.idstring]@domain>' (domain defaults to this
    host's name)."""
    stamp = int(time.time() * 100)
    suffix = '' if idstring is None else '.' + idstring
    if domain is None:
        getfqdn = getattr(socket, 'getfqdn', None)
        domain = getfqdn() if getfqdn is not None else socket.gethostname()
    return '<%d.%d.%d%s@%s>' % (stamp, os.getpid(), random.getrandbits(64), suffix, domain)


# --- addresses -------------------------------------------------------------------------

class _AddressParser:
    """A reader of RFC 2822 address lists, forgiving as the classic rfc822 parser is:
    it returns (display name, address) pairs, ('', '') for what it cannot read."""

    SPECIALS = '()<>@,:;."[]'
    LWS = ' \t'
    CR = '\r\n'

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.comments = []
        self.fws = self.LWS + self.CR
        self.atom_ends = self.SPECIALS + self.LWS + self.CR
        self.phrase_ends = self.atom_ends.replace('.', '')

    def _peek(self):
        return self.field[self.pos] if self.pos < len(self.field) else ''

    def _at_end(self):
        return self.pos >= len(self.field)

    def skip_space(self):
        """Skips white space and comments (kept in self.comments); returns the blanks and
        tabs skipped."""
        blanks = []
        while not self._at_end():
            ch = self.field[self.pos]
            if ch in self.LWS or ch in '\r\n':
                if ch in self.LWS:
                    blanks.append(ch)
                self.pos += 1
            elif ch == '(':
                self.comments.append(self.comment())
            else:
                break
        return ''.join(blanks)

    def address_list(self):
        result = []
        while not self._at_end():
            found = self.address()
            if found:
                result.extend(found)
            else:
                result.append(('', ''))
        return result

    def address(self):
        """The next address (or the members of a group), as a list of pairs."""
        self.comments = []
        self.skip_space()
        start, start_comments = self.pos, self.comments
        words = self.phrase()
        self.skip_space()
        found = []
        if self._at_end():
            if words:
                found = [(' '.join(self.comments), words[0])]
        else:
            ch = self.field[self.pos]
            if ch in '.@':
                # a bare addr-spec: read it again from the start as one
                self.pos, self.comments = start, start_comments
                spec = self.addr_spec()
                found = [(' '.join(self.comments), spec)]
            elif ch == ':':
                # a group: "name: a@b, c@d;"
                self.pos += 1
                while not self._at_end():
                    self.skip_space()
                    if self._peek() == ';':
                        self.pos += 1
                        break
                    found = found + self.address()
            elif ch == '<':
                route = self.route_addr()
                name = ' '.join(words)
                if self.comments:
                    name = name + ' (' + ' '.join(self.comments) + ')'
                found = [(name, route)]
            elif words:
                found = [(' '.join(self.comments), words[0])]
            elif ch in self.SPECIALS:
                self.pos += 1
        self.skip_space()
        if self._peek() == ',':
            self.pos += 1
        return found

    def route_addr(self):
        """The addr-spec inside <...>, any source route (@a,@b:) skipped."""
        if self._peek() != '<':
            return None
        self.pos += 1
        self.skip_space()
        expect_route = False
        spec = ''
        while not self._at_end():
            ch = self.field[self.pos]
            if expect_route:
                self.domain()
                expect_route = False
            elif ch == '>':
                self.pos += 1
                break
            elif ch == '@':
                self.pos += 1
                expect_route = True
            elif ch == ':':
                self.pos += 1
            else:
                spec = self.addr_spec()
                self.pos += 1
                break
            self.skip_space()
        return spec

    def addr_spec(self):
        """local-part@domain ('' when the domain is missing or malformed)."""
        parts = []
        self.skip_space()
        while not self._at_end():
            keep_space = True
            ch = self.field[self.pos]
            if ch == '.':
                if parts and not parts[-1].strip():
                    parts.pop()
                parts.append('.')
                self.pos += 1
                keep_space = False
            elif ch == '"':
                parts.append('"%s"' % quote(self.quoted()))
            elif ch in self.atom_ends:
                if parts and not parts[-1].strip():
                    parts.pop()
                break
            else:
                parts.append(self.atom())
            space = self.skip_space()
            if keep_space and space:
                parts.append(space)
        if self._peek() != '@':
            return ''.join(parts)
        parts.append('@')
        self.pos += 1
        self.skip_space()
        domain = self.domain()
        if not domain:
            return ''
        return ''.join(parts) + domain

    def domain(self):
        parts = []
        while not self._at_end():
            ch = self.field[self.pos]
            if ch in self.LWS:
                self.pos += 1
            elif ch == '(':
                self.comments.append(self.comment())
            elif ch == '[':
                parts.append('[%s]' % self.delimited('[', ']\r', False))
            elif ch == '.':
                self.pos += 1
                parts.append('.')
            elif ch == '@':
                # two @ signs: refuse the whole domain
                return ''
            elif ch in self.atom_ends:
                break
            else:
                parts.append(self.atom())
        return ''.join(parts)

    def delimited(self, opener, closers, allow_comments=True):
        """The text between opener and one of closers, backslash escapes resolved (and
        comments inside kept as their text when allowed)."""
        if self._peek() != opener:
            return ''
        out = []
        escaped = False
        self.pos += 1
        while not self._at_end():
            ch = self.field[self.pos]
            if escaped:
                out.append(ch)
                escaped = False
            elif ch in closers:
                self.pos += 1
                break
            elif allow_comments and ch == '(':
                out.append(self.comment())
                continue
            elif ch == '\\':
                escaped = True
            else:
                out.append(ch)
            self.pos += 1
        return ''.join(out)

    def quoted(self):
        return self.delimited('"', '"\r', False)

    def comment(self):
        return self.delimited('(', ')\r', True)

    def atom(self, ends=None):
        ends = self.atom_ends if ends is None else ends
        start = self.pos
        while not self._at_end() and self.field[self.pos] not in ends:
            self.pos += 1
        return self.field[start:self.pos]

    def phrase(self):
        """The words (atoms, dotted atoms and quoted strings) of a display name."""
        words = []
        while not self._at_end():
            ch = self.field[self.pos]
            if ch in self.fws:
                self.pos += 1
            elif ch == '"':
                words.append(self.quoted())
            elif ch == '(':
                self.comments.append(self.comment())
            elif ch in self.phrase_ends:
                break
            else:
                words.append(self.atom(self.phrase_ends))
        return words


def _address_list(field):
    if not field:
        return []
    return _AddressParser(field).address_list()


def parseaddr(addr):
    """(display name, address) of the first address in addr; ('', '') if none is found."""
    found = _address_list(addr)
    if not found:
        return '', ''
    return found[0]


def getaddresses(fieldvalues):
    """Every (display name, address) pair in the given header values."""
    return _address_list(COMMASPACE.join(str(v) for v in fieldvalues))


def _q_encode_header(data):
    """bytes in the Q encoding of RFC 2047 (space as '_', others but letters, digits and
    -!*+/ as =XX)."""
    out = []
    for byte in data:
        ch = chr(byte)
        if ch == ' ':
            out.append('_')
        elif ch.isascii() and (ch.isalnum() or ch in '-!*+/'):
            out.append(ch)
        else:
            out.append('=%02X' % byte)
    return ''.join(out)


def formataddr(pair, charset='utf-8'):
    """'Name <address>' from a (name, address) pair: the name is quoted when it holds
    special characters and encoded (RFC 2047, in charset) when it is not ASCII; without
    a name, the address alone."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            from email.message import _Charset
            charset = _Charset(charset)
        encoded = charset.header_encode(name)
        return '%s <%s>' % (encoded, address)
    quotes = '"' if specialsre.search(name) else ''
    name = escapesre.sub(r'\\\g<0>', name)
    return '%s%s%s <%s>' % (quotes, name, quotes, address)


# --- RFC 2231 parameters ---------------------------------------------------------------

def decode_rfc2231(s):
    """charset'language'text split into [charset, language, text]; (None, None, s) when s
    has fewer than two quotes."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded in charset, with the charset'language' prefix when either is
    given."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


_CONTINUATION = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def decode_params(params):
    """A list of (name, value) parameters with RFC 2231 continuations (name*0, name*1...)
    joined and extended values (name*=charset'lang'text) turned into 3-tuples. The first
    pair (the header's main value) is kept as it is; other values come back quoted."""
    result = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        extended = name.endswith('*')
        value = unquote(value)
        match = _CONTINUATION.match(name)
        if match:
            name, number = match.group('name', 'num')
            if number is not None:
                number = int(number)
            pieces.setdefault(name, []).append((number, value, extended))
        else:
            result.append((name, '"%s"' % quote(value)))
    for name, parts in pieces.items():
        parts.sort()
        texts = []
        any_extended = False
        for number, text, extended in parts:
            if extended:
                text = urllib.parse.unquote(text, encoding='latin-1')
                any_extended = True
            texts.append(text)
        joined = quote(EMPTYSTRING.join(texts))
        if any_extended:
            charset, language, text = decode_rfc2231(joined)
            result.append((name, (charset, language, '"%s"' % text)))
        else:
            result.append((name, '"%s"' % joined))
    return result


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A parameter value as a str: a (charset, language, text) tuple is decoded with its
    charset; a plain value is unquoted."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    raw = _raw_unicode_escape(text)
    try:
        return str(raw, charset, errors)
    except LookupError:
        return unquote(text)
