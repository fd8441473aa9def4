# multiprocessing.connection's Listener and Client: a TCP listener with an authkey served
# by a child, objects and raw bytes both ways, EOFError when the server closes; a Unix
# socket at a temporary path, removed on close; a client with the wrong key refused.
from multiprocessing.connection import Listener, Client, wait
from multiprocessing import Process, AuthenticationError
import os, time

def serve(address, key):
    with Listener(address, authkey=key) as listener:
        with listener.accept() as conn:
            conn.send(["ready", 1, 2.5, None])
            while True:
                msg = conn.recv()
                if msg == "close":
                    break
                conn.send(("echo", msg))
            conn.send_bytes(b"raw bytes", 4)

def send_hello(address):
    Client(address).send("unix hello")

def unix_demo():
    # A Unix socket at a temporary path, without a key.
    with Listener() as un:
        print(type(un.address).__name__, os.path.exists(un.address))
        q = Process(target=send_hello, args=(un.address,))
        q.start()
        with un.accept() as c:
            print(c.recv(), len(wait([c], 0.01)))
        q.join()
        path = un.address
    print(os.path.exists(path))

if __name__ == "__main__":
    key = b"secret password"
    listener = Listener(("localhost", 0), authkey=key)
    address = listener.address
    print(type(address).__name__, address[0])
    listener.close()
    p = Process(target=serve, args=(address, key))
    p.start()
    for _ in range(200):
        try:
            conn = Client(address, authkey=key)
            break
        except ConnectionRefusedError:
            time.sleep(0.02)
    print(type(conn).__name__, conn.recv())
    for m in ("hi", {"k": [1, 2]}, 12345678901234567890):
        conn.send(m); print(conn.recv())
    print(conn.poll(0))
    conn.send("close")
    print(conn.recv_bytes())
    try:
        conn.recv()
    except EOFError:
        print("EOFError at close")
    conn.close(); p.join(); print("server exit", p.exitcode)
    unix_demo()
    p = Process(target=serve, args=(address, key))
    p.start()
    for _ in range(200):
        try:
            bad = Client(address, authkey=b"wrong")
            print("connected with a wrong key?")
            break
        except AuthenticationError as e:
            print("AuthenticationError", e)
            break
        except ConnectionRefusedError:
            time.sleep(0.02)
    p.join()
    print("server with wrong key exit", p.exitcode != 0)

# expect: tuple 127.0.0.1
# expect: Connection ['ready', 1, 2.5, None]
# expect: ('echo', 'hi')
# expect: ('echo', {'k': [1, 2]})
# expect: ('echo', 12345678901234567890)
# expect: False
# expect: b'bytes'
# expect: EOFError at close
# expect: server exit 0
# expect: str True
# expect: unix hello 1
# expect: False
# expect: AuthenticationError digest sent was rejected
# expect: server with wrong key exit True
