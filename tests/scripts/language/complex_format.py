# format() of complex numbers: bare and typed specs, signs ('+', ' '), the alternate form,
# digit grouping, precision, fill and alignment, and the two specs CPython refuses.
for spec in [' ', '+', '#.0f', '010', '=10', ' .1f', '-^12', '>12.3e', '', '.3', 'g', '*<14']:
    for z in (1234.5 + 2j, -1.5 - 0.25j, 3j):
        try:
            print(repr(spec), repr(format(z, spec)))
        except Exception as e:
            print(repr(spec), type(e).__name__, e)
for spec in [',.2f', '_.1e', '+,.0f', ',g', '>20,.1f']:
    for z in (1234567.5 + 2000j, -1.5 - 12345.25j):
        try:
            print(repr(spec), repr(format(z, spec)))
        except Exception as e:
            print(repr(spec), type(e).__name__, e)
# expect: ' ' '( 1234.5+2j)'
# expect: ' ' '(-1.5-0.25j)'
# expect: ' ' ' 3j'
# expect: '+' '(+1234.5+2j)'
# expect: '+' '(-1.5-0.25j)'
# expect: '+' '+3j'
# expect: '#.0f' '1234.+2.j'
# expect: '#.0f' '-2.-0.j'
# expect: '#.0f' '0.+3.j'
# expect: '010' ValueError Zero padding is not allowed in complex format specifier
# expect: '010' ValueError Zero padding is not allowed in complex format specifier
# expect: '010' ValueError Zero padding is not allowed in complex format specifier
# expect: '=10' ValueError '=' alignment flag is not allowed in complex format specifier
# expect: '=10' ValueError '=' alignment flag is not allowed in complex format specifier
# expect: '=10' ValueError '=' alignment flag is not allowed in complex format specifier
# expect: ' .1f' ' 1234.5+2.0j'
# expect: ' .1f' '-1.5-0.2j'
# expect: ' .1f' ' 0.0+3.0j'
# expect: '-^12' '(1234.5+2j)-'
# expect: '-^12' '(-1.5-0.25j)'
# expect: '-^12' '-----3j-----'
# expect: '>12.3e' '1.234e+03+2.000e+00j'
# expect: '>12.3e' '-1.500e+00-2.500e-01j'
# expect: '>12.3e' '0.000e+00+3.000e+00j'
# expect: '' '(1234.5+2j)'
# expect: '' '(-1.5-0.25j)'
# expect: '' '3j'
# expect: '.3' '(1.23e+03+2j)'
# expect: '.3' '(-1.5-0.25j)'
# expect: '.3' '3j'
# expect: 'g' '1234.5+2j'
# expect: 'g' '-1.5-0.25j'
# expect: 'g' '0+3j'
# expect: '*<14' '(1234.5+2j)***'
# expect: '*<14' '(-1.5-0.25j)**'
# expect: '*<14' '3j************'
# expect: ',.2f' '1,234,567.50+2,000.00j'
# expect: ',.2f' '-1.50-12,345.25j'
# expect: '_.1e' '1.2e+06+2.0e+03j'
# expect: '_.1e' '-1.5e+00-1.2e+04j'
# expect: '+,.0f' '+1,234,568+2,000j'
# expect: '+,.0f' '-2-12,345j'
# expect: ',g' '1.23457e+06+2,000j'
# expect: ',g' '-1.5-12,345.2j'
# expect: '>20,.1f' '1,234,567.5+2,000.0j'
# expect: '>20,.1f' '      -1.5-12,345.2j'
