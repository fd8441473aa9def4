"""asyncio.tasks: Task and the functions that wait on coroutines and futures."""

from asyncio import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, wait,
                     wait_for, as_completed, sleep, gather, shield, ensure_future,
                     run_coroutine_threadsafe, current_task, all_tasks, _register_task,
                     _unregister_task, _enter_task, _leave_task)

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait',
           'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task')
