# Mistakes in declaring arguments are exceptions raised by add_argument, not usage errors.
import argparse


def attempt(*args, **kwargs):
    parser = argparse.ArgumentParser(prog="p")
    parser.add_argument("-t", "--threads")
    try:
        parser.add_argument(*args, **kwargs)
        print("accepted", args)
    except Exception as error:
        print(type(error).__name__ + ":", error)


attempt("name", required=True)
# expect: TypeError: 'required' is an invalid argument for positionals
attempt("--x", action="shout")
# expect: ValueError: unknown action "shout"
attempt("-t")
# expect: ArgumentError: argument -t: conflicting option string: -t
attempt("-t", "--threads")
# expect: ArgumentError: argument -t/--threads: conflicting option strings: -t, --threads
attempt("x", "y")
# expect: ValueError: invalid option string 'x': must start with a character '-'
attempt("--x", nargs=0)
# expect: ValueError: nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate
attempt("--x", type="int")
# expect: ValueError: 'int' is not callable
attempt("--x", action="store_true", nargs=1)
# expect: TypeError: _StoreTrueAction.__init__() got an unexpected keyword argument 'nargs'
attempt("--x", nargs=2, metavar=("A", "B", "C"))
# expect: ValueError: length of metavar tuple does not match nargs
attempt("--x", nargs=2, metavar=("A", "B"))
# expect: accepted ('--x',)
attempt("name", dest="other")
# expect: ValueError: dest supplied twice for positional argument
