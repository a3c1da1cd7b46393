import {
  AutocompleteInput,
  Create,
  DateInput,
  Loading,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
  useRedirect,
} from 'react-admin';
import { useBatonIdentity } from '../auth/useBatonIdentity';
import { todayAsCalendarDate } from '../common/dateTime';
import { GRADE_CHOICES } from './caseChoices';
import type { CaseDetail } from './caseTypes';

/** Maximum lengths of the texts that `POST /api/cases` accepts, as `api/cases/create-case.dto.ts` checks them. */
const MAX_STUDENT_NAME = 200;
const MAX_LOCAL_ID = 40;
const MAX_TEXT = 4000;

const isNotInTheFuture = (value: unknown) =>
  typeof value === 'string' && value > todayAsCalendarDate() ? 'The date cannot be in the future.' : undefined;

/** Leaves out an empty suspension start, which the API would reject as a malformed date. */
const withoutEmptySuspension = ({ suspensionStartedOn, ...data }: Record<string, unknown>) =>
  suspensionStartedOn ? { ...data, suspensionStartedOn } : data;

/**
 * A principal opens a case for their own school. It starts in the school referral stage, and the
 * principal submits the referral from the case page.
 */
export const CaseCreate = () => {
  const { identity, isPending } = useBatonIdentity();
  const notify = useNotify();
  const redirect = useRedirect();
  if (isPending) {
    return <Loading />;
  }

  const onSuccess = (created: CaseDetail) => {
    notify('Case opened. Submit the referral from this page when it is complete.', { type: 'success' });
    redirect('show', 'cases', created.id);
  };

  return (
    <Create
      mutationOptions={{ onSuccess }}
      transform={withoutEmptySuspension}
      record={{ schoolId: identity?.schoolId ?? undefined }}
    >
      <SimpleForm>
        <ReferenceInput source="schoolId" reference="schools">
          <AutocompleteInput
            readOnly={Boolean(identity?.schoolId)}
            helperText="A principal opens cases for their own school."
            validate={required()}
          />
        </ReferenceInput>
        <TextInput source="student.name" validate={[required(), maxLength(MAX_STUDENT_NAME)]} />
        <TextInput source="student.localId" validate={[required(), maxLength(MAX_LOCAL_ID)]} />
        <SelectInput source="student.grade" choices={GRADE_CHOICES} validate={required()} />
        <DateInput source="incidentDate" validate={[required(), isNotInTheFuture]} />
        <TextInput source="incident" multiline minRows={3} validate={[required(), maxLength(MAX_TEXT)]} />
        <TextInput source="interventionsTried" multiline minRows={3} validate={[required(), maxLength(MAX_TEXT)]} />
        <DateInput
          source="suspensionStartedOn"
          helperText="First day out of school, if the student is suspended pending the hearing. It starts the legal clock."
        />
      </SimpleForm>
    </Create>
  );
};
