import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { LinkBase } from 'react-admin';

interface KpiCardProps {
  title: string;
  value: ReactNode;
  /** A line under the value, such as the target it is measured against. */
  caption?: ReactNode;
  /** Path that a click on the card opens, such as the list behind the number. */
  to?: string;
  color?: 'text.primary' | 'success.main' | 'warning.main' | 'error.main';
}

/** One key figure of a dashboard, large, with its title and an optional caption. */
export const KpiCard = ({ title, value, caption, to, color = 'text.primary' }: KpiCardProps) => {
  const content = (
    <CardContent>
      <Typography variant="overline" color="text.secondary" component="h2">
        {title}
      </Typography>
      <Typography variant="h4" component="p" sx={{ color }}>
        {value}
      </Typography>
      {caption ? (
        <Typography variant="body2" color="text.secondary">
          {caption}
        </Typography>
      ) : null}
    </CardContent>
  );

  return (
    <Card sx={{ height: '100%' }}>
      {to ? (
        <CardActionArea component={LinkBase} to={to} sx={{ height: '100%' }}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
};
