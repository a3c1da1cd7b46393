import type { Role } from './role';
import type { User } from './user.entity';

/** The signed-in person, as guards and services see them: the scope every access check uses. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  areaId: string | null;
  schoolId: string | null;
}

export function toAuthenticatedUser(user: User): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    areaId: user.areaId,
    schoolId: user.schoolId,
  };
}
