# global_caches_follow_dict_changes.py: LOAD_GLOBAL remembers where it found a name; a module
# global shadowing a builtin, its deletion, builtins changed, exec with other globals, a module
# dict grown by fifty names and a name defined and deleted again all give what the dicts hold now.
import builtins
def use_len(x):
    return len(x)
print(use_len("abc"))
len = lambda x: "module len"
print(use_len("abc"))
del len
print(use_len("abcd"))
builtins.len = lambda x: "builtins len"
print(use_len("abc"))
del builtins.len
try:
    use_len("abc")
except NameError as e:
    print("NameError:", e)
def restore():
    import sys
    builtins.len = type(sys.intern).__call__ and (lambda x: x.__len__())
restore()
print(use_len("abcde"))

counter = 0
def bump():
    return counter + 1
for i in range(3):
    counter = bump()
print(counter)
g = {"counter": 100}
exec("def bump2():\n    return counter + 1\n", g)
print(g["bump2"](), bump())
for k in range(50):
    globals()["filler%d" % k] = k
print(bump(), filler49)
def read_missing():
    return not_yet
try:
    read_missing()
except NameError as e:
    print("NameError:", e)
not_yet = "now defined"
print(read_missing())
del not_yet
try:
    read_missing()
except NameError as e:
    print("NameError:", e)

# expect: 3
# expect: module len
# expect: 4
# expect: builtins len
# expect: NameError: name 'len' is not defined
# expect: 5
# expect: 3
# expect: 101 4
# expect: 4 49
# expect: NameError: name 'not_yet' is not defined
# expect: now defined
# expect: NameError: name 'not_yet' is not defined
