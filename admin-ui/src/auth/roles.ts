/** Roles the API assigns to a person, the same list as `api/auth/role.ts`. */
export const ROLES = ['central_office', 'cao', 'principal', 'school_staff', 'law_office'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export const ROLE_LABELS: Record<Role, string> = {
  central_office: 'Central Office',
  cao: 'Chief Area Officer',
  principal: 'Principal',
  school_staff: 'School Staff',
  law_office: 'Law Office',
};

/** Returns the human-readable name of a role, or the role string itself when it is unknown. */
export const formatRole = (role: string): string => (isRole(role) ? ROLE_LABELS[role] : role);
