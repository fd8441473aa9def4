# throw() and close() on a generator suspended in yield from reach the generator it delegates
# to, as in CPython (an asyncio task's cancellation relies on it).
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer next"

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(next(g, "end"))
g = outer()
next(g)
g.close()
print("closed")
def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "after"
g = outer2()
next(g)
print(g.throw(KeyError("k")))
# expect: 1
# expect: inner caught boom
# expect: recovered
# expect: inner finally
# expect: outer got inner result
# expect: outer next
# expect: end
# expect: inner finally
# expect: closed
# expect: outer caught KeyError('k')
# expect: after
