"""optparse -- the classic command-line option parser, reimplemented for MiniPy.

Supports OptionParser/Option/OptionGroup/Values, the store, store_const,
store_true, store_false, append, append_const, count, callback, help and
version actions, the string/int/float/complex/choice types, and help output
laid out like CPython's IndentedHelpFormatter.
"""

import os
import sys
import textwrap

__all__ = ["Option", "make_option", "SUPPRESS_HELP", "SUPPRESS_USAGE",
           "Values", "OptionContainer", "OptionParser", "OptionGroup",
           "HelpFormatter", "IndentedHelpFormatter", "TitledHelpFormatter",
           "OptParseError", "OptionError", "OptionConflictError",
           "OptionValueError", "BadOptionError", "check_choice"]

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = ("NO", "DEFAULT")


class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if self.option_id:
            return "option %s: %s" % (self.option_id, self.msg)
        return self.msg


class OptionConflictError(OptionError):
    pass


class OptionValueError(OptParseError):
    pass


class BadOptionError(OptParseError):
    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return "no such option: %s" % self.opt_str


class AmbiguousOptionError(BadOptionError):
    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return "ambiguous option: %s (%s?)" % (
            self.opt_str, ", ".join(self.possibilities))


# ---------------------------------------------------------------------------
# Help formatting

class HelpFormatter:
    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width,
                 short_first):
        self.parser = None
        self.indent_increment = indent_increment
        if width is None:
            try:
                width = int(os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self.width = width
        self.help_position = self.max_help_position = min(
            max_help_position, max(width - 20, indent_increment * 2))
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt = "%s %s"
        self._long_opt_fmt = "%s=%s"

    def set_parser(self, parser):
        self.parser = parser

    def indent(self):
        self.current_indent += self.indent_increment
        self.level += 1

    def dedent(self):
        self.current_indent -= self.indent_increment
        self.level -= 1

    def _wrap(self, text):
        width = max(self.width - self.current_indent, 11)
        pad = " " * self.current_indent
        return textwrap.fill(text, width, initial_indent=pad,
                             subsequent_indent=pad)

    def format_description(self, description):
        return self._wrap(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._wrap(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        default = self.parser.defaults.get(option.dest)
        if default is NO_DEFAULT or default is None:
            default = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(default))

    def format_option(self, option):
        opts = self.option_strings[option]
        result = []
        room = self.help_position - self.current_indent - 2
        if len(opts) > room:
            result.append("%*s%s\n" % (self.current_indent, "", opts))
            start = self.help_position
        else:
            result.append("%*s%-*s  " % (self.current_indent, "", room, opts))
            start = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            result.append("%*s%s\n" % (start, "", lines[0]))
            result.extend("%*s%s\n" % (self.help_position, "", line)
                          for line in lines[1:])
        elif result[-1][-1] != "\n":
            result.append("\n")
        return "".join(result)

    def store_option_strings(self, parser):
        self.indent()
        longest = 0
        for opt in parser.option_list:
            s = self.option_strings[opt] = self.format_option_strings(opt)
            longest = max(longest, len(s) + self.current_indent)
        self.indent()
        for group in parser.option_groups:
            for opt in group.option_list:
                s = self.option_strings[opt] = self.format_option_strings(opt)
                longest = max(longest, len(s) + self.current_indent)
        self.dedent()
        self.dedent()
        self.help_position = min(longest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar)
                      for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, metavar)
                     for s in option._long_opts]
        else:
            shorts = option._short_opts
            longs = option._long_opts
        parts = shorts + longs if self.short_first else longs + shorts
        return ", ".join(parts)


class IndentedHelpFormatter(HelpFormatter):
    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return "Usage: %s\n" % usage

    def format_heading(self, heading):
        return "%*s%s:\n" % (self.current_indent, "", heading)


class TitledHelpFormatter(HelpFormatter):
    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading("Usage"), usage)

    def format_heading(self, heading):
        return "%s\n%s\n" % (heading, "=-"[self.level] * len(heading))


# ---------------------------------------------------------------------------
# Options

def _convert_number(text, kind):
    """int() with 0x / 0b / leading-0 (octal) prefixes, as optparse allows."""
    prefix = text[:2].lower()
    if prefix == "0x":
        return kind(text[2:], 16)
    if prefix == "0b":
        return kind(text[2:], 2)
    if text[:1] == "0" and len(text) > 1:
        return kind(text[1:], 8)
    return kind(text)


