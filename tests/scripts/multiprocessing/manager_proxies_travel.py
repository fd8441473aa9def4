# Proxies of registered types: str() through the referent's repr, _getvalue, an AutoProxy
# sent through a queue and to a child, DictProxy/ListProxy registered on a custom manager,
# method_to_typeid to a built-in typeid (a copy), exposed=[] as unset, a lambda factory.
from multiprocessing.managers import BaseManager, DictProxy, ListProxy
import multiprocessing as mp
class Counter:
    def __init__(self, n=0): self.n = n
    def __repr__(self): return f"Counter({self.n})"
    def items(self): return [1, 2]
    def get(self): return self.n
class M(BaseManager): pass
M.register('Counter', Counter)
M.register('Maker', lambda: Counter(7))
M.register('d', dict, DictProxy)
M.register('l', list, ListProxy)
M.register('Copying', Counter, method_to_typeid={'items': 'l'})
M.register('Nothing', Counter, exposed=[])
def child(q, c):
    q.put(c.get())
if __name__ == '__main__':
    with M() as m:
        c = m.Counter(5)
        print(str(c), c._getvalue())
        q = mp.Queue()
        q.put(c); c2 = q.get(); print(c2.get())
        p = mp.Process(target=child, args=(q, c)); p.start(); print(q.get()); p.join()
        d = m.d(); d['a'] = 1; print(d.items(), d.keys())
        l = m.l(); l.append(3); l.append(4); print(list(l), len(l))
        items = m.Copying(1).items(); print(type(items).__name__, list(items))
        print(m.Nothing(2).get())
        print(m.Maker().get())

# expect: Counter(5) Counter(5)
# expect: 5
# expect: 5
# expect: [('a', 1)] ['a']
# expect: [3, 4] 2
# expect: ListProxy [1, 2]
# expect: 2
# expect: 7
