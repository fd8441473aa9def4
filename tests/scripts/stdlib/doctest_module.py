# doctest: testmod (quiet and verbose), failures reported in CPython's format, exceptions
# expected in examples, ELLIPSIS, NORMALIZE_WHITESPACE, <BLANKLINE>, IGNORE_EXCEPTION_DETAIL,
# SKIP, classes, methods and properties, DocTestRunner, run_docstring_examples, testfile,
# and sys.displayhook; the output CPython 3.11 printed.
"""A module with doctests.

>>> 1 + 1
2
"""


def add(a, b):
    """Adds.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> print(add(1, 1))
    3
    """
    return a + b


def div(a, b):
    """
    >>> div(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> div(4, 2)
    2.0
    >>> div(1, 'x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: not what it says
    >>> div(1, 'y')
    Traceback (most recent call last):
      File "somewhere", line 1, in <module>
    TypeError: unsupported operand type(s) for /: 'int' and 'str'
    >>> [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]   # doctest: +ELLIPSIS
    [1, 2, ..., 25]
    >>> print("a   b\\n   c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'other'
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> x = 5
    >>> x
    5
    >>> never_run()  # doctest: +SKIP
    """
    return a / b


class Thing:
    value = 42
    """A thing.

    >>> Thing().value
    42
    """

    def method(self):
        """
        >>> Thing().method()
        'm'
        """
        return 'm'

    @property
    def prop(self):
        """
        >>> Thing().prop
        7
        """
        return 8

    def nodoc(self):
        pass


if __name__ == "__main__":
    import doctest, io, contextlib, os, tempfile
    here = os.path.abspath(__file__)
    path = os.path.join(tempfile.mkdtemp(), "example.txt")
    with open(path, "w") as f:
        f.write("Some text.\n\n>>> 2 * 21\n42\n>>> 'no'\n'yes'\n")

    def show(call):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            result = call()
        print(out.getvalue().replace(here, "THIS_FILE").replace(path, "TEXT_FILE").replace(__file__, "THIS_FILE"), end="")
        print(result)

    show(lambda: doctest.testmod())
    show(lambda: doctest.testmod(verbose=True))
    r = doctest.DocTestRunner(verbose=False)
    for t in doctest.DocTestFinder().find(add):
        show(lambda: (t.name, t.lineno, len(t.examples), r.run(t)))
    show(lambda: doctest.run_docstring_examples(add, {"add": add}, name="adder"))
    print(doctest.DocTestParser().get_examples(">>> x = 1\n>>> x\n1\n")[1].want, end="")
    show(lambda: doctest.testfile(path, module_relative=False))
    show(lambda: doctest.testmod(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE, report=False))
    import sys
    print(sys.displayhook is sys.__displayhook__)
