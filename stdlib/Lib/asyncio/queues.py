"""asyncio.queues: the queues coroutines pass items through."""

from asyncio import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')
