"""mimetypes: guessing a file's MIME type (and compression) from its name, and an
extension from a MIME type: MimeTypes, guess_type, guess_extension, guess_all_extensions,
add_type, init, read_mime_types, and the tables knownfiles, suffix_map, encodings_map,
types_map and common_types. As on Unix, init() reads whichever mime.types files of
knownfiles exist. Left out: the Windows registry (read_windows_registry does nothing)
and the command-line interface."""

import os
try:
    import posixpath
except ImportError:  # a build whose os.path is not importable by that name
    posixpath = os.path

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# The built-in tables as "extension=type" items, in the order they are registered
# (which decides the extension guess_extension() prefers for a type).
_STANDARD_TYPES = """
.js=application/javascript .mjs=application/javascript .json=application/json
.webmanifest=application/manifest+json .doc=application/msword .dot=application/msword
.wiz=application/msword .nq=application/n-quads .nt=application/n-triples
.bin=application/octet-stream .a=application/octet-stream .dll=application/octet-stream
.exe=application/octet-stream .o=application/octet-stream .obj=application/octet-stream
.so=application/octet-stream .oda=application/oda .pdf=application/pdf
.p7c=application/pkcs7-mime .ps=application/postscript .ai=application/postscript
.eps=application/postscript .trig=application/trig .m3u=application/vnd.apple.mpegurl
.m3u8=application/vnd.apple.mpegurl .xls=application/vnd.ms-excel
.xlb=application/vnd.ms-excel .ppt=application/vnd.ms-powerpoint
.pot=application/vnd.ms-powerpoint .ppa=application/vnd.ms-powerpoint
.pps=application/vnd.ms-powerpoint .pwz=application/vnd.ms-powerpoint
.wasm=application/wasm .bcpio=application/x-bcpio .cpio=application/x-cpio
.csh=application/x-csh .dvi=application/x-dvi .gtar=application/x-gtar
.hdf=application/x-hdf .h5=application/x-hdf5 .latex=application/x-latex
.mif=application/x-mif .cdf=application/x-netcdf .nc=application/x-netcdf
.p12=application/x-pkcs12 .pfx=application/x-pkcs12 .ram=application/x-pn-realaudio
.pyc=application/x-python-code .pyo=application/x-python-code .sh=application/x-sh
.shar=application/x-shar .swf=application/x-shockwave-flash
.sv4cpio=application/x-sv4cpio .sv4crc=application/x-sv4crc .tar=application/x-tar
.tcl=application/x-tcl .tex=application/x-tex .texi=application/x-texinfo
.texinfo=application/x-texinfo .roff=application/x-troff .t=application/x-troff
.tr=application/x-troff .man=application/x-troff-man .me=application/x-troff-me
.ms=application/x-troff-ms .ustar=application/x-ustar .src=application/x-wais-source
.xsl=application/xml .rdf=application/xml .wsdl=application/xml .xpdl=application/xml
.zip=application/zip .3gp=audio/3gpp .3gpp=audio/3gpp .3g2=audio/3gpp2
.3gpp2=audio/3gpp2 .aac=audio/aac .adts=audio/aac .loas=audio/aac .ass=audio/aac
.au=audio/basic .snd=audio/basic .mp3=audio/mpeg .mp2=audio/mpeg .opus=audio/opus
.aif=audio/x-aiff .aifc=audio/x-aiff .aiff=audio/x-aiff .ra=audio/x-pn-realaudio
.wav=audio/x-wav .avif=image/avif .bmp=image/bmp .gif=image/gif .ief=image/ief
.jpg=image/jpeg .jpe=image/jpeg .jpeg=image/jpeg .heic=image/heic .heif=image/heif
.png=image/png .svg=image/svg+xml .tiff=image/tiff .tif=image/tiff
.ico=image/vnd.microsoft.icon .ras=image/x-cmu-raster .pnm=image/x-portable-anymap
.pbm=image/x-portable-bitmap .pgm=image/x-portable-graymap .ppm=image/x-portable-pixmap
.rgb=image/x-rgb .xbm=image/x-xbitmap .xpm=image/x-xpixmap .xwd=image/x-xwindowdump
.eml=message/rfc822 .mht=message/rfc822 .mhtml=message/rfc822 .nws=message/rfc822
.css=text/css .csv=text/csv .html=text/html .htm=text/html .n3=text/n3 .txt=text/plain
.bat=text/plain .c=text/plain .h=text/plain .ksh=text/plain .pl=text/plain
.srt=text/plain .rtx=text/richtext .tsv=text/tab-separated-values .vtt=text/vtt
.py=text/x-python .etx=text/x-setext .sgm=text/x-sgml .sgml=text/x-sgml
.vcf=text/x-vcard .xml=text/xml .mp4=video/mp4 .mpeg=video/mpeg .m1v=video/mpeg
.mpa=video/mpeg .mpe=video/mpeg .mpg=video/mpeg .mov=video/quicktime .qt=video/quicktime
.webm=video/webm .avi=video/x-msvideo .movie=video/x-sgi-movie
"""

