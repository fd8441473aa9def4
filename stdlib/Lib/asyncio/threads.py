"""asyncio.threads: to_thread()."""

from asyncio import to_thread

__all__ = ('to_thread',)
