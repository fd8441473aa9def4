# unittest's equality messages, as CPython's: assertEqual picks the type's comparison
# (sets, lists, tuples, dicts, strings of exactly the same type); assertSetEqual lists
# the items only one side has; assertSequenceEqual, assertListEqual, assertTupleEqual
# name the first difference and the extra elements and add an ndiff; assertDictEqual
# and assertMultiLineEqual give an ndiff; long diffs are cut at maxDiff; custom messages
# and longMessage; addTypeEqualityFunc.
import unittest
from collections import OrderedDict


class Case(unittest.TestCase):
    def runTest(self):
        pass


case = Case()


def show(label, method, *args, **kwargs):
    try:
        method(*args, **kwargs)
    except AssertionError as e:
        print('--- %s' % label)
        print(e)
    else:
        print('--- %s: passed' % label)


show('sets via assertEqual', case.assertEqual, {1, 2, 3}, {2, 3, 4})
show('assertSetEqual second only', case.assertSetEqual, {1}, {1, 5, 6})
show('assertSetEqual first only', case.assertSetEqual, frozenset([7, 8]), set())
show('assertSetEqual with a list', case.assertSetEqual, {1}, [1])
show('assertSetEqual list first', case.assertSetEqual, [1], {1})
show('set and frozenset equal', case.assertEqual, {1}, frozenset([1]))
show('set with msg', case.assertEqual, {1, 2}, {1}, 'custom message')
show('sequence, different types', case.assertSequenceEqual, [1, 2, 3], (1, 2, 4))
show('sequence, same elements', case.assertSequenceEqual, [1, 2], (1, 2))
show('sequence of strings', case.assertSequenceEqual, 'abc', 'abd')
show('first longer', case.assertSequenceEqual, [1, 2, 3], [1, 2])
show('second longer', case.assertSequenceEqual, [1], [1, 2, 3])
show('not a sequence', case.assertSequenceEqual, 1, [1])
show('assertListEqual nested', case.assertListEqual, [1, [2, 3]], [1, [2, 4]])
show('assertListEqual tuple given', case.assertListEqual, (1,), [1])
show('assertListEqual second not list', case.assertListEqual, [1], (1,))
show('assertTupleEqual', case.assertTupleEqual, (1, 'a'), (1, 'b'))
show('lists via assertEqual', case.assertEqual, [1, 2], [1, 2, 3])
show('long lists', case.assertEqual, list(range(40)), list(range(1, 41)))
show('dicts', case.assertEqual, {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})
show('assertDictEqual not a dict', case.assertDictEqual, {'a': 1}, [])
show('long dict values', case.assertDictEqual, {'x' * 30: 'y' * 30, 'z': 1}, {'x' * 30: 'y' * 31, 'z': 1})
show('OrderedDict (no dict diff)', case.assertEqual, OrderedDict(a=1), OrderedDict(a=2))
show('multi-line strings', case.assertMultiLineEqual, 'one\ntwo\nthree\n', 'one\n2\nthree\n')
show('one-line strings', case.assertMultiLineEqual, 'abc', 'abd')
show('not a string', case.assertMultiLineEqual, 'abc', 1)
show('strings via assertEqual', case.assertEqual, 'hello\nworld', 'hello\nword')
show('long one-line strings', case.assertEqual, 'a' * 100 + 'X', 'a' * 100 + 'Y')
show('ints with msg', case.assertEqual, 1, 2, msg='extra')
show('different types', case.assertEqual, 1.5, 'x')
show('equal', case.assertEqual, [1, {2}], [1, {2}])


class MyList(list):
    pass


show('list subclass (base message)', case.assertEqual, MyList([1]), MyList([2]))
case.maxDiff = None
show('long lists, maxDiff None', case.assertEqual, list(range(12)), list(range(1, 13)))
case.maxDiff = 40
show('tuples, small maxDiff', case.assertEqual, (1, 2, 3), (1, 2, 4))
case.longMessage = False
show('longMessage False', case.assertEqual, [1], [2], 'only this')
show('longMessage False, no msg', case.assertEqual, {1}, {2})

other = Case()
other.addTypeEqualityFunc(int, lambda a, b, msg=None: print('custom comparison of', a, b))
other.assertEqual(3, 4)
other.assertEqual(3, 3.0)
show('float and int use the base comparison', other.assertEqual, 3, 3.5)


