# Where a SyntaxError about a whole statement starts and ends (what the ^^^ under the line
# shows): return, break and continue out of place, nonlocal without a binding (marked at
# the nonlocal statement, not at its function), global after use.
sources = [
    "return 5\n",
    "x = 1; break; y = 2\n",
    "while 1:\n  pass\nelse:\n  break  # why\n",
    "def f():\n  continue\n",
    "class A:\n  return (1,\n    2)\n",
    "def f():\n  nonlocal q\n",
    "def f():\n  nonlocal zz, yy  # c\n",
    "def f():\n  def g():\n    nonlocal f2\n  f2 = 1\n",
    "def f():\n  x = 1\n  global x\n",
    "def f():\n  print(x)\n  global x\n",
    "def g():\n  y = 1\n  def f():\n    print(y)\n    nonlocal y\n",
    "def f(a):\n  global a\n",
    "async def f():\n  yield from g()\n",
    "nonlocal x\n",
]
import os, tempfile
folder = tempfile.mkdtemp()
path = os.path.join(folder, "prog.py")
for src in sources:
    with open(path, "w") as f:
        f.write(src)
    try:
        compile(src, path, "exec")
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, "|", e.text.strip())
        print(" " * (e.offset - 1) + "^" * ((e.end_offset or e.offset + 1) - e.offset), "<-", e.text.rstrip("\n"))
os.remove(path)
os.rmdir(folder)

# expect: 'return' outside function | 1 1 1 9 | return 5
# expect: ^^^^^^^^ <- return 5
# expect: 'break' outside loop | 1 8 1 13 | x = 1; break; y = 2
# expect:        ^^^^^ <- x = 1; break; y = 2
# expect: 'break' outside loop | 4 3 4 8 | break  # why
# expect:   ^^^^^ <-   break  # why
# expect: 'continue' not properly in loop | 2 3 2 11 | continue
# expect:   ^^^^^^^^ <-   continue
# expect: 'return' outside function | 2 3 3 7 | return (1,
# expect:   ^^^^ <-   return (1,
# expect: no binding for nonlocal 'q' found | 2 3 2 13 | nonlocal q
# expect:   ^^^^^^^^^^ <-   nonlocal q
# expect: no binding for nonlocal 'zz' found | 2 3 2 18 | nonlocal zz, yy  # c
# expect:   ^^^^^^^^^^^^^^^ <-   nonlocal zz, yy  # c
# expect: name 'x' is assigned to before global declaration | 3 3 3 11 | global x
# expect:   ^^^^^^^^ <-   global x
# expect: name 'x' is used prior to global declaration | 3 3 3 11 | global x
# expect:   ^^^^^^^^ <-   global x
# expect: name 'y' is used prior to nonlocal declaration | 5 5 5 15 | nonlocal y
# expect:     ^^^^^^^^^^ <-     nonlocal y
# expect: name 'a' is parameter and global | 2 3 2 11 | global a
# expect:   ^^^^^^^^ <-   global a
# expect: 'yield from' inside async function | 2 3 2 17 | yield from g()
# expect:   ^^^^^^^^^^^^^^ <-   yield from g()
# expect: nonlocal declaration not allowed at module level | 1 1 1 11 | nonlocal x
# expect: ^^^^^^^^^^ <- nonlocal x
