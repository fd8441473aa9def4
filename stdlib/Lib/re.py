"""re: regular expressions with Python's syntax, API and results.

Matching is done by the native _re (.NET's engine, with Python's pattern syntax translated and
Python's group numbering kept); this module gives the API: compile, match, search, fullmatch,
findall, finditer, sub, subn, split, escape, purge, the flags, Pattern and Match objects, and
re.error. Substitution templates (\\1, \\g<name>, \\n ...) are expanded here as CPython does.
"""

import enum
import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag(enum.IntFlag):
    # In CPython's order, which names combinations: re.ASCII|re.UNICODE.
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        if self._name_ is not None:
            return 're.' + self._name_.replace('|', '|re.')
        names = [('re.' + m._name_) for m in RegexFlag if m._value_ and m._value_ & self._value_ == m._value_
                 and m._name_ in ('ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'UNICODE', 'VERBOSE', 'DEBUG', 'TEMPLATE')]
        return '|'.join(names) if names else 're.NOFLAG'

    __str__ = object.__str__


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
U = UNICODE = RegexFlag.UNICODE
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """A pattern that is not a valid regular expression (CPython's re.error)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


class Match:

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations
    __slots__ = ('_spans', 'string', 're', 'pos', 'endpos')

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group < len(self._spans):
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _get(self, index, default=None):
        start, end = self._spans[index]
        if start < 0:
            return default
        value = self.string[start:end]
        return bytes(value) if type(value) is bytearray else value

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    @property
    def lastindex(self):
        # The group that closed last: the one ending last; of two ending at the same place,
        # the one starting first, which holds the other and closes after it.
        best = None
        best_start = best_end = -1
        for i in range(1, len(self._spans)):
            start, end = self._spans[i]
            if start < 0 or end < best_end:
                continue
            if end == best_end and start >= best_start:
                continue
            best, best_start, best_end = i, start, end
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    @property
    def regs(self):
        return tuple(self._spans)

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self._spans[0], self.group(0))


_FLAG_LETTERS = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64}


def _global_inline_flags(source):
    """The flags of the (?aiLmsux) groups a pattern starts with, which apply to all of it."""
    flags, i = 0, 0
    while source.startswith('(?', i):
        j = i + 2
        while j < len(source) and source[j] in _FLAG_LETTERS:
            j += 1
        if j == i + 2 or j >= len(source) or source[j] != ')':
            break
        for letter in source[i + 2:j]:
            flags |= _FLAG_LETTERS[letter]
        i = j + 1
    return flags


class Pattern:

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations
    __slots__ = ('pattern', 'flags', '_compiled', 'groups', 'groupindex')

    def __init__(self, pattern, flags):
        self.pattern = pattern
        source = pattern.decode('latin-1') if isinstance(pattern, bytes) else pattern
        flags |= _global_inline_flags(source)
        self.flags = int(flags | (0 if isinstance(pattern, bytes) or flags & ASCII else UNICODE))
        self._compiled = _re.compile(source, int(flags))
        self.groups = _re.groups(self._compiled)
        self.groupindex = _re.groupindex(self._compiled)

    def _text(self, string):
        """What the engine searches: the string itself, or a bytes subject read as Latin-1
        (one character per byte, so positions are the same)."""
        if isinstance(self.pattern, bytes):
            if isinstance(string, (bytes, bytearray)):
                return bytes(string).decode('latin-1')
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
        elif isinstance(string, str):
            return string
        elif isinstance(string, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def _run(self, string, pos, endpos, mode):
        text = string if type(string) is str and type(self.pattern) is str else self._text(string)
        spans = _re.search(self._compiled, text, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, len(string) if endpos is None else endpos)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        end = len(string) if endpos is None else endpos
        for spans in _re.all(self._compiled, self._text(string), pos, endpos):
            yield Match(self, string, spans, pos, end)

    def findall(self, string, pos=0, endpos=None):
        if type(string) is str and type(self.pattern) is str:
            return _re.findall(self._compiled, string, pos, endpos)
        result = []
        missing = string[:0]
        for spans in _re.all(self._compiled, self._text(string), pos, endpos):
            if self.groups == 0:
                start, end = spans[0]
                result.append(string[start:end])
            else:
                items = tuple(missing if s < 0 else string[s:e] for s, e in spans[1:])
                result.append(items[0] if self.groups == 1 else items)
        return result

    def subn(self, repl, string, count=0):
        if type(repl) is str and '\\' not in repl and type(string) is str and type(self.pattern) is str:
            return _re.subn_literal(self._compiled, string, repl, count)
        if callable(repl):
            expand = repl
        else:
            expand = _expand(self, repl)
        pieces = []
        last = 0
        n = 0
        for spans in _re.all(self._compiled, self._text(string), 0, None):
            if count and n >= count:
                break
            start, end = spans[0]
            pieces.append(string[last:start])
            value = expand(Match(self, string, spans, 0, len(string)))
            if value is not None:
                pieces.append(value)
            last = end
            n += 1
        pieces.append(string[last:])
        return (b'' if isinstance(self.pattern, bytes) else '').join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        pieces = []
        last = 0
        n = 0
        for spans in _re.all(self._compiled, self._text(string), 0, None):
            if maxsplit and n >= maxsplit:
                break
            start, end = spans[0]
            pieces.append(string[last:start])
            for s, e in spans[1:]:
                pieces.append(None if s < 0 else string[s:e])
            last = end
            n += 1
        pieces.append(string[last:])
        return pieces

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner')

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        flags = self.flags & ~UNICODE if not isinstance(self.pattern, bytes) else self.flags
        if flags:
            return 're.compile(%r, %r)' % (self.pattern, RegexFlag(flags))
        return 're.compile(%r)' % (self.pattern,)


def _expand(pattern, template):
    """A function of a Match giving the template with its group references filled in."""
    parts = []  # strings and group numbers, in order
    literal = []
    is_bytes = isinstance(template, (bytes, bytearray))
    if not is_bytes and not isinstance(template, str):
        raise TypeError('decoding to str: need a bytes-like object, %s found' % type(template).__name__)
    if is_bytes:
        template = bytes(template).decode('latin-1')
    i = 0
    n = len(template)
    escapes = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}
    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern) at position %d' % i)
        e = template[i + 1]
        if e == 'g':
            close = template.find('>', i + 2)
            if i + 2 >= n or template[i + 2] != '<' or close < 0:
                raise error('missing < at position %d' % (i + 2))
            name = template[i + 3:close]
            if name.isdigit():
                index = int(name)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            else:
                raise IndexError('unknown group name %r' % name)
            if index > pattern.groups:
                raise error('invalid group reference %d at position %d' % (index, i + 3))
            parts.append(''.join(literal)); literal = []
            parts.append(index)
            i = close + 1
        elif e.isdigit() and e != '0':
            j = i + 2
            if j < n and template[j].isdigit():
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise error('invalid group reference %d at position %d' % (index, i + 1))
            parts.append(''.join(literal)); literal = []
            parts.append(index)
            i = j
        elif e == '0':
            j = i + 2
            while j < n and j < i + 4 and template[j] in '01234567':
                j += 1
            literal.append(chr(int(template[i + 1:j], 8)))
            i = j
        elif e in escapes:
            literal.append(escapes[e])
            i += 2
        elif e.isascii() and e.isalpha():
            raise error('bad escape \\%s at position %d' % (e, i))
        else:
            literal.append('\\' + e)
            i += 2
    parts.append(''.join(literal))

    def expand(match):
        out = []
        for part in parts:
            if isinstance(part, int):
                value = match.group(part)
                if value is not None:
                    out.append(bytes(value).decode('latin-1') if is_bytes else value)
            else:
                out.append(part)
        return ''.join(out).encode('latin-1') if is_bytes else ''.join(out)
    return expand


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    return pattern.decode('latin-1').translate(_special_chars).encode('latin-1')


class Scanner:
    """A simple tokenizer (undocumented in CPython, but used): lexicon is (pattern, action)
    pairs; scan() matches at each position the first pattern that matches there, as one
    alternation would, and collects what each action makes of the text (an action that is
    None skips it; a callable is called with the scanner and the matched text)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._compiled = [(compile(phrase, flags), action) for phrase, action in lexicon]
        self.match = None

    def scan(self, string):
        result = []
        i = 0
        while True:
            for pattern, action in self._compiled:
                m = pattern.match(string, i)
                if m:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
