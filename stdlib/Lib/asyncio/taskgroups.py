"""asyncio.taskgroups: TaskGroup."""

from asyncio import TaskGroup

__all__ = ['TaskGroup']
