"""sysconfig: where this interpreter keeps its files, and how it was built, in the shape
CPython 3.11's sysconfig gives them. The installation schemes name the same folders as
CPython's (stdlib, purelib, scripts ...) under sys.prefix, the interpreter's own folder;
the build variables are those programs ask about (the version, the ABI tag, the platform,
Py_DEBUG ...). This interpreter is a 3.11 and has a GIL: Py_GIL_DISABLED is not set, as in
CPython 3.11 (MiniPy's GIL is switched off at run time, `--gil off`, not by the build)."""

import os
import sys

__all__ = ["get_config_h_filename", "get_config_var", "get_config_vars", "get_default_scheme",
           "get_makefile_filename", "get_path", "get_path_names", "get_paths", "get_platform",
           "get_preferred_scheme", "get_python_version", "get_scheme_names", "is_python_build",
           "parse_config_h"]

_SCHEMES = {
    "posix_prefix": {
        "stdlib": "{installed_base}/{platlibdir}/python{py_version_short}",
        "platstdlib": "{platbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/{platlibdir}/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_home": {
        "stdlib": "{installed_base}/lib/python",
        "platstdlib": "{base}/lib/python",
        "purelib": "{base}/lib/python",
        "platlib": "{base}/lib/python",
        "include": "{installed_base}/include/python",
        "platinclude": "{installed_base}/include/python",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_user": {
        "stdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "platstdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{userbase}/lib/python{py_version_short}/site-packages",
        "platlib": "{userbase}/lib/python{py_version_short}/site-packages",
        "include": "{userbase}/include/python{py_version_short}",
        "scripts": "{userbase}/bin",
        "data": "{userbase}",
    },
}
_SCHEME_NAMES = ("nt", "nt_user", "nt_venv", "osx_framework_user", "posix_home", "posix_prefix",
                 "posix_user", "posix_venv", "venv")
_PATH_NAMES = ("stdlib", "platstdlib", "purelib", "platlib", "include", "scripts", "data")

_config_vars = None


def _build_vars():
    version = "%d.%d" % sys.version_info[:2]
    machine = os.uname().machine
    prefix = os.path.normpath(sys.prefix)
    tag = "cpython-%d%d-%s-linux-gnu" % (sys.version_info[0], sys.version_info[1], machine)
    return {
        "prefix": prefix, "exec_prefix": os.path.normpath(sys.exec_prefix),
        "installed_base": os.path.normpath(sys.base_prefix),
        "installed_platbase": os.path.normpath(sys.base_exec_prefix),
        "base": prefix, "platbase": os.path.normpath(sys.exec_prefix),
        "projectbase": os.path.dirname(os.path.abspath(sys.executable)),
        "platlibdir": sys.platlibdir, "abiflags": sys.abiflags,
        "py_version": "%d.%d.%d" % sys.version_info[:3], "py_version_short": version,
        "py_version_nodot": "%d%d" % sys.version_info[:2], "py_version_nodot_plat": "",
        "userbase": os.path.expanduser("~/.local"), "VERSION": version,
        "SOABI": tag, "EXT_SUFFIX": "." + tag + ".so", "MULTIARCH": machine + "-linux-gnu",
        "HOST_GNU_TYPE": machine + "-pc-linux-gnu", "MACHDEP": sys.platform,
        "LIBDIR": os.path.join(prefix, "lib"), "BINDIR": os.path.join(prefix, "bin"),
        "LIBDEST": os.path.join(prefix, "Lib"), "srcdir": prefix,
        "Py_DEBUG": 0, "Py_ENABLE_SHARED": 0, "WITH_DOC_STRINGS": 1, "Py_TRACE_REFS": 0,
        "SIZEOF_VOID_P": 8 if sys.maxsize > 2 ** 32 else 4, "SIZEOF_LONG": 8, "SIZEOF_INT": 4,
        "TZPATH": "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo",
    }


def get_config_vars(*args):
    """The build and installation variables as a dict, or the values of those named."""
    global _config_vars
    if _config_vars is None:
        _config_vars = _build_vars()
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """One variable (None when this interpreter has no such variable)."""
    return get_config_vars().get(name)


def get_scheme_names():
    return _SCHEME_NAMES


def get_path_names():
    return _PATH_NAMES


def get_default_scheme():
    return "posix_prefix"


def get_preferred_scheme(key):
    return {"prefix": "posix_prefix", "home": "posix_home", "user": "posix_user"}[key]


def get_paths(scheme=None, vars=None, expand=True):
    """The folders of an installation scheme, with its variables filled in."""
    scheme = scheme or get_default_scheme()
    if scheme not in _SCHEMES:
        raise KeyError(scheme)
    paths = _SCHEMES[scheme]
    if not expand:
        return dict(paths)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    return {name: os.path.normpath(template.format(**values)) for name, template in paths.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """The platform's tag, as wheels name it: linux-x86_64, linux-aarch64 ..."""
    return "linux-" + os.uname().machine


def get_python_version():
    return "%d.%d" % sys.version_info[:2]


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    return os.path.join(get_config_var("LIBDIR"), "config-" + get_python_version(), "Makefile")


def get_config_h_filename():
    return os.path.join(get_path("include"), "pyconfig.h")


def parse_config_h(fp, vars=None):
    """Reads #define lines from a pyconfig.h-like file into vars."""
    import re
    vars = {} if vars is None else vars
    for line in fp:
        m = re.match(r"#define ([A-Z][A-Za-z0-9_]+) (.*)\n", line)
        if m:
            name, value = m.group(1), m.group(2)
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
        else:
            m = re.match(r"/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n", line)
            if m:
                vars[m.group(1)] = 0
    return vars
