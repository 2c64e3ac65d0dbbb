import type { ConditionDraft } from '../domain/editorial/index.js';
import { conditionDescriptions } from './condition-descriptions.js';

// Demo conditions, grouped by the categories readers browse.
const c = (
  slug: string,
  name: string,
  category: string,
  aliases: string[] = [],
): ConditionDraft => ({
  slug,
  name,
  category,
  aliases,
  description: conditionDescriptions[slug] ?? '',
});

export const demoConditions: ConditionDraft[] = [
  c('acid-reflux', 'Acid Reflux', 'Digestive Health', ['heartburn', 'GERD']),
  c('ibs', 'Irritable Bowel Syndrome', 'Digestive Health', ['IBS', 'IBS-D', 'IBS-C']),
  c('leaky-gut', 'Leaky Gut', 'Digestive Health', ['intestinal permeability']),
  c('bloating', 'Bloating and Gas', 'Digestive Health', ['flatulence', 'wind']),
  c('constipation', 'Constipation', 'Digestive Health'),
  c('nausea', 'Nausea', 'Digestive Health', ['morning sickness', 'motion sickness']),
  c('mouth-sores', 'Mouth Sores', 'Digestive Health', ['canker sores', 'mucositis', 'stomatitis']),
  c('anxiety', 'Anxiety', 'Mind and Mood', ['nervousness', 'stress']),
  c('insomnia', 'Insomnia', 'Mind and Mood', ['sleeplessness', 'poor sleep']),
  c('sugar-cravings', 'Sugar Cravings', 'Mind and Mood', ['carb cravings']),
  c('alcohol-cravings', 'Alcohol Cravings', 'Mind and Mood', ['early sobriety']),
  c('brain-fog', 'Brain Fog', 'Mind and Mood', ['poor concentration']),
  c('muscle-cramps', 'Muscle Cramps', 'Muscles and Joints', ['leg cramps', 'charley horse']),
  c('joint-pain', 'Joint Pain', 'Muscles and Joints', ['aching joints']),
  c('osteoarthritis', 'Osteoarthritis', 'Muscles and Joints', ['arthritis', 'OA']),
  c('exercise-recovery', 'Exercise Recovery', 'Muscles and Joints', ['muscle soreness', 'DOMS']),
  c('common-cold', 'Common Cold', 'Immune and Respiratory', ['cold', 'head cold']),
  c('sore-throat', 'Sore Throat', 'Immune and Respiratory', ['pharyngitis']),
  c('cough', 'Cough', 'Immune and Respiratory', ['night cough']),
  c('blood-sugar', 'Blood Sugar Balance', 'Metabolic Health', ['prediabetes', 'type 2 diabetes']),
  c('high-blood-pressure', 'High Blood Pressure', 'Metabolic Health', ['hypertension']),
  c('acne', 'Acne', 'Skin', ['pimples', 'breakouts']),
  c('eczema', 'Eczema', 'Skin', ['atopic dermatitis']),
  c('minor-burns', 'Minor Burns and Wounds', 'Skin', ['scrapes', 'cuts']),
  c('headaches', 'Headaches', 'General Wellbeing', ['tension headache', 'migraine']),
  c('fatigue', 'Fatigue', 'General Wellbeing', ['tiredness', 'low energy']),
  c('age-related-issues', 'Age-Related Issues', 'General Wellbeing', ['ageing', 'healthy ageing']),
  c('menstrual-cramps', 'Menstrual Cramps', "Women's Health", ['period pain', 'dysmenorrhea']),
];
