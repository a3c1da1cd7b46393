import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable, Logger, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { isExpulsionAction, EXPULSION_ACTIONS, type ExpulsionAction } from '../../workflows/expulsion/actions';
import type { Actor } from '../../workflows/expulsion/actor';
import { expulsionCase, type ExpulsionCaseInput } from '../../workflows/expulsion/expulsion-case.workflow';
import { actionUpdates, openedUpdate } from '../../workflows/expulsion/messages';
import { BatonAreaId, BatonProcess, BatonSchoolId, BatonStage } from '../../workflows/search-attributes';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { ResolvedConfig } from '../config/config';
import { CONFIG } from '../config/config.module';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { updateFailureToHttp } from './case-action-errors';
import { CaseQueries } from './case-queries.service';
import type { CaseDetail } from './case.views';
import type { CreateCaseDto } from './create-case.dto';

/** Student details and the workflow start of one case, as opening and importing share them. */
export interface NewCase {
  caseId: string;
  schoolId: string;
  student: { name: string; localId: string; grade: string };
  incidentDate: string;
  incident: string;
  interventionsTried: string;
  suspensionStartedOn?: string;
  workflow: Omit<ExpulsionCaseInput, 'caseId' | 'schoolId' | 'areaId' | 'suspensionStartedOn'>;
}

/** Opens expulsion cases and sends actions to their workflows. */
@Injectable()
export class CaseCommands {
  private readonly logger = new Logger(CaseCommands.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(CONFIG) private readonly config: ResolvedConfig,
    private readonly queries: CaseQueries,
  ) {}

  /** Opens a referral for the principal's own school; returns the case once its workflow has recorded it. */
  async create(user: AuthenticatedUser, body: CreateCaseDto): Promise<CaseDetail> {
    if (user.role !== 'principal') throw new ForbiddenException(`The ${user.role} role may not open a referral; a principal opens one for their school.`);
    if (user.schoolId !== body.schoolId) throw new ForbiddenException(`A principal opens referrals for their own school (${user.schoolId}), not for school ${body.schoolId}.`);

    const caseId = `expulsion-${randomUUID()}`;
    await this.open({
      caseId,
      schoolId: body.schoolId,
      student: body.student,
      incidentDate: body.incidentDate,
      incident: body.incident,
      interventionsTried: body.interventionsTried,
      suspensionStartedOn: body.suspensionStartedOn,
      workflow: { openedBy: toActor(user), openedAt: new Date().toISOString() },
    });

    return this.queries.get(user, caseId);
  }

  /**
   * Stores the student's details in PostgreSQL, starts the workflow with opaque ids only, and waits
   * until the workflow has recorded the case. When the start fails, the details are removed again.
   */
  async open(newCase: NewCase): Promise<void> {
    const [school] = await this.dataSource.query<{ area_id: string }[]>('SELECT area_id FROM schools WHERE id = $1', [newCase.schoolId]);
    if (!school) throw new UnprocessableEntityException(`School "${newCase.schoolId}" not found: use a CPS School_ID from GET /api/schools.`);

    await this.dataSource.query(
      `INSERT INTO expulsion_cases (instance_id, student_name, student_local_id, student_grade, incident_date, incident, interventions_tried, suspension_started_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [newCase.caseId, newCase.student.name, newCase.student.localId, newCase.student.grade, newCase.incidentDate, newCase.incident, newCase.interventionsTried, newCase.suspensionStartedOn ?? null],
    );

    try {
      const handle = await this.temporal.workflow.start(expulsionCase, {
        taskQueue: this.config.temporal.taskQueue,
        workflowId: newCase.caseId,
        args: [{ ...newCase.workflow, caseId: newCase.caseId, schoolId: newCase.schoolId, areaId: school.area_id, suspensionStartedOn: newCase.suspensionStartedOn }],
        typedSearchAttributes: [
          { key: BatonProcess, value: 'expulsion' },
          { key: BatonStage, value: newCase.workflow.startStage ?? 'school_referral' },
          { key: BatonAreaId, value: school.area_id },
          { key: BatonSchoolId, value: newCase.schoolId },
        ],
      });
      await handle.executeUpdate(openedUpdate);
      this.logger.log({ caseId: newCase.caseId, schoolId: newCase.schoolId }, 'expulsion case opened');
    } catch (error) {
      await this.dataSource.query('DELETE FROM expulsion_cases WHERE instance_id = $1', [newCase.caseId]);
      throw error;
    }
  }

  /** Runs an action as a workflow update; returns the case once the transition is in the read model. */
  async act(user: AuthenticatedUser, caseId: string, action: string, data: unknown): Promise<CaseDetail> {
    await this.queries.getRow(user, caseId);
    if (!isExpulsionAction(action)) throw new NotFoundException(`Action "${action}" does not exist; use one of: ${EXPULSION_ACTIONS.join(', ')}.`);

    await this.runUpdate(caseId, action, toActor(user), data ?? {});
    this.logger.log({ caseId, action, userId: user.id }, 'case action recorded');

    return this.queries.get(user, caseId);
  }

  private async runUpdate(caseId: string, action: ExpulsionAction, actor: Actor, data: unknown): Promise<void> {
    try {
      await this.temporal.workflow.getHandle(caseId).executeUpdate(actionUpdates[action], { args: [{ actor, data: data as never }] });
    } catch (error) {
      throw updateFailureToHttp(error);
    }
  }
}

export function toActor(user: AuthenticatedUser): Actor {
  return { userId: user.id, email: user.email, role: user.role, areaId: user.areaId, schoolId: user.schoolId };
}
