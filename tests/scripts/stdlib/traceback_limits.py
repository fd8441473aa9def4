# traceback.print_exc and format_exc honour limit= and chain=.
import traceback


def inner():
    raise KeyError("inner")


def middle():
    try:
        inner()
    except KeyError as e:
        raise ValueError("outer") from e


def outer():
    middle()


try:
    outer()
except ValueError:
    for kw in ({}, {"limit": 1}, {"chain": False}, {"limit": -1, "chain": False}, {"limit": 0}):
        print("==", kw)
        print(traceback.format_exc(**kw).replace(__file__, "FILE"), end="")
    import io
    buf = io.StringIO()
    traceback.print_exc(limit=1, chain=False, file=buf)
    print(buf.getvalue().replace(__file__, "FILE"), end="")

# expect: == {}
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 11, in middle
# expect:     inner()
# expect:   File "FILE", line 6, in inner
# expect:     raise KeyError("inner")
# expect: KeyError: 'inner'
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 21, in <module>
# expect:     outer()
# expect:   File "FILE", line 17, in outer
# expect:     middle()
# expect:   File "FILE", line 13, in middle
# expect:     raise ValueError("outer") from e
# expect: ValueError: outer
# expect: == {'limit': 1}
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 11, in middle
# expect:     inner()
# expect: KeyError: 'inner'
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 21, in <module>
# expect:     outer()
# expect: ValueError: outer
# expect: == {'chain': False}
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 21, in <module>
# expect:     outer()
# expect:   File "FILE", line 17, in outer
# expect:     middle()
# expect:   File "FILE", line 13, in middle
# expect:     raise ValueError("outer") from e
# expect: ValueError: outer
# expect: == {'limit': -1, 'chain': False}
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 13, in middle
# expect:     raise ValueError("outer") from e
# expect: ValueError: outer
# expect: == {'limit': 0}
# expect: KeyError: 'inner'
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: ValueError: outer
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 21, in <module>
# expect:     outer()
# expect: ValueError: outer
