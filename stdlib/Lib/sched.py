# sched: a general-purpose event scheduler. Events are kept in a heap ordered by their
# time, then their priority, then the order they were entered; run() waits (with the
# delay function) until the next one is due, runs it, and goes on until none is left. The
# queue is guarded by a lock, so other threads may enter and cancel events while it runs.
import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

_sentinel = object()


class Event(namedtuple("Event", "time, priority, sequence, action, argument, kwargs")):
    __slots__ = []

    # Events order by time, priority and sequence only: their actions need not be comparable.
    def __eq__(self, o):
        return (self.time, self.priority, self.sequence) == (o.time, o.priority, o.sequence)

    def __lt__(self, o):
        return (self.time, self.priority, self.sequence) < (o.time, o.priority, o.sequence)

    def __le__(self, o):
        return (self.time, self.priority, self.sequence) <= (o.time, o.priority, o.sequence)

    def __gt__(self, o):
        return (self.time, self.priority, self.sequence) > (o.time, o.priority, o.sequence)

    def __ge__(self, o):
        return (self.time, self.priority, self.sequence) >= (o.time, o.priority, o.sequence)

    __hash__ = None


Event.time.__doc__ = "Numeric type compatible with the return value of the timefunc function passed to the constructor."
Event.priority.__doc__ = "Events scheduled for the same time will be executed in the order of their priority."
Event.sequence.__doc__ = "A continually increasing sequence number that separates events if time and priority are equal."
Event.action.__doc__ = "Executing the event means executing action(*argument, **kwargs)"
Event.argument.__doc__ = "argument is a sequence holding the positional arguments for the action."
Event.kwargs.__doc__ = "kwargs is a dictionary holding the keyword arguments for the action."


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay functions."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event in the queue at an absolute time. Returns an ID for the event
        which can be used to remove it, if necessary."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """A variant that specifies the time as a relative time."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue; ValueError if it is not there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Execute events until the queue is empty. With blocking False, run the events due
        now and return the time until the next one (None when there is none)."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (time, priority, sequence, action, argument, kwargs) = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)  # let other threads run

    @property
    def queue(self):
        """The upcoming events, in the order they will run (a list of Event)."""
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
