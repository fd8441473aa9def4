"""configparser: reading and writing INI-style configuration files, as CPython 3.11's module.

Holds RawConfigParser, ConfigParser (with BasicInterpolation by default), the deprecated
SafeConfigParser alias, SectionProxy (the mapping view of one section), ConverterMapping
(custom get*() converters), the Interpolation classes (plain, basic %(name)s, extended
${section:name} and the deprecated legacy one), DEFAULTSECT / MAX_INTERPOLATION_DEPTH and
every exception with CPython's messages and args.

Leaves out nothing of the public API; files named in read() are opened with the default
encoding when none is given (io.text_encoding's 'locale' resolution is not modelled).
"""

import functools
import io
import itertools
import os
import re
import sys
import warnings
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# ---------------------------------------------------------------------------
# Exceptions
# ---------------------------------------------------------------------------

class Error(Exception):
    """Base class for ConfigParser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _where(source, lineno):
    """The 'While reading from ...' prefix the duplicate errors share."""
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """Raised when a section is created twice, or (strict parsers) repeated in one source."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = "Section %r already exists" % (section,)
        else:
            text = "%s: section %r already exists" % (_where(source, lineno), section)
        Error.__init__(self, text)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised by strict parsers when an option is repeated in one source."""

    def __init__(self, section, option, source=None, lineno=None):
        body = "%r in section %r already exists" % (option, section)
        if source is None:
            text = "Option " + body
        else:
            text = "%s: option %s" % (_where(source, lineno), body)
        Error.__init__(self, text)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A substitution named an option that is not there."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option %r in section %r contains an "
                "interpolation key %r which is not a valid option name. Raw value: %r"
                % (option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """The text holding the substitutions is malformed."""


class InterpolationDepthError(InterpolationError):
    """Substitutions nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option %r in section %r "
                "contains an interpolation key which cannot be substituted in %d steps. "
                "Raw value: %r" % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, text)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration source does not follow the syntax."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not filename and not source:
            raise ValueError("Required argument `source' not given.")
        if filename:
            source = filename
        Error.__init__(self, 'Source contains parsing errors: %r' % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)

    def _warn_filename(self):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=3)

    @property
    def filename(self):
        """Deprecated name of `source`."""
        self._warn_filename()
        return self.source

    @filename.setter
    def filename(self, value):
        self._warn_filename()
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """Raised when an option comes before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# Marks "no fallback given" so that None can be a fallback.
_UNSET = object()


# ---------------------------------------------------------------------------
# Interpolation
# ---------------------------------------------------------------------------

class Interpolation:
    """Passes values through unchanged."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    """Shared machinery of the %(name)s and ${name} styles: `_mark` is the escape
    character, `_open` the character that starts a reference after it."""

    _mark = '%'
    _open = '('
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        leftover = self._KEYCRE.sub('', value.replace(self._mark * 2, ''))
        where = leftover.find(self._mark)
        if where >= 0:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, where))
        return value

    def _expand(self, parser, option, pieces, rest, section, lookup, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        mark = self._mark
        while rest:
            at = rest.find(mark)
            if at < 0:
                pieces.append(rest)
                return
            if at:
                pieces.append(rest[:at])
                rest = rest[at:]
            follower = rest[1:2]
            if follower == mark:
                pieces.append(mark)
                rest = rest[2:]
                continue
            if follower != self._open:
                raise InterpolationSyntaxError(option, section, self._bad_follower(rest))
            match = self._KEYCRE.match(rest)
            if match is None:
                raise InterpolationSyntaxError(
                    option, section, "bad interpolation variable reference %r" % (rest,))
            rest = rest[match.end():]
            self._substitute(parser, option, pieces, rest, section, lookup, depth,
                             rawval, match.group(1))


class BasicInterpolation(_MarkerInterpolation):
    """The classic style: %(name)s names an option of the same section (or of the
    default section); %% stands for a percent sign.  Expansion happens on get()."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    _mark = '%'
    _open = '('

    def _bad_follower(self, rest):
        return "'%%' must be followed by '%%' or '(', found: %r" % (rest,)

    def _substitute(self, parser, option, pieces, rest, section, lookup, depth,
                    rawval, name):
        name = parser.optionxform(name)
        try:
            text = lookup[name]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, name) from None
        if '%' in text:
            self._expand(parser, option, pieces, text, section, lookup, depth + 1)
        else:
            pieces.append(text)


