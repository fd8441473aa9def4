# getpass: the user's login name, and reading a password. MiniPy reads the password from
# standard input with a warning that it will be shown (it does not switch the terminal's
# echo off), as CPython does when it cannot control the terminal.
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt="Password: ", stream=None):
    """Prompts for a password and returns it, without the line ending."""
    if stream is None:
        stream = sys.stderr
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == "\n":
        line = line[:-1]
    return line


def getuser():
    """The login name of the user: from LOGNAME, USER, LNAME or USERNAME, else from the
    password database."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]
