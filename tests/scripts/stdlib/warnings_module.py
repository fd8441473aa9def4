# warnings: warn with stacklevel, CPython's default filters (DeprecationWarning shown only
# for __main__), once-per-location, simplefilter, filterwarnings('error'), catch_warnings.
import warnings

def show(message, category, filename, lineno, file=None, line=None):
    print(f"{category.__name__}: {message} (line {lineno})")

warnings.showwarning = show
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "x = 1"), end="")

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

warnings.warn("plain warning")
for i in range(3):
    warnings.warn("shown once per line")
old_api()
warnings.warn("careful", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("again", FutureWarning)
print([(str(w.message), w.category.__name__) for w in caught])
warnings.simplefilter("ignore", UserWarning)
warnings.warn("hidden")
warnings.filterwarnings("error", message="fatal")
try:
    warnings.warn("fatal problem")
except UserWarning as e:
    print("raised", e)
print(issubclass(FutureWarning, Warning), issubclass(ResourceWarning, Warning))
# expect: file.py:3: UserWarning: msg
# expect:   x = 1
# expect: UserWarning: plain warning (line 15)
# expect: UserWarning: shown once per line (line 17)
# expect: DeprecationWarning: old_api is deprecated (line 18)
# expect: RuntimeWarning: careful (line 19)
# expect: [('recorded', 'UserWarning'), ('again', 'FutureWarning')]
# expect: raised fatal problem
# expect: True True
