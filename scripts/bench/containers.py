# Lists, dicts and sets: appending, indexing, slicing, sorting, dict lookups and updates,
# set membership and set algebra, deletion.
import _harness


def workload(n):
    seq = []
    for i in range(n):
        seq.append((i * 7919) % n)
    seq.sort()
    total = 0
    for i in range(0, n, 3):
        total += seq[i] - seq[-1 - i // 2]
    chunks = [seq[i:i + 10] for i in range(0, n, 10)]
    counts = {}
    for i in range(n):
        key = i % 997
        counts[key] = counts.get(key, 0) + 1
    index = {}
    for i, v in enumerate(seq):
        if v not in index:
            index[v] = i
    for k in list(index):
        if k % 3 == 0:
            del index[k]
    evens = set()
    odds = set()
    for i in range(n):
        if i & 1:
            odds.add(i % 1000)
        else:
            evens.add(i % 1500)
    both = evens & odds
    either = evens | odds
    hits = 0
    for i in range(n):
        if i in either:
            hits += 1
    stack = []
    for i in range(n):
        stack.append(i)
        if i % 3 == 0:
            stack.pop()
    seq.reverse()
    return total, len(chunks), counts[5], len(index), len(both), len(either), hits, len(stack), seq[:3], sorted(counts.items())[-1]


print(*_harness.run(workload, 125000))
