# collections' lazily loaded names look as CPython's do, and a misspelt one is reported with
# CPython's suggestion and no frame from the module.
import collections

print(collections.abc.Mapping, collections.UserDict, collections.UserList, collections.UserString)
print(repr(collections.UserDict(a=1)), collections.UserList([1]), collections.UserString("s"))
try:
    collections.nope
except AttributeError as e:
    print(e, e.name, e.obj is collections)
print(hasattr(collections, "zzz"), getattr(collections, "zzz", "default"))
import traceback
try:
    collections.OrderDict()
except AttributeError:
    print(traceback.format_exc().splitlines()[-1])
    print(len(traceback.extract_tb(__import__("sys").exc_info()[2])))

# expect: <class 'collections.abc.Mapping'> <class 'collections.UserDict'> <class 'collections.UserList'> <class 'collections.UserString'>
# expect: {'a': 1} [1] s
# expect: module 'collections' has no attribute 'nope' nope True
# expect: False default
# expect: AttributeError: module 'collections' has no attribute 'OrderDict'
# expect: 1
