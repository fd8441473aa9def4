# logging.Logger.manager: loggerDict holds every logger by name and a PlaceHolder for each
# dotted prefix without one, in CPython's order; a logger made later takes its place.
import logging

logging.getLogger("app.db.pool")
logging.getLogger("app.web")
print(list(logging.root.manager.loggerDict))
print({name: type(obj).__name__ for name, obj in logging.Logger.manager.loggerDict.items()})
app = logging.getLogger("app")
print(list(logging.root.manager.loggerDict))
print(type(logging.root.manager.loggerDict["app"]).__name__, logging.getLogger("app.web").parent is app)
print(sorted(name for name, obj in logging.root.manager.loggerDict.items() if isinstance(obj, logging.Logger)))
print(logging.getLogger("app").manager is logging.root.manager, logging.root.manager.root is logging.root)
logging.root.manager.disable = logging.INFO
print(logging.root.manager.disable, logging.getLogger("x").isEnabledFor(logging.INFO))
logging.disable(logging.NOTSET)
print(logging.root.manager.disable, logging.root.manager.getLogger("app") is app)

# expect: ['app.db.pool', 'app.db', 'app', 'app.web']
# expect: {'app.db.pool': 'Logger', 'app.db': 'PlaceHolder', 'app': 'PlaceHolder', 'app.web': 'Logger'}
# expect: ['app.db.pool', 'app.db', 'app', 'app.web']
# expect: Logger True
# expect: ['app', 'app.db.pool', 'app.web']
# expect: True True
# expect: 20 False
# expect: 0 True
