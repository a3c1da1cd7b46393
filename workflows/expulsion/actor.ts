/** Roles as the API authenticates them; repeated here because workflow code imports nothing from the API. */
export type Role = 'central_office' | 'cao' | 'principal' | 'school_staff' | 'law_office';

/** The person taking an action, as the API authenticated them. */
export interface Actor {
  userId: string | null;
  email: string;
  role: Role;
  areaId: string | null;
  schoolId: string | null;
}

/** The actor of transitions the workflow takes by itself, such as an import. */
export const SYSTEM_ACTOR: Actor = { userId: null, email: 'system', role: 'central_office', areaId: null, schoolId: null };
