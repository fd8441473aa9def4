"""ipaddress -- IPv4/IPv6 address, network and interface objects for MiniPy.

Every value is kept as a plain integer; the version-specific classes only
supply parsing, formatting and the special-purpose address ranges.
"""

import functools as _functools

__all__ = [
    "AddressValueError", "NetmaskValueError", "IPV4LENGTH", "IPV6LENGTH",
    "ip_address", "ip_network", "ip_interface", "v4_int_to_packed",
    "v6_int_to_packed", "summarize_address_range", "collapse_addresses",
    "get_mixed_type_key", "IPv4Address", "IPv6Address", "IPv4Network",
    "IPv6Network", "IPv4Interface", "IPv6Interface",
]

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value error raised for a malformed address."""


class NetmaskValueError(ValueError):
    """A value error raised for a malformed netmask."""


# ---------------------------------------------------------------------------
# Factory functions

def _try_each(address, classes, *args):
    for cls in classes:
        try:
            return cls(address, *args)
        except (AddressValueError, NetmaskValueError):
            pass
    return None


def ip_address(address):
    """Return an IPv4Address or IPv6Address for `address`."""
    obj = _try_each(address, (IPv4Address, IPv6Address))
    if obj is None:
        raise ValueError(
            f"{address!r} does not appear to be an IPv4 or IPv6 address")
    return obj


def ip_network(address, strict=True):
    """Return an IPv4Network or IPv6Network for `address`."""
    obj = _try_each(address, (IPv4Network, IPv6Network), strict)
    if obj is None:
        raise ValueError(
            f"{address!r} does not appear to be an IPv4 or IPv6 network")
    return obj


def ip_interface(address):
    """Return an IPv4Interface or IPv6Interface for `address`."""
    obj = _try_each(address, (IPv4Interface, IPv6Interface))
    if obj is None:
        raise ValueError(
            f"{address!r} does not appear to be an IPv4 or IPv6 interface")
    return obj


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_mask(address):
    parts = str(address).split("/")
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _low_zero_bits(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    """Yield the minimal list of networks covering first..last inclusive."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError("first and last must be IP addresses, not networks")
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError("last IP address must be greater than first")
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        size = min(_low_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - size))
        lo += 1 << size
        if lo - 1 == first._ALL_ONES:
            break


def collapse_addresses(addresses):
    """Merge adjacent/overlapping addresses and networks into networks."""
    ranges = []
    version = None
    for item in addresses:
        if isinstance(item, _BaseAddress) and not isinstance(item, _Interface):
            lo = hi = item._ip
        elif isinstance(item, _BaseNetwork):
            lo = item.network_address._ip
            hi = item.broadcast_address._ip
        else:
            lo = item.network.network_address._ip
            hi = item.network.broadcast_address._ip
        if version is None:
            version, first = item.version, item
        elif item.version != version:
            raise TypeError("%s and %s are not of the same version" %
                            (item, first))
        ranges.append((lo, hi))
    ranges.sort()
    merged = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    addr_cls = IPv4Address if version == 4 else IPv6Address
    for lo, hi in merged:
        yield from summarize_address_range(addr_cls(lo), addr_cls(hi))


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


# ---------------------------------------------------------------------------
# Shared behaviour

class _IPBase:
    __slots__ = ()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def exploded(self):
        return self._explode()

    @property
    def compressed(self):
        return str(self)

    @classmethod
    def _netmask_prefix(cls, text):
        """Prefix length from '24', or from a netmask/hostmask string."""
        if isinstance(text, int):
            if not 0 <= text <= cls._max_prefixlen:
                raise NetmaskValueError("%r is not a valid netmask" % text)
            return text
        if text.isascii() and text.isdigit():
            n = int(text)
            if 0 <= n <= cls._max_prefixlen:
                return n
        if cls._version == 6:
            raise NetmaskValueError("%r is not a valid netmask" % text)
        try:
            value = cls._parse(text)
        except AddressValueError:
            raise NetmaskValueError("%r is not a valid netmask" % text) from None
        for candidate in (value, value ^ cls._ALL_ONES):
            zeros = _low_zero_bits(candidate, cls._max_prefixlen)
            prefix = cls._max_prefixlen - zeros
            if candidate >> zeros == (1 << prefix) - 1:
                return prefix
        raise NetmaskValueError("%r is not a valid netmask" % text)

    @classmethod
    def _mask_int(cls, prefix):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefix)


