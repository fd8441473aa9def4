"""The home of queue.Empty, as CPython's C module _queue is: tracebacks name it _queue.Empty,
and a pickled Empty (a Manager queue's get() that timed out, say) is found here again."""

__all__ = ["Empty"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    pass
