import PolicyIcon from '@mui/icons-material/Timer';
import { SlaPolicyPage } from './SlaPolicyPage';

/**
 * The `sla-policies` resource has a single page, at its list route, for the expulsion policy. The
 * API keys policies by process and has no list of them.
 */
export default {
  list: SlaPolicyPage,
  icon: PolicyIcon,
};
