# platform: uname and friends agree with os.uname(); the Python version; the C library.
import platform, os, sys
u = platform.uname()
print(u.system == os.uname().sysname, u.machine == os.uname().machine, platform.system(), platform.machine(), platform.architecture())
print(platform.python_version_tuple()[:2], platform.python_version()[:4], platform.libc_ver()[0] in ("glibc", ""), platform.platform().startswith(platform.system() + "-"))
print(platform.freedesktop_os_release()["ID"] != "", platform.node() == os.uname().nodename, type(u).__name__, len(u))

# expect: True True Linux x86_64 ('64bit', 'ELF')
# expect: ('3', '11') 3.11 True True
# expect: True True uname_result 6