@_functools.total_ordering
class _BaseAddress(_IPBase):
    __slots__ = ()

    def _init_address(self, address):
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError(
                    "%d (< 0) is not permitted as an IPv%d address" %
                    (address, self._version))
            if address > self._ALL_ONES:
                raise AddressValueError(
                    "%d (>= 2**%d) is not permitted as an IPv%d address" %
                    (address, self._max_prefixlen, self._version))
            return address
        if isinstance(address, bytes):
            size = self._max_prefixlen // 8
            if len(address) != size:
                raise AddressValueError(
                    "%r (len %d != %d) is not permitted as an IPv%d address" %
                    (address, len(address), size, self._version))
            return int.from_bytes(address, "big")
        text = str(address)
        if "/" in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        return self._parse(text)

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" %
                            (self, other))
        return self._ip < other._ip

    def __hash__(self):
        return hash(hex(self._ip))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._ip - other)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __str__(self):
        return self._format(self._ip)

    def __format__(self, spec):
        if not spec or spec[-1] == "s":
            return format(str(self), spec)
        return format(self._ip, spec)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def _explode(self):
        return self._explode_address()

    @property
    def packed(self):
        return self._ip.to_bytes(self._max_prefixlen // 8, "big")

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    def _get_address_key(self):
        return (self._version, self)

    # classification ---------------------------------------------------
    def _in_any(self, nets):
        return any(self in n for n in nets)

    @property
    def is_multicast(self):
        return self in self._ranges["multicast"]

    @property
    def is_loopback(self):
        return self in self._ranges["loopback"]

    @property
    def is_link_local(self):
        return self in self._ranges["linklocal"]

    @property
    def is_unspecified(self):
        return self._ip == 0


class _BaseNetwork(_IPBase):
    """A range of addresses given by a network address and a prefix."""

    def _setup(self, address, strict):
        if isinstance(address, (int, bytes)):
            addr, mask = address, self._max_prefixlen
        elif isinstance(address, tuple):
            addr = address[0]
            mask = address[1] if len(address) > 1 else self._max_prefixlen
        else:
            parts = _split_mask(address)
            addr = parts[0]
            mask = parts[1] if len(parts) > 1 else self._max_prefixlen
        base = self._address_class(addr)
        prefix = self._netmask_prefix(mask)
        self._prefixlen = prefix
        self.netmask = self._address_class(self._mask_int(prefix))
        network_int = base._ip & self.netmask._ip
        if network_int != base._ip:
            if strict:
                raise ValueError("%s has host bits set" % self._str_of(base._ip))
        self.network_address = self._address_class(network_int)

    def _str_of(self, ip):
        return "%s/%d" % (self._address_class(ip), self._prefixlen)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def hostmask(self):
        return self._address_class(self.netmask._ip ^ self._ALL_ONES)

    @property
    def broadcast_address(self):
        return self._address_class(self.network_address._ip | self.hostmask._ip)

    @property
    def num_addresses(self):
        return self.broadcast_address._ip - self.network_address._ip + 1

    @property
    def with_prefixlen(self):
        return "%s/%d" % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self.network_address, self.hostmask)

    def _explode(self):
        return "%s/%d" % (self.network_address.exploded, self._prefixlen)

    def __str__(self):
        return self.with_prefixlen

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def _cmp_key(self, other):
        if not isinstance(other, _BaseNetwork):
            return None
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" %
                            (self, other))
        return ((self.network_address._ip, self.netmask._ip),
                (other.network_address._ip, other.netmask._ip))

    def __lt__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same type" %
                            (self, other))
        a = (self.network_address._ip, self.netmask._ip)
        b = (other.network_address._ip, other.netmask._ip)
        return (a > b) - (a < b)

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        if not isinstance(other, _BaseAddress):
            return False
        if self._version != other._version:
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def __iter__(self):
        cls = self._address_class
        for ip in range(self.network_address._ip, self.broadcast_address._ip + 1):
            yield cls(ip)

    def __getitem__(self, n):
        first = self.network_address._ip
        last = self.broadcast_address._ip
        if n >= 0:
            if first + n > last:
                raise IndexError("address out of range")
            return self._address_class(first + n)
        n += 1
        if last + n < first:
            raise IndexError("address out of range")
        return self._address_class(last + n)

    def hosts(self):
        first = self.network_address._ip
        last = self.broadcast_address._ip
        cls = self._address_class
        if self._prefixlen == self._max_prefixlen:
            return [cls(first)]
        if self._prefixlen == self._max_prefixlen - 1:
            return iter([cls(first), cls(last)])
        lo = first + 1
        hi = last - 1 if self._version == 4 else last
        return (cls(ip) for ip in range(lo, hi + 1))

    def overlaps(self, other):
        return (other.network_address in self or
                other.broadcast_address in self or
                self.network_address in other or
                self.broadcast_address in other)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        new_len = self._prefixlen + prefixlen_diff
        if new_len > self._max_prefixlen:
            raise ValueError("prefix length diff %d is invalid for netblock %s"
                             % (new_len, self))
        step = 1 << (self._max_prefixlen - new_len)
        start = self.network_address._ip
        end = self.broadcast_address._ip + 1
        for ip in range(start, end, step):
            yield self.__class__((ip, new_len))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        new_len = self._prefixlen - prefixlen_diff
        if new_len < 0:
            raise ValueError(
                "current prefixlen is %d, cannot have a prefixlen_diff of %d"
                % (self._prefixlen, prefixlen_diff))
        ip = self.network_address._ip & self._mask_int(new_len)
        return self.__class__((ip, new_len))

    def _containment(self, a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment "
                            f"between {a} and {b}")

    def subnet_of(self, other):
        return self._containment(self, other)

    def supernet_of(self, other):
        return self._containment(other, self)

    def address_exclude(self, other):
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" %
                            (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError("%s not contained in %s" % (other, self))
        if other == self:
            return
        other = other.__class__((other.network_address._ip, other.prefixlen))
        current = self
        while current != other:
            low, high = current.subnets()
            if other.subnet_of(low):
                yield high
                current = low
            else:
                yield low
                current = high

    def _whole_in(self, net):
        return (self.network_address in net and self.broadcast_address in net)

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and \
            self.broadcast_address.is_multicast

    @property
    def is_private(self):
        return any(self._whole_in(n) for n in self._ranges["private"])

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and \
            self.broadcast_address.is_loopback

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and \
            self.broadcast_address.is_link_local

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and \
            self.broadcast_address.is_unspecified

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and \
            self.broadcast_address.is_reserved


class _Interface:
    """Mixin: an address together with the network it lives on."""

    def _setup_interface(self, address):
        if isinstance(address, (int, bytes)):
            addr, mask = address, self._max_prefixlen
        elif isinstance(address, tuple):
            addr = address[0]
            mask = address[1] if len(address) > 1 else self._max_prefixlen
        else:
            parts = _split_mask(address)
            addr = parts[0]
            mask = parts[1] if len(parts) > 1 else self._max_prefixlen
        self._address_class.__init__(self, addr)
        self.network = self._network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def with_prefixlen(self):
        return "%s/%d" % (self._format(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self._format(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self._format(self._ip), self.hostmask)

    def __str__(self):
        return self.with_prefixlen

    def _explode(self):
        return "%s/%d" % (self.ip.exploded, self._prefixlen)

    def __eq__(self, other):
        eq = self._address_class.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        lt = self._address_class.__lt__(self, other)
        if lt is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and lt)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    def __reduce__(self):
        return self.__class__, (str(self),)


# ---------------------------------------------------------------------------
# IPv4

class _V4:
    __slots__ = ()
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError("Address cannot be empty")
        octets = text.split(".")
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % text)
        value = 0
        for part in octets:
            try:
                value = (value << 8) | cls._octet(part)
            except ValueError as exc:
                raise AddressValueError("%s in %r" % (exc, text)) from None
        return value

    @staticmethod
    def _octet(part):
        if not part:
            raise ValueError("Empty octet not permitted")
        if not (part.isascii() and part.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % part)
        if len(part) > 3:
            raise ValueError("At most 3 characters permitted in %r" % part)
        if part != "0" and part[0] == "0":
            raise ValueError("Leading zeros are not permitted in %r" % part)
        n = int(part, 10)
        if n > 255:
            raise ValueError("Octet %d (> 255) not permitted" % n)
        return n

    @staticmethod
    def _format(ip):
        return ".".join(str(b) for b in ip.to_bytes(4, "big"))

    def _explode_address(self):
        return str(self)

    def _reverse_pointer(self):
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"


class IPv4Address(_V4, _BaseAddress):
    """A single IPv4 address."""
    __slots__ = ("_ip", "__weakref__")

    def __init__(self, address):
        self._ip = self._init_address(address)

    @property
    def is_private(self):
        return self._in_any(self._ranges["private"])

    @property
    def is_global(self):
        return self not in self._ranges["shared"] and not self.is_private

    @property
    def is_reserved(self):
        return self in self._ranges["reserved"]

    @property
    def ipv6_mapped(self):
        return IPv6Address("::ffff:%s" % self)


class IPv4Network(_V4, _BaseNetwork):
    """An IPv4 network, e.g. IPv4Network('192.0.2.0/24')."""
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        self._setup(address, strict)

    @property
    def is_global(self):
        shared = IPv4Network("100.64.0.0/10")
        return not self._whole_in(shared) and not self.is_private


class IPv4Interface(_Interface, IPv4Address):
    """An IPv4 address with its network, e.g. IPv4Interface('10.0.0.5/8')."""
    _address_class = IPv4Address
    _network_class = IPv4Network

    def __init__(self, address):
        self._setup_interface(address)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))


