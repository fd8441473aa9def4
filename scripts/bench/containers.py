# Lists, dicts and strings: building, indexing, sorting, joining.
words = {}
for i in range(200000):
    key = "k" + str(i % 5000)
    words[key] = words.get(key, 0) + i
items = sorted(words.items(), key=lambda kv: kv[1])
print(len(items), items[0], items[-1])
squares = [x * x for x in range(300000) if x % 3]
print(len(squares), sum(squares) % 1000007)
parts = []
for i in range(100000):
    parts.append(str(i))
text = ",".join(parts)
print(len(text), text.count("9"))
