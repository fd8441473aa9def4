# Richards: Martin Richards' simulation of an operating system kernel -- a scheduler
# passing packets between an idle task, a worker, two handlers and two devices. Method
# calls through subclasses, attribute access on small objects and linked lists.
import _harness

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEVICE_A, I_DEVICE_B = 1, 2, 3, 4, 5, 6
K_DEVICE, K_WORK = 1000, 1001
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of queue; returns the queue's new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue, pending, waiting):
        self.kernel = kernel
        self.link = kernel.tasks
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = pending      # a packet is waiting in the queue
        self.waiting = waiting      # the task waits for a packet
        self.holding = False        # the task is held
        kernel.tasks = self
        kernel.table[ident] = self

    def runnable(self):
        return not self.holding and (self.pending or not self.waiting)

    def run(self):
        packet = None
        if self.pending and self.waiting and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.pending = self.queue is not None
            self.waiting = False
        return self.step(packet)

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    # The operations a task's step performs on the kernel; each returns the task to run next.
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.kernel.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.kernel.table[ident]
        t.holding = False
        return t if t.priority > self.priority else self

    def send(self, packet):
        kernel = self.kernel
        target = kernel.table[packet.ident]
        kernel.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, kernel, count):
        Task.__init__(self, kernel, I_IDLE, 0, None, False, False)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.release(I_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(I_DEVICE_B)


class WorkTask(Task):
    def __init__(self, kernel, queue):
        Task.__init__(self, kernel, I_WORK, 1000, queue, True, True)
        self.destination = I_HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = I_HANDLER_B if self.destination == I_HANDLER_A else I_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue, True, True)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == K_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.datum
            if n >= BUFFER_SIZE:
                self.work = work.link
                return self.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[n]
                work.datum = n + 1
                return self.send(device)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None, False, True)
        self.held_packet = None

    def step(self, packet):
        if packet is None:
            p = self.held_packet
            if p is None:
                return self.wait()
            self.held_packet = None
            return self.send(p)
        self.held_packet = packet
        self.kernel.checksum = (self.kernel.checksum * 31 + packet.datum) & 0xFFFFFF
        return self.hold()


class Kernel:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.queue_count = 0
        self.hold_count = 0
        self.checksum = 0

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                t = t.run()
            else:
                t = t.link


def simulate(count):
    k = Kernel()
    IdleTask(k, count)
    q = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(k, q)
    q = Packet(Packet(Packet(None, I_DEVICE_A, K_DEVICE), I_DEVICE_A, K_DEVICE), I_DEVICE_A, K_DEVICE)
    HandlerTask(k, I_HANDLER_A, 2000, q)
    q = Packet(Packet(Packet(None, I_DEVICE_B, K_DEVICE), I_DEVICE_B, K_DEVICE), I_DEVICE_B, K_DEVICE)
    HandlerTask(k, I_HANDLER_B, 3000, q)
    DeviceTask(k, I_DEVICE_A, 4000)
    DeviceTask(k, I_DEVICE_B, 5000)
    k.schedule()
    result = k.queue_count, k.hold_count, k.checksum
    # break the task <-> kernel cycles so the objects are freed by reference counting
    k.table = None
    k.tasks = None
    return result


def workload(repeats):
    results = [simulate(10000) for _ in range(repeats)]
    assert results[0][:2] == (23246, 9297), results[0]
    return results[0]


print(*_harness.run(workload, 3))
