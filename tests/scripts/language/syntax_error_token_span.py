# A plain 'invalid syntax' marks the whole token the parser stopped at, as CPython's
# SyntaxError.offset and end_offset do: a name, keyword, number, string or operator.
cases = ["import a if b\n", "for x in range(3) print(x)\n", "x = 1 \"abc\"\n", "x = 1 f'abc'\n", "a b c\n",
         "x = 5 ** ** 2\n", "x = 1 2.5\n", "x = [1 for]\n", "x = 1 else 2\n", "a = b c = d\n", "x += += 1\n",
         "x = 1 r'x'\n", "del del x\n", "x.1\n", "y = 1 '''doc''' \n"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)

# expect: 'import a if b\n' invalid syntax 1 10 12
# expect: 'for x in range(3) print(x)\n' invalid syntax 1 19 24
# expect: 'x = 1 "abc"\n' invalid syntax 1 7 12
# expect: "x = 1 f'abc'\n" invalid syntax 1 7 13
# expect: 'a b c\n' invalid syntax 1 3 4
# expect: 'x = 5 ** ** 2\n' invalid syntax 1 10 12
# expect: 'x = 1 2.5\n' invalid syntax 1 7 10
# expect: 'x = [1 for]\n' invalid syntax 1 11 12
# expect: 'x = 1 else 2\n' invalid syntax 1 7 11
# expect: 'a = b c = d\n' invalid syntax 1 7 8
# expect: 'x += += 1\n' invalid syntax 1 6 8
# expect: "x = 1 r'x'\n" invalid syntax 1 7 11
# expect: 'del del x\n' invalid syntax 1 5 8
# expect: 'x.1\n' invalid syntax 1 2 4
# expect: "y = 1 '''doc''' \n" invalid syntax 1 7 16
