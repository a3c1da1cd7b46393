import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { MAX_PAGE_SIZE, type Page } from '../common/list-query';
import { scopeCondition } from '../common/role-scope';

/** An in-app message: an SLA warning to a stage's owner, an escalation, or a legal-clock warning. */
export interface NotificationRow {
  id: string;
  caseId: string;
  kind: 'sla_warning' | 'escalation' | 'legal_clock_warning';
  message: string;
  schoolName: string;
  createdAt: string;
}

/**
 * Lists the notifications addressed to the user's role within their scope, newest first: a
 * principal's for their school, a CAO's for their area, the district roles' for every case.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser): Promise<Page<NotificationRow>> {
    const { condition: scope, value: scopeValue } = scopeCondition(user, { school: 'n.school_id', area: 'n.area_id' });

    const rows = await this.dataSource.query<(Omit<NotificationRow, 'createdAt'> & { createdAt: Date })[]>(
      `SELECT n.id, n.instance_id AS "caseId", n.kind, n.message, s.short_name AS "schoolName", n.created_at AS "createdAt"
       FROM notifications n JOIN schools s ON s.id = n.school_id
       WHERE n.recipient_role = $1 AND ${scope}
       ORDER BY n.created_at DESC, n.id
       LIMIT ${MAX_PAGE_SIZE}`,
      [user.role, scopeValue],
    );

    return { rows: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })), total: rows.length };
  }
}
