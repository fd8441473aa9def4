"""pstats: the profiler's statistics, sorted and printed in CPython's layout.

Stats(profile or file, ..., stream=None) gathers what cProfile measured; sort_stats() orders
it ('cumulative', 'tottime', 'calls', 'name', SortKey.TIME...), strip_dirs() drops the
folders from file names, and print_stats(*restrictions) prints the table, limited by a count,
a fraction or a regular expression; print_callers() and print_callees() show who called whom.
"""

import os
import re
import sys
from enum import Enum
from functools import cmp_to_key

__all__ = ["Stats", "SortKey"]


class SortKey(str, Enum):
    CALLS = 'calls'
    CUMULATIVE = 'cumulative'
    FILENAME = 'filename'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'tottime'


# Each sort key: what it compares in (cc, nc, tt, ct, file, line, name, stdname) and in which
# direction (-1: largest first), and the words the "Ordered by" line uses.
_SORT_KEYS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}


def func_std_string(func):
    """file:line(name), or {name} for a built-in."""
    if func[:2] == ('~', 0):
        name = func[2]
        return '{%s}' % name[1:-1] if name.startswith('<') and name.endswith('>') else name
    return "%s:%d(%s)" % func


def func_strip_path(func):
    filename, line, name = func
    return os.path.basename(filename), line, name


def f8(x):
    return "%8.3f" % x


