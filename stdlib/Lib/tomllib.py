"""tomllib -- a TOML 1.0 reader for MiniPy.

Provides load() (binary file) and loads() (str), producing plain dicts,
lists, str, int, float, bool and datetime/date/time objects, and raising
TOMLDecodeError with "<message> (at line L, column C)" style messages.
"""

import re as _re
import string as _string
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


# ---------------------------------------------------------------------------
# Character classes

_CONTROL = frozenset(chr(c) for c in range(32)) | {chr(127)}
_BAD_IN_STRING = _CONTROL - {"\t"}
_BAD_IN_MULTILINE = _CONTROL - {"\t", "\n"}
_BAD_IN_COMMENT = _BAD_IN_STRING
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE = frozenset(_string.ascii_letters + _string.digits + "-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset(_string.hexdigits)
_SIMPLE_ESCAPES = {
    "b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r",
    '"': '"', "\\": "\\",
}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_NUMBER_RE = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<frac>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"
)
_LOCAL_TIME_RE = _re.compile(_TIME)
_DATETIME_RE = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
)


# ---------------------------------------------------------------------------
# Bookkeeping of which tables were declared / frozen

class _Mark:
    """Flags attached to one key path in the document."""
    __slots__ = ("declared", "frozen", "children")

    def __init__(self):
        self.declared = False   # opened by [header] or dotted keys
        self.frozen = False     # inline table / array: immutable subtree
        self.children = {}


class _Marks:
    def __init__(self):
        self.root = _Mark()
        self.pending = []

    def _node(self, key, create):
        node = self.root
        for part in key:
            nxt = node.children.get(part)
            if nxt is None:
                if not create:
                    return None
                nxt = node.children[part] = _Mark()
            node = nxt
        return node

    def mark_declared(self, key):
        self._node(key, True).declared = True

    def mark_frozen(self, key):
        self._node(key, True).frozen = True

    def defer_declared(self, key):
        self.pending.append(key)

    def flush(self):
        for key in self.pending:
            self.mark_declared(key)
        self.pending = []

    def forget(self, key):
        parent = self._node(key[:-1], False)
        if parent is not None:
            parent.children.pop(key[-1], None)

    def is_declared(self, key):
        node = self._node(key, False) if key else None
        return node is not None and node.declared

    def is_frozen(self, key):
        if not key:
            return False
        node = self.root
        for part in key:
            node = node.children.get(part)
            if node is None:
                return False
            if node.frozen:
                return True
        return False


def _descend(root, key, through_lists=True):
    """Walk (creating empty tables) to the table at `key`; KeyError if blocked."""
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if through_lists and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError(part)
    return table


# ---------------------------------------------------------------------------
# The parser

