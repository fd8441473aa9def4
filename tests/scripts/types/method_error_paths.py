# Methods whose callbacks or arguments fail part-way: the error surfaces unchanged and every
# temporary object is released (the program must end with no live references).


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Boom:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        raise RuntimeError("eq " + self.tag)

    def __hash__(self):
        return 1

    def __lt__(self, other):
        raise RuntimeError("lt " + self.tag)

    def __format__(self, spec):
        raise ValueError("format " + spec)

    def __repr__(self):
        return "Boom(" + self.tag + ")"


def failing_key(x):
    if x == 3:
        raise KeyError(x)
    return -x


def pairs_then_fail():
    yield ("a", 1)
    yield ("b", 2)
    raise IndexError("generator failed")


def items_then_fail():
    yield "x"
    yield "y"
    raise ZeroDivisionError("no more")


data = [1, 2, 3, 4]
show(lambda: data.sort(key=failing_key))  # expect: KeyError 3
print(data)  # expect: [1, 2, 3, 4]
show(lambda: [Boom("a"), Boom("b")].sort())  # expect: RuntimeError lt b
show(lambda: [1, Boom("c")].index(5))  # expect: RuntimeError eq c
show(lambda: [Boom("d")].remove(1))  # expect: RuntimeError eq d
show(lambda: [Boom("e")].count(1))  # expect: RuntimeError eq e
show(lambda: (Boom("f"),).index(1))  # expect: RuntimeError eq f
d = {}
show(lambda: d.update(pairs_then_fail()))  # expect: IndexError generator failed
print(d)  # expect: {'a': 1, 'b': 2}
show(lambda: d.update([("c", 3), ("d",)]))  # expect: ValueError dictionary update sequence element #1 has length 1; 2 is required
print(d)  # expect: {'a': 1, 'b': 2, 'c': 3}
show(lambda: dict.fromkeys(items_then_fail(), []))  # expect: ZeroDivisionError no more
show(lambda: dict.fromkeys(["ok", []]))  # expect: TypeError unhashable type: 'list'
s = {1, 2}
show(lambda: s.update([3], items_then_fail()))  # expect: ZeroDivisionError no more
print(sorted(s, key=str))  # expect: [1, 2, 3, 'x', 'y']
show(lambda: s.union([4], [[5]]))  # expect: TypeError unhashable type: 'list'
show(lambda: s.intersection(items_then_fail()))  # expect: ZeroDivisionError no more
show(lambda: s.difference([1], {}, 7))  # expect: TypeError 'int' object is not iterable
show(lambda: s.issubset(items_then_fail()))  # expect: ZeroDivisionError no more
show(lambda: {Boom("g")}.add(Boom("h")))  # expect: RuntimeError eq g
show(lambda: "-".join(items_then_fail()))  # expect: ZeroDivisionError no more
show(lambda: "-".join(["a", "b", 3]))  # expect: TypeError sequence item 2: expected str instance, int found
show(lambda: "{} {}".format("ok", Boom("i")))  # expect: ValueError format 
show(lambda: "{:spec}".format(Boom("j")))  # expect: ValueError format spec
show(lambda: "{0.tag} {0!r:>12} {1[k]}".format(Boom("k"), {"k": [1, 2]}))  # expect: 'k      Boom(k) [1, 2]'
show(lambda: "{0[missing]}".format({"k": 1}))  # expect: KeyError 'missing'
show(lambda: "{x.nope}".format(x=Boom("l")))  # expect: AttributeError 'Boom' object has no attribute 'nope'
show(lambda: "abc".translate({97: Boom("m")}))  # expect: TypeError character mapping must return integer, None or str
show(lambda: str.maketrans({"a": 1, "bc": 2}))  # expect: ValueError string keys in translate table must be of length 1
show(lambda: b"-".join([b"a", "b"]))  # expect: TypeError sequence item 1: expected a bytes-like object, str found
show(lambda: int.from_bytes([1, 2, 300]))  # expect: ValueError bytes must be in range(0, 256)
show(lambda: int.from_bytes(items_then_fail()))  # expect: TypeError 'str' object cannot be interpreted as an integer
show(lambda: "x".encode("ascii", "nope") + "é".encode("ascii", "nope"))  # expect: LookupError unknown error handler name 'nope'
show(lambda: sorted(["b", "a"], key=str.upper))  # expect: ['a', 'b']
show(lambda: list(map(str.strip, [" a ", "b  "])))  # expect: ['a', 'b']
show(lambda: str.join(",", ["p", "q"]))  # expect: 'p,q'
show(lambda: dict.get({"k": 1}, "k"))  # expect: 1
show(lambda: list.append([], 1))  # expect: None
show(lambda: str.split("a b"))  # expect: ['a', 'b']
show(lambda: str.upper(b"x"))  # expect: TypeError descriptor 'upper' for 'str' objects doesn't apply to a 'bytes' object


class BadMapping:
    def keys(self):
        return ["a", "b", "c"]

    def __getitem__(self, key):
        if key == "b":
            raise LookupError("no " + key)
        return key.upper()


d2 = {}
show(lambda: d2.update(BadMapping()))  # expect: LookupError no b
print(d2)  # expect: {'a': 'A'}