class Stats:
    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.stats = {}
        self.files = []
        self.fcn_list = 0
        self.sort_type = ''
        self.total_calls = self.prim_calls = 0
        self.total_tt = 0.0
        self.max_name_len = 0
        self.all_callees = None
        for arg in args:
            self.add(arg)

    def load_stats(self, arg):
        if arg is None:
            return {}
        if isinstance(arg, str):
            import pickle
            with open(arg, 'rb') as f:
                stats = pickle.load(f)
            self.files.append(arg)
            return stats
        if isinstance(arg, Stats):
            return arg.stats
        if hasattr(arg, 'create_stats'):
            arg.create_stats()
            return arg.stats
        raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def add(self, *arg_list):
        for arg in arg_list:
            for func, stat in self.load_stats(arg).items():
                self._merge(self.stats, func, stat)
        self._totals()
        return self

    @staticmethod
    def _merge(table, func, stat):
        cc, nc, tt, ct, callers = stat
        if func in table:
            old_cc, old_nc, old_tt, old_ct, old_callers = table[func]
            merged = dict(old_callers)
            for caller, figures in callers.items():
                if caller in merged:
                    merged[caller] = tuple(a + b for a, b in zip(merged[caller], figures))
                else:
                    merged[caller] = figures
            table[func] = (old_cc + cc, old_nc + nc, old_tt + tt, old_ct + ct, merged)
        else:
            table[func] = (cc, nc, tt, ct, dict(callers))

    def _totals(self):
        self.total_calls = sum(stat[1] for stat in self.stats.values())
        self.prim_calls = sum(stat[0] for stat in self.stats.values())
        self.total_tt = sum(stat[2] for stat in self.stats.values())
        self.max_name_len = max((len(func_std_string(func)) for func in self.stats), default=0)

    def dump_stats(self, filename):
        import pickle
        with open(filename, 'wb') as f:
            pickle.dump(self.stats, f)

    # ── ordering ──

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [{-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        criteria = ()
        self.sort_type = ''
        connector = ''
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            criteria += self._sort_key(word)[0]
            self.sort_type += connector + self._sort_key(word)[1]
            connector = ', '
        rows = [(cc, nc, tt, ct) + func + (func_std_string(func), func)
                for func, (cc, nc, tt, ct, callers) in self.stats.items()]

        def compare(left, right):
            for index, direction in criteria:
                if left[index] < right[index]:
                    return -direction
                if left[index] > right[index]:
                    return direction
            return 0

        rows.sort(key=cmp_to_key(compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    @staticmethod
    def _sort_key(word):
        if word in _SORT_KEYS:
            return _SORT_KEYS[word]
        # an abbreviation that stands for one ordering only ('cum' for cumulative)
        meanings = {_SORT_KEYS[key] for key in _SORT_KEYS if key.startswith(word)}
        if len(meanings) == 1:
            return meanings.pop()
        raise KeyError(word)

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        stripped = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callers = {func_strip_path(caller): figures for caller, figures in callers.items()}
            self._merge(stripped, func_strip_path(func), (cc, nc, tt, ct, callers))
        self.stats = stripped
        self.fcn_list = 0
        self.all_callees = None
        self._totals()
        return self

    # ── printing ──

    def _selection(self, restrictions):
        width = self.max_name_len
        if self.fcn_list:
            chosen = self.fcn_list[:]
            message = "   Ordered by: " + self.sort_type + '\n'
        else:
            chosen = list(self.stats.keys())
            message = "   Random listing order was used\n"
        for restriction in restrictions:
            before = len(chosen)
            if isinstance(restriction, str):
                try:
                    pattern = re.compile(restriction)
                except re.error:
                    message += "   <Invalid regular expression %r>\n" % restriction
                    continue
                chosen = [func for func in chosen if pattern.search(func_std_string(func))]
            elif isinstance(restriction, float) and 0.0 <= restriction < 1.0:
                chosen = chosen[:int(len(chosen) * restriction + .5)]
            elif isinstance(restriction, int) and 0 <= restriction < len(chosen):
                chosen = chosen[:restriction]
            if len(chosen) != before:
                message += "   List reduced from %r to %r due to restriction <%r>\n" % (
                    before, len(chosen), restriction)
        if not chosen:
            return 0, chosen
        print(message, file=self.stream)
        if len(chosen) < len(self.stats):
            width = max(len(func_std_string(func)) for func in chosen)
        return width + 2, chosen

    def print_stats(self, *amount):
        for filename in self.files:
            print(filename, file=self.stream)
        if self.files:
            print(file=self.stream)
        indent = ' ' * 8
        print(indent, self.total_calls, "function calls", end=' ', file=self.stream)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=self.stream)
        print("in %.3f seconds" % self.total_tt, file=self.stream)
        print(file=self.stream)
        width, chosen = self._selection(amount)
        if chosen:
            print('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)', file=self.stream)
            for func in chosen:
                self._print_line(func)
            print(file=self.stream)
            print(file=self.stream)
        return self

    def _print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc) if nc == cc else '%d/%d' % (nc, cc)
        print(calls.rjust(9), end=' ', file=self.stream)
        print(f8(tt), end=' ', file=self.stream)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=self.stream)
        print(f8(ct), end=' ', file=self.stream)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=self.stream)
        print(func_std_string(func), file=self.stream)

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, figures in callers.items():
                callees.setdefault(caller, {})[func] = figures

    def print_callees(self, *amount):
        width, chosen = self._selection(amount)
        if chosen:
            self.calc_callees()
            self._print_call_heading(width, "called...")
            for func in chosen:
                self._print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, chosen = self._selection(amount)
        if chosen:
            self._print_call_heading(width, "was called by...")
            for func in chosen:
                self._print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def _print_call_heading(self, width, direction):
        print("Function ".ljust(width) + direction, file=self.stream)
        print(" " * width + "    ncalls  tottime  cumtime", file=self.stream)

    def _print_call_line(self, width, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(width), end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ""
        for func in sorted(call_dict, key=func_std_string):
            name = func_std_string(func)
            nc, cc, tt, ct = call_dict[func]
            calls = str(nc) if nc == cc else '%d/%d' % (nc, cc)
            left = "%s %s %s %s" % (calls.rjust(9), f8(tt), f8(ct), name)
            print(indent + arrow + left, file=self.stream)
            indent = " " * (width + 1)
