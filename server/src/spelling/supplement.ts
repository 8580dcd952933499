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
    'phlebotomy', 'phlebotomist', 'phlebotomists', 'venepuncture', 'cannula', 'cannulae', 'catheterisation', 'stoma', 'stomas',
    'antecubital', 'brachial', 'haematoma', 'haemolysis', 'vasovagal', 'needlestick', 'chlorhexidine', 'gluconate', 'isopropyl',
    'oximeter', 'oximeters', 'sphygmomanometer', 'sphygmomanometers', 'triaging', 'responder', 'responders',
    'anaphylaxis', 'anaphylactic', 'intolerances', 'revalidate', 'revalidated', 'revalidation',
    // Infection control, as public health bodies write it: "handwashing and the use of gloves".
    'handwashing',
    // Medicines that need handling with care, in human and veterinary nursing.
    'cytotoxic', 'cytotoxics',
    // Plurals the dictionary lacks: "the durations of each purge".
    'durations',
    // Hairdressing: colour services and the skin test for the dye "para-phenylenediamine".
    'lowlight', 'lowlights', 'phenylenediamine',
    // Hospitality.
    'café', 'cafés',
    // Species names of the pathogens food and health standards name after their genus: "E. coli", "Listeria monocytogenes".
    'coli', 'monocytogenes', 'perfringens', 'cereus', 'jejuni', 'enterica', 'difficile',
    'neurodivergent', 'neurodiverse', 'neurodiversity', 'whistleblower', 'whistleblowers', 'whistleblowing',
    // Security and conflict management.
    'de-escalate', 'de-escalated', 'de-escalates', 'de-escalating', 'de-escalation',
    // Workforce development and management.
    'upskill', 'upskilled', 'upskilling', 'onboarding', 'benchmarking', 'benchmarked', 'timesheet', 'timesheets', 'inclusivity',
    // Contact centres and digital services.
    'cybersecurity', 'helpdesk', 'helpdesks', 'webchat', 'chatbot', 'chatbots', 'omnichannel', 'walkthrough', 'walkthroughs', 'wi-fi',
    'cryptographic', 'syslog', 'unpatched', 'runbook', 'runbooks', 'lifecycle', 'lifecycles',
    // Film and television production.
    'anamorphic', 'gimbal', 'eyeline', 'eyelines',
    // Retail and logistics; "despatch" beside "dispatch", as UK firms write it.
    'stocktake', 'stocktakes', 'chargeback', 'chargebacks', 'upsell', 'upsells', 'upselling',
    'despatch', 'despatches', 'despatched', 'despatching', 'drawbar', 'drawbars', 'roadworthiness',
    'checkweigher', 'checkweighers', 'volumiser', 'volumisers', 'inners', 'outers',
    'palletise', 'palletised', 'palletising', 'palletisation',
    // Prefixes written with a hyphen ("pre-school", "flexi-access", "eco-friendly", "mis-picks"): a compound
    // passes when its parts do, and the dictionary has "non", "co" and "sub" but not these.
    'pre', 'flexi', 'eco', 'cyber', 'mis',
    // Financial services ("income drawdown", the paraplanner of an advice firm) and farming.
    'drawdown', 'drawdowns', 'paraplanner', 'paraplanners', 'paraplanning', 'stockperson', 'stockpersons',
    // The Department for Environment, Food and Rural Affairs, as it writes its name.
    'Defra',
    // "Co-ordinator" and its verb, as the CDM Regulations and BS 5975 spell them.
    'co-ordinated', 'co-ordinates', 'co-ordinating', 'co-ordinator', 'co-ordinators',
    // Engineering, electrical and construction trades.
    'tagout', 'tagouts', 'spacings', 'sleeving', 'offcut', 'offcuts', 'electrotechnical', 'multimeter', 'multimeters',
    'megohm', 'megohms', 'respirable', 'facepiece', 'facepieces', 'falsework', 'formwork', 'isolations',
    'groundworks', 'groundworker', 'groundworkers', 'scaffolder', 'scaffolders', 'blockwork', 'screeding',
    'dryliner', 'dryliners', 'drylining', 'rebar', 'dewatering', 'geotechnical', 'aircrete', 'weatherstruck', 'workability',
    'plasticiser', 'plasticisers', 'arborist', 'arborists', 'karabiner', 'karabiners',
    // Forestry and plant health: trees felled and "delimbed", the "arisings" left on site.
    'delimb', 'delimbed', 'delimbing', 'arisings', 'arboriculture', 'arboricultural', 'biosecurity',
    // Building services and energy: F-gas ("fluorinated greenhouse gases"), unvented cylinders, air tightness tests.
    // Gas pressures are given in millibars: "a let-by test at 20 mbar".
    'mbar',
    'fluorinated', 'unvented', 'ductwork', 'airtightness', 'thermography', 'legionella', 'tundish', 'tundishes',
    'decarbonise', 'decarbonised', 'decarbonising', 'decarbonisation',
    // Quality control: "fishbone diagrams", "geometric dimensioning and tolerancing".
    'fishbone', 'dimensioning', 'tolerancing',
    // Rail signalling.
    'trackside', 'backdrive', 'interlockings',
    // Rail track: the patrollers who walk it, the fishplates joining its rails, the "lineside" beside it.
    'lineside', 'fishplate', 'fishplates', 'patroller', 'patrollers',
    // Ports and boats: a vessel "unmoored" and its lines let go.
    'unmoor', 'unmoored', 'unmooring',
    // Optical care: lens powers in dioptres.
    'dioptre', 'dioptres',
    // Water treatment.
    'flocculation', 'polyelectrolyte', 'polyelectrolytes', 'hypochlorite', 'hypochlorites', 'clarifier', 'clarifiers',
    'plumbosolvency', 'nephelometric',
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
    // Impersonal forms ("is allowed", "is provided", "could be", "is packed", "is paid", "is
    // ensured", "is cleaned"): the dictionary has "defnyddir" and "cynhelir" but not these.
    'caniateir', 'darperir', 'gellid', 'pecynnir', 'telir', 'sicrheir', 'glanheir',
    // "Zoonotic", of diseases passed from animals.
    'milheintiol',
    // "Deliveries": the dictionary has "danfoniad" but not its plural.
    'danfoniadau',
    // In the Welsh title of the Health and Safety at Work etc. Act 1974.
    'etc',
    // Food safety and health, as the Food Standards Agency and NHS Wales write them: intolerances,
    // cross-contamination, coeliac, to escalate; the plurals of "caffi" and "lintel".
    'anoddefiadau', 'croeshalogi', 'seliag', 'uwchgyfeirio', 'caffis', 'caffïau', 'lintelau',
    // "Gases", the plural of "nwy"; "practices", the plural of "practis".
    'nwyon', 'practisau',
    // "Exploitation", in safeguarding: "camfanteisio'n rhywiol ar blant".
    'camfanteisio',
    // The comparative and superlative of "pwysig", which the dictionary lacks: "addysgwyr cyntaf a phwysicaf plant".
    'pwysicach', 'pwysicaf',
    // Units the English dictionary has and the Welsh one lacks: Welsh text writes them the same.
    'ml', 'cm', 'mg', 'mbar',
  ],
};
