"""shlex: shell-like splitting and quoting of command lines, as a POSIX shell reads them
(split), and the inverse (quote, join) — what building subprocess argument lists needs;
and the shlex lexer, which reads tokens from a string or stream one at a time."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """s made safe as one shell word."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The words quoted and joined by spaces (the inverse of split)."""
    return ' '.join(quote(arg) for arg in split_command)


def split(s, comments=False, posix=True):
    """The words of a command line: whitespace separates, quotes group, a backslash
    escapes the next character (inside double quotes only \\\\, \\", $, ` and a newline)."""
    if s is None:
        raise ValueError("s argument must not be None")
    words = []
    word = []
    in_word = False
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            if in_word:
                words.append(''.join(word))
                word = []
                in_word = False
            i += 1
        elif comments and c == '#' and not in_word:
            while i < n and s[i] != '\n':
                i += 1
        elif c == "'":
            end = s.find("'", i + 1)
            if end < 0:
                raise ValueError("No closing quotation")
            word.append(s[i + 1:end] if posix else s[i:end + 1])
            in_word = True
            i = end + 1
        elif c == '"':
            j = i + 1
            part = [] if posix else ['"']
            while True:
                if j >= n:
                    raise ValueError("No closing quotation")
                d = s[j]
                if d == '"':
                    break
                if d == '\\' and posix and j + 1 < n and s[j + 1] in '\\"$`\n':
                    part.append(s[j + 1])
                    j += 2
                    continue
                part.append(d)
                j += 1
            if not posix:
                part.append('"')
            word.append(''.join(part))
            in_word = True
            i = j + 1
        elif c == '\\' and posix:
            if i + 1 >= n:
                raise ValueError("No escaped character")
            if s[i + 1] != '\n':
                word.append(s[i + 1])
            in_word = True
            i += 2
        else:
            word.append(c)
            in_word = True
            i += 1
    if in_word:
        words.append(''.join(word))
    return words


class shlex:
    """A lexical analyzer for simple shell-like syntaxes. Tokens are read on demand from
    instream (a string, a file, or standard input): words of wordchars, quoted strings,
    runs of punctuation_chars, and single other characters; commenters start a comment to
    the end of the line. In POSIX mode quotes and escapes work as a POSIX shell's (and are
    removed); otherwise quotes stay in the token and there are no escapes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += ("\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef"
                               "\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff"
                               "\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf"
                               "\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd8\xd9\xda\xdb\xdc\xdd\xde")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters the punctuation pushes back, read again before the stream.
            self._pushback_chars = deque()
            # Path and glob characters belong to words when punctuation is split off.
            self.wordchars += "~-./*?="
            self.wordchars = self.wordchars.translate(self.wordchars.maketrans(dict.fromkeys(punctuation_chars)))

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Pushes tok back: get_token returns it next."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Reads from newstream until it ends, then goes back to the current stream."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Closes the current stream and goes back to the one before it."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = " "

    def get_token(self):
        """The next token: a pushed-back one, else one read (following source inclusions
        and returning to outer streams at the end of an inner one); eof at the end."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _ends_token(self, quoted):
        return bool(self.token) or (self.posix and quoted)

    def read_token(self):
        """Reads one raw token from the stream (no pushback, no inclusions)."""
        quoted = False
        # The state to go back to after an escaped character.
        after_escape = " "
        while True:
            char = self._next_char()
            if char == "\n":
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ""  # past the end
                break
            if state == " ":
                # Between tokens.
                if not char:
                    self.state = None
                    break
                if char in self.whitespace:
                    if self._ends_token(quoted):
                        break
                    continue
                if char in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and char in self.escape:
                    after_escape = "a"
                    self.state = char
                elif char in self.wordchars:
                    self.token = char
                    self.state = "a"
                elif char in self._punctuation_chars:
                    self.token = char
                    self.state = "c"
                elif char in self.quotes:
                    if not self.posix:
                        self.token = char
                    self.state = char
                elif self.whitespace_split:
                    self.token = char
                    self.state = "a"
                else:
                    # A character of its own is a token of its own.
                    self.token = char
                    if self._ends_token(quoted):
                        break
            elif state in self.quotes:
                # Inside quotes.
                quoted = True
                if not char:
                    raise ValueError("No closing quotation")
                if char == state:
                    if not self.posix:
                        self.token += char
                        self.state = " "
                        break
                    self.state = "a"
                elif self.posix and char in self.escape and state in self.escapedquotes:
                    after_escape = state
                    self.state = char
                else:
                    self.token += char
            elif state in self.escape:
                # The character after an escape.
                if not char:
                    raise ValueError("No escaped character")
                # Inside quotes, an escape before anything but the quote or itself stays.
                if after_escape in self.quotes and char != state and char != after_escape:
                    self.token += state
                self.token += char
                self.state = after_escape
            elif state in ("a", "c"):
                # Inside a word ("a") or a run of punctuation ("c").
                if not char:
                    self.state = None
                    break
                if char in self.whitespace:
                    self.state = " "
                    if self._ends_token(quoted):
                        break
                    continue
                if char in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if self.posix:
                        self.state = " "
                        if self._ends_token(quoted):
                            break
                        continue
                elif state == "c":
                    if char in self._punctuation_chars:
                        self.token += char
                    else:
                        if char not in self.whitespace:
                            self._pushback_chars.append(char)
                        self.state = " "
                        break
                elif self.posix and char in self.quotes:
                    self.state = char
                elif self.posix and char in self.escape:
                    after_escape = "a"
                    self.state = char
                elif (char in self.wordchars or char in self.quotes
                      or (self.whitespace_split and char not in self._punctuation_chars)):
                    self.token += char
                else:
                    # The character ends the word and starts what comes next.
                    if self._punctuation_chars:
                        self._pushback_chars.append(char)
                    else:
                        self.pushback.appendleft(char)
                    self.state = " "
                    if self._ends_token(quoted):
                        break
                    continue
        result = self.token
        self.token = ""
        if self.posix and not quoted and result == "":
            result = None
        return result

    def sourcehook(self, newfile):
        """The (name, stream) a source inclusion request names: the file, relative to the
        current one when its name is relative."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message in the Emacs format: '"file", line n: '."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token
