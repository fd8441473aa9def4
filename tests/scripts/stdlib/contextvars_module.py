# contextvars: get/set/reset and tokens, Context.run, copy_context; each asyncio task runs
# in a copy of its creator's context; each thread has its own.
import contextvars, asyncio, threading
request_id = contextvars.ContextVar('request_id', default='none')
print(request_id.get(), request_id.name, repr(request_id).startswith("<ContextVar name='request_id' default='none'"))
tok = request_id.set('r1')
print(request_id.get(), tok.old_value is contextvars.Token.MISSING, tok.var is request_id)
request_id.reset(tok)
print(request_id.get())
try:
    request_id.reset(tok)
except RuntimeError as e:
    print(str(e).split(' at 0x')[0])
ctx = contextvars.copy_context()
def in_ctx(v):
    request_id.set(v)
    return request_id.get()
print(ctx.run(in_ctx, 'inside'), request_id.get(), ctx[request_id], request_id in ctx, len(ctx))
nodefault = contextvars.ContextVar('x')
try:
    nodefault.get()
except LookupError:
    print('LookupError')
print(nodefault.get('fallback'))
async def handler(n):
    request_id.set(f'req-{n}')
    await asyncio.sleep(0.01 * (3 - n))
    return request_id.get()
async def main():
    request_id.set('main')
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, request_id.get())
asyncio.run(main())
seen = []
def worker():
    seen.append(request_id.get())
    request_id.set('thread')
t = threading.Thread(target=worker); t.start(); t.join()
print(seen, request_id.get())

# expect: none request_id True
# expect: r1 True True
# expect: none
# expect: <Token used var=<ContextVar name='request_id' default='none'
# expect: inside none inside True 1
# expect: LookupError
# expect: fallback
# expect: ['req-0', 'req-1', 'req-2'] main
# expect: ['none'] none
