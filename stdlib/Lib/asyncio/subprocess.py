"""asyncio.subprocess: child processes with streams (kept in _asyncio_subprocess.py)."""

from _asyncio_subprocess import (create_subprocess_exec, create_subprocess_shell, Process,
                                 SubprocessStreamProtocol, PIPE, STDOUT, DEVNULL)

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')
