"""datetime: dates, times and durations, as CPython 3.11's datetime module.

timedelta, date, time, datetime, tzinfo and timezone (fixed offsets, utc), with CPython's
arithmetic, comparisons, hashes, str() and repr(), isoformat/fromisoformat, strftime and
strptime for the common directives, timestamps, and the local time zone of the machine (as
the time module reports it).
"""

import time as _time
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR',
           'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULL_MONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                    'August', 'September', 'October', 'November', 'December']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_DAYNAMES = [None, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


# The orderings, as tests of a _cmp result; _ordered applies one (None: not comparable).
_LT, _LE, _GT, _GE = (lambda c: c < 0), (lambda c: c <= 0), (lambda c: c > 0), (lambda c: c >= 0)


def _ordered(c, test):
    return NotImplemented if c is None else test(c)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    try:
        value = value.__index__()
    except AttributeError:
        raise TypeError("an integer is required (got type %s)" % type(value).__name__) from None
    return value


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        text += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            text += '.%06d' % ss.microseconds
    return text


def _strftime(obj, fmt, timetuple, microsecond=0, offset=None, zone=''):
    year, month, day, hour, minute, second, wday, yday = timetuple[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == 'Y':
            out.append('%d' % year if year >= 1000 else '%04d' % year)
        elif code == 'y':
            out.append('%02d' % (year % 100))
        elif code == 'm':
            out.append('%02d' % month)
        elif code == 'd':
            out.append('%02d' % day)
        elif code == 'e':
            out.append('%2d' % day)
        elif code == 'H':
            out.append('%02d' % hour)
        elif code == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif code == 'M':
            out.append('%02d' % minute)
        elif code == 'S':
            out.append('%02d' % second)
        elif code == 'f':
            out.append('%06d' % microsecond)
        elif code == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif code == 'a':
            out.append(_DAYNAMES[wday + 1])
        elif code == 'A':
            out.append(_FULL_DAYNAMES[wday + 1])
        elif code == 'b' or code == 'h':
            out.append(_MONTHNAMES[month])
        elif code == 'B':
            out.append(_FULL_MONTHNAMES[month])
        elif code == 'w':
            out.append('%d' % ((wday + 1) % 7))
        elif code == 'u':
            out.append('%d' % (wday + 1))
        elif code == 'j':
            out.append('%03d' % yday)
        elif code == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif code == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif code in 'GV':
            iso_year, iso_week, _ = _isocalendar(year, month, day)
            out.append('%04d' % iso_year if code == 'G' else '%02d' % iso_week)
        elif code == 'z':
            out.append(_format_offset(offset, '') if offset is not None else '')
        elif code == 'Z':
            out.append(zone or '')
        elif code == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday + 1], _MONTHNAMES[month], day, hour, minute, second, year))
        elif code == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'F':
            out.append('%04d-%02d-%02d' % (year, month, day))
        elif code == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == '%':
            out.append('%')
        else:
            # The rest (%C, %s, %k, %-d, %_H, %Ey ...) as the C library writes it, as in
            # CPython: glibc's flags, a width, an E or O modifier, then the conversion.
            j = i - 1
            while j < n and fmt[j] in '_-0^#':
                j += 1
            while j < n and fmt[j].isdigit():
                j += 1
            if j < n and fmt[j] in 'EO':
                j += 1
            if j >= n:
                out.append('%' + fmt[i - 1:])
                i = n
            else:
                out.append(_time.strftime('%' + fmt[i - 1:j + 1], timetuple))
                i = j + 1
    return ''.join(out)


