# int and float methods and attributes: bit operations, byte conversions, ratios, hex.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: (0).bit_length())  # expect: 0
show(lambda: (1).bit_length())  # expect: 1
show(lambda: (255).bit_length())  # expect: 8
show(lambda: (-256).bit_length())  # expect: 9
show(lambda: (2**100).bit_length())  # expect: 101
show(lambda: (-2**63).bit_length())  # expect: 64
show(lambda: True.bit_length())  # expect: 1
show(lambda: (0).bit_count())  # expect: 0
show(lambda: (-7).bit_count())  # expect: 3
show(lambda: (2**100 - 1).bit_count())  # expect: 100
show(lambda: (-2**63).bit_count())  # expect: 1
show(lambda: (5).bit_length(1))  # expect: TypeError int.bit_length() takes no arguments (1 given)
show(lambda: (5).to_bytes(length=1, byteorder='big', signed=True))  # expect: b'\x05'
show(lambda: (5).to_bytes())  # expect: b'\x05'
show(lambda: (5).to_bytes(1, 'x'))  # expect: ValueError byteorder must be either 'little' or 'big'
show(lambda: (1024).to_bytes(2))  # expect: b'\x04\x00'
show(lambda: (1024).to_bytes(4, 'little'))  # expect: b'\x00\x04\x00\x00'
show(lambda: (256).to_bytes(1, 'big'))  # expect: OverflowError int too big to convert
show(lambda: (-1).to_bytes(1, 'big'))  # expect: OverflowError can't convert negative int to unsigned
show(lambda: (-1).to_bytes(2, 'big', signed=True))  # expect: b'\xff\xff'
show(lambda: (-129).to_bytes(1, 'big', signed=True))  # expect: OverflowError int too big to convert
show(lambda: (128).to_bytes(1, 'big', signed=True))  # expect: OverflowError int too big to convert
show(lambda: (127).to_bytes(1, 'big', signed=True))  # expect: b'\x7f'
show(lambda: (-128).to_bytes(1, 'little', signed=True))  # expect: b'\x80'
show(lambda: (0).to_bytes(0, 'big'))  # expect: b''
show(lambda: (1).to_bytes(0, 'big'))  # expect: OverflowError int too big to convert
show(lambda: (1).to_bytes(-1, 'big'))  # expect: ValueError length argument must be non-negative
show(lambda: (2**70).to_bytes(10, 'big'))  # expect: b'\x00@\x00\x00\x00\x00\x00\x00\x00\x00'
show(lambda: (-2**70).to_bytes(10, 'little', signed=True))  # expect: b'\x00\x00\x00\x00\x00\x00\x00\x00\xc0\xff'
show(lambda: (1).to_bytes(2, byteorder='little'))  # expect: b'\x01\x00'
show(lambda: (1).to_bytes(2, 'little', True))  # expect: TypeError to_bytes() takes at most 2 positional arguments (3 given)
show(lambda: (1).to_bytes(1, 5))  # expect: TypeError to_bytes() argument 'byteorder' must be str, not int
show(lambda: (1).to_bytes(1, 'big', foo=1))  # expect: TypeError 'foo' is an invalid keyword argument for to_bytes()
show(lambda: (0).to_bytes(3, 'big', signed=True))  # expect: b'\x00\x00\x00'
show(lambda: int.from_bytes(b'\xff', 'little', signed=True))  # expect: -1
show(lambda: int.from_bytes(b'\x01\x00'))  # expect: 256
show(lambda: int.from_bytes(b'\x01\x00', 'little'))  # expect: 1
show(lambda: int.from_bytes([1, 2], 'big'))  # expect: 258
show(lambda: int.from_bytes('ab', 'big'))  # expect: TypeError cannot convert 'str' object to bytes
show(lambda: int.from_bytes(b''))  # expect: 0
show(lambda: int.from_bytes(b'\x80\x00', signed=True))  # expect: -32768
show(lambda: int.from_bytes(b'\xff' * 12, 'big'))  # expect: 79228162514264337593543950335
show(lambda: int.from_bytes(b'\xff' * 12, 'big', signed=True))  # expect: -1
show(lambda: int.from_bytes([256]))  # expect: ValueError bytes must be in range(0, 256)
show(lambda: int.from_bytes())  # expect: TypeError from_bytes() missing required argument 'bytes' (pos 1)
show(lambda: int.from_bytes((1).to_bytes(8, 'big'), 'big'))  # expect: 1
show(lambda: int.from_bytes(b'a', byteorder='x'))  # expect: ValueError byteorder must be either 'little' or 'big'
show(lambda: (3).as_integer_ratio())  # expect: (3, 1)
show(lambda: (-3).as_integer_ratio())  # expect: (-3, 1)
show(lambda: True.as_integer_ratio())  # expect: (1, 1)
show(lambda: (2**80).as_integer_ratio())  # expect: (1208925819614629174706176, 1)
show(lambda: (3).conjugate())  # expect: 3
show(lambda: True.conjugate())  # expect: 1
show(lambda: (7).real)  # expect: 7
show(lambda: (7).imag)  # expect: 0
show(lambda: (7).numerator)  # expect: 7
show(lambda: (7).denominator)  # expect: 1
show(lambda: True.real)  # expect: 1
show(lambda: (-2**90).numerator)  # expect: -1237940039285380274899124224
show(lambda: (1.5).as_integer_ratio())  # expect: (3, 2)
show(lambda: (0.1).as_integer_ratio())  # expect: (3602879701896397, 36028797018963968)
show(lambda: (-0.75).as_integer_ratio())  # expect: (-3, 4)
show(lambda: (0.0).as_integer_ratio())  # expect: (0, 1)
show(lambda: (1e300).as_integer_ratio()[1])  # expect: 1
show(lambda: (5e-324).as_integer_ratio()[0])  # expect: 1
show(lambda: (8.0).as_integer_ratio())  # expect: (8, 1)
show(lambda: float('inf').as_integer_ratio())  # expect: OverflowError cannot convert Infinity to integer ratio
show(lambda: float('nan').as_integer_ratio())  # expect: ValueError cannot convert NaN to integer ratio
show(lambda: float('-inf').as_integer_ratio())  # expect: OverflowError cannot convert Infinity to integer ratio
show(lambda: (2.0).is_integer())  # expect: True
show(lambda: (2.5).is_integer())  # expect: False
show(lambda: float('inf').is_integer())  # expect: False
show(lambda: float('nan').is_integer())  # expect: False
show(lambda: (-0.0).is_integer())  # expect: True
show(lambda: (1e300).is_integer())  # expect: True
show(lambda: (2.5).conjugate())  # expect: 2.5
show(lambda: (2.5).real)  # expect: 2.5
show(lambda: (2.5).imag)  # expect: 0.0
show(lambda: (-1.5).real)  # expect: -1.5
show(lambda: (0.1).hex())  # expect: '0x1.999999999999ap-4'
show(lambda: (1.0).hex())  # expect: '0x1.0000000000000p+0'
show(lambda: (-2.5).hex())  # expect: '-0x1.4000000000000p+1'
show(lambda: (0.0).hex())  # expect: '0x0.0p+0'
show(lambda: (-0.0).hex())  # expect: '-0x0.0p+0'
show(lambda: (5e-324).hex())  # expect: '0x0.0000000000001p-1022'
show(lambda: (1e308).hex())  # expect: '0x1.1ccf385ebc8a0p+1023'
show(lambda: float('inf').hex())  # expect: 'inf'
show(lambda: float('nan').hex())  # expect: 'nan'
show(lambda: (2.2250738585072014e-308).hex())  # expect: '0x1.0000000000000p-1022'
show(lambda: float.fromhex('0x1.8p1'))  # expect: 3.0
show(lambda: float.fromhex('0x1.999999999999ap-4'))  # expect: 0.1
show(lambda: float.fromhex('-0x1p-1074'))  # expect: -5e-324
show(lambda: float.fromhex('0x1p-1075'))  # expect: 0.0
show(lambda: float.fromhex('0x1.8p-1074'))  # expect: 1e-323
show(lambda: float.fromhex('  1a.8  '))  # expect: 26.5
show(lambda: float.fromhex('inf'))  # expect: inf
show(lambda: float.fromhex('-Infinity'))  # expect: -inf
show(lambda: float.fromhex('nan'))  # expect: nan
show(lambda: float.fromhex('0x.8'))  # expect: 0.5
show(lambda: float.fromhex('0x1p1024'))  # expect: OverflowError hexadecimal value too large to represent as a float
show(lambda: float.fromhex('0x1.fffffffffffffp1023'))  # expect: 1.7976931348623157e+308
show(lambda: float.fromhex('0x1.fffffffffffff8p1023'))  # expect: OverflowError hexadecimal value too large to represent as a float
show(lambda: float.fromhex('zz'))  # expect: ValueError invalid hexadecimal floating-point string
show(lambda: float.fromhex('0x'))  # expect: ValueError invalid hexadecimal floating-point string
show(lambda: float.fromhex('0x1p'))  # expect: ValueError invalid hexadecimal floating-point string
show(lambda: float.fromhex(1))  # expect: TypeError bad argument type for built-in operation
show(lambda: float.fromhex('0x1.00000000000008p0'))  # expect: 1.0
show(lambda: float.fromhex('0x1.00000000000018p0'))  # expect: 1.0000000000000004
show(lambda: float.fromhex((3.14159).hex()) == 3.14159)  # expect: True
show(lambda: (1.5).hex(1))  # expect: TypeError float.hex() takes no arguments (1 given)
show(lambda: (2.0).is_integer(1))  # expect: TypeError float.is_integer() takes no arguments (1 given)
