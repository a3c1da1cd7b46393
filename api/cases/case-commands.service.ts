import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable, Logger, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { isExpulsionAction, EXPULSION_ACTIONS, type ExpulsionAction } from '../../workflows/expulsion/actions';
import type { Actor } from '../../workflows/expulsion/actor';
import { actionUpdates } from '../../workflows/expulsion/messages';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { ResolvedConfig } from '../config/config';
import { CONFIG } from '../config/config.module';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { updateFailureToHttp } from './case-action-errors';
import { type NewCase, CaseOpener, UnknownSchoolError } from './case-opener';
import { CaseQueries } from './case-queries.service';
import { CaseImporter, type CaseImportSummary } from './import/case-importer';
import type { CaseDetail } from './case.views';
import type { CreateCaseDto } from './create-case.dto';

/** Opens expulsion cases and sends actions to their workflows. */
@Injectable()
export class CaseCommands {
  private readonly logger = new Logger(CaseCommands.name);
  private readonly opener: CaseOpener;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(CONFIG) private readonly config: ResolvedConfig,
    private readonly queries: CaseQueries,
  ) {
    this.opener = new CaseOpener(dataSource, temporal, config.temporal.taskQueue);
  }

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

  /** Opens a case through the shared opener, and rejects an unknown school with 422. */
  async open(newCase: NewCase): Promise<boolean> {
    try {
      const opened = await this.opener.open(newCase);
      if (opened) this.logger.log({ caseId: newCase.caseId, schoolId: newCase.schoolId }, 'expulsion case opened');

      return opened;
    } catch (error) {
      if (error instanceof UnknownSchoolError) throw new UnprocessableEntityException(error.message);
      throw error;
    }
  }

  /** Imports in-flight cases from a CSV (central office); 422 lists every problem and nothing is imported. */
  async importCsv(user: AuthenticatedUser, text: unknown): Promise<CaseImportSummary> {
    if (user.role !== 'central_office') throw new ForbiddenException(`Only central office imports cases; the ${user.role} role may not.`);
    if (typeof text !== 'string' || text.trim() === '') throw new UnprocessableEntityException('Send the cases as a CSV body with Content-Type: text/csv.');

    const summary = await new CaseImporter(this.dataSource, this.opener).importCsv(text, toActor(user));
    if (summary.problems.length > 0) {
      throw new UnprocessableEntityException({
        message: `Nothing imported: ${summary.problems.length} problem(s), the first on line ${summary.problems[0].line}: ${summary.problems[0].message}`,
        errors: summary.problems,
      });
    }
    this.logger.log({ created: summary.created, unchanged: summary.unchanged, userId: user.id }, 'in-flight cases imported');

    return summary;
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
