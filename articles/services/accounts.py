"""Desk accounts: a person's role, and the Django admin access that goes with it.

A role is membership of one desk group (`articles.roles`). Staff status, which
opens Django admin, follows the chief role: the user admin and `seed_demo` keep
it in step; a group changed elsewhere (a shell) needs `user_staff_sync` after.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser, Group
from django.db import transaction

from articles.roles import ROLE_GROUPS, Role


def user_staff_sync(*, user: AbstractUser) -> AbstractUser:
    """Give staff status to chiefs and superusers, and take it from everyone else."""
    is_staff = user.is_superuser or user.groups.filter(name=Role.CHIEF.group_name).exists()
    if user.is_staff != is_staff:
        user.is_staff = is_staff
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("_desk_role", None)  # `role_of` caches the role on the user object
    return user


@transaction.atomic
def user_role_set(*, user: AbstractUser, role: Role | None) -> AbstractUser:
    """Put `user` in the desk group of `role` and no other desk group (None: no role), staff to match."""
    user.groups.remove(*Group.objects.filter(name__in=ROLE_GROUPS))
    if role is not None:
        user.groups.add(Group.objects.get(name=role.group_name))
    return user_staff_sync(user=user)
