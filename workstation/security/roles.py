"""Who may do what (权限): each guarded action names the roles allowed, checked in the core services.

Services call `services.auth.authorize(ws, username, Permission.X)` before doing X, so hiding a button is never the only
guard. An officer (民警) works leads; a team lead (组长) also reviews, reassigns, edits scripts and exports;
records/admin (内勤) also manages officers and roles.
"""

from __future__ import annotations

from enum import StrEnum

from workstation.domain.types import Role


class Permission(StrEnum):
    WORK_LEADS = "work_leads"  # claim, call, record outcomes
    REVIEW = "review"  # QA of call outcomes and notes
    REASSIGN = "reassign"
    EDIT_SCRIPTS = "edit_scripts"
    EXPORT_PERSONAL_DATA = "export_personal_data"  # unmasked lists, exports, bulk prints
    VIEW_AUDIT = "view_audit"
    MANAGE_OFFICERS = "manage_officers"  # add officers, change roles, unlock accounts


ALLOWED: dict[Permission, tuple[Role, ...]] = {
    Permission.WORK_LEADS: (Role.OFFICER, Role.LEAD, Role.ADMIN),
    Permission.REVIEW: (Role.LEAD, Role.ADMIN),
    Permission.REASSIGN: (Role.LEAD, Role.ADMIN),
    Permission.EDIT_SCRIPTS: (Role.LEAD, Role.ADMIN),
    Permission.EXPORT_PERSONAL_DATA: (Role.LEAD, Role.ADMIN),
    Permission.VIEW_AUDIT: (Role.LEAD, Role.ADMIN),
    Permission.MANAGE_OFFICERS: (Role.ADMIN,),
}


def allowed(role: Role | str, permission: Permission) -> bool:
    return Role(role) in ALLOWED[permission]

