"""asyncio.exceptions: the exceptions asyncio raises (defined in the asyncio package)."""

from asyncio import (BrokenBarrierError, CancelledError, InvalidStateError, TimeoutError,
                     IncompleteReadError, LimitOverrunError, SendfileNotAvailableError)

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')
