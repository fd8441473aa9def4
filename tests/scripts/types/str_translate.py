# str.maketrans and str.translate: tables from dicts and strings, mappings to str, int and None, and errors.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: str.maketrans({'a': 'b', 98: None, 'c': 100}))  # expect: {97: 'b', 98: None, 99: 100}
show(lambda: str.maketrans('abc', 'xyz'))  # expect: {97: 120, 98: 121, 99: 122}
show(lambda: str.maketrans('ab', 'xy', 'z'))  # expect: {97: 120, 98: 121, 122: None}
show(lambda: str.maketrans('', '', 'abc'))  # expect: {97: None, 98: None, 99: None}
show(lambda: str.maketrans(1))  # expect: TypeError if you give only one argument to maketrans it must be a dict
show(lambda: str.maketrans({'ab': 1}))  # expect: ValueError string keys in translate table must be of length 1
show(lambda: str.maketrans({1.5: 1}))  # expect: TypeError keys in translate table must be strings or integers
show(lambda: str.maketrans('a', 'bc'))  # expect: ValueError the first two maketrans arguments must have equal length
show(lambda: str.maketrans(1, 'a'))  # expect: TypeError first maketrans argument must be a string if there is a second argument
show(lambda: str.maketrans('a', 1))  # expect: TypeError maketrans() argument 2 must be str, not int
show(lambda: str.maketrans('a', 'b', 1))  # expect: TypeError maketrans() argument 3 must be str, not int
show(lambda: str.maketrans())  # expect: TypeError maketrans expected at least 1 argument, got 0
show(lambda: str.maketrans('a', 'b', 'c', 'd'))  # expect: TypeError maketrans expected at most 3 arguments, got 4
show(lambda: 'abc'.maketrans('a', 'b'))  # expect: {97: 98}
show(lambda: 'hello'.translate(str.maketrans('el', 'ip')))  # expect: 'hippo'
show(lambda: 'hello'.translate({104: 'J', 111: None}))  # expect: 'Jell'
show(lambda: 'abc'.translate({97: 'xyz'}))  # expect: 'xyzbc'
show(lambda: 'abc'.translate({97: 98.5}))  # expect: TypeError character mapping must return integer, None or str
show(lambda: 'abc'.translate({97: 0x110000}))  # expect: ValueError character mapping must be in range(0x110000)
show(lambda: 'abc'.translate([]))  # expect: 'abc'
show(lambda: 'abc'.translate(['x'] * 98))  # expect: 'xbc'
show(lambda: 'abc'.translate(1))  # expect: TypeError 'int' object is not subscriptable
show(lambda: 'abc'.translate({}))  # expect: 'abc'
show(lambda: '😀a'.translate({0x1f600: 'smile'}))  # expect: 'smilea'
show(lambda: 'abc'.translate({97: 0x1f600}))  # expect: '😀bc'
show(lambda: 'abc'.translate())  # expect: TypeError str.translate() takes exactly one argument (0 given)
show(lambda: 'abc'.translate({97: -1}))  # expect: ValueError character mapping must be in range(0x110000)
