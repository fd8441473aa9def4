# The compiler's SyntaxWarnings for code that can only fail (a forgotten comma, most often),
# as CPython 3.11 prints them; code that may work gets none.
import os, subprocess, sys, tempfile
source = '''assert (1, "msg")
f = lambda: (1)(2)
f = lambda: [1]["a"]
f = lambda: None[0]
g = lambda: [(1, 2) (3, 4)]
h = lambda: ["a" "b"][1.5]
k = lambda: {1, 2}[0]
m = lambda: f"x"[None]
ok = lambda x: [x(1), [1][0], "ab"[1:], (1, 2)[x], {"a": 1}["a"], b"xy"[True]]
assert ()
'''
with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
    f.write(source)
result = subprocess.run([sys.executable, f.name], capture_output=True, text=True)
os.unlink(f.name)
for line in [l for l in result.stderr.splitlines() if not l.startswith("  File")]:
    print(line.split(": ", 1)[1] if line.startswith("/") else line)

# expect: SyntaxWarning: assertion is always true, perhaps remove parentheses?
# expect:   assert (1, "msg")
# expect: SyntaxWarning: 'int' object is not callable; perhaps you missed a comma?
# expect:   f = lambda: (1)(2)
# expect: SyntaxWarning: list indices must be integers or slices, not str; perhaps you missed a comma?
# expect:   f = lambda: [1]["a"]
# expect: SyntaxWarning: 'NoneType' object is not subscriptable; perhaps you missed a comma?
# expect:   f = lambda: None[0]
# expect: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?
# expect:   g = lambda: [(1, 2) (3, 4)]
# expect: SyntaxWarning: list indices must be integers or slices, not float; perhaps you missed a comma?
# expect:   h = lambda: ["a" "b"][1.5]
# expect: SyntaxWarning: 'set' object is not subscriptable; perhaps you missed a comma?
# expect:   k = lambda: {1, 2}[0]
# expect: SyntaxWarning: str indices must be integers or slices, not NoneType; perhaps you missed a comma?
# expect:   m = lambda: f"x"[None]
# expect: Traceback (most recent call last):
# expect:     assert ()
# expect: AssertionError
