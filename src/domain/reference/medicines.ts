// Names of prescription and common over-the-counter medicines, brand and generic, as one
// regular-expression alternation: the safety rules use it to spot changes to medicine, and the dose
// reader to leave a medicine's dose out of the remedy's numbers. The interaction table's medicines
// are added, so the two never drift apart.
import { interactions } from './interactions.js';

const NAMED =
  'antibiotics?|insulin|statins?|antidepressants?|steroids?|metformin|lisinopril|amlodipine|losartan|atenolol|metoprolol|' +
  'warfarin|coumadin|eliquis|xarelto|plavix|lipitor|crestor|simvastatin|atorvastatin|synthroid|levothyroxine|prednisone|nexium|' +
  'prilosec|omeprazole|protonix|pantoprazole|prevacid|lansoprazole|zantac|ranitidine|pepcid|famotidine|reglan|ondansetron|zofran|metoclopramide|domperidone|amoxicillin|cipro|doxycycline|zoloft|' +
  'prozac|lexapro|paxil|celexa|wellbutrin|effexor|cymbalta|xanax|klonopin|lithium|seroquel|abilify|depakote|lamictal|keppra|' +
  'dilantin|tegretol|advair|singulair|methotrexate|humira|lasix|diuretics?|hydrochlorothiazide|benicar|diovan|norvasc|' +
  'gabapentin|neurontin|pregabalin|lyrica|tramadol|oxycodone|hydrocodone|morphine|codeine|' +
  'carvedilol|propranolol|bisoprolol|ramipril|enalapril|valsartan|irbesartan|candesartan|spironolactone|furosemide|' +
  'rosuvastatin|pravastatin|ezetimibe|clopidogrel|apixaban|rivaroxaban|dabigatran|heparin|' +
  'glipizide|glyburide|glimepiride|sitagliptin|januvia|ozempic|semaglutide|trulicity|jardiance|victoza|' +
  'sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|bupropion|mirtazapine|trazodone|amitriptyline|' +
  'quetiapine|aripiprazole|risperidone|olanzapine|lamotrigine|levetiracetam|valproate|carbamazepine|topiramate|' +
  'alprazolam|lorazepam|clonazepam|diazepam|zolpidem|ambien|adderall|ritalin|methylphenidate|' +
  'montelukast|albuterol|ventolin|fluticasone|budesonide|symbicort|' +
  'hydroxychloroquine|plaquenil|tacrolimus|cyclosporine|mycophenolate|azathioprine|' +
  'allopurinol|colchicine|tamsulosin|finasteride|sildenafil|alendronate|fosamax|' +
  'thyroxine|eltroxin|euthyrox|tirosint|armour thyroid|methimazole|' +
  'birth control|contraceptives?|hrt|estrogen|progesterone|digoxin|amiodarone|' +
  'ibuprofen|ibuprophen|advil|motrin|aleve|naproxen|tylenol|acetaminophen|paracetamol|aspirin|tums|benadryl|claritin|zyrtec|sudafed|imodium|miralax';

// Longest first, so "birth control" wins over "birth"; duplicates dropped.
export const MEDICINE_NAMES = [
  ...new Set([...NAMED.split('|'), ...interactions().flatMap((i) => i.medicineNames)]),
]
  .sort((a, b) => b.length - a.length)
  .join('|');

const MEDICINE = new RegExp(`(?<![\\w-])(?:${MEDICINE_NAMES})(?![\\w-])`, 'gi');

/**
 * The text with every medicine name replaced by "r" and as many "x" as keep its length, so
 * offsets do not move: rules that need "a medicine" match `MEDICINE_MASK` instead of carrying
 * the whole list, which made each of them take seconds to compile.
 */
export function maskMedicines(text: string): string {
  MEDICINE.lastIndex = 0;
  return text.replace(MEDICINE, (name) => `r${'x'.repeat(Math.max(1, name.length - 1))}`);
}
export const MEDICINE_MASK = 'rx+';
