# _structseq: struct sequences written in MiniPy (pwd.struct_passwd, grp.struct_group):
# tuples whose items also have names, printed as CPython prints its struct sequences.


def make(qualified_name, fields, doc=None):
    """A tuple type named qualified_name ("module.name") whose items are read by the
    given field names too."""
    module, _, name = qualified_name.rpartition(".")

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != len(fields):
            raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                            % (qualified_name, len(fields), len(items)))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return "%s(%s)" % (qualified_name, ", ".join("%s=%r" % pair for pair in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__,
                 "__slots__": (), "__doc__": doc, "__module__": module,
                 "n_fields": len(fields), "n_sequence_fields": len(fields), "n_unnamed_fields": 0,
                 "__match_args__": tuple(fields)}
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, index=index: self[index])
    return type(name, (tuple,), namespace)
