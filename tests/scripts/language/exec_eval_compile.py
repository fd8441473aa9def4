# exec, eval and compile with default and given globals and locals, inside a function,
# code objects, errors; the output CPython 3.11 printed.
x = 10
print(eval("x * 2 + 1"), eval("y + 1", {"y": 5}), eval("a + b", {}, {"a": 1, "b": 2}))
exec("z = x + 5\nprint('in exec', z)")
print(z)
g = {}
exec("def f(n):\n    return n * 3\nr = f(4)", g)
print(g["r"], sorted(k for k in g if k != "__builtins__"))
def func():
    q = 7
    return eval("q + 1")
print(func())
code = compile("1 + 2", "<expr>", "eval"); print(eval(code))
c2 = compile("w = 99", "<s>", "exec"); ns = {}; exec(c2, ns); print(ns["w"])
try: eval("1 +")
except SyntaxError as e: print("SyntaxError", e.msg)
try: eval("undefined_name")
except NameError as e: print("NameError", e)
print(eval("[i*i for i in range(4)]"))
g.clear()  # f and the dict it was defined in refer to each other: a cycle
# expect: 21 6 3
# expect: in exec 15
# expect: 15
# expect: 12 ['f', 'r']
# expect: 8
# expect: 3
# expect: 99
# expect: SyntaxError invalid syntax
# expect: NameError name 'undefined_name' is not defined
# expect: [0, 1, 4, 9]