class Report(unittest.TestCase):
    maxDiff = None

    def test_sets(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_tuples(self):
        self.assertTupleEqual((1, 2), (1, 2, 3))


import io
stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.TestLoader().loadTestsFromTestCase(Report))
for line in stream.getvalue().splitlines():
    if not line.startswith(('  File', 'Ran ')):
        print('|', line)

# expect: --- sets via assertEqual
# expect: Items in the first set but not the second:
# expect: 1
# expect: Items in the second set but not the first:
# expect: 4
# expect: --- assertSetEqual second only
# expect: Items in the second set but not the first:
# expect: 5
# expect: 6
# expect: --- assertSetEqual first only
# expect: Items in the first set but not the second:
# expect: 8
# expect: 7
# expect: --- assertSetEqual with a list
# expect: second argument does not support set difference: 'list' object has no attribute 'difference'
# expect: --- assertSetEqual list first
# expect: first argument does not support set difference: 'list' object has no attribute 'difference'
# expect: --- set and frozenset equal: passed
# expect: --- set with msg
# expect: Items in the first set but not the second:
# expect: 2 : custom message
# expect: --- sequence, different types
# expect: Sequences differ: [1, 2, 3] != (1, 2, 4)
# expect: 
# expect: First differing element 2:
# expect: 3
# expect: 4
# expect: 
# expect: - [1, 2, 3]
# expect: + (1, 2, 4)
# expect: --- sequence, same elements: passed
# expect: --- sequence of strings
# expect: Sequences differ: 'abc' != 'abd'
# expect: 
# expect: First differing element 2:
# expect: 'c'
# expect: 'd'
# expect: 
# expect: - 'abc'
# expect: ?    ^
# expect: 
# expect: + 'abd'
# expect: ?    ^
# expect: 
# expect: --- first longer
# expect: Sequences differ: [1, 2, 3] != [1, 2]
# expect: 
# expect: First sequence contains 1 additional elements.
# expect: First extra element 2:
# expect: 3
# expect: 
# expect: - [1, 2, 3]
# expect: ?      ---
# expect: 
# expect: + [1, 2]
# expect: --- second longer
# expect: Sequences differ: [1] != [1, 2, 3]
# expect: 
# expect: Second sequence contains 2 additional elements.
# expect: First extra element 1:
# expect: 2
# expect: 
# expect: - [1]
# expect: + [1, 2, 3]
# expect: --- not a sequence
# expect: First sequence has no length.    Non-sequence?
# expect: - 1
# expect: + [1]
# expect: --- assertListEqual nested
# expect: Lists differ: [1, [2, 3]] != [1, [2, 4]]
# expect: 
# expect: First differing element 1:
# expect: [2, 3]
# expect: [2, 4]
# expect: 
# expect: - [1, [2, 3]]
# expect: ?         ^
# expect: 
# expect: + [1, [2, 4]]
# expect: ?         ^
# expect: 
# expect: --- assertListEqual tuple given
# expect: First sequence is not a list: (1,)
# expect: --- assertListEqual second not list
# expect: Second sequence is not a list: (1,)
# expect: --- assertTupleEqual
# expect: Tuples differ: (1, 'a') != (1, 'b')
# expect: 
# expect: First differing element 1:
# expect: 'a'
# expect: 'b'
# expect: 
# expect: - (1, 'a')
# expect: ?      ^
# expect: 
# expect: + (1, 'b')
# expect: ?      ^
# expect: 
# expect: --- lists via assertEqual
# expect: Lists differ: [1, 2] != [1, 2, 3]
# expect: 
# expect: Second list contains 1 additional elements.
# expect: First extra element 2:
# expect: 3
# expect: 
# expect: - [1, 2]
# expect: + [1, 2, 3]
# expect: ?      +++
# expect: 
# expect: --- long lists
# expect: Lists differ: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,[103 chars], 39] != [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13[104 chars], 40]
# expect: 
# expect: First differing element 0:
# expect: 0
# expect: 1
# expect: 
# expect: + [1,
# expect: - [0,
# expect: -  1,
# expect:    2,
# expect:    3,
# expect:    4,
# expect:    5,
# expect:    6,
# expect:    7,
# expect:    8,
# expect:    9,
# expect:    10,
# expect:    11,
# expect:    12,
# expect:    13,
# expect:    14,
# expect:    15,
# expect:    16,
# expect:    17,
# expect:    18,
# expect:    19,
# expect:    20,
# expect:    21,
# expect:    22,
# expect:    23,
# expect:    24,
# expect:    25,
# expect:    26,
# expect:    27,
# expect:    28,
# expect:    29,
# expect:    30,
# expect:    31,
# expect:    32,
# expect:    33,
# expect:    34,
# expect:    35,
# expect:    36,
# expect:    37,
# expect:    38,
# expect: -  39]
# expect: ?    ^
# expect: 
# expect: +  39,
# expect: ?    ^
# expect: 
# expect: +  40]
# expect: --- dicts
# expect: {'a': 1, 'b': [1, 2]} != {'a': 1, 'b': [1, 3]}
# expect: - {'a': 1, 'b': [1, 2]}
# expect: ?                   ^
# expect: 
# expect: + {'a': 1, 'b': [1, 3]}
# expect: ?                   ^
# expect: 
# expect: --- assertDictEqual not a dict
# expect: [] is not an instance of <class 'dict'> : Second argument is not a dictionary
# expect: --- long dict values
# expect: {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 'z': 1} != {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 'z': 1}
# expect: - {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 'z': 1}
# expect: + {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 'z': 1}
# expect: ?                                     +
# expect: 
# expect: --- OrderedDict (no dict diff)
# expect: OrderedDict([('a', 1)]) != OrderedDict([('a', 2)])
# expect: --- multi-line strings
# expect: 'one\ntwo\nthree\n' != 'one\n2\nthree\n'
# expect:   one
# expect: - two
# expect: + 2
# expect:   three
# expect: 
# expect: --- one-line strings
# expect: 'abc' != 'abd'
# expect: - abc
# expect: ?   ^
# expect: + abd
# expect: ?   ^
# expect: 
# expect: --- not a string
# expect: 1 is not an instance of <class 'str'> : Second argument is not a string
# expect: --- strings via assertEqual
# expect: 'hello\nworld' != 'hello\nword'
# expect:   hello
# expect: - world?    -
# expect: + word
# expect: --- long one-line strings
# expect: 'aaaa[35 chars]aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaX' != 'aaaa[35 chars]aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaY'
# expect: - aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaX
# expect: ?                                                                                                     ^
# expect: + aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaY
# expect: ?                                                                                                     ^
# expect: 
# expect: --- ints with msg
# expect: 1 != 2 : extra
# expect: --- different types
# expect: 1.5 != 'x'
# expect: --- equal: passed
# expect: --- list subclass (base message)
# expect: [1] != [2]
# expect: --- long lists, maxDiff None
# expect: Lists differ: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] != [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
# expect: 
# expect: First differing element 0:
# expect: 0
# expect: 1
# expect: 
# expect: - [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
# expect: ?  ---
# expect: 
# expect: + [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
# expect: ?                                   ++++
# expect: 
# expect: --- tuples, small maxDiff
# expect: Tuples differ: (1, 2, 3) != (1, 2, 4)
# expect: 
# expect: First differing element 2:
# expect: 3
# expect: 4
# expect: 
# expect: Diff is 48 characters long. Set self.maxDiff to None to see it.
# expect: --- longMessage False
# expect: only this
# expect: --- longMessage False, no msg
# expect: Items in the first set but not the second:
# expect: 1
# expect: Items in the second set but not the first:
# expect: 2
# expect: custom comparison of 3 4
# expect: --- float and int use the base comparison
# expect: 3 != 3.5
# expect: | FF
# expect: | ======================================================================
# expect: | FAIL: test_sets (__main__.Report.test_sets)
# expect: | ----------------------------------------------------------------------
# expect: | Traceback (most recent call last):
# expect: |     self.assertEqual({1, 2}, {2, 3})
# expect: | AssertionError: Items in the first set but not the second:
# expect: | 1
# expect: | Items in the second set but not the first:
# expect: | 3
# expect: | 
# expect: | ======================================================================
# expect: | FAIL: test_tuples (__main__.Report.test_tuples)
# expect: | ----------------------------------------------------------------------
# expect: | Traceback (most recent call last):
# expect: |     self.assertTupleEqual((1, 2), (1, 2, 3))
# expect: | AssertionError: Tuples differ: (1, 2) != (1, 2, 3)
# expect: | 
# expect: | Second tuple contains 1 additional elements.
# expect: | First extra element 2:
# expect: | 3
# expect: | 
# expect: | - (1, 2)
# expect: | + (1, 2, 3)
# expect: | ?      +++
# expect: | 
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | 
# expect: | FAILED (failures=2)
