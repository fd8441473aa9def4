# time.timezone, altzone, daylight and tzname describe the local zone as tzset does: in UTC,
# no offset, no summer time, ('UTC', 'UTC'); in any zone, altzone equals timezone exactly
# when the zone has no summer time.
import os
import subprocess
import sys
import time

code = "import time; print(time.timezone, time.altzone, time.daylight, time.tzname)"
env = dict(os.environ, TZ="UTC")
print(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout.strip())
print(isinstance(time.timezone, int), time.daylight in (0, 1), len(time.tzname),
      all(isinstance(n, str) and n for n in time.tzname), (time.altzone == time.timezone) == (not time.daylight))

# expect: 0 0 0 ('UTC', 'UTC')
# expect: True True 2 True True
