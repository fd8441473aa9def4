# datetime: timedelta arithmetic and formatting, date and datetime calendars, strftime,
# strptime, isoformat and fromisoformat, fixed-offset time zones, and CPython's errors.
import datetime as dt
from datetime import datetime, date, time, timedelta, timezone
print(timedelta(days=1, hours=2, minutes=3, seconds=4.5))
print(repr(timedelta(days=-1, seconds=5)), str(timedelta(days=-1, seconds=5)))
print(repr(timedelta()), timedelta(hours=36), timedelta(microseconds=-1))
print(timedelta(weeks=2) / timedelta(days=1), timedelta(hours=5) // timedelta(hours=2), timedelta(hours=5) % timedelta(hours=2))
print(timedelta(seconds=10) * 1.5, timedelta(seconds=10) / 3, -timedelta(seconds=1), abs(timedelta(days=-2)))
print(timedelta(days=1).total_seconds(), timedelta(milliseconds=1.5))
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.strftime("%A %d %B %Y, day %j, week %U/%W"), d.ctime(), f"{d:%Y/%m/%d}", d.toordinal(), date.fromordinal(738000))
print(date.fromisoformat("2021-03-04"), d.replace(day=1), d.timetuple())
x = datetime(2023, 7, 14, 9, 5, 3, 120)
print(x, repr(x), x.isoformat(), x.isoformat(" ", "milliseconds"), x.date(), x.time(), x.timetuple()[:6])
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %a %b %y"), x + timedelta(hours=20), x - datetime(2023, 1, 1))
print(datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"))
print(datetime.strptime("21/11/06 16:30", "%d/%m/%y %H:%M"), datetime.strptime("Jan 5 2020 1:02PM", "%b %d %Y %I:%M%p"))
u = datetime(2020, 5, 17, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.timestamp(), u.utcoffset(), u.tzname(), timezone(timedelta(hours=5, minutes=30)))
print(repr(timezone(timedelta(hours=-3), "BRT")), u.astimezone(timezone(timedelta(hours=2))))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(1700000000.5, timezone.utc))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2020,1,1) < datetime(2021,1,1), max(date(2020,1,1), date(2019,1,1)))
print(time(12, 30), repr(time(1, 2, 3, 4)), time(23, 59).isoformat(), time.fromisoformat("10:20:30.5"), time(4, 5) < time(6))
print(sorted([datetime(2020, 3, 1), datetime(2019, 1, 1)]), {date(2020,1,1): 1}[date(2020, 1, 1)])
now = datetime.now()
print(type(now).__name__, abs(now - datetime.now()) < timedelta(seconds=2), date.today() == now.date())
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: datetime(2020, 1, 1, 24), lambda: datetime.strptime("x", "%Y")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
print(dt.MINYEAR, dt.MAXYEAR, datetime.max, date.min, timedelta.max, timedelta.resolution)
print(timezone(timedelta(0)) is timezone.utc, str(timezone.utc), timezone.utc.tzname(None))
# expect: 1 day, 2:03:04.500000
# expect: datetime.timedelta(days=-1, seconds=5) -1 day, 0:00:05
# expect: datetime.timedelta(0) 1 day, 12:00:00 -1 day, 23:59:59.999999
# expect: 14.0 2 1:00:00
# expect: 0:00:15 0:00:03.333333 -1 day, 23:59:59 2 days, 0:00:00
# expect: 86400.0 0:00:00.001500
# expect: 2024-02-28 datetime.date(2024, 2, 28) 2024-03-01 65 days, 0:00:00 2 3 datetime.IsoCalendarDate(year=2024, week=9, weekday=3)
# expect: Wednesday 28 February 2024, day 059, week 08/09 Wed Feb 28 00:00:00 2024 2024/02/28 738944 2021-07-29
# expect: 2021-03-04 2024-02-01 time.struct_time(tm_year=2024, tm_mon=2, tm_mday=28, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=2, tm_yday=59, tm_isdst=-1)
# expect: 2023-07-14 09:05:03.000120 datetime.datetime(2023, 7, 14, 9, 5, 3, 120) 2023-07-14T09:05:03.000120 2023-07-14 09:05:03.000 2023-07-14 09:05:03.000120 (2023, 7, 14, 9, 5, 3)
# expect: 2023-07-14 09:05:03.000120 AM 09 Fri Jul 23 2023-07-15 05:05:03.000120 194 days, 9:05:03.000120
# expect: 2011-11-04 00:05:23 2011-11-04 00:05:23.283000+00:00
# expect: 2006-11-21 16:30:00 2020-01-05 13:02:00
# expect: 2020-05-17 12:00:00+00:00 datetime.datetime(2020, 5, 17, 12, 0, tzinfo=datetime.timezone.utc) 1589716800.0 0:00:00 UTC UTC+05:30
# expect: datetime.timezone(datetime.timedelta(days=-1, seconds=75600), 'BRT') 2020-05-17 14:00:00+02:00
# expect: 1970-01-01 00:00:00+00:00 2001-09-09 01:46:40 2023-11-14 22:13:20.500000+00:00
# expect: 1577836800.0 True 2020-01-01
# expect: 12:30:00 datetime.time(1, 2, 3, 4) 23:59:00 10:20:30.500000 True
# expect: [datetime.datetime(2019, 1, 1, 0, 0), datetime.datetime(2020, 3, 1, 0, 0)] 1
# expect: datetime True True
# expect: ValueError: day is out of range for month
# expect: ValueError: month must be in 1..12
# expect: ValueError: hour must be in 0..23
# expect: ValueError: time data 'x' does not match format '%Y'
# expect: TypeError: can't compare offset-naive and offset-aware datetimes
# expect: 1 9999 9999-12-31 23:59:59.999999 0001-01-01 999999999 days, 23:59:59.999999 0:00:00.000001
# expect: True UTC UTC
