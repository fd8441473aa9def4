# codecs: the codec registry as programs use it. lookup() finds a codec by any of its names
# and returns its CodecInfo; encode()/decode() run one; incremental encoders and decoders
# take input in pieces (a multi-byte character split between two pieces waits for the
# rest); stream readers and writers wrap a binary stream; open() opens a file through a
# codec. The text codecs are those str.encode and bytes.decode know (UTF-8, UTF-16, UTF-32,
# ASCII, Latin-1, the code pages); hex, base64, zlib and rot13 transform bytes to bytes
# (or str to str for rot13), as CPython's codecs of those names do.
import builtins as _builtins
import sys as _sys

__all__ = [
    "register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
    "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
    "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
    "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
    "StreamReaderWriter", "getencoder", "getdecoder", "getincrementalencoder",
    "getincrementaldecoder", "getreader", "getwriter", "encode", "decode", "iterencode",
    "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
    "xmlcharrefreplace_errors", "backslashreplace_errors",
    "register_error", "lookup_error",
]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if _sys.byteorder == "little":
    BOM_UTF16 = BOM = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM_UTF16 = BOM = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes: a 4-tuple (encode, decode, streamreader,
    streamwriter) with these and the incremental classes as attributes too."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """A stateless encoder and decoder: encode(input, errors) and decode(input, errors)
    return the output and how much of the input they consumed."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes _buffer_decode could not use yet (an
    incomplete character) for the next call."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ───────────── the text codecs ─────────────

def _normalize(encoding):
    return encoding.strip().lower().replace("_", "-").replace(" ", "-")


# Every spelling of a text codec CPython knows, by its normalized form, to the codec's name.
_TEXT_NAMES = {
    "utf-8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "utf-8-sig": "utf-8-sig", "utf8-sig": "utf-8-sig",
    "ascii": "ascii", "us-ascii": "ascii", "646": "ascii",
    "latin-1": "iso8859-1", "latin1": "iso8859-1", "latin": "iso8859-1", "l1": "iso8859-1",
    "iso-8859-1": "iso8859-1", "iso8859-1": "iso8859-1", "8859": "iso8859-1", "cp819": "iso8859-1",
    "utf-16": "utf-16", "utf16": "utf-16", "utf-16-le": "utf-16-le", "utf-16le": "utf-16-le",
    "utf-16-be": "utf-16-be", "utf-16be": "utf-16-be",
    "utf-32": "utf-32", "utf32": "utf-32", "utf-32-le": "utf-32-le", "utf-32le": "utf-32-le",
    "utf-32-be": "utf-32-be", "utf-32be": "utf-32-be",
    "mac-roman": "mac-roman", "macroman": "mac-roman",
}


def _text_name(encoding):
    name = _normalize(encoding)
    if name in _TEXT_NAMES:
        return _TEXT_NAMES[name]
    if name.startswith("windows-"):
        name = "cp" + name[8:]
    elif name.startswith("iso-8859-"):
        name = "iso8859-" + name[9:]
    if name.startswith("cp") or name.startswith("iso8859-"):
        try:
            "".encode(name)
        except LookupError:
            return None
        return name
    return None


def _complete_length(name, data, final):
    """How many bytes of data decode now: all when final; otherwise up to the last
    complete character, so that one split between pieces waits for its rest."""
    if final:
        return len(data)
    n = len(data)
    if name.startswith("utf-8"):
        # The start of the last character, within its at most 4 bytes.
        for back in range(1, min(4, n) + 1):
            byte = data[n - back]
            if byte & 0xC0 != 0x80:
                needed = 2 if 0xC0 <= byte < 0xE0 else 3 if 0xE0 <= byte < 0xF0 else 4 if 0xF0 <= byte < 0xF8 else 1
                return n - back if back < needed else n
        return n
    if name.startswith("utf-16"):
        n -= n % 2
        if n >= 2:
            high = data[n - 1] if name != "utf-16-be" else data[n - 2]
            if 0xD8 <= high <= 0xDB:
                n -= 2  # a high surrogate waits for its low one
        return n
    if name.startswith("utf-32"):
        return n - n % 4
    return n


