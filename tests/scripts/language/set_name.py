# __set_name__: a new class (from a class statement or type()) tells each attribute that
# defines it the name it was given and the class it belongs to; an error in it is 3.11's
# RuntimeError, caused by the original.


class Field:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + "." + name


class Record:
    title = Field()
    year = Field()


print(Record.title.where, Record.year.where)  # expect: Record.title Record.year
Made = type("Made", (), {"f": Field()})
print(Made.f.where)  # expect: Made.f


class Refuses:
    def __set_name__(self, owner, name):
        raise ValueError("no")


try:
    class Broken:
        x = Refuses()
except RuntimeError as e:
    print(e, "/", repr(e.__cause__))
# expect: Error calling __set_name__ on 'Refuses' instance 'x' in 'Broken' / ValueError('no')
