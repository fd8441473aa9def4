"""What a child started with the fork method inherits from modules other than the main
program (whose namespace the fork snapshot copies whole; see Natives/ForkSnapshot.cs).

After a real fork every module is as the parent left it. The emulation imports the other
modules afresh in the child, so two kinds of run-time state are carried across here:

* logging's configuration: the root logger and every named logger with their levels,
  handlers, filters and formatters, custom level names and logging.disable() — what
  basicConfig, dictConfig or addHandler set up in the parent, so a child's records go where
  the parent's go (handlers on the standard streams write to the child's own, shared with
  the parent as after a fork) — and multiprocessing's own logger (log_to_stderr);
* the program's own modules (those not in the standard library): their globals as the
  parent changed them (`config.DEBUG = True` in the parent is seen by the child).

Standard-library modules other than logging keep the state their import gives them; that
is what differs from a real fork.
"""

import sys
import os

_LIBRARY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _is_program_module(name, module):
    if name in ("__main__", "__mp_main__") or name.startswith("multiprocessing"):
        return False
    path = getattr(module, "__file__", None)
    if not isinstance(path, str):
        return False
    return not os.path.abspath(path).startswith(_LIBRARY + os.sep)


def capture():
    """The state to carry (the parent's side)."""
    state = {}
    logging = sys.modules.get("logging")
    if logging is not None:
        state["logging"] = {
            "root": logging.root,
            "loggers": dict(logging._loggers),
            "levelToName": dict(logging._levelToName),
            "nameToLevel": dict(logging._nameToLevel),
            "disable": logging._disable_level,
            "raiseExceptions": logging.raiseExceptions,
        }
    util = sys.modules.get("multiprocessing.util")
    if util is not None and util._logger is not None:
        state["multiprocessing_logger"] = (util._logger, util._log_to_stderr)
    modules = {}
    for name, module in list(sys.modules.items()):
        if _is_program_module(name, module):
            modules[name] = {key: value for key, value in module.__dict__.items()
                             if not (key.startswith("__") and key.endswith("__"))}
    state["modules"] = modules
    return state


def restore(state):
    """Applies the carried state (the child's side, before the target runs)."""
    carried = state.get("logging")
    if carried is not None:
        import logging
        root = carried["root"]
        logging.root = root
        logging.Logger.root = root
        logging._loggers.clear()
        logging._loggers.update(carried["loggers"])
        logging._levelToName.clear()
        logging._levelToName.update(carried["levelToName"])
        logging._nameToLevel.clear()
        logging._nameToLevel.update(carried["nameToLevel"])
        logging._disable_level = carried["disable"]
        logging.raiseExceptions = carried["raiseExceptions"]
    if "multiprocessing_logger" in state:
        from multiprocessing import util
        util._logger, util._log_to_stderr = state["multiprocessing_logger"]
    import importlib
    for name, namespace in state.get("modules", {}).items():
        module = sys.modules.get(name)
        if module is None:
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
        module.__dict__.update(namespace)