# ---------------------------------------------------------------------------
# IPv6

class _V6:
    __slots__ = ()
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError("Address cannot be empty")
        parts = text.split(":")
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % text)
        tail = []
        if "." in parts[-1]:
            try:
                v4 = _V4._parse(parts.pop())
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, text)) from None
            tail = ["%x" % (v4 >> 16), "%x" % (v4 & 0xFFFF)]
            parts += tail
        if len(parts) > 9:
            raise AddressValueError("At most 8 colons permitted in %r" % text)
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError(
                        "At most one '::' permitted in %r" % text)
                gap = i
        if gap is not None:
            head_n, tail_n = gap, len(parts) - gap - 1
            if not parts[0]:
                head_n -= 1
                if head_n:
                    raise AddressValueError(
                        "Leading ':' only permitted as part of '::' in %r" % text)
            if not parts[-1]:
                tail_n -= 1
                if tail_n:
                    raise AddressValueError(
                        "Trailing ':' only permitted as part of '::' in %r" % text)
            skipped = 8 - (head_n + tail_n)
            if skipped < 1:
                raise AddressValueError(
                    "Expected at most 7 other parts with '::' in %r" % text)
        else:
            if len(parts) != 8:
                raise AddressValueError(
                    "Exactly 8 parts expected without '::' in %r" % text)
            if not parts[0]:
                raise AddressValueError(
                    "Leading ':' only permitted as part of '::' in %r" % text)
            if not parts[-1]:
                raise AddressValueError(
                    "Trailing ':' only permitted as part of '::' in %r" % text)
            head_n, tail_n, skipped = len(parts), 0, 0
        try:
            value = 0
            for part in parts[:head_n]:
                value = (value << 16) | cls._hextet(part)
            value <<= 16 * skipped
            for part in parts[len(parts) - tail_n:] if tail_n else []:
                value = (value << 16) | cls._hextet(part)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None
        return value

    @staticmethod
    def _hextet(part):
        if not all(c in "0123456789abcdefABCDEF" for c in part):
            raise ValueError("Only hex digits permitted in %r" % part)
        if len(part) > 4:
            raise ValueError("At most 4 characters permitted in %r" % part)
        return int(part, 16)

    @staticmethod
    def _format(ip):
        words = ["%x" % ((ip >> (112 - 16 * i)) & 0xFFFF) for i in range(8)]
        best_start, best_len = -1, 0
        run_start, run_len = -1, 0
        for i, w in enumerate(words):
            if w == "0":
                if run_len == 0:
                    run_start = i
                run_len += 1
                if run_len > best_len:
                    best_start, best_len = run_start, run_len
            else:
                run_len = 0
        if best_len > 1:
            end = best_start + best_len
            left = ":".join(words[:best_start])
            right = ":".join(words[end:])
            return left + "::" + right
        return ":".join(words)

    def _explode_address(self):
        ip = self._ip
        return ":".join("%04x" % ((ip >> (112 - 16 * i)) & 0xFFFF)
                        for i in range(8))

    def _reverse_pointer(self):
        digits = "%032x" % self._ip
        return ".".join(reversed(digits)) + ".ip6.arpa"


