# copy: shallow and deep copies of containers and instances, shared and cyclic structure,
# __copy__/__deepcopy__; the output CPython 3.11 printed.
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(b, c)
class P:
    def __init__(self, xs): self.xs = xs
p = P([1, 2]); q = copy.copy(p); r = copy.deepcopy(p)
p.xs.append(3)
print(q.xs, r.xs, type(r).__name__)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc[0])
cyc.clear(); dc.clear()  # no cycle collector yet: the cycles are broken by hand
class K:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deep"
print(copy.copy(K()), copy.deepcopy(K()))
t = (1, [2]); dt = copy.deepcopy(t); print(dt, dt is t, dt[1] is t[1], copy.deepcopy((1, 2)) == (1, 2))
# expect: [1, [2, 3, 9], {'k': [4, 8]}] [1, [2, 3], {'k': [4]}]
# expect: [1, 2, 3] [1, 2] P
# expect: True
# expect: True 1
# expect: custom copy custom deep
# expect: (1, [2]) False False True
