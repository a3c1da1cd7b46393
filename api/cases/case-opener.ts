import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { expulsionCase, type ExpulsionCaseInput } from '../../workflows/expulsion/expulsion-case.workflow';
import { openedUpdate } from '../../workflows/expulsion/messages';
import { BatonAreaId, BatonProcess, BatonSchoolId, BatonStage } from '../../workflows/search-attributes';

/** Student details and the workflow start of one case, as opening, importing and the demo share them. */
export interface NewCase {
  caseId: string;
  schoolId: string;
  student: { name: string; localId: string; grade: string };
  incidentDate: string;
  incident: string;
  interventionsTried: string;
  suspensionStartedOn?: string;
  attorneyName?: string;
  workflow: Omit<ExpulsionCaseInput, 'caseId' | 'schoolId' | 'areaId' | 'suspensionStartedOn' | 'attorneyAssigned'>;
}

export class UnknownSchoolError extends Error {
  constructor(readonly schoolId: string) {
    super(`School "${schoolId}" not found: use a CPS School_ID from GET /api/schools.`);
    this.name = 'UnknownSchoolError';
  }
}

/**
 * Opens an expulsion case: stores the student's details in PostgreSQL, starts the workflow with
 * opaque ids only, and waits until the workflow has recorded the case in the read model. A plain
 * class, so the API, the importer and the demo seeding share it.
 */
export class CaseOpener {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly taskQueue: string,
  ) {}

  /** Returns false when a case with this id already exists (an import run twice), true when it was opened. */
  async open(newCase: NewCase): Promise<boolean> {
    const [school] = await this.dataSource.query<{ area_id: string }[]>('SELECT area_id FROM schools WHERE id = $1', [newCase.schoolId]);
    if (!school) throw new UnknownSchoolError(newCase.schoolId);

    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO expulsion_cases (instance_id, student_name, student_local_id, student_grade, incident_date, incident, interventions_tried,
         suspension_started_on, attorney_name, hearing_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (instance_id) DO NOTHING
       RETURNING instance_id`,
      [
        newCase.caseId,
        newCase.student.name,
        newCase.student.localId,
        newCase.student.grade,
        newCase.incidentDate,
        newCase.incident,
        newCase.interventionsTried,
        newCase.suspensionStartedOn ?? null,
        newCase.attorneyName ?? null,
        newCase.workflow.hearingAt ?? null,
      ],
    );
    if (inserted.length === 0) return false;

    try {
      const handle = await this.temporal.workflow.start(expulsionCase, {
        taskQueue: this.taskQueue,
        workflowId: newCase.caseId,
        args: [
          {
            ...newCase.workflow,
            caseId: newCase.caseId,
            schoolId: newCase.schoolId,
            areaId: school.area_id,
            suspensionStartedOn: newCase.suspensionStartedOn,
            attorneyAssigned: Boolean(newCase.attorneyName),
          },
        ],
        typedSearchAttributes: [
          { key: BatonProcess, value: 'expulsion' },
          { key: BatonStage, value: newCase.workflow.startStage ?? 'school_referral' },
          { key: BatonAreaId, value: school.area_id },
          { key: BatonSchoolId, value: newCase.schoolId },
        ],
      });
      await handle.executeUpdate(openedUpdate);
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
      await this.dataSource.query('DELETE FROM expulsion_cases WHERE instance_id = $1', [newCase.caseId]);
      throw error;
    }

    return true;
  }
}
