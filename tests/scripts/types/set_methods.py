# set and frozenset methods, with iterables of every kind as arguments.


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))  # expect: {1, 2, 3, 4} 4
s.remove(4)
s.discard(10)
s.discard(3)
print(s)  # expect: {1, 2}
print(s.pop(), s.pop(), s)  # expect: 1 2 set()
s = set(range(10))
print(s.pop(), s.pop(), s.pop(), s)  # expect: 0 1 2 {3, 4, 5, 6, 7, 8, 9}
s.add(0)
print(s.pop(), s)  # expect: 3 {0, 4, 5, 6, 7, 8, 9}
s.clear()
print(s, len(s))  # expect: set() 0
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.union(), a.union([7], (8,), range(9, 11)), a.union("ab") == a | {"a", "b"})  # expect: {1, 2, 3, 4, 5, 6} {1, 2, 3, 4} {1, 2, 3, 4, 7, 8, 9, 10} True
print(a.intersection(b), a.intersection([1, 2, 99]), a.intersection(b, [4, 3, 0]), a.intersection())  # expect: {3, 4} {1, 2} {3, 4} {1, 2, 3, 4}
print(a.difference(b), a.difference([1], (2,)), a.difference(), a.difference(a))  # expect: {1, 2} {3, 4} {1, 2, 3, 4} set()
print(a.symmetric_difference(b), a.symmetric_difference([1, 1, 10]), a.symmetric_difference(a))  # expect: {1, 2, 5, 6} {2, 3, 4, 10} set()
print(a.issubset(b), {3}.issubset(b), {3}.issubset([3, 4]), set().issubset([]), a.issubset(a))  # expect: False True True True True
print(a.issuperset({1, 2}), a.issuperset([1, 9]), a.issuperset(range(1, 5)), a.issuperset([]))  # expect: True False True True
print(a.isdisjoint(b), a.isdisjoint({7, 8}), a.isdisjoint([]), a.isdisjoint(x for x in [0, 4]))  # expect: False True True False
print(a, b)  # expect: {1, 2, 3, 4} {3, 4, 5, 6}
c = a.copy()
c.update([10], {11}, "z")
print(c == a, len(c), 10 in c, "z" in c)  # expect: False 7 True True
c = {1, 2, 3, 4, 5}
c.intersection_update([1, 2, 3], {2, 3, 4})
print(c)  # expect: {2, 3}
c = {1, 2, 3, 4, 5}
c.difference_update({1}, [5, 6])
print(c)  # expect: {2, 3, 4}
c.symmetric_difference_update([3, 4, 9, 9])
print(c)  # expect: {2, 9}
c.update()
c.difference_update(c)
print(c)  # expect: set()
d = {1, 2}
d.symmetric_difference_update(d)
print(d)  # expect: set()
e = {1, 2}
e.intersection_update(e)
print(e)  # expect: {1, 2}
f = frozenset([1, 2, 3])
print(f.union([4]), f.intersection({2, 3, 9}), f.difference([1]), f.symmetric_difference({3, 4}))  # expect: frozenset({1, 2, 3, 4}) frozenset({2, 3}) frozenset({2, 3}) frozenset({1, 2, 4})
print(f.copy(), f.issubset(range(5)), f.issuperset({1}), f.isdisjoint([7]), type(f.union()).__name__)  # expect: frozenset({1, 2, 3}) True True True frozenset
print({1, 2}.union(f), type({1}.union(f)).__name__, type(f.intersection({1})).__name__)  # expect: {1, 2, 3} set frozenset
words = {"apple", "banana"}
words.add("cherry")
print(sorted(words), "apple" in words)  # expect: ['apple', 'banana', 'cherry'] True
words.remove("apple")
print(sorted(words))  # expect: ['banana', 'cherry']
t = {(1, 2), (3, 4)}
t.discard((1, 2))
print(t)  # expect: {(3, 4)}
n = {1, 2.0, True}
print(n, len(n))  # expect: {1, 2.0} 2
fs = {frozenset({1})}
fs.add(frozenset([1]))
print(fs)  # expect: {frozenset({1})}
print(hasattr(frozenset(), "add"), hasattr(frozenset(), "union"), hasattr(set(), "update"))  # expect: False True True
show_error(lambda: set().pop())  # expect: KeyError 'pop from an empty set'
show_error(lambda: {1}.remove(2))  # expect: KeyError 2
show_error(lambda: {1}.remove((1, 2)))  # expect: KeyError (1, 2)
show_error(lambda: {1}.add([]))  # expect: TypeError unhashable type: 'list'
show_error(lambda: {1}.add())  # expect: TypeError set.add() takes exactly one argument (0 given)
show_error(lambda: {1}.discard([]))  # expect: TypeError unhashable type: 'list'
show_error(lambda: {1}.update(5))  # expect: TypeError 'int' object is not iterable
show_error(lambda: {1}.union([1], 2))  # expect: TypeError 'int' object is not iterable
show_error(lambda: {1}.intersection(3))  # expect: TypeError 'int' object is not iterable
show_error(lambda: {1}.difference(None))  # expect: TypeError 'NoneType' object is not iterable
show_error(lambda: {1}.symmetric_difference())  # expect: TypeError set.symmetric_difference() takes exactly one argument (0 given)
show_error(lambda: {1}.symmetric_difference([], []))  # expect: TypeError set.symmetric_difference() takes exactly one argument (2 given)
show_error(lambda: {1}.issubset(1))  # expect: TypeError 'int' object is not iterable
show_error(lambda: {1}.issuperset())  # expect: TypeError set.issuperset() takes exactly one argument (0 given)
show_error(lambda: {1}.isdisjoint(1))  # expect: TypeError 'int' object is not iterable
show_error(lambda: {1}.union(x=1))  # expect: TypeError set.union() takes no keyword arguments
show_error(lambda: {1}.copy(1))  # expect: TypeError set.copy() takes no arguments (1 given)
show_error(lambda: frozenset().add(1))  # expect: AttributeError 'frozenset' object has no attribute 'add'
show_error(lambda: frozenset().pop())  # expect: AttributeError 'frozenset' object has no attribute 'pop'
show_error(lambda: frozenset().copy(1))  # expect: TypeError frozenset.copy() takes no arguments (1 given)
show_error(lambda: set.add(frozenset(), 1))  # expect: TypeError descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object
