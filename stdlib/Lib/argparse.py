"""Command-line parsing in the manner of CPython's argparse: ArgumentParser, Namespace, the
common actions (store, store_const, store_true, store_false, append, append_const, count,
extend, help, version), nargs (None, '?', '*', '+', an int, REMAINDER), type conversion,
choices, required options, argument groups, and help and error messages laid out exactly as
CPython 3.11 lays them out.

Help width: CPython asks shutil.get_terminal_size(), which reads the COLUMNS environment
variable and otherwise the terminal's width, falling back to 80 columns. MiniPy has no
terminal query, so here the width is COLUMNS when it is set to a positive integer and 80
otherwise; either way text wraps at that width minus 2. With output piped (no terminal),
both interpreters therefore print the same help.

Sub-commands (add_subparsers, add_parser with help and aliases), mutually exclusive
groups, parents=, fromfile_prefix_chars, conflict_handler='resolve', FileType,
parse_intermixed_args and register() (custom 'action' and 'type' names) are provided.

How arguments are matched follows CPython: each argument string is classified as an
option ('O'), a plain argument ('A') or the '--' separator ('-'); each action's nargs
becomes a small pattern over those letters; and positionals take as many strings as the
patterns allow, matched greedily with backtracking, as a regular expression would.
"""

import os as _os
import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction",
           "FileType", "HelpFormatter", "ArgumentDefaultsHelpFormatter",
           "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "MetavarTypeHelpFormatter",
           "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER",
           "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
REMAINDER = "..."
PARSER = "A..."
_UNRECOGNIZED_ARGS_ATTR = "_unrecognized_args"


# ─────────────────────────── text layout ───────────────────────────

def _terminal_columns():
    """The width help is laid out for: $COLUMNS when it is a positive integer, else 80."""
    value = _os.environ.get("COLUMNS")
    if value is not None:
        try:
            columns = int(value)
        except ValueError:
            columns = 0
        if columns > 0:
            return columns
    return 80


def _collapse_whitespace(text):
    return " ".join(text.split())


def _is_word_char(ch):
    return ch.isalnum() or ch == "_"


def _is_letter(ch):
    return _is_word_char(ch) and not ch.isdigit()


def _is_word_punct(ch):
    return _is_word_char(ch) or ch in "!\"'&.,?"


def _dash_run(word, i):
    """How many hyphens start at word[i], if they are two or more and a word character
    follows them (an em-dash written as '--'); else 0."""
    end = i
    while end < len(word) and word[end] == "-":
        end += 1
    if end - i >= 2 and end < len(word) and _is_word_char(word[end]):
        return end - i
    return 0


def _breaks_after_hyphen(word, i):
    """Whether word[i] is a hyphen a line may break after: it follows two letters (or
    letter, hyphen, letter) and is followed by a letter, then a letter or a hyphen and a
    letter."""
    def letter(k):
        return 0 <= k < len(word) and _is_letter(word[k])
    if word[i] != "-":
        return False
    if not ((letter(i - 1) and letter(i - 2)) or
            (letter(i - 1) and i >= 3 and word[i - 2] == "-" and letter(i - 3))):
        return False
    return letter(i + 1) and (letter(i + 2) or
                              (i + 2 < len(word) and word[i + 2] == "-" and letter(i + 3)))


def _split_word(word, chunks):
    """Append the pieces textwrap cuts a word into: parts of a hyphenated word end after
    their hyphen, and an em-dash ('--' between words) is a piece of its own."""
    start = 0
    while start < len(word):
        if start > 0 and _is_word_punct(word[start - 1]):
            dashes = _dash_run(word, start)
            if dashes:
                chunks.append(word[start:start + dashes])
                start += dashes
                continue
        end = start + 1
        while end < len(word):
            if _breaks_after_hyphen(word, end):
                end += 1
                break
            if _is_word_punct(word[end - 1]) and _dash_run(word, end):
                break
            end += 1
        chunks.append(word[start:end])
        start = end


def _split_chunks(text):
    """Cut single-spaced text into the pieces textwrap moves as units: words, the spaces
    between them, and the parts of hyphenated words."""
    chunks = []
    for n, word in enumerate(text.split(" ")):
        if n > 0:
            chunks.append(" ")
        _split_word(word, chunks)
    return chunks


def _wrap(text, width, indent=""):
    """textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent) for text
    whose whitespace is already collapsed: fill lines greedily, drop spaces at line ends,
    and split words longer than a line (at a hyphen when one fits)."""
    chunks = _split_chunks(text)
    chunks.reverse()
    lines = []
    while chunks:
        line = []
        length = 0
        room = width - len(indent)
        if chunks[-1] == " " and lines:
            chunks.pop()
        while chunks and length + len(chunks[-1]) <= room:
            piece = chunks.pop()
            line.append(piece)
            length += len(piece)
        if chunks and len(chunks[-1]) > room:
            space_left = room - length if room >= 1 else 1
            chunk = chunks[-1]
            end = space_left
            if len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-") != "":
                    end = hyphen + 1
            line.append(chunk[:end])
            chunks[-1] = chunk[end:]
        if line and line[-1] == " ":
            line.pop()
        if line:
            lines.append(indent + "".join(line))
    return lines


