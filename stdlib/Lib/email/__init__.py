"""email: a small part of CPython 3.11's email package — enough for HTTP and simple mail
handling.

Here: email.message (Message), email.parser (Parser, HeaderParser, BytesParser,
BytesHeaderParser), email.utils (dates, addresses, RFC 2231 parameters), email.errors,
and the message_from_* functions below. All of it follows the compat32 policy.

Left out: email.policy and EmailMessage, email.header, email.charset, email.generator,
email.feedparser, email.mime, email.headerregistry, email.encoders, email.iterators,
email.base64mime and email.quoprimime.
"""

__all__ = ['errors', 'message', 'parser', 'utils', 'message_from_string',
           'message_from_bytes', 'message_from_file', 'message_from_binary_file']


def message_from_string(s, *args, **kws):
    """Parses a string into a Message (the arguments are Parser's)."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """Parses bytes into a Message (the arguments are BytesParser's)."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """Parses the text a file object reads into a Message."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """Parses the bytes a binary file object reads into a Message."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
