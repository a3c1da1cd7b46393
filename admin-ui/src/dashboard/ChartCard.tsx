import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A dashboard card with a title and a chart or table. */
export const ChartCard = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);
