# The standard library's generic classes take type arguments in annotations, as in CPython:
# queue.Queue[int], deque[int], defaultdict[str, int], Future[int], re.Pattern[str], weakrefs.
import queue, collections, concurrent.futures, re, contextlib, weakref
from collections import deque, defaultdict, Counter
jobs: queue.Queue[tuple[int, str]] = queue.Queue()
history: deque[int] = deque(maxlen=3)
counts: defaultdict[str, int] = defaultdict(int)
def run(f: concurrent.futures.Future[int], pat: re.Pattern[str]) -> Counter[str]:
    return Counter()
print(queue.Queue[int], deque[int], collections.ChainMap[str, int], concurrent.futures.Future[str], re.Pattern[str], contextlib.AbstractContextManager[int], weakref.WeakValueDictionary[str, int], weakref.ref[int])
print(run.__annotations__['return'], jobs.qsize(), list(history), dict(counts))

# expect: queue.Queue[int] collections.deque[int] collections.ChainMap[str, int] concurrent.futures._base.Future[str] re.Pattern[str] contextlib.AbstractContextManager[int] weakref.WeakValueDictionary[str, int] weakref.ReferenceType[int]
# expect: collections.Counter[str] 0 [] {}
