"""asyncio.protocols: the protocols transports call (kept in _asyncio_transports.py)."""

from _asyncio_transports import (BaseProtocol, Protocol, DatagramProtocol, SubprocessProtocol,
                                 BufferedProtocol)

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol')
