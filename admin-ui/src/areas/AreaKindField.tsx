import { SelectField, type SelectFieldProps } from 'react-admin';
import { AREA_KIND_CHOICES } from './areaKinds';

/** An area's `kind` shown by its label, such as "Network". */
export const AreaKindField = (props: Omit<SelectFieldProps, 'choices'>) => (
  <SelectField {...props} choices={AREA_KIND_CHOICES} />
);
