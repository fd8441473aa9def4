"""json.encoder: Python values to JSON text (whole documents by the native _json)."""

import _json

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}

INFINITY = float('inf')


def _escape(s, ensure_ascii):
    """s with what JSON must escape escaped: control characters, the quote and the
    backslash, and with ensure_ascii everything outside printable ASCII."""
    out = []
    for ch in s:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
            continue
        code = ord(ch)
        if code < 0x20:
            out.append('\\u%04x' % code)
        elif ensure_ascii and code > 0x7e:
            if code > 0xffff:
                code -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    return ''.join(out)


def encode_basestring(s):
    """s as a JSON string, non-ASCII characters as they are."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'  # most strings: nothing to escape, no character to visit
    return '"' + _escape(s, False) + '"'


def encode_basestring_ascii(s):
    """s as a JSON string of ASCII characters only (the others as \\uXXXX escapes)."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + _escape(s, True) + '"'


def _encode_string(s, ensure_ascii):
    return encode_basestring_ascii(s) if ensure_ascii else encode_basestring(s)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        if type(self).iterencode is JSONEncoder.iterencode and type(self)._encode is JSONEncoder._encode:
            # the whole document at once, natively (as CPython's c_make_encoder)
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return _json.encode(o, self, indent)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        out = []
        self._encode(o, out, indent, 0, {} if self.check_circular else None)
        return out

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return repr(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, bool) or key is None:
            return {True: 'true', False: 'false', None: 'null'}[key]
        if isinstance(key, float):
            return self._float(key)
        if isinstance(key, int):
            return repr(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s' % key.__class__.__name__)

    def _encode(self, o, out, indent, level, markers):
        if o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, indent, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, indent, level, markers)
        else:
            self._enter(o, markers)
            self._encode(self.default(o), out, indent, level, markers)
            if markers is not None:
                del markers[id(o)]

    def _enter(self, o, markers):
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers[key] = o

    def _encode_list(self, items, out, indent, level, markers):
        self._encode_container(items, '[', ']', items, out, indent, level, markers)

    def _encode_dict(self, d, out, indent, level, markers):
        pairs = sorted(d.items()) if self.sort_keys else d.items()
        self._encode_container(d, '{', '}', pairs, out, indent, level, markers)

    def _encode_container(self, o, opener, closer, entries, out, indent, level, markers):
        """A list's items or a dict's (key, value) pairs between brackets, indented when asked."""
        if not o:
            out.append(opener + closer)
            return
        self._enter(o, markers)
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
        else:
            newline = ''
            separator = self.item_separator
        is_dict = opener == '{'
        # The pieces iterencode hands out are CPython's: a dict's opener, keys, separators and
        # values each a piece; in a list, what precedes an item (the opener and first line
        # break, or a separator) joined to it when the item is a plain value.
        if is_dict:
            out.append(opener)
            if newline:
                out.append(newline)
        before = opener + newline
        first = True
        for entry in entries:
            if is_dict:
                key = self._key(entry[0])
                if key is None:
                    continue
                if not first:
                    out.append(separator)
                out.append(_encode_string(key, self.ensure_ascii))
                out.append(self.key_separator)
                self._encode(entry[1], out, indent, level, markers)
            else:
                if not first:
                    before = separator
                if entry is None or isinstance(entry, (str, int, float)):
                    at = len(out)
                    self._encode(entry, out, indent, level, markers)
                    out[at] = before + out[at]
                else:
                    out.append(before)
                    self._encode(entry, out, indent, level, markers)
            first = False
        if indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(closer)
        if markers is not None:
            del markers[id(o)]
