# time.strftime formats a struct_time in the zone it carries: gmtime's is GMT, +0000.
import time
print(time.strftime("%H:%M %z %Z", time.gmtime(0)))
print(time.strftime("%Y-%m-%d %H:%M:%S %z %Z", time.gmtime(86400 * 365)))
lt = time.localtime(0)
print(time.strftime("%z %Z", lt) == "%s %s" % (time.strftime("%z", lt), lt.tm_zone))
print(time.strftime("%H:%M", (1970, 1, 1, 12, 30, 0, 3, 1, 0)))

# expect: 00:00 +0000 GMT
# expect: 1971-01-01 00:00:00 +0000 GMT
# expect: True
# expect: 12:30