class _Parser:
    def __init__(self, text, parse_float):
        self.src = text.replace("\r\n", "\n")
        self.pos = 0
        self.parse_float = parse_float

    # -- helpers --------------------------------------------------------
    def error(self, msg, pos=None):
        if pos is None:
            pos = self.pos
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            if line == 1:
                col = pos + 1
            else:
                col = pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def skip(self, chars):
        src, pos = self.src, self.pos
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        self.pos = pos

    def skip_comment(self):
        if self.peek() != "#":
            return
        src = self.src
        start = self.pos + 1
        end = src.find("\n", start)
        if end < 0:
            end = len(src)
        for i in range(start, end):
            if src[i] in _BAD_IN_COMMENT:
                raise self.error("Found invalid character %r" % src[i], i)
        self.pos = end

    def skip_array_space(self):
        while True:
            before = self.pos
            self.skip(_WS_NL)
            self.skip_comment()
            if self.pos == before:
                return

    # -- document level ---------------------------------------------------
    def parse(self):
        self.data = {}
        self.marks = _Marks()
        header = ()
        src = self.src
        while True:
            self.skip(_WS)
            c = self.peek()
            if not c:
                break
            if c == "\n":
                self.pos += 1
                continue
            if c in _KEY_START:
                self.key_value_statement(header)
                self.skip(_WS)
            elif c == "[":
                self.marks.flush()
                if self.peek(2) == "[[":
                    header = self.array_table_header()
                else:
                    header = self.table_header()
                self.skip(_WS)
            elif c != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            c = self.peek()
            if not c:
                break
            if c != "\n":
                raise self.error(
                    "Expected newline or end of document after a statement")
            self.pos += 1
        return self.data

    def table_header(self):
        self.pos += 1
        self.skip(_WS)
        key = self.key()
        if self.marks.is_declared(key) or self.marks.is_frozen(key):
            raise self.error("Cannot declare %s twice" % (key,))
        self.marks.mark_declared(key)
        try:
            _descend(self.data, key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_table_header(self):
        self.pos += 2
        self.skip(_WS)
        key = self.key()
        if self.marks.is_frozen(key):
            raise self.error("Cannot mutate immutable namespace %s" % (key,))
        self.marks.forget(key)
        self.marks.mark_declared(key)
        try:
            parent = _descend(self.data, key[:-1])
            last = key[-1]
            if last not in parent:
                parent[last] = [{}]
            elif isinstance(parent[last], list):
                parent[last].append({})
            else:
                raise KeyError(last)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if self.peek(2) != "]]":
            raise self.error(
                "Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def key_value_statement(self, header):
        key, value = self.key_value()
        marks = self.marks
        for i in range(1, len(key)):
            prefix = header + key[:i]
            if marks.is_declared(prefix):
                raise self.error("Cannot redefine namespace %s" % (prefix,))
            marks.defer_declared(prefix)
        parent_key = header + key[:-1]
        if marks.is_frozen(parent_key):
            raise self.error(
                "Cannot mutate immutable namespace %s" % (parent_key,))
        try:
            table = _descend(self.data, parent_key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if key[-1] in table:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.mark_frozen(header + key)
        table[key[-1]] = value

    # -- keys ---------------------------------------------------------
    def key_value(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_WS)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_WS)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_WS)
            parts.append(self.key_part())
            self.skip(_WS)
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c and c in _BARE:
            start = self.pos
            self.skip(_BARE)
            return self.src[start:self.pos]
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # -- values -------------------------------------------------------
    def value(self):
        src, pos = self.src, self.pos
        c = src[pos:pos + 1]
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(False)
            self.pos += 1
            return self.basic_string(False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(True)
            return self.literal_string()
        if c == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = _DATETIME_RE.match(src, pos)
        if m:
            try:
                result = _make_datetime(m)
            except ValueError as exc:
                raise self.error("Invalid date or datetime") from exc
            self.pos = m.end()
            return result
        m = _LOCAL_TIME_RE.match(src, pos)
        if m:
            self.pos = m.end()
            h, mi, s, frac = m.groups()
            return _time(int(h), int(mi), int(s), _micros(frac))
        m = _NUMBER_RE.match(src, pos)
        if m:
            self.pos = m.end()
            text = m.group()
            if m.group("frac"):
                return self.parse_float(text)
            return int(text, 0)
        if src[pos:pos + 3] in ("inf", "nan"):
            self.pos += 3
            return self.parse_float(src[pos:pos + 3])
        if src[pos:pos + 4] in ("+inf", "-inf", "+nan", "-nan"):
            self.pos += 4
            return self.parse_float(src[pos:pos + 4])
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        items = []
        self.skip_array_space()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_array_space()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return items
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_array_space()
            if self.peek() == "]":
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        result = {}
        marks = _Marks()
        self.skip(_WS)
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            key, value = self.key_value()
            if marks.is_frozen(key):
                raise self.error(
                    "Cannot mutate immutable namespace %s" % (key,))
            try:
                table = _descend(result, key[:-1], through_lists=False)
            except KeyError:
                raise self.error("Cannot overwrite a value") from None
            if key[-1] in table:
                raise self.error(
                    "Duplicate inline table key %r" % (key[-1],))
            table[key[-1]] = value
            self.skip(_WS)
            c = self.peek()
            if c == "}":
                self.pos += 1
                return result
            if c != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.mark_frozen(key)
            self.pos += 1
            self.skip(_WS)

    # -- strings ------------------------------------------------------
    def literal_string(self):
        src = self.src
        start = self.pos + 1
        end = src.find("'", start)
        if end < 0:
            raise self.error("Expected \"'\"", len(src))
        for i in range(start, end):
            if src[i] in _BAD_IN_STRING:
                raise self.error("Found invalid character %r" % src[i], i)
        self.pos = end + 1
        return src[start:end]

    def multiline_string(self, literal):
        src = self.src
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        if literal:
            quote = "'"
            start = self.pos
            end = src.find("'''", start)
            if end < 0:
                raise self.error("Expected \"'''\"", len(src))
            for i in range(start, end):
                if src[i] in _BAD_IN_MULTILINE:
                    raise self.error("Found invalid character %r" % src[i], i)
            text = src[start:end]
            self.pos = end + 3
        else:
            quote = '"'
            text = self.basic_string(True)
        # up to two quote characters may directly precede the closing triple
        for _ in range(2):
            if self.peek() != quote:
                break
            text += quote
            self.pos += 1
        return text

    def basic_string(self, multiline):
        src = self.src
        bad = _BAD_IN_MULTILINE if multiline else _BAD_IN_STRING
        pieces = []
        start = pos = self.pos
        n = len(src)
        while True:
            if pos >= n:
                raise self.error("Unterminated string", pos)
            c = src[pos]
            if c == '"':
                if not multiline:
                    pieces.append(src[start:pos])
                    self.pos = pos + 1
                    return "".join(pieces)
                if src.startswith('"""', pos):
                    pieces.append(src[start:pos])
                    self.pos = pos + 3
                    return "".join(pieces)
                pos += 1
                continue
            if c == "\\":
                pieces.append(src[start:pos])
                self.pos = pos
                pieces.append(self.escape(multiline))
                start = pos = self.pos
                continue
            if c in bad:
                raise self.error("Illegal character %r" % c, pos)
            pos += 1

    def escape(self, multiline):
        src = self.src
        code = src[self.pos + 1:self.pos + 2]
        self.pos += 2
        if multiline and code in (" ", "\t", "\n"):
            # line-ending backslash: swallow all following whitespace
            if code != "\n":
                self.skip(_WS)
                c = self.peek()
                if not c:
                    return ""
                if c != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_WS_NL)
            return ""
        if code == "u":
            return self.hex_char(4)
        if code == "U":
            return self.hex_char(8)
        if code in _SIMPLE_ESCAPES and code:
            return _SIMPLE_ESCAPES[code]
        raise self.error("Unescaped '\\' in a string")

    def hex_char(self, width):
        digits = self.src[self.pos:self.pos + width]
        if len(digits) != width or not all(d in _HEX for d in digits):
            raise self.error("Invalid hex value")
        self.pos += width
        cp = int(digits, 16)
        if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(cp)


def _micros(frac):
    return int(frac.ljust(6, "0")) if frac else 0


_tz_cache = {}


def _offset(sign, hours, minutes):
    k = (sign, hours, minutes)
    tz = _tz_cache.get(k)
    if tz is None:
        s = -1 if sign == "-" else 1
        tz = _timezone(_timedelta(hours=s * int(hours), minutes=s * int(minutes)))
        _tz_cache[k] = tz
    return tz


def _make_datetime(m):
    (year, month, day, hour, minute, sec, frac,
     zulu, sign, off_h, off_m) = m.groups()
    if hour is None:
        return _date(int(year), int(month), int(day))
    if sign:
        tz = _offset(sign, off_h, off_m)
    elif zulu:
        tz = _timezone.utc
    else:
        tz = None
    return _datetime(int(year), int(month), int(day), int(hour), int(minute),
                     int(sec), _micros(frac), tzinfo=tz)


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def wrapper(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return wrapper


# ---------------------------------------------------------------------------
# Public API

def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    return _Parser(s, _checked_float(parse_float)).parse()


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use "
            "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)