class IPv6Address(_V6, _BaseAddress):
    """A single IPv6 address (optionally with a %scope suffix)."""
    __slots__ = ("_ip", "_scope_id", "__weakref__")

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, str) and "%" in address:
            address, _, scope = address.partition("%")
            if not scope or "%" in scope:
                raise AddressValueError('Invalid IPv6 address: "%r"' % address)
            self._scope_id = scope
        self._ip = self._init_address(address)

    def __str__(self):
        text = self._format(self._ip)
        return text + "%" + self._scope_id if self._scope_id else text

    def __eq__(self, other):
        eq = _BaseAddress.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        return self._scope_id == getattr(other, "_scope_id", None)

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in_any(self._ranges["private"])

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_reserved(self):
        return self._in_any(self._ranges["reserved"])

    @property
    def is_site_local(self):
        return self in self._ranges["sitelocal"]

    @property
    def is_loopback(self):
        return self._ip == 1


class IPv6Network(_V6, _BaseNetwork):
    """An IPv6 network, e.g. IPv6Network('2001:db8::/32')."""
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        self._setup(address, strict)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and \
            self.broadcast_address.is_site_local


class IPv6Interface(_Interface, IPv6Address):
    """An IPv6 address with its network."""
    _address_class = IPv6Address
    _network_class = IPv6Network

    def __init__(self, address):
        self._setup_interface(address)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __hash__(self):
        return _Interface.__hash__(self)


