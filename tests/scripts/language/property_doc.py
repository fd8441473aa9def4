# A property's __doc__: the one given, else its getter's, else None; read many times (each
# read hands out one reference, which the leak check at the end of the run counts).
def getter(self):
    "the getter's doc"
    return 1
def bare(self):
    return 2
given = property(getter, doc="given doc")
from_getter = property(getter)
none_at_all = property(bare)
no_getter = property()
for _ in range(3):
    docs = [given.__doc__, from_getter.__doc__, none_at_all.__doc__, no_getter.__doc__]
print(docs)
class C:
    @property
    def value(self):
        """The value."""
        return 5
print(C.value.__doc__, C().value, type(C.__dict__["value"]).__name__)
# expect: ['given doc', "the getter's doc", None, None]
# expect: The value. 5 property
