# Errors as CPython words them: int @ int, `in` on a non-container, a submodule of a module
# that is not a package, object.__new__ of a built-in type.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: 1 @ 2)
show(lambda: True @ 1)
def imatmul():
    x = 3
    x @= 2
    return x
show(imatmul)
show(lambda: 'a' in 5)
show(lambda: 1 in None)
show(lambda: __import__("os.nope"))
show(lambda: object.__new__(int))
show(lambda: object.__new__(list))

# expect: TypeError: unsupported operand type(s) for @: 'int' and 'int'
# expect: TypeError: unsupported operand type(s) for @: 'bool' and 'int'
# expect: TypeError: unsupported operand type(s) for @=: 'int' and 'int'
# expect: TypeError: argument of type 'int' is not iterable
# expect: TypeError: argument of type 'NoneType' is not iterable
# expect: ModuleNotFoundError: No module named 'os.nope'; 'os' is not a package
# expect: TypeError: object.__new__(int) is not safe, use int.__new__()
# expect: TypeError: object.__new__(list) is not safe, use list.__new__()
