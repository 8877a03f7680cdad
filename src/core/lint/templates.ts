/**
 * Text that is template, not answer: the scaffold's own prompts, summaries and starter diagram,
 * and the prompt lines of the public design-doc templates people copy (alirezadir's 9-step
 * formula, eugeneyan's ml-design-docs). The public templates are stored as FNV-1a hashes of their
 * normalised lines (see templateHash), not as text.
 */
import { SECTIONS } from '../framework';
import { RUBRIC } from '../rubric';
import { CASE_STUDIES } from '../cases';
import { architectureDiagram, metricsTable, requirementsTable } from '../scaffold';
import { templateHash } from './text';

export { templateHash };

/** Lower-cased prompts the scaffold writes after "TODO:", longest first. */
export const PROMPTS: readonly string[] = [
  ...RUBRIC.map((i) => i.prompt),
  ...CASE_STUDIES.flatMap((c) => c.items.map((i) => i.prompt)),
  'offline metric that matches the ML task',
  'online metric that shows the business goal moved',
  'metric that must not get worse',
]
  .map((p) => p.toLowerCase())
  .sort((a, b) => b.length - a.length);

/*
 * Public templates, as templateHash() of each paragraph / bullet / table row (and of its value
 * after a "Label:") that parseDoc() reads from:
 *   alirezadir/Machine-Learning-Interviews@e6128f6c src/MLSD/ml-system-design.md (the 9-step
 *     section, "## 1. Problem Formulation" … "## 9. Scaling, Monitoring, and Updates" + "Other topics")
 *     and src/MLSD/mlsd-template.md;
 *   eugeneyan/ml-design-docs@1d7be32a README.md;
 *   the NYU ECE-GY 9183 course project page (see NYU_MLOPS_COURSE_HASHES);
 *   the Team Data Science Process project charter (Azure-TDSP-ProjectTemplate Docs/Project/Charter.md,
 *     its prompt lines as kept in filled-in copies such as Checui/Azure-TDSP-ProjectTemplate@4879fb5a).
 * Lines of 5+ words are template wherever they appear. Lines of 3–4 words ("High level
 * architecture") mark a copy of the template when a document has at least 5 of them; in such a copy
 * they, and the template's 1–2 word lines ("Resampling", "Canary release", "CTR"), are template too.
 * Elsewhere a 1–2 word line is a bare mention, which the rules judge on their own.
 */
const PUBLIC_TEMPLATE_HASHES: readonly number[] = [
  24467511, 60321185, 72105680, 84064372, 91038852, 101871091, 139488006, 140628159,
  170280961, 223674997, 231802698, 270606562, 318305450, 332545940, 336228973, 384348844,
  503795962, 505214765, 599158324, 614385174, 621148137, 663297863, 705329853, 721840428,
  727237155, 736821055, 748560034, 751682768, 816581362, 857419185, 949755937, 981949390,
  1001976639, 1032917644, 1069454179, 1084031606, 1098889973, 1110789402, 1116439425, 1134860163,
  1138485007, 1153474053, 1221828369, 1234081675, 1253744978, 1292095133, 1312941708, 1314515200,
  1393360500, 1419551746, 1443070513, 1453661526, 1490635122, 1501122685, 1528488302, 1541145699,
  1562186979, 1565004326, 1592102466, 1631405231, 1631664186, 1756288922, 1761567804, 1771937049,
  1786389157, 1803740606, 1806288266, 1821426856, 1890922308, 1923326424, 2011831340, 2014091018,
  2073612912, 2092199931, 2130216721, 2145009372, 2149244595, 2185915642, 2220317918, 2281127864,
  2290671792, 2319815927, 2382995024, 2426320808, 2432767908, 2463018471, 2469694964, 2471984480,
  2472108408, 2478945915, 2503076838, 2541473705, 2545260561, 2549102860, 2567389825, 2598204532,
  2612629262, 2711120289, 2804290474, 2845664909, 2874107138, 2874734362, 2875983183, 2879114148,
  2896375343, 2939734056, 2966906858, 2971013687, 2996918466, 3054848461, 3104715582, 3177125765,
  3245938413, 3334845767, 3371134373, 3484465933, 3560346500, 3645946274, 3651422464, 3663981334,
  3667393810, 3668637752, 3753063411, 3768095647, 3795187946, 3810130505, 3840327176, 3887842520,
  3933409002, 3990654095, 3990823324, 3996092856, 4010227477, 4042923032, 4055022424, 4062187610,
  4137973712, 4143678679, 4153328926, 4221089779, 4222712701, 4278379237, 4281913765, 4283090989,
];

