# The errors of f(*x) and f(**x) with the wrong kind of x name the function, as CPython's;
# f(*x) alone passes x to the call as it is.
def f(*a, **k): pass
for src in ["print(*5)", "print(1, *5)", "f(*None)", "f(1, *None, 2)", "f(**5)", "f(a=1, **5)", "{**5}", "[*5]", "len(*5)", "f(*[], **5)", "f(**{'a': 1}, **{'a': 2})", "f(**{1: 2})"]:
    try: eval(src)
    except TypeError as e: print(src, "->", e)

# expect: print(*5) -> print() argument after * must be an iterable, not int
# expect: print(1, *5) -> Value after * must be an iterable, not int
# expect: f(*None) -> __main__.f() argument after * must be an iterable, not NoneType
# expect: f(1, *None, 2) -> Value after * must be an iterable, not NoneType
# expect: f(**5) -> __main__.f() argument after ** must be a mapping, not int
# expect: f(a=1, **5) -> __main__.f() argument after ** must be a mapping, not int
# expect: {**5} -> 'int' object is not a mapping
# expect: [*5] -> Value after * must be an iterable, not int
# expect: len(*5) -> len() argument after * must be an iterable, not int
# expect: f(*[], **5) -> __main__.f() argument after ** must be a mapping, not int
# expect: f(**{'a': 1}, **{'a': 2}) -> __main__.f() got multiple values for keyword argument 'a'
# expect: f(**{1: 2}) -> keywords must be strings
