import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ACTION_RULES, availableActions } from '../../workflows/expulsion/actions';
import { EXPULSION_STAGES, type ExpulsionStage, STAGE_LABELS } from '../../workflows/expulsion/stages';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { fetchRawPage, type ListSpec, type Page, parseListQuery } from '../common/list-query';
import type { ResolvedConfig } from '../config/config';
import { CONFIG } from '../config/config.module';
import { loadSchoolCalendar } from '../calendar/calendar-repository';
import { LEGAL_LIMIT_SCHOOL_DAYS } from '../calendar/sla-deadlines';
import { scopeCases } from './case-scope';
import type { CaseDetail, CaseEscalation, CaseRow, SlaState, StageStep, TimelineEntry } from './case.views';
import { describeWaiting } from './waiting-on';

/** SLA state of an instance, computed at read time so it is never stale. */
export const SLA_STATE_SQL = `CASE WHEN p.status = 'closed' THEN 'closed' WHEN p.due_at <= now() THEN 'breached' WHEN p.warn_at <= now() THEN 'warning' ELSE 'on_track' END`;
const DAYS_WAITING_SQL = `round((extract(epoch FROM (coalesce(p.closed_at, now()) - p.stage_entered_at)) / 86400)::numeric, 1)::float8`;

const CASE_LIST: ListSpec = {
  sortable: {
    dueAt: 'p.due_at',
    daysWaiting: '"daysWaiting"',
    stageEnteredAt: 'p.stage_entered_at',
    openedAt: 'p.opened_at',
    stage: '"stageOrder"',
    schoolName: 's.short_name',
    areaName: 'a.name',
    id: 'p.id',
  },
  defaultSort: { field: 'dueAt', order: 'ASC' },
  filters: { id: 'p.id', stage: 'p.stage', areaId: 'p.area_id', schoolId: 'p.school_id', status: 'p.status', slaState: SLA_STATE_SQL },
  search: ['s.long_name', 's.short_name', 'p.id'],
};

interface CaseRowRecord {
  id: string;
  schoolId: string;
  schoolName: string;
  areaId: string;
  areaName: string;
  stage: ExpulsionStage;
  status: 'open' | 'closed';
  outcome: CaseRow['outcome'];
  waitingOnRole: CaseRow['waitingOnRole'];
  stageEnteredAt: Date;
  warnAt: Date | null;
  dueAt: Date | null;
  centralOfficeAt: Date | null;
  dueProvisional: boolean;
  daysWaiting: number;
  slaState: SlaState;
  openedAt: Date;
  closedAt: Date | null;
}

/** Reads expulsion cases from the read model, always within the caller's scope. */
@Injectable()
export class CaseQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async list(user: AuthenticatedUser, query: Record<string, unknown>): Promise<Page<CaseRow>> {
    const list = parseListQuery(query, CASE_LIST);
    const page = await fetchRawPage<CaseRowRecord>(this.rowQuery(user), list, CASE_LIST, 'p.id');

