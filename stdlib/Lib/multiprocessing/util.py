"""multiprocessing.util: the package's logger (get_logger, log_to_stderr) and the helpers
that write to it, as CPython's. Nothing is logged until a program asks for the logger: then
a process's start, its end and the interpreter's shutdown show as CPython shows them
("[INFO/Process-1] child process calling self.run()")."""

import sys

__all__ = ["sub_debug", "debug", "info", "sub_warning", "get_logger", "log_to_stderr",
           "is_exiting", "SUBDEBUG", "SUBWARNING", "LOGGER_NAME", "DEFAULT_LOGGING_FORMAT"]

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = "multiprocessing"
DEFAULT_LOGGING_FORMAT = "[%(levelname)s/%(processName)s] %(message)s"

_logger = None
_log_to_stderr = False
_exiting = False


def sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args)


def info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args)


def sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args)


def get_logger():
    """The 'multiprocessing' logger, made on first use (its records do not propagate)."""
    global _logger
    import logging
    if not _logger:
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = 0
        logging.addLevelName(SUBDEBUG, "SUBDEBUG")
        logging.addLevelName(SUBWARNING, "SUBWARNING")
    return _logger


def log_to_stderr(level=None):
    """Sends the package's records to stderr, formatted as DEFAULT_LOGGING_FORMAT."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


def is_exiting():
    """Whether the interpreter is shutting down."""
    return _exiting or _exiting is None
