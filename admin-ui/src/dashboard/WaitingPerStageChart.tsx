import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ExpulsionAnalytics } from './dashboardTypes';
import { STAGE_AXIS } from './stageAxis';

/**
 * Open cases in each stage, stacked by SLA state. The API's `open` counts all open cases of the
 * stage, warning and breached ones included, so on track is what remains of it.
 */
export const WaitingPerStageChart = ({ stages }: { stages: ExpulsionAnalytics['waitingPerStage'] }) => {
  const { palette } = useTheme();
  const dataset = stages.map((stage) => ({
    label: stage.label,
    onTrack: Math.max(stage.open - stage.warning - stage.breached, 0),
    warning: stage.warning,
    breached: stage.breached,
  }));

  return (
    <BarChart
      dataset={dataset}
      height={300}
      xAxis={[STAGE_AXIS]}
      yAxis={[{ label: 'Open cases', tickMinStep: 1 }]}
      series={[
        { dataKey: 'onTrack', label: 'On track', stack: 'sla', color: palette.success.main },
        { dataKey: 'warning', label: 'Warning', stack: 'sla', color: palette.warning.main },
        { dataKey: 'breached', label: 'Breached', stack: 'sla', color: palette.error.main },
      ]}
    />
  );
};
