"""One property from the system bus: how the devices module asks power-profiles-daemon and
NetworkManager (jeepney comes with keyring on Linux)."""

from __future__ import annotations


def dbus_property(bus_name: str, path: str, interface: str, name: str) -> object | None:
    """The property's value; None when the bus, the service or jeepney is missing."""
    try:
        from jeepney import DBusAddress, MessageType, Properties
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return None
    try:
        with open_dbus_connection(bus="SYSTEM") as conn:
            address = DBusAddress(path, bus_name=bus_name, interface=interface)
            reply = conn.send_and_get_reply(Properties(address).get(name), timeout=1.0)
    except Exception:  # no system bus (a container), no such service: unknown
        return None
    if reply.header.message_type != MessageType.method_return:
        return None  # an error reply: no such service or property
    body = reply.body
    if not body:
        return None
    value = body[0]
    # A variant arrives as (signature, value).
    return value[1] if isinstance(value, tuple) and len(value) == 2 else value
