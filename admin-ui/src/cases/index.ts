import CaseIcon from '@mui/icons-material/Gavel';
import { CaseCreate } from './CaseCreate';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

export default {
  list: CaseList,
  show: CaseShow,
  create: CaseCreate,
  icon: CaseIcon,
  recordRepresentation: 'schoolName',
};
