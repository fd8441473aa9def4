# calendar: leap years, weekdays, month lengths, the Calendar iterators, TextCalendar and
# HTMLCalendar layouts, the module-level functions with setfirstweekday, timegm, and errors.
import calendar, datetime, time
print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
# expect: True False True 30
print(calendar.weekday(2024, 2, 29), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
# expect: 3 (3, 29) (4, 31)
print(calendar.month(2024, 2))
# expect:    February 2024
# expect: Mo Tu We Th Fr Sa Su
# expect:           1  2  3  4
# expect:  5  6  7  8  9 10 11
# expect: 12 13 14 15 16 17 18
# expect: 19 20 21 22 23 24 25
# expect: 26 27 28 29
# expect: 
print(calendar.month(2023, 9, 3, 2))
# expect:        September 2023
# expect: 
# expect: Mon Tue Wed Thu Fri Sat Sun
# expect: 
# expect:                   1   2   3
# expect: 
# expect:   4   5   6   7   8   9  10
# expect: 
# expect:  11  12  13  14  15  16  17
# expect: 
# expect:  18  19  20  21  22  23  24
# expect: 
# expect:  25  26  27  28  29  30
# expect: 
# expect: 
calendar.prmonth(2021, 5)
# expect:       May 2021
# expect: Mo Tu We Th Fr Sa Su
# expect:                 1  2
# expect:  3  4  5  6  7  8  9
# expect: 10 11 12 13 14 15 16
# expect: 17 18 19 20 21 22 23
# expect: 24 25 26 27 28 29 30
# expect: 31
print(calendar.calendar(2024))
# expect:                                   2024
# expect: 
# expect:       January                   February                   March
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7                1  2  3  4                   1  2  3
# expect:  8  9 10 11 12 13 14       5  6  7  8  9 10 11       4  5  6  7  8  9 10
# expect: 15 16 17 18 19 20 21      12 13 14 15 16 17 18      11 12 13 14 15 16 17
# expect: 22 23 24 25 26 27 28      19 20 21 22 23 24 25      18 19 20 21 22 23 24
# expect: 29 30 31                  26 27 28 29               25 26 27 28 29 30 31
# expect: 
# expect:        April                      May                       June
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7             1  2  3  4  5                      1  2
# expect:  8  9 10 11 12 13 14       6  7  8  9 10 11 12       3  4  5  6  7  8  9
# expect: 15 16 17 18 19 20 21      13 14 15 16 17 18 19      10 11 12 13 14 15 16
# expect: 22 23 24 25 26 27 28      20 21 22 23 24 25 26      17 18 19 20 21 22 23
# expect: 29 30                     27 28 29 30 31            24 25 26 27 28 29 30
# expect: 
# expect:         July                     August                  September
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7                1  2  3  4                         1
# expect:  8  9 10 11 12 13 14       5  6  7  8  9 10 11       2  3  4  5  6  7  8
# expect: 15 16 17 18 19 20 21      12 13 14 15 16 17 18       9 10 11 12 13 14 15
# expect: 22 23 24 25 26 27 28      19 20 21 22 23 24 25      16 17 18 19 20 21 22
# expect: 29 30 31                  26 27 28 29 30 31         23 24 25 26 27 28 29
# expect:                                                     30
# expect: 
# expect:       October                   November                  December
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:     1  2  3  4  5  6                   1  2  3                         1
# expect:  7  8  9 10 11 12 13       4  5  6  7  8  9 10       2  3  4  5  6  7  8
# expect: 14 15 16 17 18 19 20      11 12 13 14 15 16 17       9 10 11 12 13 14 15
# expect: 21 22 23 24 25 26 27      18 19 20 21 22 23 24      16 17 18 19 20 21 22
# expect: 28 29 30 31               25 26 27 28 29 30         23 24 25 26 27 28 29
# expect:                                                     30 31
# expect: 
print(calendar.monthcalendar(2024, 3))
# expect: [[0, 0, 0, 0, 1, 2, 3], [4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15, 16, 17], [18, 19, 20, 21, 22, 23, 24], [25, 26, 27, 28, 29, 30, 31]]
print(list(calendar.month_name), list(calendar.day_abbr), calendar.month_abbr[1:4], len(calendar.day_name))
# expect: ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] ['Jan', 'Feb', 'Mar'] 7
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), c.monthdayscalendar(2024, 6)[:2])
# expect: [6, 0, 1, 2, 3, 4, 5] [[0, 0, 0, 0, 0, 0, 1], [2, 3, 4, 5, 6, 7, 8]]
print(list(c.itermonthdates(2024, 6))[:3], c.monthdatescalendar(2024, 1)[0][0])
# expect: [datetime.date(2024, 5, 26), datetime.date(2024, 5, 27), datetime.date(2024, 5, 28)] 2023-12-31
print(list(c.itermonthdays2(2024, 6))[:8])
# expect: [(0, 6), (0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (1, 5), (2, 6)]
print(list(c.itermonthdays4(2024, 12))[-3:])  # expect: [(2025, 1, 2, 3), (2025, 1, 3, 4), (2025, 1, 4, 5)]
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 7))
# expect:      July 2024
# expect: Su Mo Tu We Th Fr Sa
# expect:     1  2  3  4  5  6
# expect:  7  8  9 10 11 12 13
# expect: 14 15 16 17 18 19 20
# expect: 21 22 23 24 25 26 27
# expect: 28 29 30 31
# expect: 
print(tc.formatyear(2023, 2, 1, 3, 4))
# expect:                                            2023
# expect: 
# expect:       January                February                March                  April
# expect: Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa
# expect:  1  2  3  4  5  6  7             1  2  3  4             1  2  3  4                      1
# expect:  8  9 10 11 12 13 14    5  6  7  8  9 10 11    5  6  7  8  9 10 11    2  3  4  5  6  7  8
# expect: 15 16 17 18 19 20 21   12 13 14 15 16 17 18   12 13 14 15 16 17 18    9 10 11 12 13 14 15
# expect: 22 23 24 25 26 27 28   19 20 21 22 23 24 25   19 20 21 22 23 24 25   16 17 18 19 20 21 22
# expect: 29 30 31               26 27 28               26 27 28 29 30 31      23 24 25 26 27 28 29
# expect:                                                                      30
# expect: 
# expect:         May                    June                   July                  August
# expect: Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa
# expect:     1  2  3  4  5  6                1  2  3                      1          1  2  3  4  5
# expect:  7  8  9 10 11 12 13    4  5  6  7  8  9 10    2  3  4  5  6  7  8    6  7  8  9 10 11 12
# expect: 14 15 16 17 18 19 20   11 12 13 14 15 16 17    9 10 11 12 13 14 15   13 14 15 16 17 18 19
# expect: 21 22 23 24 25 26 27   18 19 20 21 22 23 24   16 17 18 19 20 21 22   20 21 22 23 24 25 26
# expect: 28 29 30 31            25 26 27 28 29 30      23 24 25 26 27 28 29   27 28 29 30 31
# expect:                                               30 31
# expect: 
# expect:      September               October                November               December
# expect: Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa
# expect:                 1  2    1  2  3  4  5  6  7             1  2  3  4                   1  2
# expect:  3  4  5  6  7  8  9    8  9 10 11 12 13 14    5  6  7  8  9 10 11    3  4  5  6  7  8  9
# expect: 10 11 12 13 14 15 16   15 16 17 18 19 20 21   12 13 14 15 16 17 18   10 11 12 13 14 15 16
# expect: 17 18 19 20 21 22 23   22 23 24 25 26 27 28   19 20 21 22 23 24 25   17 18 19 20 21 22 23
# expect: 24 25 26 27 28 29 30   29 30 31               26 27 28 29 30         24 25 26 27 28 29 30
# expect:                                                                      31
# expect: 
print(calendar.HTMLCalendar(calendar.MONDAY).formatmonth(2024, 1))
# expect: <table border="0" cellpadding="0" cellspacing="0" class="month">
# expect: <tr><th colspan="7" class="month">January 2024</th></tr>
# expect: <tr><th class="mon">Mon</th><th class="tue">Tue</th><th class="wed">Wed</th><th class="thu">Thu</th><th class="fri">Fri</th><th class="sat">Sat</th><th class="sun">Sun</th></tr>
# expect: <tr><td class="mon">1</td><td class="tue">2</td><td class="wed">3</td><td class="thu">4</td><td class="fri">5</td><td class="sat">6</td><td class="sun">7</td></tr>
# expect: <tr><td class="mon">8</td><td class="tue">9</td><td class="wed">10</td><td class="thu">11</td><td class="fri">12</td><td class="sat">13</td><td class="sun">14</td></tr>
# expect: <tr><td class="mon">15</td><td class="tue">16</td><td class="wed">17</td><td class="thu">18</td><td class="fri">19</td><td class="sat">20</td><td class="sun">21</td></tr>
# expect: <tr><td class="mon">22</td><td class="tue">23</td><td class="wed">24</td><td class="thu">25</td><td class="fri">26</td><td class="sat">27</td><td class="sun">28</td></tr>
# expect: <tr><td class="mon">29</td><td class="tue">30</td><td class="wed">31</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td></tr>
# expect: </table>
# expect: 
print(calendar.HTMLCalendar().formatyear(2024)[:300])
# expect: <table border="0" cellpadding="0" cellspacing="0" class="year">
# expect: <tr><th colspan="3" class="year">2024</th></tr><tr><td><table border="0" cellpadding="0" cellspacing="0" class="month">
# expect: <tr><th colspan="7" class="month">January</th></tr>
# expect: <tr><th class="mon">Mon</th><th class="tue">Tue</th><th class="w
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
    # expect: IllegalMonthError bad month number 13; must be 1-12 True
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e)
    # expect: IllegalWeekdayError bad weekday number 9; must be 0 (Monday) to 6 (Sunday)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3))  # expect: 6 Sun Mon Tue Wed Thu Fri Sat
