// Every piece of text the user can see, in Chinese (default) and English, put together from one
// file per area. Data values such as names and addresses are not translated; the labels of codes
// (categories, states, levels) come from the service's vocabulary (vocabulary.js), and a code
// itself never reaches the screen.
import * as admin from '../admin/strings-admin.js';
import * as account from '../account/strings-account.js';
import * as field from '../field/strings-field.js';
import * as coverage from '../coverage/strings-coverage.js';
import * as hazards from '../hazards/strings-hazards.js';
import * as imports from '../imports/strings-imports.js';
import * as lanes from '../planner/strings-lanes.js';
import * as map from '../map/strings-map.js';
import * as radius from '../radius/strings-radius.js';
import * as risk from '../risk/strings-risk.js';
import * as records from '../records/strings-records.js';
import * as report from '../report/strings-report.js';
import * as dashboard from '../dashboard/strings-dashboard.js';
import * as calendar from '../calendar/strings-calendar.js';
import * as registers from '../registers/strings-registers.js';
import * as search from '../search/strings-search.js';

export const zh = { ...map.zh, ...account.zh, ...lanes.zh, ...search.zh, ...risk.zh, ...hazards.zh, ...records.zh, ...admin.zh, ...field.zh, ...report.zh, ...dashboard.zh, ...calendar.zh, ...coverage.zh, ...registers.zh, ...imports.zh, radius: radius.zh };
export const en = { ...map.en, ...account.en, ...lanes.en, ...search.en, ...risk.en, ...hazards.en, ...records.en, ...admin.en, ...field.en, ...report.en, ...dashboard.en, ...calendar.en, ...coverage.en, ...registers.en, ...imports.en, radius: radius.en };
