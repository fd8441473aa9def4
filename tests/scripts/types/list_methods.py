# list methods: append extend insert remove pop clear index count sort reverse copy.


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


a = [3, 1, 2]
a.append(4)
a.append([5])
print(a)  # expect: [3, 1, 2, 4, [5]]
a.extend((6, 7))
a.extend("xy")
a.extend(range(2))
a.extend(x * 10 for x in range(3))
print(a)  # expect: [3, 1, 2, 4, [5], 6, 7, 'x', 'y', 0, 1, 0, 10, 20]
b = [1, 2]
b.extend(b)
print(b)  # expect: [1, 2, 1, 2]
c = []
c.insert(0, "a")
c.insert(100, "z")
c.insert(-100, "first")
c.insert(-1, "before z")
c.insert(True, "one")
print(c)  # expect: ['first', 'one', 'a', 'before z', 'z']
print(c.pop(), c.pop(0), c.pop(-1), c)  # expect: z first before z ['one', 'a']
r = [1, 2, 3, 2, 1]
r.remove(2)
print(r)  # expect: [1, 3, 2, 1]
r.remove(1)
print(r, r.index(2), r.index(1), r.count(2), r.count(9))  # expect: [3, 2, 1] 1 2 1 0
items = [0, 1, 2, 1, 0, 1]
print(items.index(1, 2), items.index(1, -2), items.index(0, 1, 5), items.index(1, -100, 100))  # expect: 3 5 4 1
print([1.0, 2].index(2.0), [1, 2].count(1.0), [[1], [1]].count([1]))  # expect: 1 1 2
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)  # expect: [1, 2, 3, 5, 8, 9]
nums.sort(reverse=True)
print(nums)  # expect: [9, 8, 5, 3, 2, 1]
words = ["banana", "Apple", "cherry", "date", "Elder"]
words.sort()
print(words)  # expect: ['Apple', 'Elder', 'banana', 'cherry', 'date']
words.sort(key=str.lower)
print(words)  # expect: ['Apple', 'banana', 'cherry', 'date', 'Elder']
words.sort(key=len, reverse=True)
print(words)  # expect: ['banana', 'cherry', 'Apple', 'Elder', 'date']
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)  # expect: [(1, 'z'), (1, 'y'), (2, 'b'), (2, 'a')]
pairs.sort(key=None, reverse=False)
print(pairs)  # expect: [(1, 'y'), (1, 'z'), (2, 'a'), (2, 'b')]
n = [3, 1, 2]
n.reverse()
print(n)  # expect: [2, 1, 3]
d = n.copy()
d.append(99)
print(n, d, d is n)  # expect: [2, 1, 3] [2, 1, 3, 99] False
d.clear()
print(d, len(d))  # expect: [] 0
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(3)
print(nested, shallow)  # expect: [[1, 2, 3], [3]] [[1, 2, 3], [3]]
empty = []
empty.reverse()
empty.sort()
print(empty, empty.copy())  # expect: [] []
print(a.append(1), a.sort(key=lambda x: str(x)), a)  # expect: None None [0, 0, 1, 1, 1, 10, 2, 20, 3, 4, 6, 7, [5], 'x', 'y']
show_error(lambda: [].pop())  # expect: IndexError pop from empty list
show_error(lambda: [1].pop(5))  # expect: IndexError pop index out of range
show_error(lambda: [1].pop(-2))  # expect: IndexError pop index out of range
show_error(lambda: [1].pop("a"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show_error(lambda: [1].remove(2))  # expect: ValueError list.remove(x): x not in list
show_error(lambda: [1, 2].index(5))  # expect: ValueError 5 is not in list
show_error(lambda: ["a"].index("b"))  # expect: ValueError 'b' is not in list
show_error(lambda: [1, 2, 3].index(1, 1))  # expect: ValueError 1 is not in list
show_error(lambda: [1].index(1, "a"))  # expect: TypeError slice indices must be integers or have an __index__ method
show_error(lambda: [].index())  # expect: TypeError index expected at least 1 argument, got 0
show_error(lambda: [].index(1, 2, 3, 4))  # expect: TypeError index expected at most 3 arguments, got 4
show_error(lambda: [].insert(1))  # expect: TypeError insert expected 2 arguments, got 1
show_error(lambda: [].insert("a", 1))  # expect: TypeError 'str' object cannot be interpreted as an integer
show_error(lambda: [].append())  # expect: TypeError list.append() takes exactly one argument (0 given)
show_error(lambda: [].append(1, 2))  # expect: TypeError list.append() takes exactly one argument (2 given)
show_error(lambda: [].append(x=1))  # expect: TypeError list.append() takes no keyword arguments
show_error(lambda: [].extend(5))  # expect: TypeError 'int' object is not iterable
show_error(lambda: [].count())  # expect: TypeError list.count() takes exactly one argument (0 given)
show_error(lambda: [].reverse(1))  # expect: TypeError list.reverse() takes no arguments (1 given)
show_error(lambda: [].copy(1))  # expect: TypeError list.copy() takes no arguments (1 given)
show_error(lambda: [].clear(1))  # expect: TypeError list.clear() takes no arguments (1 given)
show_error(lambda: [].pop(1, 2))  # expect: TypeError pop expected at most 1 argument, got 2
show_error(lambda: [3, "a"].sort())  # expect: TypeError '<' not supported between instances of 'str' and 'int'
show_error(lambda: [].sort(1))  # expect: TypeError sort() takes no positional arguments
show_error(lambda: [].sort(cmp=1))  # expect: TypeError 'cmp' is an invalid keyword argument for sort()
show_error(lambda: [1, 2].sort(key=1))  # expect: TypeError 'int' object is not callable
show_error(lambda: [1, 2].sort(reverse="x"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show_error(lambda: list.append(1, 2))  # expect: TypeError descriptor 'append' for 'list' objects doesn't apply to a 'int' object


class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "Box(%r)" % self.v


boxes = [Box(3), Box(1), Box(2)]
boxes.sort()
print(boxes, boxes.index(Box(2)), boxes.count(Box(1)))  # expect: [Box(1), Box(2), Box(3)] 1 1
boxes.remove(Box(1))
print(boxes)  # expect: [Box(2), Box(3)]
show_error(lambda: boxes.index(Box(7)))  # expect: ValueError Box(7) is not in list
m = [1, 2, 3]
m.sort(key=lambda x: -x)
print(m)  # expect: [3, 2, 1]
x = [1, 2]
x.append(x)
print(x, x.count(x), x.index(x))  # expect: [1, 2, [...]] 1 2
x.pop()
print(x)  # expect: [1, 2]
