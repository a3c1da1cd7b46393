import { Chip } from '@mui/material';

/** A case's stage as an outlined chip, such as "Area review". */
export const StageChip = ({ label }: { label: string }) => <Chip size="small" variant="outlined" label={label} />;
