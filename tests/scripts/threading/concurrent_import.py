# Threads importing one module at once: the module is in sys.modules while its body runs,
# but another thread waits for the body to finish rather than see it half made (CPython's
# per-module import locks); two threads whose modules import each other do not deadlock.
import os
import sys
import tempfile
import threading
import time

folder = tempfile.mkdtemp()
with open(os.path.join(folder, "slowmod.py"), "w") as f:
    f.write("import time\nfirst = 1\ntime.sleep(0.3)\nlast = 2\n")
with open(os.path.join(folder, "mod_a.py"), "w") as f:
    f.write("import time\ntime.sleep(0.2)\nimport mod_b\nname = 'a'\n")
with open(os.path.join(folder, "mod_b.py"), "w") as f:
    f.write("import time\ntime.sleep(0.2)\nimport mod_a\nname = 'b'\n")
sys.path.insert(0, folder)

seen = []


def importer():
    import slowmod
    seen.append((slowmod.first, hasattr(slowmod, "last")))


threads = [threading.Thread(target=importer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)  # expect: [(1, True), (1, True), (1, True), (1, True)]

done = []


def import_one(name):
    module = __import__(name)
    done.append(name)


threads = [threading.Thread(target=import_one, args=(n,)) for n in ("mod_a", "mod_b")]
for t in threads:
    t.start()
for t in threads:
    t.join(10)
import mod_a, mod_b
print(sorted(done), mod_a.name, mod_b.name)  # expect: ['mod_a', 'mod_b'] a b

for name in ("slowmod.py", "mod_a.py", "mod_b.py"):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
