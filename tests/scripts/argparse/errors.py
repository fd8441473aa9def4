# Usage errors: each prints the usage and "PROG: error: MESSAGE" on stderr and exits with
# status 2. Here stderr is captured, so that every message can be shown in turn (the
# whole of stderr for the first, the last line for the rest).
import argparse
import sys


class Capture:
    """Stands in for sys.stderr and keeps what is written."""

    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text
        return len(text)

    def flush(self):
        pass


def attempt(parser, args, whole=False):
    saved = sys.stderr
    captured = Capture()
    sys.stderr = captured
    try:
        print(parser.parse_args(args))
    except SystemExit as exit:
        print("exit status", exit.code)
    finally:
        sys.stderr = saved
    lines = captured.text.splitlines()
    for line in (lines if whole else lines[-1:]):
        print(line)


parser = argparse.ArgumentParser(prog="square")
parser.add_argument("-t", "--threads", type=int, default=10)
parser.add_argument("--work", type=int)
parser.add_argument("--mode", choices=["a", "b"])
parser.add_argument("--pair", nargs=2)
parser.add_argument("--some", nargs="+")
parser.add_argument("--flag", action="store_true")
parser.add_argument("n", type=int)

attempt(parser, ["--work", "x", "1"], whole=True)
# expect: exit status 2
# expect: usage: square [-h] [-t THREADS] [--work WORK] [--mode {a,b}]
# expect:               [--pair PAIR PAIR] [--some SOME [SOME ...]] [--flag]
# expect:               n
# expect: square: error: argument --work: invalid int value: 'x'
attempt(parser, ["-t", "x", "1"])
# expect: exit status 2
# expect: square: error: argument -t/--threads: invalid int value: 'x'
attempt(parser, [])
# expect: exit status 2
# expect: square: error: the following arguments are required: n
attempt(parser, ["1", "--bogus"])
# expect: exit status 2
# expect: square: error: unrecognized arguments: --bogus
attempt(parser, ["1", "2", "3"])
# expect: exit status 2
# expect: square: error: unrecognized arguments: 2 3
attempt(parser, ["1", "-t"])
# expect: exit status 2
# expect: square: error: argument -t/--threads: expected one argument
attempt(parser, ["1", "--threads"])
# expect: exit status 2
# expect: square: error: argument -t/--threads: expected one argument
attempt(parser, ["1", "--mode", "z"])
# expect: exit status 2
# expect: square: error: argument --mode: invalid choice: 'z' (choose from 'a', 'b')
attempt(parser, ["1", "--pair", "a"])
# expect: exit status 2
# expect: square: error: argument --pair: expected 2 arguments
attempt(parser, ["1", "--some"])
# expect: exit status 2
# expect: square: error: argument --some: expected at least one argument
attempt(parser, ["1", "--flag=yes"])
# expect: exit status 2
# expect: square: error: argument --flag: ignored explicit argument 'yes'
attempt(parser, ["one"])
# expect: exit status 2
# expect: square: error: argument n: invalid int value: 'one'
attempt(parser, ["1", "--wo", "2"])
# expect: Namespace(threads=10, work=2, mode=None, pair=None, some=None, flag=False, n=1)

ambiguous = argparse.ArgumentParser(prog="ambiguous")
ambiguous.add_argument("--foo")
ambiguous.add_argument("--foobar")
attempt(ambiguous, ["--fo", "1"], whole=True)
# expect: exit status 2
# expect: usage: ambiguous [-h] [--foo FOO] [--foobar FOOBAR]
# expect: ambiguous: error: ambiguous option: --fo could match --foo, --foobar

required = argparse.ArgumentParser(prog="required")
required.add_argument("-m", "--mode", required=True)
required.add_argument("src")
required.add_argument("dst", nargs="+")
attempt(required, [], whole=True)
# expect: exit status 2
# expect: usage: required [-h] -m MODE src dst [dst ...]
# expect: required: error: the following arguments are required: -m/--mode, src, dst
attempt(required, ["-m", "x", "a"])
# expect: exit status 2
# expect: required: error: the following arguments are required: dst
attempt(required, ["-m", "x", "a", "b", "c"])
# expect: Namespace(mode='x', src='a', dst=['b', 'c'])


def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError("%d is odd" % value)
    return value


typed = argparse.ArgumentParser(prog="typed")
typed.add_argument("--even", type=even)
attempt(typed, ["--even", "3"])
# expect: exit status 2
# expect: typed: error: argument --even: 3 is odd
attempt(typed, ["--even", "three"])
# expect: exit status 2
# expect: typed: error: argument --even: invalid even value: 'three'
attempt(typed, ["--even", "4"])
# expect: Namespace(even=4)

# error() can be called directly, and exit() ends with a status and a message.
def direct_calls():
    parser = argparse.ArgumentParser(prog="direct")
    saved = sys.stderr
    captured = Capture()
    sys.stderr = captured
    try:
        parser.error("something is wrong")
    except SystemExit as exit:
        print("exit status", exit.code)
    try:
        parser.exit(3, "bye\n")
    except SystemExit as exit:
        print("exit status", exit.code)
    sys.stderr = saved
    print(captured.text, end="")


direct_calls()
# expect: exit status 2
# expect: exit status 3
# expect: usage: direct [-h]
# expect: direct: error: something is wrong
# expect: bye
