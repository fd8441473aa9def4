# str.format and str.format_map: fields, numbering, attributes and indexes, conversions,
# nested format specs, escapes, and the errors of malformed format strings.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        return "P(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Defaults:
    def __init__(self, **known):
        self.known = known

    def __getitem__(self, key):
        return self.known.get(key, "<" + key + ">")


p = Point(1.5, 2)
print("{} and {}".format("x", 7), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hey"))  # expect: x and 7 aba hey!
print("{p.x} {p.y}".format(p=p), "{0.x:.2f}".format(p), "{0:>6.1f}".format(p), "{!r}".format(p), "{0!s:.5}".format(p))  # expect: 1.5 2 1.50 P(   1.5,    2.0) Point(1.5, 2) Point
print("{0[0]} {0[1][k]} {1[2]}".format([1, {"k": "v"}], "xyz"), "{d[key]}".format(d={"key": 42}))  # expect: 1 v z 42
print("{{}} {{0}} {{{0}}}".format(5), "}}{{", "{:}".format("plain"), "{}".format(None), "{}".format([1, (2,)]))  # expect: {} {0} {5} }}{{ plain None [1, (2,)]
print("{:<8}|{:^8}|{:>8}|".format("l", "c", "r"), "{:*^11}".format("mid"), "{:08.3f}".format(3.14159), "{:,}".format(1234567))  # expect: l       |   c    |       r| ****mid**** 0003.142 1,234,567
print("{:x} {:X} {:o} {:b} {:#x} {:e} {:%} {:g}".format(255, 255, 8, 5, 255, 1234.5, 0.25, 1e20))
# expect: ff FF 10 101 0xff 1.234500e+03 25.000000% 1e+20
print("{0:{1}{2}}".format(7, ">", 5), "{:{fill}{align}{width}}".format("z", fill="-", align="^", width=5))  # expect:     7 --z--
print("{:{}} {:{}}".format("a", 3, "b", 4), "{:.{}f}".format(2.71828, 2), "{0:{1}}|".format("q", 3))  # expect: a   b    2.72 q  |
print("{}".format(True), "{:d}".format(True), "{:>5}".format(True), "{:5}".format(False), "{:.1f}".format(2))  # expect: True 1     1     0 2.0
print("{greet}, {0}".format("you", greet="hi"), "{0}{0}{0}".format("ab"), "{a}{b}{a}".format(a=1, b=2))  # expect: hi, you ababab 121
print("{x} {y}".format_map({"x": 1, "y": 2}), "{k} {z}".format_map(Defaults(k="K")), "{0}".format(*[9]))  # expect: 1 2 K <z> 9
print("{0!a} {0!r} {0!s}".format("é\n"), "{!r:>8}".format("x"), "{!s:^5}|".format(12))
# expect: '\xe9\n' 'é\n' é
# expect:       'x'  12  |
print("á{}ü".format("é"), "{:😀^7}".format("a"), "{:^7}".format("😀"), "{:.2}".format("😀😀😀"))  # expect: áéü 😀😀😀a😀😀😀    😀    😀😀
print("".format(), "no fields".format(1, 2, k=3), "{}".format(""), len("{:1000}".format(1)))  # expect:  no fields  1000
show(lambda: '{'.format())  # expect: ValueError Single '{' encountered in format string
show(lambda: '}'.format())  # expect: ValueError Single '}' encountered in format string
show(lambda: '{0'.format(1))  # expect: ValueError expected '}' before end of string
show(lambda: '{0!'.format(1))  # expect: ValueError end of string while looking for conversion specifier
show(lambda: '{0!r'.format(1))  # expect: ValueError unmatched '{' in format spec
show(lambda: '{0!x}'.format(1))  # expect: ValueError Unknown conversion specifier x
show(lambda: '{0!rx}'.format(1))  # expect: ValueError expected ':' after conversion specifier
show(lambda: '{0:{}'.format(1))  # expect: ValueError unmatched '{' in format spec
show(lambda: '{a{}'.format())  # expect: ValueError unexpected '{' in field name
show(lambda: '{0[}'.format([1]))  # expect: ValueError expected '}' before end of string
show(lambda: '{0.}'.format(1))  # expect: ValueError Empty attribute in format string
show(lambda: '{0[]}'.format([1]))  # expect: ValueError Empty attribute in format string
show(lambda: '{0]}'.format([1]))  # expect: KeyError '0]'
show(lambda: '{0[0]x}'.format([1]))  # expect: ValueError Only '.' or '[' may follow ']' in format field specifier
show(lambda: '{} {0}'.format(1))  # expect: ValueError cannot switch from automatic field numbering to manual field specification
show(lambda: '{0} {}'.format(1))  # expect: ValueError cannot switch from manual field specification to automatic field numbering
show(lambda: '{1}'.format(1))  # expect: IndexError Replacement index 1 out of range for positional args tuple
show(lambda: '{}'.format())  # expect: IndexError Replacement index 0 out of range for positional args tuple
show(lambda: '{x}'.format())  # expect: KeyError 'x'
show(lambda: '{x}'.format_map({}))  # expect: KeyError 'x'
show(lambda: '{}'.format_map({}))  # expect: ValueError Format string contains positional fields
show(lambda: '{0:{1:{2}}}'.format(1,2,3))  # expect: ValueError Max string recursion exceeded
show(lambda: '{:d}'.format('a'))  # expect: ValueError Unknown format code 'd' for object of type 'str'
show(lambda: '{:s}'.format(1))  # expect: ValueError Unknown format code 's' for object of type 'int'
show(lambda: '{0.real}'.format(1))  # expect: '1'
show(lambda: '{0.nope}'.format(1))  # expect: AttributeError 'int' object has no attribute 'nope'
show(lambda: '{0[1]}'.format('ab'))  # expect: 'b'
show(lambda: '{0[a]}'.format({'a': 5}))  # expect: '5'
show(lambda: '{0[0]}'.format({0: 'z'}))  # expect: 'z'
show(lambda: '{0[5]}'.format([1]))  # expect: IndexError list index out of range
show(lambda: '{0[-1]}'.format([1]))  # expect: TypeError list indices must be integers or slices, not str
show(lambda: '{99999999999999999999}'.format(1))  # expect: ValueError Too many decimal digits in format string
show(lambda: '{!r}'.format('x'))  # expect: "'x'"
show(lambda: '{0!s:>5}'.format(1))  # expect: '    1'
show(lambda: '{:>{w}}'.format(1, w=4))  # expect: '   1'
show(lambda: '{0:}'.format(3))  # expect: '3'
show(lambda: '{:{}}'.format(5, 3))  # expect: '  5'
show(lambda: '{}{}'.format(1))  # expect: IndexError Replacement index 1 out of range for positional args tuple
show(lambda: '{0!}'.format(1))  # expect: ValueError unmatched '{' in format spec
show(lambda: '{:x<4}'.format(1))  # expect: '1xxx'
show(lambda: '{:>5}'.format([1]))  # expect: TypeError unsupported format string passed to list.__format__
show(lambda: '{:}'.format([1]))  # expect: '[1]'
show(lambda: '{0[0][1]}'.format([[1,2]]))  # expect: '2'
show(lambda: '{a.b}'.format(a=1))  # expect: AttributeError 'int' object has no attribute 'b'
show(lambda: '{!a}'.format('é'))  # expect: "'\\xe9'"
show(lambda: '{:{}}{}'.format(1,2,3))  # expect: ' 13'
show(lambda: '{0}{1}'.format(*'ab'))  # expect: 'ab'
show(lambda: '{ }'.format(**{' ': 1}))  # expect: '1'
show(lambda: '{-1}'.format(**{'-1': 'neg'}))  # expect: 'neg'
show(lambda: '{0:{a}}'.format(1, a='>3'))  # expect: '  1'
show(lambda: '{0!r:^9}'.format('hi'))  # expect: "  'hi'   "
show(lambda: '{0!\x01}'.format(1))  # expect: ValueError Unknown conversion specifier \x1
show(lambda: '{0[}]}'.format({'}': 1}))  # expect: '1'
show(lambda: '{0:}}'.format(1))  # expect: ValueError Single '}' encountered in format string
show(lambda: '{0:{{}}}'.format(1))  # expect: ValueError Invalid format specifier '{}' for object of type 'int'
show(lambda: '{:{:{}}}'.format(1, 2, 3))  # expect: ValueError Max string recursion exceeded
show(lambda: '{:{:{:{}}}}'.format(1,2,3,4))  # expect: ValueError Max string recursion exceeded