def _make_text_codec(name):
    def encode(input, errors="strict"):
        return (input.encode(name, errors), len(input))

    def decode(input, errors="strict"):
        data = bytes(input)
        return (data.decode(name, errors), len(data))

    signature = {"utf-16": BOM_UTF16, "utf-32": BOM_UTF32, "utf-8-sig": BOM_UTF8}.get(name)
    # After its signature, a codec with one goes on in the byte order it chose.
    plain = {"utf-16": "utf-16-le" if _sys.byteorder == "little" else "utf-16-be",
             "utf-32": "utf-32-le" if _sys.byteorder == "little" else "utf-32-be",
             "utf-8-sig": "utf-8"}.get(name, name)

    class IncrementalEncoder_(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            output = input.encode(plain, self.errors)
            if signature is not None and not self._started:
                self._started = True
                output = signature + output
            return output

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started or signature is None else 2

        def setstate(self, state):
            self._started = not state

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._codec = name if signature is None else None

        def _buffer_decode(self, input, errors, final):
            skip = 0
            if self._codec is None:
                # Still to learn the byte order from the signature.
                if name == "utf-8-sig":
                    if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                        return ("", 0)
                    self._codec = "utf-8"
                    skip = 3 if input.startswith(BOM_UTF8) else 0
                else:
                    width = 2 if name == "utf-16" else 4
                    if len(input) < width and not final:
                        return ("", 0)
                    le, be = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
                    if input.startswith(le):
                        self._codec, skip = name + "-le", width
                    elif input.startswith(be):
                        self._codec, skip = name + "-be", width
                    else:
                        self._codec = plain
            end = skip + _complete_length(self._codec, input[skip:], final)
            return (input[skip:end].decode(self._codec, errors), end)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._codec = name if signature is None else None

    class StreamWriter_(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self._encoder = IncrementalEncoder_(errors)

        def encode(self, input, errors="strict"):
            return (self._encoder.encode(input), len(input))

    class StreamReader_(StreamReader):
        def __init__(self, stream, errors="strict"):
            StreamReader.__init__(self, stream, errors)
            self._decoder = IncrementalDecoder_(errors)

        def _decode_piece(self, data, final):
            return self._decoder.decode(data, final)

    for cls, kind in ((IncrementalEncoder_, "IncrementalEncoder"), (IncrementalDecoder_, "IncrementalDecoder"),
                      (StreamWriter_, "StreamWriter"), (StreamReader_, "StreamReader")):
        cls.__name__ = cls.__qualname__ = kind
        cls.__module__ = "encodings." + name.replace("-", "_")
    return CodecInfo(encode, decode, StreamReader_, StreamWriter_, IncrementalEncoder_,
                     IncrementalDecoder_, name=name)


# ───────────── the bytes-to-bytes and str-to-str codecs ─────────────

def _bytes_transform(module_name, function_name):
    """A codec function that applies module_name.function_name to all of its input."""
    def transform(input, errors="strict"):
        module = __import__(module_name)
        return (getattr(module, function_name)(input), len(input))
    return transform


_HEX = ("hex", _bytes_transform("binascii", "b2a_hex"), _bytes_transform("binascii", "a2b_hex"))
_BASE64 = ("base64", _bytes_transform("base64", "encodebytes"), _bytes_transform("base64", "decodebytes"))
_ZLIB = ("zlib", _bytes_transform("zlib", "compress"), _bytes_transform("zlib", "decompress"))


_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _rot13(input, errors="strict"):
    return (str.translate(input, _ROT13), len(input))


def _make_transform(name, encode, decode):
    class IncrementalEncoder_(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder_(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    return CodecInfo(encode, decode, None, None, IncrementalEncoder_, IncrementalDecoder_,
                     name=name, _is_text_encoding=False)


_TRANSFORMS = {
    "hex": _HEX, "hex-codec": _HEX,
    "base64": _BASE64, "base-64": _BASE64, "base64-codec": _BASE64,
    "zlib": _ZLIB, "zip": _ZLIB, "zlib-codec": _ZLIB,
    "rot13": ("rot-13", _rot13, _rot13), "rot-13": ("rot-13", _rot13, _rot13),
}

_cache = {}
_search_functions = []


def register(search_function):
    """Adds a function that, given a normalized encoding name, returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of the codec with that name; LookupError when there is none."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    info = None
    for search in _search_functions:
        info = search(key.replace("-", "_"))
        if info is not None:
            if not isinstance(info, CodecInfo) and not (isinstance(info, tuple) and len(info) == 4):
                raise TypeError("codec search functions must return 4-tuples")
            break
    if info is None:
        if key in _TRANSFORMS:
            info = _make_transform(*_TRANSFORMS[key])
        else:
            name = _text_name(encoding)
            if name is None:
                raise LookupError("unknown encoding: %s" % encoding)
            info = _make_text_codec(name)
    _cache[key] = info
    return info


def _function_name(info):
    """The name CPython's C function for this text codec has, as its errors show it."""
    name = info.name.replace("utf-8-sig", "utf-8").replace("iso8859-1", "latin-1")
    if name.startswith("cp") or name.startswith("iso8859") or name == "mac-roman":
        return "charmap"
    return name.replace("-", "_")


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj with the codec registered for encoding."""
    info = lookup(encoding)
    if info._is_text_encoding and not isinstance(obj, str):
        raise TypeError("encoding with '%s' codec failed (TypeError: %s_encode() argument 1 must be str, not %s)"
                        % (encoding, _function_name(info), type(obj).__name__))
    return info.encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj with the codec registered for encoding."""
    info = lookup(encoding)
    if info._is_text_encoding and isinstance(obj, str):
        raise TypeError("decoding with '%s' codec failed (TypeError: a bytes-like object is required, not 'str')"
                        % encoding)
    return info.decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encodes the strings iterator yields, one piece at a time."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = encoder.encode(piece)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decodes the bytes iterator yields, one piece at a time."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = decoder.decode(piece)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ───────────── streams ─────────────

class _OverStream:
    """What the stream wrappers share: the wrapped stream's other attributes, and closing
    it at the end of a with-statement."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(Codec, _OverStream):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass



class StreamReader(Codec, _OverStream):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self._pending = ""   # decoded text not yet returned

    def _decode_piece(self, data, final):
        return self.decode(data, self.errors)[0]

    def _fill(self):
        """Decodes the next piece of the stream into _pending; False at its end."""
        data = self.stream.read(72)
        self._pending += self._decode_piece(data, not data)
        return bool(data)

    def read(self, size=-1, chars=-1, firstline=False):
        wanted = chars if chars >= 0 else size
        if wanted < 0:
            self._pending += self._decode_piece(self.stream.read(), True)
            wanted = len(self._pending)
        while len(self._pending) < wanted and self._fill():
            pass
        text, self._pending = self._pending[:wanted], self._pending[wanted:]
        return text

    def readline(self, size=None, keepends=True):
        while "\n" not in self._pending and self._fill():
            pass
        end = self._pending.find("\n") + 1 or len(self._pending)
        line, self._pending = self._pending[:end], self._pending[end:]
        return line if keepends else line.rstrip("\r\n")

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._pending = ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration



class StreamReaderWriter(_OverStream):
    """A stream read and written through a codec (what codecs.open returns)."""

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None, keepends=True):
        return self.reader.readline(size, keepends)

    def readlines(self, sizehint=None, keepends=True):
        return self.reader.readlines(sizehint, keepends)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()



def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Opens filename in binary mode and reads and writes it through the codec: with no
    encoding, the plain file. Line endings are not translated."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        stream = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        stream.encoding = encoding
        return stream
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """Data written is decoded from data_encoding and written in file_encoding; data read
    is decoded from file_encoding and returned in data_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info, file_info = lookup(data_encoding), lookup(file_encoding)

    class _Recoder:
        def write(self, data):
            file.write(file_info.encode(data_info.decode(data, errors)[0], errors)[0])

        def read(self, size=-1):
            return data_info.encode(file_info.decode(file.read(size), errors)[0], errors)[0]

        def __getattr__(self, name):
            return getattr(file, name)

    return _Recoder()


# ───────────── error handlers ─────────────

def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return ("", exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ("?" * (exception.end - exception.start), exception.end)
    return ("\ufffd", exception.end)


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        text = "".join("\\x%02x" % b for b in exception.object[exception.start:exception.end])
    else:
        text = exception.object[exception.start:exception.end].encode("ascii", "backslashreplace").decode("ascii")
    return (text, exception.end)


def xmlcharrefreplace_errors(exception):
    part = exception.object[exception.start:exception.end]
    return ("".join("&#%d;" % ord(c) for c in part), exception.end)


_error_handlers = {
    "strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
    "backslashreplace": backslashreplace_errors, "xmlcharrefreplace": xmlcharrefreplace_errors,
}


def lookup_error(name):
    """The error handler registered under name (LookupError when there is none)."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def register_error(name, handler):
    """Registers an error handler for codecs.lookup_error. MiniPy's str.encode and
    bytes.decode apply only the built-in handlers; a registered one is found by
    lookup_error and by the code that calls it itself."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler
