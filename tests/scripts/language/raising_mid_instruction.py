# Instructions that raise partway through, with values below them on the stack: the handler
# must release exactly what the stack holds (the script runner checks that no reference or
# block is left behind), and the loop must carry on with a consistent stack.


def attempts():
    results = []
    for i in range(3):
        try:
            results.append({1, [i], 3})          # BUILD_SET: the set is on the stack, half full
        except TypeError as e:
            results.append(str(e))
        try:
            results.append({"a": 1, [i]: 2})     # BUILD_MAP
        except TypeError as e:
            results.append(str(e))
        try:
            results.append(f"{i:q}")             # FORMAT_VALUE with a bad spec
        except ValueError as e:
            results.append(str(e))
        try:
            results.append(dict(**{"x": 1}, **[1]))  # DICT_MERGE of a non-mapping
        except TypeError as e:
            results.append(type(e).__name__)
        try:
            a, *b = i                             # UNPACK_EX of a non-iterable
        except TypeError as e:
            results.append(str(e))
    return results


for line in attempts()[:5]:
    print(line)
# expect: unhashable type: 'list'
# expect: unhashable type: 'list'
# expect: Unknown format code 'q' for object of type 'int'
# expect: TypeError
# expect: cannot unpack non-iterable int object
print(len(attempts()))  # expect: 15


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def nested(n):
    # A raise deep inside with-blocks and a comprehension, caught further out.
    caught = 0
    for i in range(n):
        try:
            with Guard():
                with Guard():
                    [1 / (j - i) for j in range(i, i + 2)]
        except ZeroDivisionError:
            caught += 1
        try:
            import no_such_module_here  # noqa: F401
        except ImportError:
            caught += 1
    return caught


print(nested(50))  # expect: 100