def _split_usage_parts(text):
    """The pieces a usage line may wrap between: a bracketed or parenthesised option
    (which may nest, like '[--x [X ...]]') stays whole; anything else splits at spaces."""
    parts = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == " ":
            i += 1
            continue
        end = -1
        if text[i] == "[" or text[i] == "(":
            close = "]" if text[i] == "[" else ")"
            k = i + 1
            while k < n and text[k] != "\n":
                if text[k] == close:
                    m = k
                    while m < n and text[m] == close:
                        m += 1
                    if m == n or text[m].isspace():
                        end = m
                        break
                k += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def _tidy_usage(text):
    """The clean-ups CPython applies to a usage string: no space just inside brackets or
    parentheses, no empty brackets, and no parentheses around a part without '|'."""
    for opening in "[(":
        text = text.replace(opening + " ", opening)
    for closing in "])":
        text = text.replace(" " + closing, closing)
    pieces = []
    i = 0
    while i < len(text):
        if text[i] in "[(":
            k = i + 1
            while k < len(text) and text[k] == " ":
                k += 1
            if k < len(text) and text[k] in "])":
                i = k + 1
                continue
        pieces.append(text[i])
        i += 1
    text = "".join(pieces)
    pieces = []
    i = 0
    while i < len(text):
        if text[i] == "(":
            bar = text.find("|", i + 1)
            limit = bar if bar >= 0 else len(text)
            close = text.rfind(")", i + 1, limit)
            if close >= 0:
                pieces.append(text[i + 1:close])
                i = close + 1
                continue
        pieces.append(text[i])
        i += 1
    return "".join(pieces).strip()


# ─────────────────────────── formatting help ───────────────────────────

