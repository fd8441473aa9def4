# from __future__ import annotations (PEP 563): annotations become the text of their
# expression, so they may name a class defined later; misplaced or unknown future imports
# are SyntaxErrors, as in CPython.
"""A module under PEP 563."""
from __future__ import annotations
import __future__


def f(x: Later, *, y: dict[str,  int] = None) -> list[Later]:
    return [x]


class Later:
    field: Later | None
    other: "quoted"
    def method(self, a: int) -> Later: ...


print(f.__annotations__)
print(Later.__annotations__, Later.method.__annotations__)
print(__future__.annotations, __future__.division.getMandatoryRelease())
print(annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
for src in ["x = 1\nfrom __future__ import annotations", "from __future__ import braces",
            "from __future__ import nonsense", '"doc"\nfrom __future__ import division, annotations\nx: y']:
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
def h(a: typing.Optional[int], b: Callable[[int, str], None], c: tuple[int, ...], d: "x" | None, e: (1, 2), f: (3,), g: -1) -> Dict[ str ,int ]: ...
print(h.__annotations__)
# expect: {'x': 'Later', 'y': 'dict[str, int]', 'return': 'list[Later]'}
# expect: {'field': 'Later | None', 'other': "'quoted'"} {'a': 'int', 'return': 'Later'}
# expect: _Feature((3, 7, 0, 'beta', 1), None, 16777216) (3, 0, 0, 'alpha', 0)
# expect: True
# expect: SyntaxError: from __future__ imports must occur at the beginning of the file 2
# expect: SyntaxError: not a chance 1
# expect: SyntaxError: future feature nonsense is not defined 1
# expect: compiled
# expect: {'a': 'typing.Optional[int]', 'b': 'Callable[[int, str], None]', 'c': 'tuple[int, ...]', 'd': "'x' | None", 'e': '(1, 2)', 'f': '(3,)', 'g': '-1', 'return': 'Dict[str, int]'}
