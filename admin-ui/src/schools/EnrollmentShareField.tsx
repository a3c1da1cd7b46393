import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

type EnrollmentCountSource = 'studentCountLowIncome' | 'studentCountSpecialEd' | 'studentCountEnglishLearners';

const countFormat = new Intl.NumberFormat('en-US');
const shareFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/** Renders a group's student count and its share of the school's total enrollment, such as "412 (83.2%)". */
export const EnrollmentShareField = ({ source }: { source: EnrollmentCountSource }) => {
  const record = useRecordContext();
  const count: unknown = record?.[source];
  if (typeof count !== 'number') {
    return null;
  }

  const total: unknown = record?.studentCountTotal;
  const share = typeof total === 'number' && total > 0 ? ` (${shareFormat.format(count / total)})` : '';

  return (
    <Typography component="span" variant="body2">
      {countFormat.format(count)}
      {share}
    </Typography>
  );
};
