# dict methods: keys values items get setdefault pop popitem update clear copy fromkeys.


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}
print(d.keys(), d.values(), d.items())  # expect: dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)])
print(list(d.keys()), list(d.values()), list(d.items()), len(d.keys()))  # expect: ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)] 3
print("a" in d.keys(), ("a", 1) in d.items(), 2 in d.values())  # expect: True True True
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))  # expect: 1 None 0 1
print(d.setdefault("a", 100), d.setdefault("d"), d.setdefault("e", [1]), d)  # expect: 1 None [1] {'a': 1, 'b': 2, 'c': 3, 'd': None, 'e': [1]}
d.setdefault("e", []).append(2)
print(d["e"])  # expect: [1, 2]
print(d.pop("d"), d.pop("zz", "default"), d.pop("e"), d)  # expect: None default [1, 2] {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d)  # expect: ('c', 3) {'a': 1, 'b': 2}
d["x"] = 10
print(d.popitem(), d.popitem(), d.popitem(), d)  # expect: ('x', 10) ('b', 2) ('a', 1) {}
d.update({"k": 1, "j": 2})
print(d)  # expect: {'k': 1, 'j': 2}
d.update([("k", 10), ("m", 3)])
print(d)  # expect: {'k': 10, 'j': 2, 'm': 3}
d.update(k=100, n=4)
print(d)  # expect: {'k': 100, 'j': 2, 'm': 3, 'n': 4}
d.update({"z": 0}, k=0)
print(d)  # expect: {'k': 0, 'j': 2, 'm': 3, 'n': 4, 'z': 0}
d.update()
d.update(zip("pq", (7, 8)))
d.update([["r", 9]])
d.update(["st"])
print(d)  # expect: {'k': 0, 'j': 2, 'm': 3, 'n': 4, 'z': 0, 'p': 7, 'q': 8, 'r': 9, 's': 't'}
d.update(d)
print(d)  # expect: {'k': 0, 'j': 2, 'm': 3, 'n': 4, 'z': 0, 'p': 7, 'q': 8, 'r': 9, 's': 't'}
e = d.copy()
e["new"] = True
print(len(d), len(e), "new" in d, e is d)  # expect: 9 10 False False
e.clear()
print(e, len(e))  # expect: {} 0
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), "x"), dict.fromkeys([]))  # expect: {'a': None, 'b': None, 'c': None} {1: 0, 2: 0} {0: 'x', 1: 'x', 2: 'x'} {}
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)  # expect: {'a': [1], 'b': [1]}
keys = d.keys()
d["late"] = 1
print(keys)  # expect: dict_keys(['k', 'j', 'm', 'n', 'z', 'p', 'q', 'r', 's', 'late'])
vals = d.values()
del d["late"]
print(len(vals), sorted(d.items())[:2])  # expect: 9 [('j', 2), ('k', 0)]
print({}.get(1), {1: None}.get(1, 5), {(1, 2): "t"}.get((1, 2)), {1: "int"}.get(1.0), {True: "b"}.get(1))  # expect: None None t int b
print(d.__contains__("k"), d.__contains__("nope"))  # expect: True False


class Mapping:
    def keys(self):
        return ["u", "v"]

    def __getitem__(self, key):
        return key * 2


d2 = {}
d2.update(Mapping())
print(d2)  # expect: {'u': 'uu', 'v': 'vv'}
order = {}
for k in "hello":
    order[k] = order.get(k, 0) + 1
print(order)  # expect: {'h': 1, 'e': 1, 'l': 2, 'o': 1}
order.pop("h")
order["h"] = 9
print(order, order.popitem())  # expect: {'e': 1, 'l': 2, 'o': 1} ('h', 9)
show_error(lambda: {}.popitem())  # expect: KeyError 'popitem(): dictionary is empty'
show_error(lambda: {}.pop("missing"))  # expect: KeyError 'missing'
show_error(lambda: {}.pop(("t", 1)))  # expect: KeyError ('t', 1)
show_error(lambda: {}.pop())  # expect: TypeError pop expected at least 1 argument, got 0
show_error(lambda: {}.get())  # expect: TypeError get expected at least 1 argument, got 0
show_error(lambda: {}.get(1, 2, 3))  # expect: TypeError get expected at most 2 arguments, got 3
show_error(lambda: {}.get([]))  # expect: TypeError unhashable type: 'list'
show_error(lambda: {}.get(k=1))  # expect: TypeError dict.get() takes no keyword arguments
show_error(lambda: {}.setdefault())  # expect: TypeError setdefault expected at least 1 argument, got 0
show_error(lambda: {}.setdefault([], 1))  # expect: TypeError unhashable type: 'list'
show_error(lambda: {}.update(1))  # expect: TypeError 'int' object is not iterable
show_error(lambda: {}.update([1]))  # expect: TypeError cannot convert dictionary update sequence element #0 to a sequence
show_error(lambda: {}.update([(1, 2, 3)]))  # expect: ValueError dictionary update sequence element #0 has length 3; 2 is required
show_error(lambda: {}.update(["abc"]))  # expect: ValueError dictionary update sequence element #0 has length 3; 2 is required
show_error(lambda: {}.update({}, {}))  # expect: TypeError update expected at most 1 argument, got 2
show_error(lambda: {}.keys(1))  # expect: TypeError dict.keys() takes no arguments (1 given)
show_error(lambda: {}.copy(1))  # expect: TypeError dict.copy() takes no arguments (1 given)
show_error(lambda: {}.clear(1))  # expect: TypeError dict.clear() takes no arguments (1 given)
show_error(lambda: dict.fromkeys())  # expect: TypeError fromkeys expected at least 1 argument, got 0
show_error(lambda: dict.fromkeys(1))  # expect: TypeError 'int' object is not iterable
show_error(lambda: dict.fromkeys([[]]))  # expect: TypeError unhashable type: 'list'
show_error(lambda: dict.get([], 1))  # expect: TypeError descriptor 'get' for 'dict' objects doesn't apply to a 'list' object
big = {}
for i in range(100):
    big[i] = i * i
for i in range(0, 100, 2):
    big.pop(i)
print(len(big), big.popitem(), big.get(51), sum(big.values()))  # expect: 50 (99, 9801) 2601 156849
