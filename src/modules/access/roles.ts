// Staff roles and what each may do. Permissions are checked in services (deny by default);
// route guards are only an outer layer. Record-level rules (handling codes, dissemination to
// a partner organisation, teams) sit on top of these in each capability's *.policy.ts.

export const roles = [
  'call_handler',
  'intelligence_analyst',
  'intelligence_supervisor',
  'officer',
  'safeguarding_lead',
  'partner_agency',
  'administrator',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Readonly<Record<Role, string>> = {
  call_handler: 'Call handler',
  intelligence_analyst: 'Intelligence analyst',
  intelligence_supervisor: 'Intelligence supervisor',
  officer: 'Officer',
  safeguarding_lead: 'Safeguarding lead',
  partner_agency: 'Partner agency user',
  administrator: 'Administrator',
};

export const permissions = [
  // Public reports (submissions)
  'report.create_phone', // key a 101 / Crimestoppers call through the journey
  'report.create_partner', // send a partner agency's referral through the journey
  'report.read', // read a submission's answers (sanitised view)
  'report.read_sensitive', // reporter contact details and unsanitised text; needs a reason each time
  'report.triage', // change status, assign, link
  'report.message_reporter', // ask the reporter a question through their receipt inbox
  'report.open_photo_original', // the sealed original of a photo, for evidence; needs a reason each time
  'report.review_retention', // the list of reports due for retention review
  // Intelligence
  'intelligence.create',
  'intelligence.grade',
  'intelligence.review', // supervisor review, sanitisation sign-off, handling code C
  'intelligence.disseminate',
  'intelligence.read_disseminated', // read what was disseminated to the reader's team or organisation
  // Entities, networks, exports
  'entity.read',
  'entity.merge',
  'network.read',
  'export.create',
  // Operations (targets, warrants, arrests): police only
  'operations.read', // the target list, a person's target and victim status, operational records
  'operations.target', // make a person a target, adjust its priority with a reason, review and close it
  'warrant.apply', // assemble an s.23 application from graded intelligence; record the court's decision, entries, return
  'warrant.authorise', // the inspector's authorisation of someone else's application (four eyes)
  'operations.record', // record arrests, seizures, charges and outcomes
  // Safeguarding
  'safeguarding.read',
  'safeguarding.manage',
  'casework.read', // safeguarding cases the reader's teams hold (or no team holds), every read audited
  'casework.manage', // open cases, decide referrals, record strategy discussions, actions and milestones
  'casework.victim_flag', // whether a person is a victim of exploitation (never the case itself)
  'casework.partner_tasks', // a partner's own organisation's tasks, with the case fields its sharing agreement names
  'casework.sharing_agreement', // record which case fields a partner organisation's users may see
  'casework.treatment', // drug treatment referrals (with consent) and diversion for people who use drugs
  'casework.treatment_outcomes', // a treatment service's user: the referrals made to their own organisation, and their outcomes
  // "You said, we did" (issue 16): public releases of ward totals, four eyes
  'disclosure.prepare', // prepare a month's release and read releases
  'disclosure.approve', // approve, publish or withdraw someone else's release; set ward priorities
  // Administration and audit
  'user.manage',
  'team.manage',
  'session.revoke_any',
  'audit.read_record', // the audit history of any record
  'audit.export',
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  call_handler: ['report.create_phone'],
  intelligence_analyst: [
    'report.read',
    'report.read_sensitive',
    'report.triage',
    'report.message_reporter',
    'intelligence.create',
    'intelligence.grade',
    'intelligence.read_disseminated',
    'entity.read',
    'entity.merge',
    'network.read',
    'export.create',
    'operations.read',
    'operations.target',
    'warrant.apply',
    'operations.record',
    'casework.victim_flag',
    'disclosure.prepare',
  ],
  intelligence_supervisor: [
    'report.read',
    'report.read_sensitive',
    'report.triage',
    'report.message_reporter',
    'intelligence.create',
    'intelligence.grade',
    'intelligence.review',
    'intelligence.disseminate',
    'intelligence.read_disseminated',
    'entity.read',
    'entity.merge',
    'network.read',
    'export.create',
    'audit.read_record',
    'report.open_photo_original',
    'report.review_retention',
    'operations.read',
    'operations.target',
    'warrant.apply',
    'warrant.authorise',
    'operations.record',
    'casework.victim_flag',
    'disclosure.prepare',
    'disclosure.approve',
  ],
  officer: [
    'intelligence.read_disseminated',
    'entity.read',
    'network.read',
    'operations.read',
    'warrant.apply',
    'operations.record',
    'casework.victim_flag',
    'casework.treatment',
  ],
  safeguarding_lead: [
    'intelligence.read_disseminated',
    'safeguarding.read',
    'safeguarding.manage',
    'entity.read',
    'casework.read',
    'casework.manage',
    'casework.victim_flag',
    'casework.sharing_agreement',
    'casework.treatment',
  ],
  partner_agency: [
    'intelligence.read_disseminated',
    'report.create_partner',
    'casework.partner_tasks',
    'casework.treatment_outcomes',
  ],
  administrator: [
    'user.manage',
    'team.manage',
    'session.revoke_any',
    'audit.read_record',
    'audit.export',
    'casework.sharing_agreement',
    'disclosure.approve',
  ],
};

export function permissionsOf(heldRoles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(heldRoles.flatMap((role) => rolePermissions[role]));
}