/** The TDSP charter's prompt lines ("What data do we expect? Raw data in the customer data sources (e.g. …)"). */
const TDSP_CHARTER_HASHES: readonly number[] = [
  43586394, 178934065, 219912544, 221534643, 972475149, 1201922746, 1346577103, 1373268001,
  1642161864, 1913452578, 2339776081, 2354816878, 2567809409, 2685918431, 2927408598, 3016544580,
  3352798312, 3411662080, 3604583585, 3853138279, 3938315545, 4082478009, 818919528,
];

/**
 * NYU ECE-GY 9183 (ML Systems Engineering and Operations) course project page: the per-unit
 * requirement texts ("Staged deployment: You will configure a \"staging\", \"canary\", and
 * \"production\" environment …") that teams paste into their proposals before their own plan,
 * the proposal template's example infrastructure rows ("`m1.medium` VMs | 3 for entire project
 * duration | ..."), and the final-presentation prompts. The course's own words, not the team's.
 */
const NYU_MLOPS_COURSE_HASHES: readonly number[] = [
  73974243, 244930644, 308287137, 320746398, 338394147, 480452111, 586721216, 774109789,
  799164476, 842273720, 856337375, 890614035, 935908504, 945267495, 1037166797, 1095254342,
  1118276781, 1286562799, 1385513894, 1421549115, 1523081811, 1890466264, 2006036858, 2096454769,
  2273514527, 2274075764, 2496276917, 2506640347, 2567599123, 2598390376, 2784412842, 2863497900,
  2870985257, 3083884782, 3261611660, 3327566899, 3384809044, 3389790250, 3648784855, 3653065175,
  3667079317, 3719943778, 3740024426, 3750795082, 3830840847, 3868166674, 3987671680, 4157844499,
];

/** 1–2 word lines of the same templates (template only inside a template copy). */
const PUBLIC_TEMPLATE_TINY_HASHES: readonly number[] = [
  9499104, 26769729, 29905208, 36471788, 50609489, 59293664, 122881863, 132777611,
  148684781, 155008323, 158279742, 221395208, 222839749, 226013483, 243937006, 273947683,
  335987328, 370250955, 394659589, 500541388, 506984504, 508446427, 520809732, 530257137,
  545867444, 729874480, 753650731, 756037597, 782870244, 802828617, 882124715, 888080929,
  940424155, 959303518, 1032121719, 1165911250, 1202142563, 1298458891, 1305139486, 1321355072,
  1328939700, 1360432095, 1425568511, 1512367225, 1730970328, 1821712349, 2003144203, 2052057187,
  2075986161, 2111155296, 2246550718, 2269654677, 2273476511, 2306788254, 2307049005, 2326805550,
  2379934405, 2395972387, 2442078238, 2465654959, 2580674670, 2668789555, 2680933640, 2711403027,
  2730377693, 2757152187, 2786977658, 2802978185, 2847062993, 2909340525, 2965690377, 2993889978,
  3078913032, 3165172550, 3219123962, 3230460955, 3235578512, 3263034808, 3285840937, 3313296163,
  3349765987, 3372632408, 3380811770, 3411107584, 3502387667, 3507029957, 3587702288, 3588854626,
  3602022725, 3640091575, 3674524565, 3715865531, 3728305479, 3842653702, 3948535352, 3987024172,
  4032560084, 4057160592, 4065585376, 4076569433, 4096570475, 4212478189, 4220241924, 4280090770,
  4281863766,
];

