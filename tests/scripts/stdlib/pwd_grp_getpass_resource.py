# pwd, grp and getpass.getuser read the system's databases; resource reports the process's
# usage and limits; the output CPython 3.11 printed.
import pwd, grp, getpass, os, resource
root = pwd.getpwuid(0)
print(root, root.pw_name, root[0], root.pw_uid, type(root).__name__, isinstance(root, tuple), len(root))
print(pwd.getpwnam("root") == root, pwd.getpwall()[0] == root, type(root).__module__, pwd.struct_passwd.__name__)
try:
    pwd.getpwuid(987654)
except KeyError as e:
    print("KeyError:", e)
try:
    pwd.getpwnam("no-such-user-here")
except KeyError as e:
    print("KeyError:", e)
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, isinstance(g.gr_mem, list), grp.getgrnam(g.gr_name) == g, len(grp.getgrall()) > 0)
try:
    grp.getgrgid(987654)
except KeyError as e:
    print("KeyError:", e)
os.environ["LOGNAME"] = "someone"
print(getpass.getuser())
del os.environ["LOGNAME"]
for var in ("USER", "LNAME", "USERNAME"):
    os.environ.pop(var, None)
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__, len(usage), usage.ru_maxrss > 1000, usage.ru_utime > 0, isinstance(usage.ru_stime, float), usage[2] == usage.ru_maxrss)
print(repr(usage).startswith("resource.struct_rusage(ru_utime="), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss >= 0)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(soft > 0, hard >= soft or hard == resource.RLIM_INFINITY, resource.RLIM_INFINITY, resource.RLIMIT_NOFILE, resource.getpagesize())
resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))
try:
    resource.getrusage(5)
except ValueError as e:
    print("ValueError:", e)
try:
    resource.getrlimit(99)
except ValueError as e:
    print("ValueError:", e)
# expect: pwd.struct_passwd(pw_name='root', pw_passwd='x', pw_uid=0, pw_gid=0, pw_gecos='root', pw_dir='/root', pw_shell='/bin/bash') root root 0 struct_passwd True 7
# expect: True True pwd struct_passwd
# expect: KeyError: 'getpwuid(): uid not found: 987654'
# expect: KeyError: "getpwnam(): name not found: 'no-such-user-here'"
# expect: root 0 True True True
# expect: KeyError: 'getgrgid(): gid not found: 987654'
# expect: someone
# expect: True
# expect: struct_rusage 16 True True True True
# expect: True True
# expect: True True -1 7 4096
# expect: ValueError: invalid who parameter
# expect: ValueError: invalid resource specified
