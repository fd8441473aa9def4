"""importlib.machinery: what describes and loads a module — ModuleSpec, and the loader of
modules written in source files (SourceFileLoader) — and the suffixes of source files."""

import sys

__all__ = ["ModuleSpec", "SourceFileLoader", "BuiltinImporter", "SOURCE_SUFFIXES", "all_suffixes"]

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows of a module before loading it: its name, its loader,
    where it comes from (origin), and for a package the folders of its submodules."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin is not None and origin != "built-in"

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin, self.submodule_search_locations) == \
               (other.name, other.loader, other.origin, other.submodule_search_locations)


class SourceFileLoader:
    """Loads a module from its source file: compiles the file and runs it in the module's
    namespace."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __repr__(self):
        return "<_frozen_importlib_external.SourceFileLoader object at {:#x}>".format(id(self))

    def __eq__(self, other):
        return self.__class__ is other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname=None):
        with open(self.path, encoding="utf-8") as f:
            return f.read()

    def is_package(self, fullname=None):
        return self.path.rpartition("/")[2].startswith("__init__.")

    def get_code(self, fullname=None):
        return compile(self.get_source(fullname), self.path, "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        """Deprecated in CPython: loads the module into sys.modules and returns it."""
        import types
        name = fullname or self.name
        module = sys.modules.get(name)
        if module is None:
            module = types.ModuleType(name)
            module.__file__ = self.path
            module.__loader__ = self
            sys.modules[name] = module
        self.exec_module(module)
        return module


class BuiltinImporter:
    """The loader of the modules built into the interpreter."""

    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass
