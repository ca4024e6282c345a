import { describeKills } from './import-kill';

describeKills(1, 2);
