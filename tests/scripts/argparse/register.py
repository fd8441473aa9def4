# register(registry, value, object): names for 'type' and 'action' values, looked up
# when arguments are added (actions) and when values are converted (types).
import os
os.environ["COLUMNS"] = "80"
import argparse, io, contextlib

def run(p, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print("OK", p.parse_args(argv))
    except SystemExit as e:
        print("EXIT", e.code)
    if err.getvalue(): print(err.getvalue(), end="")

def hex_int(text):
    return int(text, 16)

def yes_no(text):
    if text not in ("yes", "no"):
        raise argparse.ArgumentTypeError("say yes or no, not %r" % text)
    return text == "yes"

class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())

p = argparse.ArgumentParser(prog="prog")
p.register("type", "hex", hex_int)
p.register("type", "bool", yes_no)
p.register("action", "upper", Upper)
p.add_argument("--addr", type="hex", help="an address (%(type)s)")
p.add_argument("--ok", type="bool", default="no")
p.add_argument("--name", action="upper")
group = p.add_argument_group("extra")
group.register("type", "csv", lambda s: s.split(","))
group.add_argument("--tags", type="csv")
p.add_argument("--also", type="csv")
run(p, ["--addr", "ff", "--ok", "yes", "--name", "ada", "--tags", "a,b", "--also", "c,d"])
run(p, [])
run(p, ["--addr", "zz"])
run(p, ["--ok", "maybe"])
print(p.format_help())
print(p._registry_get("type", "hex") is hex_int, p._registry_get("type", "nope", 42))
print(p._registry_get("action", "upper") is Upper, p._registry_get("action", None).__name__)

# Unregistered names are errors when the argument is added.
for kwargs in ({"type": "octal"}, {"action": "shout"}):
    try:
        p.add_argument("--bad", **kwargs)
    except ValueError as e:
        print("ValueError:", e)

# Re-registering a built-in action name replaces it for this parser only.
class Counting(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=0)
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, getattr(namespace, self.dest) + 10)
q = argparse.ArgumentParser(prog="prog")
q.register("action", "store_true", Counting)
q.add_argument("-x", action="store_true")
run(q, ["-x", "-x"])
other = argparse.ArgumentParser(prog="prog")
other.add_argument("-x", action="store_true")
run(other, ["-x", "-x"])

# Sub-parsers are made by the 'parsers' action, which can be replaced too.
class NamedSubParsers(argparse._SubParsersAction):
    def add_parser(self, name, **kwargs):
        print("adding", name)
        return super().add_parser(name, **kwargs)
s = argparse.ArgumentParser(prog="prog")
s.register("action", "parsers", NamedSubParsers)
subs = s.add_subparsers(dest="cmd")
subs.add_parser("go").add_argument("--fast", action="store_true")
run(s, ["go", "--fast"])

# expect: OK Namespace(addr=255, ok=True, name='ADA', tags=['a', 'b'], also=['c', 'd'])
# expect: OK Namespace(addr=None, ok=False, name=None, tags=None, also=None)
# expect: EXIT 2
# expect: usage: prog [-h] [--addr ADDR] [--ok OK] [--name NAME] [--tags TAGS]
# expect:             [--also ALSO]
# expect: prog: error: argument --addr: invalid 'hex' value: 'zz'
# expect: EXIT 2
# expect: usage: prog [-h] [--addr ADDR] [--ok OK] [--name NAME] [--tags TAGS]
# expect:             [--also ALSO]
# expect: prog: error: argument --ok: say yes or no, not 'maybe'
# expect: usage: prog [-h] [--addr ADDR] [--ok OK] [--name NAME] [--tags TAGS]
# expect:             [--also ALSO]
# expect: 
# expect: options:
# expect:   -h, --help   show this help message and exit
# expect:   --addr ADDR  an address (hex)
# expect:   --ok OK
# expect:   --name NAME
# expect:   --also ALSO
# expect: 
# expect: extra:
# expect:   --tags TAGS
# expect: 
# expect: True 42
# expect: True _StoreAction
# expect: ValueError: 'octal' is not callable
# expect: ValueError: unknown action "shout"
# expect: OK Namespace(x=20)
# expect: OK Namespace(x=True)
# expect: adding go
# expect: OK Namespace(cmd='go', fast=True)