print(calendar.month(2024, 11))
# expect:    November 2024
# expect: Su Mo Tu We Th Fr Sa
# expect:                 1  2
# expect:  3  4  5  6  7  8  9
# expect: 10 11 12 13 14 15 16
# expect: 17 18 19 20 21 22 23
# expect: 24 25 26 27 28 29 30
# expect: 
calendar.setfirstweekday(0)
print(calendar.timegm((2024, 3, 1, 12, 30, 15)), calendar.timegm(time.gmtime(1700000000)))
# expect: 1709296215 1700000000
print(calendar.monthrange(1, 1), calendar.weekday(9999, 12, 31), calendar.Calendar().yeardayscalendar(2024, 4)[0][0][0])
# expect: (0, 31) 4 [1, 2, 3, 4, 5, 6, 7]
print(calendar.TextCalendar().formatweekheader(9), calendar.TextCalendar().formatweekday(2, 1))
# expect:   Monday   Tuesday  Wednesday  Thursday   Friday   Saturday   Sunday  W
print(calendar.month(2024, 2, w=4))
# expect:           February 2024
# expect: Mon  Tue  Wed  Thu  Fri  Sat  Sun
# expect:                  1    2    3    4
# expect:   5    6    7    8    9   10   11
# expect:  12   13   14   15   16   17   18
# expect:  19   20   21   22   23   24   25
# expect:  26   27   28   29
# expect: 
print(calendar.weekday(12000, 1, 1), calendar.MONDAY, calendar.SUNDAY)  # expect: 5 0 6
