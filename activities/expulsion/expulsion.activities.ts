import { Context } from '@temporalio/activity';
import type { DataSource, EntityManager as Manager } from 'typeorm';
import { loadSchoolCalendar } from '../../api/calendar/calendar-repository';
import { computeLegalClock, computeStageDeadlines } from '../../api/calendar/sla-deadlines';
import { loadCurrentPolicy } from '../../api/policies/sla-policy';
import type { Role } from '../../workflows/expulsion/actor';
import { STAGE_LABELS } from '../../workflows/expulsion/stages';
import type { LegalClock, SlaEvent, StageDeadlineRequest, StageDeadlines, TransitionRecord } from './types';

export interface ExpulsionActivityDependencies {
  dataSource: DataSource;
  /** IANA zone of the district, in which school days and deadlines are computed. */
  timeZone: string;
}

/**
 * Builds the side effects of the expulsion workflow. Every write is idempotent, keyed by the case and
 * a transition sequence number, so a retried activity never writes twice.
 */
export function createExpulsionActivities({ dataSource, timeZone }: ExpulsionActivityDependencies) {
  return {
    /** Computes a stage's warning, due and central-office instants from the current policy and the calendar. */
    async computeStageDeadlines(request: StageDeadlineRequest): Promise<StageDeadlines> {
      const [policy, calendar] = await Promise.all([loadCurrentPolicy(dataSource, request.process), loadSchoolCalendar(dataSource, timeZone)]);
      const sla = policy.document.stages[request.stage];
      const deadlines = computeStageDeadlines(calendar, {
        enteredAt: new Date(request.enteredAt),
        anchorAt: request.stage === 'hearing' && request.hearingAt ? new Date(request.hearingAt) : undefined,
        duration: sla.duration,
        warningAt: sla.warningAt,
        centralOfficeAfter: policy.document.centralOfficeAfter,
      });

      return {
        warnAt: deadlines.warnAt.toISOString(),
        dueAt: deadlines.dueAt.toISOString(),
        centralOfficeAt: deadlines.centralOfficeAt.toISOString(),
        provisional: deadlines.provisional,
        policyVersion: policy.version,
      };
    },

    /** Computes when a suspension pending the hearing nears and reaches its 10-school-day limit, and stores it. */
    async computeLegalClock(request: { instanceId: string; suspensionStartedOn: string }): Promise<LegalClock> {
      const calendar = await loadSchoolCalendar(dataSource, timeZone);
      const clock = computeLegalClock(calendar, request.suspensionStartedOn);
      const result = { legalWarnAt: clock.legalWarnAt.toISOString(), legalLimitAt: clock.legalLimitAt.toISOString(), provisional: clock.provisional };
      await dataSource.query('UPDATE expulsion_cases SET legal_warn_at = $2, legal_limit_at = $3 WHERE instance_id = $1', [
        request.instanceId,
        result.legalWarnAt,
        result.legalLimitAt,
      ]);

      return result;
    },

    /**
     * Writes a transition row and moves the instance row to its new stage, in one transaction. The
     * transition's primary key (case, sequence) makes a retry a no-op.
     */
    async recordTransition(record: TransitionRecord): Promise<{ written: boolean }> {
      return dataSource.transaction(async (manager) => {
        if (record.sequence === 1) await upsertOpenedInstance(manager, record);

        const inserted = await manager.query<unknown[]>(
          `INSERT INTO stage_transitions (instance_id, sequence, action, from_stage, to_stage, actor_id, actor_role, actor_email, occurred_at, data)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (instance_id, sequence) DO NOTHING
           RETURNING sequence`,
          [record.instanceId, record.sequence, record.action, record.fromStage, record.toStage, record.actor.userId, record.actor.role, record.actor.email, record.occurredAt, record.data],
        );
        if (inserted.length === 0) {
          Context.current().log.info('transition already recorded', { instanceId: record.instanceId, sequence: record.sequence });

          return { written: false };
        }

        const deadlines = record.deadlines;
        await manager.query(
          `UPDATE process_instances SET stage = $2, status = $3, outcome = $4, waiting_on_role = $5, stage_entered_at = $6,
             warn_at = $7, due_at = $8, central_office_at = $9, due_provisional = $10, last_sequence = $11,
             closed_at = CASE WHEN $3 = 'closed' THEN $12::timestamptz ELSE NULL END, updated_at = now()
           WHERE id = $1 AND last_sequence < $11`,
          [
            record.instanceId,
            record.toStage,
            record.toStage === 'closed' ? 'closed' : 'open',
            record.outcome,
            record.waitingOnRole,
            record.stageEnteredAt,
            deadlines?.warnAt ?? null,
            deadlines?.dueAt ?? null,
            deadlines?.centralOfficeAt ?? null,
            deadlines?.provisional ?? false,
            record.sequence,
            record.occurredAt,
          ],
        );
        await updateCaseDetails(manager, record);

        return { written: true };
      });
    },

    /**
     * Records a warning (a notification to the stage's owner) or an escalation (a record for the area's
     * CAO or central office, plus a notification). Keyed by case, clock and level, so a retry is a no-op.
     */
    async recordSlaEvent(event: SlaEvent): Promise<void> {
      const label = STAGE_LABELS[event.stage];
      const due = formatInstant(event.dueAt, timeZone);
      await dataSource.transaction(async (manager) => {
        if (event.kind === 'warning') {
          await notify(manager, event, 'sla_warning', event.ownerRole, `${label} is due ${due}: the case needs action before then.`);

          return;
        }

        await manager.query(
          `INSERT INTO escalations (instance_id, stage, stage_sequence, level, area_id, school_id, due_at, raised_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (instance_id, stage_sequence, level) DO NOTHING`,
          [event.instanceId, event.stage, event.clockSequence, event.kind, event.areaId, event.schoolId, event.dueAt, event.raisedAt],
        );
        const recipient: Role = event.kind === 'area' ? 'cao' : 'central_office';
        await notify(manager, event, 'escalation', recipient, `${label} passed its deadline of ${due} and is escalated.`);
      });
      Context.current().log.info('SLA event recorded', { instanceId: event.instanceId, stage: event.stage, kind: event.kind });
    },

    /** Warns the area's CAO and the law office that a suspension nears its legal limit. */
    async recordLegalClockWarning(request: { instanceId: string; schoolId: string; areaId: string; legalLimitAt: string }): Promise<void> {
      const message = `The student's suspension reaches the 10-school-day limit at ${formatInstant(request.legalLimitAt, timeZone)}.`;
      for (const role of ['cao', 'law_office'] as const) {
        await dataSource.query(
          `INSERT INTO notifications (instance_id, stage_sequence, kind, recipient_role, area_id, school_id, message)
           VALUES ($1, 0, 'legal_clock_warning', $2, $3, $4, $5)
           ON CONFLICT (instance_id, stage_sequence, kind, recipient_role) DO NOTHING`,
          [request.instanceId, role, request.areaId, request.schoolId, message],
        );
      }
    },
  };
}

