import type { ReactNode } from 'react';
import { Typography } from '@mui/material';
import { SimpleShowLayout } from 'react-admin';

interface ShowSectionProps {
  title: string;
  children: ReactNode;
}

/** A titled group of fields on a show page. */
export const ShowSection = ({ title, children }: ShowSectionProps) => (
  <section>
    <Typography variant="h6" component="h2" sx={{ px: 2, pt: 2 }}>
      {title}
    </Typography>
    <SimpleShowLayout>{children}</SimpleShowLayout>
  </section>
);
