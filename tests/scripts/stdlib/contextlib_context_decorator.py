# contextlib.ContextDecorator: a context manager class that decorates functions; and
# @contextmanager managers used as decorators, a fresh manager per call.
from contextlib import ContextDecorator, contextmanager
class track(ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0].__name__ if exc[0] else None); return False
@track()
def work(x):
    """doc"""
    print("work", x); return x * 2
print(work(3), work.__name__, work.__doc__)
with track(): print("inside")
@contextmanager
def tag(n):
    print("<%s>" % n); yield; print("</%s>" % n)
@tag("b")
def bold(): print("text")
bold(); bold()
print(bold.__name__)

# expect: enter
# expect: work 3
# expect: exit None
# expect: 6 work doc
# expect: enter
# expect: inside
# expect: exit None
# expect: <b>
# expect: text
# expect: </b>
# expect: <b>
# expect: text
# expect: </b>
# expect: bold
