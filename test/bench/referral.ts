import { randomInt } from 'node:crypto';

/** The part of a case response that the benchmark reads. */
export interface CaseReply {
  id: string;
  stage: string;
}

/**
 * Builds the body of `POST /api/cases` for a school: an invented student and incident, with the incident
 * and the suspension on the day before `now` in the district's zone, so that the legal clock runs.
 */
export function referralBody(schoolId: string, timeZone: string, now = new Date()) {
  const yesterday = new Date(now.getTime() - 86_400_000).toLocaleDateString('en-CA', { timeZone });

  return {
    schoolId,
    student: { name: 'Benchmark Student', localId: `B${randomInt(10_000_000, 99_999_999)}`, grade: '9' },
    incidentDate: yesterday,
    incident: 'Benchmark referral: fight in the hallway.',
    interventionsTried: 'Restorative conference; parent meeting.',
    suspensionStartedOn: yesterday,
  };
}
