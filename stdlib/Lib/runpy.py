"""runpy: running a module or a file as the main program would run (python -m name,
python path), returning the namespace it leaves."""

import os
import sys
import types

__all__ = ["run_module", "run_path"]


def _run_code(code, run_globals, init_globals, mod_name, mod_file, mod_loader=None, mod_spec=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=mod_name, __file__=mod_file, __cached__=None, __doc__=None,
                       __loader__=mod_loader, __package__=mod_name.rpartition(".")[0] if mod_spec else None,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_in_temporary_module(code, init_globals, mod_name, mod_file, mod_loader, mod_spec, alter_sys):
    if not alter_sys:
        return _run_code(code, {}, init_globals, mod_name, mod_file, mod_loader, mod_spec)
    # As python -m does: the module is sys.modules[mod_name] and sys.argv[0] its file.
    module = types.ModuleType(mod_name)
    saved_module = sys.modules.get(mod_name)
    saved_argv0 = sys.argv[0] if sys.argv else None
    sys.modules[mod_name] = module
    if sys.argv:
        sys.argv[0] = mod_file
    try:
        _run_code(code, module.__dict__, init_globals, mod_name, mod_file, mod_loader, mod_spec)
    finally:
        if sys.argv:
            sys.argv[0] = saved_argv0
        if saved_module is None:
            del sys.modules[mod_name]
        else:
            sys.modules[mod_name] = saved_module
    return module.__dict__.copy()


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs the module mod_name (a package runs its __main__ submodule) as __name__ =
    run_name (mod_name by default); returns its globals."""
    import importlib.util
    if mod_name.startswith("."):
        raise ImportError("Relative module names not supported")
    spec = importlib.util.find_spec(mod_name)
    if spec is None:
        raise ImportError("No module named %s" % mod_name, name=mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise ImportError("Cannot use package as __main__ module")
        return run_module(mod_name + ".__main__", init_globals, run_name, alter_sys)
    if spec.origin is None or not spec.origin.endswith(".py"):
        raise ImportError("No code object available for %s" % mod_name, name=mod_name)
    code = spec.loader.get_code(mod_name)
    return _run_in_temporary_module(code, init_globals, run_name or mod_name, spec.origin, spec.loader, spec, alter_sys)


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the file path_name (or a folder's __main__.py) as __name__ = run_name
    ('<run_path>' by default); returns its globals."""
    if run_name is None:
        run_name = "<run_path>"
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, "__main__.py")
        if not os.path.exists(main):
            raise ImportError("can't find '__main__' module in %r" % path_name)
        sys.path.insert(0, path_name)
        try:
            return run_path(main, init_globals, run_name)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    with open(path_name, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path_name, "exec", dont_inherit=True)
    return _run_code(code, {}, init_globals, run_name, path_name)
