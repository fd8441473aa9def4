# fileinput: the lines of several files as one stream, with filename, lineno, filelineno,
# isfirstline; nextfile; binary mode; FileInput as a context manager; in-place editing with
# and without a backup; an encoding hook; the output CPython 3.11 printed.
import fileinput, os, tempfile
base = tempfile.mkdtemp()
names = []
for i, text in enumerate(["a1\na2\n", "b1\nb2\nb3", "", "d1\n"]):
    path = os.path.join(base, "f%d.txt" % i)
    with open(path, "w") as f:
        f.write(text)
    names.append(path)
for line in fileinput.input(names):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), repr(line))
fileinput.close()
with fileinput.FileInput(names, mode="rb") as f:
    print([line for line in f])
with fileinput.input(names) as f:
    for line in f:
        if f.filelineno() == 1 and os.path.basename(f.filename()) == "f1.txt":
            f.nextfile()
            continue
        print("kept", repr(line), f.lineno())
for line in fileinput.input(names[0], inplace=True):
    print(line.rstrip("\n").upper())
print(open(names[0]).read().split(), os.path.exists(names[0] + ".bak"))
for line in fileinput.input(names[1], inplace=True, backup=".orig"):
    print("#", line, end="")
print(repr(open(names[1]).read()), repr(open(names[1] + ".orig").read()))
with open(names[3], "w", encoding="latin-1") as f:
    f.write("caf\xe9\n")
print(list(fileinput.input(names[3], openhook=fileinput.hook_encoded("latin-1"))))
fileinput.close()
try:
    fileinput.filename()
except RuntimeError as e:
    print("RuntimeError:", e)
fi = fileinput.input(names[:1])
try:
    fileinput.input(names[:1]) if fi._file else next(fi) and fileinput.input(names[:1])
except RuntimeError as e:
    print("RuntimeError:", e)
fileinput.close()
try:
    fileinput.FileInput(names, mode="w")
except ValueError as e:
    print("ValueError:", e)
# expect: f0.txt 1 1 True False 'a1\n'
# expect: f0.txt 2 2 False False 'a2\n'
# expect: f1.txt 3 1 True False 'b1\n'
# expect: f1.txt 4 2 False False 'b2\n'
# expect: f1.txt 5 3 False False 'b3'
# expect: f3.txt 6 1 True False 'd1\n'
# expect: [b'a1\n', b'a2\n', b'b1\n', b'b2\n', b'b3', b'd1\n']
# expect: kept 'a1\n' 1
# expect: kept 'a2\n' 2
# expect: kept 'd1\n' 4
# expect: ['A1', 'A2'] False
# expect: '# b1\n# b2\n# b3' 'b1\nb2\nb3'
# expect: ['café\n']
# expect: RuntimeError: no active input()
# expect: RuntimeError: input() already active
# expect: ValueError: FileInput opening mode must be 'r' or 'rb'
