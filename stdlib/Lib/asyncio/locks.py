"""asyncio.locks: the synchronisation primitives of coroutines."""

from asyncio import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')
