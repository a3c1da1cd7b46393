import type { Role } from '../auth/roles';

/**
 * Resources listed in the sidebar for each role, in display order, below the dashboard item.
 * A new resource is added here for the roles that may open it.
 */
export const MENU_RESOURCES_BY_ROLE: Record<Role, readonly string[]> = {
  central_office: ['cases', 'escalations', 'sla-policies', 'areas', 'schools'],
  cao: ['cases', 'escalations', 'areas', 'schools'],
  principal: ['cases', 'schools'],
  school_staff: ['schools'],
  law_office: ['cases', 'schools'],
};
