# base64's Base85 encodings: Ascii85 (folding, wrapping, Adobe's frame) and git's Base85,
# with padding and their decoders' errors.
import base64
samples = [b"", b"a", b"ab", b"abc", b"abcd", b"hello world", b"\0\0\0\0", b"\0\0\0\0x", b"    spaces  ", bytes(range(256))[:40]]
for data in samples:
    a = base64.a85encode(data)
    b = base64.b85encode(data)
    print(a, b, base64.a85decode(a) == data, base64.b85decode(b) == data)
print(base64.a85encode(b"\0\0\0", pad=True), base64.b85encode(b"abc", pad=True), base64.a85encode(b"    ", foldspaces=True))
print(base64.a85encode(b"Man is distinguished", adobe=True), base64.a85encode(b"Man is distinguished", wrapcol=10))
print(base64.a85encode(b"Man is distinguished", adobe=True, wrapcol=12))
print(base64.a85decode(b"<~9jqo^BlbD-BleB1DJ+*+F(f,q~>", adobe=True), base64.a85decode("9jqo^ BlbD-\nBleB1", ignorechars=b" \n"))
print(base64.a85decode(b"y", foldspaces=True), base64.b85decode("Xk~0{Zy"), base64.b85decode(b"VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%"))
for bad in (lambda: base64.a85decode(b"abz"), lambda: base64.a85decode(b"ab~"), lambda: base64.a85decode(b"xyz", adobe=True),
            lambda: base64.b85decode(b"ab\"cd"), lambda: base64.b85decode(b"~~~~~"), lambda: base64.a85decode(b"uuuuu")):
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)

# expect: b'' b'' True True
# expect: b'@/' b'VE' True True
# expect: b'@:B' b'VPX' True True
# expect: b'@:E^' b'VPaz' True True
# expect: b'@:E_W' b'VPa!s' True True
# expect: b'BOu!rD]j7BEbo7' b'Xk~0{Zy<MXa%^M' True True
# expect: b'z' b'00000' True True
# expect: b'zGQ' b'00000cm' True True
# expect: b'+<VdLF)YPtATJt:' b'ARr(hb8ul}Wpf}P' True True
# expect: b'!!*-\'"9eu7#RLhG$k3[W&.oNg\'GVB"(`=52*$$(B+<_pR,UFcb' b'009C61O)~M2nh-c3=Iws5D^j+6crX17#SKH9337XAR!_nBqb&%' True True
# expect: b'z' b'VPazd' b'y'
# expect: b'<~9jqo^BlbD-BleB1DJ+*+F(f,q~>' b'9jqo^BlbD-\nBleB1DJ+*+\nF(f,q'
# expect: b'<~9jqo^BlbD-\nBleB1DJ+*+F(\nf,q~>'
# expect: b'Man is distinguished' b'Man is disti'
# expect: b'    ' b'hello' b'abcdefghijklmnopqrstuvwxyzA'
# expect: ValueError: z inside Ascii85 5-tuple
# expect: ValueError: Non-Ascii85 digit found: ~
# expect: ValueError: Ascii85 encoded byte sequences must end with b'~>'
# expect: ValueError: bad base85 character at position 2
# expect: ValueError: base85 overflow in hunk starting at byte 0
# expect: ValueError: Ascii85 overflow
