# string.Template subclasses that change the placeholder syntax: delimiter with idpattern,
# braceidpattern, flags, and a whole pattern; errors and get_identifiers through them.
import re
import string


class Percent(string.Template):
    delimiter = "%"
    idpattern = "[a-z]+_[a-z]+"


t = Percent("%with_under %plain %%")
print(t.safe_substitute(with_under="X", plain="Y"), isinstance(t.pattern, re.Pattern))
# expect: X %plain % True
try:
    t.substitute(with_under="X")
except ValueError as e:
    print("ValueError", e)  # expect: ValueError Invalid placeholder in string: line 1, col 13


class Braced(string.Template):
    braceidpattern = r"[A-Z][a-z]+"


print(Braced("$x ${Name} ${lower}").safe_substitute(x=1, Name="N", lower="L"))  # expect: 1 N L


class CaseSensitive(string.Template):
    flags = 0
    idpattern = "[a-z]+"


print(CaseSensitive("$abc $ABC").safe_substitute(abc="low", ABC="up"))  # expect: low $ABC


class Custom(string.Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>) |
      (?P<invalid>)
    )
    """


c = Custom("Hello [[name]]! [[[[ [[x")
print(c.safe_substitute(name="World"), c.get_identifiers())  # expect: Hello World! $ [[x ['name', '']
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"))  # expect: tim likes kung pao
print(Percent("%a_b and %c_d").get_identifiers(), Percent("%a_b").is_valid(), Percent("% x").is_valid())
# expect: ['a_b', 'c_d'] True False
