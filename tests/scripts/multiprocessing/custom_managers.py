# BaseManager.register: a manager class's own types, with AutoProxy (public methods),
# a proxytype with _exposed_, method_to_typeid results kept in the manager, exposed=,
# proxies used by child processes, and the per-class registry.
from multiprocessing.managers import BaseManager, BaseProxy
import multiprocessing as mp

class Counter:
    def __init__(self, start=0):
        self.n = start
    def incr(self, by=1):
        self.n += by
        return self.n
    def value(self):
        return self.n
    def _hidden(self):
        return "hidden"
    def child_counter(self):
        return Counter(self.n * 100)

class CounterProxy(BaseProxy):
    _exposed_ = ('incr', 'value', '_hidden')
    def incr(self, by=1):
        return self._callmethod('incr', (by,))
    def value(self):
        return self._callmethod('value')
    def peek(self):
        return self._callmethod('_hidden')
    def sneak(self):
        return self._callmethod('child_counter')

class Registry(dict):
    pass

class MyManager(BaseManager):
    pass

MyManager.register('Counter', Counter)
MyManager.register('Proxied', Counter, proxytype=CounterProxy)
MyManager.register('Spawning', Counter, method_to_typeid={'child_counter': 'Inner'})
MyManager.register('Inner', create_method=False)
MyManager.register('Registry', Registry, exposed=('__getitem__', '__setitem__', '__len__'))

def work(counter, times):
    for _ in range(times):
        counter.incr()

if __name__ == '__main__':
    with MyManager() as manager:
        c = manager.Counter(5)
        print(type(c).__name__, c.incr(), c.incr(10), c.value())
        print(repr(c).startswith("<AutoProxy[Counter] object, typeid 'Counter' at 0x"))
        print(hasattr(c, '_hidden'), hasattr(c, 'child_counter'))
        ps = [mp.Process(target=work, args=(c, 50)) for _ in range(3)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(c.value())
        p = manager.Proxied(1)
        print(type(p).__name__, p.incr(2), p.peek())
        try:
            p.sneak()
        except Exception as e:
            print(type(e).__name__, "not in exposed" in str(e))
        s = manager.Spawning(3)
        inner = s.child_counter()
        print(type(inner).__name__, inner.value(), inner.incr())
        r = manager.Registry()
        r['a'] = 1
        print(r['a'], len(r), type(r).__name__)
        print(hasattr(MyManager, 'Counter'), hasattr(MyManager, 'Inner'), 'Counter' in MyManager._registry, 'Counter' in BaseManager._registry)

# expect: AutoProxy[Counter] 6 16 16
# expect: True
# expect: False True
# expect: 166
# expect: CounterProxy 3 hidden
# expect: RemoteError True
# expect: AutoProxy[Inner] 300 301
# expect: 1 1 AutoProxy[Registry]
# expect: True False True False
