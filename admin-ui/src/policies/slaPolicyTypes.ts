import type { OpenStage } from '../cases/caseTypes';

/** An SLA policy as `GET /api/sla-policies/expulsion` returns it (`SlaPolicy` of `api/policies/sla-policy.ts`). */
export interface SlaPolicyDocument {
  /** Each stage's time, such as "5 school_days", and the fraction of it after which the owner is warned. */
  stages: Record<OpenStage, { duration: string; warningAt: number }>;
  /** Time after the breach at which a case escalates to central office. */
  centralOfficeAfter: string;
}

export interface SlaPolicy {
  process: 'expulsion';
  version: number;
  document: SlaPolicyDocument;
  createdAt: string | null;
}

/** The policy as a react-admin record, whose `id` is the process name because the API keys policies by process. */
export interface SlaPolicyRecord extends SlaPolicy {
  id: string;
}
