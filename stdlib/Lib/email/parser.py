"""email.parser: Parser, HeaderParser, BytesParser and BytesHeaderParser, which turn the
text (or bytes) of an RFC 2822 message into an email.message.Message, as CPython 3.11's
parsers do under the compat32 policy.

Headers are read up to the first blank line (continuation lines join the header before
them, with their line breaks kept in the value; a leading 'From ' line becomes the unix
from). The body becomes the payload: parsed into sub-messages for multipart/* (with
preamble and epilogue) and message/* types, a string otherwise. Malformed input is
tolerated, with the problems recorded in the message's .defects list.

Left out: FeedParser and BytesFeedParser (incremental feeding), and policies other
than compat32 (a policy argument is accepted and ignored).
"""

import re

from email import errors
from email.message import Message, compat32

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']

_LINE_SPLIT = re.compile(r'(\r\n|\r|\n)')
_NEWLINE = re.compile(r'\r\n|\r|\n')
_NEWLINE_START = re.compile(r'(\r\n|\r|\n)')
_NEWLINE_END = re.compile(r'(\r\n|\r|\n)\Z')
# A header line: a 'From ' envelope line, 'name:' (printable ASCII but ':' and space) or
# a continuation line (leading white space).
_HEADER_LINE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')


class _Lines:
    """The lines of a text (each with its line break), read one at a time. While a stop
    test is pushed, a line it accepts reads as the end ('') and stays unread."""

    def __init__(self, text):
        pieces = _LINE_SPLIT.split(text)
        lines = [pieces[i] + pieces[i + 1] for i in range(0, len(pieces) - 1, 2)]
        if pieces[-1]:
            lines.append(pieces[-1])
        lines.reverse()
        self._pending = lines   # the next line is last
        self._stops = []

    def readline(self):
        if not self._pending:
            return ''
        line = self._pending.pop()
        for stop in reversed(self._stops):
            if stop(line):
                self._pending.append(line)
                return ''
        return line

    def unreadline(self, line):
        self._pending.append(line)

    def push_stop(self, test):
        self._stops.append(test)

    def pop_stop(self):
        return self._stops.pop()

    def rest(self):
        lines = []
        while True:
            line = self.readline()
            if line == '':
                return lines
            lines.append(line)


def _split_header(lines):
    """(name, value) of a header from its source lines."""
    name, value = lines[0].split(':', 1)
    value = value.lstrip(' \t') + ''.join(lines[1:])
    return name, value.rstrip('\r\n')


