# type= converts each value (string defaults too), choices= limits the converted values,
# and a type function can reject a value with ArgumentTypeError.
import argparse


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not a positive number" % text)
    return value


parser = argparse.ArgumentParser(prog="typed")
parser.add_argument("--threads", type=positive, default="4")
parser.add_argument("--ratio", type=float, default=0.5)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--level", type=int, choices=[1, 2, 3])
parser.add_argument("sizes", type=int, nargs="*")

print(parser.parse_args([]))
# expect: Namespace(threads=4, ratio=0.5, mode='fast', level=None, sizes=[])
print(parser.parse_args(["--threads", "12", "--ratio", "2", "1", "-2", "30"]))
# expect: Namespace(threads=12, ratio=2.0, mode='fast', level=None, sizes=[1, -2, 30])
print(parser.parse_args(["--mode", "slow", "--level", "3"]))
# expect: Namespace(threads=4, ratio=0.5, mode='slow', level=3, sizes=[])
print(type(parser.parse_args([]).threads).__name__)
# expect: int