const PUBLIC_TEMPLATE_SHORT_HASHES: readonly number[] = [
  70540945, 81327245, 148991563, 250117929, 367414329, 385698835, 448527219, 459005138,
  463255202, 482881519, 532515275, 573127563, 578798487, 653870527, 751290806, 840177231,
  858080854, 880943516, 1040409879, 1204313461, 1312287237, 1327311488, 1378241522, 1383631725,
  1555066501, 1593237175, 1700012946, 1708745761, 1761859169, 1816231862, 1866806943, 2026468842,
  2086432078, 2093265460, 2113503766, 2163225791, 2177570945, 2181827740, 2202052513, 2241918414,
  2324034815, 2355616500, 2391532927, 2468259774, 2517361298, 2524738903, 2531372702, 2646649018,
  2667411374, 2677874717, 2935002658, 3001008754, 3063624537, 3101579697, 3219083705, 3226881818,
  3290693995, 3325423362, 3329981875, 3395900851, 3430037448, 3524867740, 3592516284, 3719499665,
  3814461243, 3910353569, 4114761664, 4205637829, 4263367896, 4269834977, 4290535890,
  // TDSP charter: "after some pre-aggregation on-prem,", "ASA for stream aggregation"
  1885645291, 4224796879,
];

function ownTemplateKeys(): string[] {
  const keys: string[] = [];
  for (const s of SECTIONS) keys.push(s.summary);
  for (const i of RUBRIC) keys.push(i.prompt, i.label);
  for (const c of CASE_STUDIES) {
    keys.push(c.pitch, `${c.title} (chapter ${c.chapter}):`, `${c.title} (chapter ${c.chapter})`);
    for (const i of c.items) keys.push(i.prompt, i.label);
  }
  keys.push('Architecture (offline training loop and online serving loop):');
  return keys;
}

/** Fingerprints of text that is always template: the scaffold's and long public-template lines. */
export const TEMPLATE_HASHES: ReadonlySet<number> = new Set([
  ...ownTemplateKeys().map((k) => templateHash(k)),
  ...PUBLIC_TEMPLATE_HASHES,
  ...TDSP_CHARTER_HASHES,
  ...NYU_MLOPS_COURSE_HASHES,
]);

/** Short public-template lines: template only when the doc is a copy of that template. */
export const TEMPLATE_SHORT_HASHES: ReadonlySet<number> = new Set(PUBLIC_TEMPLATE_SHORT_HASHES);

/** 1–2 word public-template lines: template only in a template copy (see TEMPLATE_SHORT_HASHES). */
export const TEMPLATE_TINY_HASHES: ReadonlySet<number> = new Set(PUBLIC_TEMPLATE_TINY_HASHES);

/** Fingerprint of the scaffold's starter Mermaid diagram (it describes no real architecture). */
export const SCAFFOLD_DIAGRAM_HASH = templateHash(architectureDiagram().slice(1, -1).join('\n'));


/**
 * First cells of the scaffold's and snippets' table rows ("p99 latency", "Data drift"): a row
 * with one of these labels and only placeholders after it is an unfilled template row.
 */
export const TEMPLATE_ROW_LABELS: ReadonlySet<number> = new Set(
  [
    ...[...requirementsTable(), ...metricsTable()].slice(0).map((row) => row.split('|')[1]?.trim() ?? ''),
    'Data drift', 'Prediction drift', 'Data quality', 'Service health', 'Model quality', 'Retraining',
    'Hypothesis', 'Control vs treatment', 'Randomisation unit and split', 'Primary metric', 'Guardrails', 'Duration and significance',
  ]
    .filter((c) => c && !/^-+$/.test(c))
    .map((c) => templateHash(c)),
);
