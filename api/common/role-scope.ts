import type { AuthenticatedUser } from '../auth/authenticated-user';

/**
 * Returns a SQL condition on the parameter `$2` that limits rows to the user's scope, and the value
 * to bind to it: a school for principals and school staff, an area for a CAO, everything for the
 * district roles.
 */
export function scopeCondition(user: AuthenticatedUser, columns: { school: string; area: string }): { condition: string; value: string | null } {
  switch (user.role) {
    case 'principal':
    case 'school_staff':
      return { condition: `${columns.school} = $2`, value: user.schoolId };
    case 'cao':
      return { condition: `${columns.area} = $2`, value: user.areaId };
    case 'central_office':
    case 'law_office':
      return { condition: '$2::text IS NULL', value: null };
  }
}
