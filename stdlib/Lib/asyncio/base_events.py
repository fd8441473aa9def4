"""asyncio.base_events: the event loop's implementation and its servers."""

from asyncio import BaseEventLoop
from _asyncio_transports import Server

__all__ = ('BaseEventLoop', 'Server')
