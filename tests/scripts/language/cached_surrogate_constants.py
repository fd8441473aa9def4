# A string constant with a lone surrogate (or a pair) keeps its code units when the compiled
# code comes back from the code cache (the second run of the same file).
import os, subprocess, sys, tempfile
with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
    f.write('s = "\\ud800 lone \\U0001f600"\nprint([hex(ord(c)) for c in s], len(s))\n')
for run in range(2):
    print(subprocess.run([sys.executable, f.name], capture_output=True, text=True).stdout.strip())
os.unlink(f.name)

# expect: ['0xd800', '0x20', '0x6c', '0x6f', '0x6e', '0x65', '0x20', '0x1f600'] 8
# expect: ['0xd800', '0x20', '0x6c', '0x6f', '0x6e', '0x65', '0x20', '0x1f600'] 8