class HelpFormatter:
    """Lays out usage, description, argument sections and epilog. The parser feeds it in
    order (add_usage, add_text, start_section / add_arguments / end_section) and then asks
    for format_help(). Subclasses change how text is filled and what help strings say."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._action_max_length = 0
        self._blocks = []          # rendered lazily: ("usage", ...), ("text", ...), ("section", ...)
        self._section = None
        self._groups = []          # the mutually exclusive groups the usage shows

    # ----- what the parser adds -----

    def add_usage(self, usage, actions, groups=None, prefix=None):
        if usage is not SUPPRESS:
            self._groups = list(groups or ())
            self._blocks.append(("usage", (usage, list(actions), prefix)))

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._target().append(("text", text))

    def start_section(self, heading):
        self._section = (heading, [])

    def end_section(self):
        self._blocks.append(("section", self._section))
        self._section = None

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            indent = self._indent_increment if self._section is not None else 0
            length = len(self._format_action_invocation(action)) + indent
            self._action_max_length = max(self._action_max_length, length)
            # A sub-command action lists its commands below it, one level further in; as in
            # CPython, their width counts at the action's own indent.
            for subaction in getattr(action, "_get_subactions", list)():
                length = len(self._format_action_invocation(subaction)) + indent
                self._action_max_length = max(self._action_max_length, length)
            self._target().append(("action", action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def _target(self):
        return self._section[1] if self._section is not None else self._blocks

    # ----- producing the text -----

    def format_help(self):
        pieces = []
        for kind, value in self._blocks:
            pieces.append(self._render(kind, value, 0))
        text = "".join(pieces)
        if not text:
            return ""
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        return text.strip("\n") + "\n"

    def _render(self, kind, value, indent):
        if kind == "usage":
            usage, actions, prefix = value
            return self._format_usage(usage, actions, prefix)
        if kind == "text":
            return self._format_text(value, indent)
        if kind == "action":
            return self._format_action(value, indent)
        heading, items = value
        inner = "".join([self._render(k, v, indent + self._indent_increment) for k, v in items])
        if not inner:
            return ""
        title = ""
        if heading is not SUPPRESS and heading is not None:
            title = " " * indent + heading + ":\n"
        return "\n" + title + inner + "\n"

    def _format_usage(self, usage, actions, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % {"prog": self._prog}
        elif not actions:
            usage = self._prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            # All on one line first (a group mixing options and positionals shows as one
            # bracket then); split into options and positionals only when it must wrap.
            action_usage = self._format_actions_usage(optionals + positionals)
            usage = " ".join([s for s in [self._prog, action_usage] if s])
            text_width = self._width
            if len(prefix) + len(usage) > text_width:
                opt_usage = self._format_actions_usage(optionals)
                pos_usage = self._format_actions_usage(positionals)
                usage = self._wrap_usage(prefix, opt_usage, pos_usage, text_width)
        return prefix + usage + "\n\n"

    def _wrap_usage(self, prefix, opt_usage, pos_usage, text_width):
        prog = self._prog
        opt_parts = _split_usage_parts(opt_usage)
        pos_parts = _split_usage_parts(pos_usage)
        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = self._usage_lines([prog] + opt_parts, indent, text_width, prefix)
                lines.extend(self._usage_lines(pos_parts, indent, text_width))
            elif pos_parts:
                lines = self._usage_lines([prog] + pos_parts, indent, text_width, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            lines = self._usage_lines(opt_parts + pos_parts, indent, text_width)
            if len(lines) > 1:
                lines = self._usage_lines(opt_parts, indent, text_width)
                lines.extend(self._usage_lines(pos_parts, indent, text_width))
            lines = [prog] + lines
        return "\n".join(lines)

    def _usage_lines(self, parts, indent, text_width, prefix=None):
        lines = []
        line = []
        length = len(prefix) - 1 if prefix is not None else len(indent) - 1
        for part in parts:
            if length + 1 + len(part) > text_width and line:
                lines.append(indent + " ".join(line))
                line = []
                length = len(indent) - 1
            line.append(part)
            length += len(part) + 1
        if line:
            lines.append(indent + " ".join(line))
        if prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    def _format_actions_usage(self, actions):
        # Mutually exclusive groups whose actions stand together here are shown as
        # [--a | --b] (or (--a | --b) when one is required), as CPython does.
        group_actions = set()
        inserts = {}
        for group in self._groups:
            if not group._group_actions:
                raise ValueError("empty group %s" % group)
            if group._group_actions[0] not in actions:
                continue
            start = actions.index(group._group_actions[0])
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            group_actions.update(group._group_actions)
            exposed = len([a for a in group._group_actions if a.help is not SUPPRESS])
            if not group.required:
                opening, closing = "[", "]"
            elif exposed > 1:
                opening, closing = "(", ")"
            else:
                opening = closing = None
            if opening is not None:
                inserts[start] = inserts[start] + " " + opening if start in inserts else opening
                inserts[end] = inserts[end] + closing if end in inserts else closing
            for i in range(start + 1, end):
                inserts[i] = "|"
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == "|":
                    inserts.pop(i)
                elif inserts.get(i + 1) == "|":
                    inserts.pop(i + 1)
                continue
            if not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in group_actions and part[:1] == "[" and part[-1:] == "]":
                    part = part[1:-1]
            else:
                option_string = action.option_strings[0]
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = option_string + " " + self._format_args(action, metavar)
                if not action.required and action not in group_actions:
                    part = "[" + part + "]"
            parts.append(part)
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        return _tidy_usage(" ".join([part for part in parts if part is not None]))

    def _format_text(self, text, indent):
        if "%(prog)" in text:
            text = text % {"prog": self._prog}
        text_width = max(self._width - indent, 11)
        return self._fill_text(text, text_width, " " * indent) + "\n\n"

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = " " * indent + header + "\n"
        elif len(header) <= action_width:
            header = " " * indent + header.ljust(action_width) + "  "
        else:
            header = " " * indent + header + "\n"
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append(" " * indent_first + lines[0] + "\n")
                for line in lines[1:]:
                    parts.append(" " * help_position + line + "\n")
        elif not header.endswith("\n"):
            parts.append("\n")
        for subaction in getattr(action, "_get_subactions", list)():
            parts.append(self._format_action(subaction, indent + self._indent_increment))
        return "".join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar(action, self._get_default_metavar_for_positional(action), 1)
            return metavar
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join([option + " " + args for option in action.option_strings])

    def _metavar(self, action, default_metavar, count):
        """The metavar(s) shown for an action, as a tuple of `count` names."""
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{" + ",".join([str(choice) for choice in action.choices]) + "}"
        else:
            result = default_metavar
        if isinstance(result, tuple):
            return result
        return (result,) * count

    def _format_args(self, action, default_metavar):
        nargs = action.nargs
        if nargs is None:
            return "%s" % self._metavar(action, default_metavar, 1)
        if nargs == OPTIONAL:
            return "[%s]" % self._metavar(action, default_metavar, 1)
        if nargs == ZERO_OR_MORE:
            metavar = self._metavar(action, default_metavar, 1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % self._metavar(action, default_metavar, 2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % self._metavar(action, default_metavar, 1)
        if nargs == SUPPRESS:
            return ""
        if not isinstance(nargs, int):
            raise ValueError("invalid nargs value")
        return " ".join(["%s"] * nargs) % self._metavar(action, default_metavar, nargs)

    def _expand_help(self, action):
        params = dict(vars(action))
        params["prog"] = self._prog
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return self._get_help_string(action) % params

    def _fill_text(self, text, width, indent):
        return "\n".join(_wrap(_collapse_whitespace(text), width, indent))

    def _split_lines(self, text, width):
        return _wrap(_collapse_whitespace(text), width)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return "".join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text, argument help included, exactly as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to each argument's help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type (int, float, ...) rather than its dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ─────────────────────────── results and errors ───────────────────────────

class _AttributeHolder:
    """A repr naming the object's fields, Name(a=1, b='x'), from _get_args() and
    _get_kwargs() (by default, the instance's attributes)."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        others = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append("%s=%r" % (name, value))
            else:
                others[name] = value
        if others:
            shown.append("**%r" % (others,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The parsed arguments, as attributes: Namespace(threads=4, verbose=True)."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __ne__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) != vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _action_name(action):
    """How error messages name an argument: its flags joined by '/', or its metavar or dest."""
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


class ArgumentError(Exception):
    """A bad argument on the command line (or a bad add_argument call), naming the argument."""

    def __init__(self, argument, message):
        Exception.__init__(self, message)
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function to reject a value with its own message."""
    pass


class FileType:
    """type=FileType('w'): the argument names a file, opened with these open() arguments;
    '-' means stdin (for reading) or stdout (for writing)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            binary = "b" in self._mode
            if "r" in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if "w" in self._mode or "a" in self._mode or "x" in self._mode:
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError('argument "-" with mode %r' % (self._mode,))
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as err:
            raise ArgumentTypeError("can't open '%s': %s" % (string, err))

    def __repr__(self):
        shown = [repr(self._mode)]
        if self._bufsize != -1:
            shown.append(repr(self._bufsize))
        if self._encoding is not None:
            shown.append("encoding=%r" % (self._encoding,))
        if self._errors is not None:
            shown.append("errors=%r" % (self._errors,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))


# ─────────────────────────── actions ───────────────────────────

class Action(_AttributeHolder):
    """What to do when an argument is seen. Subclasses implement __call__(parser,
    namespace, values, option_string), which usually sets namespace.<dest>."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class BooleanOptionalAction(Action):
    """--flag and --no-flag: the first sets dest True, the second False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith('--'):
                _option_strings.append('--no-' + option_string[2:])
        super().__init__(option_strings=_option_strings, dest=dest, nargs=0, default=default,
                         type=type, choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


def _copied_list(items):
    """A list default is copied before appending, so the default itself never changes."""
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be "
                             "more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None,
                        required, help, None)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None,
                        False, help, None)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None,
                        False, help, None)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        formatter = parser._get_formatter()
        formatter.add_text(self.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ChoicesPseudoAction(Action):
    """A sub-command's line in the help: its name (and aliases) and its help text."""

    def __init__(self, name, aliases, help):
        metavar = dest = name
        if aliases:
            metavar += " (%s)" % ", ".join(aliases)
        super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)


class _SubParsersAction(Action):
    """add_subparsers(): a positional whose value names a sub-command; the rest of the
    command line goes to that command's own parser, whose results join the namespace."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            choices = ", ".join(self._name_parser_map)
            raise ArgumentError(self, "unknown parser %r (choices: %s)" % (parser_name, choices))
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            if not hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
                setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(arg_strings)


_ACTIONS = {
    None: _StoreAction,
    "store": _StoreAction,
    "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction,
    "store_false": _StoreFalseAction,
    "append": _AppendAction,
    "append_const": _AppendConstAction,
    "count": _CountAction,
    "help": _HelpAction,
    "version": _VersionAction,
    "extend": _ExtendAction,
    "parsers": _SubParsersAction,
}


# ─────────────────────────── nargs patterns ───────────────────────────
# A pattern is a list of (letters, repeat) steps over the classified arguments: letters is
# the set of classes a step accepts ('A', '-', 'O'), repeat is '' (once), '?' or '*'.
# Positionals may absorb '--' separators; options stop at them.

def _nargs_pattern(action):
    nargs = action.nargs
    if nargs is None:
        steps = [("-", "*"), ("A", ""), ("-", "*")]
    elif nargs == OPTIONAL:
        steps = [("-", "*"), ("A", "?"), ("-", "*")]
    elif nargs == ZERO_OR_MORE:
        steps = [("-", "*"), ("A-", "*")]
    elif nargs == ONE_OR_MORE:
        steps = [("-", "*"), ("A", ""), ("A-", "*")]
    elif nargs == REMAINDER:
        steps = [("-AO", "*")]
    elif nargs == PARSER:
        steps = [("-", "*"), ("A", ""), ("-AO", "*")]
    elif nargs == SUPPRESS:
        steps = [("-", "*"), ("-", "*")]
    else:
        steps = [("-", "*")]
        for _ in range(nargs):
            steps.append(("A", ""))
            steps.append(("-", "*"))
    if action.option_strings:
        steps = [(letters.replace("-", ""), repeat) for letters, repeat in steps
                 if letters != "-"]
    return steps


def _match_steps(patterns, p, s, pos, text, start, counts):
    """Match patterns[p][s:] onwards against text[pos:], preferring longer matches first
    as a greedy regular expression does; on success counts[i] holds what pattern i took."""
    if p == len(patterns):
        return True
    steps = patterns[p]
    if s == len(steps):
        counts[p] = pos - start
        return _match_steps(patterns, p + 1, 0, pos, text, pos, counts)
    letters, repeat = steps[s]
    if repeat == "":
        if pos < len(text) and text[pos] in letters:
            return _match_steps(patterns, p, s + 1, pos + 1, text, start, counts)
        return False
    longest = 0
    limit = len(text) - pos
    if repeat == "?" and limit > 1:
        limit = 1
    while longest < limit and text[pos + longest] in letters:
        longest += 1
    taken = longest
    while taken >= 0:
        if _match_steps(patterns, p, s + 1, pos + taken, text, start, counts):
            return True
        taken -= 1
    return False


def _match_counts(actions, text):
    """How many argument strings each action takes from the start of text, or None."""
    patterns = [_nargs_pattern(action) for action in actions]
    counts = [0] * len(patterns)
    if _match_steps(patterns, 0, 0, 0, text, 0, counts):
        return counts
    return None


def _looks_like_negative_number(text):
    """'-5', '-2.5' or '-.5' (CPython's '^-\\d+$|^-\\d*\\.\\d+$')."""
    if len(text) < 2 or text[0] != "-":
        return False
    body = text[1:]
    if body.isdigit():
        return True
    if "." in body:
        whole, fraction = body.split(".", 1)
        return (whole == "" or whole.isdigit()) and fraction.isdigit()
    return False


# ─────────────────────────── registering arguments ───────────────────────────

def _identity(value):
    """The 'type' registered for None: the argument string unchanged."""
    return value


def _check_conflict_handler(name):
    if name not in ("error", "resolve"):
        raise ValueError("invalid conflict_resolution value: %r" % (name,))


class _Registry:
    """The arguments a parser knows, shared by the parser and its argument groups (which
    hold the registry, not the parser, so no reference cycle forms); also the parser's
    defaults and what register() names (the 'action' and 'type' registries)."""

    def __init__(self):
        self.actions = []
        self.option_string_actions = {}
        self.defaults = {}
        self.negative_number_options = []
        self.mutually_exclusive_groups = []
        self.sections = []        # each argument group's list of actions
        self.registries = {"action": dict(_ACTIONS), "type": {None: _identity}}

    def lookup(self, registry_name, value, default=None):
        return self.registries[registry_name].get(value, default)

    def make_action(self, args, kwargs, owner, formatter=None):
        """The action add_argument(*args, **kwargs) asks for; owner (the parser or a group)
        supplies prefix_chars and argument_default."""
        chars = owner.prefix_chars
        if not args or (len(args) == 1 and args[0] and args[0][0] not in chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._positional_kwargs(args, kwargs)
        else:
            kwargs = self._optional_kwargs(args, kwargs, chars)

        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self.defaults:
                kwargs["default"] = self.defaults[dest]
            elif owner.argument_default is not None:
                kwargs["default"] = owner.argument_default

        action_name = kwargs.pop("action", None)
        action_class = self.lookup("action", action_name, action_name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        type_func = self.lookup("type", action.type, action.type)
        if not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if type_func is FileType:
            raise ValueError("%r is a FileType class object, instance of it must be passed"
                             % (type_func,))
        if formatter is not None:
            try:
                formatter._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return action

    def add_action(self, action, section, conflict_handler):
        """Register action under its option strings and append it to section (its group's
        list), settling first any option string another action already has."""
        conflicts = [(option, self.option_string_actions[option])
                     for option in action.option_strings if option in self.option_string_actions]
        if conflicts:
            if conflict_handler == "resolve":
                self._resolve(conflicts)
            else:
                noun = "option string" if len(conflicts) == 1 else "option strings"
                names = ", ".join([option for option, _ in conflicts])
                raise ArgumentError(action, "conflicting %s: %s" % (noun, names))
        self.actions.append(action)
        section.append(action)
        for option_string in action.option_strings:
            self.option_string_actions[option_string] = action
            if _looks_like_negative_number(option_string) and not self.negative_number_options:
                self.negative_number_options.append(True)
        return action

    def _resolve(self, conflicts):
        """conflict_handler='resolve': the older action gives up the option strings; left
        with none, it leaves the parser and its group."""
        for option_string, old in conflicts:
            old.option_strings.remove(option_string)
            self.option_string_actions.pop(option_string, None)
            if not old.option_strings:
                self.actions.remove(old)
                for section in self.sections:
                    if any([item is old for item in section]):
                        section.remove(old)
                        break

    def _positional_kwargs(self, args, kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        kwargs = dict(kwargs)
        if args:
            kwargs["dest"] = args[0]
        if kwargs.get("nargs") not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        kwargs["option_strings"] = []
        return kwargs

    def _optional_kwargs(self, args, kwargs, chars):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string or option_string[0] not in chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (option_string, chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in chars:
                long_option_strings.append(option_string)
        kwargs = dict(kwargs)
        dest = kwargs.get("dest")
        if dest is None:
            if long_option_strings:
                dest_option = long_option_strings[0]
            else:
                dest_option = option_strings[0]
            dest = dest_option.lstrip(chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % dest_option)
            dest = dest.replace("-", "_")
        kwargs["dest"] = dest
        kwargs["option_strings"] = option_strings
        return kwargs


class _ActionsContainer:
    """What the parser and its argument groups have in common: add_argument, defaults and
    register(). Each holds the shared _Registry as self._registry."""

    def _init_container(self, registry, prefix_chars, argument_default, conflict_handler):
        _check_conflict_handler(conflict_handler)
        self._registry = registry
        self._actions = registry.actions
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler

    def add_argument(self, *args, **kwargs):
        """add_argument('-t', '--threads', type=int, default=4, help='...') or
        add_argument('name', nargs='+')."""
        # As in CPython, only the parser itself checks a metavar tuple against nargs.
        formatter = self._get_formatter() if hasattr(self, "_get_formatter") else None
        action = self._registry.make_action(args, kwargs, self, formatter)
        return self._add_action(action)

    def register(self, registry_name, value, object):
        """register('type', 'hex', func) lets type='hex' mean func (likewise 'action')."""
        self._registry.registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registry.lookup(registry_name, value, default)

    def set_defaults(self, **kwargs):
        registry = self._registry
        for name in kwargs:
            registry.defaults[name] = kwargs[name]
        for action in registry.actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._registry.actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._registry.defaults.get(dest, None)

    def add_mutually_exclusive_group(self, required=False):
        positionals, optionals = self._mutex_sections()
        group = _MutuallyExclusiveGroup(positionals, optionals, self, required)
        self._registry.mutually_exclusive_groups.append(group)
        return group

    def _get_positional_actions(self):
        return [action for action in self._registry.actions if not action.option_strings]

    def _get_optional_actions(self):
        return [action for action in self._registry.actions if action.option_strings]

    @property
    def _option_string_actions(self):
        return self._registry.option_string_actions

    @property
    def _defaults(self):
        return self._registry.defaults

    @property
    def _registries(self):
        return self._registry.registries

    @property
    def _mutually_exclusive_groups(self):
        return self._registry.mutually_exclusive_groups

    @property
    def _has_negative_number_optionals(self):
        return self._registry.negative_number_options


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help ("options:", or one made by add_argument_group)."""

    def __init__(self, container, title=None, description=None, prefix_chars=None,
                 argument_default=None, conflict_handler=None):
        if prefix_chars is None:
            prefix_chars = container.prefix_chars
        if argument_default is None:
            argument_default = container.argument_default
        if conflict_handler is None:
            conflict_handler = container.conflict_handler
        self._init_container(container._registry, prefix_chars, argument_default,
                             conflict_handler)
        self.title = title
        self.description = description
        self._group_actions = []
        self._registry.sections.append(self._group_actions)

    def _add_action(self, action):
        return self._registry.add_action(action, self._group_actions, self.conflict_handler)

    def add_argument_group(self, title=None, description=None, **kwargs):
        # As in CPython, a nested group's arguments are parsed but not shown in the help.
        import warnings
        warnings.warn("Nesting argument groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return _ArgumentGroup(self, title, description, **kwargs)

    def _mutex_sections(self):
        return self._group_actions, self._group_actions


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """add_mutually_exclusive_group(): options of which at most one (with required=True,
    exactly one) may be given. Its arguments appear in their container's help section."""

    def __init__(self, positional_actions, optional_actions, container, required=False,
                 outer=None):
        self._init_container(container._registry, container.prefix_chars,
                             container.argument_default, container.conflict_handler)
        self.title = None
        self.description = None
        self._group_actions = []
        self.required = required
        self._positional_actions = positional_actions
        self._optional_actions = optional_actions
        self._outer = outer       # the group this one is nested in (deprecated usage)

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        if self._outer is not None:
            self._outer._add_action(action)
        else:
            section = (self._optional_actions if action.option_strings
                       else self._positional_actions)
            self._registry.add_action(action, section, self.conflict_handler)
        self._group_actions.append(action)
        return action

    def add_mutually_exclusive_group(self, required=False):
        import warnings
        warnings.warn("Nesting mutually exclusive groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        group = _MutuallyExclusiveGroup(self._positional_actions, self._optional_actions,
                                        self, required, self)
        self._registry.mutually_exclusive_groups.append(group)
        return group


# ─────────────────────────── one parse ───────────────────────────

class _ParseRun:
    """The state of one parse_known_args call: the argument strings, their classes
    ('O', 'A', '-'), the options found at each index, the positionals still waiting, and
    the strings nobody wanted."""

    def __init__(self, parser, namespace, arg_strings):
        self.parser = parser
        self.namespace = namespace
        self.arg_strings = arg_strings
        self.options_at = {}
        self.extras = []
        self.seen = []
        self.seen_non_default = []
        self.positionals = [a for a in parser._registry.actions if not a.option_strings]
        classes = []
        after_separator = False
        for i, arg_string in enumerate(arg_strings):
            if after_separator:
                classes.append("A")
            elif arg_string == "--":
                classes.append("-")
                after_separator = True
            else:
                option = parser._parse_optional(arg_string)
                if option is None:
                    classes.append("A")
                else:
                    self.options_at[i] = option
                    classes.append("O")
        self.classes = "".join(classes)

    def run(self):
        option_indices = sorted(self.options_at)
        last_option = option_indices[-1] if option_indices else -1
        start = 0
        while start <= last_option:
            next_option = min([i for i in option_indices if i >= start])
            if start != next_option:
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in self.options_at:
                self.extras.extend(self.arg_strings[start:next_option])
                start = next_option
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(self.arg_strings[stop:])
        self.finish()
        return self.extras

    def take_action(self, action, argument_strings, option_string=None):
        self.seen.append(action)
        values = self.parser._get_values(action, argument_strings)
        # An option of a mutually exclusive group given a value other than its default
        # conflicts with any other of the group given before it.
        if values is not action.default:
            self.seen_non_default.append(action)
            for group in self.parser._registry.mutually_exclusive_groups:
                if action in group._group_actions:
                    for other in group._group_actions:
                        if other is not action and other in self.seen_non_default:
                            raise ArgumentError(action, "not allowed with argument %s" % _action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def consume_optional(self, start):
        action, option_string, explicit_arg = self.options_at[start]
        chars = self.parser.prefix_chars
        taken = []
        while True:
            if action is None:
                self.extras.append(self.arg_strings[start])
                return start + 1
            if explicit_arg is not None:
                count = self.match_argument(action, "A")
                if count == 0 and option_string[1] not in chars and explicit_arg != "":
                    # -xyz: a flag that takes nothing, followed by more single-letter flags
                    taken.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    rest = explicit_arg[1:]
                    if option_string in self.parser._registry.option_string_actions:
                        action = self.parser._registry.option_string_actions[option_string]
                        explicit_arg = rest if rest else None
                    else:
                        raise ArgumentError(action, "ignored explicit argument %r" % explicit_arg)
                elif count == 1:
                    stop = start + 1
                    taken.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit_arg)
            else:
                first = start + 1
                count = self.match_argument(action, self.classes[first:])
                stop = first + count
                taken.append((action, self.arg_strings[first:stop], option_string))
                break
        for action, args, option_string in taken:
            self.take_action(action, args, option_string)
        return stop

    def match_argument(self, action, classes):
        counts = _match_counts([action], classes)
        if counts is not None:
            return counts[0]
        nargs = action.nargs
        if nargs is None:
            message = "expected one argument"
        elif nargs == OPTIONAL:
            message = "expected at most one argument"
        elif nargs == ONE_OR_MORE:
            message = "expected at least one argument"
        elif nargs == 1:
            message = "expected 1 argument"
        else:
            message = "expected %s arguments" % nargs
        raise ArgumentError(action, message)

    def consume_positionals(self, start):
        classes = self.classes[start:]
        counts = []
        n = len(self.positionals)
        while n > 0:
            found = _match_counts(self.positionals[:n], classes)
            if found is not None:
                counts = found
                break
            n -= 1
        for i in range(len(counts)):
            args = self.arg_strings[start:start + counts[i]]
            start += counts[i]
            self.take_action(self.positionals[i], args)
        self.positionals = self.positionals[len(counts):]
        return start

    def finish(self):
        parser = self.parser
        missing = []
        for action in parser._registry.actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(self.namespace, action.dest)
                  and action.default is getattr(self.namespace, action.dest)):
                setattr(self.namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error("the following arguments are required: %s" % ", ".join(missing))
        for group in parser._registry.mutually_exclusive_groups:
            if group.required and not any(a in self.seen_non_default for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error("one of the arguments %s is required" % " ".join(names))


# ─────────────────────────── the parser ───────────────────────────

def _basename(path):
    cut = max(path.rfind("/"), path.rfind(_os.sep))
    return path[cut + 1:]


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace, printing help or a usage
    error (and exiting) when asked to or when the strings don't fit."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        self._init_container(_Registry(), prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = _basename(_sys.argv[0]) if _sys.argv else ""
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._action_groups = []
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        if add_help:
            short = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(short + "h", short * 2 + "help", action="help",
                              default=SUPPRESS, help="show this help message and exit")
        for parent in parents:
            self._add_container_actions(parent)
            self._registry.defaults.update(getattr(parent, "_defaults", {}))

    def _get_kwargs(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler",
                 "add_help"]
        return [(name, getattr(self, name)) for name in names]

    # ----- declaring arguments -----

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        return group._add_action(action)

    def add_argument_group(self, title=None, description=None, **kwargs):
        group = _ArgumentGroup(self, title, description, **kwargs)
        self._action_groups.append(group)
        return group

    def _mutex_sections(self):
        return self._positionals._group_actions, self._optionals._group_actions

    def _add_container_actions(self, container):
        """parents=[container]: take on its arguments, each into the group of the same
        title (made here when missing), and its mutually exclusive groups."""
        groups = {}
        for group in self._action_groups:
            if group.title in groups:
                raise ValueError("cannot merge actions - two groups are named %r"
                                 % (group.title,))
            groups[group.title] = group
        destination = {}
        for group in container._action_groups:
            if group.title not in groups:
                groups[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[id(action)] = groups[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[id(action)] = mutex
        for action in container._actions:
            destination.get(id(action), self)._add_action(action)

    def add_subparsers(self, **kwargs):
        """A sub-command argument: returns the action whose add_parser(name, ...) makes
        each command's parser."""
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            # The commands' prog: this parser's usage up to its positionals.
            formatter = self._get_formatter()
            positionals = [a for a in self._registry.actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, None, "")
            kwargs["prog"] = formatter.format_help().strip()
        action_name = kwargs.pop("action", "parsers")
        action_class = self._registry_get("action", action_name, action_name)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # ----- parsing -----

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._registry.actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._registry.defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._registry.defaults[dest])
        if self.exit_on_error:
            try:
                extras = self._run(namespace, args)
            except ArgumentError as err:
                self.error(str(err))
        else:
            extras = self._run(namespace, args)
        # What a sub-command's parser did not recognise comes back through the namespace.
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            extras.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, extras

    def _run(self, namespace, args):
        if self.fromfile_prefix_chars is not None:
            args = self._read_args_from_files(args)
        return _ParseRun(self, namespace, args).run()

    def _read_args_from_files(self, arg_strings):
        """Replace each '@file' (with '@' among fromfile_prefix_chars) by the arguments
        the file's lines give, themselves expanded the same way."""
        result = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                result.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    from_file = []
                    for arg_line in args_file.read().splitlines():
                        from_file.extend(self.convert_arg_line_to_args(arg_line))
                    result.extend(self._read_args_from_files(from_file))
            except OSError as err:
                self.error(str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        """The arguments one line of an '@file' holds: by default the line itself."""
        return [arg_line]

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Like parse_known_args, but positionals may be interleaved with options: the
        options are parsed first with every positional switched off, then the strings left
        over are given to the positionals."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in [PARSER, REMAINDER]:
                raise TypeError("parse_intermixed_args: positional arg with nargs=%s"
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError("parse_intermixed_args: positional in"
                                    " mutuallyExclusiveGroup")
        saved_usage = self.usage
        try:
            if self.usage is None:
                # errors show the whole usage, positionals included
                self.usage = self.format_usage()[len("usage: "):]
            saved = [(action, action.nargs, action.default) for action in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings
                        warnings.warn("Do not expect %s in %s" % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            # Now the positionals; an option required on its own was already seen.
            saved = [(action, action.required) for action in self._get_optional_actions()]
            saved += [(group, group.required) for group in self._mutually_exclusive_groups]
            try:
                for item, _ in saved:
                    item.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for item, required in saved:
                    item.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) when arg_string is an option,
        (None, arg_string, None) when it looks like an unknown one, None for a plain
        argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._registry.option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if "=" in arg_string:
            option_string, explicit_arg = arg_string.split("=", 1)
            if option_string in known:
                return known[option_string], option_string, explicit_arg
        candidates = self._option_prefix_matches(arg_string)
        if len(candidates) > 1:
            names = ", ".join([option_string for _, option_string, _ in candidates])
            self.error("ambiguous option: %s could match %s" % (arg_string, names))
        elif len(candidates) == 1:
            return candidates[0]
        if _looks_like_negative_number(arg_string) and not self._registry.negative_number_options:
            return None
        if " " in arg_string:
            return None
        return None, arg_string, None

    def _option_prefix_matches(self, arg_string):
        """Options arg_string may abbreviate (--thr for --threads), or a short option with
        its value attached (-t4)."""
        chars = self.prefix_chars
        known = self._registry.option_string_actions
        result = []
        if arg_string[0] in chars and arg_string[1] in chars:
            if self.allow_abbrev:
                if "=" in arg_string:
                    prefix, explicit_arg = arg_string.split("=", 1)
                else:
                    prefix, explicit_arg = arg_string, None
                for option_string in known:
                    if option_string.startswith(prefix):
                        result.append((known[option_string], option_string, explicit_arg))
        else:
            short_prefix = arg_string[:2]
            short_explicit_arg = arg_string[2:]
            for option_string in known:
                if option_string == short_prefix:
                    result.append((known[option_string], option_string, short_explicit_arg))
                elif option_string.startswith(arg_string):
                    result.append((known[option_string], option_string, None))
        return result

    def _get_values(self, action, arg_strings):
        if action.nargs not in (REMAINDER, PARSER) and "--" in arg_strings:
            arg_strings.remove("--")
        if action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
            return value
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        convert = self._registry_get("type", action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, "%r is not callable" % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            # named as given: type='hex' reads "invalid 'hex' value"
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join([repr(c) for c in action.choices])
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    # ----- help and errors -----

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._registry.actions, self._registry.mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._registry.actions, self._registry.mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'PROG: error: MESSAGE' to stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))
