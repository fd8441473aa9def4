# unicodedata: the Unicode Character Database, version 14.0.0 (CPython 3.11's): each code
# point's name, general category, bidirectional class, canonical combining class, East Asian
# width, mirroring, decomposition and numeric values, and the four normalization forms.
#
# The data is unicodedata.dat beside this file: zlib-compressed text, read on first use.
# Properties are stored as runs of code points that share them; names as one line per
# character, except the names Unicode builds from the code point (CJK UNIFIED IDEOGRAPH-4E00)
# and the Hangul syllables, whose names and decompositions follow from their number.
import sys as _sys

__all__ = ["lookup", "name", "decimal", "digit", "numeric", "category", "bidirectional",
           "combining", "east_asian_width", "mirrored", "decomposition", "normalize",
           "is_normalized", "unidata_version", "UCD"]

unidata_version = "14.0.0"

# Hangul syllables: 19 leading consonants, 21 vowels, 28 trailing consonants (the first none).
_S_BASE, _L_BASE, _V_BASE, _T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_L_COUNT, _V_COUNT, _T_COUNT = 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT
_JAMO_L = "G GG N D DD R M B BB S SS  J JJ C K T P H".split(" ")
_JAMO_V = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split(" ")
_JAMO_T = ("", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
           "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H")


class _Database:
    """The tables, parsed from unicodedata.dat."""

    def __init__(self):
        import os
        import zlib
        path = os.path.join(os.path.dirname(__file__), "unicodedata.dat")
        with open(path, "rb") as f:
            text = zlib.decompress(f.read()).decode("utf-8")
        sections = {}
        current = None
        for line in text.split("\n"):
            if line.isupper() and " " not in line and line.isalpha():
                current = sections.setdefault(line, [])
            elif line:
                current.append(line)
        self.props = []
        for line in sections["PROPS"]:
            category, bidi, combining, width, mirrored = line.split(" ")
            self.props.append((category, bidi, int(combining), width, int(mirrored)))
        self.run_starts = []
        self.run_props = []
        for run in sections["RUNS"][0].split(" "):
            start, length, index = (int(x, 16) for x in run.split(":"))
            self.run_starts.append(start)
            self.run_props.append(index)
        self.decomposition = {}
        for line in sections["DECOMP"]:
            point, _, mapping = line.partition(" ")
            self.decomposition[int(point, 16)] = mapping
        self.numeric = {}
        for line in sections["NUMERIC"]:
            point, decimal, digit, value = line.split(" ")
            numerator, _, denominator = value.partition("/")
            self.numeric[int(point, 16)] = (
                None if decimal == "-" else int(decimal), None if digit == "-" else int(digit),
                int(numerator) / int(denominator) if denominator else float(numerator))
        self.generated_names = []
        for line in sections["ALGO"]:
            start, end, prefix = line.split(" ", 2)
            self.generated_names.append((int(start, 16), int(end, 16), prefix))
        self.compose = {}
        for line in sections["COMP"]:
            first, second, composite = (int(x, 16) for x in line.split(" "))
            self.compose[(first, second)] = composite
        self.names = {}
        for line in sections["NAMES"]:
            point, _, character_name = line.partition(" ")
            self.names[int(point, 16)] = character_name
        self.codes = None  # name -> code point, made by lookup's first call

    def properties(self, point):
        import bisect
        return self.props[self.run_props[bisect.bisect_right(self.run_starts, point) - 1]]


_db = None
_missing = object()


def _data():
    global _db
    if _db is None:
        _db = _Database()
    return _db


def _point(chr, function):
    if not isinstance(chr, str):
        raise TypeError("%s() argument must be a unicode character, not %s" % (function, type(chr).__name__))
    if len(chr) != 1:
        raise TypeError("%s() argument must be a unicode character, not str" % function)
    return ord(chr)


