# difflib: SequenceMatcher's blocks, opcodes and ratios (with junk and popular-element rules),
# get_close_matches, ndiff with intraline hints, unified and context diffs, restore.
import difflib
a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox leaps over the lazy cat".split()
s = difflib.SequenceMatcher(None, a, b)
print(s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 4), round(s.quick_ratio(), 4), s.real_quick_ratio())
print(difflib.SequenceMatcher(None, "abcd", "bcde").find_longest_match(0, 4, 0, 4), difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;").ratio())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'wheels'], n=2))
old = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
new = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(old, new, fromfile='before.txt', tofile='after.txt')), end='')
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])), end='')
print(''.join(difflib.ndiff(['  def f(x):\n', '    return x+1\n'], ['  def f(y):\n', '    return y + 1\n'])), end='')
diff = list(difflib.ndiff(['a\n', 'b\n'], ['a\n', 'c\n']))
print(list(difflib.restore(diff, 1)), list(difflib.restore(diff, 2)))
long_a = list(range(300)) + [1] * 10
long_b = list(range(5, 300)) + [2] * 10
print(difflib.SequenceMatcher(None, long_a, long_b).get_opcodes()[:3])
print(''.join(difflib.context_diff(old, new, fromfile='before.txt', tofile='after.txt')), end='')
print(list(difflib.context_diff(['a'], ['b'], lineterm='')), list(difflib.unified_diff(['a'], ['a'])))
print(list(difflib.unified_diff(['a', 'b'], [], 'x', 'y', 'd1', 'd2', lineterm='')))
print(difflib.SequenceMatcher(None, 'abxcd', 'abcd').get_grouped_opcodes(0) and list(difflib.SequenceMatcher(None, 'abxcd', 'abcd').get_grouped_opcodes(1)))

# expect: [Match(a=0, b=0, size=2), Match(a=3, b=3, size=1), Match(a=5, b=5, size=3), Match(a=9, b=9, size=0)] [('equal', 0, 2, 0, 2), ('replace', 2, 3, 2, 3), ('equal', 3, 4, 3, 4), ('replace', 4, 5, 4, 5), ('equal', 5, 8, 5, 8), ('replace', 8, 9, 8, 9)] 0.6667 0.6667 1.0
# expect: Match(a=1, b=0, size=3) 0.8656716417910447
# expect: ['apple', 'ape'] ['wheels', 'while']
# expect: --- before.txt
# expect: +++ after.txt
# expect: @@ -1,6 +1,7 @@
# expect: +zero
# expect:  one
# expect:  two
# expect: -three
# expect: +tree
# expect:  four
# expect:  five
# expect:  six
# expect: @@ -8,3 +9,4 @@
# expect:  eight
# expect:  nine
# expect:  ten
# expect: +eleven
# expect: - one
# expect: ?  ^
# expect: + ore
# expect: ?  ^
# expect: - two
# expect: - three
# expect: ?  -
# expect: + tree
# expect: + emu
# expect: -   def f(x):
# expect: ?         ^
# expect: +   def f(y):
# expect: ?         ^
# expect: -     return x+1
# expect: ?            ^
# expect: +     return y + 1
# expect: ?            ^^ +
# expect: ['a\n', 'b\n'] ['a\n', 'c\n']
# expect: [('delete', 0, 5, 0, 0), ('equal', 5, 300, 0, 295), ('replace', 300, 310, 295, 305)]
# expect: *** before.txt
# expect: --- after.txt
# expect: ***************
# expect: *** 1,6 ****
# expect:   one
# expect:   two
# expect: ! three
# expect:   four
# expect:   five
# expect:   six
# expect: --- 1,7 ----
# expect: + zero
# expect:   one
# expect:   two
# expect: ! tree
# expect:   four
# expect:   five
# expect:   six
# expect: ***************
# expect: *** 8,10 ****
# expect: --- 9,12 ----
# expect:   eight
# expect:   nine
# expect:   ten
# expect: + eleven
# expect: ['*** ', '--- ', '***************', '*** 1 ****', '! a', '--- 1 ----', '! b'] []
# expect: ['--- x\td1', '+++ y\td2', '@@ -1,2 +0,0 @@', '-a', '-b']
# expect: [[('equal', 1, 2, 1, 2), ('delete', 2, 3, 2, 2), ('equal', 3, 4, 2, 3)]]
