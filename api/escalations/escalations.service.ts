import { ForbiddenException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type ExpulsionStage, STAGE_LABELS } from '../../workflows/expulsion/stages';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { fetchRawPage, type ListSpec, type Page, parseListQuery } from '../common/list-query';

/** An escalation as the inbox shows it. */
export interface EscalationRow {
  id: string;
  caseId: string;
  stage: ExpulsionStage;
  stageLabel: string;
  level: 'area' | 'central_office';
  areaId: string;
  areaName: string;
  schoolId: string;
  schoolName: string;
  dueAt: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  /** Whether the escalated case is still open; a closed case's escalation needs no more action. */
  caseStatus: 'open' | 'closed';
}

const ESCALATION_LIST: ListSpec = {
  sortable: { raisedAt: 'e.raised_at', dueAt: 'e.due_at', stage: 'e.stage', areaName: 'a.name', schoolName: 's.short_name', id: 'e.id' },
  defaultSort: { field: 'raisedAt', order: 'DESC' },
  filters: {
    id: 'e.id',
    level: 'e.level',
    stage: 'e.stage',
    areaId: 'e.area_id',
    schoolId: 'e.school_id',
    caseId: 'e.instance_id',
    caseStatus: 'p.status',
    acknowledged: `(CASE WHEN e.acknowledged_at IS NULL THEN 'false' ELSE 'true' END)`,
  },
  search: ['s.long_name', 's.short_name'],
};

/**
 * Escalations reach the CAO of the case's area (level `area`) and central office (every level).
 * A CAO reads and acknowledges their own area's only. Other roles have no inbox.
 */
@Injectable()
export class EscalationsService {
  private readonly logger = new Logger(EscalationsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: Record<string, unknown>): Promise<Page<EscalationRow>> {
    const builder = this.scoped(user);
    const list = parseListQuery(query, ESCALATION_LIST);
    const page = await fetchRawPage<EscalationRecord>(builder, list, ESCALATION_LIST, 'e.id');

    return { rows: page.rows.map(toRow), total: page.total };
  }

  async get(user: AuthenticatedUser, id: string): Promise<EscalationRow> {
    const record = await this.scoped(user).andWhere('e.id = :id', { id: uuidOrNil(id) }).getRawOne<EscalationRecord>();
    if (!record) throw new NotFoundException(`Escalation "${id}" not found: it does not exist or is outside your scope.`);

    return toRow(record);
  }

  /** Marks the escalation acknowledged by the user; acknowledging twice keeps the first acknowledgement. */
  async acknowledge(user: AuthenticatedUser, id: string): Promise<EscalationRow> {
    await this.get(user, id);

    await this.dataSource.query('UPDATE escalations SET acknowledged_at = now(), acknowledged_by = $2 WHERE id = $1 AND acknowledged_at IS NULL', [id, user.id]);
    this.logger.log({ escalationId: id, userId: user.id }, 'escalation acknowledged');

    return this.get(user, id);
  }

  private scoped(user: AuthenticatedUser): SelectQueryBuilder<ObjectLiteral> {
    const builder = this.dataSource
      .createQueryBuilder()
      .from('escalations', 'e')
      .innerJoin('process_instances', 'p', 'p.id = e.instance_id')
      .innerJoin('schools', 's', 's.id = e.school_id')
      .innerJoin('areas', 'a', 'a.id = e.area_id')
      .leftJoin('users', 'u', 'u.id = e.acknowledged_by')
      .select([
        'e.id AS "id"',
        'e.instance_id AS "caseId"',
        'e.stage AS "stage"',
        'e.level AS "level"',
        'e.area_id AS "areaId"',
        'a.name AS "areaName"',
        'e.school_id AS "schoolId"',
        's.short_name AS "schoolName"',
        'e.due_at AS "dueAt"',
        'e.raised_at AS "raisedAt"',
        'e.acknowledged_at AS "acknowledgedAt"',
        'p.status AS "caseStatus"',
        'u.email AS "acknowledgedBy"',
      ]);

    switch (user.role) {
      case 'central_office':
        return builder;
      case 'cao':
        return builder.where(`e.area_id = :areaId AND e.level = 'area'`, { areaId: user.areaId });
      case 'principal':
      case 'school_staff':
      case 'law_office':
        throw new ForbiddenException(`The ${user.role} role has no escalation inbox: escalations go to the area's CAO and central office.`);
    }
  }
}

type EscalationRecord = Omit<EscalationRow, 'stageLabel' | 'dueAt' | 'raisedAt' | 'acknowledgedAt'> & { dueAt: Date; raisedAt: Date; acknowledgedAt: Date | null };

function toRow(record: EscalationRecord): EscalationRow {
  return {
    ...record,
    stageLabel: STAGE_LABELS[record.stage],
    dueAt: record.dueAt.toISOString(),
    raisedAt: record.raisedAt.toISOString(),
    acknowledgedAt: record.acknowledgedAt?.toISOString() ?? null,
  };
}

/** Maps an id that is not a UUID to the nil UUID, so it matches no escalation instead of failing the query. */
function uuidOrNil(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : '00000000-0000-0000-0000-000000000000';
}
