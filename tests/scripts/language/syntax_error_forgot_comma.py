# CPython 3.11's 'Perhaps you forgot a comma?' for two expressions side by side inside
# brackets, with the range from the first to the end of the second; 'Missing parentheses in
# call to print' there; and the cases where no hint applies (outside brackets, a keyword
# in the way, a comprehension's for).
cases = ["print(1 2)\n", "x = [a b]\n", "f(x.y z)\n", "f(a + b c)\n", "d = {1: 2 3}\n", "f(k=1 2)\n", "t = (1, 2 3, 4)\n",
         "f(a b, c d)\n", "h(x, y z.w(1))\n", "s = [\"a\" \"b\" c]\n", "m(not x y)\n", "q = {a b}\n", "f(-1 2)\n",
         "f(x y=2)\n", "z = (yield x y)\n", "x = a b\n", "f(x for)\n", "f(lambda: 1 2)\n", "v = [x[0] y]\n", "w = (a == b c)\n",
         "u = [1 if x else 2 3]\n", "k = {'a': 1 'b': 2}\n"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
for src in ["f(print 1)\n", "x = [exec 'code']\n", "g(1, print x.y)\n"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)

# expect: 'print(1 2)\n' invalid syntax. Perhaps you forgot a comma? 1 7 10
# expect: 'x = [a b]\n' invalid syntax. Perhaps you forgot a comma? 1 6 9
# expect: 'f(x.y z)\n' invalid syntax. Perhaps you forgot a comma? 1 3 8
# expect: 'f(a + b c)\n' invalid syntax. Perhaps you forgot a comma? 1 3 10
# expect: 'd = {1: 2 3}\n' invalid syntax. Perhaps you forgot a comma? 1 9 12
# expect: 'f(k=1 2)\n' invalid syntax. Perhaps you forgot a comma? 1 5 8
# expect: 't = (1, 2 3, 4)\n' invalid syntax. Perhaps you forgot a comma? 1 9 12
# expect: 'f(a b, c d)\n' invalid syntax. Perhaps you forgot a comma? 1 3 6
# expect: 'h(x, y z.w(1))\n' invalid syntax. Perhaps you forgot a comma? 1 6 14
# expect: 's = ["a" "b" c]\n' invalid syntax. Perhaps you forgot a comma? 1 6 15
# expect: 'm(not x y)\n' invalid syntax. Perhaps you forgot a comma? 1 3 10
# expect: 'q = {a b}\n' invalid syntax. Perhaps you forgot a comma? 1 6 9
# expect: 'f(-1 2)\n' invalid syntax. Perhaps you forgot a comma? 1 3 7
# expect: 'f(x y=2)\n' invalid syntax. Perhaps you forgot a comma? 1 3 6
# expect: 'z = (yield x y)\n' invalid syntax. Perhaps you forgot a comma? 1 12 15
# expect: 'x = a b\n' invalid syntax 1 7 8
# expect: 'f(x for)\n' invalid syntax 1 8 9
# expect: 'f(lambda: 1 2)\n' invalid syntax. Perhaps you forgot a comma? 1 11 14
# expect: 'v = [x[0] y]\n' invalid syntax. Perhaps you forgot a comma? 1 6 12
# expect: 'w = (a == b c)\n' invalid syntax. Perhaps you forgot a comma? 1 6 14
# expect: 'u = [1 if x else 2 3]\n' invalid syntax. Perhaps you forgot a comma? 1 18 21
# expect: "k = {'a': 1 'b': 2}\n" invalid syntax. Perhaps you forgot a comma? 1 11 16
# expect: 'f(print 1)\n' Missing parentheses in call to 'print'. Did you mean print(...)? 1 3 10
# expect: "x = [exec 'code']\n" Missing parentheses in call to 'exec'. Did you mean exec(...)? 1 6 17
# expect: 'g(1, print x.y)\n' Missing parentheses in call to 'print'. Did you mean print(...)? 1 6 15
