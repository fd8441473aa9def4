# CPython 3.11's hints for '=' in a condition or an element: 'Maybe you meant '==' or
# ':=' instead of '='?' after a name, 'cannot assign to attribute/subscript/function
# call/literal here', 'expression cannot contain assignment' among a call's arguments,
# and the shapes that keep the plain 'invalid syntax'.
cases = ["if x = 3:\n    pass\n", "while n = 0:\n    pass\n", "if x = 3 + y:\n  pass\n", "if a.b = 1:\n  pass\n", "if a[0] = 1:\n  pass\n",
         "if f() = 1:\n  pass\n", "elif_ = 1\nif y:\n  pass\nelif x = 2:\n  pass\n", "x = [y = 3]\n", "if x = 3 == y:\n  pass\n", "if x == 3 = y:\n  pass\n",
         "if (x = 3):\n  pass\n", "if x = y = 3:\n  pass\n", "if 1 = x:\n  pass\n"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
for src in ["f(a, x.y = 3)\n", "f(x.y = 3)\n", "f(1 = 3)\n", "d = {a = 1}\n", "t = (a, b = 2)\n", "f(x[0] = 1)\n"]:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)

# expect: 'if x = 3:\n    pass\n' invalid syntax. Maybe you meant '==' or ':=' instead of '='? 1 4 9
# expect: 'while n = 0:\n    pass\n' invalid syntax. Maybe you meant '==' or ':=' instead of '='? 1 7 12
# expect: 'if x = 3 + y:\n  pass\n' invalid syntax. Maybe you meant '==' or ':=' instead of '='? 1 4 13
# expect: 'if a.b = 1:\n  pass\n' cannot assign to attribute here. Maybe you meant '==' instead of '='? 1 4 7
# expect: 'if a[0] = 1:\n  pass\n' cannot assign to subscript here. Maybe you meant '==' instead of '='? 1 4 8
# expect: 'if f() = 1:\n  pass\n' cannot assign to function call here. Maybe you meant '==' instead of '='? 1 4 7
# expect: 'elif_ = 1\nif y:\n  pass\nelif x = 2:\n  pass\n' invalid syntax. Maybe you meant '==' or ':=' instead of '='? 4 6 11
# expect: 'x = [y = 3]\n' invalid syntax. Maybe you meant '==' or ':=' instead of '='? 1 6 11
# expect: 'if x = 3 == y:\n  pass\n' invalid syntax. Maybe you meant '==' or ':=' instead of '='? 1 4 9
# expect: 'if x == 3 = y:\n  pass\n' invalid syntax 1 11 12
# expect: 'if (x = 3):\n  pass\n' invalid syntax. Maybe you meant '==' or ':=' instead of '='? 1 5 10
# expect: 'if x = y = 3:\n  pass\n' invalid syntax 1 6 7
# expect: 'if 1 = x:\n  pass\n' cannot assign to literal here. Maybe you meant '==' instead of '='? 1 4 5
# expect: 'f(a, x.y = 3)\n' expression cannot contain assignment, perhaps you meant "=="? 1 6 11
# expect: 'f(x.y = 3)\n' expression cannot contain assignment, perhaps you meant "=="? 1 3 8
# expect: 'f(1 = 3)\n' expression cannot contain assignment, perhaps you meant "=="? 1 3 6
# expect: 'd = {a = 1}\n' invalid syntax. Maybe you meant '==' or ':=' instead of '='? 1 6 11
# expect: 't = (a, b = 2)\n' invalid syntax. Maybe you meant '==' or ':=' instead of '='? 1 9 14
# expect: 'f(x[0] = 1)\n' expression cannot contain assignment, perhaps you meant "=="? 1 3 9
