# argparse.Namespace: attributes set by keyword, a repr like CPython's, vars(), equality
# and `in`.
import argparse

ns = argparse.Namespace(a=1, b="x")
print(ns)
# expect: Namespace(a=1, b='x')
print(ns.a, ns.b)
# expect: 1 x
print(vars(ns))
# expect: {'a': 1, 'b': 'x'}
print("a" in ns, "c" in ns)
# expect: True False
print(ns == argparse.Namespace(a=1, b="x"), ns == argparse.Namespace(a=1))
# expect: True False
print(ns != argparse.Namespace(a=2, b="x"))
# expect: True
ns.c = [1, 2]
print(ns)
# expect: Namespace(a=1, b='x', c=[1, 2])
print(argparse.Namespace())
# expect: Namespace()
print(argparse.Namespace(**{"not an identifier": 3, "ok": None}))
# expect: Namespace(ok=None, **{'not an identifier': 3})

parser = argparse.ArgumentParser(prog="demo")
parser.add_argument("--name", default="world")
parser.add_argument("count", type=int)
args = parser.parse_args(["3"])
print(args)
# expect: Namespace(name='world', count=3)
print(type(args).__name__, args.count * 2, args.name)
# expect: Namespace 6 world
print(sorted(vars(args).items()))
# expect: [('count', 3), ('name', 'world')]
