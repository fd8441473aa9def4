"""cmd -- a framework for line-oriented command interpreters (class Cmd)."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Read lines, dispatch them, until a command returns a true value."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            if self.cmdqueue:
                line = self.cmdqueue.pop(0)
            elif self.use_rawinput and self.stdin is sys.stdin:
                try:
                    line = input(self.prompt)
                except EOFError:
                    line = "EOF"
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = "EOF" if not line else line.rstrip("\r\n")
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """Split a line into (command, argument, line)."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == "?":
            line = "help " + line[1:]
        elif line[0] == "!":
            if hasattr(self, "do_shell"):
                line = "shell " + line[1:]
            else:
                return None, None, line
        i = 0
        while i < len(line) and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = line
        if line == "EOF":
            self.lastcmd = ""
        if cmd == "":
            return self.default(line)
        func = getattr(self, "do_" + cmd, None)
        if func is None:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = "do_" + text
        return [a[3:] for a in self.get_names() if a.startswith(prefix)]

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(a[5:] for a in self.get_names()
                     if a.startswith("help_" + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            helper = getattr(self, "help_" + arg, None)
            if helper is not None:
                helper()
                return
            func = getattr(self, "do_" + arg, None)
            doc = getattr(func, "__doc__", None) if func else None
            if doc:
                self.stdout.write("%s\n" % str(doc))
            else:
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = sorted(self.get_names())
        helps = {n[5:] for n in names if n.startswith("help_")}
        documented, undocumented, seen = [], [], set()
        for name in names:
            if not name.startswith("do_"):
                continue
            command = name[3:]
            if command in seen:
                continue
            seen.add(command)
            if command in helps:
                documented.append(command)
                helps.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(helps), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, items, displaywidth=80):
        """Print `items` in as few column-major rows as fit the width."""
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, s in enumerate(items) if not isinstance(s, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(map(str, bad)))
        n = len(items)
        if n == 1:
            self.stdout.write("%s\n" % str(items[0]))
            return
        for nrows in range(1, n):
            ncols = (n + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                cells = items[col * nrows:(col + 1) * nrows]
                w = max(len(c) for c in cells) if cells else 0
                widths.append(w)
                total += w + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            nrows, ncols, widths = n, 1, [0]
        for row in range(nrows):
            cells = [items[i] for i in range(row, n, nrows)]
            while cells and not cells[-1]:
                cells.pop()
            for i in range(len(cells)):
                cells[i] = cells[i].ljust(widths[i])
            self.stdout.write("%s\n" % str("  ".join(cells)))
