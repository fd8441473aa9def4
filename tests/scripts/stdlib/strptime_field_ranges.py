# datetime.strptime reads a field as CPython's patterns do (the longest run of digits in
# range: %m is 1-12), so a value out of range does not match the format, and %j gives the
# month and day; CPython's output.
from datetime import datetime
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("24:00", "%H:%M"), ("2024-02-30", "%Y-%m-%d"), ("131", "%m%d"), ("2024-1-5 7:05:09", "%Y-%m-%d %H:%M:%S"), ("12:60", "%H:%M"), ("07/04/24 11:59 PM", "%m/%d/%y %I:%M %p"), ("2024 366", "%Y %j")]:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as e:
        print("ValueError:", e)

# expect: ValueError: time data '2024-13-01' does not match format '%Y-%m-%d'
# expect: ValueError: time data '24:00' does not match format '%H:%M'
# expect: ValueError: day is out of range for month
# expect: 1900-01-31 00:00:00
# expect: 2024-01-05 07:05:09
# expect: ValueError: unconverted data remains: 0
# expect: 2024-07-04 23:59:00
# expect: 2024-12-31 00:00:00
