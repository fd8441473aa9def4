"""importlib.util: finding modules without importing them (find_spec), and loading a
module from any source file (spec_from_file_location, module_from_spec, then the spec's
loader's exec_module), as plugin loaders do."""

import os
import sys
from importlib import _resolve_name
from importlib.machinery import BuiltinImporter, ModuleSpec, SourceFileLoader

__all__ = ["find_spec", "spec_from_file_location", "spec_from_loader", "module_from_spec",
           "resolve_name", "source_hash", "MAGIC_NUMBER"]

MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"


def resolve_name(name, package):
    """The absolute name of a module named relative to package ('.mod' in 'pkg' is 'pkg.mod')."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    return _resolve_name(name[level:], package, level)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for loading the module name from the source file at location."""
    if location is None:
        return None
    location = os.fspath(location)
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
    is_package = submodule_search_locations is not None or os.path.basename(location) == "__init__.py"
    spec = ModuleSpec(name, loader, origin=location, is_package=is_package)
    if is_package:
        spec.submodule_search_locations = list(submodule_search_locations or [os.path.dirname(location)])
    spec.has_location = True
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module a given loader loads."""
    if origin is None:
        origin = getattr(loader, "path", None)
    if is_package is None and hasattr(loader, "is_package"):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for spec, its attributes set but its code not run yet."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    if module is None:
        import types
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module


def _search(name, path):
    """The spec of the module or package name found in the folders of path, or None."""
    leaf = name.rpartition(".")[2]
    for folder in path:
        folder = folder or "."
        package_init = os.path.join(folder, leaf, "__init__.py")
        if os.path.isfile(package_init):
            return spec_from_file_location(name, package_init)
        source = os.path.join(folder, leaf + ".py")
        if os.path.isfile(source):
            return spec_from_file_location(name, source)
    return None


def find_spec(name, package=None):
    """The spec the import system would use for the module name (None when there is no
    such module). A submodule's parent package is imported to search its folders."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    module = sys.modules.get(fullname)
    if module is not None:
        spec = getattr(module, "__spec__", None)
        if spec is not None:
            return spec
        origin = getattr(module, "__file__", None)
        if origin is not None:
            return spec_from_file_location(fullname, origin)
        return ModuleSpec(fullname, BuiltinImporter(), origin="built-in")
    parent = fullname.rpartition(".")[0]
    if parent:
        parent_module = __import__(parent, fromlist=["__name__"])
        try:
            path = parent_module.__path__
        except AttributeError:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                                      name=fullname) from None
        return _search(fullname, path)
    spec = _search(fullname, sys.path)
    if spec is not None:
        return spec
    # A module built into the interpreter: found by importing it.
    try:
        __import__(fullname)
    except ImportError:
        return None
    module = sys.modules[fullname]
    origin = getattr(module, "__file__", None)
    if origin is not None:
        return spec_from_file_location(fullname, origin)
    return ModuleSpec(fullname, BuiltinImporter(), origin="built-in")


def source_hash(source_bytes):
    """A hash of a source file's bytes (for hash-based .pyc files; stable in one process)."""
    import hashlib
    return hashlib.sha256(source_bytes).digest()[:8]