def _check_builtin(option, opt, value):
    kinds = {"int": (int, "integer"), "float": (float, "floating-point"),
             "complex": (complex, "complex")}
    kind, label = kinds[option.type]
    try:
        if kind is int:
            return _convert_number(value, int)
        return kind(value)
    except ValueError:
        raise OptionValueError("option %s: invalid %s value: %r"
                               % (opt, label, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    choices = ", ".join(map(repr, option.choices))
    raise OptionValueError("option %s: invalid choice: %r (choose from %s)"
                           % (opt, value, choices))


class Option:
    ATTRS = ["action", "type", "dest", "default", "nargs", "const",
             "choices", "callback", "callback_args", "callback_kwargs",
             "help", "metavar"]
    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false",
                     "append", "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")
    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = {"int": _check_builtin, "long": _check_builtin,
                    "float": _check_builtin, "complex": _check_builtin,
                    "choice": check_choice}

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        for opt in opts:
            if len(opt) < 2:
                raise OptionError(
                    "invalid option string %r: must be at least two "
                    "characters long" % opt, self)
            if len(opt) == 2:
                if not (opt[0] == "-" and opt[1] != "-"):
                    raise OptionError(
                        "invalid short option string %r: must be of the "
                        "form -x, (x any non-dash char)" % opt, self)
                self._short_opts.append(opt)
            else:
                if not (opt[:2] == "--" and opt[2] != "-"):
                    raise OptionError(
                        "invalid long option string %r: must start with --, "
                        "followed by non-dash" % opt, self)
                self._long_opts.append(opt)
        for name in self.ATTRS:
            setattr(self, name, attrs.pop(name, NO_DEFAULT if name == "default" else None))
        if attrs:
            raise OptionError("invalid keyword arguments: %s"
                              % ", ".join(sorted(attrs)), self)
        self._finish_setup()

    def _finish_setup(self):
        if self.action is None:
            self.action = "store"
        elif self.action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % self.action, self)
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "choice" if self.choices is not None else "string"
        else:
            if isinstance(self.type, type):
                self.type = self.type.__name__
            if self.type == "str":
                self.type = "string"
            if self.type not in self.TYPES:
                raise OptionError("invalid option type: %r" % self.type, self)
        if self.type == "choice" and self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        if self.dest is None and (self.action in self.STORE_ACTIONS or
                                  self.type is not None):
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace("-", "_")
            else:
                self.dest = self._short_opts[0][1]
        if self.type is not None and self.nargs is None:
            self.nargs = 1
        if self.action == "callback" and not callable(self.callback):
            raise OptionError("callback not callable: %r" % self.callback, self)

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = object.__repr__

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def takes_value(self):
        return self.type is not None

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, v) for v in value)

    def process(self, opt, value, values, parser):
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values,
                                parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "store":
            setattr(values, dest, value)
        elif action == "store_const":
            setattr(values, dest, self.const)
        elif action == "store_true":
            setattr(values, dest, True)
        elif action == "store_false":
            setattr(values, dest, False)
        elif action == "append":
            values.ensure_value(dest, []).append(value)
        elif action == "append_const":
            values.ensure_value(dest, []).append(self.const)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            args = self.callback_args or ()
            kwargs = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *args, **kwargs)
        elif action == "help":
            parser.print_help()
            parser.exit()
        elif action == "version":
            parser.print_version()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


make_option = Option


class Values:
    def __init__(self, defaults=None):
        if defaults:
            for key, value in defaults.items():
                setattr(self, key, value)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return "<%s at 0x%x: %s>" % (self.__class__.__name__, id(self), self)

    def __eq__(self, other):
        if isinstance(other, Values):
            return self.__dict__ == other.__dict__
        if isinstance(other, dict):
            return self.__dict__ == other
        return NotImplemented

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ---------------------------------------------------------------------------
# Containers

class OptionContainer:
    def __init__(self, option_class, conflict_handler, description):
        self.option_class = option_class
        self.conflict_handler = conflict_handler
        self.description = description

    def _share_tables(self, parser):
        self._short_opt = parser._short_opt
        self._long_opt = parser._long_opt
        self.defaults = parser.defaults

    def format_description(self, formatter):
        return formatter.format_description(self.description)

    def add_option(self, *args, **kwargs):
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        else:
            option = args[0]
        for opt in option._short_opts + option._long_opts:
            table = self._short_opt if len(opt) == 2 else self._long_opt
            if opt in table:
                if self.conflict_handler == "resolve":
                    old = table.pop(opt)
                    for lst in (old._short_opts, old._long_opts):
                        if opt in lst:
                            lst.remove(opt)
                else:
                    raise OptionConflictError(
                        "conflicting option string(s): %s" % opt, option)
        self.option_list.append(option)
        option.container = self
        for opt in option._short_opts:
            self._short_opt[opt] = option
        for opt in option._long_opts:
            self._long_opt[opt] = option
        if option.dest is not None:
            if option.default is not NO_DEFAULT:
                self.defaults[option.dest] = option.default
            elif option.dest not in self.defaults:
                self.defaults[option.dest] = None
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for opt in option._short_opts:
            del self._short_opt[opt]
        for opt in option._long_opts:
            del self._long_opt[opt]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        if not self.option_list:
            return ""
        return "".join(formatter.format_option(opt)
                       for opt in self.option_list if opt.help is not SUPPRESS_HELP)

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class,
                                 parser.conflict_handler, description)
        self.title = title
        self.option_list = []
        self._share_tables(parser)

    def set_title(self, title):
        self.title = title

    def format_help(self, formatter):
        text = formatter.format_heading(self.title)
        formatter.indent()
        text += OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return text


