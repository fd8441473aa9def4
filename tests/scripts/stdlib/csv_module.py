# csv: writer quoting rules (minimal, all, nonnumeric, none with escapechar), reader state
# machine (quotes, doubled quotes, newlines in fields, strict errors), DictReader/DictWriter,
# dialects (registered, excel-tab, unix), Sniffer.
import csv, io, os, tempfile
rows = [['name', 'city', 'note'], ['Ada', 'London', 'said "hi"'], ['Bob', 'New York, NY', 'multi\nline'], ['Cy', '', None], [1, 2.5, True]]
for lt in ('\r\n', '\n'):
    s = io.StringIO()
    w = csv.writer(s, lineterminator=lt)
    for r in rows:
        print(w.writerow(r), end=' ')
    w.writerow(['a\rb', ' g', ''])
    w.writerow([''])
    w.writerow([])
    print(repr(s.getvalue()))
for kw in ({'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'delimiter': ';'}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'}, {'dialect': 'excel-tab'}, {'dialect': 'unix'}):
    s = io.StringIO()
    csv.writer(s, **kw).writerows(rows)
    print(kw, repr(s.getvalue()))
    back = list(csv.reader(io.StringIO(s.getvalue()), **{k: v for k, v in kw.items() if k != 'quoting' or v != csv.QUOTE_NONNUMERIC}))
    print(back)
