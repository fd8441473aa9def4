"""zipfile: reading and writing ZIP archives, as CPython 3.11's module.

Holds ZipFile (modes 'r', 'w', 'x', 'a'; stored and deflated members, and bzip2/lzma
ones where the bz2/lzma modules exist), ZipInfo, ZipExtFile (members opened for reading,
seekable), the writing handle, ZIP64 records and extra fields, traditional PKWARE
decryption (setpassword / pwd=), is_zipfile, BadZipFile / BadZipfile / error /
LargeZipFile, zipfile.Path with its helpers, and the command-line main().

Leaves out PyZipFile.writepy() (it compiles modules to .pyc bytecode; PyZipFile exists
but writepy raises NotImplementedError) and writing encrypted members (CPython cannot
either).  A deflated member is inflated in one piece when first read, so for such
members a bad CRC is reported on the first read rather than at its end.
"""

import binascii
import io
import itertools
import os
import pathlib
import shutil
import stat
import struct
import sys
import threading
import time

try:
    import posixpath
except ImportError:  # a POSIX os.path is the same module
    posixpath = os.path

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

try:
    import bz2
except ImportError:
    bz2 = None

try:
    import lzma
except ImportError:
    lzma = None

__all__ = ["BadZipFile", "BadZipfile", "error",
           "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing needs ZIP64 extensions and they are disabled."""


error = BadZipfile = BadZipFile      # the older names


ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# Record layouts (PKWARE APPNOTE): end of central directory ...
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)

_ECD_SIGNATURE = 0
_ECD_DISK_NUMBER = 1
_ECD_DISK_START = 2
_ECD_ENTRIES_THIS_DISK = 3
_ECD_ENTRIES_TOTAL = 4
_ECD_SIZE = 5
_ECD_OFFSET = 6
_ECD_COMMENT_SIZE = 7
_ECD_COMMENT = 8        # added after the record's own fields: the comment ...
_ECD_LOCATION = 9       # ... and where the record starts

# ... central directory entry ...
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)

_CD_SIGNATURE = 0
_CD_CREATE_VERSION = 1
_CD_CREATE_SYSTEM = 2
_CD_EXTRACT_VERSION = 3
_CD_EXTRACT_SYSTEM = 4
_CD_FLAG_BITS = 5
_CD_COMPRESS_TYPE = 6
_CD_TIME = 7
_CD_DATE = 8
_CD_CRC = 9
_CD_COMPRESSED_SIZE = 10
_CD_UNCOMPRESSED_SIZE = 11
_CD_FILENAME_LENGTH = 12
_CD_EXTRA_FIELD_LENGTH = 13
_CD_COMMENT_LENGTH = 14
_CD_DISK_NUMBER_START = 15
_CD_INTERNAL_FILE_ATTRIBUTES = 16
_CD_EXTERNAL_FILE_ATTRIBUTES = 17
_CD_LOCAL_HEADER_OFFSET = 18

# General purpose flag bits.
_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

# ... local file header ...
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)

_FH_SIGNATURE = 0
_FH_EXTRACT_VERSION = 1
_FH_EXTRACT_SYSTEM = 2
_FH_GENERAL_PURPOSE_FLAG_BITS = 3
_FH_COMPRESSION_METHOD = 4
_FH_LAST_MOD_TIME = 5
_FH_LAST_MOD_DATE = 6
_FH_CRC = 7
_FH_COMPRESSED_SIZE = 8
_FH_UNCOMPRESSED_SIZE = 9
_FH_FILENAME_LENGTH = 10
_FH_EXTRA_FIELD_LENGTH = 11

# ... ZIP64 end of central directory locator ...
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)

# ... and ZIP64 end of central directory record.
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)

_CD64_SIGNATURE = 0
_CD64_DIRECTORY_RECSIZE = 1
_CD64_CREATE_VERSION = 2
_CD64_EXTRACT_VERSION = 3
_CD64_DISK_NUMBER = 4
_CD64_DISK_NUMBER_START = 5
_CD64_NUMBER_ENTRIES_THIS_DISK = 6
_CD64_NUMBER_ENTRIES_TOTAL = 7
_CD64_DIRECTORY_SIZE = 8
_CD64_OFFSET_START_CENTDIR = 9

_DD_SIGNATURE = 0x08074b50

_EXTRA_FIELD_STRUCT = struct.Struct('<HH')


def _strip_extra(extra, xids):
    """The extra field without the records whose ids are in xids."""
    kept = []
    changed = False
    pos = 0
    while pos + 4 <= len(extra):
        xid, xlen = _EXTRA_FIELD_STRUCT.unpack(extra[pos:pos + 4])
        end = pos + 4 + xlen
        if xid in xids:
            changed = True
        else:
            kept.append(extra[pos:end])
        pos = end
    if not changed:
        return extra
    kept.append(extra[pos:])
    return b''.join(kept)


