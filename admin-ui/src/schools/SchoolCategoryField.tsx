import { SelectField, type SelectFieldProps } from 'react-admin';
import { SCHOOL_CATEGORY_CHOICES } from './schoolCategories';

/** A school's `primaryCategory` shown by its label, such as "Elementary". */
export const SchoolCategoryField = (props: Omit<SelectFieldProps, 'choices'>) => (
  <SelectField {...props} choices={SCHOOL_CATEGORY_CHOICES} />
);
