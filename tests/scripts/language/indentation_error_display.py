# An unexpected indent is shown without a caret (its end_offset is -1), as CPython shows it;
# other indentation errors keep theirs.
import os, subprocess, sys, tempfile
for source in ("x = 1\n    y = 2\n", "if 1:\n  x = 1\n    y = 2\n", "if 1:\nx = 2\n", "def f():\n  return 1\n return 2\n"):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
    result = subprocess.run([sys.executable, f.name], capture_output=True, text=True)
    os.unlink(f.name)
    print([line for line in result.stderr.splitlines() if not line.startswith("  File")])
try:
    compile("x = 1\n    y = 2\n", "f", "exec")
except IndentationError as e:
    print(e.offset, e.end_offset, e.lineno, e.end_lineno)

# expect: ['    y = 2', 'IndentationError: unexpected indent']
# expect: ['    y = 2', 'IndentationError: unexpected indent']
# expect: ['    x = 2', '    ^', "IndentationError: expected an indented block after 'if' statement on line 1"]
# expect: ['    return 2', '            ^', 'IndentationError: unindent does not match any outer indentation level']
# expect: 4 -1 2 2