def _dos_stamp(date_time):
    """(dosdate, dostime) of a (year, month, day, hour, minute, second) tuple."""
    year, month, day, hour, minute, second = date_time[:6]
    return ((year - 1980) << 9 | month << 5 | day,
            hour << 11 | minute << 5 | (second // 2))


# ---------------------------------------------------------------------------
# Finding the end records
# ---------------------------------------------------------------------------

def _check_zipfile(fp):
    try:
        if _EndRecData(fp):
            return True
    except OSError:
        pass
    return False


def is_zipfile(filename):
    """Whether filename (a path or a file object) looks like a ZIP file, judged by
    its end of central directory record."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(fp=filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except OSError:
        return False


def _EndRecData64(fpin, offset, endrec):
    """Updates endrec from the ZIP64 records that precede the end record, if any
    (offset: the end record's position relative to the end of the file)."""
    fpin.seek(0, 2)
    filesize = fpin.tell()
    where = filesize + offset - sizeEndCentDir64Locator
    if where < 0:
        return endrec
    fpin.seek(where)
    data = fpin.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return endrec
    sig, diskno, reloff, disks = struct.unpack(structEndArchive64Locator, data)
    if sig != stringEndArchive64Locator:
        return endrec
    if diskno != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    where -= sizeEndCentDir64
    if where < 0:
        return endrec
    fpin.seek(where)
    data = fpin.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return endrec
    (sig, _recsize, _created, _needed, disk_num, disk_dir,
     dircount, dircount2, dirsize, diroffset) = struct.unpack(structEndArchive64, data)
    if sig != stringEndArchive64:
        return endrec
    endrec[_ECD_SIGNATURE] = sig
    endrec[_ECD_DISK_NUMBER] = disk_num
    endrec[_ECD_DISK_START] = disk_dir
    endrec[_ECD_ENTRIES_THIS_DISK] = dircount
    endrec[_ECD_ENTRIES_TOTAL] = dircount2
    endrec[_ECD_SIZE] = dirsize
    endrec[_ECD_OFFSET] = diroffset
    return endrec


def _EndRecData(fpin):
    """The fields of the end of central directory record followed by the archive
    comment and the record's offset; None when there is no such record."""
    fpin.seek(0, 2)
    filesize = fpin.tell()
    if filesize < sizeEndCentDir:
        return None
    # Most archives have no comment: the record is the last 22 bytes.
    fpin.seek(filesize - sizeEndCentDir)
    data = fpin.read()
    if (len(data) == sizeEndCentDir and data[0:4] == stringEndArchive
            and data[-2:] == b"\000\000"):
        endrec = list(struct.unpack(structEndArchive, data))
        endrec.append(b"")
        endrec.append(filesize - sizeEndCentDir)
        return _EndRecData64(fpin, -sizeEndCentDir, endrec)
    # Otherwise look for the signature within the last 64 KiB + 22 bytes.
    search_from = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fpin.seek(search_from)
    data = fpin.read()
    start = data.rfind(stringEndArchive)
    if start < 0:
        return None
    record = data[start:start + sizeEndCentDir]
    if len(record) != sizeEndCentDir:
        return None
    endrec = list(struct.unpack(structEndArchive, record))
    comment_size = endrec[_ECD_COMMENT_SIZE]
    endrec.append(data[start + sizeEndCentDir:start + sizeEndCentDir + comment_size])
    endrec.append(search_from + start)
    return _EndRecData64(fpin, search_from + start - filesize, endrec)


# ---------------------------------------------------------------------------
# ZipInfo
# ---------------------------------------------------------------------------

class ZipInfo(object):
    """What the archive records about one member."""

    __slots__ = (
        'orig_filename',
        'filename',
        'date_time',
        'compress_type',
        '_compresslevel',
        'comment',
        'extra',
        'create_system',
        'create_version',
        'extract_version',
        'reserved',
        'flag_bits',
        'volume',
        'internal_attr',
        'external_attr',
        'header_offset',
        'CRC',
        'compress_size',
        'file_size',
        '_raw_time',
    )

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # A NUL ends the name (a trick used to disguise names); separators become '/'.
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        # header_offset and CRC are set by ZipFile.

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' %
                         compressor_names.get(self.compress_type, self.compress_type))
        mode = self.external_attr >> 16
        dos = self.external_attr & 0xFFFF
        if mode:
            parts.append(' filemode=%r' % stat.filemode(mode))
        if dos:
            parts.append(' external_attr=%#x' % dos)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def FileHeader(self, zip64=None):
        """The local file header of this member, as bytes.  zip64=None decides from
        the sizes whether the ZIP64 extra field is needed."""
        dosdate, dostime = _dos_stamp(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0     # they follow the data instead
        else:
            crc = self.CRC
            compress_size = self.compress_size
            file_size = self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack('<HHQQ', 1, 16, file_size, compress_size)
            file_size = compress_size = 0xffffffff
            min_version = ZIP64_VERSION
        if self.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif self.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        name, flags = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader,
                             self.extract_version, self.reserved, flags,
                             self.compress_type, dostime, dosdate, crc,
                             compress_size, file_size, len(name), len(extra))
        return header + name + extra

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def _decodeExtra(self):
        """Takes the real sizes and offset from a ZIP64 extra field."""
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = struct.unpack('<HH', extra[:4])
            if ln + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            if tp == 0x0001:
                data = extra[4:ln + 4]
                # Only the fields whose ordinary slot is saturated are present, in order.
                wanted = []
                if self.file_size in (0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF):
                    wanted.append(("File size", 'file_size'))
                if self.compress_size == 0xFFFF_FFFF:
                    wanted.append(("Compress size", 'compress_size'))
                if self.header_offset == 0xFFFF_FFFF:
                    wanted.append(("Header offset", 'header_offset'))
                for label, attr in wanted:
                    if len(data) < 8:
                        raise BadZipFile("Corrupt zip64 extra field. %s not found." % label)
                    setattr(self, attr, struct.unpack('<Q', data[:8])[0])
                    data = data[8:]
            extra = extra[ln + 4:]

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file or directory on disk, to be stored as arcname (by
        default the path without drive and leading separators)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10         # the MS-DOS directory bit
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        """Whether this member is a directory (its name ends with '/')."""
        return self.filename[-1] == '/'


# ---------------------------------------------------------------------------
# Traditional PKWARE decryption
# ---------------------------------------------------------------------------

_crctable = None


def _crc_table():
    global _crctable
    if _crctable is None:
        table = []
        for n in range(256):
            for _ in range(8):
                n = (n >> 1) ^ 0xEDB88320 if n & 1 else n >> 1
            table.append(n)
        _crctable = table
    return _crctable


class _ZipDecrypter:
    """The traditional ("ZipCrypto") stream cipher: three keys updated by each
    plain byte.  Calling the object on cipher bytes returns the plain bytes."""

    def __init__(self, pwd):
        self._table = _crc_table()
        self._keys = [305419896, 591751049, 878082192]
        for byte in pwd:
            self._update(byte)

    def _update(self, byte):
        table = self._table
        keys = self._keys
        k0 = (keys[0] >> 8) ^ table[(keys[0] ^ byte) & 0xFF]
        k1 = (keys[1] + (k0 & 0xFF)) & 0xFFFFFFFF
        k1 = (k1 * 134775813 + 1) & 0xFFFFFFFF
        k2 = (keys[2] >> 8) ^ table[(keys[2] ^ (k1 >> 24)) & 0xFF]
        keys[0], keys[1], keys[2] = k0, k1, k2

    def __call__(self, data):
        out = bytearray()
        for byte in data:
            k = self._keys[2] | 2
            byte ^= ((k * (k ^ 1)) >> 8) & 0xFF
            self._update(byte)
            out.append(byte)
        return bytes(out)


# ---------------------------------------------------------------------------
# Compression methods
# ---------------------------------------------------------------------------

class LZMACompressor:
    """Raw LZMA1 with the small properties header ZIP puts in front."""

    def __init__(self):
        self._comp = None

    def _init(self):
        props = lzma._encode_filter_properties({'id': lzma.FILTER_LZMA1})
        self._comp = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=[
            lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)])
        return struct.pack('<BBH', 9, 4, len(props)) + props

    def compress(self, data):
        head = self._init() if self._comp is None else b''
        return head + self._comp.compress(data)

    def flush(self):
        head = self._init() if self._comp is None else b''
        return head + self._comp.flush()


