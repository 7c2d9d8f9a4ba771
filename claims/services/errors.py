class ServiceError(ValueError):
    """A write was refused; the message is meant for the person who asked for it."""


class PermissionDenied(ServiceError):
    """The user may not make this change."""


class StaleWrite(ServiceError):
    """The change was based on an old version of the record (someone else saved since)."""
