# OrderedDict | dict, dict | OrderedDict and |= keep an OrderedDict, in order; CPython's output.
from collections import OrderedDict
od = OrderedDict.fromkeys("eca")
print(od | {"z": 1}, {"y": 0} | od, type(od | {}).__name__)
od |= {"q": 2}; print(od)

# expect: OrderedDict([('e', None), ('c', None), ('a', None), ('z', 1)]) OrderedDict([('y', 0), ('e', None), ('c', None), ('a', None)]) OrderedDict
# expect: OrderedDict([('e', None), ('c', None), ('a', None), ('q', 2)])
