"""asyncio.timeouts: timeout() and timeout_at() and their Timeout."""

from asyncio import Timeout, timeout, timeout_at

__all__ = ('Timeout', 'timeout', 'timeout_at')
