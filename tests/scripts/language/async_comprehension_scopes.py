# Where an asynchronous comprehension may stand: a generator expression that awaits is
# asynchronous anywhere; a list, set or dict one needs an async def around it (through
# enclosing comprehensions), else CPython's SyntaxError at the outermost one.
for src in ("def f():\n    return (await x for x in y)\n", "def f():\n    return [(x async for x in y) for z in w]\n",
            "def f():\n    return [[x async for x in y] for z in w]\n", "async def f():\n    return [[x async for x in y] for z in w]\n",
            "(x async for x in y)\n", "def f():\n    return (x for x in (await z))\n", "async def f():\n    return [x for x in await z]\n",
            "async def f():\n    return {x: y async for x, y in z}\n", "def f():\n    return {await x for x in y}\n"):
    try:
        compile(src, "<s>", "exec"); print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)

# expect: compiles
# expect: compiles
# expect: SyntaxError asynchronous comprehension outside of an asynchronous function 2 12
# expect: compiles
# expect: compiles
# expect: SyntaxError 'await' outside async function 2 25
# expect: compiles
# expect: compiles
# expect: SyntaxError asynchronous comprehension outside of an asynchronous function 2 12