def name(chr, default=_missing, /):
    """The name of the character chr; default, or ValueError, if it has none."""
    point = _point(chr, "name")
    if _S_BASE <= point < _S_BASE + _S_COUNT:
        index = point - _S_BASE
        return "HANGUL SYLLABLE " + _JAMO_L[index // _N_COUNT] + _JAMO_V[index % _N_COUNT // _T_COUNT] + _JAMO_T[index % _T_COUNT]
    db = _data()
    found = db.names.get(point)
    if found is not None:
        return found
    for start, end, prefix in db.generated_names:
        if start <= point <= end:
            return prefix + "%X" % point
    if default is not _missing:
        return default
    raise ValueError("no such name")


def lookup(name, /):
    """The character with that name (KeyError when there is none)."""
    if not isinstance(name, str):
        raise TypeError("lookup() argument must be str, not %s" % type(name).__name__)
    key = name.upper()
    if key.startswith("HANGUL SYLLABLE "):
        syllable = key[len("HANGUL SYLLABLE "):]
        for point in range(_S_BASE, _S_BASE + _S_COUNT):
            if globals()["name"](chr(point))[len("HANGUL SYLLABLE "):] == syllable:
                return chr(point)
    db = _data()
    for start, end, prefix in db.generated_names:
        if key.startswith(prefix):
            try:
                point = int(key[len(prefix):], 16)
            except ValueError:
                break
            if start <= point <= end and key == prefix + "%X" % point:
                return chr(point)
    if db.codes is None:
        db.codes = {character_name: point for point, character_name in db.names.items()}
    point = db.codes.get(key)
    if point is None:
        raise KeyError("undefined character name '%s'" % name)
    return chr(point)


def category(chr, /):
    """The general category of chr ('Lu', 'Nd', 'Cn' ...)."""
    return _data().properties(_point(chr, "category"))[0]


def bidirectional(chr, /):
    """The bidirectional class of chr ('L', 'R', 'AN' ...), '' if it has none."""
    return _data().properties(_point(chr, "bidirectional"))[1]


def combining(chr, /):
    """The canonical combining class of chr (0 for a starter)."""
    return _data().properties(_point(chr, "combining"))[2]


def east_asian_width(chr, /):
    """The East Asian width of chr ('W', 'F', 'Na', 'H', 'A' or 'N')."""
    return _data().properties(_point(chr, "east_asian_width"))[3]


def mirrored(chr, /):
    """1 if chr is mirrored in bidirectional text, else 0."""
    return _data().properties(_point(chr, "mirrored"))[4]


def decomposition(chr, /):
    """The decomposition mapping of chr as UnicodeData.txt writes it ('' if none)."""
    return _data().decomposition.get(_point(chr, "decomposition"), "")


def _numeric_field(chr, default, function, index, error):
    values = _data().numeric.get(_point(chr, function))
    value = None if values is None else values[index]
    if value is None:
        if default is not _missing:
            return default
        raise ValueError(error)
    return value


def decimal(chr, default=_missing, /):
    """The decimal digit value of chr; default, or ValueError, if it has none."""
    return _numeric_field(chr, default, "decimal", 0, "not a decimal")


def digit(chr, default=_missing, /):
    """The digit value of chr; default, or ValueError, if it has none."""
    return _numeric_field(chr, default, "digit", 1, "not a digit")


def numeric(chr, default=_missing, /):
    """The numeric value of chr as a float; default, or ValueError, if it has none."""
    return _numeric_field(chr, default, "numeric", 2, "not a numeric character")


# ───────────── normalization ─────────────

def _decompose(text, compatibility):
    """The full canonical (or compatibility) decomposition of text, in canonical order."""
    db = _data()
    mappings = db.decomposition
    out = []

    def expand(point):
        if _S_BASE <= point < _S_BASE + _S_COUNT:
            index = point - _S_BASE
            out.append(_L_BASE + index // _N_COUNT)
            out.append(_V_BASE + index % _N_COUNT // _T_COUNT)
            if index % _T_COUNT:
                out.append(_T_BASE + index % _T_COUNT)
            return
        mapping = mappings.get(point)
        if mapping is None or (mapping[0] == "<" and not compatibility):
            out.append(point)
            return
        if mapping[0] == "<":
            mapping = mapping[mapping.index(">") + 2:]
        for part in mapping.split(" "):
            expand(int(part, 16))

    for character in text:
        expand(ord(character))
    # Canonical ordering: each run of non-starters sorted (stably) by combining class.
    classes = [db.properties(point)[2] for point in out]
    i = 0
    while i < len(out):
        if classes[i] == 0:
            i += 1
            continue
        j = i
        while j < len(out) and classes[j] != 0:
            j += 1
        if j - i > 1:
            run = sorted(zip(classes[i:j], range(i, j), out[i:j]))
            out[i:j] = [point for _, _, point in run]
            classes[i:j] = [combining_class for combining_class, _, _ in run]
        i = j
    return out, classes


def _compose(points, classes):
    """Canonical composition of a decomposed, canonically ordered sequence."""
    compose = _data().compose
    result = []
    result_classes = []
    starter = -1  # index in result of the last starter
    for point, combining_class in zip(points, classes):
        if starter >= 0:
            first = result[starter]
            last_class = result_classes[-1] if len(result) - 1 > starter else -1
            # A character is blocked from the starter by one between them of the same or a
            # higher class (or by a starter).
            if last_class == -1 or (last_class != 0 and last_class < combining_class):
                composite = None
                if _L_BASE <= first < _L_BASE + _L_COUNT and _V_BASE <= point < _V_BASE + _V_COUNT and last_class == -1:
                    composite = _S_BASE + ((first - _L_BASE) * _V_COUNT + point - _V_BASE) * _T_COUNT
                elif (_S_BASE <= first < _S_BASE + _S_COUNT and (first - _S_BASE) % _T_COUNT == 0
                      and _T_BASE < point < _T_BASE + _T_COUNT and last_class == -1):
                    composite = first + point - _T_BASE
                else:
                    composite = compose.get((first, point))
                if composite is not None:
                    result[starter] = composite
                    continue
        if combining_class == 0:
            starter = len(result)
        result.append(point)
        result_classes.append(combining_class)
    return result


_FORMS = ("NFC", "NFKC", "NFD", "NFKD")


def normalize(form, unistr, /):
    """unistr in the normal form form: 'NFC', 'NFKC', 'NFD' or 'NFKD'."""
    if not isinstance(form, str):
        raise TypeError("normalize() argument 1 must be str, not %s" % type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError("normalize() argument 2 must be str, not %s" % type(unistr).__name__)
    if form not in _FORMS:
        raise ValueError("invalid normalization form")
    if unistr.isascii():
        return unistr
    points, classes = _decompose(unistr, form in ("NFKC", "NFKD"))
    if form in ("NFC", "NFKC"):
        points = _compose(points, classes)
    return "".join(map(chr, points))


def is_normalized(form, unistr, /):
    """Whether unistr is in the normal form form."""
    return normalize(form, unistr) == unistr


class UCD:
    """The database as an object (unicodedata.ucd_3_2_0 is one in CPython, for an older
    Unicode version; MiniPy has only version 14.0.0)."""

    unidata_version = unidata_version


for _function in __all__[:-2]:
    setattr(UCD, _function, staticmethod(globals()[_function]))
del _function
