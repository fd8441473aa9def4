# A RecursionError's traceback shows a repeated entry three times, then counts the rest.
import sys
sys.setrecursionlimit(60)


def down(n):
    return down(n + 1)


down(0)
# expect-stderr:   [Previous line repeated 56 more times]
# expect-error: RecursionError: maximum recursion depth exceeded
