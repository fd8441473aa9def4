"""asyncio.futures: Future and its helpers."""

from asyncio import Future, wrap_future, isfuture

__all__ = ('Future', 'wrap_future', 'isfuture')
