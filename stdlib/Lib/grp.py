# grp: the group database (/etc/group) — each group's name, id and members.
import _structseq

__all__ = ["struct_group", "getgrgid", "getgrnam", "getgrall"]

struct_group = _structseq.make("grp.struct_group", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"),
                               "grp.struct_group: Results from getgr*() routines.")


def getgrall():
    """All the entries of the group database, in its order."""
    entries = []
    try:
        with open("/etc/group", encoding="utf-8", errors="surrogateescape") as database:
            for line in database:
                fields = line.rstrip("\n").split(":")
                if len(fields) != 4 or line.startswith("#"):
                    continue
                try:
                    fields[2] = int(fields[2])
                except ValueError:
                    continue
                fields[3] = [member for member in fields[3].split(",") if member]
                entries.append(struct_group(fields))
    except OSError:
        pass
    return entries


def getgrgid(id):
    """The entry of the group with that numeric id; KeyError if there is none."""
    if not isinstance(id, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(id).__name__)
    for entry in getgrall():
        if entry.gr_gid == id:
            return entry
    raise KeyError("getgrgid(): gid not found: %d" % id)


def getgrnam(name):
    """The entry of the group with that name; KeyError if there is none."""
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument must be str, not %s" % type(name).__name__)
    for entry in getgrall():
        if entry.gr_name == name:
            return entry
    raise KeyError("getgrnam(): name not found: %r" % name)