    return { rows: page.rows.map((row) => this.toRow(row)), total: page.total };
  }

  /** Returns the case as a row, or 404 when it does not exist or lies outside the caller's scope. */
  async getRow(user: AuthenticatedUser, id: string): Promise<CaseRow> {
    const row = await this.rowQuery(user).andWhere('p.id = :id', { id }).getRawOne<CaseRowRecord>();
    if (!row) throw new NotFoundException(`Case "${id}" not found: it does not exist or is outside your scope.`);

    return this.toRow(row);
  }

  /** Returns the case page. It contains the student's record, so each read is written to the access log. */
  async get(user: AuthenticatedUser, id: string): Promise<CaseDetail> {
    const row = await this.getRow(user, id);
    const [details] = await this.dataSource.query<Record<string, unknown>[]>('SELECT * FROM expulsion_cases WHERE instance_id = $1', [id]);
    const timeline = await this.timeline(id);
    const escalations = await this.escalations(id);
    await this.dataSource.query(`INSERT INTO access_log (user_id, action, instance_id) VALUES ($1, 'read_student', $2)`, [user.id, id]);

    const facts = { stage: row.stage, schoolId: row.schoolId, areaId: row.areaId, attorneyAssigned: Boolean(details?.attorney_name) };
    const actor = { userId: user.id, email: user.email, role: user.role, areaId: user.areaId, schoolId: user.schoolId };

    return {
      ...row,
      student: { name: String(details?.student_name ?? ''), localId: String(details?.student_local_id ?? ''), grade: String(details?.student_grade ?? '') },
      incidentDate: details ? toDateString(details.incident_date) : '',
      incident: String(details?.incident ?? ''),
      interventionsTried: String(details?.interventions_tried ?? ''),
      attorneyName: (details?.attorney_name as string | null) ?? null,
      hearingAt: toIso(details?.hearing_at),
      hearingOutcome: (details?.hearing_outcome as string | null) ?? null,
      recommendation: (details?.recommendation as string | null) ?? null,
      decision: (details?.decision as string | null) ?? null,
      expulsionLengthDays: (details?.expulsion_length_days as number | null) ?? null,
      placement: (details?.placement as string | null) ?? null,
      closingReason: (details?.closing_reason as string | null) ?? null,
      legalClock: details?.suspension_started_on ? await this.legalClock(details, row) : null,
      stages: stageSteps(row.stage, timeline),
      timeline,
      escalations,
      availableActions: availableActions(facts, actor).map((action) => ({ action, label: ACTION_RULES[action].label })),
    };
  }

  /** Computes the legal clock: the school days the student has been out, counted until the case closed or today. */
  private async legalClock(details: Record<string, unknown>, row: CaseRow): Promise<CaseDetail['legalClock']> {
    const suspensionStartedOn = toDateString(details.suspension_started_on);
    const calendar = await loadSchoolCalendar(this.dataSource, this.config.timeZone);
    const until = row.closedAt ? new Date(row.closedAt) : new Date();

    return {
      suspensionStartedOn,
      schoolDaysOut: calendar.schoolDaysOut(suspensionStartedOn, until),
      limitSchoolDays: LEGAL_LIMIT_SCHOOL_DAYS,
      legalWarnAt: toIso(details.legal_warn_at),
      legalLimitAt: toIso(details.legal_limit_at),
    };
  }

  private rowQuery(user: AuthenticatedUser): SelectQueryBuilder<ObjectLiteral> {
    const builder = this.dataSource
      .createQueryBuilder()
      .from('process_instances', 'p')
      .innerJoin('schools', 's', 's.id = p.school_id')
      .innerJoin('areas', 'a', 'a.id = p.area_id')
      .select([
        'p.id AS "id"',
        'p.school_id AS "schoolId"',
        's.short_name AS "schoolName"',
        'p.area_id AS "areaId"',
        'a.name AS "areaName"',
        'p.stage AS "stage"',
        `array_position(ARRAY[${EXPULSION_STAGES.map((stage) => `'${stage}'`).join(', ')}]::text[], p.stage) AS "stageOrder"`,
        'p.status AS "status"',
        'p.outcome AS "outcome"',
        'p.waiting_on_role AS "waitingOnRole"',
        'p.stage_entered_at AS "stageEnteredAt"',
        'p.warn_at AS "warnAt"',
        'p.due_at AS "dueAt"',
        'p.central_office_at AS "centralOfficeAt"',
        'p.due_provisional AS "dueProvisional"',
        `${DAYS_WAITING_SQL} AS "daysWaiting"`,
        `${SLA_STATE_SQL} AS "slaState"`,
        'p.opened_at AS "openedAt"',
        'p.closed_at AS "closedAt"',
      ])
      .where(`p.process = 'expulsion'`);

    return scopeCases(builder, user);
  }

  private toRow(record: CaseRowRecord): CaseRow {
    const row = {
      id: record.id,
      process: 'expulsion' as const,
      schoolId: record.schoolId,
      schoolName: record.schoolName,
      areaId: record.areaId,
      areaName: record.areaName,
      stage: record.stage,
      stageLabel: STAGE_LABELS[record.stage],
      status: record.status,
      outcome: record.outcome,
      waitingOnRole: record.waitingOnRole,
      stageEnteredAt: record.stageEnteredAt.toISOString(),
      warnAt: toIso(record.warnAt),
      dueAt: toIso(record.dueAt),
      centralOfficeAt: toIso(record.centralOfficeAt),
      dueProvisional: record.dueProvisional,
      daysWaiting: Number(record.daysWaiting),
      slaState: record.slaState,
      openedAt: record.openedAt.toISOString(),
      closedAt: toIso(record.closedAt),
    };
    const waiting = describeWaiting(row, this.config.timeZone);

    return { ...row, waitingOn: waiting.waitingOn, waitingSummary: waiting.summary };
  }

  private async timeline(id: string): Promise<TimelineEntry[]> {
    const rows = await this.dataSource.query<(Omit<TimelineEntry, 'occurredAt'> & { occurredAt: Date })[]>(
      `SELECT sequence, action, from_stage AS "fromStage", to_stage AS "toStage", actor_email AS "actorEmail", actor_role AS "actorRole",
              occurred_at AS "occurredAt", data
       FROM stage_transitions WHERE instance_id = $1 ORDER BY sequence`,
      [id],
    );

    return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
  }

  private async escalations(id: string): Promise<CaseEscalation[]> {
    const rows = await this.dataSource.query<{ id: string; stage: ExpulsionStage; level: CaseEscalation['level']; dueAt: Date; raisedAt: Date; acknowledgedAt: Date | null; acknowledgedBy: string | null }[]>(
      `SELECT e.id, e.stage, e.level, e.due_at AS "dueAt", e.raised_at AS "raisedAt", e.acknowledged_at AS "acknowledgedAt", u.email AS "acknowledgedBy"
       FROM escalations e LEFT JOIN users u ON u.id = e.acknowledged_by
       WHERE e.instance_id = $1 ORDER BY e.raised_at`,
      [id],
    );

    return rows.map((row) => ({ ...row, dueAt: row.dueAt.toISOString(), raisedAt: row.raisedAt.toISOString(), acknowledgedAt: toIso(row.acknowledgedAt) }));
  }
}

