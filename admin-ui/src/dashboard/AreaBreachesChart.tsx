import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ExpulsionAnalytics } from './dashboardTypes';

const BAR_HEIGHT = 28;
const AXIS_AND_LEGEND_HEIGHT = 90;

/**
 * Open cases per area as horizontal bars, breached ones in red, the area with the most breaches
 * on top, so that the spread between areas shows at a glance. Areas with the same number of
 * breaches are ordered by their open cases.
 */
export const AreaBreachesChart = ({ areas }: { areas: ExpulsionAnalytics['breachesPerArea'] }) => {
  const { palette } = useTheme();
  const dataset = [...areas]
    .sort((a, b) => b.breached - a.breached || b.open - a.open)
    .map((area) => ({
      areaName: area.areaName,
      breached: area.breached,
      notBreached: Math.max(area.open - area.breached, 0),
    }));

  return (
    <BarChart
      dataset={dataset}
      layout="horizontal"
      height={dataset.length * BAR_HEIGHT + AXIS_AND_LEGEND_HEIGHT}
      yAxis={[{ scaleType: 'band', dataKey: 'areaName', width: 160 }]}
      xAxis={[{ label: 'Open cases', tickMinStep: 1 }]}
      series={[
        { dataKey: 'breached', label: 'Breached', stack: 'open', color: palette.error.main },
        { dataKey: 'notBreached', label: 'Not breached', stack: 'open', color: palette.grey[400] },
      ]}
    />
  );
};
