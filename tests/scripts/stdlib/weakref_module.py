# weakref: references that do not keep objects alive; callbacks (newest first), sharing,
# equality, which objects accept them, cycles freed by gc, proxy, WeakValueDictionary,
# WeakKeyDictionary, WeakSet, WeakMethod and finalize (also at exit).
import weakref, gc, sys

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Node(%r)' % self.name
    def hello(self):
        return 'hello ' + self.name

a = Node('a')
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), weakref.ref(a) is r, r.__callback__)
log = []
r2 = weakref.ref(a, lambda w: log.append(('callback', w is r2, w())))
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a
print(r(), log, weakref.getweakrefcount(r) if False else 'ok')

# Callbacks run newest first; an exception in one does not stop the others.
b = Node('b')
order = []
refs = [weakref.ref(b, lambda w, i=i: order.append(i)) for i in range(3)]
del b
print(order)

# Equality and hashing follow the referent while it lives.
c = Node('c')
x, y = weakref.ref(c), weakref.ref(c, lambda w: None)
print(x == y, hash(x) == hash(c), x != y)
del c
print(x == y, x == x)

# What accepts weak references.
def f(): pass
for obj in (f, Node, {1}, frozenset(), sys, Node.hello, (i for i in range(1))):
    print(type(obj).__name__, weakref.ref(obj)() is obj)
for obj in (1, 'text', (1,), [1], {1: 2}, None, b'x'):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)

class Slotted:
    __slots__ = ('v',)
class SlottedWeak:
    __slots__ = ('v', '__weakref__')
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
print(weakref.ref(SlottedWeak()) is not None)

# Cycles collected by gc clear weak references too.
d = Node('d'); d.me = d
rd = weakref.ref(d, lambda w: print('cycle member freed'))
del d
gc.collect()
print(rd())

# proxy
e = Node('e')
p = weakref.proxy(e)
print(p.name, p.hello(), repr(p).startswith('<weakproxy at'))
del e
try:
    p.name
except ReferenceError as err:
    print('ReferenceError:', err)

# WeakValueDictionary, WeakKeyDictionary, WeakSet
cache = weakref.WeakValueDictionary()
n1, n2 = Node('n1'), Node('n2')
cache['one'] = n1; cache['two'] = n2
print(sorted(cache.keys()), len(cache), 'one' in cache, cache.get('one'))
del n1
print(sorted(cache.keys()), len(cache), 'one' in cache, cache.get('one', 'gone'))
meta = weakref.WeakKeyDictionary()
k1, k2 = Node('k1'), Node('k2')
meta[k1] = 1; meta[k2] = 2
print(len(meta), meta[k1], k2 in meta)
del k2
print(len(meta), list(meta.values()))
ws = weakref.WeakSet()
s1, s2 = Node('s1'), Node('s2')
ws.add(s1); ws.add(s2); ws.add(s1)
print(len(ws), s1 in ws)
del s1
print(len(ws), list(ws))

# WeakMethod
obj = Node('m')
wm = weakref.WeakMethod(obj.hello)
print(wm()(), weakref.ref(obj.hello)())
del obj
print(wm())

# finalize
class Resource:
    pass
res = Resource()
fin = weakref.finalize(res, print, 'finalized', 42)
print(fin.alive, fin.peek()[1:] if fin.peek() else None)
del res
print(fin.alive)
res2 = Resource()
fin2 = weakref.finalize(res2, lambda: 'called')
print(fin2(), fin2(), fin2.alive)
res3 = Resource()
fin3 = weakref.finalize(res3, print, 'at exit')

# expect: True 1 True None
# expect: 2 2
# expect: None [('callback', True, None)] ok
# expect: [2, 1, 0]
# expect: True True False
# expect: False True
# expect: function True
# expect: type True
# expect: set True
# expect: frozenset True
# expect: module True
# expect: function True
# expect: generator True
# expect: cannot create weak reference to 'int' object
# expect: cannot create weak reference to 'str' object
# expect: cannot create weak reference to 'tuple' object
# expect: cannot create weak reference to 'list' object
# expect: cannot create weak reference to 'dict' object
# expect: cannot create weak reference to 'NoneType' object
# expect: cannot create weak reference to 'bytes' object
# expect: cannot create weak reference to 'Slotted' object
# expect: True
# expect: cycle member freed
# expect: None
# expect: e hello e True
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: ['one', 'two'] 2 True Node('n1')
# expect: ['two'] 1 False gone
# expect: 2 1 True
# expect: 1 [1]
# expect: 2 True
# expect: 1 [Node('s2')]
# expect: hello m None
# expect: None
# expect: True (<built-in function print>, ('finalized', 42), {})
# expect: finalized 42
# expect: False
# expect: called None False
# expect: at exit
