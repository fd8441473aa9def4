# logging.config.dictConfig as CPython's: formatters ({}-style too), filters, handlers by class
# with ext:// streams and a MemoryHandler's target, loggers, root, disabling existing loggers, errors.
import logging, logging.config, sys
old = logging.getLogger("old.module")
logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": True,
    "formatters": {"brief": {"format": "%(levelname)s %(name)s: %(message)s"},
                   "tagged": {"format": "[{levelname}] {message}", "style": "{"}},
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief", "level": "INFO"},
        "tag": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "tagged", "filters": ["only_app"]},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "tag"},
    },
    "loggers": {"app": {"level": "DEBUG", "handlers": ["out", "buffer"], "propagate": False},
                "app.db": {"level": "WARNING"}},
    "root": {"level": "ERROR", "handlers": ["out"]},
})
app = logging.getLogger("app")
app.debug("debug hidden by the handler level")
app.info("hello %s", "world")
app.info("second")
logging.getLogger("app.db").info("filtered by logger level")
logging.getLogger("app.db").warning("db warning")
logging.getLogger("other").error("root handles this")
old.error("disabled: not shown")
print(old.disabled, app.propagate, logging.getLogger().level, [h.name for h in app.handlers])
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError", e)

# expect: INFO app: hello world
# expect: [DEBUG] debug hidden by the handler level
# expect: [INFO] hello world
# expect: INFO app: second
# expect: WARNING app.db: db warning
# expect: [INFO] second
# expect: [WARNING] db warning
# expect: ERROR other: root handles this
# expect: True False 40 ['out', 'buffer']
# expect: ValueError dictionary doesn't specify a version
# expect: ValueError Unsupported version: 2
# expect: ValueError Unable to configure handler 'h'
