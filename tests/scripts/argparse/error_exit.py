# An error that is not caught ends the program: the usage and "PROG: error: MESSAGE" go
# to stderr and the exit status is 2.
import argparse

parser = argparse.ArgumentParser(prog="square")
parser.add_argument("-t", "--threads", type=int, default=10)
print("parsing")
# expect: parsing
parser.parse_args(["--threads", "x"])
print("not reached")
# expect-exit: 2
# expect-error: square: error: argument -t/--threads: invalid int value: 'x'
