import { Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Heading of a part of a page, such as the timeline of a case. */
export const SectionTitle = ({ children }: { children: ReactNode }) => (
  <Typography variant="h6" component="h2" sx={{ px: 2, pt: 2, pb: 1 }}>
    {children}
  </Typography>
);
