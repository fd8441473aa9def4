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

    def _scan(self, mapping, safe):
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
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
