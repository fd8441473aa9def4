# re: Pattern.flags is an int with the flags a pattern starts with ((?a), (?i)...), re.error
# carries msg, pattern, pos, lineno and colno and words its text as CPython's.
import re
print(re.compile(r"\w").flags, re.compile(r"\w", re.I).flags, re.compile(rb"\w").flags, type(re.compile("a").flags).__name__)
print(re.compile(r"(?a)\w").flags, re.compile(r"(?i)(?m)x").flags, re.compile(r"(?x) a b").flags)
print(re.match(r"(?a)\w", "é"), re.match(r"\w", "é"), re.match(r"(?i)A", "a"))
print(re.compile(r"(?a)\w"), re.compile("a", re.I | re.M))
for bad in ["(unclosed", "a)", "*a", "[abc", "a{3,2}", "\\", "(?P<1>x)", "a\n(b"]:
    try: re.compile(bad)
    except re.error as e: print(repr(str(e)), e.msg, e.pos, repr(e.pattern), e.lineno, e.colno)
e = re.error("plain")
print(e.msg, e.pos, e.lineno, str(e))

# expect: 32 34 0 int
# expect: 256 42 96
# expect: None <re.Match object; span=(0, 1), match='é'> <re.Match object; span=(0, 1), match='a'>
# expect: re.compile('(?a)\\w', re.ASCII) re.compile('a', re.IGNORECASE|re.MULTILINE)
# expect: 'missing ), unterminated subpattern at position 0' missing ), unterminated subpattern 0 '(unclosed' 1 1
# expect: 'unbalanced parenthesis at position 1' unbalanced parenthesis 1 'a)' 1 2
# expect: 'nothing to repeat at position 0' nothing to repeat 0 '*a' 1 1
# expect: 'unterminated character set at position 0' unterminated character set 0 '[abc' 1 1
# expect: 'min repeat greater than max repeat at position 2' min repeat greater than max repeat 2 'a{3,2}' 1 3
# expect: 'bad escape (end of pattern) at position 0' bad escape (end of pattern) 0 '\\' 1 1
# expect: "bad character in group name '1' at position 4" bad character in group name '1' 4 '(?P<1>x)' 1 5
# expect: 'missing ), unterminated subpattern at position 2 (line 2, column 1)' missing ), unterminated subpattern 2 'a\n(b' 2 1
# expect: plain None None plain