class LZMADecompressor:
    def __init__(self):
        self._decomp = None
        self._pending = b''
        self.eof = False

    def decompress(self, data):
        if self._decomp is None:
            self._pending += data
            if len(self._pending) <= 4:
                return b''
            psize, = struct.unpack('<H', self._pending[2:4])
            if len(self._pending) <= 4 + psize:
                return b''
            self._decomp = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[
                lzma._decode_filter_properties(lzma.FILTER_LZMA1,
                                               self._pending[4:4 + psize])])
            data = self._pending[4 + psize:]
            self._pending = b''
        result = self._decomp.decompress(data)
        self.eof = self._decomp.eof
        return result


compressor_names = {
    0: 'store',
    1: 'shrink',
    2: 'reduce',
    3: 'reduce',
    4: 'reduce',
    5: 'reduce',
    6: 'implode',
    7: 'tokenize',
    8: 'deflate',
    9: 'deflate64',
    10: 'implode',
    12: 'bzip2',
    14: 'lzma',
    18: 'terse',
    19: 'lz77',
    97: 'wavpack',
    98: 'ppmd',
}

_METHOD_MODULES = {ZIP_DEFLATED: 'zlib', ZIP_BZIP2: 'bz2', ZIP_LZMA: 'lzma'}


def _check_compression(compression):
    if compression == ZIP_STORED:
        return
    module = _METHOD_MODULES.get(compression)
    if module is None:
        raise NotImplementedError("That compression method is not supported")
    if globals()[module] is None:
        raise RuntimeError("Compression requires the (missing) %s module" % module)


def _get_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    if compress_type == ZIP_BZIP2:
        return bz2.BZ2Compressor() if compresslevel is None else bz2.BZ2Compressor(compresslevel)
    if compress_type == ZIP_LZMA:
        return LZMACompressor()
    return None


class _Inflater:
    """Raw deflate decoding fed all of a member's compressed bytes in one call."""

    def __init__(self):
        self.eof = False
        self.unconsumed_tail = b''

    def decompress(self, data, max_length=0):
        if not data:
            return b''
        decoder = zlib.decompressobj(-15)
        out = decoder.decompress(data)
        self.eof = decoder.eof
        return out

    def flush(self):
        return b''


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_STORED:
        return None
    if compress_type == ZIP_DEFLATED:
        return _Inflater()
    if compress_type == ZIP_BZIP2:
        return bz2.BZ2Decompressor()
    if compress_type == ZIP_LZMA:
        return LZMADecompressor()
    name = compressor_names.get(compress_type)
    if name:
        raise NotImplementedError("compression type %d (%s)" % (compress_type, name))
    raise NotImplementedError("compression type %d" % (compress_type,))


