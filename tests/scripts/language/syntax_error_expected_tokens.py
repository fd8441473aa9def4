# Beginners' syntax errors worded as CPython 3.11 words them: a missing ':' (also after
# else/try/finally followed by something else), a def without its '(', and where each is
# marked (offset and end_offset).
sources = [
    "if a:\n    pass\nelse if x:\n    pass\n",
    "try x:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nfinally x:\n    pass\n",
    "def f:\n    pass\n",
    "def g x:\n    pass\n",
    "while x\n    pass\n",
    "for x in y\n  pass\n",
    "class C\n  pass\n",
    "try\n  pass\nexcept:\n  pass\n",
    "if x == 1\n  pass\n",
]
for source in sources:
    try:
        compile(source, "<test>", "exec")
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# expect: 'if a:\n    pass\nelse if x:\n    pass\n' expected ':' 3 6 3 8
# expect: 'try x:\n    pass\nfinally:\n    pass\n' expected ':' 1 5 1 6
# expect: 'try:\n    pass\nfinally x:\n    pass\n' expected ':' 3 9 3 10
# expect: 'def f:\n    pass\n' expected '(' 1 6 1 7
# expect: 'def g x:\n    pass\n' expected '(' 1 7 1 8
# expect: 'while x\n    pass\n' expected ':' 1 8 1 8
# expect: 'for x in y\n  pass\n' expected ':' 1 11 1 11
# expect: 'class C\n  pass\n' expected ':' 1 8 1 8
# expect: 'try\n  pass\nexcept:\n  pass\n' expected ':' 1 4 1 4
# expect: 'if x == 1\n  pass\n' expected ':' 1 10 1 10
