export const ROLES = ['central_office', 'cao', 'principal', 'school_staff', 'law_office'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose scope is one area or one school; the other roles see the whole district. */
export const AREA_ROLES: readonly Role[] = ['cao'];
export const SCHOOL_ROLES: readonly Role[] = ['principal', 'school_staff'];
