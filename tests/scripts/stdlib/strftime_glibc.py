# strftime's other directives and glibc's flags, as the C library writes them (CPython passes
# them through): %-d, %_H, %C, %k, %l, %P, %r, %R, %U, %W, %G, %g, %V, %Ey, %n, %t.
import datetime
import time

dt = datetime.datetime(2024, 3, 5, 7, 8, 9)
for directive in ["%-d", "%-m", "%_H", "%C", "%k", "%l", "%P", "%r", "%R", "%U", "%W", "%G", "%g", "%V",
                  "%Ey", "%Oy", "%n", "%t", "%^a", "%#b", "%010Y", "%e", "%u %w", "%-I:%M %p", "%"]:
    print(repr(directive), repr(dt.strftime(directive)), repr(time.strftime(directive, dt.timetuple())))
print(datetime.date(2023, 1, 1).strftime("%G-W%V-%u %U %W %j %-j"))
print(time.strftime("%a %-d %b", (2020, 2, 29, 0, 0, 0, 5, 60, -1)))

# expect: '%-d' '5' '5'
# expect: '%-m' '3' '3'
# expect: '%_H' ' 7' ' 7'
# expect: '%C' '20' '20'
# expect: '%k' ' 7' ' 7'
# expect: '%l' ' 7' ' 7'
# expect: '%P' 'am' 'am'
# expect: '%r' '07:08:09 AM' '07:08:09 AM'
# expect: '%R' '07:08' '07:08'
# expect: '%U' '09' '09'
# expect: '%W' '10' '10'
# expect: '%G' '2024' '2024'
# expect: '%g' '24' '24'
# expect: '%V' '10' '10'
# expect: '%Ey' '24' '24'
# expect: '%Oy' '24' '24'
# expect: '%n' '\n' '\n'
# expect: '%t' '\t' '\t'
# expect: '%^a' 'TUE' 'TUE'
# expect: '%#b' 'MAR' 'MAR'
# expect: '%010Y' '0000002024' '0000002024'
# expect: '%e' ' 5' ' 5'
# expect: '%u %w' '2 2' '2 2'
# expect: '%-I:%M %p' '7:08 AM' '7:08 AM'
# expect: '%' '%' '%'
# expect: 2022-W52-7 01 00 001 1
# expect: Sat 29 Feb
