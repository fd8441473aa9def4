# A conditional expression with no 'else' is "expected 'else' after 'if' expression",
# underlined from its value to its test; an 'else' with nothing after it is invalid syntax.
for source in ["x = 5 if True", "print(1 if x else pass)", "y = [a if a > 0 for a in b]",
               "z = f(1) if cond(2, 3)\n", "w = (1 if 2 else 3)"]:
    try:
        compile(source, "<test>", "exec")
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    compile("x = 1 if 2 else", "<test>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)

# expect: 'x = 5 if True' expected 'else' after 'if' expression 1 5 1 14
# expect: 'print(1 if x else pass)' invalid syntax 1 19 1 23
# expect: 'y = [a if a > 0 for a in b]' expected 'else' after 'if' expression 1 6 1 16
# expect: 'z = f(1) if cond(2, 3)\n' expected 'else' after 'if' expression 1 5 1 23
# expect: 'w = (1 if 2 else 3)' compiles
# expect: invalid syntax 1 16