async function upsertOpenedInstance(manager: Manager, record: TransitionRecord): Promise<void> {
  await manager.query(
    `INSERT INTO process_instances (id, process, school_id, area_id, stage, status, stage_entered_at, last_sequence, opened_at, opened_by)
     VALUES ($1, $2, $3, $4, $5, 'open', $6, 0, $7, $8)
     ON CONFLICT (id) DO NOTHING`,
    [record.instanceId, record.process, record.schoolId, record.areaId, record.toStage, record.stageEnteredAt, record.openedAt, record.actor.userId],
  );
}

/** Copies an action's case facts (attorney, hearing, outcome, decision) to the case's details row. */
async function updateCaseDetails(manager: Manager, record: TransitionRecord): Promise<void> {
  const data = record.data;
  switch (record.action) {
    case 'assign_attorney':
      await manager.query('UPDATE expulsion_cases SET attorney_name = $2 WHERE instance_id = $1', [record.instanceId, data.attorneyName]);
      break;
    case 'schedule_hearing':
    case 'reschedule_hearing':
      await manager.query('UPDATE expulsion_cases SET hearing_at = $2 WHERE instance_id = $1', [record.instanceId, data.hearingAt]);
      break;
    case 'record_outcome':
      await manager.query('UPDATE expulsion_cases SET hearing_outcome = $2, recommendation = $3 WHERE instance_id = $1', [record.instanceId, data.outcome, data.recommendation]);
      break;
    case 'decide':
      await manager.query('UPDATE expulsion_cases SET decision = $2, expulsion_length_days = $3, placement = $4 WHERE instance_id = $1', [
        record.instanceId,
        data.decision,
        data.expulsionLengthDays ?? null,
        data.placement ?? null,
      ]);
      break;
    case 'divert':
    case 'withdraw':
      await manager.query('UPDATE expulsion_cases SET closing_reason = $2 WHERE instance_id = $1', [record.instanceId, data.reason]);
      break;
    default:
      break;
  }
}

async function notify(manager: Manager, event: SlaEvent, kind: 'sla_warning' | 'escalation', recipientRole: Role, message: string): Promise<void> {
  await manager.query(
    `INSERT INTO notifications (instance_id, stage_sequence, kind, recipient_role, area_id, school_id, message)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (instance_id, stage_sequence, kind, recipient_role) DO NOTHING`,
    [event.instanceId, event.clockSequence, kind, recipientRole, event.areaId, event.schoolId, message],
  );
}

/** Formats an instant as people in the district read it, such as "Dec 9, 2026, 12:00 AM". */
function formatInstant(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString('en-US', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
}
