# Strings and formatting: f-strings, %-formatting and str.format, concatenation, join and
# split, slicing, searching and replacing, case changes and comparisons.
import _harness

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()


def workload(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        lines.append(f"{i:6d} {w:<8}|{i * 1.5:9.2f}|{w.upper()}")
        lines.append("%-5s=%04x %s" % (w[:3], i, w[::-1]))
        lines.append("{0}/{1}:{2!r}".format(w, len(w), w.title()))
    text = "\n".join(lines)
    count = 0
    for line in text.split("\n"):
        if "ta" in line:
            count += 1
        if line.startswith("  ") and line.endswith("A"):
            count += 2
        count += line.find("e") + line.count("a")
    replaced = text.replace("alpha", "ALPHA").replace("|", "")
    s = ""
    for i in range(n // 4):
        s += WORDS[i % 12][0]
    parts = sorted(set(replaced.split()))
    return len(text), count, len(replaced), hash(s) == hash(s[:]), s[-30:], len(parts), parts[:3], max(lines), min(WORDS).capitalize()


print(*_harness.run(workload, 20500))
