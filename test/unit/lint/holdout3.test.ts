/**
 * Agreement with an independent reviewer on a third blind holdout (test/fixtures/holdout3): 9 docs
 * written and labelled by a reviewer who had not seen the engine or the other fixtures (8 design
 * docs in new domains and styles — a polished staff doc, rushed interview bullets, a student answer
 * with typos, a half-filled template, narrative prose, an "Open questions" doc, a Q&A doc, a doc
 * full of negations — and a postmortem that is not a design doc).
 *
 * Blind first contact (engine at the commit that added the set; nothing tuned on it since): the
 * reviewer measured named run precision 0.763 / recall 0.881, folder run 0.753 / 0.726 (the Q&A doc
 * is not recognised), error-severity precision 0.737. That is the honest estimate of agreement on
 * unseen docs. The thresholds sit just under the blind figures: a regression guard, not a target.
 * Main gaps found: everyday wording not in the detectors' vocabulary (bold run-in labels ending in
 * a period, "Poisson deviance", "computed by exactly the code … at serving time", "WAPE per city
 * every hour"), typos, Q&A format; false credit for template guidance in block quotes, hedged
 * answers ("drift?? — not sure"), and money figures that are not compute budgets.
 *
 * A later round fixed those mechanisms from the reviewer's summary alone (its engineer never opened
 * these docs; new sentences in mechanisms.test.ts): named 0.862 / 0.964, folder 0.868 / 0.786,
 * error-severity 0.810. Not blind any more in the strict sense; thresholds raised to just under.
 */
import { join } from 'node:path';
import { describeReviewerAgreement } from './reviewerAgreement';

const MIN = { folderPrecision: 0.84, folderRecall: 0.76, namedPrecision: 0.84, namedRecall: 0.94, errorPrecision: 0.78, recognitionRecall: 0.85 };

describeReviewerAgreement('blind holdout3', join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'holdout3'), MIN);
