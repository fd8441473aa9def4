# Help variations: argument groups, add_help=False, a usage= string, %(prog)s in texts,
# the version action, and the formatter classes RawDescriptionHelpFormatter,
# RawTextHelpFormatter and ArgumentDefaultsHelpFormatter.
import argparse
import os

os.environ["COLUMNS"] = "80"


def show_help(parser):
    try:
        parser.parse_args(["--help"])
    except SystemExit:
        pass


grouped = argparse.ArgumentParser(prog="grouped", description="%(prog)s groups its options.")
grouped.add_argument("--top", help="an ungrouped option")
workers = grouped.add_argument_group("workers", "How the work is split up.")
workers.add_argument("--threads", type=int, default=4, help="threads to use")
workers.add_argument("--processes", type=int, help="processes to use")
output = grouped.add_argument_group("output")
output.add_argument("--format", choices=["text", "json"], help="how results are printed")
output.add_argument("destination", help="a positional in a group")
empty = grouped.add_argument_group("empty group, not shown")
show_help(grouped)
# expect: usage: grouped [-h] [--top TOP] [--threads THREADS] [--processes PROCESSES]
# expect:                [--format {text,json}]
# expect:                destination
# expect:
# expect: grouped groups its options.
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --top TOP             an ungrouped option
# expect:
# expect: workers:
# expect:   How the work is split up.
# expect:
# expect:   --threads THREADS     threads to use
# expect:   --processes PROCESSES
# expect:                         processes to use
# expect:
# expect: output:
# expect:   --format {text,json}  how results are printed
# expect:   destination           a positional in a group
print(grouped.parse_args(["--threads", "2", "out"]))
# expect: Namespace(top=None, threads=2, processes=None, format=None, destination='out')

bare = argparse.ArgumentParser(prog="bare", add_help=False, usage="%(prog)s [options] FILE")
bare.add_argument("file")
bare.add_argument("--version", action="version", version="%(prog)s 1.0")
print(bare.format_help(), end="")
# expect: usage: bare [options] FILE
# expect:
# expect: positional arguments:
# expect:   file
# expect:
# expect: options:
# expect:   --version  show program's version number and exit
try:
    bare.parse_args(["--version"])
except SystemExit as exit:
    print("exit status", exit.code)
# expect: bare 1.0
# expect: exit status 0

raw = argparse.ArgumentParser(
    prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
    description="Keeps these lines:\n  indented\n  as written",
    epilog="And these:\n    too")
raw.add_argument("--x", help="but this help  is\n refilled")
show_help(raw)
# expect: usage: raw [-h] [--x X]
# expect:
# expect: Keeps these lines:
# expect:   indented
# expect:   as written
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   --x X       but this help is refilled
# expect:
# expect: And these:
# expect:     too

raw_text = argparse.ArgumentParser(prog="raw_text", formatter_class=argparse.RawTextHelpFormatter)
raw_text.add_argument("--x", help="this help\n  keeps its lines")
show_help(raw_text)
# expect: usage: raw_text [-h] [--x X]
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   --x X       this help
# expect:                 keeps its lines

defaults = argparse.ArgumentParser(prog="defaults",
                                   formatter_class=argparse.ArgumentDefaultsHelpFormatter)
defaults.add_argument("--threads", type=int, default=10, help="worker threads")
defaults.add_argument("--name", help="no default given")
defaults.add_argument("--already", default=3, help="says so (default %(default)s)")
defaults.add_argument("items", nargs="*", default=["a"], help="items")
defaults.add_argument("single", help="a plain positional")
show_help(defaults)
# expect: usage: defaults [-h] [--threads THREADS] [--name NAME] [--already ALREADY]
# expect:                 [items ...] single
# expect:
# expect: positional arguments:
# expect:   items              items (default: ['a'])
# expect:   single             a plain positional
# expect:
# expect: options:
# expect:   -h, --help         show this help message and exit
# expect:   --threads THREADS  worker threads (default: 10)
# expect:   --name NAME        no default given (default: None)
# expect:   --already ALREADY  says so (default 3)
