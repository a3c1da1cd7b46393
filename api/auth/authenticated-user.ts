import type { Role } from './role';

/** The signed-in person, as guards and services see them: the scope every access check uses. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  areaId: string | null;
  schoolId: string | null;
}
