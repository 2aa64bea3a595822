"""The desk's roles: Django groups that a migration creates, and what each may do.

A checker annotates, sources and proposes verdicts, and edits extraction on items
that are unassigned or assigned to them; an editor does that on any item, assigns
work and approves or returns verdicts; a chief does everything, publishes, and
manages users and roles in Django admin. A superuser counts as a chief.
"""

from __future__ import annotations

from enum import IntEnum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class Role(IntEnum):
    """Ordered: each role may do everything the ones below it may."""

    CHECKER = 1
    EDITOR = 2
    CHIEF = 3

    @property
    def group_name(self) -> str:
        return self.name.lower()


ROLE_GROUPS = [role.group_name for role in Role]


def role_of(user: AbstractBaseUser | AnonymousUser) -> Role | None:
    """The highest role of `user`, or None for anonymous visitors and accounts in no desk group."""
    if not user.is_authenticated or not user.is_active:
        return None
    cached = getattr(user, "_desk_role", False)
    if cached is not False:
        return cached
    if user.is_superuser:
        role = Role.CHIEF
    else:
        names = set(user.groups.filter(name__in=ROLE_GROUPS).values_list("name", flat=True))
        held = [r for r in Role if r.group_name in names]
        role = max(held) if held else None
    user._desk_role = role  # one query per request, whatever the number of checks
    return role


def has_role(user: AbstractBaseUser | AnonymousUser, role: Role) -> bool:
    """Whether `user` holds `role` or a higher one."""
    held = role_of(user)
    return held is not None and held >= role


# What the chief group may do in Django admin: all of the desk's models, users and groups.
CHIEF_ADMIN_APPS = {"articles", "auth"}


def grant_chief_permissions(**kwargs) -> None:
    """Give the chief group every permission of the desk's apps (run after each `migrate`).

    Permissions exist only once `migrate` has created them, after the migration
    that made the groups; so this runs on `post_migrate` and is idempotent.
    """
    from django.contrib.auth.models import Group, Permission

    chief = Group.objects.filter(name=Role.CHIEF.group_name).first()
    if chief is not None:
        chief.permissions.add(*Permission.objects.filter(content_type__app_label__in=CHIEF_ADMIN_APPS))
