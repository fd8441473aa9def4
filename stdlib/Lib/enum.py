"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, as in CPython 3.11.

EnumType (the metaclass) turns a class body's public names into members: each becomes an
instance of the class with _name_ and _value_, made once when the class is made. Calling the
class with a value finds the member; iterating it gives the members in definition order.

IntEnum, StrEnum and IntFlag members are ints and strs (the classes derive from int and str).
verify() checks an enumeration as it is made (UNIQUE, CONTINUOUS, NAMED_FLAGS), and
enum.property is the descriptor of member attributes.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto',
           'unique', 'ReprEnum', 'EnumCheck', 'property', 'verify', 'member', 'nonmember',
           'global_enum', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']

_auto_null = object()


class auto:
    """A value chosen for the member by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


class nonmember:
    def __init__(self, value):
        self.value = value


class member:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_attribute(cls_name, key, value):
    """Whether a name the class body binds is an ordinary attribute, not a member: a dunder,
    a sunder, a private name or a descriptor (a method, a property)."""
    return (_is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key)
            or _is_descriptor(value))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or type(obj).__name__ in ('function', 'classmethod', 'staticmethod', 'property',
                                      'builtin_function_or_method'))


class _EnumDict(dict):
    """The namespace an enum class body runs in. An auto() gets its value the moment it is
    assigned — from the _generate_next_value_ of the class being defined, or else of its
    enum base — and the name is bound to that value, so later lines of the body can use
    it (RW = R | W), as in CPython."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_count = 0
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate = getattr(value, '__func__', value)
        elif key == '_ignore_':
            # names the body may bind for its own use, dropped from the class afterwards
            self._ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        elif key in self._ignore:
            pass
        elif not (_is_attribute(self._cls_name, key, value) or isinstance(value, (member, nonmember))):
            if isinstance(value, auto):
                self._auto_called = True
                if value.value is _auto_null and self._generate is not None:
                    value.value = self._generate(key, 1, self._member_count, self._last_values[:])
                if value.value is not _auto_null:
                    value = value.value
            self._member_count += 1
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    def __setattr__(cls, name, value):
        # Members are fixed once the class exists (while it is being made, they are set here).
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)

    """The metaclass of Enum: makes the members when an enum class is defined."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in reversed(bases):
            if isinstance(base, EnumType):
                generate = getattr(base, '_generate_next_value_', None)
                break
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_names = []
        member_values = {}
        for key in getattr(classdict, '_ignore', []) + ['_ignore_']:
            classdict.pop(key, None)
        for key in list(classdict):
            value = classdict[key]
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif _is_attribute(cls, key, value):
                continue
            member_names.append(key)
            member_values[key] = value
            del classdict[key]
        enum_bases = [b for b in bases if isinstance(b, EnumType)]
        if enum_bases and '__new__' in classdict:
            # A class's own __new__ makes its members; calling the class still looks them up.
            classdict['__new_member__'] = classdict.pop('__new__')
        for b in enum_bases:
            if b._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, b))
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        if boundary is not None:
            classdict['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        # As CPython: a data type mixed in (str, int) must not hide Enum's repr and friends,
        # and flags keep Flag's operators.
        first_enum = enum_bases[-1] if enum_bases else None
        member_type = _data_type(bases)
        if member_type is not object and '__new_member__' not in classdict:
            # Calling the class looks a member up (Enum.__new__), even though the mixed-in
            # type's __new__ (which makes the members) comes first in the MRO.
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(object, name) or (member_type is not object and found is getattr(member_type, name)):
                    if ReprEnum is not None and issubclass(enum_class, ReprEnum) and name != '__repr__':
                        continue
                    setattr(enum_class, name, getattr(first_enum, name))
            if Flag is not None and issubclass(enum_class, Flag):
                for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                    if name not in classdict:
                        setattr(enum_class, name, getattr(first_enum, name))
        # Values: auto() asks _generate_next_value_ (found along the new class's MRO).
        generate = getattr(enum_class, '_generate_next_value_')
        last_values = []
        for index, name in enumerate(member_names):
            value = member_values[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, index, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(name, 1, index, last_values[:]) if isinstance(v, auto) else v
                              for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    def _add_member_(cls, name, value):
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                # An alias: the name refers to the first member with that value.
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        args = value if isinstance(value, tuple) else (value,)
        new = cls.__dict__.get('__new_member__') or cls._find_new_member_()
        if new is object.__new__:
            member = object.__new__(cls)
        elif new is tuple.__dict__["__new__"] or new is tuple.__new__:
            member = new(cls, args)  # as CPython: a tuple member is made of the whole value
        else:
            member = new(cls, *args)
        if not hasattr(member, '_value_'):
            member._value_ = cls._value_type_(value)
        member._name_ = name
        init = cls._find_init_()
        if init is not None:
            init(member, *args)
        # A flag's member of several bits (or none) is, as in CPython, left out of
        # iteration: it is reached by name and by value only.
        v = member._value_
        if not (Flag is not None and issubclass(cls, Flag) and isinstance(v, int) and (v == 0 or v & (v - 1))):
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[member._value_] = member
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def _find_new_member_(cls):
        for base in cls.__mro__:
            if base in (Enum, object):
                break
            if '__new_member__' in base.__dict__:
                return base.__dict__['__new_member__']
            if '__new__' in base.__dict__ and not isinstance(base, EnumType):
                return base.__dict__['__new__']
        return object.__new__

    def _find_init_(cls):
        for base in cls.__mro__:
            if base in (Enum, object) or base.__dict__.get('_is_enum_base_', False):
                return None
            if '__init__' in base.__dict__:
                return base.__dict__['__init__']
        return None

    def _value_type_(cls, value):
        return value

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {'__module__': module or '__main__'}
        if qualname is not None:
            classdict['__qualname__'] = qualname
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        metacls = type_of(cls)
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        # As 3.11's: a value that is not a member is a TypeError (3.12 answers instead),
        # announced by a DeprecationWarning.
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)


def type_of(obj):
    return type(obj)


def _data_type(bases):
    """The built-in type mixed into an enum (int in IntEnum, str in StrEnum), or object."""
    for base in bases:
        for t in base.__mro__:
            if t is object or isinstance(t, EnumType):
                continue
            if t in (int, str, float, bytes, tuple):
                return t
    return object


ReprEnum = None
Flag = None


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Generic enumeration: class Color(Enum): RED = 1 ..."""

    _is_enum_base_ = True

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        if isinstance(missing, int) and getattr(cls, '_boundary_', None) is EJECT:
            return missing
        if missing is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, missing))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes repr(), leaving str() and format() to the mixed-in type."""
    _is_enum_base_ = True


class IntEnum(int, ReprEnum):
    """Members are ints: they compare, hash and compute as their values do."""
    _is_enum_base_ = True

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Members are strings: they compare, hash and format as their values do."""
    _is_enum_base_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class Flag(Enum):
    """Members are bit flags that combine with |, & and ^."""
    _is_enum_base_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values) if last_values else 0
        return 1 << high.bit_length() if high else 1

    @classmethod
    def _flag_mask_(cls):
        mask = 0
        for m in cls._member_map_.values():
            mask |= m._value_
        return mask

    @classmethod
    def _all_bits_(cls):
        return 2 ** cls._flag_mask_().bit_length() - 1

    @classmethod
    def _missing_(cls, value):
        """A value no member has: a combination of members (a pseudo-member, kept once made
        when all its bits are known); bits beyond the members' are an error (STRICT, Flag's
        way), dropped (CONFORM), kept (KEEP, IntFlag's way) or give a plain int (EJECT), as
        the class's boundary says. A negative value counts from all the bits."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_()
        all_bits = cls._all_bits_()
        boundary = getattr(cls, '_boundary_', STRICT)
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            value = all_bits + 1 + value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        # The canonical single-bit members (no aliases), as they were defined.
        singles = [cls._member_map_[name] for name in cls._member_names_]
        singles = [m for m in singles if m._value_ and m._value_ & (m._value_ - 1) == 0]
        singles_mask = 0
        for m in singles:
            singles_mask |= m._value_
        member_value = value & flag_mask
        multi_bits = value & ~singles_mask
        new = cls._find_new_member_()
        pseudo = object.__new__(cls) if new is object.__new__ else new(cls, value)
        pseudo._value_ = value
        unknown = 0
        if member_value or multi_bits:
            # The single-bit members lowest bit first, then any multi-bit member inside.
            members = [m for m in singles if m._value_ & member_value]
            combined = 0
            for m in members:
                combined |= m._value_
            if multi_bits:
                for m in cls._member_map_.values():
                    if all(m is not k for k in members) and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            if not combined:
                pseudo._name_ = None
            else:
                pseudo._name_ = '|'.join(m._name_ for m in members)
                if unknown:
                    pseudo._name_ += '|%r' % unknown
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        # The single-bit members it holds, as they were defined.
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        if getattr(cls, '_boundary_', STRICT) in (EJECT, KEEP):
            return cls(~self._value_ & cls._all_bits_())
        return cls(cls._flag_mask_() & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flags that are also ints."""
    _is_enum_base_ = True
    _boundary_ = None   # KEEP, once it exists (below)

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __or__(self, other):
        other = other._value_ if isinstance(other, Enum) else other
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = other._value_ if isinstance(other, Enum) else other
        return self.__class__(self._value_ & other)

    __ror__ = __or__
    __rand__ = __and__


