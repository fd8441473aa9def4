# argparse.FileType: arguments naming files to open (mode, bufsize, encoding, errors),
# '-' for stdin/stdout, its repr, and the error for a file that cannot be opened.
import argparse, io, contextlib, os, sys, tempfile

print(argparse.FileType())
print(argparse.FileType("w"))
print(argparse.FileType("rb", 0))
print(argparse.FileType("r", -1, "utf-8"))
print(argparse.FileType("w", encoding="latin-1", errors="replace"))
print(argparse.FileType("a", 1, errors="strict"))

def run(p, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            return p.parse_args(argv)
    except SystemExit as e:
        print("EXIT", e.code)
        print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="prog")
p.add_argument("infile", type=argparse.FileType("r", encoding="utf-8"))
p.add_argument("-o", "--out", type=argparse.FileType("w"), default="-")
p.add_argument("--raw", type=argparse.FileType("rb"))

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "in.txt")
    dst = os.path.join(tmp, "out.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write("caf\u00e9\nline two\n")
    ns = run(p, [src, "-o", dst, "--raw", src])
    print(ns.infile.read().splitlines(), ns.infile.mode, ns.infile.encoding)
    print(ns.raw.read(), ns.raw.mode)
    ns.out.write("written\n")
    print(ns.out.mode)
    for f in (ns.infile, ns.out, ns.raw):
        f.close()
    with open(dst) as f:
        print(repr(f.read()))

    # '-' is stdin for reading and stdout for writing (the binary buffers with 'b').
    ns = run(p, ["-"])
    print(ns.infile is sys.stdin, ns.out is sys.stdout, ns.raw)
    print(argparse.FileType("rb")("-") is sys.stdin.buffer,
          argparse.FileType("wb")("-") is sys.stdout.buffer,
          argparse.FileType("x")("-") is sys.stdout)
    try:
        argparse.FileType("+")("-")
    except ValueError as e:
        print("ValueError:", e)

    # Files that cannot be opened.
    run(p, ["no-such-file.txt"])
    run(p, ["-o", os.path.join("no-such-dir", "x.txt"), src])
    try:
        argparse.FileType()("no-such-file.txt")
    except argparse.ArgumentTypeError as e:
        print("ArgumentTypeError:", e)

# The class itself is not a type.
try:
    p.add_argument("--bad", type=argparse.FileType)
except ValueError as e:
    print("ValueError:", e)

# expect: FileType('r')
# expect: FileType('w')
# expect: FileType('rb', 0)
# expect: FileType('r', encoding='utf-8')
# expect: FileType('w', encoding='latin-1', errors='replace')
# expect: FileType('a', 1, errors='strict')
# expect: ['café', 'line two'] r utf-8
# expect: b'caf\xc3\xa9\nline two\n' rb
# expect: w
# expect: 'written\n'
# expect: True True None
# expect: True True True
# expect: ValueError: argument "-" with mode '+'
# expect: EXIT 2
# expect: usage: prog [-h] [-o OUT] [--raw RAW] infile
# expect: prog: error: argument infile: can't open 'no-such-file.txt': [Errno 2] No such file or directory: 'no-such-file.txt'
# expect: EXIT 2
# expect: usage: prog [-h] [-o OUT] [--raw RAW] infile
# expect: prog: error: argument -o/--out: can't open 'no-such-dir/x.txt': [Errno 2] No such file or directory: 'no-such-dir/x.txt'
# expect: ArgumentTypeError: can't open 'no-such-file.txt': [Errno 2] No such file or directory: 'no-such-file.txt'
# expect: ValueError: <class 'argparse.FileType'> is a FileType class object, instance of it must be passed
