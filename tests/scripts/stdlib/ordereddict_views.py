# OrderedDict's views are odict_keys, odict_values and odict_items, shown as CPython shows
# them; they follow the dict's order (also reversed), compare and combine as sets.
from collections import OrderedDict
o = OrderedDict(a=1, b=2)
o.move_to_end("a")
print(o.keys(), o.values(), o.items())
print(type(o.keys()).__name__, list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
print(o.keys() == {"a", "b"}, o.keys() & {"a"}, ("a", 1) in o.items(), 2 in o.values(), len(o.keys()))
k = o.keys()
o["c"] = 3
print(k, sorted(k | {"z"}))
print(OrderedDict().keys())

# expect: odict_keys(['b', 'a']) odict_values([2, 1]) odict_items([('b', 2), ('a', 1)])
# expect: odict_keys ['a', 'b'] [1, 2] [('a', 1), ('b', 2)]
# expect: True {'a'} True True 2
# expect: odict_keys(['b', 'a', 'c']) ['a', 'b', 'c', 'z']
# expect: odict_keys([])
