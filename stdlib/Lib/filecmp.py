"""filecmp -- compare files and directories (cmp, cmpfiles, dircmp)."""

import os
import stat

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

_cache = {}
BUFSIZE = 8 * 1024
DEFAULT_IGNORES = ["RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs",
                   "__pycache__"]


def clear_cache():
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """True if the two files look equal (by stat when shallow, else bytes)."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    if key not in _cache:
        _cache[key] = _same_bytes(f1, f2)
    return _cache[key]


def _same_bytes(f1, f2):
    with open(f1, "rb") as a, open(f2, "rb") as b:
        while True:
            x = a.read(BUFSIZE)
            y = b.read(BUFSIZE)
            if x != y:
                return False
            if not x:
                return True


def cmpfiles(a, b, common, shallow=True):
    """Split names in `common` into (match, mismatch, errors) lists."""
    result = ([], [], [])
    for name in common:
        try:
            same = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
            result[0 if same else 1].append(name)
        except OSError:
            result[2].append(name)
    return result


class dircmp:
    """Lazily computed comparison of two directories."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def _listing(self, path):
        return sorted(n for n in os.listdir(path)
                      if n not in self.hide and n not in self.ignore)

    def phase0(self):
        self.left_list = self._listing(self.left)
        self.right_list = self._listing(self.right)

    def phase1(self):
        right = set(self.right_list)
        left = set(self.left_list)
        self.common = [n for n in self.left_list if n in right]
        self.left_only = [n for n in self.left_list if n not in right]
        self.right_only = [n for n in self.right_list if n not in left]

    def phase2(self):
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            try:
                ma = os.stat(os.path.join(self.left, name)).st_mode
                mb = os.stat(os.path.join(self.right, name)).st_mode
            except OSError:
                self.common_funny.append(name)
                continue
            if stat.S_IFMT(ma) != stat.S_IFMT(mb):
                self.common_funny.append(name)
            elif stat.S_ISDIR(ma):
                self.common_dirs.append(name)
            elif stat.S_ISREG(ma):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide)

    _phases = {
        "left_list": phase0, "right_list": phase0,
        "common": phase1, "left_only": phase1, "right_only": phase1,
        "common_dirs": phase2, "common_files": phase2, "common_funny": phase2,
        "same_files": phase3, "diff_files": phase3, "funny_files": phase3,
        "subdirs": phase4,
    }

    def __getattr__(self, attr):
        phase = dircmp._phases.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return self.__dict__[attr]

    def report(self):
        print("diff", self.left, self.right)
        if self.left_only:
            print("Only in", self.left, ":", self.left_only)
        if self.right_only:
            print("Only in", self.right, ":", self.right_only)
        if self.same_files:
            print("Identical files :", self.same_files)
        if self.diff_files:
            print("Differing files :", self.diff_files)
        if self.funny_files:
            print("Trouble with common files :", self.funny_files)
        if self.common_dirs:
            print("Common subdirectories :", self.common_dirs)
        if self.common_funny:
            print("Common funny cases :", self.common_funny)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()
