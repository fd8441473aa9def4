# fromfile_prefix_chars: '@file' arguments are replaced by the file's lines (one argument
# per line, through convert_arg_line_to_args, which a subclass may override); files may
# name further files, and a missing file is a usage error.
import argparse, io, contextlib, os, tempfile

def run(p, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print("OK", p.parse_args(argv))
    except SystemExit as e:
        print("EXIT", e.code)
    if err.getvalue(): print(err.getvalue(), end="")

with tempfile.TemporaryDirectory() as tmp:
    def write(name, text):
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    args = write("args.txt", "-f\nbar\n--count\n3\n")
    nested = write("nested.txt", "--count\n1\n@" + args + "\nlast\n")
    spaced = write("spaced.txt", "--name Ada Lovelace\n\n--count 7\n")

    p = argparse.ArgumentParser(prog="prog", fromfile_prefix_chars="@")
    p.add_argument("-f")
    p.add_argument("--count", type=int)
    p.add_argument("rest", nargs="*")
    print(p.fromfile_prefix_chars)
    run(p, ["@" + args])
    run(p, ["-f", "foo", "@" + args, "z"])
    run(p, ["@" + nested])
    run(p, ["", "@" + args])
    run(p, ["@missing-args-file.txt"])

    # '+' and '@' both read files; '%' does not here.
    q = argparse.ArgumentParser(prog="prog", fromfile_prefix_chars="+@")
    q.add_argument("-f")
    q.add_argument("--count")
    q.add_argument("items", nargs="*")
    run(q, ["+" + args, "%" + args[-8:]])

    # An empty line is an empty argument by default.
    r = argparse.ArgumentParser(prog="prog", fromfile_prefix_chars="@")
    r.add_argument("--name", nargs="+")
    r.add_argument("--count", type=int)
    r.add_argument("extra", nargs="*")
    run(r, ["@" + spaced])

    # Splitting each line into words instead.
    class WordsParser(argparse.ArgumentParser):
        def convert_arg_line_to_args(self, arg_line):
            return arg_line.split()
    w = WordsParser(prog="prog", fromfile_prefix_chars="@")
    w.add_argument("--name", nargs="+")
    w.add_argument("--count", type=int)
    run(w, ["@" + spaced])
    print(w.convert_arg_line_to_args("  a  b "), p.convert_arg_line_to_args("  a  b "))

    # Without fromfile_prefix_chars, '@name' is an ordinary argument.
    plain = argparse.ArgumentParser(prog="prog")
    plain.add_argument("x")
    run(plain, ["@somefile"])

# expect: @
# expect: OK Namespace(f='bar', count=3, rest=[])
# expect: OK Namespace(f='bar', count=3, rest=['z'])
# expect: OK Namespace(f='bar', count=3, rest=['last'])
# expect: OK Namespace(f='bar', count=3, rest=[''])
# expect: EXIT 2
# expect: usage: prog [-h] [-f F] [--count COUNT] [rest ...]
# expect: prog: error: [Errno 2] No such file or directory: 'missing-args-file.txt'
# expect: OK Namespace(f='bar', count='3', items=['%args.txt'])
# expect: OK Namespace(name=None, count=None, extra=['--name Ada Lovelace', '', '--count 7'])
# expect: OK Namespace(name=['Ada', 'Lovelace'], count=7)
# expect: ['a', 'b'] ['  a  b ']
# expect: OK Namespace(x='@somefile')