def _isocalendar(year, month, day):
    def week1_monday(y):
        first = _ymd2ord(y, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday
        if first_weekday > 3:
            monday += 7
        return monday
    today = _ymd2ord(year, month, day)
    monday = week1_monday(year)
    week, day_of_week = divmod(today - monday, 7)
    if week < 0:
        year -= 1
        monday = week1_monday(year)
        week, day_of_week = divmod(today - monday, 7)
    elif week >= 52:
        if today >= week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day_of_week + 1


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# ───────────────────────────── timedelta ─────────────────────────────

class timedelta:
    """A duration: days, seconds and microseconds, normalized as CPython does."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for value in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(value, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    'days', type(value).__name__))
        parts = (days + weeks * 7, seconds + minutes * 60 + hours * 3600, microseconds + milliseconds * 1000)
        if all(isinstance(p, int) for p in parts):
            total = (parts[0] * 86400 + parts[1]) * 1000000 + parts[2]
        else:
            total = _exact_microseconds(days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        d, rest = divmod(total, 86400 * 1000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s.%s(%s)' % (_module_name(self), type(self).__qualname__, ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            text = ('%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's')) + text
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())


def _module_name(obj):
    module = type(obj).__module__
    return 'datetime' if module == __name__ else module


def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _exact_microseconds(days, seconds, microseconds, milliseconds, minutes, hours, weeks):
    """Whole microseconds of components some of which are floats: the integer ones add up
    exactly, the fractional ones are summed and rounded once, half to even."""
    whole = 0
    fraction = 0.0
    for value, scale in ((days, 86400000000), (weeks, 604800000000), (seconds, 1000000),
                         (minutes, 60000000), (hours, 3600000000), (milliseconds, 1000), (microseconds, 1)):
        if isinstance(value, int):
            whole += value * scale
        else:
            integral = int(value)
            whole += integral * scale
            fraction += (value - integral) * scale
    return whole + round(fraction)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ───────────────────────────── date ─────────────────────────────

class date:
    """A calendar date (proleptic Gregorian)."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        first = _ymd2ord(year, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday + (7 if first_weekday > 3 else 0)
        return cls(*_ord2ymd(monday + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (_module_name(self), type(self).__qualname__, self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _cmp_date(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return _cmp(self._date_key(), other._date_key())
        return None

    def __eq__(self, other):
        c = self._cmp_date(other)
        return NotImplemented if c is None else c == 0

    __lt__ = lambda self, other: _ordered(self._cmp_date(other), _LT)
    __le__ = lambda self, other: _ordered(self._cmp_date(other), _LE)
    __gt__ = lambda self, other: _ordered(self._cmp_date(other), _GT)
    __ge__ = lambda self, other: _ordered(self._cmp_date(other), _GE)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._date_key())


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ───────────────────────────── tzinfo and timezone ─────────────────────────────

class tzinfo:
    """Base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            dst = timedelta(0)
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst() or timedelta(0)
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if name is not None and not isinstance(name, str):
            raise TypeError('name must be a string')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %r.' % offset)
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        # Rebuilt by calling the class, as CPython's: timezone(timedelta(0)) is timezone.utc.
        return (type(self), (self._offset,) if self._name is None else (self._offset, self._name))

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s.%s(%r)' % (_module_name(self), type(self).__qualname__, self._offset)
        return '%s.%s(%r, %r)' % (_module_name(self), type(self).__qualname__, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


_UTC = None
timezone.utc = _UTC = timezone(timedelta(0))
UTC = timezone.utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# ───────────────────────────── time ─────────────────────────────

class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_isoformat_time(time_string))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % time_string) from None

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        text = '%s.%s(%d, %d%s)' % (_module_name(self), type(self).__qualname__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, fmt, tt, self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _cmp_time(self, other):
        if not isinstance(other, time):
            return None
        if self.utcoffset() == other.utcoffset():
            return _cmp(self._key(), other._key())
        if self.utcoffset() is None or other.utcoffset() is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        mine = self._hour * 60 + self._minute - self.utcoffset() // timedelta(minutes=1)
        theirs = other._hour * 60 + other._minute - other.utcoffset() // timedelta(minutes=1)
        return _cmp((mine, self._second, self._microsecond), (theirs, other._second, other._microsecond))

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        try:
            return self._cmp_time(other) == 0
        except TypeError:
            return False

    __lt__ = lambda self, other: _ordered(self._cmp_time(other), _LT)
    __le__ = lambda self, other: _ordered(self._cmp_time(other), _LE)
    __gt__ = lambda self, other: _ordered(self._cmp_time(other), _GT)
    __ge__ = lambda self, other: _ordered(self._cmp_time(other), _GE)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ───────────────────────────── datetime ─────────────────────────────

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        result = cls._fromtimestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            date_part = date_string[:10]
            rest = date_string[11:]
            fields = list(_parse_isoformat_date(date_part))
            if len(date_string) > 10:
                if date_string[10] not in 'T ':
                    raise ValueError
                fields += list(_parse_isoformat_time(rest))
            return cls(*fields)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, 0)

    def _local_timestamp(self):
        seconds = (self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return seconds - _local_offset_seconds(seconds)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute, self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone(self)
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is None:
            mytz = _local_timezone(self)
            offset = mytz.utcoffset(self)
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                mytz = _local_timezone(self.replace(tzinfo=None))
                offset = mytz.utcoffset(self)
        if tz is mytz:
            return self.replace(tzinfo=tz) if self._tzinfo is not tz else self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        text = '%s.%s(%s)' % (_module_name(self), type(self).__qualname__, ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple(), self._microsecond, self.utcoffset(), self.tzname())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        if offset is not None and not isinstance(offset, timedelta):
            raise TypeError("tzinfo.utcoffset() must return None or timedelta, not '%s'" % type(offset).__name__)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _cmp_datetime(self, other, allow_mixed=False):
        mine, theirs = self.utcoffset(), other.utcoffset()
        if self._tzinfo is other._tzinfo or mine == theirs:
            return _cmp(self._key(), other._key())
        if mine is None or theirs is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp_datetime(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def _order(self, other, test):
        if isinstance(other, datetime):
            return test(self._cmp_datetime(other))
        if not isinstance(other, date):
            return NotImplemented
        raise TypeError("can't compare %s to %s" % (type(self).__name__, type(other).__name__))

    __lt__ = lambda self, other: self._order(other, _LT)
    __le__ = lambda self, other: self._order(other, _LE)
    __gt__ = lambda self, other: self._order(other, _GT)
    __ge__ = lambda self, other: self._order(other, _GE)

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if offset is None:
                self._hashcode = hash(self._key())
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - offset)
        return self._hashcode

    def _total_microseconds(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._total_microseconds() + other._to_microseconds()
        days, rest = divmod(total, 86400 * 1000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        seconds, us = divmod(rest, 1000000)
        hh, rem = divmod(seconds, 3600)
        mm, ss = divmod(rem, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta._from_microseconds(self._total_microseconds() - other._total_microseconds())
        if self._tzinfo is other._tzinfo:
            return base
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return base
        if mine is None or theirs is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + theirs - mine

    def __reduce__(self):
        return (type(self), self._key() + (self._tzinfo,))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)


def _local_offset_seconds(local_seconds):
    """The machine's UTC offset (seconds east) at a local time given as seconds since the
    epoch read as if it were UTC."""
    guess = local_seconds
    for _ in range(2):
        t = _time.localtime(guess)
        offset = (_ymd2ord(t[0], t[1], t[2]) - _EPOCH_ORDINAL) * 86400 + t[3] * 3600 + t[4] * 60 + t[5] - guess
        guess = local_seconds - offset
    return offset


def _local_timezone(dt):
    seconds = (dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
    if dt.tzinfo is not None and dt.utcoffset() is not None:
        seconds -= dt.utcoffset() // timedelta(seconds=1)
        t = _time.localtime(seconds)
        offset = (_ymd2ord(t[0], t[1], t[2]) - _EPOCH_ORDINAL) * 86400 + t[3] * 3600 + t[4] * 60 + t[5] - seconds
    else:
        offset = _local_offset_seconds(seconds)
    name = _time.strftime('%Z', _time.localtime(seconds - offset if dt.tzinfo is None else seconds))
    return timezone(timedelta(seconds=offset), name or None)


# ───────────────────────────── parsing ─────────────────────────────

def _parse_isoformat_date(text):
    if len(text) == 10 and text[4] == '-' and text[7] == '-':
        return int(text[0:4]), int(text[5:7]), int(text[8:10])
    if len(text) == 8 and text.isdigit():
        return int(text[0:4]), int(text[4:6]), int(text[6:8])
    raise ValueError('Invalid isoformat string')


def _parse_isoformat_time(text):
    tz = None
    for marker in ('+', '-', 'Z'):
        pos = text.find(marker)
        if pos > 0:
            tz_text = text[pos:]
            text = text[:pos]
            if tz_text == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tz_text[0] == '-' else 1
                parts = tz_text[1:].replace(':', '')
                hh, mm = int(parts[0:2]), int(parts[2:4] or 0)
                ss = int(parts[4:6] or 0)
                offset = timedelta(hours=hh, minutes=mm, seconds=ss)
                tz = timezone(sign * offset) if offset else timezone.utc
            break
    hh = int(text[0:2])
    mm = ss = us = 0
    rest = text[2:]
    if rest.startswith(':'):
        rest = rest[1:]
    if rest:
        mm = int(rest[0:2])
        rest = rest[2:]
        if rest.startswith(':'):
            rest = rest[1:]
        if rest:
            ss = int(rest[0:2])
            rest = rest[2:]
            if rest:
                if rest[0] not in '.,':
                    raise ValueError
                digits = rest[1:7]
                if not digits.isdigit():
                    raise ValueError
                us = int(digits.ljust(6, '0'))
    return hh, mm, ss, us, tz


def _strptime(cls, text, fmt):
    if not isinstance(text, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(text).__name__)
    year, month, day, hour, minute, second, us = 1900, 1, 1, 0, 0, 0, 0
    julian = None
    pm = None
    tz = None
    pos = 0

    def fail():
        raise ValueError("time data %r does not match format %r" % (text, fmt))

    def number(maxlen, low=0, high=None):
        # As CPython's patterns (%m is 1[0-2]|0[1-9]|[1-9]): the longest run of digits whose
        # value is in range, else the text does not match.
        nonlocal pos
        start = pos
        while pos < len(text) and pos - start < maxlen and text[pos].isdigit():
            pos += 1
        while pos > start and high is not None and not low <= int(text[start:pos]) <= high:
            pos -= 1
        if pos == start:
            fail()
        return int(text[start:pos])

    def name(choices):
        nonlocal pos
        lowered = text[pos:].lower()
        for index, candidate in sorted(((i, c) for i, c in enumerate(choices) if c), key=lambda p: -len(p[1])):
            if lowered.startswith(candidate.lower()):
                pos += len(candidate)
                return index
        fail()

    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%' and i + 1 < len(fmt):
            code = fmt[i + 1]
            i += 2
            if code == 'Y':
                year = number(4)
            elif code == 'y':
                y = number(2)
                year = y + (2000 if y < 69 else 1900)
            elif code == 'm':
                month = number(2, 1, 12)
            elif code == 'd':
                day = number(2, 1, 31)
            elif code == 'H':
                hour = number(2, 0, 23)
            elif code == 'I':
                hour = number(2, 1, 12)
            elif code == 'M':
                minute = number(2, 0, 59)
            elif code == 'S':
                second = number(2, 0, 61)
            elif code == 'f':
                start = pos
                value = number(6)
                us = int(text[start:pos].ljust(6, '0'))
            elif code == 'p':
                pm = name(['AM', 'PM']) == 1
            elif code == 'b' or code == 'h':
                month = name(_MONTHNAMES)
            elif code == 'B':
                month = name(_FULL_MONTHNAMES)
            elif code == 'a':
                name(_DAYNAMES)
            elif code == 'A':
                name(_FULL_DAYNAMES)
            elif code == 'j':
                julian = number(3, 1, 366)
            elif code == 'z':
                if text[pos:pos + 1] == 'Z':
                    pos += 1
                    tz = timezone.utc
                else:
                    sign = text[pos:pos + 1]
                    if sign not in ('+', '-'):
                        fail()
                    pos += 1
                    hh = number(2)
                    if text[pos:pos + 1] == ':':
                        pos += 1
                    mm = number(2)
                    offset = timedelta(hours=hh, minutes=mm)
                    tz = timezone(-offset if sign == '-' else offset)
            elif code == '%':
                if text[pos:pos + 1] != '%':
                    fail()
                pos += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
            continue
        if ch.isspace():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            i += 1
            continue
        if pos >= len(text) or text[pos] != ch:
            fail()
        pos += 1
        i += 1
    if pos != len(text):
        raise ValueError('unconverted data remains: %s' % text[pos:])
    if pm is not None:
        if pm and hour != 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    if julian is not None and '%m' not in fmt and '%d' not in fmt and '%b' not in fmt and '%B' not in fmt:
        # The day of the year decides the month and day (when no directive gave them).
        ordinal = _ymd2ord(year, 1, 1) + julian - 1
        year, month, day = _ord2ymd(ordinal)
    return cls(year, month, day, hour, minute, second, us, tz)


# CPython's datetime is written in C: its functions leave no frames in tracebacks.
import _traceback
_traceback.hide_module(globals())
del _traceback
