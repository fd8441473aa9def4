# A dict display's key with no ':' after it is CPython's "':' expected after dictionary key",
# marked at the key's last character; a set display or a trailing comma is not.
for source in ['d = {"a": 1, "b"}', "d = {1: 2, 3}", "d = {1: 2,\n     (3 + 4)}", "d = {**e, 'k'}",
               "s = {1, 2}", "d = {1: 2,}", "d = {1: 2, 3: 4}"]:
    try:
        compile(source, "<test>", "exec")
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, repr(e.text))

# expect: 'd = {"a": 1, "b"}' ':' expected after dictionary key 1 16 'd = {"a": 1, "b"}\n'
# expect: 'd = {1: 2, 3}' ':' expected after dictionary key 1 12 'd = {1: 2, 3}\n'
# expect: 'd = {1: 2,\n     (3 + 4)}' ':' expected after dictionary key 2 11 '     (3 + 4)}\n'
# expect: "d = {**e, 'k'}" ':' expected after dictionary key 1 13 "d = {**e, 'k'}\n"
# expect: 's = {1, 2}' compiles
# expect: 'd = {1: 2,}' compiles
# expect: 'd = {1: 2, 3: 4}' compiles
