# Tests for the optparse module.
import sys
sys.argv[0] = "tool.py"  # %prog, whatever path the program was started by
from optparse import OptionParser, OptionGroup, OptionValueError

def cb(option, opt, value, parser, tag):
    print("callback", opt, value, tag)
    parser.values.cbval = value

p = OptionParser(prog="tool", usage="%prog [options] FILE...",
                 description="A small tool that does several things with "
                             "files and prints a long description to wrap.",
                 version="%prog 1.0")
p.add_option("-f", "--file", dest="filename", metavar="FILE",
             help="write report to FILE [default: %default]", default="out.txt")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-v", action="store_true", dest="verbose")
p.add_option("-n", "--num", type="int", default=3, help="how many")
p.add_option("--ratio", type="float")
p.add_option("-m", "--mode", type="choice", choices=["fast", "slow"], help="speed mode")
p.add_option("-I", "--include", action="append", dest="includes", help="add an include directory; may be repeated as often as you like to build a path")
p.add_option("-d", action="count", dest="debug")
p.add_option("--const", action="store_const", const=42)
p.add_option("--cb", action="callback", callback=cb, type="string", callback_args=("T",))
p.add_option("--a-very-long-option-name", action="store_true", help="long")
p.add_option("--nohelp", action="store_true")
g = OptionGroup(p, "Dangerous Options", "Caution: use at your own risk.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)

print(p.format_help())
p.print_usage()
opts, args = p.parse_args(["-f", "a.txt", "-q", "-n", "0x10", "x", "-ddd", "--ratio=2.5",
                           "-mfast", "-I", "a", "--include=b", "--const", "--cb", "val", "y", "--", "-z"])
print(sorted(vars(opts).items()))
print(args)
opts, args = p.parse_args([])
print(sorted(vars(opts).items()), args)
opts, args = p.parse_args(["--fi", "z", "-n010", "-vd"])
print(opts.filename, opts.num, opts.verbose, opts.debug)
print(p.get_version())
p2 = OptionParser()
print(p2.format_help(), end="")
print(p2.get_prog_name())

sys.stderr = sys.stdout  # keep error output ordered with stdout
for argv in (["-x"], ["-n"], ["-n", "abc"], ["--ratio", "x"], ["-m", "medium"],
             ["--const=5"], ["--bogus"], ["--a"], ["--n"]):
    sys.stderr.flush()
    try:
        p.parse_args(argv)
    except SystemExit as e:
        sys.stderr.flush()
        print("exit", e.code)
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.error("custom failure")
except SystemExit as e:
    print("exit", e.code)

# expect: Usage: tool [options] FILE...
# expect: 
# expect: A small tool that does several things with files and prints a long description
# expect: to wrap.
# expect: 
# expect: Options:
# expect:   --version             show program's version number and exit
# expect:   -h, --help            show this help message and exit
# expect:   -f FILE, --file=FILE  write report to FILE [default: out.txt]
# expect:   -q, --quiet           don't print status messages to stdout
# expect:   -v                    
# expect:   -n NUM, --num=NUM     how many
# expect:   --ratio=RATIO         
# expect:   -m MODE, --mode=MODE  speed mode
# expect:   -I INCLUDES, --include=INCLUDES
# expect:                         add an include directory; may be repeated as often as
# expect:                         you like to build a path
# expect:   -d                    
# expect:   --const               
# expect:   --cb=CB               
# expect:   --a-very-long-option-name
# expect:                         long
# expect:   --nohelp              
# expect: 
# expect:   Dangerous Options:
# expect:     Caution: use at your own risk.
# expect: 
# expect:     -g                  Group option.
# expect: 
# expect: Usage: tool [options] FILE...
# expect: 
# expect: callback --cb val T
# expect: [('a_very_long_option_name', None), ('cb', None), ('cbval', 'val'), ('const', 42), ('debug', 3), ('filename', 'a.txt'), ('g', None), ('includes', ['a', 'b']), ('mode', 'fast'), ('nohelp', None), ('num', 16), ('ratio', 2.5), ('verbose', False)]
# expect: ['x', 'y', '-z']
# expect: [('a_very_long_option_name', None), ('cb', None), ('const', None), ('debug', None), ('filename', 'out.txt'), ('g', None), ('includes', None), ('mode', None), ('nohelp', None), ('num', 3), ('ratio', None), ('verbose', True)] []
# expect: z 8 True 1
# expect: tool 1.0
# expect: Usage: tool.py [options]
# expect: 
# expect: Options:
# expect:   -h, --help  show this help message and exit
# expect: tool.py
# expect: Usage: tool [options] FILE...
# expect: 
# expect: tool: error: no such option: -x
# expect: exit 2
# expect: Usage: tool [options] FILE...
# expect: 
# expect: tool: error: -n option requires 1 argument
# expect: exit 2
# expect: Usage: tool [options] FILE...
# expect: 
# expect: tool: error: option -n: invalid integer value: 'abc'
# expect: exit 2
# expect: Usage: tool [options] FILE...
# expect: 
# expect: tool: error: option --ratio: invalid floating-point value: 'x'
# expect: exit 2
# expect: Usage: tool [options] FILE...
# expect: 
# expect: tool: error: option -m: invalid choice: 'medium' (choose from 'fast', 'slow')
# expect: exit 2
# expect: Usage: tool [options] FILE...
# expect: 
# expect: tool: error: --const option does not take a value
# expect: exit 2
# expect: Usage: tool [options] FILE...
# expect: 
# expect: tool: error: no such option: --bogus
# expect: exit 2
# expect: Usage: tool [options] FILE...
# expect: 
# expect: tool: error: ambiguous option: --n (--nohelp, --num?)
# expect: exit 2
# expect: tool 1.0
# expect: exit 0
# expect: Usage: tool [options] FILE...
# expect: 
# expect: tool: error: custom failure
# expect: exit 2
