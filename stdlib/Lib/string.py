"""string: character classes as constants, capwords, and Template ($-substitution)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class Template:
    """$name and ${name} placeholders, $$ for a dollar sign."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        # A subclass that changes what a placeholder looks like (idpattern, braceidpattern,
        # flags, or a whole pattern) is matched by a regular expression made from them, as
        # CPython's Template always is; the plain scanner below serves the rest without
        # importing re.
        super().__init_subclass__(**kwargs)
        if not any(name in cls.__dict__ for name in ('pattern', 'idpattern', 'braceidpattern', 'flags')) \
                and not getattr(cls, '_by_pattern', False):
            return
        import re
        if 'pattern' in cls.__dict__ and not isinstance(cls.__dict__['pattern'], str):
            cls._by_pattern = True
            return
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |
              (?P<named>{ident})    |
              {{(?P<braced>{braced})}} |
              (?P<invalid>)
            )
            """
        flags = re.IGNORECASE if cls.flags is None else cls.flags
        cls.pattern = re.compile(pattern, flags | re.VERBOSE)
        cls._by_pattern = True

    def _scan_pattern(self, mapping, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return self._lookup(mapping, named, mo.group(), safe)
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                i = mo.start('invalid')
                lines = self.template[:i].splitlines(keepends=True)
                if not lines:
                    lineno, colno = 1, 1
                else:
                    colno = i - len(''.join(lines[:-1]))
                    lineno = len(lines)
                raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def _scan(self, mapping, safe):
        if getattr(self, '_by_pattern', False):
            return self._scan_pattern(mapping, safe)
        text = self.template
        out = []
        i = 0
        n = len(text)
        delim = self.delimiter
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + len(delim)
            if text.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            if k < n and text[k] == '{':
                end = text.find('}', k)
                name = text[k + 1:end] if end >= 0 else ''
                if end >= 0 and _is_identifier(name):
                    out.append(self._lookup(mapping, name, text[j:end + 1], safe))
                    i = end + 1
                    continue
            else:
                m = k
                while m < n and (text[m] == '_' or text[m].isascii() and text[m].isalnum()):
                    m += 1
                name = text[k:m]
                if name and not name[0].isdigit():
                    out.append(self._lookup(mapping, name, text[j:m], safe))
                    i = m
                    continue
            if safe:
                out.append(delim)
                i = k
                continue
            lineno = text.count('\n', 0, j) + 1
            colno = j - text.rfind('\n', 0, j)
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))
        return ''.join(out)

    @staticmethod
    def _lookup(mapping, name, original, safe):
        if name in mapping:
            return str(mapping[name])
        if safe:
            return original
        raise KeyError(name)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        names = _Recorder()
        self._scan(names, True)
        return names.names


def _is_identifier(name):
    return bool(name) and not name[0].isdigit() and all(c == '_' or c.isascii() and c.isalnum() for c in name)


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


class _AnyMapping:
    def __contains__(self, name):
        return True

    def __getitem__(self, name):
        return ''


class _Recorder:
    def __init__(self):
        self.names = []

    def __contains__(self, name):
        if name not in self.names:
            self.names.append(name)
        return False


class Formatter:
    """str.format's machinery with every step a method a subclass may replace: parse splits
    the format string, get_field and get_value find each field's object, convert_field
    applies !r/!s/!a, format_field formats it, check_unused_args may object to arguments
    left over. The parsing follows CPython's, error messages included."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index: the next automatic field number, or False once a field was
        # numbered by hand (the two may not be mixed).
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may hold fields of its own: "{0:{1}}".
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return "".join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each field, and for the
        text after the last one (with None for the other three)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:   # checked as it is read, after the first part is found
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_format(text):
    pos, end = 0, len(text)
    while pos < end:
        start = pos
        brace = None
        while pos < end:
            c = text[pos]
            pos += 1
            if c == "{" or c == "}":
                brace = c
                break
        literal_end = pos
        if brace == "}" and (pos >= end or text[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if brace == "{" and pos >= end:
            raise ValueError("Single '{' encountered in format string")
        if brace is not None and text[pos] == brace:
            # "{{" or "}}": the literal keeps one brace and no field follows.
            pos += 1
            yield text[start:literal_end], None, None, None
            continue
        if brace is None:
            yield text[start:literal_end], None, None, None
            continue
        literal = text[start:literal_end - 1]
        pos, field_name, format_spec, conversion = _parse_field(text, pos)
        yield literal, field_name, format_spec, conversion


def _parse_field(text, pos):
    """The field after a "{" at pos: its name, spec and conversion, and where it ends."""
    end = len(text)
    name_start = pos
    c = None
    while pos < end:
        c = text[pos]
        pos += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while pos < end and text[pos] != "]":
                pos += 1
            c = None
            continue
        if c in "}:!":
            break
        c = None
    if c is None:
        raise ValueError("expected '}' before end of string")
    field_name = text[name_start:pos - 1]
    if c == "}":
        return pos, field_name, "", None
    conversion = None
    if c == "!":
        if pos >= end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[pos]
        pos += 1
        if pos < end:
            c = text[pos]
            pos += 1
            if c == "}":
                return pos, field_name, "", conversion
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < end:
        c = text[pos]
        pos += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return pos, field_name, text[spec_start:pos - 1], conversion
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(field_name):
    """"a.b[0]" -> ("a", the parts after it: (True, "b"), (False, 0)); a decimal first part is
    an int. The parts are checked as they are read, so a bad one is found only after the
    first part was looked up (as CPython's formatter_field_name_split)."""
    pos, end = 0, len(field_name)
    while pos < end and field_name[pos] not in ".[":
        pos += 1
    first = field_name[:pos]
    if first.isdecimal():
        first = int(first)
    return first, _field_parts(field_name, pos)


def _field_parts(field_name, pos):
    end = len(field_name)
    while pos < end:
        c = field_name[pos]
        pos += 1
        if c == ".":
            start = pos
            while pos < end and field_name[pos] not in ".[":
                pos += 1
            if pos == start:
                raise ValueError("Empty attribute in format string")
            yield True, field_name[start:pos]
        elif c == "[":
            start = pos
            while pos < end and field_name[pos] != "]":
                pos += 1
            if pos >= end:
                raise ValueError("Missing ']' in format string")
            key = field_name[start:pos]
            pos += 1
            if key == "":
                raise ValueError("Empty attribute in format string")
            yield False, int(key) if key.isdecimal() else key
            if pos < end and field_name[pos] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
