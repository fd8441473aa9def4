"""asyncio.unix_events: the loop and the policy used on Unix."""

from asyncio import (SelectorEventLoop, DefaultEventLoopPolicy, _UnixSelectorEventLoop,
                     _UnixDefaultEventLoopPolicy)

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')
