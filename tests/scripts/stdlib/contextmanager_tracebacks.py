# An exception leaving a @contextmanager's with block keeps the traceback it had there, without
# the generator's frames; the decorated function keeps its name, qualified name and __wrapped__.
import traceback
from contextlib import contextmanager

@contextmanager
def cm():
    yield

class K:
    @contextmanager
    def cm(self):
        yield self

print(K.cm.__qualname__, hasattr(K.cm, "__wrapped__"), cm.__name__)
try:
    with cm():
        1 / 0
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, "F"))
try:
    with K().cm():
        raise KeyError("k")
except KeyError:
    print(traceback.format_exc().replace(__file__, "F"))

# expect: K.cm True cm
# expect: Traceback (most recent call last):
# expect:   File "F", line 18, in <module>
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "F", line 23, in <module>
# expect:     raise KeyError("k")
# expect: KeyError: 'k'
# expect: 
