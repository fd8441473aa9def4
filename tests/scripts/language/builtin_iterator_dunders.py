# Built-in iterators have __iter__ and __next__ as attributes, and dict views __len__,
# __contains__ and __iter__ (but no indexing), as in CPython.
it = iter([1, 2])
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("stop")
print(iter(range(3)).__next__(), iter('ab').__next__(), iter({1: 2}).__next__(), iter((1,)).__next__(), iter({5}).__next__())
print(enumerate('x').__next__(), zip('a', 'b').__next__(), map(str, [1]).__next__(), reversed([1, 2]).__next__())
print(iter({1: 2}.items()).__next__(), list({1: 2}.keys().__iter__()), {1: 2}.keys().__len__(), 1 in {1: 2}.keys())
e = enumerate([1]); print(e.__iter__() is e)
print(type(iter([])).__name__, type(iter(range(1))).__name__)
# expect: 1 2
# expect: stop
# expect: 0 a 1 1 5
# expect: (0, 'x') ('a', 'b') 1 2
# expect: (1, 2) [1] 1 True
# expect: True
# expect: list_iterator range_iterator