class _Builder:
    """Parses one whole text into a tree of messages."""

    def __init__(self, factory, policy, headersonly):
        self.factory = factory
        self.policy = policy
        self.headersonly = headersonly
        self.last = None

    def new_message(self, parent):
        try:
            msg = self.factory(policy=self.policy)
        except TypeError:
            msg = self.factory()
        if parent is not None:
            if parent.get_content_type() == 'multipart/digest':
                msg.set_default_type('message/rfc822')
            parent.attach(msg)
        self.last = msg
        return msg

    def parse(self, lines, parent=None, top=True):
        msg = self.new_message(parent)
        header_lines = []
        while True:
            line = lines.readline()
            if line == '':
                break
            if not _HEADER_LINE.match(line):
                if not _NEWLINE.match(line):
                    msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
                    lines.unreadline(line)
                break
            header_lines.append(line)
        self.parse_headers(msg, header_lines, lines)
        if self.headersonly:
            msg.set_payload(''.join(lines.rest()))
            return msg
        ctype = msg.get_content_type()
        if ctype == 'message/delivery-status':
            self.parse_status_blocks(msg, lines)
        elif msg.get_content_maintype() == 'message':
            self.parse(lines, msg, False)
        elif msg.get_content_maintype() == 'multipart':
            self.parse_multipart(msg, lines)
        else:
            msg.set_payload(''.join(lines.rest()))
        return msg

    def parse_headers(self, msg, header_lines, lines):
        name_lines = []
        for number, line in enumerate(header_lines):
            if line[0] in ' \t':
                if not name_lines:
                    msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                name_lines.append(line)
                continue
            if name_lines:
                msg.set_raw(*_split_header(name_lines))
                name_lines = []
            if line.startswith('From '):
                if number == 0:
                    match = _NEWLINE_END.search(line)
                    if match:
                        line = line[:-len(match.group(0))]
                    msg.set_unixfrom(line)
                    continue
                if number == len(header_lines) - 1:
                    # the body's first line, not a header
                    lines.unreadline(line)
                    return
                msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            if line.find(':') == 0:
                msg.defects.append(errors.InvalidHeaderDefect("Missing header name."))
                continue
            name_lines = [line]
        if name_lines:
            msg.set_raw(*_split_header(name_lines))

    def parse_status_blocks(self, msg, lines):
        # blocks of headers separated by blank lines, each a sub-message
        while True:
            lines.push_stop(_NEWLINE.match)
            self.parse(lines, msg, False)
            lines.pop_stop()
            lines.readline()
            line = lines.readline()
            if line == '':
                break
            lines.unreadline(line)

    def parse_multipart(self, msg, lines):
        boundary = msg.get_boundary()
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            msg.set_payload(''.join(lines.rest()))
            return
        if str(msg.get('content-transfer-encoding', '8bit')).lower() not in ('7bit', '8bit', 'binary'):
            msg.defects.append(errors.InvalidMultipartContentTransferEncodingDefect())
        separator = re.compile('(?P<sep>' + re.escape('--' + boundary) +
                               r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        in_preamble = True
        preamble = []
        closing_newline = False
        closed = False
        while True:
            line = lines.readline()
            if line == '':
                break
            match = separator.match(line)
            if not match:
                preamble.append(line)
                continue
            if match.group('end'):
                closed = True
                closing_newline = match.group('linesep')
                break
            if in_preamble:
                if preamble:
                    last = preamble[-1]
                    eol = _NEWLINE_END.search(last)
                    if eol:
                        preamble[-1] = last[:-len(eol.group(0))]
                    msg.preamble = ''.join(preamble)
                in_preamble = False
                lines.unreadline(line)
                continue
            # several boundary lines in a row count as one
            while True:
                line = lines.readline()
                if not separator.match(line):
                    lines.unreadline(line)
                    break
            lines.push_stop(separator.match)
            self.parse(lines, msg, False)
            last = self.last
            if last.get_content_maintype() == 'multipart':
                epilogue = last.epilogue
                if epilogue == '':
                    last.epilogue = None
                elif epilogue is not None:
                    eol = _NEWLINE_END.search(epilogue)
                    if eol:
                        last.epilogue = epilogue[:-len(eol.group(0))]
            else:
                payload = last._payload
                if isinstance(payload, str):
                    eol = _NEWLINE_END.search(payload)
                    if eol:
                        last._payload = payload[:-len(eol.group(0))]
            lines.pop_stop()
            self.last = msg
        if in_preamble:
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg.set_payload(''.join(preamble))
            lines.rest()
            msg.epilogue = ''
            return
        if not closed:
            msg.defects.append(errors.CloseBoundaryNotFoundDefect())
            return
        epilogue = [''] if closing_newline else []
        epilogue.extend(lines.rest())
        if epilogue:
            start = _NEWLINE_START.match(epilogue[0])
            if start:
                epilogue[0] = epilogue[0][len(start.group(0)):]
        msg.epilogue = ''.join(epilogue)


class Parser:
    """Parses message text into a Message (or an instance of _class)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class if _class is not None else Message
        self.policy = policy

    def parse(self, fp, headersonly=False):
        """Parses the text a file-like object reads to its end."""
        chunks = []
        while True:
            data = fp.read(8192)
            if not data:
                break
            chunks.append(data)
        return self.parsestr(''.join(chunks), headersonly)

    def parsestr(self, text, headersonly=False):
        """Parses a string; with headersonly, the body is kept as one string."""
        root = _Builder(self._class, self.policy, headersonly).parse(_Lines(text))
        if (root.get_content_maintype() == 'multipart' and not root.is_multipart()
                and not headersonly):
            root.defects.append(errors.MultipartInvariantViolationDefect())
        return root


class HeaderParser(Parser):
    """A Parser that does not look into the body."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parses bytes: ASCII text, other bytes kept (as surrogate escapes) in the result."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        chunks = []
        while True:
            data = fp.read(8192)
            if not data:
                break
            chunks.append(data)
        return self.parsebytes(b''.join(chunks), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = bytes(text).decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
