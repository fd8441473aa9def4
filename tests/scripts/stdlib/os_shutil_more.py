# os.sysconf, os.statvfs, os.nice, os.getgroups, os.mkfifo; shutil.copymode, copystat,
# copy keeping permission bits, copy2 keeping times, disk_usage.
import os
import shutil
import stat
import tempfile

print(os.sysconf("SC_NPROCESSORS_ONLN") == os.cpu_count(), os.sysconf("SC_PAGE_SIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]))
try:
    os.sysconf("SC_NOT_A_NAME")
except ValueError as e:
    print("ValueError", e)
st = os.statvfs(".")
print(type(st).__name__, len(st), st.f_bsize > 0, st.f_blocks >= st.f_bfree >= st.f_bavail, isinstance(st.f_fsid, int))
print(os.nice(0) == os.nice(0), all(isinstance(g, int) for g in os.getgroups()))
d = tempfile.mkdtemp()
src = os.path.join(d, "src.sh")
with open(src, "w") as f:
    f.write("echo hi\n")
os.chmod(src, 0o750)
os.utime(src, (1_000_000_000, 1_000_000_000))
dst = shutil.copy(src, os.path.join(d, "copy.sh"))
print(oct(stat.S_IMODE(os.stat(dst).st_mode)), os.stat(dst).st_mtime != 1_000_000_000)
dst2 = shutil.copy2(src, os.path.join(d, "copy2.sh"))
print(oct(stat.S_IMODE(os.stat(dst2).st_mode)), os.stat(dst2).st_mtime == 1_000_000_000)
other = os.path.join(d, "other")
with open(other, "w") as f:
    f.write("x")
shutil.copymode(src, other)
print(oct(stat.S_IMODE(os.stat(other).st_mode)))
usage = shutil.disk_usage(d)
print(type(usage).__name__, usage._fields, usage.total >= usage.used, usage.free > 0)
fifo = os.path.join(d, "fifo")
os.mkfifo(fifo)
print(stat.S_ISFIFO(os.stat(fifo).st_mode))
try:
    shutil.chown(other)
except ValueError as e:
    print("ValueError", e)
try:
    shutil.chown(other, user="no-such-user-here")
except LookupError as e:
    print("LookupError", e)
shutil.rmtree(d)

# expect: True True
# expect: ValueError unrecognized configuration name
# expect: statvfs_result 10 True True True
# expect: True True
# expect: 0o750 True
# expect: 0o750 True
# expect: 0o750
# expect: usage ('total', 'used', 'free') True True
# expect: True
# expect: ValueError user and/or group must be set
# expect: LookupError no such user: 'no-such-user-here'
