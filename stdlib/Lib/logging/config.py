"""logging.config: configuring logging from a dictionary (dictConfig), as CPython's schema
version 1 describes it: formatters (format, datefmt, style, or a class), filters (by logger
name), handlers (a class by dotted name, with level, formatter, filters and the class's own
keyword arguments; 'ext://sys.stdout' names an object outside the configuration; a
handler's 'target' and a QueueListener-less 'queue' may name others), loggers (level,
handlers, filters, propagate), root, disable_existing_loggers and incremental. fileConfig
(the configparser format) is not provided."""

import logging
import sys

__all__ = ['dictConfig', 'DictConfigurator', 'valid_ident']

import re as _re

IDENTIFIER = _re.compile('^[a-z_][a-z0-9_]*$', _re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name names (importing its modules as needed)."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


class DictConfigurator(object):
    """Applies one configuration dictionary (see dictConfig)."""

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def convert(self, value):
        """'ext://sys.stdout' is the object it names; 'cfg://handlers.h' one of this
        configuration's own entries; anything else is itself."""
        if isinstance(value, str):
            if value.startswith('ext://'):
                return self.resolve(value[6:])
            if value.startswith('cfg://'):
                found = self.config
                for part in value[6:].replace('[', '.').replace(']', '').split('.'):
                    if part:
                        found = found[int(part)] if part.isdigit() and isinstance(found, list) else found[part]
                return found
        return value

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                for name, handler_config in config.get('handlers', {}).items():
                    handler = _named_handlers.get(name)
                    if handler is None:
                        raise ValueError('No handler found with name %r' % name)
                    if 'level' in handler_config:
                        handler.setLevel(logging._checkLevel(handler_config['level']))
                for name, logger_config in config.get('loggers', {}).items():
                    self.configure_logger(name, logger_config, True)
                if config.get('root'):
                    self.configure_root(config['root'], True)
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            _clear_existing_handlers()
            self.formatters = self.configure_all('formatter', self.configure_formatter)
            self.filters = self.configure_all('filter', self.configure_filter)
            # Handlers that name other handlers (a MemoryHandler's target) come after them.
            handlers = {}
            pending = sorted(config.get('handlers', {}))
            for _ in range(len(pending) + 1):
                deferred = []
                for name in pending:
                    try:
                        handler = self.configure_handler(config['handlers'][name], handlers)
                    except _Deferred:
                        deferred.append(name)
                        continue
                    except Exception as e:
                        raise ValueError('Unable to configure handler %r' % name) from e
                    handler.name = name
                    handlers[name] = handler
                    _named_handlers[name] = handler
                pending = deferred
                if not pending:
                    break
            if pending:
                raise ValueError('Unable to configure handler %r' % pending[0])
            self.handlers = handlers
            existing = list(logging._loggers)
            existing.sort()
            child_loggers = []
            for name, logger_config in config.get('loggers', {}).items():
                if name in existing:
                    i = existing.index(name) + 1
                    prefix = name + '.'
                    while i < len(existing) and existing[i].startswith(prefix):
                        child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, logger_config)
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            for name in existing:
                logger = logging.getLogger(name)
                if name in child_loggers:
                    logger.level = logging.NOTSET
                    logger.handlers = []
                    logger.propagate = True
                elif disable_existing:
                    logger.disabled = True
            root = config.get('root')
            if root:
                try:
                    self.configure_root(root)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    def configure_all(self, kind, configure):
        """The formatters (or filters) of the configuration, made by configure, by name."""
        made = {}
        for name, entry in self.config.get(kind + 's', {}).items():
            try:
                made[name] = configure(entry)
            except Exception as e:
                raise ValueError('Unable to configure %s %r' % (kind, name)) from e
        return made

    def from_factory(self, config):
        """What a user-defined factory ('()': a callable or its dotted name) makes from the
        rest of the entry's keys."""
        factory = config['()']
        if isinstance(factory, str):
            factory = self.resolve(factory)
        return factory(**{k: v for k, v in config.items() if k != '()' and valid_ident(k)})

    def configure_formatter(self, config):
        if '()' in config:
            return self.from_factory(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cls = config.get('class', None)
        formatter_class = self.resolve(cls) if cls else logging.Formatter
        if 'validate' in config:
            return formatter_class(fmt, datefmt, style, config['validate'])
        return formatter_class(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.from_factory(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for name in filters:
            try:
                filterer.addFilter(self.filters[name] if isinstance(name, str) else name)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % name) from e

    def configure_handler(self, config, made):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.formatters[formatter]
            except KeyError as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if isinstance(factory, str):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            if 'target' in config:
                target = config['target']
                if target not in made:
                    raise _Deferred()
                config['target'] = made[target]
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        handler = factory(**kwargs)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        return handler

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            for name in config.get('handlers', []):
                try:
                    logger.addHandler(self.handlers[name])
                except KeyError as e:
                    raise ValueError('Unable to add handler %r' % name) from e
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


# The handlers dictConfig made, by name (an incremental configuration changes them).
_named_handlers = {}


def _clear_existing_handlers():
    """Flushes and closes the handlers the last configuration made."""
    for handler in list(_named_handlers.values()):
        try:
            handler.flush()
            handler.close()
        except (OSError, ValueError):
            pass
    _named_handlers.clear()


class _Deferred(Exception):
    """A handler that names one not made yet: tried again after the others."""


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(dict(config)).configure()
