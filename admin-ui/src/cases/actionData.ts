import { localDateTimeToIso } from '../common/dateTime';
import type { CaseAction } from './caseTypes';

/** Values of an action dialog's form. Each action uses some of these fields. */
export interface ActionFormValues {
  note?: string;
  reason?: string;
  attorneyName?: string;
  /** The value of a `datetime-local` input, such as "2027-01-15T09:00". */
  hearingAt?: string;
  outcome?: string;
  recommendation?: string;
  decision?: string;
  expulsionLengthDays?: number | null;
  placement?: string;
}

const trimmed = (text: string | undefined): string | undefined => {
  const value = text?.trim();
  return value ? value : undefined;
};

/**
 * Builds the JSON body that `POST /api/cases/:id/actions/:action` takes for the action: only its own
 * fields, free text trimmed, optional text left out when blank, and the hearing time in ISO 8601 with
 * the browser's UTC offset.
 */
export const toActionData = (action: CaseAction, values: ActionFormValues): Record<string, unknown> => {
  switch (action) {
    case 'submit_referral':
    case 'approve_referral':
      return { note: trimmed(values.note) };
    case 'return_to_school':
    case 'divert':
    case 'withdraw':
      return { reason: trimmed(values.reason) };
    case 'assign_attorney':
      return { attorneyName: trimmed(values.attorneyName) };
    case 'schedule_hearing':
      return { hearingAt: values.hearingAt ? localDateTimeToIso(values.hearingAt) : undefined };
    case 'reschedule_hearing':
      return {
        hearingAt: values.hearingAt ? localDateTimeToIso(values.hearingAt) : undefined,
        reason: trimmed(values.reason),
      };
    case 'record_outcome':
      return { outcome: values.outcome, recommendation: trimmed(values.recommendation) };
    case 'decide':
      return {
        decision: values.decision,
        expulsionLengthDays: values.decision === 'expel' ? (values.expulsionLengthDays ?? undefined) : undefined,
        placement: trimmed(values.placement),
      };
  }
};