# Types that are common but not registered: used when strict is false.
_COMMON_TYPES = """
.rtf=application/rtf .midi=audio/midi .mid=audio/midi .jpg=image/jpg .pict=image/pict
.pct=image/pict .pic=image/pict .webp=image/webp .xul=text/xul
"""


def _table(text):
    return dict(item.split('=', 1) for item in text.split())


_suffix_map_default = {
    '.svgz': '.svg.gz',
    '.tgz': '.tar.gz',
    '.taz': '.tar.gz',
    '.tz': '.tar.gz',
    '.tbz2': '.tar.bz2',
    '.txz': '.tar.xz',
}

_encodings_map_default = {
    '.gz': 'gzip',
    '.Z': 'compress',
    '.bz2': 'bzip2',
    '.xz': 'xz',
    '.br': 'br',
}

_types_map_default = _table(_STANDARD_TYPES)
_common_types_default = _table(_COMMON_TYPES)

suffix_map = _suffix_map_default
encodings_map = _encodings_map_default
types_map = _types_map_default
common_types = _common_types_default


class MimeTypes:
    """A table of MIME types and extensions: the built-in ones, plus those read from
    mime.types-style files or added with add_type()."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_encodings_map_default)
        self.suffix_map = dict(_suffix_map_default)
        # index 0: the non-standard (common) types, index 1: the standard ones
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _types_map_default.items():
            self.add_type(type, ext, True)
        for ext, type in _common_types_default.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps ext to type (replacing what ext mapped to) and adds ext to type's
        extensions."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name or URL: type is None when the extension
        is unknown, encoding names the compression (gzip, bzip2...) or is None."""
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == 'data':
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semicolon = rest.find(';', 0, comma)
            mediatype = rest[:semicolon] if semicolon >= 0 else rest[:comma]
            if '=' in mediatype or '/' not in mediatype:
                mediatype = 'text/plain'
            return mediatype, None
        base, ext = posixpath.splitext(rest)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = None
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for the MIME type, each with its leading dot."""
        type = type.lower()
        result = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in result:
                    result.append(ext)
        return result

    def guess_extension(self, type, strict=True):
        """The first extension known for the MIME type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Adds the types of a mime.types-format file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of an open mime.types-format file: lines of a type followed
        by its extensions (without dots); '#' starts a comment."""
        while True:
            line = fp.readline()
            if not line:
                break
            words = []
            for word in line.split():
                if word.startswith('#'):
                    break
                words.append(word)
            if not words:
                continue
            for suffix in words[1:]:
                self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """There is no Windows registry here: does nothing."""
        return None


def _split_scheme(url):
    # 'scheme:rest' -> ('scheme', 'rest'), as urllib.parse's splittype
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def guess_type(url, strict=True):
    """(type, encoding) guessed from a file name or URL; see MimeTypes.guess_type."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension known for a MIME type."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension for a MIME type, or None."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Maps an extension to a MIME type in the module's table."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Builds the module's table: the built-in types, then those of every file of
    knownfiles (and of files) that exists. With files given after a first init(), only
    those files are added to the existing table."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The {extension: type} table of one mime.types file, or None if it cannot be
    opened."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]
