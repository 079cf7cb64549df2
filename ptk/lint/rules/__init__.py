"""The rule catalogue: one module per rule, registered here by id, in reading order."""

from __future__ import annotations

from ptk.lint.rule import Rule
from ptk.lint.rules import (
    association_de_fait_signs,
    changed_since_signature,
    community_does_all_work,
    company_scope_undefined,
    dangling_coordinator,
    dates_inconsistent,
    decision_delay_too_short,
    duplicate_partner,
    ended_but_active,
    evaluation_overdue,
    funds_without_holder,
    id_mismatch,
    long_commitment,
    milestone_overdue,
    min_two_partners,
    missing_approval,
    missing_communication_plan,
    missing_conflict_of_interest,
    missing_conflict_resolution,
    missing_contact,
    missing_decision_process,
    missing_evaluation,
    missing_exit_clause,
    missing_objectives,
    missing_roles,
    missing_schedule,
    missing_vision,
    no_celebration,
    no_decision_log,
    non_reciprocal_powers,
    objective_not_agreed_by_all,
    objective_without_indicator,
    partner_without_contribution,
    partner_without_expectations,
    schema,
    single_person_approval,
    status_inconsistent,
    tacit_renewal_without_evaluation,
    thousands_separator,
    unbalanced_roles,
    unknown_partner,
    unreadable_file,
    unsigned_active,
    unused_suppression,
    volunteer_replaces_professional,
    yaml_syntax,
)

_MODULES = (
    # the file itself
    unreadable_file,
    yaml_syntax,
    schema,
    id_mismatch,
    # who the partners are
    min_two_partners,
    duplicate_partner,
    unknown_partner,
    dangling_coordinator,
    missing_contact,
    # define: vision, objectives, schedule (Transition, Belgian guide, Nexus Santé)
    missing_vision,
    missing_objectives,
    objective_without_indicator,
    objective_not_agreed_by_all,
    missing_schedule,
    dates_inconsistent,
    # clarify: roles, contributions, expectations, power (Belgian guide, CDC de Laval)
    missing_roles,
    unbalanced_roles,
    community_does_all_work,
    partner_without_contribution,
    partner_without_expectations,
    volunteer_replaces_professional,
    # decide together (Transition, Colibris, CDC de Laval)
    missing_decision_process,
    non_reciprocal_powers,
    decision_delay_too_short,
    single_person_approval,
    missing_approval,
    missing_conflict_resolution,
    no_decision_log,
    # write it down and sign (Belgian guide, CDC de Laval, Colibris)
    unsigned_active,
    changed_since_signature,
    association_de_fait_signs,
    funds_without_holder,
    thousands_separator,
    missing_conflict_of_interest,
    company_scope_undefined,
    missing_communication_plan,
    missing_exit_clause,
    long_commitment,
    # evaluate, celebrate, renew (Nexus Santé, Transition)
    missing_evaluation,
    evaluation_overdue,
    milestone_overdue,
    ended_but_active,
    tacit_renewal_without_evaluation,
    status_inconsistent,
    no_celebration,
    # suppressions
    unused_suppression,
)

REGISTRY: dict[str, Rule] = {module.ID: module for module in _MODULES}

# The rules `ptk validate` runs: the file's format and integrity, not its quality.
VALIDATE_RULES = ("unreadable-file", "yaml-syntax", "schema", "id-mismatch", "duplicate-partner")