class OptionParser(OptionContainer):
    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option,
                 version=None, conflict_handler="error", description=None,
                 formatter=None, add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler,
                                 description)
        self._short_opt = {}
        self._long_opt = {}
        self.defaults = {}
        self.option_list = []
        self.option_groups = []
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = True
        self.process_default_values = True
        self.formatter = formatter or IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self.epilog = epilog
        for opt in self.standard_option_list:
            self.add_option(opt)
        if option_list:
            self.add_options(option_list)
        if self.version:
            self.add_option("--version", action="version",
                            help="show program's version number and exit")
        if add_help_option:
            self.add_option("-h", "--help", action="help",
                            help="show this help message and exit")

    # -- configuration ------------------------------------------------
    def set_usage(self, usage):
        if usage is None:
            self.usage = "%prog [options]"
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith("usage: "):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def get_default_values(self):
        defaults = dict(self.defaults)
        if self.process_default_values:
            for option in self._all_options():
                value = defaults.get(option.dest)
                if isinstance(value, str):
                    defaults[option.dest] = option.check_value(
                        option.get_opt_string(), value)
        return Values(defaults)

    def _all_options(self):
        yield from self.option_list
        for group in self.option_groups:
            yield from group.option_list

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        else:
            group = args[0]
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        if option is not None and option.container is not self:
            return option.container
        return None

    # -- parsing ------------------------------------------------------
    def parse_args(self, args=None, values=None):
        self.rargs = list(sys.argv[1:] if args is None else args)
        self.largs = []
        self.values = self.get_default_values() if values is None else values
        try:
            self._process_args(self.largs, self.rargs, self.values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(self.values, self.largs + self.rargs)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            if arg[:2] == "--":
                self._process_long_opt(rargs, values)
            elif arg[:1] == "-" and len(arg) > 1:
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _match_long_opt(self, opt):
        if opt in self._long_opt:
            return opt
        found = [w for w in self._long_opt if w.startswith(opt)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise BadOptionError(opt)
        found.sort()
        raise AmbiguousOptionError(opt, found)

    def _take_values(self, option, opt, rargs):
        n = option.nargs
        if len(rargs) < n:
            if n == 1:
                self.error("%s option requires 1 argument" % opt)
            self.error("%s option requires %d arguments" % (opt, n))
        if n == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:n])
        del rargs[:n]
        return taken

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        if "=" in arg:
            opt, next_arg = arg.split("=", 1)
            rargs.insert(0, next_arg)
            explicit = True
        else:
            opt = arg
            explicit = False
        opt = self._match_long_opt(opt)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif explicit:
            self.error("%s option does not take a value" % opt)
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        arg = rargs.pop(0)
        for i, ch in enumerate(arg[1:], 1):
            opt = "-" + ch
            option = self._short_opt.get(opt)
            if option is None:
                raise BadOptionError(opt)
            if option.takes_value():
                rest = arg[i + 1:]
                if rest:
                    rargs.insert(0, rest)
                value = self._take_values(option, opt, rargs)
                option.process(opt, value, values, self)
                return
            option.process(opt, None, values, self)

    # -- output -------------------------------------------------------
    def get_prog_name(self):
        if self.prog is None:
            return os.path.basename(sys.argv[0])
        return self.prog

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def get_usage(self):
        if self.usage:
            return self.formatter.format_usage(self.expand_prog_name(self.usage))
        return ""

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_description(self, formatter):
        return formatter.format_description(
            self.get_description() if self.description else None)

    def format_option_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        formatter.store_option_strings(self)
        parts = [formatter.format_heading("Options")]
        formatter.indent()
        if self.option_list:
            parts.append(OptionContainer.format_option_help(self, formatter))
            parts.append("\n")
        for group in self.option_groups:
            parts.append(group.format_help(formatter))
            parts.append("\n")
        formatter.dedent()
        return "".join(parts[:-1])

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + "\n")
        if self.description:
            parts.append(self.format_description(formatter) + "\n")
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return "".join(parts)

    def print_help(self, file=None):
        if file is None:
            file = sys.stdout
        file.write(self.format_help())
