import {
  DateTimeInput,
  FormDataConsumer,
  maxLength,
  maxValue,
  minValue,
  number,
  NumberInput,
  RadioButtonGroupInput,
  required,
  TextInput,
} from 'react-admin';
import type { ActionFormValues } from './actionData';
import type { CaseAction } from './caseTypes';

/** Maximum length of an action's free text, as `validateActionData` in `workflows/expulsion/actions.ts` checks it. */
const MAX_TEXT = 4000;
const MAX_ATTORNEY_NAME = 200;
const MAX_PLACEMENT = 500;

const requiredText = [required(), maxLength(MAX_TEXT)];
const optionalText = maxLength(MAX_TEXT);

const HEARING_OUTCOME_CHOICES = [
  { id: 'expulsion_recommended', name: 'Expulsion recommended' },
  { id: 'no_expulsion_recommended', name: 'No expulsion recommended' },
];

const DECISION_CHOICES = [
  { id: 'expel', name: 'Expel' },
  { id: 'no_expulsion', name: 'No expulsion' },
  { id: 'alternative_program', name: 'Alternative program' },
];

const isWholeNumber = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'Enter a whole number of days.' : undefined;

const isInTheFuture = (value: unknown) =>
  typeof value === 'string' && value !== '' && new Date(value).getTime() <= Date.now()
    ? 'Pick a date and time in the future.'
    : undefined;

/** A placement is required unless the decision is no expulsion. */
const isPlacementGiven = (value: unknown, values: ActionFormValues) =>
  values.decision !== 'no_expulsion' && (typeof value !== 'string' || value.trim() === '')
    ? 'A placement is required when the student is expelled or sent to an alternative program.'
    : undefined;

const hearingAtInput = (
  <DateTimeInput source="hearingAt" label="Hearing date and time" validate={[required(), isInTheFuture]} />
);

/** The inputs of the data that an action takes, as `ActionData` in `workflows/expulsion/actions.ts` lists it. */
export const ActionFields = ({ action }: { action: CaseAction }) => {
  switch (action) {
    case 'submit_referral':
    case 'approve_referral':
      return <TextInput source="note" label="Note (optional)" multiline minRows={2} validate={optionalText} />;
    case 'return_to_school':
    case 'divert':
    case 'withdraw':
      return <TextInput source="reason" label="Reason" multiline minRows={2} validate={requiredText} />;
    case 'assign_attorney':
      return (
        <TextInput source="attorneyName" label="Attorney name" validate={[required(), maxLength(MAX_ATTORNEY_NAME)]} />
      );
    case 'schedule_hearing':
      return hearingAtInput;
    case 'reschedule_hearing':
      return (
        <>
          {hearingAtInput}
          <TextInput source="reason" label="Reason for the new date" multiline minRows={2} validate={requiredText} />
        </>
      );
    case 'record_outcome':
      return (
        <>
          <RadioButtonGroupInput
            source="outcome"
            label="Hearing outcome"
            choices={HEARING_OUTCOME_CHOICES}
            validate={required()}
          />
          <TextInput source="recommendation" label="Recommendation" multiline minRows={2} validate={requiredText} />
        </>
      );
    case 'decide':
      return (
        <>
          <RadioButtonGroupInput source="decision" label="Decision" choices={DECISION_CHOICES} validate={required()} />
          <FormDataConsumer<ActionFormValues>>
            {({ formData }) =>
              formData.decision === 'expel' ? (
                <NumberInput
                  source="expulsionLengthDays"
                  label="Expulsion length (days)"
                  step={1}
                  validate={[required(), number(), isWholeNumber, minValue(1), maxValue(730)]}
                />
              ) : null
            }
          </FormDataConsumer>
          <TextInput
            source="placement"
            label="Placement"
            helperText="Required unless the decision is no expulsion."
            validate={[isPlacementGiven, maxLength(MAX_PLACEMENT)]}
          />
        </>
      );
  }
};
