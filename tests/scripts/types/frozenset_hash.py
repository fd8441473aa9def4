# frozenset hashes as CPython's (so sets of frozensets print in CPython's order).
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({"a"})) == hash(frozenset(["a"])))
print({frozenset({1}), frozenset({2, 3})})
print({frozenset(), frozenset({frozenset()}), frozenset({0}), frozenset({1, 2})})
print(hash(frozenset({-1, -2, 10**20, 0.5})), hash(frozenset(range(100))))
graph = {frozenset({a, b}) for a in range(5) for b in range(5) if a < b}
print(sorted(map(sorted, graph)) == sorted(sorted(e) for e in graph), len(graph))
print(list(graph)[:4])

# expect: 133146708735736 -272375401224217160 True
# expect: {frozenset({1}), frozenset({2, 3})}
# expect: {frozenset(), frozenset({1, 2}), frozenset({frozenset()}), frozenset({0})}
# expect: 3157529596655684082 4411996150312757951
# expect: True 10
# expect: [frozenset({3, 4}), frozenset({1, 4}), frozenset({2, 3}), frozenset({1, 2})]