/** Lists the pipeline's stages as steps: done before the current stage, upcoming after it. A closed case skips what it never reached. */
function stageSteps(current: ExpulsionStage, timeline: TimelineEntry[]): StageStep[] {
  const entered = new Map<ExpulsionStage, string>();
  for (const entry of timeline) if (!entered.has(entry.toStage)) entered.set(entry.toStage, entry.occurredAt);
  const currentIndex = EXPULSION_STAGES.indexOf(current);

  const statusOf = (stage: ExpulsionStage, index: number): StageStep['status'] => {
    if (stage === current) return 'current';
    if (index < currentIndex) return entered.has(stage) ? 'done' : 'skipped';

    return current === 'closed' ? 'skipped' : 'upcoming';
  };

  return EXPULSION_STAGES.map((stage, index) => ({ stage, label: STAGE_LABELS[stage], status: statusOf(stage, index), enteredAt: entered.get(stage) ?? null }));
}

function toIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;

  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

/** A `date` column as YYYY-MM-DD; pg returns it as a Date at local midnight of the server process. */
function toDateString(value: unknown): string {
  if (value instanceof Date) {
    const month = String(value.getMonth() + 1).padStart(2, '0');
    const day = String(value.getDate()).padStart(2, '0');

    return `${value.getFullYear()}-${month}-${day}`;
  }

  return String(value);
}
