"""asyncio.events: the event loop's interface, its handles and the loop policies."""

from asyncio import (AbstractEventLoopPolicy, AbstractEventLoop, AbstractServer,
                     BaseDefaultEventLoopPolicy,
                     Handle, TimerHandle, get_event_loop_policy, set_event_loop_policy,
                     get_event_loop, set_event_loop, new_event_loop, _set_running_loop,
                     get_running_loop, _get_running_loop)

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_child_watcher', 'set_child_watcher', '_set_running_loop',
           'get_running_loop', '_get_running_loop')


def get_child_watcher():
    """The current policy's child watcher."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    get_event_loop_policy().set_child_watcher(watcher)