class FlagBoundary(StrEnum):
    """What a Flag does with bits none of its members has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
Flag._boundary_ = STRICT
IntFlag._boundary_ = KEEP


def bin(num, max_bits=None):
    """num in binary, with a sign digit and, given max_bits, padded to that many digits
    (what a Flag's errors show)."""
    import builtins
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = builtins.bin(num + ceiling).replace('1', '0', 1)
    else:
        s = builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class verify:
    """@verify(UNIQUE, CONTINUOUS, NAMED_FLAGS): checks an enumeration when it is made, and
    raises ValueError naming what the checks found."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    aliases = ['%s -> %s' % (name, member._name_)
               for name, member in enumeration.__members__.items() if name != member._name_]
    if aliases:
        raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))


def _verify_continuous(enumeration, kind):
    values = {member._value_ for member in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        # Every power of two between the lowest and the highest member's top bits.
        expected = (1 << bit for bit in range(low.bit_length(), high.bit_length() - 1))
    else:
        expected = range(low + 1, high)
    missing = [value for value in expected if value not in values]
    if missing:
        message = 'invalid %s %r: missing values %s' % (kind, enumeration.__name__, ', '.join(map(str, missing)))
        raise ValueError(message[:256])


def _verify_named_flags(enumeration):
    named = {member._value_ for member in enumeration}
    missing_names = []
    missing_bits = 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias._value_ < 0:
            continue
        value = alias._value_
        unnamed = [1 << bit for bit in range(value.bit_length()) if value >> bit & 1 and 1 << bit not in named]
        if unnamed:
            missing_names.append(name)
            for bit in unnamed:
                missing_bits |= bit
    if not missing_names:
        return
    if len(missing_names) == 1:
        which = 'alias %s is missing' % missing_names[0]
    else:
        which = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
    if missing_bits & (missing_bits - 1) == 0:
        what = 'value 0x%x' % missing_bits
    else:
        what = 'combined values of 0x%x' % missing_bits
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, which, what))


def show_flag_values(value):
    """The powers of two whose sum is value, lowest first."""
    return [1 << bit for bit in range(value.bit_length()) if value >> bit & 1]


class property:
    """An attribute of enum members (name, value and their like): read through a member it
    is a property; read through the enum class it is the member of that name, if any."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None or fget is None else fget.__doc__
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def global_enum(cls, update_str=False):
    """Puts an enumeration's members in its module's namespace and names them by module:
    repr(RED) is '__main__.RED', and str(RED) 'RED' for a plain Enum (as re's flags)."""
    import sys
    cls.__repr__ = _global_flag_repr if issubclass(cls, Flag) else _global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = _global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _module_of(member):
    return member.__class__.__module__.split('.')[-1]


def _global_enum_repr(self):
    return '%s.%s' % (_module_of(self), self._name_)


def _global_flag_repr(self):
    if self._name_ is None:
        return '%s.%s(%r)' % (_module_of(self), self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (_module_of(self), name) for name in self._name_.split('|'))


def _global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_
