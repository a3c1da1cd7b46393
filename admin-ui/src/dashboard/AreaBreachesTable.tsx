import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ExpulsionAnalytics } from './dashboardTypes';

const shareFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

/** The figures behind the area chart, with the share of open cases breached, the highest share first. */
export const AreaBreachesTable = ({ areas }: { areas: ExpulsionAnalytics['breachesPerArea'] }) => {
  const rows = areas
    .map((area) => ({ ...area, share: area.open > 0 ? area.breached / area.open : 0 }))
    .sort((a, b) => b.share - a.share || b.breached - a.breached);

  return (
    <Table size="small" aria-label="Breaches per area">
      <TableHead>
        <TableRow>
          <TableCell>Area</TableCell>
          <TableCell align="right">Open</TableCell>
          <TableCell align="right">Breached</TableCell>
          <TableCell align="right">Share breached</TableCell>
          <TableCell align="right">Median days open</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((area) => (
          <TableRow key={area.areaId}>
            <TableCell>{area.areaName}</TableCell>
            <TableCell align="right">{area.open}</TableCell>
            <TableCell align="right">{area.breached}</TableCell>
            <TableCell align="right">{shareFormat.format(area.share)}</TableCell>
            <TableCell align="right">{area.medianDaysOpen}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
