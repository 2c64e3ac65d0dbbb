// The public face of src/domain/editorial: what the other layers and capabilities use.
export {
  articleToFields,
  benefitsToText,
  faqToText,
  proseToText,
  textToBenefits,
  textToFaq,
  textToPoints,
  textToProse,
} from './article-text.js';
export {
  conditionMovedTo,
  createConditionAsEditor,
  listConditionsForEditors,
  mergeConditions,
  renameCondition,
} from './conditions.js';
export {
  type EditorData,
  type History,
  type RevisionDiff,
  diffRevisions,
  editorData,
  listRemediesForEditors,
  remedyHistory,
  saveRemedy,
} from './editor.js';
export {
  type DiffLine,
  type DiffPiece,
  type DiffSection,
  diffContents,
  diffLines,
  draftChanges,
  sectionLabels,
} from './revision-diff.js';
export {
  type ConditionDraft,
  type RemedyDraft,
  createConditions,
  createRemedy,
} from './editorial.js';
export { draftFromForm } from './remedy-form.js';