# ---------------------------------------------------------------------------
# Special-purpose ranges (IANA registries as known to CPython 3.11)

def _nets(cls, *specs):
    return [cls(s) for s in specs]


_V4_RANGES = {
    "private": _nets(IPv4Network, "0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8",
                     "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/29",
                     "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16",
                     "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
                     "240.0.0.0/4", "255.255.255.255/32"),
    "shared": IPv4Network("100.64.0.0/10"),
    "reserved": IPv4Network("240.0.0.0/4"),
    "multicast": IPv4Network("224.0.0.0/4"),
    "loopback": IPv4Network("127.0.0.0/8"),
    "linklocal": IPv4Network("169.254.0.0/16"),
}
_V6_RANGES = {
    "private": _nets(IPv6Network, "::1/128", "::/128", "::ffff:0:0/96",
                     "100::/64", "2001::/23", "2001:2::/48", "2001:db8::/32",
                     "2001:10::/28", "fc00::/7", "fe80::/10"),
    "reserved": _nets(IPv6Network, "::/8", "100::/8", "200::/7", "400::/6",
                      "800::/5", "1000::/4", "4000::/3", "6000::/3",
                      "8000::/3", "a000::/3", "c000::/3", "e000::/4",
                      "f000::/5", "f800::/6", "fe00::/9"),
    "multicast": IPv6Network("ff00::/8"),
    "loopback": IPv6Network("::1/128"),
    "linklocal": IPv6Network("fe80::/10"),
    "sitelocal": IPv6Network("fec0::/10"),
}
_V4._ranges = _V4_RANGES
_V6._ranges = _V6_RANGES
