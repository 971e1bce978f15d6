"""The sub-APIs of :class:`~memshadow_desktop.core.service.MemshadowService`, one per area.

Internal: callers reach them as ``service.memories``, ``service.sync`` and so on, never by
importing these modules.
"""
