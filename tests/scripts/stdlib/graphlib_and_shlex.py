# graphlib's TopologicalSorter (CPython's order, batches, cycles, errors) and shlex split/quote/join.
import graphlib, shlex
ts = graphlib.TopologicalSorter({'D': {'B', 'C'} and ['B', 'C'], 'C': ['A'], 'B': ['A'], 'E': ['D', 'A']})
print(list(ts.static_order()))
ts2 = graphlib.TopologicalSorter()
ts2.add('build', 'fetch', 'configure'); ts2.add('test', 'build'); ts2.add('configure', 'fetch'); ts2.add('docs')
ts2.prepare()
steps = []
while ts2.is_active():
    ready = ts2.get_ready()
    steps.append(ready)
    ts2.done(*ready)
print(steps)
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except graphlib.CycleError as e:
    print('cycle', e.args)
t3 = graphlib.TopologicalSorter({'a': []}); t3.prepare()
for bad in (lambda: t3.done('a'), lambda: t3.add('x'), lambda: t3.done('zz')):
    try: bad()
    except ValueError as e: print(e)
print(shlex.split('ls -l "my file.txt" \'single q\' esc\\ aped # not comment'), shlex.split('a # comment\nb', comments=True))
print(shlex.split('echo "a \\"quoted\\" word" and\\\\slash'), shlex.quote("it's here"), shlex.quote('safe-name.txt'), shlex.quote(''), shlex.join(['echo', 'a b', "c'd"]))
for bad in ('"open', 'trail\\'):
    try: shlex.split(bad)
    except ValueError as e: print(e)

# expect: ['A', 'C', 'B', 'D', 'E']
# expect: [('fetch', 'docs'), ('configure',), ('build',), ('test',)]
# expect: cycle ('nodes are in a cycle', [1, 3, 2, 1])
# expect: node 'a' was not passed out (still not ready)
# expect: Nodes cannot be added after a call to prepare()
# expect: node 'zz' was not added using add()
# expect: ['ls', '-l', 'my file.txt', 'single q', 'esc aped', '#', 'not', 'comment'] ['a', 'b']
# expect: ['echo', 'a "quoted" word', 'and\\slash'] 'it'"'"'s here' safe-name.txt '' echo 'a b' 'c'"'"'d'
# expect: No closing quotation
# expect: No escaped character
