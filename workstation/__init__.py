"""The warning-call workstation core (预警劝阻工作台): domain, storage, services. Never imports Qt."""

__version__ = "0.1.0"
