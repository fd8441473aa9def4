# socketserver (a ThreadingTCPServer with a StreamRequestHandler, serve_forever and shutdown;
# a UDPServer with handle_request) and selectors over sockets.
import socketserver, socket, threading, selectors

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())

with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as server:
    host, port = server.server_address
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    results = []
    def client(word):
        with socket.create_connection((host, port)) as c:
            c.sendall((word + '\n').encode())
            c.shutdown(socket.SHUT_WR)
            f = c.makefile('rb')
            results.append(f.readline().decode().strip())
    clients = [threading.Thread(target=client, args=(w,)) for w in ('one', 'two', 'three')]
    for c in clients: c.start()
    for c in clients: c.join()
    server.shutdown()
    t.join()
print(sorted(results))

class UdpEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])
udp = socketserver.UDPServer(('127.0.0.1', 0), UdpEcho)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.sendto(b'abc', udp.server_address)
udp.handle_request()
print(u.recvfrom(100)[0])
u.close(); udp.server_close()

sel = selectors.DefaultSelector()
a, b = socket.socketpair()
key = sel.register(b, selectors.EVENT_READ, data='payload')
print(sel.select(0.05), key.data, key.events == selectors.EVENT_READ)
a.sendall(b'hi')
events = sel.select(1)
print([(k.data, ev) for k, ev in events], sel.get_key(b).fileobj is b, len(sel.get_map()))
sel.unregister(b); sel.close(); a.close(); b.close()

# expect: ['ONE', 'THREE', 'TWO']
# expect: b'cba'
# expect: [] payload True
# expect: [('payload', 1)] True 1
