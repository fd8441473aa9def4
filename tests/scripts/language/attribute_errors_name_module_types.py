# Missing and read-only attributes of built-in objects and types: a built-in type of another
# module is named with its module ('_thread.lock', 'collections.deque'), as CPython's
# messages name it; CPython's output.
import threading, collections, itertools, _thread, weakref, types, re, io, functools
objs = [threading.local(), collections.deque(), _thread.allocate_lock(), threading.RLock(), range(3), iter([]), (x for x in ()), print, len, object(), 1, "s", [], {}, None, type, int]
for o in objs:
    for target in (o, type(o)):
        try:
            target.no_such
        except AttributeError as e:
            print(e)
        try:
            target.no_such = 1
        except AttributeError as e:
            print("set:", e)
        except TypeError as e:
            print("set TypeError:", e)

# expect: '_thread._local' object has no attribute 'no_such'
# expect: type object '_thread._local' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type '_thread._local'
# expect: 'collections.deque' object has no attribute 'no_such'
# expect: set: 'collections.deque' object has no attribute 'no_such'
# expect: type object 'collections.deque' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'collections.deque'
# expect: '_thread.lock' object has no attribute 'no_such'
# expect: set: '_thread.lock' object has no attribute 'no_such'
# expect: type object '_thread.lock' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type '_thread.lock'
# expect: '_thread.RLock' object has no attribute 'no_such'
# expect: set: '_thread.RLock' object has no attribute 'no_such'
# expect: type object '_thread.RLock' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type '_thread.RLock'
# expect: 'range' object has no attribute 'no_such'
# expect: set: 'range' object has no attribute 'no_such'
# expect: type object 'range' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'range'
# expect: 'list_iterator' object has no attribute 'no_such'
# expect: set: 'list_iterator' object has no attribute 'no_such'
# expect: type object 'list_iterator' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'list_iterator'
# expect: 'generator' object has no attribute 'no_such'
# expect: set: 'generator' object has no attribute 'no_such'
# expect: type object 'generator' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'generator'
# expect: 'builtin_function_or_method' object has no attribute 'no_such'
# expect: set: 'builtin_function_or_method' object has no attribute 'no_such'
# expect: type object 'builtin_function_or_method' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'builtin_function_or_method'
# expect: 'builtin_function_or_method' object has no attribute 'no_such'
# expect: set: 'builtin_function_or_method' object has no attribute 'no_such'
# expect: type object 'builtin_function_or_method' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'builtin_function_or_method'
# expect: 'object' object has no attribute 'no_such'
# expect: set: 'object' object has no attribute 'no_such'
# expect: type object 'object' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'object'
# expect: 'int' object has no attribute 'no_such'
# expect: set: 'int' object has no attribute 'no_such'
# expect: type object 'int' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'int'
# expect: 'str' object has no attribute 'no_such'
# expect: set: 'str' object has no attribute 'no_such'
# expect: type object 'str' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'str'
# expect: 'list' object has no attribute 'no_such'
# expect: set: 'list' object has no attribute 'no_such'
# expect: type object 'list' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'list'
# expect: 'dict' object has no attribute 'no_such'
# expect: set: 'dict' object has no attribute 'no_such'
# expect: type object 'dict' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'dict'
# expect: 'NoneType' object has no attribute 'no_such'
# expect: set: 'NoneType' object has no attribute 'no_such'
# expect: type object 'NoneType' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'NoneType'
# expect: type object 'type' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'type'
# expect: type object 'type' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'type'
# expect: type object 'int' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'int'
# expect: type object 'type' has no attribute 'no_such'
# expect: set TypeError: cannot set 'no_such' attribute of immutable type 'type'
