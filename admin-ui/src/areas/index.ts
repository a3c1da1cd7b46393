import AreaIcon from '@mui/icons-material/Hub';
import { AreaList } from './AreaList';
import { AreaShow } from './AreaShow';

export default {
  list: AreaList,
  show: AreaShow,
  icon: AreaIcon,
  recordRepresentation: 'name',
};
