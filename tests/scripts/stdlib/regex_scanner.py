# re.Scanner: a lexicon of (pattern, action) pairs turned into tokens; the first pattern that
# matches wins, None skips, callables make the token, and what cannot be scanned is returned.
import re


def number(scanner, token):
    return ("NUM", int(token))


scanner = re.Scanner([
    (r"[0-9]+", number),
    (r"[a-z_]\w*", lambda s, t: ("NAME", t)),
    (r"[+*/-]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x1 + 42 * y_2"))
# expect: ([('NAME', 'x1'), ('OP', '+'), ('NUM', 42), ('OP', '*'), ('NAME', 'y_2')], '')
print(scanner.scan("a = 1"))  # expect: ([('NAME', 'a')], '= 1')
print(re.Scanner([(r"a", "A"), (r"ab", "AB"), (r"b", "B")]).scan("abba"))  # expect: (['A', 'B', 'B', 'A'], '')
print(re.Scanner([(r"\w+", lambda s, t: s.match.span())]).scan("hi"))  # expect: ([(0, 2)], '')
print(re.Scanner([(r"x*", "X")]).scan("yyy"))  # expect: ([], 'yyy')
