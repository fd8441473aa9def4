# An object that only the main program's namespace holds is freed at exit while that
# namespace is still whole: its __del__ finds the program's classes and functions, as under
# CPython (whose last collection finalizes it before any name is cleared).
class Resource:
    live = 0

    def __init__(self, name):
        self.name = name
        Resource.live += 1

    def __del__(self):
        Resource.live -= 1
        report(self.name)


def report(name):
    print(f"released {name}; {Resource.live} still live")


keep = Resource("kept to the end")
temporary = Resource("temporary")
del temporary
print("end of the program")
# expect: released temporary; 1 still live
# expect: end of the program
# expect: released kept to the end; 0 still live
