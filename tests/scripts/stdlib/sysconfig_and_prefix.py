# sys.prefix and friends, and sysconfig's view of the installation and the build: the same
# names and shapes as CPython 3.11's (the folders are the interpreter's own).
import os
import sys
import sysconfig

print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix, os.path.isabs(sys.prefix))
print(repr(sys.abiflags), sys.platlibdir)
print(sysconfig.get_config_var("Py_GIL_DISABLED"), sysconfig.get_config_var("no such variable"))
print(sysconfig.get_python_version(), sysconfig.get_config_var("py_version_short"), sysconfig.get_config_var("VERSION"))
print(sysconfig.get_config_var("py_version") == "%d.%d.%d" % sys.version_info[:3])
print(sysconfig.get_platform().startswith("linux-"), sysconfig.get_config_var("SOABI").startswith("cpython-311-"))
print(sysconfig.get_config_var("EXT_SUFFIX").endswith("-linux-gnu.so"), sysconfig.get_config_var("Py_DEBUG"))
print(sysconfig.get_path_names())
paths = sysconfig.get_paths()
print(sorted(paths), all(os.path.isabs(p) for p in paths.values()))
print(paths["purelib"].endswith("site-packages"), paths["stdlib"].endswith("python3.11"))
print(sysconfig.get_default_scheme(), [sysconfig.get_preferred_scheme(k) for k in ("prefix", "home", "user")])
print("posix_prefix" in sysconfig.get_scheme_names(), sysconfig.is_python_build())
print(sysconfig.get_path("scripts") == sysconfig.get_paths()["scripts"])
print(sysconfig.get_config_vars("VERSION", "Py_DEBUG"), type(sysconfig.get_config_vars()).__name__)
try:
    sysconfig.get_preferred_scheme("other")
except KeyError as e:
    print("KeyError:", e)
# expect: True True True
# expect: '' lib
# expect: None None
# expect: 3.11 3.11 3.11
# expect: True
# expect: True True
# expect: True 0
# expect: ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')
# expect: ['data', 'include', 'platinclude', 'platlib', 'platstdlib', 'purelib', 'scripts', 'stdlib'] True
# expect: True True
# expect: posix_prefix ['posix_prefix', 'posix_home', 'posix_user']
# expect: True False
# expect: True
# expect: ['3.11', 0] dict
# expect: KeyError: 'other'
