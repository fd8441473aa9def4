# Classes that CPython writes in C (datetime.date, decimal.Decimal, itertools.count,
# collections.OrderedDict, functools.partial) are named with their module in messages.
import datetime, decimal, itertools, collections, functools
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
t(lambda: datetime.date(2020,1,1) + 1)
t(lambda: datetime.date(2020,1,1) < 1)
t(lambda: decimal.Decimal(1) + "a")
t(lambda: datetime.timedelta(1).nope)
t(lambda: datetime.datetime(2020,1,1)())
t(lambda: iter(datetime.date(2020,1,1)))
t(lambda: itertools.count()[0])
t(lambda: collections.OrderedDict() + 1)
t(lambda: functools.partial(print) + 1)
class date: pass
t(lambda: date() + 1)

# expect: TypeError unsupported operand type(s) for +: 'datetime.date' and 'int'
# expect: TypeError '<' not supported between instances of 'datetime.date' and 'int'
# expect: TypeError unsupported operand type(s) for +: 'decimal.Decimal' and 'str'
# expect: AttributeError 'datetime.timedelta' object has no attribute 'nope'
# expect: TypeError 'datetime.datetime' object is not callable
# expect: TypeError 'datetime.date' object is not iterable
# expect: TypeError 'itertools.count' object is not subscriptable
# expect: TypeError unsupported operand type(s) for +: 'collections.OrderedDict' and 'int'
# expect: TypeError unsupported operand type(s) for +: 'functools.partial' and 'int'
# expect: TypeError unsupported operand type(s) for +: 'date' and 'int'
