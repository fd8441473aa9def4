# str methods: case, strip, split, join, search, replace, predicates, padding.


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.casefold())  # expect: HELLO, WORLD hello, world hELLO, wORLD hello, world
print("hello world".capitalize(), "HELLO wORLD".capitalize(), "".capitalize(), "1abc".capitalize())  # expect: Hello world Hello world  1abc
print("they're bill's friends".title(), "a1b2 c3d".title(), "HELLO".title(), "ǆemal".title())  # expect: They'Re Bill'S Friends A1B2 C3D Hello ǅemal
print("straße".upper(), "straße".casefold(), "ÀÉÎ".lower(), "àéî".upper(), "ΣΑΣ".lower())  # expect: STRASSE strasse àéî ÀÉÎ σας
print("  spaced  ".strip() + "|", "  spaced  ".lstrip() + "|", "  spaced  ".rstrip() + "|")  # expect: spaced| spaced  |   spaced|
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abc".strip(""), "\t\n a \x0b\x0c\r".strip(), "\x1c\x1fz\x1e".strip())  # expect: hi hi abc a z
print("www.example.com".lstrip("cmowz."), "mississippi".rstrip("ipz"), "aaa".strip("a") + "|", "  x ".strip(None))  # expect: example.com mississ | x
print("a b  c".split(), "  lead and trail  ".split(), "".split(), "   ".split(), "a\tb\nc\x1cd".split())  # expect: ['a', 'b', 'c'] ['lead', 'and', 'trail'] [] [] ['a', 'b', 'c', 'd']
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,c".split(",", 0), ",a,".split(","), "".split(","))  # expect: ['a', 'b', '', 'c'] ['a', 'b,,c'] ['a,b,c'] ['', 'a', ''] ['']
print("a b c d".split(None, 2), "  a b c  ".split(maxsplit=1), "a b".split(sep=None, maxsplit=-1))  # expect: ['a', 'b', 'c d'] ['a', 'b c  '] ['a', 'b']
print("abcabc".split("bc"), "aaa".split("a"), "aaaa".split("aa"), "a--b--c".split("--", maxsplit=1))  # expect: ['a', 'a', ''] ['', '', '', ''] ['', '', ''] ['a', 'b--c']
print("a b c d".rsplit(None, 2), "  a b c  ".rsplit(maxsplit=1), "a,b,c".rsplit(",", 1), "aaa".rsplit("aa"))  # expect: ['a b', 'c', 'd'] ['  a b', 'c'] ['a,b', 'c'] ['a', '']
print("a,b,,c".rsplit(","), "x".rsplit("x"), "abc".rsplit("z"), "a  b".rsplit(" "))  # expect: ['a', 'b', '', 'c'] ['', ''] ['abc'] ['a', '', 'b']
print("one\ntwo\r\nthree\rfour".splitlines(), "a\n\nb\n".splitlines(), "".splitlines(), "x\x0by\x0cz\x1dw\u2028v".splitlines())  # expect: ['one', 'two', 'three', 'four'] ['a', '', 'b'] [] ['x', 'y', 'z', 'w', 'v']
print("one\ntwo\r\nthree\n".splitlines(True), "a\r\n".splitlines(keepends=True), "no newline".splitlines())  # expect: ['one\n', 'two\r\n', 'three\n'] ['a\r\n'] ['no newline']
print("a=b=c".partition("="), "abc".partition("="), "a=b=c".rpartition("="), "abc".rpartition("="))  # expect: ('a', '=', 'b=c') ('abc', '', '') ('a=b', '=', 'c') ('', '', 'abc')
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "".join("abc"), "+".join(str(i) for i in range(4)))  # expect: a-b-c  x abc 0+1+2+3
print("-".join({"k": 1, "j": 2}), "/".join(["", ""]), "ab".join(["1", "2", "3"]))  # expect: k-j / 1ab2ab3
print(s.find("o"), s.find("o", 5), s.find("o", 5, 8), s.find("zz"), s.find(""), s.find("", 20), s.find("", 12))  # expect: 4 8 -1 -1 0 -1 12
print(s.rfind("o"), s.rfind("o", 0, 8), s.rfind("l", -5), s.rfind(""), s.index("W"), s.rindex("l"))  # expect: 8 4 10 12 7 10
print(s.find("o", None, None), s.find("l", -3), s.find("H", -100), s.find("d", 0, 100), s.find("", 5, 2))  # expect: 4 10 0 11 -1
print(s.count("l"), s.count("l", 4), s.count("l", 3, 4), s.count(""), s.count("", 3, 5), s.count("", 20), "aaaa".count("aa"))  # expect: 3 1 1 13 3 0 2
print(s.startswith("Hell"), s.startswith("World", 7), s.startswith(("x", "He")), s.startswith("lo", 3, 4), s.startswith(""))  # expect: True True True False True
print(s.endswith("d"), s.endswith("lo", 0, 5), s.endswith(("x", "y")), s.endswith(""), s.endswith("", 13), s.endswith("", 5, 2))  # expect: True True False True False False
print("abc".replace("b", "B"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))  # expect: aBc bbaa -a-b-c- -a-bc
print("abc".replace("x", "y"), "aaa".replace("a", ""), "abab".replace("ab", "ba", -1), "abc".replace("c", "c", 0))  # expect: abc  baba abc
print("42".isdigit(), "4a".isdigit(), "".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "½".isdigit(), "٣".isdecimal())  # expect: True False False True False True False True
print("abc".isalpha(), "ab1".isalpha(), "éß".isalpha(), "ab1".isalnum(), "ab 1".isalnum(), "½x".isalnum(), "".isalnum())  # expect: True False True True False True False
print(" \t\n".isspace(), "".isspace(), " a".isspace(), "\x1c\xa0\u3000".isspace(), "\u200b".isspace())  # expect: True False False True False
print("abc".islower(), "aBc".islower(), "a1".islower(), "123".islower(), "ABC".isupper(), "A1".isupper(), "Ab".isupper())  # expect: True False True False True True False
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "1A".istitle(), "".istitle(), "A1b".istitle())  # expect: True False False True False False
print("abc".isidentifier(), "_x1".isidentifier(), "1x".isidentifier(), "".isidentifier(), "a-b".isidentifier(), "é".isidentifier())  # expect: True True False False False True
print("abc".isprintable(), "a\n".isprintable(), "".isprintable(), "\x7f".isprintable(), "é".isascii(), "abc~".isascii(), "".isascii())  # expect: True False True False False True True
print("|" + "abc".center(9) + "|", "|" + "abc".center(8) + "|", "|" + "ab".center(7, "*") + "|", "abc".center(2))  # expect: |   abc   | |  abc   | |***ab**| abc
print("abc".ljust(6) + "|", "abc".ljust(6, "."), "abc".rjust(6), "abc".rjust(6, "0"), "abc".rjust(-1))  # expect: abc   | abc...    abc 000abc abc
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3))  # expect: 00042 -0042 +0042 abc 000 -00
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "ab\n\tc".expandtabs(2), "x\ty".expandtabs(0), "x\ty".expandtabs(tabsize=3))
# expect: a       b       c a   bc  d ab
# expect:   c xy x  y
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "body-suffix".removesuffix("-suffix"), "a".removesuffix(""))  # expect: body body body a
emoji = "a😀b😀c"
print(len(emoji), emoji.find("b"), emoji.rfind("😀"), emoji.index("c"), emoji.count("😀"), emoji.find("c", 3), emoji.find("b", 0, 2))  # expect: 5 2 3 4 2 4 -1
print(emoji.center(9, "-"), emoji.ljust(7, "😀"), emoji.replace("", "|"), emoji.split("😀"), emoji.startswith("b", 2))  # expect: --a😀b😀c-- a😀b😀c😀😀 |a|😀|b|😀|c| ['a', 'b', 'c'] True
show_error(lambda: "a".join([1]))  # expect: TypeError sequence item 0: expected str instance, int found
show_error(lambda: "a".join(["x", 2]))  # expect: TypeError sequence item 1: expected str instance, int found
show_error(lambda: "a".join(5))  # expect: TypeError can only join an iterable
show_error(lambda: "a".join())  # expect: TypeError str.join() takes exactly one argument (0 given)
show_error(lambda: "a".split(1))  # expect: TypeError must be str or None, not int
show_error(lambda: "a".split(""))  # expect: ValueError empty separator
show_error(lambda: "a".split(",", "x"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show_error(lambda: "a".split(",", 1, 2))  # expect: TypeError split() takes at most 2 arguments (3 given)
show_error(lambda: "a".split(x=1))  # expect: TypeError 'x' is an invalid keyword argument for split()
show_error(lambda: "a".split(",", sep=","))  # expect: TypeError argument for split() given by name ('sep') and position (1)
show_error(lambda: "a".rsplit(""))  # expect: ValueError empty separator
show_error(lambda: "a".strip(1))  # expect: TypeError strip arg must be None or str
show_error(lambda: "a".strip("a", "b"))  # expect: TypeError strip expected at most 1 argument, got 2
show_error(lambda: "a".replace("a"))  # expect: TypeError replace expected at least 2 arguments, got 1
show_error(lambda: "a".replace(1, "b"))  # expect: TypeError replace() argument 1 must be str, not int
show_error(lambda: "a".replace("a", 2))  # expect: TypeError replace() argument 2 must be str, not int
show_error(lambda: "a".find())  # expect: TypeError find() takes at least 1 argument (0 given)
show_error(lambda: "a".find(1))  # expect: TypeError must be str, not int
show_error(lambda: "a".find("a", "x"))  # expect: TypeError slice indices must be integers or None or have an __index__ method
show_error(lambda: "a".find("a", 1, 2, 3))  # expect: TypeError find() takes at most 3 arguments (4 given)
show_error(lambda: "a".index("b"))  # expect: ValueError substring not found
show_error(lambda: "a".rindex("b"))  # expect: ValueError substring not found
show_error(lambda: "a".count())  # expect: TypeError count() takes at least 1 argument (0 given)
show_error(lambda: "a".startswith(1))  # expect: TypeError startswith first arg must be str or a tuple of str, not int
show_error(lambda: "a".startswith(("a", 1)))
show_error(lambda: "a".endswith(["a"]))  # expect: TypeError endswith first arg must be str or a tuple of str, not list
show_error(lambda: "a".partition(""))  # expect: ValueError empty separator
show_error(lambda: "a".partition(1))  # expect: TypeError must be str, not int
show_error(lambda: "a".center())  # expect: TypeError center expected at least 1 argument, got 0
show_error(lambda: "a".center("5"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show_error(lambda: "a".center(5, "ab"))  # expect: TypeError The fill character must be exactly one character long
show_error(lambda: "a".ljust(5, 1))  # expect: TypeError The fill character must be a unicode character, not int
show_error(lambda: "a".zfill())  # expect: TypeError str.zfill() takes exactly one argument (0 given)
show_error(lambda: "a".upper(1))  # expect: TypeError str.upper() takes no arguments (1 given)
show_error(lambda: "a".isdigit(1))  # expect: TypeError str.isdigit() takes no arguments (1 given)
show_error(lambda: "a".removeprefix(1))  # expect: TypeError removeprefix() argument must be str, not int
show_error(lambda: "a".splitlines(1, 2))  # expect: TypeError splitlines() takes at most 1 argument (2 given)
show_error(lambda: "a".expandtabs("x"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show_error(lambda: str.upper(1))  # expect: TypeError descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
