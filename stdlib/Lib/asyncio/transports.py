"""asyncio.transports: the transports' interfaces (kept in _asyncio_transports.py)."""

from _asyncio_transports import (BaseTransport, ReadTransport, WriteTransport, Transport,
                                 DatagramTransport, SubprocessTransport)

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport',
           'SubprocessTransport')
