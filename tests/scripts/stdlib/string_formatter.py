# string.Formatter: parse (escapes, nested specs, conversions and CPython's errors),
# vformat with automatic and manual numbering, attribute and index fields, recursion
# limits, and a subclass overriding get_value, check_unused_args, format_field, convert_field.
import string
F = string.Formatter()
for s in ["a{{b", "a}}b", "x{0!r:>5}y{1}", "{a.b[0]}", "{0[1]:{2}}", "}", "{", "a{0", "{0!}", "{0!rr}", "{:}", "{!r}", "{0:{1:{2}}}", "{[}", "{0[}"]:
    try:
        print(repr(s), list(F.parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
class P: x = 5
for s, a, k in [("{0}-{x:>4}", (1,), {"x": "ab"}), ("{} {}", (1, 2), {}), ("{0.x} {1[k]} {2!r}", (P, {"k": 3}, "s"), {}),
                ("{:{}}", ("a", 5), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{a.}", (), {"a": 1}), ("{0[0}", ([1],), {}),
                ("{0]x}", (1,), {}), ("{0!x}", (1,), {}), ("{5}", (1,), {}), ("{nope}", (), {}), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4), {}),
                ("{0[0]x}", ([1],), {})]:
    try:
        print(repr(s), repr(F.vformat(s, a, k)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused: raise ValueError("unused: %s" % sorted(unused))
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<%s>" % key) if isinstance(key, str) else super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def convert_field(self, value, conv):
        return "CONV" if conv == "c" else super().convert_field(value, conv)
S = Strict()
print(S.format("{a} {b} {0}", "z", a="x"))
print(S.format("{a!c} {b!s}", a=1, b="q"))
try: S.format("{a}", a=1, extra=2)
except ValueError as e: print(e)
print(S.get_field("a.real", (), {"a": 3}))
print(type(F.parse("")).__name__ in ("generator", "formatteriterator"))

# expect: 'a{{b' [('a{', None, None, None), ('b', None, None, None)]
# expect: 'a}}b' [('a}', None, None, None), ('b', None, None, None)]
# expect: 'x{0!r:>5}y{1}' [('x', '0', '>5', 'r'), ('y', '1', '', None)]
# expect: '{a.b[0]}' [('', 'a.b[0]', '', None)]
# expect: '{0[1]:{2}}' [('', '0[1]', '{2}', None)]
# expect: '}' ValueError Single '}' encountered in format string
# expect: '{' ValueError Single '{' encountered in format string
# expect: 'a{0' ValueError expected '}' before end of string
# expect: '{0!}' ValueError unmatched '{' in format spec
# expect: '{0!rr}' ValueError expected ':' after conversion specifier
# expect: '{:}' [('', '', '', None)]
# expect: '{!r}' [('', '', '', 'r')]
# expect: '{0:{1:{2}}}' [('', '0', '{1:{2}}', None)]
# expect: '{[}' ValueError expected '}' before end of string
# expect: '{0[}' ValueError expected '}' before end of string
# expect: '{0}-{x:>4}' '1-  ab'
# expect: '{} {}' '1 2'
# expect: '{0.x} {1[k]} {2!r}' "5 3 's'"
# expect: '{:{}}' 'a    '
# expect: '{0} {}' ValueError cannot switch from manual field specification to automatic field numbering
# expect: '{} {0}' ValueError cannot switch from manual field specification to automatic field numbering
# expect: '{a.}' ValueError Empty attribute in format string
# expect: '{0[0}' ValueError expected '}' before end of string
# expect: '{0]x}' KeyError '0]x'
# expect: '{0!x}' ValueError Unknown conversion specifier x
# expect: '{5}' IndexError tuple index out of range
# expect: '{nope}' KeyError 'nope'
# expect: '{0:{1:{2:{3}}}}' ValueError Max string recursion exceeded
# expect: '{0[0]x}' ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: X <B> Z
# expect: CONV Q
# expect: unused: ['extra']
# expect: (3, 'a')
# expect: True
