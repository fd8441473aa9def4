# json.loads of bytes and bytearrays in UTF-8, -16 or -32 (detected as CPython detects them),
# the BOM error, string escaping with and without ensure_ascii; a ThreadPoolExecutor named by
# its thread_name_prefix takes no number from the default names.
import json
import concurrent.futures as cf
import threading
print(json.loads(bytearray(b"[2]")), json.loads('{"a": 1}'.encode("utf-16")), json.loads('[1]'.encode("utf-32")))
print(json.loads('"x"'.encode("utf-16-le")), json.loads('"x"'.encode("utf-16-be")), json.loads('[1]'.encode("utf-32-le")), json.loads(b'\xef\xbb\xbf[3]'))
print([json.detect_encoding(x.encode(e)) for x in ['{}', '"ab"'] for e in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-32-le']])
try: json.loads('\ufeff[1]')
except json.JSONDecodeError as e: print(e)
try: json.loads(5)
except TypeError as e: print(e)
print(json.dumps(["é\u2028\x7f\x01\"\\", "\U0001f600"]), json.dumps(["é\u2028\x7f\x01\"\\"], ensure_ascii=False))
print(json.loads(json.dumps({"k": "a\"b\\c\nd\u00e9", "t": "\t"})), json.loads('["\\u00e9\\ud83d\\ude00", "plain"]'))
with cf.ThreadPoolExecutor(1, thread_name_prefix="pool") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with cf.ThreadPoolExecutor(1) as ex:
    first = ex.submit(lambda: threading.current_thread().name).result()
with cf.ThreadPoolExecutor(1) as ex:
    second = ex.submit(lambda: threading.current_thread().name).result()
print(first.rsplit("-", 1)[0], int(second.split("-")[1].split("_")[0]) - int(first.split("-")[1].split("_")[0]))

# expect: [2] {'a': 1} [1]
# expect: x x [1] [3]
# expect: ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-32-le', 'utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-32-le']
# expect: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)
# expect: the JSON object must be str, bytes or bytearray, not int
# expect: ["\u00e9\u2028\u007f\u0001\"\\", "\ud83d\ude00"] ["é \u0001\"\\"]
# expect: {'k': 'a"b\\c\ndé', 't': '\t'} ['é😀', 'plain']
# expect: pool_0
# expect: ThreadPoolExecutor 1
