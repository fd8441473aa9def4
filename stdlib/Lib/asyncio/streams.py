"""asyncio.streams: the streams (kept in _asyncio_streams.py)."""

from _asyncio_streams import (StreamReader, StreamWriter, StreamReaderProtocol, FlowControlMixin,
                              open_connection, start_server, open_unix_connection,
                              start_unix_server)

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'open_unix_connection', 'start_unix_server')
