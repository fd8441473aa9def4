# sys.version_info and time.struct_time are named tuples: names, indexes, slices, comparison.
import sys
import time

print(sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8))  # expect: 3 (3, 11) True
major, minor, *rest = sys.version_info
print(major, minor, rest[-2:])  # expect: 3 11 ['final', 0]

t = time.gmtime(1700000000)
print(t)  # expect: time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)
print(t.tm_year, t[0], t.tm_zone, len(t), tuple(t))  # expect: 2023 2023 GMT 9 (2023, 11, 14, 22, 13, 20, 1, 318, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%", t))  # expect: 2023-11-14 22:13:20 Tue Tuesday Nov November 318 PM 10 23 %
print(time.asctime(t))  # expect: Tue Nov 14 22:13:20 2023
