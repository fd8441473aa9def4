# Without prog=, the program name is the last part of sys.argv[0]; without an argument
# list, parse_args reads sys.argv[1:].
import argparse
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--threads", type=int, default=10)
print(parser.prog)
# expect: prog_default.py
print(parser.format_usage(), end="")
# expect: usage: prog_default.py [-h] [--threads THREADS]

saved = sys.argv
sys.argv = [saved[0], "--threads", "3"]
print(parser.parse_args())
# expect: Namespace(threads=3)
sys.argv = saved
print(parser.parse_args([]))
# expect: Namespace(threads=10)
