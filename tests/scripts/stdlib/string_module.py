# string: constants, capwords, Template (substitute, safe_substitute, errors, identifiers);
# the output CPython 3.11 printed.
import string
from string import Template
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
t = Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(Template("$who and $missing").safe_substitute(who="x"))
try: Template("$who").substitute()
except KeyError as e: print("KeyError:", e)
try: Template("bad $ here").substitute()
except ValueError as e: print("ValueError:", e)
print(Template("$a $b ${c}").get_identifiers(), Template("$a").is_valid(), Template("$").is_valid())
print(string.Formatter().format("{0}-{x}", 1, x=2))
# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ ' \t\n\r\x0b\x0c' 100
# expect: Hello World Foo A-B c-D
# expect: tim likes kung pao; costs $5 ann likes tea; costs $5
# expect: x and $missing
# expect: KeyError: 'who'
# expect: ValueError: Invalid placeholder in string: line 1, col 5
# expect: ['a', 'b', 'c'] True False
# expect: 1-2