print(list(csv.reader(['a,"b,c",d', ' x, "y"', 'p,"q""r"', '"multi', 'line",z', '', 'e\\,f'], skipinitialspace=True)))
print(list(csv.reader(['a,"b"c,d', '"unterminated'])))
for lines, kw in ((['a,"b"c,d'], {'strict': True}), (['1,"2",x'], {'quoting': csv.QUOTE_NONNUMERIC}), (['a\0b'], {}), (['"x'], {'strict': True})):
    try:
        print(list(csv.reader(lines, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
path = os.path.join(tempfile.mkdtemp(), 'people.csv')
with open(path, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['name', 'age', 'city'])
    w.writeheader()
    w.writerow({'name': 'Ada', 'age': 36, 'city': 'London'})
    w.writerows([{'name': 'Bob', 'age': 41}, {'name': 'Eve, Jr.', 'age': 29, 'city': 'Paris'}])
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    r = csv.DictReader(f)
    print(r.fieldnames)
    for row in r:
        print(row, r.line_num)
with open(path, newline='') as f:
    for row in csv.DictReader(f, fieldnames=['a', 'b'], restkey='rest'):
        print(row)
with open(path, newline='') as f:
    for row in csv.DictReader(f, fieldnames=['a', 'b', 'c', 'd', 'e'], restval='?'):
        print(row)
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print(e)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
s = io.StringIO(); csv.writer(s, 'pipes').writerow(['x', 'y']); print(repr(s.getvalue()), sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter)
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print('Error', e)
r = csv.reader(io.StringIO('a,b\r\nc,d\r\n'))
print(next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)
print(csv.field_size_limit(), csv.QUOTE_NONNUMERIC)
for bad in ({'delimiter': ''}, {'delimiter': 3}, {'quoting': 9}):
    try:
        csv.writer(io.StringIO(), **bad)
    except TypeError as e:
        print('TypeError', e)
sample = 'name;age\nAda;36\nBob;41\n'
d = csv.Sniffer().sniff(sample)
print(d.delimiter, csv.Sniffer().has_header(sample))

# expect: 16 26 33 6 12 'name,city,note\r\nAda,London,"said ""hi"""\r\nBob,"New York, NY","multi\nline"\r\nCy,,\r\n1,2.5,True\r\n"a\rb", g,\r\n""\r\n\r\n'
# expect: 15 25 32 5 11 'name,city,note\nAda,London,"said ""hi"""\nBob,"New York, NY","multi\nline"\nCy,,\n1,2.5,True\na\rb, g,\n""\n\n'
# expect: {'quoting': 1} '"name","city","note"\r\n"Ada","London","said ""hi"""\r\n"Bob","New York, NY","multi\nline"\r\n"Cy","",""\r\n"1","2.5","True"\r\n'
# expect: [['name', 'city', 'note'], ['Ada', 'London', 'said "hi"'], ['Bob', 'New York, NY', 'multi\nline'], ['Cy', '', ''], ['1', '2.5', 'True']]
# expect: {'quoting': 2} '"name","city","note"\r\n"Ada","London","said ""hi"""\r\n"Bob","New York, NY","multi\nline"\r\n"Cy","",""\r\n1,2.5,True\r\n'
# expect: [['name', 'city', 'note'], ['Ada', 'London', 'said "hi"'], ['Bob', 'New York, NY', 'multi\nline'], ['Cy', '', ''], ['1', '2.5', 'True']]
# expect: {'delimiter': ';'} 'name;city;note\r\nAda;London;"said ""hi"""\r\nBob;New York, NY;"multi\nline"\r\nCy;;\r\n1;2.5;True\r\n'
# expect: [['name', 'city', 'note'], ['Ada', 'London', 'said "hi"'], ['Bob', 'New York, NY', 'multi\nline'], ['Cy', '', ''], ['1', '2.5', 'True']]
# expect: {'quoting': 3, 'escapechar': '\\'} 'name,city,note\r\nAda,London,said \\"hi\\"\r\nBob,New York\\, NY,multi\\\nline\r\nCy,,\r\n1,2.5,True\r\n'
# expect: [['name', 'city', 'note'], ['Ada', 'London', 'said "hi"'], ['Bob', 'New York, NY', 'multi\nline'], ['Cy', '', ''], ['1', '2.5', 'True']]
# expect: {'doublequote': False, 'escapechar': '\\'} 'name,city,note\r\nAda,London,said \\"hi\\"\r\nBob,"New York, NY","multi\nline"\r\nCy,,\r\n1,2.5,True\r\n'
# expect: [['name', 'city', 'note'], ['Ada', 'London', 'said "hi"'], ['Bob', 'New York, NY', 'multi\nline'], ['Cy', '', ''], ['1', '2.5', 'True']]
# expect: {'dialect': 'excel-tab'} 'name\tcity\tnote\r\nAda\tLondon\t"said ""hi"""\r\nBob\tNew York, NY\t"multi\nline"\r\nCy\t\t\r\n1\t2.5\tTrue\r\n'
# expect: [['name', 'city', 'note'], ['Ada', 'London', 'said "hi"'], ['Bob', 'New York, NY', 'multi\nline'], ['Cy', '', ''], ['1', '2.5', 'True']]
# expect: {'dialect': 'unix'} '"name","city","note"\n"Ada","London","said ""hi"""\n"Bob","New York, NY","multi\nline"\n"Cy","",""\n"1","2.5","True"\n'
# expect: [['name', 'city', 'note'], ['Ada', 'London', 'said "hi"'], ['Bob', 'New York, NY', 'multi\nline'], ['Cy', '', ''], ['1', '2.5', 'True']]
# expect: [['a', 'b,c', 'd'], ['x', 'y'], ['p', 'q"r'], ['multiline', 'z'], [], ['e\\', 'f']]
# expect: [['a', 'bc', 'd'], ['unterminated']]
# expect: Error ',' expected after '"'
# expect: ValueError could not convert string to float: 'x'
# expect: [['a\x00b']]
# expect: Error unexpected end of data
# expect: [[1.0, '2', 3.5]]
# expect: Error need to escape, but no escapechar set
# expect: 'name,age,city\r\nAda,36,London\r\nBob,41,\r\n"Eve, Jr.",29,Paris\r\n'
# expect: ['name', 'age', 'city']
# expect: {'name': 'Ada', 'age': '36', 'city': 'London'} 2
# expect: {'name': 'Bob', 'age': '41', 'city': ''} 3
# expect: {'name': 'Eve, Jr.', 'age': '29', 'city': 'Paris'} 4
# expect: {'a': 'name', 'b': 'age', 'rest': ['city']}
# expect: {'a': 'Ada', 'b': '36', 'rest': ['London']}
# expect: {'a': 'Bob', 'b': '41', 'rest': ['']}
# expect: {'a': 'Eve, Jr.', 'b': '29', 'rest': ['Paris']}
# expect: {'a': 'name', 'b': 'age', 'c': 'city', 'd': '?', 'e': '?'}
# expect: {'a': 'Ada', 'b': '36', 'c': 'London', 'd': '?', 'e': '?'}
# expect: {'a': 'Bob', 'b': '41', 'c': '', 'd': '?', 'e': '?'}
# expect: {'a': 'Eve, Jr.', 'b': '29', 'c': 'Paris', 'd': '?', 'e': '?'}
# expect: dict contains fields not in fieldnames: 'zz'
# expect: '"x"|"y"\r\n' ['excel', 'excel-tab', 'pipes', 'unix'] |
# expect: Error unknown dialect
# expect: ['a', 'b'] 1 ['c', 'd'] 2 ,
# expect: 131072 2
# expect: TypeError "delimiter" must be a 1-character string
# expect: TypeError "delimiter" must be string, not int
# expect: TypeError bad "quoting" value
# expect: ; True
