# os.walk as CPython's: top-down by default, descending only into the directories left in
# the dirnames list (pruned or sorted in place), bottom-up with topdown=False, onerror called
# for a directory that cannot be listed, and a generator made lazily.
import os
import tempfile

root = tempfile.mkdtemp()
for d in ("a/x", "b/y", "c", ".hidden/z"):
    os.makedirs(os.path.join(root, d))
for f in ("top.txt", "a/one.txt", "a/x/two.txt", "b/y/three.txt", ".hidden/z/four.txt"):
    with open(os.path.join(root, f), "w") as fh:
        fh.write(f)


def rel(path):
    return os.path.relpath(path, root)


for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
    dirnames.remove("b") if "b" in dirnames else None
    print(rel(dirpath), dirnames, sorted(filenames))
    # expect: . ['a', 'c'] ['top.txt']
    # expect: a ['x'] ['one.txt']
    # expect: a/x [] ['two.txt']
    # expect: c [] []

steps = [(rel(p), sorted(d), sorted(f)) for p, d, f in os.walk(root, topdown=False)]
print(sorted(steps))
# expect: [('.', ['.hidden', 'a', 'b', 'c'], ['top.txt']), ('.hidden', ['z'], []), ('.hidden/z', [], ['four.txt']), ('a', ['x'], ['one.txt']), ('a/x', [], ['two.txt']), ('b', ['y'], []), ('b/y', [], ['three.txt']), ('c', [], [])]
print(len(steps), steps[-1][0], all(s[0] != "." for s in steps[:-1]))  # expect: 8 . True

errors = []
print(list(os.walk(os.path.join(root, "missing"), onerror=errors.append)), [type(e).__name__ for e in errors])
# expect: [] ['FileNotFoundError']
print(list(os.walk(os.path.join(root, "top.txt"))))  # expect: []
w = os.walk(root)
print(type(w).__name__, rel(next(w)[0]))  # expect: generator .
total = sum(len(f) for _, _, f in os.walk(root))
print(total)  # expect: 5
