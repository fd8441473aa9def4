# socket's address families and kinds are IntEnum members (repr names them, str is the number).
import socket
print(repr(socket.AF_INET), repr(socket.SOCK_STREAM), socket.AF_INET, f'{socket.AF_INET}', socket.AF_INET == 2)
print(socket.AddressFamily(1), list(socket.SocketKind)[:2], socket.AF_UNIX, socket.AF_INET6, repr(socket.AF_INET6))
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); print(s.family == socket.AF_INET, s.type == socket.SOCK_STREAM); s.close()

# expect: <AddressFamily.AF_INET: 2> <SocketKind.SOCK_STREAM: 1> 2 2 True
# expect: 1 [<SocketKind.SOCK_STREAM: 1>, <SocketKind.SOCK_DGRAM: 2>] 1 10 <AddressFamily.AF_INET6: 10>
# expect: True True
