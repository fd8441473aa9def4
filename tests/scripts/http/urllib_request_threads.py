# The classic I/O-bound threads example: a pool of threads fetching several URLs at
# once with urllib.request from a local ThreadingHTTPServer (whose handlers wait a
# little, so that the fetches overlap), plus plain threads and a shared counter.
import concurrent.futures
import threading
import time
import urllib.error
import urllib.request
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

lock = threading.Lock()
active = 0
most_active = 0


class SlowHandler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        global active, most_active
        with lock:
            active += 1
            most_active = max(most_active, active)
        try:
            time.sleep(0.1)
            if self.path == '/fail':
                self.send_error(503, 'Try later')
                return
            number = int(self.path.strip('/') or 0)
            body = ('page %d: %s\n' % (number, '*' * number)).encode()
            self.send_response(200)
            self.send_header('Content-Type', 'text/plain')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        finally:
            with lock:
                active -= 1


server = ThreadingHTTPServer(('127.0.0.1', 0), SlowHandler)
print(server.daemon_threads, ThreadingHTTPServer.daemon_threads)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()

urls = ['http://127.0.0.1:%d/%d' % (port, n) for n in range(1, 9)]
urls.insert(4, 'http://127.0.0.1:%d/fail' % port)


def load(url, timeout):
    with urllib.request.urlopen(url, timeout=timeout) as conn:
        return conn.read()


results = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    future_to_url = {executor.submit(load, url, 10): url for url in urls}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except urllib.error.HTTPError as exc:
            results[url] = 'generated an exception: %s' % exc
            exc.close()
        except Exception as exc:
            results[url] = 'generated an exception: %r' % exc
        else:
            results[url] = 'page is %d bytes: %r' % (len(data), data)
for url in urls:
    print(url.split('/', 3)[3], results[url])
# the handlers sleep 0.1 s each: with five workers, several run at once
print('overlapped:', most_active > 1)

# executor.map keeps the order of its inputs
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
    sizes = list(executor.map(lambda u: len(load(u, 10)), urls[:4]))
print(sizes)

# plain threads, each storing its own result
out = [None] * 4


def worker(i):
    out[i] = load('http://127.0.0.1:%d/%d' % (port, i + 10), 10).decode().strip()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for line in out:
    print(line)

server.shutdown()
server.server_close()
thread.join()
# ThreadingHTTPServer's handler threads are daemons, which server_close() does not wait
# for (as in CPython): give the last one a moment to finish its request.
deadline = time.monotonic() + 10
while active and time.monotonic() < deadline:
    time.sleep(0.01)
print('active after shutdown:', active)

# expect: True True
# expect: 1 page is 10 bytes: b'page 1: *\n'
# expect: 2 page is 11 bytes: b'page 2: **\n'
# expect: 3 page is 12 bytes: b'page 3: ***\n'
# expect: 4 page is 13 bytes: b'page 4: ****\n'
# expect: fail generated an exception: HTTP Error 503: Try later
# expect: 5 page is 14 bytes: b'page 5: *****\n'
# expect: 6 page is 15 bytes: b'page 6: ******\n'
# expect: 7 page is 16 bytes: b'page 7: *******\n'
# expect: 8 page is 17 bytes: b'page 8: ********\n'
# expect: overlapped: True
# expect: [10, 11, 12, 13]
# expect: page 10: **********
# expect: page 11: ***********
# expect: page 12: ************
# expect: page 13: *************
# expect: active after shutdown: 0
