# A Python 2 print statement gets CPython 3.11's hint, with carets under the statement.
print "hello"  # a comment
# expect-stderr:     print "hello"  # a comment
# expect-stderr:     ^^^^^^^^^^^^^
# expect-error: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
