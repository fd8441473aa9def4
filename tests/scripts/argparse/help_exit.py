# -h prints the help on stdout and ends the program with status 0.
import argparse

parser = argparse.ArgumentParser(prog="square", description="Square numbers.")
parser.add_argument("-t", "--threads", type=int, default=10, help="worker threads")
parser.parse_args(["-h"])
# expect: usage: square [-h] [-t THREADS]
# expect:
# expect: Square numbers.
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   -t THREADS, --threads THREADS
# expect:                         worker threads
print("not reached")
