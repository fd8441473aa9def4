# A subscript that fails: ~ under the value, ^ under the index; nothing under a whole line.
def pick(items, i):
    return items[i] + 1


print(pick([1, 2], 0))  # expect: 2
pick([1, 2], 5)
# expect-stderr:     pick([1, 2], 5)
# expect-stderr:     return items[i] + 1
# expect-stderr:            ~~~~~^^^
# expect-error: IndexError: list index out of range
