# How help is wrapped: a usage line too long for the width breaks between options (then
# positionals), under the program name or, for a long name, on lines of its own; long
# option invocations put their help on the next line; help, description and epilog text
# is refilled to the width, breaking after hyphens and around em-dashes as textwrap does.
# The width is $COLUMNS - 2 (80 - 2 when COLUMNS is not set).
import argparse
import os


def show_help(parser):
    try:
        parser.parse_args(["-h"])
    except SystemExit:
        pass


def build(prog):
    parser = argparse.ArgumentParser(
        prog=prog,
        description="""A description written over
        several lines,   with odd    spacing, that is refilled to the width of the help; it
        mentions multi-threaded, well-known and self-evident things--and em-dashes--which
        are pieces of their own.""",
        epilog="supercalifragilisticexpialidocious-extraordinarily-long-words get broken")
    parser.add_argument("--a-rather-long-option-name", metavar="VALUE",
                        help="an option whose name is longer than the help column")
    parser.add_argument("-o", "--output", help="short enough to share the line")
    parser.add_argument("--pair", nargs=2, metavar=("LEFT", "RIGHT"))
    parser.add_argument("--maybe", nargs="?", const=1)
    parser.add_argument("--required-option", required=True)
    parser.add_argument("inputs", nargs="+", help="one or more inputs")
    parser.add_argument("output_dir", help="where the outputs go")
    return parser


os.environ["COLUMNS"] = "80"
show_help(build("wrap"))
# expect: usage: wrap [-h] [--a-rather-long-option-name VALUE] [-o OUTPUT]
# expect:             [--pair LEFT RIGHT] [--maybe [MAYBE]] --required-option
# expect:             REQUIRED_OPTION
# expect:             inputs [inputs ...] output_dir
# expect:
# expect: A description written over several lines, with odd spacing, that is refilled
# expect: to the width of the help; it mentions multi-threaded, well-known and self-
# expect: evident things--and em-dashes--which are pieces of their own.
# expect:
# expect: positional arguments:
# expect:   inputs                one or more inputs
# expect:   output_dir            where the outputs go
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --a-rather-long-option-name VALUE
# expect:                         an option whose name is longer than the help column
# expect:   -o OUTPUT, --output OUTPUT
# expect:                         short enough to share the line
# expect:   --pair LEFT RIGHT
# expect:   --maybe [MAYBE]
# expect:   --required-option REQUIRED_OPTION
# expect:
# expect: supercalifragilisticexpialidocious-extraordinarily-long-words get broken
os.environ["COLUMNS"] = "50"
show_help(build("narrow"))
# expect: usage: narrow [-h]
# expect:               [--a-rather-long-option-name VALUE]
# expect:               [-o OUTPUT] [--pair LEFT RIGHT]
# expect:               [--maybe [MAYBE]]
# expect:               --required-option REQUIRED_OPTION
# expect:               inputs [inputs ...] output_dir
# expect:
# expect: A description written over several lines, with
# expect: odd spacing, that is refilled to the width of
# expect: the help; it mentions multi-threaded, well-known
# expect: and self-evident things--and em-dashes--which
# expect: are pieces of their own.
# expect:
# expect: positional arguments:
# expect:   inputs                one or more inputs
# expect:   output_dir            where the outputs go
# expect:
# expect: options:
# expect:   -h, --help            show this help message
# expect:                         and exit
# expect:   --a-rather-long-option-name VALUE
# expect:                         an option whose name is
# expect:                         longer than the help
# expect:                         column
# expect:   -o OUTPUT, --output OUTPUT
# expect:                         short enough to share
# expect:                         the line
# expect:   --pair LEFT RIGHT
# expect:   --maybe [MAYBE]
# expect:   --required-option REQUIRED_OPTION
# expect:
# expect: supercalifragilisticexpialidocious-
# expect: extraordinarily-long-words get broken
os.environ["COLUMNS"] = "120"
show_help(build("wide"))
# expect: usage: wide [-h] [--a-rather-long-option-name VALUE] [-o OUTPUT] [--pair LEFT RIGHT] [--maybe [MAYBE]]
# expect:             --required-option REQUIRED_OPTION
# expect:             inputs [inputs ...] output_dir
# expect:
# expect: A description written over several lines, with odd spacing, that is refilled to the width of the help; it mentions
# expect: multi-threaded, well-known and self-evident things--and em-dashes--which are pieces of their own.
# expect:
# expect: positional arguments:
# expect:   inputs                one or more inputs
# expect:   output_dir            where the outputs go
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --a-rather-long-option-name VALUE
# expect:                         an option whose name is longer than the help column
# expect:   -o OUTPUT, --output OUTPUT
# expect:                         short enough to share the line
# expect:   --pair LEFT RIGHT
# expect:   --maybe [MAYBE]
# expect:   --required-option REQUIRED_OPTION
# expect:
# expect: supercalifragilisticexpialidocious-extraordinarily-long-words get broken
os.environ["COLUMNS"] = "80"
show_help(build("a_program_name_long_enough_to_put_the_usage_below_it_entirely"))
# expect: usage: a_program_name_long_enough_to_put_the_usage_below_it_entirely
# expect:        [-h] [--a-rather-long-option-name VALUE] [-o OUTPUT]
# expect:        [--pair LEFT RIGHT] [--maybe [MAYBE]] --required-option REQUIRED_OPTION
# expect:        inputs [inputs ...] output_dir
# expect:
# expect: A description written over several lines, with odd spacing, that is refilled
# expect: to the width of the help; it mentions multi-threaded, well-known and self-
# expect: evident things--and em-dashes--which are pieces of their own.
# expect:
# expect: positional arguments:
# expect:   inputs                one or more inputs
# expect:   output_dir            where the outputs go
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --a-rather-long-option-name VALUE
# expect:                         an option whose name is longer than the help column
# expect:   -o OUTPUT, --output OUTPUT
# expect:                         short enough to share the line
# expect:   --pair LEFT RIGHT
# expect:   --maybe [MAYBE]
# expect:   --required-option REQUIRED_OPTION
# expect:
# expect: supercalifragilisticexpialidocious-extraordinarily-long-words get broken
