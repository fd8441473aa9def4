"""base64: the Base64, Base32 and Base16 encodings of RFC 4648 (and the MIME line-wrapped
Base64 of encodebytes/decodebytes), over binascii as in CPython; and the Base85 encodings,
Ascii85 (a85encode/a85decode, Adobe's variant included) and git's Base85 (b85encode/b85decode)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode',
           'a85encode', 'a85decode', 'b85encode', 'b85decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__) from None


def _check_bytes(s, name='data'):
    if not isinstance(s, bytes_types):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    """Encodes bytes with Base64; altchars (2 bytes) replaces '+' and '/'."""
    _check_bytes(s)
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decodes Base64 bytes or ASCII text. Characters outside the alphabet are skipped
    unless validate is true; binascii.Error for bad padding."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' for '+' and '/', safe in URLs and file names."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    _check_bytes(s)
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    encoded = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i: i + 5], 'big')
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            encoded.append(alphabet[(c >> shift) & 0x1f])
    if leftover == 1:
        encoded[-6:] = b'======'
    elif leftover == 2:
        encoded[-4:] = b'===='
    elif leftover == 3:
        encoded[-3:] = b'==='
    elif leftover == 4:
        encoded[-1:] = b'='
    return bytes(encoded)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    l = len(s)
    s = s.rstrip(b'=')
    padchars = l - len(s)
    decoded = bytearray()
    rev = {v: k for k, v in enumerate(alphabet)}
    for i in range(0, len(s), 8):
        quanta = s[i: i + 8]
        acc = 0
        try:
            for c in quanta:
                acc = (acc << 5) + rev[c]
        except KeyError:
            raise binascii.Error('Non-base32 digit found') from None
        decoded += acc.to_bytes(5, 'big')
    if l % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        # The last group was short: shift its bits into place and keep the whole bytes.
        acc <<= 5 * padchars
        last = acc.to_bytes(5, 'big')
        leftover = (43 - 5 * padchars) // 8
        decoded[-5:] = last[:leftover]
    return bytes(decoded)


def b32encode(s):
    """Encodes bytes with Base32."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decodes Base32; casefold accepts lowercase, map01 maps 0 to O and 1 to map01."""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Encodes bytes with the "extended hex" Base32 alphabet."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_b32hexalphabet, s, casefold)


def b16encode(s):
    """Encodes bytes as uppercase hexadecimal."""
    _check_bytes(s)
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decodes uppercase hexadecimal (any case with casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ── Base85: every 4 bytes, read as a big-endian number, become 5 digits of base 85 ──

_A85_START, _A85_END = b'<~', b'~>'
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = {c: i for i, c in enumerate(_B85_ALPHABET)}


def _85encode(data, alphabet, pad, fold_zeros=False, fold_spaces=False):
    """data in base 85 over alphabet (85 byte values). A final group shorter than 4 bytes is
    padded with zeros and, unless pad, its extra digits are dropped again."""
    if not isinstance(data, bytes_types):
        data = memoryview(data).tobytes()
    padding = (-len(data)) % 4
    data = bytes(data) + b'\0' * padding
    groups = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if fold_zeros and word == 0:
            groups.append(b'z')
        elif fold_spaces and word == 0x20202020:
            groups.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[k] = alphabet[digit]
            groups.append(bytes(digits))
    if padding and not pad:
        if groups[-1] == b'z':
            groups[-1] = bytes((alphabet[0],)) * 5
        groups[-1] = groups[-1][:-padding]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85: digits from '!' up, 'z' for four zero bytes, 'y' for four spaces with
    foldspaces; wrapcol breaks lines; adobe adds the <~ ~> frame."""
    result = _85encode(b, bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decodes Ascii85 (with adobe, data framed by <~ ~>)."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85_END))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    decoded = []
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = 85 * word + (digit - 33)
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                decoded.append(word.to_bytes(4, 'big'))
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            decoded.append(b'\0\0\0\0')
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            decoded.append(b'\x20\x20\x20\x20')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(decoded)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


def b85encode(b, pad=False):
    """git's Base85 (digits, letters and punctuation, no folding)."""
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decodes git's Base85."""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[i:i + 5]):
            value = _B85_VALUES.get(c)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(word.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline (MIME)."""
    _check_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        chunk = s[i: i + MAXBINSIZE]
        pieces.append(binascii.b2a_base64(chunk))
    return b"".join(pieces)


def decodebytes(s):
    """Decodes MIME Base64 (lines of any length)."""
    _check_bytes(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encodes a binary file object into another, MIME style."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decodes a MIME Base64 file object into another."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
