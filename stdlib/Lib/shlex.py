"""shlex: shell-like splitting and quoting of command lines, as a POSIX shell reads them
(split), and the inverse (quote, join) — what building subprocess argument lists needs."""

import re

__all__ = ["split", "quote", "join"]

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
