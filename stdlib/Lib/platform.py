"""platform: what machine, system and Python this is. The system facts come from
os.uname(); the Python facts describe MiniPy (python_implementation() is 'MiniPy', the
language version that of CPython it follows)."""

import collections
import os
import sys

__all__ = ['system', 'node', 'release', 'version', 'machine', 'processor', 'uname',
           'platform', 'architecture', 'python_version', 'python_version_tuple',
           'python_implementation', 'python_compiler', 'python_build', 'python_branch',
           'python_revision', 'libc_ver', 'freedesktop_os_release']


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """What uname() returns: five fields, and a sixth, processor, computed on demand (it
    counts in len() and iteration, as in CPython)."""

    @property
    def processor(self):
        return ''

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return 6

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % (self.system, self.node, self.release, self.version, self.machine))


_uname_cache = None


def uname():
    """The system, node (host name), release, version and machine, as a named tuple."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    """'Linux', 'Darwin'... ('' when unknown)."""
    return uname().system


def node():
    """The computer's network name."""
    return uname().node


def release():
    """The system's release, e.g. the kernel version."""
    return uname().release


def version():
    """The system's version string."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'."""
    return uname().machine


def processor():
    """The processor name; '' when the system does not say (as on most Linux)."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """The bit architecture and the executable's linkage format."""
    return ('64bit' if sys.maxsize > 2**32 else '32bit', 'ELF' if sys.platform.startswith('linux') else linkage)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """The C library and its version: the newest GLIBC_x.y symbol version the system's
    C library defines (CPython reads its own executable the same way)."""
    import re
    for candidate in (executable, '/lib/x86_64-linux-gnu/libc.so.6', '/lib/aarch64-linux-gnu/libc.so.6',
                      '/lib64/libc.so.6', '/usr/lib/libc.so.6'):
        if not candidate or not os.path.exists(candidate):
            continue
        try:
            with open(candidate, 'rb') as f:
                data = f.read()
        except OSError:
            continue
        versions = [tuple(int(p) for p in m.group(1).split(b'.'))
                    for m in re.finditer(rb'GLIBC_(\d+\.\d+(?:\.\d+)?)', data)]
        if versions:
            return ('glibc', '.'.join(str(p) for p in max(versions)))
    return (lib, version)


def freedesktop_os_release():
    """The fields of /etc/os-release as a dict."""
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as f:
                info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
                for line in f:
                    line = line.strip()
                    if not line or line.startswith('#') or '=' not in line:
                        continue
                    key, _, value = line.partition('=')
                    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                        value = value[1:-1]
                    info[key] = value
                return info
        except OSError:
            continue
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")


def platform(aliased=False, terse=False):
    """One line naming the system: 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    lib, libversion = libc_ver()
    text = '%s-%s-%s' % (u.system, u.release, u.machine)
    if lib:
        text += '-with-%s%s' % (lib, libversion)
    return text


def python_implementation():
    """'MiniPy'."""
    return 'MiniPy'


def python_version():
    """The Python language version as 'major.minor.patchlevel'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """The same as a tuple of strings."""
    return tuple(str(part) for part in sys.version_info[:3])


def python_compiler():
    """What the interpreter was built with."""
    return '.NET'


def python_build():
    """The build's number and date ('' when unknown)."""
    return ('main', '')


def python_branch():
    return ''


def python_revision():
    return ''
