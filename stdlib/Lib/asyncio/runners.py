"""asyncio.runners: run() and Runner."""

from asyncio import Runner, run

__all__ = ('Runner', 'run')
