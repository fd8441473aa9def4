"""asyncio.coroutines: telling coroutines and coroutine functions."""

from asyncio import iscoroutinefunction, iscoroutine, _is_coroutine

__all__ = ('iscoroutinefunction', 'iscoroutine')
