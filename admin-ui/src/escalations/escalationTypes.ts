import type { Stage } from '../cases/caseTypes';

/** An escalation as `GET /api/escalations` lists it (`EscalationRow` of `api/escalations/escalations.service.ts`). */
export interface EscalationRow {
  id: string;
  caseId: string;
  stage: Stage;
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
  /** Status of the escalated case. A closed case's escalation needs no more action. */
  caseStatus: 'open' | 'closed';
}

export const ESCALATION_LEVEL_CHOICES = [
  { id: 'area', name: 'Area (CAO)' },
  { id: 'central_office', name: 'Central office' },
];