# ---------------------------------------------------------------------------
# File objects
# ---------------------------------------------------------------------------

class _SharedFile:
    """One reader's view of the archive's file: its own position, shared lock."""

    def __init__(self, file, pos, close, lock, writing):
        self._file = file
        self._pos = pos
        self._close = close
        self._lock = lock
        self._writing = writing
        self.seekable = getattr(file, 'seekable', lambda: False)

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            if self._writing():
                raise ValueError("Can't reposition in the ZIP file while there is an "
                                 "open writing handle on it. Close the writing handle "
                                 "before trying to read.")
            self._file.seek(offset, whence)
            self._pos = self._file.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            if self._writing():
                raise ValueError("Can't read from the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._file.seek(self._pos)
            data = self._file.read(n)
            self._pos = self._file.tell()
            return data

    def close(self):
        if self._file is not None:
            fileobj, self._file = self._file, None
            self._close(fileobj)


class _Tellable:
    """Counts what is written to a stream that cannot tell() itself."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class _Stream(io.BufferedIOBase):
    """What the member file objects share: closing, context management, iteration."""

    _closed_flag = False

    @property
    def closed(self):
        return self._closed_flag

    def close(self):
        self._closed_flag = True

    def _check_closed(self, message="I/O operation on closed file."):
        if self._closed_flag:
            raise ValueError(message)

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def readable(self):
        self._check_closed()
        return False

    def writable(self):
        self._check_closed()
        return False

    def seekable(self):
        self._check_closed()
        return False

    def fileno(self):
        raise io.UnsupportedOperation("fileno")

    def __del__(self):
        # As for any io object, forgetting to close it closes it when it goes away.
        try:
            self.close()
        except Exception:
            pass


class ZipExtFile(_Stream):
    """A member opened for reading (what ZipFile.open() returns in mode 'r')."""

    MAX_N = 1 << 31 - 1
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._pwd = pwd
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._orig_compress_size = zipinfo.compress_size
        self._orig_file_size = zipinfo.file_size
        self.newlines = None
        self.mode = mode
        self.name = zipinfo.filename
        try:
            self._expected_crc = zipinfo.CRC
        except AttributeError:
            self._expected_crc = None
        self._seekable = False
        try:
            if fileobj.seekable():
                self._orig_compress_start = fileobj.tell()
                self._seekable = True
        except AttributeError:
            pass
        self._restart()
        self._decrypter = None
        if pwd:
            if zipinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                check_byte = (zipinfo._raw_time >> 8) & 0xff
            else:
                check_byte = (zipinfo.CRC >> 24) & 0xff
            if self._init_decrypter() != check_byte:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)

    def _restart(self):
        """Back to the beginning of the member's data (the file already there)."""
        self._compress_left = self._orig_compress_size
        self._left = self._orig_file_size
        self._decompressor = _get_decompressor(self._compress_type)
        self._running_crc = crc32(b'')
        self._eof = False
        self._readbuffer = b''
        self._offset = 0

    def _init_decrypter(self):
        # 12 bytes of encryption header come first; the last one checks the password.
        self._decrypter = _ZipDecrypter(self._pwd)
        header = self._fileobj.read(12)
        self._compress_left -= 12
        return self._decrypter(header)[11]

    def __repr__(self):
        text = '<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)
        if self.closed:
            return text + ' [closed]>'
        text += ' name=%r mode=%r' % (self.name, self.mode)
        if self._compress_type != ZIP_STORED:
            text += ' compress_type=%s' % compressor_names.get(self._compress_type,
                                                                self._compress_type)
        return text + '>'

    # -- producing data ----------------------------------------------------------

    def _read2(self, n):
        """Up to n compressed bytes (at least MIN_READ_SIZE when there are that many)."""
        if self._compress_left <= 0:
            return b''
        n = min(max(n, self.MIN_READ_SIZE), self._compress_left)
        data = self._fileobj.read(n)
        self._compress_left -= len(data)
        if not data:
            raise EOFError
        if self._decrypter is not None:
            data = self._decrypter(data)
        return data

    def _read1(self, n):
        """Decodes the next piece of the member (about n bytes, more for deflate)."""
        if self._eof or n <= 0:
            return b''
        if self._compress_type == ZIP_STORED:
            data = self._read2(n)
            self._eof = self._compress_left <= 0
        elif self._compress_type == ZIP_DEFLATED:
            # All the compressed bytes, inflated in one call (EOFError if they run out).
            chunks = []
            while self._compress_left > 0:
                chunks.append(self._read2(self._compress_left))
            data = self._decompressor.decompress(b''.join(chunks))
            self._eof = True
        else:
            data = self._decompressor.decompress(self._read2(n))
            self._eof = self._decompressor.eof or self._compress_left <= 0
        data = data[:self._left]
        self._left -= len(data)
        if self._left <= 0:
            self._eof = True
        self._update_crc(data)
        return data

    def _update_crc(self, data):
        if self._expected_crc is None:
            return
        self._running_crc = crc32(data, self._running_crc)
        if self._eof and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _take(self, n):
        """Up to n bytes from the buffer, then from the stream; n < 0 means all."""
        buf = self._readbuffer[self._offset:]
        if n < 0:
            pieces = [buf]
            while not self._eof:
                pieces.append(self._read1(self.MAX_N))
            self._readbuffer = b''
            self._offset = 0
            return b''.join(pieces)
        if n < len(buf):
            self._offset += n
            return buf[:n]
        pieces = [buf]
        need = n - len(buf)
        self._readbuffer = b''
        self._offset = 0
        while need > 0 and not self._eof:
            data = self._read1(need)
            if len(data) > need:
                self._readbuffer = data
                self._offset = need
                pieces.append(data[:need])
                break
            pieces.append(data)
            need -= len(data)
        return b''.join(pieces)

    # -- reading -----------------------------------------------------------------

    def readable(self):
        self._check_closed()
        return True

    def read(self, n=-1):
        """Up to n bytes; all the rest when n is omitted, None or negative."""
        self._check_closed("read from closed file.")
        if n is None:
            n = -1
        return self._take(n)

    def read1(self, n=-1):
        """Up to n bytes, decoding at most one more piece (n may be left out, as
        io.BufferedIOBase.read1 allows)."""
        self._check_closed("read from closed file.")
        if n is None:
            n = -1
        buf = self._readbuffer[self._offset:]
        if 0 <= n < len(buf):
            self._offset += n
            return buf[:n]
        self._readbuffer = b''
        self._offset = 0
        want = self.MAX_N if n < 0 else n - len(buf)
        if want > 0:
            while not self._eof:
                data = self._read1(want)
                if len(data) > want:
                    self._readbuffer = data
                    self._offset = want
                    data = data[:want]
                if data:
                    buf += data
                    break
        return buf

    def peek(self, n=1):
        """Buffered bytes ahead (at most 512) without moving the position."""
        if n > len(self._readbuffer) - self._offset:
            chunk = self.read(n)
            if len(chunk) > self._offset:
                self._readbuffer = chunk + self._readbuffer[self._offset:]
                self._offset = 0
            else:
                self._offset -= len(chunk)
        return self._readbuffer[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        """One line, ending with b'\\n' unless it is the last; at most limit bytes."""
        self._check_closed("read from closed file.")
        if limit is None:
            limit = -1
        pieces = []
        size = 0
        while True:
            buf = self._readbuffer
            start = self._offset
            end = buf.find(b'\n', start)
            stop = len(buf) if end < 0 else end + 1
            if limit >= 0:
                stop = min(stop, start + limit - size)
            pieces.append(buf[start:stop])
            size += stop - start
            self._offset = stop
            if (end >= 0 and stop == end + 1) or (limit >= 0 and size >= limit):
                break
            if self._eof:
                break
            self._readbuffer = self._read1(self.MIN_READ_SIZE)
            self._offset = 0
        return b''.join(pieces)

    # -- positioning ---------------------------------------------------------------

    def seekable(self):
        self._check_closed()
        return self._seekable

    def tell(self):
        self._check_closed("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._orig_file_size - self._left - len(self._readbuffer) + self._offset

    def seek(self, offset, whence=0):
        self._check_closed("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        here = self.tell()
        if whence == 0:
            target = offset
        elif whence == 1:
            target = here + offset
        elif whence == 2:
            target = self._orig_file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), "
                             "or os.SEEK_END (2)")
        target = max(0, min(target, self._orig_file_size))
        skip = target - here
        in_buffer = skip + self._offset
        if 0 <= in_buffer < len(self._readbuffer):
            self._offset = in_buffer
            skip = 0
        elif skip < 0:
            # Backwards beyond the buffer: decode again from the start.
            self._fileobj.seek(self._orig_compress_start)
            self._restart()
            skip = target
            if self._decrypter is not None:
                self._init_decrypter()
        while skip > 0:
            step = min(self.MAX_SEEK_READ, skip)
            self.read(step)
            skip -= step
        return self.tell()

    def close(self):
        try:
            if self._close_fileobj and not self._closed_flag:
                self._fileobj.close()
        finally:
            self._closed_flag = True


class _ZipWriteFile(_Stream):
    """A member opened for writing (ZipFile.open(name, 'w'))."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _get_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def writable(self):
        return True

    def write(self, data):
        self._check_closed()
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            view = memoryview(data)
            nbytes = view.nbytes
            data = view.tobytes()
        self._file_size += nbytes
        self._crc = crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self._closed_flag:
            return
        zinfo = self._zinfo
        try:
            self._closed_flag = True
            if self._compressor:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                self._fileobj.write(tail)
                zinfo.compress_size = self._compress_size
            else:
                zinfo.compress_size = self._file_size
            zinfo.CRC = self._crc
            zinfo.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            if zinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                layout = '<LLQQ' if self._zip64 else '<LLLL'
                self._fileobj.write(struct.pack(layout, _DD_SIGNATURE, zinfo.CRC,
                                                zinfo.compress_size, zinfo.file_size))
                self._zipfile.start_dir = self._fileobj.tell()
            else:
                # Rewrite the local header now that the sizes and CRC are known.
                self._zipfile.start_dir = self._fileobj.tell()
                self._fileobj.seek(zinfo.header_offset)
                self._fileobj.write(zinfo.FileHeader(self._zip64))
                self._fileobj.seek(self._zipfile.start_dir)
            self._zipfile.filelist.append(zinfo)
            self._zipfile.NameToInfo[zinfo.filename] = zinfo
        finally:
            self._zipfile._writing = False


def _truncate(fp):
    """Cuts the file at its current position."""
    try:
        fp.truncate()
        return
    except AttributeError:
        pass
    fp.flush()
    os.ftruncate(fp.fileno(), fp.tell())


# ---------------------------------------------------------------------------
# ZipFile
# ---------------------------------------------------------------------------

class ZipFile:
    """A ZIP archive: ZipFile(file, mode='r', compression=ZIP_STORED, allowZip64=True,
    compresslevel=None, *, strict_timestamps=True, metadata_encoding=None).

    file is a path or a file object; mode is 'r' (read), 'w' (write a new archive),
    'x' (create, failing if it exists) or 'a' (append to an archive, or to any file).
    """

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if self.metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            # Each mode falls back to the next when the file cannot be opened so.
            fallbacks = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b',
                         'r+b': 'w+b', 'w+b': 'wb', 'x+b': 'xb'}
            filemode = fallbacks[mode]
            while True:
                try:
                    self.fp = io.open(file, filemode)
                except OSError:
                    if filemode in fallbacks:
                        filemode = fallbacks[filemode]
                        continue
                    raise
                break
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False

        try:
            if mode == 'r':
                self._RealGetContents()
            elif mode in ('w', 'x'):
                self._didModify = True      # an empty archive still gets its records
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _Tellable(self.fp)
                    self.start_dir = 0
                    self._seekable = False
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            else:
                try:
                    self._RealGetContents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive: the new one goes after its contents.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        text = '<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)
        if self.fp is None:
            return text + ' [closed]>'
        if self._filePassed:
            text += ' file=%r' % (self.fp,)
        elif self.filename is not None:
            text += ' filename=%r' % (self.filename,)
        return text + ' mode=%r>' % (self.mode,)

    def _RealGetContents(self):
        """Reads the central directory."""
        fp = self.fp
        try:
            endrec = _EndRecData(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not endrec:
            raise BadZipFile("File is not a zip file")
        size_cd = endrec[_ECD_SIZE]
        offset_cd = endrec[_ECD_OFFSET]
        self._comment = endrec[_ECD_COMMENT]
        # Bytes in front of the archive (a zip appended to another file) shift offsets.
        concat = endrec[_ECD_LOCATION] - size_cd - offset_cd
        if endrec[_ECD_SIGNATURE] == stringEndArchive64:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        directory = fp.read(size_cd)
        pos = 0
        while pos < size_cd:
            fixed = directory[pos:pos + sizeCentralDir]
            if len(fixed) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            centdir = struct.unpack(structCentralDir, fixed)
            if centdir[_CD_SIGNATURE] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            pos += sizeCentralDir
            name_end = pos + centdir[_CD_FILENAME_LENGTH]
            extra_end = name_end + centdir[_CD_EXTRA_FIELD_LENGTH]
            comment_end = extra_end + centdir[_CD_COMMENT_LENGTH]
            raw_name = directory[pos:name_end]
            if centdir[_CD_FLAG_BITS] & _MASK_UTF_FILENAME:
                filename = raw_name.decode('utf-8')
            else:
                filename = raw_name.decode(self.metadata_encoding or 'cp437')
            x = ZipInfo(filename)
            x.extra = directory[name_end:extra_end]
            x.comment = directory[extra_end:comment_end]
            x.header_offset = centdir[_CD_LOCAL_HEADER_OFFSET]
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d,
             x.CRC, x.compress_size, x.file_size) = centdir[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = centdir[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decodeExtra()
            x.header_offset = x.header_offset + concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            pos = comment_end

    # -- listing -------------------------------------------------------------------

    def namelist(self):
        """The member names, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo objects of the members, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Prints a table of the members."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """Reads every member; the name of the first with a bad CRC, else None."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return zinfo.filename

    def getinfo(self, name):
        """The ZipInfo of a member; KeyError if there is none."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        """The default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd if pwd else None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    # -- reading members ---------------------------------------------------------------

    def read(self, name, pwd=None):
        """The bytes of a member."""
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for a member (a name or a ZipInfo): mode 'r' reads it,
        mode 'w' writes a new member."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")

        self._fileRefCnt += 1
        shared = _SharedFile(self.fp, zinfo.header_offset, self._fpclose, self._lock,
                             lambda: self._writing)
        try:
            raw = shared.read(sizeFileHeader)
            if len(raw) != sizeFileHeader:
                raise BadZipFile("Truncated file header")
            fheader = struct.unpack(structFileHeader, raw)
            if fheader[_FH_SIGNATURE] != stringFileHeader:
                raise BadZipFile("Bad magic number for file header")
            fname = shared.read(fheader[_FH_FILENAME_LENGTH])
            if fheader[_FH_EXTRA_FIELD_LENGTH]:
                shared.read(fheader[_FH_EXTRA_FIELD_LENGTH])
            if zinfo.flag_bits & _MASK_COMPRESSED_PATCH:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if zinfo.flag_bits & _MASK_STRONG_ENCRYPTION:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if fheader[_FH_GENERAL_PURPOSE_FLAG_BITS] & _MASK_UTF_FILENAME:
                fname_str = fname.decode("utf-8")
            else:
                fname_str = fname.decode(self.metadata_encoding or "cp437")
            if fname_str != zinfo.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (zinfo.orig_filename, fname))
            if zinfo.flag_bits & _MASK_ENCRYPTED:
                if not pwd:
                    pwd = self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for "
                                       "extraction" % name)
            else:
                pwd = None
            return ZipExtFile(shared, mode, zinfo, pwd, True)
        except:
            shared.close()
            raise

    # -- writing members -----------------------------------------------------------------

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening "
                             "another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1     # data ends with an EOS marker
        if not self._seekable:
            zinfo.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        # Compressed data may come out somewhat larger than the input.
        zip64 = force_zip64 or (zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if not self._allowZip64 and zip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            needs = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                needs = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                needs = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                needs = "Zipfile size"
            if needs:
                raise LargeZipFile(needs + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Adds the file (or directory) at filename to the archive as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(zinfo, 'w') as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Adds a member holding data (bytes, or str stored as UTF-8); the first
        argument is its name or a ZipInfo."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = zinfo_or_arcname
        else:
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = (0o40775 << 16) | 0x10    # drwxrwxr-x, DOS dir bit
            else:
                zinfo.external_attr = 0o600 << 16               # ?rw-------
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self._lock:
            with self.open(zinfo, mode='w') as dest:
                dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = (((0o40000 | mode) & 0xFFFF) << 16) | 0x10
            zinfo.file_size = 0
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            if zinfo.compress_type == ZIP_LZMA:
                zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
            self._writecheck(zinfo)
            self._didModify = True
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            self.fp.write(zinfo.FileHeader(False))
            self.start_dir = self.fp.tell()

    # -- extracting ------------------------------------------------------------------

    def extract(self, member, path=None, pwd=None):
        """Extracts one member (name or ZipInfo) below path (default: the current
        directory); returns the path written."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extracts all members, or those listed, below path."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        """Replaces the characters Windows forbids and strips trailing dots."""
        table = cls._windows_illegal_name_trans_table
        if not table:
            illegal = ':<>|"?*'
            table = str.maketrans(illegal, '_' * len(illegal))
            cls._windows_illegal_name_trans_table = table
        arcname = arcname.translate(table)
        parts = (part.rstrip('.') for part in arcname.split(pathsep))
        return pathsep.join(part for part in parts if part)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # The name becomes a relative path: no drive, no root, no '.' or '..' parts.
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        skipped = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(part for part in arcname.split(os.path.sep)
                                   if part not in skipped)
        if os.path.sep == '\\':
            arcname = self._sanitize_windows_name(arcname, os.path.sep)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    # -- closing -------------------------------------------------------------------

    def __del__(self):
        self.close()

    def close(self):
        """Closes the archive, writing the central directory in modes 'w', 'x', 'a'."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _write_end_record(self):
        for zinfo in self.filelist:
            dosdate, dostime = _dos_stamp(zinfo.date_time)
            big = []
            if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
                big.append(zinfo.file_size)
                big.append(zinfo.compress_size)
                file_size = compress_size = 0xffffffff
            else:
                file_size = zinfo.file_size
                compress_size = zinfo.compress_size
            if zinfo.header_offset > ZIP64_LIMIT:
                big.append(zinfo.header_offset)
                header_offset = 0xffffffff
            else:
                header_offset = zinfo.header_offset
            extra_data = zinfo.extra
            min_version = 0
            if big:
                extra_data = struct.pack('<HH' + 'Q' * len(big), 1, 8 * len(big), *big) \
                    + _strip_extra(extra_data, (1,))
                min_version = ZIP64_VERSION
            if zinfo.compress_type == ZIP_BZIP2:
                min_version = max(BZIP2_VERSION, min_version)
            elif zinfo.compress_type == ZIP_LZMA:
                min_version = max(LZMA_VERSION, min_version)
            extract_version = max(min_version, zinfo.extract_version)
            create_version = max(min_version, zinfo.create_version)
            name, flags = zinfo._encodeFilenameFlags()
            record = struct.pack(structCentralDir, stringCentralDir, create_version,
                                 zinfo.create_system, extract_version, zinfo.reserved,
                                 flags, zinfo.compress_type, dostime, dosdate,
                                 zinfo.CRC, compress_size, file_size,
                                 len(name), len(extra_data), len(zinfo.comment),
                                 0, zinfo.internal_attr, zinfo.external_attr,
                                 header_offset)
            self.fp.write(record)
            self.fp.write(name)
            self.fp.write(extra_data)
            self.fp.write(zinfo.comment)

        end_of_dir = self.fp.tell()
        count = len(self.filelist)
        size = end_of_dir - self.start_dir
        offset = self.start_dir
        needs = None
        if count > ZIP_FILECOUNT_LIMIT:
            needs = "Files count"
        elif offset > ZIP64_LIMIT:
            needs = "Central directory offset"
        elif size > ZIP64_LIMIT:
            needs = "Central directory size"
        if needs:
            if not self._allowZip64:
                raise LargeZipFile(needs + " would require ZIP64 extensions")
            self.fp.write(struct.pack(structEndArchive64, stringEndArchive64,
                                      44, 45, 45, 0, 0, count, count, size, offset))
            self.fp.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator,
                                      0, end_of_dir, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        self.fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count,
                                  size, offset, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            _truncate(self.fp)
        self.fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


class PyZipFile(ZipFile):
    """ZipFile with writepy(), which in CPython adds modules as compiled bytecode;
    there is no bytecode compiler to produce .pyc files here, so writepy() raises."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 optimize=-1):
        ZipFile.__init__(self, file, mode=mode, compression=compression,
                         allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("PyZipFile.writepy() needs a bytecode compiler, "
                                  "which this interpreter does not provide")


# ---------------------------------------------------------------------------
# zipfile.Path
# ---------------------------------------------------------------------------

def _ancestry(path):
    """path, then each of its parents ('b/d/f/' -> 'b/d/f', 'b/d', 'b')."""
    path = path.rstrip(posixpath.sep)
    while path and path != posixpath.sep:
        yield path
        path, _tail = posixpath.split(path)


def _parents(path):
    """The parents of a '/'-separated path, nearest first."""
    return itertools.islice(_ancestry(path), 1, None)


_dedupe = dict.fromkeys


def _difference(minuend, subtrahend):
    """The items of minuend not in subtrahend, in order."""
    exclude = set(subtrahend)
    return (item for item in minuend if item not in exclude)


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist() includes the directories its names imply."""

    @staticmethod
    def _implied_dirs(names):
        parents = itertools.chain.from_iterable(map(_parents, names))
        as_dirs = (parent + posixpath.sep for parent in parents)
        return _dedupe(_difference(as_dirs, names))

    def namelist(self):
        names = super(CompleteDirs, self).namelist()
        return names + list(self._implied_dirs(names))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """name + '/' when that is a directory and name itself is not a member."""
        names = self._name_set()
        dirname = name + '/'
        return dirname if name not in names and dirname in names else name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if not name.endswith('/') or name not in self._name_set():
                raise
            return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        """A CompleteDirs for source (a ZipFile, whose class is changed, or what
        ZipFile() accepts)."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        if 'r' not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs that computes its names once (for archives only read)."""

    def namelist(self):
        try:
            return self._fast_names
        except AttributeError:
            self._fast_names = super(FastLookup, self).namelist()
            return self._fast_names

    def _name_set(self):
        try:
            return self._fast_lookup
        except AttributeError:
            self._fast_lookup = super(FastLookup, self)._name_set()
            return self._fast_lookup


def _extract_text_encoding(encoding=None, *args, **kwargs):
    text_encoding = getattr(io, 'text_encoding', None)
    if text_encoding is not None:
        encoding = text_encoding(encoding, 3)
    return encoding, args, kwargs


class Path:
    """A pathlib-like view of a ZIP archive: Path(zipfile_or_filename, at='').

    Directories are names ending with '/' (or implied by deeper names); the root
    is at ''.  Supports iterdir(), open(), read_text(), read_bytes(), exists(),
    is_dir(), is_file(), name / suffix / stem, parent, joinpath() and '/'.
    """

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """Opens the member, as text unless mode has 'b' (then the ZIP file object)."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == 'r':
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding, args, kwargs = _extract_text_encoding(*args, **kwargs)
        return io.TextIOWrapper(stream, encoding, *args, **kwargs)

    def _base(self):
        return pathlib.PurePosixPath(self.at or self.root.filename)

    @property
    def name(self):
        return self._base().name

    @property
    def suffix(self):
        return self._base().suffix

    @property
    def suffixes(self):
        return self._base().suffixes

    @property
    def stem(self):
        return self._base().stem

    @property
    def filename(self):
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _extract_text_encoding(*args, **kwargs)
        with self.open('r', encoding, *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, self.root.namelist()))

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "%s(%r, %r)" % (self.__class__.__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        target = posixpath.join(self.at, *other)
        return self._next(self.root.resolve_dir(target))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = posixpath.dirname(self.at.rstrip('/'))
        if parent_at:
            parent_at += '/'
        return self._next(parent_at)


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

def main(args=None):
    import argparse

    parser = argparse.ArgumentParser(
        description='A simple command-line interface for zipfile module.')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<zipfile>',
                       help='Show listing of a zipfile')
    group.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'),
                       help='Extract zipfile into target dir')
    group.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                       help='Create zipfile from sources')
    group.add_argument('-t', '--test', metavar='<zipfile>',
                       help='Test if a zipfile is valid')
    parser.add_argument('--metadata-encoding', metavar='<encoding>',
                        help='Specify encoding of member names for -l, -e and -t')
    args = parser.parse_args(args)
    encoding = args.metadata_encoding

    if args.test is not None:
        with ZipFile(args.test, 'r', metadata_encoding=encoding) as zf:
            bad = zf.testzip()
        if bad:
            print("The following enclosed file is corrupted: {!r}".format(bad))
        print("Done testing")
    elif args.list is not None:
        with ZipFile(args.list, 'r', metadata_encoding=encoding) as zf:
            zf.printdir()
    elif args.extract is not None:
        src, target = args.extract
        with ZipFile(src, 'r', metadata_encoding=encoding) as zf:
            zf.extractall(target)
    elif args.create is not None:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        zip_name = args.create.pop(0)

        def add(zf, path, zippath):
            if os.path.isfile(path):
                zf.write(path, zippath, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if zippath:
                    zf.write(path, zippath)
                for entry in sorted(os.listdir(path)):
                    add(zf, os.path.join(path, entry), os.path.join(zippath, entry))

        with ZipFile(zip_name, 'w') as zf:
            for path in args.create:
                zippath = os.path.basename(path)
                if not zippath:
                    zippath = os.path.basename(os.path.dirname(path))
                if zippath in ('', os.curdir, os.pardir):
                    zippath = ''
                add(zf, path, zippath)


if __name__ == "__main__":
    main()
