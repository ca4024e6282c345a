import { describeKills } from './import-kill';

describeKills(0, 2);
