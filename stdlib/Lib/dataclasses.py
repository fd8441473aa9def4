"""dataclasses: classes whose fields are declared by annotations.

@dataclass reads the class's __annotations__ (and those of dataclass bases, base first),
makes a Field for each, and adds __init__, __repr__, __eq__ and, when asked, the ordering
methods, __hash__ and the frozen __setattr__/__delattr__. The generated methods are closures
over the field list rather than source text compiled at run time; they behave as CPython's.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# The sentinels: plain objects, shown by object's repr (<dataclasses._MISSING_TYPE object
# at 0x...>) as CPython's.
class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = None  # the shared empty mappingproxy, made on first use


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % name


class _FIELD_BASE:
    """The kind of a Field (_field_type): a marker shown by its name."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


def _metadata_proxy(metadata):
    """A field's metadata as CPython keeps it: a read-only mappingproxy (one shared empty
    one when none is given)."""
    global _EMPTY_METADATA
    import types
    if metadata is None:
        if _EMPTY_METADATA is None:
            _EMPTY_METADATA = types.MappingProxyType({})
        return _EMPTY_METADATA
    return types.MappingProxyType(metadata)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _metadata_proxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        # A default with a __set_name__ of its own (a descriptor) is told its name too.
        func = getattr(type(self.default), '__set_name__', None)
        if func is not None:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(type(list[int]))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    return getattr(annotation, '_name', None) == 'ClassVar'


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(annotation, InitVar) or annotation is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type == _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f


def _tuple_of(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


class _HasDefaultFactory:
    """A parameter's default when its field has a default_factory: the factory is called when
    the argument is not given (its repr is what a signature shows for it)."""

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _make_init(cls, all_fields, frozen, has_post_init):
    """__init__ as CPython's dataclasses make it: Python source with one parameter per init
    field (annotated with the field's type, defaulting to its default), compiled once, so that
    calls bind their arguments, and fail, as any function's do, and inspect.signature shows
    the fields."""
    init_fields = [f for f in all_fields
                   if (f._field_type == _FIELD and f.init) or f._field_type == _FIELD_INITVAR]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument %r follows default argument' % f.name)
    names = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
             '__dataclass_builtins_object__': object}

    def parameter(f):
        names['__dataclass_type_%s__' % f.name] = f.type
        text = '%s: __dataclass_type_%s__' % (f.name, f.name)
        if f.default_factory is not MISSING:
            return text + ' = __dataclass_HAS_DEFAULT_FACTORY__'
        if f.default is not MISSING:
            names['__dataclass_dflt_%s__' % f.name] = f.default
            return text + ' = __dataclass_dflt_%s__' % f.name
        return text

    self_name = '__dataclass_self__' if any(f.name == 'self' for f in all_fields) else 'self'
    params = [self_name] + [parameter(f) for f in positional]
    if keyword_only:
        params += ['*'] + [parameter(f) for f in keyword_only]
    body = []
    for f in all_fields:
        if f._field_type != _FIELD:
            continue
        if f.init:
            if f.default_factory is not MISSING:
                names['__dataclass_dflt_%s__' % f.name] = f.default_factory
                value = ('__dataclass_dflt_%s__() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s'
                         % (f.name, f.name, f.name))
            else:
                value = f.name
        elif f.default_factory is not MISSING:
            names['__dataclass_dflt_%s__' % f.name] = f.default_factory
            value = '__dataclass_dflt_%s__()' % f.name
        elif f.default is not MISSING:
            names['__dataclass_dflt_%s__' % f.name] = f.default
            value = '__dataclass_dflt_%s__' % f.name
        else:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(%s, %r, %s)' % (self_name, f.name, value))
        else:
            body.append('%s.%s = %s' % (self_name, f.name, value))
    if has_post_init:
        body.append('%s.__post_init__(%s)' % (self_name, ', '.join(
            f.name for f in all_fields if f._field_type == _FIELD_INITVAR)))
    source = ('def __create_fn__(%s):\n'
              '    def __init__(%s) -> None:\n'
              '%s\n'
              '    return __init__\n'
              % (', '.join(names), ', '.join(params), '\n'.join('        ' + line for line in body or ['pass'])))
    namespace = {}
    exec(source, {}, namespace)
    init = namespace['__create_fn__'](**names)
    init.__qualname__ = cls.__qualname__ + '.__init__'
    return init


class _DataclassParams:
    """The options a class was made with (its __dataclass_params__)."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _make_repr(repr_fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in repr_fields]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))
    __repr__._dataclass_repr = True  # pprint lays out instances whose repr this is
    return __repr__


_repr_running = set()


def _make_compare(name, compare_fields, op):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(self, compare_fields), _tuple_of(other, compare_fields))
        return NotImplemented
    method.__name__ = name
    return method


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    own_kw_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation == 'KW_ONLY' or annotation == 'dataclasses.KW_ONLY':
            own_kw_only = True
            continue
        f = _get_field(cls, name, annotation, own_kw_only)
        all_fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    flds = [f for f in all_fields.values() if f._field_type == _FIELD]
    field_list = list(all_fields.values())
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _make_init(cls, field_list, frozen, has_post_init))
    if not getattr(cls, '__doc__'):
        # As CPython: a class without a docstring gets its signature as one.
        import inspect
        try:
            text_sig = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in flds if f.repr]))
    compare_fields = [f for f in flds if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare('__eq__', compare_fields, lambda a, b: a == b))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _make_compare(name, compare_fields, op)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot assign to field '%s'" % name)
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot delete field '%s'" % name)
            super(cls, self).__delattr__(name)
        for name, fn in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))
    hash_fields = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        if not has_explicit_hash:
            cls.__hash__ = lambda self: hash(_tuple_of(self, hash_fields))
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in field_list if f.init and not f.kw_only
                                 and f._field_type == _FIELD))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, [f.name for f in flds], weakref_slot)
    return cls


def _add_slots(cls, field_names, weakref_slot):
    """slots=True: the class made again with __slots__ for its fields (so its instances have
    no __dict__), the class attributes that held field defaults left out."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for base in cls.__mro__[1:-1]:
        base_slots = base.__dict__.get('__slots__', ())
        inherited.update((base_slots,) if isinstance(base_slots, str) else base_slots)
    namespace = dict(cls.__dict__)
    wanted = list(field_names) + (['__weakref__'] if weakref_slot else [])
    namespace['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar '%s' must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
