// Words published NOS text uses that the Hunspell dictionaries lack, added to them when
// they load. Each is a standard form, not a team's own term (those go in the workspace
// dictionary, `.nos-words.txt`). Welsh words are given in their radical form: their
// mutations are accepted as the dictionary's are ("ellwch" after "na").

import type { Lang } from '../core/types';

export const SUPPLEMENT: Record<Lang, readonly string[]> = {
  en: [
    // The usual UK spelling in care and health standards; en-GB has only "well-being".
    'wellbeing',
    // Health and safety: "a qualified first aider", as the HSE writes it.
    'aider', 'aiders', 'biohazard', 'biohazards',
    // Health and social care.
    'reablement', 'telecare', 'telehealth', 'homecare', 'dyspraxia', 'dyspraxic',
    'neurodivergent', 'neurodiverse', 'neurodiversity', 'whistleblower', 'whistleblowers', 'whistleblowing',
    // Security and conflict management.
    'de-escalate', 'de-escalated', 'de-escalates', 'de-escalating', 'de-escalation',
    // Workforce development and management.
    'upskill', 'upskilled', 'upskilling', 'onboarding', 'benchmarking', 'benchmarked', 'timesheet', 'timesheets', 'inclusivity',
    // Contact centres and digital services.
    'cybersecurity', 'helpdesk', 'helpdesks', 'webchat', 'chatbot', 'chatbots', 'omnichannel', 'walkthrough', 'walkthroughs', 'wi-fi',
    // Retail and logistics; "despatch" beside "dispatch", as UK firms write it.
    'stocktake', 'stocktakes', 'chargeback', 'chargebacks', 'upsell', 'upsells', 'upselling',
    'despatch', 'despatches', 'despatched', 'despatching',
  ],
  cy: [
    // The impersonal present of "gallu" ("can be"): "y gellir eu cynnwys".
    'gellir',
    // The second person plural present of "gallu" beside "gallwch": "os na ellwch ddelio".
    'gellwch',
    // "Employees", the plural of "cyflogai" in Welsh legislation and guidance.
    'cyflogeion',
    // Terms of Welsh public bodies for reablement, cybersecurity, neurodiverse, upskilling and a dashboard.
    'ailalluogi', 'seiberddiogelwch', 'niwroamrywiol', 'uwchsgilio', 'dangosfwrdd',
  ],
};
