"""email.errors: the exceptions of the email package, and the defect classes a parser
records in a message's .defects list (as CPython 3.11's email.errors).

Only the defects this package's parser can report are used, but all of CPython's
names exist so that code catching or checking them imports cleanly.
"""


class MessageError(Exception):
    """The base of the email package's exceptions."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A non-multipart message cannot be changed into a multipart one."""


class CharsetError(MessageError):
    """An unknown character set was named."""


class MessageDefect(ValueError):
    """A problem found while parsing a message (recorded, not raised)."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart message has no boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The boundary of a multipart message never appears in its body."""


class CloseBoundaryNotFoundDefect(MessageDefect):
    """A multipart body lacks its closing boundary."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line starts with white space."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' line appears after the first header line."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is not a header came before the blank line ending the headers."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect


class MultipartInvariantViolationDefect(MessageDefect):
    """A message claims to be multipart but has no subparts."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart message has a transfer encoding other than 7bit, 8bit or binary."""


class UndecodableBytesDefect(MessageDefect):
    """A header holds bytes that cannot be decoded."""


class InvalidBase64PaddingDefect(MessageDefect):
    """Base64 data lacks padding."""


class InvalidBase64CharactersDefect(MessageDefect):
    """Base64 data holds characters outside the base64 alphabet."""


class InvalidBase64LengthDefect(MessageDefect):
    """Base64 data has a length no padding can make valid."""


class HeaderDefect(MessageDefect):
    """A problem with a header."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


class InvalidHeaderDefect(HeaderDefect):
    """A header cannot be parsed as its kind of header."""


class HeaderMissingRequiredValue(HeaderDefect):
    """A header that must have a value has none."""


class NonPrintableDefect(HeaderDefect):
    """A header holds non-printable ASCII characters."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return "the following ASCII non-printables found in header: {}".format(self.non_printables)


class ObsoleteHeaderDefect(HeaderDefect):
    """A header uses obsolete syntax."""


class NonASCIILocalPartDefect(HeaderDefect):
    """The local part of an address holds non-ASCII characters."""


class InvalidDateDefect(HeaderDefect):
    """A date header could not be parsed."""
