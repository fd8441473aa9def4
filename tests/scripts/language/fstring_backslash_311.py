# In 3.11 an f-string's expression may not hold a backslash, not even inside a string of
# its own, nor '#'; the error is reported just past the literal, as CPython 3.11 reports it.
for source in ('f"{\'a\\tb\'}"', 'f"{1 \\\\ 2}"', 'f"{#}"', 'f"""a {1 \\\\ 2} b"""', "f'{\"x\"}' + f\"{'ok'}\""):
    try:
        print(repr(eval(source)))
    except SyntaxError as e:
        print(e.msg, e.offset)

# expect: f-string expression part cannot include a backslash 11
# expect: f-string expression part cannot include a backslash 11
# expect: f-string expression part cannot include '#' 6
# expect: f-string expression part cannot include a backslash 19
# expect: 'xok'
