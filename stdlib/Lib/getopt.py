"""getopt: command-line options parsed as C's getopt() does — short options ('ab:' means -a,
and -b taking a value) and long ones (['verbose', 'output='])."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """An option not recognized, or missing its argument."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """(options, arguments): the options before the first argument that is not one."""
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _long_option(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _short_options(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt() that also takes options after arguments (GNU style), unless shortopts
    starts with '+' or POSIXLY_CORRECT is set."""
    opts = []
    arguments = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    options_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        options_first = True
    while args:
        if args[0] == '--':
            arguments += args[1:]
            break
        if args[0][:2] == '--':
            opts, args = _long_option(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            opts, args = _short_options(opts, args[0][1:], shortopts, args[1:])
        elif options_first:
            arguments += args
            break
        else:
            arguments.append(args[0])
            args = args[1:]
    return opts, arguments


def _long_option(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    value = value if eq else None
    takes_value, name = _long_takes_value(name, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def _long_takes_value(name, longopts):
    """Whether the long option name (or the one it abbreviates) takes a value, and its
    full name."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    match = candidates[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def _short_options(opts, letters, shortopts, args):
    while letters != '':
        opt, letters = letters[0], letters[1:]
        if _short_takes_value(opt, shortopts):
            if letters == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def _short_takes_value(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
