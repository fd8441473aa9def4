# shlex.shlex: the lexer in classic and POSIX mode, comments, quotes and escapes,
# whitespace_split, punctuation_chars, push_token, push_source, line numbers, error_leader
# and its errors; the output CPython 3.11 printed.
import shlex, io
def tokens(text, **kw):
    attrs = {k: kw.pop(k) for k in list(kw) if k in ("whitespace_split", "commenters", "wordchars")}
    lex = shlex.shlex(text, **kw)
    for k, v in attrs.items():
        setattr(lex, k, v)
    return list(lex)
cases = [
    "a b 'c d' # comment\ne",
    'x="a b" y=\'c\' z=\\"q\\"',
    "foo(bar, baz);",
    'echo "it\'s" \'a "b"\' end',
    'a\\ b "c\\"d" \'e\\f\' "g\\h"',
    "one#two three",
    "ls -l /tmp/*.txt | grep foo > out.txt && echo done",
    "a&&b||c;d",
    "x = 1 + 2.5",
    "émile naïve",
]
for text in cases:
    for posix in (False, True):
        print(repr(text), posix, tokens(text, posix=posix))
    print("  split:", tokens(text, posix=True, whitespace_split=True))
    print("  punct:", tokens(text, posix=True, punctuation_chars=True))
    print("  punct split:", tokens(text, posix=True, punctuation_chars=True, whitespace_split=True))
print(tokens("a # b", posix=True, commenters=""), tokens("a.b-c", wordchars="abc.-"))
lex = shlex.shlex("first second\nthird", posix=True)
print(lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno, lex.get_token(), lex.eof)
lex = shlex.shlex("outer1 outer2")
print(lex.get_token())
lex.push_source("inner1 inner2")
print([lex.get_token() for _ in range(4)], repr(lex.get_token()))
lex = shlex.shlex(io.StringIO("a\nb\nc"), infile="conf.txt")
lex.get_token(); lex.get_token()
print(lex.error_leader(), lex.error_leader("other", 9), lex.punctuation_chars, shlex.shlex(punctuation_chars="+-").punctuation_chars)
for bad in ('"unterminated', "'x", "escape\\"):
    try:
        print(list(shlex.shlex(bad, posix=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(shlex.shlex('"unterminated ok', posix=False)) if False else "skip", shlex.split("a 'b c'"), shlex.join(["a", "b c"]))
# expect: "a b 'c d' # comment\ne" False ['a', 'b', "'c d'", 'e']
# expect: "a b 'c d' # comment\ne" True ['a', 'b', 'c d', 'e']
# expect:   split: ['a', 'b', 'c d', 'e']
# expect:   punct: ['a', 'b', 'c d', 'e']
# expect:   punct split: ['a', 'b', 'c d', 'e']
# expect: 'x="a b" y=\'c\' z=\\"q\\"' False ['x', '=', '"a b"', 'y', '=', "'c'", 'z', '=', '\\', '"q\\"']
# expect: 'x="a b" y=\'c\' z=\\"q\\"' True ['x', '=', 'a b', 'y', '=', 'c', 'z', '=', '"q"']
# expect:   split: ['x=a b', 'y=c', 'z="q"']
# expect:   punct: ['x=a b', 'y=c', 'z="q"']
# expect:   punct split: ['x=a b', 'y=c', 'z="q"']
# expect: 'foo(bar, baz);' False ['foo', '(', 'bar', ',', 'baz', ')', ';']
# expect: 'foo(bar, baz);' True ['foo', '(', 'bar', ',', 'baz', ')', ';']
# expect:   split: ['foo(bar,', 'baz);']
# expect:   punct: ['foo', '(', 'bar', ',', 'baz', ');']
# expect:   punct split: ['foo', '(', 'bar,', 'baz', ');']
# expect: 'echo "it\'s" \'a "b"\' end' False ['echo', '"it\'s"', '\'a "b"\'', 'end']
# expect: 'echo "it\'s" \'a "b"\' end' True ['echo', "it's", 'a "b"', 'end']
# expect:   split: ['echo', "it's", 'a "b"', 'end']
# expect:   punct: ['echo', "it's", 'a "b"', 'end']
# expect:   punct split: ['echo', "it's", 'a "b"', 'end']
# expect: 'a\\ b "c\\"d" \'e\\f\' "g\\h"' False ['a', '\\', 'b', '"c\\"', 'd"', "'e\\f'", '"g\\h"']
# expect: 'a\\ b "c\\"d" \'e\\f\' "g\\h"' True ['a b', 'c"d', 'e\\f', 'g\\h']
# expect:   split: ['a b', 'c"d', 'e\\f', 'g\\h']
# expect:   punct: ['a b', 'c"d', 'e\\f', 'g\\h']
# expect:   punct split: ['a b', 'c"d', 'e\\f', 'g\\h']
# expect: 'one#two three' False ['one']
# expect: 'one#two three' True ['one']
# expect:   split: ['one']
# expect:   punct: ['one']
# expect:   punct split: ['one']
# expect: 'ls -l /tmp/*.txt | grep foo > out.txt && echo done' False ['ls', '-', 'l', '/', 'tmp', '/', '*', '.', 'txt', '|', 'grep', 'foo', '>', 'out', '.', 'txt', '&', '&', 'echo', 'done']
# expect: 'ls -l /tmp/*.txt | grep foo > out.txt && echo done' True ['ls', '-', 'l', '/', 'tmp', '/', '*', '.', 'txt', '|', 'grep', 'foo', '>', 'out', '.', 'txt', '&', '&', 'echo', 'done']
# expect:   split: ['ls', '-l', '/tmp/*.txt', '|', 'grep', 'foo', '>', 'out.txt', '&&', 'echo', 'done']
# expect:   punct: ['ls', '-l', '/tmp/*.txt', '|', 'grep', 'foo', '>', 'out.txt', '&&', 'echo', 'done']
# expect:   punct split: ['ls', '-l', '/tmp/*.txt', '|', 'grep', 'foo', '>', 'out.txt', '&&', 'echo', 'done']
# expect: 'a&&b||c;d' False ['a', '&', '&', 'b', '|', '|', 'c', ';', 'd']
# expect: 'a&&b||c;d' True ['a', '&', '&', 'b', '|', '|', 'c', ';', 'd']
# expect:   split: ['a&&b||c;d']
# expect:   punct: ['a', '&&', 'b', '||', 'c', ';', 'd']
# expect:   punct split: ['a', '&&', 'b', '||', 'c', ';', 'd']
# expect: 'x = 1 + 2.5' False ['x', '=', '1', '+', '2', '.', '5']
# expect: 'x = 1 + 2.5' True ['x', '=', '1', '+', '2', '.', '5']
# expect:   split: ['x', '=', '1', '+', '2.5']
# expect:   punct: ['x', '=', '1', '+', '2.5']
# expect:   punct split: ['x', '=', '1', '+', '2.5']
# expect: 'émile naïve' False ['é', 'mile', 'na', 'ï', 've']
# expect: 'émile naïve' True ['émile', 'naïve']
# expect:   split: ['émile', 'naïve']
# expect:   punct: ['émile', 'naïve']
# expect:   punct split: ['émile', 'naïve']
# expect: ['a', '#', 'b'] ['a.b-c']
# expect: first 1
# expect: pushed second third 2 None None
# expect: outer1
# expect: ['inner1', 'inner2', 'outer2', ''] ''
# expect: "conf.txt", line 3:  "other", line 9:   +-
# expect: ValueError: No closing quotation
# expect: ValueError: No closing quotation
# expect: ValueError: No escaped character
# expect: skip ['a', 'b c'] a 'b c'
