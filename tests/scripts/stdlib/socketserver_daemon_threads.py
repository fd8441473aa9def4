import socket
import socketserver
import threading

started = threading.Event()
finished = []


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(b"echo " + line)
        self.wfile.flush()
        started.set()
        # keeps reading until the client goes away
        while self.rfile.readline():
            pass
        finished.append(self.server.label)


class DaemonServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    label = "daemon"


class BlockingServer(socketserver.ThreadingTCPServer):
    label = "blocking"


def run(server_cls, close_client_first):
    started.clear()
    server = server_cls(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(b"hello\n")
    server.handle_request()
    started.wait(10)
    print(server.label, "got", client.recv(100))
    print(server.label, "daemon_threads", server.daemon_threads, "block_on_close", server.block_on_close)
    if close_client_first:
        closer = threading.Timer(0.2, client.close)
        closer.start()
    server.server_close()  # a daemon handler still in handle() must not block this
    print(server.label, "server_close returned; finished:", finished)
    if close_client_first:
        closer.join()
    else:
        client.close()


run(DaemonServer, close_client_first=False)
# the non-daemon server waits for its handler to finish in server_close()
run(BlockingServer, close_client_first=True)
print("done")
# expect: daemon got b'echo hello\n'
# expect: daemon daemon_threads True block_on_close True
# expect: daemon server_close returned; finished: []
# expect: blocking got b'echo hello\n'
# expect: blocking daemon_threads False block_on_close True
# expect: blocking server_close returned; finished: ['daemon', 'blocking']
# expect: done
