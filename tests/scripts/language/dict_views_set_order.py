# Dict views combined as sets give CPython's orders: a set of the left operand (from the
# dict itself for a keys view) updated by the right one; & walks the smaller side.
d = {1: 2, 3: 4}
print(d.keys() & {1}, d.keys() | [5], d.keys() - {3}, d.keys() ^ {1, 9}, {1, 7} & d.keys())
e = {k: k for k in (33, 1, 65, 97, 5, -1, 8)}
f = {k: k for k in (65, 8, 200, -2, 1)}
print(e.keys() & f.keys(), f.keys() & e.keys(), e.keys() | f.keys(), e.keys() - f.keys(), e.keys() ^ f.keys())
print({65, 8, 2} & e.keys(), e.keys() & {65, 8, 2}, [8, 65, 1000] & e.keys() if False else "", {1, 2} | e.keys(), {1, 2} ^ e.keys(), {1, 2, 33} - e.keys())
print(e.items() & {(1, 1), (8, 8)}, e.keys() & set(range(100)))

# expect: {1} {1, 3, 5} {1} {9, 3} {1}
# expect: {8, 65, 1} {8, 65, 1} {1, 65, 5, 8, 200, 33, 97, -1, -2} {33, 97, 5, -1} {33, 97, 5, -2, 200, -1}
# expect: {8, 65} {8, 65}  {65, 1, 2, 97, 33, 5, 8, -1} {65, 97, 2, 33, 5, 8, -1} {2}
# expect: {(8, 8), (1, 1)} {65, 33, 1, 97, 5, 8}
