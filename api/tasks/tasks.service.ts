import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ExpulsionStage, STAGE_LABELS } from '../../workflows/expulsion/stages';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { MAX_PAGE_SIZE, type Page } from '../common/list-query';
import { scopeCondition } from '../common/role-scope';
import { SLA_STATE_SQL } from '../cases/case-queries.service';
import type { SlaState } from '../cases/case.views';

/** Something the signed-in person owes now: a case waiting on them, or an escalation to acknowledge. */
export interface Task {
  id: string;
  caseId: string;
  kind: 'case_action' | 'escalation';
  title: string;
  stage: ExpulsionStage;
  stageLabel: string;
  schoolName: string;
  areaName: string;
  dueAt: string | null;
  slaState: SlaState;
}

/** The escalation level whose inbox each role keeps. */
const ESCALATION_LEVELS: Partial<Record<AuthenticatedUser['role'], 'area' | 'central_office'>> = { cao: 'area', central_office: 'central_office' };

const TITLES: Record<ExpulsionStage, string> = {
  school_referral: 'Submit the expulsion referral',
  area_review: 'Review the expulsion referral',
  law_preparation: 'Prepare the hearing',
  hearing: 'Hold the hearing and record its outcome',
  decision: 'Decide the case',
  closed: 'Nothing to do',
};

/**
 * Builds a person's task list from the read model: the open cases whose current stage their role
 * owns, within their scope, and the escalations of open cases they have not acknowledged. Earliest due first.
 */
@Injectable()
export class TasksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser): Promise<Page<Task>> {
    if (user.role === 'school_staff') return { rows: [], total: 0 };

    const { condition: scope, value: scopeValue } = scopeCondition(user, { school: 'p.school_id', area: 'p.area_id' });
    const escalationLevel = ESCALATION_LEVELS[user.role] ?? null;

    const rows = await this.dataSource.query<(Omit<Task, 'stageLabel' | 'title' | 'dueAt'> & { dueAt: Date | null })[]>(
      `SELECT * FROM (
         SELECT p.id AS "id", p.id AS "caseId", 'case_action' AS "kind", p.stage AS "stage", s.short_name AS "schoolName", a.name AS "areaName",
                p.due_at AS "dueAt", ${SLA_STATE_SQL} AS "slaState"
         FROM process_instances p JOIN schools s ON s.id = p.school_id JOIN areas a ON a.id = p.area_id
         WHERE p.status = 'open' AND p.waiting_on_role = $1 AND ${scope}
         UNION ALL
         SELECT e.id::text, p.id, 'escalation', e.stage, s.short_name, a.name, e.due_at, 'breached'
         FROM escalations e JOIN process_instances p ON p.id = e.instance_id JOIN schools s ON s.id = p.school_id JOIN areas a ON a.id = p.area_id
         WHERE e.acknowledged_at IS NULL AND e.level = $3 AND p.status = 'open' AND ${scope}
       ) AS tasks
       ORDER BY "dueAt" NULLS LAST, "id"
       LIMIT ${MAX_PAGE_SIZE}`,
      [user.role, scopeValue, escalationLevel],
    );

    const tasks = rows.map((row) => ({
      ...row,
      title: row.kind === 'escalation' ? `Acknowledge the escalation: ${STAGE_LABELS[row.stage].toLowerCase()} is late` : TITLES[row.stage],
      stageLabel: STAGE_LABELS[row.stage],
      dueAt: row.dueAt ? row.dueAt.toISOString() : null,
    }));

    return { rows: tasks, total: tasks.length };
  }
}
