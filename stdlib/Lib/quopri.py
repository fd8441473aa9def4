"""quopri -- quoted-printable encoding and decoding (RFC 1521), pure Python."""

from io import BytesIO

__all__ = ["encode", "decode", "encodestring", "decodestring"]

_MAX_LINE = 76
_HEX = b"0123456789ABCDEF"


def needsquoting(c, quotetabs, header):
    """True if byte value `c` must be written as =XX."""
    if c in b" \t":
        return quotetabs
    if c == ord("_"):
        return header
    return c == ord("=") or not (32 <= c <= 126)


def quote(c):
    return b"=" + bytes((_HEX[c >> 4], _HEX[c & 15]))


def _encode_line(line, quotetabs, header):
    out = bytearray()
    for c in line:
        if needsquoting(c, quotetabs, header):
            out += quote(c)
        elif header and c == 32:
            out += b"_"
        else:
            out.append(c)
    return bytes(out)


def _emit(body, ending, write):
    # trailing space/tab at the end of a line must be protected
    if body[-1:] in (b" ", b"\t"):
        body = body[:-1] + quote(body[-1])
    write(body + ending)


def encode(input, output, quotetabs, header=False):
    """Read binary `input`, write its quoted-printable form to `output`."""
    prev = None
    while True:
        raw = input.readline()
        if not raw:
            break
        ending = b""
        if raw.endswith(b"\n"):
            raw, ending = raw[:-1], b"\n"
        body = _encode_line(raw, quotetabs, header)
        if prev is not None:
            _flush(prev[0], prev[1], output.write)
        prev = (body, ending)
    if prev is not None:
        _flush(prev[0], prev[1], output.write)


def _flush(body, ending, write):
    while len(body) > _MAX_LINE:
        cut = _MAX_LINE - 1
        # never split an =XX escape
        if body[cut - 1:cut] == b"=":
            cut -= 1
        elif body[cut - 2:cut - 1] == b"=":
            cut -= 2
        write(body[:cut] + b"=\n")
        body = body[cut:]
    _emit(body, ending, write)


def encodestring(s, quotetabs=False, header=False):
    out = BytesIO()
    encode(BytesIO(s), out, quotetabs, header)
    return out.getvalue()


def _is_hex(c):
    return c in b"0123456789abcdefABCDEF"


def decode(input, output, header=False):
    """Read quoted-printable `input`, write the decoded bytes to `output`."""
    pending = b""
    while True:
        line = input.readline()
        if not line:
            break
        n = len(line)
        partial = False
        if line.endswith(b"\n"):
            end = n - 1
            while end > 0 and line[end - 1:end] in b" \t\r":
                end -= 1
        else:
            end = n
        line_out = bytearray()
        i = 0
        while i < end:
            c = line[i:i + 1]
            if c == b"_" and header:
                line_out += b" "
                i += 1
            elif c != b"=":
                line_out += c
                i += 1
            elif i + 1 == end:
                partial = True
                break
            elif i + 2 < end + 1 and _is_hex(line[i + 1:i + 2]) and \
                    _is_hex(line[i + 2:i + 3]):
                line_out.append(int(line[i + 1:i + 3], 16))
                i += 3
            else:
                line_out += c
                i += 1
        pending += bytes(line_out)
        if not partial:
            output.write(pending + (b"\n" if line.endswith(b"\n") else b""))
            pending = b""
    if pending:
        output.write(pending)


def decodestring(s, header=False):
    out = BytesIO()
    decode(BytesIO(s), out, header=header)
    return out.getvalue()
