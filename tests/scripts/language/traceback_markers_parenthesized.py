# An operation whose last operand is in parentheses ends at the closing parenthesis, so its
# traceback markers span the parentheses too (`a / (b)` is marked ~~^~~~~), for arithmetic,
# powers, comparisons and chains; an operand alone keeps its own extent. A method lookup that
# fails is marked as the attribute expression.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print(lines[-3].strip())
        print(lines[-2].strip())


x, s = 2, "s"
show(lambda: x / (0))
# expect: show(lambda: x / (0))
# expect: ~~^~~~~
show(lambda: x ** (s))
# expect: show(lambda: x ** (s))
# expect: ~~^^~~~~
show(lambda: x < (s))
# expect: show(lambda: x < (s))
# expect: ^^^^^^^
show(lambda: (x) < s)
# expect: show(lambda: (x) < s)
# expect: ^^^^^^^
show(lambda: x + (s) + 1)
# expect: show(lambda: x + (s) + 1)
# expect: ~~^~~~~
show(lambda: (x + (s)) * 2)
# expect: show(lambda: (x + (s)) * 2)
# expect: ~~^~~~~
show(lambda: x - ((s)))
# expect: show(lambda: x - ((s)))
# expect: ~~^~~~~~~
show(lambda: [x][(3)])
# expect: show(lambda: [x][(3)])
# expect: ~~~^^^^^


# A method that cannot be found is marked as its attribute expression, not the whole call.
import math
show(lambda: [1, math.foo(1)[0]])
# expect: show(lambda: [1, math.foo(1)[0]])
# expect: ^^^^^^^^
show(lambda: "text".no_such_method(1, 2) + 1)
# expect: show(lambda: "text".no_such_method(1, 2) + 1)
# expect: ^^^^^^^^^^^^^^^^^^^^^
