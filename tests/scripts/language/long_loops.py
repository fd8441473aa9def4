# Loops long enough that the eval loop leaves and re-enters a running frame (it does so
# every few thousand backward jumps): the frame's stack, handler blocks, generator state
# and pending exceptions must all survive the hand-over.


def count_in_try(n):
    total = 0
    try:
        for i in range(n):
            total += i
            if i == n - 1:
                raise ValueError(total)
    except ValueError as e:
        return "caught", e.args[0]


print(count_in_try(50000))  # expect: ('caught', 1249975000)


def nested_with_stack_values(n):
    # Values below the loop on the stack: the list being built and the outer iterator.
    return [sum(j for j in range(i % 7)) for i in range(n)][-3:]


print(nested_with_stack_values(30000))  # expect: [1, 3, 6]


def long_generator(n):
    acc = 0
    for i in range(n):
        acc += i
        if i % 10000 == 9999:
            yield acc


print(list(long_generator(40000)))  # expect: [49995000, 199990000, 449985000, 799980000]


class Tracker:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        return self

    def __exit__(self, *exc):
        self.events.append("exit " + (exc[0].__name__ if exc[0] else "clean"))
        return True


t = Tracker()
with t:
    i = 0
    while True:
        i += 1
        if i > 20000:
            raise KeyError(i)
print(t.events, i)  # expect: ['enter', 'exit KeyError'] 20001

# A long loop at module level, with a finally block open around it.
log = []
try:
    k = 0
    while k < 100000:
        k += 1
finally:
    log.append(k)
print(log)  # expect: [100000]
