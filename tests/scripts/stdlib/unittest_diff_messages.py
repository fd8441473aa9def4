# unittest's assertEqual messages: lists, tuples, dicts and strings shown with an ndiff
# of their pretty-printed forms, long ones truncated as CPython truncates them.
import unittest
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
for a, b in (([1, 2], [1, 3]), ((1, 2, 3), (1, 2)), ({'a': 1, 'b': 2}, {'a': 1, 'b': 3}), ("line one\nline two\n", "line one\nline 2\n"), ([1], [1, 2]), (list(range(100)), list(range(1, 101)))):
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(str(e))
        print('====')
for a, b in (('a', 'b'), ('hello world', 'hello word'), ('', 'x')):
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(str(e))
        print('====')

# expect: Lists differ: [1, 2] != [1, 3]
# expect: 
# expect: First differing element 1:
# expect: 2
# expect: 3
# expect: 
# expect: - [1, 2]
# expect: ?     ^
# expect: 
# expect: + [1, 3]
# expect: ?     ^
# expect: 
# expect: ====
# expect: Tuples differ: (1, 2, 3) != (1, 2)
# expect: 
# expect: First tuple contains 1 additional elements.
# expect: First extra element 2:
# expect: 3
# expect: 
# expect: - (1, 2, 3)
# expect: ?      ---
# expect: 
# expect: + (1, 2)
# expect: ====
# expect: {'a': 1, 'b': 2} != {'a': 1, 'b': 3}
# expect: - {'a': 1, 'b': 2}
# expect: ?               ^
# expect: 
# expect: + {'a': 1, 'b': 3}
# expect: ?               ^
# expect: 
# expect: ====
# expect: 'line one\nline two\n' != 'line one\nline 2\n'
# expect:   line one
# expect: - line two
# expect: ?      ^^^
# expect: + line 2
# expect: ?      ^
# expect: 
# expect: ====
# expect: Lists differ: [1] != [1, 2]
# expect: 
# expect: Second list contains 1 additional elements.
# expect: First extra element 1:
# expect: 2
# expect: 
# expect: - [1]
# expect: + [1, 2]
# expect: ====
# expect: Lists differ: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,[343 chars], 99] != [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13[345 chars] 100]
# expect: 
# expect: First differing element 0:
# expect: 0
# expect: 1
# expect: 
# expect: Diff is 727 characters long. Set self.maxDiff to None to see it.
# expect: ====
# expect: 'a' != 'b'
# expect: - a
# expect: + b
# expect: 
# expect: ====
# expect: 'hello world' != 'hello word'
# expect: - hello world
# expect: ?          -
# expect: + hello word
# expect: 
# expect: ====
# expect: '' != 'x'
# expect: + x
# expect: ====