class ExtendedInterpolation(_MarkerInterpolation):
    """The zc.buildout style: ${name} or ${section:name}; $$ stands for a dollar sign."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    _mark = '$'
    _open = '{'

    def _bad_follower(self, rest):
        return "'$' must be followed by '$' or '{', found: %r" % (rest,)

    def _substitute(self, parser, option, pieces, rest, section, lookup, depth,
                    rawval, name):
        parts = name.split(':')
        where_section = section
        where_option = option
        try:
            if len(parts) == 1:
                where_option = parser.optionxform(parts[0])
                text = lookup[where_option]
            elif len(parts) == 2:
                where_section = parts[0]
                where_option = parser.optionxform(parts[1])
                text = parser.get(where_section, where_option, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, rawval, ":".join(parts)) from None
        if '$' in text:
            self._expand(parser, where_option, pieces, text, where_section,
                         dict(parser.items(where_section, raw=True)), depth + 1)
        else:
            pieces.append(text)


class LegacyInterpolation(Interpolation):
    """The old %(name)s expansion done with the % operator (deprecated)."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 and will be "
            "removed from the configparser module in Python 3.13. Use "
            "BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            value = self._KEYCRE.sub(
                functools.partial(self._interpolation_replace, parser=parser), value)
            try:
                value = value % vars
            except KeyError as exc:
                raise InterpolationMissingOptionError(
                    option, section, original, exc.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value

    def before_set(self, parser, section, option, value):
        return value

    @staticmethod
    def _interpolation_replace(match, parser):
        name = match.group(1)
        if name is None:
            return match.group()
        return "%%(%s)s" % parser.optionxform(name)


# ---------------------------------------------------------------------------
# Parsers
# ---------------------------------------------------------------------------

class RawConfigParser(MutableMapping):
    """A configuration parser that does no interpolation."""

    # Section header: everything between the first '[' and the last ']'.
    _SECT_TMPL = r"\[(?P<header>.+)\]"
    # Option line: a name, a delimiter, a value; spaces around the delimiter dropped.
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    # The same where the delimiter and value may be missing (allow_no_value).
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"

    _DEFAULT_INTERPOLATION = Interpolation()

    SECTCRE = re.compile(_SECT_TMPL, re.VERBOSE)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"), re.VERBOSE)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"), re.VERBOSE)
    NONSPACECRE = re.compile(r"\S")

    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            alternatives = "|".join(re.escape(d) for d in delimiters)
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(template.format(delim=alternatives), re.VERBOSE)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(
                "interpolation= must be None or an instance of Interpolation; "
                "got an object of type %s" % (type(interpolation),))
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options ------------------------------------------------

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Creates a section; DuplicateSectionError if it exists, ValueError for DEFAULT."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Whether the section exists (DEFAULT never counts)."""
        return section in self._sections

    def options(self, section):
        """The option names of a section, those of DEFAULT included."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    # -- reading ----------------------------------------------------------------

    def read(self, filenames, encoding=None):
        """Reads and parses one file name or an iterable of them; files that cannot be
        opened are skipped.  Returns the names read successfully."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        done = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            done.append(filename)
        return done

    def read_file(self, f, source=None):
        """Reads from an iterable of lines (a file object, say).  The source name for
        messages defaults to f.name, or '<???>'."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Reads configuration from a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Reads {section: {option: value}}; names and values are turned into strings
        (None values are kept)."""
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        """Deprecated alias of read_file()."""
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    # -- getting ---------------------------------------------------------------------

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of an option, looked up in `vars`, then the section, then DEFAULT;
        interpolated unless raw is true.  `fallback` is returned when the section or
        option is missing, if given."""
        try:
            lookup = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = lookup[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, lookup)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, the (name, SectionProxy) view of the mapping protocol;
        with one, a list of (option, value) pairs, DEFAULT's options included."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Removes the first section and returns (name, proxy); KeyError when there is
        none (DEFAULT is never removed)."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the option exists in the section (or DEFAULT); an empty or None
        section means DEFAULT; a missing section gives False."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # -- changing ------------------------------------------------------------------

    def _section_dict(self, section):
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        """Sets an option."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        target = self._section_dict(section)
        target[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Removes an option; returns whether it existed."""
        target = self._section_dict(section)
        option = self.optionxform(option)
        if option in target:
            del target[option]
            return True
        return False

    def remove_section(self, section):
        """Removes a section; returns whether it existed."""
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    # -- writing -------------------------------------------------------------------

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration in INI format (comments are not kept).  The first
        delimiter separates names from values, with spaces around it by default."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for name in self._sections:
            self._write_section(fp, name, self._sections[name].items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[%s]\n" % (section_name,))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write("%s\n" % (key,))
            else:
                fp.write("%s%s%s\n" % (key, delimiter, str(value).replace('\n', '\n\t')))
        fp.write("\n")

    # -- mapping protocol -------------------------------------------------------------

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        # Replaces the whole section's contents.
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    # -- the parser proper --------------------------------------------------------------

    def _comment_start(self, line):
        """Where a comment starts in the line: 0 for a whole-line comment, the index
        of an inline comment prefix (at the start or after whitespace), or None."""
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        # Each round advances every prefix to its next occurrence; the first round
        # that finds a valid one decides (the earliest valid index in that round).
        found = None
        searching = {prefix: -1 for prefix in self._inline_comment_prefixes}
        while found is None and searching:
            still = {}
            for prefix, last in searching.items():
                at = line.find(prefix, last + 1)
                if at < 0:
                    continue
                still[prefix] = at
                if at == 0 or line[at - 1].isspace():
                    if found is None or at < found:
                        found = at
            searching = still
        return found

    def _read(self, fp, fpname):
        """Parses a sectioned configuration from an iterable of lines.

        Values may continue on lines indented deeper than their option's line;
        empty lines either belong to such values or end them (empty_lines_in_values).
        Parsing errors are gathered and raised together at the end."""
        seen = set()
        cursect = None
        sectname = None
        optname = None
        indent_level = 0
        error = None
        lineno = 0
        for line in fp:
            lineno += 1
            comment_at = self._comment_start(line)
            text = (line if comment_at is None else line[:comment_at]).strip()
            if not text:
                if self._empty_lines_in_values:
                    if (comment_at is None and cursect is not None and optname
                            and cursect[optname] is not None):
                        cursect[optname].append('')
                else:
                    indent_level = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            this_indent = first.start() if first else 0
            if cursect is not None and optname and this_indent > indent_level:
                cursect[optname].append(text)
                continue
            indent_level = this_indent
            header = self.SECTCRE.match(text)
            if header:
                sectname = header.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in seen:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = self._sections[sectname]
                    seen.add(sectname)
                elif sectname == self.default_section:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    self._sections[sectname] = cursect
                    self._proxies[sectname] = SectionProxy(self, sectname)
                    seen.add(sectname)
                optname = None
                continue
            if cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            match = self._optcre.match(text)
            if not match:
                error = self._handle_error(error, fpname, lineno, line)
                continue
            optname, _delim, optval = match.group('option', 'vi', 'value')
            if not optname:
                error = self._handle_error(error, fpname, lineno, line)
            optname = self.optionxform(optname.rstrip())
            if self._strict and (sectname, optname) in seen:
                raise DuplicateOptionError(sectname, optname, fpname, lineno)
            seen.add((sectname, optname))
            if optval is None:
                cursect[optname] = None
            else:
                cursect[optname] = [optval.strip()]
        self._join_multiline_values()
        if error:
            raise error

    def _join_multiline_values(self):
        everything = itertools.chain(((self.default_section, self._defaults),),
                                     self._sections.items())
        for section, options in everything:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        """Stores the constructor's defaults as they are (values may be non-strings)."""
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    def _unify_values(self, section, vars):
        """The lookup chain vars -> section -> DEFAULT."""
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        extra = {}
        if vars:
            for key, value in vars.items():
                extra[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(extra, own, self._defaults)

    def _convert_to_boolean(self, value):
        state = value.lower()
        if state not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[state]

    def _validate_value_types(self, *, section="", option="", value=""):
        """TypeError unless the names and the value are strings (None is a valid
        value where allow_no_value is set)."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (not self._allow_no_value or value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """A configuration parser with BasicInterpolation, which checks value types."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Sets an option, checking the value's type and interpolation syntax."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Creates a section, checking that the name is a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # As read_dict, values made strings, but without interpolation checks.
        kept = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SafeConfigParser(ConfigParser):
    """Deprecated alias of ConfigParser."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "The SafeConfigParser class has been renamed to ConfigParser in Python 3.2. "
            "This alias will be removed in Python 3.12. Use ConfigParser directly instead.",
            DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """The mapping view of one section of a parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            setattr(self, key, functools.partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key)
                and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or `fallback` (None unless given) when it is missing."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters: name -> function.  Setting one adds get<name>() to
    the parser and to its section proxies; the built-in getters map to None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            match = self.GETTERCRE.match(attr)
            if match and callable(getattr(parser, attr)):
                self._data[match.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: %s (type: %s)' % (key, type(key)))
        if attr == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, attr, getter)
        for proxy in self._parser.values():
            setattr(proxy, attr, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            attr = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for owner in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(owner, attr)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
