# reprlib (size-limited reprs, recursive_repr) and getopt (short and long options, GNU order, errors).
import reprlib, getopt, collections
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(2 ** 300), reprlib.repr((1,)), reprlib.repr([[[[[[[[1]]]]]]]]))
r.maxlist = 2; r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr(collections.deque(range(10))), r.repr(frozenset('abcdefgh')))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f'Node({self.children})'
print(Node(), Node.__repr__.__name__)
print(getopt.getopt(['-a', '-b', 'val', '--verbose', '--out=f.txt', 'file1', '-c'], 'ab:c', ['verbose', 'out=']))
print(getopt.gnu_getopt(['file1', '-a', '--out', 'x', 'file2'], 'a', ['output=']))
print(getopt.getopt(['-abfoo', '--verb', 'rest'], 'ab:', ['verbose']))
for args, short, longs in ((['-z'], 'a', []), (['--nope'], '', ['verbose']), (['-b'], 'b:', []), (['--out'], '', ['out=']), (['--v'], '', ['verbose', 'version']), (['--verbose=1'], '', ['verbose'])):
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(e, '|', e.opt)

# expect: [0, 1, 2, 3, 4, 5, ...] 'xxxxxxxxxxxx...xxxxxxxxxxxxx' {0: '0', 1: '1', 2: '2', 3: '3', ...} {0, 1, 2, 3, 4, 5, ...} 203703597633448608...9763336706183397376 (1,) [[[[[[[...]]]]]]]
# expect: [1, 2, ...] 'ab...nop' deque([0, 1, 2, 3, 4, 5, ...]) frozenset({'a', 'b', 'c', 'd', 'e', 'f', ...})
# expect: Node([...]) __repr__
# expect: ([('-a', ''), ('-b', 'val'), ('--verbose', ''), ('--out', 'f.txt')], ['file1', '-c'])
# expect: ([('-a', ''), ('--output', 'x')], ['file1', 'file2'])
# expect: ([('-a', ''), ('-b', 'foo'), ('--verbose', '')], ['rest'])
# expect: option -z not recognized | z
# expect: option --nope not recognized | nope
# expect: option -b requires argument | b
# expect: option --out requires argument | out
# expect: option --v not a unique prefix | v
# expect: option --verbose must not have an argument | verbose
