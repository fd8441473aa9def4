# dict views: keys and items compare and combine as sets (&, |, -, ^, <=, isdisjoint);
# reversed() walks a dict and its views from the end.
d = {1: 2, 3: 4}
print(d.keys() & {1}, d.keys() | [5], d.keys() - {3}, d.keys() ^ {1, 9}, {1, 7} & d.keys())
print(d.items() & {(1, 2)}, d.items() == {(1, 2), (3, 4)}, d.keys() <= {1, 3, 5}, d.keys() < {1, 3}, d.keys() == d.keys())
print(d.keys() == [1, 3], d.values() == d.values(), d.keys().isdisjoint({8}), d.items() - {(1, 2)})
print(list(reversed(d)), list(reversed(d.items())))

# expect: {1} {1, 3, 5} {1} {9, 3} {1}
# expect: {(1, 2)} True True False True
# expect: False False True {(3, 4)}
# expect: [3, 1] [(3, 4), (1, 2)]