# expect: **********************************************************************
# expect: File "THIS_FILE", line ?, in __main__.Thing.prop
# expect: Failed example:
# expect:     Thing().prop
# expect: Expected:
# expect:     7
# expect: Got:
# expect:     8
# expect: **********************************************************************
# expect: File "THIS_FILE", line 19, in __main__.add
# expect: Failed example:
# expect:     print(add(1, 1))
# expect: Expected:
# expect:     3
# expect: Got:
# expect:     2
# expect: **********************************************************************
# expect: 2 items had failures:
# expect:    1 of   1 in __main__.Thing.prop
# expect:    1 of   3 in __main__.add
# expect: ***Test Failed*** 2 failures.
# expect: TestResults(failed=2, attempted=17)
# expect: Trying:
# expect:     1 + 1
# expect: Expecting:
# expect:     2
# expect: ok
# expect: Trying:
# expect:     Thing().method()
# expect: Expecting:
# expect:     'm'
# expect: ok
# expect: Trying:
# expect:     Thing().prop
# expect: Expecting:
# expect:     7
# expect: **********************************************************************
# expect: File "THIS_FILE", line ?, in __main__.Thing.prop
# expect: Failed example:
# expect:     Thing().prop
# expect: Expected:
# expect:     7
# expect: Got:
# expect:     8
# expect: Trying:
# expect:     add(1, 2)
# expect: Expecting:
# expect:     3
# expect: ok
# expect: Trying:
# expect:     add('a', 'b')
# expect: Expecting:
# expect:     'ab'
# expect: ok
# expect: Trying:
# expect:     print(add(1, 1))
# expect: Expecting:
# expect:     3
# expect: **********************************************************************
# expect: File "THIS_FILE", line 19, in __main__.add
# expect: Failed example:
# expect:     print(add(1, 1))
# expect: Expected:
# expect:     3
# expect: Got:
# expect:     2
# expect: Trying:
# expect:     div(1, 0)
# expect: Expecting:
# expect:     Traceback (most recent call last):
# expect:         ...
# expect:     ZeroDivisionError: division by zero
# expect: ok
# expect: Trying:
# expect:     div(4, 2)
# expect: Expecting:
# expect:     2.0
# expect: ok
# expect: Trying:
# expect:     div(1, 'x')  # doctest: +IGNORE_EXCEPTION_DETAIL
# expect: Expecting:
# expect:     Traceback (most recent call last):
# expect:     TypeError: not what it says
# expect: ok
# expect: Trying:
# expect:     div(1, 'y')
# expect: Expecting:
# expect:     Traceback (most recent call last):
# expect:       File "somewhere", line 1, in <module>
# expect:     TypeError: unsupported operand type(s) for /: 'int' and 'str'
# expect: ok
# expect: Trying:
# expect:     [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]   # doctest: +ELLIPSIS
# expect: Expecting:
# expect:     [1, 2, ..., 25]
# expect: ok
# expect: Trying:
# expect:     print("a   b\n   c")  # doctest: +NORMALIZE_WHITESPACE
# expect: Expecting:
# expect:     a b c
# expect: ok
# expect: Trying:
# expect:     print("x\n\ny")
# expect: Expecting:
# expect:     x
# expect:     <BLANKLINE>
# expect:     y
# expect: ok
# expect: Trying:
# expect:     raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
# expect: Expecting:
# expect:     Traceback (most recent call last):
# expect:     KeyError: 'other'
# expect: ok
# expect: Trying:
# expect:     for i in range(2):
# expect:         print(i)
# expect: Expecting:
# expect:     0
# expect:     1
# expect: ok
# expect: Trying:
# expect:     x = 5
# expect: Expecting nothing
# expect: ok
# expect: Trying:
# expect:     x
# expect: Expecting:
# expect:     5
# expect: ok
# expect: 3 items had no tests:
# expect:     __main__.Thing
# expect:     __main__.Thing.nodoc
# expect:     __main__.show
# expect: 3 items passed all tests:
# expect:    1 tests in __main__
# expect:    1 tests in __main__.Thing.method
# expect:   11 tests in __main__.div
# expect: **********************************************************************
# expect: 2 items had failures:
# expect:    1 of   1 in __main__.Thing.prop
# expect:    1 of   3 in __main__.add
# expect: 17 tests in 8 items.
# expect: 15 passed and 2 failed.
# expect: ***Test Failed*** 2 failures.
# expect: TestResults(failed=2, attempted=17)
# expect: **********************************************************************
# expect: File "THIS_FILE", line 19, in add
# expect: Failed example:
# expect:     print(add(1, 1))
# expect: Expected:
# expect:     3
# expect: Got:
# expect:     2
# expect: ('add', 12, 3, TestResults(failed=1, attempted=3))
# expect: **********************************************************************
# expect: File "THIS_FILE", line 19, in adder
# expect: Failed example:
# expect:     print(add(1, 1))
# expect: Expected:
# expect:     3
# expect: Got:
# expect:     2
# expect: None
# expect: 1
# expect: **********************************************************************
# expect: File "TEXT_FILE", line 5, in example.txt
# expect: Failed example:
# expect:     'no'
# expect: Expected:
# expect:     'yes'
# expect: Got:
# expect:     'no'
# expect: **********************************************************************
# expect: 1 items had failures:
# expect:    1 of   2 in example.txt
# expect: ***Test Failed*** 1 failures.
# expect: TestResults(failed=1, attempted=2)
# expect: **********************************************************************
# expect: File "THIS_FILE", line ?, in __main__.Thing.prop
# expect: Failed example:
# expect:     Thing().prop
# expect: Expected:
# expect:     7
# expect: Got:
# expect:     8
# expect: **********************************************************************
# expect: File "THIS_FILE", line 19, in __main__.add
# expect: Failed example:
# expect:     print(add(1, 1))
# expect: Expected:
# expect:     3
# expect: Got:
# expect:     2
# expect: TestResults(failed=2, attempted=17)
# expect: True
