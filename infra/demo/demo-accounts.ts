import type { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '../../api/auth/password';

export const DEMO_DOMAIN = 'baton.example';

/** Fixed e-mail addresses of the demo district's offices. */
export const CENTRAL_OFFICE_EMAIL = `central@${DEMO_DOMAIN}`;
export const LAW_OFFICE_EMAIL = `law@${DEMO_DOMAIN}`;
export const caoEmail = (areaId: string) => `cao.${areaId}@${DEMO_DOMAIN}`;
export const principalEmail = (schoolId: string) => `principal.${schoolId}@${DEMO_DOMAIN}`;
export const staffEmail = (schoolId: string) => `staff.${schoolId}@${DEMO_DOMAIN}`;

/**
 * Creates the demo accounts that are missing (central office, law office, a CAO per area, a
 * principal and a staff member per school) and sets every demo account's password to `password`.
 * All demo accounts share one argon2 hash: hashing 1,300 passwords one by one would take a minute.
 * Returns how many accounts were created.
 */
export async function ensureDemoAccounts(dataSource: DataSource, password: string): Promise<{ created: number; total: number }> {
  const pattern = `%@${DEMO_DOMAIN}`;
  const [existing] = await dataSource.query<{ password_hash: string }[]>(
    'SELECT password_hash FROM users WHERE email LIKE $1 LIMIT 1',
    [pattern],
  );
  const passwordHash =
    existing && (await verifyPassword(existing.password_hash, password)) ? existing.password_hash : await hashPassword(password);

  return dataSource.transaction(async (manager) => {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO users (email, display_name, password_hash, role, area_id, school_id)
       SELECT email, display_name, $1, role, area_id, school_id FROM (
         SELECT $2::text AS email, 'Central Office' AS display_name, 'central_office' AS role, NULL::text AS area_id, NULL::text AS school_id
         UNION ALL SELECT $3, 'Law Office', 'law_office', NULL, NULL
         UNION ALL SELECT 'cao.' || id || '@' || $4, 'Chief Area Officer, ' || name, 'cao', id, NULL FROM areas
         UNION ALL SELECT 'principal.' || id || '@' || $4, 'Principal, ' || short_name, 'principal', area_id, id FROM schools
         UNION ALL SELECT 'staff.' || id || '@' || $4, 'Staff, ' || short_name, 'school_staff', area_id, id FROM schools
       ) AS demo
       ON CONFLICT (email) DO NOTHING
       RETURNING id`,
      [passwordHash, CENTRAL_OFFICE_EMAIL, LAW_OFFICE_EMAIL, DEMO_DOMAIN],
    );
    // A school that moved to another area keeps its staff accounts, so their scope follows the school.
    await manager.query(
      `UPDATE users SET area_id = schools.area_id, updated_at = now()
       FROM schools WHERE users.school_id = schools.id AND users.area_id IS DISTINCT FROM schools.area_id`,
    );
    await manager.query('UPDATE users SET password_hash = $1 WHERE email LIKE $2 AND password_hash <> $1', [passwordHash, pattern]);
    const [{ total }] = await manager.query<{ total: number }[]>('SELECT count(*)::int AS total FROM users WHERE email LIKE $1', [pattern]);

    return { created: inserted.length, total };
  });
}
