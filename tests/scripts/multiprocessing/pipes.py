# Pipe: duplex and one-way, poll with a timeout, send_bytes/recv_bytes, EOFError after the
# other end closes, and a flood of hostile byte strings that each end in a clean error.
from multiprocessing import Process, Pipe


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg)
    conn.close()


def producer(writer, n):
    for i in range(n):
        writer.send(i * i)
    writer.close()


def receiver(conn):
    errors = 0
    values = 0
    while True:
        try:
            msg = conn.recv()
        except Exception:
            errors += 1
            continue
        if msg == "stop":
            break
        values += 1
    conn.send((errors, values))


def hostile_messages(n):
    # The same pseudo-random byte strings in every run (a linear congruential generator),
    # each starting with a byte that no valid message starts with.
    seed = 12345
    out = []
    for i in range(n):
        length = 1 + i % 40
        data = [0xFF]
        for _ in range(length):
            seed = (seed * 1103515245 + 12345) % 2147483648
            data.append(seed >> 16 & 0xFF)
        out.append(bytes(data))
    return out


if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=echo, args=(b,))
    p.start()
    print(a.poll(0.01))  # expect: False
    a.send({"nested": [1, (2, 3)], "big": 10 ** 30})
    print(a.poll(30), a.recv())  # expect: True {'nested': [1, (2, 3)], 'big': 1000000000000000000000000000000}
    a.send(None)
    p.join()
    b.close()
    try:
        a.recv()
    except EOFError:
        print("EOFError once the other end is closed")  # expect: EOFError once the other end is closed

    x, y = Pipe()
    x.send_bytes(b"raw bytes, sent and received in one process")
    print(y.recv_bytes())  # expect: b'raw bytes, sent and received in one process'

    reader, writer = Pipe(duplex=False)
    print(reader.readable, reader.writable, writer.readable, writer.writable)  # expect: True False False True
    p = Process(target=producer, args=(writer, 5))
    p.start()
    writer.close()
    got = []
    while True:
        try:
            got.append(reader.recv())
        except EOFError:
            break
    p.join()
    print(got)  # expect: [0, 1, 4, 9, 16]
    try:
        reader.send(1)
    except OSError as e:
        print("read-only end:", e)  # expect: read-only end: connection is read-only

    parent, child = Pipe()
    p = Process(target=receiver, args=(child,))
    p.start()
    for data in hostile_messages(1000):
        parent.send_bytes(data)
    parent.send(1)
    parent.send("stop")
    print(parent.recv(), "child survived:", p.is_alive() or p.exitcode == 0)  # expect: (1000, 1) child survived: True
    p.join()
    print("exit code", p.exitcode)  # expect: exit code 0
