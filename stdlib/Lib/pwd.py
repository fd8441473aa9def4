# pwd: the password database (/etc/passwd) — each user's name, ids, home and shell.
import _structseq

__all__ = ["struct_passwd", "getpwuid", "getpwnam", "getpwall"]

struct_passwd = _structseq.make("pwd.struct_passwd",
                                ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"),
                                "pwd.struct_passwd: Results from getpw*() routines.")


def getpwall():
    """All the entries of the password database, in its order."""
    entries = []
    try:
        with open("/etc/passwd", encoding="utf-8", errors="surrogateescape") as database:
            for line in database:
                fields = line.rstrip("\n").split(":")
                if len(fields) != 7 or line.startswith("#"):
                    continue
                try:
                    fields[2] = int(fields[2])
                    fields[3] = int(fields[3])
                except ValueError:
                    continue
                entries.append(struct_passwd(fields))
    except OSError:
        pass
    return entries


def getpwuid(uid):
    """The entry of the user with that numeric id; KeyError if there is none."""
    if not isinstance(uid, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(uid).__name__)
    for entry in getpwall():
        if entry.pw_uid == uid:
            return entry
    raise KeyError("getpwuid(): uid not found: %d" % uid)


def getpwnam(name):
    """The entry of the user with that name; KeyError if there is none."""
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    for entry in getpwall():
        if entry.pw_name == name:
            return entry
    raise KeyError("getpwnam(): name not found: %r" % name)
