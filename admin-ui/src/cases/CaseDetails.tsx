import { FunctionField, NumberField, TextField, useRecordContext } from 'react-admin';
import { ShowSection } from '../common/ShowSection';
import { formatCalendarDate, formatDateTime } from '../common/dateTime';
import { formatCode } from '../common/formatCode';
import type { CaseDetail } from './caseTypes';

/** Fields filled in as the case moves past the area review, in the order they are recorded. */
const LATER_FIELDS = [
  'attorneyName',
  'hearingAt',
  'hearingOutcome',
  'recommendation',
  'decision',
  'expulsionLengthDays',
  'placement',
  'closingReason',
] as const;

/** What the school reported, then what the law office, the hearing and the decision recorded so far. */
export const CaseDetails = () => {
  const record = useRecordContext<CaseDetail>();
  if (!record) {
    return null;
  }
  const isSet = (field: (typeof LATER_FIELDS)[number]) => record[field] !== null && record[field] !== '';

  return (
    <>
      <ShowSection title="Referral">
        <FunctionField<CaseDetail> source="incidentDate" render={(row) => formatCalendarDate(row.incidentDate)} />
        <TextField source="incident" sx={{ whiteSpace: 'pre-line' }} />
        <TextField source="interventionsTried" sx={{ whiteSpace: 'pre-line' }} />
      </ShowSection>
      {LATER_FIELDS.some(isSet) ? (
        <ShowSection title="After the referral">
          {isSet('attorneyName') ? <TextField source="attorneyName" /> : null}
          {isSet('hearingAt') ? (
            <FunctionField<CaseDetail> source="hearingAt" render={(row) => formatDateTime(row.hearingAt ?? '')} />
          ) : null}
          {isSet('hearingOutcome') ? (
            <FunctionField<CaseDetail> source="hearingOutcome" render={(row) => formatCode(row.hearingOutcome ?? '')} />
          ) : null}
          {isSet('recommendation') ? <TextField source="recommendation" sx={{ whiteSpace: 'pre-line' }} /> : null}
          {isSet('decision') ? (
            <FunctionField<CaseDetail> source="decision" render={(row) => formatCode(row.decision ?? '')} />
          ) : null}
          {isSet('expulsionLengthDays') ? <NumberField source="expulsionLengthDays" /> : null}
          {isSet('placement') ? <TextField source="placement" /> : null}
          {isSet('closingReason') ? <TextField source="closingReason" sx={{ whiteSpace: 'pre-line' }} /> : null}
        </ShowSection>
      ) : null}
    </>
  );
};
